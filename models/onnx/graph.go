package onnx

import (
	"errors"
	"fmt"
	"math"

	"github.com/zkinfer/zkinfer/models"
)

// ErrUnsupported is wrapped by errors about valid ONNX the importer cannot
// translate: an op, an attribute value or a graph shape.
var ErrUnsupported = errors.New("unsupported ONNX model")

// maxImportParams bounds the weights an import copies (shared initializers
// are copied per node), so a small hostile file cannot exhaust memory.
const maxImportParams = 1 << 24

// Opset range the importer understands.
const (
	MinOpset = 7
	MaxOpset = 13
)

// Layer is one float layer of an imported model, in zkinfer's vocabulary:
// Dense (W [out][in] flattened row-major), Conv2D (W [O, C, KH, KW]), ReLU,
// MaxPool, AvgPool, Lookup (Sigmoid, Tanh, Clip), Add (a residual
// connection) and Flatten.
type Layer struct {
	Op      models.Op
	Name    string
	In, Out models.Shape
	W       []float64
	WShape  models.Shape
	B       []float64
	Kernel  []int
	Strides []int
	Pads    []int
	// Lookup layers: the float function and the output range it maps to
	// int8 127 (0: keep the input's scale).
	Func     func(float64) float64
	FuncName string
	OutRange float64
	// Inputs are tensor indices: 0 is the model's input, i+1 the output of
	// layer i. Add has two.
	Inputs   []int
	fromNode string // the ONNX node it came from, for error messages
}

// FloatModel is an imported model before quantization: layers in
// topological order; tensor 0 is the input, tensor i+1 the output of layer i.
type FloatModel struct {
	Name     string
	Producer string
	Opset    int64
	Input    models.Shape
	Layers   []Layer
	Output   int // tensor index of the model's output
}

// Parse decodes an ONNX model and translates it into a chain of float
// layers. Errors wrap ErrFormat (not a valid ONNX model) or ErrUnsupported
// (valid, but outside what zkinfer imports), naming the node and opset.
func Parse(data []byte, name string) (fm *FloatModel, err error) {
	defer func() {
		// the translation indexes slices by attribute values; a bug there on
		// hostile input must still be an error, not a crash
		if r := recover(); r != nil {
			fm, err = nil, fmt.Errorf("%w: %v", ErrFormat, r)
		}
	}()
	m, err := parseModel(data)
	if err != nil {
		return nil, err
	}
	if m.opset < MinOpset || m.opset > MaxOpset {
		return nil, fmt.Errorf("%w: opset %d (zkinfer imports opsets %d to %d)", ErrUnsupported, m.opset, MinOpset, MaxOpset)
	}
	return translate(m, name)
}

// translator walks the ONNX nodes in order. Activation tensors are named
// in tensors (name → index); in and shape are the node's (first) activation.
type translator struct {
	m         *model
	fm        *FloatModel
	consts    map[string]*tensor
	tensors   map[string]int
	shapes    []models.Shape
	consumers map[string]int
	in        int
	shape     models.Shape
	params    int
}

func translate(m *model, name string) (*FloatModel, error) {
	g := &m.graph
	t := &translator{m: m, fm: &FloatModel{Name: name, Producer: m.producer, Opset: m.opset}, consts: map[string]*tensor{},
		tensors: map[string]int{}, consumers: map[string]int{}}
	for _, n := range g.nodes {
		for _, in := range n.inputs {
			t.consumers[in]++
		}
	}
	for k, v := range g.initializers {
		t.consts[k] = v
	}
	var inputs []valueInfo
	for _, in := range g.inputs {
		if _, isConst := t.consts[in.name]; !isConst {
			inputs = append(inputs, in)
		}
	}
	if len(inputs) != 1 {
		return nil, fmt.Errorf("%w: %d graph inputs (zkinfer imports models with one input)", ErrUnsupported, len(inputs))
	}
	in := inputs[0]
	dims := in.dims
	if len(dims) > 1 && (dims[0] == 1 || dims[0] == -1) {
		dims = dims[1:] // the batch dimension
	}
	if len(dims) == 0 || len(dims) > 3 {
		return nil, fmt.Errorf("%w: input %q has shape %v (want [N, C, H, W] or [N, D] with N = 1)", ErrUnsupported, in.name, in.dims)
	}
	for _, d := range dims {
		if d <= 0 || d > models.MaxElements {
			return nil, fmt.Errorf("%w: input %q has a symbolic or empty dimension: %v", ErrUnsupported, in.name, in.dims)
		}
		t.shape = append(t.shape, int(d))
	}
	t.fm.Input = t.shape
	t.tensors[in.name] = 0
	t.shapes = []models.Shape{t.shape}
	for i := range g.nodes {
		if err := t.node(&g.nodes[i]); err != nil {
			n := &g.nodes[i]
			return nil, fmt.Errorf("node %d %q (%s, opset %d): %w", i, n.name, n.opType, m.opset, err)
		}
	}
	if len(g.outputs) != 1 {
		return nil, fmt.Errorf("%w: %d graph outputs (zkinfer imports models with one output)", ErrUnsupported, len(g.outputs))
	}
	out, ok := t.tensors[g.outputs[0].name]
	if !ok || out == 0 || len(t.fm.Layers) == 0 {
		return nil, fmt.Errorf("%w: the graph's output %q is not computed by any imported layer", ErrUnsupported, g.outputs[0].name)
	}
	t.fm.Output = out
	return t.fm, nil
}

// foldTarget is the layer that produced the node's activation, when a
// bias or batch normalization may be folded into it: a dense or conv layer
// whose output nothing else reads.
func (t *translator) foldTarget(n *node) *Layer {
	if t.in == 0 || t.consumers[n.inputs[0]] != 1 {
		return nil
	}
	return &t.fm.Layers[t.in-1]
}

// operands splits a node's inputs into activations (tensor indices) and
// constants.
func (t *translator) operands(n *node) (acts []int, consts []*tensor, err error) {
	for _, in := range n.inputs {
		if in == "" {
			consts = append(consts, nil)
			continue
		}
		if c, ok := t.consts[in]; ok {
			consts = append(consts, c)
			continue
		}
		idx, ok := t.tensors[in]
		if !ok {
			return nil, nil, fmt.Errorf("%w: input %q is neither a constant nor computed before", ErrFormat, in)
		}
		acts = append(acts, idx)
	}
	if len(acts) == 0 {
		return nil, nil, errConstOnly
	}
	return acts, consts, nil
}

var errConstOnly = errors.New("constant node")

func (t *translator) push(l Layer, n *node) error {
	if t.params += len(l.W); t.params > maxImportParams {
		return fmt.Errorf("%w: more than %d parameters", ErrUnsupported, maxImportParams)
	}
	l.fromNode = n.name
	if l.Name == "" {
		l.Name = n.name
	}
	if l.Inputs == nil {
		l.Inputs = []int{t.in}
	}
	t.fm.Layers = append(t.fm.Layers, l)
	t.shapes = append(t.shapes, l.Out)
	if len(n.outputs) > 0 {
		t.tensors[n.outputs[0]] = len(t.shapes) - 1
	}
	return nil
}

// alias makes a node's output name the node's input tensor (a folded or
// no-op node).
func (t *translator) alias(n *node) {
	if len(n.outputs) > 0 {
		t.tensors[n.outputs[0]] = t.in
	}
}

func (t *translator) node(n *node) error {
	if n.domain != "" && n.domain != "ai.onnx" {
		return fmt.Errorf("%w: op domain %q", ErrUnsupported, n.domain)
	}
	acts, consts, err := t.operands(n)
	if errors.Is(err, errConstOnly) {
		return t.constantNode(n)
	}
	if err != nil {
		return err
	}
	if len(n.outputs) < 1 {
		return fmt.Errorf("%w: no output", ErrFormat)
	}
	t.in, t.shape = acts[0], t.shapes[acts[0]]
	if len(acts) > 1 && n.opType != "Add" {
		return fmt.Errorf("%w: %s of %d activations", ErrUnsupported, n.opType, len(acts))
	}
	if n.inputs[0] != "" && t.tensors[n.inputs[0]] != t.in && n.opType != "Add" {
		return fmt.Errorf("%w: %s whose first input is a constant", ErrUnsupported, n.opType)
	}
	switch n.opType {
	case "Conv":
		err = t.conv(n, consts)
	case "Gemm":
		err = t.gemm(n, consts)
	case "MatMul":
		err = t.matmul(n, consts)
	case "Add":
		if len(acts) == 2 {
			err = t.residual(n, acts)
		} else {
			err = t.addBias(n, consts)
		}
	case "BatchNormalization":
		err = t.batchNorm(n, consts)
	case "Relu":
		err = t.push(Layer{Op: models.OpReLU, In: t.shape, Out: t.shape}, n)
	case "MaxPool":
		err = t.maxPool(n)
	case "AveragePool", "GlobalAveragePool":
		err = t.avgPool(n)
	case "Sigmoid":
		err = t.push(Layer{Op: models.OpLookup, In: t.shape, Out: t.shape, FuncName: "sigmoid", OutRange: 1,
			Func: func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }}, n)
	case "Tanh":
		err = t.push(Layer{Op: models.OpLookup, In: t.shape, Out: t.shape, FuncName: "tanh", OutRange: 1, Func: math.Tanh}, n)
	case "Clip":
		err = t.clip(n, consts)
	case "Reshape", "Flatten":
		err = t.flatten(n, consts)
	default:
		return fmt.Errorf("%w: op %s is not supported (zkinfer imports Conv, Gemm, MatMul, Add of a bias, BatchNormalization, Relu, MaxPool, AveragePool, GlobalAveragePool, Sigmoid, Tanh, Clip, Reshape, Flatten)", ErrUnsupported, n.opType)
	}
	return err
}

// constantNode folds a node whose inputs are all constants: Reshape of an
// initializer (CNTK exports do this), or Constant.
func (t *translator) constantNode(n *node) error {
	if len(n.outputs) != 1 {
		return fmt.Errorf("%w: constant node with %d outputs", ErrUnsupported, len(n.outputs))
	}
	switch n.opType {
	case "Constant":
		a, ok := n.attrs["value"]
		if !ok || a.t == nil {
			return fmt.Errorf("%w: Constant without a tensor value", ErrUnsupported)
		}
		t.consts[n.outputs[0]] = a.t
	case "Reshape":
		if len(n.inputs) != 2 {
			return fmt.Errorf("%w: Reshape with %d inputs", ErrFormat, len(n.inputs))
		}
		x, s := t.consts[n.inputs[0]], t.consts[n.inputs[1]]
		dims, err := reshapeDims(x.dims, s.ints)
		if err != nil {
			return err
		}
		t.consts[n.outputs[0]] = &tensor{name: n.outputs[0], dims: dims, data: x.data, ints: x.ints}
	default:
		return fmt.Errorf("%w: op %s on constants only", ErrUnsupported, n.opType)
	}
	return nil
}

// reshapeDims applies an ONNX Reshape shape (0 copies, −1 infers).
func reshapeDims(in, shape []int64) ([]int64, error) {
	size := int64(1)
	for _, d := range in {
		size *= d
	}
	if len(shape) > maxDims {
		return nil, fmt.Errorf("%w: reshape to %d dimensions", ErrUnsupported, len(shape))
	}
	out := make([]int64, len(shape))
	infer, known := -1, int64(1)
	for i, d := range shape {
		switch {
		case d == 0 && i < len(in):
			out[i] = in[i]
		case d == -1 && infer < 0:
			infer = i
			continue
		case d > 0 && d <= maxTensorElements:
			out[i] = d
		default:
			return nil, fmt.Errorf("%w: reshape to %v", ErrUnsupported, shape)
		}
		// every factor is at most maxTensorElements: no overflow before the check
		if known *= out[i]; known > maxTensorElements {
			return nil, fmt.Errorf("%w: reshape to %v", ErrUnsupported, shape)
		}
	}
	if infer >= 0 {
		if known == 0 || size%known != 0 {
			return nil, fmt.Errorf("%w: reshape of %v to %v", ErrUnsupported, in, shape)
		}
		out[infer] = size / known
		known *= out[infer]
	}
	if known != size {
		return nil, fmt.Errorf("%w: reshape of %v to %v", ErrUnsupported, in, shape)
	}
	return out, nil
}

func ints(n *node, name string, def []int64) []int64 {
	if a, ok := n.attrs[name]; ok && a.isSet["ints"] {
		return a.ints
	}
	return def
}

func intAttr(n *node, name string, def int64) int64 {
	if a, ok := n.attrs[name]; ok && a.isSet["i"] {
		return a.i
	}
	return def
}

func floatAttr(n *node, name string, def float64) float64 {
	if a, ok := n.attrs[name]; ok && a.isSet["f"] {
		return float64(a.f)
	}
	return def
}

// window reads kernel, strides, pads and auto_pad for an input of h×w.
func window(n *node, kh, kw, h, w int) (strides, pads []int, err error) {
	st := ints(n, "strides", []int64{1, 1})
	if d := ints(n, "dilations", []int64{1, 1}); len(d) != 2 || d[0] != 1 || d[1] != 1 {
		return nil, nil, fmt.Errorf("%w: dilations %v", ErrUnsupported, d)
	}
	if len(st) != 2 || st[0] <= 0 || st[1] <= 0 || st[0] > 64 || st[1] > 64 {
		return nil, nil, fmt.Errorf("%w: strides %v", ErrUnsupported, st)
	}
	strides = []int{int(st[0]), int(st[1])}
	autoPad := "NOTSET"
	if a, ok := n.attrs["auto_pad"]; ok && a.isSet["s"] {
		autoPad = string(a.s)
	}
	switch autoPad {
	case "NOTSET":
		p := ints(n, "pads", []int64{0, 0, 0, 0})
		if len(p) != 4 {
			return nil, nil, fmt.Errorf("%w: pads %v", ErrUnsupported, p)
		}
		// ONNX orders pads [top, left, bottom, right]
		pads = []int{int(p[0]), int(p[1]), int(p[2]), int(p[3])}
	case "VALID":
		pads = []int{0, 0, 0, 0}
	case "SAME_UPPER", "SAME_LOWER":
		pads = make([]int, 4)
		for i, d := range []struct{ in, k, s int }{{h, kh, strides[0]}, {w, kw, strides[1]}} {
			out := (d.in + d.s - 1) / d.s
			total := max((out-1)*d.s+d.k-d.in, 0)
			small, big := total/2, total-total/2
			if autoPad == "SAME_UPPER" {
				pads[i], pads[i+2] = small, big
			} else {
				pads[i], pads[i+2] = big, small
			}
		}
	default:
		return nil, nil, fmt.Errorf("%w: auto_pad %q", ErrUnsupported, autoPad)
	}
	for i, p := range pads {
		k := kh
		if i%2 == 1 {
			k = kw
		}
		if p < 0 || p >= k {
			return nil, nil, fmt.Errorf("%w: pad %d for a kernel of %d (pads %v)", ErrUnsupported, p, k, pads)
		}
	}
	if h+pads[0]+pads[2] < kh || w+pads[1]+pads[3] < kw {
		return nil, nil, fmt.Errorf("%w: a %dx%d window over a padded %dx%d input", ErrUnsupported, kh, kw, h, w)
	}
	return strides, pads, nil
}

func (t *translator) conv(n *node, consts []*tensor) error {
	// consts are the constant inputs after the activation: W and maybe B
	if len(t.shape) != 3 || len(consts) < 1 || consts[0] == nil || len(consts[0].dims) != 4 {
		return fmt.Errorf("%w: Conv needs a [C, H, W] input and [O, C, KH, KW] weights", ErrUnsupported)
	}
	if g := intAttr(n, "group", 1); g != 1 {
		return fmt.Errorf("%w: group %d (zkinfer imports group 1)", ErrUnsupported, g)
	}
	w := consts[0]
	o, c, kh, kw := int(w.dims[0]), int(w.dims[1]), int(w.dims[2]), int(w.dims[3])
	if c != t.shape[0] {
		return fmt.Errorf("%w: weights for %d channels, input has %d", ErrFormat, c, t.shape[0])
	}
	if kh <= 0 || kw <= 0 || kh > 64 || kw > 64 || o <= 0 {
		return fmt.Errorf("%w: kernel %dx%d with %d outputs", ErrUnsupported, kh, kw, o)
	}
	if k := ints(n, "kernel_shape", []int64{int64(kh), int64(kw)}); len(k) != 2 || int(k[0]) != kh || int(k[1]) != kw {
		return fmt.Errorf("%w: kernel_shape %v differs from the weights %v", ErrFormat, k, w.dims)
	}
	strides, pads, err := window(n, kh, kw, t.shape[1], t.shape[2])
	if err != nil {
		return err
	}
	wn := models.Window{KH: kh, KW: kw, SH: strides[0], SW: strides[1], PT: pads[0], PL: pads[1], PB: pads[2], PR: pads[3]}
	oh, ow := wn.OutputSize(t.shape[1], t.shape[2])
	if oh <= 0 || ow <= 0 {
		return fmt.Errorf("%w: convolution output %dx%d", ErrUnsupported, oh, ow)
	}
	b := make([]float64, o)
	if len(consts) > 1 && consts[1] != nil {
		if len(consts[1].data) != o {
			return fmt.Errorf("%w: %d biases for %d channels", ErrFormat, len(consts[1].data), o)
		}
		copy(b, consts[1].data)
	}
	return t.push(Layer{Op: models.OpConv2D, In: t.shape, Out: models.Shape{o, oh, ow}, W: append([]float64(nil), w.data...),
		WShape: models.Shape{o, c, kh, kw}, B: b, Strides: strides, Pads: pads}, n)
}

func (t *translator) dense(n *node, w []float64, out, in int, b []float64) error {
	if len(t.shape) != 1 || t.shape[0] != in {
		return fmt.Errorf("%w: a dense layer of %d inputs after a tensor of shape %v (flatten first)", ErrUnsupported, in, t.shape)
	}
	if b == nil {
		b = make([]float64, out)
	}
	return t.push(Layer{Op: models.OpDense, In: t.shape, Out: models.Shape{out}, W: w, WShape: models.Shape{out, in}, B: b}, n)
}

func (t *translator) gemm(n *node, consts []*tensor) error {
	// consts are the constant inputs after the activation: B and maybe C
	if len(consts) < 1 || consts[0] == nil || len(consts[0].dims) != 2 {
		return fmt.Errorf("%w: Gemm needs a constant 2-D B", ErrUnsupported)
	}
	if intAttr(n, "transA", 0) != 0 {
		return fmt.Errorf("%w: Gemm with transA", ErrUnsupported)
	}
	alpha, beta := floatAttr(n, "alpha", 1), floatAttr(n, "beta", 1)
	bm := consts[0]
	rows, cols := int(bm.dims[0]), int(bm.dims[1])
	var out, in int
	w := make([]float64, rows*cols)
	if intAttr(n, "transB", 0) != 0 { // B is [out, in]
		out, in = rows, cols
		for i, v := range bm.data {
			w[i] = alpha * v
		}
	} else { // B is [in, out]
		in, out = rows, cols
		for i := range in {
			for j := range out {
				w[j*in+i] = alpha * bm.data[i*out+j]
			}
		}
	}
	var bias []float64
	if len(consts) > 1 && consts[1] != nil {
		c := consts[1].data
		bias = make([]float64, out)
		switch len(c) {
		case 1:
			for j := range bias {
				bias[j] = beta * c[0]
			}
		case out:
			for j := range bias {
				bias[j] = beta * c[j]
			}
		default:
			return fmt.Errorf("%w: Gemm C of %d values for %d outputs", ErrUnsupported, len(c), out)
		}
	}
	return t.dense(n, w, out, in, bias)
}

func (t *translator) matmul(n *node, consts []*tensor) error {
	if len(n.inputs) != 2 || len(consts) != 1 || consts[0] == nil || len(consts[0].dims) != 2 {
		return fmt.Errorf("%w: MatMul of the activation by a constant 2-D matrix", ErrUnsupported)
	}
	bm := consts[0]
	in, out := int(bm.dims[0]), int(bm.dims[1])
	w := make([]float64, in*out)
	for i := range in {
		for j := range out {
			w[j*in+i] = bm.data[i*out+j]
		}
	}
	return t.dense(n, w, out, in, nil)
}

// addBias folds Add(activation, constant) into the previous dense or conv
// layer's bias when the constant broadcasts per output channel.
func (t *translator) addBias(n *node, consts []*tensor) error {
	l := t.foldTarget(n)
	if l == nil || (l.Op != models.OpDense && l.Op != models.OpConv2D) || len(consts) != 1 || consts[0] == nil {
		return fmt.Errorf("%w: Add is imported only as the bias of the preceding Conv, Gemm or MatMul", ErrUnsupported)
	}
	c := consts[0]
	o := l.WShape[0]
	perChannel := len(c.data) == o
	if !perChannel && len(c.data) != 1 {
		return fmt.Errorf("%w: Add of a constant of shape %v after a layer of %d channels", ErrUnsupported, c.dims, o)
	}
	for j := range l.B {
		if perChannel {
			l.B[j] += c.data[j]
		} else {
			l.B[j] += c.data[0]
		}
	}
	t.alias(n)
	return nil
}

// residual imports Add of two activations of one shape.
func (t *translator) residual(n *node, acts []int) error {
	a, b := t.shapes[acts[0]], t.shapes[acts[1]]
	if !a.Equal(b) {
		return fmt.Errorf("%w: Add of activations of shapes %v and %v (no broadcasting between activations)", ErrUnsupported, a, b)
	}
	return t.push(Layer{Op: models.OpAdd, In: a, Out: a, Inputs: []int{acts[0], acts[1]}}, n)
}

// batchNorm folds BatchNormalization into the preceding layer:
// w' = w·γ/√(σ²+ε), b' = (b − μ)·γ/√(σ²+ε) + β, per output channel.
func (t *translator) batchNorm(n *node, consts []*tensor) error {
	l := t.foldTarget(n)
	if l == nil || (l.Op != models.OpDense && l.Op != models.OpConv2D) || len(consts) != 4 {
		return fmt.Errorf("%w: BatchNormalization is imported only right after a Conv, Gemm or MatMul", ErrUnsupported)
	}
	o := l.WShape[0]
	for _, c := range consts {
		if c == nil || len(c.data) != o {
			return fmt.Errorf("%w: BatchNormalization parameters for %d channels", ErrFormat, o)
		}
	}
	gamma, beta, mean, variance := consts[0].data, consts[1].data, consts[2].data, consts[3].data
	eps := floatAttr(n, "epsilon", 1e-5)
	fan := len(l.W) / o
	for j := range o {
		s := gamma[j] / math.Sqrt(variance[j]+eps)
		for i := range fan {
			l.W[j*fan+i] *= s
		}
		l.B[j] = (l.B[j]-mean[j])*s + beta[j]
	}
	t.alias(n)
	return nil
}

func (t *translator) maxPool(n *node) error {
	if len(t.shape) != 3 {
		return fmt.Errorf("%w: MaxPool of a tensor of shape %v", ErrUnsupported, t.shape)
	}
	k := ints(n, "kernel_shape", nil)
	if len(k) != 2 || k[0] <= 0 || k[1] <= 0 || k[0] > 64 || k[1] > 64 {
		return fmt.Errorf("%w: MaxPool kernel_shape %v", ErrUnsupported, k)
	}
	if intAttr(n, "ceil_mode", 0) != 0 || intAttr(n, "storage_order", 0) != 0 || len(n.outputs) > 1 {
		return fmt.Errorf("%w: MaxPool with ceil_mode, storage_order or indices", ErrUnsupported)
	}
	strides, pads, err := window(n, int(k[0]), int(k[1]), t.shape[1], t.shape[2])
	if err != nil {
		return err
	}
	wn := models.Window{KH: int(k[0]), KW: int(k[1]), SH: strides[0], SW: strides[1], PT: pads[0], PL: pads[1], PB: pads[2], PR: pads[3]}
	oh, ow := wn.OutputSize(t.shape[1], t.shape[2])
	return t.push(Layer{Op: models.OpMaxPool, In: t.shape, Out: models.Shape{t.shape[0], oh, ow}, Kernel: []int{int(k[0]), int(k[1])}, Strides: strides, Pads: pads}, n)
}

// flatten imports Reshape and Flatten that make the activation one vector
// (a leading batch dimension of 1 is allowed); a no-op reshape is skipped.
func (t *translator) flatten(n *node, consts []*tensor) error {
	size := t.shape.Size()
	if n.opType == "Reshape" {
		if len(consts) != 1 || consts[0] == nil {
			return fmt.Errorf("%w: Reshape to a shape that is not a constant", ErrUnsupported)
		}
		in := make([]int64, 0, len(t.shape)+1)
		in = append(in, 1)
		for _, d := range t.shape {
			in = append(in, int64(d))
		}
		dims, err := reshapeDims(in, consts[0].ints)
		if err != nil {
			return err
		}
		if len(dims) > 1 && dims[0] == 1 {
			dims = dims[1:]
		}
		if len(dims) != 1 {
			if fmt.Sprint(dims) == fmt.Sprint(t.shape) {
				t.alias(n)
				return nil
			}
			return fmt.Errorf("%w: Reshape to %v (zkinfer imports reshapes to one dimension)", ErrUnsupported, dims)
		}
	} else if a := intAttr(n, "axis", 1); a != 1 {
		return fmt.Errorf("%w: Flatten with axis %d", ErrUnsupported, a)
	}
	return t.push(Layer{Op: models.OpFlatten, In: t.shape, Out: models.Shape{size}}, n)
}

func (t *translator) avgPool(n *node) error {
	if len(t.shape) != 3 {
		return fmt.Errorf("%w: %s of a tensor of shape %v", ErrUnsupported, n.opType, t.shape)
	}
	c, h, w := t.shape[0], t.shape[1], t.shape[2]
	kernel, strides, pads := []int{h, w}, []int{1, 1}, []int{0, 0, 0, 0}
	if n.opType == "AveragePool" {
		k := ints(n, "kernel_shape", nil)
		if len(k) != 2 || k[0] <= 0 || k[1] <= 0 || k[0] > 64 || k[1] > 64 {
			return fmt.Errorf("%w: AveragePool kernel_shape %v", ErrUnsupported, k)
		}
		if intAttr(n, "ceil_mode", 0) != 0 {
			return fmt.Errorf("%w: AveragePool with ceil_mode", ErrUnsupported)
		}
		kernel = []int{int(k[0]), int(k[1])}
		var err error
		if strides, pads, err = window(n, kernel[0], kernel[1], h, w); err != nil {
			return err
		}
		if intAttr(n, "count_include_pad", 0) != 0 && (pads[0]|pads[1]|pads[2]|pads[3]) != 0 {
			return fmt.Errorf("%w: AveragePool with count_include_pad and padding", ErrUnsupported)
		}
	} else if h > 64 || w > 64 {
		return fmt.Errorf("%w: GlobalAveragePool over %dx%d", ErrUnsupported, h, w)
	}
	wn := models.Window{KH: kernel[0], KW: kernel[1], SH: strides[0], SW: strides[1], PT: pads[0], PL: pads[1], PB: pads[2], PR: pads[3]}
	oh, ow := wn.OutputSize(h, w)
	if oh <= 0 || ow <= 0 {
		return fmt.Errorf("%w: pooling output %dx%d", ErrUnsupported, oh, ow)
	}
	return t.push(Layer{Op: models.OpAvgPool, In: t.shape, Out: models.Shape{c, oh, ow}, Kernel: kernel, Strides: strides, Pads: pads}, n)
}

// clip imports Clip (min and max as attributes before opset 11, inputs
// after) as a lookup at the input's scale.
func (t *translator) clip(n *node, consts []*tensor) error {
	lo, hi := floatAttr(n, "min", math.Inf(-1)), floatAttr(n, "max", math.Inf(1))
	if len(consts) > 0 && consts[0] != nil && len(consts[0].data) == 1 {
		lo = consts[0].data[0]
	}
	if len(consts) > 1 && consts[1] != nil && len(consts[1].data) == 1 {
		hi = consts[1].data[0]
	}
	if lo > hi {
		return fmt.Errorf("%w: Clip min %g > max %g", ErrFormat, lo, hi)
	}
	return t.push(Layer{Op: models.OpLookup, In: t.shape, Out: t.shape, FuncName: fmt.Sprintf("clip[%g,%g]", lo, hi),
		Func: func(x float64) float64 { return math.Max(lo, math.Min(hi, x)) }}, n)
}
