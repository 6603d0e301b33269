package verifier

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// TestPlonk: a PLONK proof over the development SRS verifies with its
// opening, and every tampered bundle is rejected; keys made from the same
// SRS read from a hash-checked file are the same keys; a wrong hash is
// refused.
func TestPlonk(t *testing.T) {
	m, err := models.SyntheticMLP("plonk-tiny", 3, 12, 6, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []prover.Visibility{prover.Fixed, prover.Committed} {
		t.Run(string(w), func(t *testing.T) {
			opts := prover.Options{Weights: w, ProofSystem: prover.BackendPlonk}
			k, err := prover.SetupPlonk(context.Background(), m, opts, prover.UnsafeDevSRS(), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if k.Setup != prover.SetupUnsafeSRS || k.ID == prover.CircuitID(m, prover.Options{Weights: w}) {
				t.Errorf("setup %q, id %s (must differ from the Groth16 circuit's)", k.Setup, k.ID)
			}
			in := make([]int8, 12)
			for i := range in {
				in[i] = int8(i*37 - 100)
			}
			b, o, _, err := prover.Prove(context.Background(), k, m, in, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if b.Backend != prover.BackendPlonk || b.Setup != prover.SetupUnsafeSRS {
				t.Errorf("bundle says %s, %q", b.Backend, b.Setup)
			}
			if err := Verify(b, k.VK, Expect{Model: m, Opening: o}); err != nil {
				t.Fatalf("honest PLONK bundle rejected: %v", err)
			}
			// the bundle survives its encodings
			var buf bytes.Buffer
			b.WriteTo(&buf)
			var back prover.Bundle
			if _, err := back.ReadFrom(&buf); err != nil {
				t.Fatal(err)
			}
			if err := Verify(&back, k.VK, Expect{Model: m}); err != nil {
				t.Fatalf("bundle after a JSON round trip: %v", err)
			}
			other := append([]int8(nil), o.Output...)
			other[0]++
			tampered := map[string]struct {
				edit func(b *prover.Bundle, o *prover.Opening)
				want error
			}{
				"output commitment": {func(b *prover.Bundle, _ *prover.Opening) {
					e, one := b.OutputCommitment.Element(), b.OutputCommitment.Element()
					one.SetOne()
					e.Add(&e, &one)
					b.OutputCommitment = prover.Field(e)
				}, ErrInvalidProof},
				"input commitment": {func(b *prover.Bundle, _ *prover.Opening) { b.InputCommitment = b.OutputCommitment }, ErrInvalidProof},
				"proof byte":       {func(b *prover.Bundle, _ *prover.Opening) { b.Proof[100] ^= 1 }, ErrInvalidProof},
				"claimed output":   {func(_ *prover.Bundle, o *prover.Opening) { o.Output = other }, ErrCommitmentMismatch},
				"backend label":    {func(b *prover.Bundle, _ *prover.Opening) { b.Backend = prover.BackendGroth16 }, ErrMalformed},
			}
			for name, tc := range tampered {
				c, co := *b, *o
				c.Proof = bytes.Clone(b.Proof)
				tc.edit(&c, &co)
				exp := Expect{} // the proof itself must catch a forged statement
				if tc.want == ErrCommitmentMismatch {
					exp.Opening = &co
				}
				if err := Verify(&c, k.VK, exp); !errors.Is(err, tc.want) {
					t.Errorf("%s: got %v, want %v", name, err, tc.want)
				}
			}
		})
	}

	// the SRS as a file: hash checked, same keys
	opts := prover.Options{ProofSystem: prover.BackendPlonk}
	dev, err := prover.SetupPlonk(context.Background(), m, opts, prover.UnsafeDevSRS(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "srs-unsafe-dev.bin")
	var buf bytes.Buffer
	if err := prover.WriteUnsafeDevSRS(&buf, dev.CCS); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, buf.Bytes(), 0o600)
	sum := sha256.Sum256(buf.Bytes())
	fromFile, err := prover.SetupPlonk(context.Background(), m, opts, prover.SRSFile(path, hex.EncodeToString(sum[:])), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if fromFile.VKHash != dev.VKHash {
		t.Errorf("keys from the SRS file differ from the development SRS's: %s vs %s", fromFile.VKHash, dev.VKHash)
	}
	if !fromFile.Unsafe() || !strings.Contains(fromFile.Setup, prover.SetupUnsafeSRS) {
		t.Errorf("keys from a file holding the development SRS are labelled %q", fromFile.Setup)
	}
	sum[0] ^= 1
	if _, err := prover.SetupPlonk(context.Background(), m, opts, prover.SRSFile(path, hex.EncodeToString(sum[:])), "", nil); !errors.Is(err, prover.ErrSRSHash) {
		t.Errorf("SRS with a wrong hash: %v", err)
	}
	// a Groth16 key does not verify a PLONK bundle, nor the reverse
	g, err := prover.Setup(context.Background(), m, prover.Options{}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	gb, _, _, err := prover.Prove(context.Background(), g, m, make([]int8, 12), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(gb, dev.VK, Expect{}); !errors.Is(err, ErrKeyMismatch) {
		t.Errorf("a Groth16 bundle under a PLONK key: %v", err)
	}
}
