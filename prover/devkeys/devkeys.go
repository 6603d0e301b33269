// Package devkeys embeds development keys for circuits of the shipped MNIST
// model (fixed weights, with bit-decomposition range checks and with
// log-derivative ones, which carry a Groth16 commitment), so that the demo
// and the tests prove at once.
//
// They come from a single-party setup: whoever made them could forge
// proofs. Their folder names say "unsafe-setup"; never use them to secure
// payments. Regenerate with `go generate ./prover/devkeys`.
package devkeys

//go:generate go run ../../cmd/zkinfer setup --model mnist-mlp --weights fixed --range-check bits --cache-dir keys
//go:generate go run ../../cmd/zkinfer setup --model mnist-mlp --weights fixed --range-check logderiv --cache-dir keys

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

//go:embed keys
var keys embed.FS

// Location prefixes the Dir of embedded keys.
const Location = "embedded:prover/devkeys/keys/"

// Load returns the embedded keys of the circuit for (m, opts), or false
// when none are embedded for it.
func Load(m *models.Model, opts prover.Options) (*prover.Keys, bool, error) {
	return ByID(prover.CircuitID(m, opts))
}

// ByID returns the embedded keys of a circuit by its id.
func ByID(id string) (*prover.Keys, bool, error) {
	return byID(id, prover.LoadKeysFS)
}

// VerifyingKeyByID returns the embedded verifying key of a circuit by its
// id, hash-checked, as keys without circuit and proving key: all that
// verifying needs, read in a fraction of the time ByID takes.
func VerifyingKeyByID(id string) (*prover.Keys, bool, error) {
	return byID(id, prover.LoadVerifyingKeyFS)
}

func byID(id string, load func(fs.FS, string) (*prover.Keys, error)) (*prover.Keys, bool, error) {
	dir := "keys/" + prover.KeyDirName(id)
	sub, err := fs.Sub(keys, dir)
	if err != nil {
		return nil, false, err
	}
	if _, err := fs.Stat(sub, "manifest.json"); errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	k, err := load(sub, "embedded "+dir)
	if err != nil {
		return nil, false, err
	}
	k.Dir = Location + prover.KeyDirName(id)
	return k, true, nil
}

// Folder is the embedded key folder named name (the last element of the
// Dir of keys this package loaded), to copy elsewhere.
func Folder(name string) (fs.FS, error) {
	sub, err := fs.Sub(keys, "keys/"+name)
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(sub, "manifest.json"); err != nil {
		return nil, fmt.Errorf("no embedded key folder %s: %w", name, err)
	}
	return sub, nil
}
