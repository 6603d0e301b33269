package main

import (
	bin "encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// writeNPY writes a float32 .npy array of the given shape.
func writeNPY(t *testing.T, path string, shape []int, vals []float32) {
	t.Helper()
	dims := ""
	for _, d := range shape {
		dims += fmt.Sprintf("%d, ", d)
	}
	header := fmt.Sprintf("{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }", dims)
	for (10+len(header)+1)%64 != 0 {
		header += " "
	}
	b := bin.LittleEndian.AppendUint16([]byte("\x93NUMPY\x01\x00"), uint16(len(header)+1))
	b = append(b, header+"\n"...)
	for _, v := range vals {
		b = bin.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func testdata(t *testing.T, rel string) string {
	p, err := filepath.Abs(filepath.Join("../../models/onnx/testdata", rel))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImportTabular: a PyTorch model on a vector of 4 measurements goes
// through the CLI on the provider's own data: import calibrated on an .npy
// array with labels, eval, then prove and verify one inference whose input
// is a row of real values.
func TestImportTabular(t *testing.T) {
	dir := t.TempDir()
	features, labels := testdata(t, "iris/features.npy"), testdata(t, "iris/labels.npy")
	out, errOut, code := run(t, dir, "import", testdata(t, "iris/model.onnx"), "--name", "iris", "--calibrate", features,
		"--eval", features, "--labels", labels, "-o", "iris.zkm")
	if code != 0 || !strings.Contains(out, "input [4]") || !strings.Contains(out, "accuracy on 150 inputs: float 98.00%") {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	if out, _, code := run(t, dir, "eval", "iris.zkm", "--eval", features+":100", "--labels", labels, "--json"); code != 0 || !strings.Contains(out, `"inputs": 100`) {
		t.Errorf("eval of the first 100: exit %d\n%s", code, out)
	}
	// flowers far beyond the calibrated range are counted: prove refuses them
	out, _, code = run(t, dir, "eval", "iris.zkm", "--eval", "random:20:20:30", "--json")
	var rep evalReport
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.Clamped != 20 || rep.Labelled {
		t.Errorf("eval of out-of-range inputs: exit %d, %+v", code, rep)
	}
	out, _, _ = run(t, dir, "eval", "iris.zkm", "--eval", features, "--labels", labels, "--json")
	if json.Unmarshal([]byte(out), &rep) != nil || rep.Clamped != 0 {
		t.Errorf("eval of the calibration set: %+v", rep)
	}
	// the first flower, in centimetres
	writeNPY(t, filepath.Join(dir, "flower.npy"), []int{1, 4}, []float32{5.1, 3.5, 1.4, 0.2})
	args := []string{"--model", "./iris.zkm", "--input", "flower.npy"}
	out, errOut, code = run(t, dir, append([]string{"prove", "-o", "b.json", "--opening", "o.json"}, args...)...)
	if code != 0 || !strings.Contains(out, "argmax 0") {
		t.Fatalf("prove: exit %d\n%s\n%s", code, out, errOut)
	}
	if out, errOut, code := run(t, dir, "verify", "b.json", "--opening", "o.json", "--model", "./iris.zkm"); code != 0 || !strings.Contains(out, "VALID") {
		t.Fatalf("verify: exit %d\n%s\n%s", code, out, errOut)
	}
	// its twin: a bundle whose output was changed is refused
	data, _ := os.ReadFile(filepath.Join(dir, "b.json"))
	var b map[string]any
	json.Unmarshal(data, &b)
	b["outputCommitment"] = b["inputCommitment"]
	data, _ = json.Marshal(b)
	os.WriteFile(filepath.Join(dir, "forged.json"), data, 0o644)
	if out, _, code := run(t, dir, "verify", "forged.json", "--model", "./iris.zkm"); code == 0 || !strings.Contains(out, "REJECTED") {
		t.Errorf("a forged output commitment: exit %d\n%s", code, out)
	}
	// what a vector model cannot take, said before any work
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"prove", "--model", "./iris.zkm", "--sample", "0"}, "takes shape [4], not a 28×28 MNIST image"},
		{[]string{"import", testdata(t, "iris/model.onnx"), "-o", "x.zkm"}, "--calibrate is needed: the model takes shape [4]"},
		{[]string{"import", testdata(t, "iris/model.onnx"), "--calibrate", features, "--eval", "mnist-test:10", "-o", "x.zkm"}, "--eval: bad data set: MNIST images are 28×28"},
		{[]string{"import", testdata(t, "iris/model.onnx"), "--calibrate", testdata(t, "cifar-cnn/images.npy"), "-o", "x.zkm"}, "holds inputs of shape [3 32 32], the model takes [4]"},
		{[]string{"import", testdata(t, "iris/model.onnx"), "--calibrate", features, "-o", "/nonexistent/dir/x.zkm"}, "cannot write /nonexistent/dir/x.zkm"},
	} {
		if _, errOut, code := run(t, dir, c.args...); code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want it to say %q", c.args, code, errOut, c.want)
		}
	}
}

// TestImportCIFARShaped: a PyTorch CNN on 3×32×32 images, calibrated on an
// .npy array of uint8 images, proves and verifies one inference.
func TestImportCIFARShaped(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a CNN circuit of about 40k constraints")
	}
	dir := t.TempDir()
	images := testdata(t, "cifar-cnn/images.npy")
	out, errOut, code := run(t, dir, "import", testdata(t, "cifar-cnn/model.onnx"), "--name", "cifar-cnn", "--calibrate", images, "-o", "cnn.zkm")
	if code != 0 || !strings.Contains(out, "input [3 32 32]") || !strings.Contains(out, "pixels scaled to [0, 1]") || !strings.Contains(out, "no labels, so no accuracy") {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	// an image of real values in [0, 1], as float32
	vals := make([]float32, 3*32*32)
	for i := range vals {
		vals[i] = float32(i%256) / 255
	}
	writeNPY(t, filepath.Join(dir, "image.npy"), []int{1, 3, 32, 32}, vals)
	args := []string{"--model", "./cnn.zkm", "--input", "image.npy", "--range-check", "logderiv"}
	out, errOut, code = run(t, dir, append([]string{"prove", "-o", "b.json", "--opening", "o.json"}, args...)...)
	if code != 0 || !regexp.MustCompile(`argmax \d`).MatchString(out) {
		t.Fatalf("prove: exit %d\n%s\n%s", code, out, errOut)
	}
	if out, errOut, code := run(t, dir, "verify", "b.json", "--opening", "o.json", "--model", "./cnn.zkm"); code != 0 || !strings.Contains(out, "VALID") {
		t.Fatalf("verify: exit %d\n%s\n%s", code, out, errOut)
	}
	// the opening of another input does not open the bundle
	out, _, _ = run(t, dir, "infer", "--model", "./cnn.zkm", "--input", "image.npy", "--json")
	if !strings.Contains(out, `"argmax"`) {
		t.Errorf("infer --json: %s", out)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "o.json"))
	var o map[string]any
	json.Unmarshal(data, &o)
	in := o["input"].([]any)
	in[0] = in[0].(float64) + 1
	data, _ = json.Marshal(o)
	os.WriteFile(filepath.Join(dir, "o2.json"), data, 0o644)
	if out, _, code := run(t, dir, "verify", "b.json", "--opening", "o2.json"); code == 0 || !strings.Contains(out, "REJECTED") {
		t.Errorf("an opening of another input: exit %d\n%s", code, out)
	}
}

// TestEvalReadsTheModelsScaling: a model imported on raw pixels (mnist-8
// takes 0..255) is evaluated at the import's accuracy with no flag, and a
// flag that contradicts the file is refused.
func TestEvalReadsTheModelsScaling(t *testing.T) {
	dir := t.TempDir()
	onnxFile := testdata(t, "mnist-8/model.onnx")
	out, errOut, code := run(t, dir, "import", onnxFile, "--name", "mnist-8", "--pixel-max", "255", "--calibrate", "mnist:200", "--eval", "mnist-test:300", "--json", "-o", "m8.zkm")
	var imp importReport
	if code != 0 || json.Unmarshal([]byte(out), &imp) != nil || imp.Eval == nil || imp.Eval.Int8Accuracy == nil || imp.PixelMax != 255 {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	if *imp.Eval.Int8Accuracy < 0.9 {
		t.Fatalf("import's int8 accuracy %.4f", *imp.Eval.Int8Accuracy)
	}
	out, errOut, code = run(t, dir, "eval", "m8.zkm", "--eval", "mnist-test:300", "--json")
	var rep evalReport
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.Int8Accuracy == nil {
		t.Fatalf("eval: exit %d\n%s\n%s", code, out, errOut)
	}
	if *rep.Int8Accuracy != *imp.Eval.Int8Accuracy {
		t.Errorf("eval without --pixel-max: %.4f, the import measured %.4f", *rep.Int8Accuracy, *imp.Eval.Int8Accuracy)
	}
	if _, errOut, code := run(t, dir, "eval", "m8.zkm", "--eval", "mnist-test:10", "--pixel-max", "1"); code == 0 || !strings.Contains(errOut, "contradicts") {
		t.Errorf("a contradicting --pixel-max: exit %d, %s", code, errOut)
	}
	if _, errOut, code := run(t, dir, "infer", "--model", "./m8.zkm", "--sample", "0", "--pixel-max", "1"); code == 0 || !strings.Contains(errOut, "contradicts") {
		t.Errorf("infer with a contradicting --pixel-max: exit %d, %s", code, errOut)
	}
	if out, _, code := run(t, dir, "infer", "--model", "./m8.zkm", "--sample", "0"); code != 0 || !strings.Contains(out, "argmax 7") {
		t.Errorf("infer --sample 0: exit %d, %s", code, out)
	}
}
