package prover

import (
	"errors"
	"fmt"
)

// Visibility says how a group of values appears to the verifier.
type Visibility string

// Visibilities. Weights are Fixed or Committed; input is Committed or
// Public; output is Committed, Public or Encrypted.
const (
	// Fixed weights are circuit constants: the verifying key binds the model.
	Fixed Visibility = "fixed"
	// Committed values are private witnesses bound by a public Poseidon2
	// commitment (salted for input and output).
	Committed Visibility = "committed"
	// Public input and output are revealed: the commitment is unsalted and
	// public output values are also public inputs of the proof.
	Public Visibility = "public"
	// Encrypted output is committed, and the proof also shows that a
	// public ciphertext, encrypted to the job's buyer key, opens the
	// commitment (seal.go): the transaction that pays for the proof
	// delivers the output to the buyer.
	Encrypted Visibility = "encrypted"
)

// RangeCheck selects how the circuit proves that a value fits in n bits.
type RangeCheck string

const (
	// RangeCheckBits decomposes into bits: n+1 constraints per check and no
	// Groth16 commitment, so cheaper to verify on chain.
	RangeCheckBits RangeCheck = "bits"
	// RangeCheckLogDeriv proves ranges, clamps and tables with
	// log-derivative lookups on tables sized for the circuit (lookup.go):
	// one or two constraints per check, at the price of a commitment in the
	// proof (about +93k gas to verify a Groth16 proof on chain).
	RangeCheckLogDeriv RangeCheck = "logderiv"
	// RangeCheckAuto picks one of the two per circuit by total cost
	// (Choose): the default.
	RangeCheckAuto RangeCheck = "auto"
)

// Options choose the circuit compiled for a model.
type Options struct {
	Weights    Visibility `json:"weights"`
	Input      Visibility `json:"input"`
	Output     Visibility `json:"output"`
	RangeCheck RangeCheck `json:"rangeCheck"`
	// ProofSystem is empty for Groth16 (the default) or BackendPlonk.
	ProofSystem string `json:"proofSystem,omitempty"`
	// Batch is the number of inferences one proof covers: 0 or 1 for the
	// single-inference circuit (Circuit), 2..MaxBatch for a BatchCircuit.
	Batch int `json:"batch,omitempty"`
}

// MaxBatch is the largest batch a circuit proves.
const MaxBatch = 64

// Jobs is the number of inferences a proof of the options covers.
func (o Options) Jobs() int { return max(o.Batch, 1) }

// System is the proof system the options choose: BackendGroth16 or
// BackendPlonk.
func (o Options) System() string {
	if o.ProofSystem == BackendPlonk {
		return BackendPlonk
	}
	return BackendGroth16
}

// ErrOptions is wrapped by errors about invalid options.
var ErrOptions = errors.New("invalid circuit options")

// DefaultOptions are fixed weights with committed input and output; the
// range checks are chosen by cost (RangeCheckAuto).
func DefaultOptions() Options {
	return Options{Weights: Fixed, Input: Committed, Output: Committed}
}

// WithDefaults fills empty fields: fixed weights, committed input and
// output, range checks chosen by cost (RangeCheckAuto, resolved by Choose).
func (o Options) WithDefaults() Options {
	if o.Weights == "" {
		o.Weights = Fixed
	}
	if o.Input == "" {
		o.Input = Committed
	}
	if o.Output == "" {
		o.Output = Committed
	}
	if o.RangeCheck == "" {
		o.RangeCheck = RangeCheckAuto
	}
	return o
}

// Validate reports options that name no known visibility or range check.
func (o Options) Validate() error {
	if o.Weights != Fixed && o.Weights != Committed {
		return fmt.Errorf("%w: weights %q (want fixed or committed)", ErrOptions, o.Weights)
	}
	if o.Input != Committed && o.Input != Public {
		return fmt.Errorf("%w: input %q (want committed or public)", ErrOptions, o.Input)
	}
	if o.Output != Committed && o.Output != Public && o.Output != Encrypted {
		return fmt.Errorf("%w: output %q (want committed, public or encrypted)", ErrOptions, o.Output)
	}
	if o.RangeCheck != RangeCheckBits && o.RangeCheck != RangeCheckLogDeriv && o.RangeCheck != RangeCheckAuto {
		return fmt.Errorf("%w: range check %q (want auto, bits or logderiv)", ErrOptions, o.RangeCheck)
	}
	if o.ProofSystem != "" && o.ProofSystem != BackendPlonk {
		return fmt.Errorf("%w: proof system %q (want empty for groth16, or plonk)", ErrOptions, o.ProofSystem)
	}
	if o.Batch < 0 || o.Batch > MaxBatch {
		return fmt.Errorf("%w: batch of %d inferences (want 1 to %d)", ErrOptions, o.Batch, MaxBatch)
	}
	if o.Batch > 1 && o.Output == Encrypted {
		return fmt.Errorf("%w: an encrypted output is proven one job at a time (each job has its own buyer key); drop the batch or choose a committed output", ErrOptions)
	}
	return nil
}

func (o Options) String() string {
	s := fmt.Sprintf("weights=%s,input=%s,output=%s,rangecheck=%s", o.Weights, o.Input, o.Output, o.RangeCheck)
	if o.ProofSystem != "" {
		s += ",system=" + o.ProofSystem // Groth16 circuit ids stay what they were
	}
	if o.Batch > 1 {
		s += fmt.Sprintf(",batch=%d", o.Batch) // single circuits keep their ids
	}
	return s
}
