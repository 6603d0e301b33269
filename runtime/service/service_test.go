package service

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
	"github.com/zkinfer/zkinfer/verifier"
)

// world is one embedded chain with the market deployed and the shipped
// MNIST MLP registered by the provider, shared by the package's tests.
type world struct {
	ctx                       context.Context
	chain                     *contracts.Backend
	market                    *contracts.Market
	provider, buyer, outsider *ecdsa.PrivateKey
	model                     *models.Model
	keys                      *prover.Keys
	modelID                   uint64
	price                     *big.Int
	crowd                     []*ecdsa.PrivateKey // more funded buyers
}

var (
	worldOnce sync.Once
	theWorld  *world
	worldErr  error
)

func getWorld(t testing.TB) *world {
	t.Helper()
	worldOnce.Do(func() { theWorld, worldErr = newWorld(0) })
	if worldErr != nil {
		t.Fatal(worldErr)
	}
	return theWorld
}

// newWorld starts a chain with the provider, the buyer, an outsider and
// crowd more buyers funded.
func newWorld(crowd int) (*world, error) {
	w := &world{ctx: context.Background(), price: big.NewInt(1e16), crowd: make([]*ecdsa.PrivateKey, crowd)}
	funded := map[*ecdsa.PrivateKey]*big.Int{}
	accounts := []**ecdsa.PrivateKey{&w.provider, &w.buyer, &w.outsider}
	for i := range w.crowd {
		accounts = append(accounts, &w.crowd[i])
	}
	for _, k := range accounts {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		*k = key
		funded[key] = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	}
	w.chain = contracts.NewEmbedded(funded)
	var err error
	if w.model, err = zoo.Load("mnist-mlp"); err != nil {
		return nil, err
	}
	k, ok, err := devkeys.Load(w.model, prover.DefaultOptions())
	if err != nil || !ok {
		return nil, fmt.Errorf("development keys of mnist-mlp: %v (found %v)", err, ok)
	}
	w.keys = k
	from, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		return nil, err
	}
	if w.market, _, err = contracts.Deploy(w.ctx, w.chain, from); err != nil {
		return nil, err
	}
	key, err := k.ChainKey()
	if err != nil {
		return nil, err
	}
	c := w.model.Commitment()
	id, _, err := w.market.Register(w.ctx, from, contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: contracts.Groth16, Price: w.price, URI: "zkinfer://zoo/mnist-mlp",
	})
	if err != nil {
		return nil, err
	}
	w.modelID = id.Uint64()
	return w, nil
}

func keySigner(k *ecdsa.PrivateKey) Signer {
	return Signer{Address: crypto.PubkeyToAddress(k.PublicKey), SignHash: func(h []byte) ([]byte, error) { return crypto.Sign(h, k) }}
}

// provider is a running service over a store in dir.
type provider struct {
	svc    *Service
	srv    *httptest.Server
	store  *Store
	cancel context.CancelFunc
	done   chan struct{}
}

// startProvider opens the store in dir and starts a service; run false
// serves the API without workers, watcher or fulfiller.
func startProvider(t testing.TB, w *world, dir string, run bool, edit func(*Config)) *provider {
	t.Helper()
	store, err := OpenStore(filepath.Join(dir, "jobs.db"))
	if err != nil {
		t.Fatal(err)
	}
	from, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Chain: w.chain, Market: w.market, Signer: keySigner(w.provider), From: from, Store: store,
		Models: []Model{{ID: w.modelID, Model: w.model, Keys: w.keys}}, Poll: 50 * time.Millisecond}
	if edit != nil {
		edit(&cfg)
	}
	svc, err := New(w.ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	p := &provider{svc: svc, srv: httptest.NewServer(svc.Handler()), store: store, done: make(chan struct{})}
	ctx, cancel := context.WithCancel(w.ctx)
	p.cancel = cancel
	if run {
		go func() { defer close(p.done); svc.Run(ctx) }()
	} else {
		close(p.done)
	}
	t.Cleanup(p.stop)
	return p
}

func (p *provider) stop() {
	if p.cancel == nil {
		return
	}
	p.cancel()
	<-p.done
	p.srv.Close()
	p.store.Close()
	p.cancel = nil
}

// register registers m under k's verifying key in the world, by its
// provider: Groth16, the world's price, the circuit's public outputs;
// edit adjusts the registration. It returns the model as a service serves it.
func (w *world) register(t testing.TB, m *models.Model, k *prover.Keys, edit func(*contracts.Registration)) Model {
	t.Helper()
	key, err := k.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	from, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		t.Fatal(err)
	}
	c := m.Commitment()
	reg := contracts.Registration{Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: contracts.Groth16, Price: w.price, PublicOutputs: prover.ChainOutputs(m, k.Options)}
	if edit != nil {
		edit(&reg)
	}
	id, _, err := w.market.Register(w.ctx, from, reg)
	if err != nil {
		t.Fatal(err)
	}
	return Model{ID: id.Uint64(), Model: m, Keys: k}
}

func (w *world) buyerFor(t *testing.T, k *ecdsa.PrivateKey, url string) *Buyer {
	from, err := w.chain.Transactor(w.ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	return &Buyer{Market: w.market, Chain: w.chain, From: from, Signer: keySigner(k), Client: NewClient(url)}
}

func sample(i int) []int8 { return mnist.Quantize(zoo.Samples()[i].Pixels) }

func (w *world) deposit(t *testing.T, b *Buyer, i int) *Purchase {
	t.Helper()
	p, err := b.Deposit(w.ctx, w.modelID, w.model, w.keys.Options, w.keys.VK, sample(i), nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func fulfilments(t *testing.T, w *world, id uint64) int {
	head, err := w.chain.Head(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := w.market.Fulfilments(w.ctx, new(big.Int).SetUint64(id), 0, head.Number.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func waitState(t *testing.T, s *Store, id uint64, want State) *Job {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		j, ok, err := s.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if ok && j.State == want {
			return j
		}
		if ok && j.State.Terminal() || time.Now().After(deadline) {
			t.Fatalf("job %d: state %v, want %s (%+v)", id, j.State, want, j)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestJobPaidAndVerified is the journey: deposit, signed input, proof,
// attestation, payment exactly once; and the buyer's checks each reject a
// tampered answer.
func TestJobPaidAndVerified(t *testing.T) {
	w := getWorld(t)
	p := startProvider(t, w, t.TempDir(), true, nil)
	b := w.buyerFor(t, w.buyer, p.srv.URL)

	models, err := b.Client.Models(w.ctx)
	if err != nil || len(models) != 1 || models[0].ID != w.modelID || models[0].PriceWei != w.price.String() || models[0].Provider != keySigner(w.provider).Address {
		t.Fatalf("models: %+v, %v", models, err)
	}
	pur := w.deposit(t, b, 0)
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	var seen []State
	v, err := b.Wait(w.ctx, pur, 20*time.Millisecond, func(s State) { seen = append(seen, s) })
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Check(pur, v, w.keys.VK); err != nil {
		t.Fatalf("honest answer rejected: %v", err)
	}
	st, err := b.WaitPaid(w.ctx, pur, 20*time.Millisecond)
	if err != nil || st != contracts.JobPaid {
		t.Fatalf("escrow state %d, %v", st, err)
	}
	if n := fulfilments(t, w, pur.JobID); n != 1 {
		t.Errorf("%d JobFulfilled events, want 1", n)
	}
	if got := w.classify(t, v.Output); got != zoo.Samples()[0].Label {
		t.Errorf("output says %d, label %d", got, zoo.Samples()[0].Label)
	}
	j := waitState(t, p.store, pur.JobID, StatePaid)
	if j.FulfilGas == 0 || j.FulfilTxHash == ([32]byte{}) {
		t.Errorf("paid job without its transaction: %+v", j)
	}
	t.Logf("states seen %v, fulfil gas %d", seen, j.FulfilGas)

	// without the request's signature, the output is not revealed
	anon, err := b.Client.Job(w.ctx, pur.JobID, nil)
	if err != nil || anon.Output != nil || anon.OutputSalt != nil || anon.Bundle == nil {
		t.Errorf("anonymous view: %+v, %v", anon, err)
	}

	tamper := []struct {
		name string
		edit func(v *JobView)
		want error
	}{
		{"another output", func(v *JobView) { v.Output[0]++ }, verifier.ErrCommitmentMismatch},
		{"another output salt", func(v *JobView) { s := fr.NewElement(7); f := prover.Field(s); v.OutputSalt = &f }, verifier.ErrCommitmentMismatch},
		{"attestation by someone else", func(v *JobView) {
			a, _ := AttestationOf(pur.JobID, v.Bundle)
			v.Attestation, _ = keySigner(w.outsider).Sign(a.Hash(p.svc.Domain()))
		}, ErrBadAttestation},
		{"attestation of another job", func(v *JobView) {
			a, _ := AttestationOf(pur.JobID+1, v.Bundle)
			v.Attestation, _ = keySigner(w.provider).Sign(a.Hash(p.svc.Domain()))
		}, ErrBadAttestation},
		{"a proof of other circuit options, re-attested", func(v *JobView) {
			v.Bundle.Options.RangeCheck = prover.RangeCheckLogDeriv
			a, _ := AttestationOf(pur.JobID, v.Bundle)
			v.Attestation, _ = keySigner(w.provider).Sign(a.Hash(p.svc.Domain()))
		}, verifier.ErrModelMismatch},
		{"proof altered", func(v *JobView) { v.Bundle.Proof[len(v.Bundle.Proof)/2] ^= 1 }, ErrBadAttestation},
		{"proof altered and re-attested", func(v *JobView) {
			v.Bundle.Proof[len(v.Bundle.Proof)/2] ^= 1
			a, _ := AttestationOf(pur.JobID, v.Bundle)
			v.Attestation, _ = keySigner(w.provider).Sign(a.Hash(p.svc.Domain()))
		}, verifier.ErrInvalidProof},
		{"output commitment altered and re-attested", func(v *JobView) {
			e := v.Bundle.OutputCommitment.Element()
			e.Add(&e, new(fr.Element).SetOne())
			v.Bundle.OutputCommitment = prover.Field(e)
			a, _ := AttestationOf(pur.JobID, v.Bundle)
			v.Attestation, _ = keySigner(w.provider).Sign(a.Hash(p.svc.Domain()))
		}, verifier.ErrCommitmentMismatch},
	}
	for _, tc := range tamper {
		t.Run(tc.name, func(t *testing.T) {
			c := cloneView(t, v)
			tc.edit(c)
			if err := b.Check(pur, c, w.keys.VK); !errors.Is(err, tc.want) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func cloneView(t *testing.T, v *JobView) *JobView {
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var c JobView
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

func (w *world) classify(t *testing.T, out []int8) int {
	best := 0
	for i, x := range out {
		if x > out[best] {
			best = i
		}
	}
	return best
}

func post(t *testing.T, url string, body []byte) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Post(url+"/v1/jobs", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var e errorBody
	json.Unmarshal(data, &e)
	return resp.StatusCode, e.Error, resp.Header
}

func mustJSON(t *testing.T, v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestBadRequests: every malformed, mismatched, unauthenticated or
// replayed request is a 4xx that says what is wrong, and the service keeps
// serving.
func TestBadRequests(t *testing.T) {
	w := getWorld(t)
	p := startProvider(t, w, t.TempDir(), false, nil)
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	pur := w.deposit(t, b, 1)
	good := pur.Request

	edit := func(f func(r *SubmitRequest)) []byte {
		c := *good
		c.Input = append([]int8(nil), good.Input...)
		c.Signature = append([]byte(nil), good.Signature...)
		f(&c)
		return mustJSON(t, &c)
	}
	var generic map[string]any
	json.Unmarshal(mustJSON(t, good), &generic)
	withField := func(k string, v any) []byte {
		m := map[string]any{}
		for a, b := range generic {
			m[a] = b
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		return mustJSON(t, m)
	}
	cases := []struct {
		name string
		body []byte
		code int
		msg  string
	}{
		{"malformed JSON", []byte(`{"jobId": 1,`), 400, "malformed JSON"},
		{"unknown field", withField("price", 1), 400, "unknown field"},
		{"trailing data", append(mustJSON(t, good), []byte(" {}")...), 400, "trailing data"},
		{"trailing brace", append(mustJSON(t, good), '}'), 400, "trailing data"},
		{"no job id", withField("jobId", nil), 400, "jobId is required"},
		{"input out of int8 range", withField("input", append(make([]int, 100), 300)), 400, "input[100] is 300"},
		{"wrong shape", edit(func(r *SubmitRequest) { r.Input = r.Input[:10] }), 422, "takes shape [1 28 28], 784 values"},
		{"unknown model", edit(func(r *SubmitRequest) { r.ModelID = 99 }), 404, "unknown model 99"},
		{"unknown job", edit(func(r *SubmitRequest) { r.JobID = 99999 }), 404, "no job 99999"},
		{"no signature", withField("signature", nil), 401, "signature is required"},
		{"short signature", withField("signature", "0x1234"), 400, "65"},
		{"signed by another account", edit(func(r *SubmitRequest) {
			r.Signature, _ = keySigner(w.outsider).Sign(JobRequest{JobID: r.JobID, ModelID: r.ModelID, InputCommitment: commitmentOf(r), Provider: keySigner(w.provider).Address}.Hash(p.svc.Domain()))
		}), 401, "signed by " + keySigner(w.outsider).Address.Hex()},
		{"signature altered", edit(func(r *SubmitRequest) { r.Signature[10] ^= 1 }), 401, "bad signature"},
		{"signature for another provider", edit(func(r *SubmitRequest) {
			r.Signature, _ = keySigner(w.buyer).Sign(JobRequest{JobID: r.JobID, ModelID: r.ModelID, InputCommitment: commitmentOf(r), Provider: keySigner(w.outsider).Address}.Hash(p.svc.Domain()))
		}), 401, "bad signature"},
		{"input that does not open the commitment", edit(func(r *SubmitRequest) { r.Input[300] ^= 1 }), 400, "do not open"},
		{"wrong salt", edit(func(r *SubmitRequest) { r.InputSalt = prover.Field(fr.NewElement(3)) }), 400, "do not open"},
		{"oversized body", append([]byte(`{"input":[`), bytes.Repeat([]byte("0,"), MaxRequestBody)...), 413, "larger than"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, msg, _ := post(t, p.srv.URL, tc.body)
			if code != tc.code || !strings.Contains(msg, tc.msg) {
				t.Errorf("got %d %q, want %d with %q", code, msg, tc.code, tc.msg)
			}
		})
	}
	// the service still serves: the honest request is accepted, once
	if code, msg, h := post(t, p.srv.URL, mustJSON(t, good)); code != http.StatusAccepted || h.Get("Location") == "" {
		t.Fatalf("honest request after the bad ones: %d %s", code, msg)
	}
	if code, msg, _ := post(t, p.srv.URL, mustJSON(t, good)); code != http.StatusConflict || !strings.Contains(msg, "already submitted") {
		t.Errorf("replayed request: %d %q", code, msg)
	}
	// another buyer's job is not this buyer's to submit: the deposit's account signs
	other := w.buyerFor(t, w.outsider, p.srv.URL)
	pur2 := w.deposit(t, other, 2)
	forged := *pur2.Request
	forged.Signature, _ = keySigner(w.buyer).Sign(JobRequest{JobID: forged.JobID, ModelID: forged.ModelID, InputCommitment: commitmentOf(&forged), Provider: keySigner(w.provider).Address}.Hash(p.svc.Domain()))
	if code, msg, _ := post(t, p.srv.URL, mustJSON(t, &forged)); code != http.StatusUnauthorized {
		t.Errorf("request for another buyer's deposit: %d %q", code, msg)
	}
	resp, err := http.Get(p.srv.URL + "/v1/jobs/abc")
	if err != nil || resp.StatusCode != 400 {
		t.Errorf("GET /v1/jobs/abc: %v %v", resp.Status, err)
	}
	resp, err = http.Get(p.srv.URL + "/v1/jobs/424242")
	if err != nil || resp.StatusCode != 404 {
		t.Errorf("GET unknown job: %v %v", resp.Status, err)
	}
}

func commitmentOf(r *SubmitRequest) prover.Field {
	return prover.Field(models.CommitTensor(models.DomainInput, r.InputSalt.Element(), r.Input))
}

// TestQueueFull: beyond the queue's capacity a request gets 429 with
// Retry-After, and is not stored: the buyer may send it again later.
func TestQueueFull(t *testing.T) {
	w := getWorld(t)
	p := startProvider(t, w, t.TempDir(), false, func(c *Config) { c.Queue = 1 })
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	first, second := w.deposit(t, b, 3), w.deposit(t, b, 4)
	if err := b.Submit(w.ctx, first); err != nil {
		t.Fatal(err)
	}
	code, msg, h := post(t, p.srv.URL, mustJSON(t, second.Request))
	if code != http.StatusTooManyRequests || h.Get("Retry-After") == "" || !strings.Contains(msg, "queue is full") {
		t.Fatalf("full queue: %d %q, Retry-After %q", code, msg, h.Get("Retry-After"))
	}
	if _, ok, _ := p.store.Get(second.JobID); ok {
		t.Error("a refused job was stored")
	}
	_, err := b.Client.Submit(w.ctx, second.Request)
	var api *APIError
	if !errors.As(err, &api) || api.RetryAfter == 0 {
		t.Errorf("client's view of 429: %v", err)
	}
}

// TestResumeAfterCrash: a job stored as being proved when the process died
// is proved again on the next start, and paid exactly once.
func TestResumeAfterCrash(t *testing.T) {
	w := getWorld(t)
	dir := t.TempDir()
	p := startProvider(t, w, dir, false, nil)
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	pur := w.deposit(t, b, 5)
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	// the state a worker leaves when it dies mid-proof
	if _, err := p.store.Update(pur.JobID, func(j *Job) error { j.State = StateProving; return nil }); err != nil {
		t.Fatal(err)
	}
	p.stop()

	p2 := startProvider(t, w, dir, true, nil)
	b.Client = NewClient(p2.srv.URL)
	v, err := b.Wait(w.ctx, pur, 20*time.Millisecond, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Check(pur, v, w.keys.VK); err != nil {
		t.Fatal(err)
	}
	waitState(t, p2.store, pur.JobID, StatePaid)
	if n := fulfilments(t, w, pur.JobID); n != 1 {
		t.Errorf("%d fulfilments, want 1", n)
	}
}

// TestFulfilIdempotent: a crash after the payment was mined but before the
// store recorded it does not lead to a second transaction, whether the
// store holds the signed transaction or not.
func TestFulfilIdempotent(t *testing.T) {
	w := getWorld(t)
	p := startProvider(t, w, t.TempDir(), true, nil)
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	pur := w.deposit(t, b, 6)
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	paid := waitState(t, p.store, pur.JobID, StatePaid)
	p.stop()

	addr := keySigner(w.provider).Address
	for _, tc := range []struct {
		name  string
		state State
		keep  bool
	}{{"proved, transaction not stored", StateProved, false}, {"submitted, transaction stored", StateSubmitted, true}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			store, err := OpenStore(filepath.Join(dir, "jobs.db"))
			if err != nil {
				t.Fatal(err)
			}
			j := *paid
			j.State, j.FulfilGas = tc.state, 0
			if !tc.keep {
				j.FulfilTx, j.FulfilTxHash = nil, [32]byte{}
			}
			if err := store.Put(&j); err != nil {
				t.Fatal(err)
			}
			store.Close()
			nonce, _ := w.chain.PendingNonceAt(w.ctx, addr)
			p := startProvider(t, w, dir, true, nil)
			waitState(t, p.store, pur.JobID, StatePaid)
			if after, _ := w.chain.PendingNonceAt(w.ctx, addr); after != nonce {
				t.Errorf("the provider sent %d transactions for a paid job", after-nonce)
			}
			if n := fulfilments(t, w, pur.JobID); n != 1 {
				t.Errorf("%d fulfilments", n)
			}
		})
	}
}

// TestWatcherAndHealth: the watcher records deposits for this provider and
// expires those whose input never came; health and metrics answer.
func TestWatcherAndHealth(t *testing.T) {
	w := getWorld(t)
	p := startProvider(t, w, t.TempDir(), true, nil)
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	pur, err := b.Deposit(w.ctx, w.modelID, w.model, w.keys.Options, w.keys.VK, sample(7), nil, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	waitState(t, p.store, pur.JobID, StateDeposited)
	v, err := b.Client.Job(w.ctx, pur.JobID, nil)
	if err != nil || v.State != StateDeposited {
		t.Fatalf("GET deposited job: %+v %v", v, err)
	}
	if err := w.chain.AdvanceTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	waitState(t, p.store, pur.JobID, StateExpired)
	// the buyer takes its deposit back
	from, _ := w.chain.Transactor(w.ctx, w.buyer)
	if _, err := w.market.Refund(w.ctx, from, new(big.Int).SetUint64(pur.JobID)); err != nil {
		t.Fatal(err)
	}

	resp, err := http.Get(p.srv.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(p.srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"zkinfer_queue_depth", "zkinfer_proving_seconds", `zkinfer_jobs{state="expired"} 1`, "zkinfer_http_requests_total", "zkinfer_chain_errors_total"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// TestNewRefusesMisconfiguration: a model registered by someone else or
// with another commitment is refused at start, before any job is taken.
func TestNewRefusesMisconfiguration(t *testing.T) {
	w := getWorld(t)
	store, err := OpenStore(filepath.Join(t.TempDir(), "jobs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	outFrom, _ := w.chain.Transactor(w.ctx, w.outsider)
	provFrom, _ := w.chain.Transactor(w.ctx, w.provider)
	lenet, err := zoo.Load("mnist-lenet")
	if err != nil {
		t.Fatal(err)
	}
	// the same model registered for PLONK proofs, which this service does not make
	key, err := w.keys.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	c := w.model.Commitment()
	// a key of the PLONK kind (the registry checks the kind byte only)
	plonkKey := append([]byte{2}, key[1:]...)
	plonkID, _, err := w.market.Register(w.ctx, provFrom, contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), Key: plonkKey, ProofSystem: contracts.Plonk, Price: w.price,
	})
	if err != nil {
		t.Fatal(err)
	}
	// the same model registered with another verifying key: its proofs
	// would never be paid
	otherKey := append([]byte(nil), key...)
	otherKey[len(otherKey)-1] ^= 1
	otherKeyID, _, err := w.market.Register(w.ctx, provFrom, contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), Key: otherKey, ProofSystem: contracts.Groth16, Price: w.price,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"a model registered for another proof system", Config{Signer: keySigner(w.provider), From: provFrom, Models: []Model{{ID: plonkID.Uint64(), Model: w.model, Keys: w.keys}}}, "registered for plonk proofs"},
		{"a model registered with another verifying key", Config{Signer: keySigner(w.provider), From: provFrom, Models: []Model{{ID: otherKeyID.Uint64(), Model: w.model, Keys: w.keys}}}, "another verifying key"},
		{"another provider's account", Config{Signer: keySigner(w.outsider), From: outFrom, Models: []Model{{ID: w.modelID, Model: w.model, Keys: w.keys}}}, "not by this provider"},
		{"keys of another circuit", Config{Signer: keySigner(w.provider), From: provFrom, Models: []Model{{ID: w.modelID, Model: lenet, Keys: w.keys}}}, "keys are for circuit"},
		{"unregistered model", Config{Signer: keySigner(w.provider), From: provFrom, Models: []Model{{ID: 77, Model: w.model, Keys: w.keys}}}, "UnknownModel"},
		{"mismatched signers", Config{Signer: keySigner(w.provider), From: outFrom, Models: []Model{{ID: w.modelID, Model: w.model, Keys: w.keys}}}, "attestations by"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.cfg
			c.Chain, c.Market, c.Store = w.chain, w.market, store
			if _, err := New(w.ctx, c); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// GET /v1/models shows the setup transcript the registry records for a
// model's key, and nothing for a key of no ceremony.
func TestModelsShowSetupTranscript(t *testing.T) {
	w := getWorld(t)
	store, err := OpenStore(filepath.Join(t.TempDir(), "jobs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	provFrom, _ := w.chain.Transactor(w.ctx, w.provider)
	key, err := w.keys.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	c := w.model.Commitment()
	transcript := sha256.Sum256([]byte("zkinfer ceremony transcript"))
	id, _, err := w.market.Register(w.ctx, provFrom, contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: contracts.Groth16, Transcript: transcript, Price: w.price,
	})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(w.ctx, Config{Chain: w.chain, Market: w.market, Store: store, Signer: keySigner(w.provider), From: provFrom,
		Models: []Model{{ID: w.modelID, Model: w.model, Keys: w.keys}, {ID: id.Uint64(), Model: w.model, Keys: w.keys}}})
	if err != nil {
		t.Fatal(err)
	}
	views := svc.Models()
	if len(views) != 2 || views[0].ID != w.modelID || views[1].ID != id.Uint64() {
		t.Fatalf("models: %+v", views)
	}
	if views[0].SetupTranscript != (common.Hash{}) || views[1].SetupTranscript != common.Hash(transcript) {
		t.Errorf("setup transcripts %x and %x, want none and %x", views[0].SetupTranscript, views[1].SetupTranscript, transcript)
	}
	none, err := json.Marshal(views[0])
	if err != nil {
		t.Fatal(err)
	}
	some, err := json.Marshal(views[1])
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(none, []byte("setupTranscript")) || !bytes.Contains(some, fmt.Appendf(nil, `"setupTranscript":"0x%x"`, transcript)) {
		t.Errorf("GET /v1/models entries:\n%s\n%s", none, some)
	}
}

// TestJobOfUnservedModelStaysQueued: a stored job for a model this run
// does not serve is neither proved nor dropped; a run that serves it will.
func TestJobOfUnservedModelStaysQueued(t *testing.T) {
	w := getWorld(t)
	dir := t.TempDir()
	store, err := OpenStore(filepath.Join(dir, "jobs.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Put(&Job{ID: 900001, ModelID: 99, State: StateQueued, Input: sample(0)}); err != nil {
		t.Fatal(err)
	}
	store.Close()
	p := startProvider(t, w, dir, true, nil)
	time.Sleep(300 * time.Millisecond)
	if j, ok, err := p.store.Get(900001); err != nil || !ok || j.State != StateQueued {
		t.Errorf("job of an unserved model: %+v %v", j, err)
	}
}

// refusingClient refuses the first n transactions sent through it, as a
// node that is briefly unreachable does.
type refusingClient struct {
	contracts.Client
	mu      sync.Mutex
	refuse  int
	refused int
}

func (c *refusingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	if c.refused < c.refuse {
		c.refused++
		c.mu.Unlock()
		return errors.New("node unavailable")
	}
	c.mu.Unlock()
	return c.Client.SendTransaction(ctx, tx)
}

// TestFulfilAfterRefusedTransactions: while the node refuses the first
// fulfil transactions, no later nonce is signed behind the refused one
// (which would wait forever); once the node takes them, every job is
// paid exactly once.
func TestFulfilAfterRefusedTransactions(t *testing.T) {
	w := getWorld(t)
	flaky := &refusingClient{Client: w.chain.Client, refuse: 4}
	p := startProvider(t, w, t.TempDir(), true, func(c *Config) {
		c.Chain = w.chain.WithClient(flaky)
		c.Market = contracts.NewMarket(c.Chain, w.market.Registry, w.market.Escrow)
		c.Workers = 2
	})
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	var purs []*Purchase
	for i := range 3 {
		pur := w.deposit(t, b, 8+i)
		if err := b.Submit(w.ctx, pur); err != nil {
			t.Fatal(err)
		}
		purs = append(purs, pur)
	}
	for _, pur := range purs {
		waitState(t, p.store, pur.JobID, StatePaid)
		if n := fulfilments(t, w, pur.JobID); n != 1 {
			t.Errorf("job %d: %d fulfilments", pur.JobID, n)
		}
	}
	if flaky.refused != flaky.refuse {
		t.Errorf("%d transactions refused, want %d", flaky.refused, flaky.refuse)
	}
}

// TestDepositRefusesAnotherKey: a model registered with another verifying
// key than the buyer pinned (here one that accepts junk proofs: every
// point at infinity) gets no deposit: Buyer.Deposit refuses before any
// transaction, and the buyer's balance does not move.
func TestDepositRefusesAnotherKey(t *testing.T) {
	w := getWorld(t)
	provFrom, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		t.Fatal(err)
	}
	key, err := w.keys.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, len(key))
	copy(junk, key[:32]) // the header: kind, counts
	c := w.model.Commitment()
	id, _, err := w.market.Register(w.ctx, provFrom, contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), Key: junk, ProofSystem: contracts.Groth16, Price: w.price,
	})
	if err != nil {
		t.Fatal(err)
	}
	b := w.buyerFor(t, w.buyer, "http://127.0.0.1:1")
	before, err := w.chain.BalanceAt(w.ctx, contracts.Address(w.buyer), nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := b.Deposit(w.ctx, id.Uint64(), w.model, w.keys.Options, w.keys.VK, sample(0), nil, time.Hour)
	if !errors.Is(err, contracts.ErrUntrustedJudge) || p != nil {
		t.Fatalf("deposit for a model with another key: %v (purchase %v), want ErrUntrustedJudge and none", err, p)
	}
	if after, _ := w.chain.BalanceAt(w.ctx, contracts.Address(w.buyer), nil); after.Cmp(before) != 0 {
		t.Errorf("the buyer's balance moved: %v → %v", before, after)
	}
	// the honest registration is still bought
	w.deposit(t, b, 0)
}
