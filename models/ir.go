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
)

var opNames = map[Op]string{OpDense: "dense", OpReLU: "relu", OpFlatten: "flatten"}

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
}

// Model is a quantized model: tensors, and nodes in topological order.
type Model struct {
	Name    string
	Tensors []Tensor
	Nodes   []Node
	Input   int
	Output  int
}

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
		if len(n.Weights) != o*i {
			return fmt.Errorf("%d weights for shape %v", len(n.Weights), n.WeightShape)
		}
		if len(n.Bias) != o || len(n.Requant) != o {
			return fmt.Errorf("%d biases and %d requant entries for %d outputs", len(n.Bias), len(n.Requant), o)
		}
		if len(n.WeightScales) != 0 && len(n.WeightScales) != o {
			return fmt.Errorf("%d weight scales for %d outputs", len(n.WeightScales), o)
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
	if n.Op != OpDense && (len(n.Weights) != 0 || len(n.Bias) != 0 || len(n.Requant) != 0) {
		return fmt.Errorf("op takes no parameters")
	}
	return nil
}

// AccumulatorBound returns, for output channel j of a dense node, a bound B
// with |acc[j]| ≤ B for every int8 input. The circuit sizes its range checks
// from it.
func (n *Node) AccumulatorBound(j int) int64 {
	in := n.WeightShape[1]
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
