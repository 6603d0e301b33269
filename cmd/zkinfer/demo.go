package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/tensorio"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
	"github.com/zkinfer/zkinfer/prover/devkeys"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/verifier"
)

func newDemo(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Prove an MNIST digit, get paid on an embedded chain, see a false claim refused",
		Long: `demo runs the whole journey on embedded defaults, with nothing to download:

 1. loads the shipped int8 MNIST model and classifies the embedded test images;
 2. loads the circuit's keys (embedded development keys, the cache, or a setup);
 3. starts an in-process Ethereum chain (Osaka rules), deploys the
    generic verifiers, the model registry and the escrow; the provider
    registers the model with its circuit's verifying key;
 4. the buyer checks from chain state that the escrow judges by the key it
    pinned, deposits payment for one image in escrow; the provider proves
    the inference for that job and the escrow pays it when the chain
    verifies the proof;
 5. the buyer verifies the bundle off chain (proof, input and output);
 6. a second job with a false claim (another digit) is refused on chain and
    off, and the buyer takes a refund after the deadline.

With --proof-system plonk the same journey runs in PLONK, with keys from
the unsafe development SRS (set up the first time, cached afterwards).
Every circuit runs on chain: the registry's verifiers take any key. It
exits with status 1 if any honest step fails or a false claim passes.

With --local-ceremony the keys come from a two-contributor ceremony
("provider" and "buyer") run in this process: phase 1, then for Groth16
the circuit's phase 2 (PLONK reads the phase 1 as its SRS), each sealed
with a beacon; the registry records the transcript's hash. It shows every
step of 'zkinfer ceremony' and what the keys, bundles and chain then say;
it does not make the keys trustworthy, since both contributors' randomness
passed through one process. The files stay in the cache folder.

With --json it prints a report instead of the story: durations in
seconds, the proof system, and where the keys came from (embedded, cache
or setup) with the time to load them or to set them up.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			return runDemo(cmd, v)
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	srsFlags(cmd)
	cmd.Flags().Bool("local-ceremony", false, "make the keys with a two-contributor ceremony run here (phase 1 and, for Groth16, phase 2; about 90 s the first time for the MNIST MLP, cached afterwards) instead of a single-party setup")
	cmd.Flags().Int("sample", 0, "embedded MNIST test image to prove (0.."+fmt.Sprint(zoo.NumSamples-1)+"); the false claim uses the next one")
	return cmd
}

// demoReport is what demo --json prints. Durations are in seconds.
type demoReport struct {
	Model           string         `json:"model"`
	ModelCommitment string         `json:"modelCommitment"`
	Parameters      int            `json:"parameters"`
	Classified      int            `json:"classified"`
	Correct         int            `json:"correct"`
	Image           int            `json:"image"`
	Label           int            `json:"label"`
	Digit           int            `json:"digit"`
	Output          []int8         `json:"output"`
	ProofSystem     string         `json:"proofSystem"`
	CircuitID       string         `json:"circuitId"`
	Options         prover.Options `json:"options"`
	// Constraints counts ConstraintUnit: R1CS "constraints" for Groth16,
	// "gates" for PLONK.
	Constraints    int          `json:"constraints"`
	ConstraintUnit string       `json:"constraintUnit"`
	Keys           demoKeys     `json:"keys"`
	ProveSeconds   float64      `json:"proveSeconds"`
	VerifySeconds  float64      `json:"verifySeconds"`
	ProofBytes     int          `json:"proofBytes"`
	Verified       bool         `json:"verified"`
	TamperedDigit  int          `json:"tamperedDigit"`
	TamperRejected bool         `json:"tamperRejected"`
	TamperError    string       `json:"tamperError"`
	Setup          string       `json:"setup"` // who could forge proofs under the keys
	Chain          *chainReport `json:"chain,omitempty"`
}

// demoKeys says where the demo's keys came from and what that cost:
// LoadSeconds for keys embedded in the binary or found in the cache,
// SetupSeconds for a setup run now (compile, setup and caching).
type demoKeys struct {
	Source       string  `json:"source"` // "embedded", "cache" or "setup"
	Dir          string  `json:"dir"`
	LoadSeconds  float64 `json:"loadSeconds,omitempty"`
	SetupSeconds float64 `json:"setupSeconds,omitempty"`
}

type chainReport struct {
	Name         string `json:"name"`
	Escrow       string `json:"escrow"`
	ChainKeyHash string `json:"chainKeyHash"`
	PriceWei     string `json:"priceWei"`
	// SetupTranscript is the registered transcript hash (--local-ceremony).
	SetupTranscript   string `json:"setupTranscript,omitempty"`
	Paid              bool   `json:"paid"`
	FulfilGas         uint64 `json:"fulfilGas"`
	ProviderGainWei   string `json:"providerGainWei"`
	FalseClaimRefused bool   `json:"falseClaimRefused"`
	FalseClaimError   string `json:"falseClaimError"`
	Refunded          bool   `json:"refunded"`
}

// demoPrice is what the buyer pays for one inference.
var demoPrice = big.NewInt(1e16) // 0.01 ether

func runDemo(cmd *cobra.Command, v *viper.Viper) error {
	ctx := cmd.Context()
	asJSON := v.GetBool("json")
	w := cmd.OutOrStdout()
	if asJSON {
		w = io.Discard
	}
	m, err := loadModel(v)
	if err != nil {
		return err
	}
	if m.InputShape().Size() != mnist.ImageSize {
		return fmt.Errorf("the demo proves MNIST digits; model %q takes %d values", m.Name, m.InputShape().Size())
	}
	opts, err := circuitOptions(v, m)
	if err != nil {
		return err
	}
	samples := zoo.Samples()
	idx := v.GetInt("sample")
	if idx < 0 || idx >= len(samples) {
		return fmt.Errorf("--sample %d: want 0..%d", idx, len(samples)-1)
	}
	rep := demoReport{Model: m.Name, ModelCommitment: prover.Field(m.Commitment()).String(), Parameters: m.NumParameters(), Options: opts}
	fmt.Fprintf(w, "zkinfer demo: a buyer pays for an MNIST digit only if the chain verifies the proof\n")
	fmt.Fprintf(w, "model %s, commitment %s (%d parameters)\n\n", m.Name, rep.ModelCommitment, rep.Parameters)

	// 1. Classify the embedded test images with the integer runtime, their
	// pixels scaled as the model file says.
	pixels := func(px []byte) ([]int8, error) { return tensorio.FromPixels(px, m, tensorio.Options{}) }
	for _, s := range samples {
		in, err := pixels(s.Pixels)
		if err != nil {
			return err
		}
		c, err := runtime.Classify(ctx, m, in)
		if err != nil {
			return err
		}
		rep.Classified++
		if c == s.Label {
			rep.Correct++
		}
	}
	fmt.Fprintf(w, "[1/6] int8 runtime classified %d/%d embedded MNIST test images correctly\n", rep.Correct, rep.Classified)

	// 2. Keys, from a local ceremony if asked.
	if v.GetBool("local-ceremony") {
		if err := localCeremony(cmd, v, w, m, opts); err != nil {
			return err
		}
	}
	k, keyTime, err := setupKeys(cmd, v, m, opts)
	if err != nil {
		return err
	}
	rep.ProofSystem, rep.CircuitID, rep.Constraints, rep.ConstraintUnit, rep.Setup = k.System(), k.ID, k.Constraints, constraintsWord(k.System()), k.Setup
	rep.Keys = demoKeys{Source: keySource(k), Dir: k.Dir}
	if rep.Keys.Source == "setup" {
		rep.Keys.SetupSeconds = seconds(keyTime)
	} else {
		rep.Keys.LoadSeconds = seconds(keyTime)
	}
	fmt.Fprintf(w, "[2/6] %s circuit %s: %d %s (%s weights, %s range checks); %s\n", k.System(), k.ID, k.Constraints, rep.ConstraintUnit, opts.Weights, opts.RangeCheck, keysText(k, keyTime))
	fmt.Fprintf(w, "      %s\n", setupText(k.Setup))

	// 3. The chain: the registry's verifiers take the circuit's key.
	var ch *demoChain
	if key, kerr := k.ChainKey(); kerr == nil {
		p := newProgress(asJSON)
		p.Step("start the embedded chain and deploy the contracts")
		ch, err = newDemoChain(ctx, m, k.System(), key, k.TranscriptHash(), opts.Output == prover.Public)
		p.End()
		if err != nil {
			return err
		}
		defer ch.b.Close()
		rep.Chain = &chainReport{Name: ch.b.Name, Escrow: ch.market.Escrow.Hex(), ChainKeyHash: fmt.Sprintf("0x%x", prover.ChainKeyHash(key)), PriceWei: demoPrice.String()}
		fmt.Fprintf(w, "[3/6] %s: escrow %s; the provider registered model #%v at %s ETH a job, verifying key keccak256 %s…\n",
			ch.b.Name, short(ch.market.Escrow), ch.modelID, eth(demoPrice), rep.Chain.ChainKeyHash[:18])
		if k.Transcript != "" {
			rep.Chain.SetupTranscript = "0x" + k.Transcript
			fmt.Fprintf(w, "      with the setup transcript's sha256 %s…, which a buyer checks before depositing\n", rep.Chain.SetupTranscript[:18])
		}
	} else {
		fmt.Fprintf(w, "[3/6] the on-chain verifiers cannot take this circuit's key (%v): off-chain checks only\n", kerr)
	}

	// 4. Job 1: the buyer deposits, the provider proves and claims.
	s := samples[idx]
	input, err := pixels(s.Pixels)
	if err != nil {
		return err
	}
	salt, err := models.NewSalt() // the buyer's
	if err != nil {
		return err
	}
	var job *big.Int
	var balancesBefore [2]*big.Int
	if ch != nil {
		if balancesBefore, err = ch.balances(ctx); err != nil {
			return err
		}
		if job, err = ch.deposit(ctx, input, salt, 3600); err != nil {
			return fmt.Errorf("createJob: %w", err)
		}
		fmt.Fprintf(w, "[4/6] the buyer checked from chain state that the escrow judges by the key it pinned (no compiler),\n")
		fmt.Fprintf(w, "      then deposited %s ETH in escrow for job #%v on MNIST test image #%d (input committed, salt kept secret)\n", eth(demoPrice), job, s.Index)
	} else {
		fmt.Fprintf(w, "[4/6] proving MNIST test image #%d\n", s.Index)
	}
	p := newProgress(asJSON)
	p.Step(fmt.Sprintf("prove MNIST test image #%d", s.Index))
	b, o, tm, err := prover.Prove(ctx, k, m, input, &salt, ch.job(job))
	p.End()
	if err != nil {
		return err
	}
	rep.Image, rep.Label, rep.Output, rep.Digit = s.Index, s.Label, o.Output, runtime.Argmax(o.Output)
	rep.ProveSeconds, rep.ProofBytes = seconds(tm.Prove), len(b.Proof)
	fmt.Fprintf(w, "      the provider proved the inference in %s (proof %d bytes):\n\n%s\n", fmtDuration(tm.Prove), rep.ProofBytes, indent(mnist.ASCII(s.Pixels)))
	fmt.Fprintf(w, "      the model says %d (label %d); int8 logits %v\n", rep.Digit, s.Label, o.Output)
	if ch != nil {
		gain, gas, err := ch.fulfil(ctx, job, b)
		rep.Chain.Paid, rep.Chain.FulfilGas = err == nil, gas
		if err != nil {
			fmt.Fprintf(w, "      FAILED: the escrow refused the honest proof: %v\n", err)
		} else {
			rep.Chain.ProviderGainWei = gain.String()
			fmt.Fprintf(w, "      the chain verified the proof and the escrow paid the provider %s ETH (fulfil used %d gas)\n", eth(demoPrice), gas)
			after, err := ch.balances(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "      balances before → after (ETH, net of gas): buyer %s → %s, provider %s → %s\n",
				eth(balancesBefore[0]), eth(after[0]), eth(balancesBefore[1]), eth(after[1]))
		}
	}

	// 5. The buyer verifies the bundle: proof, and both commitments opened.
	start := time.Now()
	verr := verifier.Verify(b, k.VK, verifier.Expect{Model: m, Opening: o, Job: ch.job(job)})
	verifyTime := time.Since(start)
	rep.VerifySeconds, rep.Verified = seconds(verifyTime), verr == nil
	if verr != nil {
		fmt.Fprintf(w, "[5/6] FAILED: the honest bundle did not verify: %v\n", verr)
	} else {
		fmt.Fprintf(w, "[5/6] the buyer verified the bundle in %s: the proof holds, and its input and the output open their commitments\n", fmtDuration(verifyTime))
	}

	// 6. Job 2: a false claim, refused; a refund after the deadline.
	next := samples[(idx+1)%len(samples)]
	input2, err := pixels(next.Pixels)
	if err != nil {
		return err
	}
	salt2, err := models.NewSalt()
	if err != nil {
		return err
	}
	if ch != nil {
		if job, err = ch.deposit(ctx, input2, salt2, 600); err != nil {
			return fmt.Errorf("createJob: %w", err)
		}
	}
	p = newProgress(asJSON)
	p.Step(fmt.Sprintf("prove MNIST test image #%d", next.Index))
	b2, o2, _, err := prover.Prove(ctx, k, m, input2, &salt2, ch.job(job))
	p.End()
	if err != nil {
		return err
	}
	forged, fo := tamper(b2, o2)
	rep.TamperedDigit = runtime.Argmax(fo.Output)
	terr := verifier.Verify(forged, k.VK, verifier.Expect{Model: m, Opening: fo, Job: ch.job(job)})
	rep.TamperRejected = errors.Is(terr, verifier.ErrInvalidProof) || errors.Is(terr, verifier.ErrCommitmentMismatch)
	rep.TamperError = errString(terr)
	fmt.Fprintf(w, "[6/6] job #%v: the provider claims image #%d is a %d (the model says %d)\n", job, next.Index, rep.TamperedDigit, runtime.Argmax(o2.Output))
	if rep.TamperRejected {
		fmt.Fprintf(w, "      off chain, the buyer's verifier rejects it: %v\n", terr)
	} else {
		fmt.Fprintf(w, "      FAILED: the buyer's verifier accepted the false claim (%v)\n", terr)
	}
	if ch != nil {
		_, _, ferr := ch.fulfil(ctx, job, forged)
		rep.Chain.FalseClaimRefused = contracts.IsRevert(ferr, "InvalidProof")
		rep.Chain.FalseClaimError = errString(ferr)
		if rep.Chain.FalseClaimRefused {
			fmt.Fprintf(w, "      on chain, the escrow refuses to pay: %v\n", ferr)
		} else {
			fmt.Fprintf(w, "      FAILED: the escrow did not refuse the false claim (%v)\n", ferr)
		}
		refund, err := ch.refundAfterDeadline(ctx, job, 10*time.Minute)
		rep.Chain.Refunded = err == nil
		if err != nil {
			fmt.Fprintf(w, "      FAILED: refund after the deadline: %v\n", err)
		} else {
			fmt.Fprintf(w, "      ten minutes later the deadline has passed: the buyer took back %s ETH\n", eth(refund))
		}
	}

	if asJSON {
		if err := printJSON(cmd.OutOrStdout(), rep); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(w, "\n%-12s %d (%s)\n%-12s %s\n%-12s %s\n%-12s %s\n%-12s %d bytes\n",
			rep.ConstraintUnit, rep.Constraints, k.System(), "keys", keysText(k, keyTime), "prove", fmtDuration(tm.Prove), "verify", fmtDuration(verifyTime), "proof", rep.ProofBytes)
		if ch != nil {
			fmt.Fprintf(w, "%-12s %d gas (%s)\n", "fulfil", rep.Chain.FulfilGas, ch.b.Name)
		}
	}
	ok := rep.Verified && rep.TamperRejected
	if c := rep.Chain; c != nil {
		ok = ok && c.Paid && c.FalseClaimRefused && c.Refunded
	}
	if !ok {
		return errCheckFailed
	}
	return nil
}

// demoChain is the embedded chain with the market deployed, a provider who
// registered the model, and a buyer.
type demoChain struct {
	b         *contracts.Backend
	market    *contracts.Market
	system    contracts.ProofSystem
	key       []byte
	modelID   *big.Int
	provider  *ecdsa.PrivateKey
	buyer     *ecdsa.PrivateKey
	publicOut bool
}

func newDemoChain(ctx context.Context, m *models.Model, proofSystem string, key []byte, transcript [32]byte, publicOut bool) (*demoChain, error) {
	system, err := contracts.ParseProofSystem(proofSystem)
	if err != nil {
		return nil, err
	}
	c := &demoChain{publicOut: publicOut, system: system, key: key}
	var keys [3]*ecdsa.PrivateKey
	funded := map[*ecdsa.PrivateKey]*big.Int{}
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keys[i] = k
		funded[k] = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	}
	deployer, provider, buyer := keys[0], keys[1], keys[2]
	c.provider, c.buyer = provider, buyer
	c.b = contracts.NewEmbedded(funded)
	fail := func(err error) (*demoChain, error) {
		c.b.Close()
		return nil, err
	}
	dep, err := c.b.Transactor(ctx, deployer)
	if err != nil {
		return fail(err)
	}
	if c.market, _, err = contracts.Deploy(ctx, c.b, dep); err != nil {
		return fail(err)
	}
	prov, err := c.b.Transactor(ctx, provider)
	if err != nil {
		return fail(err)
	}
	outputs := uint32(0)
	if publicOut {
		outputs = uint32(m.OutputShape().Size())
	}
	commitment := m.Commitment()
	if c.modelID, _, err = c.market.Register(ctx, prov, contracts.Registration{
		Commitment: commitment.BigInt(new(big.Int)), ProofSystem: system, Key: key, Transcript: transcript,
		Price: demoPrice, PublicOutputs: outputs, URI: "zkinfer://zoo/" + m.Name,
	}); err != nil {
		return fail(fmt.Errorf("register: %w", err))
	}
	return c, nil
}

// balances returns the buyer's and the provider's balances.
func (c *demoChain) balances(ctx context.Context) ([2]*big.Int, error) {
	var out [2]*big.Int
	for i, k := range []*ecdsa.PrivateKey{c.buyer, c.provider} {
		b, err := c.b.BalanceAt(ctx, contracts.Address(k), nil)
		if err != nil {
			return out, err
		}
		out[i] = b
	}
	return out, nil
}

// job is the escrow job id on this chain, for the demo's provider; nil
// without a chain.
func (c *demoChain) job(id *big.Int) *prover.Job {
	if c == nil {
		return nil
	}
	chainID, err := c.b.ChainID(context.Background())
	if err != nil {
		return nil
	}
	return &prover.Job{ChainID: chainID, Escrow: c.market.Escrow, ID: id, Provider: contracts.Address(c.provider)}
}

// deposit has the buyer check the judge of its proof from chain state
// (the key it pinned is the one the escrow will use), then open a job for
// input under its salt.
func (c *demoChain) deposit(ctx context.Context, input []int8, salt fr.Element, seconds uint64) (*big.Int, error) {
	if _, err := c.market.CheckJudge(ctx, c.modelID, c.system, c.key); err != nil {
		return nil, err
	}
	head, err := c.b.Head(ctx)
	if err != nil {
		return nil, err
	}
	opts, err := c.b.Transactor(ctx, c.buyer)
	if err != nil {
		return nil, err
	}
	opts.Value = demoPrice
	ic := models.CommitTensor(models.DomainInput, salt, input)
	id, _, err := c.market.CreateJob(ctx, opts, c.modelID, ic.BigInt(new(big.Int)), contracts.Address(c.provider), head.Time+seconds, prover.ChainKeyHash(c.key))
	return id, err
}

// fulfil has the provider claim a job with a bundle; it returns what the
// provider gained net of gas and the gas used.
func (c *demoChain) fulfil(ctx context.Context, job *big.Int, b *prover.Bundle) (*big.Int, uint64, error) {
	sol, err := prover.SolidityProof(b)
	if err != nil {
		return nil, 0, err
	}
	out, public := prover.ChainInputs(b.Statement())
	opts, err := c.b.Transactor(ctx, c.provider)
	if err != nil {
		return nil, 0, err
	}
	before, err := c.b.BalanceAt(ctx, contracts.Address(c.provider), nil)
	if err != nil {
		return nil, 0, err
	}
	r, err := c.market.Fulfill(ctx, opts, job, out, public, sol)
	if err != nil {
		return nil, 0, err
	}
	after, err := c.b.BalanceAt(ctx, contracts.Address(c.provider), nil)
	if err != nil {
		return nil, 0, err
	}
	return new(big.Int).Sub(after, before), r.GasUsed, nil
}

// refundAfterDeadline lets time pass on the embedded chain, then the buyer
// takes the deposit back; it returns the amount refunded.
func (c *demoChain) refundAfterDeadline(ctx context.Context, job *big.Int, wait time.Duration) (*big.Int, error) {
	if err := c.b.AdvanceTime(wait); err != nil {
		return nil, err
	}
	opts, err := c.b.Transactor(ctx, c.buyer)
	if err != nil {
		return nil, err
	}
	j, err := c.market.Job(ctx, job)
	if err != nil {
		return nil, err
	}
	if _, err := c.market.Refund(ctx, opts, job); err != nil {
		return nil, err
	}
	return j.Amount, nil
}

// tamper returns a copy of the bundle and opening that claim another
// output: the runner-up digit raised above the true one, with a fresh
// commitment (or public output) that matches the forged values. Only the
// proof still speaks for the true output.
func tamper(b *prover.Bundle, o *prover.Opening) (*prover.Bundle, *prover.Opening) {
	out := append([]int8(nil), o.Output...)
	top := runtime.Argmax(out)
	second := (top + 1) % len(out)
	for i := range out {
		if i != top && out[i] > out[second] {
			second = i
		}
	}
	out[second] = min(out[top], 126) + 1
	out[top] = out[second] - 1
	fo := *o
	fo.Output = out
	fb := *b
	fb.OutputCommitment = prover.Field(models.CommitTensor(models.DomainOutput, o.OutputSalt.Element(), out))
	if b.PublicOutput != nil {
		fb.PublicOutput = out
	}
	fb.Proof = bytes.Clone(b.Proof)
	return &fb, &fo
}

// keySource says where keys came from: "embedded" (the development keys
// in the binary), "cache" or "setup" (made now, and cached).
func keySource(k *prover.Keys) string {
	switch {
	case strings.HasPrefix(k.Dir, devkeys.Location):
		return "embedded"
	case k.Cached:
		return "cache"
	}
	return "setup"
}

// keysText says where keys came from and how long that took.
func keysText(k *prover.Keys, d time.Duration) string {
	switch keySource(k) {
	case "embedded":
		return "embedded development keys, loaded in " + fmtDuration(d)
	case "cache":
		return fmt.Sprintf("keys loaded from the cache in %s (%s)", fmtDuration(d), k.Dir)
	}
	return fmt.Sprintf("keys set up in %s, cached in %s", fmtDuration(d), k.Dir)
}

// seconds is d in seconds, to the microsecond, for JSON reports.
func seconds(d time.Duration) float64 { return math.Round(d.Seconds()*1e6) / 1e6 }

// eth formats wei as ether with 4 decimals.
func eth(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	return f.Text('f', 4)
}

func short(a common.Address) string { return a.Hex()[:10] + "…" }

func indent(s string) string {
	var b bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimRight([]byte(s), "\n"), []byte("\n")) {
		if len(line) > 0 {
			b.WriteString("      ")
			b.Write(line)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// demoBeacon stands in for a public beacon (the hash of a block announced
// before the last contribution) in the demo's local ceremony.
var demoBeacon = sha256.Sum256([]byte("zkinfer demo: a block hash announced before the last contribution"))

// localCeremony runs a two-contributor ceremony for the circuit of (m,
// opts) in the cache folder, or reuses the one an earlier demo left there,
// and points the key flags at it: --ceremony and --phase1 for Groth16,
// --srs for PLONK.
func localCeremony(cmd *cobra.Command, v *viper.Viper, w io.Writer, m *models.Model, opts prover.Options) error {
	id := prover.CircuitID(m, opts)
	dir := filepath.Join(cacheDir(v), "demo-ceremony", id)
	srsPath, transcript := filepath.Join(dir, "phase1.srs"), filepath.Join(dir, "phase2.zkc")
	plonk := opts.System() == prover.BackendPlonk
	done := fileExists(srsPath) && (plonk || fileExists(transcript))
	if !done {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		p := newProgress(v.GetBool("json"))
		defer p.End()
		p.Step("compile the circuit to size the ceremony")
		ccs, err := prover.Compile(m, opts)
		if err != nil {
			return err
		}
		power := ceremony.PowerFor(ccs.GetNbConstraints())
		contributors := []string{"provider", "buyer"}
		p.Step(fmt.Sprintf("phase 1 (2^%d powers of tau): the provider and the buyer contribute, then it is checked and sealed", power))
		p1, srs, err := ceremony.LocalPhase1(power, demoBeacon[:], contributors...)
		if err != nil {
			return err
		}
		if _, err := ceremony.WriteFile(filepath.Join(dir, "phase1.zkc"), p1); err != nil {
			return err
		}
		if _, err := ceremony.WriteFile(srsPath, srs); err != nil {
			return err
		}
		if !plonk {
			p.Step(fmt.Sprintf("phase 2 of the circuit (%d constraints): the provider and the buyer contribute, then it is checked and sealed", ccs.GetNbConstraints()))
			srs.LagrangeDir = prover.LagrangeCacheDir(cacheDir(v))
			p2, err := ceremony.LocalPhase2(srs, ccs, id, demoBeacon[:], contributors...)
			if err != nil {
				return err
			}
			if _, err := ceremony.WriteFile(transcript, p2); err != nil {
				return err
			}
		}
		p.End()
	}
	srs, err := ceremony.ReadSRSFile(srsPath, "")
	if err != nil {
		return err
	}
	what := fmt.Sprintf("phase 1 of 2^%d (%s)", srs.Info.Power, ceremony.CountContributions(srs.Info.Contributions))
	if plonk {
		v.Set("srs", srsPath)
		v.Set("srs-sha256", srs.Info.SHA256)
	} else {
		t, _, err := ceremony.ReadTranscriptFile(transcript)
		if err != nil {
			return err
		}
		names := make([]string, len(t.Header.Contributions))
		for i, c := range t.Header.Contributions {
			names[i] = c.Name + " " + ceremony.Short(c.Hash)[:12] + "…"
		}
		what += fmt.Sprintf(", phase 2 of circuit %s (%s)", id, strings.Join(names, ", "))
		v.Set("ceremony", transcript)
		v.Set("phase1", srsPath)
	}
	how := "ran"
	if done {
		how = "reused"
	}
	fmt.Fprintf(w, "[2/6] local two-contributor ceremony %s in %s:\n      %s, sealed with beacon %x…\n", how, dir, what, demoBeacon[:8])
	fmt.Fprintf(w, "      (both contributors ran in this process: the demo shows the steps, not the trust; in a real\n")
	fmt.Fprintf(w, "      ceremony each runs 'zkinfer ceremony contribute' on its own machine, and one honest one suffices)\n")
	return nil
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}
