package prover

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
)

// ProverOptions are the gnark options every zkinfer proof is made with:
// the hash-to-field of the Solidity verifier, so that proofs of circuits
// with a Groth16 commitment verify on chain as well as in Go.
func ProverOptions() []backend.ProverOption {
	return []backend.ProverOption{solidity.WithProverTargetSolidityVerifier(backend.GROTH16)}
}

// VerifierOptions match ProverOptions.
func VerifierOptions() []backend.VerifierOption {
	return []backend.VerifierOption{solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)}
}

// Timings of one proof.
type Timings struct {
	Witness time.Duration
	Prove   time.Duration
}

// Prove runs the model on input, proves the inference and returns the bundle
// (public) and the opening (secret). inputSalt is the salt of the input
// commitment when the buyer chose it; nil draws a fresh one.
func Prove(ctx context.Context, k *Keys, m *models.Model, input []int8, inputSalt *fr.Element) (*Bundle, *Opening, Timings, error) {
	var tm Timings
	start := time.Now()
	if id := CircuitID(m, k.Options); id != k.ID {
		return nil, nil, tm, fmt.Errorf("keys are for circuit %s, model %q with %s needs %s", k.ID, m.Name, k.Options, id)
	}
	o, st, assignment, err := Inference(ctx, m, k.Options, input, inputSalt)
	if err != nil {
		return nil, nil, tm, err
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, tm, fmt.Errorf("witness: %w", err)
	}
	tm.Witness = time.Since(start)
	if err := ctx.Err(); err != nil {
		return nil, nil, tm, err
	}
	start = time.Now()
	proof, err := groth16.Prove(k.CCS, k.PK, w, ProverOptions()...)
	if err != nil {
		return nil, nil, tm, fmt.Errorf("prove %q: %w", m.Name, err)
	}
	tm.Prove = time.Since(start)
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return nil, nil, tm, err
	}
	b := &Bundle{
		Version: BundleVersion, Backend: BackendGroth16, Curve: CurveBN254,
		CircuitID: k.ID, Options: k.Options, Constraints: k.Constraints, Setup: SetupSingleParty,
		Model:            BundleModel{Name: m.Name, Commitment: Field(st.ModelCommitment)},
		InputCommitment:  Field(st.InputCommitment),
		OutputCommitment: Field(st.OutputCommitment),
		PublicOutput:     st.PublicOutput,
		Proof:            buf.Bytes(),
		VerifyingKeyHash: k.VKHash,
	}
	if k.Options.Input == Public {
		b.PublicInput = append([]int8{}, input...)
	}
	return b, o, tm, nil
}

// PublicWitness is the public part of the witness for a statement, in the
// circuit's order, as groth16.Verify takes it.
func PublicWitness(st *Statement) (witness.Witness, error) {
	values := st.PublicInputs()
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(values))
	for _, v := range values {
		ch <- v
	}
	close(ch)
	if err := w.Fill(len(values), 0, ch); err != nil {
		return nil, err
	}
	return w, nil
}
