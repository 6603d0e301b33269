package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
	"github.com/zkinfer/zkinfer/prover/devkeys"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/verifier"
)

func newInfer(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "infer",
		Short: "Run a model on an input with the integer runtime (no proof)",
		Long: `infer runs the integer forward pass, exactly the function the circuits
prove, and prints the output and the index of its largest value.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			in, err := readInput(v, m)
			if err != nil {
				return err
			}
			start := time.Now()
			t, err := runtime.Execute(cmd.Context(), m, in.Values)
			if err != nil {
				return err
			}
			out := t.Output(m)
			res := struct {
				Model   string  `json:"model"`
				Input   string  `json:"input"`
				Label   *int    `json:"label,omitempty"`
				Output  []int8  `json:"output"`
				Argmax  int     `json:"argmax"`
				Seconds float64 `json:"seconds"`
			}{m.Name, in.Source, labelPtr(in.Label), out, runtime.Argmax(out), time.Since(start).Seconds()}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s on %s: output %v, argmax %d (%s)\n", m.Name, in.Source, out, res.Argmax, fmtSeconds(res.Seconds))
			if in.Label >= 0 {
				fmt.Fprintf(w, "label %d\n", in.Label)
			}
			return nil
		},
	}
	modelFlags(cmd)
	inputFlags(cmd)
	return cmd
}

func labelPtr(l int) *int {
	if l < 0 {
		return nil
	}
	return &l
}

func newSetup(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "setup",
		Short: "Make a model's Groth16 or PLONK keys, or load them (embedded or cached)",
		Long: `setup compiles the circuit of a model for the chosen visibilities and proof
system and makes its keys, caching circuit, proving key and verifying key
under the circuit's ID (every file's SHA-256 is checked when loaded), so no
one waits for the same setup twice. For the circuits of the shipped MNIST
MLP with fixed weights (Groth16), the development keys built into zkinfer
are loaded instead.

Groth16 (the default): the setup runs on this machine alone, so whoever
runs it could forge proofs for its circuit. The key folder's name says
"unsafe-setup"; use such keys for development, not to secure payments.

PLONK (--proof-system plonk): the keys derive from a universal KZG SRS.
Give a ceremony's SRS file with --srs and the SHA-256 it published with
--srs-sha256 (checked before the file is read); without --srs the
development SRS is used, whose toxic value is public: anyone can forge
proofs under its keys, and the key folder, bundles and output say
"unsafe". Anyone holding the same SRS reruns the setup and gets the same
verifying key, so a buyer need not trust the provider's.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			opts, err := circuitOptions(v, m)
			if err != nil {
				return err
			}
			if path := v.GetString("chain-key"); path != "" {
				if err := checkWritable(path); err != nil {
					return fmt.Errorf("--chain-key: %w", err)
				}
			}
			k, elapsed, err := setupKeys(cmd, v, m, opts)
			if err != nil {
				return err
			}
			if k.CompressedProvingKey() {
				if err := k.StoreRaw(); err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "rewrote the proving key in %s with uncompressed points: the same key, loaded several times faster\n", k.Dir)
			}
			res := struct {
				Model       string         `json:"model"`
				CircuitID   string         `json:"circuitId"`
				Options     prover.Options `json:"options"`
				Constraints int            `json:"constraints"`
				Cached      bool           `json:"cached"`
				Seconds     float64        `json:"seconds"`
				KeyDir      string         `json:"keyDir"`
				VKHash      string         `json:"verifyingKeyHash"`
				ChainKey    string         `json:"chainKeyHash"`
				Setup       string         `json:"setup"`
				Choice      string         `json:"rangeCheckChoice,omitempty"`
			}{m.Name, k.ID, k.Options, k.Constraints, k.Cached, elapsed.Seconds(), k.Dir, k.VKHash, "", k.Setup, rangeChoice(v)}
			key, err := k.ChainKey()
			if err != nil {
				return err
			}
			res.ChainKey = fmt.Sprintf("0x%x", prover.ChainKeyHash(key))
			if path := v.GetString("chain-key"); path != "" {
				if err := os.WriteFile(path, key, 0o644); err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote the on-chain verifying key (%d bytes) to %s\n", len(key), path)
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			how := "set up"
			if k.Cached {
				how = "loaded from " + k.Dir
			}
			fmt.Fprintf(w, "%s circuit %s for %s (%s): %d %s, keys %s in %s\n", k.System(), k.ID, m.Name, k.Options, k.Constraints, constraintsWord(k.System()), how, fmtDuration(elapsed))
			if c := rangeChoice(v); c != "" {
				fmt.Fprintln(w, c)
			}
			fmt.Fprintf(w, "keys in %s\nverifying key sha256 %s\non-chain key keccak256 %s (what the registry records and a buyer pins)\n", k.Dir, k.VKHash, res.ChainKey)
			fmt.Fprintln(w, setupText(k.Setup))
			if v.GetBool("layer-costs") {
				// LayerCosts compiles for the options' proof system: R1CS
				// constraints for Groth16, gates for PLONK
				layers, commitments, total, err := prover.LayerCosts(m, opts)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "constraints by layer (range checks included):\n")
				for _, l := range layers {
					fmt.Fprintf(w, "  %-24s %-8s %9d\n", l.Node, l.OpName, l.Constraints)
				}
				fmt.Fprintf(w, "  %-24s %-8s %9d\n  %-24s %-8s %9d\n", "tables+commitments", "", commitments, "total", "", total)
			}
			return nil
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	srsFlags(cmd)
	cmd.Flags().Bool("layer-costs", false, "also print the constraints each layer adds (compiles the circuit once per layer)")
	cmd.Flags().String("chain-key", "", "also write the verifying key in the on-chain verifiers' encoding (what register stores) to this file")
	return cmd
}

// setupKeys loads or makes the keys with a progress display: embedded
// development keys, the cache, or a fresh setup (Groth16, or PLONK from
// the SRS of --srs).
func setupKeys(cmd *cobra.Command, v *viper.Viper, m *models.Model, opts prover.Options) (*prover.Keys, time.Duration, error) {
	p := newProgress(v.GetBool("json"))
	defer p.End()
	start := time.Now()
	src, err := srsSource(v)
	if err != nil {
		return nil, 0, err
	}
	if !src.IsDev() && opts.System() != prover.BackendPlonk {
		return nil, 0, fmt.Errorf("--srs is for --proof-system plonk; Groth16 keys come from a circuit-specific setup")
	}
	if err := checkReadable("srs", v.GetString("srs")); err != nil {
		return nil, 0, err
	}
	transcript := v.GetString("ceremony")
	switch {
	case transcript != "" && opts.System() != prover.BackendGroth16:
		return nil, 0, fmt.Errorf("--ceremony is for Groth16; PLONK keys come from the phase-1 SRS itself (--srs)")
	case transcript == "" && v.GetString("phase1") != "":
		return nil, 0, fmt.Errorf("--phase1 goes with --ceremony, the phase-2 transcript; for PLONK give the phase-1 SRS as --srs")
	}
	for _, f := range []string{"ceremony", "phase1"} {
		if err := checkReadable(f, v.GetString(f)); err != nil {
			return nil, 0, err
		}
	}
	if transcript != "" {
		progress := func(stage string) {
			switch stage {
			case "load":
				p.Step("load cached ceremony keys (hashes checked)")
			case "compile":
				p.Step("compile circuit")
			case "phase1":
				p.Step("read the phase-1 SRS (every point checked)")
			case "verify":
				p.Step("check the transcript (start recomputed, every contribution, beacon) and seal the keys")
			case "write":
				p.Step("write keys to the cache")
			}
		}
		k, err := prover.SetupCeremony(cmd.Context(), m, opts, transcript, v.GetString("phase1"), cacheDir(v), progress)
		return k, time.Since(start), err
	}
	if k, ok, err := devkeys.Load(m, opts); err != nil || ok {
		return k, time.Since(start), err
	}
	progress := func(stage string) {
		switch stage {
		case "load":
			p.Step("load cached keys (hashes checked)")
		case "compile":
			p.Step("compile circuit")
		case "srs":
			if src.IsDev() {
				p.Step("generate the UNSAFE development SRS")
			} else {
				p.Step("read the SRS file (hash checked) and convert it to Lagrange form")
			}
		case "setup":
			p.Step(opts.System() + " setup (once per circuit; cached afterwards)")
		case "write":
			p.Step("write keys to the cache")
		}
	}
	var k *prover.Keys
	if opts.System() == prover.BackendPlonk {
		k, err = prover.SetupPlonk(cmd.Context(), m, opts, src, cacheDir(v), progress)
	} else {
		k, err = prover.Setup(cmd.Context(), m, opts, cacheDir(v), progress)
	}
	return k, time.Since(start), err
}

// constraintsWord is what a proof system's constraint count counts.
func constraintsWord(system string) string {
	if system == prover.BackendPlonk {
		return "gates"
	}
	return "constraints"
}

func newProve(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "prove",
		Short: "Prove one inference and write the proof bundle and its secret opening",
		Long: `prove runs the model on the input, proves the inference with the circuit's
keys (embedded, cached, or from a setup run first when there are none)
and writes two files:

  the bundle (--out): public; commitments, proof and verifying-key hash;
  the opening (--opening): secret; plaintext input and output and the salts
  of their commitments. Hand it only to the buyer.

A proof pays one escrow job only: give --job (with --escrow, --chain-id
and --provider) to bind it to the job whose payment it claims. Without
--job the proof is bound to no job (tag 0) and the escrow pays nothing
for it. Output paths are checked before the proof is computed; -o and
--opening must be two files.

With --batch N, one proof covers N inferences (--inputs, or N embedded
MNIST images from --sample on), each with its own commitments: -o gets the
batch bundle and --opening names the openings, one per entry (opening-0.json,
opening-1.json, ...). --job then lists the N jobs the proof pays, in order.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			opts, err := circuitOptions(v, m)
			if err != nil {
				return err
			}
			if opts.Batch > 1 {
				return proveBatch(cmd, v, m, opts)
			}
			in, err := readInput(v, m)
			if err != nil {
				return err
			}
			job, err := jobBinding(v)
			if err != nil {
				return err
			}
			if filepath.Clean(v.GetString("out")) == filepath.Clean(v.GetString("opening")) {
				return fmt.Errorf("-o and --opening are both %s: the bundle is public, the opening secret; give two files", v.GetString("out"))
			}
			for _, path := range []string{v.GetString("out"), v.GetString("opening")} {
				if err := checkWritable(path); err != nil {
					return err
				}
			}
			var salt *fr.Element
			if s := v.GetString("input-salt"); s != "" {
				var f prover.Field
				if err := f.UnmarshalText([]byte(s)); err != nil {
					return fmt.Errorf("--input-salt: %w", err)
				}
				e := f.Element()
				salt = &e
			}
			k, _, err := setupKeys(cmd, v, m, opts)
			if err != nil {
				return err
			}
			if k.CompressedProvingKey() {
				fmt.Fprintf(cmd.ErrOrStderr(), "the proving key in %s is compressed (written by an older zkinfer) and loads slowly: zkinfer setup with the same flags rewrites it\n", k.Dir)
			}
			p := newProgress(v.GetBool("json"))
			if c := rangeChoice(v); c != "" {
				p.Step(c)
			}
			p.Step(fmt.Sprintf("prove %s on %s (%s, %d %s, %s range checks)", m.Name, in.Source, k.System(), k.Constraints, constraintsWord(k.System()), k.Options.RangeCheck))
			b, o, tm, err := prover.Prove(cmd.Context(), k, m, in.Values, salt, job)
			p.End()
			if err != nil {
				return err
			}
			out := v.GetString("out")
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if v.GetBool("binary") {
				data, err := b.MarshalBinary()
				if err == nil {
					_, err = f.Write(data)
				}
				if err != nil {
					f.Close()
					return err
				}
			} else if _, err := b.WriteTo(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			if err := writeJSONFile(v.GetString("opening"), o); err != nil {
				return err
			}
			res := struct {
				Bundle      string  `json:"bundle"`
				Opening     string  `json:"opening"`
				Output      []int8  `json:"output"`
				Argmax      int     `json:"argmax"`
				ProofSystem string  `json:"proofSystem"`
				Prove       float64 `json:"proveSeconds"`
				Setup       string  `json:"setup"`
				JobTag      string  `json:"jobTag"`
				RangeCheck  string  `json:"rangeCheck"`
				Choice      string  `json:"rangeCheckChoice,omitempty"`
			}{out, v.GetString("opening"), o.Output, runtime.Argmax(o.Output), b.Backend, tm.Prove.Seconds(), b.Setup, b.JobTag.String(), string(k.Options.RangeCheck), rangeChoice(v)}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proved %s on %s with %s in %s: output %v (argmax %d)\nbundle %s (public), opening %s (secret: give it only to the buyer)\nbound to %s (tag %s)\n%s\n",
				m.Name, in.Source, b.Backend, fmtDuration(tm.Prove), o.Output, res.Argmax, out, res.Opening, job, b.JobTag, setupText(k.Setup))
			return nil
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	srsFlags(cmd)
	inputFlags(cmd)
	cmd.Flags().String("input-salt", "", "salt of the input commitment as 0x-hex field element (the buyer's; default: a fresh random one)")
	cmd.Flags().StringP("out", "o", "bundle.json", "bundle file to write")
	cmd.Flags().String("opening", "opening.json", "opening file to write (secret)")
	cmd.Flags().Bool("binary", false, "write the bundle in its binary form (zstd) instead of JSON")
	cmd.Flags().StringSlice("inputs", nil, "with --batch: one input file per inference, comma-separated (default: the embedded MNIST images from --sample on)")
	jobFlags(cmd, "escrow job whose payment the proof claims (with --batch: the jobs, one per input, in order: 5,6,7,8)")
	return cmd
}

// checkWritable fails early, before long work, when path cannot be
// written: its folder is missing or not writable.
func checkWritable(path string) error {
	if err := probeDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// probeDir creates and removes a file in dir; its error says what of the
// folder failed (the probe's own name would only confuse).
func probeDir(dir string) error {
	f, err := os.CreateTemp(dir, ".zkinfer-write-check-*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return fmt.Errorf("folder %s: %w", dir, pe.Err)
		}
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

func newVerify(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify BUNDLE",
		Short: "Verify a proof bundle; exit status 1 if any check fails",
		Long: `verify checks a bundle's proof (Groth16 or PLONK, as the bundle says) with
the verifying key it names (from --vk, the embedded development keys, or
the key cache, where the key's SHA-256 must be the bundle's), and every
expectation given:
  --opening   the plaintext input and output open the bundle's commitments;
  --model     the bundle proves this model (commitment match);
  --job       the proof is bound to this escrow job (with --escrow,
              --chain-id and --provider): a proof made for another job, or
              by another provider, is refused.
It prints what it checked: the model commitment, the verifying key's hash
and where it came from, who could forge proofs under it, the job tag, and
the proven output when an opening is given. The model name in a bundle is
the provider's claim, printed as such unless --model checks it.
Every file given is read and checked before a key is loaded. verify
exits with status 1 when any check fails.

A batch bundle (prove --batch) is recognised: the proof is checked for
every entry, --job lists the batch's jobs in order, and --opening with
--entry checks one buyer's opening against its own entry, with no other
buyer's data.`,
		Args: oneArg("the bundle file to check", "zkinfer verify bundle.json [--opening opening.json] [--model mnist-mlp]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			if isBatchBundleFile(args[0]) {
				return verifyBatch(cmd, v, args[0])
			}
			// every input is read and checked before any key is loaded
			b, err := readBundle(args[0], "verify's argument is the bundle that prove wrote (-o, bundle.json by default); give the opening with --opening")
			if err != nil {
				return err
			}
			var exp verifier.Expect
			if path := v.GetString("opening"); path != "" {
				if exp.Opening, err = readOpeningFlag(path); err != nil {
					return err
				}
			}
			if err := checkReadable("vk", v.GetString("vk")); err != nil {
				return err
			}
			if v.IsSet("model") && v.GetString("model") != "" {
				if exp.Model, err = loadModel(v); err != nil {
					return fmt.Errorf("--model: %w", err)
				}
			}
			if exp.Job, err = jobBinding(v); err != nil {
				return err
			}
			vk, vkPath, setup, err := bundleVerifyingKey(v, b)
			if err != nil {
				return err
			}
			start := time.Now()
			verr := verifier.Verify(b, vk, exp)
			res := struct {
				Bundle string `json:"bundle"`
				Valid  bool   `json:"valid"`
				Error  string `json:"error,omitempty"`
				// Model is set only when --model checked it; ModelClaim is
				// the bundle's unverified name.
				Model           string       `json:"model,omitempty"`
				ModelClaim      string       `json:"modelClaim"`
				ModelCommitment prover.Field `json:"modelCommitment"`
				System          string       `json:"proofSystem"`
				VKHash          string       `json:"verifyingKeyHash"`
				VKSource        string       `json:"verifyingKeySource"`
				Setup           string       `json:"setup"`
				JobTag          prover.Field `json:"jobTag"`
				Job             *prover.Job  `json:"job,omitempty"`
				Output          []int8       `json:"output,omitempty"`
				Seconds         float64      `json:"seconds"`
			}{Bundle: args[0], Valid: verr == nil, Error: errString(verr), ModelClaim: b.Model.Name, ModelCommitment: b.Model.Commitment,
				System: b.Backend, VKHash: b.VerifyingKeyHash, VKSource: vkPath, Setup: setup, JobTag: b.JobTag, Job: exp.Job, Seconds: time.Since(start).Seconds()}
			if verr == nil && exp.Model != nil {
				res.Model = exp.Model.Name
			}
			if verr == nil && exp.Opening != nil {
				res.Output = exp.Opening.Output
			} else if verr == nil && b.PublicOutput != nil {
				res.Output = b.PublicOutput
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
				fmt.Fprintf(w, "VALID: %s (%s) in %s\nmodel commitment %s, %s\nverifying key sha256 %s, from %s\n%s\n", args[0], b.Backend, fmtSeconds(res.Seconds), b.Model.Commitment, name, b.VerifyingKeyHash, vkPath, setupText(setup))
				if exp.Job != nil {
					fmt.Fprintf(w, "bound to %s (tag %s)\n", exp.Job, b.JobTag)
				} else {
					fmt.Fprintf(w, "job tag %s (not checked: give --job to check which job the proof pays)\n", b.JobTag)
				}
				if res.Output != nil {
					fmt.Fprintf(w, "proven output %v (argmax %d)\n", res.Output, runtime.Argmax(res.Output))
				}
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "REJECTED: %s: %v\n", args[0], verr)
			}
			if verr != nil {
				return errCheckFailed
			}
			return nil
		},
	}
	cmd.Flags().String("vk", "", "verifying key file (default: the embedded development key or the cached key of the bundle's circuit)")
	cmd.Flags().String("opening", "", "opening file: check the plaintext input and output against the commitments")
	cmd.Flags().String("model", "", "expected model (shipped name or .zkm path): check the bundle proves it")
	cmd.Flags().Int("entry", 0, "batch bundles: the place of your job in the batch, whose commitments --opening must open")
	jobFlags(cmd, "escrow job the proof must be bound to (a batch bundle: its jobs in order, 5,6,7,8)")
	return cmd
}

// bundleVerifyingKey is the key of --vk, else the embedded development key
// or the cached key that the bundle names (by circuit and key hash), with
// who could forge proofs under it as this machine knows it (never the
// bundle's own claim). Verify then checks that the key is the one the
// bundle names.
func bundleVerifyingKey(v *viper.Viper, b *prover.Bundle) (vk prover.VerifyingKey, path, setup string, err error) {
	if path := v.GetString("vk"); path != "" {
		vk, _, err := prover.ReadVerifyingKey(path, b.Backend)
		return vk, path, "unknown: the key of --vk is as safe as the setup that made it", err
	}
	if k, ok, err := devkeys.VerifyingKeyByID(b.CircuitID); err != nil || ok && k.VKHash == b.VerifyingKeyHash {
		if err != nil {
			return nil, "", "", err
		}
		return k.VK, k.Dir, k.Setup, nil
	}
	vk, path, setup, err = prover.CachedVerifyingKey(cacheDir(v), b.CircuitID, b.VerifyingKeyHash)
	if err != nil {
		return nil, "", "", fmt.Errorf("verifying key for circuit %s: %w (give --vk, or run setup for this circuit)", b.CircuitID, err)
	}
	return vk, path, setup, nil
}

// requireFlag adds --require-contribution to a command that deposits.
func requireFlag(cmd *cobra.Command) {
	cmd.Flags().String("require-contribution", "", "refuse to deposit unless the registered key was sealed from the --ceremony transcript and it holds this contribution (your hash from 'ceremony contribute', at least 32 hex digits)")
}

// Viper keys (no flags) through which buyerVerifyingKey tells
// checkSetupTranscript which transcript the pinned keys were sealed from:
// its hash and the copy in the buyer's own key folder, so the registry
// and the contribution are checked against those very bytes, not a
// second read of --ceremony.
const (
	sealedTranscript     = "internal.sealed-transcript"
	sealedTranscriptCopy = "internal.sealed-transcript-copy"
)

// checkSetupTranscript checks, before a deposit, that a model registered
// with entry names the transcript the buyer sealed its pinned keys from
// with --ceremony (CheckJudge compares those keys with the registered
// one) and that the transcript holds the --require-contribution
// contribution.
func checkSetupTranscript(v *viper.Viper, m *models.Model, opts prover.Options, entry contracts.Model) error {
	if v.GetString("ceremony") == "" {
		return nil
	}
	sealed, path := v.GetString(sealedTranscript), v.GetString(sealedTranscriptCopy)
	if sealed == "" {
		return errors.New("no keys were sealed from --ceremony before the deposit check")
	}
	if path == "" {
		path = v.GetString("ceremony")
	}
	t, sha, err := prover.ReadPhase2(path, m, opts)
	if err != nil {
		return err
	}
	if sha != sealed {
		return fmt.Errorf("%s (sha256 %s) is not the transcript the keys were sealed from (sha256 %s): it changed meanwhile", path, sha, sealed)
	}
	if got := fmt.Sprintf("%x", entry.Transcript); got != sha {
		return fmt.Errorf("registered with setup transcript 0x%s, not the transcript the keys were sealed from (sha256 %s)", got, sha)
	}
	if want := v.GetString("require-contribution"); want != "" && t.Find(want) == 0 {
		return fmt.Errorf("its key comes from transcript %s, which does not hold contribution %s: refused by --require-contribution", ceremony.Short(sha), want)
	}
	return nil
}

// buyerVerifyingKey is the buyer's own key for the circuit of (m, opts),
// fixed before the provider says anything, with who could forge proofs
// under it: --vk, the embedded development key or the cached Groth16 key;
// for PLONK, the key the buyer derives itself from the SRS of --srs (or
// the development SRS), cached.
func buyerVerifyingKey(cmd *cobra.Command, v *viper.Viper, m *models.Model, opts prover.Options) (vk prover.VerifyingKey, path, setup string, err error) {
	id := prover.CircuitID(m, opts)
	if v.GetString("require-contribution") != "" && v.GetString("ceremony") == "" {
		return nil, "", "", errors.New("--require-contribution needs --ceremony: the phase-2 transcript the provider published (transcript.zkc in its key folder), and --phase1, the phase-1 SRS it starts from")
	}
	if v.GetString("ceremony") != "" {
		if v.GetString("vk") != "" {
			return nil, "", "", errors.New("--vk and --ceremony both pin a key: give one (--ceremony seals the key here from the transcript)")
		}
		// the buyer seals the keys itself from the transcript, checked end
		// to end: the registered key must be the one they give
		k, _, err := setupKeys(cmd, v, m, opts)
		if err != nil {
			return nil, "", "", err
		}
		v.Set(sealedTranscript, k.Transcript)
		v.Set(sealedTranscriptCopy, k.TranscriptPath())
		return k.VK, k.Dir, k.Setup, nil
	}
	if path := v.GetString("vk"); path != "" {
		vk, _, err := prover.ReadVerifyingKey(path, opts.System())
		return vk, path, "unknown: the key of --vk is as safe as the setup that made it", err
	}
	if k, ok, err := devkeys.VerifyingKeyByID(id); err != nil || ok {
		if err != nil {
			return nil, "", "", err
		}
		return k.VK, k.Dir, k.Setup, nil
	}
	if opts.System() == prover.BackendPlonk {
		k, _, err := setupKeys(cmd, v, m, opts)
		if err != nil {
			return nil, "", "", err
		}
		return k.VK, k.Dir, k.Setup, nil
	}
	// the cached folder, its key checked against the manifest's hash
	dir := filepath.Join(cacheDir(v), prover.KeyDirName(id))
	k, err := prover.LoadVerifyingKeyFS(os.DirFS(dir), dir)
	if err == nil && k.ID != id {
		err = fmt.Errorf("%w: %s holds the keys of circuit %s", prover.ErrCorruptKeys, dir, k.ID)
	}
	if err != nil {
		return nil, "", "", fmt.Errorf("verifying key for circuit %s: %w (give --vk, or run setup for this circuit)", id, err)
	}
	return k.VK, filepath.Join(dir, "verifying.key"), k.Setup, nil
}

// setupText says who could forge proofs under a key, saying UNSAFE once
// where the setup label says "unsafe" itself.
func setupText(setup string) string {
	switch {
	case !prover.UnsafeSetup(setup):
		return "setup: " + setup
	case setup == prover.SetupSingleParty:
		return "UNSAFE for payments: keys from a single-party setup; whoever ran it can forge proofs"
	case strings.HasPrefix(setup, prover.SetupUnsafeSRS):
		// the label of keys from a file holding the development SRS
		// ends with ", read from FILE"
		from := strings.TrimPrefix(strings.TrimPrefix(setup, prover.SetupUnsafeSRS), ", ")
		if from != "" {
			from = " (" + from + ")"
		}
		return "UNSAFE for payments: keys from the development KZG SRS" + from + ", whose toxic value is public; anyone can forge proofs"
	}
	return "UNSAFE for payments: " + setup
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
