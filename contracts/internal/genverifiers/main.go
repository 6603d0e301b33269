// Command genverifiers writes the Solidity verifier of every circuit whose
// development keys prover/devkeys embeds into contracts/src/verifiers.
// Run by `go generate ./contracts/...`.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"

	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
)

func main() {
	logger.Set(zerolog.Nop())
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genverifiers:", err)
		os.Exit(1)
	}
}

// verifiers lists the generated contracts: file name and circuit options.
var verifiers = []struct {
	name string
	opts prover.Options
}{
	{"MnistMlpFixedVerifier", prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckBits}},
	{"MnistMlpFixedCommitVerifier", prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckLogDeriv}},
}

func run() error {
	m, err := zoo.MNISTMLP()
	if err != nil {
		return err
	}
	for _, v := range verifiers {
		k, ok, err := devkeys.Load(m, v.opts)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no development keys for %s with %s", m.Name, v.opts.WithDefaults())
		}
		var buf bytes.Buffer
		if err := k.ExportSolidity(&buf); err != nil {
			return err
		}
		path := filepath.Join("src", "verifiers", v.name+".sol")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
