package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/tensorio"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/runtime/service"
	"github.com/zkinfer/zkinfer/verifier"
)

// batchInputs are the inputs of a batch proof: the files of --inputs, or
// the embedded MNIST test images --sample, --sample+1, ...
func batchInputs(v *viper.Viper, m *models.Model, n int) ([][]int8, []string, error) {
	pm, err := pixelMax(v, m)
	if err != nil {
		return nil, nil, err
	}
	opts := tensorio.Options{PixelMax: pm}
	if files := v.GetStringSlice("inputs"); len(files) > 0 {
		if len(files) != n {
			return nil, nil, fmt.Errorf("--inputs names %d files for a batch of %d (--batch): give one input per inference", len(files), n)
		}
		var out [][]int8
		for _, f := range files {
			vals, err := tensorio.Read(f, m, opts)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, vals)
		}
		return out, files, nil
	}
	samples := zoo.Samples()
	first := v.GetInt("sample")
	if first < 0 || first+n > len(samples) {
		return nil, nil, fmt.Errorf("--sample %d with --batch %d: the embedded images are 0..%d; give --inputs FILE,FILE,...", first, n, len(samples)-1)
	}
	var out [][]int8
	var names []string
	for i := first; i < first+n; i++ {
		vals, err := tensorio.FromPixels(samples[i].Pixels, m, opts)
		if err != nil {
			return nil, nil, fmt.Errorf("MNIST test image #%d: %w (give --inputs for a model that takes no MNIST image)", i, err)
		}
		out = append(out, vals)
		names = append(names, fmt.Sprintf("MNIST test image #%d", i))
	}
	return out, names, nil
}

// batchBinding is the batch of jobs of --job given as a list (5,6,7,8), or
// nil when --job is not given.
func batchBinding(v *viper.Viper, n int) (*prover.BatchJob, error) {
	list := v.GetString("job")
	if list == "" {
		return nil, nil
	}
	parts := strings.Split(list, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("--job names %d jobs for a batch of %d: give one job per inference, in order (--job 5,6,7,8)", len(parts), n)
	}
	var ids []*big.Int
	for _, p := range parts {
		id, ok := new(big.Int).SetString(strings.TrimSpace(p), 10)
		if !ok || id.Sign() <= 0 {
			return nil, fmt.Errorf("--job %q: %q is not a positive job id", list, p)
		}
		ids = append(ids, id)
	}
	chainID, err := bigFlag(v, "chain-id")
	if err != nil {
		return nil, fmt.Errorf("--job needs --chain-id: %w", err)
	}
	esc, provider := v.GetString("escrow"), v.GetString("provider")
	if !common.IsHexAddress(esc) || !common.IsHexAddress(provider) {
		return nil, errors.New("--job needs --escrow and --provider addresses: a batch proof is bound to jobs of one escrow, for one provider")
	}
	job := &prover.BatchJob{ChainID: chainID, Escrow: common.HexToAddress(esc), Provider: common.HexToAddress(provider), IDs: ids}
	if err := job.Validate(); err != nil {
		return nil, fmt.Errorf("--job: %w", err)
	}
	return job, nil
}

// openingPath is the opening file of entry i of a batch: --opening with
// "-i" before its extension.
func openingPath(base string, i int) string {
	ext := filepath.Ext(base)
	return strings.TrimSuffix(base, ext) + "-" + strconv.Itoa(i) + ext
}

// proveBatch is prove with --batch: one proof for several inputs.
func proveBatch(cmd *cobra.Command, v *viper.Viper, m *models.Model, opts prover.Options) error {
	inputs, names, err := batchInputs(v, m, opts.Batch)
	if err != nil {
		return err
	}
	job, err := batchBinding(v, opts.Batch)
	if err != nil {
		return err
	}
	if v.GetString("input-salt") != "" {
		return errors.New("--input-salt is for one inference; a batch draws a fresh salt per input (the service takes each buyer's)")
	}
	out := v.GetString("out")
	paths := []string{out}
	for i := range inputs {
		paths = append(paths, openingPath(v.GetString("opening"), i))
	}
	for _, p := range paths {
		if err := checkWritable(p); err != nil {
			return err
		}
	}
	k, _, err := setupKeys(cmd, v, m, opts)
	if err != nil {
		return err
	}
	p := newProgress(v.GetBool("json"))
	p.Step(fmt.Sprintf("prove %d inferences of %s in one batch proof (%s, %d %s)", len(inputs), m.Name, k.System(), k.Constraints, constraintsWord(k.System())))
	b, os_, tm, err := prover.ProveBatch(cmd.Context(), k, m, inputs, nil, job)
	p.End()
	if err != nil {
		return err
	}
	if _, err := writeAtomic(out, func(w io.Writer) error { _, err := b.WriteTo(w); return err }); err != nil {
		return err
	}
	for i, o := range os_ {
		if err := writeJSONFile(paths[i+1], o); err != nil {
			return err
		}
	}
	type entry struct {
		Input   string `json:"input"`
		Opening string `json:"opening"`
		Output  []int8 `json:"output"`
		Argmax  int    `json:"argmax"`
	}
	res := struct {
		Bundle       string  `json:"bundle"`
		Batch        int     `json:"batch"`
		Entries      []entry `json:"entries"`
		ProofSystem  string  `json:"proofSystem"`
		Prove        float64 `json:"proveSeconds"`
		PerInference float64 `json:"proveSecondsPerInference"`
		Setup        string  `json:"setup"`
		Challenge    string  `json:"challenge"`
	}{Bundle: out, Batch: len(inputs), ProofSystem: b.Backend, Prove: tm.Prove.Seconds(), PerInference: tm.Prove.Seconds() / float64(len(inputs)), Setup: b.Setup, Challenge: b.Challenge.String()}
	for i, o := range os_ {
		res.Entries = append(res.Entries, entry{names[i], paths[i+1], o.Output, runtime.Argmax(o.Output)})
	}
	if v.GetBool("json") {
		return printJSON(cmd.OutOrStdout(), res)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "proved %d inferences of %s in one %s proof in %s (%s per inference)\n", len(inputs), m.Name, b.Backend, fmtDuration(tm.Prove), fmtDuration(tm.Prove/time.Duration(len(inputs))))
	for i, e := range res.Entries {
		fmt.Fprintf(w, "  entry %d: %s, output %v (argmax %d), opening %s\n", i, e.Input, e.Output, e.Argmax, e.Opening)
	}
	fmt.Fprintf(w, "batch bundle %s (public); openings (secret: give each only to its buyer)\nbound to %s\n%s\n", out, batchJobText(job), setupText(k.Setup))
	return nil
}

// verifyBatch is verify for a batch bundle: the proof, and with --opening
// and --entry one buyer's opening against its own entry.
func verifyBatch(cmd *cobra.Command, v *viper.Viper, path string) error {
	b, err := prover.ReadBatchBundleFile(path)
	if err != nil {
		return err
	}
	var exp verifier.BatchExpect
	entry := v.GetInt("entry")
	if p := v.GetString("opening"); p != "" {
		o, err := readOpeningFlag(p)
		if err != nil {
			return err
		}
		if entry < 0 || entry >= len(b.Entries) {
			return fmt.Errorf("--entry %d: the batch has entries 0..%d; give the place of your job in it", entry, len(b.Entries)-1)
		}
		exp.Openings = map[int]*prover.Opening{entry: o}
	}
	if err := checkReadable("vk", v.GetString("vk")); err != nil {
		return err
	}
	if v.IsSet("model") && v.GetString("model") != "" {
		if exp.Model, err = loadModel(v); err != nil {
			return fmt.Errorf("--model: %w", err)
		}
	}
	if exp.Job, err = batchBinding(v, len(b.Entries)); err != nil {
		return err
	}
	var vk prover.VerifyingKey
	vkPath, setup := v.GetString("vk"), "unknown: the key of --vk is as safe as the setup that made it"
	if vkPath != "" {
		if vk, _, err = prover.ReadVerifyingKey(vkPath, b.Backend); err != nil {
			return err
		}
	} else if vk, vkPath, setup, err = prover.CachedVerifyingKey(cacheDir(v), b.CircuitID, b.VerifyingKeyHash); err != nil {
		return fmt.Errorf("verifying key for batch circuit %s: %w (give --vk, or run setup with --batch %d for this circuit)", b.CircuitID, err, len(b.Entries))
	}
	start := time.Now()
	verr := verifier.VerifyBatch(b, vk, exp)
	res := struct {
		Bundle          string       `json:"bundle"`
		Valid           bool         `json:"valid"`
		Error           string       `json:"error,omitempty"`
		Batch           int          `json:"batch"`
		ModelClaim      string       `json:"modelClaim"`
		Model           string       `json:"model,omitempty"`
		ModelCommitment prover.Field `json:"modelCommitment"`
		System          string       `json:"proofSystem"`
		VKHash          string       `json:"verifyingKeyHash"`
		VKSource        string       `json:"verifyingKeySource"`
		Setup           string       `json:"setup"`
		Challenge       prover.Field `json:"challenge"`
		Entry           *int         `json:"entry,omitempty"`
		Output          []int8       `json:"output,omitempty"`
		Seconds         float64      `json:"seconds"`
	}{Bundle: path, Valid: verr == nil, Error: errString(verr), Batch: len(b.Entries), ModelClaim: b.Model.Name, ModelCommitment: b.Model.Commitment,
		System: b.Backend, VKHash: b.VerifyingKeyHash, VKSource: vkPath, Setup: setup, Challenge: b.Challenge, Seconds: time.Since(start).Seconds()}
	if verr == nil && exp.Model != nil {
		res.Model = exp.Model.Name
	}
	if o := exp.Openings[entry]; verr == nil && o != nil {
		res.Entry, res.Output = &entry, o.Output
	}
	if v.GetBool("json") {
		if err := printJSON(cmd.OutOrStdout(), res); err != nil {
			return err
		}
	} else if verr == nil {
		w := cmd.OutOrStdout()
		name := fmt.Sprintf("named %q by the bundle (a claim: give --model to check it)", b.Model.Name)
		if res.Model != "" {
			name = fmt.Sprintf("%s, checked against --model", res.Model)
		}
		fmt.Fprintf(w, "VALID: batch %s of %d inferences (%s) in %s\nmodel commitment %s, %s\nverifying key sha256 %s, from %s\n%s\n",
			path, len(b.Entries), b.Backend, fmtSeconds(res.Seconds), b.Model.Commitment, name, b.VerifyingKeyHash, vkPath, setupText(setup))
		if exp.Job != nil {
			fmt.Fprintf(w, "bound to jobs %v in this order\n", exp.Job.IDs)
		} else {
			fmt.Fprintf(w, "bound to %s (not checked: give --job 5,6,... to check which jobs the proof pays)\n", batchJobText(b.Job))
		}
		if res.Output != nil {
			fmt.Fprintf(w, "entry %d: proven output %v (argmax %d)\n", entry, res.Output, runtime.Argmax(res.Output))
		}
	} else {
		fmt.Fprintf(cmd.OutOrStdout(), "REJECTED: %s: %v\n", path, verr)
	}
	if verr != nil {
		return errCheckFailed
	}
	return nil
}

// batchJobText names a batch's jobs, or says the escrow pays none.
func batchJobText(j *prover.BatchJob) string {
	if j == nil {
		return "no job: the escrow pays nothing for it"
	}
	return j.String()
}

// isBatchBundleFile reports whether path holds a batch bundle.
func isBatchBundleFile(path string) bool {
	data, err := os.ReadFile(path)
	return err == nil && prover.IsBatchBundle(data)
}

// registerBatchKey is register with --batch: the batch key of an
// already registered model (--model-id).
func registerBatchKey(cmd *cobra.Command, v *viper.Viper, m *models.Model, opts prover.Options) error {
	ctx := cmd.Context()
	modelID, err := bigFlag(v, "model-id")
	if err != nil {
		return fmt.Errorf("register --batch adds a batch key to a registered model: give its --model-id (%w)", err)
	}
	s, market, err := openMarket(ctx, v)
	if err != nil {
		return err
	}
	defer s.b.Close()
	e, err := market.Model(ctx, modelID)
	if err != nil {
		return fmt.Errorf("model #%v in the registry: %w", modelID, err)
	}
	if c := m.Commitment(); e.Commitment.Cmp(c.BigInt(new(big.Int))) != 0 {
		return fmt.Errorf("model #%v is registered with commitment 0x%064x, %s has %s", modelID, e.Commitment, m.Name, prover.Field(c))
	}
	k, _, err := setupKeys(cmd, v, m, opts)
	if err != nil {
		return err
	}
	key, err := k.ChainKey()
	if err != nil {
		return err
	}
	index, _, err := market.RegisterBatchKey(ctx, s.from, modelID, uint32(opts.Batch), key)
	if err != nil {
		return err
	}
	keyHash := fmt.Sprintf("0x%x", prover.ChainKeyHash(key))
	res := map[string]any{"modelId": modelID.String(), "batchKey": index, "batch": opts.Batch, "chainKeyHash": keyHash, "circuitId": k.ID, "setup": k.Setup}
	return report(cmd, v, res, fmt.Sprintf("registered batch key %d of model #%v: %d jobs per proof (circuit %s), verifying key keccak256 %s\nbuyers who accept it at deposit can be paid by one proof for %d jobs\n%s",
		index, modelID, opts.Batch, k.ID, keyHash, opts.Batch, setupText(k.Setup)))
}

// registeredBatchKeys loads the keys of every batch key registered for
// model id from the key cache: what serve proves batches with and what a
// buyer accepts. A registered key with no matching keys here is skipped
// and reported through skip.
func registeredBatchKeys(ctx context.Context, v *viper.Viper, market *contracts.Market, id uint64, m *models.Model, opts prover.Options, skip func(string)) ([]service.BatchKeys, error) {
	e, err := market.Model(ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return nil, err
	}
	var out []service.BatchKeys
	for i := range uint64(e.BatchKeys) {
		bk, err := market.BatchKey(ctx, new(big.Int).SetUint64(id), i)
		if err != nil {
			return nil, err
		}
		o := opts
		o.Batch, o.RangeCheck = int(bk.Jobs), prover.RangeCheckAuto
		o, _, err = prover.Choose(m, o, 0)
		if err != nil {
			return nil, err
		}
		k, err := prover.LoadCachedKeys(cacheDir(v), m, o)
		if err != nil {
			skip(fmt.Sprintf("batch key %d (%d jobs) of model #%d: %v; run 'zkinfer setup --batch %d' with the same circuit flags", i, bk.Jobs, id, err, bk.Jobs))
			continue
		}
		key, err := k.ChainKey()
		if err != nil || prover.ChainKeyHash(key) != bk.VerifyingKeyHash {
			skip(fmt.Sprintf("batch key %d (%d jobs) of model #%d is not the key cached here (%s)", i, bk.Jobs, id, k.Dir))
			continue
		}
		out = append(out, service.BatchKeys{Index: i, Keys: k})
	}
	return out, nil
}
