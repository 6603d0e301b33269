package models

import (
	"errors"
	"fmt"
	"math"
)

// IRVersion is the version of the IR and of the .zkm body encoding.
const IRVersion = 1

// Op names an integer operation of the IR.
type Op uint8

// The ops of the IR. Values are part of the file format: append, never renumber.
const (
	// OpDense is a fully connected layer (ONNX Gemm with transB=1):
	//
	//	acc[j] = bias[j] + Σ_i W[j,i]·x[i]           (exact, int64)
	//	y[j]   = clamp(⌊(acc[j]·M[j] + 2^(s[j]-1)) / 2^s[j]⌋, -128, 127)
	//
	// W is int8 with shape [out, in], bias int32, M and s per output channel.
	OpDense Op = 1
	// OpReLU is y = max(x, 0) over int8 values; the scale is unchanged.
	OpReLU Op = 2
	// OpFlatten reshapes its input to one dimension; values are unchanged.
	OpFlatten Op = 3
	// OpConv2D is a 2-D convolution (ONNX Conv, group 1, no dilation) over
	// an input of shape [C, H, W], with W int8 of shape [O, C, KH, KW]:
	//
	//	acc[o,y,x] = bias[o] + Σ_{c,ky,kx} W[o,c,ky,kx]·in[c, y·sh+ky−pt, x·sw+kx−pl]
	//
	// where positions outside the input count as 0 (the zero point), then
	// requantized per output channel exactly as OpDense. Strides = [sh, sw],
	// Pads = [pt, pl, pb, pr]; the output has shape [O, OH, OW] with
	// OH = (H + pt + pb − KH)/sh + 1 and OW likewise.
	OpConv2D Op = 4
	// OpMaxPool is the maximum over each window of an input of shape
	// [C, H, W]: Kernel = [KH, KW], Strides, Pads as OpConv2D; padded
	// positions are not part of any window (ONNX pads MaxPool with −∞).
	// The scale is unchanged.
	OpMaxPool Op = 5
	// OpAvgPool is the rounded mean over each window of an input of shape
	// [C, H, W] (Kernel, Strides, Pads as OpMaxPool; GlobalAveragePool is a
	// window of the whole input): with n the number of window positions
	// inside the input and s their sum,
	//
	//	y = ⌊(2·s + n) / (2·n)⌋      (round half up of s/n)
	//
	// The scale is unchanged.
	OpAvgPool Op = 6
	// OpLookup maps each int8 value through a table of 256 int8 values:
	// y = Table[x + 128]. Sigmoid, Tanh and Clip are lookups, with the
	// input and output scales folded into the table.
	OpLookup Op = 7
	// OpAdd adds two int8 tensors of one shape at different scales (a
	// residual connection), rescaling both to the output's scale:
	//
	//	y = clamp(⌊(a·Ma + b·Mb + 2^(s−1)) / 2^s⌋, −128, 127)
	//
	// with Requant = [{Ma, s}, {Mb, s}] (one shift for both).
	OpAdd Op = 8
)

var opNames = map[Op]string{OpDense: "dense", OpReLU: "relu", OpFlatten: "flatten", OpConv2D: "conv2d", OpMaxPool: "maxpool", OpAvgPool: "avgpool", OpLookup: "lookup", OpAdd: "add"}

func (o Op) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// Limits on what a valid model may hold. They bound memory when reading
// untrusted files and keep every intermediate value far below the field size.
const (
	MaxTensors     = 1 << 12
	MaxElements    = 1 << 24 // per tensor
	MaxParameters  = 1 << 26 // weights per model
	MaxMultiplier  = 1<<31 - 1
	MaxShift       = 62
	maxNameLength  = 256
	maxDimensions  = 8
	maxInputsPerOp = 4
)

// ErrInvalidModel is wrapped by every validation error.
var ErrInvalidModel = errors.New("invalid model")

// Shape is a tensor shape, outermost dimension first.
type Shape []int

// Size is the number of elements of the shape.
func (s Shape) Size() int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// Equal reports whether two shapes are identical.
func (s Shape) Equal(o Shape) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

// Tensor describes an int8 activation tensor: real value ≈ Scale·q.
type Tensor struct {
	Name  string
	Shape Shape
	Scale float64
}

// Requant is the fixed-point rescaling of one output channel:
// y = round_half_up(acc·Mult / 2^Shift), then clamped to int8.
type Requant struct {
	Mult  int64
	Shift uint8
}

// Node is one op of the graph. Inputs and Output are tensor indices.
// Parameter fields are used by the ops that need them and empty otherwise.
type Node struct {
	Op     Op
	Name   string
	Inputs []int
	Output int

	// Dense: Weights has shape WeightShape = [out, in], row-major.
	WeightShape Shape
	Weights     []int8
	Bias        []int32
	// WeightScales are the per-output-channel float scales, kept for the
	// float reference; they do not affect the integer semantics.
	WeightScales []float64
	Requant      []Requant

	// Conv2D and MaxPool: Kernel [KH, KW] (MaxPool only; a convolution's
	// kernel is its weight shape), Strides [sh, sw], Pads [pt, pl, pb, pr].
	Kernel  []int
	Strides []int
	Pads    []int

	// Lookup: the 256 outputs for inputs −128..127.
	Table []int8
}

// Window is the geometry of a convolution or pooling window.
type Window struct {
	KH, KW, SH, SW, PT, PL, PB, PR int
}

// Window returns the window geometry of a Conv2D or MaxPool node.
func (n *Node) Window() Window {
	w := Window{SH: n.Strides[0], SW: n.Strides[1], PT: n.Pads[0], PL: n.Pads[1], PB: n.Pads[2], PR: n.Pads[3]}
	if n.Op == OpConv2D {
		w.KH, w.KW = n.WeightShape[2], n.WeightShape[3]
	} else {
		w.KH, w.KW = n.Kernel[0], n.Kernel[1]
	}
	return w
}

// Patch lists, for output position (y, x) of a window over an input of
// shape [C, H, W], the offsets in the input of the window's valid positions
// (row-major over c, ky, kx) and, for each, its index in a [C, KH, KW]
// kernel. Positions in the padding are left out.
func (w Window) Patch(in Shape, y, x int) (inputs, kernel []int) {
	c, h, wd := in[0], in[1], in[2]
	for ci := range c {
		for ky := range w.KH {
			iy := y*w.SH + ky - w.PT
			if iy < 0 || iy >= h {
				continue
			}
			for kx := range w.KW {
				ix := x*w.SW + kx - w.PL
				if ix < 0 || ix >= wd {
					continue
				}
				inputs = append(inputs, (ci*h+iy)*wd+ix)
				kernel = append(kernel, (ci*w.KH+ky)*w.KW+kx)
			}
		}
	}
	return inputs, kernel
}

// Pool calls f for every output of a pooling window over an input of
// shape [C, H, W]: the output's offset in the [C, OH, OW] result and the
// offsets in the input of the window's positions inside it (padding is
// left out). It returns the number of outputs.
func (w Window) Pool(in Shape, f func(out int, inputs []int)) int {
	c, h, wd := in[0], in[1], in[2]
	oh, ow := w.OutputSize(h, wd)
	one := Shape{1, h, wd}
	for py := range oh {
		for px := range ow {
			offsets, _ := w.Patch(one, py, px)
			inputs := make([]int, len(offsets))
			for ci := range c {
				for i, off := range offsets {
					inputs[i] = ci*h*wd + off
				}
				f((ci*oh+py)*ow+px, inputs)
			}
		}
	}
	return c * oh * ow
}

// OutputSize is (OH, OW) for an input of h×w.
func (w Window) OutputSize(h, wd int) (int, int) {
	return (h+w.PT+w.PB-w.KH)/w.SH + 1, (wd+w.PL+w.PR-w.KW)/w.SW + 1
}

// Model is a quantized model: tensors, and nodes in topological order.
type Model struct {
	Name    string
	Tensors []Tensor
	Nodes   []Node
	Input   int
	Output  int

	// PixelMax is how image data reach the model: the real input value
	// of a full-intensity 8-bit pixel (255), 1 for a model trained on
	// [0, 1] pixels and 255 for raw ones. Zero when the model was not
	// calibrated on pixels, so readers of images must be told. It maps
	// data files to the int8 input and is not part of the function the
	// circuit proves, so the commitment does not cover it.
	PixelMax float64
}

// MaxPixelMax bounds Model.PixelMax.
const MaxPixelMax = 1 << 16

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidModel, fmt.Sprintf(format, args...))
}

// InputShape is the shape of the model's input tensor.
func (m *Model) InputShape() Shape { return m.Tensors[m.Input].Shape }

// OutputShape is the shape of the model's output tensor.
func (m *Model) OutputShape() Shape { return m.Tensors[m.Output].Shape }

// NumParameters counts weights and biases.
func (m *Model) NumParameters() int {
	n := 0
	for i := range m.Nodes {
		n += len(m.Nodes[i].Weights) + len(m.Nodes[i].Bias)
	}
	return n
}

// Validate checks that the model is well formed: indices in range, every
// tensor produced once before use, shapes consistent with each op, and
// requantization parameters within the bounds the circuit relies on.
func (m *Model) Validate() error {
	if len(m.Name) > maxNameLength {
		return invalid("name longer than %d bytes", maxNameLength)
	}
	if len(m.Tensors) == 0 || len(m.Tensors) > MaxTensors {
		return invalid("%d tensors (want 1..%d)", len(m.Tensors), MaxTensors)
	}
	for i, t := range m.Tensors {
		if len(t.Shape) == 0 || len(t.Shape) > maxDimensions {
			return invalid("tensor %d %q: rank %d (want 1..%d)", i, t.Name, len(t.Shape), maxDimensions)
		}
		n := 1
		for _, d := range t.Shape {
			if d <= 0 || d > MaxElements || n*d > MaxElements {
				return invalid("tensor %d %q: shape %v out of range", i, t.Name, t.Shape)
			}
			n *= d
		}
		if !(t.Scale > 0) || math.IsInf(t.Scale, 0) {
			return invalid("tensor %d %q: scale %v must be positive and finite", i, t.Name, t.Scale)
		}
	}
	if m.Input < 0 || m.Input >= len(m.Tensors) || m.Output < 0 || m.Output >= len(m.Tensors) {
		return invalid("input/output tensor index out of range")
	}
	if !(m.PixelMax >= 0 && m.PixelMax <= MaxPixelMax) {
		return invalid("pixel scaling %v (want 0, not recorded, or up to %d)", m.PixelMax, MaxPixelMax)
	}
	defined := make([]bool, len(m.Tensors))
	defined[m.Input] = true
	params := 0
	for k := range m.Nodes {
		n := &m.Nodes[k]
		where := fmt.Sprintf("node %d %q (%s)", k, n.Name, n.Op)
		if len(n.Inputs) == 0 || len(n.Inputs) > maxInputsPerOp {
			return invalid("%s: %d inputs", where, len(n.Inputs))
		}
		for _, in := range n.Inputs {
			if in < 0 || in >= len(m.Tensors) || !defined[in] {
				return invalid("%s: input tensor %d is not defined before use", where, in)
			}
		}
		if n.Output < 0 || n.Output >= len(m.Tensors) || defined[n.Output] {
			return invalid("%s: output tensor %d out of range or defined twice", where, n.Output)
		}
		params += len(n.Weights)
		if params > MaxParameters {
			return invalid("more than %d parameters", MaxParameters)
		}
		if err := n.validate(m); err != nil {
			return invalid("%s: %v", where, err)
		}
		defined[n.Output] = true
	}
	if !defined[m.Output] {
		return invalid("output tensor %d is never computed", m.Output)
	}
	return nil
}

func (n *Node) validate(m *Model) error {
	in := m.Tensors[n.Inputs[0]].Shape
	out := m.Tensors[n.Output].Shape
	switch n.Op {
	case OpDense:
		if len(n.Inputs) != 1 {
			return fmt.Errorf("want 1 input, have %d", len(n.Inputs))
		}
		if len(n.WeightShape) != 2 {
			return fmt.Errorf("weight shape %v is not [out, in]", n.WeightShape)
		}
		o, i := n.WeightShape[0], n.WeightShape[1]
		if o <= 0 || i <= 0 || o > MaxElements || i > MaxElements || o*i > MaxParameters {
			return fmt.Errorf("weight shape %v out of range", n.WeightShape)
		}
		if len(in) != 1 || in[0] != i {
			return fmt.Errorf("input shape %v, weights expect [%d]", in, i)
		}
		if len(out) != 1 || out[0] != o {
			return fmt.Errorf("output shape %v, weights give [%d]", out, o)
		}
		if err := n.validateParams(o, i); err != nil {
			return err
		}
	case OpConv2D:
		if err := n.validateConv(in, out); err != nil {
			return err
		}
	case OpAdd:
		if len(n.Inputs) != 2 || !in.Equal(out) || !m.Tensors[n.Inputs[1]].Shape.Equal(out) {
			return fmt.Errorf("want two inputs of the output's shape %v", out)
		}
		if len(n.Requant) != 2 || n.Requant[0].Shift != n.Requant[1].Shift {
			return fmt.Errorf("want two requant entries with one shift, have %v", n.Requant)
		}
		for _, r := range n.Requant {
			if r.Mult < 1 || r.Mult > MaxMultiplier || r.Shift < 1 || r.Shift > MaxShift {
				return fmt.Errorf("requant multiplier %d shift %d out of range", r.Mult, r.Shift)
			}
		}
		return nil
	case OpLookup:
		if len(n.Inputs) != 1 || !in.Equal(out) || len(n.Table) != 256 {
			return fmt.Errorf("want one input of the output's shape and a table of 256 values, have %v -> %v and %d", in, out, len(n.Table))
		}
	case OpMaxPool, OpAvgPool:
		if len(n.Inputs) != 1 || len(in) != 3 || len(n.Kernel) != 2 {
			return fmt.Errorf("want one [C, H, W] input and a 2-D kernel, have %v and %v", in, n.Kernel)
		}
		if err := checkWindow(n.Kernel[0], n.Kernel[1], n.Strides, n.Pads, in[1], in[2]); err != nil {
			return err
		}
		oh, ow := n.Window().OutputSize(in[1], in[2])
		if !out.Equal(Shape{in[0], oh, ow}) {
			return fmt.Errorf("output shape %v, want %v", out, Shape{in[0], oh, ow})
		}
	case OpReLU:
		if len(n.Inputs) != 1 || !in.Equal(out) {
			return fmt.Errorf("want one input of the output's shape, have %v -> %v", in, out)
		}
	case OpFlatten:
		if len(n.Inputs) != 1 || len(out) != 1 || out[0] != in.Size() {
			return fmt.Errorf("cannot flatten %v to %v", in, out)
		}
	default:
		return fmt.Errorf("unknown op")
	}
	if n.Op != OpDense && n.Op != OpConv2D && (len(n.Weights) != 0 || len(n.Bias) != 0 || len(n.Requant) != 0) {
		return fmt.Errorf("op takes no parameters")
	}
	if n.Op != OpConv2D && n.Op != OpMaxPool && n.Op != OpAvgPool && (len(n.Strides) != 0 || len(n.Pads) != 0 || len(n.Kernel) != 0) {
		return fmt.Errorf("op takes no window")
	}
	if n.Op != OpLookup && len(n.Table) != 0 {
		return fmt.Errorf("op takes no table")
	}
	return nil
}

func (n *Node) validateConv(in, out Shape) error {
	if len(n.Inputs) != 1 || len(in) != 3 {
		return fmt.Errorf("want one [C, H, W] input, have %v", in)
	}
	if len(n.WeightShape) != 4 || len(n.Kernel) != 0 {
		return fmt.Errorf("weight shape %v is not [O, C, KH, KW]", n.WeightShape)
	}
	o, c, kh, kw := n.WeightShape[0], n.WeightShape[1], n.WeightShape[2], n.WeightShape[3]
	if err := checkWindow(kh, kw, n.Strides, n.Pads, in[1], in[2]); err != nil {
		return err
	}
	if o <= 0 || o > MaxElements || c != in[0] || o*c*kh*kw > MaxParameters {
		return fmt.Errorf("weight shape %v does not fit input %v", n.WeightShape, in)
	}
	oh, ow := n.Window().OutputSize(in[1], in[2])
	if !out.Equal(Shape{o, oh, ow}) {
		return fmt.Errorf("output shape %v, want %v", out, Shape{o, oh, ow})
	}
	return n.validateParams(o, c*kh*kw)
}

// checkWindow validates strides and pads for a kh×kw window over h×w.
func checkWindow(kh, kw int, strides, pads []int, h, w int) error {
	if len(strides) != 2 || len(pads) != 4 {
		return fmt.Errorf("want 2 strides and 4 pads, have %v and %v", strides, pads)
	}
	if kh <= 0 || kw <= 0 || kh > 64 || kw > 64 {
		return fmt.Errorf("kernel %dx%d out of range", kh, kw)
	}
	for _, s := range strides {
		if s <= 0 || s > 64 {
			return fmt.Errorf("stride %d out of range", s)
		}
	}
	for i, p := range pads {
		k := kh
		if i%2 == 1 {
			k = kw
		}
		if p < 0 || p >= k {
			return fmt.Errorf("pad %d out of range for a kernel of %d", p, k)
		}
	}
	if h+pads[0]+pads[2] < kh || w+pads[1]+pads[3] < kw {
		return fmt.Errorf("kernel %dx%d larger than the padded %dx%d input", kh, kw, h, w)
	}
	return nil
}

// validateParams checks the weights, biases and requantization of a node
// with out channels of fanIn weights each.
func (n *Node) validateParams(out, fanIn int) error {
	if len(n.Weights) != out*fanIn {
		return fmt.Errorf("%d weights for shape %v", len(n.Weights), n.WeightShape)
	}
	if len(n.Bias) != out || len(n.Requant) != out {
		return fmt.Errorf("%d biases and %d requant entries for %d outputs", len(n.Bias), len(n.Requant), out)
	}
	if len(n.WeightScales) != 0 && len(n.WeightScales) != out {
		return fmt.Errorf("%d weight scales for %d outputs", len(n.WeightScales), out)
	}
	for j, r := range n.Requant {
		if r.Mult < 1 || r.Mult > MaxMultiplier || r.Shift < 1 || r.Shift > MaxShift {
			return fmt.Errorf("channel %d: requant multiplier %d shift %d out of range", j, r.Mult, r.Shift)
		}
		// acc·M + 2^(s-1) must fit in an int64 for every int8 input.
		if b := n.AccumulatorBound(j); b > (1<<62)/r.Mult {
			return fmt.Errorf("channel %d: accumulator bound %d times multiplier %d overflows 62 bits", j, b, r.Mult)
		}
	}
	return nil
}

// FanIn is the number of weights of one output channel of a dense or
// convolution node.
func (n *Node) FanIn() int {
	f := 1
	for _, d := range n.WeightShape[1:] {
		f *= d
	}
	return f
}

// AccumulatorBound returns, for output channel j of a dense or convolution
// node, a bound B with |acc| ≤ B for every int8 input. The circuit sizes its
// range checks from it.
func (n *Node) AccumulatorBound(j int) int64 {
	in := n.FanIn()
	var b int64
	for _, w := range n.Weights[j*in : (j+1)*in] {
		if w < 0 {
			b += int64(-int(w)) * 128
		} else {
			b += int64(w) * 128
		}
	}
	bias := int64(n.Bias[j])
	if bias < 0 {
		bias = -bias
	}
	return b + bias
}
