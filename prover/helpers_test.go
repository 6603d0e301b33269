package prover

import (
	"math"
	"math/big"
	"math/rand"
	"os"
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

// randomModel builds a valid MLP with the given layer widths, random int8
// weights and int32 biases, and requantization multipliers spread so that
// outputs hit both clamps as well as the int8 interior.
func randomModel(rng *rand.Rand, widths []int, relu bool) *models.Model {
	m := &models.Model{Name: "random-mlp"}
	m.Tensors = append(m.Tensors, models.Tensor{Name: "in", Shape: models.Shape{1, widths[0]}, Scale: 1})
	m.Tensors = append(m.Tensors, models.Tensor{Name: "flat", Shape: models.Shape{widths[0]}, Scale: 1})
	m.Nodes = append(m.Nodes, models.Node{Op: models.OpFlatten, Name: "flatten", Inputs: []int{0}, Output: 1})
	cur := 1
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		n := models.Node{Op: models.OpDense, Name: "fc", WeightShape: models.Shape{out, in},
			Weights: make([]int8, out*in), Bias: make([]int32, out), Requant: make([]models.Requant, out)}
		for i := range n.Weights {
			n.Weights[i] = int8(rng.Intn(256) - 128)
		}
		for j := range out {
			n.Bias[j] = int32(rng.Intn(1<<16) - 1<<15)
			mult := math.Pow(2, -6-rng.Float64()*8) // 2^-14 .. 2^-6
			r, err := models.ChooseRequant(mult)
			if err != nil {
				panic(err)
			}
			n.Requant[j] = r
		}
		m.Tensors = append(m.Tensors, models.Tensor{Name: "fc", Shape: models.Shape{out}, Scale: 1})
		n.Inputs, n.Output = []int{cur}, len(m.Tensors)-1
		m.Nodes = append(m.Nodes, n)
		cur = n.Output
		if relu && l < len(widths)-1 {
			m.Tensors = append(m.Tensors, models.Tensor{Name: "relu", Shape: models.Shape{out}, Scale: 1})
			m.Nodes = append(m.Nodes, models.Node{Op: models.OpReLU, Name: "relu", Inputs: []int{cur}, Output: len(m.Tensors) - 1})
			cur = len(m.Tensors) - 1
		}
	}
	m.Output = cur
	if err := m.Validate(); err != nil {
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
