package verifier

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/witness"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// BatchExpect holds what the caller of VerifyBatch knows independently of
// the bundle. Every field is optional; each one given is checked.
type BatchExpect struct {
	// Model is the model the caller paid for; its commitment must match.
	Model *models.Model
	// Job is the list of escrow jobs, in order, the proof must be bound
	// to: its tag must be the bundle's.
	Job *prover.BatchJob
	// Openings maps an entry's position to the opening its buyer holds; a
	// buyer gives only its own. Each must open that entry's commitments.
	Openings map[int]*prover.Opening
}

// VerifyBatch checks a batch bundle against a verifying key of its batch
// circuit and what the caller expects. The key is the caller's trust
// anchor, as for Verify.
func VerifyBatch(b *prover.BatchBundle, vk prover.VerifyingKey, exp BatchExpect) error {
	if err := b.Check(); err != nil {
		return err
	}
	if err := checkKey(vk, b.VerifyingKeyHash); err != nil {
		return err
	}
	st := b.Statement()
	if m := exp.Model; m != nil {
		if err := checkModel(m, b.Model, b.Options, b.CircuitID); err != nil {
			return err
		}
	}
	if exp.Job != nil {
		if err := exp.Job.Validate(); err != nil {
			return fmt.Errorf("%w: the expected jobs: %v", ErrJobMismatch, err)
		}
		if !sameJobs(exp.Job, b.Job) {
			return fmt.Errorf("%w: the batch pays %s, expected %s, in that order", ErrJobMismatch, b.Job, exp.Job)
		}
	}
	for i, e := range b.Entries {
		s := st.Jobs[i]
		var err error
		switch o := exp.Openings[i]; {
		case e.PublicInput != nil:
			err = checkCommitment("public input", models.DomainInput, zero, e.PublicInput, s.InputCommitment)
		case e.PublicOutput != nil:
			err = checkCommitment("public output", models.DomainOutput, zero, e.PublicOutput, s.OutputCommitment)
		case o != nil:
			if err = checkCommitment("input", models.DomainInput, o.InputSalt.Element(), o.Input, s.InputCommitment); err == nil {
				err = checkCommitment("output", models.DomainOutput, o.OutputSalt.Element(), o.Output, s.OutputCommitment)
			}
		}
		if err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
	}
	for i := range exp.Openings {
		if i < 0 || i >= len(b.Entries) {
			return fmt.Errorf("%w: an opening for entry %d of a batch of %d", ErrCommitmentMismatch, i, len(b.Entries))
		}
	}
	pub, err := prover.BatchPublicWitness(st)
	if err != nil {
		return err
	}
	return verifyProof(b.Backend, b.Proof, vk, pub)
}

// sameJobs reports whether two batch jobs name the same jobs, in order.
func sameJobs(a, b *prover.BatchJob) bool {
	if a == nil || b == nil || a.ChainID.Cmp(b.ChainID) != 0 || a.Escrow != b.Escrow || a.Provider != b.Provider || len(a.IDs) != len(b.IDs) {
		return false
	}
	for i := range a.IDs {
		if a.IDs[i].Cmp(b.IDs[i]) != 0 {
			return false
		}
	}
	return true
}

// verifyProof checks an encoded proof of backend under vk for pub.
func verifyProof(backend string, encoded []byte, vk prover.VerifyingKey, pub witness.Witness) error {
	gvk, isGroth16 := vk.(groth16.VerifyingKey)
	pvk, isPlonk := vk.(plonk.VerifyingKey)
	var err error
	switch {
	case backend == prover.BackendGroth16 && isGroth16:
		proof := groth16.NewProof(ecc.BN254)
		if _, err := proof.ReadFrom(bytes.NewReader(encoded)); err != nil {
			return fmt.Errorf("%w: proof encoding: %v", ErrInvalidProof, err)
		}
		err = groth16.Verify(proof, gvk, pub, prover.VerifierOptions()...)
	case backend == prover.BackendPlonk && isPlonk:
		proof := plonk.NewProof(ecc.BN254)
		if _, err := proof.ReadFrom(bytes.NewReader(encoded)); err != nil {
			return fmt.Errorf("%w: proof encoding: %v", ErrInvalidProof, err)
		}
		err = plonk.Verify(proof, pvk, pub, prover.PlonkVerifierOptions()...)
	default:
		return fmt.Errorf("%w: a %s bundle, checked with a verifying key of type %T", ErrKeyMismatch, backend, vk)
	}
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	return nil
}
