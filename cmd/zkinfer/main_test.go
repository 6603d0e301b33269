package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/models"
)

var binary string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "zkinfer-cli")
		if err != nil {
			panic(err)
		}
		defer os.RemoveAll(dir)
		binary = filepath.Join(dir, "zkinfer")
		if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
			panic(string(out))
		}
		return m.Run()
	}())
}

// run executes the built binary in dir (a folder outside the repository,
// so the embedded model and images are what it uses) with its own cache.
func run(t testing.TB, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ZKINFER_CACHE_DIR="+filepath.Join(dir, "cache"))
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			t.Fatal(err)
		}
	}
	return o.String(), e.String(), code
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := run(t, dir, "demo")
	if code != 0 {
		t.Fatalf("demo exited %d:\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"the model says 7 (label 7)", "the escrow paid the provider 0.0100 ETH", "balances before → after",
		"the buyer verified the bundle", "the buyer's verifier rejects it: invalid proof", "the escrow refuses to pay: reverted with InvalidProof",
		"the buyer took back 0.0100 ETH", "constraints", "embedded development keys, loaded in",
		"UNSAFE for payments: keys from a single-party setup; whoever ran it can forge proofs", "reverted with InvalidProof(jobId 2)"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "unsafe:") || strings.Contains(out, "{JobId") {
		t.Errorf("demo output says unsafe twice or prints Go structs:\n%s", out)
	}
	// machine-readable report: durations are numbers of seconds, and the
	// embedded keys' load time is no setup time
	out, _, code = run(t, dir, "demo", "--json", "--sample", "1")
	var rep demoReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 {
		t.Fatalf("demo --json exited %d, output %q: %v", code, out, err)
	}
	if !rep.Verified || !rep.TamperRejected || rep.Digit != rep.Label || rep.Constraints == 0 || rep.ConstraintUnit != "constraints" ||
		rep.ProofSystem != "groth16" || rep.ProveSeconds <= 0 || rep.VerifySeconds <= 0 ||
		rep.Keys.Source != "embedded" || rep.Keys.LoadSeconds <= 0 || rep.Keys.SetupSeconds != 0 ||
		rep.Chain == nil || !rep.Chain.Paid || !rep.Chain.FalseClaimRefused || !rep.Chain.Refunded || rep.Chain.FulfilGas == 0 {
		t.Errorf("unexpected report %+v", rep)
	}
	if strings.Contains(out, "setupTime") || strings.Contains(out, "Time\"") {
		t.Errorf("demo --json has duration strings:\n%s", out)
	}
}

func TestDemoCommittedWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("a committed-weight MNIST setup takes about a minute")
	}
	out, errOut, code := run(t, t.TempDir(), "demo", "--weights", "committed")
	if code != 0 || !strings.Contains(out, "rejects it") || !strings.Contains(out, "the escrow paid the provider") || !strings.Contains(out, "reverted with InvalidProof") {
		t.Fatalf("demo --weights committed exited %d:\n%s\n%s", code, out, errOut)
	}
}

func TestProveVerifyFiles(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := run(t, dir, "prove", "--sample", "2", "-o", "b.json", "--opening", "o.json")
	if code != 0 {
		t.Fatalf("prove exited %d: %s %s", code, out, errOut)
	}
	if out, _, code := run(t, dir, "verify", "b.json", "--opening", "o.json", "--model", "mnist-mlp"); code != 0 || !strings.HasPrefix(out, "VALID") {
		t.Fatalf("verify of an honest bundle exited %d: %s", code, out)
	}
	if out, _, code := run(t, dir, "prove", "--sample", "3", "--binary", "-o", "b.bin", "--opening", "o3.json"); code != 0 {
		t.Fatalf("prove --binary exited %d: %s", code, out)
	}
	if out, _, code := run(t, dir, "verify", "b.bin", "--opening", "o3.json"); code != 0 {
		t.Fatalf("verify of a binary bundle exited %d: %s", code, out)
	}

	// Tampered output commitment: rejected, exit status 1.
	data, _ := os.ReadFile(filepath.Join(dir, "b.json"))
	var b map[string]any
	json.Unmarshal(data, &b)
	b["outputCommitment"] = b["inputCommitment"]
	tampered, _ := json.Marshal(b)
	os.WriteFile(filepath.Join(dir, "t.json"), tampered, 0o644)
	if out, _, code := run(t, dir, "verify", "t.json"); code != 1 || !strings.Contains(out, "REJECTED") {
		t.Errorf("tampered bundle: exit %d, output %s", code, out)
	}
	// Opening of another inference: commitment mismatch.
	if out, _, code := run(t, dir, "verify", "b.json", "--opening", "o3.json"); code != 1 || !strings.Contains(out, "commitment mismatch") {
		t.Errorf("wrong opening: exit %d, output %s", code, out)
	}
	// A renamed bundle: the name is the bundle's claim, never reported as
	// the proven model unless --model checks it.
	b2 := map[string]any{}
	json.Unmarshal(data, &b2)
	b2["model"].(map[string]any)["name"] = "mnist-8"
	renamed, _ := json.Marshal(b2)
	os.WriteFile(filepath.Join(dir, "renamed.json"), renamed, 0o644)
	out, _, code = run(t, dir, "verify", "renamed.json", "--json")
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || rep["modelClaim"] != "mnist-8" || rep["model"] != nil || rep["modelCommitment"] == nil || rep["verifyingKeyHash"] == nil || rep["jobTag"] == nil {
		t.Errorf("verify --json of a renamed bundle: exit %d, %s", code, out)
	}
	if out, _, code := run(t, dir, "verify", "renamed.json", "--model", "mnist-mlp", "--opening", "o.json", "--json"); code != 0 || !strings.Contains(out, `"model": "mnist-mlp"`) || !strings.Contains(out, `"output"`) {
		t.Errorf("verify --model of a renamed bundle: exit %d, %s", code, out)
	}
	// a proof made for no job is refused for a job
	if out, _, code := run(t, dir, "verify", "b.json", "--job", "1", "--escrow", "0x0000000000000000000000000000000000000001", "--chain-id", "1337", "--provider", "0x0000000000000000000000000000000000000002"); code != 1 || !strings.Contains(out, "job mismatch") {
		t.Errorf("verify --job of a bundle made for no job: exit %d, %s", code, out)
	}
	// --job without the rest of the job is a clear error
	if _, errOut, code := run(t, dir, "verify", "b.json", "--job", "1"); code == 0 || !strings.Contains(errOut, "--chain-id") {
		t.Errorf("verify --job alone: exit %d, %s", code, errOut)
	}
	// an output folder that does not exist fails before proving
	if _, errOut, code := run(t, dir, "prove", "--sample", "2", "-o", filepath.Join(dir, "missing", "b.json"), "--opening", "o9.json"); code == 0 || !strings.Contains(errOut, "cannot write") || strings.Contains(errOut, "prove mnist-mlp") {
		t.Errorf("prove into a missing folder: exit %d, %s", code, errOut)
	}
	// Garbage is a clear error, not a panic.
	os.WriteFile(filepath.Join(dir, "junk.json"), []byte("{not a bundle"), 0o644)
	if _, errOut, code := run(t, dir, "verify", "junk.json"); code != 1 || !strings.Contains(errOut, "malformed proof bundle") || strings.Contains(errOut, "panic") {
		t.Errorf("junk bundle: exit %d, stderr %s", code, errOut)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "short.json"), []byte("[1,2,3]"), 0o644)
	os.WriteFile(filepath.Join(dir, "in.txt"), []byte("1 2 3"), 0o644)
	big := "[" + strings.Repeat("0,", 783) + "300]"
	os.WriteFile(filepath.Join(dir, "range.json"), []byte(big), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.zkm"), []byte("ZKINFMDL\x07\x00junk"), 0o644)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"infer", "--input", "short.json"}, "shape [3] (3 values), the model takes [1 28 28] (784 values)"},
		{[]string{"infer", "--input", "in.txt"}, "unknown extension"},
		{[]string{"infer", "--input", "range.json"}, "outside int8"},
		{[]string{"infer", "--sample", "99"}, "--sample 99"},
		{[]string{"infer", "--model", "./bad.zkm"}, "file version 7"},
		{[]string{"infer", "--model", "nosuch"}, "no shipped model"},
		{[]string{"setup", "--weights", "secret"}, "weights \"secret\""},
		{[]string{"verify", "missing.json"}, "no such file"},
	}
	for _, c := range cases {
		_, errOut, code := run(t, dir, c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want it to mention %q", c.args, code, errOut, c.want)
		}
	}
	if out, _, code := run(t, dir, "infer", "--sample", "0", "--json"); code != 0 || !strings.Contains(out, `"argmax": 7`) {
		t.Errorf("infer --json: exit %d, %s", code, out)
	}
	if out, _, code := run(t, dir, "--help"); code != 0 || !strings.Contains(out, "demo") {
		t.Errorf("--help: exit %d, %s", code, out)
	}
}

// A model trained elsewhere: import mnist-8 (CNTK), then prove and verify
// one of its inferences with fixed weights.
func TestImportProveVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a 236k-constraint circuit")
	}
	dir := t.TempDir()
	onnxFile, _ := filepath.Abs("../../models/onnx/testdata/mnist-8/model.onnx")
	out, errOut, code := run(t, dir, "import", onnxFile, "--name", "mnist-8", "--pixel-max", "255", "--eval", "mnist-test:300", "-o", "m8.zkm")
	if code != 0 || !strings.Contains(out, "int8") || !strings.Contains(out, "Convolution28") {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	args := []string{"--model", "./m8.zkm", "--range-check", "logderiv"}
	if out, errOut, code := run(t, dir, append([]string{"prove", "--sample", "0", "-o", "b.json", "--opening", "o.json"}, args...)...); code != 0 || !strings.Contains(out, "argmax 7") {
		t.Fatalf("prove: exit %d\n%s\n%s", code, out, errOut)
	}
	if out, _, code := run(t, dir, "verify", "b.json", "--opening", "o.json", "--model", "./m8.zkm"); code != 0 {
		t.Fatalf("verify: %s", out)
	}
	// a malformed ONNX file is a clear error
	os.WriteFile(filepath.Join(dir, "bad.onnx"), []byte("not a model"), 0o644)
	if _, errOut, code := run(t, dir, "import", "bad.onnx"); code == 0 || !strings.Contains(errOut, "malformed ONNX model") {
		t.Errorf("bad onnx: exit %d, %s", code, errOut)
	}
}

// TestPlonkCLI: the PLONK journey through the CLI on a small model: the
// development SRS written to a file (whose name must say unsafe), setup
// from it with its hash checked, prove and verify, every output saying
// unsafe; a tampered bundle and wrong SRS flags are refused.
func TestPlonkCLI(t *testing.T) {
	dir := t.TempDir()
	m, err := models.SyntheticMLP("tiny", 5, 12, 6, 4)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(filepath.Join(dir, "tiny.zkm"))
	if _, err := m.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.WriteFile(filepath.Join(dir, "in.json"), []byte("[1,-2,3,-4,5,-6,7,-8,9,-10,11,-12]"), 0o644)
	tiny := []string{"--model", "./tiny.zkm", "--proof-system", "plonk"}

	if _, errOut, code := run(t, dir, "srs", "--unsafe-dev", "--model", "./tiny.zkm", "-o", "dev.bin"); code == 0 || !strings.Contains(errOut, `must say "unsafe"`) {
		t.Errorf("srs to a file named dev.bin: exit %d, %s", code, errOut)
	}
	out, errOut, code := run(t, dir, "srs", "--unsafe-dev", "--model", "./tiny.zkm", "-o", "srs-unsafe-dev.bin", "--json")
	var srs struct{ SHA256 string }
	if err := json.Unmarshal([]byte(out), &srs); code != 0 || err != nil || len(srs.SHA256) != 64 {
		t.Fatalf("srs: exit %d, %s %s", code, out, errOut)
	}
	out, errOut, code = run(t, dir, append([]string{"setup", "--srs", "srs-unsafe-dev.bin", "--srs-sha256", srs.SHA256}, tiny...)...)
	if code != 0 || !strings.Contains(out, "UNSAFE for payments") || !strings.Contains(out, "-unsafe-dev") || !strings.Contains(out, "plonk circuit") {
		t.Fatalf("setup from the development SRS file: exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code = run(t, dir, append([]string{"prove", "--input", "in.json", "-o", "b.json", "--opening", "o.json"}, tiny...)...)
	if code != 0 || !strings.Contains(out, "with plonk") || !strings.Contains(out, "UNSAFE for payments") {
		t.Fatalf("prove: exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code = run(t, dir, "verify", "b.json", "--opening", "o.json", "--model", "./tiny.zkm")
	if code != 0 || !strings.HasPrefix(out, "VALID") || !strings.Contains(out, "(plonk)") || !strings.Contains(out, "UNSAFE") {
		t.Fatalf("verify: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "b.json"))
	var b map[string]any
	json.Unmarshal(data, &b)
	if b["backend"] != "plonk" || !strings.Contains(b["setup"].(string), "unsafe") {
		t.Errorf("bundle says %v, %v", b["backend"], b["setup"])
	}
	// the setup the output names is the local key's, not the bundle's claim
	b["setup"] = "KZG SRS of a 1000-party ceremony"
	relabelled, _ := json.Marshal(b)
	os.WriteFile(filepath.Join(dir, "r.json"), relabelled, 0o644)
	if out, _, code := run(t, dir, "verify", "r.json"); code != 0 || !strings.Contains(out, "UNSAFE for payments: keys from the development KZG SRS") {
		t.Errorf("relabelled bundle: exit %d, %s", code, out)
	}
	b["outputCommitment"] = b["inputCommitment"]
	tampered, _ := json.Marshal(b)
	os.WriteFile(filepath.Join(dir, "t.json"), tampered, 0o644)
	if out, _, code := run(t, dir, "verify", "t.json"); code != 1 || !strings.Contains(out, "REJECTED") || !strings.Contains(out, "invalid proof") {
		t.Errorf("tampered PLONK bundle: exit %d, %s", code, out)
	}

	wrong := strings.Repeat("0", 64)
	for _, c := range []struct {
		args []string
		want string
	}{
		{append([]string{"setup", "--srs", "srs-unsafe-dev.bin", "--srs-sha256", wrong}, tiny...), "SRS hash mismatch"},
		{append([]string{"setup", "--srs", "srs-unsafe-dev.bin"}, tiny...), "needs --srs-sha256"},
		{[]string{"setup", "--model", "./tiny.zkm", "--srs", "srs-unsafe-dev.bin", "--srs-sha256", srs.SHA256}, "--srs is for --proof-system plonk"},
		{[]string{"setup", "--model", "./tiny.zkm", "--proof-system", "stark"}, `--proof-system "stark"`},
	} {
		if _, errOut, code := run(t, dir, c.args...); code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want it to mention %q", c.args, code, errOut, c.want)
		}
	}
}

// TestDemoPlonk: the demo with PLONK is paid on the embedded chain through
// the compiled PLONK verifier, and the false claim is refused. Lookups are
// chosen (they save 17k gates, worth more than the 24k gas of their BSB22
// commitment), so the proof carries a commitment: 584 bytes.
func TestDemoPlonk(t *testing.T) {
	if testing.Short() {
		t.Skip("a PLONK setup of the MNIST MLP (122k gates) takes about 15 s")
	}
	out, errOut, code := run(t, t.TempDir(), "demo", "--proof-system", "plonk")
	if code != 0 {
		t.Fatalf("demo --proof-system plonk exited %d:\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"plonk circuit", "gates", "the escrow paid the provider 0.0100 ETH", "the buyer's verifier rejects it: invalid proof",
		"the escrow refuses to pay: reverted with InvalidProof(jobId 2)", "UNSAFE for payments: keys from the development KZG SRS", "proof 584 bytes",
		"logderiv range checks", "keys set up in"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}
