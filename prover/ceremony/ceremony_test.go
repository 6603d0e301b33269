package ceremony

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	cryptompc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// cubic proves y = x³ + x + 5 and commits to x, so phase 2 has a σ to
// contribute to as well as δ.
type cubic struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *cubic) Define(api frontend.API) error {
	x3 := api.Mul(c.X, c.X, c.X)
	api.AssertIsEqual(c.Y, api.Add(x3, c.X, 5))
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

func compileCubic(t testing.TB) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &cubic{})
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

var beacon = []byte("0123456789abcdef0123456789abcdef")

// sealedPhase1 runs a two-contributor phase 1 of power 5, sealed, and
// checks that its files read back to the same SRS: the transcript sealed
// again gives the same SRS file hash, and the SRS file has that hash.
func sealedPhase1(t testing.TB) (*Transcript, *SRS) {
	t.Helper()
	tr, srs, err := LocalPhase1(5, beacon, "alice", "bob")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sha, err := WriteFile(filepath.Join(dir, "phase1.zkc"), tr)
	if err != nil {
		t.Fatal(err)
	}
	back, sha2, err := ReadTranscriptFile(filepath.Join(dir, "phase1.zkc"))
	if err != nil || sha2 != sha || srs.Info.Transcript != sha {
		t.Fatalf("transcript read back: %v (sha %s, wrote %s, the SRS names %s)", err, sha2, sha, srs.Info.Transcript)
	}
	again, err := SealPhase1(back, nil)
	if err != nil || again.Info.SHA256 != srs.Info.SHA256 {
		t.Fatalf("sealed again: %v (SRS sha256 %s, first %s)", err, again.Info.SHA256, srs.Info.SHA256)
	}
	path := filepath.Join(dir, "phase1.srs")
	if _, err := WriteFile(path, srs); err != nil {
		t.Fatal(err)
	}
	read, err := ReadSRSFile(path, srs.Info.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	return tr, read
}

func TestPhase2ThreeContributorsProve(t *testing.T) {
	_, srs := sealedPhase1(t)
	ccs := compileCubic(t)
	tr, err := StartPhase2(srs, ccs, "cubic")
	if err != nil {
		t.Fatal(err)
	}
	var hashes []string
	for _, who := range []string{"provider", "buyer", "auditor"} {
		h, err := Contribute(tr, who)
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h)
	}
	if err := Seal(tr, beacon, nil); err != nil {
		t.Fatal(err)
	}
	if i := tr.Find(Short(hashes[1])); i != 2 {
		t.Fatalf("Find(buyer's hash) = %d, want 2", i)
	}
	pk, vk, err := VerifyPhase2(tr, srs, ccs, "cubic")
	if err != nil {
		t.Fatal(err)
	}
	// the keys are a function of the transcript: a rerun gives the same
	pk2, vk2, err := VerifyPhase2(tr, srs, ccs, "cubic")
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	vk.WriteTo(&a)
	vk2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two verifications of one transcript sealed different verifying keys")
	}
	_ = pk2

	honest, _ := frontend.NewWitness(&cubic{X: 3, Y: 35}, ecc.BN254.ScalarField())
	proof, err := groth16.Prove(ccs, pk, honest)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := honest.Public()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("honest proof refused: %v", err)
	}
	wrong, _ := frontend.NewWitness(&cubic{Y: 36}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err := groth16.Verify(proof, vk, wrong); err == nil {
		t.Fatal("proof verified against another public input")
	}
}

func TestPhase1Refusals(t *testing.T) {
	tr, _ := sealedPhase1(t)
	if err := Verify(tr, nil); err != nil {
		t.Fatal(err)
	}
	t.Run("tampered contribution", func(t *testing.T) {
		bad := clone(tr)
		// swap two powers of τ in G1 of the last contribution: both are
		// valid points, so only the cryptographic checks can tell; the
		// header hash follows the change
		var up cryptompc.UpdateProof
		var pb bytes.Buffer
		up.WriteTo(&pb)
		s := bad.States[2]
		off := 3*pb.Len() + 8 + 64 // proofs, N, [β]₂, then [τ¹]₁, [τ²]₁, …
		a, b := s[off+32:off+64], s[off+64:off+96]
		tmp := append([]byte{}, a...)
		copy(a, b)
		copy(b, tmp)
		bad.Header.Contributions[1].Hash = stateHash(s)
		err := Verify(bad, nil)
		wantErr(t, err, ErrContribution, "contribution 2")
	})
	t.Run("dropped from the middle", func(t *testing.T) {
		bad, err := StartPhase1(5)
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			Contribute(bad, "")
		}
		bad.States = append(bad.States[:2], bad.States[3])
		bad.Header.Contributions = append(bad.Header.Contributions[:1], bad.Header.Contributions[2])
		wantErr(t, Verify(bad, nil), ErrContribution, "contribution 2: it does not build on contribution 1")
	})
	t.Run("header hash", func(t *testing.T) {
		bad := clone(tr)
		bad.Header.Contributions[0].Hash = strings.Repeat("0", 64)
		wantErr(t, Verify(bad, nil), ErrContribution, "contribution 1 (\"alice\")")
	})
	t.Run("wrong start", func(t *testing.T) {
		bad := clone(tr)
		bad.Header.Power = 6
		wantErr(t, Verify(bad, nil), ErrStart, "state 0")
	})
	t.Run("short beacon", func(t *testing.T) {
		bad, _ := StartPhase1(5)
		Contribute(bad, "")
		if err := Seal(bad, []byte("1234"), nil); err == nil || !strings.Contains(err.Error(), "at least 16") {
			t.Fatalf("a 4-byte beacon: %v", err)
		}
	})
	t.Run("no contribution", func(t *testing.T) {
		bad, _ := StartPhase1(5)
		wantErr(t, Seal(bad, beacon, nil), ErrContribution, "no contribution")
	})
}

func TestPhase2Refusals(t *testing.T) {
	_, srs := sealedPhase1(t)
	ccs := compileCubic(t)
	tr, err := StartPhase2(srs, ccs, "cubic")
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := Contribute(tr, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := Seal(tr, beacon, nil); err != nil {
		t.Fatal(err)
	}
	_, good, err := VerifyPhase2(tr, srs, ccs, "cubic")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("tampered contribution", func(t *testing.T) {
		// double one proving-key point of contribution 2: a valid point
		// its update proof does not account for
		bad := clone(tr)
		var p mpcsetup.Phase2
		if err := decodeState(&p, bad.States[2]); err != nil {
			t.Fatal(err)
		}
		p.Parameters.G1.Z[1].Double(&p.Parameters.G1.Z[1])
		var buf bytes.Buffer
		p.WriteTo(&buf)
		bad.States[2] = buf.Bytes()
		bad.Header.Contributions[1].Hash = stateHash(bad.States[2])
		_, _, err := VerifyPhase2(bad, srs, ccs, "cubic")
		wantErr(t, err, ErrContribution, "contribution 2")
	})
	t.Run("dropped from the middle", func(t *testing.T) {
		bad := clone(tr)
		bad.States = append(bad.States[:2], bad.States[3])
		bad.Header.Contributions = append(bad.Header.Contributions[:1], bad.Header.Contributions[2])
		_, _, err := VerifyPhase2(bad, srs, ccs, "cubic")
		wantErr(t, err, ErrContribution, "it does not build on contribution 1")
	})
	t.Run("wrong beacon", func(t *testing.T) {
		bad := clone(tr)
		bad.Header.Beacon = "00" + bad.Header.Beacon[2:]
		_, vk, err := VerifyPhase2(bad, srs, ccs, "cubic")
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		vk.WriteTo(&a)
		good.WriteTo(&b)
		if bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("another beacon sealed the same verifying key")
		}
	})
	t.Run("other circuit", func(t *testing.T) {
		_, _, err := VerifyPhase2(tr, srs, ccs, "other")
		wantErr(t, err, ErrStart, "circuit cubic, not other")
	})
	t.Run("forged start", func(t *testing.T) {
		// contributions on top of a state 0 that is not the circuit's
		bad := clone(tr)
		bad.States[0][100] ^= 1
		_, _, err := VerifyPhase2(bad, srs, ccs, "cubic")
		wantErr(t, err, ErrStart, "state 0")
	})
	t.Run("unsealed", func(t *testing.T) {
		bad := clone(tr)
		bad.Header.Beacon = ""
		_, _, err := VerifyPhase2(bad, srs, ccs, "cubic")
		wantErr(t, err, ErrNotSealed, "seal")
	})
}

func TestSRSFileRoundTrip(t *testing.T) {
	_, srs := sealedPhase1(t)
	var buf bytes.Buffer
	if _, err := srs.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if _, err := ReadSRS(bytes.NewReader(data), int64(len(data))); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"truncated": data[:len(data)-10],
		"trailing":  append(append([]byte{}, data...), 0),
		"magic":     append([]byte("x"), data[1:]...),
	} {
		if _, err := ReadSRS(bytes.NewReader(bad), int64(len(bad))); !errors.Is(err, ErrFormat) {
			t.Errorf("%s SRS: err = %v, want ErrFormat", name, err)
		}
	}
	path := filepath.Join(t.TempDir(), "p.srs")
	os.WriteFile(path, data, 0o644)
	if _, err := ReadSRSFile(path, strings.Repeat("a", 64)); !errors.Is(err, ErrStart) {
		t.Errorf("SRS with another hash: err = %v", err)
	}
}

func TestTranscriptFormat(t *testing.T) {
	tr, _ := sealedPhase1(t)
	var buf bytes.Buffer
	tr.WriteTo(&buf)
	data := buf.Bytes()
	back, err := ReadTranscript(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if back.Contributions() != 2 || back.Header.Beacon != tr.Header.Beacon {
		t.Fatalf("read back %+v", back.Header)
	}
	for i := range []int{1, 10, len(data) / 2, len(data) - 1} {
		if _, err := ReadTranscript(bytes.NewReader(data[:i]), int64(i)); err == nil {
			t.Errorf("transcript cut at %d bytes read", i)
		}
	}
}

func FuzzReadTranscript(f *testing.F) {
	tr, err := StartPhase1(1)
	if err != nil {
		f.Fatal(err)
	}
	Contribute(tr, "x")
	var buf bytes.Buffer
	tr.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := ReadTranscript(bytes.NewReader(data), int64(len(data)))
		if err == nil {
			Verify(tr, nil)
		}
	})
}

func clone(t *Transcript) *Transcript {
	c := &Transcript{Header: t.Header}
	c.Header.Contributions = append([]Contribution{}, t.Header.Contributions...)
	for _, s := range t.States {
		c.States = append(c.States, append([]byte{}, s...))
	}
	return c
}

func wantErr(t *testing.T, err, sentinel error, substr string) {
	t.Helper()
	t.Logf("refused: %v", err)
	if !errors.Is(err, sentinel) || !strings.Contains(err.Error(), substr) {
		t.Fatalf("err = %v, want %v mentioning %q", err, sentinel, substr)
	}
}
