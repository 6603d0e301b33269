package main

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
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
		Args: cobra.NoArgs,
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
				Model  string `json:"model"`
				Input  string `json:"input"`
				Label  *int   `json:"label,omitempty"`
				Output []int8 `json:"output"`
				Argmax int    `json:"argmax"`
				Time   string `json:"time"`
			}{m.Name, in.Source, labelPtr(in.Label), out, runtime.Argmax(out), since(start)}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s on %s: output %v, argmax %d (%s)\n", m.Name, in.Source, out, res.Argmax, res.Time)
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
		Short: "Compile a model's circuit and make (or load cached) Groth16 keys",
		Long: `setup compiles the circuit of a model for the chosen visibilities and runs
a Groth16 setup, caching circuit, proving key and verifying key under the
circuit's ID (every file's SHA-256 is checked when loaded), so no one waits
for the same setup twice.

The setup runs on this machine alone: whoever runs it could forge proofs
for its circuit. The key folder's name says "unsafe-setup"; use such keys
for development, not to secure payments.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			opts, err := circuitOptions(v)
			if err != nil {
				return err
			}
			k, elapsed, err := setupKeys(cmd, v, m, opts)
			if err != nil {
				return err
			}
			res := struct {
				Model       string         `json:"model"`
				CircuitID   string         `json:"circuitId"`
				Options     prover.Options `json:"options"`
				Constraints int            `json:"constraints"`
				Cached      bool           `json:"cached"`
				Time        string         `json:"time"`
				KeyDir      string         `json:"keyDir"`
				VKHash      string         `json:"verifyingKeyHash"`
				Setup       string         `json:"setup"`
			}{m.Name, k.ID, k.Options, k.Constraints, k.Cached, fmtDuration(elapsed), k.Dir, k.VKHash, prover.SetupSingleParty}
			if path := v.GetString("solidity"); path != "" {
				var buf bytes.Buffer
				if err := k.ExportSolidity(&buf); err != nil {
					return err
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote the verifier contract to %s\n", path)
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			how := "set up"
			if k.Cached {
				how = "loaded from " + k.Dir
			}
			fmt.Fprintf(w, "circuit %s for %s (%s): %d constraints, keys %s in %s\n", k.ID, m.Name, k.Options, k.Constraints, how, res.Time)
			fmt.Fprintf(w, "keys in %s\nverifying key sha256 %s\n", k.Dir, k.VKHash)
			fmt.Fprintf(w, "UNSAFE for payments: %s\n", prover.SetupSingleParty)
			if v.GetBool("layer-costs") {
				layers, commitments, total, err := prover.LayerCosts(m, opts)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "constraints by layer (range checks included):\n")
				for _, l := range layers {
					fmt.Fprintf(w, "  %-24s %-8s %9d\n", l.Node, l.OpName, l.Constraints)
				}
				fmt.Fprintf(w, "  %-24s %-8s %9d\n  %-24s %-8s %9d\n", "commitments", "", commitments, "total", "", total)
			}
			return nil
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	cmd.Flags().Bool("layer-costs", false, "also print the constraints each layer adds (compiles the circuit once per layer)")
	cmd.Flags().String("solidity", "", "also write the circuit's Solidity verifier contract (gnark export) to this file")
	return cmd
}

// setupKeys loads or makes the keys with a progress display.
func setupKeys(cmd *cobra.Command, v *viper.Viper, m *models.Model, opts prover.Options) (*prover.Keys, time.Duration, error) {
	p := newProgress(v.GetBool("json"))
	defer p.End()
	start := time.Now()
	if k, ok, err := devkeys.Load(m, opts); err != nil || ok {
		return k, time.Since(start), err
	}
	k, err := prover.Setup(cmd.Context(), m, opts, cacheDir(v), func(stage string) {
		switch stage {
		case "load":
			p.Step("load cached keys (hashes checked)")
		case "compile":
			p.Step("compile circuit")
		case "setup":
			p.Step("Groth16 setup (once per circuit; cached afterwards)")
		case "write":
			p.Step("write keys to the cache")
		}
	})
	return k, time.Since(start), err
}

func newProve(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "prove",
		Short: "Prove one inference and write the proof bundle and its secret opening",
		Long: `prove runs the model on the input, proves the inference with the model's
keys (running setup first when none are cached) and writes two files:

  the bundle (--out): public; commitments, proof and verifying-key hash;
  the opening (--opening): secret; plaintext input and output and the salts
  of their commitments. Hand it only to the buyer.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			opts, err := circuitOptions(v)
			if err != nil {
				return err
			}
			in, err := readInput(v, m)
			if err != nil {
				return err
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
			p := newProgress(v.GetBool("json"))
			p.Step(fmt.Sprintf("prove %s on %s (%d constraints)", m.Name, in.Source, k.Constraints))
			b, o, tm, err := prover.Prove(cmd.Context(), k, m, in.Values, salt)
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
				Bundle  string `json:"bundle"`
				Opening string `json:"opening"`
				Output  []int8 `json:"output"`
				Argmax  int    `json:"argmax"`
				Prove   string `json:"proveTime"`
			}{out, v.GetString("opening"), o.Output, runtime.Argmax(o.Output), fmtDuration(tm.Prove)}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proved %s on %s in %s: output %v (argmax %d)\nbundle %s (public), opening %s (secret: give it only to the buyer)\n",
				m.Name, in.Source, res.Prove, o.Output, res.Argmax, out, res.Opening)
			return nil
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	inputFlags(cmd)
	cmd.Flags().String("input-salt", "", "salt of the input commitment as 0x-hex field element (the buyer's; default: a fresh random one)")
	cmd.Flags().StringP("out", "o", "bundle.json", "bundle file to write")
	cmd.Flags().String("opening", "opening.json", "opening file to write (secret)")
	cmd.Flags().Bool("binary", false, "write the bundle in its binary form (zstd) instead of JSON")
	return cmd
}

func newVerify(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify BUNDLE",
		Short: "Verify a proof bundle; exit status 1 if any check fails",
		Long: `verify checks a bundle's Groth16 proof with the verifying key it names
(from --vk, or the key cache), and every expectation given:
  --opening   the plaintext input and output open the bundle's commitments;
  --model     the bundle proves this model (commitment match).
It exits with status 1 when any check fails.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			var b prover.Bundle
			_, err = b.ReadFrom(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			vk, vkPath, err := verifyingKey(v, b.CircuitID)
			if err != nil {
				return err
			}
			var exp verifier.Expect
			if path := v.GetString("opening"); path != "" {
				data, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				var o prover.Opening
				if err := jsonUnmarshalStrict(data, &o); err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				exp.Opening = &o
			}
			if v.IsSet("model") && v.GetString("model") != "" {
				if exp.Model, err = loadModel(v); err != nil {
					return err
				}
			}
			start := time.Now()
			verr := verifier.Verify(&b, vk, exp)
			res := struct {
				Bundle string `json:"bundle"`
				Valid  bool   `json:"valid"`
				Error  string `json:"error,omitempty"`
				Model  string `json:"model"`
				Setup  string `json:"setup"`
				Time   string `json:"time"`
			}{args[0], verr == nil, errString(verr), b.Model.Name, b.Setup, since(start)}
			if v.GetBool("json") {
				if err := printJSON(cmd.OutOrStdout(), res); err != nil {
					return err
				}
			} else if verr == nil {
				fmt.Fprintf(cmd.OutOrStdout(), "VALID: %s proves the model with commitment %s (named %q by the bundle) in %s\nverifying key %s\nsetup: %s\n", args[0], b.Model.Commitment, b.Model.Name, res.Time, vkPath, b.Setup)
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "REJECTED: %s: %v\n", args[0], verr)
			}
			if verr != nil {
				return errCheckFailed
			}
			return nil
		},
	}
	cmd.Flags().String("vk", "", "verifying key file (default: the cached key of the bundle's circuit)")
	cmd.Flags().String("opening", "", "opening file: check the plaintext input and output against the commitments")
	cmd.Flags().String("model", "", "expected model (shipped name or .zkm path): check the bundle proves it")
	return cmd
}

// verifyingKey is the key of --vk, else the cached or embedded key of the
// circuit.
func verifyingKey(v *viper.Viper, circuitID string) (groth16.VerifyingKey, string, error) {
	path := v.GetString("vk")
	if path == "" {
		if k, ok, err := devkeys.ByID(circuitID); err != nil || ok {
			if err != nil {
				return nil, "", err
			}
			return k.VK, k.Dir, nil
		}
		path = prover.VerifyingKeyPath(cacheDir(v), circuitID)
	}
	vk, _, err := prover.ReadVerifyingKey(path)
	if err != nil {
		return nil, "", fmt.Errorf("verifying key for circuit %s: %w (give --vk, or run setup for this circuit)", circuitID, err)
	}
	return vk, path, nil
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
