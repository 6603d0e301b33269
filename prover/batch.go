package prover

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/runtime"
)

// BatchCircuit proves Options.Batch inferences of one model in one proof.
// Each inference keeps its own input and output commitments; the model is
// bound once (with committed weights its parameters are range-checked and
// hashed once), and the products of the linear layers that pay for it are
// checked with Freivalds' test (freivalds.go). The public inputs, in order,
// are ModelCommitment, BatchTag, the input commitments, the output
// commitments and, when the output is public, every inference's output
// values, one inference after another.
type BatchCircuit struct {
	ModelCommitment   frontend.Variable   `gnark:",public"`
	BatchTag          frontend.Variable   `gnark:",public"`
	InputCommitments  []frontend.Variable `gnark:",public"`
	OutputCommitments []frontend.Variable `gnark:",public"`
	PublicOutputs     []frontend.Variable `gnark:",public"`

	Inputs      [][]frontend.Variable
	InputSalts  []frontend.Variable
	OutputSalts []frontend.Variable
	Weights     [][]frontend.Variable
	Biases      [][]frontend.Variable

	model *models.Model
	opts  Options
}

// NewBatchCircuit returns the batch circuit for model with opts (opts.Batch
// inferences), its witness slices sized, ready for frontend.Compile.
func NewBatchCircuit(m *models.Model, opts Options) (*BatchCircuit, error) {
	opts, err := resolve(m, opts)
	if err != nil {
		return nil, err
	}
	if opts.Batch < 2 {
		return nil, fmt.Errorf("%w: a batch circuit proves 2 to %d inferences, not %d", ErrOptions, MaxBatch, opts.Batch)
	}
	one, err := NewCircuit(m, withoutBatch(opts))
	if err != nil {
		return nil, err
	}
	n := opts.Batch
	b := &BatchCircuit{model: m, opts: opts, Weights: one.Weights, Biases: one.Biases}
	b.InputCommitments = make([]frontend.Variable, n)
	b.OutputCommitments = make([]frontend.Variable, n)
	b.PublicOutputs = make([]frontend.Variable, n*len(one.PublicOutput))
	b.Inputs = make([][]frontend.Variable, n)
	b.InputSalts = make([]frontend.Variable, n)
	b.OutputSalts = make([]frontend.Variable, n)
	for i := range n {
		b.Inputs[i] = make([]frontend.Variable, len(one.Input))
	}
	return b, nil
}

// withoutBatch is opts for the single-inference circuit.
func withoutBatch(opts Options) Options {
	opts.Batch = 0
	return opts
}

// Define implements frontend.Circuit.
func (b *BatchCircuit) Define(api frontend.API) error {
	m, opts := b.model, b.opts
	rc := newRangeChecker(api, opts.RangeCheck)
	c := &Circuit{model: m, opts: withoutBatch(opts), Weights: b.Weights, Biases: b.Biases,
		products: newProducts(m, opts, opts.Batch)}

	// as Circuit's job tag: a public input must take part in a constraint
	api.Mul(b.BatchTag, b.BatchTag)
	if err := c.bindModel(api, rc, b.ModelCommitment); err != nil {
		return err
	}
	outs := len(b.PublicOutputs) / opts.Batch
	for i, input := range b.Inputs {
		for _, v := range input {
			rc.CheckInt8(v)
		}
		if opts.Input == Public {
			api.AssertIsEqual(b.InputSalts[i], 0)
		}
		if err := assertCommitment(api, models.DomainInput, b.InputSalts[i], input, b.InputCommitments[i]); err != nil {
			return err
		}
		values, err := c.forward(api, rc, input, len(m.Nodes))
		if err != nil {
			return fmt.Errorf("inference %d: %w", i, err)
		}
		if err := c.output(api, values[m.Output], b.OutputSalts[i], b.PublicOutputs[i*outs:(i+1)*outs], b.OutputCommitments[i]); err != nil {
			return err
		}
	}
	c.products.check(api)
	return rc.finish()
}

// BatchJob names the escrow jobs a batch proof pays, in the order of the
// proof's inferences. They are jobs of one escrow, one provider and one
// model.
type BatchJob struct {
	ChainID  *big.Int       `json:"chainId"`
	Escrow   common.Address `json:"escrow"`
	Provider common.Address `json:"provider"`
	IDs      []*big.Int     `json:"ids"`
}

// Tag is keccak256(abi.encode(chainId, escrow, provider, ids)) reduced to
// the BN254 scalar field, as Escrow.batchTag computes it: it binds the
// proof to these jobs in this order, by this provider. The tag of a nil
// batch job, a proof made for no job, is 0.
func (j *BatchJob) Tag() fr.Element {
	var e fr.Element
	if j == nil {
		return e
	}
	buf := make([]byte, 32*(5+len(j.IDs)))
	j.ChainID.FillBytes(buf[0:32])
	copy(buf[44:64], j.Escrow[:])
	copy(buf[76:96], j.Provider[:])
	big.NewInt(128).FillBytes(buf[96:128]) // offset of the dynamic array
	big.NewInt(int64(len(j.IDs))).FillBytes(buf[128:160])
	for i, id := range j.IDs {
		id.FillBytes(buf[160+32*i : 192+32*i])
	}
	h := sha3.NewLegacyKeccak256()
	h.Write(buf)
	e.SetBigInt(new(big.Int).SetBytes(h.Sum(nil)))
	return e
}

// Validate refuses a batch job whose numbers do not fit the escrow's
// uint256s, or that names a job twice.
func (j *BatchJob) Validate() error {
	if j == nil {
		return nil
	}
	if j.ChainID == nil {
		return errors.New("batch job: chain id is required")
	}
	seen := map[string]bool{}
	for _, v := range append([]*big.Int{j.ChainID}, j.IDs...) {
		if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
			return fmt.Errorf("batch job: %v is not a uint256", v)
		}
	}
	for _, id := range j.IDs {
		if seen[id.String()] {
			return fmt.Errorf("batch job: job %s is named twice", id)
		}
		seen[id.String()] = true
	}
	return nil
}

// Job is the single job at position i of the batch.
func (j *BatchJob) Job(i int) *Job {
	if j == nil {
		return nil
	}
	return &Job{ChainID: j.ChainID, Escrow: j.Escrow, ID: j.IDs[i], Provider: j.Provider}
}

// BatchStatement is the public side of a batch: what a batch proof proves.
type BatchStatement struct {
	ModelCommitment fr.Element
	// Tag binds the proof to its jobs in order (BatchJob.Tag; 0 for none).
	Tag fr.Element
	// Jobs holds each inference's commitments and, when public, output;
	// their JobTag is unused.
	Jobs []Statement
}

// PublicInputs lists the proof's public inputs in circuit order.
func (s *BatchStatement) PublicInputs() []fr.Element {
	out := []fr.Element{s.ModelCommitment, s.Tag}
	for _, j := range s.Jobs {
		out = append(out, j.InputCommitment)
	}
	for _, j := range s.Jobs {
		out = append(out, j.OutputCommitment)
	}
	for _, j := range s.Jobs {
		for _, v := range j.PublicOutput {
			out = append(out, int8Element(v))
		}
	}
	return out
}

// Statement is the statement of inference i alone, with the tag of its
// job (nil: none).
func (s *BatchStatement) Statement(i int, job *Job) *Statement {
	st := s.Jobs[i]
	st.ModelCommitment = s.ModelCommitment
	st.JobTag = job.Tag()
	return &st
}

// batchInference runs the model on every input and prepares the openings,
// the statement and the full assignment of a batch proof. salts[i] is the
// input salt of inference i (nil entries, or a nil slice, draw fresh ones).
func batchInference(ctx context.Context, m *models.Model, mc fr.Element, opts Options, inputs [][]int8, salts []*fr.Element, job *BatchJob) ([]*Opening, *BatchStatement, *BatchCircuit, error) {
	if err := job.Validate(); err != nil {
		return nil, nil, nil, err
	}
	if len(inputs) != opts.Batch {
		return nil, nil, nil, fmt.Errorf("%w: %d inputs for a batch of %d", runtime.ErrInput, len(inputs), opts.Batch)
	}
	if job != nil && len(job.IDs) != len(inputs) {
		return nil, nil, nil, fmt.Errorf("%d jobs for %d inputs", len(job.IDs), len(inputs))
	}
	if salts != nil && len(salts) != len(inputs) {
		return nil, nil, nil, fmt.Errorf("%d input salts for %d inputs", len(salts), len(inputs))
	}
	one := withoutBatch(opts)
	st := &BatchStatement{ModelCommitment: mc, Tag: job.Tag()}
	openings := make([]*Opening, len(inputs))
	for i, in := range inputs {
		var salt *fr.Element
		if salts != nil {
			salt = salts[i]
		}
		o, s, err := inferenceOnly(ctx, m, mc, one, in, salt)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("inference %d: %w", i, err)
		}
		openings[i] = o
		st.Jobs = append(st.Jobs, *s)
	}
	c, err := AssignBatch(m, opts, openings, st)
	return openings, st, c, err
}

// AssignBatch builds the full witness assignment of a batch circuit.
func AssignBatch(m *models.Model, opts Options, os []*Opening, st *BatchStatement) (*BatchCircuit, error) {
	b, err := NewBatchCircuit(m, opts)
	if err != nil {
		return nil, err
	}
	if len(os) != len(b.Inputs) || len(st.Jobs) != len(b.Inputs) {
		return nil, fmt.Errorf("%w: %d openings and %d statements for a batch of %d", runtime.ErrInput, len(os), len(st.Jobs), len(b.Inputs))
	}
	b.ModelCommitment = elementToBig(st.ModelCommitment)
	b.BatchTag = elementToBig(st.Tag)
	outs := len(b.PublicOutputs) / len(b.Inputs)
	for i, o := range os {
		one, err := Assign(m, withoutBatch(b.opts), o, &st.Jobs[i])
		if err != nil {
			return nil, fmt.Errorf("inference %d: %w", i, err)
		}
		b.Inputs[i] = one.Input
		b.InputSalts[i], b.OutputSalts[i] = one.InputSalt, one.OutputSalt
		b.InputCommitments[i], b.OutputCommitments[i] = one.InputCommitment, one.OutputCommitment
		copy(b.PublicOutputs[i*outs:(i+1)*outs], one.PublicOutput)
		if i == 0 {
			b.Weights, b.Biases = one.Weights, one.Biases
		}
	}
	return b, nil
}

// compile-time check
var _ frontend.Circuit = (*BatchCircuit)(nil)
