package prover

import (
	"context"
	"math/big"
	"math/rand"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/runtime"
)

type hashCircuit struct {
	Elems []frontend.Variable
	Out   frontend.Variable `gnark:",public"`
	d     models.Domain
}

func (c *hashCircuit) Define(api frontend.API) error {
	h, err := hashInCircuit(api, c.d, len(c.Elems), c.Elems)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h, c.Out)
	return nil
}

// The in-circuit sponge and the native one agree, and a wrong digest fails.
func TestHashTwin(t *testing.T) {
	for _, n := range []int{1, 2, 14, 15, 16, 30, 31, 46} {
		ccs := compile(t, &hashCircuit{Elems: make([]frontend.Variable, n), d: models.DomainModel})
		for range 3 {
			elems := make([]fr.Element, n)
			a := &hashCircuit{Elems: make([]frontend.Variable, n)}
			for i := range elems {
				elems[i].SetRandom()
				a.Elems[i] = elementToBig(elems[i])
			}
			h := models.Hash(models.DomainModel, elems)
			a.Out = elementToBig(h)
			if err := solved(t, ccs, a); err != nil {
				t.Fatalf("n=%d: native and circuit hashes differ: %v", n, err)
			}
			var wrong fr.Element
			wrong.SetOne()
			wrong.Add(&wrong, &h)
			a.Out = elementToBig(wrong)
			if err := solved(t, ccs, a); err == nil {
				t.Fatalf("n=%d: wrong digest accepted", n)
			}
			// another domain gives another digest
			other := models.Hash(models.DomainInput, elems)
			a.Out = elementToBig(other)
			if err := solved(t, ccs, a); err == nil {
				t.Fatalf("n=%d: digest of another domain accepted", n)
			}
		}
	}
}

type tensorCommitCircuit struct {
	V    []frontend.Variable
	Salt frontend.Variable
	C    frontend.Variable `gnark:",public"`
}

func (c *tensorCommitCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, RangeCheckBits)
	for _, v := range c.V {
		rc.CheckInt8(v)
	}
	return assertCommitment(api, models.DomainInput, c.Salt, c.V, c.C)
}

// The packing of int8 values agrees with models.CommitTensor, at lengths
// around the 31-values-per-element boundary.
func TestTensorCommitmentTwin(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{1, 30, 31, 32, 62, 100} {
		ccs := compile(t, &tensorCommitCircuit{V: make([]frontend.Variable, n)})
		v := randomInput(rng, n)
		salt, _ := models.NewSalt()
		c := models.CommitTensor(models.DomainInput, salt, v)
		a := &tensorCommitCircuit{V: make([]frontend.Variable, n), Salt: elementToBig(salt), C: elementToBig(c)}
		for i := range v {
			a.V[i] = int(v[i])
		}
		if err := solved(t, ccs, a); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		a.V[n-1] = int(v[n-1]) ^ 1
		if err := solved(t, ccs, a); err == nil {
			t.Fatalf("n=%d: changed value accepted", n)
		}
	}
}

// agreement proves the runtime's output is what the circuit computes: the
// assignment commits to the runtime's output and the R1CS must accept it,
// while an assignment committing to a changed output must be rejected.
func agreement(t *testing.T, m *models.Model, opts Options, inputs [][]int8) {
	t.Helper()
	opts = resolveOnce(t, m, opts)
	c, err := NewCircuit(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	ccs := compile(t, c)
	for i, in := range inputs {
		o, st, a, err := Inference(context.Background(), m, opts, in, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := solved(t, ccs, a); err != nil {
			t.Fatalf("%s %s input %d: circuit rejects the runtime's output %v: %v", m.Name, opts, i, o.Output, err)
		}
		if i%10 == 0 { // the negative twin, on a tenth of the inputs
			bad := *o
			bad.Output = append([]int8(nil), o.Output...)
			bad.Output[i%len(bad.Output)] ^= 1
			bst := Commit(m, opts, &bad)
			ba, err := Assign(m, opts, &bad, bst)
			if err != nil {
				t.Fatal(err)
			}
			if err := solved(t, ccs, ba); err == nil {
				t.Fatalf("%s %s input %d: circuit accepts a changed output", m.Name, opts, i)
			}
			_ = st
		}
	}
}

func TestRuntimeCircuitAgreementRandomModels(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	n := 100
	if testing.Short() {
		n = 30
	}
	for _, opts := range []Options{
		{Weights: Fixed},
		{Weights: Fixed, RangeCheck: RangeCheckLogDeriv, Input: Public, Output: Public},
		{Weights: Committed},
		{Weights: Committed, RangeCheck: RangeCheckBits, Output: Public},
	} {
		m := randomModel(rng, []int{24, 16, 12, 6})
		inputs := make([][]int8, n)
		clamped, interior := 0, 0
		for i := range inputs {
			inputs[i] = randomInput(rng, 24)
			tr, _ := runtime.Execute(context.Background(), m, inputs[i])
			for _, n := range m.Nodes {
				if n.Op == models.OpDense {
					for _, v := range tr.Values[n.Output] {
						if v == 127 || v == -128 {
							clamped++
						} else {
							interior++
						}
					}
				}
			}
		}
		if clamped == 0 || interior == 0 {
			t.Fatalf("random model outputs: %d clamped, %d interior; the test needs both", clamped, interior)
		}
		agreement(t, m, opts.WithDefaults(), inputs)
	}
}

func TestRuntimeCircuitAgreementCNN(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	n := 100
	if testing.Short() {
		n = 20
	}
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Fixed, RangeCheck: RangeCheckLogDeriv}, {Weights: Committed}} {
		m, err := models.SyntheticCNN("cnn", rng.Int63(), 8, 3, 4, 5)
		if err != nil {
			t.Fatal(err)
		}
		inputs := make([][]int8, n)
		for i := range inputs {
			inputs[i] = randomInput(rng, 64)
		}
		agreement(t, m, opts.WithDefaults(), inputs)
	}
}

// poolLookupModel: avg-pool (padded), global avg-pool, a random lookup
// table, and a dense layer.
func poolLookupModel(rng *rand.Rand) *models.Model {
	table := make([]int8, 256)
	for i := range table {
		table[i] = int8(rng.Intn(256) - 128)
	}
	m := &models.Model{
		Name: "pool-lookup",
		Tensors: []models.Tensor{
			{Name: "in", Shape: models.Shape{2, 5, 5}, Scale: 1},
			{Name: "avg", Shape: models.Shape{2, 3, 3}, Scale: 1},
			{Name: "lut", Shape: models.Shape{2, 3, 3}, Scale: 1},
			{Name: "gap", Shape: models.Shape{2, 1, 1}, Scale: 1},
			{Name: "flat", Shape: models.Shape{2}, Scale: 1},
			{Name: "fc", Shape: models.Shape{3}, Scale: 1},
		},
		Nodes: []models.Node{
			{Op: models.OpAvgPool, Name: "avg", Inputs: []int{0}, Output: 1, Kernel: []int{3, 3}, Strides: []int{2, 2}, Pads: []int{1, 1, 1, 1}},
			{Op: models.OpLookup, Name: "lut", Inputs: []int{1}, Output: 2, Table: table},
			{Op: models.OpAvgPool, Name: "gap", Inputs: []int{2}, Output: 3, Kernel: []int{3, 3}, Strides: []int{1, 1}, Pads: []int{0, 0, 0, 0}},
			{Op: models.OpFlatten, Name: "flat", Inputs: []int{3}, Output: 4},
			{Op: models.OpDense, Name: "fc", Inputs: []int{4}, Output: 5, WeightShape: models.Shape{3, 2},
				Weights: []int8{3, -7, 100, 5, -128, 127}, Bias: []int32{10, -20, 30}, Requant: []models.Requant{{Mult: 3, Shift: 2}, {Mult: 1, Shift: 1}, {Mult: 5, Shift: 6}}},
		},
		Output: 5,
	}
	if err := m.Validate(); err != nil {
		panic(err)
	}
	return m
}

// residualModel: conv → ReLU → Add(with the input) → flatten → dense.
func residualModel(rng *rand.Rand) *models.Model {
	w := make([]int8, 2*2*9)
	for i := range w {
		w[i] = int8(rng.Intn(256) - 128)
	}
	fc := make([]int8, 3*32)
	for i := range fc {
		fc[i] = int8(rng.Intn(256) - 128)
	}
	m := &models.Model{
		Name: "residual",
		Tensors: []models.Tensor{
			{Name: "in", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "conv", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "relu", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "add", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "flat", Shape: models.Shape{32}, Scale: 1},
			{Name: "fc", Shape: models.Shape{3}, Scale: 1},
		},
		Nodes: []models.Node{
			{Op: models.OpConv2D, Name: "conv", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{2, 2, 3, 3}, Weights: w,
				Bias: []int32{100, -100}, Requant: []models.Requant{{Mult: 40000, Shift: 26}, {Mult: 50000, Shift: 25}}, Strides: []int{1, 1}, Pads: []int{1, 1, 1, 1}},
			{Op: models.OpReLU, Name: "relu", Inputs: []int{1}, Output: 2},
			{Op: models.OpAdd, Name: "add", Inputs: []int{2, 0}, Output: 3, Requant: []models.Requant{{Mult: 3, Shift: 2}, {Mult: 5, Shift: 2}}},
			{Op: models.OpFlatten, Name: "flat", Inputs: []int{3}, Output: 4},
			{Op: models.OpDense, Name: "fc", Inputs: []int{4}, Output: 5, WeightShape: models.Shape{3, 32}, Weights: fc,
				Bias: []int32{1, 2, 3}, Requant: []models.Requant{{Mult: 33000, Shift: 26}, {Mult: 33000, Shift: 25}, {Mult: 33000, Shift: 24}}},
		},
		Output: 5,
	}
	if err := m.Validate(); err != nil {
		panic(err)
	}
	return m
}

func TestRuntimeCircuitAgreementResidual(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	m := residualModel(rng)
	inputs := make([][]int8, 100)
	for i := range inputs {
		inputs[i] = randomInput(rng, 32)
	}
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Committed}} {
		agreement(t, m, opts.WithDefaults(), inputs)
	}
}

func TestRuntimeCircuitAgreementPoolLookup(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	m := poolLookupModel(rng)
	inputs := make([][]int8, 100)
	for i := range inputs {
		inputs[i] = randomInput(rng, 50)
	}
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Committed}} {
		agreement(t, m, opts.WithDefaults(), inputs)
	}
}

func TestRuntimeCircuitAgreementMNIST(t *testing.T) {
	m, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	var inputs [][]int8
	for _, s := range zoo.Samples() {
		inputs = append(inputs, mnist.Quantize(s.Pixels))
	}
	n := 100
	if testing.Short() {
		n = 40
	}
	for len(inputs) < n {
		inputs = append(inputs, randomInput(rng, mnist.ImageSize)) // saturating, adversarial-looking inputs
	}
	agreement(t, m, DefaultOptions().WithDefaults(), inputs)
	if !testing.Short() {
		agreement(t, m, Options{Weights: Committed}.WithDefaults(), inputs[:4])
	}
}

// forged returns a hint that calls the honest one and then lets f alter
// its outputs; f reports whether it did, and at most `times` calls are
// altered.
func forged(h solver.Hint, times int, f func(field *big.Int, in, out []*big.Int) bool) solver.Option {
	altered := 0
	return solver.OverrideHint(solver.GetHintID(h), func(field *big.Int, in, out []*big.Int) error {
		if err := h(field, in, out); err != nil {
			return err
		}
		if altered < times && f(field, in, out) {
			altered++
		}
		return nil
	})
}

// forward is a test twin of runtime.Execute that takes dense weights as
// int64, so that out-of-range (forged) weights can be evaluated, and lets
// alter change each node's output before it is used.
func forward(m *models.Model, weights [][]int64, input []int8, alter func(k int, x, y []int8)) []int8 {
	vals := make([][]int8, len(m.Tensors))
	vals[m.Input] = input
	for k := range m.Nodes {
		n := &m.Nodes[k]
		x := vals[n.Inputs[0]]
		y := make([]int8, m.Tensors[n.Output].Shape.Size())
		switch n.Op {
		case models.OpDense:
			in := n.WeightShape[1]
			for j := range y {
				acc := int64(n.Bias[j])
				for i := range in {
					acc += weights[k][j*in+i] * int64(x[i])
				}
				y[j] = runtime.Requantize(acc, n.Requant[j])
			}
		case models.OpConv2D:
			_, y = runtime.Conv2D(n, m.Tensors[n.Inputs[0]].Shape, x)
		case models.OpMaxPool:
			y = runtime.MaxPool(n, m.Tensors[n.Inputs[0]].Shape, x)
		case models.OpAvgPool:
			y = runtime.AvgPool(n, m.Tensors[n.Inputs[0]].Shape, x)
		case models.OpLookup:
			for i, v := range x {
				y[i] = n.Table[int(v)+128]
			}
		case models.OpAdd:
			b := vals[n.Inputs[1]]
			for i := range y {
				y[i] = runtime.AddRescaled(x[i], b[i], n.Requant)
			}
		case models.OpReLU:
			for i := range y {
				y[i] = max(x[i], 0)
			}
		case models.OpFlatten:
			copy(y, x)
		}
		if alter != nil {
			alter(k, x, y)
		}
		vals[n.Output] = y
	}
	return vals[m.Output]
}

func modelWeights(m *models.Model) [][]int64 {
	w := make([][]int64, len(m.Nodes))
	for k := range m.Nodes {
		for _, v := range m.Nodes[k].Weights {
			w[k] = append(w[k], int64(v))
		}
	}
	return w
}

// attack is a dishonest prover: it claims the output its forgery computes,
// with commitments that match the claim, and proves with malicious hints.
type attack struct {
	weights [][]int64 // nil: the model's
	alter   func(k int, x, y []int8)
	hint    []solver.Option
}

// run builds the dishonest witness and reports whether the circuit accepts
// it. changed is false when the forgery happens not to change the output on
// this input (the attack is then no attack, and the caller tries another).
func (a attack) run(t *testing.T, ccs constraint.ConstraintSystem, m *models.Model, opts Options, input []int8) (err error, changed bool) {
	t.Helper()
	w := a.weights
	if w == nil {
		w = modelWeights(m)
	}
	o, _, _, err := Inference(context.Background(), m, opts, input, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	claimed := forward(m, w, input, a.alter)
	if slices.Equal(claimed, o.Output) {
		return nil, false
	}
	bad := *o
	bad.Output = claimed
	asg, err := Assign(m, opts, &bad, Commit(m, opts, &bad))
	if err != nil {
		t.Fatal(err)
	}
	if a.weights != nil {
		for k := range asg.Weights {
			for i := range asg.Weights[k] {
				asg.Weights[k][i] = a.weights[k][i]
			}
		}
	}
	wit, err := frontend.NewWitness(asg, fieldOf())
	if err != nil {
		t.Fatal(err)
	}
	return ccs.IsSolved(wit, a.hint...), true
}

// expectRejected tries the attack built for successive random inputs until
// one changes the output, and fails the test if the circuit accepts it.
func expectRejected(t *testing.T, name string, ccs constraint.ConstraintSystem, m *models.Model, opts Options, rng *rand.Rand, build func(input []int8, trace *runtime.Trace) (attack, bool)) {
	t.Helper()
	for range 200 {
		input := randomInput(rng, m.InputShape().Size())
		trace, err := runtime.Execute(context.Background(), m, input)
		if err != nil {
			t.Fatal(err)
		}
		a, ok := build(input, trace)
		if !ok {
			continue
		}
		err, changed := a.run(t, ccs, m, opts, input)
		if !changed {
			continue
		}
		if err == nil {
			t.Errorf("%s: %s accepted", opts, name)
		}
		return
	}
	t.Fatalf("%s: no input on which the %s changes the output", opts, name)
}

// A dishonest prover cannot get another output accepted: not with a
// forged requantization remainder, a forged ReLU sign, a carry moved between
// packed weights, or packed accumulators split wrongly. Each attack claims
// exactly the output its forgery computes, with matching commitments, so
// only the gadget under attack can object.
func TestForgedWitnessRejected(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	m := randomModel(rng, []int{24, 16, 6})
	const last = 3 // the output dense node
	fc := &m.Nodes[last]
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Committed}, {Weights: Committed, RangeCheck: RangeCheckBits}} {
		opts = opts.WithDefaults()
		c, _ := NewCircuit(m, opts)
		ccs := compile(t, c)
		input := randomInput(rng, 24)
		_, _, honest, _ := Inference(context.Background(), m, opts, input, nil, nil)
		if err := solved(t, ccs, honest); err != nil {
			t.Fatalf("%s: honest witness rejected: %v", opts, err)
		}

		// Requantization: on an unclamped output channel, lower the
		// quotient by one and raise the remainder by 2^s.
		expectRejected(t, "forged requantization remainder", ccs, m, opts, rng, func(_ []int8, tr *runtime.Trace) (attack, bool) {
			for j, acc := range tr.Acc[last] {
				r := fc.Requant[j]
				if q := (acc*r.Mult + 1<<(r.Shift-1)) >> r.Shift; q <= -128 || q > 127 {
					continue
				}
				target := big.NewInt(acc*r.Mult + 1<<(r.Shift-1))
				return attack{
					alter: func(k int, _, y []int8) {
						if k == last {
							y[j]--
						}
					},
					hint: []solver.Option{forged(requantHint, 1, func(field *big.Int, in, out []*big.Int) bool {
						if signed(field, in[0]).Cmp(target) != 0 {
							return false
						}
						out[0].Add(out[0], new(big.Int).Lsh(big.NewInt(1), uint(r.Shift)))
						out[1].Sub(out[1], big.NewInt(1))
						out[1].Mod(out[1], field)
						return true
					})},
				}, true
			}
			return attack{}, false
		})

		// ReLU: pass every negative value through, as if the sign were positive.
		expectRejected(t, "forged ReLU", ccs, m, opts, rng, func([]int8, *runtime.Trace) (attack, bool) {
			return attack{
				alter: func(k int, x, y []int8) {
					if m.Nodes[k].Op == models.OpReLU {
						copy(y, x)
					}
				},
				hint: []solver.Option{forged(reluHint, 1<<30, func(_ *big.Int, _, out []*big.Int) bool {
					out[0].SetUint64(1)
					return true
				})},
			}, true
		})

		if opts.Weights != Committed {
			continue
		}
		// Packed weights: move a carry between two limbs of one packed
		// element, w0+256 and w1−1, which leaves the model commitment as is.
		expectRejected(t, "carry between packed weights", ccs, m, opts, rng, func([]int8, *runtime.Trace) (attack, bool) {
			w := modelWeights(m)
			w[last][0] += 256
			w[last][1]--
			return attack{weights: w}, true
		})

		// Packed accumulators: move 2^k from the second row's limb to the
		// first. Whatever the circuit then computes, it must not accept the
		// honest claim.
		split := forged(splitHint, 1, func(field *big.Int, in, out []*big.Int) bool {
			k := uint(in[1].Uint64())
			out[0].Add(out[0], new(big.Int).Lsh(big.NewInt(1), k))
			out[1].Sub(out[1], big.NewInt(1))
			out[1].Mod(out[1], field)
			return true
		})
		wit, _ := frontend.NewWitness(honest, fieldOf())
		if err := ccs.IsSolved(wit, split); err == nil {
			t.Errorf("%s: forged accumulator split accepted", opts)
		}

		// Other weights under the original model commitment.
		other := *honest
		other.Weights = make([][]frontend.Variable, len(honest.Weights))
		for k := range honest.Weights {
			other.Weights[k] = append([]frontend.Variable(nil), honest.Weights[k]...)
		}
		other.Weights[1][0] = int(m.Nodes[1].Weights[0]) ^ 1
		if err := solved(t, ccs, &other); err == nil {
			t.Errorf("%s: other weights accepted under the model commitment", opts)
		}
	}
}

// A dishonest prover cannot pass off a non-maximum as a max-pool output,
// or forge a convolution's requantization.
func TestForgedCNNWitnessRejected(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	m, err := models.SyntheticCNN("cnn", 3, 8, 3, 4, 5)
	if err != nil {
		t.Fatal(err)
	}
	const pool, conv2 = 2, 3
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Committed}} {
		opts = opts.WithDefaults()
		c, _ := NewCircuit(m, opts)
		ccs := compile(t, c)
		expectRejected(t, "max-pool output below the maximum", ccs, m, opts, rng, func(input []int8, tr *runtime.Trace) (attack, bool) {
			// the first window whose runner-up differs from its maximum
			in := tr.Values[m.Nodes[pool].Inputs[0]]
			w := m.Nodes[pool].Window()
			inputs, _ := w.Patch(models.Shape{1, 8, 8}, 0, 0)
			vals := make([]int8, len(inputs))
			for i, off := range inputs {
				vals[i] = in[off]
			}
			slices.Sort(vals)
			best, second := vals[len(vals)-1], vals[len(vals)-2]
			if best == second {
				return attack{}, false
			}
			return attack{
				alter: func(k int, _, y []int8) {
					if k == pool {
						y[0] = second
					}
				},
				hint: []solver.Option{forged(maxHint, 1, func(field *big.Int, in, out []*big.Int) bool {
					if signed(field, out[0]).Int64() != int64(best) || len(in) != len(inputs) {
						return false
					}
					out[0].SetInt64(int64(second))
					out[0].Mod(out[0], field)
					return true
				})},
			}, true
		})
		expectRejected(t, "forged convolution remainder", ccs, m, opts, rng, func(_ []int8, tr *runtime.Trace) (attack, bool) {
			n := &m.Nodes[conv2]
			for j, acc := range tr.Acc[conv2] {
				oc := j / (len(tr.Acc[conv2]) / n.WeightShape[0])
				r := n.Requant[oc]
				if q := (acc*r.Mult + 1<<(r.Shift-1)) >> r.Shift; q <= 1 || q > 127 {
					continue // keep it positive, so the ReLU passes the change on
				}
				target := big.NewInt(acc*r.Mult + 1<<(r.Shift-1))
				return attack{
					alter: func(k int, _, y []int8) {
						if k == conv2 {
							y[j]--
						}
					},
					hint: []solver.Option{forged(requantHint, 1, func(field *big.Int, in, out []*big.Int) bool {
						if signed(field, in[0]).Cmp(target) != 0 {
							return false
						}
						out[0].Add(out[0], new(big.Int).Lsh(big.NewInt(1), uint(r.Shift)))
						out[1].Sub(out[1], big.NewInt(1))
						out[1].Mod(out[1], field)
						return true
					})},
				}, true
			}
			return attack{}, false
		})
	}
}
