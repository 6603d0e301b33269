package prover

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
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

// Prove runs the model on input, proves the inference with the keys' proof
// system for job and returns the bundle (public) and the opening (secret).
// inputSalt is the salt of the input commitment when the buyer chose it;
// nil draws a fresh one. job is the escrow job the proof is to pay (its
// tag is a public input); nil makes a proof that pays no job.
func Prove(ctx context.Context, k *Keys, m *models.Model, input []int8, inputSalt *fr.Element, job *Job) (*Bundle, *Opening, Timings, error) {
	o, st, w, tm, err := solve(ctx, k.ID, k.Options, m, input, inputSalt, job)
	if err != nil {
		return nil, nil, tm, err
	}
	start := time.Now()
	proof, err := proveWitness(k, w)
	if err != nil {
		return nil, nil, tm, fmt.Errorf("prove %q: %w", m.Name, err)
	}
	tm.Prove = time.Since(start)
	b, err := newBundle(k.System(), k.Setup, k.ID, k.Options, k.Constraints, k.VKHash, m, st, input, proof)
	if b != nil {
		b.Job = job
	}
	return b, o, tm, err
}

// proveWitness proves a full witness with the keys' proof system.
func proveWitness(k *Keys, w witness.Witness) (io.WriterTo, error) {
	gpk, isGroth16 := k.PK.(groth16.ProvingKey)
	ppk, isPlonk := k.PK.(plonk.ProvingKey)
	switch {
	case k.System() == BackendGroth16 && isGroth16:
		return groth16.Prove(k.CCS, gpk, w, ProverOptions()...)
	case k.System() == BackendPlonk && isPlonk:
		return plonk.Prove(k.CCS, ppk, w, PlonkProverOptions()...)
	}
	return nil, fmt.Errorf("%w: proving key of type %T for a %s circuit", ErrOptions, k.PK, k.System())
}

// solve checks that keys of circuit id fit (m, opts), runs the model and
// builds the full witness, timing it.
func solve(ctx context.Context, id string, opts Options, m *models.Model, input []int8, inputSalt *fr.Element, job *Job) (*Opening, *Statement, witness.Witness, Timings, error) {
	var tm Timings
	start := time.Now()
	mc := m.Commitment() // hashes every weight: once a proof
	if want := circuitID(m, opts, mc); want != id {
		return nil, nil, nil, tm, fmt.Errorf("keys are for circuit %s, model %q with %s needs %s", id, m.Name, opts, want)
	}
	o, st, assignment, err := inference(ctx, m, mc, opts, input, inputSalt, job)
	if err != nil {
		return nil, nil, nil, tm, err
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, nil, tm, fmt.Errorf("witness: %w", err)
	}
	tm.Witness = time.Since(start)
	return o, st, w, tm, ctx.Err()
}

// newBundle is the bundle of a proof of statement st.
func newBundle(backend, setup, id string, opts Options, constraints int, vkHash string, m *models.Model, st *Statement, input []int8, proof io.WriterTo) (*Bundle, error) {
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return nil, err
	}
	b := &Bundle{
		Version: BundleVersion, Backend: backend, Curve: CurveBN254,
		CircuitID: id, Options: opts, Constraints: constraints, Setup: setup,
		Model:            BundleModel{Name: m.Name, Commitment: Field(st.ModelCommitment)},
		InputCommitment:  Field(st.InputCommitment),
		OutputCommitment: Field(st.OutputCommitment),
		JobTag:           Field(st.JobTag),
		PublicOutput:     st.PublicOutput,
		Sealed:           st.Sealed,
		Proof:            buf.Bytes(),
		VerifyingKeyHash: vkHash,
	}
	if opts.Input == Public {
		b.PublicInput = append([]int8{}, input...)
	}
	return b, nil
}

// PublicWitness is the public part of the witness for a statement, in the
// circuit's order, as groth16.Verify takes it.
func PublicWitness(st *Statement) (witness.Witness, error) {
	return publicWitness(st.PublicInputs())
}

// publicWitness is a public witness of values, in order.
func publicWitness(values []fr.Element) (witness.Witness, error) {
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
