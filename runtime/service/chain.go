package service

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/prover"
)

// maxBackoff caps the wait between two chain attempts for one job.
const maxBackoff = time.Minute

// fulfiller claims the payment of every proved job, one transaction at a
// time so that nonces are assigned in order.
func (s *Service) fulfiller(ctx context.Context) {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		s.fulfilAll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-t.C:
		}
	}
}

// fulfilAll runs one round. Jobs whose signed transaction is stored come
// first, in nonce order, and are sent again every round whatever their
// backoff, so that the node holds every lower nonce before a new one is
// signed; the round stops at the first job that fails, so a transaction
// that did not reach the node never has a successor waiting behind it.
func (s *Service) fulfilAll(ctx context.Context) {
	now := time.Now()
	jobs, err := s.cfg.Store.List(func(j *Job) bool {
		return j.State == StateSubmitted || j.State == StateProved && !now.Before(j.NextAttempt)
	})
	if err != nil {
		s.log.Error("job store", "err", err)
		return
	}
	nonceOf := func(j *Job) uint64 {
		var tx types.Transaction
		if j.FulfilTx == nil || tx.UnmarshalBinary(j.FulfilTx) != nil {
			return math.MaxUint64
		}
		return tx.Nonce()
	}
	sort.SliceStable(jobs, func(a, b int) bool { return nonceOf(jobs[a]) < nonceOf(jobs[b]) })
	batched := map[uint64]bool{} // jobs settled with their batch this round
	for _, j := range jobs {
		if ctx.Err() != nil {
			return
		}
		if batched[j.ID] {
			continue
		}
		if j.BatchBundle != nil {
			batch, err := s.batchOf(j)
			if err == nil {
				err = s.fulfilBatch(ctx, batch)
			}
			for _, o := range batch {
				batched[o.ID] = true
			}
			if err != nil {
				for _, o := range batch {
					if !o.State.Terminal() {
						s.retryLater(o.ID, err)
					}
				}
				return
			}
			continue
		}
		if err := s.fulfil(ctx, j); err != nil {
			s.retryLater(j.ID, err)
			return
		}
	}
}

// retryLater records a failed chain attempt and backs off exponentially.
// The error is logged, not stored: it may hold the node's URL.
func (s *Service) retryLater(id uint64, err error) {
	s.metrics.chainErrors.WithLabelValues("fulfil").Inc()
	j, serr := s.cfg.Store.Update(id, func(j *Job) error {
		j.Attempts++
		d := time.Duration(1<<min(j.Attempts, 10)) * 100 * time.Millisecond
		j.NextAttempt = time.Now().Add(min(d, maxBackoff))
		j.Error = fmt.Sprintf("claiming the payment failed %d times; retrying", j.Attempts)
		return nil
	})
	if serr != nil {
		s.log.Error("job store", "job", id, "err", serr)
		return
	}
	s.log.Warn("fulfil failed, will retry", "job", id, "attempt", j.Attempts, "retry_at", j.NextAttempt.Format(time.RFC3339), "err", err)
}

// fulfil brings one proved job to paid. It is idempotent: a job the escrow
// has already paid is marked paid without a transaction; a job whose
// signed transaction is stored sends that same transaction again (same
// nonce, same hash), so a crash between sending and recording never leads
// to a second claim.
func (s *Service) fulfil(ctx context.Context, j *Job) error {
	id := new(big.Int).SetUint64(j.ID)
	cj, err := s.cfg.Market.Job(ctx, id)
	if err != nil {
		return err
	}
	switch cj.State {
	case contracts.JobPaid:
		return s.finish(j.ID, StatePaid, "", 0, "already fulfilled on chain")
	case contracts.JobRefunded:
		return s.finish(j.ID, StateExpired, "refunded to the buyer before it was fulfilled", 0, "refunded")
	}
	if j.FulfilTx != nil {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(j.FulfilTx); err != nil {
			return err
		}
		if err := s.cfg.Chain.Broadcast(ctx, &tx); err != nil {
			if !isNonceUsed(err) {
				return err
			}
			// the nonce is taken: by this transaction (mined, and so
			// reverted, as the job is still open) or by another one; either
			// way it can never be mined again: sign anew next round
			s.resetNonce()
			if _, err := s.cfg.Store.Update(j.ID, func(j *Job) error {
				j.FulfilTx, j.FulfilTxHash, j.State = nil, common.Hash{}, StateProved
				return nil
			}); err != nil {
				return err
			}
			return errors.New("the stored fulfil transaction's nonce is used; signing a new one")
		}
		return s.await(ctx, j.ID, &tx)
	}
	if now, err := s.cfg.Chain.Head(ctx); err == nil && now.Time > cj.Deadline {
		return s.finish(j.ID, StateExpired, "the deadline passed before the proof was on chain", 0, "expired")
	}
	sol, err := prover.SolidityProof(j.Bundle)
	if err != nil {
		return s.finish(j.ID, StateFailed, "solidity proof: "+err.Error(), 0, "failed")
	}
	out, public := prover.ChainInputs(j.Bundle.Statement())
	nonce, err := s.nextNonce(ctx)
	if err != nil {
		return err
	}
	tx, err := s.cfg.Market.SignFulfill(ctx, s.cfg.From, nonce, id, out, public, sol)
	if err != nil {
		var rev *contracts.RevertError
		if errors.As(err, &rev) {
			switch rev.Name {
			case "InvalidProof", "WrongPublicOutputCount":
				return s.finish(j.ID, StateFailed, "the escrow refuses the proof: "+err.Error(), 0, "failed")
			case "DeadlinePassed":
				return s.finish(j.ID, StateExpired, err.Error(), 0, "expired")
			}
		}
		return err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	// stored before it is sent: after a crash the same bytes go out again
	if _, err := s.cfg.Store.Update(j.ID, func(j *Job) error {
		j.FulfilTx, j.FulfilTxHash, j.State = raw, tx.Hash(), StateSubmitted
		return nil
	}); err != nil {
		return err
	}
	s.advanceNonce(nonce)
	s.log.Info("fulfil sent", "job", j.ID, "tx", tx.Hash().Hex(), "nonce", nonce)
	if err := s.cfg.Chain.Broadcast(ctx, tx); err != nil {
		return err
	}
	return s.await(ctx, j.ID, tx)
}

// buyerKey reads the encryption key the buyer of job id named at deposit.
// A key that names no point of the curve's prime subgroup is recorded as
// it is: the job cannot be proved, and fails when its turn comes.
func (s *Service) buyerKey(ctx context.Context, id *big.Int) (*prover.Field, error) {
	k, err := s.cfg.Market.BuyerKey(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("job %s's buyer key: %w", id, err)
	}
	f := prover.FieldOfBig(k)
	return &f, nil
}

// await waits, for at most TxTimeout, for a sent fulfil transaction. One
// still unmined is not an error: it is in the node's pool, and the next
// round sends it again and waits anew.
func (s *Service) await(ctx context.Context, id uint64, tx *types.Transaction) error {
	wctx, cancel := context.WithTimeout(ctx, s.cfg.TxTimeout)
	defer cancel()
	r, err := s.cfg.Chain.WaitMined(wctx, tx)
	switch {
	case err == nil:
		return s.finish(id, StatePaid, "", r.GasUsed, "fulfilled")
	case r != nil:
		// mined and reverted: the next round reads the job's state again
		s.resetNonce()
		_, uerr := s.cfg.Store.Update(id, func(j *Job) error {
			j.FulfilTx, j.FulfilTxHash, j.State = nil, common.Hash{}, StateProved
			return nil
		})
		return errors.Join(err, uerr)
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		s.log.Warn("fulfil transaction not mined yet; it will be sent again", "job", id, "tx", tx.Hash().Hex(), "waited", s.cfg.TxTimeout)
		return nil
	}
	return err
}

func (s *Service) finish(id uint64, st State, msg string, gas uint64, what string) error {
	_, err := s.cfg.Store.Update(id, func(j *Job) error {
		if j.State.Terminal() {
			return errSkip // settled meanwhile: keep what was recorded
		}
		j.State, j.Error = st, msg
		if gas != 0 {
			j.FulfilGas = gas
		}
		return nil
	})
	if errors.Is(err, errSkip) {
		return nil
	}
	if err == nil {
		s.log.Info("job "+what, "job", id, "state", string(st), "gas", gas)
	}
	return err
}

func isNonceUsed(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "nonce too low") || strings.Contains(m, "replacement transaction underpriced")
}

// nextNonce is the nonce of the next transaction: the service counts its
// own, and never goes below the node's pending nonce (transactions sent
// from the account by someone else).
func (s *Service) nextNonce(ctx context.Context) (uint64, error) {
	s.nonceMu.Lock()
	defer s.nonceMu.Unlock()
	pending, err := s.cfg.Chain.PendingNonceAt(ctx, s.addr())
	if err != nil {
		return 0, err
	}
	if s.nonce != nil && *s.nonce > pending {
		return *s.nonce, nil
	}
	return pending, nil
}

func (s *Service) advanceNonce(used uint64) {
	s.nonceMu.Lock()
	defer s.nonceMu.Unlock()
	n := used + 1
	s.nonce = &n
}

func (s *Service) resetNonce() {
	s.nonceMu.Lock()
	defer s.nonceMu.Unlock()
	s.nonce = nil
}

// watcher follows the escrow's JobCreated events for this provider and
// records each job of a served model as deposited; it marks jobs whose
// deadline passed before the buyer sent the input as expired.
func (s *Service) watcher(ctx context.Context) {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		if err := s.scan(ctx); err != nil && ctx.Err() == nil {
			s.metrics.chainErrors.WithLabelValues("watch").Inc()
			s.log.Warn("chain watcher", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// maxScan bounds the blocks one log query covers.
const maxScan = 5000

func (s *Service) scan(ctx context.Context) error {
	head, err := s.cfg.Chain.Head(ctx)
	if err != nil {
		return err
	}
	cursor, ok, err := s.cfg.Store.Cursor()
	if err != nil {
		return err
	}
	from := s.cfg.FromBlock
	if ok {
		from = cursor + 1
	}
	for from <= head.Number.Uint64() {
		to := min(from+maxScan-1, head.Number.Uint64())
		evs, err := s.cfg.Market.JobsCreated(ctx, s.addr(), from, to)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			if !ev.JobId.IsUint64() || !ev.ModelId.IsUint64() {
				continue
			}
			if _, served := s.models[ev.ModelId.Uint64()]; !served {
				s.log.Warn("job for a model this service does not serve", "job", ev.JobId, "model", ev.ModelId)
				continue
			}
			if _, known, err := s.cfg.Store.Get(ev.JobId.Uint64()); err != nil || known {
				if err != nil {
					return err
				}
				continue
			}
			// a history scan also finds jobs long settled: only open ones are work
			cj, err := s.cfg.Market.Job(ctx, ev.JobId)
			if err != nil {
				return err
			}
			if cj.State != contracts.JobOpen {
				continue
			}
			j := &Job{ID: ev.JobId.Uint64(), ModelID: ev.ModelId.Uint64(), Buyer: ev.Buyer, Deadline: ev.Deadline, State: StateDeposited, BatchKeys: cj.BatchKeys}
			if cj.EncryptedOutput {
				if j.BuyerKey, err = s.buyerKey(ctx, ev.JobId); err != nil {
					return err
				}
			}
			added, err := s.cfg.Store.Record(j)
			if err != nil {
				return err
			}
			if added {
				s.awaitInput(j)
				s.log.Info("job deposited", "job", ev.JobId, "model", ev.ModelId, "buyer", ev.Buyer.Hex(), "amount_wei", ev.Amount)
			}
		}
		if err := s.cfg.Store.SetCursor(to); err != nil {
			return err
		}
		s.watchMu.Lock()
		s.watchHead = to
		s.watchMu.Unlock()
		from = to + 1
	}
	// deposits whose input never came
	stale, err := s.cfg.Store.List(func(j *Job) bool { return j.State == StateDeposited && j.Deadline < head.Time })
	if err != nil {
		return err
	}
	for _, j := range stale {
		_, err := s.cfg.Store.Update(j.ID, func(j *Job) error {
			if j.State != StateDeposited {
				return errSkip // the input came meanwhile
			}
			j.State, j.Error = StateExpired, "the deadline passed before the buyer sent the input"
			return nil
		})
		s.arrived(j.ID)
		if err != nil && !errors.Is(err, errSkip) {
			return err
		}
	}
	return nil
}
