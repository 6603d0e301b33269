package prover

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	kzgbn254 "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark-crypto/kzg"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// SetupUnsafeSRS labels PLONK keys made from the development SRS, whose
// toxic value is a published seed: anyone can forge proofs under them.
const SetupUnsafeSRS = "unsafe development KZG SRS (its toxic value is public: anyone can forge proofs)"

// unsafeSeed is the published seed of the development SRS. Fixing it makes
// the development SRS, and so the keys made from it, reproducible; it is
// also why they are unsafe.
const unsafeSeed = "zkinfer unsafe development SRS"

// unsafeSRSTag ends the name of every key folder made from the
// development SRS, whether generated in process or read from a file.
const unsafeSRSTag = "plonk-unsafe-dev-srs"

// ErrSRSHash is wrapped when an SRS file's SHA-256 is not the expected one.
var ErrSRSHash = errors.New("SRS hash mismatch")

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

// SRSSource says where a PLONK setup takes its SRS from: a ceremony file
// whose SHA-256 is known in advance (SRSFile), or the development SRS
// generated from a published seed (UnsafeDevSRS).
type SRSSource struct {
	path, sha256 string
}

// UnsafeDevSRS is the development SRS, generated from a published seed. It
// is for tests and development only: its toxic value is known.
func UnsafeDevSRS() SRSSource { return SRSSource{} }

// SRSFile is a canonical KZG SRS for BN254 in gnark-crypto's encoding, as
// a ceremony publishes it; its SHA-256 (hex) must be sha, checked before
// anything is decoded.
func SRSFile(path, sha string) SRSSource { return SRSSource{path: path, sha256: sha} }

// IsDev reports the in-process development SRS.
func (s SRSSource) IsDev() bool { return s.path == "" }

// String names the SRS by its file's base name (bundles carry it: no local
// path) and hash.
func (s SRSSource) String() string {
	if s.IsDev() {
		return SetupUnsafeSRS
	}
	return fmt.Sprintf("KZG SRS %q (sha256 %s)", filepath.Base(s.path), s.sha256)
}

// tag names the key folders made from the SRS: the development SRS's say
// unsafe; a file's carry its hash (and "unsafe-dev" too if it turns out to
// hold the development SRS).
func (s SRSSource) tag(unsafe bool) string {
	switch {
	case s.IsDev():
		return unsafeSRSTag
	case unsafe:
		return "plonk-srs-" + s.sha256 + "-unsafe-dev"
	}
	return "plonk-srs-" + s.sha256
}

// Load returns the SRS, large enough for ccs. A file is hash-checked
// before it is decoded, and recognised as the development SRS if it is one
// (its second point is τ·G1 for the published τ), so keys made from it are
// labelled unsafe too. The file is gnark-crypto's KZG encoding, or a
// sealed phase-1 SRS of zkinfer's ceremony (ceremony.SRS), whose powers of
// τ in G1 with [1]G2 and [τ]G2 are a KZG SRS.
func (s SRSSource) Load(ccs constraint.ConstraintSystem) (*SRS, error) { return s.load(ccs, "") }

// load is Load with the Lagrange form cached in cacheDir (if not empty)
// per SRS hash and domain size: converting it takes a minute for 2^18
// points.
func (s SRSSource) load(ccs constraint.ConstraintSystem, cacheDir string) (*SRS, error) {
	if s.IsDev() {
		return devSRS(ccs)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(s.path)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != s.sha256 {
		return nil, fmt.Errorf("%w: %s has sha256 %s, expected %s", ErrSRSHash, s.path, got, s.sha256)
	}
	var c kzgbn254.SRS
	origin := s.String()
	if ceremony.IsSRS(data) {
		p1, err := ceremony.ReadSRS(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, fmt.Errorf("SRS %s: %w", s.path, err)
		}
		c.Pk.G1 = p1.Commons.G1.Tau
		c.Vk.G1 = p1.Commons.G1.Tau[0]
		c.Vk.G2 = [2]bn254.G2Affine{p1.Commons.G2.Tau[0], p1.Commons.G2.Tau[1]}
		c.Vk.Lines[0] = bn254.PrecomputeLines(c.Vk.G2[0])
		c.Vk.Lines[1] = bn254.PrecomputeLines(c.Vk.G2[1])
		origin = fmt.Sprintf("KZG SRS from phase 1 %q (sha256 %s): %s, %s", filepath.Base(s.path), s.sha256, p1.Info.Source, ceremony.CountContributions(p1.Info.Contributions))
	} else if _, err := c.ReadFrom(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("SRS %s: %w", s.path, err)
	}
	nc, nl := plonk.SRSSize(ccs)
	if len(c.Pk.G1) < nc {
		return nil, fmt.Errorf("SRS %s has %d points, the circuit of %d gates needs %d: use a larger SRS", s.path, len(c.Pk.G1), ccs.GetNbConstraints(), nc)
	}
	lg, err := lagrangeG1(c.Pk.G1[:nl], s.sha256, cacheDir)
	if err != nil {
		return nil, err
	}
	l := kzgbn254.SRS{Vk: c.Vk}
	l.Pk.G1 = lg
	srs := &SRS{Canonical: &c, Lagrange: &l, Origin: origin}
	if dev := devTauG1(); len(c.Pk.G1) > 1 && c.Pk.G1[1].Equal(&dev) {
		srs.Origin, srs.Unsafe = SetupUnsafeSRS+", read from "+s.String(), true
	}
	return srs, nil
}

// lagrangeG1 is the Lagrange form of the canonical points g1 of the SRS
// whose file has SHA-256 sha, read from cacheDir when an earlier call left
// it there, or else converted (kzg.ToLagrangeG1) and cached. A cache file
// ends with the SHA-256 of what precedes it, checked when read.
func lagrangeG1(g1 []bn254.G1Affine, sha, cacheDir string) ([]bn254.G1Affine, error) {
	path := ""
	if cacheDir != "" {
		path = filepath.Join(LagrangeCacheDir(cacheDir), fmt.Sprintf("%s-%d.g1", sha, len(g1)))
		if data, err := os.ReadFile(path); err == nil && len(data) > sha256.Size {
			body := data[:len(data)-sha256.Size]
			if sum := sha256.Sum256(body); bytes.Equal(sum[:], data[len(body):]) {
				var pts []bn254.G1Affine
				dec := bn254.NewDecoder(bytes.NewReader(body), bn254.NoSubgroupChecks())
				if err := dec.Decode(&pts); err == nil && len(pts) == len(g1) {
					return pts, nil
				}
			}
		}
	}
	lg, err := kzgbn254.ToLagrangeG1(g1)
	if err != nil || path == "" {
		return lg, err
	}
	var buf bytes.Buffer
	if err := bn254.NewEncoder(&buf, bn254.RawEncoding()).Encode(lg); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(buf.Bytes())
	buf.Write(sum[:])
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return lg, nil // a cache that cannot be written costs time, not keys
	}
	writeFile(path, func(w io.Writer) (int64, error) { return buf.WriteTo(w) })
	return lg, nil
}

// check reports an expected hash that is not a SHA-256 in hex.
func (s SRSSource) check() error {
	if !s.IsDev() && !isHex(s.sha256, 64) {
		return fmt.Errorf("SRS %s: expected sha256 %q is not 64 lowercase hex digits", s.path, s.sha256)
	}
	return nil
}

// devTau is the development SRS's toxic value: the SHA-256 of the
// published seed, as gnark's test/unsafekzg.WithToxicSeed draws it, so
// that its SRS and zkinfer's are the same.
func devTau() *big.Int {
	h := sha256.Sum256([]byte(unsafeSeed))
	return new(big.Int).SetBytes(h[:])
}

// devTauG1 is τ·G1 for the development SRS's τ, its second canonical point.
func devTauG1() bn254.G1Affine {
	_, _, g1, _ := bn254.Generators()
	var p bn254.G1Affine
	p.ScalarMultiplication(&g1, devTau())
	return p
}

// devSRS generates the development SRS for ccs. Knowing τ, it computes
// the Lagrange form directly (the inverse FFT of τ's powers, times G1)
// instead of converting the canonical points, which takes minutes; it
// keeps nothing after it returns.
func devSRS(ccs constraint.ConstraintSystem) (*SRS, error) {
	nc, nl := plonk.SRSSize(ccs)
	c, err := kzgbn254.NewSRS(uint64(nc), devTau())
	if err != nil {
		return nil, err
	}
	var tau fr.Element
	tau.SetBigInt(devTau())
	powers := make([]fr.Element, nl)
	powers[0].SetOne()
	for i := 1; i < nl; i++ {
		powers[i].Mul(&powers[i-1], &tau)
	}
	fft.NewDomain(uint64(nl)).FFTInverse(powers, fft.DIF)
	fft.BitReverse(powers)
	_, _, g1, _ := bn254.Generators()
	l := &kzgbn254.SRS{Vk: c.Vk}
	l.Pk.G1 = bn254.BatchScalarMultiplicationG1(&g1, powers)
	return &SRS{Canonical: c, Lagrange: l, Origin: SetupUnsafeSRS, Unsafe: true}, nil
}

// WriteUnsafeDevSRS writes the canonical development SRS large enough for
// ccs, for tools that want it as a file; name the file so that it says
// unsafe.
func WriteUnsafeDevSRS(w io.Writer, ccs constraint.ConstraintSystem) error {
	s, err := UnsafeDevSRS().Load(ccs)
	if err != nil {
		return err
	}
	_, err = s.Canonical.WriteTo(w)
	return err
}

// PlonkKeyDirName is the name of a PLONK key folder in a cache: the
// circuit id and the SRS (a file's SHA-256), saying "unsafe" for the
// development SRS, in process or from a file.
func PlonkKeyDirName(id string, src SRSSource, unsafe bool) string {
	return id + "-" + src.tag(unsafe)
}

// SetupPlonk returns the PLONK keys of (m, opts) under the SRS src
// provides: from cacheDir when an earlier setup with the same SRS left
// them there (every file's hash is checked), or else by compiling the
// circuit and running the setup, then caching the result. An empty
// cacheDir disables the cache. opts.ProofSystem must be BackendPlonk.
func SetupPlonk(ctx context.Context, m *models.Model, opts Options, src SRSSource, cacheDir string, progress Progress) (*Keys, error) {
	opts, err := resolve(m, opts)
	if err != nil {
		return nil, err
	}
	if opts.System() != BackendPlonk {
		return nil, fmt.Errorf("%w: SetupPlonk needs proofSystem plonk, have %s", ErrOptions, opts)
	}
	if err := src.check(); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(string) {}
	}
	id := CircuitID(m, opts)
	if cacheDir != "" {
		// a file holding the development SRS is cached under a name that
		// says so; either name, and the manifest, carry the file's hash
		for _, unsafe := range []bool{false, true} {
			dir := filepath.Join(cacheDir, PlonkKeyDirName(id, src, unsafe))
			if _, err := os.Stat(filepath.Join(dir, fileManifest)); err != nil {
				continue
			}
			progress("load")
			k, err := LoadKeys(dir)
			if err != nil {
				return nil, err
			}
			if k.ID != id || k.System() != BackendPlonk || k.SRSHash != src.sha256 {
				return nil, fmt.Errorf("%w: %s holds %s keys of circuit %s from SRS %q, wanted PLONK keys of circuit %s from SRS %q", ErrCorruptKeys, dir, k.System(), k.ID, k.SRSHash, id, src.sha256)
			}
			return k, nil
		}
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
	srs, err := src.load(ccs, cacheDir)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
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
	k := &Keys{ID: id, Options: opts, CCS: ccs, PK: pk, VK: vk, VKHash: vkHash,
		Constraints: ccs.GetNbConstraints(), Setup: srs.Origin, SRSHash: src.sha256}
	if cacheDir != "" {
		progress("write")
		if err := k.save(cacheDir, m.Name, PlonkKeyDirName(id, src, srs.Unsafe)); err != nil {
			return nil, err
		}
	}
	return k, nil
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
