package prover

// The adversarial suite, continued: the fused activations (a ReLU as the
// clamp at 0 of the requantization before it, max-pooling proven on the
// accumulators) and the two-column tables of lookups, against both proof
// systems and both range-check modes.

import (
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"testing"

	"github.com/consensys/gnark/constraint/solver"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/runtime"
)

// convPoolModel is a convolution (2 channels, 3×3, padding 1) on a 1×6×6
// input, a ReLU and a 2×2 max-pooling whose output is the model's: the
// circuit requantizes only each window's largest accumulator.
func convPoolModel(rng *rand.Rand) *models.Model {
	w := make([]int8, 2*9)
	for i := range w {
		w[i] = int8(rng.Intn(61) - 30)
	}
	m := &models.Model{
		Name: "conv-pool",
		Tensors: []models.Tensor{
			{Name: "in", Shape: models.Shape{1, 6, 6}, Scale: 1},
			{Name: "conv", Shape: models.Shape{2, 6, 6}, Scale: 1},
			{Name: "relu", Shape: models.Shape{2, 6, 6}, Scale: 1},
			{Name: "pool", Shape: models.Shape{2, 3, 3}, Scale: 1},
		},
		Nodes: []models.Node{
			{Op: models.OpConv2D, Name: "conv", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{2, 1, 3, 3}, Weights: w,
				Bias: []int32{-300, 200}, Strides: []int{1, 1}, Pads: []int{1, 1, 1, 1},
				Requant: []models.Requant{{Mult: 3, Shift: 9}, {Mult: 5, Shift: 10}}},
			{Op: models.OpReLU, Name: "relu", Inputs: []int{1}, Output: 2},
			{Op: models.OpMaxPool, Name: "pool", Inputs: []int{2}, Output: 3, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0}},
		},
		Output: 3,
	}
	if err := m.Validate(); err != nil {
		panic(err)
	}
	return m
}

// TestSoundnessFusedMaxPool: the prover claims a window's maximum is its
// runner-up accumulator (or another input, or a value above every input)
// and claims the output the circuit then computes: each is rejected by the
// max gadget, in both modes and both proof systems.
func TestSoundnessFusedMaxPool(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	m := convPoolModel(rng)
	if f := fusedAfter(m, 0, len(m.Nodes)); f.relu != 1 || f.pool != 2 {
		t.Fatalf("the convolution does not absorb the ReLU and the pooling: %+v", f)
	}
	conv, pool := &m.Nodes[0], &m.Nodes[2]
	for _, mode := range modes {
		opts := Options{Weights: Fixed, RangeCheck: mode}.WithDefaults()
		c, err := NewCircuit(m, opts)
		if err != nil {
			t.Fatal(err)
		}
		tg := newTarget(t, c)
		input := randomInput(rng, 36)
		o := salted(t, m, opts, input)
		tg.accept(t, opts.String()+" honest", claiming(t, m, opts, o, o.Output), nil)
		acc, _ := runtime.Conv2D(conv, m.Tensors[0].Shape, input)
		// y of channel j for accumulator a, as the fused circuit computes it
		yOf := func(j int, a int64) int8 { return max(runtime.Requantize(a, conv.Requant[j]), 0) }
		forged := 0
		pool.Window().Pool(m.Tensors[1].Shape, func(out int, inputs []int) {
			j := inputs[0] / 36
			window := make([]int64, len(inputs))
			for i, off := range inputs {
				window[i] = acc[off]
			}
			sorted := slices.Clone(window)
			slices.Sort(sorted)
			best, runnerUp := sorted[len(sorted)-1], sorted[len(sorted)-2]
			if runnerUp == best || yOf(j, runnerUp) == yOf(j, best) || forged >= 3 {
				return // the forgery would not change the output here
			}
			forged++
			for _, f := range []struct {
				what string
				v    int64
			}{{"runner-up", runnerUp}, {"smallest input", sorted[0]}, {"above every input", best + 1}} {
				h := forge(maxHint, func(field *big.Int, in, out []*big.Int) {
					if len(in) != len(window) {
						return
					}
					for i := range in {
						if signed(field, in[i]).Int64() != window[i] {
							return
						}
					}
					out[0].Set(mod(big.NewInt(f.v)))
				})
				claimed := slices.Clone(o.Output)
				claimed[out] = yOf(j, f.v)
				tg.reject(t, fmt.Sprintf("%s window %d: the %s claimed as the maximum", opts, out, f.what),
					claiming(t, m, opts, o, claimed), h, "prover.maxOf|"+rangeBlame(mode, "prover.maxOf"))
			}
		})
		if forged == 0 {
			t.Fatalf("%s: no window whose runner-up gives another output", opts)
		}
	}
}

// reluModel is a dense layer whose ReLU the circuit fuses into its clamp.
func reluModel(rng *rand.Rand) *models.Model {
	w := make([]int8, 4*6)
	for i := range w {
		w[i] = int8(rng.Intn(41) - 20)
	}
	m := &models.Model{
		Name: "dense-relu",
		Tensors: []models.Tensor{
			{Name: "in", Shape: models.Shape{6}, Scale: 1},
			{Name: "fc", Shape: models.Shape{4}, Scale: 1},
			{Name: "relu", Shape: models.Shape{4}, Scale: 1},
		},
		Nodes: []models.Node{
			{Op: models.OpDense, Name: "fc", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{4, 6}, Weights: w,
				Bias: []int32{-500, 500, 0, -20}, Requant: []models.Requant{{Mult: 1, Shift: 4}, {Mult: 1, Shift: 4}, {Mult: 1, Shift: 4}, {Mult: 1, Shift: 4}}},
			{Op: models.OpReLU, Name: "relu", Inputs: []int{1}, Output: 2},
		},
		Output: 2,
	}
	if err := m.Validate(); err != nil {
		panic(err)
	}
	return m
}

// TestSoundnessForgedSign: with the ReLU fused into the clamp, the prover
// passes a negative quotient through (y = q < 0), or drops a positive one
// (y = 0 with the quotient moved into over), and claims the output: both
// rejected by the clamp, in both modes, by the clamp table and by the
// gadget, in both proof systems.
func TestSoundnessForgedSign(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	m := reluModel(rng)
	n := &m.Nodes[0]
	for _, mode := range modes {
		for _, table := range []bool{false, true} {
			if mode == RangeCheckBits && table {
				continue
			}
			opts := Options{Weights: Fixed, RangeCheck: mode}.WithDefaults()
			c, err := NewCircuit(m, opts)
			if err != nil {
				t.Fatal(err)
			}
			what := opts.String()
			if mode == RangeCheckLogDeriv {
				plan := &lookupPlan{K: 8, Narrow: map[int]bool{}, ClampQ: map[int]int64{}}
				if table {
					plan.ClampQ[0] = boundsFor(n, 0, Fixed).Q
					for j := range n.Requant {
						plan.ClampQ[0] = max(plan.ClampQ[0], boundsFor(n, j, Fixed).Q)
					}
					what += " clamp table"
				} else {
					what += " clamp gadget"
				}
				c.plan = plan
			}
			tg := newTarget(t, c)
			var neg, pos bool
			for try := 0; try < 50 && !(neg && pos); try++ {
				input := randomInput(rng, 6)
				o := salted(t, m, opts, input)
				acc, _ := runtime.Dense(n, input)
				for j := range acc {
					target := requantTarget(acc[j], n.Requant[j])
					q := new(big.Int).Rsh(target, uint(n.Requant[j].Shift))
					if q.Sign() == 0 || q.Cmp(big.NewInt(127)) > 0 || q.Cmp(big.NewInt(-128)) < 0 {
						continue
					}
					claimed := slices.Clone(o.Output)
					var h hints
					if q.Sign() < 0 {
						if neg {
							continue
						}
						neg = true
						claimed[j] = int8(q.Int64())
						h = forge(requantHint, func(field *big.Int, in, out []*big.Int) {
							if signed(field, in[0]).Cmp(target) == 0 {
								out[0].Set(mod(q)) // y = q
								out[2].SetInt64(0) // under dropped
							}
						})
					} else {
						if pos {
							continue
						}
						pos = true
						claimed[j] = 0
						h = forge(requantHint, func(field *big.Int, in, out []*big.Int) {
							if signed(field, in[0]).Cmp(target) == 0 {
								out[0].SetInt64(0) // y = 0
								out[1].Set(q)      // q = y + over
							}
						})
					}
					if q.Sign() < 0 {
						// the sign forged the other way: y = 3 with under
						// compensating, q = y − under
						lifted := slices.Clone(o.Output)
						lifted[j] = 3
						tg.reject(t, fmt.Sprintf("%s output %d: quotient %d claimed as 3, under %d", what, j, q, 3-q.Int64()), claiming(t, m, opts, o, lifted),
							forge(requantHint, func(field *big.Int, in, out []*big.Int) {
								if signed(field, in[0]).Cmp(target) == 0 {
									out[0].SetInt64(3)
									out[2].Set(mod(new(big.Int).Sub(big.NewInt(3), q)))
								}
							}), "prover.clampGadget|"+rangeBlame(mode, "prover.clampGadget"))
					}
					tg.accept(t, what+" honest", claiming(t, m, opts, o, o.Output), nil)
					tg.reject(t, fmt.Sprintf("%s output %d: quotient %d claimed as %d", what, j, q, claimed[j]), claiming(t, m, opts, o, claimed), h,
						"prover.clampGadget|"+rangeBlame(mode, "prover.clampGadget"))
				}
			}
			if !neg || !pos {
				t.Fatalf("%s: no input gave a negative and a positive quotient", what)
			}
		}
	}
}

// TestSoundnessForgedTableCounts: a ReLU on its own, proven by the clamp
// table, claims a negative input passed through; whatever multiplicities
// the prover gives the table (none for the forged pair, or counted at the
// honest row of its index, or at the row of its value), the argument
// fails, in both proof systems.
func TestSoundnessForgedTableCounts(t *testing.T) {
	m := &models.Model{
		Name:    "relu",
		Tensors: []models.Tensor{{Name: "in", Shape: models.Shape{300}, Scale: 1}, {Name: "out", Shape: models.Shape{300}, Scale: 1}},
		Nodes:   []models.Node{{Op: models.OpReLU, Name: "relu", Inputs: []int{0}, Output: 1}},
		Output:  1,
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	opts := Options{Weights: Fixed, RangeCheck: RangeCheckLogDeriv}.WithDefaults()
	c, err := NewCircuit(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	tg := newTarget(t, c)
	if q, ok := c.used.ClampQ[0]; !ok || q < 128 {
		t.Fatalf("the planner chose no clamp table for 300 ReLUs: %+v", c.used)
	}
	rng := rand.New(rand.NewSource(23))
	input := randomInput(rng, 300)
	input[7] = -5
	o := salted(t, m, opts, input)
	tg.accept(t, "honest", claiming(t, m, opts, o, o.Output), nil)
	claimed := slices.Clone(o.Output)
	claimed[7] = -5
	relu := forge(reluHint, func(field *big.Int, in, out []*big.Int) {
		if signed(field, in[0]).Int64() == -5 {
			out[0].Set(in[0])
		}
	})
	q := c.used.ClampQ[0]
	for name, row := range map[string]int64{"none": -1, "its index's row": q - 5, "the row of 0": q} {
		h := hints{}
		for id, f := range relu {
			h[id] = f
		}
		h[solver.GetHintID(indexCountHint)] = func(field *big.Int, in, out []*big.Int) error {
			if err := indexCountHint(field, in, out); err != nil {
				return err
			}
			// the forged pair (q−5, −5) is no row: count it at row
			n := len(out)
			for i := n; i < len(in); i += 2 {
				if in[i].IsInt64() && in[i].Int64() == q-5 && signed(field, in[i+1]).Int64() == -5 && row >= 0 {
					out[row].Add(out[row], big.NewInt(1))
				}
			}
			return nil
		}
		tg.reject(t, "a negative ReLU input passed through, counts "+name, claiming(t, m, opts, o, claimed), h, blameInt8Lookup)
	}
}
