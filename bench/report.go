package bench

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/zkinfer/zkinfer/prover"
)

// Machine describes where a run was measured.
type Machine struct {
	CPUs   int
	Memory string
	Go     string
}

// String is the machine as the report names it, and as its CSV records it.
func (m Machine) String() string {
	return fmt.Sprintf("%d cores, %s memory, %s", m.CPUs, m.Memory, m.Go)
}

// ThisMachine describes the machine this process runs on.
func ThisMachine() Machine {
	m := Machine{CPUs: goruntime.NumCPU(), Go: goruntime.Version(), Memory: "unknown"}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
					m.Memory = fmt.Sprintf("%.0f GiB", kb/(1<<20))
				}
			}
		}
	}
	return m
}

// Report files written by WriteReport.
const (
	FileCSV       = "results.csv"
	FileMarkdown  = "results.md"
	FileProveSVG  = "prove-vs-constraints.svg"
	FileLayersSVG = "constraints-by-layer.svg"
	FileGasSVG    = "gas-by-proof-system.svg"
	FileMemorySVG = "memory-vs-constraints.svg"
)

// WriteReport writes the CSV and Markdown tables and the SVG plots into dir.
func WriteReport(dir string, rs []Result) ([]string, error) {
	written, err := writeReportFiles(dir,
		reportFile{FileCSV, func(w io.Writer) error { return WriteCSV(w, rs) }},
		reportFile{FileMarkdown, func(w io.Writer) error { return WriteMarkdown(w, rs) }})
	if err != nil {
		return written, err
	}
	plots, err := writePlots(dir, rs)
	return append(written, plots...), err
}

// reportFile is one file of a report: its name and what writes it.
type reportFile struct {
	name  string
	write func(io.Writer) error
}

// writeReportFiles creates dir and writes each file into it (writeWhole),
// returning the paths written.
func writeReportFiles(dir string, files ...reportFile) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := writeWhole(path, f.write); err != nil {
			return written, fmt.Errorf("%s: %w", path, err)
		}
		written = append(written, path)
	}
	return written, nil
}

// writeWhole writes a report file (a table or a plot) into a temporary
// file beside it, syncs it and renames it onto path: an interrupted or
// failed run leaves the previous file whole, and no temporary file.
func writeWhole(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.partial")
	if err != nil {
		return err
	}
	err = write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

var csvHeader = []string{"model", "family", "proof_system", "weights", "range_check", "parameters", "constraints",
	"compile_s", "setup_s", "prove_s", "witness_s", "verify_ms", "proof_bytes", "pk_bytes", "vk_bytes", "setup_peak_mib", "prove_peak_mib",
	"verify_gas", "floor_prove_s", "overhead", "float_accuracy", "int8_accuracy", "accuracy_images", "circuit_id", "constraints_by_op",
	"run", "machine"}

// WriteCSV writes one row per result.
func WriteCSV(w io.Writer, rs []Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rs {
		var byOp []string
		for _, k := range sortedKeys(r.ByOp) {
			byOp = append(byOp, fmt.Sprintf("%s=%d", k, r.ByOp[k]))
		}
		row := []string{r.Model, r.Family, r.ProofSystem, r.Weights, r.RangeCheck, strconv.Itoa(r.Parameters), strconv.Itoa(r.Constraints),
			f3(r.Compile.Seconds()), f3(r.Setup.Seconds()), f3(r.Prove.Seconds()), f3(r.Witness.Seconds()), f3(float64(r.Verify.Microseconds()) / 1000),
			strconv.Itoa(r.ProofBytes), strconv.Itoa(r.PKBytes), strconv.Itoa(r.VKBytes), f3(mib(r.SetupPeak)), f3(mib(r.ProvePeak)),
			strconv.FormatUint(r.VerifyGas, 10), f3(r.Floor.Seconds()), f3(r.Overhead()), pct(r.FloatAcc), pct(r.Int8Acc),
			strconv.Itoa(r.AccImages), r.CircuitID, strings.Join(byOp, ";"), r.Run, r.Machine}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ReadCSV reads the rows WriteCSV wrote, so that a report can be rendered
// again, or merged with rows measured later, without measuring anything.
// Times come back to the millisecond and peak heaps to the KiB, as the CSV
// holds them. Columns a CSV lacks (run and machine, in CSVs written before
// they were recorded) read as empty.
func ReadCSV(r io.Reader) ([]Result, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errors.New("no header")
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range csvHeader {
		if _, ok := col[h]; !ok && h != "run" && h != "machine" {
			return nil, fmt.Errorf("no column %q", h)
		}
	}
	var out []Result
	for i, row := range rows[1:] {
		var bad error
		get := func(h string) string {
			if c, ok := col[h]; ok && c < len(row) {
				return row[c]
			}
			return ""
		}
		num := func(h string) float64 {
			v := get(h)
			if v == "" && (h == "float_accuracy" || h == "int8_accuracy") {
				return -1
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil && bad == nil {
				bad = fmt.Errorf("column %s: %w", h, err)
			}
			return x
		}
		secs := func(h string) time.Duration { return time.Duration(math.Round(num(h) * float64(time.Second))) }
		heap := func(h string) uint64 { return uint64(math.Round(num(h) * (1 << 20))) }
		r := Result{Model: get("model"), Family: get("family"), ProofSystem: get("proof_system"), Weights: get("weights"),
			RangeCheck: get("range_check"), Parameters: int(num("parameters")), Constraints: int(num("constraints")),
			Compile: secs("compile_s"), Setup: secs("setup_s"), Prove: secs("prove_s"), Witness: secs("witness_s"),
			Verify: time.Duration(math.Round(num("verify_ms") * float64(time.Millisecond))), ProofBytes: int(num("proof_bytes")),
			PKBytes: int(num("pk_bytes")), VKBytes: int(num("vk_bytes")), SetupPeak: heap("setup_peak_mib"), ProvePeak: heap("prove_peak_mib"),
			VerifyGas: uint64(num("verify_gas")), Floor: secs("floor_prove_s"), FloatAcc: num("float_accuracy"), Int8Acc: num("int8_accuracy"),
			AccImages: int(num("accuracy_images")), CircuitID: get("circuit_id"), ByOp: map[string]int{}, Run: get("run"), Machine: get("machine")}
		r.overhead = num("overhead")
		for _, kv := range strings.Split(get("constraints_by_op"), ";") {
			k, v, ok := strings.Cut(kv, "=")
			n, err := strconv.Atoi(v)
			if !ok || err != nil {
				if bad == nil {
					bad = fmt.Errorf("constraints_by_op: %q", kv)
				}
				continue
			}
			r.ByOp[k] = n
		}
		if bad != nil {
			return nil, fmt.Errorf("row %d (%s): %w", i+2, r.Model, bad)
		}
		out = append(out, r)
	}
	return out, nil
}

// Merge returns old's rows, each replaced by the row of recent that
// measured the same point (model, proof system, weights), then recent's
// other rows.
func Merge(old, recent []Result) []Result {
	key := func(r Result) string { return r.Model + "/" + r.Weights + "/" + r.ProofSystem }
	byKey := map[string]Result{}
	for _, r := range recent {
		byKey[key(r)] = r
	}
	var out []Result
	for _, r := range old {
		if n, ok := byKey[key(r)]; ok {
			r = n
			delete(byKey, key(r))
		}
		out = append(out, r)
	}
	for _, r := range recent {
		if _, ok := byKey[key(r)]; ok {
			out = append(out, r)
		}
	}
	return out
}

// WriteMarkdown writes the results as Markdown tables: cost per point,
// then constraints (PLONK: gates) by op kind.
func WriteMarkdown(w io.Writer, rs []Result) error {
	// render what the CSV holds (times to the millisecond), so that a
	// report rendered again from its CSV prints the same figures
	var held bytes.Buffer
	if err := WriteCSV(&held, rs); err != nil {
		return err
	}
	rs, err := ReadCSV(&held)
	if err != nil {
		return err
	}
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("%s Compile and setup are one run each; prove (ours and the floor's) is the fastest of up to five runs within 3 s, so one run for proofs over 1.5 s, and includes running the model and solving the witness. The floor is a bare gnark circuit of the same constraint count (private bits asserted boolean: the smallest witness there is) proved in the same run. Constraints are R1CS constraints for Groth16 and gates for PLONK.", provenance(rs))
	images := map[int]bool{}
	for _, r := range rs {
		if r.Int8Acc >= 0 {
			images[r.AccImages] = true
		}
	}
	once := len(images) == 1
	if once {
		for n := range images {
			p(" Accuracy (of the trained models only): int8 as zkinfer's integer runtime computes it, measured by the run, beside float from the training record, both on the same %s MNIST test images.", thousands(n))
		}
	}
	p(" Range checks are chosen per circuit by cost (`--range-check auto`): lookups (logderiv) where the constraints they save outweigh the gas of their commitment, a constraint weighed at %g gas; bit decomposition (bits) otherwise.", prover.DefaultConstraintGas)
	p("\n\n| model | system | weights | range checks | constraints (PLONK: gates) | compile | setup | prove (witness) | floor | overhead | verify | proof | pk / vk (compressed) | peak heap (setup / prove) | verify gas | int8 / float accuracy |\n")
	p("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rs {
		gas := "—"
		if r.VerifyGas > 0 {
			gas = thousands(int(r.VerifyGas))
		}
		acc := "—"
		if r.Int8Acc >= 0 {
			acc = fmt.Sprintf("%.2f %% / %.2f %%", r.Int8Acc, r.FloatAcc)
			if !once {
				acc += fmt.Sprintf(" (%s images)", thousands(r.AccImages))
			}
		}
		p("| %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s | %.2f | %.1f ms | %d B | %s / %s | %.0f / %.0f MiB | %s | %s |\n",
			r.Model, r.ProofSystem, r.Weights, r.RangeCheck, thousands(r.Constraints), secs(r.Compile.Seconds()), secs(r.Setup.Seconds()), secs(r.Prove.Seconds()), secs(r.Witness.Seconds()),
			secs(r.Floor.Seconds()), r.Overhead(), float64(r.Verify.Microseconds())/1000, r.ProofBytes, size(r.PKBytes), size(r.VKBytes),
			mib(r.SetupPeak), mib(r.ProvePeak), gas, acc)
	}
	kinds := ops(rs)
	p("\nConstraints (PLONK: gates) by op kind:\n\n| model | system | weights | %s |\n|---|---|---|%s\n", strings.Join(kinds, " | "), strings.Repeat("---|", len(kinds)))
	for _, r := range rs {
		var cells []string
		for _, k := range kinds {
			cells = append(cells, thousands(r.ByOp[k]))
		}
		p("| %s | %s | %s | %s |\n", r.Model, r.ProofSystem, r.Weights, strings.Join(cells, " | "))
	}
	return nil
}

// provenance says which runs, on which machines, measured the rows.
func provenance(rs []Result) string {
	type run struct{ start, machine string }
	var runs []run
	models := map[run][]string{}
	for _, r := range rs {
		k := run{r.Run, r.Machine}
		if _, ok := models[k]; !ok {
			runs = append(runs, k)
		}
		if !slices.Contains(models[k], r.Model) {
			models[k] = append(models[k], r.Model)
		}
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].start < runs[j].start })
	say := func(k run) string {
		if k.start == "" && k.machine == "" {
			return "a run of `zkinfer bench` whose start and machine the CSV does not record"
		}
		s := "a run of `zkinfer bench`"
		if k.start != "" {
			s += " started " + k.start
		}
		if k.machine != "" {
			s += " on " + k.machine
		}
		return s
	}
	if len(runs) == 1 {
		return "Measured by " + say(runs[0]) + "."
	}
	var parts []string
	for _, k := range runs {
		parts = append(parts, fmt.Sprintf("%s by %s", strings.Join(models[k], ", "), say(k)))
	}
	return fmt.Sprintf("Measured by %d runs, each row in one run: %s.", len(runs), strings.Join(parts, "; "))
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

func pct(x float64) string {
	if x < 0 {
		return ""
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

func secs(s float64) string {
	if s < 1 {
		return fmt.Sprintf("%.0f ms", s*1000)
	}
	return fmt.Sprintf("%.2f s", s)
}

func size(b int) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(b)/(1<<10))
	}
	return fmt.Sprintf("%d B", b)
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
