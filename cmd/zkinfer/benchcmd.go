package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/bench"
	"github.com/zkinfer/zkinfer/prover"
)

func newBench(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure proof cost: constraints, setup, prove, verify, sizes, memory, gas, accuracy",
		Long: `bench sweeps circuits and measures, for each, the constraints (in total and
per op kind; PLONK: gates), compile, setup, prove and verify time, proof
and key sizes, peak heap of setup and prove, verification gas on the
embedded chain, and for the trained MNIST models the int8 accuracy on the
whole MNIST test set (10,000 images), the set on which training measured
the float accuracy printed beside it. Each proof is set against a floor:
a bare gnark circuit of the same constraint count proved on the same
machine in the same run.

  --quick   six small circuits, the MNIST MLP in both proof systems among
            them (about 90 seconds on 2 cores)
  --full    the shipped models (mnist-mlp, mnist-lenet, mnist-8), the
            synthetic families (MLP width and depth, CNN channels) and a
            CIFAR-shaped CNN (3x32x32 input, 100,650 parameters), with
            fixed and committed weights

  --models cifar-cnn,mnist-mlp
            only the points of these models, from the full sweep (from the
            quick one with --quick); with --merge, re-measure them and keep
            the other rows of --out's results.csv
  --merge   put this run's rows into --out's results.csv in place of the
            rows of the same points (model, proof system, weights), keep
            the others, and render tables and plots from all of them; the
            Markdown says which run and machine measured which rows
  --render-only
            measure nothing: render results.md and the plots again from
            --out's results.csv

It writes results.csv, results.md and SVG plots (prove time against
circuit size with the floors, constraints and gates by op kind, peak heap
per proof system, gas) into --out. Keys are made fresh (never from the
cache) so that setup is measured; every number of a row is from the run
that measured it. Points are proved with Groth16, and the smaller ones
also with PLONK over the unsafe development SRS (its toxic value is
public: for measuring, never for payments). Each point's range checks
are chosen as --range-check auto chooses them (lookups where the
constraints they save outweigh their commitment's gas, a constraint
weighed at 2 gas), and the choice is printed. Verification gas is measured
on the embedded chain (Osaka rules) for every circuit: a call of the
registry's verifier of its proof system with the circuit's key as data,
as the escrow makes it.

  --batch 1,2,4,8,16,32
            the batch axis instead: for each size, the circuit that proves
            that many inferences of --batch-model in one proof (1: the
            single one), with --batch-weights; its setup, the proof of a
            batch of MNIST test images, and the gas of the escrow paying
            the whole batch in one transaction on the embedded chain, per
            inference and per job. Writes batch.csv, batch.md and
            batch.svg into --out.

  --outputs committed,public,encrypted
            the output axis instead: for each output visibility, the
            circuit of --outputs-model with --outputs-weights and
            --outputs-range-check; its setup, the proof of one MNIST test
            image for a job, and the gas of the deposit and of the fulfil
            that pays it on the embedded chain, with what each costs over
            the first. An encrypted output is sealed to a fresh buyer key,
            and the run opens it from the payment. Writes outputs.csv and
            outputs.md into --out.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			if sizes := v.GetIntSlice("batch"); len(sizes) > 0 {
				return benchBatches(cmd, v, sizes)
			}
			if outs := v.GetStringSlice("outputs"); len(outs) > 0 {
				return benchOutputs(cmd, v, outs)
			}
			quick, full, merge, renderOnly := v.GetBool("quick"), v.GetBool("full"), v.GetBool("merge"), v.GetBool("render-only")
			names := v.GetStringSlice("models")
			out := v.GetString("out")
			if quick && full {
				return errors.New("give --quick or --full, not both")
			}
			if renderOnly && (quick || full || merge || len(names) > 0) {
				return errors.New("--render-only measures nothing: give it without --quick, --full, --models or --merge")
			}
			if err := checkOutDir("out", out); err != nil {
				return err
			}
			var old []bench.Result
			if merge || renderOnly {
				path := filepath.Join(out, bench.FileCSV)
				f, err := os.Open(path)
				if err != nil {
					return fmt.Errorf("nothing to render: %w", err)
				}
				old, err = bench.ReadCSV(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
			}
			rs := old
			if !renderOnly {
				var err error
				if rs, err = measure(cmd, v, !full && (quick || len(names) == 0), names); err != nil {
					return err
				}
				if merge {
					rs = bench.Merge(old, rs)
				}
			}
			files, err := bench.WriteReport(out, rs)
			if err != nil {
				return err
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), map[string]any{"results": rs, "files": files})
			}
			var b strings.Builder
			if err := bench.WriteMarkdown(&b, rs); err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), b.String())
			fmt.Fprintf(cmd.OutOrStdout(), "\nwrote %s\n", strings.Join(files, ", "))
			return nil
		},
	}
	cmd.Flags().Bool("quick", false, "small sweep (the default without --models)")
	cmd.Flags().Bool("full", false, "the shipped models, the synthetic families and a CIFAR-shaped CNN")
	cmd.Flags().StringSlice("models", nil, "measure only the points of these models (comma-separated), from the full sweep unless --quick")
	cmd.Flags().Bool("merge", false, "merge this run's rows into --out's results.csv, replacing those of the same points, and render all")
	cmd.Flags().Bool("render-only", false, "measure nothing: render the tables and plots again from --out's results.csv")
	cmd.Flags().String("out", "bench-results", "folder for results.csv, results.md and the SVG plots")
	cmd.Flags().IntSlice("batch", nil, "measure the batch axis at these batch sizes (comma-separated) instead of the sweep")
	cmd.Flags().String("batch-model", "mnist-mlp", "with --batch: the model (shipped name or .zkm path)")
	cmd.Flags().String("batch-weights", "committed", "with --batch: weight visibility, fixed or committed")
	cmd.Flags().StringSlice("outputs", nil, "measure the output axis for these output visibilities (comma-separated: committed, public, encrypted) instead of the sweep")
	cmd.Flags().String("outputs-model", "mnist-mlp", "with --outputs: the model (shipped name or .zkm path)")
	cmd.Flags().String("outputs-weights", "fixed", "with --outputs: weight visibility, fixed or committed")
	cmd.Flags().String("outputs-range-check", "auto", "with --outputs: range checks, auto, bits or logderiv")
	return cmd
}

// benchOutputs measures the output axis and writes its report.
func benchOutputs(cmd *cobra.Command, v *viper.Viper, names []string) error {
	out := v.GetString("out")
	if err := checkOutDir("out", out); err != nil {
		return err
	}
	m, err := loadModelSpec(v.GetString("outputs-model"))
	if err != nil {
		return err
	}
	opts := prover.Options{Weights: prover.Visibility(v.GetString("outputs-weights")), RangeCheck: prover.RangeCheck(v.GetString("outputs-range-check"))}
	var outs []prover.Visibility
	for _, n := range names {
		o := opts
		o.Output = prover.Visibility(n)
		if err := o.WithDefaults().Validate(); err != nil {
			return fmt.Errorf("--outputs %s: %w", n, err)
		}
		outs = append(outs, o.Output)
	}
	if opts.RangeCheck == prover.RangeCheckAuto || opts.RangeCheck == "" {
		// one choice for every row, so that they differ by their output alone
		chosen, _, err := prover.Choose(m, opts.WithDefaults(), 0)
		if err != nil {
			return err
		}
		opts.RangeCheck = chosen.RangeCheck
	}
	p := newProgress(v.GetBool("json"))
	rs, err := bench.OutputSweep(cmd.Context(), m, opts, outs, p.Step)
	p.End()
	if err != nil {
		return err
	}
	files, err := bench.WriteOutputsReport(out, rs)
	if err != nil {
		return err
	}
	if v.GetBool("json") {
		return printJSON(cmd.OutOrStdout(), map[string]any{"outputs": rs, "files": files})
	}
	if err := bench.WriteOutputsMarkdown(cmd.OutOrStdout(), rs); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "\nwrote %s\n", strings.Join(files, ", "))
	return nil
}

// benchBatches measures the batch axis and writes its report.
func benchBatches(cmd *cobra.Command, v *viper.Viper, sizes []int) error {
	out := v.GetString("out")
	if err := checkOutDir("out", out); err != nil {
		return err
	}
	for _, n := range sizes {
		if n < 1 || n > prover.MaxBatch {
			return fmt.Errorf("--batch %d: sizes are 1 to %d", n, prover.MaxBatch)
		}
	}
	m, err := loadModelSpec(v.GetString("batch-model"))
	if err != nil {
		return err
	}
	w := prover.Visibility(v.GetString("batch-weights"))
	if w != prover.Fixed && w != prover.Committed {
		return fmt.Errorf("--batch-weights %q: want fixed or committed", w)
	}
	p := newProgress(v.GetBool("json"))
	rs, err := bench.BatchSweep(cmd.Context(), m, prover.Options{Weights: w}, sizes, p.Step)
	p.End()
	if err != nil {
		return err
	}
	files, err := bench.WriteBatchReport(out, rs)
	if err != nil {
		return err
	}
	if v.GetBool("json") {
		return printJSON(cmd.OutOrStdout(), map[string]any{"batches": rs, "files": files})
	}
	if err := bench.WriteBatchMarkdown(cmd.OutOrStdout(), rs); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "\nwrote %s\n", strings.Join(files, ", "))
	return nil
}

// measure runs the sweep (quick or full), or the points of the named
// models in it, with progress on stderr.
func measure(cmd *cobra.Command, v *viper.Viper, quick bool, names []string) ([]bench.Result, error) {
	pts, err := bench.Sweep(quick)
	if err != nil {
		return nil, err
	}
	if len(names) > 0 {
		if pts, err = bench.Select(pts, names); err != nil {
			return nil, err
		}
	}
	gas, err := bench.NewGasMeter()
	if err != nil {
		return nil, err
	}
	defer gas.Close()
	p := newProgress(v.GetBool("json"))
	defer p.End()
	return bench.Run(cmd.Context(), pts, bench.Options{Accuracy: true, Gas: gas.Gas,
		Progress: func(i int, point, step string) {
			p.Step(fmt.Sprintf("[%d/%d] %s: %s", i+1, len(pts), point, step))
		}})
}
