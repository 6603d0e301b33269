package main

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"golang.org/x/term"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/tensorio"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
)

// bindConfig makes flags, ZKINFER_* variables and defaults one configuration.
func bindConfig(v *viper.Viper, cmd *cobra.Command) error {
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	if err := v.BindPFlags(cmd.Flags()); err != nil {
		return err
	}
	return v.BindPFlags(cmd.InheritedFlags())
}

func cacheDir(v *viper.Viper) string {
	if d := v.GetString("cache-dir"); d != "" {
		return d
	}
	return prover.DefaultCacheDir()
}

// modelFlags adds --model; circuitFlags the circuit options.
func modelFlags(cmd *cobra.Command) {
	cmd.Flags().String("model", "mnist-mlp", "shipped model name ("+strings.Join(zoo.Names(), ", ")+") or path to a .zkm file")
}

func circuitFlags(cmd *cobra.Command) {
	cmd.Flags().String("weights", "fixed", "weight visibility: fixed (circuit constants, bound by the verifying key) or committed (private, bound by a public commitment)")
	cmd.Flags().String("input-visibility", "committed", "input visibility: committed (salted commitment) or public")
	cmd.Flags().String("output-visibility", "committed", "output visibility: committed (salted commitment), public (also public inputs of the proof) or encrypted (committed, and sealed to the job's buyer key: the transaction that pays the provider delivers the output to the buyer)")
	cmd.Flags().String("range-check", "auto", "range checks: auto (the cheaper of the two for this circuit, constraints weighed against the gas of a commitment: see --constraint-gas), bits (bit decomposition: more constraints, no commitment, cheaper on chain) or logderiv (lookups: far fewer constraints, faster proofs, a commitment that costs about 93k gas per Groth16 verification)")
	cmd.Flags().Float64("constraint-gas", prover.DefaultConstraintGas, "with --range-check auto: the gas one constraint is worth when bit decomposition and lookups are compared (default: a second of 2-core proving, about 100k constraints, weighed at 200k gas)")
	cmd.Flags().String("proof-system", "groth16", "proof system: groth16 (smallest proof, cheapest to verify on chain; circuit-specific setup) or plonk (KZG; universal SRS)")
	cmd.Flags().Int("batch", 0, "the batch circuit that proves this many inferences in one proof (2.."+strconv.Itoa(prover.MaxBatch)+"; range checks by lookups); 0: one inference per proof")
}

// srsFlags adds the SRS of PLONK setups.
func srsFlags(cmd *cobra.Command) {
	cmd.Flags().String("srs", "", "PLONK: KZG SRS file from a ceremony (gnark-crypto BN254 encoding); default: the UNSAFE development SRS, whose toxic value is public")
	cmd.Flags().String("srs-sha256", "", "PLONK: the SHA-256 (hex) the --srs file must have; checked before the file is used")
	cmd.Flags().String("ceremony", "", "Groth16: keys sealed from this phase-2 ceremony transcript (see 'zkinfer ceremony'), checked end to end once and cached; request also takes 'provider': the transcript the provider serves, checked against the registry")
	cmd.Flags().String("phase1", "", "Groth16 with --ceremony: the phase 1 the transcript starts from, as you trust it: a snarkjs .ptau, a sealed phase-1 transcript, or the SRS file (needed until the keys are cached)")
}

func inputFlags(cmd *cobra.Command) {
	cmd.Flags().Int("sample", 0, "index of an embedded MNIST test image to use as input (0.."+fmt.Sprint(zoo.NumSamples-1)+")")
	cmd.Flags().String("input", "", "input file (overrides --sample): .json (int8 values, nested arrays or {shape, data}), .npy (int8, uint8 pixels, float32/64), .png or .pgm image")
	cmd.Flags().Float64("pixel-max", 0, "real value of a white pixel for images, uint8 arrays and --sample (1 for [0, 1] models, 255 for raw pixels); default: the scaling the model file records, which the flag may not contradict")
}

// pixelMax is --pixel-max checked against the pixel scaling the model file
// records: the flag may say what an older file does not, never contradict
// it. Zero means neither says.
func pixelMax(v *viper.Viper, m *models.Model) (float64, error) {
	flag := v.GetFloat64("pixel-max")
	switch {
	case !(flag >= 0 && flag <= models.MaxPixelMax):
		return 0, fmt.Errorf("--pixel-max %v: want the real value of a white pixel, up to %d (0: not given)", flag, models.MaxPixelMax)
	case flag == 0:
		return m.PixelMax, nil
	case m.PixelMax != 0 && flag != m.PixelMax:
		return 0, fmt.Errorf("--pixel-max %g contradicts model %q, which was calibrated on pixels scaled to [0, %g]: drop the flag", flag, m.Name, m.PixelMax)
	}
	return flag, nil
}

func loadModel(v *viper.Viper) (*models.Model, error) {
	spec := v.GetString("model")
	if _, err := os.Stat(spec); err != nil && !strings.HasSuffix(spec, ".zkm") && !strings.ContainsRune(spec, os.PathSeparator) {
		return zoo.Load(spec)
	}
	f, err := os.Open(spec)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var m models.Model
	if _, err := m.ReadFrom(f); err != nil {
		return nil, fmt.Errorf("%s: %w", spec, err)
	}
	return &m, nil
}

// choiceKey holds the prover.RangeChoice that circuitOptions made, for the
// commands that say it.
const choiceKey = "internal-range-choice"

// circuitOptions are the circuit flags for model m. With --range-check auto
// (the default) the mode is chosen by cost (prover.Choose, which compiles
// the circuit both ways). The choice is kept in the cache folder
// (choices/), so that later commands for the circuit do not compile twice;
// a file planted there can only pick the other mode, which is as sound.
func circuitOptions(v *viper.Viper, m *models.Model) (prover.Options, error) {
	o, err := flagOptions(v)
	if err != nil || o.RangeCheck != prover.RangeCheckAuto {
		return o, err
	}
	if o.Batch > 1 {
		o, _, err = prover.Choose(m, o, 0) // batches take lookups
		return o, err
	}
	rate := v.GetFloat64("constraint-gas")
	h := sha256.New()
	mc := m.Commitment()
	fmt.Fprintf(h, "zkinfer range choice\n%d\n%x\n%s\n%g\n", prover.CircuitVersion, mc.Marshal(), o, rate)
	path := filepath.Join(cacheDir(v), "choices", fmt.Sprintf("%x.json", h.Sum(nil)[:12]))
	var c prover.RangeChoice
	if data, err := os.ReadFile(path); err == nil && json.Unmarshal(data, &c) == nil &&
		(c.Chosen == prover.RangeCheckBits || c.Chosen == prover.RangeCheckLogDeriv) {
		o.RangeCheck = c.Chosen
		v.Set(choiceKey, c)
		return o, nil
	}
	o, choice, err := prover.Choose(m, o, rate)
	if err != nil {
		return o, err
	}
	v.Set(choiceKey, *choice)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
		writeAtomic(path, func(w io.Writer) error { return json.NewEncoder(w).Encode(choice) }) // a cache: a failed write only costs a compilation later
	}
	return o, nil
}

// rangeChoice is the line that says how circuitOptions chose the range
// checks, or "" when the flag set them.
func rangeChoice(v *viper.Viper) string {
	if c, ok := v.Get(choiceKey).(prover.RangeChoice); ok {
		return c.String()
	}
	return ""
}

// flagOptions are the circuit flags as given.
func flagOptions(v *viper.Viper) (prover.Options, error) {
	o := prover.Options{
		Weights:    prover.Visibility(v.GetString("weights")),
		Input:      prover.Visibility(v.GetString("input-visibility")),
		Output:     prover.Visibility(v.GetString("output-visibility")),
		RangeCheck: prover.RangeCheck(v.GetString("range-check")),
		Batch:      v.GetInt("batch"),
	}.WithDefaults()
	if o.Batch == 1 {
		o.Batch = 0 // one inference: the single circuit
	}
	switch ps := v.GetString("proof-system"); ps {
	case "", prover.BackendGroth16:
	case prover.BackendPlonk:
		o.ProofSystem = prover.BackendPlonk
	default:
		return o, fmt.Errorf("--proof-system %q: want groth16 or plonk", ps)
	}
	return o, o.Validate()
}

// srsSource is the SRS of --srs and --srs-sha256, or the development SRS.
func srsSource(v *viper.Viper) (prover.SRSSource, error) {
	path, sum := v.GetString("srs"), strings.ToLower(strings.TrimPrefix(v.GetString("srs-sha256"), "0x"))
	switch {
	case path == "" && sum == "":
		return prover.UnsafeDevSRS(), nil
	case path == "":
		return prover.SRSSource{}, fmt.Errorf("--srs-sha256 without --srs")
	case len(sum) != 64:
		return prover.SRSSource{}, fmt.Errorf("--srs %s needs --srs-sha256, the 64-hex-digit SHA-256 the ceremony published for it", path)
	}
	return prover.SRSFile(path, sum), nil
}

// input is a model input and, for an MNIST sample, its image and label.
type input struct {
	Values []int8
	Pixels []byte // nil unless an MNIST image
	Label  int    // -1 when unknown
	Source string
}

func readInput(v *viper.Viper, m *models.Model) (*input, error) {
	pm, err := pixelMax(v, m)
	if err != nil {
		return nil, err
	}
	opts := tensorio.Options{PixelMax: pm}
	if path := v.GetString("input"); path != "" {
		vals, err := tensorio.Read(path, m, opts)
		if err != nil {
			return nil, err
		}
		return &input{Values: vals, Label: -1, Source: path}, nil
	}
	samples := zoo.Samples()
	i := v.GetInt("sample")
	if i < 0 || i >= len(samples) {
		return nil, fmt.Errorf("--sample %d: want 0..%d", i, len(samples)-1)
	}
	if want := m.InputShape().Size(); want != mnist.ImageSize {
		return nil, fmt.Errorf("model %q takes shape %v, not a 28×28 MNIST image: give --input FILE (.json int8 values, .npy, or a .png/.pgm image)", m.Name, m.InputShape())
	}
	s := samples[i]
	vals, err := tensorio.FromPixels(s.Pixels, m, opts)
	if err != nil {
		return nil, fmt.Errorf("MNIST test image #%d: %w", s.Index, err)
	}
	return &input{Values: vals, Pixels: s.Pixels, Label: s.Label, Source: fmt.Sprintf("MNIST test image #%d", s.Index)}, nil
}

func printJSON(w io.Writer, v any) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	return e.Encode(v)
}

func writeJSONFile(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o600)
}

// progress shows the step in flight on a terminal (a live timer on stderr)
// and prints one line per finished step otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	quiet bool

	mu    sync.Mutex
	label string
	start time.Time
	stop  chan struct{}
	done  chan struct{}
}

func newProgress(quiet bool) *progress {
	return &progress{w: os.Stderr, tty: term.IsTerminal(int(os.Stderr.Fd())), quiet: quiet}
}

// Step ends the running step, if any, and starts the next.
func (p *progress) Step(label string) {
	p.End()
	if p.quiet && !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.start = label, time.Now()
	if !p.tty {
		fmt.Fprintf(p.w, "… %s\n", label)
		return
	}
	p.stop, p.done = make(chan struct{}), make(chan struct{})
	go func(stop, done chan struct{}) {
		defer close(done)
		frames := `|/-\`
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for i := 0; ; i++ {
			p.mu.Lock()
			fmt.Fprintf(p.w, "\r\033[K%c %s (%.1fs)", frames[i%len(frames)], p.label, time.Since(p.start).Seconds())
			p.mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}(p.stop, p.done)
}

// End finishes the running step.
func (p *progress) End() {
	p.mu.Lock()
	stop, done := p.stop, p.done
	p.stop, p.done = nil, nil
	p.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// fmtSeconds prints a duration given in seconds, as fmtDuration does.
func fmtSeconds(s float64) string { return fmtDuration(time.Duration(s * float64(time.Second))) }

func fmtDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
	default:
		return fmt.Sprintf("%.2fs", d.Seconds())
	}
}

// jobFlags adds the flags that name the escrow job a proof is bound to.
func jobFlags(cmd *cobra.Command, what string) {
	cmd.Flags().String("job", "", what+" (with --escrow, --chain-id and --provider, as 'zkinfer job show' prints them)")
	cmd.Flags().String("escrow", "", "address of the escrow of --job")
	cmd.Flags().String("chain-id", "", "chain id of the escrow of --job")
	cmd.Flags().String("provider", "", "provider bound to --job")
	cmd.Flags().String("buyer-key", "", "with an encrypted output: the buyer key of --job (0x-hex, as 'zkinfer job show' prints it), which the output is sealed to")
}

// jobBinding is the job of --job, or nil when none is given.
func jobBinding(v *viper.Viper) (*prover.Job, error) {
	if v.GetString("job") == "" {
		return nil, nil
	}
	id, err := bigFlag(v, "job")
	if err != nil {
		return nil, err
	}
	chainID, err := bigFlag(v, "chain-id")
	if err != nil {
		return nil, fmt.Errorf("--job needs --chain-id: %w", err)
	}
	esc, provider := v.GetString("escrow"), v.GetString("provider")
	if !common.IsHexAddress(esc) || !common.IsHexAddress(provider) {
		return nil, errors.New("--job needs --escrow and --provider addresses: a proof is bound to one job of one escrow, for one provider")
	}
	if id.Sign() <= 0 || chainID.Sign() <= 0 {
		return nil, errors.New("--job and --chain-id must be positive")
	}
	job := &prover.Job{ChainID: chainID, Escrow: common.HexToAddress(esc), ID: id, Provider: common.HexToAddress(provider)}
	if k := v.GetString("buyer-key"); k != "" {
		var f prover.Field
		if err := f.UnmarshalText([]byte(k)); err != nil {
			return nil, fmt.Errorf("--buyer-key: %w", err)
		}
		job.BuyerKey = &f
	}
	if err := job.Validate(); err != nil {
		return nil, fmt.Errorf("--job, --chain-id: %w", err)
	}
	return job, nil
}
