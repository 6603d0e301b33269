package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/contracts/bindings/registry"
	"github.com/zkinfer/zkinfer/contracts/gethdev"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// proof is an honest bundle for one MNIST image, with the buyer's salt,
// bound to one job (or to none).
type proof struct {
	bundle  *prover.Bundle
	opening *prover.Opening
	sol     []byte
}

// world is what every test shares: the MNIST model, its Groth16
// development keys (both variants) and its PLONK keys under the
// development SRS, and the proofs made so far (proofs are bound to a job,
// so they are made on demand and kept: every env deploys at the same
// addresses and numbers its jobs from 1).
var world struct {
	model *models.Model
	keys  map[string]*prover.Keys // "plain" (bits), "commit" (logderiv), "plonk" (bits)
	mu    sync.Mutex
	made  map[string]proof
}

// variants are the circuits the tests pay: the two Groth16 circuits and
// the PLONK one.
var variants = []string{"plain", "commit", "plonk"}

// systemOf is the proof system of a variant.
func systemOf(variant string) contracts.ProofSystem {
	if variant == "plonk" {
		return contracts.Plonk
	}
	return contracts.Groth16
}

func TestMain(m *testing.M) {
	logger.Set(zerolog.Nop())
	mlp, err := zoo.MNISTMLP()
	if err != nil {
		panic(err)
	}
	world.model = mlp
	world.keys = map[string]*prover.Keys{}
	world.made = map[string]proof{}
	for name, rc := range map[string]prover.RangeCheck{"plain": prover.RangeCheckBits, "commit": prover.RangeCheckLogDeriv} {
		k, ok, err := devkeys.Load(mlp, prover.Options{Weights: prover.Fixed, RangeCheck: rc})
		if err != nil || !ok {
			panic("development keys missing")
		}
		world.keys[name] = k
	}
	pk, err := prover.SetupPlonk(context.Background(), mlp, prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckBits, ProofSystem: prover.BackendPlonk}, prover.UnsafeDevSRS(), "", nil)
	if err != nil {
		panic(err)
	}
	world.keys["plonk"] = pk
	os.Exit(m.Run())
}

// chainKey is a variant's verifying key in the on-chain encoding.
func chainKey(t testing.TB, variant string) []byte {
	key, err := world.keys[variant].ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// prove is the honest proof of a variant for MNIST test image sample
// (salt 1000+sample) bound to job (nil: no job), made once.
func prove(t testing.TB, variant string, sample int, job *prover.Job) proof {
	tag := job.Tag()
	name := fmt.Sprintf("%s/%d/%s", variant, sample, prover.Field(tag))
	world.mu.Lock()
	defer world.mu.Unlock()
	if p, ok := world.made[name]; ok {
		return p
	}
	p := proveWith(t, world.keys[variant], sample, job)
	world.made[name] = p
	return p
}

// proveWith proves MNIST test image sample (salt 1000+sample) under keys
// k, bound to job (nil: no job).
func proveWith(t testing.TB, k *prover.Keys, sample int, job *prover.Job) proof {
	t.Helper()
	var salt fr.Element
	salt.SetUint64(uint64(1000 + sample))
	b, o, _, err := prover.Prove(context.Background(), k, world.model, mnist.Quantize(zoo.Samples()[sample].Pixels), &salt, job)
	if err != nil {
		t.Fatal(err)
	}
	sol, err := prover.SolidityProof(b)
	if err != nil {
		t.Fatal(err)
	}
	return proof{b, o, sol}
}

// env is one fresh chain with the market deployed.
type env struct {
	t         *testing.T
	ctx       context.Context
	b         *contracts.Backend
	market    *contracts.Market
	chainID   *big.Int
	deployer  *ecdsa.PrivateKey
	providers []*ecdsa.PrivateKey
	buyers    []*ecdsa.PrivateKey
	gas       map[string]uint64
}

func newEnv(t *testing.T, nProviders, nBuyers int) *env {
	t.Helper()
	return newEnvOn(t, nil, nProviders, nBuyers)
}

// newGethEnv is newEnv on a geth --dev node: fresh accounts funded by its
// developer account, and a market of their own.
func newGethEnv(t *testing.T, node *gethdev.Node, nProviders, nBuyers int) *env {
	t.Helper()
	return newEnvOn(t, node, nProviders, nBuyers)
}

// newEnvOn deploys the market on the embedded chain (node nil) or on node.
func newEnvOn(t *testing.T, node *gethdev.Node, nProviders, nBuyers int) *env {
	e := &env{t: t, ctx: context.Background(), gas: map[string]uint64{}}
	funded := map[*ecdsa.PrivateKey]*big.Int{}
	// deterministic accounts, so that gas (which counts zero bytes of
	// calldata) is the same on every run
	newKey := func() *ecdsa.PrivateKey {
		seed := sha256.Sum256([]byte{byte(len(funded))})
		if node != nil { // fresh accounts on a node that outlives the test
			seed = sha256.Sum256([]byte(t.Name() + string(rune(len(funded)))))
		}
		k, err := crypto.ToECDSA(seed[:])
		if err != nil {
			t.Fatal(err)
		}
		funded[k] = new(big.Int).Mul(big.NewInt(1000), ether)
		return k
	}
	e.deployer = newKey()
	for range nProviders {
		e.providers = append(e.providers, newKey())
	}
	for range nBuyers {
		e.buyers = append(e.buyers, newKey())
	}
	if node == nil {
		e.b = contracts.NewEmbedded(funded)
	} else {
		var err error
		if e.b, err = contracts.Dial(e.ctx, node.URL); err != nil {
			t.Fatal(err)
		}
		var addrs []common.Address
		for k := range funded {
			addrs = append(addrs, contracts.Address(k))
		}
		node.Fund(t, new(big.Int).Mul(big.NewInt(100), ether), addrs...)
	}
	t.Cleanup(func() { e.b.Close() })
	var receipts []*types.Receipt
	var err error
	e.market, receipts, err = contracts.Deploy(e.ctx, e.b, e.tx(e.deployer, nil))
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"deploy Groth16 verifier", "deploy PLONK verifier", "deploy registry", "deploy escrow"} {
		e.gas[name] = receipts[i].GasUsed
	}
	if e.chainID, err = e.b.ChainID(e.ctx); err != nil {
		t.Fatal(err)
	}
	return e
}

// job names escrow job id of provider on this chain.
func (e *env) job(id *big.Int, provider *ecdsa.PrivateKey) *prover.Job {
	return &prover.Job{ChainID: e.chainID, Escrow: e.market.Escrow, ID: id, Provider: contracts.Address(provider)}
}

// createJob deposits value for one inference of model on the input of p,
// bound to provider, naming variant's key, and returns the job id.
func (e *env) createJob(buyer *ecdsa.PrivateKey, value, model *big.Int, variant string, input *big.Int, provider *ecdsa.PrivateKey, deadline uint64) (*big.Int, error) {
	id, r, err := e.market.CreateJob(e.ctx, e.tx(buyer, value), model, input, contracts.Address(provider), deadline, prover.ChainKeyHash(chainKey(e.t, variant)))
	if err == nil {
		e.gas["createJob"] = r.GasUsed
	}
	return id, err
}

func (e *env) tx(k *ecdsa.PrivateKey, value *big.Int) *bind.TransactOpts {
	o, err := e.b.Transactor(e.ctx, k)
	if err != nil {
		e.t.Fatal(err)
	}
	o.Value = value
	return o
}

func (e *env) balance(a common.Address) *big.Int {
	bal, err := e.b.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return bal
}

func (e *env) now() uint64 {
	h, err := e.b.Head(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// register registers the MNIST model (or a model with another commitment)
// with a variant's verifying key; it returns the model id.
func (e *env) register(provider *ecdsa.PrivateKey, variant string, commitment *big.Int, price *big.Int) *big.Int {
	if commitment == nil {
		c := world.model.Commitment()
		commitment = c.BigInt(new(big.Int))
	}
	id, r, err := e.market.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
		Commitment: commitment, Key: chainKey(e.t, variant), ProofSystem: systemOf(variant),
		Price: price, URI: "zkinfer://mnist-mlp",
	})
	if err != nil {
		e.t.Fatal(err)
	}
	e.gas["register"] = r.GasUsed
	return id
}

// The registry records the setup transcript a key names, unchecked: the
// model entry, the buyer's check of the judge and the ModelRegistered
// event all carry it; a key of no ceremony records zero. The entry's other
// fields are the ones registered.
func TestRegistrationRecordsSetupTranscript(t *testing.T) {
	e := newEnv(t, 1, 0)
	provider := e.providers[0]
	c := world.model.Commitment()
	transcript := sha256.Sum256([]byte("zkinfer ceremony transcript"))
	for _, tc := range []struct {
		name       string
		variant    string
		transcript [32]byte
	}{
		{"a ceremony's key", "plain", transcript},
		{"a single-party key", "plain", [32]byte{}},
		{"a PLONK key of a ceremony", "plonk", transcript},
	} {
		key := chainKey(t, tc.variant)
		reg := contracts.Registration{
			Commitment: c.BigInt(new(big.Int)), ProofSystem: systemOf(tc.variant), Key: key,
			Transcript: tc.transcript, Price: big.NewInt(7), PublicOutputs: 0, URI: "zkinfer://mnist-mlp/" + tc.name,
		}
		id, r, err := e.market.Register(e.ctx, e.tx(provider, nil), reg)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want := contracts.Model{
			Provider: contracts.Address(provider), ProofSystem: reg.ProofSystem, Active: true, PublicOutputs: reg.PublicOutputs,
			VerifyingKeyHash: prover.ChainKeyHash(key), Transcript: tc.transcript, Commitment: reg.Commitment, Price: reg.Price, URI: reg.URI,
		}
		m, err := e.market.Model(e.ctx, id)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want.VerifyingKey = m.VerifyingKey // the registry's data contract
		if fmt.Sprint(m) != fmt.Sprint(want) || m.VerifyingKey == (common.Address{}) {
			t.Errorf("%s: registered %+v, want %+v", tc.name, m, want)
		}
		judged, err := e.market.CheckJudge(e.ctx, id, reg.ProofSystem, key)
		if err != nil || judged.Transcript != tc.transcript {
			t.Errorf("%s: CheckJudge's model names transcript %x (%v), want %x", tc.name, judged.Transcript, err, tc.transcript)
		}
		var events int
		for _, l := range r.Logs {
			ev, err := registry.NewModelRegistry().UnpackModelRegisteredEvent(l)
			if err != nil {
				continue
			}
			events++
			if ev.ModelId.Cmp(id) != 0 || ev.Provider != want.Provider || ev.SetupTranscript != tc.transcript ||
				ev.VerifyingKeyHash != want.VerifyingKeyHash || ev.VerifyingKey != m.VerifyingKey || ev.Uri != reg.URI {
				t.Errorf("%s: ModelRegistered %+v, want model %s with transcript %x", tc.name, ev, id, tc.transcript)
			}
		}
		if events != 1 {
			t.Errorf("%s: %d ModelRegistered events", tc.name, events)
		}
	}
}

func inputCommitment(p proof) *big.Int {
	c := p.bundle.InputCommitment.Element()
	return c.BigInt(new(big.Int))
}

func outputCommitment(p proof) *big.Int {
	c := p.bundle.OutputCommitment.Element()
	return c.BigInt(new(big.Int))
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func TestValidProofPaysExactlyTheDeposit(t *testing.T) {
	for _, variant := range variants {
		e := newEnv(t, 1, 1)
		provider, buyer := e.providers[0], e.buyers[0]
		pAddr := contracts.Address(provider)
		price := big.NewInt(1e15)
		modelID := e.register(provider, variant, nil, price)
		if m, err := e.market.Model(e.ctx, modelID); err != nil || contracts.ProofSystem(m.ProofSystem) != systemOf(variant) {
			t.Fatalf("%s: registered model %+v (%v), want proof system %s", variant, m, err, systemOf(variant))
		}
		if _, err := e.market.CheckJudge(e.ctx, modelID, systemOf(variant), chainKey(t, variant)); err != nil {
			t.Fatalf("%s: the honest market's judge refused: %v", variant, err)
		}
		in := inputCommitment(prove(t, variant, 0, nil))
		deposit := new(big.Int).Mul(price, big.NewInt(3)) // more than the price: all of it is paid
		jobID, err := e.createJob(buyer, deposit, modelID, variant, in, provider, e.now()+3600)
		if err != nil {
			t.Fatal(err)
		}
		tag, err := e.market.JobTag(e.ctx, jobID)
		if want := e.job(jobID, provider).Tag(); err != nil || tag.Cmp(want.BigInt(new(big.Int))) != 0 {
			t.Fatalf("%s: escrow's job tag %v (%v), prover.Job.Tag %v", variant, tag, err, prover.Field(want))
		}
		if key, err := e.market.JobKey(e.ctx, jobID); err != nil || !bytes.Equal(key, chainKey(t, variant)) {
			t.Fatalf("%s: the job's key read from chain data differs from the registered one (%v)", variant, err)
		}
		p := prove(t, variant, 0, e.job(jobID, provider))
		before := e.balance(pAddr)
		r, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), jobID, outputCommitment(p), nil, p.sol)
		if err != nil {
			t.Fatalf("%s: valid proof rejected: %v", variant, err)
		}
		got := new(big.Int).Sub(e.balance(pAddr), before)
		got.Add(got, gasCost(r))
		if got.Cmp(deposit) != 0 {
			t.Errorf("%s: provider received %v, deposit was %v", variant, got, deposit)
		}
		if bal := e.balance(e.market.Escrow); bal.Sign() != 0 {
			t.Errorf("%s: escrow keeps %v after paying", variant, bal)
		}
		j, err := e.market.Job(e.ctx, jobID)
		if err != nil || j.State != contracts.JobPaid || j.Amount.Cmp(deposit) != 0 {
			t.Errorf("%s: job after fulfil: %+v %v", variant, j, err)
		}
		t.Logf("%s: fulfil %d gas", variant, r.GasUsed)
	}
}

// A PLONK model is paid only for its own PLONK proof: tampered proofs,
// proofs of other inputs and outputs, and Groth16 proofs of the same model
// are refused, and a PLONK proof does not pay a Groth16 model.
func TestTamperedPlonkProofIsRefused(t *testing.T) {
	e := newEnv(t, 1, 1)
	provider, buyer := e.providers[0], e.buyers[0]
	price := big.NewInt(1e15)
	plonkModel := e.register(provider, "plonk", nil, price)
	groth16Model := e.register(provider, "plain", nil, price)
	newJob := func(model *big.Int, variant string, input *big.Int) *big.Int {
		id, err := e.createJob(buyer, price, model, variant, input, provider, e.now()+3600)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	in0 := inputCommitment(prove(t, "plonk", 0, nil))
	job := newJob(plonkModel, "plonk", in0)
	p0 := prove(t, "plonk", 0, e.job(job, provider))
	p1 := prove(t, "plonk", 1, e.job(job, provider))
	gJob := newJob(plonkModel, "plonk", in0)
	g0 := prove(t, "plain", 0, e.job(gJob, provider))
	pJob := newJob(groth16Model, "plain", in0)
	pp := prove(t, "plonk", 0, e.job(pJob, provider))
	cases := []struct {
		name  string
		job   *big.Int
		out   *big.Int
		proof []byte
	}{
		{"wrong output", job, outputCommitment(p1), p0.sol},
		{"proof of another input", job, outputCommitment(p1), p1.sol},
		{"flipped byte in a commitment", job, outputCommitment(p0), flip(p0.sol, 40)},
		{"flipped byte in an opening", job, outputCommitment(p0), flip(p0.sol, len(p0.sol)-40)},
		{"truncated proof", job, outputCommitment(p0), p0.sol[:len(p0.sol)-32]},
		{"empty proof", job, outputCommitment(p0), nil},
		{"Groth16 proof of the same model", gJob, outputCommitment(g0), g0.sol},
		{"PLONK proof for a Groth16 model", pJob, outputCommitment(pp), pp.sol},
		{"the proof of another job", gJob, outputCommitment(p0), p0.sol},
	}
	for _, c := range cases {
		before := e.balance(e.market.Escrow)
		_, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), c.job, c.out, nil, c.proof)
		if !contracts.IsRevert(err, "InvalidProof") {
			t.Errorf("%s: error %v, want revert InvalidProof", c.name, err)
		}
		if e.balance(e.market.Escrow).Cmp(before) != 0 {
			t.Errorf("%s: escrow balance moved", c.name)
		}
	}
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p0), nil, p0.sol); err != nil {
		t.Fatalf("honest PLONK claim after the refused ones: %v", err)
	}
}

// Each way to claim a payment wrongly reverts with its own custom error and
// moves no funds.
func TestInvalidClaimsRevert(t *testing.T) {
	e := newEnv(t, 2, 1)
	provider, other, buyer := e.providers[0], e.providers[1], e.buyers[0]
	pAddr := contracts.Address(provider)
	price := big.NewInt(1e15)
	modelID := e.register(provider, "plain", nil, price)
	// another model served with the same key: the MNIST proof is not its proof
	otherModel, _ := models.SyntheticMLP("other", 5, 784, 10)
	oc := otherModel.Commitment()
	otherID := e.register(provider, "plain", oc.BigInt(new(big.Int)), price)

	in0, in1 := inputCommitment(prove(t, "plain", 0, nil)), inputCommitment(prove(t, "plain", 1, nil))
	newJob := func(model *big.Int, input *big.Int, deadline uint64) *big.Int {
		id, err := e.createJob(buyer, price, model, "plain", input, provider, deadline)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	job := newJob(modelID, in0, e.now()+3600)
	otherJob := newJob(otherID, in0, e.now()+3600)
	p0 := prove(t, "plain", 0, e.job(job, provider))
	p1 := prove(t, "plain", 1, e.job(job, provider))
	pOther := prove(t, "plain", 0, e.job(otherJob, provider))
	tampered := append([]byte(nil), p0.sol...)
	tampered[100] ^= 1

	expectRevert := func(what, name string, f func() error) {
		t.Helper()
		escrowBefore := e.balance(e.market.Escrow)
		accounts := []common.Address{pAddr, contracts.Address(other), contracts.Address(buyer)}
		before := make([]*big.Int, len(accounts))
		for i, a := range accounts {
			before[i] = e.balance(a)
		}
		err := f()
		if !contracts.IsRevert(err, name) {
			t.Errorf("%s: error %v, want revert %s", what, err, name)
		}
		if e.balance(e.market.Escrow).Cmp(escrowBefore) != 0 {
			t.Errorf("%s: escrow balance moved", what)
		}
		for i, a := range accounts {
			if e.balance(a).Cmp(before[i]) != 0 {
				t.Errorf("%s: balance of %s moved", what, a)
			}
		}
	}
	fulfill := func(from *ecdsa.PrivateKey, id, out *big.Int, sol []byte) func() error {
		return func() error {
			_, err := e.market.Fulfill(e.ctx, e.tx(from, nil), id, out, nil, sol)
			return err
		}
	}
	expectRevert("wrong output", "InvalidProof", fulfill(provider, job, outputCommitment(p1), p0.sol))
	expectRevert("tampered proof", "InvalidProof", fulfill(provider, job, outputCommitment(p0), tampered))
	expectRevert("proof of another input", "InvalidProof", fulfill(provider, job, outputCommitment(p1), p1.sol))
	expectRevert("another model's proof", "InvalidProof", fulfill(provider, otherJob, outputCommitment(pOther), pOther.sol))
	expectRevert("fulfil by another provider", "NotJobProvider", fulfill(other, job, outputCommitment(p0), p0.sol))
	expectRevert("public outputs the model does not have", "WrongPublicOutputCount", func() error {
		_, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p0), []*big.Int{big.NewInt(1)}, p0.sol)
		return err
	})
	expectRevert("refund before the deadline", "DeadlineNotReached", func() error {
		_, err := e.market.Refund(e.ctx, e.tx(buyer, nil), job)
		return err
	})
	expectRevert("job bound to another provider", "WrongProvider", func() error {
		_, err := e.createJob(buyer, price, modelID, "plain", in0, other, e.now()+3600)
		return err
	})
	expectRevert("deposit naming another key", "KeyMismatch", func() error {
		_, err := e.createJob(buyer, price, modelID, "commit", in0, provider, e.now()+3600)
		return err
	})
	expectRevert("a Groth16 key registered for PLONK", "KeyKind", func() error {
		c := world.model.Commitment()
		_, _, err := e.market.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
			Commitment: c.BigInt(new(big.Int)), Key: chainKey(t, "plain"), ProofSystem: contracts.Plonk, Price: price,
		})
		return err
	})
	expectRevert("deposit below price", "DepositBelowPrice", func() error {
		_, err := e.createJob(buyer, big.NewInt(1), modelID, "plain", in0, provider, e.now()+3600)
		return err
	})
	expectRevert("unknown model", "UnknownModel", func() error {
		_, err := e.createJob(buyer, price, big.NewInt(99), "plain", in0, provider, e.now()+3600)
		return err
	})

	// the honest claim pays, once
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p0), nil, p0.sol); err != nil {
		t.Fatalf("honest claim: %v", err)
	}
	expectRevert("replay on a fulfilled job", "JobNotOpen", fulfill(provider, job, outputCommitment(p0), p0.sol))

	// after the deadline: no fulfil, a refund
	late := newJob(modelID, in1, e.now()+60)
	pLate := prove(t, "plain", 1, e.job(late, provider))
	if err := e.b.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	expectRevert("fulfil after the deadline", "DeadlinePassed", fulfill(provider, late, outputCommitment(pLate), pLate.sol))
	bBefore := e.balance(contracts.Address(buyer))
	r, err := e.market.Refund(e.ctx, e.tx(buyer, nil), late)
	if err != nil {
		t.Fatalf("refund after the deadline: %v", err)
	}
	e.gas["refund"] = r.GasUsed
	got := new(big.Int).Sub(e.balance(contracts.Address(buyer)), bBefore)
	if got.Add(got, gasCost(r)).Cmp(price) != 0 {
		t.Errorf("refund returned %v, deposit was %v", got, price)
	}
	expectRevert("second refund", "JobNotOpen", func() error {
		_, err := e.market.Refund(e.ctx, e.tx(buyer, nil), late)
		return err
	})
}
