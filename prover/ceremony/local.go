package ceremony

import "github.com/consensys/gnark/constraint"

// LocalPhase1 runs a whole phase 1 of 2^power powers in this process, one
// contribution per name, sealed with beacon, and returns the transcript
// and its SRS. Every contributor's randomness passes through this one
// process, so it is for demonstrations and tests: it shows the steps,
// not the trust of a ceremony.
func LocalPhase1(power int, beacon []byte, names ...string) (*Transcript, *SRS, error) {
	t, err := StartPhase1(power)
	if err != nil {
		return nil, nil, err
	}
	for _, name := range names {
		if _, err := Contribute(t, name); err != nil {
			return nil, nil, err
		}
	}
	srs, err := SealSRS(t, beacon, nil)
	if err != nil {
		return nil, nil, err
	}
	return t, srs, nil
}

// LocalPhase2 runs a whole phase 2 of a circuit in this process from srs,
// one contribution per name, sealed with beacon: for demonstrations and
// tests, as LocalPhase1.
func LocalPhase2(srs *SRS, ccs constraint.ConstraintSystem, circuit string, beacon []byte, names ...string) (*Transcript, error) {
	t, err := StartPhase2(srs, ccs, circuit)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if _, err := Contribute(t, name); err != nil {
			return nil, err
		}
	}
	if err := Seal(t, beacon, nil); err != nil {
		return nil, err
	}
	return t, nil
}

// PowerFor is the phase-1 power a circuit of n constraints needs: its
// domain has 2^PowerFor(n) points.
func PowerFor(n int) int { return log2(max(n, 2)) }
