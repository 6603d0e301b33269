package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/prover"
)

// execute runs the CLI in process, in a fresh folder with its own key
// cache, and returns its output and error.
func execute(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(append(args, "--cache-dir", filepath.Join(t.TempDir(), "cache")))
	err := root.Execute()
	return out.String(), err
}

// TestArgCount: a wrong number of arguments says what is missing and how
// the command is used, not cobra's "accepts 1 arg(s), received 0".
func TestArgCount(t *testing.T) {
	t.Chdir(t.TempDir())
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"verify"}, "verify needs the bundle file to check: zkinfer verify bundle.json [--opening opening.json]"},
		{[]string{"verify", "a.json", "b.json"}, "verify takes one argument, the bundle file to check; got 2 (a.json b.json): zkinfer verify bundle.json"},
		{[]string{"import"}, "import needs the ONNX model file to import: zkinfer import model.onnx"},
		{[]string{"eval"}, "eval needs the .zkm model file to measure: zkinfer eval model.zkm"},
		{[]string{"prove", "bundle.json"}, `prove takes no arguments, got "bundle.json": files and values are flags (see 'zkinfer prove --help')`},
		{[]string{"job", "show", "7"}, `job show takes no arguments, got "7"`},
		{[]string{"demo", "plonk"}, `demo takes no arguments, got "plonk"`},
	}
	for _, c := range cases {
		_, err := execute(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want it to contain %q", c.args, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "arg(s)") {
			t.Errorf("%v: cobra's message %q", c.args, err)
		}
	}
}

// TestFileErrors: bad bundle and opening files are named with what is
// wrong, the mix-up of the two says which flag to use, and verify checks
// every input before it loads a key.
func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	// a well-formed bundle of a circuit with no key anywhere (not
	// embedded, not cached): any step that reaches the key fails there
	b := &prover.Bundle{
		Version: prover.BundleVersion, Backend: prover.BackendGroth16, Curve: prover.CurveBN254, CircuitID: "0123456789abcdef01234567",
		Options: prover.DefaultOptions().WithDefaults(), Proof: []byte{1}, VerifyingKeyHash: strings.Repeat("0", 64),
	}
	var bundle, opening bytes.Buffer
	b.WriteTo(&bundle)
	(&prover.Opening{Input: []int8{1}, Output: []int8{2}}).WriteTo(&opening)
	for name, data := range map[string][]byte{
		"bundle.json": bundle.Bytes(), "opening.json": opening.Bytes(), "empty.json": nil, "garbage.json": []byte("nope"),
		"typed.json": bytes.Replace(bundle.Bytes(), []byte(`"constraints": 0`), []byte(`"constraints": "many"`), 1),
	} {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const noKey = "verifying key for circuit"
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"verify", "empty.json"}, []string{"empty.json is empty, not a proof bundle"}},
		{[]string{"verify", "garbage.json"}, []string{"garbage.json: malformed proof bundle: line 1, column 2: invalid character 'o' in literal null"}},
		{[]string{"verify", "typed.json"}, []string{`typed.json: malformed proof bundle: line 12, column 23: field "constraints" is a JSON string, want int`}},
		{[]string{"verify", "opening.json"}, []string{"opening.json is an opening", "not a proof bundle", "give the opening with --opening"}},
		{[]string{"verify", "bundle.json", "--opening", "bundle.json"}, []string{"--opening: bundle.json is a proof bundle, not an opening", "give the opening that prove wrote"}},
		{[]string{"verify", "bundle.json", "--opening", "empty.json"}, []string{"empty.json is empty, not an opening"}},
		{[]string{"verify", "bundle.json", "--opening", "garbage.json"}, []string{"garbage.json: malformed opening: line 1, column 2"}},
		// inputs are checked before any key is loaded
		{[]string{"verify", "bundle.json", "--opening", "missing.json"}, []string{"--opening: open missing.json: no such file"}},
		{[]string{"verify", "bundle.json", "--opening", "opening.json", "--vk", "missing.vk"}, []string{"--vk: open missing.vk: no such file"}},
		{[]string{"verify", "bundle.json", "--opening", "opening.json", "--model", "./missing.zkm"}, []string{"--model: open ./missing.zkm: no such file"}},
		{[]string{"verify", "bundle.json", "--opening", "opening.json", "--job", "1"}, []string{"--job needs --chain-id"}},
		// with good inputs, the key is what is missing
		{[]string{"verify", "bundle.json", "--opening", "opening.json"}, []string{noKey}},
		{[]string{"job", "fulfill", "--job", "1", "--bundle", "opening.json"}, []string{"--bundle: opening.json is an opening", "give the bundle that prove wrote", "never on chain"}},
		{[]string{"job", "fulfill", "--job", "1", "--bundle", "empty.json"}, []string{"--bundle: empty.json is empty, not a proof bundle"}},
	}
	for _, c := range cases {
		_, err := execute(t, c.args...)
		if err == nil {
			t.Errorf("%v: no error", c.args)
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%v: error %q, want it to contain %q", c.args, err, want)
			}
		}
		if want := c.want[0]; want != noKey && strings.Contains(err.Error(), noKey) {
			t.Errorf("%v: looked for a key before checking its inputs: %v", c.args, err)
		}
		if msg := err.Error(); strings.Contains(msg, "json: cannot") || strings.Contains(msg, "json: unknown") || strings.HasSuffix(msg, "EOF") {
			t.Errorf("%v: raw encoding/json error %q", c.args, msg)
		}
	}
}

// TestEarlyChecks: long commands check the files of their flags before
// they compile, set up, prove or train.
func TestEarlyChecks(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("afile", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	zeros := strings.Repeat("0", 64)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"setup", "--chain-key", "missing/key.bin"}, "--chain-key: cannot write missing/key.bin"},
		{[]string{"setup", "--proof-system", "plonk", "--srs", "missing.srs", "--srs-sha256", zeros}, "--srs: open missing.srs: no such file"},
		{[]string{"prove", "-o", "same.json", "--opening", "./same.json"}, "-o and --opening are both same.json"},
		{[]string{"prove", "--sample", "1", "-o", "missing/b.json"}, "cannot write missing/b.json"},
		{[]string{"srs", "--unsafe-dev", "-o", "missing/srs-unsafe.bin"}, "-o: cannot write missing/srs-unsafe.bin"},
		{[]string{"train", "--out", "afile/zoo"}, "--out: mkdir afile: not a directory"},
		{[]string{"bench", "--out", "afile/results"}, "--out: mkdir afile: not a directory"},
		{[]string{"serve", "--serve", "1=mnist-mlp", "--store", "missing/jobs.db"}, "--store: cannot write missing/jobs.db"},
	}
	for _, c := range cases {
		_, err := execute(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want it to contain %q", c.args, err, c.want)
		}
	}
}
