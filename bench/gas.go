package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/contracts/bindings/verifiers"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
)

// GasMeter measures the gas of one verify transaction on the embedded
// chain (Osaka rules) for circuits whose verifier contract is compiled
// into zkinfer (contracts.CompiledVerifier); other circuits get 0 (not
// measured). The gas depends on the proof system, the circuit's public
// inputs and whether a Groth16 proof carries a commitment, not on the keys.
type GasMeter struct {
	chain    *contracts.Backend
	key      *ecdsa.PrivateKey
	deployed map[string]common.Address
}

// NewGasMeter starts an embedded chain.
func NewGasMeter() (*GasMeter, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &GasMeter{chain: contracts.NewEmbedded(map[*ecdsa.PrivateKey]*big.Int{k: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}),
		key: k, deployed: map[string]common.Address{}}, nil
}

// Close stops the chain.
func (g *GasMeter) Close() error { return g.chain.Close() }

// Gas proves the point with the keys of its compiled verifier contract
// and returns the gas of a transaction calling verify(proof, inputs),
// after checking that the contract accepts the proof. k are the keys the
// run made for the point: a compiled PLONK verifier is made from the
// development SRS, so PLONK keys of that SRS are its keys; a Groth16 one
// is made from the embedded development keys, which replace k.
func (g *GasMeter) Gas(ctx context.Context, p Point, k *prover.Keys) (uint64, error) {
	if _, ok := contracts.CompiledVerifier(k.ID); !ok {
		return 0, nil
	}
	if k.System() == prover.BackendGroth16 {
		dev, ok, err := devkeys.ByID(k.ID)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, fmt.Errorf("a verifier is compiled for circuit %s but no development keys are embedded", k.ID)
		}
		k = dev
	}
	bin, ok := contracts.CompiledVerifierFor(k.ID, k.VKHash)
	if !ok {
		return 0, nil // keys of another setup or SRS: not the compiled verifier's
	}
	b, _, _, err := prover.Prove(ctx, k, p.Model, SampleInput(p.Model), nil)
	if err != nil {
		return 0, err
	}
	addr, ok := g.deployed[k.ID]
	if !ok {
		from, err := g.chain.Transactor(ctx, g.key)
		if err != nil {
			return 0, err
		}
		if addr, _, err = contracts.DeployVerifier(ctx, g.chain, from, bin); err != nil {
			return 0, err
		}
		g.deployed[k.ID] = addr
	}
	sol, err := prover.SolidityProof(b)
	if err != nil {
		return 0, err
	}
	var inputs []*big.Int
	for _, x := range b.Statement().PublicInputs() {
		inputs = append(inputs, x.BigInt(new(big.Int)))
	}
	// every compiled verifier has the same verify(bytes, uint256[]) entry point
	v := verifiers.NewMnistMlpFixedVerifier()
	msg := ethereum.CallMsg{From: crypto.PubkeyToAddress(g.key.PublicKey), To: &addr, Data: v.PackVerify(sol, inputs)}
	out, err := g.chain.CallContract(ctx, msg, nil)
	if err != nil {
		return 0, err
	}
	if accepted, err := v.UnpackVerify(out); err != nil || !accepted {
		return 0, fmt.Errorf("the verifier contract of circuit %s refuses an honest proof (%v)", k.ID, err)
	}
	return g.chain.EstimateGas(ctx, msg)
}
