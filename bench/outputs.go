package bench

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// Files of the output axis in a report folder.
const (
	FileOutputsCSV = "outputs.csv"
	FileOutputsMD  = "outputs.md"
)

// OutputResult is one output visibility of the output axis: the circuit
// of a model with that output, its proof, and the escrow's gas for a job
// of it. Extra figures are against the axis's first row.
type OutputResult struct {
	Model       string
	Output      string
	Weights     string
	RangeCheck  string
	Constraints int
	Setup       time.Duration
	// Prove includes running the model and building the witness (for an
	// encrypted output, the encryption).
	Prove time.Duration
	// DepositGas and FulfilGas are the escrow's createJob and fulfill on
	// the embedded chain.
	DepositGas       uint64
	FulfilGas        uint64
	ExtraConstraints int
	ExtraFulfilGas   int64
	Run              string
	Machine          string
}

// OutputSweep measures, for each output visibility, the Groth16 setup of
// m's circuit with opts and that output, the proof of one MNIST test image
// (or a pseudo-random input) for a job on a fresh embedded market, and
// the gas of the deposit and of the fulfil that pays it. An encrypted
// output is sealed to a fresh buyer key named at deposit, and the run
// checks that the payment event opens it.
func OutputSweep(ctx context.Context, m *models.Model, opts prover.Options, outputs []prover.Visibility, progress func(string)) ([]OutputResult, error) {
	if progress == nil {
		progress = func(string) {}
	}
	run, machine := time.Now().UTC().Format(time.RFC3339), ThisMachine().String()
	var out []OutputResult
	for _, vis := range outputs {
		o := opts
		o.Output = vis
		progress(fmt.Sprintf("%s, %s output: compile and setup", m.Name, vis))
		start := time.Now()
		k, err := prover.Setup(ctx, m, o, "", nil)
		if err != nil {
			return out, fmt.Errorf("%s output: %w", vis, err)
		}
		r := OutputResult{Model: m.Name, Output: string(vis), Weights: string(k.Options.Weights), RangeCheck: string(k.Options.RangeCheck),
			Constraints: k.Constraints, Setup: time.Since(start), Run: run, Machine: machine}
		progress(fmt.Sprintf("%s output: prove (%d constraints), then pay it on the embedded chain", vis, k.Constraints))
		if r.Prove, r.DepositGas, r.FulfilGas, err = proveAndPay(ctx, m, k); err != nil {
			return out, fmt.Errorf("%s output: %w", vis, err)
		}
		if len(out) > 0 {
			r.ExtraConstraints = r.Constraints - out[0].Constraints
			r.ExtraFulfilGas = int64(r.FulfilGas) - int64(out[0].FulfilGas)
		}
		out = append(out, r)
	}
	return out, nil
}

// proveAndPay deploys a market on a fresh embedded chain, registers m with
// k, deposits one job, proves it (timed) and pays it; it returns the prove
// time and the gas of the deposit and the fulfil.
func proveAndPay(ctx context.Context, m *models.Model, k *prover.Keys) (time.Duration, uint64, uint64, error) {
	provider, err := crypto.GenerateKey()
	if err != nil {
		return 0, 0, 0, err
	}
	buyer, err := crypto.GenerateKey()
	if err != nil {
		return 0, 0, 0, err
	}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	chain := contracts.NewEmbedded(map[*ecdsa.PrivateKey]*big.Int{provider: funds, buyer: funds})
	defer chain.Close()
	from, err := chain.Transactor(ctx, provider)
	if err != nil {
		return 0, 0, 0, err
	}
	market, _, err := contracts.Deploy(ctx, chain, from)
	if err != nil {
		return 0, 0, 0, err
	}
	key, err := k.ChainKey()
	if err != nil {
		return 0, 0, 0, err
	}
	c := m.Commitment()
	encrypted := k.Options.Output == prover.Encrypted
	modelID, _, err := market.Register(ctx, from, contracts.Registration{Commitment: c.BigInt(new(big.Int)), Key: key, ProofSystem: contracts.Groth16,
		Price: big.NewInt(1), PublicOutputs: prover.ChainOutputs(m, k.Options), EncryptedOutput: encrypted})
	if err != nil {
		return 0, 0, 0, err
	}
	buy, err := chain.Transactor(ctx, buyer)
	if err != nil {
		return 0, 0, 0, err
	}
	buy.Value = big.NewInt(1)
	head, err := chain.Head(ctx)
	if err != nil {
		return 0, 0, 0, err
	}
	input := batchInput(m, 0)
	var salt fr.Element
	if k.Options.Input != prover.Public {
		if salt, err = models.NewSalt(); err != nil {
			return 0, 0, 0, err
		}
	}
	ic := models.CommitTensor(models.DomainInput, salt, input)
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return 0, 0, 0, err
	}
	job := &prover.Job{ChainID: chainID, Escrow: market.Escrow, Provider: contracts.Address(provider)}
	var secret *prover.BuyerSecret
	var rc *types.Receipt
	if encrypted {
		seed := make([]byte, 32)
		if _, err := rand.Read(seed); err != nil {
			return 0, 0, 0, err
		}
		secret = prover.DeriveBuyerSecret(seed)
		pk := secret.Public()
		job.BuyerKey = &pk
		e := pk.Element()
		job.ID, rc, err = market.CreateSealedJob(ctx, buy, modelID, ic.BigInt(new(big.Int)), job.Provider, head.Time+3600, prover.ChainKeyHash(key), e.BigInt(new(big.Int)))
	} else {
		job.ID, rc, err = market.CreateJob(ctx, buy, modelID, ic.BigInt(new(big.Int)), job.Provider, head.Time+3600, prover.ChainKeyHash(key))
	}
	if err != nil {
		return 0, 0, 0, err
	}
	start := time.Now()
	b, o, _, err := prover.Prove(ctx, k, m, input, &salt, job)
	if err != nil {
		return 0, 0, 0, err
	}
	elapsed := time.Since(start)
	if err := verifier.Verify(b, k.VK, verifier.Expect{Model: m, Job: job, Opening: o, Buyer: secret}); err != nil {
		return 0, 0, 0, err
	}
	sol, err := prover.SolidityProof(b)
	if err != nil {
		return 0, 0, 0, err
	}
	outC, public := prover.ChainInputs(b.Statement())
	paid, err := market.Fulfill(ctx, from, job.ID, outC, public, sol)
	if err != nil {
		return 0, 0, 0, err
	}
	if encrypted {
		// the payment delivers the output: open it from the event
		ev, err := market.Fulfilment(ctx, job.ID, 0, nil)
		if err != nil || ev == nil {
			return 0, 0, 0, fmt.Errorf("the payment's event: %v", err)
		}
		pk := job.BuyerKey.Element()
		sealed, err := prover.SealedFromChain(pk.BigInt(new(big.Int)), ev.PublicOutputs)
		if err != nil {
			return 0, 0, 0, err
		}
		_, got, err := secret.Open(sealed, job.Tag(), prover.FieldOfBig(ev.OutputCommitment).Element(), len(o.Output))
		if err != nil || !slices.Equal(got, o.Output) {
			return 0, 0, 0, fmt.Errorf("the payment does not deliver the output: %v", err)
		}
	}
	return elapsed, rc.GasUsed, paid.GasUsed, nil
}

var outputsHeader = []string{"model", "output", "weights", "range_check", "constraints", "extra_constraints", "setup_s", "prove_s", "deposit_gas", "fulfil_gas", "extra_fulfil_gas", "run", "machine"}

// WriteOutputsCSV writes the output axis as CSV.
func WriteOutputsCSV(w io.Writer, rs []OutputResult) error {
	cw := csv.NewWriter(w)
	cw.Write(outputsHeader)
	for _, r := range rs {
		cw.Write([]string{r.Model, r.Output, r.Weights, r.RangeCheck, strconv.Itoa(r.Constraints), strconv.Itoa(r.ExtraConstraints),
			f3(r.Setup.Seconds()), f3(r.Prove.Seconds()), strconv.FormatUint(r.DepositGas, 10), strconv.FormatUint(r.FulfilGas, 10),
			strconv.FormatInt(r.ExtraFulfilGas, 10), r.Run, r.Machine})
	}
	cw.Flush()
	return cw.Error()
}

// WriteOutputsMarkdown writes the output axis as a Markdown table.
func WriteOutputsMarkdown(w io.Writer, rs []OutputResult) error {
	if len(rs) == 0 {
		return nil
	}
	fmt.Fprintf(w, "Output axis: %s, %s weights, %s range checks, Groth16, measured by a run of `zkinfer bench --outputs` started %s on %s. Prove includes running the model, building the witness and, for an encrypted output, sealing it; gas is the escrow's createJob and fulfill on the embedded chain (Osaka rules); extra is against the first row.\n\n",
		rs[0].Model, rs[0].Weights, rs[0].RangeCheck, rs[0].Run, rs[0].Machine)
	fmt.Fprintln(w, "| output | constraints | extra constraints | setup | prove | deposit gas | fulfil gas | extra fulfil gas |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, r := range rs {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", r.Output, thousands(r.Constraints), thousands(r.ExtraConstraints),
			secs(r.Setup.Seconds()), secs(r.Prove.Seconds()), thousands(int(r.DepositGas)), thousands(int(r.FulfilGas)), thousands(int(r.ExtraFulfilGas)))
	}
	return nil
}

// WriteOutputsReport writes outputs.csv and outputs.md into dir.
func WriteOutputsReport(dir string, rs []OutputResult) ([]string, error) {
	return writeReportFiles(dir,
		reportFile{FileOutputsCSV, func(w io.Writer) error { return WriteOutputsCSV(w, rs) }},
		reportFile{FileOutputsMD, func(w io.Writer) error { return WriteOutputsMarkdown(w, rs) }})
}
