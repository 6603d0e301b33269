package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProveVerifyBatch: prove --batch writes one batch bundle and an
// opening per entry; verify checks the proof and one buyer's opening
// against its own entry, and refuses another entry's opening, a tampered
// proof and jobs that are not the batch's.
func TestProveVerifyBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("a batch setup and proof: skipped with -short")
	}
	dir := t.TempDir()
	out, errOut, code := run(t, dir, "prove", "--batch", "2", "--sample", "3", "-o", "batch.json", "--opening", "opening.json",
		"--job", "7,9", "--escrow", "0x00000000000000000000000000000000000000e5", "--chain-id", "1337", "--provider", "0x000000000000000000000000000000000000009a")
	if code != 0 || !strings.Contains(out, "proved 2 inferences of mnist-mlp in one groth16 proof") {
		t.Fatalf("prove --batch: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, f := range []string{"batch.json", "opening-0.json", "opening-1.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	jobs := []string{"--escrow", "0x00000000000000000000000000000000000000e5", "--chain-id", "1337", "--provider", "0x000000000000000000000000000000000000009a"}
	for _, tc := range []struct {
		what string
		args []string
		ok   bool
		want string
	}{
		{"the proof alone", nil, true, "VALID: batch batch.json of 2 inferences"},
		{"buyer 1's opening, its entry", []string{"--opening", "opening-1.json", "--entry", "1", "--model", "mnist-mlp"}, true, "entry 1: proven output"},
		{"the jobs in order", append([]string{"--job", "7,9"}, jobs...), true, "bound to jobs [7 9] in this order"},
		{"buyer 1's opening against entry 0", []string{"--opening", "opening-1.json", "--entry", "0"}, false, "entry 0: commitment mismatch"},
		{"the jobs in another order", append([]string{"--job", "9,7"}, jobs...), false, "job mismatch"},
		{"an entry that does not exist", []string{"--opening", "opening-1.json", "--entry", "2"}, false, "--entry 2: the batch has entries 0..1"},
	} {
		out, errOut, code := run(t, dir, append([]string{"verify", "batch.json"}, tc.args...)...)
		if (code == 0) != tc.ok || !strings.Contains(out+errOut, tc.want) {
			t.Errorf("verify, %s: exit %d, want %q\n%s\n%s", tc.what, code, tc.want, out, errOut)
		}
	}
	// a tampered proof
	data, err := os.ReadFile(filepath.Join(dir, "batch.json"))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(data), `"proof": "`) + len(`"proof": "`) + 10
	bad := []byte(string(data))
	if bad[i] == 'A' {
		bad[i] = 'B'
	} else {
		bad[i] = 'A'
	}
	os.WriteFile(filepath.Join(dir, "tampered.json"), bad, 0o644)
	if out, errOut, code := run(t, dir, "verify", "tampered.json"); code != 1 || !strings.Contains(out, "REJECTED") {
		t.Errorf("verify of a tampered batch proof: exit %d\n%s\n%s", code, out, errOut)
	}
	// mistakes said before any work
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"prove", "--batch", "2", "--inputs", "a.json"}, "--inputs names 1 files for a batch of 2"},
		{[]string{"prove", "--batch", "2", "--job", "1,2"}, "--job needs --chain-id"},
		{[]string{"prove", "--batch", "2", "--job", "1"}, "--job names 1 jobs for a batch of 2"},
		{[]string{"prove", "--batch", "65"}, "batch of 65 inferences (want 1 to 64)"},
	} {
		if out, errOut, code := run(t, dir, tc.args...); code == 0 || !strings.Contains(out+errOut, tc.want) {
			t.Errorf("zkinfer %v: exit %d, want %q\n%s\n%s", tc.args, code, tc.want, out, errOut)
		}
	}
}
