package prover

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/zoo"
)

var update = flag.Bool("update", false, "rewrite testdata/constraints.csv with the current constraint counts")

const statsFile = "testdata/constraints.csv"

// TestConstraintStats fails when a circuit's constraint count moves without
// testdata/constraints.csv being updated (go test ./prover -run Stats -update),
// so every change in proving cost shows up in review. Each row also says
// where the constraints go, by op kind (LayerCosts: a node that absorbs the
// ReLU and pooling after it carries their cost), and what the
// non-linear steps cost per activation: per value that a requantization,
// ReLU, pooling or lookup produces.
func TestConstraintStats(t *testing.T) {
	mlp, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	small, err := models.SyntheticMLP("synthetic-64-32-10", 1, 64, 32, 10)
	if err != nil {
		t.Fatal(err)
	}
	cnn, err := models.SyntheticCNN("synthetic-cnn-16-4-8", 1, 16, 4, 8, 10)
	if err != nil {
		t.Fatal(err)
	}
	lenet, err := zoo.MNISTLeNet()
	if err != nil {
		t.Fatal(err)
	}
	cifar, err := models.SyntheticCIFARCNN("cifar-cnn", 1, 8, 192, 10)
	if err != nil {
		t.Fatal(err)
	}
	mnist8, err := zoo.MNIST8()
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		model *models.Model
		opts  Options
		heavy bool
	}
	bits, lookups := RangeCheckBits, RangeCheckLogDeriv
	rows := []row{
		{mlp, Options{Weights: Fixed, RangeCheck: bits}, false},
		{mlp, Options{Weights: Fixed, RangeCheck: lookups}, false},
		{mlp, Options{Weights: Fixed, Input: Public, Output: Public, RangeCheck: bits}, false},
		{mlp, Options{Weights: Committed, RangeCheck: lookups}, true},
		{mlp, Options{Weights: Fixed, Output: Encrypted, RangeCheck: bits}, false},
		{mlp, Options{Weights: Fixed, Output: Encrypted, RangeCheck: lookups}, false},
		{mlp, Options{Weights: Fixed, RangeCheck: lookups, ProofSystem: BackendPlonk}, false},
		{small, Options{Weights: Fixed, RangeCheck: bits}, false},
		{small, Options{Weights: Committed, RangeCheck: lookups}, false},
		{small, Options{Weights: Committed, RangeCheck: bits}, false},
		{cnn, Options{Weights: Fixed, RangeCheck: bits}, false},
		{cnn, Options{Weights: Fixed, RangeCheck: lookups}, false},
		{cnn, Options{Weights: Committed, RangeCheck: lookups}, false},
		{lenet, Options{Weights: Fixed, RangeCheck: bits}, false},
		{lenet, Options{Weights: Fixed, RangeCheck: lookups}, false},
		{lenet, Options{Weights: Committed, RangeCheck: lookups}, false},
		{lenet, Options{Weights: Fixed, RangeCheck: lookups, ProofSystem: BackendPlonk}, false},
		{mnist8, Options{Weights: Fixed, RangeCheck: lookups}, false},
		{mnist8, Options{Weights: Fixed, RangeCheck: bits}, true},
		{cifar, Options{Weights: Fixed, RangeCheck: lookups}, false},
		{cifar, Options{Weights: Committed, RangeCheck: lookups}, true},
	}
	header := []string{"model", "options", "constraints", "parameters", "activations", "per_activation", "by_op"}
	want := map[string][]string{}
	if f, err := os.Open(statsFile); err == nil {
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs[1:] {
			want[r[0]+" "+r[1]] = r
		}
	}
	out := [][]string{header}
	for _, r := range rows {
		opts := r.opts.WithDefaults()
		key := r.model.Name + " " + opts.String()
		if r.heavy && testing.Short() && !*update {
			if w, ok := want[key]; ok {
				out = append(out, w)
			}
			continue
		}
		layers, commitments, total, err := LayerCosts(r.model, opts)
		if err != nil {
			t.Fatal(err)
		}
		byOp := map[string]int{"tables+commitments": commitments}
		nonlinear := 0
		for _, l := range layers {
			byOp[l.OpName] += l.Constraints
			if l.Node != "input" {
				nonlinear += l.Constraints
			}
		}
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(byOp)) {
			parts = append(parts, fmt.Sprintf("%s=%d", k, byOp[k]))
		}
		acts := activations(r.model)
		rec := []string{r.model.Name, opts.String(), strconv.Itoa(total), strconv.Itoa(r.model.NumParameters()),
			strconv.Itoa(acts), fmt.Sprintf("%.2f", float64(nonlinear)/float64(acts)), strings.Join(parts, " ")}
		out = append(out, rec)
		if w, ok := want[key]; !*update && (!ok || !slices.Equal(w, rec)) {
			t.Errorf("%s: %v, %s says %v (run go test ./prover -run Stats -update if intended)", key, rec[2:], statsFile, w)
		}
	}
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(statsFile)
		if err != nil {
			t.Fatal(err)
		}
		w := csv.NewWriter(f)
		w.WriteAll(out)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		fmt.Println("wrote", statsFile)
	}
}

// activations counts the values the non-linear steps of m produce: the
// outputs of requantizations (dense, convolution, add), ReLUs, poolings
// and lookups.
func activations(m *models.Model) int {
	n := 0
	for _, node := range m.Nodes {
		if node.Op != models.OpFlatten {
			n += m.Tensors[node.Output].Shape.Size()
		}
	}
	return n
}

// The range-check mode chosen by cost: bit decomposition for the small MLP
// (lookups would save about 12k constraints, not worth a commitment's gas),
// lookups for LeNet (about 124k constraints saved) unless constraints are
// weighed low, and lookups for LeNet's committed weights (about 300k saved).
func TestRangeCheckChoice(t *testing.T) {
	mlp, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	lenet, err := zoo.MNISTLeNet()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		m    *models.Model
		w    Visibility
		rate float64
		want RangeCheck
	}{
		{mlp, Fixed, 0, RangeCheckBits},
		{lenet, Fixed, 0, RangeCheckLogDeriv},
		{lenet, Fixed, 0.5, RangeCheckBits},
		{lenet, Committed, 0, RangeCheckLogDeriv},
	} {
		opts, c, err := Choose(tc.m, Options{Weights: tc.w}, tc.rate)
		if err != nil {
			t.Fatal(err)
		}
		if opts.RangeCheck != tc.want || c.Chosen != tc.want {
			t.Errorf("%s %s at %g gas per constraint: chose %s, want %s (%s)", tc.m.Name, tc.w, tc.rate, opts.RangeCheck, tc.want, c)
		}
		id := CircuitID(tc.m, Options{Weights: tc.w, RangeCheck: tc.want})
		if tc.rate == 0 && CircuitID(tc.m, Options{Weights: tc.w}) != id {
			t.Errorf("%s %s: the circuit of automatic range checks is not the chosen one's", tc.m.Name, tc.w)
		}
	}
	if _, _, err := Choose(mlp, Options{}, -1); err == nil {
		t.Error("a negative constraint gas accepted")
	}
	if _, _, err := Choose(mlp, Options{RangeCheck: "digits"}, 0); !errors.Is(err, ErrOptions) {
		t.Errorf("an unknown mode: %v", err)
	}
}

func TestLayerCostsAddUp(t *testing.T) {
	m, err := models.SyntheticCNN("cnn", 1, 8, 2, 3, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{Weights: Fixed, RangeCheck: RangeCheckBits}, {Weights: Fixed, RangeCheck: RangeCheckLogDeriv}, {Weights: Committed, RangeCheck: RangeCheckLogDeriv}} {
		layers, commitments, total, err := LayerCosts(m, opts.WithDefaults())
		if err != nil {
			t.Fatal(err)
		}
		sum := commitments
		for _, l := range layers {
			sum += l.Constraints
			if l.Op == models.OpFlatten && l.Constraints != 0 {
				t.Errorf("%s: flatten costs %d constraints", opts, l.Constraints)
			}
		}
		if sum != total || commitments <= 0 {
			t.Errorf("%s: layers and commitments add up to %d, circuit has %d (commitments %d)", opts, sum, total, commitments)
		}
		t.Logf("%s: %+v commitments %d total %d", opts, layers, commitments, total)
	}
}
