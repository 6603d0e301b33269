package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// TestCeremonyCLI: a whole ceremony through the CLI on a small model, as
// contributors would run it: phase 1 started, contributed to twice,
// sealed into an SRS (and checked against it); phase 2 started from it,
// three contributions, sealed; keys set up from the transcript, a proof
// whose bundle and verification say "multi-party ceremony, 3
// contributions". Refused, with the step named: a wrong announced beacon,
// a contribution the transcript lacks, a transcript with an altered
// contribution, another SRS.
func TestCeremonyCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("a phase 1 of 2^11 and a phase 2, contributed to through the CLI")
	}
	dir := t.TempDir()
	m, err := models.SyntheticMLP("ceremony-cli", 9, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "small.zkm"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	must := func(args ...string) map[string]any {
		t.Helper()
		out, errOut, code := run(t, dir, append(args, "--json")...)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s\n%s", strings.Join(args, " "), code, out, errOut)
		}
		var res map[string]any
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return res
	}
	refused := func(want string, args ...string) {
		t.Helper()
		out, errOut, code := run(t, dir, args...)
		if code == 0 || !strings.Contains(errOut, want) {
			t.Fatalf("%s: exit %d, want an error saying %q\n%s\n%s", strings.Join(args, " "), code, want, out, errOut)
		}
	}
	beacon := "0x" + strings.Repeat("5eed", 16)
	model := []string{"--model", "./small.zkm"}

	must("ceremony", "phase1", "start", "--power", "11", "-o", "p1.zkc")
	must("ceremony", "contribute", "p1.zkc", "-o", "p1.zkc", "--name", "alice")
	must("ceremony", "contribute", "p1.zkc", "-o", "p1.zkc", "--name", "bob")
	must("ceremony", "seal", "p1.zkc", "--beacon", beacon, "-o", "p1.zkc", "--srs", "phase1.srs")
	must("ceremony", "verify", "p1.zkc", "--beacon", beacon, "--srs", "phase1.srs")
	refused("sealed with beacon", "ceremony", "verify", "p1.zkc", "--beacon", "0x"+strings.Repeat("0bad", 16))
	refused("already sealed", "ceremony", "seal", "p1.zkc", "--beacon", beacon, "-o", "again.zkc")

	must(append([]string{"ceremony", "phase2", "start", "--phase1", "phase1.srs", "-o", "p2.zkc"}, model...)...)
	var buyer string
	for _, who := range []string{"provider", "buyer", "auditor"} {
		res := must("ceremony", "contribute", "p2.zkc", "-o", "p2.zkc", "--name", who)
		if who == "buyer" {
			buyer = res["hash"].(string)
		}
	}
	must("ceremony", "seal", "p2.zkc", "--beacon", beacon, "-o", "p2.zkc")
	must(append([]string{"ceremony", "verify", "p2.zkc", "--beacon", beacon, "--contains", buyer, "--phase1", "p1.zkc"}, model...)...)
	refused("no contribution's hash starts with", "ceremony", "verify", "p2.zkc", "--contains", strings.Repeat("ab", 16))

	setup := must(append([]string{"setup", "--ceremony", "p2.zkc", "--phase1", "phase1.srs"}, model...)...)
	label, _ := setup["setup"].(string)
	if !strings.Contains(label, "multi-party ceremony, 3 contributions") || strings.Contains(strings.ToLower(label), "unsafe") {
		t.Fatalf("setup label %q", label)
	}
	os.WriteFile(filepath.Join(dir, "in.json"), []byte("[1, -2, 3, -4]"), 0o644)
	out, errOut, code := run(t, dir, append([]string{"prove", "--ceremony", "p2.zkc", "-o", "b.json", "--opening", "o.json", "--input", "in.json"}, model...)...)
	if code != 0 || !strings.Contains(out, "multi-party ceremony, 3 contributions") {
		t.Fatalf("prove: exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code = run(t, dir, append([]string{"verify", "b.json", "--opening", "o.json"}, model...)...)
	if code != 0 || !strings.Contains(out, "VALID") || !strings.Contains(out, "setup: multi-party ceremony, 3 contributions") {
		t.Fatalf("verify: exit %d\n%s", code, out)
	}
	// its twin: the bundle with another output commitment is refused
	data, err := os.ReadFile(filepath.Join(dir, "b.json"))
	if err != nil {
		t.Fatal(err)
	}
	var bundle map[string]any
	if err := json.Unmarshal(data, &bundle); err != nil {
		t.Fatal(err)
	}
	bundle["outputCommitment"] = bundle["inputCommitment"]
	tampered, _ := json.Marshal(bundle)
	os.WriteFile(filepath.Join(dir, "t.json"), tampered, 0o644)
	if out, _, code := run(t, dir, append([]string{"verify", "t.json"}, model...)...); code == 0 || strings.Contains(out, "VALID:") {
		t.Fatalf("a tampered bundle under ceremony keys: exit %d\n%s", code, out)
	}

	// the same transcript from another phase 1 is refused, naming it
	must("ceremony", "phase1", "start", "--power", "11", "-o", "q1.zkc")
	must("ceremony", "contribute", "q1.zkc", "-o", "q1.zkc")
	must("ceremony", "seal", "q1.zkc", "--beacon", beacon, "-o", "q1.zkc", "--srs", "other.srs")
	refused("phase-1 SRS of sha256", append([]string{"setup", "--cache-dir", filepath.Join(dir, "other-cache"), "--ceremony", "p2.zkc", "--phase1", "other.srs"}, model...)...)

	// an altered contribution, its header hash matching, is refused by
	// the contribution's own proofs
	data, err = os.ReadFile(filepath.Join(dir, "p2.zkc"))
	if err != nil {
		t.Fatal(err)
	}
	tampered = alterState(t, data, 2)
	os.WriteFile(filepath.Join(dir, "bad.zkc"), tampered, 0o644)
	refused("contribution 2 (\"buyer\")", "ceremony", "verify", "bad.zkc")
}

// alterState doubles one proving-key point of state i of a phase-2
// transcript file and makes the header's hash match, so that only the
// contribution's proofs can tell.
func alterState(t *testing.T, data []byte, i int) []byte {
	t.Helper()
	tr, err := ceremony.ReadTranscript(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var p mpcsetup.Phase2
	if _, err := p.ReadFrom(bytes.NewReader(tr.States[i])); err != nil {
		t.Fatal(err)
	}
	p.Parameters.G1.Z[1].Double(&p.Parameters.G1.Z[1])
	var buf bytes.Buffer
	p.WriteTo(&buf)
	tr.States[i] = buf.Bytes()
	sum := sha256.Sum256(tr.States[i])
	tr.Header.Contributions[i-1].Hash = hex.EncodeToString(sum[:])
	buf.Reset()
	tr.WriteTo(&buf)
	return buf.Bytes()
}
