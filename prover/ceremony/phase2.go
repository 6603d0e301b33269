package ceremony

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// domainOf is the Groth16 domain of a constraint system: the power of two
// gnark's setup uses.
func domainOf(r1cs *cs.R1CS) int {
	n := int(ecc.NextPowerOfTwo(uint64(r1cs.GetNbConstraints())))
	return max(n, 2)
}

// asR1CS returns the BN254 R1CS a Groth16 phase 2 needs.
func asR1CS(ccs constraint.ConstraintSystem) (*cs.R1CS, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("a phase 2 needs a BN254 R1CS (Groth16), not %T", ccs)
	}
	return r, nil
}

// start is the phase-2 state 0 of a circuit from a phase 1, with the
// circuit's evaluations the keys are sealed from (Initialize), and the
// phase 1 cut to the circuit's domain.
func start(srs *SRS, r1cs *cs.R1CS) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, *mpcsetup.SrsCommons, error) {
	commons, err := srs.For(domainOf(r1cs))
	if err != nil {
		return nil, nil, nil, err
	}
	l, err := srs.Lagrange(domainOf(r1cs))
	if err != nil {
		return nil, nil, nil, err
	}
	p, evals, err := initialize(r1cs, commons, l)
	if err != nil {
		return nil, nil, nil, err
	}
	return p, evals, commons, nil
}

// StartPhase2 starts the phase 2 of a circuit (its R1CS, named circuit)
// from a sealed phase 1, whose Info.SHA256 must be set (ReadSRSFile sets
// it). State 0 holds no randomness beyond phase 1's: the first
// contribution brings some.
func StartPhase2(srs *SRS, ccs constraint.ConstraintSystem, circuit string) (*Transcript, error) {
	if srs.Info.SHA256 == "" {
		return nil, fmt.Errorf("the phase-1 SRS has no file hash: read it with ReadSRSFile")
	}
	r1cs, err := asR1CS(ccs)
	if err != nil {
		return nil, err
	}
	p, _, _, err := start(srs, r1cs)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		return nil, err
	}
	info := srs.Info
	return &Transcript{Header: Header{Version: Version, Phase: Phase2, Power: log2(domainOf(r1cs)), Circuit: circuit,
		Constraints: r1cs.GetNbConstraints(), SRS: &info, Contributions: []Contribution{}}, States: [][]byte{buf.Bytes()}}, nil
}

// verifyPhase2Chain checks every contribution of a phase-2 transcript
// against the state before it, from state 0 as it is, and returns the
// last state.
func verifyPhase2Chain(t *Transcript, progress func(i int)) (*mpcsetup.Phase2, error) {
	if t.Header.Phase != Phase2 {
		return nil, fmt.Errorf("%w: a %s transcript, not phase 2", ErrFormat, t.Header.Phase)
	}
	if err := t.checkHashes(); err != nil {
		return nil, err
	}
	for i := range t.States {
		if err := t.checkState(i); err != nil {
			return nil, err
		}
		// the number of commitments leads every state
		if !bytes.Equal(t.States[i][:2], t.States[0][:2]) {
			return nil, fmt.Errorf("%w: contribution %d%s: a state for another number of commitments", ErrContribution, i, named(t.Header.Contributions[i-1].Name))
		}
	}
	prev := new(mpcsetup.Phase2)
	if err := decodeState(prev, t.States[0]); err != nil {
		return nil, fmt.Errorf("%w: state 0: %v", ErrStart, err)
	}
	// state 0 holds δ = σ = 1: the contributions alone make them secret
	_, _, g1, g2 := curve.Generators()
	if !prev.Parameters.G1.Delta.Equal(&g1) || !prev.Parameters.G2.Delta.Equal(&g2) {
		return nil, fmt.Errorf("%w: state 0 has δ ≠ 1: it is not a start", ErrStart)
	}
	for i := range prev.Parameters.G2.Sigma {
		if !prev.Parameters.G2.Sigma[i].Equal(&g2) {
			return nil, fmt.Errorf("%w: state 0 has σ[%d] ≠ 1: it is not a start", ErrStart, i)
		}
	}
	if len(prev.Challenge) != 0 {
		return nil, fmt.Errorf("%w: state 0 answers a challenge: it is not a start", ErrStart)
	}
	for i := 1; i < len(t.States); i++ {
		if progress != nil {
			progress(i)
		}
		next := new(mpcsetup.Phase2)
		if err := decodeState(next, t.States[i]); err != nil {
			return nil, fmt.Errorf("%w: contribution %d%s: %v", ErrContribution, i, named(t.Header.Contributions[i-1].Name), err)
		}
		if len(next.Sigmas) != len(prev.Sigmas) {
			return nil, fmt.Errorf("%w: contribution %d%s: %d commitment keys, the start has %d", ErrContribution, i, named(t.Header.Contributions[i-1].Name), len(next.Sigmas), len(prev.Sigmas))
		}
		if err := prev.Verify(next); err != nil {
			return nil, contributionError(t, i, err)
		}
		prev = next
	}
	return prev, nil
}

// VerifyPhase2 checks a sealed phase-2 transcript end to end and returns
// the keys it seals: that it names this circuit and this phase 1, that its
// state 0 is the one they give (recomputed), every contribution, and the
// beacon (applied here: the keys are a deterministic function of the
// transcript, so anyone can rerun this and compare verifying keys).
func VerifyPhase2(t *Transcript, srs *SRS, ccs constraint.ConstraintSystem, circuit string) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	if t.Header.Phase != Phase2 {
		return nil, nil, fmt.Errorf("%w: a %s transcript, not phase 2", ErrFormat, t.Header.Phase)
	}
	if !t.Sealed() {
		return nil, nil, fmt.Errorf("%w: seal it with a beacon first (zkinfer ceremony seal)", ErrNotSealed)
	}
	if t.Contributions() == 0 {
		return nil, nil, fmt.Errorf("%w: the transcript has no contribution: a beacon alone is public randomness", ErrContribution)
	}
	if t.Header.Circuit != circuit {
		return nil, nil, fmt.Errorf("%w: the transcript is for circuit %s, not %s (another model or other circuit flags)", ErrStart, t.Header.Circuit, circuit)
	}
	if t.Header.SRS.SHA256 != srs.Info.SHA256 {
		return nil, nil, fmt.Errorf("%w: the transcript starts from the phase-1 SRS with sha256 %s, not %s", ErrStart, t.Header.SRS.SHA256, srs.Info.SHA256)
	}
	r1cs, err := asR1CS(ccs)
	if err != nil {
		return nil, nil, err
	}
	if p := log2(domainOf(r1cs)); t.Header.Power != p {
		return nil, nil, fmt.Errorf("%w: the transcript's domain is 2^%d, the circuit's 2^%d", ErrStart, t.Header.Power, p)
	}
	p0, evals, commons, err := start(srs, r1cs)
	if err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	if _, err := p0.WriteTo(&buf); err != nil {
		return nil, nil, err
	}
	if !bytes.Equal(buf.Bytes(), t.States[0]) {
		return nil, nil, fmt.Errorf("%w: state 0 is not the start of circuit %s from phase 1 %s", ErrStart, circuit, Short(srs.Info.SHA256))
	}
	last, err := verifyPhase2Chain(t, nil)
	if err != nil {
		return nil, nil, err
	}
	beacon, _ := ParseBeacon(t.Header.Beacon)
	pk, vk := last.Seal(commons, evals, beacon)
	return pk, vk, nil
}
