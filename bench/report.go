package bench

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

// Machine describes where a run was measured, for the report's header.
type Machine struct {
	CPUs   int
	Memory string
	Go     string
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
func WriteReport(dir string, rs []Result, m Machine) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for name, write := range map[string]func(io.Writer) error{
		FileCSV:      func(w io.Writer) error { return WriteCSV(w, rs) },
		FileMarkdown: func(w io.Writer) error { return WriteMarkdown(w, rs, m) },
	} {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return written, err
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return written, fmt.Errorf("%s: %w", path, err)
		}
		written = append(written, path)
	}
	plots, err := writePlots(dir, rs)
	return append(written, plots...), err
}

var csvHeader = []string{"model", "family", "proof_system", "weights", "range_check", "parameters", "constraints",
	"compile_s", "setup_s", "prove_s", "witness_s", "verify_ms", "proof_bytes", "pk_bytes", "vk_bytes", "setup_peak_mib", "prove_peak_mib",
	"verify_gas", "floor_prove_s", "overhead", "float_accuracy", "int8_accuracy", "accuracy_images", "circuit_id", "constraints_by_op"}

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
			strconv.Itoa(r.AccImages), r.CircuitID, strings.Join(byOp, ";")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes the results as Markdown tables: cost per point,
// then constraints by op kind.
func WriteMarkdown(w io.Writer, rs []Result, m Machine) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("Measured by `zkinfer bench` on %d cores, %s memory, %s. Compile and setup are one run each; prove (ours and the floor's) is the fastest of up to five runs within 3 s, so one run for proofs over 1.5 s, and includes running the model and solving the witness. The floor is a bare gnark circuit of the same constraint count (private bits asserted boolean: the smallest witness there is) proved in the same run.\n\n", m.CPUs, m.Memory, m.Go)
	p("| model | system | weights | constraints | compile | setup | prove (witness) | floor | overhead | verify | proof | pk / vk | peak heap (setup / prove) | verify gas | int8 / float accuracy |\n")
	p("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rs {
		gas := "—"
		if r.VerifyGas > 0 {
			gas = thousands(int(r.VerifyGas))
		}
		acc := "—"
		if r.Int8Acc >= 0 {
			acc = fmt.Sprintf("%.2f %% / %.2f %% (%d images; float from training)", r.Int8Acc, r.FloatAcc, r.AccImages)
		}
		p("| %s | %s | %s | %s | %s | %s | %s (%s) | %s | %.2f | %.1f ms | %d B | %s / %s | %.0f / %.0f MiB | %s | %s |\n",
			r.Model, r.ProofSystem, r.Weights, thousands(r.Constraints), secs(r.Compile.Seconds()), secs(r.Setup.Seconds()), secs(r.Prove.Seconds()), secs(r.Witness.Seconds()),
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

func writePlots(dir string, rs []Result) ([]string, error) {
	var written []string
	save := func(pl *plot.Plot, name string) error {
		path := filepath.Join(dir, name)
		if err := pl.Save(7*vg.Inch, 4.5*vg.Inch, path); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		written = append(written, path)
		return nil
	}

	// prove time against constraints, log-log, with the floor
	pl := plot.New()
	pl.Title.Text = "Prove time vs constraints (BN254)"
	pl.X.Label.Text, pl.Y.Label.Text = "constraints", "seconds"
	logLog(pl)
	var series []any
	var floors []any
	for _, sys := range []string{"groth16", "plonk"} {
		for _, w := range []string{"fixed", "committed"} {
			var xy plotter.XYs
			for _, r := range rs {
				if r.Weights == w && r.ProofSystem == sys {
					xy = append(xy, plotter.XY{X: float64(r.Constraints), Y: r.Prove.Seconds()})
				}
			}
			if len(xy) > 0 {
				series = append(series, sys+", "+w+" weights", xy)
			}
		}
		var floor plotter.XYs
		for _, r := range rs {
			if r.ProofSystem == sys {
				floor = append(floor, plotter.XY{X: float64(r.Constraints), Y: r.Floor.Seconds()})
			}
		}
		sort.Slice(floor, func(i, j int) bool { return floor[i].X < floor[j].X })
		if len(floor) > 0 {
			floors = append(floors, sys+" floor (bare gnark)", floor)
		}
	}
	if err := plotutil.AddScatters(pl, series...); err != nil {
		return written, err
	}
	if err := plotutil.AddLines(pl, floors...); err != nil {
		return written, err
	}
	pad(pl)
	pl.Legend.Top, pl.Legend.Left = true, true
	if err := save(pl, FileProveSVG); err != nil {
		return written, err
	}

	// peak memory against constraints
	pl = plot.New()
	pl.Title.Text = "Peak heap vs constraints"
	pl.X.Label.Text, pl.Y.Label.Text = "constraints", "MiB"
	logLog(pl)
	var setupMem, proveMem plotter.XYs
	for _, r := range rs {
		setupMem = append(setupMem, plotter.XY{X: float64(r.Constraints), Y: math.Max(mib(r.SetupPeak), 1)})
		proveMem = append(proveMem, plotter.XY{X: float64(r.Constraints), Y: math.Max(mib(r.ProvePeak), 1)})
	}
	if err := plotutil.AddScatters(pl, "setup", setupMem, "prove", proveMem); err != nil {
		return written, err
	}
	pad(pl)
	pl.Legend.Top, pl.Legend.Left = true, true
	if err := save(pl, FileMemorySVG); err != nil {
		return written, err
	}

	// constraints by op kind, one stacked bar per point
	pl = plot.New()
	pl.Title.Text = "Constraints by layer type"
	pl.Y.Label.Text = "constraints"
	var names []string
	for _, r := range rs {
		names = append(names, r.Model+"/"+r.Weights+"/"+r.ProofSystem)
	}
	var below *plotter.BarChart
	tallest := 0.0
	for _, r := range rs {
		tallest = math.Max(tallest, float64(r.Constraints))
	}
	for i, k := range ops(rs) {
		vals := make(plotter.Values, len(rs))
		total := 0.0
		for j, r := range rs {
			vals[j] = float64(r.ByOp[k])
			total += vals[j]
		}
		if total == 0 {
			continue // an op kind that costs nothing anywhere
		}
		bar, err := plotter.NewBarChart(vals, vg.Points(14))
		if err != nil {
			return written, err
		}
		bar.Color = plotutil.Color(i)
		bar.LineStyle.Width = 0
		if below != nil {
			bar.StackOn(below)
		}
		below = bar
		pl.Add(bar)
		pl.Legend.Add(k, bar)
	}
	pl.NominalX(names...)
	pl.X.Tick.Label.Rotation = math.Pi / 6
	pl.X.Tick.Label.XAlign, pl.X.Tick.Label.YAlign = -1, -0.5
	pl.X.Min, pl.X.Max = -0.7, float64(len(rs))-0.3
	pl.Y.Min, pl.Y.Max = 0, tallest*1.6 // room for the legend
	pl.Legend.Top = true
	if err := save(pl, FileLayersSVG); err != nil {
		return written, err
	}

	// verification gas, by proof system
	pl = plot.New()
	pl.Title.Text = "Verification gas on the embedded chain (Osaka)"
	pl.Y.Label.Text = "gas per verify transaction"
	var gasNames []string
	var gas plotter.Values
	for _, r := range rs {
		if r.VerifyGas > 0 {
			gasNames = append(gasNames, r.ProofSystem+": "+r.Model+"/"+r.Weights+"/"+r.RangeCheck)
			gas = append(gas, float64(r.VerifyGas))
		}
	}
	if len(gas) > 0 {
		bar, err := plotter.NewBarChart(gas, vg.Points(30))
		if err != nil {
			return written, err
		}
		bar.Color = plotutil.Color(0)
		pl.Add(bar)
		pl.NominalX(gasNames...)
		pl.X.Min, pl.X.Max = -0.7, float64(len(gas))-0.3
		pl.Y.Min = 0
		if err := save(pl, FileGasSVG); err != nil {
			return written, err
		}
	}
	return written, nil
}

// pad widens a log-log plot's ranges so that no point sits on an edge.
func pad(pl *plot.Plot) {
	pl.X.Min, pl.X.Max = pl.X.Min/1.5, pl.X.Max*1.5
	pl.Y.Min, pl.Y.Max = pl.Y.Min/1.5, pl.Y.Max*1.5
}

func logLog(pl *plot.Plot) {
	pl.X.Scale, pl.Y.Scale = plot.LogScale{}, plot.LogScale{}
	pl.X.Tick.Marker, pl.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
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
