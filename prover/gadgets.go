package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
)

func init() {
	solver.RegisterHint(requantHint, reluHint, splitHint, maxHint, avgHint, absHint)
}

// rangeChecker proves ranges and clamps, by bit decomposition
// (RangeCheckBits) or by lookups (RangeCheckLogDeriv, lookup.go).
type rangeChecker interface {
	// Check proves 0 ≤ v < 2^bits exactly; v may be any expression.
	Check(v frontend.Variable, bits int)
	// CheckInt8 proves −128 ≤ v ≤ 127.
	CheckInt8(v frontend.Variable)
	// Bound proves 0 ≤ v < 2^b for some b with bits ≤ b < bits+16: for
	// values whose sign matters, and that they are far below the field
	// size, but not their exact bound.
	Bound(v frontend.Variable, bits int)
	// Clamp proves y = clamp(q, lo, 127) and |q| small for the request's
	// q = y + over − under.
	Clamp(r clampReq)
	// Lookup maps each int8 x through a 256-entry table (index x+128).
	Lookup(table []int8, x []frontend.Variable) ([]frontend.Variable, error)
	finish() error
}

// bitChecker decomposes into booleans: bits+1 constraints per check, no
// commitment unless the model has lookup nodes.
type bitChecker struct {
	api    frontend.API
	tables *lookupChecker // lookup nodes only
}

func (c *bitChecker) Check(v frontend.Variable, bits int) {
	if bits <= 0 {
		c.api.AssertIsEqual(v, 0)
		return
	}
	c.api.ToBinary(v, bits)
}
func (c *bitChecker) Bound(v frontend.Variable, bits int) { c.api.ToBinary(v, max(bits, 1)) }
func (c *bitChecker) CheckInt8(v frontend.Variable)       { c.api.ToBinary(c.api.Add(v, 128), 8) }
func (c *bitChecker) Clamp(r clampReq)                    { clampGadget(c.api, c, r.y, r.over, r.under, r.b) }

func (c *bitChecker) Lookup(table []int8, x []frontend.Variable) ([]frontend.Variable, error) {
	if c.tables == nil {
		c.tables = newLookupChecker(c.api)
	}
	return c.tables.Lookup(table, x)
}

func (c *bitChecker) finish() error {
	if c.tables == nil {
		return nil
	}
	return c.tables.finish()
}

func newRangeChecker(api frontend.API, mode RangeCheck) rangeChecker {
	if mode == RangeCheckLogDeriv {
		return newLookupChecker(api)
	}
	return &bitChecker{api: api}
}

// clampGadget proves y = clamp(q, lo, 127) for q = y + over − under:
//
//	0 ≤ over, under (small),   over·(127 − y) = 0,   under·(y − lo) = 0,
//	0 ≤ y − lo < 2^yBits.
//
// over > 0 forces y = 127, under > 0 forces y = lo, and both cannot hold
// (lo < 127), so y is the clamp of q. An over or under that the bounds say
// is always 0 must be the constant 0.
func clampGadget(api frontend.API, rc rangeChecker, y, over, under frontend.Variable, b clampBounds) {
	if b.OverBits > 0 {
		rc.Bound(over, b.OverBits)
		api.AssertIsEqual(api.Mul(over, api.Sub(127, y)), 0)
	} else {
		api.AssertIsEqual(over, 0) // no constraint for the constant 0 callers pass
	}
	if b.UnderBits > 0 {
		rc.Bound(under, b.UnderBits)
		api.AssertIsEqual(api.Mul(under, api.Sub(y, b.Lo)), 0)
	} else {
		api.AssertIsEqual(under, 0)
	}
	rc.Check(api.Sub(y, b.Lo), b.yBits())
}

// splitHint splits S into len(out) limbs of k bits, least significant first.
// inputs: S, k.
func splitHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 {
		return fmt.Errorf("splitHint: want 2 inputs")
	}
	k := uint(in[1].Uint64())
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), k), big.NewInt(1))
	s := new(big.Int).Set(in[0])
	for i := range out {
		out[i].And(s, mask)
		s.Rsh(s, k)
	}
	return nil
}

// signed maps a field element to the integer it represents: v > p/2 is v-p.
func signed(field, v *big.Int) *big.Int {
	half := new(big.Int).Rsh(field, 1)
	if v.Cmp(half) > 0 {
		return new(big.Int).Sub(v, field)
	}
	return new(big.Int).Set(v)
}

// toField maps a signed integer into the field.
func toField(field, v *big.Int, out *big.Int) { out.Mod(v, field) }

// requantHint computes the advice of the requantize gadget.
// inputs: t, s, lo. outputs: y, over, under with q = ⌊t/2^s⌋ = y + over − under,
// y = clamp(q, lo, 127).
func requantHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 3 || len(out) != 3 {
		return fmt.Errorf("requantHint: want 3 inputs and 3 outputs")
	}
	t := signed(field, in[0])
	s := uint(in[1].Uint64())
	lo := signed(field, in[2])
	q := new(big.Int).Rsh(t, s) // arithmetic shift: floor for negatives
	y := new(big.Int).Set(q)
	over, under := new(big.Int), new(big.Int)
	if hi := big.NewInt(127); q.Cmp(hi) > 0 {
		over.Sub(q, hi)
		y.Set(hi)
	}
	if q.Cmp(lo) < 0 {
		under.Sub(lo, q)
		y.Set(lo)
	}
	for i, v := range []*big.Int{y, over, under} {
		toField(field, v, out[i])
	}
	return nil
}

// absHint outputs |v| − offset. inputs: v, offset.
func absHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 {
		return fmt.Errorf("absHint: want 2 inputs and 1 output")
	}
	v := signed(field, in[0])
	toField(field, new(big.Int).Sub(v.Abs(v), in[1]), out[0])
	return nil
}

// reluHint outputs max(x, 0).
func reluHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("reluHint: want 1 input and 1 output")
	}
	out[0].SetUint64(0)
	if signed(field, in[0]).Sign() > 0 {
		out[0].Set(in[0])
	}
	return nil
}

// requantAdvice is what the prover supplies to the requantize gadget.
type requantAdvice struct{ Y, Over, Under frontend.Variable }

// requantBounds are the static sizes of a requantization: the shift and a
// bound Q on |⌊t/2^s⌋|.
type requantBounds struct {
	Shift int
	Q     int64
}

// worstAccumulatorBound bounds |acc| of a dense node for any int8 weights
// and inputs and any int32 bias: the bound of a committed-weight circuit,
// which must not depend on the weights it hides. It is the largest
// models.Node.AccumulatorBound of any weights and bias (all weights −128,
// bias −2^31).
func worstAccumulatorBound(n *models.Node) int64 {
	return int64(n.FanIn())*128*128 + 1<<31
}

// accumulatorBoundFor is the bound on |acc| of channel j that sizes its
// requantization: the node's own with fixed weights, the worst case when
// they are committed.
func accumulatorBoundFor(n *models.Node, j int, weights Visibility) int64 {
	if weights == Fixed {
		return n.AccumulatorBound(j)
	}
	return worstAccumulatorBound(n)
}

// boundsFor sizes the requantization of channel j of a dense node from the
// largest accumulator an int8 input can produce: with the node's own
// weights when they are circuit constants, for any weights when committed.
func boundsFor(n *models.Node, j int, weights Visibility) requantBounds {
	return quotientBounds(n.Requant[j], accumulatorBoundFor(n, j, weights))
}

// quotientBounds sizes the requantization y = clamp(⌊(acc·M + 2^(s−1))/2^s⌋)
// of an accumulator with |acc| ≤ bound:
//
//	|⌊(acc·M + 2^(s−1))/2^s⌋| ≤ (B·M + 2^(s−1))/2^s + 1 =: Q
//
// Q fits an int64: models.Validate keeps B·M below 2^62.
func quotientBounds(r models.Requant, bound int64) requantBounds {
	qmax := new(big.Int).Mul(big.NewInt(bound), big.NewInt(r.Mult))
	qmax.Add(qmax, new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
	qmax.Rsh(qmax, uint(r.Shift))
	qmax.Add(qmax, big.NewInt(1))
	return requantBounds{Shift: int(r.Shift), Q: qmax.Int64()}
}

// addBounds sizes the requantization of an Add node, t = a·Ma + b·Mb +
// 2^(s−1) for int8 a and b:
//
//	|⌊t/2^s⌋| ≤ (128·(Ma+Mb) + 2^(s−1))/2^s + 1
func addBounds(ra, rb models.Requant) requantBounds {
	return quotientBounds(models.Requant{Mult: ra.Mult + rb.Mult, Shift: ra.Shift}, 128)
}

// requantize proves y = clamp(⌊t/2^s⌋, lo, 127), lo being −128, or 0 for a
// requantization fused with the ReLU after it, given the advice:
//
//	q = y + over − under,   y = clamp(q, lo, 127) and |q| small (rc.Clamp),
//	rem = t − q·2^s,        0 ≤ rem < 2^s.
//
// The clamp proves q a small integer and y its clamp; the remainder's range
// then makes q the floor of t/2^s, the decomposition t = q·2^s + rem being
// unique far below the field size. When q can never leave [lo, 127] there
// is no clamp: q = y, an int8.
func requantize(api frontend.API, rc rangeChecker, t frontend.Variable, b requantBounds, lo int, a requantAdvice) frontend.Variable {
	c := clampFor(b.Q, lo)
	q := a.Y
	if c.needed() {
		over, under := a.Over, a.Under
		if c.OverBits == 0 {
			over = 0
		}
		if c.UnderBits == 0 {
			under = 0
		}
		q = api.Sub(api.Add(a.Y, over), under)
		rc.Clamp(clampReq{q: q, y: a.Y, over: over, under: under, b: c})
	} else {
		rc.CheckInt8(a.Y)
	}
	rem := api.Sub(t, api.Mul(q, new(big.Int).Lsh(big.NewInt(1), uint(b.Shift))))
	rc.Check(rem, b.Shift)
	return a.Y
}

// requantizeWithHint computes the advice with requantHint and applies the
// requantize gadget.
func requantizeWithHint(api frontend.API, rc rangeChecker, t frontend.Variable, b requantBounds, lo int) (frontend.Variable, error) {
	out, err := api.Compiler().NewHint(requantHint, 3, t, b.Shift, lo)
	if err != nil {
		return nil, err
	}
	return requantize(api, rc, t, b, lo, requantAdvice{Y: out[0], Over: out[1], Under: out[2]}), nil
}

// relu proves y = max(x, 0) for an int8 x given the advice y: the clamp of
// q = x to [0, 127], with under = y − x.
func relu(api frontend.API, rc rangeChecker, x, y frontend.Variable) frontend.Variable {
	rc.Clamp(clampReq{q: x, y: y, over: 0, under: api.Sub(y, x), b: clampBounds{Lo: 0, Q: 128, UnderBits: 8}})
	return y
}

func reluWithHint(api frontend.API, rc rangeChecker, x frontend.Variable) (frontend.Variable, error) {
	out, err := api.Compiler().NewHint(reluHint, 1, x)
	if err != nil {
		return nil, err
	}
	return relu(api, rc, x, out[0]), nil
}

// maxHint outputs the largest of its int8 inputs.
func maxHint(field *big.Int, in, out []*big.Int) error {
	if len(in) == 0 || len(out) != 1 {
		return fmt.Errorf("maxHint: want inputs and 1 output")
	}
	best := signed(field, in[0])
	for _, v := range in[1:] {
		if s := signed(field, v); s.Cmp(best) > 0 {
			best = s
		}
	}
	toField(field, best, out[0])
	return nil
}

// maxOf proves y = max(x_1..x_k) given the advice y, for inputs whose
// differences are below 2^bits in magnitude (8 for int8s):
//
//	0 ≤ y − x_i (small) for every i,   Π_i (y − x_i) = 0.
//
// The first says y is at least every input, the second that it is one of
// them; together, y is the maximum.
func maxOf(api frontend.API, rc rangeChecker, x []frontend.Variable, bits int, y frontend.Variable) frontend.Variable {
	prod := frontend.Variable(1)
	for _, xi := range x {
		d := api.Sub(y, xi)
		rc.Bound(d, bits)
		prod = api.Mul(prod, d)
	}
	api.AssertIsEqual(prod, 0)
	return y
}

func maxWithHint(api frontend.API, rc rangeChecker, x []frontend.Variable, bits int) (frontend.Variable, error) {
	if len(x) == 1 {
		return x[0], nil
	}
	out, err := api.Compiler().NewHint(maxHint, 1, x...)
	if err != nil {
		return nil, err
	}
	return maxOf(api, rc, x, bits, out[0]), nil
}

// avgHint divides: inputs s, n; outputs q = ⌊(2s+n)/(2n)⌋ and the remainder
// r = 2s + n − 2n·q.
func avgHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return fmt.Errorf("avgHint: want 2 inputs and 2 outputs")
	}
	s := signed(field, in[0])
	n := new(big.Int).Set(in[1])
	num := new(big.Int).Add(new(big.Int).Lsh(s, 1), n)
	den := new(big.Int).Lsh(n, 1)
	q, r := new(big.Int).DivMod(num, den, new(big.Int)) // Euclidean: 0 ≤ r < den
	toField(field, q, out[0])
	toField(field, r, out[1])
	return nil
}

// average proves q = ⌊(2s+n)/(2n)⌋ for the sum s of n int8 values, given
// the advice q, r:
//
//	2s + n = 2n·q + r,   0 ≤ r < 2n,   q an int8.
//
// With r in [0, 2n) the quotient is the floor; q's range keeps 2n·q + r far
// from wrapping around the field (and the mean of int8 values is an int8).
func average(api frontend.API, rc rangeChecker, s frontend.Variable, n int, q, r frontend.Variable) frontend.Variable {
	api.AssertIsEqual(api.Add(api.Mul(s, 2), n), api.Add(api.Mul(q, 2*n), r))
	bits := big.NewInt(int64(2*n - 1)).BitLen()
	rc.Bound(r, bits)
	rc.Bound(api.Sub(2*n-1, r), bits) // r ≤ 2n − 1
	rc.CheckInt8(q)
	return q
}

func averageWithHint(api frontend.API, rc rangeChecker, s frontend.Variable, n int) (frontend.Variable, error) {
	if n == 1 {
		return s, nil
	}
	out, err := api.Compiler().NewHint(avgHint, 2, s, n)
	if err != nil {
		return nil, err
	}
	return average(api, rc, s, n, out[0], out[1]), nil
}
