package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/prover"
)

// sealedKeys are the MNIST MLP's Groth16 keys with an encrypted output
// (fixed weights, bit range checks), set up once for the package.
var sealedKeys = sync.OnceValues(func() (*prover.Keys, error) {
	return prover.Setup(context.Background(), world.model, sealedOptions, "", nil)
})

var sealedOptions = prover.Options{Weights: prover.Fixed, Output: prover.Encrypted, RangeCheck: prover.RangeCheckBits}

func sealedKey(t testing.TB) (*prover.Keys, []byte) {
	t.Helper()
	k, err := sealedKeys()
	if err != nil {
		t.Fatal(err)
	}
	key, err := k.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	return k, key
}

// proveSealed proves MNIST test image sample for job, its output sealed
// to the job's buyer key.
func proveSealed(t testing.TB, sample int, job *prover.Job) proof {
	t.Helper()
	k, _ := sealedKey(t)
	return proveWith(t, k, sample, job)
}

// sealedOutputs is what a fulfil of a sealed proof carries after the
// output commitment: the ephemeral key and the ciphertext.
func sealedOutputs(p proof) []*big.Int {
	var out []*big.Int
	for _, e := range p.bundle.Sealed.Elements()[1:] {
		out = append(out, e.BigInt(new(big.Int)))
	}
	return out
}

// registerSealed registers the MNIST model with its encrypted-output
// Groth16 key.
func (e *env) registerSealed(provider *ecdsa.PrivateKey, price *big.Int) *big.Int {
	_, key := sealedKey(e.t)
	id, gas := e.registerEncrypted(provider, price, contracts.Groth16, key)
	e.gas["register sealed"] = gas
	return id
}

// registerEncrypted registers the MNIST model, its output encrypted,
// under key of a proof system; it returns the model id and the gas used.
func (e *env) registerEncrypted(provider *ecdsa.PrivateKey, price *big.Int, system contracts.ProofSystem, key []byte) (*big.Int, uint64) {
	c := world.model.Commitment()
	id, r, err := e.market.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: system, Price: price,
		PublicOutputs: uint32(1 + prover.CiphertextLen(10)), EncryptedOutput: true, URI: "zkinfer://mnist-mlp/encrypted",
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return id, r.GasUsed
}

func (e *env) createSealedJob(buyer *ecdsa.PrivateKey, price, model *big.Int, input *big.Int, provider *ecdsa.PrivateKey, key *big.Int) (*big.Int, error) {
	_, vk := sealedKey(e.t)
	id, r, err := e.market.CreateSealedJob(e.ctx, e.tx(buyer, price), model, input, contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(vk), key)
	if err == nil {
		e.gas["createJob sealed"] = r.GasUsed
	}
	return id, err
}

func keyInt(f prover.Field) *big.Int {
	e := f.Element()
	return e.BigInt(new(big.Int))
}

// TestSealedOutputDeliveredByPayment: the escrow pays a proof of an
// encrypted output only with the ciphertext sealed to the key the buyer
// named at deposit, for that job, exactly as proven; the payment event
// alone then gives the buyer its output. Refused, with a real proof each:
// a ciphertext sealed to another buyer's key, a ciphertext altered after
// proving, a mismatched ephemeral key, and the proof of another job. A
// third party with the chain data and another key decrypts values that
// fail the commitment. Deposits without a key, with a key the model does
// not use, or with an unreduced key are refused, and so is a batch key
// for the model.
func TestSealedOutputDeliveredByPayment(t *testing.T) {
	e := newEnv(t, 1, 2)
	provider, alice, bob := e.providers[0], e.buyers[0], e.buyers[1]
	aliceKey, bobKey := prover.DeriveBuyerSecret([]byte("alice")), prover.DeriveBuyerSecret([]byte("bob"))
	price := big.NewInt(1e15)
	model := e.registerSealed(provider, price)
	in := inputCommitment(prove(t, "plain", 0, nil)) // the same input and salt
	_, vk := sealedKey(t)

	// deposits
	if _, err := e.createSealedJob(alice, price, model, in, provider, big.NewInt(0)); !contracts.IsRevert(err, "BuyerKeyRequired") {
		t.Errorf("a deposit with no buyer key: %v", err)
	}
	if _, err := e.createSealedJob(alice, price, model, in, provider, big.NewInt(1)); !contracts.IsRevert(err, "BuyerKeyRequired") {
		t.Errorf("a deposit naming the identity: %v", err)
	}
	unreduced := new(big.Int).Add(keyInt(aliceKey.Public()), fr.Modulus())
	if _, err := e.createSealedJob(alice, price, model, in, provider, unreduced); !contracts.IsRevert(err, "BuyerKeyNotInField") {
		t.Errorf("an unreduced buyer key: %v", err)
	}
	plain := e.register(provider, "plain", nil, price)
	if _, _, err := e.market.CreateSealedJob(e.ctx, e.tx(alice, price), plain, in, contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(chainKey(t, "plain")), keyInt(aliceKey.Public())); !contracts.IsRevert(err, "BuyerKeyNotUsed") {
		t.Errorf("a buyer key for a committed output: %v", err)
	}
	if _, _, err := e.market.RegisterBatchKey(e.ctx, e.tx(provider, nil), model, 4, vk); !contracts.IsRevert(err, "EncryptedOutputNotBatched") {
		t.Errorf("a batch key for an encrypted output: %v", err)
	}
	job, err := e.createSealedJob(alice, price, model, in, provider, keyInt(aliceKey.Public()))
	if err != nil {
		t.Fatal(err)
	}
	other, err := e.createSealedJob(bob, price, model, in, provider, keyInt(bobKey.Public()))
	if err != nil {
		t.Fatal(err)
	}
	if k, err := e.market.BuyerKey(e.ctx, job); err != nil || k.Cmp(keyInt(aliceKey.Public())) != 0 {
		t.Fatalf("the job holds buyer key %v (%v)", k, err)
	}
	ak, bk := aliceKey.Public(), bobKey.Public()
	forAlice := e.job(job, provider)
	forAlice.BuyerKey = &ak

	honest := proveSealed(t, 0, forAlice)
	refusedAs := func(what, revert string, p proof, outputs []*big.Int) {
		t.Helper()
		if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p), outputs, p.sol); !contracts.IsRevert(err, revert) {
			t.Errorf("%s: %v", what, err)
		}
	}
	refused := func(what string, p proof, outputs []*big.Int) {
		t.Helper()
		refusedAs(what, "InvalidProof", p, outputs)
	}
	// sealed to bob's key, claimed for alice's job
	forBob := e.job(job, provider)
	forBob.BuyerKey = &bk
	toBob := proveSealed(t, 0, forBob)
	refused("a ciphertext sealed to another buyer key", toBob, sealedOutputs(toBob))
	// altered after proving
	for i := 1; i < len(sealedOutputs(honest)); i++ {
		outs := sealedOutputs(honest)
		outs[i] = new(big.Int).Add(outs[i], big.NewInt(1))
		refused("an altered ciphertext", honest, outs)
	}
	// another proof's ephemeral key
	again := proveSealed(t, 0, forAlice)
	outs := sealedOutputs(honest)
	outs[0] = sealedOutputs(again)[0]
	refused("a mismatched ephemeral key", honest, outs)
	// the proof of bob's job, with alice's key, on alice's job
	otherJob := e.job(other, provider)
	otherJob.BuyerKey = &ak
	ofOther := proveSealed(t, 0, otherJob)
	refused("a proof for another job", ofOther, sealedOutputs(ofOther))
	refusedAs("no ciphertext's last element", "WrongPublicOutputCount", honest, sealedOutputs(honest)[:2])

	// the honest twin is paid, and its event delivers the output
	before := e.balance(contracts.Address(provider))
	r, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(honest), sealedOutputs(honest), honest.sol)
	if err != nil {
		t.Fatal(err)
	}
	e.gas["fulfil sealed"] = r.GasUsed
	if e.balance(contracts.Address(provider)).Cmp(before) <= 0 {
		t.Error("the provider was not paid")
	}
	ev, err := e.market.Fulfilment(e.ctx, job, 0, nil)
	if err != nil || ev == nil {
		t.Fatalf("no JobFulfilled event: %v", err)
	}
	sealed, err := prover.SealedFromChain(keyInt(ak), ev.PublicOutputs)
	if err != nil {
		t.Fatal(err)
	}
	tag, commitment := forAlice.Tag(), prover.FieldOfBig(ev.OutputCommitment).Element()
	_, got, err := aliceKey.Open(sealed, tag, commitment, 10)
	if err != nil || !slices.Equal(got, honest.opening.Output) {
		t.Fatalf("the buyer opens %v from the payment event (%v), the output is %v", got, err, honest.opening.Output)
	}
	// a third party with the chain data and its own key
	if _, _, err := bobKey.Open(sealed, tag, commitment, 10); !errors.Is(err, prover.ErrNotForBuyer) {
		t.Errorf("another key opened the output: %v", err)
	}
	sealed.BuyerKey = bk
	if salt, vals, err := bobKey.Decrypt(sealed, tag, 10); err != nil || slices.Equal(vals, got) {
		t.Errorf("another key decrypted the output (%v)", err)
	} else if c := prover.Commit(world.model, sealedOptions, &prover.Opening{Output: vals, OutputSalt: prover.Field(salt)}); c.OutputCommitment == commitment {
		t.Error("a wrong key's values open the commitment")
	}
}

// TestSealedPlonkOutputDeliveredByPayment: an encrypted output proven
// with PLONK (the development SRS) is paid on chain through the PLONK
// verifier only with the ciphertext exactly as proven, and the payment
// event gives the buyer its output.
func TestSealedPlonkOutputDeliveredByPayment(t *testing.T) {
	if testing.Short() {
		t.Skip("a PLONK setup of the MNIST MLP with an encrypted output")
	}
	opts := sealedOptions
	opts.ProofSystem = prover.BackendPlonk
	k, err := prover.SetupPlonk(context.Background(), world.model, opts, prover.UnsafeDevSRS(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	key, err := k.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, 1, 1)
	provider, alice := e.providers[0], e.buyers[0]
	secret := prover.DeriveBuyerSecret([]byte("alice"))
	price := big.NewInt(1e15)
	model, _ := e.registerEncrypted(provider, price, contracts.Plonk, key)
	in := inputCommitment(prove(t, "plain", 0, nil))
	job, _, err := e.market.CreateSealedJob(e.ctx, e.tx(alice, price), model, in, contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(key), keyInt(secret.Public()))
	if err != nil {
		t.Fatal(err)
	}
	pub := secret.Public()
	j := e.job(job, provider)
	j.BuyerKey = &pub
	p := proveWith(t, k, 0, j)
	b, o, sol := p.bundle, p.opening, p.sol
	outs := sealedOutputs(p)
	outs[len(outs)-1] = new(big.Int).Add(outs[len(outs)-1], big.NewInt(1))
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p), outs, sol); !contracts.IsRevert(err, "InvalidProof") {
		t.Errorf("an altered ciphertext: %v", err)
	}
	r, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p), sealedOutputs(p), sol)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := e.market.Fulfilment(e.ctx, job, 0, nil)
	if err != nil || ev == nil {
		t.Fatalf("no JobFulfilled event: %v", err)
	}
	sealed, err := prover.SealedFromChain(keyInt(pub), ev.PublicOutputs)
	if err != nil {
		t.Fatal(err)
	}
	_, got, err := secret.Open(sealed, j.Tag(), prover.FieldOfBig(ev.OutputCommitment).Element(), 10)
	if err != nil || !slices.Equal(got, o.Output) {
		t.Fatalf("the buyer opens %v from the payment event (%v), the output is %v", got, err, o.Output)
	}
	t.Logf("PLONK, encrypted output: %d constraints, fulfil %d gas", b.Constraints, r.GasUsed)
}
