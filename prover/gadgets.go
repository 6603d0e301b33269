package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/zkinfer/zkinfer/models"
)

func init() {
	solver.RegisterHint(requantHint, reluHint, byteCountHint, splitHint, maxHint, avgHint, absHint)
}

// rangeChecker proves ranges. finish adds the constraints that a checker
// defers until every value has been seen.
type rangeChecker interface {
	// Check proves 0 ≤ v < 2^bits; v may be any expression.
	Check(v frontend.Variable, bits int)
	// CheckInt8 proves −128 ≤ v ≤ 127. v must be a single witness or hint
	// wire, not an expression: the lookup checker commits to it as is.
	CheckInt8(v frontend.Variable)
	finish() error
}

// bitChecker decomposes into booleans: bits+1 constraints, no commitment.
type bitChecker struct{ api frontend.API }

func (c bitChecker) Check(v frontend.Variable, bits int) { c.api.ToBinary(v, bits) }
func (c bitChecker) CheckInt8(v frontend.Variable)       { c.api.ToBinary(c.api.Add(v, 128), 8) }
func (c bitChecker) finish() error                       { return nil }

// lookupChecker proves int8 ranges with one log-derivative lookup into the
// table −128..127, one constraint per value, and delegates other ranges to
// gnark's range checker. Both share one Groth16 commitment through
// std/multicommit, which draws the lookup's challenge after every queried
// value and multiplicity is committed.
type lookupChecker struct {
	api     frontend.API
	general frontend.Rangechecker
	int8s   []frontend.Variable
}

func (c *lookupChecker) Check(v frontend.Variable, bits int) { c.general.Check(v, bits) }
func (c *lookupChecker) CheckInt8(v frontend.Variable)       { c.int8s = append(c.int8s, v) }

// finish proves Σ_q 1/(r−q) = Σ_t m_t/(r−t) over the table t = −128..127,
// with multiplicities m_t from a hint and r derived from a commitment to all
// queries and multiplicities. Except with probability about
// (#queries+256)/p over r, the identity holds only if every query is in the
// table.
func (c *lookupChecker) finish() error {
	if len(c.int8s) == 0 {
		return nil
	}
	api := c.api
	queries := c.int8s
	counts, err := api.Compiler().NewHint(byteCountHint, 256, queries...)
	if err != nil {
		return err
	}
	committed := append(append([]frontend.Variable{}, queries...), counts...)
	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		lhs := make([]frontend.Variable, len(queries))
		for i, q := range queries {
			lhs[i] = api.Inverse(api.Sub(r, q))
		}
		rhs := make([]frontend.Variable, 256)
		for t := range rhs {
			rhs[t] = api.DivUnchecked(counts[t], api.Sub(r, t-128))
		}
		api.AssertIsEqual(sum(api, lhs), sum(api, rhs))
		return nil
	}, committed...)
	return nil
}

// byteCountHint counts how many inputs take each int8 value; output i
// counts the value i−128.
func byteCountHint(field *big.Int, in, out []*big.Int) error {
	if len(out) != 256 {
		return fmt.Errorf("byteCountHint: want 256 outputs")
	}
	counts := make([]uint64, 256)
	for _, v := range in {
		if s := signed(field, v); s.IsInt64() && s.Int64() >= -128 && s.Int64() < 128 {
			counts[s.Int64()+128]++
		}
	}
	for i := range out {
		out[i].SetUint64(counts[i])
	}
	return nil
}

func newRangeChecker(api frontend.API, mode RangeCheck) rangeChecker {
	if mode == RangeCheckLogDeriv {
		return &lookupChecker{api: api, general: rangecheck.New(api)}
	}
	return bitChecker{api}
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
// inputs: t, s. outputs: rem, y, over, under with
// ⌊t/2^s⌋ = y + over − under, rem = t − ⌊t/2^s⌋·2^s, y = clamp(⌊t/2^s⌋, −128, 127).
func requantHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 4 {
		return fmt.Errorf("requantHint: want 2 inputs and 4 outputs")
	}
	t := signed(field, in[0])
	s := uint(in[1].Uint64())
	q := new(big.Int).Rsh(t, s) // arithmetic shift: floor for negatives
	rem := new(big.Int).Sub(t, new(big.Int).Lsh(q, s))
	y := new(big.Int).Set(q)
	over, under := new(big.Int), new(big.Int)
	if hi := big.NewInt(127); q.Cmp(hi) > 0 {
		over.Sub(q, hi)
		y.Set(hi)
	}
	if lo := big.NewInt(-128); q.Cmp(lo) < 0 {
		under.Sub(lo, q)
		y.Set(lo)
	}
	for i, v := range []*big.Int{rem, y, over, under} {
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

// reluHint outputs 1 when the int8 input is positive, 0 otherwise.
func reluHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("reluHint: want 1 input and 1 output")
	}
	out[0].SetUint64(0)
	if signed(field, in[0]).Sign() > 0 {
		out[0].SetUint64(1)
	}
	return nil
}

// requantAdvice is what the prover supplies to the requantize gadget.
type requantAdvice struct{ Rem, Y, Over, Under frontend.Variable }

// requantBounds are the static sizes of a requantization: the shift and
// the number of bits that bound how far ⌊t/2^s⌋ may leave the int8 range.
type requantBounds struct {
	Shift    int
	OverBits int // 0 when ⌊t/2^s⌋ can never exceed the int8 range
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
//	|⌊(acc·M + 2^(s−1))/2^s⌋| ≤ (B·M + 2^(s−1))/2^s + 1 =: qmax
//
// and over = q − 127, under = −128 − q are below qmax < 2^OverBits.
func quotientBounds(r models.Requant, bound int64) requantBounds {
	qmax := new(big.Int).Mul(big.NewInt(bound), big.NewInt(r.Mult))
	qmax.Add(qmax, new(big.Int).Lsh(big.NewInt(1), uint(r.Shift-1)))
	qmax.Rsh(qmax, uint(r.Shift))
	qmax.Add(qmax, big.NewInt(1))
	b := requantBounds{Shift: int(r.Shift)}
	if qmax.Cmp(big.NewInt(127)) > 0 {
		b.OverBits = qmax.BitLen()
	}
	return b
}

// addBounds sizes the requantization of an Add node, t = a·Ma + b·Mb +
// 2^(s−1) for int8 a and b:
//
//	|⌊t/2^s⌋| ≤ (128·(Ma+Mb) + 2^(s−1))/2^s + 1
func addBounds(ra, rb models.Requant) requantBounds {
	return quotientBounds(models.Requant{Mult: ra.Mult + rb.Mult, Shift: ra.Shift}, 128)
}

// requantize proves y = clamp(⌊t/2^s⌋, −128, 127) given the advice:
//
//	t = (y + over − under)·2^s + rem,   0 ≤ rem < 2^s,   0 ≤ y+128 < 2^8,
//	0 ≤ over, under < 2^OverBits,       over·(127 − y) = 0,   under·(y + 128) = 0.
//
// over > 0 forces y = 127, under > 0 forces y = −128, and both cannot hold,
// so y is the clamp of the quotient. The ranges keep (y+over−under)·2^s+rem
// far below the field size, so the decomposition of t is unique.
// It returns y, range-checked to int8.
func requantize(api frontend.API, rc rangeChecker, t frontend.Variable, b requantBounds, a requantAdvice) frontend.Variable {
	q := a.Y
	if b.OverBits > 0 {
		q = api.Add(a.Y, a.Over)
		q = api.Sub(q, a.Under)
		rc.Check(a.Over, b.OverBits)
		rc.Check(a.Under, b.OverBits)
		api.AssertIsEqual(api.Mul(a.Over, api.Sub(127, a.Y)), 0)
		api.AssertIsEqual(api.Mul(a.Under, api.Add(a.Y, 128)), 0)
	}
	api.AssertIsEqual(t, api.Add(api.Mul(q, new(big.Int).Lsh(big.NewInt(1), uint(b.Shift))), a.Rem))
	rc.Check(a.Rem, b.Shift)
	rc.CheckInt8(a.Y)
	return a.Y
}

// requantizeWithHint computes the advice with requantHint and applies the
// requantize gadget.
func requantizeWithHint(api frontend.API, rc rangeChecker, t frontend.Variable, b requantBounds) (frontend.Variable, error) {
	out, err := api.Compiler().NewHint(requantHint, 4, t, b.Shift)
	if err != nil {
		return nil, err
	}
	a := requantAdvice{Rem: out[0], Y: out[1], Over: out[2], Under: out[3]}
	if b.OverBits == 0 {
		// The quotient stays in int8: over and under are not part of the
		// statement (requantize ignores them).
		a.Over, a.Under = 0, 0
	}
	return requantize(api, rc, t, b, a), nil
}

// relu proves z = max(x, 0) for an int8 x given the advice bit pos:
//
//	pos ∈ {0,1},   z = pos·x,   0 ≤ 2z − x < 2^8.
//
// With pos = 1, 2z−x = x must be non-negative; with pos = 0 it is −x, so
// x ≤ 0. Either way z = max(x, 0). x must already be range-checked to int8.
func relu(api frontend.API, rc rangeChecker, x, pos frontend.Variable) frontend.Variable {
	api.AssertIsBoolean(pos)
	z := api.Mul(pos, x)
	rc.Check(api.Sub(api.Mul(z, 2), x), 8)
	return z
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

// maxOf proves y = max(x_1..x_k) for int8 inputs given the advice y:
//
//	0 ≤ y − x_i < 2^8 for every i,   Π_i (y − x_i) = 0.
//
// The first says y is at least every input, the second that it is one of
// them; together, y is the maximum (and so an int8).
func maxOf(api frontend.API, rc rangeChecker, x []frontend.Variable, y frontend.Variable) frontend.Variable {
	prod := frontend.Variable(1)
	for _, xi := range x {
		d := api.Sub(y, xi)
		rc.Check(d, 8)
		prod = api.Mul(prod, d)
	}
	api.AssertIsEqual(prod, 0)
	return y
}

func maxWithHint(api frontend.API, rc rangeChecker, x []frontend.Variable) (frontend.Variable, error) {
	if len(x) == 1 {
		return x[0], nil
	}
	out, err := api.Compiler().NewHint(maxHint, 1, x...)
	if err != nil {
		return nil, err
	}
	return maxOf(api, rc, x, out[0]), nil
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
	rc.Check(r, bits)
	rc.Check(api.Sub(2*n-1, r), bits) // r ≤ 2n − 1
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
