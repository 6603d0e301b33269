package ceremony

import (
	"fmt"
	"math"
	"math/big"
	"runtime"
	"slices"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	cmpcsetup "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// Initialize is the phase-2 state 0 of a circuit (its R1CS) from a phase
// 1, with the circuit's evaluations the keys are sealed from: what gnark's
// (*mpcsetup.Phase2).Initialize returns for the SRS cut to the circuit's
// domain, to the byte, but over all cores, with the Lagrange form of the
// SRS from SRS.Lagrange (cached when srs.LagrangeDir is set) and cheaper
// scalar multiplications for small coefficients.
func Initialize(srs *SRS, ccs constraint.ConstraintSystem) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, error) {
	r1cs, err := asR1CS(ccs)
	if err != nil {
		return nil, nil, err
	}
	p, evals, _, err := start(srs, r1cs)
	return p, evals, err
}

// termSlot says which of a constraint's linear expressions a term is in.
type termSlot uint8

const (
	slotL termSlot = iota
	slotR
	slotO
)

// wireTerm is a term of a constraint, filed under its wire.
type wireTerm struct {
	constraint uint32
	coeff      uint32
	slot       termSlot
}

// coeffKind is how a coefficient c is applied to a point.
type coeffKind uint8

const (
	coeffZero  coeffKind = iota
	coeffSmall           // ±c with c < 2⁶⁴: a double-and-add of c, negated if negative
	coeffBig             // a 254-bit scalar multiplication
)

// scalar is a coefficient ready to multiply points by.
type scalar struct {
	kind coeffKind
	neg  bool
	mag  uint64
	big  big.Int
}

// scalarsOf prepares the coefficients of a constraint system.
func scalarsOf(coeffs []fr.Element) []scalar {
	s := make([]scalar, len(coeffs))
	for i := range coeffs {
		c := &coeffs[i]
		switch {
		case c.IsZero():
			s[i].kind = coeffZero
		case c.IsUint64():
			s[i] = scalar{kind: coeffSmall, mag: c.Uint64()}
		default:
			var neg fr.Element
			neg.Neg(c)
			if neg.IsUint64() {
				s[i] = scalar{kind: coeffSmall, neg: true, mag: neg.Uint64()}
			} else {
				s[i].kind = coeffBig
				c.BigInt(&s[i].big)
			}
		}
	}
	return s
}

// mulAddG1 adds s·p to acc.
func mulAddG1(acc *curve.G1Jac, p *curve.G1Affine, s *scalar) {
	switch s.kind {
	case coeffZero:
		return
	case coeffSmall:
		if s.mag == 1 {
			if s.neg {
				var q curve.G1Affine
				q.Neg(p)
				acc.AddMixed(&q)
			} else {
				acc.AddMixed(p)
			}
			return
		}
		var t curve.G1Jac
		mulSmallG1(&t, p, s.mag)
		if s.neg {
			t.Neg(&t)
		}
		acc.AddAssign(&t)
	default:
		var t curve.G1Jac
		t.FromAffine(p)
		t.ScalarMultiplication(&t, &s.big)
		acc.AddAssign(&t)
	}
}

// mulAddG2 adds s·p to acc.
func mulAddG2(acc *curve.G2Jac, p *curve.G2Affine, s *scalar) {
	switch s.kind {
	case coeffZero:
		return
	case coeffSmall:
		if s.mag == 1 {
			if s.neg {
				var q curve.G2Affine
				q.Neg(p)
				acc.AddMixed(&q)
			} else {
				acc.AddMixed(p)
			}
			return
		}
		var t curve.G2Jac
		mulSmallG2(&t, p, s.mag)
		if s.neg {
			t.Neg(&t)
		}
		acc.AddAssign(&t)
	default:
		var t curve.G2Jac
		t.FromAffine(p)
		t.ScalarMultiplication(&t, &s.big)
		acc.AddAssign(&t)
	}
}

// naf is the non-adjacent form of c (c > 0), least significant digit
// first, and its length.
func naf(c uint64) (d [65]int8, n int) {
	// c < 2⁶⁴ has a NAF of at most 65 digits; carry into a 65th bit
	// through a uint64 pair
	hi := uint64(0)
	for c != 0 || hi != 0 {
		if c&1 == 1 {
			if c&3 == 3 {
				d[n] = -1
				c++ // c ≡ 3 mod 4: c+1 carries
				if c == 0 {
					hi++
				}
			} else {
				d[n] = 1
				c--
			}
		}
		c = c>>1 | hi<<63
		hi >>= 1
		n++
	}
	return d, n
}

// mulSmallG1 sets r to c·p (c > 0) by a double-and-add over the NAF of c
// in Jacobian coordinates.
func mulSmallG1(r *curve.G1Jac, p *curve.G1Affine, c uint64) {
	d, n := naf(c)
	var q curve.G1Affine
	q.Neg(p)
	r.FromAffine(p) // the leading digit is 1
	for i := n - 2; i >= 0; i-- {
		r.DoubleAssign()
		switch d[i] {
		case 1:
			r.AddMixed(p)
		case -1:
			r.AddMixed(&q)
		}
	}
}

// mulSmallG2 is mulSmallG1 in 𝔾₂.
func mulSmallG2(r *curve.G2Jac, p *curve.G2Affine, c uint64) {
	d, n := naf(c)
	var q curve.G2Affine
	q.Neg(p)
	r.FromAffine(p)
	for i := n - 2; i >= 0; i-- {
		r.DoubleAssign()
		switch d[i] {
		case 1:
			r.AddMixed(p)
		case -1:
			r.AddMixed(&q)
		}
	}
}

// termsByWire files the terms of the constraints under their wires:
// wire w's are terms[offsets[w]:offsets[w+1]].
func termsByWire(r1cs *cs.R1CS, nWires int) (terms []wireTerm, offsets []int, err error) {
	type flat struct {
		wireTerm
		wire uint32
	}
	var all []flat
	counts := make([]int, nWires+1)
	i := 0
	it := r1cs.GetR1CIterator()
	for c := it.Next(); c != nil; c = it.Next() {
		for slot, exp := range []constraint.LinearExpression{c.L, c.R, c.O} {
			for _, t := range exp {
				w := int(t.WireID())
				if w < 0 || w >= nWires {
					return nil, nil, fmt.Errorf("constraint %d refers to wire %d of %d", i, w, nWires)
				}
				if int(t.CoeffID()) >= len(r1cs.Coefficients) {
					return nil, nil, fmt.Errorf("constraint %d refers to coefficient %d of %d", i, t.CoeffID(), len(r1cs.Coefficients))
				}
				all = append(all, flat{wireTerm{uint32(i), uint32(t.CoeffID()), termSlot(slot)}, uint32(w)})
				counts[w+1]++
			}
		}
		i++
	}
	offsets = counts
	for w := 1; w <= nWires; w++ {
		offsets[w] += offsets[w-1]
	}
	terms = make([]wireTerm, len(all))
	next := slices.Clone(offsets[:nWires])
	for _, t := range all {
		terms[next[t.wire]] = t.wireTerm
		next[t.wire]++
	}
	return terms, offsets, nil
}

// accumulation is the sums over each wire's terms, in Jacobian
// coordinates: A (at τ, terms of L), B (at τ in 𝔾₁ and 𝔾₂, terms of R)
// and K = β·A + α·B + C (at βτ for L, ατ for R, τ for O).
type accumulation struct {
	A, B1, K []curve.G1Jac
	B2       []curve.G2Jac
}

// add adds the partial sums of one wire.
func (a *accumulation) add(w int, A, B1, K *curve.G1Jac, B2 *curve.G2Jac) {
	a.A[w].AddAssign(A)
	a.B1[w].AddAssign(B1)
	a.K[w].AddAssign(K)
	a.B2[w].AddAssign(B2)
}

// accumulate computes the sums of every wire over its terms, over all
// cores: the terms, in the order of their wires, are cut into chunks
// that goroutines take in turn. A chunk sums its first wire apart (a
// chunk before it may hold terms of the same wire), the wires after it
// straight into the result (no other chunk has terms of them).
func accumulate(terms []wireTerm, offsets []int, sc []scalar, coeffs []fr.Element, l *Lagrange) *accumulation {
	nWires := len(offsets) - 1
	acc := &accumulation{
		A:  make([]curve.G1Jac, nWires),
		B1: make([]curve.G1Jac, nWires),
		K:  make([]curve.G1Jac, nWires),
		B2: make([]curve.G2Jac, nWires),
	}
	parallelize(nWires, func(start, end int) {
		for w := start; w < end; w++ {
			acc.A[w].Z.SetZero()
			acc.B1[w].Z.SetZero()
			acc.K[w].Z.SetZero()
			acc.B2[w].Z.SetZero()
		}
	})
	if len(terms) == 0 {
		return acc
	}
	nChunks := min(len(terms), 64*runtime.GOMAXPROCS(0))
	type head struct {
		wire     int
		A, B1, K curve.G1Jac
		B2       curve.G2Jac
		nonEmpty bool
	}
	heads := make([]head, nChunks)
	runTasks(nChunks, func(k int) {
		start, end := k*len(terms)/nChunks, (k+1)*len(terms)/nChunks
		if start == end {
			return
		}
		// the wire of term start
		w, _ := slices.BinarySearch(offsets, start+1)
		w--
		var ms msmScratch
		for first := true; start < end; first = false {
			segEnd := min(end, offsets[w+1])
			var A, B1, K curve.G1Jac
			var B2 curve.G2Jac
			sumTerms(terms[start:segEnd], sc, coeffs, l, &ms, &A, &B1, &K, &B2)
			if first {
				heads[k] = head{wire: w, A: A, B1: B1, K: K, B2: B2, nonEmpty: true}
			} else {
				acc.A[w], acc.B1[w], acc.K[w], acc.B2[w] = A, B1, K, B2
			}
			start = segEnd
			for w++; w < nWires && offsets[w+1] == offsets[w]; w++ {
				// a wire in no constraint: its sums stay at infinity
			}
		}
	})
	for k := range heads {
		if h := &heads[k]; h.nonEmpty {
			acc.add(h.wire, &h.A, &h.B1, &h.K, &h.B2)
		}
	}
	return acc
}

// msmThreshold is the number of terms of a wire from which its sums are
// multi-scalar multiplications (Pippenger's buckets) rather than one
// scalar multiplication per term.
var msmThreshold = 32

// msmScratch holds the points and scalars of a wire's multi-scalar
// multiplications.
type msmScratch struct {
	a, b1, k []curve.G1Affine
	b2       []curve.G2Affine
	sa, sb   []fr.Element
	sk       []fr.Element
}

// sumTerms sets A, B1, K and B2 to the sums over terms, all of one wire.
func sumTerms(terms []wireTerm, sc []scalar, coeffs []fr.Element, l *Lagrange, ms *msmScratch, A, B1, K *curve.G1Jac, B2 *curve.G2Jac) {
	A.Z.SetZero()
	B1.Z.SetZero()
	K.Z.SetZero()
	B2.Z.SetZero()
	if len(terms) < msmThreshold {
		for j := range terms {
			t := &terms[j]
			s := &sc[t.coeff]
			i := t.constraint
			switch t.slot {
			case slotL:
				mulAddG1(A, &l.Tau1[i], s)
				mulAddG1(K, &l.BetaTau1[i], s)
			case slotR:
				mulAddG1(B1, &l.Tau1[i], s)
				mulAddG2(B2, &l.Tau2[i], s)
				mulAddG1(K, &l.AlphaTau1[i], s)
			default:
				mulAddG1(K, &l.Tau1[i], s)
			}
		}
		return
	}
	ms.a, ms.b1, ms.k, ms.b2 = ms.a[:0], ms.b1[:0], ms.k[:0], ms.b2[:0]
	ms.sa, ms.sb, ms.sk = ms.sa[:0], ms.sb[:0], ms.sk[:0]
	for j := range terms {
		t := &terms[j]
		if sc[t.coeff].kind == coeffZero {
			continue
		}
		c := coeffs[t.coeff]
		i := t.constraint
		switch t.slot {
		case slotL:
			ms.a, ms.sa = append(ms.a, l.Tau1[i]), append(ms.sa, c)
			ms.k, ms.sk = append(ms.k, l.BetaTau1[i]), append(ms.sk, c)
		case slotR:
			ms.b1, ms.sb = append(ms.b1, l.Tau1[i]), append(ms.sb, c)
			ms.b2 = append(ms.b2, l.Tau2[i])
			ms.k, ms.sk = append(ms.k, l.AlphaTau1[i]), append(ms.sk, c)
		default:
			ms.k, ms.sk = append(ms.k, l.Tau1[i]), append(ms.sk, c)
		}
	}
	one := ecc.MultiExpConfig{NbTasks: 1}
	// MultiExp fails only on slices of different lengths
	if len(ms.a) > 0 {
		A.MultiExp(ms.a, ms.sa, one)
	}
	if len(ms.b1) > 0 {
		B1.MultiExp(ms.b1, ms.sb, one)
		B2.MultiExp(ms.b2, ms.sb, one)
	}
	if len(ms.k) > 0 {
		K.MultiExp(ms.k, ms.sk, one)
	}
}

// mergeIterator walks the merge of sorted slices: gnark's
// backend/groth16/internal.MergeIterator, which is not importable.
type mergeIterator struct {
	slices [][]int
	least  int
}

func newMergeIterator(s [][]int) *mergeIterator {
	m := &mergeIterator{slices: slices.Clone(s)}
	m.findLeast()
	return m
}

func (m *mergeIterator) findLeast() {
	value := math.MaxInt
	m.least = -1
	for j := range m.slices {
		if len(m.slices[j]) == 0 {
			continue
		}
		if v := m.slices[j][0]; v < value {
			value = v
			m.least = j
		}
	}
}

// indexIfNext returns the index of the slice whose next value is value,
// and moves past it, if the smallest next value is value; -1 otherwise.
func (m *mergeIterator) indexIfNext(value int) int {
	if m.least == -1 || m.slices[m.least][0] != value {
		return -1
	}
	index := m.least
	m.slices[index] = m.slices[index][1:]
	m.findLeast()
	return index
}

// initialize is gnark's (*mpcsetup.Phase2).Initialize(r1cs, commons)
// with the Lagrange form l of commons: the same state and evaluations.
func initialize(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, l *Lagrange) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, error) {
	n := len(commons.G1.AlphaTau)
	if n < r1cs.GetNbConstraints() {
		return nil, nil, fmt.Errorf("%d constraints for a domain of %d points", r1cs.GetNbConstraints(), n)
	}
	if err := l.check(); err != nil {
		return nil, nil, err
	}
	if l.N() != n {
		return nil, nil, fmt.Errorf("a Lagrange form of %d points for a domain of %d", l.N(), n)
	}
	if len(commons.G1.Tau) < 2*n-1 {
		return nil, nil, fmt.Errorf("a phase 1 of %d powers of τ for a domain of %d points", len(commons.G1.Tau), n)
	}
	commitments, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return nil, nil, fmt.Errorf("commitments of type %T in a Groth16 R1CS", r1cs.CommitmentInfo)
	}
	nbInternal, nbSecret, nbPublic := r1cs.GetNbVariables()
	nWires := nbInternal + nbSecret + nbPublic

	terms, offsets, err := termsByWire(r1cs, nWires)
	if err != nil {
		return nil, nil, err
	}
	acc := accumulate(terms, offsets, scalarsOf(r1cs.Coefficients), r1cs.Coefficients, l)

	var evals mpcsetup.Phase2Evaluations
	evals.PublicAndCommitmentCommitted = commitments.GetPublicAndCommitmentCommitted(commitments.CommitmentIndexes(), nbPublic)
	evals.G1.A = curve.BatchJacobianToAffineG1(acc.A)
	evals.G1.B = curve.BatchJacobianToAffineG1(acc.B1)
	evals.G2.B = batchJacobianToAffineG2(acc.B2)
	K := curve.BatchJacobianToAffineG1(acc.K)

	p := new(mpcsetup.Phase2)
	_, _, g1, g2 := curve.Generators()
	p.Parameters.G1.Delta = g1
	p.Parameters.G2.Delta = g2

	// Z[i] = τ⁽ⁱ⁺ⁿ⁾ - τⁱ for i ≤ n-2, in bit-reversed order (the n-th, at
	// infinity, stays last and is dropped)
	z := make([]curve.G1Jac, n)
	tau := commons.G1.Tau
	parallelize(n-1, func(start, end int) {
		for i := start; i < end; i++ {
			var neg curve.G1Affine
			neg.Neg(&tau[i])
			z[i].FromAffine(&tau[i+n])
			z[i].AddMixed(&neg)
		}
	})
	z[n-1].Z.SetZero()
	p.Parameters.G1.Z = curve.BatchJacobianToAffineG1(z)
	bitReverse(p.Parameters.G1.Z)
	p.Parameters.G1.Z = p.Parameters.G1.Z[:n-1]

	evals.G1.CKK = make([][]curve.G1Affine, len(commitments))
	p.Sigmas = make([]cmpcsetup.UpdateProof, len(commitments))
	p.Parameters.G1.SigmaCKK = make([][]curve.G1Affine, len(commitments))
	p.Parameters.G2.Sigma = make([]curve.G2Affine, len(commitments))
	nbCommitted := 0
	for j := range commitments {
		evals.G1.CKK[j] = make([]curve.G1Affine, 0, len(commitments[j].PrivateCommitted))
		p.Parameters.G2.Sigma[j] = g2
		nbCommitted += len(commitments[j].PrivateCommitted)
	}

	// K goes to the commitment keys of the privately committed wires, the
	// verifying key for the public wires and the commitments, the proving
	// key for the rest
	p.Parameters.G1.PKK = make([]curve.G1Affine, 0, max(nbInternal+nbSecret-nbCommitted-len(commitments), 0))
	evals.G1.VKK = make([]curve.G1Affine, 0, nbPublic+len(commitments))
	committed := newMergeIterator(commitments.GetPrivateCommitted())
	nbCommitmentsSeen := 0
	for j := range nWires {
		commitmentIndex := committed.indexIfNext(j)
		isCommitment := nbCommitmentsSeen < len(commitments) && commitments[nbCommitmentsSeen].CommitmentIndex == j
		switch {
		case commitmentIndex != -1:
			evals.G1.CKK[commitmentIndex] = append(evals.G1.CKK[commitmentIndex], K[j])
		case j < nbPublic || isCommitment:
			evals.G1.VKK = append(evals.G1.VKK, K[j])
		default:
			p.Parameters.G1.PKK = append(p.Parameters.G1.PKK, K[j])
		}
		if isCommitment {
			nbCommitmentsSeen++
		}
	}
	for j := range commitments {
		p.Parameters.G1.SigmaCKK[j] = slices.Clone(evals.G1.CKK[j])
	}
	p.Challenge = nil
	return p, &evals, nil
}
