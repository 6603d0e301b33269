package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"math/big"
	"os"
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
	"github.com/zkinfer/zkinfer/contracts/bindings/verifiers"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// proof is an honest bundle for one MNIST image, with the buyer's salt.
type proof struct {
	bundle  *prover.Bundle
	opening *prover.Opening
	sol     []byte
}

// world is what every test shares: the MNIST model, its Groth16
// development keys (both variants), its PLONK keys under the development
// SRS, and honest bundles for a few images.
var world struct {
	model  *models.Model
	keys   map[string]*prover.Keys // "plain" (bits), "commit" (logderiv), "plonk" (bits)
	proofs map[string][]proof      // by variant
}

// variants are the deployed verifiers: the two Groth16 circuits and the
// PLONK one.
var variants = []string{"plain", "commit", "plonk"}

// systemOf is the proof system of a variant's verifier.
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
	world.proofs = map[string][]proof{}
	for name, rc := range map[string]prover.RangeCheck{"plain": prover.RangeCheckBits, "commit": prover.RangeCheckLogDeriv} {
		k, ok, err := devkeys.Load(mlp, prover.Options{Weights: prover.Fixed, RangeCheck: rc})
		if err != nil || !ok {
			panic("development keys missing")
		}
		world.keys[name] = k
		for i := range 3 {
			var salt fr.Element
			salt.SetUint64(uint64(1000 + i))
			b, o, _, err := prover.Prove(context.Background(), k, mlp, mnist.Quantize(zoo.Samples()[i].Pixels), &salt)
			if err != nil {
				panic(err)
			}
			sol, err := prover.SolidityProof(b)
			if err != nil {
				panic(err)
			}
			world.proofs[name] = append(world.proofs[name], proof{b, o, sol})
		}
	}
	// PLONK: keys from the development SRS, whose verifier is compiled in
	pk, err := prover.SetupPlonk(context.Background(), mlp, prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckBits, ProofSystem: prover.BackendPlonk}, prover.UnsafeDevSRS(), "", nil)
	if err != nil {
		panic(err)
	}
	world.keys["plonk"] = pk
	for i := range 2 {
		var salt fr.Element
		salt.SetUint64(uint64(2000 + i))
		b, o, _, err := prover.Prove(context.Background(), pk, mlp, mnist.Quantize(zoo.Samples()[i].Pixels), &salt)
		if err != nil {
			panic(err)
		}
		sol, err := prover.SolidityProof(b)
		if err != nil {
			panic(err)
		}
		world.proofs["plonk"] = append(world.proofs["plonk"], proof{b, o, sol})
	}
	os.Exit(m.Run())
}

// env is one fresh chain with the market and every verifier deployed.
type env struct {
	t         *testing.T
	ctx       context.Context
	b         *contracts.Backend
	market    *contracts.Market
	deployer  *ecdsa.PrivateKey
	providers []*ecdsa.PrivateKey
	buyers    []*ecdsa.PrivateKey
	verifier  map[string]common.Address
	gas       map[string]uint64
}

func newEnv(t *testing.T, nProviders, nBuyers int) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), verifier: map[string]common.Address{}, gas: map[string]uint64{}}
	funded := map[*ecdsa.PrivateKey]*big.Int{}
	// deterministic accounts, so that gas (which counts zero bytes of
	// calldata) is the same on every run
	newKey := func() *ecdsa.PrivateKey {
		seed := sha256.Sum256([]byte{byte(len(funded))})
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
	e.b = contracts.NewEmbedded(funded)
	t.Cleanup(func() { e.b.Close() })
	var receipts []*types.Receipt
	var err error
	e.market, receipts, err = contracts.Deploy(e.ctx, e.b, e.tx(e.deployer, nil))
	if err != nil {
		t.Fatal(err)
	}
	e.gas["deploy registry"], e.gas["deploy escrow"] = receipts[0].GasUsed, receipts[1].GasUsed
	// in a fixed order: addresses, and so calldata gas, must not vary
	for _, v := range []struct{ name, bin string }{
		{"plain", verifiers.MnistMlpFixedVerifierMetaData.Bin},
		{"commit", verifiers.MnistMlpFixedCommitVerifierMetaData.Bin},
		{"plonk", verifiers.MnistMlpFixedPlonkUnsafeDevVerifierMetaData.Bin},
	} {
		name := v.name
		addr, r, err := contracts.DeployVerifier(e.ctx, e.b, e.tx(e.deployer, nil), v.bin)
		if err != nil {
			t.Fatal(err)
		}
		e.verifier[name] = addr
		e.gas["deploy verifier "+name] = r.GasUsed
	}
	return e
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
// with a verifier; it returns the model id.
func (e *env) register(provider *ecdsa.PrivateKey, verifier string, commitment *big.Int, price *big.Int) *big.Int {
	if commitment == nil {
		c := world.model.Commitment()
		commitment = c.BigInt(new(big.Int))
	}
	id, r, err := e.market.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
		Commitment: commitment, Verifier: e.verifier[verifier], ProofSystem: systemOf(verifier),
		Price: price, URI: "zkinfer://mnist-mlp",
	})
	if err != nil {
		e.t.Fatal(err)
	}
	e.gas["register"] = r.GasUsed
	return id
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
		p := world.proofs[variant][0]
		deposit := new(big.Int).Mul(price, big.NewInt(3)) // more than the price: all of it is paid
		jobID, r, err := e.market.CreateJob(e.ctx, e.tx(buyer, deposit), modelID, inputCommitment(p), pAddr, e.now()+3600)
		if err != nil {
			t.Fatal(err)
		}
		e.gas["createJob"] = r.GasUsed
		before := e.balance(pAddr)
		r, err = e.market.Fulfill(e.ctx, e.tx(provider, nil), jobID, outputCommitment(p), nil, p.sol)
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
	pAddr := contracts.Address(provider)
	price := big.NewInt(1e15)
	plonkModel := e.register(provider, "plonk", nil, price)
	groth16Model := e.register(provider, "plain", nil, price)
	p0, p1 := world.proofs["plonk"][0], world.proofs["plonk"][1]
	g0 := world.proofs["plain"][0]
	newJob := func(model *big.Int, input *big.Int) *big.Int {
		id, _, err := e.market.CreateJob(e.ctx, e.tx(buyer, price), model, input, pAddr, e.now()+3600)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	job := newJob(plonkModel, inputCommitment(p0))
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
		{"Groth16 proof of the same model", newJob(plonkModel, inputCommitment(g0)), outputCommitment(g0), g0.sol},
		{"PLONK proof for a Groth16 model", newJob(groth16Model, inputCommitment(p0)), outputCommitment(p0), p0.sol},
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
	// another model served with the same verifier: the MNIST proof is not its proof
	otherModel, _ := models.SyntheticMLP("other", 5, 784, 10)
	oc := otherModel.Commitment()
	otherID := e.register(provider, "plain", oc.BigInt(new(big.Int)), price)

	p0, p1 := world.proofs["plain"][0], world.proofs["plain"][1]
	newJob := func(model *big.Int, p proof, deadline uint64) *big.Int {
		id, _, err := e.market.CreateJob(e.ctx, e.tx(buyer, price), model, inputCommitment(p), pAddr, deadline)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	job := newJob(modelID, p0, e.now()+3600)
	otherJob := newJob(otherID, p0, e.now()+3600)
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
	expectRevert("another model's proof", "InvalidProof", fulfill(provider, otherJob, outputCommitment(p0), p0.sol))
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
		_, _, err := e.market.CreateJob(e.ctx, e.tx(buyer, price), modelID, inputCommitment(p0), contracts.Address(other), e.now()+3600)
		return err
	})
	expectRevert("deposit below price", "DepositBelowPrice", func() error {
		_, _, err := e.market.CreateJob(e.ctx, e.tx(buyer, big.NewInt(1)), modelID, inputCommitment(p0), pAddr, e.now()+3600)
		return err
	})
	expectRevert("unknown model", "UnknownModel", func() error {
		_, _, err := e.market.CreateJob(e.ctx, e.tx(buyer, price), big.NewInt(99), inputCommitment(p0), pAddr, e.now()+3600)
		return err
	})

	// the honest claim pays, once
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p0), nil, p0.sol); err != nil {
		t.Fatalf("honest claim: %v", err)
	}
	expectRevert("replay on a fulfilled job", "JobNotOpen", fulfill(provider, job, outputCommitment(p0), p0.sol))

	// after the deadline: no fulfil, a refund
	late := newJob(modelID, p0, e.now()+60)
	if err := e.b.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	expectRevert("fulfil after the deadline", "DeadlinePassed", fulfill(provider, late, outputCommitment(p0), p0.sol))
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

// TestCompiledVerifierFor: a compiled verifier is found for the keys it
// checks, and for no other key of the same circuit.
func TestCompiledVerifierFor(t *testing.T) {
	for _, variant := range variants {
		k := world.keys[variant]
		if _, ok := contracts.CompiledVerifierFor(k.ID, k.VKHash); !ok {
			t.Errorf("%s: no compiled verifier for its own keys", variant)
		}
		other := []byte(k.VKHash)
		other[0] ^= 1
		if _, ok := contracts.CompiledVerifierFor(k.ID, string(other)); ok {
			t.Errorf("%s: the compiled verifier offered for another key of the circuit", variant)
		}
	}
	if _, ok := contracts.CompiledVerifierFor("000000000000000000000000", world.keys["plain"].VKHash); ok {
		t.Error("a compiled verifier offered for an unknown circuit")
	}
}
