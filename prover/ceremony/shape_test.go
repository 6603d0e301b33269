package ceremony

import (
	"encoding/binary"
	"errors"
	"path/filepath"
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

// TestNoContributionNoKeys: a start sealed by hand, with no contribution,
// gives nothing: its secrets would be the public beacon's.
func TestNoContributionNoKeys(t *testing.T) {
	p1, _ := StartPhase1(3)
	p1.Header.Beacon = "00112233445566778899aabbccddeeff"
	if _, err := SealPhase1(p1, nil); !errors.Is(err, ErrContribution) {
		t.Fatalf("phase 1 sealed with no contribution: %v", err)
	}
	_, srs := sealedPhase1(t)
	ccs := compileCubic(t)
	p2, err := StartPhase2(srs, ccs, "cubic")
	if err != nil {
		t.Fatal(err)
	}
	p2.Header.Beacon = "00112233445566778899aabbccddeeff"
	if _, _, err := VerifyPhase2(p2, srs, ccs, "cubic"); !errors.Is(err, ErrContribution) {
		t.Fatalf("phase 2 sealed with no contribution: %v", err)
	}
	// more commitments than gnark's phase 2 separates
	b := append([]byte{}, p2.States[0]...)
	binary.BigEndian.PutUint16(b, 255)
	if err := checkPhase2State(b); err == nil {
		t.Fatal("a state of 255 commitments passed the layout check")
	}
}

// TestLoadPhase1: a buyer gives the phase 1 it trusts in any of its three
// forms and gets the SRS file the provider's transcript names.
func TestLoadPhase1(t *testing.T) {
	tr, srs := sealedPhase1(t)
	dir := t.TempDir()
	if _, err := WriteFile(filepath.Join(dir, "p1.zkc"), tr); err != nil {
		t.Fatal(err)
	}
	want, err := WriteFile(filepath.Join(dir, "p1.srs"), srs)
	if err != nil || want != srs.Info.SHA256 {
		t.Fatal(err)
	}
	for _, path := range []string{filepath.Join(dir, "p1.zkc"), filepath.Join(dir, "p1.srs")} {
		got, what, err := LoadPhase1(path, srs.Info.Power)
		if err != nil || got.Info.SHA256 != want {
			t.Fatalf("%s: %v, sha %s, want %s", path, err, got.Info.SHA256, want)
		}
		t.Logf("%s: %s", filepath.Base(path), what)
	}
	if _, _, err := LoadPhase1(filepath.Join(dir, "p1.srs"), srs.Info.Power+1); err == nil {
		t.Error("a phase 1 of another size was accepted")
	}
	got, what, err := LoadPhase1("testdata/pot2_final.ptau", 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pot2_final.ptau: %s", what)
	imported, _, err := ImportPtau("testdata/pot2_final.ptau", 0)
	if err != nil {
		t.Fatal(err)
	}
	h, err := WriteFile(filepath.Join(dir, "pot2.srs"), imported)
	if err != nil || h != got.Info.SHA256 {
		t.Fatalf("the .ptau's SRS: %v, %s vs %s", err, h, got.Info.SHA256)
	}
}
