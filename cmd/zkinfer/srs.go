package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/prover"
)

func newSRS(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "srs --unsafe-dev -o FILE",
		Short: "Write the UNSAFE development KZG SRS for PLONK to a file",
		Long: `srs writes the development KZG SRS (BN254, gnark-crypto's encoding), large
enough for the PLONK circuit of --model and the circuit flags, and prints
its SHA-256 for --srs-sha256.

The development SRS is generated from a published seed: its toxic value
is public and anyone can forge proofs under keys made from it. It exists
so that PLONK can be tried without a ceremony; the file name must say
"unsafe", and keys, bundles and output made from it say so too (zkinfer
recognises the development SRS in any file). Real payments need the SRS
of a multi-party ceremony, given to setup with --srs and --srs-sha256.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			if !v.GetBool("unsafe-dev") {
				return errors.New("only the development SRS can be generated here, and only with --unsafe-dev: its toxic value is public")
			}
			out := v.GetString("out")
			if !strings.Contains(strings.ToLower(filepath.Base(out)), "unsafe") {
				return fmt.Errorf("-o %s: the file name must say \"unsafe\" (e.g. srs-unsafe-dev.bin): anyone can forge proofs under this SRS", out)
			}
			if err := checkWritable(out); err != nil {
				return fmt.Errorf("-o: %w", err)
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			v.Set("proof-system", prover.BackendPlonk)
			opts, err := circuitOptions(v, m)
			if err != nil {
				return err
			}
			p := newProgress(v.GetBool("json"))
			p.Step("compile the PLONK circuit of " + m.Name)
			ccs, err := prover.Compile(m, opts)
			if err != nil {
				p.End()
				return err
			}
			p.Step(fmt.Sprintf("generate the UNSAFE development SRS for %d gates", ccs.GetNbConstraints()))
			sum, err := writeAtomic(out, func(w io.Writer) error { return prover.WriteUnsafeDevSRS(w, ccs) })
			p.End()
			if err != nil {
				return err
			}
			res := map[string]any{"file": out, "sha256": sum, "gates": ccs.GetNbConstraints(), "setup": prover.SetupUnsafeSRS}
			return report(cmd, v, res, fmt.Sprintf("wrote %s for up to %d gates\nsha256 %s\n%s", out, ccs.GetNbConstraints(), sum, setupText(prover.SetupUnsafeSRS)))
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	cmd.Flags().MarkHidden("proof-system") // always PLONK
	cmd.Flags().Bool("unsafe-dev", false, "generate the development SRS (required: its toxic value is public)")
	cmd.Flags().StringP("out", "o", "srs-unsafe-dev.bin", "file to write; its name must contain \"unsafe\"")
	return cmd
}

// writeAtomic writes path through a temporary file renamed into place, so
// a crash never leaves a partial file, and returns the SHA-256 written.
func writeAtomic(path string, write func(io.Writer) error) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	h := sha256.New()
	if err := write(io.MultiWriter(f, h)); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), os.Rename(f.Name(), path)
}
