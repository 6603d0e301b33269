package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The benchmarks below time the command as a user runs it: a process that
// loads model and keys, proves or verifies, and exits. They run only when
// -bench selects them:
//
//	go test ./cmd/zkinfer -run '^$' -bench 'Wall|Embedded' -benchtime 3x

// BenchmarkProveWallMNIST8 measures `zkinfer prove` of the ONNX model zoo's
// mnist-8 (fixed weights, the range checks auto chooses, cached keys): the
// command's wall time, the proof time it reports and their ratio, which
// says what loading keys, model and input and writing the bundle add to
// the proof. The first run imports the model and sets up its keys (one to
// two minutes on two cores) in benchCache, where later runs find them.
func BenchmarkProveWallMNIST8(b *testing.B) {
	dir := benchCache(b)
	model := filepath.Join(dir, "mnist-8.zkm")
	if _, err := os.Stat(model); err != nil {
		onnxFile, _ := filepath.Abs("../../models/onnx/testdata/mnist-8/model.onnx")
		runCLI(b, dir, "import", onnxFile, "--pixel-max", "255", "-o", model)
	}
	args := []string{"--model", model, "--cache-dir", filepath.Join(dir, "keys")} // range checks as auto chooses: lookups
	runCLI(b, dir, append([]string{"setup"}, args...)...)
	out := b.TempDir()
	args = append([]string{"prove", "--json", "--sample", "0", "-o", filepath.Join(out, "b.json"), "--opening", filepath.Join(out, "o.json")}, args...)
	var wall, proof time.Duration
	n := 0
	for b.Loop() {
		start := time.Now()
		stdout := runCLI(b, out, args...)
		wall += time.Since(start)
		var res struct {
			Prove float64 `json:"proveSeconds"`
		}
		if err := json.Unmarshal(stdout, &res); err != nil {
			b.Fatalf("prove --json: %v\n%s", err, stdout)
		}
		proof += time.Duration(res.Prove * float64(time.Second))
		n++
	}
	b.ReportMetric(wall.Seconds()/float64(n), "wall-s/op")
	b.ReportMetric(proof.Seconds()/float64(n), "proof-s/op")
	b.ReportMetric(wall.Seconds()/proof.Seconds(), "wall/proof")
}

// BenchmarkVerifyEmbedded measures `zkinfer verify` of a bundle of the
// shipped MNIST MLP (fixed weights) under the embedded development keys:
// the command's wall time, process start included.
func BenchmarkVerifyEmbedded(b *testing.B) {
	dir := b.TempDir()
	runCLI(b, dir, "prove", "--model", "mnist-mlp", "--weights", "fixed", "--sample", "0", "-o", "b.json", "--opening", "o.json")
	var wall time.Duration
	n := 0
	for b.Loop() {
		start := time.Now()
		runCLI(b, dir, "verify", "b.json")
		wall += time.Since(start)
		n++
	}
	b.ReportMetric(wall.Seconds()*1000/float64(n), "wall-ms/op")
}

// benchCache is where BenchmarkProveWallMNIST8 keeps model and keys:
// $ZKINFER_BENCH_CACHE, else the user cache folder's zkinfer/bench.
func benchCache(b *testing.B) string {
	dir := os.Getenv("ZKINFER_BENCH_CACHE")
	if dir == "" {
		c, err := os.UserCacheDir()
		if err != nil {
			b.Fatal(err)
		}
		dir = filepath.Join(c, "zkinfer", "bench")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	return dir
}

// runCLI runs the built binary as run does and returns its standard
// output; it fails the benchmark when the command fails.
func runCLI(b *testing.B, dir string, args ...string) []byte {
	b.Helper()
	out, errOut, code := run(b, dir, args...)
	if code != 0 {
		b.Fatalf("zkinfer %v: exit %d\n%s\n%s", args, code, out, errOut)
	}
	return []byte(out)
}
