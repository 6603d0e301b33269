package prover

import (
	"bytes"
	"context"
	"encoding/csv"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/runtime"
)

const blameProducts = "prover.(*productCheck).assert"

// productJobs is the smallest batch of the fixture's model whose first
// layer takes Freivalds' test with committed weights.
const productJobs = 12

// batchFixture is a batch of jobs of a small committed-weight MLP, with
// Freivalds' test on its layers.
type batchFixture struct {
	m        *models.Model
	opts     Options
	inputs   [][]int8
	openings []*Opening
	st       *BatchStatement
	asg      *BatchCircuit
}

func newBatchFixture(t testing.TB, weights Visibility, jobs int) *batchFixture {
	t.Helper()
	rng := rand.New(rand.NewSource(17))
	m := randomModel(rng, []int{12, 10, 4})
	f := &batchFixture{m: m, opts: Options{Weights: weights, RangeCheck: RangeCheckLogDeriv, Batch: jobs}}
	for range jobs {
		f.inputs = append(f.inputs, randomInput(rng, 12))
	}
	var err error
	f.openings, f.st, f.asg, err = batchInference(context.Background(), m, m.Commitment(), f.opts.WithDefaults(), f.inputs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestBatchCircuitUsesProducts(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	m := randomModel(rng, []int{784, 128, 10})
	for _, tc := range []struct {
		opts Options
		jobs int
		want bool
	}{
		{Options{Weights: Committed}, 16, true},
		{Options{Weights: Committed}, 2, false}, // 100k products once are dearer than two multiplied-out layers
		{Options{Weights: Fixed}, 16, false},    // free linear expressions in R1CS
		{Options{Weights: Fixed, ProofSystem: BackendPlonk}, 2, true},
	} {
		p := newProducts(m, tc.opts.WithDefaults(), tc.jobs)
		if got := p.covers(firstDense(m)); got != tc.want {
			t.Errorf("%s, %d jobs: Freivalds' test on the first layer %v, want %v", tc.opts, tc.jobs, got, tc.want)
		}
	}
}

// TestBatchCircuit: an honest batch is accepted by the test engine and both
// constraint systems, with fixed and with committed weights.
func TestBatchCircuit(t *testing.T) {
	for _, w := range []Visibility{Committed, Fixed} {
		f := newBatchFixture(t, w, productJobs)
		c, err := NewBatchCircuit(f.m, f.opts)
		if err != nil {
			t.Fatal(err)
		}
		if w == Committed && !newProducts(f.m, f.opts.WithDefaults(), productJobs).covers(firstDense(f.m)) {
			t.Fatal("the committed batch does not use Freivalds' test: the forgeries below would test nothing")
		}
		newTarget(t, c).accept(t, string(w)+" weights, honest batch", f.asg, nil)
	}
}

// firstDense is the index of m's first dense node.
func firstDense(m *models.Model) int {
	for k, n := range m.Nodes {
		if n.Op == models.OpDense {
			return k
		}
	}
	panic("no dense node")
}

// honestAccumulators computes W·x + b for the first dense layer of m.
func honestAccumulators(m *models.Model, x []int8) []int64 {
	n := &m.Nodes[firstDense(m)]
	fan := n.FanIn()
	acc := make([]int64, len(n.Bias))
	for j := range acc {
		acc[j] = int64(n.Bias[j])
		for i := range fan {
			acc[j] += int64(n.Weights[j*fan+i]) * int64(x[i])
		}
	}
	return acc
}

// steady lists the first layer's outputs whose requantization (and ReLU)
// does not change when the accumulator moves by d: a forgery there leaves
// the batch's outputs, and so its output commitments, as they are.
func steady(m *models.Model, acc []int64, d int64) []int {
	n := &m.Nodes[firstDense(m)]
	var out []int
	for j, a := range acc {
		r := n.Requant[j]
		if max(runtime.Requantize(a, r), 0) == max(runtime.Requantize(a+d, r), 0) {
			out = append(out, j)
		}
	}
	return out
}

// onColumn forges the product hint of the first layer for job's input only.
func onColumn(input []int8, f func(out []*big.Int)) hints {
	return forge(productHint, func(field *big.Int, in, out []*big.Int) {
		x := in[len(in)-len(input):]
		for i, v := range input {
			if new(big.Int).Mod(big.NewInt(int64(v)), field).Cmp(x[i]) != 0 {
				return
			}
		}
		f(out)
	})
}

// TestSoundnessBatchProducts attacks Freivalds' test: a product off by one
// in one entry, and a forged product column that agrees with the honest
// one on the all-ones vector (which a test with a fixed vector would
// accept). Both leave every output as it was, so only the test can see
// them.
func TestSoundnessBatchProducts(t *testing.T) {
	f := newBatchFixture(t, Committed, productJobs)
	c, err := NewBatchCircuit(f.m, f.opts)
	if err != nil {
		t.Fatal(err)
	}
	tg := newTarget(t, c)
	acc := honestAccumulators(f.m, f.inputs[1])
	up, down := steady(f.m, acc, 1), steady(f.m, acc, -1)
	if len(up) == 0 || len(down) == 0 {
		t.Fatal("no output absorbs a change of one: pick another seed")
	}
	tg.reject(t, "one accumulator off by one", f.asg, onColumn(f.inputs[1], func(out []*big.Int) {
		out[up[0]].Add(out[up[0]], big.NewInt(1))
	}), blameProducts)
	j, k := up[0], -1
	for _, d := range down {
		if d != j {
			k = d
			break
		}
	}
	if k < 0 {
		t.Fatal("no second output absorbs a change of one")
	}
	tg.reject(t, "a column that agrees on the all-ones vector", f.asg, onColumn(f.inputs[1], func(out []*big.Int) {
		out[j].Add(out[j], big.NewInt(1))
		out[k].Sub(out[k], big.NewInt(1))
	}), blameProducts)
	tg.accept(t, "the honest twin through the same forging path", f.asg, onColumn(f.inputs[1], func([]*big.Int) {}))
}

// TestSoundnessBatchSwappedInput: a batch in which one job's input is
// replaced by another job's (its commitments left as the buyers made
// them) is rejected at that job's input commitment.
func TestSoundnessBatchSwappedInput(t *testing.T) {
	f := newBatchFixture(t, Committed, 3)
	c, err := NewBatchCircuit(f.m, f.opts)
	if err != nil {
		t.Fatal(err)
	}
	tg := newTarget(t, c)
	swapped := make([]*Opening, len(f.openings))
	copy(swapped, f.openings)
	o := *f.openings[1]
	o.Input = f.openings[0].Input
	tr, err := runtime.Execute(context.Background(), f.m, o.Input)
	if err != nil {
		t.Fatal(err)
	}
	o.Output = tr.Output(f.m)
	swapped[1] = &o
	st := *f.st
	st.Jobs = append([]Statement(nil), f.st.Jobs...)
	st.Jobs[1].OutputCommitment = models.CommitTensor(models.DomainOutput, o.OutputSalt.Element(), o.Output)
	asg, err := AssignBatch(f.m, f.opts, swapped, &st)
	if err != nil {
		t.Fatal(err)
	}
	tg.reject(t, "job 1 proven on job 0's input", asg, nil, "prover.assertCommitment")
}

// TestSoundnessBatchDigests: the commitments are private and bound only
// through the public digests. Digests that claim job 1 has job 0's output,
// or that swap two jobs' commitments, are rejected; so are private
// commitments swapped under honest digests.
func TestSoundnessBatchDigests(t *testing.T) {
	f := newBatchFixture(t, Committed, 3)
	c, err := NewBatchCircuit(f.m, f.opts)
	if err != nil {
		t.Fatal(err)
	}
	tg := newTarget(t, c)
	tg.accept(t, "honest", f.asg, nil)
	st := *f.st
	st.Jobs = append([]Statement(nil), f.st.Jobs...)
	st.Jobs[1].OutputCommitment = f.st.Jobs[0].OutputCommitment
	claimed := st.Digests()
	asg := *f.asg
	asg.Digests = append([]frontend.Variable(nil), f.asg.Digests...)
	asg.Challenge = elementToBig(st.Challenge())
	for i, d := range claimed {
		asg.Digests[i] = elementToBig(d)
	}
	tg.reject(t, "digests claiming job 0's output for job 1", &asg, nil, "prover.(*BatchCircuit).Define")
	swapped := *f.asg
	swapped.InputCommitments = append([]frontend.Variable(nil), f.asg.InputCommitments...)
	swapped.InputCommitments[0], swapped.InputCommitments[1] = f.asg.InputCommitments[1], f.asg.InputCommitments[0]
	tg.reject(t, "private input commitments swapped", &swapped, nil, "prover.(*BatchCircuit).Define")
}

// batchStatsFile tracks the constraints of batch circuits, as statsFile
// does for single ones.
const batchStatsFile = "testdata/batch_constraints.csv"

// TestBatchConstraintStats fails when the constraint count of a batch
// circuit of the MNIST MLP moves without testdata/batch_constraints.csv
// (go test ./prover -run BatchConstraintStats -update).
func TestBatchConstraintStats(t *testing.T) {
	if testing.Short() && !*update {
		t.Skip("compiles batch circuits of the MNIST MLP: skipped with -short")
	}
	mlp, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	out := [][]string{{"model", "options", "constraints", "per_inference"}}
	want := map[string]string{}
	if f, err := os.Open(batchStatsFile); err == nil {
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs[1:] {
			want[r[0]+" "+r[1]] = r[2]
		}
	}
	for _, opts := range []Options{
		{Weights: Fixed, Batch: 16},
		{Weights: Committed, Batch: 2},
		{Weights: Committed, Batch: 16},
	} {
		ccs, err := Compile(mlp, opts)
		if err != nil {
			t.Fatal(err)
		}
		o, _, err := Choose(mlp, opts, 0)
		if err != nil {
			t.Fatal(err)
		}
		n := ccs.GetNbConstraints()
		out = append(out, []string{mlp.Name, o.String(), strconv.Itoa(n), strconv.Itoa(n / opts.Batch)})
		if w := want[mlp.Name+" "+o.String()]; !*update && w != strconv.Itoa(n) {
			t.Errorf("%s: %d constraints, %s says %q (go test ./prover -run BatchConstraintStats -update if intended)", o, n, batchStatsFile, w)
		}
	}
	if *update {
		f, err := os.Create(batchStatsFile)
		if err != nil {
			t.Fatal(err)
		}
		csv.NewWriter(f).WriteAll(out)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzReadBatchBundle(f *testing.F) {
	fx := newBatchFixture(f, Fixed, 2)
	b := &BatchBundle{Version: BundleVersion, Backend: BackendGroth16, Curve: CurveBN254, CircuitID: "0123456789abcdef01234567",
		Options: fx.opts.WithDefaults(), Proof: []byte{1}, VerifyingKeyHash: strings.Repeat("ab", 32), Model: BundleModel{Name: "m", Commitment: Field(fx.st.ModelCommitment)}}
	for _, j := range fx.st.Jobs {
		b.Entries = append(b.Entries, BatchEntry{InputCommitment: Field(j.InputCommitment), OutputCommitment: Field(j.OutputCommitment)})
	}
	b.Challenge = Field(b.Statement().Challenge())
	var js bytes.Buffer
	b.WriteTo(&js)
	if _, err := new(BatchBundle).ReadFrom(bytes.NewReader(js.Bytes())); err != nil {
		f.Fatalf("the seed does not read: %v", err)
	}
	f.Add(js.Bytes())
	f.Add([]byte(`{"entries": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got BatchBundle
		if _, err := got.ReadFrom(bytes.NewReader(data)); err != nil {
			return
		}
		if len(got.Entries) != got.Options.Batch || got.Options.Batch < 2 {
			t.Fatalf("accepted a batch of %d entries for options %s", len(got.Entries), got.Options)
		}
		if c := got.Statement().Challenge(); c != got.Challenge.Element() {
			t.Fatalf("accepted a challenge that is not the batch's")
		}
	})
}
