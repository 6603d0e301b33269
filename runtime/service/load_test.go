package service

import (
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/prover"
)

// BenchmarkLoad50Buyers: 50 buyers at once, each depositing, sending its
// signed input, waiting for the answer, verifying it and waiting for the
// payment, against one provider (2 workers) on the embedded chain with the
// shipped MNIST MLP. Every job must end paid exactly once. It reports the
// latency a buyer sees from sending the input to holding a verified answer
// (p50, p99), from deposit to payment (p50, p99), and the throughput.
//
//	go test ./runtime/service -run '^$' -bench Load50 -benchtime 3x
func BenchmarkLoad50Buyers(b *testing.B) { loadBench(b, nil) }

// BenchmarkLoad50BuyersBatched is BenchmarkLoad50Buyers with batch keys
// for 16 and 4 jobs registered, accepted by every buyer, and the provider
// batching up to 16 jobs (waiting up to a second for more).
func BenchmarkLoad50BuyersBatched(b *testing.B) { loadBench(b, []int{16, 8, 4}) }

func loadBench(b *testing.B, batches []int) {
	const buyers = 50
	w, err := newWorld(buyers)
	if err != nil {
		b.Fatal(err)
	}
	defer w.chain.Close()
	var batchKeys []BatchKeys
	var trusted []prover.VerifyingKey
	for i, n := range batches {
		k, err := prover.Setup(w.ctx, w.model, prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckLogDeriv, Batch: n}, "", nil)
		if err != nil {
			b.Fatal(err)
		}
		key, err := k.ChainKey()
		if err != nil {
			b.Fatal(err)
		}
		from, err := w.chain.Transactor(w.ctx, w.provider)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := w.market.RegisterBatchKey(w.ctx, from, new(big.Int).SetUint64(w.modelID), uint32(n), key); err != nil {
			b.Fatal(err)
		}
		batchKeys = append(batchKeys, BatchKeys{Index: uint64(i), Keys: k})
		trusted = append(trusted, k.VK)
	}
	var answer, paid []time.Duration
	var total time.Duration
	jobs := 0
	for b.Loop() {
		dir := b.TempDir()
		p := startProvider(b, w, dir, true, func(c *Config) {
			c.Workers, c.Queue = 2, buyers
			if batchKeys != nil {
				c.Models[0].Batches, c.MaxBatch, c.BatchWait = batchKeys, 16, 250*time.Millisecond
			}
		})
		start := time.Now()
		var mu sync.Mutex
		var wg sync.WaitGroup
		errs := make(chan error, buyers)
		for i, key := range w.crowd {
			wg.Go(func() {
				from, err := w.chain.Transactor(w.ctx, key)
				if err != nil {
					errs <- err
					return
				}
				buyer := &Buyer{Market: w.market, Chain: w.chain, From: from, Signer: keySigner(key), Client: NewClient(p.srv.URL), BatchKeys: trusted}
				t0 := time.Now()
				pur, err := buyer.Deposit(w.ctx, w.modelID, w.model, w.keys.Options, w.keys.VK, sample(i%32), nil, time.Hour)
				if err != nil {
					errs <- fmt.Errorf("buyer %d: %w", i, err)
					return
				}
				t1 := time.Now()
				if err := buyer.Submit(w.ctx, pur); err != nil {
					errs <- fmt.Errorf("buyer %d: %w", i, err)
					return
				}
				v, err := buyer.Wait(w.ctx, pur, 20*time.Millisecond, nil)
				if err == nil {
					err = buyer.Check(pur, v, w.keys.VK)
				}
				if err != nil {
					errs <- fmt.Errorf("buyer %d: %w", i, err)
					return
				}
				t2 := time.Now()
				st, err := buyer.WaitPaid(w.ctx, pur, 20*time.Millisecond)
				if err != nil || st != contracts.JobPaid {
					errs <- fmt.Errorf("buyer %d: job %d state %d: %v", i, pur.JobID, st, err)
					return
				}
				t3 := time.Now()
				mu.Lock()
				answer, paid = append(answer, t2.Sub(t1)), append(paid, t3.Sub(t0))
				mu.Unlock()
			})
		}
		wg.Wait()
		total += time.Since(start)
		close(errs)
		for err := range errs {
			b.Fatal(err)
		}
		// every job accounted for: paid in the store, one fulfilment each
		stored, err := p.store.List(nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, j := range stored {
			if j.State != StatePaid {
				b.Fatalf("job %d: %s", j.ID, j.State)
			}
			head, _ := w.chain.Head(w.ctx)
			if n, err := w.market.Fulfilments(w.ctx, new(big.Int).SetUint64(j.ID), 0, head.Number.Uint64()); err != nil || n != 1 {
				b.Fatalf("job %d: %d fulfilments (%v)", j.ID, n, err)
			}
		}
		if len(stored) != buyers {
			b.Fatalf("%d jobs stored, want %d", len(stored), buyers)
		}
		jobs += buyers
		p.stop()
	}
	b.ReportMetric(pct(answer, 50), "answer-p50-s")
	b.ReportMetric(pct(answer, 99), "answer-p99-s")
	b.ReportMetric(pct(paid, 50), "paid-p50-s")
	b.ReportMetric(pct(paid, 99), "paid-p99-s")
	b.ReportMetric(float64(jobs)/total.Seconds(), "jobs/s")
}

func pct(d []time.Duration, p int) float64 {
	s := slices.Clone(d)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return s[max(i, 0)].Seconds()
}
