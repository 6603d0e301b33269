package bench

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
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
		{Family: "mlp-width", Model: tiny, Options: prover.Options{Weights: prover.Committed, RangeCheck: prover.RangeCheckLogDeriv}.WithDefaults()},
		{Family: "zoo", Model: mlp, Options: prover.DefaultOptions(), Record: &rec},
		{Family: "mlp-width", Model: tiny, Options: prover.Options{ProofSystem: prover.BackendPlonk}.WithDefaults()},
		{Family: "zoo", Model: mlp, Options: prover.Options{ProofSystem: prover.BackendPlonk, RangeCheck: prover.RangeCheckBits}.WithDefaults(), Record: &rec},
	}
	gas, err := NewGasMeter()
	if err != nil {
		t.Fatal(err)
	}
	defer gas.Close()
	rs, err := Run(context.Background(), pts, Options{Accuracy: true, Gas: gas.Gas})
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
	// the range checks chosen by cost: bit decomposition for the MNIST MLP
	// with fixed weights (lookups would save 12.6k constraints, not worth
	// the commitment's gas)
	if rs[1].RangeCheck != string(prover.RangeCheckBits) || rs[0].RangeCheck != string(prover.RangeCheckLogDeriv) {
		t.Errorf("range checks %q (mnist-mlp, auto) and %q (tiny, logderiv)", rs[1].RangeCheck, rs[0].RangeCheck)
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
	// int8 on the images of the float figure: the whole test set
	if rs[1].Int8Acc < 90 || rs[1].FloatAcc < 90 || rs[1].AccImages != rec.TestImages || rs[1].AccImages != 10000 || rs[3].Int8Acc != rs[1].Int8Acc || rs[0].Int8Acc != -1 {
		t.Errorf("accuracy: %+v", rs)
	}

	dir := t.TempDir()
	files, err := WriteReport(dir, rs)
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

// TestSweepAndSelect: the full sweep has the CIFAR-shaped CNN in both
// weight visibilities, the quick one does not; Select keeps the points of
// the named models in the sweep's order and refuses a name it lacks.
func TestSweepAndSelect(t *testing.T) {
	full, err := Sweep(false)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Select(full, []string{"cifar-cnn", "mnist-mlp"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range got {
		names = append(names, p.Name())
	}
	want := []string{"mnist-mlp/fixed/groth16", "mnist-mlp/committed/groth16", "mnist-mlp/fixed/plonk",
		"cifar-cnn/fixed/groth16", "cifar-cnn/committed/groth16"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("Select = %v, want %v", names, want)
	}
	c := got[len(got)-1].Model
	if s := c.InputShape(); len(s) != 3 || s[0] != 3 || s[1] != 32 || s[2] != 32 || c.NumParameters() < 100_000 {
		t.Errorf("cifar-cnn: input %v, %d parameters", s, c.NumParameters())
	}
	quick, err := Sweep(true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Select(quick, []string{"cifar-cnn"}); err == nil || !strings.Contains(err.Error(), "mnist-mlp") {
		t.Errorf("cifar-cnn from the quick sweep: %v", err)
	}
}

// fakeResults are two rows as a run writes them, without proving.
func fakeResults() []Result {
	return []Result{
		{Model: "mnist-mlp", Family: "zoo", ProofSystem: "groth16", Weights: "fixed", RangeCheck: "bits", Parameters: 101770, Constraints: 19146,
			ByOp: map[string]int{"dense": 9005, "int8": 7057, "relu": 1408, "commitments": 1676}, Compile: 186 * time.Millisecond, Setup: 3422 * time.Millisecond,
			Prove: 235 * time.Millisecond, Witness: 23 * time.Millisecond, Verify: 928 * time.Microsecond, ProofBytes: 164, PKBytes: 3981337, VKBytes: 460,
			SetupPeak: 44 << 20, ProvePeak: 46 << 20, VerifyGas: 261413, Floor: 197 * time.Millisecond, FloatAcc: 97.78, Int8Acc: 97.74, AccImages: 10000,
			CircuitID: "6e3e0084a9758a2693259539", Run: "2026-01-02T03:04:05Z", Machine: "2 cores, 24 GiB memory, go1.26.8"},
		{Model: "mlp-32x2", Family: "mlp-width", ProofSystem: "plonk", Weights: "fixed", RangeCheck: "bits", Parameters: 8554, Constraints: 24094,
			ByOp: map[string]int{"dense": 12836, "int8": 4353, "relu": 608, "commitments": 6297}, Compile: 23 * time.Millisecond, Setup: 2200 * time.Millisecond,
			Prove: 1150 * time.Millisecond, Witness: 3 * time.Millisecond, Verify: 1800 * time.Microsecond, ProofBytes: 520, PKBytes: 2 << 20, VKBytes: 34344,
			SetupPeak: 68 << 20, ProvePeak: 95 << 20, VerifyGas: 336244, Floor: 963 * time.Millisecond, FloatAcc: -1, Int8Acc: -1,
			CircuitID: "abc", Run: "2026-01-02T03:04:05Z", Machine: "2 cores, 24 GiB memory, go1.26.8"},
	}
}

// TestReportRoundTrip: a report rendered again from its CSV says what the
// run said; Merge replaces re-measured rows in place and adds new ones;
// the Markdown says gates for PLONK, the number of accuracy images once,
// and which runs measured which rows.
func TestReportRoundTrip(t *testing.T) {
	rs := fakeResults()
	var buf strings.Builder
	if err := WriteCSV(&buf, rs); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCSV(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	var again strings.Builder
	if err := WriteCSV(&again, back); err != nil {
		t.Fatal(err)
	}
	if again.String() != buf.String() {
		t.Errorf("CSV round trip:\n%s\nbecame\n%s", buf.String(), again.String())
	}
	var md1, md2 strings.Builder
	if err := WriteMarkdown(&md1, rs); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md2, back); err != nil {
		t.Fatal(err)
	}
	if md1.String() != md2.String() {
		t.Errorf("Markdown from the CSV:\n%s\ndiffers from the run's:\n%s", md2.String(), md1.String())
	}
	md := md1.String()
	for _, want := range []string{"gates", "same 10,000 MNIST test images", "| 97.74 % / 97.78 % |", "started 2026-01-02T03:04:05Z on 2 cores"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Count(md, "10,000") != 1 {
		t.Errorf("Markdown says the number of images more than once:\n%s", md)
	}

	// an old CSV, without run and machine, merged with a re-measured row
	old := strings.ReplaceAll(strings.ReplaceAll(buf.String(), ",run,machine", ""), `,2026-01-02T03:04:05Z,"2 cores, 24 GiB memory, go1.26.8"`, "")
	oldRs, err := ReadCSV(strings.NewReader(old))
	if err != nil || len(oldRs) != 2 || oldRs[0].Run != "" {
		t.Fatalf("old CSV: %v, %+v", err, oldRs)
	}
	redo := rs[0]
	redo.Prove, redo.Run = 250*time.Millisecond, "2026-02-01T00:00:00Z"
	extra := rs[1]
	extra.Model = "cifar-cnn"
	merged := Merge(oldRs, []Result{redo, extra})
	if len(merged) != 3 || merged[0].Prove != redo.Prove || merged[1].Model != "mlp-32x2" || merged[2].Model != "cifar-cnn" {
		t.Errorf("Merge: %+v", merged)
	}
	var mmd strings.Builder
	if err := WriteMarkdown(&mmd, merged); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mmd.String(), "Measured by 3 runs") || !strings.Contains(mmd.String(), "mlp-32x2 by a run of `zkinfer bench` whose start and machine the CSV does not record") {
		t.Errorf("merged Markdown does not say which run measured which rows:\n%s", mmd.String())
	}
}

// TestPlots: every point is labelled, the memory plot has a panel per
// proof system, the by-layer plot says constraints for Groth16 and gates
// for PLONK, and log axes carry several labelled ticks.
func TestPlots(t *testing.T) {
	dir := t.TempDir()
	files, err := writePlots(dir, fakeResults())
	if err != nil || len(files) != 4 {
		t.Fatalf("wrote %v: %v", files, err)
	}
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	for name, want := range map[string][]string{
		FileProveSVG:  {">mnist-mlp<", ">mlp-32x2<", "Groth16 floor", "PLONK floor"},
		FileMemorySVG: {"Groth16: peak heap of setup vs R1CS constraints", "PLONK: peak heap of prove vs gates", ">mnist-mlp/fixed<", ">mlp-32x2/fixed<", ">30<", ">40<", ">50<"},
		FileLayersSVG: {"Groth16: R1CS constraints by op kind", "PLONK: gates by op kind", ">mnist-mlp/fixed<"},
		FileGasSVG:    {"Groth16: mnist-mlp/fixed", "PLONK: mlp-32x2/fixed"},
	} {
		svg := read(name)
		for _, w := range want {
			if !strings.Contains(svg, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
	}
	var labelled []string
	for _, tk := range logTicks(26, 1322) {
		if tk.Label != "" {
			labelled = append(labelled, tk.Label)
		}
	}
	if strings.Join(labelled, " ") != "50 100 200 500 1k" {
		t.Errorf("ticks of 26–1322: %v", labelled)
	}
}

// TestReportFileInterrupted: a report file whose writing fails leaves the
// previous file whole and no partial file behind; the files before it are
// written.
func TestReportFileInterrupted(t *testing.T) {
	dir := t.TempDir()
	write := func(text string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, text); return err }
	}
	if _, err := writeReportFiles(dir, reportFile{"a.md", write("old a")}, reportFile{"b.md", write("old b")}); err != nil {
		t.Fatal(err)
	}
	broken := func(w io.Writer) error {
		io.WriteString(w, "half of a new")
		return errors.New("interrupted")
	}
	files, err := writeReportFiles(dir, reportFile{"a.md", write("new a")}, reportFile{"b.md", broken})
	if err == nil || !strings.Contains(err.Error(), "b.md: interrupted") || len(files) != 1 {
		t.Fatalf("written %v, error %v", files, err)
	}
	for name, want := range map[string]string{"a.md": "new a", "b.md": "old b"} {
		if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(got) != want {
			t.Errorf("%s holds %q (%v), want %q", name, got, err, want)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.partial")); len(left) != 0 {
		t.Errorf("partial files left: %v", left)
	}
}
