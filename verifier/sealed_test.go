package verifier

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// TestVerifySealedOutput: a real Groth16 proof of an encrypted output
// verifies for its job, its buyer key and the buyer's secret, and every
// tampering is refused in Go as the escrow refuses it on chain: the
// ciphertext altered, a mismatched ephemeral key, the job of another
// buyer key, another job, and a buyer whose secret does not open it.
func TestVerifySealedOutput(t *testing.T) {
	m, err := models.SyntheticMLP("small", 11, 16, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	opts := prover.Options{Output: prover.Encrypted}
	k, err := prover.Setup(context.Background(), m, opts, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	alice, bob := prover.DeriveBuyerSecret([]byte("alice")), prover.DeriveBuyerSecret([]byte("bob"))
	ak, bk := alice.Public(), bob.Public()
	job := func(id int64, key prover.Field) *prover.Job {
		return &prover.Job{ChainID: big.NewInt(1337), Escrow: common.HexToAddress("0xe5c0"), ID: big.NewInt(id), Provider: common.HexToAddress("0x9a0"), BuyerKey: &key}
	}
	input := make([]int8, 16)
	b, o, _, err := prover.Prove(context.Background(), k, m, input, nil, job(1, ak))
	if err != nil {
		t.Fatal(err)
	}
	exp := Expect{Model: m, Job: job(1, ak), Buyer: alice, Input: o.Input, InputSalt: ptr(o.InputSalt.Element())}
	if err := Verify(b, k.VK, exp); err != nil {
		t.Fatalf("the honest bundle: %v", err)
	}
	_, out, err := alice.Open(b.Sealed, b.JobTag.Element(), b.OutputCommitment.Element(), 4)
	if err != nil || !slices.Equal(out, o.Output) {
		t.Fatalf("alice opens %v (%v), the output is %v", out, err, o.Output)
	}

	tamper := func(what string, want error, f func(*prover.Bundle, *Expect)) {
		t.Helper()
		c, e := clone(t, b), exp
		f(c, &e)
		if err := Verify(c, k.VK, e); !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", what, err, want)
		}
	}
	one := new(fr.Element).SetOne()
	tamper("an altered ciphertext, with the buyer's secret", ErrCommitmentMismatch, func(c *prover.Bundle, _ *Expect) {
		v := c.Sealed.Ciphertext[1].Element()
		c.Sealed.Ciphertext[1] = prover.Field(*v.Add(&v, one))
	})
	tamper("an altered ciphertext, without the buyer's secret", ErrInvalidProof, func(c *prover.Bundle, e *Expect) {
		v := c.Sealed.Ciphertext[0].Element()
		c.Sealed.Ciphertext[0] = prover.Field(*v.Add(&v, one))
		e.Buyer = nil
	})
	other, _, _, err := prover.Prove(context.Background(), k, m, input, nil, job(1, ak))
	if err != nil {
		t.Fatal(err)
	}
	tamper("a mismatched ephemeral key", ErrInvalidProof, func(c *prover.Bundle, e *Expect) {
		c.Sealed.EphemeralKey = other.Sealed.EphemeralKey
		e.Buyer = nil
	})
	tamper("the bundle expected for bob's key", ErrJobMismatch, func(_ *prover.Bundle, e *Expect) { e.Job = job(1, bk) })
	tamper("a buyer key swapped in the bundle", ErrInvalidProof, func(c *prover.Bundle, e *Expect) {
		c.Sealed.BuyerKey, c.Job = bk, nil
		e.Job, e.Buyer = nil, nil
	})
	tamper("another job", ErrJobMismatch, func(_ *prover.Bundle, e *Expect) { e.Job = job(2, ak) })
	tamper("bob's secret", ErrCommitmentMismatch, func(_ *prover.Bundle, e *Expect) { e.Buyer = bob })

	// sealed to bob's key for alice's job: the proof is honest for bob's
	// key, so only the expected key tells
	toBob, _, _, err := prover.Prove(context.Background(), k, m, input, nil, job(1, bk))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(toBob, k.VK, exp); !errors.Is(err, ErrJobMismatch) {
		t.Errorf("a bundle sealed to another key: %v", err)
	}
	if err := Verify(toBob, k.VK, Expect{Model: m, Buyer: alice}); !errors.Is(err, ErrCommitmentMismatch) {
		t.Errorf("a bundle sealed to another key, opened with alice's secret: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
