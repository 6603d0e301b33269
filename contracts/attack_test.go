package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/contracts/bindings/escrow"
	"github.com/zkinfer/zkinfer/contracts/bindings/groth16verifier"
	"github.com/zkinfer/zkinfer/contracts/bindings/registry"
	"github.com/zkinfer/zkinfer/contracts/gethdev"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// The adversarial suite of the boundary between proof and money: a
// malicious provider tries to be paid for work it did not prove. Every
// attack has an honest twin that is paid.

// alwaysTrue is the creation code of a contract whose every call returns
// the word 1 (runtime 600160005260206000f3): "true" to verify, and 1 to
// proofSystem().
const alwaysTrue = "69600160005260206000f3600052600a6016f3"

// degenerateKey is a Groth16 key whose points are all at infinity: under
// it the pairing check is e(A, B) = 1, which a proof with A at infinity
// passes for any statement. It is what an always-true verifier would look
// like once verifiers take keys as data; the Groth16 verifier refuses keys
// with alpha, beta, gamma or delta at infinity, and prover.ChainKey does
// not encode them.
func degenerateKey(publicInputs int) []byte {
	key := make([]byte, 32*(15+2*(publicInputs+1)))
	key[0] = 1
	key[1], key[2] = byte(publicInputs>>8), byte(publicInputs)
	return key
}

// junkProof is a Groth16 proof of 256 zero bytes but for B, the G2
// generator: A at infinity.
func junkProof() []byte {
	p := make([]byte, 256)
	for i, w := range []string{
		"198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2",
		"1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed",
		"090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b",
		"12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
	} {
		copy(p[64+32*i:], common.FromHex(w))
	}
	return p
}

// TestAttackAlwaysTrueVerifier: an always-true judge cannot be put in
// front of a buyer's deposit. On zkinfer's market a provider names no
// verifier, only a key; a degenerate key that accepts junk is refused by
// the buyer's check and by the escrow's key-hash check at deposit, and a
// job created under the pinned key is not paid through it. A market whose
// registry names an always-true contract is refused by the buyer's check.
func TestAttackAlwaysTrueVerifier(t *testing.T) { attackAlwaysTrue(t, newEnv(t, 1, 1)) }

func attackAlwaysTrue(t *testing.T, e *env) {
	provider, buyer := e.providers[0], e.buyers[0]
	price := big.NewInt(1e15)
	in0 := inputCommitment(prove(t, "plain", 0, nil))
	out := big.NewInt(12345)

	// the degenerate key would be an always-true judge: the verifier refuses it
	junk, bad := junkProof(), degenerateKey(4)
	v := groth16verifier.NewGroth16Verifier()
	addr, err := e.market.Verifier(e.ctx, contracts.Groth16)
	if err != nil {
		t.Fatal(err)
	}
	accepts := func(key []byte) bool {
		ok, err := v.UnpackVerify(mustCall(t, e, addr, v.PackVerify(key, junk, []*big.Int{big.NewInt(1), in0, out, big.NewInt(3)})))
		return err == nil && ok
	}
	if accepts(bad) {
		t.Fatal("the verifier accepts junk under a key whose points are at infinity")
	}
	var zero groth16bn254.VerifyingKey
	zero.G1.K = make([]bn254.G1Affine, 5)
	if _, err := prover.ChainKey(&zero); !errors.Is(err, prover.ErrChainKey) {
		t.Fatalf("prover.ChainKey of a key at infinity: %v, want ErrChainKey", err)
	}
	if accepts(chainKey(t, "plain")) {
		t.Fatal("the real key accepts a junk proof")
	}

	c := world.model.Commitment()
	badModel, _, err := e.market.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), ProofSystem: contracts.Groth16, Key: bad, Price: price,
	})
	if err != nil {
		t.Fatal(err)
	}
	// the buyer's client refuses before any deposit, with no compiler
	if _, err := e.market.CheckJudge(e.ctx, badModel, contracts.Groth16, chainKey(t, "plain")); !errors.Is(err, contracts.ErrUntrustedJudge) {
		t.Fatalf("buyer's check of a model with a degenerate key: %v, want ErrUntrustedJudge", err)
	}
	// a deposit naming the pinned key is refused by the escrow itself
	if _, err := e.createJob(buyer, price, badModel, "plain", in0, provider, e.now()+3600); !contracts.IsRevert(err, "KeyMismatch") {
		t.Fatalf("deposit for the degenerate key's model naming the pinned key: %v, want KeyMismatch", err)
	}
	// an honest registration's job is judged under its own key, never the degenerate one
	good := e.register(provider, "plain", nil, price)
	job, err := e.createJob(buyer, price, good, "plain", in0, provider, e.now()+3600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, out, nil, junk); !contracts.IsRevert(err, "InvalidProof") {
		t.Fatalf("junk proof on a job of the pinned key: %v, want InvalidProof", err)
	}
	// the honest twin is paid
	p := prove(t, "plain", 0, e.job(job, provider))
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p), nil, p.sol); err != nil {
		t.Fatalf("honest proof: %v", err)
	}

	// a market of the provider's making, whose registry judges with an
	// always-true contract: the buyer's check refuses it
	deployer := e.tx(e.deployer, nil)
	fake, _, err := contracts.DeployCode(e.ctx, e.b, deployer, alwaysTrue)
	if err != nil {
		t.Fatal(err)
	}
	if code, _ := e.b.CodeAt(e.ctx, fake, nil); common.Bytes2Hex(code) != "600160005260206000f3" {
		t.Fatalf("always-true contract code %x", code)
	}
	g16, err := e.market.Verifier(e.ctx, contracts.Groth16)
	if err != nil {
		t.Fatal(err)
	}
	reg := registry.NewModelRegistry()
	fakeReg, _, err := deployWith(e, registry.ModelRegistryMetaData.Bin, reg.PackConstructor(g16, fake))
	if err != nil {
		t.Fatalf("deploy a registry with the always-true contract as its PLONK verifier: %v", err)
	}
	fakeEsc, _, err := deployWith(e, escrow.EscrowMetaData.Bin, escrow.NewEscrow().PackConstructor(fakeReg))
	if err != nil {
		t.Fatal(err)
	}
	fm := contracts.NewMarket(e.b, fakeReg, fakeEsc)
	plonkKey := chainKey(t, "plonk")
	fakeModel, _, err := fm.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), ProofSystem: contracts.Plonk, Key: plonkKey, Price: price,
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fm.CheckJudge(e.ctx, fakeModel, contracts.Plonk, plonkKey); !errors.Is(err, contracts.ErrUntrustedJudge) {
		t.Fatalf("buyer's check of a market judging with an always-true contract: %v, want ErrUntrustedJudge", err)
	}
	// what the check prevents: that market pays junk
	fjob, _, err := fm.CreateJob(e.ctx, e.tx(buyer, price), fakeModel, in0, contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(plonkKey))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fm.Fulfill(e.ctx, e.tx(provider, nil), fjob, out, nil, []byte{1, 2}); err != nil {
		t.Fatalf("the always-true market did not pay junk, so the check above tests nothing: %v", err)
	}
}

// TestAttackForgedEscrow: an escrow whose code is zkinfer's but for its
// immutables, whose registry() getter names the genuine registry while
// createJob asks a registry of the provider's, judging with an
// always-true contract. It pays junk; the buyer's check refuses it.
func TestAttackForgedEscrow(t *testing.T) { attackForgedEscrow(t, newEnv(t, 1, 1)) }

func attackForgedEscrow(t *testing.T, e *env) {
	provider, buyer := e.providers[0], e.buyers[0]
	price := big.NewInt(1e15)
	in0 := inputCommitment(prove(t, "plonk", 0, nil))
	model := e.register(provider, "plonk", nil, price)
	key := chainKey(t, "plonk")
	if _, err := e.market.CheckJudge(e.ctx, model, contracts.Plonk, key); err != nil {
		t.Fatalf("the genuine market: %v", err)
	}

	// the provider's registry: zkinfer's code, an always-true PLONK verifier,
	// the same model under the same id
	fake, _, err := contracts.DeployCode(e.ctx, e.b, e.tx(provider, nil), alwaysTrue)
	if err != nil {
		t.Fatal(err)
	}
	g16, err := e.market.Verifier(e.ctx, contracts.Groth16)
	if err != nil {
		t.Fatal(err)
	}
	fakeReg, _, err := deployWith(e, registry.ModelRegistryMetaData.Bin, registry.NewModelRegistry().PackConstructor(g16, fake))
	if err != nil {
		t.Fatal(err)
	}
	fm := contracts.NewMarket(e.b, fakeReg, e.market.Escrow)
	c := world.model.Commitment()
	if id, _, err := fm.Register(e.ctx, e.tx(provider, nil), contracts.Registration{
		Commitment: c.BigInt(new(big.Int)), ProofSystem: contracts.Plonk, Key: key, Price: price,
	}); err != nil || id.Cmp(model) != 0 {
		t.Fatalf("register on the provider's registry: id %v, %v", id, err)
	}

	// the forged escrow: the getter's copy of the registry is the genuine
	// one, every other copy the provider's
	code, groups, err := contracts.RuntimeCode("Escrow")
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) != 1 || len(groups[0]) < 2 {
		t.Fatalf("escrow immutables %v: expected one, used in several places", groups)
	}
	for i, h := range groups[0] {
		addr := fakeReg
		if i == 0 {
			addr = e.market.Registry
		}
		copy(code[h[0]:h[0]+h[1]], common.LeftPadBytes(addr.Bytes(), 32))
	}
	init := fmt.Sprintf("61%04x80600c6000396000f3", len(code)) + common.Bytes2Hex(code)
	forged, _, err := contracts.DeployCode(e.ctx, e.b, e.tx(provider, nil), init)
	if err != nil {
		t.Fatal(err)
	}
	m := contracts.NewMarket(e.b, e.market.Registry, forged)
	if _, err := m.CheckJudge(e.ctx, model, contracts.Plonk, key); !errors.Is(err, contracts.ErrUntrustedJudge) {
		t.Fatalf("buyer's check of the forged escrow: %v, want ErrUntrustedJudge", err)
	}
	// what the check prevents: the forged escrow pays a junk proof
	job, _, err := m.CreateJob(e.ctx, e.tx(buyer, price), model, in0, contracts.Address(provider), e.now()+3600, prover.ChainKeyHash(key))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Fulfill(e.ctx, e.tx(provider, nil), job, big.NewInt(1), nil, []byte{1, 2, 3}); err != nil {
		t.Fatalf("the forged escrow did not pay junk, so the check above tests nothing: %v", err)
	}
}

// TestAttackVerifierForAnotherKey: a model registered with another key
// than the buyer pinned (another circuit's, here) is refused before the
// deposit, and a job made under the pinned key is not paid by a proof
// that verifies under the other key.
func TestAttackVerifierForAnotherKey(t *testing.T) { attackAnotherKey(t, newEnv(t, 1, 1)) }

func attackAnotherKey(t *testing.T, e *env) {
	provider, buyer := e.providers[0], e.buyers[0]
	price := big.NewInt(1e15)
	other := e.register(provider, "commit", nil, price)
	if _, err := e.market.CheckJudge(e.ctx, other, contracts.Groth16, chainKey(t, "plain")); !errors.Is(err, contracts.ErrUntrustedJudge) {
		t.Fatalf("buyer's check of a model with another key: %v, want ErrUntrustedJudge", err)
	}
	in0 := inputCommitment(prove(t, "plain", 0, nil))
	if _, err := e.createJob(buyer, price, other, "plain", in0, provider, e.now()+3600); !contracts.IsRevert(err, "KeyMismatch") {
		t.Fatalf("deposit naming the pinned key for a model with another: %v, want KeyMismatch", err)
	}
	good := e.register(provider, "plain", nil, price)
	job, err := e.createJob(buyer, price, good, "plain", in0, provider, e.now()+3600)
	if err != nil {
		t.Fatal(err)
	}
	forged := prove(t, "commit", 0, e.job(job, provider))
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(forged), nil, forged.sol); !contracts.IsRevert(err, "InvalidProof") {
		t.Fatalf("a proof under another key: %v, want InvalidProof", err)
	}
	honest := prove(t, "plain", 0, e.job(job, provider))
	if _, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(honest), nil, honest.sol); err != nil {
		t.Fatalf("honest proof: %v", err)
	}
}

// TestAttackReplay: a paid job's proof pays no other job: not another job
// of the same provider on the same input, and not another provider's job
// for the same model, key and input commitment (resubmitting the first
// provider's fulfil calldata). zkinfer verify refuses the replayed bundle
// for the other job too. The honest twins are paid.
func TestAttackReplay(t *testing.T) { attackReplay(t, newEnv(t, 2, 2)) }

func attackReplay(t *testing.T, e *env) {
	a, b := e.providers[0], e.providers[1]
	price := big.NewInt(1e15)
	modelA := e.register(a, "plain", nil, price)
	modelB := e.register(b, "plain", nil, price) // the same commitment and key
	in0 := inputCommitment(prove(t, "plain", 0, nil))
	jobA, err := e.createJob(e.buyers[0], price, modelA, "plain", in0, a, e.now()+3600)
	if err != nil {
		t.Fatal(err)
	}
	jobB, err := e.createJob(e.buyers[1], price, modelB, "plain", in0, b, e.now()+3600)
	if err != nil {
		t.Fatal(err)
	}
	jobA2, err := e.createJob(e.buyers[1], price, modelA, "plain", in0, a, e.now()+3600)
	if err != nil {
		t.Fatal(err)
	}
	pa := prove(t, "plain", 0, e.job(jobA, a))
	if _, err := e.market.Fulfill(e.ctx, e.tx(a, nil), jobA, outputCommitment(pa), nil, pa.sol); err != nil {
		t.Fatalf("honest proof of provider A: %v", err)
	}
	for _, c := range []struct {
		name string
		from *prover.Job
		job  *big.Int
	}{
		{"provider B replays A's proof", e.job(jobB, b), jobB},
		{"provider A replays its proof on another job", e.job(jobA2, a), jobA2},
	} {
		from := b
		if c.from.Provider == contracts.Address(a) {
			from = a
		}
		before := e.balance(e.market.Escrow)
		if _, err := e.market.Fulfill(e.ctx, e.tx(from, nil), c.job, outputCommitment(pa), nil, pa.sol); !contracts.IsRevert(err, "InvalidProof") {
			t.Errorf("%s: %v, want InvalidProof", c.name, err)
		}
		if e.balance(e.market.Escrow).Cmp(before) != 0 {
			t.Errorf("%s: escrow balance moved", c.name)
		}
		// off chain, the buyer of the other job refuses the bundle too
		if err := verifier.Verify(pa.bundle, world.keys["plain"].VK, verifier.Expect{Job: c.from}); !errors.Is(err, verifier.ErrJobMismatch) {
			t.Errorf("%s: zkinfer verify of the replayed bundle: %v, want ErrJobMismatch", c.name, err)
		}
	}
	if err := verifier.Verify(pa.bundle, world.keys["plain"].VK, verifier.Expect{Job: e.job(jobA, a)}); err != nil {
		t.Errorf("the bundle for its own job: %v", err)
	}
	// the honest twins: each provider proves its own job and is paid
	for _, c := range []struct {
		job  *big.Int
		from int
	}{{jobB, 1}, {jobA2, 0}} {
		k := e.providers[c.from]
		p := prove(t, "plain", 0, e.job(c.job, k))
		if _, err := e.market.Fulfill(e.ctx, e.tx(k, nil), c.job, outputCommitment(p), nil, p.sol); err != nil {
			t.Errorf("honest proof of job %v: %v", c.job, err)
		}
	}
}

// TestAttacksOnGeth runs the same attacks, and their honest twins,
// against a real geth --dev node (ZKINFER_GETH; .ci/run builds one).
func TestAttacksOnGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	node := gethdev.Start(t, t.TempDir())
	for _, a := range []struct {
		name              string
		providers, buyers int
		run               func(*testing.T, *env)
	}{
		{"always-true verifier", 1, 1, attackAlwaysTrue},
		{"verifier for another key", 1, 1, attackAnotherKey},
		{"forged escrow", 1, 1, attackForgedEscrow},
		{"replay", 2, 2, attackReplay},
	} {
		t.Run(a.name, func(t *testing.T) { a.run(t, newGethEnv(t, node, a.providers, a.buyers)) })
	}
}

func mustCall(t *testing.T, e *env, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := e.b.CallContract(e.ctx, callMsg(to, data), nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// deployWith deploys creation code with constructor arguments.
func deployWith(e *env, bin string, args []byte) (common.Address, uint64, error) {
	addr, r, err := contracts.DeployCode(e.ctx, e.b, e.tx(e.deployer, nil), bin+common.Bytes2Hex(args))
	if err != nil {
		return addr, 0, err
	}
	return addr, r.GasUsed, nil
}
