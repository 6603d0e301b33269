package onnx

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/runtime"
)

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The ONNX model zoo's mnist-8 (exported by CNTK 2.5.1, shipped in
// github.com/owulveryck/onnx-go v0.5.0): our float path reproduces the
// output the model zoo recorded for its test input.
func TestMNIST8FloatReference(t *testing.T) {
	fm, err := Parse(readFile(t, "testdata/mnist-8/model.onnx"), "mnist-8")
	if err != nil {
		t.Fatal(err)
	}
	if fm.Producer != "CNTK" || fm.Opset != 7 {
		t.Errorf("producer %q, opset %d; the model zoo's mnist-8 is CNTK's, opset 7", fm.Producer, fm.Opset)
	}
	in, err := parseTensor(readFile(t, "testdata/mnist-8/input_0.pb"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := parseTensor(readFile(t, "testdata/mnist-8/output_0.pb"))
	if err != nil {
		t.Fatal(err)
	}
	outs := fm.Forward(in.data)
	got := outs[len(outs)-1]
	if len(got) != len(want.data) {
		t.Fatalf("%d outputs, want %d", len(got), len(want.data))
	}
	for i := range got {
		if math.Abs(got[i]-want.data[i]) > 1e-3*math.Max(1, math.Abs(want.data[i])) {
			t.Errorf("output %d: %g, model zoo says %g", i, got[i], want.data[i])
		}
	}
	var ops []string
	for _, l := range fm.Layers {
		ops = append(ops, l.Op.String())
	}
	t.Logf("layers: %v", ops)
}

func TestParseRejects(t *testing.T) {
	good := readFile(t, "testdata/mnist-8/model.onnx")
	cases := map[string]struct {
		data []byte
		want error
	}{
		"empty":      {nil, ErrFormat},
		"garbage":    {[]byte("this is not protobuf at all"), ErrFormat},
		"truncated":  {good[:len(good)/2], ErrFormat},
		"unknown op": {bytes.Replace(good, []byte("\x07MaxPool"), []byte("\x07MinPool"), 1), ErrUnsupported},
		"opset 99":   {append(bytes.Clone(good[:len(good)-1]), 99), ErrUnsupported},
	}
	for name, c := range cases {
		_, err := Parse(c.data, "x")
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", name, err, c.want)
		}
	}
	_, err := Parse(bytes.Replace(good, []byte("\x07MaxPool"), []byte("\x07MinPool"), 1), "x")
	for _, want := range []string{"MinPool", "Pooling66", "opset"} {
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(want)) {
			t.Errorf("unsupported-op error %q does not name %q", err, want)
		}
	}
}

// FuzzParse: hostile ONNX bytes give errors, never a panic.
func FuzzParse(f *testing.F) {
	f.Add(readFile(f, "testdata/mnist-8/model.onnx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fm, err := Parse(data, "fuzz")
		if err == nil && len(fm.Layers) > 0 && fm.Input.Size() <= 64 {
			fm.Forward(make([]float64, fm.Input.Size()))
		}
	})
}

// The acceptance figure: mnist-8, produced by CNTK, imported and quantized,
// stays within one point of its float accuracy on the full 10k MNIST test
// set.
func TestMNIST8Int8Accuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluates 10,000 images in float and int8")
	}
	fm, err := Parse(readFile(t, "testdata/mnist-8/model.onnx"), "mnist-8")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := mnist.Dir()
	if err != nil {
		t.Fatal(err)
	}
	train, test, err := mnist.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	raw := func(px []byte) []float64 {
		x := mnist.Float(px)
		for i := range x {
			x[i] *= 255 // CNTK's model takes raw pixel values
		}
		return x
	}
	var calib [][]float64
	for i := range 1000 {
		calib = append(calib, raw(train.Images[i]))
	}
	m, err := fm.Quantize(calib, QuantOptions{})
	if err != nil {
		t.Fatal(err)
	}
	floatOK, intOK := 0, 0
	for i, px := range test.Images {
		x := raw(px)
		outs := fm.Forward(x)
		best := 0
		for j, v := range outs[len(outs)-1] {
			if v > outs[len(outs)-1][best] {
				best = j
			}
		}
		if best == test.Labels[i] {
			floatOK++
		}
		c, err := runtime.Classify(context.Background(), m, QuantizeInput(m, x))
		if err != nil {
			t.Fatal(err)
		}
		if c == test.Labels[i] {
			intOK++
		}
	}
	fa, ia := float64(floatOK)/float64(test.Len()), float64(intOK)/float64(test.Len())
	t.Logf("mnist-8 on %d test images: float %.2f%%, int8 %.2f%%", test.Len(), 100*fa, 100*ia)
	if fa < 0.98 || ia < fa-0.01 {
		t.Errorf("float %.4f, int8 %.4f: want float ≥ 98%% and int8 within 1 point", fa, ia)
	}
}
