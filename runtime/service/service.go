package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// Model is a model the service proves: its registry id, the model and the
// keys of its circuit.
type Model struct {
	ID    uint64
	Model *models.Model
	Keys  *prover.Keys
	// Batches are the keys of the model's registered batch circuits
	// (none: every job is proved alone).
	Batches []BatchKeys
}

// Config is what a Service needs. Chain, Market, Signer, From, Store and
// at least one model are required.
type Config struct {
	Chain  *contracts.Backend
	Market *contracts.Market
	// Signer signs attestations; From signs transactions. Both are the
	// provider's account, the one registered for every model.
	Signer Signer
	From   *bind.TransactOpts
	Models []Model
	Store  *Store

	// Workers is the number of jobs (or batches) proved at once
	// (default 1): by this process, or, with a remote Prover, the number
	// of tasks handed to it at once.
	Workers int
	// Prover proves the tasks (default InProcess); runtime/cluster's
	// Dispatcher hands them to workers elsewhere.
	Prover Prover
	// Metrics are added to the service's /metrics (a remote Prover's).
	Metrics []prometheus.Collector
	// MaxBatch is the largest batch a worker proves in one proof; below 2
	// every job is proved alone. BatchWait is the longest a worker waits
	// for more jobs when some are queued but fewer than the largest batch
	// (default 2s).
	MaxBatch  int
	BatchWait time.Duration
	// Queue is the number of accepted jobs that may wait for a worker;
	// beyond it a request gets 429 (default 16).
	Queue int
	// Poll is how often the chain is polled for new jobs and fulfilments
	// are retried (default 2s).
	Poll time.Duration
	// FromBlock is where the chain watcher starts on an empty store.
	FromBlock uint64
	// TxTimeout bounds the wait for one fulfil transaction to be mined
	// before the fulfiller moves on (default 2 minutes).
	TxTimeout time.Duration
	// MaxBody bounds request bodies (default MaxRequestBody).
	MaxBody int64
	// Log receives the service's structured log (default: discarded).
	Log *slog.Logger
}

// served is a model with what the registry says of it.
type served struct {
	id    uint64
	model *models.Model
	keys  *prover.Keys
	entry contracts.Model
	// batches, largest first
	batches []BatchKeys
}

// Service is a provider: the API, the prover workers, the chain watcher
// and the fulfiller over one durable store.
type Service struct {
	cfg     Config
	domain  Domain
	models  map[uint64]*served
	log     *slog.Logger
	queue   *queue
	metrics *metrics
	wake    chan struct{} // a job was proved: run the fulfiller now

	nonceMu sync.Mutex
	nonce   *uint64 // next nonce, nil until read from the chain

	watchMu   sync.Mutex
	watchHead uint64 // the last block the watcher scanned

	// awaiting holds the jobs deposited for a model, accepting batch keys,
	// whose input has not come yet (job id → model id): a worker waits
	// for them before proving a job alone.
	awaitMu  sync.Mutex
	awaiting map[uint64]uint64

	// stats are the page's live figures (page.go)
	stats *stats
}

// New checks the configuration against the chain (every model registered,
// active, by this provider, with this commitment) and returns a service
// ready to Run.
func New(ctx context.Context, cfg Config) (*Service, error) {
	switch {
	case cfg.Chain == nil || cfg.Market == nil:
		return nil, errors.New("service: no chain or market")
	case cfg.Store == nil:
		return nil, errors.New("service: no job store")
	case cfg.From == nil || cfg.Signer.SignHash == nil:
		return nil, errors.New("service: no signing account")
	case cfg.From.From != cfg.Signer.Address:
		return nil, fmt.Errorf("service: transactions are signed by %s, attestations by %s", cfg.From.From.Hex(), cfg.Signer.Address.Hex())
	case len(cfg.Models) == 0:
		return nil, errors.New("service: no model to serve")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 1
	}
	if cfg.Queue <= 0 {
		cfg.Queue = 16
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 2 * time.Second
	}
	if cfg.BatchWait <= 0 {
		cfg.BatchWait = 2 * time.Second
	}
	if cfg.TxTimeout <= 0 {
		cfg.TxTimeout = 2 * time.Minute
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = MaxRequestBody
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Prover == nil {
		cfg.Prover = InProcess{}
	}
	chainID, err := cfg.Chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	s := &Service{cfg: cfg, domain: Domain{ChainID: chainID, Escrow: cfg.Market.Escrow}, models: map[uint64]*served{},
		log: cfg.Log, queue: newQueue(cfg.Queue), wake: make(chan struct{}, 1), awaiting: map[uint64]uint64{}}
	for _, m := range cfg.Models {
		if _, dup := s.models[m.ID]; dup {
			return nil, fmt.Errorf("model #%d is configured twice", m.ID)
		}
		if id := prover.CircuitID(m.Model, m.Keys.Options); id != m.Keys.ID {
			return nil, fmt.Errorf("model #%d (%s): keys are for circuit %s, the model compiles to %s", m.ID, m.Model.Name, m.Keys.ID, id)
		}
		e, err := cfg.Market.Model(ctx, new(big.Int).SetUint64(m.ID))
		if err != nil {
			return nil, fmt.Errorf("model #%d in the registry: %w", m.ID, err)
		}
		c := m.Model.Commitment()
		outputs := prover.ChainOutputs(m.Model, m.Keys.Options)
		encrypted := m.Keys.Options.Output == prover.Encrypted
		switch {
		case e.Provider != cfg.Signer.Address:
			return nil, fmt.Errorf("model #%d is registered by %s, not by this provider (%s)", m.ID, e.Provider.Hex(), cfg.Signer.Address.Hex())
		case !e.Active:
			return nil, fmt.Errorf("model #%d is retired", m.ID)
		case e.Commitment.Cmp(c.BigInt(new(big.Int))) != 0:
			return nil, fmt.Errorf("model #%d is registered with commitment 0x%064x, %s has %s", m.ID, e.Commitment, m.Model.Name, prover.Field(c))
		case contracts.ProofSystem(e.ProofSystem).String() != m.Keys.System():
			return nil, fmt.Errorf("model #%d is registered for %s proofs; its keys here are %s keys", m.ID, contracts.ProofSystem(e.ProofSystem), m.Keys.System())
		case !chainKeyIs(m.Keys, e.VerifyingKeyHash):
			return nil, fmt.Errorf("model #%d is registered with another verifying key than its keys here (%s): the escrow would refuse every proof", m.ID, m.Keys.Dir)
		case e.PublicOutputs != outputs:
			return nil, fmt.Errorf("model #%d is registered with %d public outputs, the circuit (%s) has %d", m.ID, e.PublicOutputs, m.Keys.Options, outputs)
		case e.EncryptedOutput != encrypted:
			return nil, fmt.Errorf("model #%d is registered with encrypted output %v, the circuit (%s) has %v: the escrow would refuse every proof", m.ID, e.EncryptedOutput, m.Keys.Options, encrypted)
		}
		batches, err := s.checkBatchKeys(ctx, m, e)
		if err != nil {
			return nil, err
		}
		s.models[m.ID] = &served{id: m.ID, model: m.Model, keys: m.Keys, entry: e, batches: batches}
	}
	s.metrics = newMetrics(cfg.Store, s.queue.len, cfg.Metrics...)
	s.stats = &stats{}
	return s, nil
}

// Domain is the EIP-712 domain of the service's signatures.
func (s *Service) Domain() Domain { return s.domain }

// Models describes the served models, in id order.
func (s *Service) Models() []ModelView {
	var out []ModelView
	for _, m := range s.models {
		out = append(out, ModelView{
			ID: m.id, Name: m.model.Name, Commitment: prover.Field(m.model.Commitment()), CircuitID: m.keys.ID,
			Options: m.keys.Options, InputShape: m.model.InputShape(), OutputShape: m.model.OutputShape(),
			PriceWei: m.entry.Price.String(), ChainKeyHash: common.Hash(m.entry.VerifyingKeyHash),
			SetupTranscript: common.Hash(m.entry.Transcript), Provider: m.entry.Provider, Setup: m.keys.Setup,
			ProofSystem: m.keys.System(), Constraints: m.keys.Constraints,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Run resumes the stored jobs, then proves, watches the chain and fulfils
// until ctx is cancelled. On cancellation it stops taking work from the
// queue, lets each worker finish the proof in hand (storing it) and
// returns; queued jobs stay in the store and resume on the next Run.
func (s *Service) Run(ctx context.Context) error {
	if err := s.resume(); err != nil {
		return err
	}
	var wg sync.WaitGroup
	for range s.cfg.Workers {
		wg.Go(func() { s.worker(ctx) })
	}
	wg.Go(func() { s.fulfiller(ctx) })
	wg.Go(func() { s.watcher(ctx) })
	wg.Go(func() { s.sample(ctx) })
	wg.Wait()
	return nil
}

// resume queues again every job accepted but not proved: a job that was
// being proved when the process died is proved again from its stored input.
func (s *Service) resume() error {
	jobs, err := s.cfg.Store.List(func(j *Job) bool {
		return j.State == StateQueued || j.State == StateProving || j.State == StateDeposited
	})
	if err != nil {
		return err
	}
	for _, j := range jobs {
		if j.State == StateDeposited {
			s.awaitInput(j)
			continue
		}
		if j.State == StateProving {
			if _, err := s.cfg.Store.Update(j.ID, func(j *Job) error { j.State = StateQueued; return nil }); err != nil {
				return err
			}
		}
		s.log.Info("resuming job", "job", j.ID, "was", string(j.State))
		s.queue.pushResumed(j.ID)
	}
	return nil
}

// worker proves queued jobs one at a time.
func (s *Service) worker(ctx context.Context) {
	for {
		id, ok := s.queue.pop(ctx)
		if !ok {
			return
		}
		// the proof in hand is finished even when ctx is cancelled
		// meanwhile; a task handed to workers elsewhere is left to them,
		// and its jobs resume on the next start
		pctx := context.WithoutCancel(ctx)
		if _, local := s.cfg.Prover.(InProcess); !local {
			pctx = ctx
		}
		if ids, b := s.gather(ctx, id); b != nil {
			s.proveBatch(pctx, ids, b)
		} else {
			s.prove(pctx, id)
		}
	}
}

// prove proves one job and stores the bundle, the output's opening and the
// attestation. A job that is not queued (already proved, say) is left alone.
func (s *Service) prove(ctx context.Context, id uint64) {
	j, err := s.cfg.Store.Update(id, func(j *Job) error {
		if j.State != StateQueued {
			return errSkip
		}
		if s.models[j.ModelID] == nil {
			// stored by a run that served other models: kept for one that does
			return fmt.Errorf("job %d is for model #%d, which this run does not serve; it stays queued", j.ID, j.ModelID)
		}
		j.State = StateProving
		return nil
	})
	if errors.Is(err, errSkip) {
		return
	}
	if err != nil {
		s.log.Error("job store", "job", id, "err", err)
		return
	}
	m := s.models[j.ModelID]
	log := s.log.With("job", id, "model", m.model.Name)
	log.Info("proving")
	t := &Task{Model: m.model, Keys: m.keys, Jobs: []TaskJob{{ID: j.ID, Input: j.Input, InputSalt: j.InputSalt.Element(), BuyerKey: j.BuyerKey}}, Domain: s.domain, Provider: s.addr()}
	var proved *Result
	err = s.cfg.Prover.Prove(ctx, t, keep(t, &proved, func(r *Result) error {
		a, err := AttestationOf(id, r.Bundle)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrRejected, err)
		}
		sig, err := s.cfg.Signer.Sign(a.Hash(s.domain))
		if err != nil {
			return err
		}
		o := r.Openings[0]
		_, err = s.cfg.Store.Update(id, func(j *Job) error {
			if j.State != StateProving {
				return errSkip // a late duplicate
			}
			j.State, j.Bundle, j.Output, j.OutputSalt, j.Attestation, j.ProveTime, j.Worker = StateProved, r.Bundle, o.Output, o.OutputSalt, sig, r.ProveTime, r.Worker
			return nil
		})
		return err
	}))
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, ErrRejected) {
			log.Info("stopped before the proof came; the job resumes on the next start", "err", err)
			return
		}
		log.Error("proving failed", "err", err)
		if _, serr := s.cfg.Store.Update(id, func(j *Job) error {
			if j.State != StateProving {
				return errSkip
			}
			j.State, j.Error = StateFailed, "proving: "+err.Error()
			return nil
		}); serr != nil && !errors.Is(serr, errSkip) {
			log.Error("job store", "err", serr)
		}
		return
	}
	s.observe(proved)
	log.Info("proved", "seconds", proved.ProveTime.Seconds(), "worker", proved.Worker)
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// keep wraps the step that stores a task's result: a result from a worker
// elsewhere is checked first, a late duplicate (store returns errSkip: its
// jobs are no longer being proved) is kept as a no-op, and the result kept
// is recorded in kept.
func keep(t *Task, kept **Result, store func(*Result) error) func(*Result) error {
	return func(r *Result) error {
		if r.Worker != "" {
			if err := t.Check(r); err != nil {
				return fmt.Errorf("%w: worker %s: %v", ErrRejected, r.Worker, err)
			}
		}
		err := store(r)
		if errors.Is(err, errSkip) {
			err = nil
		}
		if err == nil {
			*kept = r
		}
		return err
	}
}

// observe records a stored result in the metrics.
func (s *Service) observe(r *Result) {
	if r == nil {
		return
	}
	s.metrics.proving.Observe(r.ProveTime.Seconds())
	s.stats.proved(len(r.Openings), r.ProveTime)
	if r.Worker != "" {
		s.metrics.workerProofs.WithLabelValues(r.Worker).Inc()
		s.metrics.workerSeconds.WithLabelValues(r.Worker).Add(r.ProveTime.Seconds())
		s.metrics.taskWait.Observe(r.Wait.Seconds())
	}
}

var errSkip = errors.New("skip")

// chainKeyIs reports whether the keys' chain key hashes to h.
func chainKeyIs(k *prover.Keys, h [32]byte) bool {
	key, err := k.ChainKey()
	return err == nil && prover.ChainKeyHash(key) == h
}

// job is the escrow job id of this service's chain, escrow and provider,
// whose tag its proof carries.
func (s *Service) job(id uint64) *prover.Job {
	return &prover.Job{ChainID: s.domain.ChainID, Escrow: s.domain.Escrow, ID: new(big.Int).SetUint64(id), Provider: s.addr()}
}

// queue is the FIFO of accepted jobs waiting for a worker. New jobs are
// admitted up to its capacity; jobs resumed from the store always are.
type queue struct {
	mu       sync.Mutex
	ids      []uint64
	reserved int
	capacity int
	ready    chan struct{}
}

func newQueue(capacity int) *queue {
	return &queue{capacity: capacity, ready: make(chan struct{}, 1)}
}

func (q *queue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.ids)
}

// reserve takes a place for a new job, or reports that the queue is full.
func (q *queue) reserve() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.ids)+q.reserved >= q.capacity {
		return false
	}
	q.reserved++
	return true
}

// release gives back a reserved place, with the job for it or without.
func (q *queue) release(id uint64, push bool) {
	q.mu.Lock()
	q.reserved--
	if push {
		q.ids = append(q.ids, id)
	}
	q.mu.Unlock()
	if push {
		q.signal()
	}
}

// take removes from the queue up to n jobs for which fits is true, in
// queue order.
func (q *queue) take(fits func(uint64) bool, n int) []uint64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []uint64
	kept := q.ids[:0]
	for _, id := range q.ids {
		if len(out) < n && fits(id) {
			out = append(out, id)
		} else {
			kept = append(kept, id)
		}
	}
	q.ids = kept
	return out
}

// pushFront puts jobs back at the head of the queue, in order.
func (q *queue) pushFront(ids ...uint64) {
	if len(ids) == 0 {
		return
	}
	q.mu.Lock()
	q.ids = append(append([]uint64(nil), ids...), q.ids...)
	q.mu.Unlock()
	q.signal()
}

func (q *queue) pushResumed(id uint64) {
	q.mu.Lock()
	q.ids = append(q.ids, id)
	q.mu.Unlock()
	q.signal()
}

func (q *queue) signal() {
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

// pop waits for a job; false when ctx is done.
func (q *queue) pop(ctx context.Context) (uint64, bool) {
	for {
		if ctx.Err() != nil {
			return 0, false // queued jobs stay in the store for the next run
		}
		q.mu.Lock()
		if len(q.ids) > 0 {
			id := q.ids[0]
			q.ids = q.ids[1:]
			more := len(q.ids) > 0
			q.mu.Unlock()
			if more {
				q.signal() // another worker may take the next one
			}
			return id, true
		}
		q.mu.Unlock()
		select {
		case <-ctx.Done():
			return 0, false
		case <-q.ready:
		}
	}
}

// addr is the provider's account.
func (s *Service) addr() common.Address { return s.cfg.Signer.Address }
