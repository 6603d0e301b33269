package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
)

// Circuit proves that OutputCommitment commits to the model applied to the
// input committed in InputCommitment, for the model committed in
// ModelCommitment. The public inputs, in order, are ModelCommitment,
// InputCommitment, OutputCommitment and, when the output is public, the
// output values.
type Circuit struct {
	ModelCommitment  frontend.Variable   `gnark:",public"`
	InputCommitment  frontend.Variable   `gnark:",public"`
	OutputCommitment frontend.Variable   `gnark:",public"`
	PublicOutput     []frontend.Variable `gnark:",public"`

	Input      []frontend.Variable
	InputSalt  frontend.Variable
	OutputSalt frontend.Variable
	// Weights and Biases hold one slice per model node; they are empty
	// with fixed weights, where the parameters are circuit constants.
	Weights [][]frontend.Variable
	Biases  [][]frontend.Variable

	model *models.Model
	opts  Options
}

// NewCircuit returns the circuit for model with opts, its witness slices
// sized, ready for frontend.Compile.
func NewCircuit(m *models.Model, opts Options) (*Circuit, error) {
	opts = opts.WithDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	c := &Circuit{model: m, opts: opts, InputSalt: 0, OutputSalt: 0}
	c.Input = make([]frontend.Variable, m.InputShape().Size())
	if opts.Output == Public {
		c.PublicOutput = make([]frontend.Variable, m.OutputShape().Size())
	}
	if opts.Weights == Committed {
		c.Weights = make([][]frontend.Variable, len(m.Nodes))
		c.Biases = make([][]frontend.Variable, len(m.Nodes))
		for i := range m.Nodes {
			c.Weights[i] = make([]frontend.Variable, len(m.Nodes[i].Weights))
			c.Biases[i] = make([]frontend.Variable, len(m.Nodes[i].Bias))
		}
	}
	return c, nil
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	m, opts := c.model, c.opts
	rc := newRangeChecker(api, opts.RangeCheck)

	// Input: int8 values bound to the input commitment.
	for _, v := range c.Input {
		rc.CheckInt8(v)
	}
	inSalt := c.InputSalt
	if opts.Input == Public {
		// unsalted, so that anyone holding the input can recompute it
		api.AssertIsEqual(c.InputSalt, 0)
	}
	if err := assertCommitment(api, models.DomainInput, inSalt, c.Input, c.InputCommitment); err != nil {
		return err
	}

	// Model: constants bound by the verifying key, or committed witnesses.
	if opts.Weights == Fixed {
		api.AssertIsEqual(c.ModelCommitment, elementToBig(m.Commitment()))
	} else {
		pre := []frontend.Variable{elementToBig(m.ArchitectureDigest())}
		for i := range m.Nodes {
			for _, w := range c.Weights[i] {
				rc.CheckInt8(w)
			}
			for _, b := range c.Biases[i] {
				rc.Check(api.Add(b, 1<<31), 32)
			}
			pre = append(pre, packInt8InCircuit(api, c.Weights[i])...)
			pre = append(pre, packInt32InCircuit(api, c.Biases[i])...)
		}
		h, err := hashInCircuit(api, models.DomainModel, len(pre), pre)
		if err != nil {
			return err
		}
		api.AssertIsEqual(c.ModelCommitment, h)
	}

	// Forward pass, node by node, with the semantics of the runtime.
	values := make([][]frontend.Variable, len(m.Tensors))
	values[m.Input] = c.Input
	for k := range m.Nodes {
		n := &m.Nodes[k]
		x := values[n.Inputs[0]]
		var y []frontend.Variable
		var err error
		switch n.Op {
		case models.OpDense:
			y, err = c.dense(api, rc, k, x)
		case models.OpReLU:
			y = make([]frontend.Variable, len(x))
			for i := range x {
				if y[i], err = reluWithHint(api, rc, x[i]); err != nil {
					break
				}
			}
		case models.OpFlatten:
			y = x
		default:
			err = fmt.Errorf("op not supported by the circuit compiler")
		}
		if err != nil {
			return fmt.Errorf("node %d %q (%s): %w", k, n.Name, n.Op, err)
		}
		values[n.Output] = y
	}

	// Output: bound to the output commitment, and revealed when public.
	out := values[m.Output]
	outSalt := c.OutputSalt
	if opts.Output == Public {
		api.AssertIsEqual(c.OutputSalt, 0)
		for i := range out {
			api.AssertIsEqual(c.PublicOutput[i], out[i])
		}
	}
	if err := assertCommitment(api, models.DomainOutput, outSalt, out, c.OutputCommitment); err != nil {
		return err
	}
	return rc.finish()
}

// dense computes acc = bias + W·x and requantizes each output channel.
func (c *Circuit) dense(api frontend.API, rc rangeChecker, k int, x []frontend.Variable) ([]frontend.Variable, error) {
	n := &c.model.Nodes[k]
	var acc []frontend.Variable
	if c.opts.Weights == Fixed {
		acc = denseFixed(api, n, x)
	} else {
		var err error
		if acc, err = denseCommitted(api, rc, n, c.Weights[k], c.Biases[k], x); err != nil {
			return nil, err
		}
	}
	y := make([]frontend.Variable, len(acc))
	for j, a := range acc {
		r := n.Requant[j]
		// t = acc·M + 2^(s-1)
		t := api.Add(api.Mul(a, r.Mult), new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
		var err error
		if y[j], err = requantizeWithHint(api, rc, t, boundsFor(n, j, c.opts.Weights)); err != nil {
			return nil, err
		}
	}
	return y, nil
}

// denseFixed multiplies by constant weights: linear expressions, no
// constraint at all.
func denseFixed(api frontend.API, n *models.Node, x []frontend.Variable) []frontend.Variable {
	out, in := n.WeightShape[0], n.WeightShape[1]
	acc := make([]frontend.Variable, out)
	terms := make([]frontend.Variable, 0, in+1)
	for j := range out {
		terms = terms[:0]
		for i, w := range n.Weights[j*in : (j+1)*in] {
			if w != 0 {
				terms = append(terms, api.Mul(x[i], int(w)))
			}
		}
		terms = append(terms, int(n.Bias[j]))
		acc[j] = sum(api, terms)
	}
	return acc
}

// denseCommitted multiplies by witness weights, several output rows per
// constraint. With k bits per row (|acc| < 2^(k−1) for any int8 weights,
// inputs and int32 bias), rows j0..j0+c−1 share one product per input:
//
//	S = Σ_i (Σ_t 2^(k·t)·W[j0+t,i])·x[i] + Σ_t 2^(k·t)·(b[j0+t] + 2^(k−1))
//	  = Σ_t 2^(k·t)·(acc[j0+t] + 2^(k−1))
//
// The prover splits S into c limbs u_t of k bits (range-checked); since
// c·k < 253 the base-2^k digits of S are unique, so acc[j0+t] = u_t − 2^(k−1).
// Weights, biases and x must be range-checked by the caller.
func denseCommitted(api frontend.API, rc rangeChecker, n *models.Node, w, b, x []frontend.Variable) ([]frontend.Variable, error) {
	out, in := n.WeightShape[0], n.WeightShape[1]
	k := big.NewInt(worstAccumulatorBound(n)).BitLen() + 1
	rows := (api.Compiler().FieldBitLen() - 2) / k
	half := new(big.Int).Lsh(big.NewInt(1), uint(k-1))
	acc := make([]frontend.Variable, 0, out)
	for j0 := 0; j0 < out; j0 += rows {
		c := min(rows, out-j0)
		terms := make([]frontend.Variable, 0, in+c)
		for i := range in {
			packed := make([]frontend.Variable, c)
			for t := range c {
				packed[t] = api.Mul(w[(j0+t)*in+i], new(big.Int).Lsh(big.NewInt(1), uint(k*t)))
			}
			terms = append(terms, api.Mul(sum(api, packed), x[i]))
		}
		for t := range c {
			base := new(big.Int).Lsh(big.NewInt(1), uint(k*t))
			terms = append(terms, api.Mul(api.Add(b[j0+t], half), base))
		}
		s := sum(api, terms)
		limbs, err := api.Compiler().NewHint(splitHint, c, s, k)
		if err != nil {
			return nil, err
		}
		recomposed := make([]frontend.Variable, c)
		for t, u := range limbs {
			rc.Check(u, k)
			recomposed[t] = api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(k*t)))
			acc = append(acc, api.Sub(u, half))
		}
		api.AssertIsEqual(s, sum(api, recomposed))
	}
	return acc, nil
}

// assertCommitment asserts that commitment = models.CommitTensor(d, salt, values).
// The values must already be range-checked to int8.
func assertCommitment(api frontend.API, d models.Domain, salt frontend.Variable, values []frontend.Variable, commitment frontend.Variable) error {
	elems := append([]frontend.Variable{salt}, packInt8InCircuit(api, values)...)
	h, err := hashInCircuit(api, d, len(values), elems)
	if err != nil {
		return err
	}
	api.AssertIsEqual(commitment, h)
	return nil
}
