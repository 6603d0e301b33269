package prover

import (
	"fmt"
	"maps"
	"math/big"
	"math/bits"
	"slices"
	"sort"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/poseidon2"
	"github.com/consensys/gnark/std/multicommit"
)

func init() {
	solver.RegisterHint(limbsHint, rangeCountHint, indexCountHint, tableHint, divHint)
}

// The lookup argument behind RangeCheckLogDeriv. Gadgets ask for range
// checks, clamps and table lookups while the circuit is defined; finish then
// sizes the tables for the circuit, turns every request into queries and
// proves all of them with one log-derivative argument (Haböck 2022) under a
// single commitment:
//
//	Σ_queries 1/(r − q) = Σ_rows m_row/(r − row)    for each table,
//
// where the multiplicities m come from the prover and r is derived from a
// commitment to every query and multiplicity, so it is drawn after they are
// fixed. Two-column rows (index, value) enter as index + β·value, with β a
// hash of r. Except with probability about (#queries + #rows)/p, each
// identity holds only if every query is a row of its table.
//
// Tables:
//   - the range table [0, 2^k), with k chosen per circuit (limbs of k bits);
//   - narrow range tables [0, 2^w) for the top limbs of exact checks, where
//     one is cheaper than a second query per check;
//   - clamp tables (q + Q, clamp(q, lo, 127)) for q in [−Q, Q], sized to
//     the largest quotient bound that a table serves;
//   - the int8 → int8 tables of lookup nodes.
//
// Costs in R1CS: one constraint per single-column query (its inverse), two
// per two-column query (β·value and the inverse), one per table row.

// rangeReq asks for 0 ≤ v < 2^bits. A loose request accepts any bound
// 2^b with bits ≤ b < bits + k: it serves checks where only the sign and a
// bound far below the field size matter.
type rangeReq struct {
	v     frontend.Variable
	off   int64 // the value checked is v + off
	bits  int
	exact bool
}

// clampBounds describe a clamp y = clamp(q, Lo, 127) of a quotient with
// |q| ≤ Q: OverBits and UnderBits bound q − 127 and Lo − q when positive.
type clampBounds struct {
	Lo                  int
	Q                   int64
	OverBits, UnderBits int
}

// clampFor sizes the clamp of a quotient bounded by q to [lo, 127].
func clampFor(q int64, lo int) clampBounds {
	c := clampBounds{Lo: lo, Q: q}
	if q > 127 {
		c.OverBits = bits.Len64(uint64(q - 127))
	}
	if q > int64(-lo) {
		c.UnderBits = bits.Len64(uint64(q + int64(lo)))
	}
	return c
}

// needed reports whether the quotient can leave [Lo, 127].
func (c clampBounds) needed() bool { return c.OverBits > 0 || c.UnderBits > 0 }

// yBits is the width of y − Lo: 8 bits for an int8, 7 for a ReLU's output.
func (c clampBounds) yBits() int { return bits.Len(uint(127 - c.Lo)) }

// clampReq asks for y = clamp(q, lo, 127), where the caller guarantees
// q = y + over − under as expressions. over and under are the prover's
// advice: a clamp table ignores them (it binds q and y); the gadget uses
// them.
type clampReq struct {
	q, y, over, under frontend.Variable
	b                 clampBounds
}

// fnQuery is one lookup into a two-column table: idx must be a row index.
type fnQuery struct {
	idx, out frontend.Variable
}

// fnTable is a constant two-column table (i, values[i]), i = 0..len−1.
type fnTable struct {
	values  []int64
	queries []fnQuery
}

// lookupPlan is how finish turns requests into queries: the range table's
// width, the narrow tables, and the bound of each clamp table (0: no table,
// every clamp of that lower end uses the gadget).
type lookupPlan struct {
	K      int
	Narrow map[int]bool
	ClampQ map[int]int64 // by lower end
}

// lookupChecker collects the requests of a circuit and proves them in
// finish.
type lookupChecker struct {
	api    frontend.API
	ranges []rangeReq
	clamps []clampReq
	fns    []*fnTable
	byKey  map[string]*fnTable
	// bare circuits (LayerCosts) reuse the full circuit's plan, so that a
	// prefix's queries cost what they cost in the whole circuit, and leave
	// out the tables.
	bare bool
	plan *lookupPlan
	// used is the plan finish applied.
	used lookupPlan
}

func newLookupChecker(api frontend.API) *lookupChecker {
	return &lookupChecker{api: api, byKey: map[string]*fnTable{}}
}

func (c *lookupChecker) Check(v frontend.Variable, bits int) {
	if bits <= 0 { // [0, 1): a query would only bound it by 2^k
		c.api.AssertIsEqual(v, 0)
		return
	}
	c.ranges = append(c.ranges, rangeReq{v: v, bits: bits, exact: true})
}

// CheckInt8 proves −128 ≤ v ≤ 127: v + 128 in 8 bits, the offset kept
// apart so that a query is v itself (a PLONK gate fewer each).
func (c *lookupChecker) CheckInt8(v frontend.Variable) {
	c.ranges = append(c.ranges, rangeReq{v: v, off: 128, bits: 8, exact: true})
}

func (c *lookupChecker) Bound(v frontend.Variable, bits int) {
	c.ranges = append(c.ranges, rangeReq{v: v, bits: max(bits, 1)})
}

func (c *lookupChecker) Clamp(r clampReq) {
	c.clamps = append(c.clamps, r)
}

// Lookup maps each int8 x through table (256 entries, indexed by x+128)
// with a two-column lookup, which also proves x an int8.
func (c *lookupChecker) Lookup(table []int8, x []frontend.Variable) ([]frontend.Variable, error) {
	key := string(int8Bytes(table))
	t := c.byKey["lookup:"+key]
	if t == nil {
		t = &fnTable{values: make([]int64, len(table))}
		for i, v := range table {
			t.values[i] = int64(v)
		}
		c.byKey["lookup:"+key] = t
		c.fns = append(c.fns, t)
	}
	idx := make([]frontend.Variable, len(x))
	in := make([]frontend.Variable, 0, len(table)+len(x))
	for _, v := range table {
		in = append(in, int(v))
	}
	for i, v := range x {
		idx[i] = c.api.Add(v, 128)
		in = append(in, idx[i])
	}
	out, err := c.api.Compiler().NewHint(tableHint, len(x), in...)
	if err != nil {
		return nil, err
	}
	for i := range x {
		t.queries = append(t.queries, fnQuery{idx: idx[i], out: out[i]})
	}
	return out, nil
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

// tableHint looks values up: inputs are the 256 table entries, then the
// indices; outputs the entries at those indices.
func tableHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 256+len(out) {
		return fmt.Errorf("tableHint: want 256 entries and one index per output")
	}
	for i := range out {
		j := in[256+i]
		if !j.IsInt64() || j.Int64() < 0 || j.Int64() >= 256 {
			return fmt.Errorf("tableHint: index %s out of range", j)
		}
		out[i].Set(in[j.Int64()])
	}
	return nil
}

// limbsHint splits v into len(out) limbs of k bits, least significant
// first (inputs: v, k), as splitHint does: a hint of its own, so that the
// range checks' limbs and the packed products' are told apart.
func limbsHint(field *big.Int, in, out []*big.Int) error { return splitHint(field, in, out) }

// rangeCountHint counts how many queries take each value of [0, len(out)).
// Inputs are pairs (e, c), a query being the value e + c. Values outside
// are not counted (the argument then fails).
func rangeCountHint(field *big.Int, in, out []*big.Int) error {
	if len(in)%2 != 0 {
		return fmt.Errorf("rangeCountHint: want pairs")
	}
	counts := make([]uint64, len(out))
	v := new(big.Int)
	for i := 0; i < len(in); i += 2 {
		v.Add(in[i], in[i+1]).Mod(v, field)
		if v.IsUint64() && v.Uint64() < uint64(len(out)) {
			counts[v.Uint64()]++
		}
	}
	for i := range out {
		out[i].SetUint64(counts[i])
	}
	return nil
}

// indexCountHint counts the rows of two-column queries: inputs are pairs
// (index, value) and the table's values; output i counts the queries equal
// to row (i, values[i]).
func indexCountHint(_ *big.Int, in, out []*big.Int) error {
	n := len(out)
	if len(in) < n || (len(in)-n)%2 != 0 {
		return fmt.Errorf("indexCountHint: want the table's values and pairs")
	}
	values, pairs := in[:n], in[n:]
	counts := make([]uint64, n)
	for i := 0; i < len(pairs); i += 2 {
		j := pairs[i]
		if j.IsUint64() && j.Uint64() < uint64(n) && pairs[i+1].Cmp(values[j.Uint64()]) == 0 {
			counts[j.Uint64()]++
		}
	}
	for i := range out {
		out[i].SetUint64(counts[i])
	}
	return nil
}

// clampValue is clamp(q, lo, 127).
func clampValue(q int64, lo int) int64 { return min(max(q, int64(lo)), 127) }

const (
	minRangeBits = 4
	maxRangeBits = 16
	// maxClampTable bounds the rows of a clamp table (2Q+1).
	maxClampTable = 1 << 16
)

// limbCost is the number of queries a range request takes with k-bit limbs
// and the narrow tables in narrow: full limbs, and for an exact check whose
// width is not a multiple of k, the top limb queried in its narrow table or
// twice in the range table (once as is, once shifted to its width).
func limbCost(r rangeReq, k int, narrow map[int]bool) (queries int, top int) {
	n := max((r.bits+k-1)/k, 1)
	w := r.bits - (n-1)*k
	if !r.exact || w == k {
		return n, 0
	}
	if narrow[w] {
		return n, w
	}
	return n + 1, w
}

// gadgetRanges are the range requests of a clamp done by the gadget.
func gadgetRanges(b clampBounds) []rangeReq {
	var rs []rangeReq
	if b.OverBits > 0 {
		rs = append(rs, rangeReq{bits: b.OverBits})
	}
	if b.UnderBits > 0 {
		rs = append(rs, rangeReq{bits: b.UnderBits})
	}
	return append(rs, rangeReq{bits: b.yBits(), exact: true})
}

// gadgetMuls is the number of products of a clamp done by the gadget.
func gadgetMuls(b clampBounds) int {
	n := 0
	if b.OverBits > 0 {
		n++
	}
	if b.UnderBits > 0 {
		n++
	}
	return n
}

// makePlan sizes the tables: for each range-table width k it picks, per
// lower end, the clamp-table bound that minimises the clamps' cost (two
// queries each and 2Q+1 rows, against the gadget's range queries and
// products), then the narrow tables worth their rows, and keeps the
// cheapest k. Costs are R1CS constraints.
func (c *lookupChecker) makePlan() lookupPlan {
	los := map[int][]clampBounds{}
	var loKeys []int
	for _, r := range c.clamps {
		if _, ok := los[r.b.Lo]; !ok {
			loKeys = append(loKeys, r.b.Lo)
		}
		los[r.b.Lo] = append(los[r.b.Lo], r.b)
	}
	sort.Ints(loKeys)
	for _, lo := range loKeys {
		bs := los[lo]
		sort.Slice(bs, func(i, j int) bool { return bs[i].Q < bs[j].Q })
	}
	var best lookupPlan
	bestCost := -1
	for k := minRangeBits; k <= maxRangeBits; k++ {
		p := lookupPlan{K: k, Narrow: map[int]bool{}, ClampQ: map[int]int64{}}
		cost := 1 << k
		ranges := append([]rangeReq{}, c.ranges...)
		for _, lo := range loKeys {
			bs := los[lo]
			// the gadget's cost of each clamp, counting a narrow check as
			// two queries: the table is chosen on these upper bounds
			suffix := make([]int, len(bs)+1)
			for i := len(bs) - 1; i >= 0; i-- {
				suffix[i] = suffix[i+1] + gadgetMuls(bs[i])
				for _, r := range gadgetRanges(bs[i]) {
					n, _ := limbCost(r, k, nil)
					suffix[i] += n
				}
			}
			served, bestC := 0, suffix[0]
			for i := range bs {
				if 2*bs[i].Q+1 > maxClampTable {
					break
				}
				if c := 2*(i+1) + int(2*bs[i].Q+1) + suffix[i+1]; c < bestC {
					served, bestC = i+1, c
				}
			}
			if served > 0 {
				q := bs[served-1].Q
				p.ClampQ[lo] = q
				cost += 2*served + int(2*q+1)
			}
			for _, b := range bs[served:] {
				cost += gadgetMuls(b)
				ranges = append(ranges, gadgetRanges(b)...)
			}
		}
		tops := map[int]int{}
		for _, r := range ranges {
			if _, w := limbCost(r, k, nil); w > 0 {
				tops[w]++
			}
		}
		for w, n := range tops {
			if 1<<w < n {
				p.Narrow[w] = true
				cost += 1 << w
			}
		}
		for _, r := range ranges {
			n, _ := limbCost(r, k, p.Narrow)
			cost += n
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = p, cost
		}
	}
	return best
}

// finish applies the plan and proves every query.
func (c *lookupChecker) finish() error {
	if len(c.ranges) == 0 && len(c.clamps) == 0 && len(c.fns) == 0 {
		return nil
	}
	api := c.api
	if c.plan != nil {
		c.used = *c.plan
	} else {
		c.used = c.makePlan()
	}
	p := c.used

	// clamps: into their table, or the gadget (which adds range requests)
	clampTables := map[int]*fnTable{}
	for _, r := range c.clamps {
		if q, ok := p.ClampQ[r.b.Lo]; ok && r.b.Q <= q {
			t := clampTables[r.b.Lo]
			if t == nil {
				t = &fnTable{values: make([]int64, 2*q+1)}
				for i := range t.values {
					t.values[i] = clampValue(int64(i)-q, r.b.Lo)
				}
				clampTables[r.b.Lo] = t
			}
			t.queries = append(t.queries, fnQuery{idx: api.Add(r.q, q), out: r.y})
			continue
		}
		clampGadget(api, c, r.y, r.over, r.under, r.b)
	}
	var lows []int
	for lo := range clampTables {
		lows = append(lows, lo)
	}
	sort.Ints(lows)
	fns := c.fns
	for _, lo := range lows {
		fns = append(fns, clampTables[lo])
	}

	// ranges: limbs into the range table and narrow tables. A query is
	// the value v + c: the constant stays apart, so that r − c is computed
	// once per constant and a query's v is a single wire where it can be.
	type query struct {
		v frontend.Variable
		c int64
	}
	main := []query{}
	narrow := map[int][]query{}
	k := p.K
	for _, r := range c.ranges {
		_, w := limbCost(r, k, p.Narrow)
		limbs := max((r.bits+k-1)/k, 1)
		// top = (v + off − lower)/2^((limbs−1)·k): an integer in [0, 2^k)
		// once queried as is; with one limb, v itself and the offset
		top, off := r.v, r.off
		if limbs > 1 {
			value := api.Add(r.v, r.off)
			lower, err := api.Compiler().NewHint(limbsHint, limbs-1, value, k)
			if err != nil {
				return err
			}
			rest := value
			for j, l := range lower {
				main = append(main, query{l, 0})
				rest = api.Sub(rest, api.Mul(l, new(big.Int).Lsh(big.NewInt(1), uint(j*k))))
			}
			top, off = api.Mul(rest, inversePow2(api.Compiler().Field(), uint((limbs-1)*k))), 0
		}
		switch {
		case w == 0:
			main = append(main, query{top, off})
		case p.Narrow[w]:
			narrow[w] = append(narrow[w], query{top, off})
		default:
			shift := int64(1) << (k - w)
			main = append(main, query{top, off}, query{api.Mul(top, shift), off * shift})
		}
	}

	if c.bare {
		// A bare circuit is compiled to count, never solved: each query
		// gets the constraints it has in the argument (an inverse of
		// r − query; a product and an inverse for a pair) with a constant
		// in place of r, and no table is built.
		const r = 1 << 20
		for _, q := range main {
			api.Inverse(api.Sub(r-q.c, q.v))
		}
		for _, w := range slices.Sorted(maps.Keys(narrow)) {
			for _, q := range narrow[w] {
				api.Inverse(api.Sub(r-q.c, q.v))
			}
		}
		for _, t := range fns {
			for _, q := range t.queries {
				api.Inverse(api.Sub(r, api.Add(q.idx, api.Mul(q.out, q.idx))))
			}
		}
		return nil
	}

	// multiplicities
	var committed []frontend.Variable
	count := func(size int, qs []query) ([]frontend.Variable, error) {
		in := make([]frontend.Variable, 0, 2*len(qs))
		for _, q := range qs {
			in = append(in, q.v, q.c)
			committed = append(committed, q.v)
		}
		m, err := api.Compiler().NewHint(rangeCountHint, size, in...)
		committed = append(committed, m...)
		return m, err
	}
	mainCounts, err := count(1<<k, main)
	if err != nil {
		return err
	}
	widths := make([]int, 0, len(narrow))
	for w := range narrow {
		widths = append(widths, w)
	}
	sort.Ints(widths)
	narrowCounts := map[int][]frontend.Variable{}
	for _, w := range widths {
		if narrowCounts[w], err = count(1<<w, narrow[w]); err != nil {
			return err
		}
	}
	fnCounts := make([][]frontend.Variable, len(fns))
	for i, t := range fns {
		in := make([]frontend.Variable, 0, len(t.values)+2*len(t.queries))
		for _, v := range t.values {
			in = append(in, v)
		}
		for _, q := range t.queries {
			in = append(in, q.idx, q.out)
			committed = append(committed, q.idx, q.out)
		}
		if fnCounts[i], err = api.Compiler().NewHint(indexCountHint, len(t.values), in...); err != nil {
			return err
		}
		committed = append(committed, fnCounts[i]...)
	}

	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		shifted := map[int64]frontend.Variable{0: r} // r − c
		single := func(qs []query, size int, counts []frontend.Variable) {
			den := make([]frontend.Variable, len(qs))
			for i, q := range qs {
				rc, ok := shifted[q.c]
				if !ok {
					rc = api.Sub(r, q.c)
					shifted[q.c] = rc
				}
				den[i] = api.Sub(rc, q.v)
			}
			lhs := invertAll(api, den)
			rhs := make([]frontend.Variable, size)
			for t := range size {
				rhs[t] = rowQuotient(api, counts[t], r, t)
			}
			api.AssertIsEqual(sum(api, lhs), sum(api, rhs))
		}
		single(main, 1<<k, mainCounts)
		for _, w := range widths {
			single(narrow[w], 1<<w, narrowCounts[w])
		}
		if len(fns) == 0 {
			return nil
		}
		h, err := poseidon2.New(api)
		if err != nil {
			return err
		}
		h.Write(r)
		beta := h.Sum()
		for i, t := range fns {
			den := make([]frontend.Variable, len(t.queries))
			for j, q := range t.queries {
				den[j] = api.Sub(r, api.Add(q.idx, api.Mul(beta, q.out)))
			}
			lhs := invertAll(api, den)
			rhs := make([]frontend.Variable, len(t.values))
			for row, v := range t.values {
				rhs[row] = api.DivUnchecked(fnCounts[i][row], api.Sub(r, api.Add(row, api.Mul(beta, v))))
			}
			api.AssertIsEqual(sum(api, lhs), sum(api, rhs))
		}
		return nil
	}, committed...)
	return nil
}

// invertAll inverts every value, in one batch where the builder can.
func invertAll(api frontend.API, v []frontend.Variable) []frontend.Variable {
	if b, ok := api.(frontend.BatchInverter); ok && len(v) > 0 {
		return b.BatchInvert(v)
	}
	out := make([]frontend.Variable, len(v))
	for i := range v {
		out[i] = api.Inverse(v[i])
	}
	return out
}

// rowQuotient is m/(r − t) for a constant row t: one PLONK gate where the
// builder takes them, q·r − t·q − m = 0.
func rowQuotient(api frontend.API, m, r frontend.Variable, t int) frontend.Variable {
	if p, ok := api.(frontend.PlonkAPI); ok {
		q, err := api.Compiler().NewHint(divHint, 1, m, r, t)
		if err == nil {
			p.AddPlonkConstraint(q[0], r, m, -t, 0, -1, 1, 0)
			return q[0]
		}
	}
	return api.DivUnchecked(m, api.Sub(r, t))
}

// divHint computes m/(r − t). inputs: m, r, t.
func divHint(field *big.Int, in, out []*big.Int) error {
	d := new(big.Int).Sub(in[1], in[2])
	d.Mod(d, field)
	if d.Sign() == 0 {
		return fmt.Errorf("divHint: division by zero")
	}
	d.ModInverse(d, field)
	out[0].Mul(in[0], d).Mod(out[0], field)
	return nil
}

// inversePow2 is 2^−n in the field f.
func inversePow2(f *big.Int, n uint) *big.Int {
	return new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), n), f)
}
