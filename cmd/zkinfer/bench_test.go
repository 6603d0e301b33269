package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchRenderOnly: --render-only renders the committed results again
// without measuring; --models refuses a model the sweep lacks before it
// measures anything; --help documents the flags.
func TestBenchRenderOnly(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "results")
	csv, err := os.ReadFile(filepath.Join("..", "..", "bench", "results", "results.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "results.csv"), csv, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, "bench", "--render-only", "--out", out)
	if code != 0 || !strings.Contains(stdout, "| mnist-mlp | groth16 | fixed |") {
		t.Fatalf("bench --render-only: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, f := range []string{"results.md", "prove-vs-constraints.svg", "constraints-by-layer.svg", "memory-vs-constraints.svg", "gas-by-proof-system.svg"} {
		if fi, err := os.Stat(filepath.Join(out, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, stderr, code := run(t, dir, "bench", "--render-only", "--full", "--out", out); code == 0 || !strings.Contains(stderr, "measures nothing") {
		t.Errorf("--render-only --full: exit %d, %s", code, stderr)
	}
	if _, stderr, code := run(t, dir, "bench", "--models", "no-such-model", "--out", out); code == 0 || !strings.Contains(stderr, "cifar-cnn") {
		t.Errorf("--models no-such-model: exit %d, %s", code, stderr)
	}
	if stdout, _, _ := run(t, dir, "bench", "--help"); !strings.Contains(stdout, "--models") || !strings.Contains(stdout, "--render-only") {
		t.Errorf("bench --help:\n%s", stdout)
	}
}
