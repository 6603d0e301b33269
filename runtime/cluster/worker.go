package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime/service"
)

// WorkerConfig is a worker's.
type WorkerConfig struct {
	// Name identifies the worker in the service's logs and metrics
	// (default: the NATS connection's server-assigned id).
	Name string
	// CacheDir is where fetched keys and models are kept between runs.
	CacheDir string
	// ResultTimeout bounds the wait for the service's answer to a result
	// (default 30s); a result that gets none is sent again until the
	// task's claim would lapse.
	ResultTimeout time.Duration
	Log           *slog.Logger
	// Registerer receives the worker's metrics (none when nil).
	Registerer prometheus.Registerer
}

// Worker proves tasks from the stream. It is stateless but for its key
// cache: any number run at once, anywhere that reaches NATS.
type Worker struct {
	nc  *nats.Conn
	cfg WorkerConfig
	log *slog.Logger

	mu     sync.Mutex
	keys   map[string]*prover.Keys  // circuit id + vk hash
	models map[string]*models.Model // object name

	tasks    *prometheus.CounterVec
	proving  prometheus.Histogram
	fetching prometheus.Histogram
}

// NewWorker returns a worker on nc.
func NewWorker(nc *nats.Conn, cfg WorkerConfig) (*Worker, error) {
	if cfg.CacheDir == "" {
		return nil, errors.New("a worker needs a key cache folder")
	}
	if cfg.ResultTimeout <= 0 {
		cfg.ResultTimeout = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	w := &Worker{nc: nc, cfg: cfg, log: cfg.Log, keys: map[string]*prover.Keys{}, models: map[string]*models.Model{}}
	w.tasks = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "zkinfer_worker_tasks_total", Help: "Tasks taken, by outcome: stored, ignored (a duplicate), rejected, failed (cannot be proved), retried (given back to the stream)."}, []string{"outcome"})
	for _, o := range []string{replyStored, replyIgnored, replyRejected, "failed", "retried"} {
		w.tasks.WithLabelValues(o)
	}
	w.proving = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "zkinfer_worker_prove_seconds", Help: "Time to prove one task (witness and proof).", Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)})
	w.fetching = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "zkinfer_worker_fetch_seconds", Help: "Time to fetch and load a circuit's keys not in memory.", Buckets: prometheus.ExponentialBuckets(0.01, 2, 14)})
	if cfg.Registerer != nil {
		for _, c := range []prometheus.Collector{w.tasks, w.proving, w.fetching} {
			if err := cfg.Registerer.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return w, nil
}

// Run takes tasks until ctx is done, then finishes the task in hand (its
// proof, its result and its acknowledgement) and returns: a SIGTERM drains
// the worker.
func (w *Worker) Run(ctx context.Context) error {
	js, err := jetstream.New(w.nc)
	if err != nil {
		return err
	}
	var cons jetstream.Consumer
	for wait := 200 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		if cons, err = js.Consumer(ctx, StreamTasks, ConsumerProvers); err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		w.log.Info("waiting for the service's task stream", "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
	obs, err := w.objectStore(ctx, js)
	if err != nil {
		return err
	}
	w.log.Info("worker ready", "name", w.name())
	for ctx.Err() == nil {
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			if ctx.Err() == nil {
				w.log.Warn("fetch", "err", err)
				time.Sleep(time.Second)
			}
			continue
		}
		for m := range batch.Messages() {
			// the task in hand is finished even when ctx is done meanwhile
			w.handle(context.WithoutCancel(ctx), obs, m, cons)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			w.log.Debug("fetch", "err", err)
		}
	}
	w.log.Info("worker stopped")
	return nil
}

func (w *Worker) objectStore(ctx context.Context, js jetstream.JetStream) (jetstream.ObjectStore, error) {
	for {
		obs, err := js.ObjectStore(ctx, BucketKeys)
		if err == nil || ctx.Err() != nil {
			return obs, err
		}
		w.log.Info("waiting for the key store", "err", err)
		time.Sleep(time.Second)
	}
}

func (w *Worker) name() string {
	if w.cfg.Name != "" {
		return w.cfg.Name
	}
	if id, err := w.nc.GetClientID(); err == nil {
		return fmt.Sprintf("client-%d", id)
	}
	return "worker"
}

// handle proves one task and delivers its result.
func (w *Worker) handle(ctx context.Context, obs jetstream.ObjectStore, m jetstream.Msg, cons jetstream.Consumer) {
	var t taskMsg
	err := json.Unmarshal(m.Data(), &t)
	if err == nil {
		err = t.check()
	}
	if err != nil {
		w.log.Error("malformed task dropped", "err", err)
		w.tasks.WithLabelValues("failed").Inc()
		_ = m.Term()
		return
	}
	log := w.log.With("task", t.ID, "jobs", len(t.Jobs), "circuit", t.Circuit)
	// renew the claim while the task is in hand
	ackWait := 30 * time.Second
	if info := cons.CachedInfo(); info != nil && info.Config.AckWait > 0 {
		ackWait = info.Config.AckWait
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		tick := time.NewTicker(ackWait / 3)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				_ = m.InProgress()
			}
		}
	}()
	started := time.Now()
	task, err := w.task(ctx, obs, &t)
	if err != nil {
		// not the task's fault: another worker (or this one later) may do it
		log.Error("cannot prepare the task; giving it back", "err", err)
		w.tasks.WithLabelValues("retried").Inc()
		_ = m.NakWithDelay(5 * time.Second)
		return
	}
	log.Info("proving")
	res := &resultMsg{Task: t.ID, Worker: w.name(), Started: started}
	r, err := service.ProveTask(ctx, task)
	if err != nil {
		res.Error = err.Error()
		log.Error("proving failed", "err", err)
	} else {
		res.Bundle, res.BatchBundle, res.Openings, res.ProveTime = r.Bundle, r.BatchBundle, r.Openings, r.ProveTime
		w.proving.Observe(r.ProveTime.Seconds())
		log.Info("proved", "seconds", r.ProveTime.Seconds())
	}
	reply, err := w.deliver(ctx, res, time.Now().Add(max(2*time.Minute, ackWait)))
	if err != nil {
		log.Warn("the service did not take the result; the task goes back to the stream", "err", err)
		w.tasks.WithLabelValues("retried").Inc()
		_ = m.Nak()
		return
	}
	switch reply.Status {
	case replyRetry:
		log.Warn("the service could not store the result; the task goes back to the stream", "err", reply.Error)
		w.tasks.WithLabelValues("retried").Inc()
		_ = m.NakWithDelay(time.Second)
		return
	case replyRejected:
		log.Error("the service rejected the result", "err", reply.Error)
	}
	outcome := reply.Status
	if res.Error != "" {
		outcome = "failed"
	}
	w.tasks.WithLabelValues(outcome).Inc()
	if err := m.DoubleAck(ctx); err != nil {
		// the task comes back after the ack wait; its result is then ignored
		log.Warn("acknowledgement lost", "err", err)
	}
}

// task resolves a task's model and keys.
func (w *Worker) task(ctx context.Context, obs jetstream.ObjectStore, t *taskMsg) (*service.Task, error) {
	m, err := w.model(ctx, obs, t)
	if err != nil {
		return nil, err
	}
	k, err := w.circuit(ctx, obs, t)
	if err != nil {
		return nil, err
	}
	if id := prover.CircuitIDFor(m, k.Options, m.Commitment()); id != k.ID {
		return nil, fmt.Errorf("keys %s are not for model %s (its circuit is %s)", k.ID, m.Name, id)
	}
	return &service.Task{Model: m, Keys: k, Jobs: t.jobs(), Domain: service.Domain{ChainID: t.ChainID, Escrow: t.Escrow}, Provider: t.Provider}, nil
}

func (w *Worker) model(ctx context.Context, obs jetstream.ObjectStore, t *taskMsg) (*models.Model, error) {
	w.mu.Lock()
	m := w.models[t.Model]
	w.mu.Unlock()
	if m != nil {
		return m, nil
	}
	m, err := fetchModel(ctx, obs, w.cfg.CacheDir, t)
	if err != nil {
		return nil, err
	}
	w.mu.Lock()
	w.models[t.Model] = m
	w.mu.Unlock()
	return m, nil
}

func (w *Worker) circuit(ctx context.Context, obs jetstream.ObjectStore, t *taskMsg) (*prover.Keys, error) {
	name := t.Circuit + "/" + t.VKHash
	w.mu.Lock()
	k := w.keys[name]
	w.mu.Unlock()
	if k != nil {
		return k, nil
	}
	start := time.Now()
	k, err := fetchKeys(ctx, obs, w.cfg.CacheDir, t)
	if err != nil {
		return nil, err
	}
	w.fetching.Observe(time.Since(start).Seconds())
	w.log.Info("keys ready", "circuit", t.Circuit, "seconds", time.Since(start).Seconds())
	w.mu.Lock()
	w.keys[name] = k
	w.mu.Unlock()
	return k, nil
}

// deliver sends a result to the service until it answers or the deadline
// passes (the service is down: the task goes back to the stream).
func (w *Worker) deliver(ctx context.Context, res *resultMsg, deadline time.Time) (*replyMsg, error) {
	data := encode(res)
	for wait := 200 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		rctx, cancel := context.WithTimeout(ctx, w.cfg.ResultTimeout)
		msg, err := w.nc.RequestWithContext(rctx, SubjectResults, data)
		cancel()
		if err == nil {
			var r replyMsg
			if err := json.Unmarshal(msg.Data, &r); err != nil {
				return nil, fmt.Errorf("the service's answer: %w", err)
			}
			return &r, nil
		}
		if errors.Is(err, nats.ErrMaxPayload) || time.Now().After(deadline) {
			return nil, err
		}
		w.log.Warn("the service does not answer; sending the result again", "err", err)
		time.Sleep(wait)
	}
}
