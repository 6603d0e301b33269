package bench

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/verifier"
)

// Point is one circuit of a sweep: a model and the circuit options.
type Point struct {
	// Family groups points: "zoo", "mlp-width", "mlp-depth",
	// "cnn-channels", "cifar-shape".
	Family  string
	Model   *models.Model
	Options prover.Options
	// Record is the training record of a shipped model (float accuracy).
	Record *zoo.Record
}

// Name is the point's label in reports.
func (p Point) Name() string {
	return p.Model.Name + "/" + string(p.Options.Weights) + "/" + p.Options.System()
}

// Result is what one point measured, in one run on one machine.
type Result struct {
	Model       string
	Family      string
	ProofSystem string
	Weights     string
	RangeCheck  string
	Parameters  int
	Constraints int
	// ByOp is the constraints added per op kind, with "int8" (range checks
	// of the input) and "tables+commitments" (Poseidon2 of input, output
	// and, for committed weights, the weights; the lookup tables and their
	// challenge).
	ByOp    map[string]int
	Compile time.Duration
	Setup   time.Duration
	Prove   time.Duration
	// Witness is the part of Prove spent running the model and building
	// the assignment (commitments computed natively) before gnark proves.
	Witness    time.Duration
	Verify     time.Duration
	ProofBytes int
	PKBytes    int
	VKBytes    int
	SetupPeak  uint64
	ProvePeak  uint64
	VerifyGas  uint64 // 0 when the on-chain verifiers cannot take the circuit's key
	Floor      time.Duration
	// FloatAcc is the float model's accuracy from the training record and
	// Int8Acc the int8 model's, measured by this run on the same AccImages
	// test images; both -1 for models without a record.
	FloatAcc  float64
	Int8Acc   float64
	AccImages int
	CircuitID string
	// overhead is Overhead as a CSV recorded it (ReadCSV), so that a
	// report rendered again says what the run said.
	overhead float64
	// Run is when the run that measured the row started (UTC, RFC 3339)
	// and Machine where (Machine.String); both empty for rows of a CSV
	// written before they were recorded.
	Run     string
	Machine string
}

// Overhead is the prove time over the floor's: a bare gnark circuit of
// the same constraint count proved on the same machine in the same run.
func (r Result) Overhead() float64 {
	if r.overhead > 0 {
		return r.overhead
	}
	if r.Floor <= 0 {
		return 0
	}
	return r.Prove.Seconds() / r.Floor.Seconds()
}

// Sweep lists the points of a run. Quick is a handful of small circuits
// (under two minutes on 2 cores, run in CI so the harness stays alive);
// otherwise the zoo models, the synthetic families and a CIFAR-shaped CNN.
func Sweep(quick bool) ([]Point, error) {
	var pts []Point
	add := func(family string, m *models.Model, err error, rec *zoo.Record, weights ...prover.Visibility) error {
		if err != nil {
			return err
		}
		for _, w := range weights {
			pts = append(pts, Point{Family: family, Model: m, Options: prover.Options{Weights: w}.WithDefaults(), Record: rec})
		}
		return nil
	}
	// PLONK beside Groth16, where its gate count (about 10x the R1CS
	// constraints with fixed weights) keeps a run within reach on 2 cores
	plonkToo := func(weights ...prover.Visibility) {
		m, rec := pts[len(pts)-1].Model, pts[len(pts)-1].Record
		for _, w := range weights {
			pts = append(pts, Point{Family: pts[len(pts)-1].Family, Model: m, Record: rec,
				Options: prover.Options{Weights: w, ProofSystem: prover.BackendPlonk}.WithDefaults()})
		}
	}
	mlp, err := zoo.MNISTMLP()
	if err != nil {
		return nil, err
	}
	mlpRec, err := zoo.MNISTMLPTraining()
	if err != nil {
		return nil, err
	}
	if quick {
		if err := add("zoo", mlp, nil, &mlpRec, prover.Fixed); err != nil {
			return nil, err
		}
		plonkToo(prover.Fixed) // gas of both proof systems
		m, err := models.SyntheticMLP("mlp-64x2", 1, 64, 32, 10)
		if err := add("mlp-width", m, err, nil, prover.Fixed, prover.Committed); err != nil {
			return nil, err
		}
		plonkToo(prover.Fixed)
		c, err := models.SyntheticCNN("cnn-c2", 1, 8, 2, 2, 4)
		return pts, add("cnn-channels", c, err, nil, prover.Fixed)
	}
	lenet, err := zoo.MNISTLeNet()
	if err != nil {
		return nil, err
	}
	lenetRec, err := zoo.MNISTLeNetTraining()
	if err != nil {
		return nil, err
	}
	if err := add("zoo", mlp, nil, &mlpRec, prover.Fixed, prover.Committed); err != nil {
		return nil, err
	}
	plonkToo(prover.Fixed)
	if err := add("zoo", lenet, nil, &lenetRec, prover.Fixed, prover.Committed); err != nil {
		return nil, err
	}
	// the ONNX model zoo's CNN, imported (no training record)
	m8, err := zoo.MNIST8()
	if err := add("zoo", m8, err, nil, prover.Fixed, prover.Committed); err != nil {
		return nil, err
	}
	for _, width := range []int{32, 128, 512} {
		m, err := models.SyntheticMLP(fmt.Sprintf("mlp-%dx2", width), 1, 256, width, 10)
		if err := add("mlp-width", m, err, nil, prover.Fixed, prover.Committed); err != nil {
			return nil, err
		}
		if width <= 128 {
			plonkToo(prover.Fixed, prover.Committed)
		}
	}
	for _, depth := range []int{1, 3, 5} {
		widths := []int{256}
		for range depth {
			widths = append(widths, 64)
		}
		m, err := models.SyntheticMLP(fmt.Sprintf("mlp-64-d%d", depth), 1, append(widths, 10)...)
		if err := add("mlp-depth", m, err, nil, prover.Fixed, prover.Committed); err != nil {
			return nil, err
		}
	}
	for _, ch := range []int{2, 4, 8} {
		m, err := models.SyntheticCNN(fmt.Sprintf("cnn-c%d", ch), 1, 16, ch, 2*ch, 10)
		if err := add("cnn-channels", m, err, nil, prover.Fixed, prover.Committed); err != nil {
			return nil, err
		}
		if ch == 2 {
			plonkToo(prover.Fixed)
		}
	}
	// CIFAR-10's shape: 3×32×32 in, 100,650 parameters (most in the first
	// dense layer), 333k constraints with committed weights
	cifar, err := models.SyntheticCIFARCNN("cifar-cnn", 1, 8, 192, 10)
	if err := add("cifar-shape", cifar, err, nil, prover.Fixed, prover.Committed); err != nil {
		return nil, err
	}
	return pts, nil
}

// Select keeps the points of the named models, in the sweep's order. It
// fails on a name that no point has, listing those it has.
func Select(pts []Point, names []string) ([]Point, error) {
	var out []Point
	var have []string
	for _, p := range pts {
		if !slices.Contains(have, p.Model.Name) {
			have = append(have, p.Model.Name)
		}
		if slices.Contains(names, p.Model.Name) {
			out = append(out, p)
		}
	}
	for _, n := range names {
		if !slices.Contains(have, n) {
			return nil, fmt.Errorf("no model %q in this sweep (it has %s)", n, strings.Join(have, ", "))
		}
	}
	return out, nil
}

// Options of a run.
type Options struct {
	// Accuracy measures the int8 accuracy of each shipped model on the
	// test images its training record's float accuracy was measured on
	// (the whole MNIST test set), so that the two compare like with like.
	Accuracy bool
	// Gas measures the verification gas of a point's circuit, given the
	// keys the run made for it; 0 where it cannot (a key the on-chain
	// verifiers do not take).
	Gas func(ctx context.Context, p Point, k *prover.Keys) (uint64, error)
	// Progress hears of each step of point i.
	Progress func(i int, point, step string)
}

// Run measures every point, and the floor of each constraint count.
func Run(ctx context.Context, pts []Point, opts Options) ([]Result, error) {
	if opts.Progress == nil {
		opts.Progress = func(int, string, string) {}
	}
	floors := map[string]time.Duration{} // by proof system and size
	run, machine := time.Now().UTC().Format(time.RFC3339), ThisMachine().String()
	var test *mnist.Set
	int8Acc := map[*models.Model]float64{} // a model's points share it
	var out []Result
	for i, p := range pts {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		say := func(step string) { opts.Progress(i, p.Name(), step) }
		r, k, err := measure(ctx, p, say)
		if err != nil {
			return out, fmt.Errorf("%s: %w", p.Name(), err)
		}
		if opts.Gas != nil {
			say("verification gas on the embedded chain")
			if r.VerifyGas, err = opts.Gas(ctx, p, k); err != nil {
				return out, fmt.Errorf("%s: gas: %w", p.Name(), err)
			}
		}
		fk := fmt.Sprintf("%s/%d", r.ProofSystem, r.Constraints)
		if _, ok := floors[fk]; !ok {
			say(fmt.Sprintf("floor: a bare %s circuit of %d constraints", r.ProofSystem, r.Constraints))
			floor := Floor
			if r.ProofSystem == prover.BackendPlonk {
				floor = FloorPlonk
			}
			if floors[fk], err = floor(r.Constraints); err != nil {
				return out, err
			}
		}
		r.Floor, r.Run, r.Machine = floors[fk], run, machine
		if p.Record != nil && opts.Accuracy {
			n := p.Record.TestImages
			say(fmt.Sprintf("int8 accuracy on %d MNIST test images", n))
			if test == nil {
				dir, err := mnist.Dir()
				if err != nil {
					return out, err
				}
				if test, err = mnist.LoadTest(dir); err != nil {
					return out, err
				}
			}
			if n <= 0 || n > test.Len() {
				return out, fmt.Errorf("%s: its float accuracy is over %d test images, the MNIST test set has %d", p.Name(), n, test.Len())
			}
			acc, ok := int8Acc[p.Model]
			if !ok {
				if acc, err = accuracy(ctx, p.Model, test, n); err != nil {
					return out, err
				}
				int8Acc[p.Model] = acc
			}
			r.Int8Acc, r.FloatAcc, r.AccImages = acc, 100*p.Record.FloatAccuracy, n
		}
		out = append(out, r)
	}
	return out, nil
}

// measure sets up, proves and verifies one point and returns what it
// measured and the keys it made.
func measure(ctx context.Context, p Point, say func(string)) (Result, *prover.Keys, error) {
	r := Result{Model: p.Model.Name, Family: p.Family, ProofSystem: prover.BackendGroth16, Weights: string(p.Options.Weights),
		RangeCheck: string(p.Options.RangeCheck), Parameters: p.Model.NumParameters(), FloatAcc: -1, Int8Acc: -1, ByOp: map[string]int{}}
	say("range checks")
	opts, choice, err := prover.Choose(p.Model, p.Options, 0)
	if err != nil {
		return r, nil, err
	}
	if choice != nil {
		say(choice.String())
	}
	p.Options, r.RangeCheck = opts, string(opts.RangeCheck)
	say("constraints per layer")
	layers, commitments, _, err := prover.LayerCosts(p.Model, p.Options)
	if err != nil {
		return r, nil, err
	}
	for _, l := range layers {
		r.ByOp[l.OpName] += l.Constraints
	}
	r.ByOp["tables+commitments"] += commitments
	r.ProofSystem = p.Options.System()
	var k *prover.Keys
	if r.ProofSystem == prover.BackendPlonk {
		say("compile, development SRS and setup")
	} else {
		say("compile and setup")
	}
	r.SetupPeak = PeakHeap(func() {
		start := time.Now()
		var t0 time.Time
		// compile ends when the SRS (PLONK) or the setup (Groth16) starts;
		// PLONK's setup time includes generating the development SRS
		progress := func(s string) {
			if (s == "srs" || s == "setup") && t0.IsZero() {
				r.Compile, t0 = time.Since(start), time.Now()
			}
		}
		if r.ProofSystem == prover.BackendPlonk {
			k, err = prover.SetupPlonk(ctx, p.Model, p.Options, prover.UnsafeDevSRS(), "", progress)
		} else {
			k, err = prover.Setup(ctx, p.Model, p.Options, "", progress)
		}
		if !t0.IsZero() {
			r.Setup = time.Since(t0)
		}
	})
	if err != nil {
		return r, nil, err
	}
	r.Constraints, r.CircuitID = k.Constraints, k.ID
	var pk, vk bytes.Buffer
	if _, err := k.PK.WriteTo(&pk); err != nil {
		return r, nil, err
	}
	if _, err := k.VK.WriteTo(&vk); err != nil {
		return r, nil, err
	}
	r.PKBytes, r.VKBytes = pk.Len(), vk.Len()
	var b *prover.Bundle
	say("prove")
	prove := func() error {
		start := time.Now()
		var tm prover.Timings
		if b, _, tm, err = prover.Prove(ctx, k, p.Model, SampleInput(p.Model), nil, nil); err != nil {
			return err
		}
		if d := time.Since(start); r.Prove == 0 || d < r.Prove {
			r.Prove, r.Witness = d, tm.Witness
		}
		return nil
	}
	r.ProvePeak = PeakHeap(func() { err = prove() })
	if err != nil {
		return r, nil, err
	}
	if err := again(r.Prove, prove); err != nil {
		return r, nil, err
	}
	r.ProofBytes = len(b.Proof)
	say("verify")
	start := time.Now()
	if err := verifier.Verify(b, k.VK, verifier.Expect{}); err != nil {
		return r, nil, err
	}
	r.Verify = time.Since(start)
	return r, k, nil
}

// SampleInput is an MNIST image for models that take one, otherwise a
// fixed pseudo-random int8 input.
func SampleInput(m *models.Model) []int8 {
	n := m.InputShape().Size()
	if n == mnist.ImageSize {
		return mnist.Quantize(zoo.Samples()[0].Pixels)
	}
	in := make([]int8, n)
	x := uint32(1)
	for i := range in {
		x = x*1664525 + 1013904223
		in[i] = int8(x >> 24)
	}
	return in
}

// accuracy is the percentage of the first n images of set that m, run by
// zkinfer's integer runtime, classifies right.
func accuracy(ctx context.Context, m *models.Model, set *mnist.Set, n int) (float64, error) {
	right := 0
	for i := range n {
		d, err := runtime.Classify(ctx, m, mnist.Quantize(set.Images[i]))
		if err != nil {
			return 0, err
		}
		if d == int(set.Labels[i]) {
			right++
		}
	}
	return 100 * float64(right) / float64(n), nil
}

// floorCircuit is the cheapest circuit gnark proves with n constraints: n
// private bits, each asserted boolean. Its witness is as small as a
// witness gets (zeros and ones), so its proving time is a floor for any
// circuit of n constraints, not an estimate of a typical one.
type floorCircuit struct {
	Bits []frontend.Variable
}

func (c *floorCircuit) Define(api frontend.API) error {
	for _, b := range c.Bits {
		api.AssertIsBoolean(b)
	}
	return nil
}

// Floor proves a bare circuit of n constraints with Groth16 and returns the
// proving time (witness included, as for zkinfer's proofs).
func Floor(n int) (time.Duration, error) {
	n = max(n, 1)
	c := &floorCircuit{Bits: make([]frontend.Variable, n)}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return 0, err
	}
	pk, _, err := groth16.Setup(ccs)
	if err != nil {
		return 0, err
	}
	return fastest(func() error {
		w, err := floorWitness(n)
		if err == nil {
			_, err = groth16.Prove(ccs, pk, w)
		}
		return err
	})
}

// floorWitness assigns pseudo-random bits to a floor circuit of n.
func floorWitness(n int) (witness.Witness, error) {
	a := &floorCircuit{Bits: make([]frontend.Variable, n)}
	x := uint32(7)
	for i := range a.Bits {
		x = x*1664525 + 1013904223
		a.Bits[i] = x >> 31
	}
	return frontend.NewWitness(a, ecc.BN254.ScalarField())
}

// FloorPlonk is Floor for PLONK: n boolean gates over the development SRS.
func FloorPlonk(n int) (time.Duration, error) {
	n = max(n, 1)
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, &floorCircuit{Bits: make([]frontend.Variable, n)})
	if err != nil {
		return 0, err
	}
	srs, err := prover.UnsafeDevSRS().Load(ccs)
	if err != nil {
		return 0, err
	}
	pk, _, err := plonk.Setup(ccs, srs.Canonical, srs.Lagrange)
	if err != nil {
		return 0, err
	}
	return fastest(func() error {
		w, err := floorWitness(n)
		if err == nil {
			_, err = plonk.Prove(ccs, pk, w)
		}
		return err
	})
}

// Repetitions of a timed proof: a proof is run again while the runs so far
// took less than repeatBudget, at most repeatMax times in all, and the
// fastest run counts. One run of a small circuit is at the mercy of a
// cold cache or a scheduler hiccup; a proof of seconds is run once.
const (
	repeatBudget = 3 * time.Second
	repeatMax    = 5
)

// again runs f, whose first run took first, again while the runs so far
// and one more of their average length fit in repeatBudget, up to
// repeatMax runs in all.
func again(first time.Duration, f func() error) error {
	spent := first
	for runs := 1; runs < repeatMax && spent+spent/time.Duration(runs) <= repeatBudget; runs++ {
		start := time.Now()
		if err := f(); err != nil {
			return err
		}
		spent += time.Since(start)
	}
	return nil
}

// fastest times f as a proof is timed: the fastest of its runs.
func fastest(f func() error) (time.Duration, error) {
	best := time.Duration(0)
	timed := func() error {
		start := time.Now()
		if err := f(); err != nil {
			return err
		}
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
		return nil
	}
	if err := timed(); err != nil {
		return 0, err
	}
	err := again(best, timed)
	return best, err
}

// ops lists the op names that cost constraints in some result, in a
// stable order.
func ops(rs []Result) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rs {
		for k, n := range r.ByOp {
			if n > 0 && !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}
