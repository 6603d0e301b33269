package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/zkinfer/zkinfer/contracts/bindings/verifiers"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// The Go verifier and the Solidity verifier agree on the same bundles,
// valid and tampered.
func TestGoAndSolidityVerifiersAgree(t *testing.T) {
	e := newEnv(t, 0, 0)
	other := world.proofs["plain"][1]
	for _, variant := range variants {
		goVerify := func(b *prover.Bundle) error { return verifier.Verify(b, world.keys[variant].VK, verifier.Expect{}) }
		// every verifier has the same entry point (IProofVerifier.verify)
		v := verifiers.NewMnistMlpFixedVerifier()
		c := v.Instance(e.b, e.verifier[variant])
		onChain := func(b *prover.Bundle) bool {
			sol, err := prover.SolidityProof(b)
			if err != nil {
				return false
			}
			var inputs []*big.Int
			for _, x := range b.Statement().PublicInputs() {
				inputs = append(inputs, x.BigInt(new(big.Int)))
			}
			ok, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, v.PackVerify(sol, inputs), v.UnpackVerify)
			if err != nil {
				t.Fatalf("verify call: %v", err)
			}
			return ok
		}
		base := world.proofs[variant][0].bundle
		cases := map[string]func(b *prover.Bundle){
			"honest":                   func(b *prover.Bundle) {},
			"other output commitment":  func(b *prover.Bundle) { b.OutputCommitment = other.bundle.OutputCommitment },
			"other input commitment":   func(b *prover.Bundle) { b.InputCommitment = other.bundle.InputCommitment },
			"other model commitment":   func(b *prover.Bundle) { b.Model.Commitment[0] ^= 1 },
			"output of another proof":  func(b *prover.Bundle) { b.Proof = other.bundle.Proof },
			"flipped proof byte":       func(b *prover.Bundle) { b.Proof = flip(b.Proof, 40) },
			"flipped last proof byte":  func(b *prover.Bundle) { b.Proof = flip(b.Proof, len(b.Proof)-1) },
			"swapped input and output": func(b *prover.Bundle) { b.InputCommitment, b.OutputCommitment = b.OutputCommitment, b.InputCommitment },
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
