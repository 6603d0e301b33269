package prover

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"

	"github.com/zkinfer/zkinfer/models"
)

// CircuitVersion changes whenever the circuit compiler changes what it
// proves; it is part of every circuit ID, so stale cached keys are never used.
const CircuitVersion = 5

// Backend and curve of every proof this package makes.
const (
	BackendGroth16 = "groth16"
	BackendPlonk   = "plonk"
	CurveBN254     = "bn254"
)

// SetupSingleParty labels keys made by Setup: one machine drew the toxic
// waste, so whoever ran it could forge proofs. A multi-party ceremony is
// needed before such keys secure real payments.
const SetupSingleParty = "single-party (unsafe: whoever ran it can forge proofs)"

// ErrCorruptKeys is wrapped when a cached key file fails its hash check.
var ErrCorruptKeys = errors.New("corrupt key cache")

// ProvingKey is a Groth16 or a PLONK proving key (groth16.ProvingKey or
// plonk.ProvingKey), as the circuit's options choose.
type ProvingKey interface {
	io.WriterTo
	io.ReaderFrom
}

// VerifyingKey is a Groth16 or a PLONK verifying key (groth16.VerifyingKey
// or plonk.VerifyingKey); both export a Solidity verifier.
type VerifyingKey interface {
	io.WriterTo
	io.ReaderFrom
	solidity.VerifyingKey
}

// Keys are a compiled circuit with its proving and verifying keys, for the
// proof system its options choose: R1CS and Groth16 keys, or a sparse
// constraint system and PLONK keys.
type Keys struct {
	ID          string
	Options     Options
	CCS         constraint.ConstraintSystem
	PK          ProvingKey
	VK          VerifyingKey
	VKHash      string
	Constraints int
	// Setup says who could forge proofs under these keys: SetupSingleParty
	// for Groth16, the SRS's origin for PLONK (SetupUnsafeSRS for the
	// development SRS).
	Setup string
	// SRSHash is the SHA-256 of the SRS file PLONK keys were made from;
	// empty for the development SRS generated in process and for Groth16.
	SRSHash string
	// Transcript is the SHA-256 of the phase-2 transcript Groth16 keys were
	// sealed from (SetupCeremony); empty for a single-party setup and for
	// PLONK. The registry records it beside the verifying key.
	Transcript string
	// Dir is the cache folder the keys were read from or written to.
	Dir string
	// Cached is true when the keys came from the cache.
	Cached bool
	// pkEncoding is the manifest's; compressedPK is true for keys loaded
	// by LoadKeys from a folder whose proving key has compressed points
	// (written before keys were stored raw).
	pkEncoding   string
	compressedPK bool
	// transcriptPath is the transcript save copies into the folder.
	transcriptPath string
}

// System is the keys' proof system: BackendGroth16 or BackendPlonk.
func (k *Keys) System() string { return k.Options.System() }

// Unsafe reports keys that whoever made them (or anyone, for the
// development SRS) can forge proofs under. Every Groth16 setup zkinfer runs
// is single-party, so unsafe; PLONK keys are unsafe when their SRS is.
func (k *Keys) Unsafe() bool { return UnsafeSetup(k.Setup) }

// UnsafeSetup reports a setup label (Keys.Setup, a bundle's or a compiled
// verifier's) under which someone can forge proofs: every label zkinfer
// writes for such keys says "unsafe".
func UnsafeSetup(setup string) bool { return strings.Contains(setup, "unsafe") }

// CircuitID names the circuit for (model, opts): a hash of the circuit
// version, the options, the architecture and, with fixed weights, the
// model commitment. Committed-weight circuits do not depend on the weights,
// so every model of one architecture shares their keys.
func CircuitID(m *models.Model, opts Options) string {
	return circuitID(m, opts, m.Commitment())
}

// CircuitIDFor is CircuitID given the model's commitment mc (which costs a
// hash of every weight): for callers that hold it already.
func CircuitIDFor(m *models.Model, opts Options, mc fr.Element) string {
	return circuitID(m, opts, mc)
}

// circuitID is CircuitID given the model's commitment, mc, which hashes
// every weight: a proof computes it once. Options with RangeCheckAuto are
// resolved first (two compilations: pass resolved ones).
func circuitID(m *models.Model, opts Options, mc fr.Element) string {
	if o, err := resolve(m, opts); err == nil {
		opts = o
	}
	opts = opts.WithDefaults()
	h := sha256.New()
	fmt.Fprintf(h, "zkinfer circuit v%d\n%s/%s\n%s\n", CircuitVersion, opts.System(), CurveBN254, opts)
	arch := m.ArchitectureDigest()
	h.Write(arch.Marshal())
	if opts.Weights == Fixed {
		h.Write(mc.Marshal())
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// Progress reports the stage of a long operation ("compile", "setup",
// "load", "write", "prove").
type Progress func(stage string)

// Compile builds the constraint system of the circuit for (m, opts).
func Compile(m *models.Model, opts Options) (constraint.ConstraintSystem, error) {
	var c frontend.Circuit
	var err error
	if opts.Batch > 1 {
		c, err = NewBatchCircuit(m, opts)
	} else {
		c, err = NewCircuit(m, opts)
	}
	if err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), builderFor(opts), c)
	if err != nil {
		return nil, fmt.Errorf("compile circuit for %q: %w", m.Name, err)
	}
	return ccs, nil
}

// builderFor is the constraint system of the options' proof system: R1CS
// for Groth16, sparse (PLONKish) for PLONK.
func builderFor(opts Options) frontend.NewBuilder {
	if opts.WithDefaults().System() == BackendPlonk {
		return scs.NewBuilder[constraint.U64]
	}
	return r1cs.NewBuilder[constraint.U64]
}

// DefaultCacheDir is the user cache folder's zkinfer/keys.
func DefaultCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "zkinfer", "keys")
	}
	return filepath.Join(os.TempDir(), "zkinfer", "keys")
}

// manifest describes a cached key folder; it is written last, so a folder
// without one is an interrupted setup and is ignored.
type manifest struct {
	ID             string  `json:"id"`
	CircuitVersion int     `json:"circuitVersion"`
	Backend        string  `json:"backend"`
	Curve          string  `json:"curve"`
	Model          string  `json:"model"`
	Options        Options `json:"options"`
	Constraints    int     `json:"constraints"`
	Setup          string  `json:"setup"`
	VKHash         string  `json:"verifyingKeyHash"`
	// SRS is the SHA-256 of the SRS file PLONK keys were made from; empty
	// for Groth16 and for the development SRS generated in process.
	SRS string `json:"srsSha256,omitempty"`
	// Transcript is the SHA-256 of the phase-2 transcript the keys were
	// sealed from; the folder keeps a copy (transcript.zkc).
	Transcript string `json:"setupTranscript,omitempty"`
	// PKEncoding is encodingRaw when the proving key's points are stored
	// uncompressed; empty (folders written before) when compressed. Both
	// decode: the flag bits of each point say which it is.
	PKEncoding string            `json:"provingKeyEncoding,omitempty"`
	Files      map[string]string `json:"sha256"`
	Created    time.Time         `json:"created"`
}

// encodingRaw marks a proving key written with uncompressed points.
const encodingRaw = "raw"

const (
	fileCCS      = "circuit.r1cs"
	filePK       = "proving.key"
	fileVK       = "verifying.key"
	fileManifest = "manifest.json"
)

// KeyDirName is the name of a circuit's Groth16 key folder in a cache; it
// says the keys come from a single-party setup.
func KeyDirName(id string) string { return id + "-" + groth16Tag }

// groth16Tag ends the name of every Groth16 key folder.
const groth16Tag = "unsafe-setup"

func keyDir(cacheDir, id string) string { return filepath.Join(cacheDir, KeyDirName(id)) }

// Setup returns the keys of (m, opts), from cacheDir when an earlier setup
// left them there (every file's hash is checked), or else by compiling and
// running a Groth16 setup, then caching the result. An empty cacheDir
// disables the cache.
func Setup(ctx context.Context, m *models.Model, opts Options, cacheDir string, progress Progress) (*Keys, error) {
	opts, err := resolve(m, opts)
	if err != nil {
		return nil, err
	}
	if opts.System() != BackendGroth16 {
		return nil, fmt.Errorf("%w: Setup makes Groth16 keys; PLONK keys come from SetupPlonk and an SRS", ErrOptions)
	}
	if progress == nil {
		progress = func(string) {}
	}
	id := CircuitID(m, opts)
	if cacheDir != "" {
		dir := keyDir(cacheDir, id)
		if _, err := os.Stat(filepath.Join(dir, fileManifest)); err == nil {
			progress("load")
			return LoadKeys(dir)
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
	progress("setup")
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("groth16 setup: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	vkHash, err := hashOf(vk)
	if err != nil {
		return nil, err
	}
	k := &Keys{ID: id, Options: opts, CCS: ccs, PK: pk, VK: vk, VKHash: vkHash, Constraints: ccs.GetNbConstraints(), Setup: SetupSingleParty}
	if cacheDir != "" {
		progress("write")
		if err := k.save(cacheDir, m.Name, KeyDirName(id)); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// LoadCachedKeys loads the Groth16 keys of (m, opts) from cacheDir, made
// by an earlier Setup; it never runs a setup, and fails when the cache has
// none.
func LoadCachedKeys(cacheDir string, m *models.Model, opts Options) (*Keys, error) {
	opts, err := resolve(m, opts)
	if err != nil {
		return nil, err
	}
	if opts.System() != BackendGroth16 {
		return nil, fmt.Errorf("%w: only Groth16 keys are looked up this way", ErrOptions)
	}
	dir := keyDir(cacheDir, CircuitID(m, opts))
	if _, err := os.Stat(filepath.Join(dir, fileManifest)); err != nil {
		return nil, fmt.Errorf("no keys cached for circuit %s in %s", CircuitID(m, opts), cacheDir)
	}
	return LoadKeys(dir)
}

func hashOf(w io.WriterTo) (string, error) {
	h := sha256.New()
	if _, err := w.WriteTo(h); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// save writes the keys into a fresh folder next to the final one, dirName,
// and renames it into place, so a crash never leaves a half-written cache
// entry.
func (k *Keys) save(cacheDir, model, dirName string) error {
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(cacheDir, ".setup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	man := manifest{
		ID: k.ID, CircuitVersion: CircuitVersion, Backend: k.System(), Curve: CurveBN254,
		Model: model, Options: k.Options, Constraints: k.Constraints, Setup: k.Setup,
		VKHash: k.VKHash, SRS: k.SRSHash, Transcript: k.Transcript, Files: map[string]string{}, Created: time.Now().UTC(),
	}
	if k.transcriptPath != "" {
		sum, err := copyFile(filepath.Join(tmp, fileTranscript), k.transcriptPath)
		if err != nil {
			return err
		}
		if sum != k.Transcript {
			return fmt.Errorf("%s changed while the keys were sealed from it (sha256 %s, was %s)", k.transcriptPath, sum, k.Transcript)
		}
		man.Files[fileTranscript] = sum
	}
	writePK := k.PK.WriteTo
	if raw, ok := k.PK.(rawWriter); ok {
		writePK, man.PKEncoding = raw.WriteRawTo, encodingRaw
	}
	// the verifying key stays compressed: its hash names it in bundles
	// and on chain
	for name, write := range map[string]func(io.Writer) (int64, error){fileCCS: k.CCS.WriteTo, filePK: writePK, fileVK: k.VK.WriteTo} {
		sum, err := writeFile(filepath.Join(tmp, name), write)
		if err != nil {
			return err
		}
		man.Files[name] = sum
	}
	data, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, fileManifest), data, 0o644); err != nil {
		return err
	}
	dir := filepath.Join(cacheDir, dirName)
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return err
	}
	k.Dir = dir
	return nil
}

// rawWriter is a proving key that can be written with uncompressed points
// (Groth16's and PLONK's): twice the bytes of the compressed encoding, but
// decoding them takes no square root per point, so the key loads at disk
// speed (mnist-8's 48 MB compressed key took 5 to 9 s of two cores to
// decode, its 96 MB raw one takes 0.16 s).
type rawWriter interface {
	WriteRawTo(io.Writer) (int64, error)
}

func writeFile(path string, write func(io.Writer) (int64, error)) (string, error) {
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := write(io.MultiWriter(f, h)); err != nil {
		f.Close()
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), f.Close()
}

// CompressedProvingKey reports keys loaded from a cache folder written
// before proving keys were stored raw: they load several times slower
// until StoreRaw rewrites the folder's proving key.
func (k *Keys) CompressedProvingKey() bool { return k.compressedPK }

// StoreRaw rewrites the proving key of keys loaded from a cache folder
// whose proving key is compressed (CompressedProvingKey), with uncompressed
// points, and the manifest with its new hash: the same keys, loaded at
// disk speed from then on. The key file, then the manifest, are replaced
// by renames; LoadKeys reads a folder again when it finds a key file
// under another hash, which covers a load between the two.
func (k *Keys) StoreRaw() error {
	if !k.CompressedProvingKey() {
		return nil
	}
	raw, ok := k.PK.(rawWriter)
	if !ok {
		return nil
	}
	man, err := readManifest(os.DirFS(k.Dir), k.Dir)
	if err != nil {
		return err
	}
	if man.ID != k.ID || man.VKHash != k.VKHash {
		return fmt.Errorf("%w: %s now holds other keys than those loaded from it", ErrCorruptKeys, k.Dir)
	}
	tmp, err := os.CreateTemp(k.Dir, ".raw-"+filePK+"-*")
	if err != nil {
		return err
	}
	tmpPK := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPK)
	sum, err := writeFile(tmpPK, raw.WriteRawTo)
	if err != nil {
		return err
	}
	man.Files[filePK], man.PKEncoding = sum, encodingRaw
	data, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return err
	}
	tmpM, err := os.CreateTemp(k.Dir, ".raw-"+fileManifest+"-*")
	if err != nil {
		return err
	}
	tmpMan := tmpM.Name()
	defer os.Remove(tmpMan)
	_, err = tmpM.Write(data)
	if cerr := tmpM.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmpPK, filepath.Join(k.Dir, filePK)); err != nil {
		return err
	}
	if err := os.Rename(tmpMan, filepath.Join(k.Dir, fileManifest)); err != nil {
		return err
	}
	k.pkEncoding, k.compressedPK = encodingRaw, false
	return nil
}

// LoadKeys reads a key folder written by Setup or SetupPlonk, checking
// every file's SHA-256 against the manifest.
func LoadKeys(dir string) (*Keys, error) {
	k, err := LoadKeysFS(os.DirFS(dir), dir)
	if errors.Is(err, ErrCorruptKeys) {
		// StoreRaw replaces a key file, then the manifest: a load between
		// the two sees the new file under the old hash. Read once more.
		time.Sleep(200 * time.Millisecond)
		k, err = LoadKeysFS(os.DirFS(dir), dir)
	}
	if err != nil {
		return nil, err
	}
	k.Dir, k.compressedPK = dir, k.pkEncoding != encodingRaw
	return k, nil
}

// LoadKeysFS reads a key folder from a file system (an embedded one, say);
// name is used in error messages. The files are hashed and decoded
// concurrently.
func LoadKeysFS(fsys fs.FS, name string) (*Keys, error) {
	man, err := readManifest(fsys, name)
	if err != nil {
		return nil, err
	}
	k := man.keys()
	k.CCS, k.PK, k.VK = newKeys(man.Backend)
	files := []struct {
		name string
		r    io.ReaderFrom
	}{{filePK, k.PK}, {fileCCS, k.CCS}, {fileVK, k.VK}}
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() { errs[i] = readFile(fsys, f.name, filepath.Join(name, f.name), man.Files[f.name], f.r) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return k, nil
}

// LoadVerifyingKeyFS reads only the manifest and the verifying key of a key
// folder, checking the key's SHA-256 as LoadKeysFS does: what verifying a
// proof needs, in a fraction of the time. The keys it returns have no CCS
// and no PK, so they verify but do not prove.
func LoadVerifyingKeyFS(fsys fs.FS, name string) (*Keys, error) {
	man, err := readManifest(fsys, name)
	if err != nil {
		return nil, err
	}
	k := man.keys()
	_, _, k.VK = newKeys(man.Backend)
	if err := readFile(fsys, fileVK, filepath.Join(name, fileVK), man.Files[fileVK], k.VK); err != nil {
		return nil, err
	}
	return k, nil
}

// readManifest reads and checks the manifest of a key folder.
func readManifest(fsys fs.FS, name string) (*manifest, error) {
	var man manifest
	data, err := fs.ReadFile(fsys, fileManifest)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &man); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorruptKeys, filepath.Join(name, fileManifest), err)
	}
	if man.CircuitVersion != CircuitVersion || man.Backend != man.Options.System() || man.Curve != CurveBN254 {
		return nil, fmt.Errorf("%w: %s holds %s/%s keys of circuit version %d for %s, this build makes version %d", ErrCorruptKeys, name, man.Backend, man.Curve, man.CircuitVersion, man.Options.System(), CircuitVersion)
	}
	if err := man.Options.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorruptKeys, name, err)
	}
	if man.Files[fileVK] != man.VKHash {
		return nil, fmt.Errorf("%w: %s: verifying key hash differs from the manifest", ErrCorruptKeys, name)
	}
	return &man, nil
}

// keys are the manifest's facts, without circuit and keys.
func (man *manifest) keys() *Keys {
	return &Keys{ID: man.ID, Options: man.Options, Constraints: man.Constraints, VKHash: man.VKHash, Setup: man.Setup, SRSHash: man.SRS, Transcript: man.Transcript, Cached: true, pkEncoding: man.PKEncoding}
}

// readFile hashes the whole file before decoding it, so a corrupt file is
// reported as such rather than as a decoding error.
func readFile(fsys fs.FS, file, path, want string, r io.ReaderFrom) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != want {
		return fmt.Errorf("%w: %s: sha256 %s, manifest says %s (the folder is damaged: delete it and run setup, which makes new keys; a model registered with the old key must be registered again)", ErrCorruptKeys, path, got, want)
	}
	read := r.ReadFrom
	// the proving key, checked by its hash, is decoded without validating
	// every point again: a key with a bad point can only make proofs that
	// fail to verify. Stored raw, its points need no square root either,
	// so it decodes at disk speed. The verifying key, which judges
	// proofs, is always fully checked.
	if u, ok := r.(interface {
		UnsafeReadFrom(io.Reader) (int64, error)
	}); ok && file == filePK {
		read = u.UnsafeReadFrom
	}
	if _, err := read(bytes.NewReader(data)); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorruptKeys, path, err)
	}
	return nil
}

// newKeys are empty BN254 objects of a proof system, to decode into.
func newKeys(system string) (constraint.ConstraintSystem, ProvingKey, VerifyingKey) {
	if system == BackendPlonk {
		return plonk.NewCS(ecc.BN254), plonk.NewProvingKey(ecc.BN254), plonk.NewVerifyingKey(ecc.BN254)
	}
	return groth16.NewCS(ecc.BN254), groth16.NewProvingKey(ecc.BN254), groth16.NewVerifyingKey(ecc.BN254)
}

// ReadVerifyingKey reads a verifying key file of a proof system
// (BackendGroth16 or BackendPlonk) and returns it with its hash.
func ReadVerifyingKey(path, system string) (VerifyingKey, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	vk, sum, err := ParseVerifyingKey(data, system)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	return vk, sum, nil
}

// ParseVerifyingKey decodes the bytes of a verifying key file of a proof
// system (BackendGroth16 or BackendPlonk), checking every point, and
// returns it with its hash (the SHA-256 of the bytes, as bundles name it).
func ParseVerifyingKey(data []byte, system string) (VerifyingKey, string, error) {
	if system != BackendGroth16 && system != BackendPlonk {
		return nil, "", fmt.Errorf("%w: proof system %q", ErrOptions, system)
	}
	_, _, vk := newKeys(system)
	n, err := vk.ReadFrom(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("read %s verifying key: %w", system, err)
	}
	if n != int64(len(data)) {
		return nil, "", fmt.Errorf("read %s verifying key: %d bytes after the key", system, int64(len(data))-n)
	}
	sum := sha256.Sum256(data)
	return vk, hex.EncodeToString(sum[:]), nil
}

// CachedVerifyingKey finds, among the cached key folders of circuit id
// (one per setup: Groth16, or PLONK under each SRS), the verifying key
// whose SHA-256 is vkHash, and returns it with its path and its setup (who
// could forge proofs under it, from the local manifest). The key file is
// hash-checked; os.ErrNotExist is wrapped when no folder holds it.
func CachedVerifyingKey(cacheDir, id, vkHash string) (vk VerifyingKey, path, setup string, err error) {
	dirs, _ := filepath.Glob(filepath.Join(cacheDir, id+"-*"))
	for _, dir := range dirs {
		data, err := os.ReadFile(filepath.Join(dir, fileManifest))
		if err != nil {
			continue
		}
		var man manifest
		if json.Unmarshal(data, &man) != nil || man.ID != id || man.VKHash != vkHash || man.Files[fileVK] != vkHash {
			continue
		}
		path := filepath.Join(dir, fileVK)
		vk, sum, err := ReadVerifyingKey(path, man.Backend)
		if err != nil {
			return nil, "", "", err
		}
		if sum != vkHash {
			return nil, "", "", fmt.Errorf("%w: %s: sha256 %s, manifest says %s (the folder is damaged: delete it and run setup, which makes new keys; a model registered with the old key must be registered again)", ErrCorruptKeys, path, sum, vkHash)
		}
		return vk, path, man.Setup, nil
	}
	return nil, "", "", fmt.Errorf("no cached key of circuit %s has sha256 %s in %s: %w", id, vkHash, cacheDir, os.ErrNotExist)
}

// LayerCost is the number of constraints one node adds to a circuit.
type LayerCost struct {
	Node        string    `json:"node"`
	Op          models.Op `json:"-"`
	OpName      string    `json:"op"`
	Constraints int       `json:"constraints"`
}

// LayerCosts measures where a circuit's constraints go: it compiles the
// circuit without commitments for each prefix of the model's nodes and
// returns what the input's range checks cost (first, as node "input") and
// what each node adds (its range checks included), and the constraints of
// the commitments to input, output and model with the lookup tables (the
// full circuit minus the rest). A node that absorbs the ReLU and pooling
// after it (fusedAfter) carries their cost; they show 0. Prefixes apply the
// full circuit's lookup plan, so a query costs what it costs there.
func LayerCosts(m *models.Model, opts Options) (layers []LayerCost, commitments, total int, err error) {
	// resolved once: every prefix below would otherwise choose again
	if opts, err = resolve(m, opts); err != nil {
		return nil, 0, 0, err
	}
	c, err := NewCircuit(m, opts)
	if err != nil {
		return nil, 0, 0, err
	}
	full, err := frontend.Compile(ecc.BN254.ScalarField(), builderFor(opts), c)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("compile circuit for %q: %w", m.Name, err)
	}
	total = full.GetNbConstraints()
	plan := c.used
	// end[k]: the last node of the fused group node k belongs to
	end := make([]int, len(m.Nodes))
	for k := range end {
		end[k] = k
	}
	for k := range m.Nodes {
		f := fusedAfter(m, k, len(m.Nodes))
		if f.relu < 0 && f.pool < 0 {
			continue
		}
		last := max(k, f.relu, f.pool)
		for _, j := range []int{k, f.relu, f.pool} {
			if j >= 0 {
				end[j] = last
			}
		}
	}
	prev := 0
	for k := -1; k < len(m.Nodes); k++ {
		c, err := NewCircuit(m, opts)
		if err != nil {
			return nil, 0, 0, err
		}
		c.bare, c.layers, c.plan = true, 0, plan
		if k >= 0 {
			c.layers = end[k] + 1
		}
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), builderFor(opts), c)
		if err != nil {
			return nil, 0, 0, fmt.Errorf("compile the first %d nodes: %w", c.layers, err)
		}
		n := ccs.GetNbConstraints()
		if k < 0 {
			layers = append(layers, LayerCost{Node: "input", OpName: "int8", Constraints: n})
		} else {
			layers = append(layers, LayerCost{Node: m.Nodes[k].Name, Op: m.Nodes[k].Op, OpName: m.Nodes[k].Op.String(), Constraints: n - prev})
		}
		prev = n
	}
	return layers, total - prev, total, nil
}
