package verifier

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// Errors callers branch on. Every error Verify returns wraps one of them.
var (
	// ErrInvalidProof: the proof does not verify for the bundle's statement.
	ErrInvalidProof = errors.New("invalid proof")
	// ErrCommitmentMismatch: a plaintext input or output does not match
	// the commitment in the bundle.
	ErrCommitmentMismatch = errors.New("commitment mismatch")
	// ErrModelMismatch: the bundle proves another model, or another
	// circuit of it, than expected.
	ErrModelMismatch = errors.New("model mismatch")
	// ErrKeyMismatch: the verifying key is not the one the bundle names.
	ErrKeyMismatch = errors.New("verifying key mismatch")
	// ErrJobMismatch: the proof is bound to another escrow job than the
	// one expected (or to none).
	ErrJobMismatch = errors.New("job mismatch")
	// ErrMalformed: the bundle cannot be read or is inconsistent.
	ErrMalformed = prover.ErrMalformedBundle
)

// Expect holds what the caller knows independently of the bundle. Every
// field is optional; each one given is checked.
type Expect struct {
	// Model is the model the caller paid for; its commitment must match.
	Model *models.Model
	// Opening holds the plaintext input and output and their salts
	// (the buyer knows the input and its salt; the provider sends the rest).
	Opening *prover.Opening
	// Input is the plaintext input alone with its salt, for a buyer who has
	// not received an opening of the output.
	Input     []int8
	InputSalt *fr.Element
	// Job is the escrow job the proof must be bound to: its tag must be
	// the bundle's, which the proof binds. A proof of another job, or of
	// another provider's, is refused. With an encrypted output, the
	// job's BuyerKey (when set) must be the key the output is sealed to.
	Job *prover.Job
	// Buyer is the buyer's decryption key: an encrypted output must open
	// the output commitment under it.
	Buyer *prover.BuyerSecret
}

// Verify checks a bundle against a verifying key (Groth16 or PLONK, as the
// bundle's proof system) and what the caller expects. It returns nil only
// if the proof verifies and every expectation holds.
//
// The verifying key is the caller's trust anchor: Verify checks that it is
// the key the bundle names, not who made it. Take it from the model's
// on-chain registration or another source you trust, never from the bundle's
// sender alone; with fixed weights the key is what binds the model.
func Verify(b *prover.Bundle, vk prover.VerifyingKey, exp Expect) error {
	if err := checkStatement(b, vk, exp); err != nil {
		return err
	}
	pub, err := prover.PublicWitness(b.Statement())
	if err != nil {
		return err
	}
	return verifyProof(b.Backend, b.Proof, vk, pub)
}

// checkStatement checks everything but the proof: the bundle is well
// formed, the key is the one it names, and every expectation holds.
func checkStatement(b *prover.Bundle, vk io.WriterTo, exp Expect) error {
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
		in, out := m.InputShape().Size(), m.OutputShape().Size()
		if b.PublicInput != nil && len(b.PublicInput) != in || b.PublicOutput != nil && len(b.PublicOutput) != out {
			return fmt.Errorf("%w: public input/output of %d/%d values, model %q has %d/%d", ErrModelMismatch, len(b.PublicInput), len(b.PublicOutput), m.Name, in, out)
		}
		if b.Sealed != nil && len(b.Sealed.Ciphertext) != prover.CiphertextLen(out) {
			return fmt.Errorf("%w: a ciphertext of %d elements, model %q's output of %d values takes %d", ErrModelMismatch, len(b.Sealed.Ciphertext), m.Name, out, prover.CiphertextLen(out))
		}
	}
	if exp.Job != nil {
		if err := exp.Job.Validate(); err != nil {
			return fmt.Errorf("%w: the expected job: %v", ErrJobMismatch, err)
		}
		if tag := exp.Job.Tag(); !tag.Equal(&st.JobTag) {
			return fmt.Errorf("%w: the proof is bound to job tag %s, %s has tag %s", ErrJobMismatch, b.JobTag, exp.Job, prover.Field(tag))
		}
		if k := exp.Job.BuyerKey; k != nil && b.Sealed != nil && *k != b.Sealed.BuyerKey {
			return fmt.Errorf("%w: the output is sealed to buyer key %s, the job's is %s", ErrJobMismatch, b.Sealed.BuyerKey, *k)
		}
	}
	if exp.Buyer != nil && b.Sealed != nil {
		var n int
		switch {
		case exp.Model != nil:
			n = exp.Model.OutputShape().Size()
		case exp.Opening != nil:
			n = len(exp.Opening.Output)
		default:
			return fmt.Errorf("%w: opening an encrypted output needs its size: expect the model (Expect.Model)", ErrMalformed)
		}
		if _, _, err := exp.Buyer.Open(b.Sealed, st.JobTag, st.OutputCommitment, n); err != nil {
			return fmt.Errorf("%w: %w", ErrCommitmentMismatch, err)
		}
	}
	if b.PublicInput != nil {
		if err := checkCommitment("public input", models.DomainInput, zero, b.PublicInput, st.InputCommitment); err != nil {
			return err
		}
	}
	if b.PublicOutput != nil {
		if err := checkCommitment("public output", models.DomainOutput, zero, b.PublicOutput, st.OutputCommitment); err != nil {
			return err
		}
	}
	if o := exp.Opening; o != nil {
		if err := checkCommitment("input", models.DomainInput, o.InputSalt.Element(), o.Input, st.InputCommitment); err != nil {
			return err
		}
		if err := checkCommitment("output", models.DomainOutput, o.OutputSalt.Element(), o.Output, st.OutputCommitment); err != nil {
			return err
		}
	}
	if exp.Input != nil {
		salt := zero
		if exp.InputSalt != nil {
			salt = *exp.InputSalt
		}
		if err := checkCommitment("input", models.DomainInput, salt, exp.Input, st.InputCommitment); err != nil {
			return err
		}
	}
	return nil
}

var zero fr.Element

// checkKey checks that vk is the key whose SHA-256 a bundle names.
func checkKey(vk io.WriterTo, want string) error {
	var buf bytes.Buffer
	if _, err := vk.WriteTo(&buf); err != nil {
		return err
	}
	if sum := sha256.Sum256(buf.Bytes()); hex.EncodeToString(sum[:]) != want {
		return fmt.Errorf("%w: key hash %x, bundle names %s", ErrKeyMismatch, sum, want)
	}
	return nil
}

// checkModel checks that a bundle of circuit id with opts proves m.
func checkModel(m *models.Model, claim prover.BundleModel, opts prover.Options, id string) error {
	c := m.Commitment() // hashes every weight: once
	if want := claim.Commitment.Element(); !c.Equal(&want) {
		return fmt.Errorf("%w: bundle proves model %s (%q), expected %q with commitment %s", ErrModelMismatch, claim.Commitment, claim.Name, m.Name, prover.Field(c))
	}
	if got := prover.CircuitIDFor(m, opts, c); got != id {
		return fmt.Errorf("%w: bundle names circuit %s, model %q with %s compiles to %s", ErrModelMismatch, id, m.Name, opts, got)
	}
	return nil
}

func checkCommitment(what string, d models.Domain, salt fr.Element, values []int8, want fr.Element) error {
	if got := models.CommitTensor(d, salt, values); !got.Equal(&want) {
		return fmt.Errorf("%w: the %s (%d values) does not open the bundle's commitment %s", ErrCommitmentMismatch, what, len(values), prover.Field(want))
	}
	return nil
}

// Kind names the sentinel an error of Verify wraps, for people and for
// other languages ("invalid proof", "commitment mismatch", ...); "error"
// for any other.
func Kind(err error) string {
	for _, k := range []struct {
		err  error
		name string
	}{
		{ErrInvalidProof, "invalid proof"}, {ErrCommitmentMismatch, "commitment mismatch"},
		{ErrKeyMismatch, "key mismatch"}, {ErrModelMismatch, "model mismatch"},
		{ErrJobMismatch, "job mismatch"}, {ErrMalformed, "malformed bundle"},
	} {
		if errors.Is(err, k.err) {
			return k.name
		}
	}
	return "error"
}
