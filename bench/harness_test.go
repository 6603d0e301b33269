package bench

import (
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
)

// TestHarnessReport runs the harness on small circuits and the MNIST MLP
// in both proof systems, gas included (the generic verifiers take every
// circuit's key), and checks that the CSV, Markdown and SVG files hold the
// numbers this run measured.
func TestHarnessReport(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up two circuits")
	}
	tiny, err := models.SyntheticMLP("tiny", 1, 16, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	mlp, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := zoo.MNISTMLPTraining()
	if err != nil {
		t.Fatal(err)
	}
	pts := []Point{
		{Family: "mlp-width", Model: tiny, Options: prover.Options{Weights: prover.Committed}.WithDefaults()},
		{Family: "zoo", Model: mlp, Options: prover.DefaultOptions(), Record: &rec},
		{Family: "mlp-width", Model: tiny, Options: prover.Options{ProofSystem: prover.BackendPlonk}.WithDefaults()},
		{Family: "zoo", Model: mlp, Options: prover.Options{ProofSystem: prover.BackendPlonk}.WithDefaults()},
	}
	gas, err := NewGasMeter()
	if err != nil {
		t.Fatal(err)
	}
	defer gas.Close()
	rs, err := Run(context.Background(), pts, Options{AccuracyImages: 200, Gas: gas.Gas})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		sum := 0
		for _, n := range r.ByOp {
			sum += n
		}
		if r.Constraints == 0 || sum != r.Constraints || r.Prove <= 0 || r.Floor <= 0 || r.ProofBytes == 0 || r.PKBytes == 0 || r.ProvePeak == 0 {
			t.Errorf("%s: incomplete result %+v (constraints by op sum to %d)", r.Model, r, sum)
		}
	}
	// a Groth16 commitment (the committed tiny MLP) costs a second pairing check
	if rs[1].VerifyGas < 200_000 || rs[1].VerifyGas > 300_000 || rs[0].VerifyGas < rs[1].VerifyGas+80_000 {
		t.Errorf("verify gas %d (with a commitment) and %d (mnist-mlp, without)", rs[0].VerifyGas, rs[1].VerifyGas)
	}
	if rs[2].ProofSystem != prover.BackendPlonk || rs[2].Constraints <= rs[0].Constraints/4 || rs[2].VerifyGas < 250_000 || rs[2].VerifyGas > 400_000 {
		t.Errorf("PLONK point: %+v", rs[2])
	}
	if rs[3].ProofSystem != prover.BackendPlonk || rs[3].VerifyGas <= rs[1].VerifyGas || rs[3].VerifyGas > 400_000 || rs[3].ProofBytes != 520 {
		t.Errorf("PLONK point of the MNIST MLP: gas %d, proof %d bytes", rs[3].VerifyGas, rs[3].ProofBytes)
	}
	if rs[1].Int8Acc < 90 || rs[1].FloatAcc < 90 || rs[1].AccImages != 200 || rs[0].Int8Acc != -1 {
		t.Errorf("accuracy: %+v", rs)
	}

	dir := t.TempDir()
	files, err := WriteReport(dir, rs, Machine{CPUs: 2, Memory: "24 GiB", Go: "go"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{FileCSV, FileMarkdown, FileProveSVG, FileLayersSVG, FileMemorySVG, FileGasSVG} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || len(data) == 0 {
			t.Errorf("%s: %v", name, err)
		}
		if strings.HasSuffix(name, ".svg") && !strings.Contains(string(data), "<svg") {
			t.Errorf("%s is not an SVG", name)
		}
	}
	if len(files) != 6 {
		t.Errorf("wrote %v", files)
	}
	f, _ := os.Open(filepath.Join(dir, FileCSV))
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != 5 {
		t.Fatalf("csv: %d rows, %v", len(rows), err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if rows[2][col["constraints"]] != strconv.Itoa(rs[1].Constraints) || rows[2][col["verify_gas"]] != strconv.FormatUint(rs[1].VerifyGas, 10) {
		t.Errorf("csv row %v does not hold the measured numbers", rows[2])
	}
	md, _ := os.ReadFile(filepath.Join(dir, FileMarkdown))
	if !strings.Contains(string(md), thousands(rs[1].Constraints)) || !strings.Contains(string(md), thousands(int(rs[1].VerifyGas))) {
		t.Errorf("markdown lacks the measured numbers:\n%s", md)
	}
}

// TestFastest: a quick proof is timed over repeatMax runs, one that takes
// more than half the budget once.
func TestFastest(t *testing.T) {
	for _, c := range []struct {
		sleep time.Duration
		runs  int
	}{{0, repeatMax}, {repeatBudget/2 + 100*time.Millisecond, 1}} {
		runs := 0
		d, err := fastest(func() error { runs++; time.Sleep(c.sleep); return nil })
		if err != nil || runs != c.runs || d < c.sleep {
			t.Errorf("a proof of %s: %d runs (want %d), fastest %s, %v", c.sleep, runs, c.runs, d, err)
		}
	}
	want := errors.New("prover failed")
	if _, err := fastest(func() error { return want }); !errors.Is(err, want) {
		t.Errorf("a failing proof: %v", err)
	}
}
