package onnx_test

import (
	"math"
	"os"
	"testing"

	onnxgo "github.com/owulveryck/onnx-go"
	"github.com/owulveryck/onnx-go/backend/x/gorgonnx"
	_ "go4.org/unsafe/assume-no-moving-gc" // gorgonia's dependency panics on Go 1.26 without the fixed version
	"gorgonia.org/tensor"

	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/onnx"
	"github.com/zkinfer/zkinfer/models/zoo"
)

// zkinfer's float path and onnx-go's gorgonia backend (gorgonnx), run on
// the same images, give the same logits: two independent executions of the
// imported graph.
func TestFloatPathMatchesGorgonnx(t *testing.T) {
	data, err := os.ReadFile("testdata/mnist-8/model.onnx")
	if err != nil {
		t.Fatal(err)
	}
	fm, err := onnx.Parse(data, "mnist-8")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range zoo.Samples()[:4] {
		x := mnist.Float(s.Pixels)
		for i := range x {
			x[i] *= 255
		}
		backend := gorgonnx.NewGraph()
		model := onnxgo.NewModel(backend)
		if err := model.UnmarshalBinary(data); err != nil {
			t.Fatalf("onnx-go: %v", err)
		}
		in := make([]float32, len(x))
		for i, v := range x {
			in[i] = float32(v)
		}
		if err := model.SetInput(0, tensor.New(tensor.WithShape(1, 1, 28, 28), tensor.WithBacking(in))); err != nil {
			t.Fatal(err)
		}
		if err := backend.Run(); err != nil {
			t.Fatalf("gorgonnx: %v", err)
		}
		outs, err := model.GetOutputTensors()
		if err != nil {
			t.Fatal(err)
		}
		theirs := outs[0].Data().([]float32)
		ours := fm.Forward(x)
		logits := ours[len(ours)-1]
		for i := range logits {
			if math.Abs(logits[i]-float64(theirs[i])) > 1e-3*math.Max(1, math.Abs(logits[i])) {
				t.Errorf("image %d logit %d: zkinfer %g, gorgonnx %g", s.Index, i, logits[i], theirs[i])
			}
		}
	}
}
