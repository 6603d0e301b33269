package prover

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	goruntime "runtime"
	"sync"

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
// checked with Freivalds' test (freivalds.go).
//
// The commitments are not public inputs one by one: each Groth16 public
// input costs a scalar multiplication (6,000 gas) at every verification.
// The public inputs, in order, are ModelCommitment, Challenge, one Digest
// per inference and, when the output is public, every inference's output
// values in turn, with
//
//	Digest_i = InputCommitment_i + Challenge · OutputCommitment_i,
//
// where Challenge is a hash of the jobs and of every commitment
// (BatchJob.Challenge), which the escrow computes from the deposits and the
// claimed outputs. The prover fixes every commitment before the challenge
// exists; to pass with another input or output in inference i it would
// have to find data whose two Poseidon2 commitments meet that one linear
// equation, a preimage search. Each digest is its own equation, so no sum
// over the batch can be steered.
type BatchCircuit struct {
	ModelCommitment frontend.Variable   `gnark:",public"`
	Challenge       frontend.Variable   `gnark:",public"`
	Digests         []frontend.Variable `gnark:",public"`
	PublicOutputs   []frontend.Variable `gnark:",public"`

	InputCommitments  []frontend.Variable
	OutputCommitments []frontend.Variable
	Inputs            [][]frontend.Variable
	InputSalts        []frontend.Variable
	OutputSalts       []frontend.Variable
	Weights           [][]frontend.Variable
	Biases            [][]frontend.Variable

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
	b.Digests = make([]frontend.Variable, n)
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

	for i := range b.Digests {
		api.AssertIsEqual(b.Digests[i], api.Add(b.InputCommitments[i], api.Mul(b.Challenge, b.OutputCommitments[i])))
	}
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

// Challenge is the batch's challenge for the given input and output
// commitments, in the proof's order: 1 + keccak256(abi.encode(chainId,
// escrow, provider, ids, inputCommitments, outputCommitments)) mod (r − 1),
// as Escrow.fulfillBatch computes it. It binds the proof to these jobs in
// this order, by this provider, and to every commitment. A nil batch job
// (a proof made for no job) hashes zeros and no ids.
func (j *BatchJob) Challenge(in, out []fr.Element) fr.Element {
	var chainID big.Int
	var escrow, provider common.Address
	var ids []*big.Int
	if j != nil {
		chainID, escrow, provider, ids = *j.ChainID, j.Escrow, j.Provider, j.IDs
	}
	word := func(v *big.Int) []byte { return v.FillBytes(make([]byte, 32)) }
	addr := func(a common.Address) []byte { return common.LeftPadBytes(a[:], 32) }
	n := big.NewInt
	buf := append(word(&chainID), addr(escrow)...)
	buf = append(buf, addr(provider)...)
	off1 := 6 * 32
	off2 := off1 + 32*(1+len(ids))
	off3 := off2 + 32*(1+len(in))
	buf = append(buf, word(n(int64(off1)))...)
	buf = append(buf, word(n(int64(off2)))...)
	buf = append(buf, word(n(int64(off3)))...)
	buf = append(buf, word(n(int64(len(ids))))...)
	for _, id := range ids {
		buf = append(buf, word(id)...)
	}
	for _, list := range [][]fr.Element{in, out} {
		buf = append(buf, word(n(int64(len(list))))...)
		for _, e := range list {
			buf = append(buf, word(e.BigInt(new(big.Int)))...)
		}
	}
	h := sha3.NewLegacyKeccak256()
	h.Write(buf)
	r := fr.Modulus()
	v := new(big.Int).SetBytes(h.Sum(nil))
	v.Mod(v, r.Sub(r, big.NewInt(1)))
	v.Add(v, big.NewInt(1))
	var e fr.Element
	e.SetBigInt(v)
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

// String names the jobs for people.
func (j *BatchJob) String() string {
	if j == nil {
		return "no job"
	}
	return fmt.Sprintf("jobs %v of escrow %s on chain %s, provider %s", j.IDs, j.Escrow.Hex(), j.ChainID, j.Provider.Hex())
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
	// Job names the jobs the proof pays, in order (nil: none).
	Job *BatchJob
	// Jobs holds each inference's commitments and, when public, output;
	// their JobTag is unused.
	Jobs []Statement
}

// Challenge is the statement's challenge (BatchJob.Challenge).
func (s *BatchStatement) Challenge() fr.Element {
	in := make([]fr.Element, len(s.Jobs))
	out := make([]fr.Element, len(s.Jobs))
	for i, j := range s.Jobs {
		in[i], out[i] = j.InputCommitment, j.OutputCommitment
	}
	return s.Job.Challenge(in, out)
}

// Digests are the per-inference public inputs: input commitment +
// challenge · output commitment.
func (s *BatchStatement) Digests() []fr.Element {
	c := s.Challenge()
	out := make([]fr.Element, len(s.Jobs))
	for i, j := range s.Jobs {
		out[i].Mul(&c, &j.OutputCommitment)
		out[i].Add(&out[i], &j.InputCommitment)
	}
	return out
}

// PublicInputs lists the proof's public inputs in circuit order.
func (s *BatchStatement) PublicInputs() []fr.Element {
	out := []fr.Element{s.ModelCommitment, s.Challenge()}
	out = append(out, s.Digests()...)
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
	st := &BatchStatement{ModelCommitment: mc, Job: job}
	openings := make([]*Opening, len(inputs))
	st.Jobs = make([]Statement, len(inputs))
	errs := make([]error, len(inputs))
	// the inferences are independent: run them on every core
	var wg sync.WaitGroup
	next := make(chan int, len(inputs))
	for i := range inputs {
		next <- i
	}
	close(next)
	for range min(goruntime.GOMAXPROCS(0), len(inputs)) {
		wg.Go(func() {
			for i := range next {
				var salt *fr.Element
				if salts != nil {
					salt = salts[i]
				}
				o, s, err := inferenceOnly(ctx, m, mc, one, inputs[i], salt)
				if err != nil {
					errs[i] = fmt.Errorf("inference %d: %w", i, err)
					continue
				}
				openings[i], st.Jobs[i] = o, *s
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, nil, err
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
	b.Challenge = elementToBig(st.Challenge())
	for i, d := range st.Digests() {
		b.Digests[i] = elementToBig(d)
	}
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
