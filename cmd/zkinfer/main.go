package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	_ "go4.org/unsafe/assume-no-moving-gc" // gorgonia's dependency panics on Go 1.26 without the fixed version
)

// errCheckFailed marks a failed check whose report was already printed:
// the command exits 1 without printing the error again.
var errCheckFailed = errors.New("check failed")

func main() {
	logger.Set(zerolog.Nop()) // gnark's own logs would drown the CLI's output
	if err := newRoot().Execute(); err != nil {
		if !errors.Is(err, errCheckFailed) {
			fmt.Fprintln(os.Stderr, "zkinfer:", err)
		}
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	v := viper.New()
	v.SetEnvPrefix("ZKINFER")
	v.AutomaticEnv()
	root := &cobra.Command{
		Use:   "zkinfer",
		Short: "Verifiable inference: prove what a quantized model computed",
		Long: `zkinfer runs quantized ML models and proves each inference with a
zero-knowledge proof (Groth16 or PLONK on BN254) over commitments to the
input, the weights and the output, so a buyer can check what a provider
computed.

Start with 'zkinfer demo'. Every flag can also be set with an environment
variable: ZKINFER_ and the flag name in capitals, dashes as underscores
(ZKINFER_CACHE_DIR for --cache-dir), or in a configuration file
(zkinfer.yaml, or --config): flags win over the environment, which wins
over the file. 'zkinfer config show' prints the result.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return readConfigFile(v, cmd)
		},
	}
	root.PersistentFlags().String("config", "", "configuration file (default: zkinfer.yaml in the working folder, if any)")
	root.PersistentFlags().String("cache-dir", "", "folder of cached circuit keys (default: the user cache folder's zkinfer/keys)")
	root.PersistentFlags().Bool("json", false, "print machine-readable JSON instead of text")
	root.AddCommand(newDemo(v), newTrain(v), newInfer(v), newSetup(v), newProve(v), newVerify(v),
		newImport(v), newEval(v), newAccount(v), newContracts(v), newRegister(v), newJob(v),
		newServe(v), newWorker(v), newRequest(v), newRefund(v), newConfig(v), newBench(v), newSRS(v), newCeremony(v), newVerifyPage(v))
	return root
}
