package prover

import (
	"math/big"
	"math/rand"
	"os"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"

	"github.com/zkinfer/zkinfer/models"
)

func TestMain(m *testing.M) {
	logger.Set(zerolog.Nop())
	os.Exit(m.Run())
}

// randomModel builds a synthetic MLP (ReLU between dense layers) with
// weights drawn from rng.
func randomModel(rng *rand.Rand, widths []int) *models.Model {
	m, err := models.SyntheticMLP("random-mlp", rng.Int63(), widths...)
	if err != nil {
		panic(err)
	}
	return m
}

func randomInput(rng *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(rng.Intn(256) - 128)
	}
	return v
}

// compile compiles a circuit to R1CS, failing the test on error.
func compile(t testing.TB, c frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// solved reports whether the compiled constraint system accepts the
// assignment: the real R1CS, commitments included.
func solved(t testing.TB, ccs constraint.ConstraintSystem, assignment frontend.Circuit) error {
	t.Helper()
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return ccs.IsSolved(w)
}

func fieldOf() *big.Int { return ecc.BN254.ScalarField() }

const fieldCurve = ecc.BN254

// chosen memoizes the tests' resolution of automatic range checks, which
// compiles a circuit twice: tests that build many assignments of one
// circuit resolve it once (resolveOnce).
var chosen sync.Map

// resolveOnce is resolve, memoized per model and options.
func resolveOnce(t testing.TB, m *models.Model, opts Options) Options {
	t.Helper()
	opts = opts.WithDefaults()
	if opts.RangeCheck != RangeCheckAuto {
		return opts
	}
	key := Field(m.Commitment()).String() + " " + opts.String()
	if o, ok := chosen.Load(key); ok {
		return o.(Options)
	}
	o, err := resolve(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	chosen.Store(key, o)
	return o
}
