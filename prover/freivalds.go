package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/zkinfer/zkinfer/models"
)

func init() {
	solver.RegisterHint(productHint)
}

// A batch circuit proves the matrix products of its linear layers with
// Freivalds' randomized test instead of multiplying them out. For a layer
// with weights W (outC × fan), bias b, and the columns x_c it is applied to
// (the layer's input of every inference, or every convolution patch of
// every inference), the accumulators a_c = W·x_c + b are advice. Once every
// W, b, x_c and a_c is committed (gnark's commitment, through
// std/multicommit), the commitment gives a challenge ρ and the circuit
// checks, with r = (ρ, ρ², …, ρ^outC),
//
//	(rᵀW)·x_c + rᵀb = rᵀa_c   for every column c.
//
// If some a_c ≠ W·x_c + b, the difference e_c is a nonzero vector and
// rᵀe_c is a nonzero polynomial of degree at most outC in ρ: it vanishes
// for at most outC of the field's 2^254 values of ρ, and the prover fixed
// e_c before ρ existed. Every a_c is thus the true accumulator, over the
// integers as well, since all of them are far below the field size.
//
// The cost is outC·fan products once (rᵀW) and fan + outC per column,
// against about fan·outC/7 products and outC range checks per column when
// multiplied out with committed weights (linearCommitted). productsPay says
// when the test is cheaper.

// products collects the product checks of a circuit, per node.
type products struct {
	nodes map[int]*productCheck
	order []int
}

// productCheck is one layer's product check: its weights and bias
// (variables when committed; nil for the node's constants) and its columns.
type productCheck struct {
	n    *models.Node
	w, b []frontend.Variable
	cols []productColumn
}

// productColumn is one column: the fan inputs (nil where a convolution
// reads padding) and the outC accumulators claimed for them.
type productColumn struct {
	x, a []frontend.Variable
}

// newProducts decides, for a circuit of jobs inferences, which linear layers
// use Freivalds' test; nil when none does.
func newProducts(m *models.Model, opts Options, jobs int) *products {
	p := &products{nodes: map[int]*productCheck{}}
	for k := range m.Nodes {
		n := &m.Nodes[k]
		if (n.Op == models.OpDense || n.Op == models.OpConv2D) && productsPay(m, n, opts, jobs) {
			p.nodes[k] = &productCheck{n: n}
			p.order = append(p.order, k)
		}
	}
	if len(p.order) == 0 {
		return nil
	}
	return p
}

// productsPay estimates, in constraints, whether Freivalds' test is cheaper
// than the multiplied-out layer over jobs inferences. With fixed weights an
// R1CS layer is free (linear expressions), so the test never pays there;
// PLONK pays a gate per nonzero weight and inference.
func productsPay(m *models.Model, n *models.Node, opts Options, jobs int) bool {
	outC, fan := n.WeightShape[0], n.FanIn()
	cols := len(groups(m, n))
	var direct int
	switch {
	case opts.Weights == Fixed && opts.System() == BackendGroth16:
		return false
	case opts.Weights == Fixed:
		direct = cols * outC * fan
	default:
		k := big.NewInt(worstAccumulatorBound(n)).BitLen() + 1
		rows := 252 / k
		direct = cols * (fan*((outC+rows-1)/rows) + outC)
	}
	test := outC*fan + jobs*cols*(fan+outC)
	return test < jobs*direct
}

// covers reports whether node k's products are checked by the test.
func (p *products) covers(k int) bool {
	if p == nil {
		return false
	}
	_, ok := p.nodes[k]
	return ok
}

// accumulate returns the accumulators of one group of node k as advice and
// records the column for the test. w and b are the node's weight and bias
// variables (nil with fixed weights).
func (p *products) accumulate(api frontend.API, k int, g group, x, w, b []frontend.Variable) ([]frontend.Variable, error) {
	pc := p.nodes[k]
	pc.w, pc.b = w, b
	n := pc.n
	outC, fan := n.WeightShape[0], n.FanIn()
	col := make([]frontend.Variable, fan)
	for i, xi := range g.inputs {
		col[g.kernel[i]] = x[xi]
	}
	in := make([]frontend.Variable, 0, 2+outC*fan+outC+fan)
	in = append(in, outC, fan)
	if w != nil {
		in = append(in, w...)
		in = append(in, b...)
	} else {
		for _, v := range n.Weights {
			in = append(in, int(v))
		}
		for _, v := range n.Bias {
			in = append(in, int(v))
		}
	}
	for _, v := range col {
		if v == nil {
			v = 0
		}
		in = append(in, v)
	}
	a, err := api.Compiler().NewHint(productHint, outC, in...)
	if err != nil {
		return nil, err
	}
	pc.cols = append(pc.cols, productColumn{x: col, a: a})
	return a, nil
}

// productHint computes a = W·x + b in the field: inputs outC, fan, W (row
// major), b, x.
func productHint(q *big.Int, in, out []*big.Int) error {
	if len(in) < 2 {
		return fmt.Errorf("productHint: %d inputs", len(in))
	}
	outC, fan := int(in[0].Int64()), int(in[1].Int64())
	if outC != len(out) || len(in) != 2+outC*fan+outC+fan {
		return fmt.Errorf("productHint: %d inputs for %d×%d", len(in), outC, fan)
	}
	w, b, x := in[2:2+outC*fan], in[2+outC*fan:2+outC*fan+outC], in[2+outC*fan+outC:]
	var t big.Int
	for j := range outC {
		acc := new(big.Int).Set(b[j])
		for i := range fan {
			acc.Add(acc, t.Mul(w[j*fan+i], x[i]))
		}
		out[j].Mod(acc, q)
	}
	return nil
}

// check commits to every product's weights, inputs and accumulators and,
// under the challenge the commitment gives, asserts every column's test.
// Call it after every accumulate.
func (p *products) check(api frontend.API) {
	if p == nil {
		return
	}
	var committed []frontend.Variable
	maxOut := 0
	for _, k := range p.order {
		pc := p.nodes[k]
		maxOut = max(maxOut, len(pc.n.Bias))
		committed = append(committed, pc.w...)
		committed = append(committed, pc.b...)
		for _, c := range pc.cols {
			for _, v := range c.x {
				if v != nil {
					committed = append(committed, v)
				}
			}
			committed = append(committed, c.a...)
		}
	}
	multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
		r := make([]frontend.Variable, maxOut)
		r[0] = rho
		for j := 1; j < maxOut; j++ {
			r[j] = api.Mul(r[j-1], rho)
		}
		for _, k := range p.order {
			p.nodes[k].assert(api, r)
		}
		return nil
	}, committed...)
}

// assert checks every column of the layer under the challenge powers r.
func (pc *productCheck) assert(api frontend.API, r []frontend.Variable) {
	n := pc.n
	outC, fan := n.WeightShape[0], n.FanIn()
	weight := func(j, i int) frontend.Variable {
		if pc.w != nil {
			return pc.w[j*fan+i]
		}
		return int(n.Weights[j*fan+i])
	}
	// u = rᵀW and rᵀb
	u := make([]frontend.Variable, fan)
	terms := make([]frontend.Variable, 0, outC)
	for i := range fan {
		terms = terms[:0]
		for j := range outC {
			if pc.w == nil && n.Weights[j*fan+i] == 0 {
				continue
			}
			terms = append(terms, api.Mul(r[j], weight(j, i)))
		}
		u[i] = sum(api, terms)
	}
	terms = terms[:0]
	for j := range outC {
		if pc.b != nil {
			terms = append(terms, api.Mul(r[j], pc.b[j]))
		} else if n.Bias[j] != 0 {
			terms = append(terms, api.Mul(r[j], int(n.Bias[j])))
		}
	}
	rb := sum(api, terms)
	for _, c := range pc.cols {
		lhs := make([]frontend.Variable, 0, fan+1)
		for i, x := range c.x {
			if x != nil {
				lhs = append(lhs, api.Mul(u[i], x))
			}
		}
		lhs = append(lhs, rb)
		rhs := make([]frontend.Variable, outC)
		for j, a := range c.a {
			rhs[j] = api.Mul(r[j], a)
		}
		api.AssertIsEqual(sum(api, lhs), sum(api, rhs))
	}
}
