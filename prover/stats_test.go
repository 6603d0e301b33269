package prover

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/zoo"
)

var update = flag.Bool("update", false, "rewrite testdata/constraints.csv with the current constraint counts")

const statsFile = "testdata/constraints.csv"

// TestConstraintStats fails when a circuit's constraint count moves without
// testdata/constraints.csv being updated (go test ./prover -run Stats -update),
// so every change in proving cost shows up in review.
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
	type row struct {
		model *models.Model
		opts  Options
		heavy bool
	}
	rows := []row{
		{mlp, Options{Weights: Fixed}, false},
		{mlp, Options{Weights: Fixed, RangeCheck: RangeCheckLogDeriv}, false},
		{mlp, Options{Weights: Fixed, Input: Public, Output: Public}, false},
		{mlp, Options{Weights: Committed}, true},
		{small, Options{Weights: Fixed}, false},
		{small, Options{Weights: Committed}, false},
		{small, Options{Weights: Committed, RangeCheck: RangeCheckBits}, false},
		{cnn, Options{Weights: Fixed}, false},
		{cnn, Options{Weights: Fixed, RangeCheck: RangeCheckLogDeriv}, false},
		{cnn, Options{Weights: Committed}, false},
		{lenet, Options{Weights: Fixed, RangeCheck: RangeCheckLogDeriv}, false},
		{lenet, Options{Weights: Committed}, true},
	}
	want := map[string]int{}
	if f, err := os.Open(statsFile); err == nil {
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs[1:] {
			n, _ := strconv.Atoi(r[2])
			want[r[0]+" "+r[1]] = n
		}
	}
	out := [][]string{{"model", "options", "constraints", "parameters"}}
	for _, r := range rows {
		opts := r.opts.WithDefaults()
		key := r.model.Name + " " + opts.String()
		if r.heavy && testing.Short() && !*update {
			out = append(out, []string{r.model.Name, opts.String(), strconv.Itoa(want[key]), strconv.Itoa(r.model.NumParameters())})
			continue
		}
		ccs, err := Compile(r.model, opts)
		if err != nil {
			t.Fatal(err)
		}
		got := ccs.GetNbConstraints()
		out = append(out, []string{r.model.Name, opts.String(), strconv.Itoa(got), strconv.Itoa(r.model.NumParameters())})
		if !*update && got != want[key] {
			t.Errorf("%s: %d constraints, %s says %d (run go test ./prover -run Stats -update if intended)", key, got, statsFile, want[key])
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

func TestLayerCostsAddUp(t *testing.T) {
	m, err := models.SyntheticCNN("cnn", 1, 8, 2, 3, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{Weights: Fixed}, {Weights: Committed}} {
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
