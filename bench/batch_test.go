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

// TestBatchSweep runs the batch axis on a small model: each size is set
// up, proved, verified and paid on the embedded chain, and the report
// files are written.
func TestBatchSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("setups and proofs: skipped with -short")
	}
	m, err := models.SyntheticMLP("small", 3, 16, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := BatchSweep(context.Background(), m, prover.Options{Weights: prover.Committed}, []int{1, 2, 4}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 {
		t.Fatalf("%d results", len(rs))
	}
	for _, r := range rs {
		if r.Constraints == 0 || r.Prove <= 0 || r.SettleGas == 0 || r.PerJobGas != r.SettleGas/uint64(r.Batch) {
			t.Errorf("batch %d: %+v", r.Batch, r)
		}
	}
	// settling is shared: a job in a batch of 4 costs less than one alone
	if rs[2].PerJobGas >= rs[0].PerJobGas {
		t.Errorf("gas per job: %d in a batch of 4, %d alone", rs[2].PerJobGas, rs[0].PerJobGas)
	}
	dir := t.TempDir()
	files, err := WriteBatchReport(dir, rs)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Errorf("files %v", files)
	}
	md, err := os.ReadFile(filepath.Join(dir, FileBatchMD))
	if err != nil || !strings.Contains(string(md), "| 4 | logderiv |") {
		t.Errorf("batch.md:\n%s (%v)", md, err)
	}
}
