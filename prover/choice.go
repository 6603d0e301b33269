package prover

import (
	"fmt"
	"math"

	"github.com/zkinfer/zkinfer/models"
)

// The range-check mode of a circuit is a trade: lookups (RangeCheckLogDeriv)
// cost far fewer constraints, so proofs are faster, but they need a
// commitment in the proof, which costs gas at every on-chain verification;
// bit decomposition (RangeCheckBits) costs more constraints and no gas.
// RangeCheckAuto compiles both and keeps the cheaper by
//
//	cost = constraints · ConstraintGas + CommitmentGas(proof system, mode).

// DefaultConstraintGas is the gas one constraint is weighed at when the
// mode is chosen: a 2-core prover proves about 100k constraints per second
// (bench/results), so this values a second of proving at 200k gas, close
// to what the Groth16 commitment costs. Small circuits keep bit
// decomposition (no gas) and the CNNs take lookups (seconds of proving
// saved). Batched settlement, which shares a verification among jobs, will
// lower the gas side.
const DefaultConstraintGas = 2.0

// CommitmentGas is what a lookup commitment adds to one on-chain
// verification of a proof of the system: for Groth16 the escrow's fulfil
// with and without one (contracts/testdata/gas.csv, Osaka: 376,725 against
// 283,248 gas); for PLONK the verification of a BSB22 commitment (about 24k
// gas in bench/results).
func CommitmentGas(system string) int {
	if system == BackendPlonk {
		return 24_000
	}
	return 93_477
}

// RangeChoice records how RangeCheckAuto chose: the constraints of each mode
// and the rate they were weighed at.
type RangeChoice struct {
	Chosen        RangeCheck `json:"chosen"`
	Bits          int        `json:"bitsConstraints"`
	LogDeriv      int        `json:"logderivConstraints"`
	CommitmentGas int        `json:"commitmentGas"`
	ConstraintGas float64    `json:"constraintGas"`
}

// String says what was chosen and why, in a line.
func (c RangeChoice) String() string {
	return fmt.Sprintf("range checks %s, chosen by cost: lookups take %d constraints and %d more gas per verification, bit decomposition %d constraints (a constraint weighed at %g gas)",
		c.Chosen, c.LogDeriv, c.CommitmentGas, c.Bits, c.ConstraintGas)
}

// Choose resolves RangeCheckAuto for m: it compiles the circuit in both
// modes and keeps the one of lower cost, constraints weighed at
// constraintGas gas each (DefaultConstraintGas when 0). Options with a mode
// already set are returned as they are, with a nil choice.
func Choose(m *models.Model, opts Options, constraintGas float64) (Options, *RangeChoice, error) {
	opts = opts.WithDefaults()
	if opts.RangeCheck != RangeCheckAuto {
		return opts, nil, opts.Validate()
	}
	if opts.Batch > 1 {
		// A batch shares the commitment's gas among its jobs, and its
		// product checks (freivalds.go) need a commitment anyway.
		opts.RangeCheck = RangeCheckLogDeriv
		return opts, nil, opts.Validate()
	}
	if constraintGas == 0 {
		constraintGas = DefaultConstraintGas
	}
	if constraintGas < 0 || math.IsNaN(constraintGas) || math.IsInf(constraintGas, 0) {
		return opts, nil, fmt.Errorf("%w: constraint gas %v (want a positive number)", ErrOptions, constraintGas)
	}
	c := &RangeChoice{CommitmentGas: CommitmentGas(opts.System()), ConstraintGas: constraintGas}
	if hasLookups(m) {
		c.CommitmentGas = 0 // its lookup nodes need a commitment either way
	}
	for _, mode := range []RangeCheck{RangeCheckLogDeriv, RangeCheckBits} {
		o := opts
		o.RangeCheck = mode
		ccs, err := Compile(m, o)
		if err != nil {
			return opts, nil, err
		}
		if mode == RangeCheckBits {
			c.Bits = ccs.GetNbConstraints()
		} else {
			c.LogDeriv = ccs.GetNbConstraints()
		}
	}
	c.Chosen = RangeCheckBits
	if float64(c.LogDeriv)*constraintGas+float64(c.CommitmentGas) < float64(c.Bits)*constraintGas {
		c.Chosen = RangeCheckLogDeriv
	}
	opts.RangeCheck = c.Chosen
	return opts, c, nil
}

// hasLookups reports whether m has lookup nodes.
func hasLookups(m *models.Model) bool {
	for _, n := range m.Nodes {
		if n.Op == models.OpLookup {
			return true
		}
	}
	return false
}

// resolve is Choose at the default rate, for the functions that take
// options with RangeCheckAuto: callers that report the choice call Choose
// first.
func resolve(m *models.Model, opts Options) (Options, error) {
	o, _, err := Choose(m, opts, 0)
	return o, err
}
