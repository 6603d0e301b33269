package bench

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// systems are the proof systems of rs, Groth16 first.
func systems(rs []Result) []string {
	var out []string
	for _, sys := range []string{"groth16", "plonk"} {
		for _, r := range rs {
			if r.ProofSystem == sys {
				out = append(out, sys)
				break
			}
		}
	}
	return out
}

// sizeNoun is what a circuit's size counts in sys: R1CS constraints for
// Groth16, gates for PLONK.
func sizeNoun(sys string) string {
	if sys == "plonk" {
		return "gates"
	}
	return "R1CS constraints"
}

func systemName(sys string) string {
	if sys == "plonk" {
		return "PLONK"
	}
	return "Groth16"
}

func writePlots(dir string, rs []Result) ([]string, error) {
	var written []string
	for _, p := range []struct {
		name string
		draw func(dir, file string, rs []Result) (bool, error)
	}{
		{FileProveSVG, proveVsSize},
		{FileMemorySVG, memoryVsSize},
		{FileLayersSVG, sizeByOp},
		{FileGasSVG, gasBySystem},
	} {
		path := filepath.Join(dir, p.name)
		ok, err := p.draw(dir, path, rs)
		if err != nil {
			return written, fmt.Errorf("%s: %w", path, err)
		}
		if ok {
			written = append(written, path)
		}
	}
	return written, nil
}

// proveVsSize plots prove time against circuit size, log-log, one series
// per proof system and weight visibility, each point labelled with its
// model, with the floors of both proof systems as lines.
func proveVsSize(_, path string, rs []Result) (bool, error) {
	pl := plot.New()
	pl.Title.Text = "Prove time vs circuit size (BN254)"
	pl.X.Label.Text, pl.Y.Label.Text = "R1CS constraints (Groth16) or gates (PLONK)", "prove time, seconds"
	logAxes(pl)
	var series, floors []any
	var pts plotter.XYs
	var labels []string
	for _, sys := range systems(rs) {
		for _, w := range []string{"fixed", "committed"} {
			var xy plotter.XYs
			for _, r := range rs {
				if r.Weights == w && r.ProofSystem == sys {
					xy = append(xy, plotter.XY{X: float64(r.Constraints), Y: logSafe(r.Prove.Seconds())})
					pts, labels = append(pts, xy[len(xy)-1]), append(labels, r.Model)
				}
			}
			if len(xy) > 0 {
				series = append(series, systemName(sys)+", "+w+" weights", xy)
			}
		}
		var floor plotter.XYs
		for _, r := range rs {
			if r.ProofSystem == sys {
				floor = append(floor, plotter.XY{X: float64(r.Constraints), Y: logSafe(r.Floor.Seconds())})
			}
		}
		sort.Slice(floor, func(i, j int) bool { return floor[i].X < floor[j].X })
		floors = append(floors, systemName(sys)+" floor (bare gnark)", floor)
	}
	if err := plotutil.AddScatters(pl, series...); err != nil {
		return false, err
	}
	if err := plotutil.AddLines(pl, floors...); err != nil {
		return false, err
	}
	if err := addLabels(pl, pts, labels); err != nil {
		return false, err
	}
	pad(pl)
	pl.Legend.Top, pl.Legend.Left = true, true
	return true, savePlot(pl, 9*vg.Inch, 6*vg.Inch, path)
}

// memoryVsSize plots the peak heap of setup and of prove against circuit
// size, log-log, one row of panels per proof system, each point labelled
// with its model and weights.
func memoryVsSize(_, path string, rs []Result) (bool, error) {
	var panels [][]*plot.Plot
	for _, sys := range systems(rs) {
		var row []*plot.Plot
		for i, step := range []string{"setup", "prove"} {
			pl := plot.New()
			pl.Title.Text = systemName(sys) + ": peak heap of " + step + " vs " + sizeNoun(sys)
			pl.X.Label.Text, pl.Y.Label.Text = sizeNoun(sys), "peak Go heap, MiB"
			logAxes(pl)
			var xy plotter.XYs
			var labels []string
			for _, r := range rs {
				if r.ProofSystem != sys {
					continue
				}
				peak := r.SetupPeak
				if step == "prove" {
					peak = r.ProvePeak
				}
				xy = append(xy, plotter.XY{X: float64(r.Constraints), Y: math.Max(mib(peak), 1)})
				labels = append(labels, r.Model+"/"+r.Weights)
			}
			s, err := plotter.NewScatter(xy)
			if err != nil {
				return false, err
			}
			s.GlyphStyle.Color, s.GlyphStyle.Shape = plotutil.Color(i), plotutil.Shape(i)
			pl.Add(s)
			if err := addLabels(pl, xy, labels); err != nil {
				return false, err
			}
			pad(pl)
			row = append(row, pl)
		}
		panels = append(panels, row)
	}
	return true, savePanels(path, panels, 14*vg.Inch, vg.Length(len(panels))*5.5*vg.Inch)
}

// sizeByOp draws each point's circuit size as a bar on a log axis, one
// panel per proof system (R1CS constraints, gates), each bar split into
// segments in proportion to each op kind's share of it.
func sizeByOp(_, path string, rs []Result) (bool, error) {
	kinds := ops(rs)
	colors := map[string]color.Color{}
	for i, k := range kinds {
		colors[k] = plotutil.Color(i)
	}
	var panels [][]*plot.Plot
	for _, sys := range systems(rs) {
		var bars shareBars
		var names []string
		for _, r := range rs {
			if r.ProofSystem != sys || r.Constraints <= 0 {
				continue
			}
			var share []float64
			for _, k := range kinds {
				share = append(share, float64(r.ByOp[k])/float64(r.Constraints))
			}
			bars.totals, bars.shares = append(bars.totals, float64(r.Constraints)), append(bars.shares, share)
			names = append(names, r.Model+"/"+r.Weights)
		}
		if len(names) == 0 {
			continue
		}
		for _, k := range kinds {
			bars.colors = append(bars.colors, colors[k])
		}
		smallest := bars.totals[0]
		for _, t := range bars.totals {
			smallest = math.Min(smallest, t)
		}
		bars.base, bars.width = math.Pow(10, math.Floor(math.Log10(smallest))-1), vg.Points(12)
		pl := plot.New()
		pl.Title.Text = systemName(sys) + ": " + sizeNoun(sys) + " by op kind (log axis; a bar's segments are the op kinds' shares of it)"
		pl.Y.Label.Text = sizeNoun(sys)
		pl.Add(&bars)
		pl.NominalX(names...)
		pl.Y.Scale, pl.Y.Tick.Marker = plot.LogScale{}, plot.TickerFunc(logTicks)
		pl.X.Tick.Label.Rotation = math.Pi / 6
		pl.X.Tick.Label.XAlign, pl.X.Tick.Label.YAlign = draw.XRight, draw.YTop
		// room on the right for the legend
		pl.X.Min, pl.X.Max = -0.7, float64(len(names))+4.5
		for _, k := range kinds {
			for _, s := range bars.shares {
				if s[slices.Index(kinds, k)] > 0 {
					pl.Legend.Add(k, swatch{colors[k]})
					break
				}
			}
		}
		pl.Legend.Top = true
		panels = append(panels, []*plot.Plot{pl})
	}
	if len(panels) == 0 {
		return false, nil
	}
	return true, savePanels(path, panels, 10*vg.Inch, vg.Length(len(panels))*4.5*vg.Inch)
}

// gasBySystem draws the verification gas of each point whose key the
// on-chain verifiers take, labelled with its proof system and model.
func gasBySystem(_, path string, rs []Result) (bool, error) {
	pl := plot.New()
	pl.Title.Text = "Verification gas on the embedded chain (Osaka)"
	pl.Y.Label.Text = "gas per verify transaction"
	var names []string
	var gas plotter.Values
	for _, r := range rs {
		if r.VerifyGas > 0 {
			names = append(names, systemName(r.ProofSystem)+": "+r.Model+"/"+r.Weights)
			gas = append(gas, float64(r.VerifyGas))
		}
	}
	if len(gas) == 0 {
		return false, nil
	}
	bar, err := plotter.NewBarChart(gas, vg.Points(12))
	if err != nil {
		return false, err
	}
	bar.Color = plotutil.Color(0)
	pl.Add(bar)
	pl.NominalX(names...)
	pl.X.Tick.Label.Rotation = math.Pi / 4
	pl.X.Tick.Label.XAlign, pl.X.Tick.Label.YAlign = draw.XRight, draw.YTop
	pl.X.Min, pl.X.Max = -0.7, float64(len(gas))-0.3
	pl.Y.Min, pl.Y.Max = 0, slices.Max(gas)*1.1 // the tallest bar clear of the title
	return true, savePlot(pl, 10*vg.Inch, 5*vg.Inch, path)
}

// shareBars draws one bar per point on a log Y axis, from base up to the
// point's total, split into segments in proportion to the shares. A
// stack of values on a log axis would shrink the upper segments; this
// keeps each segment's length its share of the bar.
type shareBars struct {
	totals []float64
	shares [][]float64 // per bar, per kind; each sums to 1
	colors []color.Color
	base   float64
	width  vg.Length
}

func (b *shareBars) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	for i, total := range b.totals {
		if total <= b.base {
			continue
		}
		x := trX(float64(i))
		lo, span := math.Log(b.base), math.Log(total/b.base)
		done := 0.0
		for k, s := range b.shares[i] {
			if s <= 0 {
				continue
			}
			y0 := trY(math.Exp(lo + span*done))
			done += s
			y1 := trY(math.Exp(lo + span*math.Min(done, 1)))
			rect := []vg.Point{{X: x - b.width/2, Y: y0}, {X: x - b.width/2, Y: y1}, {X: x + b.width/2, Y: y1}, {X: x + b.width/2, Y: y0}}
			c.FillPolygon(b.colors[k], c.ClipPolygonY(rect))
		}
	}
}

func (b *shareBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	ymax = b.base
	for _, t := range b.totals {
		ymax = math.Max(ymax, t)
	}
	return -0.5, float64(len(b.totals)) - 0.5, b.base, ymax * 1.5
}

// swatch is a legend entry's colour.
type swatch struct{ color.Color }

func (s swatch) Thumbnail(c *draw.Canvas) {
	rect := []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Min.Y}}
	c.FillPolygon(s.Color, c.ClipPolygonY(rect))
}

// addLabels writes each point's label beside it, small.
func addLabels(pl *plot.Plot, xys plotter.XYs, labels []string) error {
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: labels})
	if err != nil {
		return err
	}
	for i := range l.TextStyle {
		l.TextStyle[i].Font.Size = vg.Points(6.5)
		l.TextStyle[i].YAlign = draw.YCenter
	}
	l.Offset = vg.Point{X: vg.Points(4)}
	pl.Add(l)
	return nil
}

// savePanels draws plots, row by row, on one image of the given size, in
// the format its extension names, as plot.Save does.
func savePanels(path string, plots [][]*plot.Plot, w, h vg.Length) error {
	c, err := draw.NewFormattedCanvas(w, h, strings.TrimPrefix(filepath.Ext(path), "."))
	if err != nil {
		return err
	}
	t := draw.Tiles{Rows: len(plots), Cols: len(plots[0]), PadX: vg.Points(18), PadY: vg.Points(18),
		PadTop: vg.Points(6), PadBottom: vg.Points(6), PadLeft: vg.Points(6), PadRight: vg.Points(6)}
	canvases := plot.Align(plots, t, draw.New(c))
	for j := range plots {
		for i := range plots[j] {
			if plots[j][i] != nil {
				plots[j][i].Draw(canvases[j][i])
			}
		}
	}
	return writeWhole(path, func(w io.Writer) error { _, err := c.WriteTo(w); return err })
}

// savePlot writes one plot to path, in the format its extension names, as
// plot.Save does, but whole or not at all (writeWhole).
func savePlot(pl *plot.Plot, w, h vg.Length, path string) error {
	c, err := pl.WriterTo(w, h, strings.ToLower(strings.TrimPrefix(filepath.Ext(path), ".")))
	if err != nil {
		return err
	}
	return writeWhole(path, func(w io.Writer) error { _, err := c.WriteTo(w); return err })
}

// pad widens a log-log plot's ranges so that no point sits on an edge and
// labels fit on the right.
func pad(pl *plot.Plot) {
	pl.X.Min, pl.X.Max = pl.X.Min/1.5, pl.X.Max*3
	pl.Y.Min, pl.Y.Max = pl.Y.Min/1.5, pl.Y.Max*1.5
}

func logAxes(pl *plot.Plot) {
	pl.X.Scale, pl.Y.Scale = plot.LogScale{}, plot.LogScale{}
	pl.X.Tick.Marker, pl.Y.Tick.Marker = plot.TickerFunc(logTicks), plot.TickerFunc(logTicks)
}

// logTicks marks every digit times each power of ten and labels 1, 2 and
// 5 times each, so that a log axis spanning a decade or two still has
// several labelled ticks; over more than four decades only the powers of
// ten are labelled, and within a decade every digit.
func logTicks(min, max float64) []plot.Tick {
	if min <= 0 || max <= min {
		return nil
	}
	lo, hi := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	ticks := func(label func(m int) bool) (ts []plot.Tick, labels int) {
		for e := lo; e <= hi; e++ {
			for m := 1; m < 10; m++ {
				v := float64(m) * math.Pow10(e)
				if e < 0 {
					v = float64(m) / math.Pow10(-e)
				}
				if v < min || v > max {
					continue
				}
				t := plot.Tick{Value: v}
				if label(m) {
					t.Label = shortNumber(v)
					labels++
				}
				ts = append(ts, t)
			}
		}
		return ts, labels
	}
	if ts, n := ticks(func(m int) bool { return m == 1 || (hi-lo <= 4 && (m == 2 || m == 5)) }); n >= 3 {
		return ts
	}
	ts, _ := ticks(func(int) bool { return true })
	return ts
}

// shortNumber writes 20000 as 20k and 1500000 as 1.5M.
func shortNumber(v float64) string {
	switch {
	case v >= 1e6:
		return strconv.FormatFloat(v/1e6, 'g', -1, 64) + "M"
	case v >= 1e3:
		return strconv.FormatFloat(v/1e3, 'g', -1, 64) + "k"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// logSafe keeps a value a log axis can place: a time the CSV rounded to
// zero is drawn at a microsecond.
func logSafe(v float64) float64 { return max(v, 1e-6) }
