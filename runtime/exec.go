package runtime

import (
	"context"
	"errors"
	"fmt"

	"github.com/zkinfer/zkinfer/models"
)

// ErrInput is wrapped by errors about an input that does not fit the model.
var ErrInput = errors.New("bad input")

// Trace is every value an execution produced: the int8 value of each tensor
// and the exact accumulators of each dense or convolution node, indexed like
// the model's tensors and nodes.
type Trace struct {
	Values [][]int8
	Acc    [][]int64
}

// Output is the value of the model's output tensor.
func (t *Trace) Output(m *models.Model) []int8 { return t.Values[m.Output] }

// Execute runs the model on input. The model must be valid (models.Model
// ReadFrom validates); input must have the input tensor's size.
func Execute(ctx context.Context, m *models.Model, input []int8) (*Trace, error) {
	if want := m.InputShape().Size(); len(input) != want {
		return nil, fmt.Errorf("%w: %d values, model %q expects %d (shape %v)", ErrInput, len(input), m.Name, want, m.InputShape())
	}
	t := &Trace{Values: make([][]int8, len(m.Tensors)), Acc: make([][]int64, len(m.Nodes))}
	t.Values[m.Input] = append([]int8(nil), input...)
	for k := range m.Nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n := &m.Nodes[k]
		x := t.Values[n.Inputs[0]]
		switch n.Op {
		case models.OpDense:
			t.Acc[k], t.Values[n.Output] = Dense(n, x)
		case models.OpReLU:
			y := make([]int8, len(x))
			for i, v := range x {
				y[i] = max(v, 0)
			}
			t.Values[n.Output] = y
		case models.OpFlatten:
			t.Values[n.Output] = x
		case models.OpConv2D:
			t.Acc[k], t.Values[n.Output] = Conv2D(n, m.Tensors[n.Inputs[0]].Shape, x)
		case models.OpMaxPool:
			t.Values[n.Output] = MaxPool(n, m.Tensors[n.Inputs[0]].Shape, x)
		case models.OpAvgPool:
			t.Values[n.Output] = AvgPool(n, m.Tensors[n.Inputs[0]].Shape, x)
		case models.OpAdd:
			b := t.Values[n.Inputs[1]]
			y := make([]int8, len(x))
			for i := range x {
				y[i] = AddRescaled(x[i], b[i], n.Requant)
			}
			t.Values[n.Output] = y
		case models.OpLookup:
			y := make([]int8, len(x))
			for i, v := range x {
				y[i] = n.Table[int(v)+128]
			}
			t.Values[n.Output] = y
		default:
			return nil, fmt.Errorf("node %d %q: op %s not supported by the executor", k, n.Name, n.Op)
		}
	}
	return t, nil
}

// Dense computes a dense node: the exact accumulators and the requantized
// int8 outputs (see models.OpDense).
func Dense(n *models.Node, x []int8) (acc []int64, y []int8) {
	out, in := n.WeightShape[0], n.WeightShape[1]
	acc = make([]int64, out)
	y = make([]int8, out)
	for j := range out {
		a := int64(n.Bias[j])
		row := n.Weights[j*in : (j+1)*in]
		for i, w := range row {
			a += int64(w) * int64(x[i])
		}
		acc[j] = a
		y[j] = Requantize(a, n.Requant[j])
	}
	return acc, y
}

// Conv2D computes a convolution node (see models.OpConv2D): the exact
// accumulators and the requantized outputs, both [O, OH, OW] row-major.
func Conv2D(n *models.Node, in models.Shape, x []int8) (acc []int64, y []int8) {
	w := n.Window()
	o, fan := n.WeightShape[0], n.FanIn()
	oh, ow := w.OutputSize(in[1], in[2])
	acc = make([]int64, o*oh*ow)
	y = make([]int8, o*oh*ow)
	for py := range oh {
		for px := range ow {
			inputs, kernel := w.Patch(in, py, px)
			for oc := range o {
				a := int64(n.Bias[oc])
				row := n.Weights[oc*fan : (oc+1)*fan]
				for i, xi := range inputs {
					a += int64(row[kernel[i]]) * int64(x[xi])
				}
				j := (oc*oh+py)*ow + px
				acc[j] = a
				y[j] = Requantize(a, n.Requant[oc])
			}
		}
	}
	return acc, y
}

// MaxPool computes a max-pooling node (see models.OpMaxPool), per channel.
func MaxPool(n *models.Node, in models.Shape, x []int8) []int8 {
	return pool(n, in, func(inputs []int) int8 {
		best := int8(-128)
		for _, i := range inputs {
			best = max(best, x[i])
		}
		return best
	})
}

// AvgPool computes an average-pooling node (see models.OpAvgPool).
func AvgPool(n *models.Node, in models.Shape, x []int8) []int8 {
	return pool(n, in, func(inputs []int) int8 {
		var s int64
		for _, i := range inputs {
			s += int64(x[i])
		}
		cnt := int64(len(inputs))
		return int8(floorDiv(2*s+cnt, 2*cnt))
	})
}

func pool(n *models.Node, in models.Shape, f func(inputs []int) int8) []int8 {
	w := n.Window()
	oh, ow := w.OutputSize(in[1], in[2])
	y := make([]int8, in[0]*oh*ow)
	w.Pool(in, func(out int, inputs []int) { y[out] = f(inputs) })
	return y
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// AddRescaled is one output of an Add node (see models.OpAdd).
func AddRescaled(a, b int8, r []models.Requant) int8 {
	t := int64(a)*r[0].Mult + int64(b)*r[1].Mult + 1<<(r[0].Shift-1)
	return int8(min(max(t>>r[0].Shift, -128), 127))
}

// Requantize is clamp(⌊(acc·M + 2^(s-1)) / 2^s⌋, -128, 127): rounding half
// up, with an arithmetic (flooring) shift.
func Requantize(acc int64, r models.Requant) int8 {
	q := (acc*r.Mult + 1<<(r.Shift-1)) >> r.Shift
	return int8(min(max(q, -128), 127))
}

// Argmax returns the index of the largest value, the first on ties.
func Argmax(v []int8) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}

// Classify runs the model and returns the index of its largest output.
func Classify(ctx context.Context, m *models.Model, input []int8) (int, error) {
	t, err := Execute(ctx, m, input)
	if err != nil {
		return 0, err
	}
	return Argmax(t.Output(m)), nil
}
