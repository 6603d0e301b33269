package ceremony

import "fmt"

// gnark's decoders allocate slices of the lengths an encoding declares
// before reading a point, so a few crafted bytes could ask for terabytes.
// The states of a transcript are therefore walked first: every point must
// be in the compressed form gnark writes (32 bytes in G1, 64 in G2, flag
// bits set), every declared length must fit in the bytes that follow, and
// the state must end where its layout says. Decoding then allocates no
// more than the state's own size allows.

const (
	g1Size    = 32
	g2Size    = 64
	proofSize = g1Size + g2Size // an mpcsetup.UpdateProof
	// maxCommitments keeps gnark's per-commitment domain separation
	// (DST_SIGMA + i, one byte) apart from DST_DELTA, and below its panic.
	maxCommitments = 254
)

// compressed reports whether the point starting at b[off] is flagged as
// compressed (gnark's two top bits are 00 only for uncompressed points).
func compressed(b []byte, off int) bool { return b[off]&0xC0 != 0 }

type walker struct {
	b   []byte
	off int
	err error
}

func (w *walker) fail(format string, a ...any) {
	if w.err == nil {
		w.err = fmt.Errorf(format, a...)
	}
}

// points skips n points of size each, checking their flags.
func (w *walker) points(n uint64, size int) {
	if w.err != nil {
		return
	}
	if n > uint64(len(w.b)-w.off)/uint64(size) {
		w.fail("%d points of %d bytes at byte %d: the state has %d bytes", n, size, w.off, len(w.b))
		return
	}
	for range n {
		if !compressed(w.b, w.off) {
			w.fail("point at byte %d is not in compressed form", w.off)
			return
		}
		w.off += size
	}
}

func (w *walker) uint(n int) uint64 {
	if w.err != nil {
		return 0
	}
	if len(w.b)-w.off < n {
		w.fail("the state ends at byte %d, inside a length field", len(w.b))
		return 0
	}
	var v uint64
	for _, c := range w.b[w.off : w.off+n] {
		v = v<<8 | uint64(c)
	}
	w.off += n
	return v
}

// challenge skips gnark's short byte string (one length byte) of the
// challenge: empty in a start, a SHA-256 after a contribution.
func (w *walker) challenge() {
	c := w.uint(1)
	if w.err == nil && c != 0 && c != 32 {
		w.fail("challenge of %d bytes", c)
	}
	w.off += int(c)
}

func (w *walker) end() error {
	if w.err == nil && w.off != len(w.b) {
		w.fail("the state's layout ends at byte %d, the state has %d", w.off, len(w.b))
	}
	return w.err
}

// checkPhase1State checks that b is the layout of a phase-1 state for
// 2^power powers: three update proofs, N, [β]₂, [τⁱ]₁ (i ≥ 1), [τⁱ]₂
// (i ≥ 1), [βτⁱ]₁, [ατⁱ]₁, the challenge.
func checkPhase1State(b []byte, power int) error {
	w := &walker{b: b}
	for range 3 {
		w.points(1, g1Size)
		w.points(1, g2Size)
	}
	n := w.uint(8)
	if w.err == nil && n != uint64(1)<<power {
		w.fail("a domain of %d points, the transcript's is 2^%d", n, power)
	}
	if w.err != nil {
		return w.err
	}
	w.points(1, g2Size)
	w.points(2*n-2, g1Size)
	w.points(n-1, g2Size)
	w.points(2*n, g1Size)
	w.challenge()
	return w.end()
}

// checkPhase2State checks that b is the layout of a phase-2 state: the
// number of commitments, [δ]₁, the proving-key points (length-prefixed),
// [δ]₂, the commitment keys, [σᵢ]₂, the update proofs, the challenge.
func checkPhase2State(b []byte) error {
	w := &walker{b: b}
	nb := w.uint(2)
	if nb > maxCommitments {
		w.fail("%d commitments: gnark's phase 2 takes at most %d", nb, maxCommitments)
		return w.err
	}
	w.points(1, g1Size)
	w.points(w.uint(4), g1Size) // PKK
	w.points(w.uint(4), g1Size) // Z
	w.points(1, g2Size)
	for range nb {
		if w.err != nil {
			break
		}
		w.points(w.uint(4), g1Size) // σᵢ·CKKᵢ
	}
	w.points(nb, g2Size)
	for range 1 + nb {
		if w.err != nil {
			break
		}
		w.points(1, g1Size)
		w.points(1, g2Size)
	}
	w.challenge()
	return w.end()
}

// checkState checks state i of t before it is decoded.
func (t *Transcript) checkState(i int) error {
	var err error
	switch t.Header.Phase {
	case Phase1:
		err = checkPhase1State(t.States[i], t.Header.Power)
	case Phase2:
		err = checkPhase2State(t.States[i])
	default:
		err = fmt.Errorf("unknown phase %q", t.Header.Phase)
	}
	if err != nil {
		if i == 0 {
			return fmt.Errorf("%w: state 0: %v", ErrStart, err)
		}
		return fmt.Errorf("%w: contribution %d%s: %v", ErrContribution, i, named(t.Header.Contributions[i-1].Name), err)
	}
	return nil
}
