package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/internal/jsonerr"
	"github.com/zkinfer/zkinfer/models"
)

// BatchBundle is everything a verifier needs to check a batch proof, and
// nothing secret: per inference its commitments (and public values), the
// batch tag, the proof and the hash of the verifying key. A buyer checks
// its own job's opening against its entry alone (verifier.VerifyBatch).
type BatchBundle struct {
	Version     int         `json:"version"`
	Backend     string      `json:"backend"`
	Curve       string      `json:"curve"`
	CircuitID   string      `json:"circuitId"`
	Options     Options     `json:"options"`
	Constraints int         `json:"constraints"`
	Setup       string      `json:"setup"`
	Model       BundleModel `json:"model"`
	// Entries are the inferences, in the proof's order.
	Entries []BatchEntry `json:"entries"`
	// Challenge binds the proof to its jobs in order and to every
	// commitment (BatchJob.Challenge).
	Challenge Field `json:"challenge"`
	// Job names the jobs the proof pays, in order (nil: none); Check
	// refuses a bundle whose jobs and entries do not hash to Challenge.
	Job              *BatchJob `json:"job,omitempty"`
	Proof            []byte    `json:"proof"`
	VerifyingKeyHash string    `json:"verifyingKeyHash"`
}

// BatchEntry is one inference of a batch.
type BatchEntry struct {
	InputCommitment  Field  `json:"inputCommitment"`
	OutputCommitment Field  `json:"outputCommitment"`
	PublicInput      []int8 `json:"publicInput,omitempty"`
	PublicOutput     []int8 `json:"publicOutput,omitempty"`
}

// Statement is the public statement the bundle's proof proves.
func (b *BatchBundle) Statement() *BatchStatement {
	st := &BatchStatement{ModelCommitment: b.Model.Commitment.Element(), Job: b.Job}
	for _, e := range b.Entries {
		st.Jobs = append(st.Jobs, Statement{
			ModelCommitment: st.ModelCommitment, InputCommitment: e.InputCommitment.Element(),
			OutputCommitment: e.OutputCommitment.Element(), PublicOutput: e.PublicOutput,
		})
	}
	return st
}

// Check reports a batch bundle this build cannot verify, or whose fields
// contradict each other.
func (b *BatchBundle) Check() error {
	one := Bundle{Version: b.Version, Backend: b.Backend, Curve: b.Curve, CircuitID: b.CircuitID,
		Options: b.Options, Proof: b.Proof, VerifyingKeyHash: b.VerifyingKeyHash}
	if b.Options.Input == Public {
		one.PublicInput = []int8{}
	}
	if b.Options.Output == Public {
		one.PublicOutput = []int8{}
	}
	if err := one.Check(); err != nil {
		return err
	}
	if b.Options.Batch < 2 || len(b.Entries) != b.Options.Batch {
		return fmt.Errorf("%w: %d entries in a batch of %d", ErrMalformedBundle, len(b.Entries), b.Options.Batch)
	}
	for i, e := range b.Entries {
		if (b.Options.Input == Public) != (e.PublicInput != nil) || (b.Options.Output == Public) != (e.PublicOutput != nil) {
			return fmt.Errorf("%w: entry %d: public values contradict input %s, output %s", ErrMalformedBundle, i, b.Options.Input, b.Options.Output)
		}
	}
	if b.Job != nil {
		if err := b.Job.Validate(); err != nil {
			return fmt.Errorf("%w: %v", ErrMalformedBundle, err)
		}
		if len(b.Job.IDs) != len(b.Entries) {
			return fmt.Errorf("%w: %d jobs for %d entries", ErrMalformedBundle, len(b.Job.IDs), len(b.Entries))
		}
	}
	if c := b.Statement().Challenge(); c != b.Challenge.Element() {
		return fmt.Errorf("%w: challenge %s is not the hash of the bundle's jobs and commitments", ErrMalformedBundle, b.Challenge)
	}
	return nil
}

// WriteTo writes the bundle as indented JSON; it implements io.WriterTo.
func (b *BatchBundle) WriteTo(w io.Writer) (int64, error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(data, '\n'))
	return int64(n), err
}

// ReadFrom reads a batch bundle in its JSON form and checks it; it
// implements io.ReaderFrom. Errors wrap ErrMalformedBundle.
func (b *BatchBundle) ReadFrom(r io.Reader) (int64, error) {
	data, err := readBundleBytes(r)
	n := int64(len(data))
	if err != nil {
		return n, err
	}
	var out BatchBundle
	if err := jsonerr.Decode(data, &out); err != nil {
		return n, fmt.Errorf("%w: %w", ErrMalformedBundle, err)
	}
	if err := out.Check(); err != nil {
		return n, err
	}
	*b = out
	return n, nil
}

// IsBatchBundle reports whether data is the JSON of a batch bundle (it has
// entries), so that a reader can tell the two kinds of bundle apart.
func IsBatchBundle(data []byte) bool {
	return !bytes.HasPrefix(data, BundleMagic[:]) && slices.Contains(jsonerr.Keys(data), "entries")
}

// ReadBatchBundleFile reads and checks the batch bundle in file path.
func ReadBatchBundleFile(path string) (*BatchBundle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b BatchBundle
	if _, err := b.ReadFrom(f); err != nil {
		return nil, fileError(path, "a batch proof bundle", err, ErrOpeningNotBundle)
	}
	return &b, nil
}

// BatchPublicWitness is the public part of the witness for a batch
// statement, in the circuit's order.
func BatchPublicWitness(st *BatchStatement) (witness.Witness, error) {
	return publicWitness(st.PublicInputs())
}

// ProveBatch runs the model on every input and proves them in one batch
// proof with keys of a batch circuit (Options.Batch inferences), for the
// jobs of job in order (nil: a proof that pays no job). salts holds the
// buyers' input salts (nil, or nil entries, draw fresh ones). It returns
// the bundle and each inference's opening, in order.
func ProveBatch(ctx context.Context, k *Keys, m *models.Model, inputs [][]int8, salts []*fr.Element, job *BatchJob) (*BatchBundle, []*Opening, Timings, error) {
	var tm Timings
	start := time.Now()
	if k.Options.Batch < 2 {
		return nil, nil, tm, fmt.Errorf("%w: keys of circuit %s prove one inference, not a batch", ErrOptions, k.ID)
	}
	mc := m.Commitment()
	if want := circuitID(m, k.Options, mc); want != k.ID {
		return nil, nil, tm, fmt.Errorf("keys are for circuit %s, model %q with %s needs %s", k.ID, m.Name, k.Options, want)
	}
	os, st, asg, err := batchInference(ctx, m, mc, k.Options, inputs, salts, job)
	if err != nil {
		return nil, nil, tm, err
	}
	w, err := frontend.NewWitness(asg, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, tm, fmt.Errorf("witness: %w", err)
	}
	tm.Witness = time.Since(start)
	if err := ctx.Err(); err != nil {
		return nil, nil, tm, err
	}
	start = time.Now()
	proof, err := proveWitness(k, w)
	if err != nil {
		return nil, nil, tm, fmt.Errorf("prove a batch of %d for %q: %w", len(inputs), m.Name, err)
	}
	tm.Prove = time.Since(start)
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return nil, nil, tm, err
	}
	b := &BatchBundle{
		Version: BundleVersion, Backend: k.System(), Curve: CurveBN254, CircuitID: k.ID, Options: k.Options,
		Constraints: k.Constraints, Setup: k.Setup, Model: BundleModel{Name: m.Name, Commitment: Field(mc)},
		Challenge: Field(st.Challenge()), Job: job, Proof: buf.Bytes(), VerifyingKeyHash: k.VKHash,
	}
	for i, s := range st.Jobs {
		e := BatchEntry{InputCommitment: Field(s.InputCommitment), OutputCommitment: Field(s.OutputCommitment), PublicOutput: s.PublicOutput}
		if k.Options.Input == Public {
			e.PublicInput = append([]int8{}, inputs[i]...)
		}
		b.Entries = append(b.Entries, e)
	}
	return b, os, tm, nil
}
