package verifier

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// batchJobs is the smallest batch of the small model whose first layer
// takes Freivalds' test with committed weights.
const batchJobs = 12

// batchProof proves a batch of the small model with committed weights,
// once for the package's batch tests.
func batchProof(t *testing.T) (*models.Model, *prover.Keys, *prover.BatchBundle, []*prover.Opening, *prover.BatchJob) {
	t.Helper()
	if testing.Short() {
		t.Skip("a batch setup and proof: skipped with -short")
	}
	m, err := models.SyntheticMLP("small", 11, 16, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	k, err := prover.Setup(context.Background(), m, prover.Options{Weights: prover.Committed, Batch: batchJobs}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	inputs := make([][]int8, batchJobs)
	job := &prover.BatchJob{ChainID: big.NewInt(1337), Escrow: common.HexToAddress("0xe5"), Provider: common.HexToAddress("0x9a")}
	for i := range inputs {
		inputs[i] = make([]int8, 16)
		for j := range inputs[i] {
			inputs[i][j] = int8(rng.Intn(256) - 128)
		}
		job.IDs = append(job.IDs, big.NewInt(int64(10+i)))
	}
	b, os, _, err := prover.ProveBatch(context.Background(), k, m, inputs, nil, job)
	if err != nil {
		t.Fatal(err)
	}
	return m, k, b, os, job
}

func cloneBatch(t *testing.T, b *prover.BatchBundle) *prover.BatchBundle {
	t.Helper()
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	var out prover.BatchBundle
	if _, err := out.ReadFrom(&buf); err != nil {
		t.Fatal(err)
	}
	return &out
}

// TestVerifyBatch: an honest batch proof verifies, with each buyer's
// opening checked on its own; each tampered twin is refused.
func TestVerifyBatch(t *testing.T) {
	m, k, b, os, job := batchProof(t)
	if err := VerifyBatch(cloneBatch(t, b), k.VK, BatchExpect{Model: m, Job: job}); err != nil {
		t.Fatalf("honest batch: %v", err)
	}
	for i := range os {
		if err := VerifyBatch(b, k.VK, BatchExpect{Job: job, Openings: map[int]*prover.Opening{i: os[i]}}); err != nil {
			t.Fatalf("entry %d with its own opening: %v", i, err)
		}
	}
	swap := func(v []*big.Int) []*big.Int {
		w := append([]*big.Int(nil), v...)
		w[0], w[1] = w[1], w[0]
		return w
	}
	reordered := *job
	reordered.IDs = swap(job.IDs)
	for _, tc := range []struct {
		what   string
		b      func() *prover.BatchBundle
		exp    BatchExpect
		reason error
	}{
		{"another buyer's opening", func() *prover.BatchBundle { return b },
			BatchExpect{Openings: map[int]*prover.Opening{1: os[0]}}, ErrCommitmentMismatch},
		{"the jobs expected in another order", func() *prover.BatchBundle { return b },
			BatchExpect{Job: &reordered}, ErrJobMismatch},
		{"the proof replayed with its jobs and entries reordered", func() *prover.BatchBundle {
			c := cloneBatch(t, b)
			c.Entries[0], c.Entries[1] = c.Entries[1], c.Entries[0]
			c.Job = &reordered
			c.Challenge = prover.Field(c.Statement().Challenge())
			return c
		}, BatchExpect{Job: &reordered}, ErrInvalidProof},
		{"one output commitment altered", func() *prover.BatchBundle {
			c := cloneBatch(t, b)
			c.Entries[3].OutputCommitment = c.Entries[4].OutputCommitment
			c.Challenge = prover.Field(c.Statement().Challenge())
			return c
		}, BatchExpect{}, ErrInvalidProof},
		{"one input swapped for another job's", func() *prover.BatchBundle {
			c := cloneBatch(t, b)
			c.Entries[2].InputCommitment = c.Entries[0].InputCommitment
			c.Challenge = prover.Field(c.Statement().Challenge())
			return c
		}, BatchExpect{}, ErrInvalidProof},
		{"a challenge that is not the hash of the batch", func() *prover.BatchBundle {
			c := cloneBatch(t, b)
			c.Entries[3].OutputCommitment = c.Entries[4].OutputCommitment
			return c
		}, BatchExpect{}, ErrMalformed},
	} {
		err := VerifyBatch(tc.b(), k.VK, tc.exp)
		if !errors.Is(err, tc.reason) {
			t.Errorf("%s: %v, want %v", tc.what, err, tc.reason)
		}
	}
}
