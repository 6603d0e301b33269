package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// TestOutputSweep runs the output axis on a small model: each output is
// set up, proved, verified and paid on the embedded chain (the encrypted
// one opened from its payment), and the report files are written.
func TestOutputSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("setups and proofs: skipped with -short")
	}
	m, err := models.SyntheticMLP("small", 3, 16, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := OutputSweep(context.Background(), m, prover.Options{RangeCheck: prover.RangeCheckBits},
		[]prover.Visibility{prover.Committed, prover.Encrypted}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 {
		t.Fatalf("%d results", len(rs))
	}
	for _, r := range rs {
		if r.Constraints == 0 || r.Prove <= 0 || r.FulfilGas == 0 || r.DepositGas == 0 {
			t.Errorf("%s: %+v", r.Output, r)
		}
	}
	if e := rs[1]; e.ExtraConstraints <= 0 || e.ExtraConstraints > 20_000 || e.ExtraFulfilGas <= 0 || e.ExtraFulfilGas > 50_000 {
		t.Errorf("an encrypted output costs %d constraints and %d gas more", e.ExtraConstraints, e.ExtraFulfilGas)
	}
	dir := t.TempDir()
	if _, err := WriteOutputsReport(dir, rs); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, FileOutputsMD))
	if err != nil || !strings.Contains(string(md), "| encrypted |") {
		t.Errorf("outputs.md:\n%s (%v)", md, err)
	}
}
