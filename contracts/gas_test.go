package contracts_test

import (
	"crypto/sha256"
	"encoding/csv"
	"flag"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/contracts/bindings/escrow"
	"github.com/zkinfer/zkinfer/prover"
)

var update = flag.Bool("update", false, "rewrite testdata/gas.csv with the measured gas")

const gasFile = "testdata/gas.csv"

// TestGasTable measures the gas of every market operation on the embedded
// chain (Osaka rules) and fails when a figure moves without
// testdata/gas.csv being updated (go test ./contracts -run Gas -update);
// the README's gas table is that file.
func TestGasTable(t *testing.T) {
	e := newEnv(t, 1, 1)
	provider, buyer := e.providers[0], e.buyers[0]
	price := big.NewInt(1e15)
	for _, variant := range variants {
		model := e.register(provider, variant, nil, price)
		e.gas["register "+variant] = e.gas["register"]
		job, err := e.createJob(buyer, price, model, variant, inputCommitment(prove(t, variant, 0, nil)), provider, e.now()+3600)
		if err != nil {
			t.Fatal(err)
		}
		// reading the job's key from chain data (code size and copy of the
		// registry's data contract, and its keccak256), as fulfil does:
		// Escrow.verifyingKey's gas less the transaction's 21,000
		keyRead, err := e.b.EstimateGas(e.ctx, ethereum.CallMsg{To: &e.market.Escrow, Data: escrow.NewEscrow().PackVerifyingKey(job)})
		if err != nil {
			t.Fatal(err)
		}
		e.gas["fulfil "+variant+": of which reading the key"] = keyRead - 21_000
		p := prove(t, variant, 0, e.job(job, provider))
		r, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p), nil, p.sol)
		if err != nil {
			t.Fatal(err)
		}
		e.gas["fulfil "+variant] = r.GasUsed
	}
	// batched settlement: one proof pays every job of the batch
	for _, jobs := range []int{4, 16} {
		model := e.registerBatch(provider, jobs, price)
		samples := make([]int, jobs)
		for i := range samples {
			samples[i] = i
		}
		ids := e.depositBatch(buyer, provider, model, price, samples, 1)
		c := proveBatch(t, samples, e.batchJob(provider, ids))
		r, err := e.market.FulfillBatch(e.ctx, e.tx(provider, nil), ids, 0, c.outputs, nil, c.sol)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("fulfilBatch %d jobs", jobs)
		e.gas[name] = r.GasUsed
		e.gas[name+", per job"] = r.GasUsed / uint64(jobs)
	}
	// an encrypted output: the buyer's key at deposit; at fulfil the
	// buyer key, the ephemeral key and the ciphertext as public inputs
	{
		model := e.registerSealed(provider, price)
		key := prover.DeriveBuyerSecret([]byte("buyer")).Public()
		job, err := e.createSealedJob(buyer, price, model, inputCommitment(prove(t, "plain", 0, nil)), provider, keyInt(key))
		if err != nil {
			t.Fatal(err)
		}
		j := e.job(job, provider)
		j.BuyerKey = &key
		p := proveSealed(t, 0, j)
		r, err := e.market.Fulfill(e.ctx, e.tx(provider, nil), job, outputCommitment(p), sealedOutputs(p), p.sol)
		if err != nil {
			t.Fatal(err)
		}
		e.gas["fulfil sealed"] = r.GasUsed
	}
	delete(e.gas, "register")
	// a key sealed by a ceremony records its transcript's hash, one more
	// storage word: the same first registration as "register plain"
	// otherwise, on a chain of its own
	{
		f := newEnv(t, 1, 0)
		c := world.model.Commitment()
		_, r, err := f.market.Register(f.ctx, f.tx(f.providers[0], nil), contracts.Registration{
			Commitment: c.BigInt(new(big.Int)), Key: chainKey(t, "plain"), ProofSystem: contracts.Groth16,
			Transcript: sha256.Sum256([]byte("zkinfer ceremony transcript")), Price: price, URI: "zkinfer://mnist-mlp",
		})
		if err != nil {
			t.Fatal(err)
		}
		e.gas["register plain with a setup transcript"] = r.GasUsed
	}
	late, err := e.createJob(buyer, price, big.NewInt(1), "plain", inputCommitment(prove(t, "plain", 0, nil)), provider, e.now()+60)
	if err != nil {
		t.Fatal(err)
	}
	e.b.AdvanceTime(2 * time.Minute)
	r, err := e.market.Refund(e.ctx, e.tx(buyer, nil), late)
	if err != nil {
		t.Fatal(err)
	}
	e.gas["refund"] = r.GasUsed

	names := make([]string, 0, len(e.gas))
	for n := range e.gas {
		names = append(names, n)
	}
	sort.Strings(names)
	if *update {
		os.MkdirAll("testdata", 0o755)
		f, err := os.Create(gasFile)
		if err != nil {
			t.Fatal(err)
		}
		w := csv.NewWriter(f)
		w.Write([]string{"operation", "gas", "chain"})
		for _, n := range names {
			w.Write([]string{n, strconv.FormatUint(e.gas[n], 10), contracts.EmbeddedFork})
		}
		w.Flush()
		f.Close()
		return
	}
	f, err := os.Open(gasFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{}
	for _, row := range rows[1:] {
		want[row[0]], _ = strconv.ParseUint(row[1], 10, 64)
	}
	for _, n := range names {
		// a Groth16 proof is randomized, and calldata gas depends on its
		// zero bytes: allow fulfil a few hundred gas of noise
		tol := uint64(0)
		if strings.HasPrefix(n, "fulfil") && !strings.Contains(n, "reading the key") {
			tol = 400
		}
		// a deposit's deadline is the chain's time plus an hour: a zero
		// byte in it costs 12 gas less in calldata
		if strings.HasPrefix(n, "createJob") {
			tol = 48
		}
		// the batch keys and the encrypted-output key come from a fresh
		// setup at every run: their calldata's zero bytes vary
		if n == "registerBatchKey" || n == "register sealed" {
			tol = 2000
		}
		if d := int64(e.gas[n]) - int64(want[n]); uint64(max(d, -d)) > tol {
			t.Errorf("%s: %d gas, %s says %d (go test ./contracts -run Gas -update if intended)", n, e.gas[n], gasFile, want[n])
		}
	}
	// the budget for fair exchange, against the same circuit with a
	// committed output (both with bit range checks: no Groth16 commitment)
	if extra := int64(e.gas["fulfil sealed"]) - int64(e.gas["fulfil plain"]); extra > 50_000 {
		t.Errorf("fulfil of an encrypted output costs %d gas more than a committed one, the budget is 50k", extra)
	}
	if e.gas["fulfil plain"] > 300_000 {
		t.Errorf("fulfil of a fixed-weight Groth16 proof (no commitment) costs %d gas, the budget is 300k", e.gas["fulfil plain"])
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
