package cluster

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
	"github.com/zkinfer/zkinfer/runtime/service"
)

// market is an embedded chain with the market deployed and the shipped
// MNIST MLP registered under its development keys.
type market struct {
	ctx      context.Context
	chain    *contracts.Backend
	market   *contracts.Market
	provider *ecdsa.PrivateKey
	buyers   []*ecdsa.PrivateKey
	model    *models.Model
	keys     *prover.Keys
	modelID  uint64
}

func newMarket(t testing.TB, buyers int) *market {
	t.Helper()
	w := &market{ctx: context.Background()}
	funded := map[*ecdsa.PrivateKey]*big.Int{}
	for i := 0; i <= buyers; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		funded[k] = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		if i == 0 {
			w.provider = k
		} else {
			w.buyers = append(w.buyers, k)
		}
	}
	w.chain = contracts.NewEmbedded(funded)
	t.Cleanup(func() { w.chain.Close() })
	var err error
	if w.model, err = zoo.Load("mnist-mlp"); err != nil {
		t.Fatal(err)
	}
	k, ok, err := devkeys.Load(w.model, prover.DefaultOptions())
	if err != nil || !ok {
		t.Fatalf("development keys: %v (found %v)", err, ok)
	}
	w.keys = k
	from := w.transactor(t, w.provider)
	if w.market, _, err = contracts.Deploy(w.ctx, w.chain, from); err != nil {
		t.Fatal(err)
	}
	key, err := k.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	c := w.model.Commitment()
	id, _, err := w.market.Register(w.ctx, from, contracts.Registration{Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: contracts.Groth16, Price: big.NewInt(1e16), URI: "zkinfer://zoo/mnist-mlp"})
	if err != nil {
		t.Fatal(err)
	}
	w.modelID = id.Uint64()
	return w
}

func (w *market) transactor(t testing.TB, k *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	from, err := w.chain.Transactor(w.ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	return from
}

func signer(k *ecdsa.PrivateKey) service.Signer {
	return service.Signer{Address: crypto.PubkeyToAddress(k.PublicKey), SignHash: func(h []byte) ([]byte, error) { return crypto.Sign(h, k) }}
}

// natsServer runs an embedded server on a free port in dir.
func natsServer(t testing.TB, dir, listen string) *server.Server {
	t.Helper()
	s, err := StartServer(ServerConfig{Listen: listen, StoreDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}

func connect(t testing.TB, url, name string) *nats.Conn {
	t.Helper()
	nc, err := Connect(ConnConfig{URL: url, Name: name, Wait: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// provider is a service proving through a dispatcher.
type provider struct {
	svc   *service.Service
	store *service.Store
	url   string
	d     *Dispatcher
}

func startProvider(t testing.TB, w *market, natsURL string, ackWait time.Duration) *provider {
	t.Helper()
	store, err := service.OpenStore(filepath.Join(t.TempDir(), "jobs.db"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDispatcher(w.ctx, connect(t, natsURL, "service"), DispatcherConfig{AckWait: ackWait, Log: testLog(t, "dispatcher")})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Share(w.ctx, w.model, w.keys); err != nil {
		t.Fatal(err)
	}
	svc, err := service.New(w.ctx, service.Config{
		Chain: w.chain, Market: w.market, Signer: signer(w.provider), From: w.transactor(t, w.provider), Store: store,
		Models: []service.Model{{ID: w.modelID, Model: w.model, Keys: w.keys}}, Poll: 50 * time.Millisecond,
		Workers: 8, Queue: 64, Prover: d, Metrics: d.Collectors(), Log: testLog(t, "service"),
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	ctx, cancel := context.WithCancel(w.ctx)
	done := make(chan struct{})
	go func() { defer close(done); svc.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done; srv.Close(); d.Close(); store.Close() })
	return &provider{svc: svc, store: store, url: srv.URL, d: d}
}

// startWorker runs a worker in this process until the test ends.
func startWorker(t testing.TB, natsURL, name string) {
	t.Helper()
	w, err := NewWorker(connect(t, natsURL, name), WorkerConfig{Name: name, CacheDir: t.TempDir(), Log: testLog(t, name)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
}

func testLog(t testing.TB, who string) *slog.Logger {
	if os.Getenv("ZKINFER_TEST_LOG") == "" {
		return nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, nil)).With("who", who)
}

// buy has each buyer deposit, send its input, verify its answer and wait
// for the payment; every job must be paid exactly once.
func buy(t testing.TB, w *market, p *provider, n int) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	ids := make([]uint64, n)
	for i := range n {
		wg.Go(func() {
			key := w.buyers[i%len(w.buyers)]
			b := &service.Buyer{Market: w.market, Chain: w.chain, From: w.transactor(t, key), Signer: signer(key), Client: service.NewClient(p.url)}
			input := mnist.Quantize(zoo.Samples()[i%32].Pixels)
			pur, err := b.Deposit(w.ctx, w.modelID, w.model, w.keys.Options, w.keys.VK, input, nil, time.Hour)
			if err == nil {
				ids[i] = pur.JobID
				err = b.Submit(w.ctx, pur)
			}
			var v *service.JobView
			if err == nil {
				v, err = b.Wait(w.ctx, pur, 20*time.Millisecond, nil)
			}
			if err == nil {
				err = b.Check(pur, v, w.keys.VK)
			}
			if err == nil {
				var st uint8
				if st, err = b.WaitPaid(w.ctx, pur, 20*time.Millisecond); err == nil && st != contracts.JobPaid {
					err = fmt.Errorf("escrow state %d", st)
				}
			}
			if err != nil {
				errs <- fmt.Errorf("buyer %d (job %d): %w", i, ids[i], err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	head, err := w.chain.Head(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if n, err := w.market.Fulfilments(w.ctx, new(big.Int).SetUint64(id), 0, head.Number.Uint64()); err != nil || n != 1 {
			t.Errorf("job %d: %d fulfilments (%v)", id, n, err)
		}
		// the escrow pays before the service records it
		deadline := time.Now().Add(time.Minute)
		for {
			j, ok, err := p.store.Get(id)
			if err == nil && ok && j.State == service.StatePaid && j.Worker != "" {
				break
			}
			if time.Now().After(deadline) || err != nil || !ok {
				t.Errorf("job %d in the store: ok %v, %v", id, ok, err)
				if ok {
					t.Errorf("state %s, worker %q", j.State, j.Worker)
				}
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func TestWorkersProveAndPay(t *testing.T) {
	w := newMarket(t, 6)
	s := natsServer(t, t.TempDir(), "127.0.0.1:0")
	p := startProvider(t, w, s.ClientURL(), 0)
	startWorker(t, s.ClientURL(), "w1")
	startWorker(t, s.ClientURL(), "w2")
	buy(t, w, p, 6)
}

// TestResultsChecked: a result that does not prove its task is rejected
// and never stored; a duplicate of a stored result is ignored; a result of
// no task the service waits for is ignored.
func TestResultsChecked(t *testing.T) {
	w := newMarket(t, 1)
	s := natsServer(t, t.TempDir(), "127.0.0.1:0")
	nc := connect(t, s.ClientURL(), "test")
	d, err := NewDispatcher(w.ctx, nc, DispatcherConfig{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	input := mnist.Quantize(zoo.Samples()[0].Pixels)
	task := func(id uint64) *service.Task {
		salt, err := models.NewSalt()
		if err != nil {
			t.Fatal(err)
		}
		return &service.Task{Model: w.model, Keys: w.keys, Jobs: []service.TaskJob{{ID: id, Input: input, InputSalt: salt}},
			Domain: service.Domain{ChainID: big.NewInt(1337), Escrow: w.market.Escrow}, Provider: signer(w.provider).Address}
	}
	honest := task(7)
	good, err := service.ProveTask(w.ctx, honest)
	if err != nil {
		t.Fatal(err)
	}
	other, err := service.ProveTask(w.ctx, task(8))
	if err != nil {
		t.Fatal(err)
	}
	// a worker answering with the proof of another job (job 8) for job 7
	forged := *good
	forged.Bundle = other.Bundle
	cases := []struct {
		name string
		res  *service.Result
		want string
	}{
		{"another job's proof", &forged, replyRejected},
		{"the honest proof", good, replyStored},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stored := 0
			var stateMu sync.Mutex
			store := func(r *service.Result) error {
				if err := honest.Check(r); err != nil {
					return fmt.Errorf("%w: %v", service.ErrRejected, err)
				}
				stateMu.Lock()
				stored++
				stateMu.Unlock()
				return nil
			}
			ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
			defer cancel()
			errc := make(chan error, 1)
			go func() { errc <- d.Prove(ctx, honest, store) }()
			// play the worker: take the task, answer with c.res twice
			m := takeTask(t, nc)
			res := &resultMsg{Task: m.ID, Worker: "rogue", Bundle: c.res.Bundle, Openings: c.res.Openings, Started: time.Now()}
			if got := sendResult(t, nc, res); got.Status != c.want {
				t.Fatalf("answer %+v, want %s", got, c.want)
			}
			err := <-errc
			if (c.want == replyStored) != (err == nil) || stored != map[bool]int{true: 1, false: 0}[c.want == replyStored] {
				t.Fatalf("Prove: %v, stored %d times", err, stored)
			}
			// the same result again, once the task is settled: ignored
			if got := sendResult(t, nc, res); got.Status != replyIgnored {
				t.Fatalf("a late duplicate: %+v", got)
			}
		})
	}
}

// takeTask fetches one task from the stream as a worker would, and
// acknowledges it.
func takeTask(t *testing.T, nc *nats.Conn) *taskMsg {
	t.Helper()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	cons, err := js.Consumer(context.Background(), StreamTasks, ConsumerProvers)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := cons.Next()
	if err != nil {
		t.Fatal(err)
	}
	var m taskMsg
	if err := json.Unmarshal(msg.Data(), &m); err != nil {
		t.Fatal(err)
	}
	msg.Ack()
	return &m
}

func sendResult(t *testing.T, nc *nats.Conn, r *resultMsg) *replyMsg {
	t.Helper()
	msg, err := nc.Request(SubjectResults, encode(r), 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var rep replyMsg
	if err := json.Unmarshal(msg.Data, &rep); err != nil {
		t.Fatal(err)
	}
	return &rep
}

// TestWorkerDiesMidProof: a worker takes a task and dies without a word;
// after the ack wait the task goes to another worker and its job is paid
// once.
func TestWorkerDiesMidProof(t *testing.T) {
	w := newMarket(t, 2)
	s := natsServer(t, t.TempDir(), "127.0.0.1:0")
	p := startProvider(t, w, s.ClientURL(), 2*time.Second)
	dead, err := Connect(ConnConfig{URL: s.ClientURL(), Name: "dead"})
	if err != nil {
		t.Fatal(err)
	}
	taken := make(chan *taskMsg, 1)
	go func() {
		defer close(taken)
		js, err := jetstream.New(dead)
		if err != nil {
			return
		}
		cons, err := js.Consumer(w.ctx, StreamTasks, ConsumerProvers)
		if err != nil {
			return
		}
		msg, err := cons.Next(jetstream.FetchMaxWait(time.Minute))
		if err != nil {
			return
		}
		var m taskMsg
		json.Unmarshal(msg.Data(), &m)
		dead.Close() // no ack, no more renewals
		taken <- &m
	}()
	go func() {
		if <-taken != nil {
			startWorker(t, s.ClientURL(), "survivor")
		}
	}()
	buy(t, w, p, 2)
	info, err := p.d.cons.Info(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.NumRedelivered != 0 || info.NumAckPending != 0 || info.NumPending != 0 {
		t.Errorf("consumer after the run: %d redelivered, %d pending ack, %d pending", info.NumRedelivered, info.NumAckPending, info.NumPending)
	}
}

// TestNATSRestart: the NATS server (file storage) stops mid-run and comes
// back on the same port and folder; no job is lost and each is paid once.
func TestNATSRestart(t *testing.T) {
	w := newMarket(t, 6)
	dir := t.TempDir()
	s := natsServer(t, dir, "127.0.0.1:0")
	addr := s.Addr().String()
	url := s.ClientURL()
	p := startProvider(t, w, url, 3*time.Second)
	startWorker(t, url, "w1")
	done := make(chan struct{})
	go func() {
		defer close(done)
		// once a job is proved, take the server down for a second
		for {
			jobs, _ := p.store.List(func(j *service.Job) bool {
				return j.State == service.StateProved || j.State == service.StatePaid || j.State == service.StateSubmitted
			})
			if len(jobs) > 0 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		s.Shutdown()
		s.WaitForShutdown()
		time.Sleep(time.Second)
		s2, err := StartServer(ServerConfig{Listen: addr, StoreDir: dir})
		if err != nil {
			t.Error(err)
			return
		}
		t.Cleanup(s2.Shutdown)
	}()
	buy(t, w, p, 6)
	<-done
}

// TestServerAuth: an embedded server with a user and password refuses a
// client without them or with a wrong password.
func TestServerAuth(t *testing.T) {
	s, err := StartServer(ServerConfig{Listen: "127.0.0.1:0", StoreDir: t.TempDir(), User: "provider", Password: "right"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	for _, c := range []struct {
		user, pass string
		ok         bool
	}{{"", "", false}, {"provider", "wrong", false}, {"provider", "right", true}} {
		nc, err := Connect(ConnConfig{URL: s.ClientURL(), User: c.user, Password: c.pass})
		if (err == nil) != c.ok {
			t.Errorf("user %q password %q: %v", c.user, c.pass, err)
		}
		if nc != nil {
			nc.Close()
		}
	}
	if got := RedactURL("nats://u:secret@h:4222,nats://h2:4222"); got != "nats://u:xxxxx@h:4222,nats://h2:4222" {
		t.Errorf("RedactURL: %s", got)
	}
}
