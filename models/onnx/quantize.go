package onnx

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/runtime"
)

// Forward runs the float model on x (the input, row-major) and returns the
// output of every layer: the float reference zkinfer quantizes against.
func (fm *FloatModel) Forward(x []float64) [][]float64 {
	outs := make([][]float64, len(fm.Layers))
	vals := [][]float64{x}
	for i := range fm.Layers {
		l := &fm.Layers[i]
		cur := vals[l.Inputs[0]]
		var y []float64
		switch l.Op {
		case models.OpDense:
			out, in := l.WShape[0], l.WShape[1]
			y = make([]float64, out)
			for j := range out {
				s := l.B[j]
				for k, w := range l.W[j*in : (j+1)*in] {
					s += w * cur[k]
				}
				y[j] = s
			}
		case models.OpConv2D:
			y = convFloat(l, cur)
		case models.OpMaxPool:
			y = maxPoolFloat(l, cur)
		case models.OpAvgPool:
			y = avgPoolFloat(l, cur)
		case models.OpLookup:
			y = make([]float64, len(cur))
			for j, v := range cur {
				y[j] = l.Func(v)
			}
		case models.OpReLU:
			y = make([]float64, len(cur))
			for j, v := range cur {
				y[j] = math.Max(v, 0)
			}
		case models.OpFlatten:
			y = cur
		case models.OpAdd:
			b := vals[l.Inputs[1]]
			y = make([]float64, len(cur))
			for j := range cur {
				y[j] = cur[j] + b[j]
			}
		}
		outs[i] = y
		vals = append(vals, y)
	}
	return outs
}

func (l *Layer) window() models.Window {
	n := models.Node{Op: l.Op, WeightShape: l.WShape, Kernel: l.Kernel, Strides: l.Strides, Pads: l.Pads}
	return n.Window()
}

func convFloat(l *Layer, x []float64) []float64 {
	w := l.window()
	o, fan := l.WShape[0], l.WShape[1]*l.WShape[2]*l.WShape[3]
	oh, ow := l.Out[1], l.Out[2]
	y := make([]float64, o*oh*ow)
	for py := range oh {
		for px := range ow {
			inputs, kernel := w.Patch(l.In, py, px)
			for oc := range o {
				s := l.B[oc]
				row := l.W[oc*fan : (oc+1)*fan]
				for i, xi := range inputs {
					s += row[kernel[i]] * x[xi]
				}
				y[(oc*oh+py)*ow+px] = s
			}
		}
	}
	return y
}

func maxPoolFloat(l *Layer, x []float64) []float64 {
	return poolFloat(l, func(inputs []int) float64 {
		best := math.Inf(-1)
		for _, i := range inputs {
			best = math.Max(best, x[i])
		}
		return best
	})
}

func avgPoolFloat(l *Layer, x []float64) []float64 {
	return poolFloat(l, func(inputs []int) float64 {
		s := 0.0
		for _, i := range inputs {
			s += x[i]
		}
		return s / float64(len(inputs))
	})
}

func poolFloat(l *Layer, f func(inputs []int) float64) []float64 {
	y := make([]float64, l.Out.Size())
	l.window().Pool(l.In, func(out int, inputs []int) { y[out] = f(inputs) })
	return y
}

// QuantOptions tune calibration.
type QuantOptions struct {
	// Percentile of |activation| mapped to 127; 0 or 100 means the maximum.
	Percentile float64
}

// Quantize calibrates activation ranges on calib (float inputs) and returns
// the int8 model: symmetric per-output-channel weight scales, int32 biases
// at scale input·weight, activation scales from the calibration ranges (a
// layer followed by ReLU only needs its positive range).
func (fm *FloatModel) Quantize(calib [][]float64, opts QuantOptions) (*models.Model, error) {
	if len(calib) == 0 {
		return nil, fmt.Errorf("quantize %s: empty calibration set", fm.Name)
	}
	want := fm.Input.Size()
	inAbs := []float64{}
	layerAbs := make([][]float64, len(fm.Layers))
	for _, x := range calib {
		if len(x) != want {
			return nil, fmt.Errorf("quantize %s: calibration input of %d values, model takes %d", fm.Name, len(x), want)
		}
		for _, v := range x {
			inAbs = append(inAbs, math.Abs(v))
		}
		outs := fm.Forward(x)
		for i, l := range fm.Layers {
			if l.Op != models.OpDense && l.Op != models.OpConv2D && l.Op != models.OpAdd {
				continue
			}
			relu := fm.onlyReLU(i)
			for _, v := range outs[i] {
				if relu {
					v = math.Max(v, 0)
				}
				layerAbs[i] = append(layerAbs[i], math.Abs(v))
			}
		}
	}
	scaleOf := func(abs []float64) float64 {
		r := percentile(abs, opts.Percentile)
		if r <= 0 {
			r = 1e-6
		}
		return r / 127
	}
	m := &models.Model{Name: fm.Name}
	sIn := scaleOf(inAbs)
	m.Tensors = []models.Tensor{{Name: "input", Shape: fm.Input, Scale: sIn}}
	for i := range fm.Layers {
		l := &fm.Layers[i]
		curScale := m.Tensors[l.Inputs[0]].Scale
		scale := curScale
		node := models.Node{Op: l.Op, Name: l.Name, Inputs: l.Inputs, Kernel: l.Kernel, Strides: l.Strides, Pads: l.Pads}
		if l.Op == models.OpAdd {
			scale = scaleOf(layerAbs[i])
			ra, rb, err := addRequant(curScale/scale, m.Tensors[l.Inputs[1]].Scale/scale)
			if err != nil {
				return nil, fmt.Errorf("layer %d %q (from node %q): %w", i, l.Name, l.fromNode, err)
			}
			node.Requant = []models.Requant{ra, rb}
		}
		if l.Op == models.OpDense || l.Op == models.OpConv2D {
			scale = scaleOf(layerAbs[i])
			o := l.WShape[0]
			fan := len(l.W) / o
			rows := make([][]float64, o)
			for j := range rows {
				rows[j] = l.W[j*fan : (j+1)*fan]
			}
			q, err := models.QuantizeDense(l.Name, rows, l.B, curScale, scale)
			if err != nil {
				return nil, fmt.Errorf("layer %d %q (from node %q): %w", i, l.Name, l.fromNode, err)
			}
			node.WeightShape, node.Weights, node.Bias, node.WeightScales, node.Requant = l.WShape, q.Weights, q.Bias, q.WeightScales, q.Requant
			if l.Op == models.OpConv2D {
				node.Kernel = nil
			}
		}
		if l.Op == models.OpLookup {
			if l.OutRange > 0 {
				scale = l.OutRange / 127
			}
			node.Table = make([]int8, 256)
			for q := -128; q <= 127; q++ {
				v := math.Round(l.Func(float64(q)*curScale) / scale)
				node.Table[q+128] = int8(math.Max(-128, math.Min(127, v)))
			}
		}
		m.Tensors = append(m.Tensors, models.Tensor{Name: l.Name, Shape: l.Out, Scale: scale})
		node.Output = len(m.Tensors) - 1
		m.Nodes = append(m.Nodes, node)
	}
	m.Output = fm.Output
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// onlyReLU reports whether layer i's output is read by ReLU layers only,
// so that only its positive range matters.
func (fm *FloatModel) onlyReLU(i int) bool {
	if fm.Output == i+1 {
		return false
	}
	readers := 0
	for _, l := range fm.Layers {
		for _, in := range l.Inputs {
			if in == i+1 {
				if l.Op != models.OpReLU {
					return false
				}
				readers++
			}
		}
	}
	return readers > 0
}

// addRequant turns the two real multipliers of an Add into integer ones
// with a common shift, the larger one at full precision.
func addRequant(ma, mb float64) (models.Requant, models.Requant, error) {
	big := math.Max(ma, mb)
	r, err := models.ChooseRequant(big)
	if err != nil {
		return models.Requant{}, models.Requant{}, err
	}
	scale := math.Ldexp(1, int(r.Shift))
	a := models.Requant{Mult: max(1, int64(math.Round(ma*scale))), Shift: r.Shift}
	b := models.Requant{Mult: max(1, int64(math.Round(mb*scale))), Shift: r.Shift}
	return a, b, nil
}

func percentile(abs []float64, p float64) float64 {
	if len(abs) == 0 {
		return 0
	}
	if p <= 0 || p >= 100 {
		return slices.Max(abs)
	}
	s := slices.Clone(abs)
	slices.Sort(s)
	return s[min(len(s)-1, int(math.Ceil(p/100*float64(len(s))))-1)]
}

// QuantizeInput maps a float input to int8 at the model's input scale.
func QuantizeInput(m *models.Model, x []float64) []int8 {
	s := m.Tensors[m.Input].Scale
	q := make([]int8, len(x))
	for i, v := range x {
		q[i] = int8(math.Max(-128, math.Min(127, math.Round(v/s))))
	}
	return q
}

// LayerError is the largest difference between the float reference and
// the dequantized int8 runtime at one layer's output, in units of that
// layer's int8 step.
type LayerError struct {
	Layer string
	Op    models.Op
	Steps float64
}

// CompareLayers runs both models on xs and reports, per layer, the largest
// |float − scale·int8| in int8 steps.
func CompareLayers(fm *FloatModel, m *models.Model, xs [][]float64) ([]LayerError, error) {
	errs := make([]LayerError, len(fm.Layers))
	for i, l := range fm.Layers {
		errs[i] = LayerError{Layer: l.Name, Op: l.Op}
	}
	for _, x := range xs {
		outs := fm.Forward(x)
		tr, err := runtime.Execute(context.Background(), m, QuantizeInput(m, x))
		if err != nil {
			return nil, err
		}
		for i := range fm.Layers {
			n := &m.Nodes[i]
			s := m.Tensors[n.Output].Scale
			relu := fm.onlyReLU(i)
			for j, q := range tr.Values[n.Output] {
				f := outs[i][j]
				if relu {
					// a ReLU follows: only the positive part is meant to be exact
					f = math.Max(f, 0)
					if q < 0 {
						q = 0
					}
				}
				// values the int8 range clips are not errors of the rescale
				f = math.Max(-128*s, math.Min(127*s, f))
				errs[i].Steps = math.Max(errs[i].Steps, math.Abs(f-s*float64(q))/s)
			}
		}
	}
	return errs, nil
}
