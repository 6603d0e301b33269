package prover

// The adversarial suite: a dishonest prover against the circuits. Each
// test builds honest witnesses, which must be accepted, and forgeries, which
// must be rejected, by
//
//   - gnark's test engine (test.IsSolved), which runs Define on the values
//     and names the gadget whose assertion failed: a forgery must fail in
//     the gadget under attack (its "blame"), not somewhere else, such as a
//     commitment the test forgot to recompute; and
//   - the compiled constraint systems of both proof systems, R1CS (Groth16)
//     and sparse R1CS (PLONK), which are what a proof binds.
//
// Forged advice is given as replacement hints (what a dishonest prover's
// solver computes instead) or as forged witness values.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/test"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/runtime"
)

// system is a compiled constraint system of one proof system.
type system struct {
	name string
	ccs  constraint.ConstraintSystem
}

// target is a circuit under attack: its definition, for the test engine,
// and its constraint systems for Groth16 and PLONK.
type target struct {
	circuit frontend.Circuit
	systems []system
}

func newTarget(t testing.TB, c frontend.Circuit) *target {
	t.Helper()
	tg := &target{circuit: c}
	for _, s := range []struct {
		name string
		nb   frontend.NewBuilder
	}{{BackendGroth16, r1cs.NewBuilder[constraint.U64]}, {BackendPlonk, scs.NewBuilder[constraint.U64]}} {
		ccs, err := frontend.Compile(fieldOf(), s.nb, c)
		if err != nil {
			t.Fatal(err)
		}
		tg.systems = append(tg.systems, system{s.name, ccs})
	}
	return tg
}

// hints are the replacements a dishonest prover makes for honest hints.
// Each must be a pure function of its inputs: the solvers may call hints
// in any order, concurrently.
type hints map[solver.HintID]solver.Hint

// forge returns a replacement for h that computes the honest outputs and
// then lets f alter them.
func forge(h solver.Hint, f func(field *big.Int, in, out []*big.Int)) hints {
	return hints{solver.GetHintID(h): func(field *big.Int, in, out []*big.Int) error {
		if err := h(field, in, out); err != nil {
			return err
		}
		f(field, in, out)
		for _, o := range out {
			o.Mod(o, field)
		}
		return nil
	}}
}

// verdicts solves asg with the replacement hints on the test engine and on
// every constraint system.
func (tg *target) verdicts(t testing.TB, asg frontend.Circuit, h hints) (engine error, systems []error) {
	t.Helper()
	var eopts []test.TestEngineOption
	var sopts []solver.Option
	for id, f := range h {
		eopts = append(eopts, test.WithReplacementHint(id, f))
		sopts = append(sopts, solver.OverrideHint(id, f))
	}
	engine = test.IsSolved(tg.circuit, asg, fieldOf(), eopts...)
	w, err := frontend.NewWitness(asg, fieldOf())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tg.systems {
		systems = append(systems, s.ccs.IsSolved(w, sopts...))
	}
	return engine, systems
}

// accept fails the test unless the engine and every system accept asg.
func (tg *target) accept(t testing.TB, what string, asg frontend.Circuit, h hints) {
	t.Helper()
	engine, systems := tg.verdicts(t, asg, h)
	if engine != nil {
		t.Errorf("%s: rejected by the test engine: %v", what, firstLine(engine))
	}
	for i, err := range systems {
		if err != nil {
			t.Errorf("%s: rejected by the %s constraint system: %v", what, tg.systems[i].name, err)
		}
	}
}

// reject fails the test unless the engine and every system reject asg, and
// the engine's failure is in a function whose name contains blame, or one
// of its "|"-separated alternatives (any failure when blame is empty).
func (tg *target) reject(t testing.TB, what string, asg frontend.Circuit, h hints, blame string) {
	t.Helper()
	engine, systems := tg.verdicts(t, asg, h)
	blamed := blame == ""
	for _, b := range strings.Split(blame, "|") {
		blamed = blamed || engine != nil && strings.Contains(engine.Error(), b)
	}
	switch {
	case engine == nil:
		t.Errorf("%s: accepted by the test engine", what)
	case !blamed:
		t.Errorf("%s: rejected, but not by %s: %v", what, blame, engine)
	}
	for i, err := range systems {
		if err == nil {
			t.Errorf("%s: accepted by the %s constraint system", what, tg.systems[i].name)
		}
	}
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// Blames: where the test engine reports a failed assertion. The range
// checks of the logderiv mode are deferred to the end of the circuit (after
// every commitment check, so a failure there also says that the commitments
// matched).
const (
	blameRequant     = "prover.requantize"
	blameInt8Lookup  = "prover.(*lookupChecker).finish"
	blameRangeCheck  = "prover.(*lookupChecker).finish"
	blameAverage     = "prover.average"
	blameLinear      = "prover.linearCommitted"
	blameParams      = "prover.(*Circuit).checkParams"
	blameAccumulator = "prover.assertAccumulatorRule"
)

// rangeBlame is where a failed range check of a requantization (remainder,
// over, under) shows up in mode: in the gadget with bit decomposition, in
// the deferred range checker with logderiv.
func rangeBlame(mode RangeCheck, gadget string) string {
	if mode == RangeCheckLogDeriv {
		return blameRangeCheck
	}
	return gadget
}

// decompose splits a claimed quotient q into the advice (y, over, under)
// that would be honest for it: y = clamp(q), q = y + over − under. With
// no overflow bits the gadget has no over/under: y = q.
func decompose(q *big.Int, b requantBounds) (y, over, under *big.Int) {
	y, over, under = new(big.Int).Set(q), new(big.Int), new(big.Int)
	if !clampFor(b.Q, -128).needed() {
		return y, over, under
	}
	if hi := big.NewInt(127); q.Cmp(hi) > 0 {
		over.Sub(q, hi)
		y.Set(hi)
	}
	if lo := big.NewInt(-128); q.Cmp(lo) < 0 {
		under.Sub(lo, q)
		y.Set(lo)
	}
	return y, over, under
}

func mod(v *big.Int) *big.Int { return new(big.Int).Mod(v, fieldOf()) }

// quotientWindow lists the offsets tried around an honest quotient: every
// offset up to ±64, and ±2^k up to the field size.
func quotientWindow() []*big.Int {
	var d []*big.Int
	for i := int64(-64); i <= 64; i++ {
		if i != 0 {
			d = append(d, big.NewInt(i))
		}
	}
	for _, k := range []uint{7, 8, 9, 16, 31, 32, 33, 62, 63, 64, 100, 128, 192, 240, 250, 252, 253} {
		p := new(big.Int).Lsh(big.NewInt(1), k)
		d = append(d, p, new(big.Int).Neg(p))
	}
	return d
}

// TestSoundnessRequantizeWindow: for the requantize gadget, every quotient
// in a window around the honest one, each with the remainder that makes
// t = q·2^s + rem hold in the field (negative remainders wrap around the
// field), is rejected; so is every quotient that an in-range remainder
// makes hold in the field ((t − rem)/2^s, a field element). Only the honest
// advice is accepted. Without overflow bits (a quotient that never leaves
// int8) and with them.
func TestSoundnessRequantizeWindow(t *testing.T) {
	two := func(s int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(s)) }
	for _, b := range []requantBounds{{Shift: 6, Q: 127}, {Shift: 20, Q: 127}, {Shift: 20, Q: 4000}} {
		for _, v := range variants(-128, b.Q) {
			tg := newTarget(t, &requantCircuit{bounds: b, lo: -128, v: v})
			s := b.Shift
			ts := []int64{0, -1, 5<<s + 3, -(100 << s) - 1, 127<<s + (1<<s - 1), -128 << s}
			if b.Q > 127 {
				ts = append(ts, 900<<s+7, -(900 << s))
			}
			for _, tv := range ts {
				tb := big.NewInt(tv)
				q := big.NewInt(tv >> s)
				try := func(what string, q *big.Int, ok bool) {
					t.Helper()
					rem := new(big.Int).Sub(tb, new(big.Int).Mul(q, two(s)))
					y, over, under := decompose(q, b)
					_ = rem // t = q·2^s + rem: the gadget derives the remainder from q
					asg := &requantCircuit{T: mod(tb), Y: mod(y), Over: mod(over), Under: mod(under)}
					name := fmt.Sprintf("%s s=%d Q=%d t=%d: %s", v.name, s, b.Q, tv, what)
					if ok {
						tg.accept(t, name, asg, nil)
					} else {
						tg.reject(t, name, asg, nil, "")
					}
				}
				try("honest", q, true)
				for _, d := range quotientWindow() {
					try(fmt.Sprintf("quotient %+d", d), new(big.Int).Add(q, d), false)
				}
				// every remainder for s = 6, a sample otherwise: its field quotient
				inv := new(big.Int).ModInverse(two(s), fieldOf())
				rems := []int64{0, 1, 2, 1<<s - 2, 1<<s - 1}
				if s <= 6 {
					rems = rems[:0]
					for r := range int64(1 << s) {
						rems = append(rems, r)
					}
				}
				honestRem := tv - (tv>>s)<<s
				for _, r := range rems {
					if r == honestRem {
						continue
					}
					qf := new(big.Int).Sub(tb, big.NewInt(r))
					qf.Mul(qf, inv).Mod(qf, fieldOf())
					try(fmt.Sprintf("remainder %d with its field quotient", r), signed(fieldOf(), qf), false)
				}
			}
		}
	}
}

// smallDense is a model of one dense layer of 6 inputs and 3 outputs with
// weights in [−10, 10] and requantization shift 8: its quotients stay in
// int8, so its fixed-weight circuit has no overflow bits.
func smallDense(rng *rand.Rand) *models.Model {
	w := make([]int8, 18)
	for i := range w {
		w[i] = int8(rng.Intn(21) - 10)
	}
	m := &models.Model{
		Name:    "small-dense",
		Tensors: []models.Tensor{{Name: "in", Shape: models.Shape{6}, Scale: 1}, {Name: "out", Shape: models.Shape{3}, Scale: 1}},
		Nodes: []models.Node{{Op: models.OpDense, Name: "fc", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{3, 6}, Weights: w,
			Bias: []int32{100, -37, 0}, Requant: []models.Requant{{Mult: 1, Shift: 8}, {Mult: 3, Shift: 9}, {Mult: 1, Shift: 7}}}},
		Output: 1,
	}
	if err := m.Validate(); err != nil {
		panic(err)
	}
	return m
}

// salted returns an opening of input with fixed salts and the runtime's
// output.
func salted(t testing.TB, m *models.Model, opts Options, input []int8) *Opening {
	t.Helper()
	tr, err := runtime.Execute(context.Background(), m, input)
	if err != nil {
		t.Fatal(err)
	}
	o := &Opening{Input: append([]int8(nil), input...), Output: tr.Output(m)}
	var s fr.Element
	if opts.Input == Committed {
		s.SetUint64(7)
		o.InputSalt = Field(s)
	}
	if opts.Output == Committed {
		s.SetUint64(11)
		o.OutputSalt = Field(s)
	}
	return o
}

// claiming assigns the circuit for an opening whose output is replaced by
// claimed, with the commitments recomputed for the claim.
func claiming(t testing.TB, m *models.Model, opts Options, o *Opening, claimed []int8) *Circuit {
	t.Helper()
	opts = resolveOnce(t, m, opts)
	bad := *o
	bad.Output = append([]int8(nil), claimed...)
	asg, err := Assign(m, opts, &bad, Commit(m, opts, &bad))
	if err != nil {
		t.Fatal(err)
	}
	return asg
}

// requantTarget is t = acc·M + 2^(s−1), the input of a requantization hint.
func requantTarget(acc int64, r models.Requant) *big.Int {
	t := new(big.Int).Mul(big.NewInt(acc), big.NewInt(r.Mult))
	return t.Add(t, new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
}

// shiftQuotient forges the requantization whose input is target: the
// quotient moves by d and the remainder by −d·2^s, so t = q·2^s + rem still
// holds; the claimed y, over and under are the honest ones for the new
// quotient (y = q with no overflow bits).
func shiftQuotient(target *big.Int, d int64, b requantBounds) hints {
	return forge(requantHint, func(field *big.Int, in, out []*big.Int) {
		if signed(field, in[0]).Cmp(target) != 0 {
			return
		}
		q := new(big.Int).Rsh(target, uint(b.Shift))
		q.Add(q, big.NewInt(d))
		y, over, under := decompose(q, b)
		out[0].Set(mod(y))
		out[1].Set(mod(over))
		out[2].Set(mod(under))
	})
}

// TestSoundnessRequantizeWindowModel: the same window at model level, on
// a fixed-weight dense layer whose quotients stay in int8 (no overflow
// bits): the prover moves one output's quotient by d, with the remainder
// that keeps t = q·2^s + rem, and claims the output it then computes.
func TestSoundnessRequantizeWindowModel(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	m := smallDense(rng)
	n := &m.Nodes[0]
	for j := range n.Requant {
		if b := boundsFor(n, j, Fixed); b.Q > 127 {
			t.Fatalf("channel %d has quotients up to %d; the test wants int8 ones", j, b.Q)
		}
	}
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Fixed, RangeCheck: RangeCheckLogDeriv}} {
		opts = opts.WithDefaults()
		c, err := NewCircuit(m, opts)
		if err != nil {
			t.Fatal(err)
		}
		tg := newTarget(t, c)
		input := randomInput(rng, 6)
		o := salted(t, m, opts, input)
		tg.accept(t, opts.String()+" honest", claiming(t, m, opts, o, o.Output), nil)
		acc, _ := runtime.Dense(n, input)
		for j := range acc {
			target := requantTarget(acc[j], n.Requant[j])
			for _, d := range offsets() {
				y := int64(o.Output[j]) + d
				if y < -128 || y > 127 {
					continue
				}
				claimed := append([]int8(nil), o.Output...)
				claimed[j] = int8(y)
				tg.reject(t, fmt.Sprintf("%s channel %d quotient %+d", opts, j, d), claiming(t, m, opts, o, claimed),
					shiftQuotient(target, d, boundsFor(n, j, Fixed)), rangeBlame(opts.RangeCheck, blameRequant))
			}
		}
	}
}

// boundFunc sizes the requantization of channel j of a dense node.
type boundFunc func(n *models.Node, j int, weights Visibility) requantBounds

// quotientRange is the range of quotients ⌊t/2^s⌋ the requantize gadget
// proves in every variant with bounds b: [−Q, Q], and int8 when Q ≤ 127
// (the clamp table's range exactly; the gadget's is wider).
func quotientRange(b requantBounds) (lo, hi *big.Int) {
	return big.NewInt(-max(b.Q, 128)), big.NewInt(max(b.Q, 127))
}

// quotientOf is the unclamped quotient of runtime.Requantize.
func quotientOf(acc int64, r models.Requant) *big.Int {
	return new(big.Int).Rsh(requantTarget(acc, r), uint(r.Shift))
}

// quotientBoundViolations brute-forces bound at the extremes of int8
// inputs and weights: dense channels of every fan-in of a list, whose
// weights are all −128, all 127, all 0 or one of each (fan-in 1), biases at
// the int32 extremes, multipliers and shifts from 1 to their limits, and
// inputs all −128, all 127 or all 0. For each channel the runtime accepts
// (models.Validate), the quotient the runtime computes must be one the
// gadget can prove with the channel's bounds: with fixed weights (bound of
// the node itself) and with committed ones (bound of any weights). It
// returns a description of each case where it is not.
func quotientBoundViolations(bound boundFunc) (violations []string, checked int) {
	fans := []int{1, 2, 3, 9, 64, 784, 1 << 12, 1 << 16}
	if testing.Short() {
		fans = fans[:6]
	}
	biases := []int32{-1 << 31, 1<<31 - 1, 0, -1, 1}
	mults := []int64{1, 2, 3, 1<<15 + 1, 1<<16 - 1, 1 << 20, 1<<24 + 7, 1 << 30, models.MaxMultiplier}
	shifts := []uint8{1, 2, 7, 8, 16, 24, 31, 32, 33, 40, 48, 55, 62}
	for _, fan := range fans {
		rows := []int8{-128, 127, 0}
		if fan == 1 {
			rows = rows[:0]
			for w := -128; w <= 127; w++ {
				rows = append(rows, int8(w))
			}
		}
		for _, w := range rows {
			for _, bias := range biases {
				for _, mult := range mults {
					for _, shift := range shifts {
						n := models.Node{Op: models.OpDense, WeightShape: models.Shape{1, fan}, Weights: make([]int8, fan),
							Bias: []int32{bias}, Requant: []models.Requant{{Mult: mult, Shift: shift}}}
						for i := range n.Weights {
							n.Weights[i] = w
						}
						if n.AccumulatorBound(0) > (1<<62)/mult { // what models.Validate refuses
							continue
						}
						for _, x := range []int8{-128, 127, 0} {
							in := make([]int8, fan)
							for i := range in {
								in[i] = x
							}
							acc, _ := runtime.Dense(&n, in)
							q := quotientOf(acc[0], n.Requant[0])
							for _, vis := range []Visibility{Fixed, Committed} {
								checked++
								lo, hi := quotientRange(bound(&n, 0, vis))
								if q.Cmp(lo) < 0 || q.Cmp(hi) > 0 {
									violations = append(violations, fmt.Sprintf("%s fan-in %d w=%d bias=%d M=%d s=%d x=%d: quotient %d outside [%d, %d]",
										vis, fan, w, bias, mult, shift, x, q, lo, hi))
								}
							}
						}
					}
				}
			}
		}
	}
	return violations, checked
}

// TestSoundnessQuotientBounds: the bounds of the requantize gadget are
// never below a quotient the runtime can produce (else an honest prover
// could not prove the runtime's output, and a too-short range would let the
// decomposition of t move), at the extremes of int8 weights and inputs and
// int32 biases; and the brute force catches a bound that drops the bias
// from the worst case.
func TestSoundnessQuotientBounds(t *testing.T) {
	v, checked := quotientBoundViolations(boundsFor)
	for _, s := range v[:min(len(v), 10)] {
		t.Error(s)
	}
	if len(v) > 0 || checked < 5000 {
		t.Fatalf("boundsFor: %d of %d cases break", len(v), checked)
	}
	// Mutants: copies of boundsFor with the bias left out of the worst case
	// (committed weights), and out of the node's own bound (fixed).
	mutants := map[string]boundFunc{
		"worst case without the bias": func(n *models.Node, j int, weights Visibility) requantBounds {
			if weights == Fixed {
				return quotientBounds(n.Requant[j], n.AccumulatorBound(j))
			}
			return quotientBounds(n.Requant[j], int64(n.FanIn())*128*128)
		},
		"fixed bound without the bias": func(n *models.Node, j int, weights Visibility) requantBounds {
			if weights == Fixed {
				b := int64(n.Bias[j])
				return quotientBounds(n.Requant[j], n.AccumulatorBound(j)-max(b, -b))
			}
			return quotientBounds(n.Requant[j], worstAccumulatorBound(n))
		},
	}
	for name, mutant := range mutants {
		v, _ := quotientBoundViolations(mutant)
		if len(v) == 0 {
			t.Fatalf("the brute force misses the mutant bound: %s", name)
		}
		t.Logf("mutant %q breaks in %d of %d cases, e.g. %s", name, len(v), checked, v[0])
	}

	// The ranges the brute force assumes are the gadget's: the honest
	// advice of a quotient at either end is accepted, one step beyond is not.
	for _, b := range []requantBounds{{Shift: 3, Q: 100}, {Shift: 3, Q: 140}, {Shift: 9, Q: 511}} {
		lo, hi := quotientRange(b)
		for _, tc := range []struct {
			q  *big.Int
			ok bool
		}{{lo, true}, {hi, true}, {new(big.Int).Sub(lo, big.NewInt(1)), false}, {new(big.Int).Add(hi, big.NewInt(1)), false}} {
			tv := new(big.Int).Lsh(tc.q, uint(b.Shift))
			tv.Add(tv, big.NewInt(1)) // remainder 1
			y, over, under := decompose(tc.q, b)
			asg := &requantCircuit{T: mod(tv), Y: mod(y), Over: mod(over), Under: mod(under)}
			c := &requantCircuit{bounds: b, lo: -128, v: variants(-128, b.Q)[1]} // the clamp table
			if err := test.IsSolved(c, asg, fieldOf()); (err == nil) != tc.ok {
				t.Errorf("bounds %+v: quotient %d accepted=%v, want %v", b, tc.q, err == nil, tc.ok)
			}
		}
	}
}

// TestSoundnessAddBounds: the bounds of an Add node's requantization hold
// for every int8 pair at the extremes, multipliers and shifts to their
// limits.
func TestSoundnessAddBounds(t *testing.T) {
	ext := []int8{-128, -127, -1, 0, 1, 126, 127}
	mults := []int64{1, 2, 3, 1 << 15, 1<<16 - 1, 1 << 24, models.MaxMultiplier}
	for _, ma := range mults {
		for _, mb := range mults {
			for _, s := range []uint8{1, 2, 8, 16, 24, 31, 32, 40, 62} {
				rs := []models.Requant{{Mult: ma, Shift: s}, {Mult: mb, Shift: s}}
				lo, hi := quotientRange(addBounds(rs[0], rs[1]))
				for _, a := range ext {
					for _, b := range ext {
						tv := int64(a)*ma + int64(b)*mb + 1<<(s-1)
						if q := big.NewInt(tv >> s); q.Cmp(lo) < 0 || q.Cmp(hi) > 0 {
							t.Fatalf("add Ma=%d Mb=%d s=%d a=%d b=%d: quotient %d outside [%d, %d]", ma, mb, s, a, b, q, lo, hi)
						}
					}
				}
			}
		}
	}
}

// residualPoolModel: ReLU, an Add of the ReLU's output and the input (a
// residual), then a padded 3×3 average pool of stride 2 (windows of 4, 6
// and 9 values), whose output is the model's.
func residualPoolModel(add []models.Requant) *models.Model {
	m := &models.Model{
		Name: "residual-pool",
		Tensors: []models.Tensor{
			{Name: "in", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "relu", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "add", Shape: models.Shape{2, 4, 4}, Scale: 1},
			{Name: "avg", Shape: models.Shape{2, 2, 2}, Scale: 1},
		},
		Nodes: []models.Node{
			{Op: models.OpReLU, Name: "relu", Inputs: []int{0}, Output: 1},
			{Op: models.OpAdd, Name: "add", Inputs: []int{1, 0}, Output: 2, Requant: add},
			{Op: models.OpAvgPool, Name: "avg", Inputs: []int{2}, Output: 3, Kernel: []int{3, 3}, Strides: []int{2, 2}, Pads: []int{1, 1, 1, 1}},
		},
		Output: 3,
	}
	if err := m.Validate(); err != nil {
		panic(err)
	}
	return m
}

// offsets lists the window offsets a model-level test tries: all of
// −64..64 but 0, or a sample under -short.
func offsets() []int64 {
	var d []int64
	for i := int64(-64); i <= 64; i++ {
		if i != 0 && (!testing.Short() || i >= -3 && i <= 3 || i%16 == 0) {
			d = append(d, i)
		}
	}
	return d
}

// uniqueIndex returns the indices of keys whose key occurs once.
func uniqueIndex[K comparable](keys []K) []int {
	count := map[K]int{}
	for _, k := range keys {
		count[k]++
	}
	var idx []int
	for i, k := range keys {
		if count[k] == 1 {
			idx = append(idx, i)
		}
	}
	return idx
}

// TestSoundnessForgedAddAndAvgPool: at model level, a prover forges the
// advice of one Add output (the quotient moved within a window, with the
// matching remainder; or the clamp moved, with over/under compensating) or
// of one average-pool output (the quotient moved, with the matching
// remainder), and claims the output the circuit then computes, with a
// matching output commitment. Each is rejected by the gadget under attack.
// With an Add that saturates (overflow bits) and one that cannot.
func TestSoundnessForgedAddAndAvgPool(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for _, add := range [][]models.Requant{{{Mult: 3, Shift: 2}, {Mult: 5, Shift: 2}}, {{Mult: 1, Shift: 2}, {Mult: 1, Shift: 2}}} {
		m := residualPoolModel(add)
		addNode, avgNode := &m.Nodes[1], &m.Nodes[2]
		ab := addBounds(add[0], add[1])
		if clampFor(ab.Q, -128).needed() != (add[0].Mult == 3) {
			t.Fatalf("add %v: quotients up to %d, not what the test wants", add, ab.Q)
		}
		for _, opts := range []Options{{Weights: Fixed}, {Weights: Fixed, RangeCheck: RangeCheckLogDeriv}} {
			opts = opts.WithDefaults()
			c, err := NewCircuit(m, opts)
			if err != nil {
				t.Fatal(err)
			}
			tg := newTarget(t, c)
			name := fmt.Sprintf("%s add %v", opts, add)
			input := randomInput(rng, 32)
			o := salted(t, m, opts, input)
			tg.accept(t, name+" honest", claiming(t, m, opts, o, o.Output), nil)
			w := modelWeights(m)
			tr, _ := runtime.Execute(context.Background(), m, input)

			// The Add: t of each output, and the outputs whose t is unique.
			relu, x := tr.Values[addNode.Inputs[0]], tr.Values[addNode.Inputs[1]]
			ts := make([]string, len(x))
			for i := range x {
				ts[i] = big.NewInt(int64(relu[i])*add[0].Mult + int64(x[i])*add[1].Mult + 1<<(add[0].Shift-1)).String()
			}
			forgeAdd := func(i int, what string, h hints, y int64, blame string) {
				t.Helper()
				claimed := forward(m, w, input, func(k int, _, out []int8) {
					if k == 1 {
						out[i] = int8(y)
					}
				})
				tg.reject(t, fmt.Sprintf("%s add output %d %s", name, i, what), claiming(t, m, opts, o, claimed), h, blame)
			}
			tried := map[string]bool{}
			for _, i := range uniqueIndex(ts) {
				target, _ := new(big.Int).SetString(ts[i], 10)
				q := new(big.Int).Rsh(target, uint(ab.Shift))
				y, over, under := decompose(q, ab)
				kind := "interior"
				if over.Sign() > 0 || under.Sign() > 0 {
					kind = "saturated"
				}
				if tried[kind] {
					continue
				}
				tried[kind] = true
				for _, d := range offsets() {
					yd, _, _ := decompose(new(big.Int).Add(q, big.NewInt(d)), ab)
					if !yd.IsInt64() || yd.Int64() < -128 || yd.Int64() > 127 {
						continue
					}
					forgeAdd(i, fmt.Sprintf("(%s) quotient %+d", kind, d), shiftQuotient(target, d, ab), yd.Int64(), rangeBlame(opts.RangeCheck, blameRequant))
				}
				if !clampFor(ab.Q, -128).needed() {
					continue
				}
				// The clamp moved, the quotient kept: y' = y ± 1 with over −
				// under compensating.
				for _, d := range []int64{-1, 1} {
					yd := y.Int64() + d
					if yd < -128 || yd > 127 {
						continue
					}
					h := forge(requantHint, func(field *big.Int, in, out []*big.Int) {
						if signed(field, in[0]).Cmp(target) != 0 {
							return
						}
						out[0].Set(mod(big.NewInt(yd)))
						// q = y' + over' − under'
						ou := new(big.Int).Sub(q, big.NewInt(yd))
						out[1].SetInt64(0)
						out[2].SetInt64(0)
						if ou.Sign() > 0 {
							out[1].Set(ou)
						} else {
							out[2].Neg(ou)
						}
					})
					forgeAdd(i, fmt.Sprintf("(%s) clamp %+d", kind, d), h, yd, blameRequant+"|"+rangeBlame(opts.RangeCheck, blameRequant))
				}
			}
			if !tried["interior"] || clampFor(ab.Q, -128).needed() && !tried["saturated"] {
				t.Fatalf("%s: the input gives no add output of each kind with a unique t: %v", name, tried)
			}

			// The average pool: the outputs whose window sum is unique.
			add := tr.Values[addNode.Output]
			sums := make([]int64, len(tr.Values[m.Output]))
			sizes := make([]int, len(sums))
			avgNode.Window().Pool(m.Tensors[avgNode.Inputs[0]].Shape, func(out int, inputs []int) {
				for _, i := range inputs {
					sums[out] += int64(add[i])
				}
				sizes[out] = len(inputs)
			})
			idx := uniqueIndex(sums)
			if len(idx) == 0 {
				t.Fatalf("%s: no pool window with a unique sum", name)
			}
			seen := map[int]bool{}
			for _, j := range idx {
				if seen[sizes[j]] { // one window of each size
					continue
				}
				seen[sizes[j]] = true
				sum, n := sums[j], int64(sizes[j])
				for _, d := range offsets() {
					y := int64(tr.Values[m.Output][j]) + d
					if y < -128 || y > 127 {
						continue
					}
					h := forge(avgHint, func(field *big.Int, in, out []*big.Int) {
						if signed(field, in[0]).Int64() != sum || in[1].Int64() != n {
							return
						}
						out[0].SetInt64(y)
						out[1].Sub(signed(field, out[1]), big.NewInt(2*n*d))
					})
					claimed := append([]int8(nil), tr.Values[m.Output]...)
					claimed[j] = int8(y)
					tg.reject(t, fmt.Sprintf("%s pool output %d (window of %d) quotient %+d", name, j, n, d), claiming(t, m, opts, o, claimed), h,
						rangeBlame(opts.RangeCheck, blameAverage))
				}
			}
		}
	}
}

// TestSoundnessAverageWindow: for the average gadget, every quotient in a
// window around the honest one with the remainder that keeps 2s + n =
// 2n·q + r in the field, and every in-range remainder with its field
// quotient, are rejected; the honest advice is accepted.
func TestSoundnessAverageWindow(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	for _, mode := range modes {
		for _, n := range []int{4, 9} {
			tg := newTarget(t, &avgCircuit{X: make([]frontend.Variable, n), mode: mode})
			x := make([]int64, n)
			var s int64
			for i := range x {
				x[i] = int64(rng.Intn(256) - 128)
				s += x[i]
			}
			num, den := big.NewInt(2*s+int64(n)), big.NewInt(2*int64(n))
			q, r := new(big.Int).DivMod(num, den, new(big.Int))
			try := func(what string, q *big.Int, ok bool) {
				t.Helper()
				r := new(big.Int).Sub(num, new(big.Int).Mul(q, den))
				asg := &avgCircuit{X: vars(x), Q: mod(q), R: mod(r)}
				if name := fmt.Sprintf("%s n=%d %s", mode, n, what); ok {
					tg.accept(t, name, asg, nil)
				} else {
					tg.reject(t, name, asg, nil, "")
				}
			}
			try("honest", q, true)
			for _, d := range quotientWindow() {
				try(fmt.Sprintf("quotient %+d", d), new(big.Int).Add(q, d), false)
			}
			inv := new(big.Int).ModInverse(den, fieldOf())
			for rr := range 2 * int64(n) {
				if rr == r.Int64() {
					continue
				}
				qf := new(big.Int).Sub(num, big.NewInt(rr))
				qf.Mul(qf, inv).Mod(qf, fieldOf())
				try(fmt.Sprintf("remainder %d with its field quotient", rr), signed(fieldOf(), qf), false)
			}
		}
	}
}

// countStrategies are the multiplicities a dishonest prover may give a
// range table of size rows for a query v outside it: none (the honest
// hint's choice), at v modulo the size, at the nearest end of the table, at
// 0, or half at each of two rows (multiplicities are field elements).
var countStrategies = map[string]func(v, rows int64) map[int64]*big.Rat{
	"none": func(int64, int64) map[int64]*big.Rat { return nil },
	"wrapped": func(v, rows int64) map[int64]*big.Rat {
		return map[int64]*big.Rat{(v%rows + rows) % rows: big.NewRat(1, 1)}
	},
	"clamped": func(v, rows int64) map[int64]*big.Rat {
		return map[int64]*big.Rat{min(max(v, 0), rows-1): big.NewRat(1, 1)}
	},
	"at zero": func(int64, int64) map[int64]*big.Rat { return map[int64]*big.Rat{0: big.NewRat(1, 1)} },
	"halves": func(v, rows int64) map[int64]*big.Rat {
		return map[int64]*big.Rat{min(max(v, 0), rows-1): big.NewRat(1, 2), (v%rows + rows) % rows: big.NewRat(1, 2)}
	},
}

// forgedCounts replaces the multiplicities of the range tables: honest for
// queries in a table, placed by the strategy for the others (a value
// beyond 2^62 either way counts as its low 62 bits).
func forgedCounts(place func(v, rows int64) map[int64]*big.Rat) hints {
	return hints{solver.GetHintID(rangeCountHint): func(field *big.Int, in, out []*big.Int) error {
		rows := int64(len(out))
		counts := make([]*big.Rat, rows)
		for i := range counts {
			counts[i] = new(big.Rat)
		}
		for i := 0; i < len(in); i += 2 { // pairs (e, c): the query e + c
			q := new(big.Int).Add(in[i], in[i+1])
			q.Mod(q, field)
			sv := signed(field, q)
			if !sv.IsInt64() {
				sv.And(sv.Abs(sv), big.NewInt(1<<62-1))
			}
			v := sv.Int64()
			if v >= 0 && v < rows {
				counts[v].Add(counts[v], big.NewRat(1, 1))
				continue
			}
			for at, c := range place(v, rows) {
				counts[at].Add(counts[at], c)
			}
		}
		for i, c := range counts {
			den := new(big.Int).ModInverse(c.Denom(), field)
			out[i].Mul(c.Num(), den).Mod(out[i], field)
		}
		return nil
	}}
}

// int8Blame is where a failed int8 check shows up in mode.
func int8Blame(mode RangeCheck) string {
	if mode == RangeCheckLogDeriv {
		return blameInt8Lookup
	}
	return "prover.(*bitChecker).CheckInt8|prover.clampGadget"
}

// TestSoundnessForgedLookupCounts: with log-derivative range checks, a
// value outside int8 is rejected whatever multiplicities the prover gives
// the lookup: in the gadget (128, −129, 255, 383, ...), and at model level
// in two attacks that the packing of commitments would otherwise allow,
// since a byte of 256 carries into the next one: an input [128, v, ...]
// under the commitment of the int8 input [−128, v+1, ...], and an output
// claimed as 128 (over = 0, its quotient being 128) under the commitment of
// [−128, y+1, ...]. Bit decomposition rejects both too.
func TestSoundnessForgedLookupCounts(t *testing.T) {
	// Gadget.
	tg := newTarget(t, &int8Circuit{V: make([]frontend.Variable, 4), mode: RangeCheckLogDeriv})
	tg.accept(t, "in range", &int8Circuit{V: vars([]int64{127, -128, 0, 5})}, nil)
	for _, v := range []int64{128, -129, 255, 256, 383, -256, 1 << 20} {
		for name, place := range countStrategies {
			tg.reject(t, fmt.Sprintf("%d with counts %s", v, name), &int8Circuit{V: vars([]int64{v, 0, 5, -7})}, forgedCounts(place), blameInt8Lookup)
		}
	}

	rng := rand.New(rand.NewSource(14))
	for _, mode := range modes {
		opts := Options{Weights: Fixed, RangeCheck: mode}.WithDefaults()
		strategies := countStrategies
		if mode == RangeCheckBits {
			strategies = map[string]func(int64, int64) map[int64]*big.Rat{"none": countStrategies["none"]}
		}

		// The input alias.
		m := smallDense(rng)
		n := &m.Nodes[0]
		c, err := NewCircuit(m, opts)
		if err != nil {
			t.Fatal(err)
		}
		tg := newTarget(t, c)
		committed := randomInput(rng, 6)
		committed[0], committed[1] = -128, min(committed[1], 126)+1
		o := salted(t, m, opts, committed)
		tg.accept(t, opts.String()+" honest", claiming(t, m, opts, o, o.Output), nil)
		x := []int64{128, int64(committed[1]) - 1}
		for _, v := range committed[2:] {
			x = append(x, int64(v))
		}
		if models.CommitTensor(models.DomainInput, o.InputSalt.Element(), committed) != commitInt64(models.DomainInput, o.InputSalt.Element(), x) {
			t.Fatal("the input alias does not share the commitment")
		}
		claimed := make([]int8, 3)
		for j := range claimed {
			acc := int64(n.Bias[j])
			for i, v := range x {
				acc += int64(n.Weights[j*6+i]) * v
			}
			claimed[j] = runtime.Requantize(acc, n.Requant[j])
		}
		asg := claiming(t, m, opts, o, claimed)
		for i, v := range x {
			asg.Input[i] = v
		}
		for name, place := range strategies {
			tg.reject(t, fmt.Sprintf("%s input 128 aliasing %v, counts %s", opts, committed[:2], name), asg, forgedCounts(place), int8Blame(mode))
		}

		// The output alias: channel 0 computes x0 + 129 at shift 1, a
		// quotient of 128 for x0 = 126.
		m = &models.Model{
			Name:    "alias",
			Tensors: []models.Tensor{{Name: "in", Shape: models.Shape{2}, Scale: 1}, {Name: "out", Shape: models.Shape{2}, Scale: 1}},
			Nodes: []models.Node{{Op: models.OpDense, Name: "fc", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{2, 2},
				Weights: []int8{1, 0, 0, 1}, Bias: []int32{129, 0}, Requant: []models.Requant{{Mult: 1, Shift: 1}, {Mult: 1, Shift: 1}}}},
			Output: 1,
		}
		if b := boundsFor(&m.Nodes[0], 0, Fixed); b.Q <= 127 {
			t.Fatal("the alias model's channel 0 has no overflow bits")
		}
		if c, err = NewCircuit(m, opts); err != nil {
			t.Fatal(err)
		}
		tg = newTarget(t, c)
		o = salted(t, m, opts, []int8{126, int8(rng.Intn(200) - 100)})
		if o.Output[0] != 127 {
			t.Fatalf("alias model output %v", o.Output)
		}
		tg.accept(t, opts.String()+" alias model honest", claiming(t, m, opts, o, o.Output), nil)
		target := requantTarget(126+129, m.Nodes[0].Requant[0])
		h := forge(requantHint, func(field *big.Int, in, out []*big.Int) {
			if signed(field, in[0]).Cmp(target) == 0 {
				out[0].SetInt64(128)
				out[1].SetInt64(0)
			}
		})
		aliased := []int8{-128, o.Output[1] + 1}
		for name, place := range strategies {
			both := hints{}
			for id, f := range h {
				both[id] = f
			}
			for id, f := range forgedCounts(place) {
				both[id] = f
			}
			tg.reject(t, fmt.Sprintf("%s output 128 aliasing %v, counts %s", opts, aliased, name), claiming(t, m, opts, o, aliased), both, int8Blame(mode))
		}
	}
}

// packInt64 packs values like models.PackInt8 (bits 8, offset 128) or
// models.PackInt32 (bits 32, offset 2^31), for values that may leave the
// range: a limb of 2^bits carries into the next one.
func packInt64(values []int64, per int, bits uint, offset int64) []fr.Element {
	var elems []fr.Element
	for start := 0; start < len(values); start += per {
		acc := new(big.Int)
		for j := min(len(values), start+per) - 1; j >= start; j-- {
			acc.Lsh(acc, bits)
			acc.Add(acc, big.NewInt(values[j]+offset))
		}
		var e fr.Element
		e.SetBigInt(acc)
		elems = append(elems, e)
	}
	return elems
}

// commitInt64 is models.CommitTensor for values that may leave int8.
func commitInt64(d models.Domain, salt fr.Element, values []int64) fr.Element {
	return models.HashLength(d, len(values), append([]fr.Element{salt}, packInt64(values, models.Int8PerElement, 8, 128)...))
}

// commitParams is models.Model.Commitment for parameters that may leave
// int8 and int32.
func commitParams(m *models.Model, weights, biases [][]int64) fr.Element {
	elems := []fr.Element{m.ArchitectureDigest()}
	for k := range m.Nodes {
		elems = append(elems, packInt64(weights[k], models.Int8PerElement, 8, 128)...)
		elems = append(elems, packInt64(biases[k], models.Int32PerElement, 32, 1<<31)...)
	}
	return models.Hash(models.DomainModel, elems)
}

// params returns a model's weights and biases as int64, for forging.
func params(m *models.Model) (weights, biases [][]int64) {
	for k := range m.Nodes {
		var w, b []int64
		for _, v := range m.Nodes[k].Weights {
			w = append(w, int64(v))
		}
		for _, v := range m.Nodes[k].Bias {
			b = append(b, int64(v))
		}
		weights, biases = append(weights, w), append(biases, b)
	}
	return weights, biases
}

// denseExact is what the circuit computes for a dense node with any
// integer parameters and inputs: exact accumulators (no int64 wrap) and
// clamp(⌊(acc·M + 2^(s−1))/2^s⌋).
func denseExact(n *models.Node, w, b, x []int64) []int8 {
	fan := n.FanIn()
	y := make([]int8, len(b))
	for j := range y {
		acc := big.NewInt(b[j])
		for i, v := range x {
			acc.Add(acc, new(big.Int).Mul(big.NewInt(w[j*fan+i]), big.NewInt(v)))
		}
		r := n.Requant[j]
		acc.Mul(acc, big.NewInt(r.Mult)).Add(acc, new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
		acc.Rsh(acc, uint(r.Shift))
		y[j] = int8(min(max(acc.Int64(), -128), 127))
		if !acc.IsInt64() {
			y[j] = 127
			if acc.Sign() < 0 {
				y[j] = -128
			}
		}
	}
	return y
}

// withParams assigns the circuit of m (whose architecture the forged
// model shares) for an opening whose output is claimed, with the given
// parameters and model commitment mc.
func withParams(t testing.TB, m *models.Model, opts Options, o *Opening, claimed []int8, weights, biases [][]int64, mc fr.Element) *Circuit {
	t.Helper()
	asg := claiming(t, m, opts, o, claimed)
	asg.ModelCommitment = elementToBig(mc)
	for k := range weights {
		for i, v := range weights[k] {
			asg.Weights[k][i] = v
		}
		for i, v := range biases[k] {
			asg.Biases[k][i] = v
		}
	}
	return asg
}

func int8s(v []int8) []int64 {
	out := make([]int64, len(v))
	for i := range v {
		out[i] = int64(v[i])
	}
	return out
}

// TestSoundnessCommittedExtremeWeights: with committed weights, a prover
// picks the extreme model: every weight −128, biases −2^31 and 2^31−1, an
// output channel that saturates. For every output and every claim one
// above or below the runtime's, each way to get it is rejected: the claim
// alone, the quotient moved to it (remainder matching), the clamp moved to
// it, or the accumulator moved to one whose quotient it is (a carry
// between packed accumulators). So are parameters outside int8/int32 that
// share the model's commitment through a packing carry: a bias of 2^31 (and
// the next one less by one), a weight of 128 (and the next −129).
func TestSoundnessCommittedExtremeWeights(t *testing.T) {
	w := make([]int8, 12)
	for i := range w {
		w[i] = -128
	}
	m := &models.Model{
		Name:    "extreme",
		Tensors: []models.Tensor{{Name: "in", Shape: models.Shape{4}, Scale: 1}, {Name: "out", Shape: models.Shape{3}, Scale: 1}},
		Nodes: []models.Node{{Op: models.OpDense, Name: "fc", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{3, 4}, Weights: w,
			Bias: []int32{-1 << 31, 1<<31 - 1, -1 << 31}, Requant: []models.Requant{{Mult: 1, Shift: 26}, {Mult: 1, Shift: 26}, {Mult: 3, Shift: 24}}}},
		Output: 1,
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	n := &m.Nodes[0]
	rng := rand.New(rand.NewSource(15))
	for _, opts := range []Options{{Weights: Committed}, {Weights: Committed, RangeCheck: RangeCheckBits}} {
		opts = opts.WithDefaults()
		c, err := NewCircuit(m, opts)
		if err != nil {
			t.Fatal(err)
		}
		tg := newTarget(t, c)
		input := randomInput(rng, 4)
		o := salted(t, m, opts, input)
		tg.accept(t, opts.String()+" honest", claiming(t, m, opts, o, o.Output), nil)
		if o.Output[2] != -128 || o.Output[0] == -128 || o.Output[1] == 127 {
			t.Fatalf("outputs %v: want channels 0 and 1 inside int8, channel 2 saturated", o.Output)
		}
		acc, _ := runtime.Dense(n, input)
		k := big.NewInt(worstAccumulatorBound(n)).BitLen() + 1 // limb width of linearCommitted
		for j := range acc {
			r := n.Requant[j]
			b := boundsFor(n, j, Committed)
			target := requantTarget(acc[j], r)
			q := new(big.Int).Rsh(target, uint(r.Shift))
			for _, d := range []int64{-1, 1} {
				cl := int64(o.Output[j]) + d
				if cl < -128 || cl > 127 {
					continue
				}
				claimed := append([]int8(nil), o.Output...)
				claimed[j] = int8(cl)
				asg := claiming(t, m, opts, o, claimed)
				name := fmt.Sprintf("%s output %d claimed %d (runtime %d)", opts, j, cl, o.Output[j])
				tg.reject(t, name+", the claim alone", asg, nil, "prover.assertCommitment")
				tg.reject(t, name+", quotient moved", asg, shiftQuotient(target, cl-q.Int64(), b), rangeBlame(opts.RangeCheck, blameRequant))
				tg.reject(t, name+", clamp moved", asg, forge(requantHint, func(field *big.Int, in, out []*big.Int) {
					if signed(field, in[0]).Cmp(target) != 0 {
						return
					}
					ou := new(big.Int).Sub(q, big.NewInt(cl)) // q = y' + over' − under'
					out[0].Set(mod(big.NewInt(cl)))
					out[1].SetInt64(0)
					out[2].SetInt64(0)
					if ou.Sign() > 0 {
						out[1].Set(ou)
					} else {
						out[2].Neg(ou)
					}
				}), blameRequant+"|"+rangeBlame(opts.RangeCheck, blameRequant))
				// the smallest accumulator whose quotient is the claim
				moved := new(big.Int).Lsh(big.NewInt(cl), uint(r.Shift))
				moved.Sub(moved, new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
				moved.Add(moved, big.NewInt(r.Mult-1)).Div(moved, big.NewInt(r.Mult))
				if runtime.Requantize(moved.Int64(), r) != int8(cl) {
					t.Fatalf("accumulator %d does not requantize to %d", moved, cl)
				}
				delta := moved.Sub(moved, big.NewInt(acc[j]))
				// the neighbour limb absorbs the move: its accumulator, and
				// the output the circuit computes from it, are claimed too,
				// so that only the limb's range or the neighbour's quotient
				// bound can reject
				var nb int
				var nbAcc *big.Int
				if j > 0 {
					nb, nbAcc = j-1, new(big.Int).Sub(big.NewInt(acc[j-1]), new(big.Int).Lsh(delta, uint(k)))
				} else {
					nb = 1
					nbAcc = new(big.Int).Mul(delta, new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), uint(k)), fieldOf()))
					nbAcc.Sub(big.NewInt(acc[1]), nbAcc)
				}
				rn := n.Requant[nb]
				tn := new(big.Int).Mul(nbAcc, big.NewInt(rn.Mult))
				tn.Add(tn, new(big.Int).Lsh(big.NewInt(1), uint(rn.Shift-1)))
				qn := new(big.Int).Rsh(signed(fieldOf(), mod(tn)), uint(rn.Shift))
				moveClaim := append([]int8(nil), claimed...)
				switch {
				case qn.Cmp(big.NewInt(127)) > 0:
					moveClaim[nb] = 127
				case qn.Cmp(big.NewInt(-128)) < 0:
					moveClaim[nb] = -128
				default:
					moveClaim[nb] = int8(qn.Int64())
				}
				asg = claiming(t, m, opts, o, moveClaim)
				tg.reject(t, name+", accumulator moved", asg, forge(splitHint, func(field *big.Int, _, out []*big.Int) {
					out[j].Add(out[j], delta)
					if j > 0 { // S = Σ 2^(k·t)·u_t unchanged
						out[j-1].Sub(out[j-1], new(big.Int).Lsh(delta, uint(k)))
					} else {
						inv := new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), uint(k)), field)
						out[1].Sub(out[1], new(big.Int).Mul(delta, inv))
					}
				}), rangeBlame(opts.RangeCheck, blameLinear)+"|"+blameRequant) // the limb, or the neighbour's requantization of its huge accumulator
			}
		}

		// Parameters outside int8/int32 under the model's commitment.
		for _, f := range []struct {
			what  string
			alter func(w, b []int64)
			blame string
		}{
			{"bias 2^31", func(_, b []int64) { b[0] += 1 << 32; b[1]-- }, rangeBlame(opts.RangeCheck, blameParams)},
			{"weight 128", func(w, _ []int64) { w[0] += 256; w[1]-- }, int8Blame(opts.RangeCheck)},
		} {
			weights, biases := params(m)
			f.alter(weights[0], biases[0])
			if commitParams(m, weights, biases) != m.Commitment() {
				t.Fatalf("%s: the forged parameters do not share the model commitment", f.what)
			}
			claimed := denseExact(n, weights[0], biases[0], int8s(input))
			asg := withParams(t, m, opts, o, claimed, weights, biases, m.Commitment())
			tg.reject(t, fmt.Sprintf("%s %s, claiming %v (runtime %v)", opts, f.what, claimed, o.Output), asg, nil, f.blame)
		}
	}
}

// TestSoundnessCommittedAccumulatorRule: committed weights obey the rule
// models.Validate applies before the runtime loads a model, B = 128·Σ|w| +
// |b| ≤ ⌊2^62/M⌋ per channel: with M = 2^31 − 1, the limit is 2^31 + 1,
// which int8 weights and an int32 bias can exceed. Parameters at the limit
// (the runtime loads them) are accepted; one above (the runtime refuses
// them) are rejected by the rule, the claim being what the circuit
// computes and the model commitment the refused model's.
func TestSoundnessCommittedAccumulatorRule(t *testing.T) {
	r := models.Requant{Mult: models.MaxMultiplier, Shift: 62}
	limit := accumulatorLimit(r)
	if limit != 1<<31+1 {
		t.Fatalf("limit %d", limit)
	}
	model := func(w []int8, b []int32) *models.Model {
		return &models.Model{
			Name:    "rule",
			Tensors: []models.Tensor{{Name: "in", Shape: models.Shape{2}, Scale: 1}, {Name: "out", Shape: models.Shape{2}, Scale: 1}},
			Nodes: []models.Node{{Op: models.OpDense, Name: "fc", Inputs: []int{0}, Output: 1, WeightShape: models.Shape{2, 2},
				Weights: w, Bias: b, Requant: []models.Requant{r, r}}},
			Output: 1,
		}
	}
	template := model([]int8{1, 0, 0, 1}, []int32{0, 0})
	if !checksAccumulatorRule(template) {
		t.Fatal("the template's circuit does not check the rule")
	}
	const at0 = int32(1<<31 + 1 - 128)           // |b| with one weight of ±1
	const at1 = int32(1<<31 + 1 - 128*(128+127)) // |b| with weights −128 and 127
	cases := []struct {
		what string
		w    []int8
		b    []int32
		ok   bool
	}{
		{"at the limit", []int8{1, 0, -128, 127}, []int32{-at0, -at1}, true},
		{"at the limit, positive biases", []int8{0, -1, 127, -128}, []int32{at0, at1}, true},
		{"bias one above", []int8{1, 0, -128, 127}, []int32{-at0 - 1, -at1}, false},
		{"weight one above", []int8{1, 0, -128, -128}, []int32{-at0, at1}, false},
		{"every weight −128, bias −2^31", []int8{-128, -128, -128, -128}, []int32{-1 << 31, -1 << 31}, false},
	}
	rng := rand.New(rand.NewSource(16))
	for _, opts := range []Options{{Weights: Committed}, {Weights: Committed, RangeCheck: RangeCheckBits}} {
		opts = opts.WithDefaults()
		c, err := NewCircuit(template, opts)
		if err != nil {
			t.Fatal(err)
		}
		tg := newTarget(t, c)
		for _, tc := range cases {
			m := model(tc.w, tc.b)
			err := m.Validate()
			if (err == nil) != tc.ok || err != nil && !errors.Is(err, models.ErrInvalidModel) {
				t.Fatalf("%s: the runtime's check says %v, the test expects loadable=%v", tc.what, err, tc.ok)
			}
			input := randomInput(rng, 2)
			name := fmt.Sprintf("%s %s", opts, tc.what)
			if tc.ok {
				_, _, asg, err := Inference(context.Background(), m, opts, input, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				tg.accept(t, name, asg, nil)
				continue
			}
			o := salted(t, template, opts, input)
			weights, biases := params(m)
			claimed := denseExact(&m.Nodes[0], weights[0], biases[0], int8s(input))
			asg := withParams(t, template, opts, o, claimed, weights, biases, m.Commitment())
			tg.reject(t, name, asg, nil, rangeBlame(opts.RangeCheck, blameAccumulator))
			// Forged absolute values, of the weights or of the bias:
			// negative (−|v|, lowering B by 2·128·Σ|w| or 2·|b|) or zero.
			for _, f := range []struct {
				what   string
				offset int64
				abs    func(v *big.Int) *big.Int
			}{
				{"|weights| negative", 128, func(v *big.Int) *big.Int { return v.Neg(v.Abs(v)) }},
				{"|bias| negative", 0, func(v *big.Int) *big.Int { return v.Neg(v.Abs(v)) }},
				{"|weights| zero", 128, func(*big.Int) *big.Int { return new(big.Int) }},
				{"|bias| zero", 0, func(*big.Int) *big.Int { return new(big.Int) }},
			} {
				h := forge(absHint, func(field *big.Int, in, out []*big.Int) {
					if in[1].Int64() == f.offset {
						out[0].Sub(f.abs(signed(field, in[0])), in[1])
					}
				})
				tg.reject(t, fmt.Sprintf("%s, %s", name, f.what), asg, h, blameAccumulator+"|"+rangeBlame(opts.RangeCheck, blameAccumulator)+"|"+int8Blame(opts.RangeCheck))
			}
		}
	}
}

// checksAccumulatorRule reports whether the committed-weight circuit of m
// has any channel whose worst case breaks the accumulator rule, and so
// proves the rule (assertAccumulatorRule).
func checksAccumulatorRule(m *models.Model) bool {
	for k := range m.Nodes {
		n := &m.Nodes[k]
		if n.Op != models.OpDense && n.Op != models.OpConv2D {
			continue
		}
		for _, r := range n.Requant {
			if worstAccumulatorBound(n) > accumulatorLimit(r) {
				return true
			}
		}
	}
	return false
}
