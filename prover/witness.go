package prover

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/runtime"
)

// Opening is the secret side of a bundle: the plaintext input and output
// and the salts of their commitments. A buyer who holds it can recompute
// both commitments; it never goes into a bundle.
type Opening struct {
	Input      []int8 `json:"input"`
	InputSalt  Field  `json:"inputSalt"`
	Output     []int8 `json:"output"`
	OutputSalt Field  `json:"outputSalt"`
}

// Statement is the public side of an inference: what the proof proves.
type Statement struct {
	ModelCommitment  fr.Element
	InputCommitment  fr.Element
	OutputCommitment fr.Element
	// JobTag binds the proof to one escrow job (Job.Tag; 0 for none).
	JobTag fr.Element
	// PublicOutput is set when the output is public.
	PublicOutput []int8
	// Sealed is the encrypted output when the output is encrypted.
	Sealed *Sealed
}

// PublicInputs lists the proof's public inputs in circuit order.
func (s *Statement) PublicInputs() []fr.Element {
	out := []fr.Element{s.ModelCommitment, s.InputCommitment, s.OutputCommitment, s.JobTag}
	for _, v := range s.PublicOutput {
		out = append(out, int8Element(v))
	}
	if s.Sealed != nil {
		out = append(out, s.Sealed.Elements()...)
	}
	return out
}

func int8Element(v int8) fr.Element {
	var e fr.Element
	e.SetInt64(int64(v))
	return e
}

// Inference runs the model and prepares everything a proof needs: the
// opening (with the given input salt, or a fresh one when nil; zero when the
// input is public), the statement for job (nil: no job) and the full
// assignment.
func Inference(ctx context.Context, m *models.Model, opts Options, input []int8, inputSalt *fr.Element, job *Job) (*Opening, *Statement, *Circuit, error) {
	return inference(ctx, m, m.Commitment(), opts, input, inputSalt, job)
}

// inference is Inference given the model's commitment, mc.
func inference(ctx context.Context, m *models.Model, mc fr.Element, opts Options, input []int8, inputSalt *fr.Element, job *Job) (*Opening, *Statement, *Circuit, error) {
	if err := job.Validate(); err != nil {
		return nil, nil, nil, err
	}
	opts = opts.WithDefaults()
	o, st, err := inferenceOnly(ctx, m, mc, opts, input, inputSalt)
	if err != nil {
		return nil, nil, nil, err
	}
	st.JobTag = job.Tag()
	var e *big.Int
	if opts.Output == Encrypted {
		if job == nil || job.BuyerKey == nil {
			return nil, nil, nil, fmt.Errorf("%w: an encrypted output is sealed to the job's buyer key, and none was given", ErrBuyerKey)
		}
		if st.Sealed, e, err = seal(*job.BuyerKey, st.JobTag, o.OutputSalt.Element(), o.Output); err != nil {
			return nil, nil, nil, err
		}
	}
	c, err := Assign(m, opts, o, st)
	if err != nil || e == nil {
		return o, st, c, err
	}
	pk, err := pointOfY(job.BuyerKey.Element())
	c.Seal = []frontend.Variable{e, elementToBig(pk.X)}
	return o, st, c, err
}

// inferenceOnly runs the model and returns the opening and the statement
// (with no job tag) of one inference.
func inferenceOnly(ctx context.Context, m *models.Model, mc fr.Element, opts Options, input []int8, inputSalt *fr.Element) (*Opening, *Statement, error) {
	opts = opts.WithDefaults()
	trace, err := runtime.Execute(ctx, m, input)
	if err != nil {
		return nil, nil, err
	}
	o := &Opening{Input: append([]int8(nil), input...), Output: trace.Output(m)}
	if opts.Input == Committed {
		salt := inputSalt
		if salt == nil {
			s, err := models.NewSalt()
			if err != nil {
				return nil, nil, err
			}
			salt = &s
		}
		o.InputSalt = Field(*salt)
	}
	if opts.Output == Committed || opts.Output == Encrypted {
		s, err := models.NewSalt()
		if err != nil {
			return nil, nil, err
		}
		o.OutputSalt = Field(s)
	}
	return o, commit(mc, opts, o), nil
}

// Commit computes the statement an opening makes for a model.
func Commit(m *models.Model, opts Options, o *Opening) *Statement {
	return commit(m.Commitment(), opts, o)
}

// commit is Commit given the model's commitment, mc.
func commit(mc fr.Element, opts Options, o *Opening) *Statement {
	opts = opts.WithDefaults()
	st := &Statement{
		ModelCommitment:  mc,
		InputCommitment:  models.CommitTensor(models.DomainInput, o.InputSalt.Element(), o.Input),
		OutputCommitment: models.CommitTensor(models.DomainOutput, o.OutputSalt.Element(), o.Output),
	}
	if opts.Output == Public {
		st.PublicOutput = append([]int8(nil), o.Output...)
	}
	return st
}

// Assign builds the full witness assignment of the circuit for an opening.
// The intermediate values are not assigned: the circuit's hints recompute
// them, and the constraints check them.
func Assign(m *models.Model, opts Options, o *Opening, st *Statement) (*Circuit, error) {
	c, err := NewCircuit(m, opts)
	if err != nil {
		return nil, err
	}
	if len(o.Input) != len(c.Input) {
		return nil, fmt.Errorf("%w: %d input values, circuit takes %d", runtime.ErrInput, len(o.Input), len(c.Input))
	}
	c.ModelCommitment = elementToBig(st.ModelCommitment)
	c.InputCommitment = elementToBig(st.InputCommitment)
	c.OutputCommitment = elementToBig(st.OutputCommitment)
	c.JobTag = elementToBig(st.JobTag)
	for i, v := range st.PublicOutput {
		if i < len(c.PublicOutput) {
			c.PublicOutput[i] = int(v)
		}
	}
	if st.Sealed != nil {
		if len(st.Sealed.Elements()) != len(c.Sealed) {
			return nil, fmt.Errorf("%w: %d ciphertext elements, the circuit takes %d", ErrMalformedBundle, len(st.Sealed.Ciphertext), len(c.Sealed)-2)
		}
		for i, v := range st.Sealed.Elements() {
			c.Sealed[i] = elementToBig(v)
		}
	}
	for i, v := range o.Input {
		c.Input[i] = int(v)
	}
	c.InputSalt = elementToBig(o.InputSalt.Element())
	c.OutputSalt = elementToBig(o.OutputSalt.Element())
	if c.opts.Weights == Committed {
		for k := range m.Nodes {
			for i, w := range m.Nodes[k].Weights {
				c.Weights[k][i] = int(w)
			}
			for i, b := range m.Nodes[k].Bias {
				c.Biases[k][i] = big.NewInt(int64(b))
			}
		}
	}
	return c, nil
}

// compile-time check
var _ frontend.Circuit = (*Circuit)(nil)
