package service

import (
	"errors"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/verifier"
)

// sealedModel is a small model with an encrypted output, its keys, set
// up once for the package, and its registration in the shared world.
var sealedModel = sync.OnceValues(func() (*Model, error) {
	m, err := models.SyntheticMLP("sealed-mlp", 5, 784, 16, 10)
	if err != nil {
		return nil, err
	}
	k, err := prover.Setup(theWorld.ctx, m, prover.Options{Output: prover.Encrypted}, "", nil)
	if err != nil {
		return nil, err
	}
	return &Model{Model: m, Keys: k}, nil
})

// registerSealed registers the sealed model in the world, as encrypted
// (or, to test the buyer, claiming it is not).
func registerSealed(t *testing.T, w *world, encrypted bool) Model {
	t.Helper()
	sm, err := sealedModel()
	if err != nil {
		t.Fatal(err)
	}
	return w.register(t, sm.Model, sm.Keys, func(r *contracts.Registration) { r.EncryptedOutput = encrypted })
}

// withholding fronts a provider's API: requests pass, but the answer to
// a job's query (its output, salt and bundle) is withheld, as a provider
// that takes the payment and keeps the answer would.
func withholding(t *testing.T, api string) *httptest.Server {
	u, err := url.Parse(api)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/v1/jobs/") {
			http.Error(w, "withheld", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestEncryptedOutputWithoutTheAnswer is fair exchange end to end: the
// provider withholds its HTTP answer, and the buyer still gets the
// verified output, from the payment event alone. The provider's answer,
// when it does come, checks too.
func TestEncryptedOutputWithoutTheAnswer(t *testing.T) {
	w := getWorld(t)
	sm := registerSealed(t, w, true)
	p := startProvider(t, w, t.TempDir(), true, func(c *Config) { c.Models = append(c.Models, sm) })
	b := w.buyerFor(t, w.buyer, withholding(t, p.srv.URL).URL)
	secret, err := DeriveSecret(b.Signer)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := DeriveSecret(b.Signer); again.Public() != secret.Public() {
		t.Fatal("an account derives two encryption keys")
	}

	input := sample(3)
	if _, err := b.Deposit(w.ctx, sm.ID, sm.Model, sm.Keys.Options, sm.Keys.VK, input, nil, time.Hour); !errors.Is(err, prover.ErrBuyerKey) {
		t.Fatalf("a deposit for an encrypted output without the buyer's secret: %v", err)
	}
	b.Secret = secret
	pur, err := b.Deposit(w.ctx, sm.ID, sm.Model, sm.Keys.Options, sm.Keys.VK, input, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if pur.BuyerKey == nil || *pur.BuyerKey != secret.Public() {
		t.Fatalf("the deposit names key %v", pur.BuyerKey)
	}
	if _, err := b.Delivered(w.ctx, pur); !errors.Is(err, ErrNotPaid) {
		t.Errorf("delivered before the payment: %v", err)
	}
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Client.Job(w.ctx, pur.JobID, pur.Request.Signature); err == nil {
		t.Fatal("the answer was not withheld")
	}
	if st, err := b.WaitPaid(w.ctx, pur, 20*time.Millisecond); err != nil || st != contracts.JobPaid {
		t.Fatalf("escrow state %d, %v", st, err)
	}
	d, err := b.Delivered(w.ctx, pur)
	if err != nil {
		t.Fatalf("the payment does not deliver the output: %v", err)
	}
	trace, err := runtime.Execute(w.ctx, sm.Model, input)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Output, trace.Output(sm.Model)) {
		t.Fatalf("delivered %v, the model says %v", d.Output, trace.Output(sm.Model))
	}
	j := waitState(t, p.store, pur.JobID, StatePaid)
	if d.Tx != j.FulfilTxHash {
		t.Errorf("delivered by transaction %s, the provider's fulfil is %s", d.Tx.Hex(), j.FulfilTxHash.Hex())
	}

	// another buyer's secret opens nothing
	other := *b
	if other.Secret, err = DeriveSecret(keySigner(w.outsider)); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Delivered(w.ctx, pur); !errors.Is(err, prover.ErrNotForBuyer) {
		t.Errorf("another buyer's secret: %v", err)
	}

	// the answer, once the provider sends it, checks as well
	b.Client = NewClient(p.srv.URL)
	v, err := b.Wait(w.ctx, pur, 20*time.Millisecond, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Check(pur, v, sm.Keys.VK); err != nil {
		t.Fatalf("the provider's answer: %v", err)
	}
	if v.Bundle.Sealed == nil || v.Bundle.Sealed.BuyerKey != secret.Public() {
		t.Errorf("the bundle's sealed output: %+v", v.Bundle.Sealed)
	}
}

// TestDepositRefusesUnsealedRegistration: a provider who registers an
// encrypted-output circuit as if its output were not encrypted would name
// the buyer key itself in its fulfil (its own, say), and be paid for an
// output the buyer cannot read. The buyer refuses to deposit.
func TestDepositRefusesUnsealedRegistration(t *testing.T) {
	w := getWorld(t)
	sm := registerSealed(t, w, false)
	b := w.buyerFor(t, w.buyer, "http://127.0.0.1:1")
	var err error
	if b.Secret, err = DeriveSecret(b.Signer); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Deposit(w.ctx, sm.ID, sm.Model, sm.Keys.Options, sm.Keys.VK, sample(0), nil, time.Hour); !errors.Is(err, verifier.ErrModelMismatch) {
		t.Fatalf("a deposit for an encrypted circuit registered as not encrypted: %v", err)
	}
	// and a provider will not serve it
	store, err := OpenStore(filepath.Join(t.TempDir(), "jobs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	from, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(w.ctx, Config{Chain: w.chain, Market: w.market, Signer: keySigner(w.provider), From: from, Store: store, Models: []Model{sm}}); err == nil || !strings.Contains(err.Error(), "encrypted output") {
		t.Errorf("a service for a model registered with the wrong output mode: %v", err)
	}
}

// TestSubmitRefusesUnsealableKey: a deposit whose buyer key names no
// point of the curve's prime subgroup (the escrow cannot check it) is
// refused when its input comes, before any proving, with what happens to
// the deposit.
func TestSubmitRefusesUnsealableKey(t *testing.T) {
	w := getWorld(t)
	sm := registerSealed(t, w, true)
	p := startProvider(t, w, t.TempDir(), false, func(c *Config) { c.Models = append(c.Models, sm) })
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	// a y with no x on the curve
	var bad *big.Int
	for y := int64(2); ; y++ {
		if err := prover.CheckBuyerKey(prover.Field(*new(fr.Element).SetInt64(y))); err != nil {
			bad = big.NewInt(y)
			break
		}
	}
	input := sample(1)
	salt, err := models.NewSalt()
	if err != nil {
		t.Fatal(err)
	}
	c := models.CommitTensor(models.DomainInput, salt, input)
	key, err := sm.Keys.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	head, err := w.chain.Head(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := *b.From
	from.Value = w.price
	id, _, err := w.market.CreateSealedJob(w.ctx, &from, new(big.Int).SetUint64(sm.ID), c.BigInt(new(big.Int)), keySigner(w.provider).Address, head.Time+3600, prover.ChainKeyHash(key), bad)
	if err != nil {
		t.Fatal(err)
	}
	domain := p.svc.Domain()
	req := &SubmitRequest{JobID: id.Uint64(), ModelID: sm.ID, Input: input, InputSalt: prover.Field(salt)}
	if req.Signature, err = b.Signer.Sign(JobRequest{JobID: req.JobID, ModelID: sm.ID, InputCommitment: prover.Field(c), Provider: keySigner(w.provider).Address}.Hash(domain)); err != nil {
		t.Fatal(err)
	}
	_, err = b.Client.Submit(w.ctx, req)
	if !IsStatus(err, http.StatusUnprocessableEntity) || !strings.Contains(err.Error(), "deadline") {
		t.Errorf("a request for a job whose key seals nothing: %v", err)
	}
}
