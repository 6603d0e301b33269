package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkinfer/zkinfer/prover"
)

// oneArg accepts exactly one positional argument, what (e.g. "the bundle
// file to check"); a wrong count says what is missing and shows usage, an
// example command line.
func oneArg(what, usage string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch len(args) {
		case 1:
			return nil
		case 0:
			return fmt.Errorf("%s needs %s: %s", commandName(cmd), what, usage)
		}
		return fmt.Errorf("%s takes one argument, %s; got %d (%s): %s", commandName(cmd), what, len(args), strings.Join(args, " "), usage)
	}
}

// noArgs refuses positional arguments, saying that inputs and outputs are
// flags (cobra's own message would call a stray file an unknown command).
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return fmt.Errorf("%s takes no arguments, got %q: files and values are flags (see '%s --help')", commandName(cmd), strings.Join(args, " "), cmd.CommandPath())
}

// commandName is the command's path without the program's name: "verify",
// "job show".
func commandName(cmd *cobra.Command) string {
	return strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
}

// checkReadable fails early, before long work, when the file of a flag
// cannot be read; an empty path (flag not given) passes.
func checkReadable(flag, path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("--%s: %w", flag, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return fmt.Errorf("--%s: %w", flag, err)
	} else if st.IsDir() {
		return fmt.Errorf("--%s %s is a folder, not a file", flag, path)
	}
	return nil
}

// checkOutDir makes the output folder of a flag and checks, before long
// work, that files can be written into it.
func checkOutDir(flag, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--%s: %w", flag, err)
	}
	if err := probeDir(dir); err != nil {
		return fmt.Errorf("--%s: cannot write into %w", flag, err)
	}
	return nil
}

// readBundle reads the bundle a command checks or sends; hint says, when
// the file is an opening instead, what the command wanted.
func readBundle(path, hint string) (*prover.Bundle, error) {
	b, err := prover.ReadBundleFile(path)
	if errors.Is(err, prover.ErrOpeningNotBundle) {
		return nil, fmt.Errorf("%w: %s", err, hint)
	}
	return b, err
}

// readOpeningFlag reads the opening of --opening.
func readOpeningFlag(path string) (*prover.Opening, error) {
	o, err := prover.ReadOpeningFile(path)
	switch {
	case errors.Is(err, prover.ErrBundleNotOpening):
		return nil, fmt.Errorf("--opening: %w: give the opening that prove wrote (--opening, opening.json by default)", err)
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("--opening: %w", err)
	}
	return o, err
}
