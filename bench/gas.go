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
	"github.com/zkinfer/zkinfer/contracts/bindings/groth16verifier"
	"github.com/zkinfer/zkinfer/contracts/bindings/plonkverifier"
	"github.com/zkinfer/zkinfer/prover"
)

// GasMeter measures the gas of one verify transaction on the embedded
// chain (Osaka rules): the generic verifier of the point's proof system
// called with the circuit's verifying key as data, as the escrow calls
// it. A key the on-chain verifiers cannot take (a Groth16 circuit with more
// than one commitment) gets 0 (not measured). The gas depends on the proof
// system, the circuit's public inputs and whether a Groth16 proof carries
// a commitment, not on the keys.
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

// Gas proves the point with k and returns the gas of a transaction calling
// the verifier of k's proof system with k's chain key, the proof and its
// public inputs, after checking that the verifier accepts the proof.
func (g *GasMeter) Gas(ctx context.Context, p Point, k *prover.Keys) (uint64, error) {
	key, err := k.ChainKey()
	if err != nil {
		return 0, nil // not a key the on-chain verifiers take
	}
	b, _, _, err := prover.Prove(ctx, k, p.Model, SampleInput(p.Model), nil, nil)
	if err != nil {
		return 0, err
	}
	addr, ok := g.deployed[k.System()]
	if !ok {
		from, err := g.chain.Transactor(ctx, g.key)
		if err != nil {
			return 0, err
		}
		bin := groth16verifier.Groth16VerifierMetaData.Bin
		if k.System() == prover.BackendPlonk {
			bin = plonkverifier.PlonkVerifierMetaData.Bin
		}
		if addr, _, err = contracts.DeployCode(ctx, g.chain, from, bin); err != nil {
			return 0, err
		}
		g.deployed[k.System()] = addr
	}
	sol, err := prover.SolidityProof(b)
	if err != nil {
		return 0, err
	}
	var inputs []*big.Int
	for _, x := range b.Statement().PublicInputs() {
		inputs = append(inputs, x.BigInt(new(big.Int)))
	}
	// both verifiers have the same verify(bytes, bytes, uint256[]) entry point
	v := groth16verifier.NewGroth16Verifier()
	msg := ethereum.CallMsg{From: crypto.PubkeyToAddress(g.key.PublicKey), To: &addr, Data: v.PackVerify(key, sol, inputs)}
	out, err := g.chain.CallContract(ctx, msg, nil)
	if err != nil {
		return 0, err
	}
	if accepted, err := v.UnpackVerify(out); err != nil || !accepted {
		return 0, fmt.Errorf("the %s verifier refuses an honest proof of circuit %s (%v)", k.System(), k.ID, err)
	}
	return g.chain.EstimateGas(ctx, msg)
}
