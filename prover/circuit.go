package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
)

// Circuit proves that OutputCommitment commits to the model applied to the
// input committed in InputCommitment, for the model committed in
// ModelCommitment, for the escrow job named by JobTag. The public inputs,
// in order, are ModelCommitment, InputCommitment, OutputCommitment, JobTag
// and, when the output is public, the output values.
type Circuit struct {
	ModelCommitment  frontend.Variable   `gnark:",public"`
	InputCommitment  frontend.Variable   `gnark:",public"`
	OutputCommitment frontend.Variable   `gnark:",public"`
	JobTag           frontend.Variable   `gnark:",public"`
	PublicOutput     []frontend.Variable `gnark:",public"`
	// Sealed, with an encrypted output, is [buyer key, ephemeral key,
	// ciphertext...] (seal.go); empty otherwise, so that the other
	// circuits keep their public inputs.
	Sealed []frontend.Variable `gnark:",public"`

	Input      []frontend.Variable
	InputSalt  frontend.Variable
	OutputSalt frontend.Variable
	// Seal, with an encrypted output, is [ephemeral secret, x of the buyer
	// key]; empty otherwise.
	Seal []frontend.Variable
	// Weights and Biases hold one slice per model node; they are empty
	// with fixed weights, where the parameters are circuit constants.
	Weights [][]frontend.Variable
	Biases  [][]frontend.Variable

	model *models.Model
	opts  Options
	// bare circuits measure cost: the first layers nodes only, with no
	// commitment at all. Never proven.
	bare   bool
	layers int
	// plan, when set, is the lookup plan to apply (a bare circuit reuses
	// the full circuit's); used is the plan the lookups applied.
	plan, used *lookupPlan
	// products, in a batch circuit, checks the products of some linear
	// layers with Freivalds' test (freivalds.go).
	products *products
}

// NewCircuit returns the circuit for model with opts, its witness slices
// sized, ready for frontend.Compile.
//
// With RangeCheckAuto it first compiles both modes to choose (Choose).
func NewCircuit(m *models.Model, opts Options) (*Circuit, error) {
	opts, err := resolve(m, opts)
	if err != nil {
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
	if opts.Output == Encrypted {
		c.Sealed = make([]frontend.Variable, 2+CiphertextLen(m.OutputShape().Size()))
		c.Seal = make([]frontend.Variable, 2)
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
	if l, ok := rc.(*lookupChecker); ok {
		l.plan, l.bare = c.plan, c.bare
		defer func() { c.used = &l.used }()
	}

	// The job tag takes part in a constraint: a Groth16 public input that
	// appears in none has a zero term in the verifying key, and any value
	// of it would verify. Squaring it costs one constraint.
	api.Mul(c.JobTag, c.JobTag)

	// Input: int8 values bound to the input commitment.
	for _, v := range c.Input {
		rc.CheckInt8(v)
	}
	bare := c.bare
	nodes := m.Nodes
	if bare {
		nodes = nodes[:c.layers]
		if opts.Weights == Committed {
			for i := range nodes {
				if err := c.checkParams(api, rc, i); err != nil {
					return err
				}
			}
		}
	}
	inSalt := c.InputSalt
	if opts.Input == Public {
		// unsalted, so that anyone holding the input can recompute it
		api.AssertIsEqual(c.InputSalt, 0)
	}
	if !bare {
		if err := assertCommitment(api, models.DomainInput, inSalt, c.Input, c.InputCommitment); err != nil {
			return err
		}
	}

	// Model: constants bound by the verifying key, or committed witnesses.
	if !bare {
		if err := c.bindModel(api, rc, c.ModelCommitment); err != nil {
			return err
		}
	}

	values, err := c.forward(api, rc, c.Input, len(nodes))
	if err != nil {
		return err
	}
	if bare {
		return rc.finish()
	}
	if err := c.output(api, values[m.Output], c.OutputSalt, c.PublicOutput, c.OutputCommitment); err != nil {
		return err
	}
	return rc.finish()
}

// forward runs the first limit nodes on input, node by node, with the
// semantics of the runtime, and returns the values of every tensor. A
// requantizing node absorbs the ReLU and the max-pooling after it
// (fusedAfter): one clamp at 0 instead of a ReLU gadget, and one
// requantization per pooling window instead of one per output.
func (c *Circuit) forward(api frontend.API, rc rangeChecker, input []frontend.Variable, limit int) ([][]frontend.Variable, error) {
	m := c.model
	nodes := m.Nodes[:limit]
	values := make([][]frontend.Variable, len(m.Tensors))
	values[m.Input] = input
	done := make([]bool, len(nodes))
	for k := range nodes {
		if done[k] {
			continue
		}
		n := &m.Nodes[k]
		x := values[n.Inputs[0]]
		var y []frontend.Variable
		var err error
		f := fusedAfter(m, k, len(nodes))
		switch n.Op {
		case models.OpDense, models.OpConv2D:
			y, err = c.linear(api, rc, k, x, f)
		case models.OpMaxPool:
			y, err = c.maxPool(api, rc, k, x)
		case models.OpAvgPool:
			y, err = c.avgPool(api, rc, k, x)
		case models.OpLookup:
			y, err = rc.Lookup(n.Table, x)
		case models.OpAdd:
			y, err = addRescaled(api, rc, n, x, values[n.Inputs[1]], f.lo())
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
			return nil, fmt.Errorf("node %d %q (%s): %w", k, n.Name, n.Op, err)
		}
		out := n.Output
		for _, j := range []int{f.relu, f.pool} {
			if j >= 0 {
				done[j] = true
				out = m.Nodes[j].Output
			}
		}
		values[out] = y
	}
	return values, nil
}

// output binds the output values to their commitment, to the public
// output values when the output is public (then unsalted), and to the
// ciphertext when it is encrypted.
func (c *Circuit) output(api frontend.API, out []frontend.Variable, salt frontend.Variable, public []frontend.Variable, commitment frontend.Variable) error {
	if c.opts.Output == Public {
		api.AssertIsEqual(salt, 0)
		for i := range out {
			api.AssertIsEqual(public[i], out[i])
		}
	}
	msg := append([]frontend.Variable{salt}, packInt8InCircuit(api, out)...)
	if err := assertCommitmentHash(api, models.DomainOutput, len(out), msg, commitment); err != nil {
		return err
	}
	if c.opts.Output != Encrypted {
		return nil
	}
	return sealOutput(api, msg, c.JobTag, c.Sealed[0], c.Seal[1], c.Sealed[1], c.Seal[0], c.Sealed[2:])
}

// bindModel binds the model to its public commitment: with fixed weights
// a constant the verifying key holds; with committed weights the hash of
// the architecture and of every weight and bias, each checked to be a
// parameter the runtime loads (checkParams).
func (c *Circuit) bindModel(api frontend.API, rc rangeChecker, commitment frontend.Variable) error {
	m := c.model
	if c.opts.Weights == Fixed {
		api.AssertIsEqual(commitment, elementToBig(m.Commitment()))
		return nil
	}
	pre := []frontend.Variable{elementToBig(m.ArchitectureDigest())}
	for i := range m.Nodes {
		if err := c.checkParams(api, rc, i); err != nil {
			return err
		}
		pre = append(pre, packInt8InCircuit(api, c.Weights[i])...)
		pre = append(pre, packInt32InCircuit(api, c.Biases[i])...)
	}
	h, err := hashInCircuit(api, models.DomainModel, len(pre), pre)
	if err != nil {
		return err
	}
	api.AssertIsEqual(commitment, h)
	return nil
}

// checkParams proves that the committed parameters of node k are those of
// a model the runtime loads: int8 weights, int32 biases, and the
// accumulator rule of models.Validate (assertAccumulatorRule).
func (c *Circuit) checkParams(api frontend.API, rc rangeChecker, k int) error {
	for _, w := range c.Weights[k] {
		rc.CheckInt8(w)
	}
	for _, b := range c.Biases[k] {
		rc.Check(api.Add(b, 1<<31), 32)
	}
	n := &c.model.Nodes[k]
	if n.Op != models.OpDense && n.Op != models.OpConv2D {
		return nil
	}
	fan := n.FanIn()
	for j, r := range n.Requant {
		if err := assertAccumulatorRule(api, rc, n, r, c.Weights[k][j*fan:(j+1)*fan], c.Biases[k][j]); err != nil {
			return fmt.Errorf("node %d %q channel %d: %w", k, n.Name, j, err)
		}
	}
	return nil
}

// accumulatorLimit is the largest accumulator bound models.Validate lets a
// channel with multiplier M have, so that acc·M + 2^(s−1) fits the
// runtime's int64: B ≤ ⌊2^62/M⌋.
func accumulatorLimit(r models.Requant) int64 { return (1 << 62) / r.Mult }

// assertAccumulatorRule proves, for one output channel of a dense or
// convolution node with committed weights w (int8) and bias b (int32), the
// rule models.Validate enforces before the runtime loads a model:
//
//	B = 128·Σ_i |w_i| + |b| ≤ ⌊2^62/M⌋          (models.Node.AccumulatorBound)
//
// A channel whose worst case (every weight −128, bias −2^31) obeys it costs
// nothing. Otherwise each |w_i| is advice a = d + 128 with d an int8, so
// 0 ≤ a < 256, and (a − w)(a + w) = 0, so a = ±w; as −w is negative for a
// positive w, a = |w|. |b| is advice below 2^32 with the same equation.
// Then ⌊2^62/M⌋ − B must fit in as many bits as ⌊2^62/M⌋: B ≤ 2^40 is far
// below the field size, so a B above the limit wraps and fails.
func assertAccumulatorRule(api frontend.API, rc rangeChecker, n *models.Node, r models.Requant, w []frontend.Variable, b frontend.Variable) error {
	limit := accumulatorLimit(r)
	if worstAccumulatorBound(n) <= limit {
		return nil
	}
	terms := make([]frontend.Variable, 0, len(w))
	for _, wi := range w {
		d, err := api.Compiler().NewHint(absHint, 1, wi, 128)
		if err != nil {
			return err
		}
		rc.CheckInt8(d[0])
		a := api.Add(d[0], 128)
		api.AssertIsEqual(api.Mul(api.Sub(a, wi), api.Add(a, wi)), 0)
		terms = append(terms, a)
	}
	ab, err := api.Compiler().NewHint(absHint, 1, b, 0)
	if err != nil {
		return err
	}
	rc.Bound(ab[0], 32)
	api.AssertIsEqual(api.Mul(api.Sub(ab[0], b), api.Add(ab[0], b)), 0)
	bound := api.Add(api.Mul(sum(api, terms), 128), ab[0])
	rc.Bound(api.Sub(limit, bound), big.NewInt(limit).BitLen())
	return nil
}

// group is a set of outputs of a dense or convolution node that read the
// same inputs: one output per channel (outs[oc]), the input offsets, and for
// each input its index in a channel's weight row.
type group struct {
	inputs, kernel, outs []int
}

// groups lists the output groups of a dense or convolution node: one group
// for a dense layer, one per output position for a convolution.
func groups(m *models.Model, n *models.Node) []group {
	if n.Op == models.OpDense {
		out, in := n.WeightShape[0], n.WeightShape[1]
		g := group{inputs: make([]int, in), kernel: make([]int, in), outs: make([]int, out)}
		for i := range in {
			g.inputs[i], g.kernel[i] = i, i
		}
		for j := range out {
			g.outs[j] = j
		}
		return []group{g}
	}
	in := m.Tensors[n.Inputs[0]].Shape
	w := n.Window()
	o := n.WeightShape[0]
	oh, ow := w.OutputSize(in[1], in[2])
	gs := make([]group, 0, oh*ow)
	for py := range oh {
		for px := range ow {
			inputs, kernel := w.Patch(in, py, px)
			g := group{inputs: inputs, kernel: kernel, outs: make([]int, o)}
			for oc := range o {
				g.outs[oc] = (oc*oh+py)*ow + px
			}
			gs = append(gs, g)
		}
	}
	return gs
}

// linear computes acc = bias + W·x for every output of a dense or
// convolution node and requantizes each, clamped at 0 when a ReLU is fused;
// with a max-pooling fused, it requantizes only each window's largest
// accumulator (poolFused).
func (c *Circuit) linear(api frontend.API, rc rangeChecker, k int, x []frontend.Variable, f fusion) ([]frontend.Variable, error) {
	n := &c.model.Nodes[k]
	acc := make([]frontend.Variable, c.model.Tensors[n.Output].Shape.Size())
	for _, g := range groups(c.model, n) {
		var a []frontend.Variable
		if c.products.covers(k) {
			var w, b []frontend.Variable
			if c.opts.Weights == Committed {
				w, b = c.Weights[k], c.Biases[k]
			}
			var err error
			if a, err = c.products.accumulate(api, k, g, x, w, b); err != nil {
				return nil, err
			}
		} else if c.opts.Weights == Fixed {
			a = linearFixed(api, n, g, x)
		} else {
			var err error
			if a, err = linearCommitted(api, rc, n, g, c.Weights[k], c.Biases[k], x); err != nil {
				return nil, err
			}
		}
		for oc, v := range a {
			acc[g.outs[oc]] = v
		}
	}
	if f.pool >= 0 {
		return c.poolFused(api, rc, k, f, acc)
	}
	per := len(acc) / len(n.Requant) // outputs per channel
	y := make([]frontend.Variable, len(acc))
	for i, a := range acc {
		var err error
		if y[i], err = c.requantChannel(api, rc, n, i/per, a, f.lo()); err != nil {
			return nil, err
		}
	}
	return y, nil
}

// requantChannel requantizes an accumulator of channel j of a dense or
// convolution node: t = acc·M + 2^(s−1).
func (c *Circuit) requantChannel(api frontend.API, rc rangeChecker, n *models.Node, j int, acc frontend.Variable, lo int) (frontend.Variable, error) {
	r := n.Requant[j]
	t := api.Add(api.Mul(acc, r.Mult), new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
	return requantizeWithHint(api, rc, t, boundsFor(n, j, c.opts.Weights), lo)
}

// poolFused computes max-pooling over the requantized (and, with a fused
// ReLU, clamped) outputs of a convolution. Requantization and clamping are
// non-decreasing and one channel shares them, so the largest output of a
// window is the requantization of its largest accumulator:
//
//	max_i clamp(⌊(acc_i·M + 2^(s−1))/2^s⌋) = clamp(⌊(max_i acc_i·M + 2^(s−1))/2^s⌋).
//
// The maximum is proven on the accumulators (maxOf: each difference's sign
// and one product) and requantized once per window. Outputs that no window
// reads are never requantized: nothing depends on them.
func (c *Circuit) poolFused(api frontend.API, rc rangeChecker, k int, f fusion, acc []frontend.Variable) ([]frontend.Variable, error) {
	m := c.model
	n, pn := &m.Nodes[k], &m.Nodes[f.pool]
	in := m.Tensors[n.Output].Shape
	per := in[1] * in[2]
	y := make([]frontend.Variable, m.Tensors[pn.Output].Shape.Size())
	var err error
	pn.Window().Pool(in, func(out int, inputs []int) {
		if err != nil {
			return
		}
		j := inputs[0] / per
		window := make([]frontend.Variable, len(inputs))
		for i, off := range inputs {
			window[i] = acc[off]
		}
		var mx frontend.Variable
		if mx, err = maxWithHint(api, rc, window, c.accDiffBits(n, j)); err != nil {
			return
		}
		y[out], err = c.requantChannel(api, rc, n, j, mx, f.lo())
	})
	return y, err
}

// accDiffBits bounds the difference of two accumulators of channel j: the
// bias cancels, and int8 inputs differ by at most 255, so
// |acc_a − acc_b| ≤ 255·Σ|w| (any int8 weights when they are committed).
func (c *Circuit) accDiffBits(n *models.Node, j int) int {
	fan := n.FanIn()
	s := int64(128 * fan)
	if c.opts.Weights == Fixed {
		s = 0
		for _, w := range n.Weights[j*fan : (j+1)*fan] {
			s += abs64(int64(w))
		}
	}
	return max(big.NewInt(255*s).BitLen(), 1)
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// fusion names the nodes a requantizing node absorbs: the ReLU reading its
// output and the max-pooling after them, −1 when none.
type fusion struct{ relu, pool int }

// lo is the lower end of the fused clamp: 0 with a ReLU.
func (f fusion) lo() int {
	if f.relu >= 0 {
		return 0
	}
	return -128
}

// fusedAfter finds what node k absorbs among the first limit nodes: a ReLU
// that is the only reader of its output (dense, convolution or add), and for
// a convolution a max-pooling that is the only reader of what follows. A
// tensor that is the model's output is never skipped.
func fusedAfter(m *models.Model, k, limit int) fusion {
	f := fusion{relu: -1, pool: -1}
	n := &m.Nodes[k]
	if n.Op != models.OpDense && n.Op != models.OpConv2D && n.Op != models.OpAdd {
		return f
	}
	out := n.Output
	if j := soleReader(m, out, limit); j >= 0 && m.Nodes[j].Op == models.OpReLU {
		f.relu, out = j, m.Nodes[j].Output
	}
	if n.Op != models.OpConv2D {
		return f
	}
	if j := soleReader(m, out, limit); j >= 0 && m.Nodes[j].Op == models.OpMaxPool {
		f.pool = j
	}
	return f
}

// soleReader is the one node among the first limit that reads tensor t,
// when no other node does and t is not the model's output; −1 otherwise.
func soleReader(m *models.Model, t, limit int) int {
	if t == m.Output {
		return -1
	}
	reader := -1
	for j := range m.Nodes {
		for _, in := range m.Nodes[j].Inputs {
			if in != t {
				continue
			}
			if reader >= 0 || j >= limit {
				return -1
			}
			reader = j
		}
	}
	return reader
}

// linearFixed multiplies by constant weights: linear expressions, no
// constraint at all.
func linearFixed(api frontend.API, n *models.Node, g group, x []frontend.Variable) []frontend.Variable {
	fan := n.FanIn()
	acc := make([]frontend.Variable, len(g.outs))
	terms := make([]frontend.Variable, 0, len(g.inputs)+1)
	for oc := range g.outs {
		terms = terms[:0]
		row := n.Weights[oc*fan : (oc+1)*fan]
		for i, xi := range g.inputs {
			if w := row[g.kernel[i]]; w != 0 {
				terms = append(terms, api.Mul(x[xi], int(w)))
			}
		}
		terms = append(terms, int(n.Bias[oc]))
		acc[oc] = sum(api, terms)
	}
	return acc
}

// linearCommitted multiplies by witness weights, several output channels
// per constraint. With k bits per channel (|acc| < 2^(k−1) for any int8
// weights, inputs and int32 bias), channels c0..c0+r−1 share one product per
// input:
//
//	S = Σ_i (Σ_t 2^(k·t)·W[c0+t, i])·x[i] + Σ_t 2^(k·t)·(b[c0+t] + 2^(k−1))
//	  = Σ_t 2^(k·t)·(acc[c0+t] + 2^(k−1))
//
// The prover splits S into r limbs u_t of k bits (range-checked); since
// r·k < 253 the base-2^k digits of S are unique, so acc[c0+t] = u_t − 2^(k−1).
// Weights, biases and x must be range-checked by the caller.
func linearCommitted(api frontend.API, rc rangeChecker, n *models.Node, g group, w, b, x []frontend.Variable) ([]frontend.Variable, error) {
	fan := n.FanIn()
	k := big.NewInt(worstAccumulatorBound(n)).BitLen() + 1
	rows := (api.Compiler().FieldBitLen() - 2) / k
	half := new(big.Int).Lsh(big.NewInt(1), uint(k-1))
	acc := make([]frontend.Variable, 0, len(g.outs))
	for c0 := 0; c0 < len(g.outs); c0 += rows {
		r := min(rows, len(g.outs)-c0)
		terms := make([]frontend.Variable, 0, len(g.inputs)+r)
		for i, xi := range g.inputs {
			packed := make([]frontend.Variable, r)
			for t := range r {
				packed[t] = api.Mul(w[(c0+t)*fan+g.kernel[i]], new(big.Int).Lsh(big.NewInt(1), uint(k*t)))
			}
			terms = append(terms, api.Mul(sum(api, packed), x[xi]))
		}
		for t := range r {
			base := new(big.Int).Lsh(big.NewInt(1), uint(k*t))
			terms = append(terms, api.Mul(api.Add(b[c0+t], half), base))
		}
		s := sum(api, terms)
		limbs, err := api.Compiler().NewHint(splitHint, r, s, k)
		if err != nil {
			return nil, err
		}
		recomposed := make([]frontend.Variable, r)
		for t, u := range limbs {
			rc.Check(u, k)
			recomposed[t] = api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(k*t)))
			acc = append(acc, api.Sub(u, half))
		}
		api.AssertIsEqual(s, sum(api, recomposed))
	}
	return acc, nil
}

// avgPool computes an average-pooling node with the division gadget.
func (c *Circuit) avgPool(api frontend.API, rc rangeChecker, k int, x []frontend.Variable) ([]frontend.Variable, error) {
	return c.pool(k, x, func(window []frontend.Variable) (frontend.Variable, error) {
		return averageWithHint(api, rc, sum(api, window), len(window))
	})
}

// pool applies a window gadget to every output of a pooling node.
func (c *Circuit) pool(k int, x []frontend.Variable, gadget func(window []frontend.Variable) (frontend.Variable, error)) ([]frontend.Variable, error) {
	n := &c.model.Nodes[k]
	in := c.model.Tensors[n.Inputs[0]].Shape
	var err error
	y := make([]frontend.Variable, c.model.Tensors[n.Output].Shape.Size())
	n.Window().Pool(in, func(out int, inputs []int) {
		if err != nil {
			return
		}
		window := make([]frontend.Variable, len(inputs))
		for i, off := range inputs {
			window[i] = x[off]
		}
		y[out], err = gadget(window)
	})
	return y, err
}

// addRescaled computes an Add node: t = a·Ma + b·Mb + 2^(s−1), requantized
// and clamped at lo (0 with a fused ReLU).
func addRescaled(api frontend.API, rc rangeChecker, n *models.Node, a, b []frontend.Variable, lo int) ([]frontend.Variable, error) {
	ra, rb := n.Requant[0], n.Requant[1]
	s := int(ra.Shift)
	bounds := addBounds(ra, rb)
	half := new(big.Int).Lsh(big.NewInt(1), uint(s-1))
	y := make([]frontend.Variable, len(a))
	for i := range a {
		t := api.Add(api.Mul(a[i], ra.Mult), api.Mul(b[i], rb.Mult), half)
		var err error
		if y[i], err = requantizeWithHint(api, rc, t, bounds, lo); err != nil {
			return nil, err
		}
	}
	return y, nil
}

// maxPool computes a max-pooling node with the max gadget per window.
func (c *Circuit) maxPool(api frontend.API, rc rangeChecker, k int, x []frontend.Variable) ([]frontend.Variable, error) {
	return c.pool(k, x, func(window []frontend.Variable) (frontend.Variable, error) {
		return maxWithHint(api, rc, window, 8)
	})
}

// assertCommitment asserts that commitment = models.CommitTensor(d, salt, values).
// The values must already be range-checked to int8.
func assertCommitment(api frontend.API, d models.Domain, salt frontend.Variable, values []frontend.Variable, commitment frontend.Variable) error {
	elems := append([]frontend.Variable{salt}, packInt8InCircuit(api, values)...)
	return assertCommitmentHash(api, d, len(values), elems, commitment)
}

// assertCommitmentHash asserts that commitment = models.HashLength(d, length, elems).
func assertCommitmentHash(api frontend.API, d models.Domain, length int, elems []frontend.Variable, commitment frontend.Variable) error {
	h, err := hashInCircuit(api, d, length, elems)
	if err != nil {
		return err
	}
	api.AssertIsEqual(commitment, h)
	return nil
}
