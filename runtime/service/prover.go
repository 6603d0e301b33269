package service

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// Prover proves the tasks the service's workers take: InProcess by
// default, or a pool of workers on other processes and machines
// (runtime/cluster).
type Prover interface {
	// Prove proves t and hands the result to store, which keeps it
	// durably (the job store) or refuses it. Prove returns nil once store
	// has kept a result; an error when the task cannot be proved (its jobs
	// fail), when store refused the result with ErrRejected, or when ctx
	// is done.
	Prove(ctx context.Context, t *Task, store func(*Result) error) error
}

// ErrRejected wraps store's refusal of a result that does not prove its
// task: the task fails rather than being proved again.
var ErrRejected = errors.New("result rejected")

// Task is one proof to make: one job, or a batch of jobs of one model in
// the proof's order.
type Task struct {
	Model *models.Model
	// Keys are the keys of the circuit to prove: the model's single
	// circuit for one job, a batch circuit of len(Jobs) for a batch.
	Keys     *prover.Keys
	Jobs     []TaskJob
	Domain   Domain
	Provider common.Address
}

// TaskJob is a job of a task: its escrow id and the buyer's input with the
// salt of its commitment; for an encrypted output, the buyer's key.
type TaskJob struct {
	ID        uint64
	Input     []int8
	InputSalt fr.Element
	BuyerKey  *prover.Field
}

// Batch reports a task proved by a batch circuit.
func (t *Task) Batch() bool { return t.Keys.Options.Batch > 1 }

// Job is the escrow job the proof of a single task is bound to.
func (t *Task) Job() *prover.Job {
	return &prover.Job{ChainID: t.Domain.ChainID, Escrow: t.Domain.Escrow, ID: new(big.Int).SetUint64(t.Jobs[0].ID), Provider: t.Provider, BuyerKey: t.Jobs[0].BuyerKey}
}

// BatchJob is the list of escrow jobs the proof of a batch task is bound to.
func (t *Task) BatchJob() *prover.BatchJob {
	bj := &prover.BatchJob{ChainID: t.Domain.ChainID, Escrow: t.Domain.Escrow, Provider: t.Provider}
	for _, j := range t.Jobs {
		bj.IDs = append(bj.IDs, new(big.Int).SetUint64(j.ID))
	}
	return bj
}

// Result is a task's proof: Bundle for one job, BatchBundle for a batch,
// and one opening per job, in the task's order.
type Result struct {
	Bundle      *prover.Bundle
	BatchBundle *prover.BatchBundle
	Openings    []*prover.Opening
	// Worker names the worker that proved it ("" in this process).
	Worker string
	// Wait is the time from the task's publication to the start of its
	// proof; ProveTime the proof's (witness included).
	Wait      time.Duration
	ProveTime time.Duration
}

// InProcess proves tasks in this process: the default Prover.
type InProcess struct{}

// Prove proves t here and hands the result to store. A panic in the
// prover fails the task instead of the process, which would otherwise
// resume the same job and crash again.
func (InProcess) Prove(ctx context.Context, t *Task, store func(*Result) error) error {
	r, err := ProveTask(ctx, t)
	if err != nil {
		return err
	}
	return store(r)
}

// ProveTask proves a task in this process: what InProcess and every remote
// worker run. A panic in the prover is returned as an error.
func ProveTask(ctx context.Context, t *Task) (r *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("the prover panicked: %v", p)
		}
	}()
	if len(t.Jobs) == 0 || (t.Batch() && len(t.Jobs) != t.Keys.Options.Batch) || (!t.Batch() && len(t.Jobs) != 1) {
		return nil, fmt.Errorf("a task of %d jobs for circuit %s (%d per proof)", len(t.Jobs), t.Keys.ID, max(1, t.Keys.Options.Batch))
	}
	start := time.Now()
	r = &Result{}
	if !t.Batch() {
		j := t.Jobs[0]
		b, o, _, err := prover.Prove(ctx, t.Keys, t.Model, j.Input, &j.InputSalt, t.Job())
		if err != nil {
			return nil, err
		}
		r.Bundle, r.Openings = b, []*prover.Opening{o}
	} else {
		inputs := make([][]int8, len(t.Jobs))
		salts := make([]*fr.Element, len(t.Jobs))
		for i := range t.Jobs {
			inputs[i], salts[i] = t.Jobs[i].Input, &t.Jobs[i].InputSalt
		}
		b, os, _, err := prover.ProveBatch(ctx, t.Keys, t.Model, inputs, salts, t.BatchJob())
		if err != nil {
			return nil, err
		}
		r.BatchBundle, r.Openings = b, os
	}
	r.ProveTime = time.Since(start)
	return r, nil
}

// Check verifies a result against its task: the proof under the task's
// verifying key, bound to the task's jobs, and each opening opens its
// job's input (the buyer's input and salt) and its output commitment. The
// service checks every result a worker elsewhere sends before storing it.
func (t *Task) Check(r *Result) error {
	if len(r.Openings) != len(t.Jobs) {
		return fmt.Errorf("%d openings for %d jobs", len(r.Openings), len(t.Jobs))
	}
	for i, j := range t.Jobs {
		o := r.Openings[i]
		if o == nil || !slices.Equal(o.Input, j.Input) || o.InputSalt.Element() != j.InputSalt {
			return fmt.Errorf("the opening of job %d is not of the buyer's input", j.ID)
		}
	}
	if !t.Batch() {
		if r.Bundle == nil {
			return errors.New("no bundle")
		}
		if r.Bundle.Options != t.Keys.Options {
			return fmt.Errorf("the bundle proves a circuit with %s, the task is for %s", r.Bundle.Options, t.Keys.Options)
		}
		return verifier.Verify(r.Bundle, t.Keys.VK, verifier.Expect{Model: t.Model, Opening: r.Openings[0], Job: t.Job()})
	}
	if r.BatchBundle == nil {
		return errors.New("no batch bundle")
	}
	if r.BatchBundle.Options != t.Keys.Options {
		return fmt.Errorf("the batch proves a circuit with %s, the task is for %s", r.BatchBundle.Options, t.Keys.Options)
	}
	open := map[int]*prover.Opening{}
	for i, o := range r.Openings {
		open[i] = o
	}
	return verifier.VerifyBatch(r.BatchBundle, t.Keys.VK, verifier.BatchExpect{Model: t.Model, Job: t.BatchJob(), Openings: open})
}
