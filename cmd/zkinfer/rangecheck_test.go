package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRangeCheckChoice: with --range-check auto (the default) setup says
// which mode it chose for LeNet and why, and keeps the choice in the cache
// folder; prove then takes the choice from there, says it, and proves with
// lookups; --range-check bits overrides it, and --constraint-gas low
// enough turns the choice to bits.
func TestRangeCheckChoice(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := run(t, dir, "setup", "--model", "mnist-lenet")
	if code != 0 {
		t.Fatalf("setup exited %d: %s", code, errOut)
	}
	if !strings.Contains(out, "range checks logderiv, chosen by cost: lookups take 22777 constraints") || !strings.Contains(out, "bit decomposition 146405 constraints") {
		t.Fatalf("setup does not say the choice:\n%s", out)
	}
	choices, err := filepath.Glob(filepath.Join(dir, "cache", "choices", "*.json"))
	if err != nil || len(choices) != 1 {
		t.Fatalf("choices kept: %v (%v)", choices, err)
	}
	out, errOut, code = run(t, dir, "prove", "--model", "mnist-lenet", "--json", "-o", filepath.Join(dir, "b.json"), "--opening", filepath.Join(dir, "o.json"))
	if code != 0 {
		t.Fatalf("prove exited %d: %s", code, errOut)
	}
	var res struct {
		RangeCheck string `json:"rangeCheck"`
		Choice     string `json:"rangeCheckChoice"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.RangeCheck != "logderiv" || !strings.Contains(res.Choice, "chosen by cost") {
		t.Fatalf("prove --json: %+v (%v)\n%s", res, err, out)
	}
	if _, errOut, code := run(t, dir, "verify", filepath.Join(dir, "b.json"), "--model", "mnist-lenet"); code != 0 {
		t.Fatalf("verify of the lookup proof exited %d: %s", code, errOut)
	}
	// a bundle of the other mode does not verify under these keys
	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte(strings.Replace(readFile(t, filepath.Join(dir, "b.json")), `"rangeCheck": "logderiv"`, `"rangeCheck": "bits"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, code := run(t, dir, "verify", filepath.Join(dir, "bad.json"), "--model", "mnist-lenet"); code == 0 {
		t.Error("a bundle relabelled to bit decomposition verified")
	}
	out, errOut, code = run(t, dir, "setup", "--model", "mnist-lenet", "--constraint-gas", "0.5", "--json")
	if code != 0 || !strings.Contains(out, `"rangeCheck": "bits"`) || !strings.Contains(out, "chosen by cost") {
		t.Fatalf("--constraint-gas 0.5: exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code = run(t, dir, "setup", "--model", "mnist-lenet", "--range-check", "bits", "--json")
	if code != 0 || !strings.Contains(out, `"rangeCheck": "bits"`) || strings.Contains(out, "chosen by cost") {
		t.Fatalf("--range-check bits: exit %d\n%s\n%s", code, out, errOut)
	}
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
