package prover

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	kzgbn254 "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark-crypto/kzg"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/test/unsafekzg"

	"github.com/zkinfer/zkinfer/models"
)

// SetupUnsafeSRS labels PLONK keys made from the development SRS, whose
// toxic value is a published seed: anyone can forge proofs under them.
const SetupUnsafeSRS = "unsafe development KZG SRS (its toxic value is public: anyone can forge proofs)"

// unsafeSeed is the published seed of the development SRS. Fixing it makes
// the development SRS, and so the keys and verifier contracts made from
// it, reproducible; it is also why they are unsafe.
const unsafeSeed = "zkinfer unsafe development SRS"

// SRS is a KZG structured reference string for BN254 in canonical form and
// in Lagrange form for one domain size, with where it came from.
type SRS struct {
	Canonical kzg.SRS
	Lagrange  kzg.SRS
	// Origin says who could forge proofs under keys made from it
	// (SetupUnsafeSRS, or the ceremony file and its SHA-256).
	Origin string
	Unsafe bool
}

// SRSSource provides an SRS large enough for a constraint system.
type SRSSource func(ccs constraint.ConstraintSystem) (*SRS, error)

// UnsafeDevSRS is the development SRS, generated from a published seed. It
// is for tests and development only: its toxic value is known.
func UnsafeDevSRS() SRSSource {
	return func(ccs constraint.ConstraintSystem) (*SRS, error) {
		c, l, err := unsafekzg.NewSRS(ccs, unsafekzg.WithToxicSeed([]byte(unsafeSeed)))
		if err != nil {
			return nil, err
		}
		return &SRS{Canonical: c, Lagrange: l, Origin: SetupUnsafeSRS, Unsafe: true}, nil
	}
}

// SRSFile reads a canonical KZG SRS for BN254 (gnark-crypto's encoding, as
// a ceremony publishes it) and checks its SHA-256 against want before
// decoding it; the Lagrange form is computed for the circuit's domain.
func SRSFile(path, want string) SRSSource {
	return func(ccs constraint.ConstraintSystem) (*SRS, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != want {
			return nil, fmt.Errorf("%w: SRS %s has sha256 %s, expected %s", ErrCorruptKeys, path, got, want)
		}
		var c kzgbn254.SRS
		if _, err := c.ReadFrom(bytes.NewReader(data)); err != nil {
			return nil, fmt.Errorf("SRS %s: %w", path, err)
		}
		nc, nl := plonk.SRSSize(ccs)
		if len(c.Pk.G1) < nc {
			return nil, fmt.Errorf("SRS %s has %d points, the circuit needs %d", path, len(c.Pk.G1), nc)
		}
		lg, err := kzgbn254.ToLagrangeG1(c.Pk.G1[:nl])
		if err != nil {
			return nil, err
		}
		l := kzgbn254.SRS{Vk: c.Vk}
		l.Pk.G1 = lg
		return &SRS{Canonical: &c, Lagrange: &l, Origin: "KZG SRS " + path + " (sha256 " + want + ")"}, nil
	}
}

// WriteUnsafeDevSRS writes the canonical development SRS large enough for
// ccs, for tools that want it as a file; name the file so that it says
// unsafe.
func WriteUnsafeDevSRS(w io.Writer, ccs constraint.ConstraintSystem) error {
	s, err := UnsafeDevSRS()(ccs)
	if err != nil {
		return err
	}
	_, err = s.Canonical.WriteTo(w)
	return err
}

// PlonkKeys are a compiled PLONK circuit (sparse constraint system) with
// its proving and verifying keys.
type PlonkKeys struct {
	ID          string
	Options     Options
	CCS         constraint.ConstraintSystem
	PK          plonk.ProvingKey
	VK          plonk.VerifyingKey
	VKHash      string
	Constraints int
	// Setup says who could forge proofs: the SRS's origin.
	Setup string
}

// SetupPlonk compiles the PLONK circuit of (m, opts) and derives its keys
// from the SRS src provides. opts.ProofSystem must be BackendPlonk.
func SetupPlonk(ctx context.Context, m *models.Model, opts Options, src SRSSource, progress Progress) (*PlonkKeys, error) {
	opts = opts.WithDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.System() != BackendPlonk {
		return nil, fmt.Errorf("%w: SetupPlonk needs proofSystem plonk, have %s", ErrOptions, opts)
	}
	if progress == nil {
		progress = func(string) {}
	}
	progress("compile")
	ccs, err := Compile(m, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	progress("srs")
	srs, err := src(ccs)
	if err != nil {
		return nil, err
	}
	progress("setup")
	pk, vk, err := plonk.Setup(ccs, srs.Canonical, srs.Lagrange)
	if err != nil {
		return nil, fmt.Errorf("plonk setup: %w", err)
	}
	vkHash, err := hashOf(vk)
	if err != nil {
		return nil, err
	}
	return &PlonkKeys{ID: CircuitID(m, opts), Options: opts, CCS: ccs, PK: pk, VK: vk, VKHash: vkHash,
		Constraints: ccs.GetNbConstraints(), Setup: srs.Origin}, nil
}

// PlonkProverOptions are the options of every zkinfer PLONK proof: the
// Solidity verifier's hash-to-field, so that proofs verify on chain too.
func PlonkProverOptions() []backend.ProverOption {
	return []backend.ProverOption{solidity.WithProverTargetSolidityVerifier(backend.PLONK)}
}

// PlonkVerifierOptions match PlonkProverOptions.
func PlonkVerifierOptions() []backend.VerifierOption {
	return []backend.VerifierOption{solidity.WithVerifierTargetSolidityVerifier(backend.PLONK)}
}

// ProvePlonk is Prove with PLONK keys.
func ProvePlonk(ctx context.Context, k *PlonkKeys, m *models.Model, input []int8, inputSalt *fr.Element) (*Bundle, *Opening, Timings, error) {
	o, st, w, tm, err := solve(ctx, k.ID, k.Options, m, input, inputSalt)
	if err != nil {
		return nil, nil, tm, err
	}
	start := time.Now()
	proof, err := plonk.Prove(k.CCS, k.PK, w, PlonkProverOptions()...)
	if err != nil {
		return nil, nil, tm, fmt.Errorf("prove %q: %w", m.Name, err)
	}
	tm.Prove = time.Since(start)
	b, err := newBundle(BackendPlonk, k.Setup, k.ID, k.Options, k.Constraints, k.VKHash, m, st, input, proof)
	return b, o, tm, err
}
