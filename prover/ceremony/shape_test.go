package ceremony

import (
	"encoding/binary"
	"errors"
	"testing"
)

// TestStateLayout: the states gnark writes pass the layout check; one
// that declares more points than it holds is refused before decoding,
// as is a phase-1 header whose power the states cannot hold.
func TestStateLayout(t *testing.T) {
	p1, err := StartPhase1(3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Contribute(p1, "a"); err != nil {
		t.Fatal(err)
	}
	if n := len(p1.States[0]); n != 192*8+233 {
		t.Fatalf("phase-1 start of 2^3: %d bytes", n)
	}
	for i := range p1.States {
		if err := p1.checkState(i); err != nil {
			t.Fatalf("state %d: %v", i, err)
		}
	}
	// a header claiming 2^28 powers over states of 2^3: refused by size,
	// not by allocating the start
	big := clone(p1)
	big.Header.Power = 28
	if err := Verify(big, nil); !errors.Is(err, ErrStart) {
		t.Fatalf("power 28 over small states: %v", err)
	}

	_, srs := sealedPhase1(t)
	p2, err := StartPhase2(srs, compileCubic(t), "cubic")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Contribute(p2, "a"); err != nil {
		t.Fatal(err)
	}
	for i := range p2.States {
		if err := p2.checkState(i); err != nil {
			t.Fatalf("phase-2 state %d: %v", i, err)
		}
	}
	// PKK's length, after the commitment count and [δ]₁, set to 2^32−1
	bad := clone(p2)
	binary.BigEndian.PutUint32(bad.States[1][2+g1Size:], 0xFFFFFFFF)
	bad.Header.Contributions[0].Hash = stateHash(bad.States[1])
	if err := Verify(bad, nil); !errors.Is(err, ErrContribution) {
		t.Fatalf("a state declaring 2^32 points: %v", err)
	}
	if _, err := Contribute(bad, "b"); !errors.Is(err, ErrContribution) {
		t.Fatalf("contributing on a state declaring 2^32 points: %v", err)
	}
	// a point written uncompressed
	raw := clone(p2)
	raw.States[1][2] &^= 0xC0
	raw.Header.Contributions[0].Hash = stateHash(raw.States[1])
	if err := Verify(raw, nil); !errors.Is(err, ErrContribution) {
		t.Fatalf("an uncompressed point: %v", err)
	}
}
