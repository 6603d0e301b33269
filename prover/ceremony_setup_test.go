package prover

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	kzgbn254 "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// ceremonyPhase1 runs a one-contributor phase 1 of the given power and
// writes its sealed SRS; it returns the SRS path and the SRS.
func ceremonyPhase1(t *testing.T, dir string, power int) (string, *ceremony.SRS) {
	t.Helper()
	_, srs, err := ceremony.LocalPhase1(power, []byte("phase-1 beacon, announced before"), "provider")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "phase1.srs")
	if _, err := ceremony.WriteFile(path, srs); err != nil {
		t.Fatal(err)
	}
	return path, srs
}

// ceremonyPhase2 runs a phase 2 of (m, opts) with the named contributors
// and seals it into a transcript file; it returns the file and the
// contributions' hashes.
func ceremonyPhase2(t *testing.T, dir string, srs *ceremony.SRS, m *models.Model, opts Options, who ...string) (string, []string) {
	t.Helper()
	ccs, err := Compile(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := ceremony.LocalPhase2(srs, ccs, CircuitID(m, opts), []byte("phase-2 beacon, announced before"), who...)
	if err != nil {
		t.Fatal(err)
	}
	var hashes []string
	for _, c := range p2.Header.Contributions {
		hashes = append(hashes, c.Hash)
	}
	path := filepath.Join(dir, "phase2.zkc")
	if _, err := ceremony.WriteFile(path, p2); err != nil {
		t.Fatal(err)
	}
	return path, hashes
}

func TestSetupCeremony(t *testing.T) {
	if testing.Short() {
		t.Skip("a phase 1 of 2^13 powers and a committed-weight phase 2: seconds of curve arithmetic")
	}
	dir := t.TempDir()
	m := randomModel(rand.New(rand.NewSource(11)), []int{8, 4})
	opts := DefaultOptions()
	opts.Weights = Committed // commitments give phase 2 a σ as well as δ
	ccs, err := Compile(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	// 2^13: the Groth16 circuit needs 2^12, the PLONK one below 2^13
	power := 13
	if 1<<power < ccs.GetNbConstraints() {
		t.Fatalf("%d constraints outgrow the phase 1", ccs.GetNbConstraints())
	}
	t.Logf("%d constraints, phase 1 of 2^%d", ccs.GetNbConstraints(), power)
	srsPath, srs := ceremonyPhase1(t, dir, power)
	transcript, hashes := ceremonyPhase2(t, dir, srs, m, opts, "provider", "buyer", "auditor")

	cache := filepath.Join(dir, "keys")
	k, err := SetupCeremony(context.Background(), m, opts, transcript, srsPath, cache, nil)
	if err != nil {
		t.Fatal(err)
	}
	if k.Unsafe() || !strings.Contains(k.Setup, "multi-party ceremony, 3 contributions") || k.Transcript == "" {
		t.Fatalf("keys labelled %q, transcript %q", k.Setup, k.Transcript)
	}
	if filepath.Base(k.Dir) != CeremonyKeyDirName(k.ID, k.Transcript) || strings.Contains(k.Dir, "unsafe") {
		t.Errorf("key folder %s", k.Dir)
	}
	copyOf, sha, err := ceremony.ReadTranscriptFile(k.TranscriptPath())
	if err != nil || sha != k.Transcript || copyOf.Find(hashes[1]) != 2 {
		t.Fatalf("the folder's transcript copy: %v (sha %s, keys name %s)", err, sha, k.Transcript)
	}

	// honest proofs verify; a statement with another output does not
	b, _, _, err := Prove(context.Background(), k, m, make([]int8, 8), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Setup != k.Setup {
		t.Errorf("bundle setup %q, keys %q", b.Setup, k.Setup)
	}
	proof := groth16.NewProof(fieldCurve)
	if _, err := proof.ReadFrom(bytes.NewReader(b.Proof)); err != nil {
		t.Fatal(err)
	}
	pub, _ := PublicWitness(b.Statement())
	if err := groth16.Verify(proof, k.VK.(groth16.VerifyingKey), pub, VerifierOptions()...); err != nil {
		t.Fatalf("honest proof under ceremony keys: %v", err)
	}
	st := b.Statement()
	st.OutputCommitment.SetUint64(1)
	pub, _ = PublicWitness(st)
	if err := groth16.Verify(proof, k.VK.(groth16.VerifyingKey), pub, VerifierOptions()...); err == nil {
		t.Fatal("proof verified for another output commitment")
	}

	again, err := SetupCeremony(context.Background(), m, opts, transcript, "", cache, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Cached || again.VKHash != k.VKHash || again.Transcript != k.Transcript || again.Setup != k.Setup {
		t.Fatalf("cached ceremony keys differ: cached=%v", again.Cached)
	}

	t.Run("another model's transcript", func(t *testing.T) {
		other := randomModel(rand.New(rand.NewSource(12)), []int{8, 6})
		_, err := SetupCeremony(context.Background(), other, opts, transcript, srsPath, t.TempDir(), nil)
		if !errors.Is(err, ceremony.ErrStart) {
			t.Fatalf("err = %v, want ErrStart", err)
		}
	})
	t.Run("another phase 1", func(t *testing.T) {
		// the same points under another header: another file, another hash
		other := *srs
		other.Info.Contributions++
		otherPath := filepath.Join(t.TempDir(), "other.srs")
		if _, err := ceremony.WriteFile(otherPath, &other); err != nil {
			t.Fatal(err)
		}
		_, err := SetupCeremony(context.Background(), m, opts, transcript, otherPath, t.TempDir(), nil)
		if !errors.Is(err, ceremony.ErrStart) || !strings.Contains(err.Error(), "sha256") {
			t.Fatalf("err = %v, want the phase-1 hash refused", err)
		}
	})
	t.Run("no phase 1", func(t *testing.T) {
		_, err := SetupCeremony(context.Background(), m, opts, transcript, "", t.TempDir(), nil)
		if err == nil || !strings.Contains(err.Error(), "--phase1") {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("PLONK from the same phase 1", func(t *testing.T) {
		popts := DefaultOptions()
		popts.ProofSystem = BackendPlonk
		// a phase 1 of 2^p powers serves PLONK circuits of up to 2^p gates
		pm := randomModel(rand.New(rand.NewSource(13)), []int{2, 2})
		pk, err := SetupPlonk(context.Background(), pm, popts, SRSFile(srsPath, srs.Info.SHA256), cache, nil)
		if err != nil {
			t.Fatal(err)
		}
		if pk.Unsafe() || !strings.Contains(pk.Setup, "phase 1") {
			t.Fatalf("PLONK keys labelled %q", pk.Setup)
		}
		b, _, _, err := Prove(context.Background(), pk, pm, make([]int8, 2), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		proof := plonk.NewProof(fieldCurve)
		if _, err := proof.ReadFrom(bytes.NewReader(b.Proof)); err != nil {
			t.Fatal(err)
		}
		pub, _ := PublicWitness(b.Statement())
		if err := plonk.Verify(proof, pk.VK.(plonk.VerifyingKey), pub, PlonkVerifierOptions()...); err != nil {
			t.Fatalf("PLONK proof from the phase-1 SRS: %v", err)
		}
		st := b.Statement()
		st.OutputCommitment.SetUint64(1)
		pub, _ = PublicWitness(st)
		if err := plonk.Verify(proof, pk.VK.(plonk.VerifyingKey), pub, PlonkVerifierOptions()...); err == nil {
			t.Fatal("PLONK proof verified for another output commitment")
		}
		cached, _ := filepath.Glob(filepath.Join(cache, "lagrange", srs.Info.SHA256+"-*.g1"))
		if len(cached) != 1 {
			t.Fatalf("Lagrange cache files %v", cached)
		}
	})
}

func TestLagrangeCache(t *testing.T) {
	dir := t.TempDir()
	c, err := kzgbn254.NewSRS(19, big.NewInt(42))
	if err != nil {
		t.Fatal(err)
	}
	g1 := c.Pk.G1[:16]
	want, err := kzgbn254.ToLagrangeG1(g1)
	if err != nil {
		t.Fatal(err)
	}
	sha := strings.Repeat("ab", 32)
	equal := func(got []bn254.G1Affine) bool {
		if len(got) != len(want) {
			return false
		}
		for i := range got {
			if !got[i].Equal(&want[i]) {
				return false
			}
		}
		return true
	}
	got, err := lagrangeG1(g1, sha, dir)
	if err != nil || !equal(got) {
		t.Fatalf("first conversion: %v", err)
	}
	path := filepath.Join(dir, "lagrange", sha+"-16.g1")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := lagrangeG1(g1, sha, dir); err != nil || !equal(got) {
		t.Fatalf("read from the cache: %v", err)
	}
	// a damaged cache file is not believed: the points are converted again
	data[10] ^= 1
	os.WriteFile(path, data, 0o644)
	if got, err := lagrangeG1(g1, sha, dir); err != nil || !equal(got) {
		t.Fatalf("with a damaged cache: %v", err)
	}
}
