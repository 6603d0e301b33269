package ceremony_test

import (
	"os"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// phase1 runs a one-contributor phase 1 of the given power, seals it, and
// reads its SRS back from a file.
func phase1(t testing.TB, power int) *ceremony.SRS {
	t.Helper()
	_, srs, err := ceremony.LocalPhase1(power, []byte("phase-1 beacon, announced before"), "alice")
	if err != nil {
		t.Fatal(err)
	}
	return srs
}

// gnarkInitialize is the reference: gnark's own phase-2 initialisation.
func gnarkInitialize(t testing.TB, srs *ceremony.SRS, ccs constraint.ConstraintSystem) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations) {
	t.Helper()
	r := ccs.(*cs.R1CS)
	commons, err := srs.For(domain(ccs))
	if err != nil {
		t.Fatal(err)
	}
	p := new(mpcsetup.Phase2)
	evals := p.Initialize(r, commons)
	return p, &evals
}

func domain(ccs constraint.ConstraintSystem) int {
	n := 2
	for n < ccs.GetNbConstraints() {
		n *= 2
	}
	return n
}

func power(n int) int {
	p := 0
	for 1<<p < n {
		p++
	}
	return p
}

// TestInitializeZkinferCircuits checks Initialize against gnark's on a
// zkinfer circuit, with fixed and with committed weights.
func TestInitializeZkinferCircuits(t *testing.T) {
	if testing.Short() {
		t.Skip("gnark's reference initialisation of two zkinfer circuits: half a minute (the small circuits of TestInitializeMatchesGnark still run)")
	}
	m, err := models.SyntheticMLP("x", 1, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	type circuit struct {
		name string
		ccs  constraint.ConstraintSystem
	}
	var circuits []circuit
	maxN := 2
	for _, opts := range []prover.Options{{}, {Weights: prover.Committed}} {
		ccs, err := prover.Compile(m, opts.WithDefaults())
		if err != nil {
			t.Fatal(err)
		}
		circuits = append(circuits, circuit{prover.CircuitID(m, opts.WithDefaults()), ccs})
		maxN = max(maxN, domain(ccs))
	}
	srs := phase1(t, power(maxN))
	for _, c := range circuits {
		t.Run(c.name, func(t *testing.T) {
			t.Logf("%d constraints, %d commitments", c.ccs.GetNbConstraints(), len(c.ccs.GetCommitments().CommitmentIndexes()))
			want, wantEvals := gnarkInitialize(t, srs, c.ccs)
			got, gotEvals, err := ceremony.Initialize(srs, c.ccs)
			if err != nil {
				t.Fatal(err)
			}
			if err := ceremony.SamePhase2(got, want, gotEvals, wantEvals); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestInitializeSpeed times gnark's initialisation and Initialize (first
// with no Lagrange form cached, then with it) on the MLP of 24k
// constraints with committed weights (a 2^15 domain), and checks that
// they agree. It takes minutes: run it with ZKINFER_INIT_SPEED=1
// (ZKINFER_INIT_SPEED=ours: without gnark's, nor the comparison).
func TestInitializeSpeed(t *testing.T) {
	if os.Getenv("ZKINFER_INIT_SPEED") == "" {
		t.Skip("set ZKINFER_INIT_SPEED=1 to time phase-2 initialisation at 2^15")
	}
	m, err := models.SyntheticMLP("p", 3, 256, 32, 10)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := prover.Compile(m, prover.Options{Weights: prover.Committed}.WithDefaults())
	if err != nil {
		t.Fatal(err)
	}
	n := domain(ccs)
	srs := phase1(t, power(n))
	t.Logf("%d constraints, domain 2^%d", ccs.GetNbConstraints(), power(n))

	var (
		want      *mpcsetup.Phase2
		wantEvals *mpcsetup.Phase2Evaluations
	)
	reference := os.Getenv("ZKINFER_INIT_SPEED") != "ours"
	start := time.Now()
	if reference {
		want, wantEvals = gnarkInitialize(t, srs, ccs)
		t.Logf("gnark Initialize:          %v", time.Since(start))
	}

	srs.LagrangeDir = t.TempDir()
	start = time.Now()
	if _, err := srs.Lagrange(n); err != nil {
		t.Fatal(err)
	}
	lagrange := time.Since(start)
	os.RemoveAll(srs.LagrangeDir)
	start = time.Now()
	got, gotEvals, err := ceremony.Initialize(srs, ccs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Initialize, no cache:      %v (Lagrange form %v)", time.Since(start), lagrange)
	if reference {
		if err := ceremony.SamePhase2(got, want, gotEvals, wantEvals); err != nil {
			t.Fatal(err)
		}
	}
	start = time.Now()
	got, gotEvals, err = ceremony.Initialize(srs, ccs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Initialize, cached:        %v", time.Since(start))
	if reference {
		if err := ceremony.SamePhase2(got, want, gotEvals, wantEvals); err != nil {
			t.Fatal(err)
		}
	}
}
