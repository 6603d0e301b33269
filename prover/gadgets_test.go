package prover

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/consensys/gnark/frontend"
)

var modes = []RangeCheck{RangeCheckBits, RangeCheckLogDeriv}

type requantCircuit struct {
	T                   frontend.Variable
	Rem, Y, Over, Under frontend.Variable
	bounds              requantBounds
	mode                RangeCheck
}

func (c *requantCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	requantize(api, rc, c.T, c.bounds, requantAdvice{c.Rem, c.Y, c.Over, c.Under})
	return rc.finish()
}

// honestRequant computes the advice the hint would give, as integers.
func honestRequant(t int64, s int) (rem, y, over, under int64) {
	q := t >> s
	rem = t - q<<s
	y = min(max(q, -128), 127)
	over, under = max(q-127, 0), max(-128-q, 0)
	return
}

func TestRequantizeGadget(t *testing.T) {
	const s = 10
	b := requantBounds{Shift: s, OverBits: 12}
	for _, mode := range modes {
		ccs := compile(t, &requantCircuit{bounds: b, mode: mode})
		check := func(name string, tv, rem, y, over, under int64, wantOK bool) {
			t.Helper()
			err := solved(t, ccs, &requantCircuit{T: tv, Rem: rem, Y: y, Over: over, Under: under})
			if (err == nil) != wantOK {
				t.Errorf("%s/%s: t=%d rem=%d y=%d over=%d under=%d: solved=%v, want %v (%v)", mode, name, tv, rem, y, over, under, err == nil, wantOK, err)
			}
		}
		for _, tv := range []int64{0, 1, -1, 1023, 1024, -1024, 5000, -5000, 127 << s, 128 << s, -128 << s, -129 << s, 2000 << s, -2000 << s} {
			rem, y, over, under := honestRequant(tv, s)
			check("honest", tv, rem, y, over, under, true)
			// forged remainder: one more step in the quotient, remainder out of range
			check("rem+2^s", tv, rem+1<<s, y-1, over, under, false)
			check("rem-2^s", tv, rem-1<<s, y+1, over, under, false)
			if y > -128 && y < 127 {
				// a wrong clamp: over/under claimed while y is interior
				check("fake over", tv, rem, y-1, over+1, under, false)
				check("fake under", tv, rem, y+1, over, under+1, false)
			}
			if over > 0 {
				// claim an interior value with the excess moved into "over"
				check("clamp lowered", tv, rem, 126, over+1, under, false)
			}
			if under > 0 {
				check("clamp raised", tv, rem, -127, over, under+1, false)
			}
			// over and under both positive, cancelling
			check("over-under", tv, rem, y, over+5, under+5, false)
		}
	}
}

type reluCircuit struct {
	X, Pos frontend.Variable
	Z      frontend.Variable
	mode   RangeCheck
}

func (c *reluCircuit) Define(api frontend.API) error {
	rc := newRangeChecker(api, c.mode)
	rc.CheckInt8(c.X)
	api.AssertIsEqual(relu(api, rc, c.X, c.Pos), c.Z)
	return rc.finish()
}

func TestReLUGadget(t *testing.T) {
	for _, mode := range modes {
		ccs := compile(t, &reluCircuit{mode: mode})
		for x := -128; x <= 127; x++ {
			pos := 0
			if x > 0 {
				pos = 1
			}
			if err := solved(t, ccs, &reluCircuit{X: x, Pos: pos, Z: max(x, 0)}); err != nil {
				t.Fatalf("%s: honest relu(%d): %v", mode, x, err)
			}
			if x != 0 {
				// flipped sign bit: claims x itself for a negative x, or 0 for a positive one
				if err := solved(t, ccs, &reluCircuit{X: x, Pos: 1 - pos, Z: (1 - pos) * x}); err == nil {
					t.Fatalf("%s: forged relu(%d) = %d accepted", mode, x, (1-pos)*x)
				}
			}
		}
		// a non-boolean selector that would make z = (d + x)/2 for some d in range
		if err := solved(t, ccs, &reluCircuit{X: -4, Pos: big.NewInt(-1), Z: 4}); err == nil {
			t.Fatalf("%s: non-boolean relu selector accepted", mode)
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
		ccs := compile(t, &int8Circuit{V: make([]frontend.Variable, 4), mode: mode})
		ok := [][]int64{{-128, 127, 0, 5}, {1, 1, 1, 1}}
		for _, v := range ok {
			if err := solved(t, ccs, &int8Circuit{V: vars(v)}); err != nil {
				t.Errorf("%s: %v rejected: %v", mode, v, err)
			}
		}
		bad := [][]int64{{128, 0, 0, 0}, {0, -129, 0, 0}, {0, 0, 1 << 20, 0}, {0, 0, 0, -(1 << 40)}}
		for _, v := range bad {
			if err := solved(t, ccs, &int8Circuit{V: vars(v)}); err == nil {
				t.Errorf("%s: out-of-range %v accepted", mode, v)
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
	maxOf(api, rc, c.X, c.Y)
	return rc.finish()
}

func TestMaxGadget(t *testing.T) {
	for _, mode := range modes {
		ccs := compile(t, &maxCircuit{X: make([]frontend.Variable, 4), mode: mode})
		for _, x := range [][]int64{{1, 5, -3, 2}, {-128, -128, -128, -128}, {127, -128, 0, 127}, {-7, -9, -8, -100}} {
			best := x[0]
			for _, v := range x {
				best = max(best, v)
			}
			check := func(y int64, ok bool, what string) {
				t.Helper()
				err := solved(t, ccs, &maxCircuit{X: vars(x), Y: y})
				if (err == nil) != ok {
					t.Errorf("%s: max%v claimed %d (%s): solved=%v", mode, x, y, what, err == nil)
				}
			}
			check(best, true, "honest")
			check(best+1, false, "above every input")
			check(best-1, false, "below the maximum")
			for _, v := range x {
				if v < best {
					check(v, false, "a smaller input")
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
			ccs := compile(t, &avgCircuit{X: make([]frontend.Variable, n), mode: mode})
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
					if err := solved(t, ccs, &avgCircuit{X: vars(x), Q: q, R: r}); (err == nil) != ok {
						t.Errorf("%s n=%d %v: q=%d r=%d (%s): solved=%v", mode, n, x, q, r, what, err == nil)
					}
				}
				check(q, r, true, "honest")
				check(q+1, r-den, false, "quotient one too high")
				check(q-1, r+den, false, "quotient one too low")
			}
		}
	}
}

type lookupCircuit struct {
	X, Y  []frontend.Variable
	table []int8
}

func (c *lookupCircuit) Define(api frontend.API) error {
	for i, y := range lookup(api, c.table, c.X) {
		api.AssertIsEqual(y, c.Y[i])
	}
	return nil
}

func TestLookupGadget(t *testing.T) {
	table := make([]int8, 256)
	for i := range table {
		table[i] = int8(255 - i) // a permutation, so every wrong value is caught
	}
	ccs := compile(t, &lookupCircuit{X: make([]frontend.Variable, 3), Y: make([]frontend.Variable, 3), table: table})
	x := []int64{-128, 0, 127}
	y := []int64{int64(table[0]), int64(table[128]), int64(table[255])}
	if err := solved(t, ccs, &lookupCircuit{X: vars(x), Y: vars(y)}); err != nil {
		t.Fatalf("honest lookup rejected: %v", err)
	}
	for i := range y {
		bad := append([]int64(nil), y...)
		bad[i]++
		if err := solved(t, ccs, &lookupCircuit{X: vars(x), Y: vars(bad)}); err == nil {
			t.Errorf("lookup %d: a wrong value accepted", i)
		}
	}
	if err := solved(t, ccs, &lookupCircuit{X: vars([]int64{128, 0, 0}), Y: vars([]int64{0, int64(table[128]), int64(table[128])})}); err == nil {
		t.Error("an index outside the table accepted")
	}
}
