package service

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/prover"
)

// BatchKeys are the keys of a batch circuit of a served model and the
// index the registry gave its verifying key (ModelRegistry.batchKey).
type BatchKeys struct {
	Index uint64
	Keys  *prover.Keys
}

// Batching: a worker that takes a job of a model with batch keys also
// takes the queued jobs of that model whose buyers accepted a batch key,
// waiting up to Config.BatchWait for more while fewer than the largest
// batch are queued, and proves them in one batch proof when a batch key
// fits. A job goes alone at once when nothing else waits: no other job of
// its model is queued, nor deposited for a batch with its input still to
// come (the chain watcher sees deposits before their buyers send inputs). A batch is
// recorded in every one of its jobs, in one store transaction, and paid by
// one fulfilBatch transaction. A batch that can no longer be paid as a
// whole (one of its jobs refunded, past its deadline or paid otherwise)
// sends its open jobs back to the queue, to be proved one by one.

// checkBatchKeys checks a served model's batch keys against the registry:
// each registered at its index for its batch size, with this key.
func (s *Service) checkBatchKeys(ctx context.Context, m Model, e contracts.Model) ([]BatchKeys, error) {
	var out []BatchKeys
	for _, b := range m.Batches {
		k := b.Keys
		switch {
		case k.Options.Batch < 2:
			return nil, fmt.Errorf("model #%d: the keys given for batch key %d prove one inference", m.ID, b.Index)
		case prover.CircuitID(m.Model, k.Options) != k.ID:
			return nil, fmt.Errorf("model #%d: batch keys %s are not for %s", m.ID, k.ID, m.Model.Name)
		case k.Options.Input == prover.Public:
			// a batch bundle would show every buyer the others' inputs
			return nil, fmt.Errorf("model #%d: batch keys %s take public inputs; batches are for committed inputs", m.ID, k.ID)
		case k.System() != m.Keys.System() || k.Options.Input != m.Keys.Options.Input || k.Options.Output != m.Keys.Options.Output:
			return nil, fmt.Errorf("model #%d: batch keys %s are for %s, the model is served with %s", m.ID, k.ID, k.Options, m.Keys.Options)
		case b.Index >= uint64(e.BatchKeys):
			return nil, fmt.Errorf("model #%d has %d batch keys registered, not index %d: register it first", m.ID, e.BatchKeys, b.Index)
		}
		bk, err := s.cfg.Market.BatchKey(ctx, new(big.Int).SetUint64(m.ID), b.Index)
		if err != nil {
			return nil, fmt.Errorf("model #%d batch key %d: %w", m.ID, b.Index, err)
		}
		if int(bk.Jobs) != k.Options.Batch || !chainKeyIs(k, bk.VerifyingKeyHash) {
			return nil, fmt.Errorf("model #%d: batch key %d in the registry is not the key of %s (%d jobs)", m.ID, b.Index, k.ID, k.Options.Batch)
		}
		out = append(out, b)
	}
	// largest first: a worker takes the largest batch that fits
	sort.Slice(out, func(i, j int) bool { return out[i].Keys.Options.Batch > out[j].Keys.Options.Batch })
	return out, nil
}

// gather returns the jobs to prove with job id: id alone, or a batch and
// the key to prove it with.
func (s *Service) gather(ctx context.Context, id uint64) ([]uint64, *BatchKeys) {
	j, ok, err := s.cfg.Store.Get(id)
	if err != nil || !ok || j.State != StateQueued || s.cfg.MaxBatch < 2 {
		return []uint64{id}, nil
	}
	m := s.models[j.ModelID]
	if m == nil || len(m.batches) == 0 || j.BatchKeys == 0 {
		return []uint64{id}, nil
	}
	largest := 0
	for _, b := range m.batches {
		if n := b.Keys.Options.Batch; n <= s.cfg.MaxBatch && b.Index < uint64(j.BatchKeys) {
			largest = max(largest, n)
		}
	}
	if largest < 2 {
		return []uint64{id}, nil
	}
	// jobs of the same model that accept every key this one does
	fits := func(other uint64) bool {
		o, ok, err := s.cfg.Store.Get(other)
		return err == nil && ok && o.State == StateQueued && o.ModelID == j.ModelID && o.BatchKeys >= j.BatchKeys
	}
	ids := append([]uint64{id}, s.queue.take(fits, largest-1)...)
	if len(ids) == 1 && !s.awaitingFor(j.ModelID, id) {
		return ids, nil // nothing else waits
	}
	// more may come: wait for them, up to BatchWait
	deadline := time.Now().Add(s.cfg.BatchWait)
	for len(ids) < largest && ctx.Err() == nil {
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		time.Sleep(min(left, 20*time.Millisecond))
		ids = append(ids, s.queue.take(fits, largest-len(ids))...)
	}
	for _, b := range m.batches {
		if n := b.Keys.Options.Batch; n <= len(ids) && n <= s.cfg.MaxBatch && b.Index < uint64(j.BatchKeys) {
			s.queue.pushFront(ids[n:]...)
			return ids[:n], &b
		}
	}
	// no batch key fits this many: the first goes alone, the rest wait
	s.queue.pushFront(ids[1:]...)
	return ids[:1], nil
}

// awaitInput records a deposited job, accepting batch keys, whose input has not
// come yet.
func (s *Service) awaitInput(j *Job) {
	if j.BatchKeys == 0 || s.cfg.MaxBatch < 2 {
		return
	}
	s.awaitMu.Lock()
	s.awaiting[j.ID] = j.ModelID
	s.awaitMu.Unlock()
}

// arrived forgets a job whose input came or whose deadline passed.
func (s *Service) arrived(id uint64) {
	s.awaitMu.Lock()
	delete(s.awaiting, id)
	s.awaitMu.Unlock()
}

// awaitingFor reports whether a job of model, other than id, was deposited
// for a batch and its input is still to come.
func (s *Service) awaitingFor(model, id uint64) bool {
	s.awaitMu.Lock()
	defer s.awaitMu.Unlock()
	for j, m := range s.awaiting {
		if m == model && j != id {
			return true
		}
	}
	return false
}

// proveBatch proves jobs ids in one batch proof under b and records it in
// every job at once. When the batch cannot be proved, its jobs go back to
// the queue to be proved one by one.
func (s *Service) proveBatch(ctx context.Context, ids []uint64, b *BatchKeys) {
	jobs, err := s.cfg.Store.UpdateAll(ids, func(j *Job) error {
		if j.State != StateQueued {
			return fmt.Errorf("job %d is %s, not queued", j.ID, j.State)
		}
		j.State = StateProving
		return nil
	})
	if err != nil {
		s.log.Warn("batch not started", "jobs", ids, "err", err)
		s.queue.pushFront(ids...)
		return
	}
	m := s.models[jobs[0].ModelID]
	log := s.log.With("jobs", ids, "model", m.model.Name, "batch", len(ids))
	log.Info("proving a batch")
	t := &Task{Model: m.model, Keys: b.Keys, Domain: s.domain, Provider: s.addr()}
	for _, j := range jobs {
		t.Jobs = append(t.Jobs, TaskJob{ID: j.ID, Input: j.Input, InputSalt: j.InputSalt.Element()})
	}
	var proved *Result
	err = s.cfg.Prover.Prove(ctx, t, keep(t, &proved, func(r *Result) error {
		sigs := make([][]byte, len(ids))
		for i := range ids {
			a, err := AttestationOfBatch(ids[i], r.BatchBundle, i)
			if err != nil {
				return fmt.Errorf("%w: %v", ErrRejected, err)
			}
			if sigs[i], err = s.cfg.Signer.Sign(a.Hash(s.domain)); err != nil {
				return err
			}
		}
		next := 0
		_, err := s.cfg.Store.UpdateAll(ids, func(j *Job) error {
			if j.State != StateProving {
				return errSkip // a late duplicate
			}
			i := next
			next++
			o := r.Openings[i]
			j.State, j.BatchBundle, j.BatchIndex, j.BatchKey = StateProved, r.BatchBundle, i, b.Index
			j.Output, j.OutputSalt, j.Attestation, j.ProveTime, j.Worker = o.Output, o.OutputSalt, sigs[i], r.ProveTime, r.Worker
			return nil
		})
		return err
	}))
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, ErrRejected) {
			log.Info("stopped before the batch proof came; its jobs resume on the next start", "err", err)
			return
		}
		log.Error("batch proving failed; its jobs are proved one by one", "err", err)
		if _, serr := s.cfg.Store.UpdateAll(ids, func(j *Job) error {
			j.State, j.BatchKeys = StateQueued, 0
			return nil
		}); serr != nil {
			log.Error("job store", "err", serr)
			return
		}
		s.queue.pushFront(ids...)
		return
	}
	s.observe(proved)
	log.Info("proved a batch", "seconds", proved.ProveTime.Seconds(), "per_job", proved.ProveTime.Seconds()/float64(len(ids)), "worker", proved.Worker)
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// batchOf lists the stored jobs of j's batch, in the proof's order.
func (s *Service) batchOf(j *Job) ([]*Job, error) {
	var out []*Job
	for _, id := range j.BatchBundle.Job.IDs {
		o, ok, err := s.cfg.Store.Get(id.Uint64())
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("job %s of job %d's batch is not in the store", id, j.ID)
		}
		out = append(out, o)
	}
	return out, nil
}

// fulfilBatch brings a proved batch to paid, idempotently as fulfil does
// for one job. A batch that can no longer be paid as a whole settles what
// the chain settled and sends its open jobs back to the queue.
func (s *Service) fulfilBatch(ctx context.Context, jobs []*Job) error {
	ids := make([]uint64, len(jobs))
	bigIDs := make([]*big.Int, len(jobs))
	open := 0
	var head uint64
	if h, err := s.cfg.Chain.Head(ctx); err == nil {
		head = h.Time
	}
	broken := false
	for i, j := range jobs {
		ids[i], bigIDs[i] = j.ID, new(big.Int).SetUint64(j.ID)
		cj, err := s.cfg.Market.Job(ctx, bigIDs[i])
		if err != nil {
			return err
		}
		switch {
		case cj.State == contracts.JobOpen && head > cj.Deadline:
			broken = true
		case cj.State == contracts.JobOpen:
			open++
		default:
			broken = true
		}
	}
	if open == 0 || broken {
		return s.unbatch(ctx, jobs)
	}
	first := jobs[0]
	if first.FulfilTx != nil {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(first.FulfilTx); err != nil {
			return err
		}
		if err := s.cfg.Chain.Broadcast(ctx, &tx); err != nil {
			if !isNonceUsed(err) {
				return err
			}
			s.resetNonce()
			if _, err := s.cfg.Store.UpdateAll(ids, func(j *Job) error {
				j.FulfilTx, j.FulfilTxHash, j.State = nil, common.Hash{}, StateProved
				return nil
			}); err != nil {
				return err
			}
			return errors.New("the stored batch fulfil transaction's nonce is used; signing a new one")
		}
		return s.awaitAll(ctx, ids, &tx)
	}
	bb := first.BatchBundle
	sol, err := prover.SolidityBatchProof(bb)
	if err != nil {
		return s.unbatch(ctx, jobs)
	}
	outs, public := prover.BatchChainInputs(bb.Statement())
	nonce, err := s.nextNonce(ctx)
	if err != nil {
		return err
	}
	tx, err := s.cfg.Market.SignFulfillBatch(ctx, s.cfg.From, nonce, bigIDs, first.BatchKey, outs, public, sol)
	if err != nil {
		var rev *contracts.RevertError
		if errors.As(err, &rev) {
			s.log.Warn("the escrow refuses the batch; its jobs are proved one by one", "jobs", ids, "err", err)
			return s.unbatch(ctx, jobs)
		}
		return err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	if _, err := s.cfg.Store.UpdateAll(ids, func(j *Job) error {
		j.FulfilTx, j.FulfilTxHash, j.State = raw, tx.Hash(), StateSubmitted
		return nil
	}); err != nil {
		return err
	}
	s.advanceNonce(nonce)
	s.log.Info("batch fulfil sent", "jobs", ids, "tx", tx.Hash().Hex(), "nonce", nonce)
	if err := s.cfg.Chain.Broadcast(ctx, tx); err != nil {
		return err
	}
	return s.awaitAll(ctx, ids, tx)
}

// awaitAll is await for the jobs of a batch.
func (s *Service) awaitAll(ctx context.Context, ids []uint64, tx *types.Transaction) error {
	wctx, cancel := context.WithTimeout(ctx, s.cfg.TxTimeout)
	defer cancel()
	r, err := s.cfg.Chain.WaitMined(wctx, tx)
	switch {
	case err == nil:
		var errs []error
		for _, id := range ids {
			errs = append(errs, s.finish(id, StatePaid, "", r.GasUsed/uint64(len(ids)), "fulfilled in a batch"))
		}
		return errors.Join(errs...)
	case r != nil:
		s.resetNonce()
		_, uerr := s.cfg.Store.UpdateAll(ids, func(j *Job) error {
			j.FulfilTx, j.FulfilTxHash, j.State = nil, common.Hash{}, StateProved
			return nil
		})
		return errors.Join(err, uerr)
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		s.log.Warn("batch fulfil transaction not mined yet; it will be sent again", "jobs", ids, "tx", tx.Hash().Hex())
		return nil
	}
	return err
}

// unbatch settles what the chain settled of a batch that cannot be paid as
// a whole, and queues its open jobs to be proved one by one.
func (s *Service) unbatch(ctx context.Context, jobs []*Job) error {
	for _, j := range jobs {
		cj, err := s.cfg.Market.Job(ctx, new(big.Int).SetUint64(j.ID))
		if err != nil {
			return err
		}
		now, herr := s.cfg.Chain.Head(ctx)
		switch {
		case cj.State == contracts.JobPaid:
			err = s.finish(j.ID, StatePaid, "", 0, "already fulfilled on chain")
		case cj.State == contracts.JobOpen && herr == nil && now.Time > cj.Deadline:
			err = s.finish(j.ID, StateExpired, "the deadline passed before the batch was on chain", 0, "expired")
		case cj.State == contracts.JobRefunded:
			err = s.finish(j.ID, StateExpired, "refunded to the buyer before it was fulfilled", 0, "refunded")
		default:
			_, err = s.cfg.Store.Update(j.ID, func(j *Job) error {
				if j.State.Terminal() {
					return errSkip
				}
				j.State, j.BatchKeys, j.BatchBundle, j.BatchIndex, j.BatchKey = StateQueued, 0, nil, 0, 0
				j.FulfilTx, j.FulfilTxHash, j.Output, j.Attestation = nil, common.Hash{}, nil, nil
				return nil
			})
			if errors.Is(err, errSkip) {
				err = nil
				break
			}
			if err == nil {
				s.log.Info("job leaves its batch, to be proved alone", "job", j.ID)
				s.queue.pushResumed(j.ID)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}
