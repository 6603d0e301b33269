package main

import (
	"errors"
	"fmt"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/bench"
)

func newBench(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure proof cost: constraints, setup, prove, verify, sizes, memory, gas, accuracy",
		Long: `bench sweeps circuits and measures, for each, the constraints (in total and
per op kind), compile, setup, prove and verify time, proof and key sizes,
peak heap of setup and prove, verification gas on the embedded chain,
and for the shipped MNIST
models the int8 accuracy on the MNIST test set next to the float accuracy
of training. Each proof is set against a floor: a bare gnark circuit of
the same constraint count proved on the same machine in the same run.

  --quick   six small circuits, the MNIST MLP in both proof systems among
            them (about 90 seconds on 2 cores)
  --full    the shipped models and the synthetic families (MLP width and
            depth, CNN channels) with fixed and committed weights

It writes results.csv, results.md and SVG plots (prove time against
constraints with the floor, constraints by layer type, peak heap, gas)
into --out. Keys are made fresh (never from the cache) so that setup is
measured; every number is from this run. Points are proved with Groth16,
and the smaller ones also with PLONK over the unsafe development SRS
(its toxic value is public: for measuring, never for payments).
Verification gas is measured on the embedded chain (Osaka rules) for
every circuit: a call of the registry's verifier of its proof system with
the circuit's key as data, as the escrow makes it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			quick, full := v.GetBool("quick"), v.GetBool("full")
			if quick && full {
				return errors.New("give --quick or --full, not both")
			}
			if err := checkOutDir("out", v.GetString("out")); err != nil {
				return err
			}
			pts, err := bench.Sweep(!full)
			if err != nil {
				return err
			}
			gas, err := bench.NewGasMeter()
			if err != nil {
				return err
			}
			defer gas.Close()
			p := newProgress(v.GetBool("json"))
			defer p.End()
			images := 1000
			if full {
				images = 10000
			}
			rs, err := bench.Run(cmd.Context(), pts, bench.Options{AccuracyImages: images, Gas: gas.Gas,
				Progress: func(i int, point, step string) {
					p.Step(fmt.Sprintf("[%d/%d] %s: %s", i+1, len(pts), point, step))
				}})
			if err != nil {
				return err
			}
			p.End()
			files, err := bench.WriteReport(v.GetString("out"), rs, machine())
			if err != nil {
				return err
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), map[string]any{"results": rs, "files": files})
			}
			var b strings.Builder
			if err := bench.WriteMarkdown(&b, rs, machine()); err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), b.String())
			fmt.Fprintf(cmd.OutOrStdout(), "\nwrote %s\n", strings.Join(files, ", "))
			return nil
		},
	}
	cmd.Flags().Bool("quick", false, "small sweep (the default)")
	cmd.Flags().Bool("full", false, "the shipped models and the synthetic families")
	cmd.Flags().String("out", "bench-results", "folder for results.csv, results.md and the SVG plots")
	return cmd
}

// machine describes this machine for the report.
func machine() bench.Machine {
	m := bench.Machine{CPUs: goruntime.NumCPU(), Go: goruntime.Version(), Memory: "unknown"}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
					m.Memory = fmt.Sprintf("%.0f GiB", kb/(1<<20))
				}
			}
		}
	}
	return m
}
