package cluster

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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

// DispatcherConfig tunes a Dispatcher.
type DispatcherConfig struct {
	// AckWait is how long a task stays claimed by a worker that stops
	// renewing the claim (a worker killed mid-proof) before JetStream
	// delivers it to another (default 30s; workers renew it every third
	// of it while they prove).
	AckWait time.Duration
	Log     *slog.Logger
}

// Dispatcher is the service's Prover on NATS: it publishes tasks for the
// workers and hands their results to the service to store.
type Dispatcher struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	obs  jetstream.ObjectStore
	log  *slog.Logger
	sub  *nats.Subscription
	cons jetstream.Consumer

	mu      sync.Mutex
	pending map[string]*pendingTask
	shared  map[string]bool // key folders and models uploaded by this run

	published prometheus.Counter
	results   *prometheus.CounterVec
	inFlight  prometheus.GaugeFunc
	queued    prometheus.GaugeFunc
}

type pendingTask struct {
	store func(*service.Result) error
	once  sync.Once
	done  chan error
	// published is when the task was first published
	published time.Time
}

func (p *pendingTask) finish(err error) {
	p.once.Do(func() { p.done <- err })
}

// NewDispatcher sets up the task stream, the workers' consumer and the key
// store on nc's account, and subscribes to results. Tasks left on the
// stream by an earlier run are purged: every job they carried is in the
// service's job store and is published again when it resumes.
func NewDispatcher(ctx context.Context, nc *nats.Conn, cfg DispatcherConfig) (*Dispatcher, error) {
	if cfg.AckWait <= 0 {
		cfg.AckWait = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	stream, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: StreamTasks, Subjects: []string{SubjectTasks}, Retention: jetstream.WorkQueuePolicy,
		Storage: jetstream.FileStorage, Duplicates: 2 * time.Minute, Description: "zkinfer prove tasks",
	})
	if err != nil {
		return nil, fmt.Errorf("NATS task stream %s (is JetStream enabled on the server?): %w", StreamTasks, err)
	}
	if err := stream.Purge(ctx); err != nil {
		return nil, fmt.Errorf("purge stale tasks: %w", err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, StreamTasks, jetstream.ConsumerConfig{
		Durable: ConsumerProvers, AckPolicy: jetstream.AckExplicitPolicy, AckWait: cfg.AckWait, MaxDeliver: -1,
		Description: "zkinfer workers",
	})
	if err != nil {
		return nil, fmt.Errorf("NATS consumer %s: %w", ConsumerProvers, err)
	}
	obs, err := js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: BucketKeys, Storage: jetstream.FileStorage, Description: "zkinfer circuit keys and models"})
	if err != nil {
		return nil, fmt.Errorf("NATS object store %s: %w", BucketKeys, err)
	}
	d := &Dispatcher{nc: nc, js: js, obs: obs, log: cfg.Log, cons: cons, pending: map[string]*pendingTask{}, shared: map[string]bool{}}
	d.published = prometheus.NewCounter(prometheus.CounterOpts{Name: "zkinfer_tasks_published_total", Help: "Tasks published for remote workers."})
	d.results = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "zkinfer_task_results_total", Help: "Results received from remote workers, by what the service did with them."}, []string{"outcome"})
	for _, o := range []string{replyStored, replyIgnored, replyRejected, replyRetry, "failed"} {
		d.results.WithLabelValues(o)
	}
	d.inFlight = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "zkinfer_tasks_in_flight", Help: "Tasks published and waiting for their result."}, func() float64 {
		d.mu.Lock()
		defer d.mu.Unlock()
		return float64(len(d.pending))
	})
	d.queued = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "zkinfer_tasks_queued", Help: "Tasks on the stream no worker has taken yet."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		info, err := d.cons.Info(ctx)
		if err != nil {
			return -1
		}
		return float64(info.NumPending)
	})
	if d.sub, err = nc.Subscribe(SubjectResults, func(m *nats.Msg) { go d.handle(m) }); err != nil {
		return nil, err
	}
	return d, nil
}

// Collectors are the dispatcher's metrics, for the service's /metrics.
func (d *Dispatcher) Collectors() []prometheus.Collector {
	return []prometheus.Collector{d.published, d.results, d.inFlight, d.queued}
}

// Close stops taking results.
func (d *Dispatcher) Close() error { return d.sub.Unsubscribe() }

// Share uploads a model and the keys of its circuits to the object store,
// where workers fetch them, unless they are there already.
func (d *Dispatcher) Share(ctx context.Context, m *models.Model, keys ...*prover.Keys) error {
	if err := d.shareModel(ctx, m); err != nil {
		return err
	}
	for _, k := range keys {
		if err := d.shareKeys(ctx, k); err != nil {
			return err
		}
	}
	return nil
}

func (d *Dispatcher) shareModel(ctx context.Context, m *models.Model) error {
	name := modelObject(m.Commitment())
	if d.isShared(name) {
		return nil
	}
	up, err := shareModel(ctx, d.obs, m)
	if err != nil {
		return err
	}
	if up {
		d.log.Info("model shared with workers", "model", m.Name, "object", name)
	}
	d.setShared(name)
	return nil
}

func (d *Dispatcher) shareKeys(ctx context.Context, k *prover.Keys) error {
	if d.isShared(k.Dir) {
		return nil
	}
	start := time.Now()
	up, err := shareKeys(ctx, d.obs, k)
	if err != nil {
		return err
	}
	if up {
		d.log.Info("keys shared with workers", "circuit", k.ID, "seconds", time.Since(start).Seconds())
	}
	d.setShared(k.Dir)
	return nil
}

func (d *Dispatcher) isShared(name string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.shared[name]
}

func (d *Dispatcher) setShared(name string) {
	d.mu.Lock()
	d.shared[name] = true
	d.mu.Unlock()
}

// Prove publishes t and waits for a worker's result, which store keeps.
// While NATS cannot be reached, publishing is retried until ctx is done.
func (d *Dispatcher) Prove(ctx context.Context, t *service.Task, store func(*service.Result) error) error {
	if err := d.Share(ctx, t.Model, t.Keys); err != nil {
		return err
	}
	var raw [12]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return err
	}
	id := hex.EncodeToString(raw[:])
	msg := newTaskMsg(id, t)
	p := &pendingTask{store: store, done: make(chan error, 1), published: msg.Published}
	d.mu.Lock()
	d.pending[id] = p
	d.mu.Unlock()
	defer func() {
		d.mu.Lock()
		delete(d.pending, id)
		d.mu.Unlock()
	}()
	data := encode(msg)
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		_, err := d.js.Publish(ctx, SubjectTasks, data, jetstream.WithMsgID(id))
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		d.log.Warn("cannot publish a task; retrying", "task", id, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	d.published.Inc()
	d.log.Debug("task published", "task", id, "jobs", len(t.Jobs), "circuit", t.Keys.ID)
	select {
	case err := <-p.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// handle takes one result: it is stored through the waiting task's store,
// and the worker told so, before the worker acknowledges its task.
func (d *Dispatcher) handle(m *nats.Msg) {
	status, detail := d.take(m.Data)
	d.results.WithLabelValues(status).Inc()
	if status == "failed" {
		status = replyStored
	}
	if err := m.Respond(encode(replyMsg{Status: status, Error: detail})); err != nil {
		d.log.Warn("cannot answer a worker", "err", err)
	}
}

func (d *Dispatcher) take(data []byte) (status, detail string) {
	var r resultMsg
	if err := json.Unmarshal(data, &r); err != nil {
		return replyRejected, "malformed result: " + err.Error()
	}
	d.mu.Lock()
	p := d.pending[r.Task]
	d.mu.Unlock()
	if p == nil {
		return replyIgnored, ""
	}
	log := d.log.With("task", r.Task, "worker", r.Worker)
	if r.Error != "" {
		log.Warn("a worker could not prove a task", "err", r.Error)
		p.finish(fmt.Errorf("worker %s: %s", r.Worker, r.Error))
		return "failed", ""
	}
	res := &service.Result{Bundle: r.Bundle, BatchBundle: r.BatchBundle, Openings: r.Openings, Worker: r.Worker, ProveTime: r.ProveTime}
	if r.Worker == "" {
		res.Worker = "unnamed"
	}
	// across machines this is only as good as their clocks' agreement
	if r.Started.After(p.published) {
		res.Wait = r.Started.Sub(p.published)
	}
	err := p.store(res)
	switch {
	case err == nil:
		p.finish(nil)
		return replyStored, ""
	case errors.Is(err, service.ErrRejected):
		log.Error("a worker's result does not prove its task", "err", err)
		p.finish(err)
		return replyRejected, err.Error()
	default:
		log.Warn("cannot store a result now; the task will be delivered again", "err", err)
		return replyRetry, err.Error()
	}
}
