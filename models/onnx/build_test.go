package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/zkinfer/zkinfer/models"
)

// A small ONNX writer for tests: enough of the protobuf to build models
// with the ops the importer reads.

func pbBytes(b []byte, num protowire.Number, v []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, v)
}

func pbVarint(b []byte, num protowire.Number, v uint64) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, v)
}

func floatTensor(name string, dims []int64, data []float64) []byte {
	var t []byte
	for _, d := range dims {
		t = pbVarint(t, 1, uint64(d))
	}
	t = pbVarint(t, 2, typeFloat)
	t = pbBytes(t, 8, []byte(name))
	raw := make([]byte, 0, 4*len(data))
	for _, v := range data {
		raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(float32(v)))
	}
	return pbBytes(t, 9, raw)
}

type attr struct {
	name string
	i    *int64
	f    *float32
	ints []int64
	s    string
}

func onnxNode(op, name string, inputs, outputs []string, attrs ...attr) []byte {
	var n []byte
	for _, in := range inputs {
		n = pbBytes(n, 1, []byte(in))
	}
	for _, out := range outputs {
		n = pbBytes(n, 2, []byte(out))
	}
	n = pbBytes(n, 3, []byte(name))
	n = pbBytes(n, 4, []byte(op))
	for _, a := range attrs {
		var ab []byte
		ab = pbBytes(ab, 1, []byte(a.name))
		switch {
		case a.i != nil:
			ab = pbVarint(ab, 3, uint64(*a.i))
		case a.f != nil:
			ab = protowire.AppendTag(ab, 2, protowire.Fixed32Type)
			ab = protowire.AppendFixed32(ab, math.Float32bits(*a.f))
		case a.s != "":
			ab = pbBytes(ab, 4, []byte(a.s))
		default:
			for _, v := range a.ints {
				ab = pbVarint(ab, 8, uint64(v))
			}
		}
		n = pbBytes(n, 5, ab)
	}
	return n
}

func pbValueInfo(name string, dims ...int64) []byte {
	var shape []byte
	for _, d := range dims {
		shape = pbBytes(shape, 1, pbVarint(nil, 1, uint64(d)))
	}
	tt := pbVarint(nil, 1, typeFloat)
	tt = pbBytes(tt, 2, shape)
	return pbBytes(pbBytes(nil, 1, []byte(name)), 2, pbBytes(nil, 1, tt))
}

func onnxModel(opset int64, nodes [][]byte, inits [][]byte, input, output []byte) []byte {
	var g []byte
	for _, n := range nodes {
		g = pbBytes(g, 1, n)
	}
	g = pbBytes(g, 2, []byte("test"))
	for _, t := range inits {
		g = pbBytes(g, 5, t)
	}
	g = pbBytes(g, 11, input)
	g = pbBytes(g, 12, output)
	m := pbVarint(nil, 1, 7)
	m = pbBytes(m, 2, []byte("zkinfer-test"))
	m = pbBytes(m, 7, g)
	return pbBytes(m, 8, pbVarint(nil, 2, uint64(opset)))
}

func i64(v int64) *int64     { return &v }
func f32(v float32) *float32 { return &v }

func randomData(rng *rand.Rand, n int, scale float64) []float64 {
	d := make([]float64, n)
	for i := range d {
		d[i] = (rng.Float64()*2 - 1) * scale
	}
	return d
}

// A model with every other importable op: Conv with padding, BatchNorm,
// Sigmoid, AveragePool, Tanh, Clip, GlobalAveragePool, Flatten, Gemm.
func TestImportEveryOp(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	nodes := [][]byte{
		onnxNode("Conv", "conv", []string{"x", "w", "b"}, []string{"c"}, attr{name: "kernel_shape", ints: []int64{3, 3}}, attr{name: "pads", ints: []int64{1, 1, 1, 1}}),
		onnxNode("BatchNormalization", "bn", []string{"c", "g", "beta", "mean", "var"}, []string{"bn"}, attr{name: "epsilon", f: f32(1e-5)}),
		onnxNode("Sigmoid", "sig", []string{"bn"}, []string{"s"}),
		onnxNode("AveragePool", "avg", []string{"s"}, []string{"a"}, attr{name: "kernel_shape", ints: []int64{2, 2}}, attr{name: "strides", ints: []int64{2, 2}}),
		onnxNode("Tanh", "tanh", []string{"a"}, []string{"th"}),
		onnxNode("Clip", "clip", []string{"th"}, []string{"cl"}, attr{name: "min", f: f32(-0.5)}, attr{name: "max", f: f32(0.5)}),
		onnxNode("GlobalAveragePool", "gap", []string{"cl"}, []string{"gp"}),
		onnxNode("Flatten", "flat", []string{"gp"}, []string{"f"}, attr{name: "axis", i: i64(1)}),
		onnxNode("Gemm", "fc", []string{"f", "fw", "fb"}, []string{"y"}, attr{name: "transB", i: i64(1)}),
	}
	inits := [][]byte{
		floatTensor("w", []int64{4, 2, 3, 3}, randomData(rng, 72, 1)),
		floatTensor("b", []int64{4}, randomData(rng, 4, 0.1)),
		floatTensor("g", []int64{4}, []float64{1, 0.5, 2, 1}),
		floatTensor("beta", []int64{4}, []float64{0, 0.1, -0.1, 0.2}),
		floatTensor("mean", []int64{4}, []float64{0.1, 0, -0.2, 0}),
		floatTensor("var", []int64{4}, []float64{1, 2, 0.5, 1}),
		floatTensor("fw", []int64{3, 4}, randomData(rng, 12, 1)),
		floatTensor("fb", []int64{3}, randomData(rng, 3, 0.1)),
	}
	data := onnxModel(11, nodes, inits, pbValueInfo("x", 1, 2, 6, 6), pbValueInfo("y", 1, 3))
	fm, err := Parse(data, "every-op")
	if err != nil {
		t.Fatal(err)
	}
	var ops []models.Op
	for _, l := range fm.Layers {
		ops = append(ops, l.Op)
	}
	want := []models.Op{models.OpConv2D, models.OpLookup, models.OpAvgPool, models.OpLookup, models.OpLookup, models.OpAvgPool, models.OpFlatten, models.OpDense}
	if len(ops) != len(want) {
		t.Fatalf("layers %v, want %v", ops, want)
	}
	var calib [][]float64
	for range 64 {
		calib = append(calib, randomData(rng, 72, 1))
	}
	m, err := fm.Quantize(calib, QuantOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := CompareLayers(fm, m, calib[:16])
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		// a few int8 steps of accumulated rounding, not a wrong semantics
		if e.Steps > 4 {
			t.Errorf("layer %s (%s): error %.2f int8 steps", e.Layer, e.Op, e.Steps)
		}
	}
	t.Logf("per-layer errors: %+v", errs)

	// an op outside the list names itself, its node and the opset
	bad := onnxModel(11, [][]byte{onnxNode("Softmax", "sm", []string{"x"}, []string{"y"})}, nil, pbValueInfo("x", 1, 4), pbValueInfo("y", 1, 4))
	if _, err := Parse(bad, "bad"); err == nil || !containsAll(err.Error(), "Softmax", "sm", "opset 11") {
		t.Errorf("unsupported op: %v", err)
	}
}

func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// A residual block: conv → ReLU → conv → Add(with the first ReLU) → ReLU.
func TestImportResidual(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	pads := attr{name: "pads", ints: []int64{1, 1, 1, 1}}
	k := attr{name: "kernel_shape", ints: []int64{3, 3}}
	nodes := [][]byte{
		onnxNode("Conv", "conv1", []string{"x", "w1"}, []string{"c1"}, k, pads),
		onnxNode("Relu", "relu1", []string{"c1"}, []string{"r1"}),
		onnxNode("Conv", "conv2", []string{"r1", "w2", "b2"}, []string{"c2"}, k, pads),
		onnxNode("Add", "res", []string{"r1", "c2"}, []string{"s"}),
		onnxNode("Relu", "relu2", []string{"s"}, []string{"r2"}),
		onnxNode("Flatten", "flat", []string{"r2"}, []string{"f"}),
		onnxNode("MatMul", "fc", []string{"f", "fw"}, []string{"mm"}),
		onnxNode("Add", "fcb", []string{"mm", "fb"}, []string{"y"}),
	}
	inits := [][]byte{
		floatTensor("w1", []int64{3, 1, 3, 3}, randomData(rng, 27, 1)),
		floatTensor("w2", []int64{3, 3, 3, 3}, randomData(rng, 81, 0.5)),
		floatTensor("b2", []int64{3}, randomData(rng, 3, 0.1)),
		floatTensor("fw", []int64{48, 4}, randomData(rng, 192, 0.3)),
		floatTensor("fb", []int64{4}, randomData(rng, 4, 0.1)),
	}
	fm, err := Parse(onnxModel(13, nodes, inits, pbValueInfo("x", 1, 1, 4, 4), pbValueInfo("y", 1, 4)), "residual")
	if err != nil {
		t.Fatal(err)
	}
	var ops []models.Op
	for _, l := range fm.Layers {
		ops = append(ops, l.Op)
	}
	want := []models.Op{models.OpConv2D, models.OpReLU, models.OpConv2D, models.OpAdd, models.OpReLU, models.OpFlatten, models.OpDense}
	if fmt.Sprint(ops) != fmt.Sprint(want) {
		t.Fatalf("layers %v, want %v", ops, want)
	}
	var calib [][]float64
	for range 64 {
		calib = append(calib, randomData(rng, 16, 1))
	}
	m, err := fm.Quantize(calib, QuantOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if add := m.Nodes[3]; add.Op != models.OpAdd || add.Inputs[0] != 2 || add.Inputs[1] != 3 {
		t.Fatalf("add node %+v", add)
	}
	errs, err := CompareLayers(fm, m, calib[:16])
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		if e.Steps > 4 {
			t.Errorf("layer %s (%s): error %.2f int8 steps", e.Layer, e.Op, e.Steps)
		}
	}
}

// Hostile geometry and sizes found by review: each is an error, not a crash
// or a huge allocation.
func TestHostileModels(t *testing.T) {
	k := attr{name: "kernel_shape", ints: []int64{2, 2}}
	cases := map[string][]byte{
		"negative pad": onnxModel(11, [][]byte{onnxNode("MaxPool", "p", []string{"x"}, []string{"y"}, k, attr{name: "pads", ints: []int64{-100, 0, 0, 0}})},
			nil, pbValueInfo("x", 1, 1, 8, 8), pbValueInfo("y", 1, 1, 4, 4)),
		"huge pad": onnxModel(11, [][]byte{onnxNode("AveragePool", "p", []string{"x"}, []string{"y"}, k, attr{name: "pads", ints: []int64{0, 0, 1 << 40, 0}})},
			nil, pbValueInfo("x", 1, 1, 8, 8), pbValueInfo("y", 1, 1, 4, 4)),
		"reshape overflow": onnxModel(11, [][]byte{
			onnxNode("Reshape", "r", []string{"w0", "s"}, []string{"w"}),
			onnxNode("Conv", "c", []string{"x", "w"}, []string{"y"}, attr{name: "kernel_shape", ints: []int64{64, 64}}),
		}, [][]byte{floatTensor("w0", []int64{0}, nil), int64Tensor("s", []int64{1 << 44, 256, 64, 64})},
			pbValueInfo("x", 1, 256, 64, 64), pbValueInfo("y", 1, 1, 1, 1)),
	}
	for name, data := range cases {
		if _, err := Parse(data, "hostile"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func int64Tensor(name string, data []int64) []byte {
	var t []byte
	t = pbVarint(t, 1, uint64(len(data)))
	t = pbVarint(t, 2, typeInt64)
	t = pbBytes(t, 8, []byte(name))
	raw := make([]byte, 0, 8*len(data))
	for _, v := range data {
		raw = binary.LittleEndian.AppendUint64(raw, uint64(v))
	}
	return pbBytes(t, 9, raw)
}
