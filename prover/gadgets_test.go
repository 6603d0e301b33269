package prover

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
)

var modes = []RangeCheck{RangeCheckBits, RangeCheckLogDeriv}

// variant is a way the gadgets prove ranges and clamps: bit decomposition,
// or lookups with a plan forced so that clamps use the table or the gadget.
type variant struct {
	name string
	mode RangeCheck
	plan *lookupPlan
}

func variants(lo int, q int64) []variant {
	return []variant{
		{"bits", RangeCheckBits, nil},
		{"lookup, clamp table", RangeCheckLogDeriv, &lookupPlan{K: 8, Narrow: map[int]bool{}, ClampQ: map[int]int64{lo: q}}},
		{"lookup, clamp gadget", RangeCheckLogDeriv, &lookupPlan{K: 8, Narrow: map[int]bool{2: true}, ClampQ: map[int]int64{}}},
		{"lookup, planned", RangeCheckLogDeriv, nil},
	}
}

func (v variant) checker(api frontend.API) rangeChecker {
	rc := newRangeChecker(api, v.mode)
	if l, ok := rc.(*lookupChecker); ok {
		l.plan = v.plan
	}
	return rc
}

// both compiles a gadget circuit for Groth16 (R1CS) and PLONK.
func both(t testing.TB, c frontend.Circuit) []constraint.ConstraintSystem {
	t.Helper()
	var out []constraint.ConstraintSystem
	for _, nb := range []frontend.NewBuilder{r1cs.NewBuilder[constraint.U64], scs.NewBuilder[constraint.U64]} {
		ccs, err := frontend.Compile(fieldOf(), nb, c)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ccs)
	}
	return out
}

// verdict is nil when every system accepts the assignment, and otherwise
// the first rejection; a forgery must be rejected by every system, so
// rejected reports whether all did.
func verdict(t testing.TB, ccss []constraint.ConstraintSystem, asg frontend.Circuit) (accepted error, rejected bool) {
	t.Helper()
	rejected = true
	for _, ccs := range ccss {
		err := solved(t, ccs, asg)
		if err != nil && accepted == nil {
			accepted = err
		}
		rejected = rejected && err != nil
	}
	return accepted, rejected
}

type requantCircuit struct {
	T              frontend.Variable
	Y, Over, Under frontend.Variable
	bounds         requantBounds
	lo             int
	v              variant
}

func (c *requantCircuit) Define(api frontend.API) error {
	rc := c.v.checker(api)
	requantize(api, rc, c.T, c.bounds, c.lo, requantAdvice{c.Y, c.Over, c.Under})
	return rc.finish()
}

// honestRequant computes the advice the hint would give, as integers.
func honestRequant(t int64, s, lo int) (y, over, under int64) {
	q := t >> s
	y = min(max(q, int64(lo)), 127)
	over, under = max(q-127, 0), max(int64(lo)-q, 0)
	return
}

// The requantize gadget, plain and fused with a ReLU (lo = 0), in every
// variant and both proof systems: honest advice passes; a quotient shifted
// by one (its remainder then leaves [0, 2^s)), a clamp claimed or dropped,
// a forged sign, and cancelling over and under fail.
func TestRequantizeGadget(t *testing.T) {
	const s = 10
	b := requantBounds{Shift: s, Q: 4000}
	for _, lo := range []int{-128, 0} {
		for _, v := range variants(lo, b.Q) {
			ccss := both(t, &requantCircuit{bounds: b, lo: lo, v: v})
			check := func(name string, tv, y, over, under int64, wantOK bool) {
				t.Helper()
				err, rejected := verdict(t, ccss, &requantCircuit{T: tv, Y: y, Over: over, Under: under})
				if wantOK && err != nil || !wantOK && !rejected {
					t.Errorf("%s lo=%d %s: t=%d y=%d over=%d under=%d: accepted=%v, want %v (%v)", v.name, lo, name, tv, y, over, under, err == nil, wantOK, err)
				}
			}
			for _, tv := range []int64{0, 1, -1, 1023, 1024, -1024, 5000, -5000, 127 << s, 128 << s, -128 << s, -129 << s, 2000 << s, -2000 << s} {
				y, over, under := honestRequant(tv, s, lo)
				check("honest", tv, y, over, under, true)
				q := y + over - under
				// shifted quotient, the remainder following it out of range
				for _, d := range []int64{-1, 1} {
					y2, o2, u2 := honestRequant((q+d)<<s, s, lo)
					check("quotient shifted", tv, y2, o2, u2, false)
				}
				if y > int64(lo) && y < 127 {
					check("fake over", tv, y-1, over+1, under, false)
					check("fake under", tv, y+1, over, under+1, false)
				}
				if over > 0 {
					check("clamp lowered", tv, 126, over+1, under, false)
				}
				if under > 0 {
					check("clamp raised", tv, int64(lo)+1, over, under+1, false)
				}
				if lo == 0 && q < 0 {
					check("forged sign: the negative quotient passed through", tv, q, 0, 0, false)
				}
				// over and under cancelling leave q and y honest: the gadget
				// rejects the advice, a clamp table binds only q and y
				table := v.plan != nil && len(v.plan.ClampQ) > 0
				check("over and under cancelling", tv, y, over+5, under+5, table)
			}
		}
	}
}

type reluCircuit struct {
	X, Z frontend.Variable
	v    variant
}

func (c *reluCircuit) Define(api frontend.API) error {
	rc := c.v.checker(api)
	rc.CheckInt8(c.X)
	relu(api, rc, c.X, c.Z)
	return rc.finish()
}

// A ReLU on its own is a clamp at 0: every int8 passes honestly; a forged
// sign (x for a negative x, 0 for a positive one) and an output of the
// wrong magnitude fail.
func TestReLUGadget(t *testing.T) {
	for _, v := range variants(0, 128) {
		ccss := both(t, &reluCircuit{v: v})
		for x := -128; x <= 127; x++ {
			if err, _ := verdict(t, ccss, &reluCircuit{X: x, Z: max(x, 0)}); err != nil {
				t.Fatalf("%s: honest relu(%d): %v", v.name, x, err)
			}
			if x == 0 {
				continue
			}
			forged := x // a negative x passed through
			if x > 0 {
				forged = 0 // a positive x dropped
			}
			if _, rejected := verdict(t, ccss, &reluCircuit{X: x, Z: forged}); !rejected {
				t.Fatalf("%s: forged sign relu(%d) = %d accepted", v.name, x, forged)
			}
			if _, rejected := verdict(t, ccss, &reluCircuit{X: x, Z: max(x, 0) + 1}); !rejected {
				t.Fatalf("%s: relu(%d) = %d accepted", v.name, x, max(x, 0)+1)
			}
		}
	}
}

type int8Circuit struct {
	V    []frontend.Variable
	mode RangeCheck
}

func (c *int8Circuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	for _, v := range c.V {
		rc.CheckInt8(v)
	}
	return rc.finish()
}

func TestInt8RangeCheck(t *testing.T) {
	for _, mode := range modes {
		ccss := both(t, &int8Circuit{V: make([]frontend.Variable, 4), mode: mode})
		ok := [][]int64{{-128, 127, 0, 5}, {1, 1, 1, 1}}
		for _, v := range ok {
			if err, _ := verdict(t, ccss, &int8Circuit{V: vars(v)}); err != nil {
				t.Errorf("%s: %v rejected: %v", mode, v, err)
			}
		}
		bad := [][]int64{{128, 0, 0, 0}, {0, -129, 0, 0}, {0, 0, 1 << 20, 0}, {0, 0, 0, -(1 << 40)}}
		for _, v := range bad {
			if _, rejected := verdict(t, ccss, &int8Circuit{V: vars(v)}); !rejected {
				t.Errorf("%s: out-of-range %v accepted", mode, v)
			}
		}
		// a field element that is no integer, whose multiple by 2 is one
		half := new(big.Int).ModInverse(big.NewInt(2), fieldOf())
		if _, rejected := verdict(t, ccss, &int8Circuit{V: []frontend.Variable{half, 0, 0, 0}}); !rejected {
			t.Errorf("%s: 1/2 accepted as an int8", mode)
		}
	}
}

type rangeCircuit struct {
	V    frontend.Variable
	bits int
	plan *lookupPlan
}

func (c *rangeCircuit) Define(api frontend.API) error {
	rc := newLookupChecker(api)
	rc.plan = c.plan
	rc.Check(c.V, c.bits)
	return rc.finish()
}

// Exact range checks at widths that are and are not multiples of the
// limb width, with and without a narrow table for the top limb: the ends
// of the range pass, one past them fails, and so do non-integers.
func TestLookupRangeCheck(t *testing.T) {
	for _, bits := range []int{3, 8, 11, 16, 21} {
		for _, narrow := range []bool{false, true} {
			p := &lookupPlan{K: 8, Narrow: map[int]bool{}, ClampQ: map[int]int64{}}
			if w := bits % 8; narrow && w != 0 {
				p.Narrow[w] = true
			}
			ccss := both(t, &rangeCircuit{bits: bits, plan: p})
			top := new(big.Int).Lsh(big.NewInt(1), uint(bits))
			for _, v := range []*big.Int{big.NewInt(0), new(big.Int).Sub(top, big.NewInt(1))} {
				if err, _ := verdict(t, ccss, &rangeCircuit{V: v}); err != nil {
					t.Errorf("%d bits, narrow %v: %s rejected: %v", bits, narrow, v, err)
				}
			}
			half := new(big.Int).ModInverse(big.NewInt(2), fieldOf())
			for _, v := range []*big.Int{top, big.NewInt(-1), new(big.Int).Add(top, big.NewInt(255)), half, new(big.Int).Sub(fieldOf(), top)} {
				if _, rejected := verdict(t, ccss, &rangeCircuit{V: v}); !rejected {
					t.Errorf("%d bits, narrow %v: %s accepted", bits, narrow, v)
				}
			}
		}
	}
}

func vars(v []int64) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i := range v {
		out[i] = v[i]
	}
	return out
}

type maxCircuit struct {
	X    []frontend.Variable
	Y    frontend.Variable
	mode RangeCheck
}

func (c *maxCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	for _, x := range c.X {
		rc.CheckInt8(x)
	}
	maxOf(api, rc, c.X, 8, c.Y)
	return rc.finish()
}

func TestMaxGadget(t *testing.T) {
	for _, mode := range modes {
		ccss := both(t, &maxCircuit{X: make([]frontend.Variable, 4), mode: mode})
		for _, x := range [][]int64{{1, 5, -3, 2}, {-128, -128, -128, -128}, {127, -128, 0, 127}, {-7, -9, -8, -100}} {
			best := x[0]
			for _, v := range x {
				best = max(best, v)
			}
			check := func(y int64, ok bool, what string) {
				t.Helper()
				err, rejected := verdict(t, ccss, &maxCircuit{X: vars(x), Y: y})
				if ok && err != nil || !ok && !rejected {
					t.Errorf("%s: max%v claimed %d (%s): accepted=%v", mode, x, y, what, err == nil)
				}
			}
			check(best, true, "honest")
			check(best+1, false, "above every input")
			check(best-1, false, "below the maximum")
			for _, v := range x {
				if v < best {
					check(v, false, "a smaller input (the runner-up)")
				}
			}
			check(best+256, false, "wraps an 8-bit difference")
		}
	}
}

type avgCircuit struct {
	X    []frontend.Variable
	Q, R frontend.Variable
	mode RangeCheck
}

func (c *avgCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	for _, x := range c.X {
		rc.CheckInt8(x)
	}
	average(api, rc, sum(api, c.X), len(c.X), c.Q, c.R)
	return rc.finish()
}

func TestAverageGadget(t *testing.T) {
	for _, mode := range modes {
		for _, n := range []int{3, 4, 9} {
			ccss := both(t, &avgCircuit{X: make([]frontend.Variable, n), mode: mode})
			rng := rand.New(rand.NewSource(int64(n)))
			for range 20 {
				x := make([]int64, n)
				var s int64
				for i := range x {
					x[i] = int64(rng.Intn(256) - 128)
					s += x[i]
				}
				num, den := 2*s+int64(n), 2*int64(n)
				q := num / den
				if num%den != 0 && num < 0 {
					q--
				}
				r := num - q*den
				check := func(q, r int64, ok bool, what string) {
					t.Helper()
					if err, rejected := verdict(t, ccss, &avgCircuit{X: vars(x), Q: q, R: r}); ok && err != nil || !ok && !rejected {
						t.Errorf("%s n=%d %v: q=%d r=%d (%s): accepted=%v", mode, n, x, q, r, what, err == nil)
					}
				}
				check(q, r, true, "honest")
				check(q+1, r-den, false, "quotient one too high")
				check(q-1, r+den, false, "quotient one too low")
				check(q, r+1, false, "a forged average: the remainder moved")
			}
		}
	}
}

type lookupCircuit struct {
	X, Y  []frontend.Variable
	table []int8
	mode  RangeCheck
}

func (c *lookupCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	y, err := rc.Lookup(c.table, c.X)
	if err != nil {
		return err
	}
	for i := range y {
		api.AssertIsEqual(y[i], c.Y[i])
	}
	return rc.finish()
}

func TestLookupGadget(t *testing.T) {
	table := make([]int8, 256)
	for i := range table {
		table[i] = int8(255 - i) // a permutation, so every wrong value is caught
	}
	for _, mode := range modes {
		ccss := both(t, &lookupCircuit{X: make([]frontend.Variable, 3), Y: make([]frontend.Variable, 3), table: table, mode: mode})
		x := []int64{-128, 0, 127}
		y := []int64{int64(table[0]), int64(table[128]), int64(table[255])}
		if err, _ := verdict(t, ccss, &lookupCircuit{X: vars(x), Y: vars(y)}); err != nil {
			t.Fatalf("%s: honest lookup rejected: %v", mode, err)
		}
		for i := range y {
			bad := append([]int64(nil), y...)
			bad[i]++
			if _, rejected := verdict(t, ccss, &lookupCircuit{X: vars(x), Y: vars(bad)}); !rejected {
				t.Errorf("%s: lookup %d: a wrong value accepted", mode, i)
			}
		}
		if _, rejected := verdict(t, ccss, &lookupCircuit{X: vars([]int64{128, 0, 0}), Y: vars([]int64{0, int64(table[128]), int64(table[128])})}); !rejected {
			t.Errorf("%s: an index outside the table accepted", mode)
		}
	}
}

type zeroBitCircuit struct {
	V    frontend.Variable
	mode RangeCheck
}

func (c *zeroBitCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	rc.Check(c.V, 0)
	return rc.finish()
}

type clampCircuit struct {
	Y, Over, Under frontend.Variable
	mode           RangeCheck
}

func (c *clampCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	// a quotient within int8: the bounds leave no room for over or under
	clampGadget(api, rc, c.Y, c.Over, c.Under, clampFor(100, -128))
	return rc.finish()
}

// An exact check of 0 bits proves v = 0 (a lookup query alone would only
// bound v by the table), and a clamp whose bounds leave no room for over or
// under refuses a witness that supplies them.
func TestDegenerateChecks(t *testing.T) {
	for _, mode := range modes {
		ccss := both(t, &zeroBitCircuit{mode: mode})
		if err, _ := verdict(t, ccss, &zeroBitCircuit{V: 0}); err != nil {
			t.Errorf("%s: 0 in 0 bits rejected: %v", mode, err)
		}
		if _, rejected := verdict(t, ccss, &zeroBitCircuit{V: 1}); !rejected {
			t.Errorf("%s: 1 accepted in 0 bits", mode)
		}
		ccss = both(t, &clampCircuit{mode: mode})
		if err, _ := verdict(t, ccss, &clampCircuit{Y: 50, Over: 0, Under: 0}); err != nil {
			t.Errorf("%s: honest clamp rejected: %v", mode, err)
		}
		if _, rejected := verdict(t, ccss, &clampCircuit{Y: 50, Over: 5, Under: 0}); !rejected {
			t.Errorf("%s: over supplied where the bounds allow none accepted", mode)
		}
	}
}
