package service

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

const batchSize = 4

var (
	batchOnce sync.Once
	batchK    *prover.Keys
	batchErr  error
)

// batchWorld is a world of its own whose model also has a batch key for
// batchSize jobs (fixed weights, lookups), registered at index 0.
func batchWorld(t *testing.T) *world {
	t.Helper()
	if testing.Short() {
		t.Skip("a batch setup: skipped with -short")
	}
	w, err := newWorld(batchSize)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.chain.Close() })
	batchOnce.Do(func() {
		batchK, batchErr = prover.Setup(context.Background(), w.model, prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckLogDeriv, Batch: batchSize}, "", nil)
	})
	if batchErr != nil {
		t.Fatal(batchErr)
	}
	key, err := batchK.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	from, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.market.RegisterBatchKey(w.ctx, from, new(big.Int).SetUint64(w.modelID), batchSize, key); err != nil {
		t.Fatal(err)
	}
	return w
}

func batching(c *Config) {
	c.Models[0].Batches = []BatchKeys{{Index: 0, Keys: batchK}}
	c.MaxBatch, c.BatchWait = batchSize, 5*time.Second
}

// depositAll makes one purchase per crowd buyer, each accepting the batch
// key, and sends every input to a provider that is not proving yet.
func depositAll(t *testing.T, w *world, url string) ([]*Buyer, []*Purchase) {
	t.Helper()
	var buyers []*Buyer
	var purchases []*Purchase
	for i, k := range w.crowd {
		b := w.buyerFor(t, k, url)
		b.BatchKeys = []prover.VerifyingKey{batchK.VK}
		p := w.deposit(t, b, i)
		if p.BatchKeys != 1 {
			t.Fatalf("the deposit accepts %d batch keys, want 1", p.BatchKeys)
		}
		if err := b.Submit(w.ctx, p); err != nil {
			t.Fatal(err)
		}
		buyers, purchases = append(buyers, b), append(purchases, p)
	}
	return buyers, purchases
}

// TestBatchPaidAndVerified: queued jobs of buyers who accepted the batch
// key are proved in one batch proof and paid by one transaction, each
// exactly once; each buyer checks its own answer, and rejects a tampered
// one.
func TestBatchPaidAndVerified(t *testing.T) {
	w := batchWorld(t)
	dir := t.TempDir()
	p := startProvider(t, w, dir, false, batching)
	buyers, purchases := depositAll(t, w, p.srv.URL)
	p.stop()

	p2 := startProvider(t, w, dir, true, batching)
	var tx [32]byte
	for i, b := range buyers {
		b.Client = NewClient(p2.srv.URL)
		v, err := b.Wait(w.ctx, purchases[i], 20*time.Millisecond, nil)
		if err != nil {
			t.Fatal(err)
		}
		if v.BatchBundle == nil || v.BatchIndex != i {
			t.Fatalf("job %d: batch bundle %v at %d, want the batch at %d", purchases[i].JobID, v.BatchBundle != nil, v.BatchIndex, i)
		}
		if err := b.Check(purchases[i], v, w.keys.VK); err != nil {
			t.Fatalf("buyer %d: %v", i, err)
		}
		// tampered twins
		other := cloneView(t, v)
		other.BatchIndex = (i + 1) % batchSize
		if err := b.Check(purchases[i], other, w.keys.VK); !errors.Is(err, verifier.ErrJobMismatch) {
			t.Errorf("buyer %d, another entry claimed as its own: %v", i, err)
		}
		wrong := cloneView(t, v)
		wrong.Output[0]++
		if err := b.Check(purchases[i], wrong, w.keys.VK); !errors.Is(err, verifier.ErrCommitmentMismatch) {
			t.Errorf("buyer %d, altered output: %v", i, err)
		}
		untrusting := *b
		untrusting.BatchKeys = nil
		if err := untrusting.Check(purchases[i], v, w.keys.VK); !errors.Is(err, verifier.ErrKeyMismatch) {
			t.Errorf("buyer %d without the batch key: %v", i, err)
		}
		j := waitState(t, p2.store, purchases[i].JobID, StatePaid)
		if i == 0 {
			tx = j.FulfilTxHash
		} else if j.FulfilTxHash != tx {
			t.Errorf("job %d paid by transaction %x, job %d by %x", purchases[i].JobID, j.FulfilTxHash, purchases[0].JobID, tx)
		}
		if st, err := b.WaitPaid(w.ctx, purchases[i], 20*time.Millisecond); err != nil || st != contracts.JobPaid {
			t.Errorf("job %d: escrow state %d, %v", purchases[i].JobID, st, err)
		}
		if n := fulfilments(t, w, purchases[i].JobID); n != 1 {
			t.Errorf("job %d: %d fulfilments, want 1", purchases[i].JobID, n)
		}
	}
}

// TestBatchResumeAfterCrash: jobs stored as being proved in a batch when
// the process died are proved again on the next start and paid once each;
// a batch stored as proved with one of its jobs refunded meanwhile is
// taken apart, and its open jobs are proved alone and paid.
func TestBatchResumeAfterCrash(t *testing.T) {
	w := batchWorld(t)
	dir := t.TempDir()
	p := startProvider(t, w, dir, false, batching)
	_, purchases := depositAll(t, w, p.srv.URL)
	ids := make([]uint64, len(purchases))
	for i, pur := range purchases {
		ids[i] = pur.JobID
	}
	// the state a worker leaves when it dies mid-batch
	if _, err := p.store.UpdateAll(ids, func(j *Job) error { j.State = StateProving; return nil }); err != nil {
		t.Fatal(err)
	}
	p.stop()
	p2 := startProvider(t, w, dir, true, batching)
	for _, id := range ids {
		j := waitState(t, p2.store, id, StatePaid)
		if j.BatchBundle == nil {
			t.Errorf("job %d was not proved in the batch", id)
		}
		if n := fulfilments(t, w, id); n != 1 {
			t.Errorf("job %d: %d fulfilments, want 1", id, n)
		}
	}
}

// TestBrokenBatchProvedAlone: a batch proved while one of its buyers took
// a refund cannot be paid as a whole; the provider settles what the chain
// settled and proves the other jobs alone, each paid once.
func TestBrokenBatchProvedAlone(t *testing.T) {
	w := batchWorld(t)
	dir := t.TempDir()
	p := startProvider(t, w, dir, false, batching)
	var purchases []*Purchase
	for i, k := range w.crowd {
		b := w.buyerFor(t, k, p.srv.URL)
		b.BatchKeys = []prover.VerifyingKey{batchK.VK}
		deadline := time.Hour
		if i == 0 {
			deadline = time.Minute // this buyer will take a refund
		}
		pur, err := b.Deposit(w.ctx, w.modelID, w.model, w.keys.Options, w.keys.VK, sample(i), nil, deadline)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Submit(w.ctx, pur); err != nil {
			t.Fatal(err)
		}
		purchases = append(purchases, pur)
	}
	first, ok := p.svc.queue.pop(w.ctx)
	if !ok {
		t.Fatal("nothing queued")
	}
	ids, bk := p.svc.gather(w.ctx, first)
	if bk == nil || len(ids) != batchSize {
		t.Fatalf("gathered %v (key %v), want a batch of %d", ids, bk, batchSize)
	}
	p.svc.proveBatch(w.ctx, ids, bk)
	waitState(t, p.store, purchases[0].JobID, StateProved)
	w.chain.AdvanceTime(2 * time.Minute)
	from, err := w.chain.Transactor(w.ctx, w.crowd[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.market.Refund(w.ctx, from, new(big.Int).SetUint64(purchases[0].JobID)); err != nil {
		t.Fatal(err)
	}
	p.stop()

	p2 := startProvider(t, w, dir, true, batching)
	waitState(t, p2.store, purchases[0].JobID, StateExpired)
	for _, pur := range purchases[1:] {
		j := waitState(t, p2.store, pur.JobID, StatePaid)
		if j.BatchBundle != nil || j.Bundle == nil {
			t.Errorf("job %d was paid through a batch, or without a bundle of its own", pur.JobID)
		}
		if n := fulfilments(t, w, pur.JobID); n != 1 {
			t.Errorf("job %d: %d fulfilments, want 1", pur.JobID, n)
		}
	}
}

// TestBatchWaitsForDeposits: with every deposit made before any input is
// sent, the first input does not go alone: the worker waits for the inputs
// of the other deposits it saw on chain, and proves all four in one batch.
func TestBatchWaitsForDeposits(t *testing.T) {
	w := batchWorld(t)
	p := startProvider(t, w, t.TempDir(), true, batching)
	var buyers []*Buyer
	var purchases []*Purchase
	for i, k := range w.crowd {
		b := w.buyerFor(t, k, p.srv.URL)
		b.BatchKeys = []prover.VerifyingKey{batchK.VK}
		buyers, purchases = append(buyers, b), append(purchases, w.deposit(t, b, i))
	}
	for _, pur := range purchases {
		waitState(t, p.store, pur.JobID, StateDeposited)
	}
	for i, b := range buyers {
		if err := b.Submit(w.ctx, purchases[i]); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond) // inputs trickle in
	}
	for i, pur := range purchases {
		j := waitState(t, p.store, pur.JobID, StatePaid)
		if j.BatchBundle == nil || len(j.BatchBundle.Entries) != batchSize || j.BatchIndex != i {
			t.Errorf("job %d: not paid as entry %d of a batch of %d", pur.JobID, i, batchSize)
		}
	}
}
