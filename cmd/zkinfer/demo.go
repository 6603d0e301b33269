package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/verifier"
)

func newDemo(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Prove an MNIST digit end to end, then show a tampered claim rejected",
		Long: `demo runs the whole journey on embedded defaults, with nothing to download:

 1. loads the shipped int8 MNIST model and classifies the embedded test images;
 2. sets up the circuit's Groth16 keys, or loads them from the cache;
 3. proves the inference on one image (commitments to input and output);
 4. verifies the bundle as a buyer would (proof and commitments);
 5. tampers with the claimed output and shows the verifier rejecting it.

It exits with status 1 if the honest proof fails or the tampered one passes.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bind(v, cmd); err != nil {
				return err
			}
			return runDemo(cmd, v)
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	cmd.Flags().Int("sample", 0, "embedded MNIST test image to prove (0.."+fmt.Sprint(zoo.NumSamples-1)+")")
	return cmd
}

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
	CircuitID       string         `json:"circuitId"`
	Options         prover.Options `json:"options"`
	Constraints     int            `json:"constraints"`
	KeysCached      bool           `json:"keysCached"`
	SetupTime       string         `json:"setupTime"`
	ProveTime       string         `json:"proveTime"`
	VerifyTime      string         `json:"verifyTime"`
	ProofBytes      int            `json:"proofBytes"`
	Verified        bool           `json:"verified"`
	TamperedDigit   int            `json:"tamperedDigit"`
	TamperRejected  bool           `json:"tamperRejected"`
	TamperError     string         `json:"tamperError"`
	Setup           string         `json:"setup"`
}

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
	opts, err := circuitOptions(v)
	if err != nil {
		return err
	}
	samples := zoo.Samples()
	idx := v.GetInt("sample")
	if idx < 0 || idx >= len(samples) {
		return fmt.Errorf("--sample %d: want 0..%d", idx, len(samples)-1)
	}
	rep := demoReport{Model: m.Name, ModelCommitment: prover.Field(m.Commitment()).String(), Parameters: m.NumParameters(), Options: opts, Setup: prover.SetupSingleParty}
	fmt.Fprintf(w, "zkinfer demo: prove what model %s computed on an MNIST digit\n", m.Name)
	fmt.Fprintf(w, "model commitment %s (%d parameters)\n\n", rep.ModelCommitment, rep.Parameters)

	// 1. Classify the embedded test images with the integer runtime.
	for _, s := range samples {
		c, err := runtime.Classify(ctx, m, mnist.Quantize(s.Pixels))
		if err != nil {
			return err
		}
		rep.Classified++
		if c == s.Label {
			rep.Correct++
		}
	}
	fmt.Fprintf(w, "[1/5] int8 runtime classified %d/%d embedded MNIST test images correctly\n", rep.Correct, rep.Classified)

	// 2. Keys.
	k, setupTime, err := setupKeys(cmd, v, m, opts)
	if err != nil {
		return err
	}
	rep.CircuitID, rep.Constraints, rep.KeysCached, rep.SetupTime = k.ID, k.Constraints, k.Cached, fmtDuration(setupTime)
	how := "Groth16 setup"
	if k.Cached {
		how = "loaded from cache"
	}
	fmt.Fprintf(w, "[2/5] circuit %s: %d constraints (%s weights, %s range checks); keys %s in %s\n", k.ID, k.Constraints, opts.Weights, opts.RangeCheck, how, rep.SetupTime)
	fmt.Fprintf(w, "      UNSAFE for payments: %s\n", prover.SetupSingleParty)

	// 3. Prove one image.
	s := samples[idx]
	p := newProgress(asJSON)
	p.Step(fmt.Sprintf("prove MNIST test image #%d", s.Index))
	b, o, tm, err := prover.Prove(ctx, k, m, mnist.Quantize(s.Pixels), nil)
	p.End()
	if err != nil {
		return err
	}
	rep.Image, rep.Label, rep.Output, rep.Digit = s.Index, s.Label, o.Output, runtime.Argmax(o.Output)
	rep.ProveTime, rep.ProofBytes = fmtDuration(tm.Prove), len(b.Proof)
	fmt.Fprintf(w, "[3/5] proved MNIST test image #%d in %s (proof %d bytes):\n\n%s\n", s.Index, rep.ProveTime, rep.ProofBytes, indent(mnist.ASCII(s.Pixels)))
	fmt.Fprintf(w, "      the model says %d (label %d); int8 logits %v\n", rep.Digit, s.Label, o.Output)

	// 4. Verify as the buyer: proof, and both commitments opened.
	start := time.Now()
	verr := verifier.Verify(b, k.VK, verifier.Expect{Model: m, Opening: o})
	rep.VerifyTime, rep.Verified = since(start), verr == nil
	if verr != nil {
		fmt.Fprintf(w, "[4/5] FAILED: the honest bundle did not verify: %v\n", verr)
	} else {
		fmt.Fprintf(w, "[4/5] verified in %s: the proof holds, and input and output open their commitments\n", rep.VerifyTime)
	}

	// 5. Tamper: claim another digit, with a commitment that matches the lie.
	forged, fo := tamper(b, o, m)
	rep.TamperedDigit = runtime.Argmax(fo.Output)
	terr := verifier.Verify(forged, k.VK, verifier.Expect{Model: m, Opening: fo})
	rep.TamperRejected = errors.Is(terr, verifier.ErrInvalidProof) || errors.Is(terr, verifier.ErrCommitmentMismatch)
	rep.TamperError = errString(terr)
	if rep.TamperRejected {
		fmt.Fprintf(w, "[5/5] a provider claiming the digit is %d is rejected: %v\n", rep.TamperedDigit, terr)
	} else {
		fmt.Fprintf(w, "[5/5] FAILED: a tampered claim (digit %d) was not rejected (%v)\n", rep.TamperedDigit, terr)
	}

	if asJSON {
		if err := printJSON(cmd.OutOrStdout(), rep); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(w, "\n%-12s %d\n%-12s %s\n%-12s %s\n%-12s %s\n%-12s %d bytes\n",
			"constraints", rep.Constraints, "setup", rep.SetupTime+cachedNote(rep.KeysCached), "prove", rep.ProveTime, "verify", rep.VerifyTime, "proof", rep.ProofBytes)
	}
	if !rep.Verified || !rep.TamperRejected {
		return errCheckFailed
	}
	return nil
}

// tamper returns a copy of the bundle and opening that claim another
// output: the runner-up digit raised above the true one, with a fresh
// commitment (or public output) that matches the forged values. Only the
// proof still speaks for the true output.
func tamper(b *prover.Bundle, o *prover.Opening, m *models.Model) (*prover.Bundle, *prover.Opening) {
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

func cachedNote(cached bool) string {
	if cached {
		return " (keys from cache)"
	}
	return ""
}

func indent(s string) string {
	var b bytes.Buffer
	for _, line := range bytes.Split([]byte(s), []byte("\n")) {
		if len(line) > 0 {
			b.WriteString("      ")
			b.Write(line)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
