package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/contracts/bindings/escrow"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
)

// batchKeys holds the MNIST MLP's batch circuits (fixed weights, lookups),
// set up on first use.
var batchKeys struct {
	mu   sync.Mutex
	keys map[int]*prover.Keys
}

func batchKeysOf(t testing.TB, jobs int) *prover.Keys {
	t.Helper()
	batchKeys.mu.Lock()
	defer batchKeys.mu.Unlock()
	if k, ok := batchKeys.keys[jobs]; ok {
		return k
	}
	k, err := prover.Setup(context.Background(), world.model, prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckLogDeriv, Batch: jobs}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if batchKeys.keys == nil {
		batchKeys.keys = map[int]*prover.Keys{}
	}
	batchKeys.keys[jobs] = k
	return k
}

func batchChainKey(t testing.TB, jobs int) []byte {
	key, err := batchKeysOf(t, jobs).ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// batchProof proves MNIST test images samples (salts 1000+sample, as
// prove's) in one batch bound to job, and returns the escrow's arguments.
type batchClaim struct {
	outputs []*big.Int
	sol     []byte
}

func proveBatch(t testing.TB, samples []int, job *prover.BatchJob) batchClaim {
	t.Helper()
	inputs := make([][]int8, len(samples))
	salts := make([]*fr.Element, len(samples))
	for i, s := range samples {
		inputs[i] = mnist.Quantize(zoo.Samples()[s].Pixels)
		salts[i] = new(fr.Element).SetUint64(uint64(1000 + s))
	}
	b, _, _, err := prover.ProveBatch(context.Background(), batchKeysOf(t, len(samples)), world.model, inputs, salts, job)
	if err != nil {
		t.Fatal(err)
	}
	sol, err := prover.SolidityBatchProof(b)
	if err != nil {
		t.Fatal(err)
	}
	outs, _ := prover.BatchChainInputs(b.Statement())
	return batchClaim{outs, sol}
}

func (e *env) batchJob(provider *ecdsa.PrivateKey, ids []*big.Int) *prover.BatchJob {
	return &prover.BatchJob{ChainID: e.chainID, Escrow: e.market.Escrow, Provider: contracts.Address(provider), IDs: ids}
}

// registerBatch registers the MNIST model with the "commit" key and a
// batch key for jobs jobs; it returns the model id.
func (e *env) registerBatch(provider *ecdsa.PrivateKey, jobs int, price *big.Int) *big.Int {
	model := e.register(provider, "commit", nil, price)
	index, r, err := e.market.RegisterBatchKey(e.ctx, e.tx(provider, nil), model, uint32(jobs), batchChainKey(e.t, jobs))
	if err != nil {
		e.t.Fatal(err)
	}
	if index != 0 {
		e.t.Fatalf("first batch key has index %d", index)
	}
	e.gas["registerBatchKey"] = r.GasUsed
	return model
}

// depositBatch makes one job per sample, each accepting accept batch keys.
func (e *env) depositBatch(buyer, provider *ecdsa.PrivateKey, model, price *big.Int, samples []int, accept uint16) []*big.Int {
	var ids []*big.Int
	for _, s := range samples {
		id, r, err := e.market.CreateBatchableJob(e.ctx, e.tx(buyer, price), model, inputCommitment(prove(e.t, "commit", s, nil)),
			contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(chainKey(e.t, "commit")), accept)
		if err != nil {
			e.t.Fatal(err)
		}
		e.gas["createJob accepting batches"] = r.GasUsed
		ids = append(ids, id)
	}
	return ids
}

// TestBatchSettlement: one batch proof pays each of its jobs exactly its
// deposit, with one event per job; every way to claim a batch wrongly
// reverts and moves no funds, and its honest twin then pays.
func TestBatchSettlement(t *testing.T) {
	const jobs = 4
	e := newEnv(t, 2, 1)
	provider, other, buyer := e.providers[0], e.providers[1], e.buyers[0]
	price := big.NewInt(1e15)
	model := e.registerBatch(provider, jobs, price)
	samples := []int{0, 1, 2, 3}
	ids := e.depositBatch(buyer, provider, model, price, samples, 1)
	honest := proveBatch(t, samples, e.batchJob(provider, ids))

	expectRevert := func(what, name string, f func() error) {
		t.Helper()
		before := e.balance(e.market.Escrow)
		err := f()
		if !contracts.IsRevert(err, name) {
			t.Errorf("%s: error %v, want revert %s", what, err, name)
		}
		if e.balance(e.market.Escrow).Cmp(before) != 0 {
			t.Errorf("%s: escrow balance moved", what)
		}
	}
	fulfil := func(from *ecdsa.PrivateKey, ids []*big.Int, key uint64, c batchClaim) func() error {
		return func() error {
			_, err := e.market.FulfillBatch(e.ctx, e.tx(from, nil), ids, key, c.outputs, nil, c.sol)
			return err
		}
	}
	swap := func(v []*big.Int) []*big.Int {
		w := append([]*big.Int(nil), v...)
		w[0], w[1] = w[1], w[0]
		return w
	}

	// the proof replayed with the jobs reordered (outputs too)
	expectRevert("jobs reordered", "InvalidBatchProof", fulfil(provider, swap(ids), 0, batchClaim{swap(honest.outputs), honest.sol}))
	// a proof that computes job 1 on job 0's input
	swapped := proveBatch(t, []int{0, 0, 2, 3}, e.batchJob(provider, ids))
	expectRevert("job 1 proven on job 0's input", "InvalidBatchProof", fulfil(provider, ids, 0, swapped))
	// one output commitment replaced
	bad := batchClaim{append([]*big.Int(nil), honest.outputs...), honest.sol}
	bad.outputs[2] = honest.outputs[3]
	expectRevert("an output commitment replaced", "InvalidBatchProof", fulfil(provider, ids, 0, bad))
	// the same commitment plus the field's modulus: equal in the field, but
	// not the value the proof's challenge and the buyer's event carry
	unreduced := batchClaim{append([]*big.Int(nil), honest.outputs...), honest.sol}
	unreduced.outputs[0] = new(big.Int).Add(honest.outputs[0], fr.Modulus())
	expectRevert("an output commitment not reduced", "CommitmentNotInField", fulfil(provider, ids, 0, unreduced))
	tampered := batchClaim{honest.outputs, append([]byte(nil), honest.sol...)}
	tampered.sol[70] ^= 1
	expectRevert("tampered proof", "InvalidBatchProof", fulfil(provider, ids, 0, tampered))
	expectRevert("another provider", "NotJobProvider", fulfil(other, ids, 0, honest))
	expectRevert("a job named twice", "JobNotOpen", fulfil(provider, []*big.Int{ids[0], ids[1], ids[2], ids[0]}, 0, honest))
	expectRevert("a batch key of another size", "BatchSizeMismatch", fulfil(provider, ids[:3], 0, batchClaim{honest.outputs[:3], honest.sol}))

	// a job whose buyer accepted no batch key cannot be paid by a batch
	lone := e.depositBatch(buyer, provider, model, price, []int{3}, 0)
	mixed := []*big.Int{ids[0], ids[1], ids[2], lone[0]}
	expectRevert("a job that accepts no batch", "BatchKeyNotAccepted", fulfil(provider, mixed, 0, proveBatch(t, samples, e.batchJob(provider, mixed))))
	// a key registered after the deposits is not one the buyers accepted:
	// a provider cannot slip in a key of its own making
	if _, _, err := e.market.RegisterBatchKey(e.ctx, e.tx(provider, nil), model, jobs, batchChainKey(t, jobs)); err != nil {
		t.Fatal(err)
	}
	expectRevert("a key registered after the deposits", "BatchKeyNotAccepted", fulfil(provider, ids, 1, honest))
	// a job of another model with the same commitment and keys
	otherModel := e.registerBatch(provider, jobs, price)
	foreign := e.depositBatch(buyer, provider, otherModel, price, []int{3}, 1)
	cross := []*big.Int{ids[0], ids[1], ids[2], foreign[0]}
	expectRevert("a job of another model", "BatchMixesModels", fulfil(provider, cross, 0, proveBatch(t, samples, e.batchJob(provider, cross))))
	// a buyer cannot accept keys that do not exist yet
	if _, _, err := e.market.CreateBatchableJob(e.ctx, e.tx(buyer, price), model, inputCommitment(prove(t, "commit", 0, nil)),
		contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(chainKey(t, "commit")), 3); !contracts.IsRevert(err, "BatchKeyNotAvailable") {
		t.Errorf("accepting 3 of 2 batch keys: %v, want BatchKeyNotAvailable", err)
	}

	// the honest twin pays every job its deposit, in one transfer
	before := e.balance(contracts.Address(provider))
	r, err := e.market.FulfillBatch(e.ctx, e.tx(provider, nil), ids, 0, honest.outputs, nil, honest.sol)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int).Sub(e.balance(contracts.Address(provider)), before)
	paid.Add(paid, gasCost(r))
	if want := new(big.Int).Mul(price, big.NewInt(jobs)); paid.Cmp(want) != 0 {
		t.Errorf("provider received %s, want %s", paid, want)
	}
	events := 0
	for _, l := range r.Logs {
		if ev, err := escrow.NewEscrow().UnpackJobFulfilledEvent(l); err == nil && l.Address == e.market.Escrow {
			if ev.JobId.Cmp(ids[events]) != 0 || ev.OutputCommitment.Cmp(honest.outputs[events]) != 0 || ev.Amount.Cmp(price) != 0 {
				t.Errorf("event %d: job %s, output %x, amount %s", events, ev.JobId, ev.OutputCommitment, ev.Amount)
			}
			events++
		}
	}
	if events != jobs {
		t.Errorf("%d JobFulfilled events, want %d", events, jobs)
	}
	for i, id := range ids {
		j, err := e.market.Job(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if j.State != contracts.JobPaid {
			t.Errorf("job %d (#%s) in state %d after the batch", i, id, j.State)
		}
	}
	expectRevert("the batch paid twice", "JobNotOpen", fulfil(provider, ids, 0, honest))
}
