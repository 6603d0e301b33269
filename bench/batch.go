package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strconv"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// Files of the batch axis in a report folder.
const (
	FileBatchCSV = "batch.csv"
	FileBatchMD  = "batch.md"
	FileBatchSVG = "batch.svg"
)

// BatchResult is one batch size of the batch axis: the circuit that proves
// Batch inferences in one proof (1: the single-inference circuit), what
// proving a batch cost, and what settling it on chain cost.
type BatchResult struct {
	Model       string
	ProofSystem string
	Weights     string
	RangeCheck  string
	Batch       int
	Constraints int
	Setup       time.Duration
	// Prove is the whole batch's, witness included; PerInference is
	// Prove / Batch.
	Prove        time.Duration
	PerInference time.Duration
	// SettleGas is the gas of the escrow transaction that pays the batch
	// (fulfill for 1, fulfillBatch otherwise) on the embedded chain;
	// PerJobGas is SettleGas / Batch.
	SettleGas uint64
	PerJobGas uint64
	Run       string
	Machine   string
}

// BatchSweep measures, for each size, the setup, the proof of a batch of
// that many MNIST test images (or pseudo-random inputs) and the gas of the
// escrow paying it: a market on a fresh embedded chain, the model
// registered with its single-inference key and the batch key, one deposit
// per job accepting the batch key, and one fulfil. Proofs are Groth16;
// batch circuits take lookups, the single one the mode auto chooses.
func BatchSweep(ctx context.Context, m *models.Model, opts prover.Options, sizes []int, progress func(string)) ([]BatchResult, error) {
	if progress == nil {
		progress = func(string) {}
	}
	run, machine := time.Now().UTC().Format(time.RFC3339), ThisMachine().String()
	single := opts
	single.Batch = 0
	progress(fmt.Sprintf("%s: single-inference keys (registered with the model)", m.Name))
	start := time.Now()
	one, err := prover.Setup(ctx, m, single, "", nil)
	if err != nil {
		return nil, err
	}
	oneSetup := time.Since(start)
	var out []BatchResult
	for _, n := range sizes {
		o := single
		if n > 1 {
			o.Batch = n
		}
		r := BatchResult{Model: m.Name, ProofSystem: prover.BackendGroth16, Weights: string(o.WithDefaults().Weights), Batch: n, Run: run, Machine: machine}
		k := one
		r.Setup = oneSetup
		if n > 1 {
			progress(fmt.Sprintf("batch of %d: compile and setup", n))
			start := time.Now()
			if k, err = prover.Setup(ctx, m, o, "", nil); err != nil {
				return out, err
			}
			r.Setup = time.Since(start)
		}
		r.Constraints, r.RangeCheck = k.Constraints, string(k.Options.RangeCheck)
		progress(fmt.Sprintf("batch of %d: prove (%d constraints), then settle on the embedded chain", n, k.Constraints))
		if r.Prove, r.SettleGas, err = proveAndSettle(ctx, m, one, k, n); err != nil {
			return out, fmt.Errorf("batch of %d: %w", n, err)
		}
		r.PerInference = r.Prove / time.Duration(n)
		r.PerJobGas = r.SettleGas / uint64(n)
		out = append(out, r)
	}
	return out, nil
}

// batchInput is input i of a batch: MNIST test image i for models that
// take one, otherwise pseudo-random.
func batchInput(m *models.Model, i int) []int8 {
	if m.InputShape().Size() == mnist.ImageSize {
		s := zoo.Samples()
		return mnist.Quantize(s[i%len(s)].Pixels)
	}
	v := SampleInput(m)
	for j := range v {
		v[j] = int8(int(v[j]) + 37*i)
	}
	return v
}

// proveAndSettle deploys a market on a fresh embedded chain, registers m
// with the single-inference keys one (and k's batch key when k is a batch
// circuit), deposits n jobs, proves them with k (timed) and pays them in
// one transaction, whose gas it returns.
func proveAndSettle(ctx context.Context, m *models.Model, one, k *prover.Keys, n int) (time.Duration, uint64, error) {
	provider, err := crypto.GenerateKey()
	if err != nil {
		return 0, 0, err
	}
	buyer, err := crypto.GenerateKey()
	if err != nil {
		return 0, 0, err
	}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	chain := contracts.NewEmbedded(map[*ecdsa.PrivateKey]*big.Int{provider: funds, buyer: funds})
	defer chain.Close()
	from, err := chain.Transactor(ctx, provider)
	if err != nil {
		return 0, 0, err
	}
	market, _, err := contracts.Deploy(ctx, chain, from)
	if err != nil {
		return 0, 0, err
	}
	key, err := one.ChainKey()
	if err != nil {
		return 0, 0, err
	}
	c := m.Commitment()
	modelID, _, err := market.Register(ctx, from, contracts.Registration{Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: contracts.Groth16, Price: big.NewInt(1)})
	if err != nil {
		return 0, 0, err
	}
	accept := uint16(0)
	if n > 1 {
		bkey, err := k.ChainKey()
		if err != nil {
			return 0, 0, err
		}
		if _, _, err := market.RegisterBatchKey(ctx, from, modelID, uint32(n), bkey); err != nil {
			return 0, 0, err
		}
		accept = 1
	}
	buy, err := chain.Transactor(ctx, buyer)
	if err != nil {
		return 0, 0, err
	}
	buy.Value = big.NewInt(1)
	head, err := chain.Head(ctx)
	if err != nil {
		return 0, 0, err
	}
	inputs := make([][]int8, n)
	salts := make([]*fr.Element, n)
	var ids []*big.Int
	for i := range n {
		inputs[i] = batchInput(m, i)
		salt, err := models.NewSalt()
		if err != nil {
			return 0, 0, err
		}
		salts[i] = &salt
		ic := models.CommitTensor(models.DomainInput, salt, inputs[i])
		id, _, err := market.CreateBatchableJob(ctx, buy, modelID, ic.BigInt(new(big.Int)), contracts.Address(provider), head.Time+3600, prover.ChainKeyHash(key), accept)
		if err != nil {
			return 0, 0, err
		}
		ids = append(ids, id)
	}
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return 0, 0, err
	}
	start := time.Now()
	if n == 1 {
		job := &prover.Job{ChainID: chainID, Escrow: market.Escrow, ID: ids[0], Provider: contracts.Address(provider)}
		b, _, _, err := prover.Prove(ctx, k, m, inputs[0], salts[0], job)
		if err != nil {
			return 0, 0, err
		}
		elapsed := time.Since(start)
		if err := verifier.Verify(b, k.VK, verifier.Expect{Job: job}); err != nil {
			return 0, 0, err
		}
		sol, err := prover.SolidityProof(b)
		if err != nil {
			return 0, 0, err
		}
		outC, public := prover.ChainInputs(b.Statement())
		r, err := market.Fulfill(ctx, from, ids[0], outC, public, sol)
		if err != nil {
			return 0, 0, err
		}
		return elapsed, r.GasUsed, nil
	}
	job := &prover.BatchJob{ChainID: chainID, Escrow: market.Escrow, Provider: contracts.Address(provider), IDs: ids}
	b, _, _, err := prover.ProveBatch(ctx, k, m, inputs, salts, job)
	if err != nil {
		return 0, 0, err
	}
	elapsed := time.Since(start)
	if err := verifier.VerifyBatch(b, k.VK, verifier.BatchExpect{Job: job}); err != nil {
		return 0, 0, err
	}
	sol, err := prover.SolidityBatchProof(b)
	if err != nil {
		return 0, 0, err
	}
	outs, public := prover.BatchChainInputs(b.Statement())
	r, err := market.FulfillBatch(ctx, from, ids, 0, outs, public, sol)
	if err != nil {
		return 0, 0, err
	}
	return elapsed, r.GasUsed, nil
}

var batchHeader = []string{"model", "proof_system", "weights", "range_check", "batch", "constraints", "setup_s", "prove_s", "prove_per_inference_s", "settle_gas", "gas_per_job", "run", "machine"}

// WriteBatchCSV writes the batch axis as CSV.
func WriteBatchCSV(w io.Writer, rs []BatchResult) error {
	cw := csv.NewWriter(w)
	cw.Write(batchHeader)
	for _, r := range rs {
		cw.Write([]string{r.Model, r.ProofSystem, r.Weights, r.RangeCheck, strconv.Itoa(r.Batch), strconv.Itoa(r.Constraints),
			f3(r.Setup.Seconds()), f3(r.Prove.Seconds()), f3(r.PerInference.Seconds()),
			strconv.FormatUint(r.SettleGas, 10), strconv.FormatUint(r.PerJobGas, 10), r.Run, r.Machine})
	}
	cw.Flush()
	return cw.Error()
}

// WriteBatchMarkdown writes the batch axis as a Markdown table.
func WriteBatchMarkdown(w io.Writer, rs []BatchResult) error {
	if len(rs) == 0 {
		return nil
	}
	fmt.Fprintf(w, "Batch axis: %s, %s weights, Groth16, measured by a run of `zkinfer bench --batch` started %s on %s. Prove includes running the model and building the witness; gas is the escrow transaction that pays the batch (fulfill for one job, fulfillBatch otherwise) on the embedded chain (Osaka rules).\n\n",
		rs[0].Model, rs[0].Weights, rs[0].Run, rs[0].Machine)
	fmt.Fprintln(w, "| batch | range checks | constraints | setup | prove (batch) | prove per inference | settlement gas | gas per job |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, r := range rs {
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s | %s | %s |\n", r.Batch, r.RangeCheck, thousands(r.Constraints), secs(r.Setup.Seconds()),
			secs(r.Prove.Seconds()), secs(r.PerInference.Seconds()), thousands(int(r.SettleGas)), thousands(int(r.PerJobGas)))
	}
	return nil
}

// WriteBatchReport writes batch.csv, batch.md and batch.svg into dir.
func WriteBatchReport(dir string, rs []BatchResult) ([]string, error) {
	files, err := writeReportFiles(dir,
		reportFile{FileBatchCSV, func(w io.Writer) error { return WriteBatchCSV(w, rs) }},
		reportFile{FileBatchMD, func(w io.Writer) error { return WriteBatchMarkdown(w, rs) }})
	if err != nil {
		return files, err
	}
	path := filepath.Join(dir, FileBatchSVG)
	if err := batchPlot(path, rs); err != nil {
		return files, err
	}
	return append(files, path), nil
}

// batchPlot draws per-inference prove time and per-job settlement gas
// against batch size, side by side, log-log.
func batchPlot(path string, rs []BatchResult) error {
	prove, gas := plot.New(), plot.New()
	prove.Title.Text, gas.Title.Text = "Prove time per inference", "Settlement gas per job"
	prove.X.Label.Text, gas.X.Label.Text = "batch size (inferences per proof)", "batch size (jobs per transaction)"
	prove.Y.Label.Text, gas.Y.Label.Text = "seconds", "gas"
	var p, g plotter.XYs
	for _, r := range rs {
		p = append(p, plotter.XY{X: float64(r.Batch), Y: logSafe(r.PerInference.Seconds())})
		g = append(g, plotter.XY{X: float64(r.Batch), Y: float64(max(r.PerJobGas, 1))})
	}
	name := ""
	if len(rs) > 0 {
		name = rs[0].Model + ", " + rs[0].Weights + " weights"
	}
	if err := plotutil.AddLinePoints(prove, name, p); err != nil {
		return err
	}
	if err := plotutil.AddLinePoints(gas, name, g); err != nil {
		return err
	}
	for _, pl := range []*plot.Plot{prove, gas} {
		logAxes(pl)
		pad(pl)
	}
	return savePanels(path, [][]*plot.Plot{{prove, gas}}, 12*vg.Inch, 5*vg.Inch)
}
