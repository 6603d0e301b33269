package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/zkinfer/zkinfer/contracts/bindings/groth16verifier"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// The Go verifier and the Solidity verifier (the registry's verifier of
// the proof system, given the key as data) agree on the same bundles,
// valid and tampered.
func TestGoAndSolidityVerifiersAgree(t *testing.T) {
	e := newEnv(t, 0, 0)
	for _, variant := range variants {
		other := prove(t, variant, 1, nil)
		goVerify := func(b *prover.Bundle) error { return verifier.Verify(b, world.keys[variant].VK, verifier.Expect{}) }
		// both verifiers have the same entry point (IProofVerifier.verify)
		v := groth16verifier.NewGroth16Verifier()
		addr, err := e.market.Verifier(e.ctx, systemOf(variant))
		if err != nil {
			t.Fatal(err)
		}
		c := v.Instance(e.b, addr)
		key := chainKey(t, variant)
		onChain := func(b *prover.Bundle) bool {
			sol, err := prover.SolidityProof(b)
			if err != nil {
				return false
			}
			var inputs []*big.Int
			for _, x := range b.Statement().PublicInputs() {
				inputs = append(inputs, x.BigInt(new(big.Int)))
			}
			ok, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, v.PackVerify(key, sol, inputs), v.UnpackVerify)
			if err != nil {
				t.Fatalf("verify call: %v", err)
			}
			return ok
		}
		base := prove(t, variant, 0, &prover.Job{ChainID: big.NewInt(1), ID: big.NewInt(7)}).bundle
		cases := map[string]func(b *prover.Bundle){
			"honest":                   func(b *prover.Bundle) {},
			"other output commitment":  func(b *prover.Bundle) { b.OutputCommitment = other.bundle.OutputCommitment },
			"other input commitment":   func(b *prover.Bundle) { b.InputCommitment = other.bundle.InputCommitment },
			"other model commitment":   func(b *prover.Bundle) { b.Model.Commitment[0] ^= 1 },
			"output of another proof":  func(b *prover.Bundle) { b.Proof = other.bundle.Proof },
			"flipped proof byte":       func(b *prover.Bundle) { b.Proof = flip(b.Proof, 40) },
			"flipped last proof byte":  func(b *prover.Bundle) { b.Proof = flip(b.Proof, len(b.Proof)-1) },
			"swapped input and output": func(b *prover.Bundle) { b.InputCommitment, b.OutputCommitment = b.OutputCommitment, b.InputCommitment },
			"other job tag":            func(b *prover.Bundle) { b.Job, b.JobTag = nil, other.bundle.JobTag },
			"tag + 1":                  func(b *prover.Bundle) { b.Job, b.JobTag = nil, plusOne(b.JobTag) },
		}
		for name, tamper := range cases {
			b := *base
			tamper(&b)
			goErr := goVerify(&b)
			goOK := goErr == nil
			if goErr != nil && !errors.Is(goErr, verifier.ErrInvalidProof) {
				t.Fatalf("%s/%s: unexpected error %v", variant, name, goErr)
			}
			if sol := onChain(&b); sol != goOK {
				t.Errorf("%s/%s: Go verifier says %v, Solidity verifier %v", variant, name, goOK, sol)
			}
			if (name == "honest") != goOK {
				t.Errorf("%s/%s: verified=%v", variant, name, goOK)
			}
		}
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 1
	return c
}

func plusOne(f prover.Field) prover.Field {
	e := f.Element()
	var one fr.Element
	one.SetOne()
	e.Add(&e, &one)
	return prover.Field(e)
}
