package prover

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	kzgbn254 "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test/unsafekzg"
)

func TestKeyCache(t *testing.T) {
	dir := t.TempDir()
	m := randomModel(rand.New(rand.NewSource(7)), []int{8, 4})
	opts := DefaultOptions()
	var stages []string
	k, err := Setup(context.Background(), m, opts, dir, func(s string) { stages = append(stages, s) })
	if err != nil {
		t.Fatal(err)
	}
	if k.Cached || len(stages) == 0 || stages[0] != "compile" {
		t.Fatalf("first setup: cached=%v stages=%v", k.Cached, stages)
	}
	if filepath.Base(k.Dir) != k.ID+"-unsafe-setup" {
		t.Errorf("key folder %s does not say unsafe", k.Dir)
	}
	again, err := Setup(context.Background(), m, opts, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Cached || again.VKHash != k.VKHash || again.Constraints != k.Constraints {
		t.Fatalf("second setup did not load the same keys: cached=%v", again.Cached)
	}
	// The loaded keys prove, and the proof verifies under the first key.
	b, _, _, err := Prove(context.Background(), again, m, make([]int8, 8), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	proof := groth16.NewProof(fieldCurve)
	if _, err := proof.ReadFrom(bytes.NewReader(b.Proof)); err != nil {
		t.Fatal(err)
	}
	pub, _ := PublicWitness(b.Statement())
	if err := groth16.Verify(proof, k.VK.(groth16.VerifyingKey), pub, VerifierOptions()...); err != nil {
		t.Fatalf("proof from cached keys: %v", err)
	}

	// groth16.Prove itself refuses a witness that does not satisfy the
	// circuit: here a forged ReLU sign (the ReLU is the clamp at 0 of the
	// requantization before it: a negative quotient passed through), which
	// contradicts the committed output (the attacks that also forge the
	// output are in TestForgedWitnessRejected).
	relu := forged(requantHint, 3, func(field *big.Int, in, out []*big.Int) bool {
		if in[2].Sign() != 0 || out[2].Sign() == 0 {
			return false // not a fused ReLU, or a non-negative quotient
		}
		out[0].Neg(out[2]).Mod(out[0], field) // y = q < 0
		out[2].SetUint64(0)
		return true
	})
	m2 := randomModel(rand.New(rand.NewSource(9)), []int{8, 6, 4})
	k2, err := Setup(context.Background(), m2, opts, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _, asg, err := Inference(context.Background(), m2, opts, randomInput(rand.New(rand.NewSource(1)), 8), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := frontend.NewWitness(asg, fieldOf())
	if _, err := groth16.Prove(k2.CCS, k2.PK.(groth16.ProvingKey), w, ProverOptions()...); err != nil {
		t.Fatalf("honest proof failed: %v", err)
	}
	if _, err := groth16.Prove(k2.CCS, k2.PK.(groth16.ProvingKey), w, append(ProverOptions(), backend.WithSolverOptions(relu))...); err == nil {
		t.Error("a proof with a forged ReLU sign was produced")
	}

	// A flipped byte in any key file is caught by its hash.
	checkCorruption(t, k.Dir, func() error {
		_, err := Setup(context.Background(), m, opts, dir, nil)
		return err
	})
	// The proving key is stored with uncompressed points; a folder written
	// before, whose key is compressed, still loads and proves.
	man, err := readManifest(os.DirFS(k.Dir), k.Dir)
	if err != nil || man.PKEncoding != encodingRaw {
		t.Fatalf("manifest of a new folder: %v, proving key encoding %q", err, man.PKEncoding)
	}
	var compressed bytes.Buffer
	if _, err := k.PK.WriteTo(&compressed); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(filepath.Join(k.Dir, filePK)); len(raw) <= compressed.Len() {
		t.Errorf("raw proving key of %d bytes, compressed %d", len(raw), compressed.Len())
	}
	old := filepath.Join(t.TempDir(), filepath.Base(k.Dir))
	os.Mkdir(old, 0o755)
	for _, f := range []string{fileCCS, fileVK} {
		data, _ := os.ReadFile(filepath.Join(k.Dir, f))
		os.WriteFile(filepath.Join(old, f), data, 0o644)
	}
	os.WriteFile(filepath.Join(old, filePK), compressed.Bytes(), 0o644)
	sum := sha256.Sum256(compressed.Bytes())
	man.Files[filePK], man.PKEncoding = hex.EncodeToString(sum[:]), ""
	data, _ := json.Marshal(man)
	os.WriteFile(filepath.Join(old, fileManifest), data, 0o644)
	compressedKeys, err := LoadKeys(old)
	if err != nil {
		t.Fatalf("folder with a compressed proving key: %v", err)
	}
	b, _, _, err = Prove(context.Background(), compressedKeys, m, make([]int8, 8), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	proof = groth16.NewProof(fieldCurve)
	proof.ReadFrom(bytes.NewReader(b.Proof))
	pub, _ = PublicWitness(b.Statement())
	if err := groth16.Verify(proof, k.VK.(groth16.VerifyingKey), pub, VerifierOptions()...); err != nil {
		t.Fatalf("proof from a compressed proving key: %v", err)
	}
	// StoreRaw rewrites such a folder's proving key raw: the same key.
	if !compressedKeys.CompressedProvingKey() || again.CompressedProvingKey() {
		t.Errorf("compressed proving key reported %v for an old folder, %v for a new one", compressedKeys.CompressedProvingKey(), again.CompressedProvingKey())
	}
	if err := compressedKeys.StoreRaw(); err != nil {
		t.Fatal(err)
	}
	rewritten, err := LoadKeys(old)
	if err != nil || rewritten.CompressedProvingKey() {
		t.Fatalf("folder rewritten raw: %v", err)
	}
	want, _ := os.ReadFile(filepath.Join(k.Dir, filePK))
	if got, _ := os.ReadFile(filepath.Join(old, filePK)); !bytes.Equal(got, want) {
		t.Error("the proving key rewritten raw differs from the one setup wrote")
	}
	if left, _ := filepath.Glob(filepath.Join(old, ".*")); len(left) != 0 {
		t.Errorf("StoreRaw left %v", left)
	}

	// Verifying reads only the verifying key, hash-checked.
	vko, err := LoadVerifyingKeyFS(os.DirFS(k.Dir), k.Dir)
	if err != nil || vko.VKHash != k.VKHash || vko.Setup != k.Setup || vko.ID != k.ID || vko.CCS != nil || vko.PK != nil {
		t.Fatalf("verifying key alone: %v", err)
	}
	if h, _ := hashOf(vko.VK); h != k.VKHash {
		t.Errorf("verifying key alone has hash %s, want %s", h, k.VKHash)
	}
	if _, _, _, err := Prove(context.Background(), vko, m, make([]int8, 8), nil, nil); !errors.Is(err, ErrOptions) {
		t.Errorf("proving with a verifying key alone: %v", err)
	}
	vkPath := filepath.Join(k.Dir, fileVK)
	vkData, _ := os.ReadFile(vkPath)
	os.WriteFile(vkPath, append(bytes.Clone(vkData[:len(vkData)-1]), vkData[len(vkData)-1]^1), 0o644)
	if _, err := LoadVerifyingKeyFS(os.DirFS(k.Dir), k.Dir); !errors.Is(err, ErrCorruptKeys) {
		t.Errorf("verifying key corrupted: error %v, want ErrCorruptKeys", err)
	}
	os.WriteFile(vkPath, vkData, 0o644)

	// Keys for other options or another model are not confused with these.
	if CircuitID(m, Options{Weights: Committed}) == k.ID {
		t.Error("committed-weight circuit shares the fixed circuit's ID")
	}
	other := randomModel(rand.New(rand.NewSource(8)), []int{8, 4})
	if CircuitID(other, opts) == k.ID {
		t.Error("another model's fixed-weight circuit shares the ID")
	}
	retrained := randomModel(rand.New(rand.NewSource(7)), []int{8, 4})
	retrained.Nodes[1].Weights[0]++
	if CircuitID(retrained, opts) == k.ID {
		t.Error("fixed-weight circuits of different weights share an ID")
	}
	if CircuitID(retrained, Options{Weights: Committed}) != CircuitID(m, Options{Weights: Committed}) {
		t.Error("committed-weight circuits of one architecture should share keys")
	}
	if _, _, _, err := Prove(context.Background(), k, other, make([]int8, 8), nil, nil); err == nil {
		t.Error("proving another model with these keys did not fail")
	}
}

func TestBundleRoundTrip(t *testing.T) {
	b := &Bundle{
		Version: BundleVersion, Backend: BackendGroth16, Curve: CurveBN254, CircuitID: "0123456789abcdef01234567",
		Options: DefaultOptions().WithDefaults(), Setup: SetupSingleParty, Model: BundleModel{Name: "m"},
		Proof: []byte{1, 2, 3}, VerifyingKeyHash: string(bytes.Repeat([]byte("a"), 64)),
	}
	b.InputCommitment[0] = 42
	var js bytes.Buffer
	if _, err := b.WriteTo(&js); err != nil {
		t.Fatal(err)
	}
	bin, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"json": js.Bytes(), "binary": bin} {
		var got Bundle
		if _, err := got.ReadFrom(bytes.NewReader(data)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.InputCommitment != b.InputCommitment || !bytes.Equal(got.Proof, b.Proof) || got.Options != b.Options {
			t.Errorf("%s round trip changed the bundle", name)
		}
	}
	bad := map[string][]byte{
		"empty":                            nil,
		"not json":                         []byte("hello"),
		"truncated":                        js.Bytes()[:js.Len()/2],
		"binary truncated":                 bin[:len(bin)-3],
		"unknown field":                    bytes.Replace(js.Bytes(), []byte(`"version"`), []byte(`"x":1,"version"`), 1),
		"future version":                   bytes.Replace(js.Bytes(), []byte(`"version": 2`), []byte(`"version": 9`), 1),
		"job that is not the tag's":        bytes.Replace(js.Bytes(), []byte(`"proof"`), []byte(`"job":{"chainId":1,"escrow":"0x0000000000000000000000000000000000000001","id":1,"provider":"0x0000000000000000000000000000000000000002"},"proof"`), 1),
		"other backend":                    bytes.Replace(js.Bytes(), []byte(`"groth16"`), []byte(`"plonk"`), 1),
		"bad commitment":                   bytes.Replace(js.Bytes(), []byte(`"0x000000`), []byte(`"0xzz0000`), 1),
		"non-canonical":                    bytes.Replace(js.Bytes(), []byte(`"0x000000`), []byte(`"0xffffff`), 1),
		"trailing data":                    append(bytes.Clone(js.Bytes()), []byte(`{}`)...),
		"public output without visibility": bytes.Replace(js.Bytes(), []byte(`"proof"`), []byte(`"publicOutput":[1],"proof"`), 1),
	}
	for name, data := range bad {
		var got Bundle
		if _, err := got.ReadFrom(bytes.NewReader(data)); !errors.Is(err, ErrMalformedBundle) {
			t.Errorf("%s: error %v, want ErrMalformedBundle", name, err)
		}
	}
}

// FuzzReadBundle: reading untrusted bundle bytes never panics, and an
// accepted bundle passes its own checks.
func FuzzReadBundle(f *testing.F) {
	b := &Bundle{
		Version: BundleVersion, Backend: BackendGroth16, Curve: CurveBN254, CircuitID: "0123456789abcdef01234567",
		Options: DefaultOptions().WithDefaults(), Proof: []byte{1}, VerifyingKeyHash: string(bytes.Repeat([]byte("0"), 64)),
	}
	var js bytes.Buffer
	b.WriteTo(&js)
	bin, _ := b.MarshalBinary()
	f.Add(js.Bytes())
	f.Add(bin)
	f.Fuzz(func(t *testing.T, data []byte) {
		var got Bundle
		if _, err := got.ReadFrom(bytes.NewReader(data)); err == nil {
			if err := got.Check(); err != nil {
				t.Fatalf("accepted bundle fails its check: %v", err)
			}
		}
	})
}

// TestPlonkKeyCache: PLONK keys are cached per SRS, in folders whose name
// says unsafe for the development SRS, also when it comes from a file;
// cached keys prove; a corrupt file is caught; the cache finds a verifying
// key only by its hash; an SRS of another toxic value makes other keys,
// not labelled unsafe.
func TestPlonkKeyCache(t *testing.T) {
	dir := t.TempDir()
	m := randomModel(rand.New(rand.NewSource(7)), []int{8, 4})
	opts := Options{ProofSystem: BackendPlonk}
	k, err := SetupPlonk(context.Background(), m, opts, UnsafeDevSRS(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if k.Cached || filepath.Base(k.Dir) != k.ID+"-plonk-unsafe-dev-srs" || !k.Unsafe() || k.System() != BackendPlonk {
		t.Fatalf("first setup: cached=%v dir=%s setup=%q", k.Cached, k.Dir, k.Setup)
	}
	again, err := SetupPlonk(context.Background(), m, opts, UnsafeDevSRS(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Cached || again.VKHash != k.VKHash || again.Setup != k.Setup || again.System() != BackendPlonk {
		t.Fatalf("second setup did not load the same keys: cached=%v", again.Cached)
	}
	b, _, _, err := Prove(context.Background(), again, m, make([]int8, 8), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Backend != BackendPlonk || b.Setup != SetupUnsafeSRS || b.VerifyingKeyHash != k.VKHash {
		t.Errorf("bundle of cached keys: %s, %q", b.Backend, b.Setup)
	}
	vk, path, setup, err := CachedVerifyingKey(dir, k.ID, k.VKHash)
	if err != nil || filepath.Dir(path) != k.Dir || setup != SetupUnsafeSRS {
		t.Fatalf("cached verifying key: %v (%s, %q)", err, path, setup)
	}
	if h, _ := hashOf(vk); h != k.VKHash {
		t.Errorf("cached verifying key has hash %s", h)
	}
	if _, _, _, err := CachedVerifyingKey(dir, k.ID, string(bytes.Repeat([]byte("0"), 64))); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a key hash nothing has: %v", err)
	}
	// Groth16 keys of another circuit do not prove under PLONK options
	g, err := Setup(context.Background(), m, DefaultOptions(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	mixed := *g
	mixed.Options, mixed.ID = opts.WithDefaults(), k.ID
	if _, _, _, err := Prove(context.Background(), &mixed, m, make([]int8, 8), nil, nil); !errors.Is(err, ErrOptions) {
		t.Errorf("a Groth16 proving key for a PLONK circuit: %v", err)
	}
	checkCorruption(t, k.Dir, func() error {
		_, err := SetupPlonk(context.Background(), m, opts, UnsafeDevSRS(), dir, nil)
		return err
	})

	// the development SRS in a file: same keys, still unsafe, in a folder
	// that says so, loaded from it the second time
	var buf bytes.Buffer
	if err := WriteUnsafeDevSRS(&buf, k.CCS); err != nil {
		t.Fatal(err)
	}
	devFile := writeSRS(t, buf.Bytes())
	for _, cached := range []bool{false, true} {
		fromFile, err := SetupPlonk(context.Background(), m, opts, devFile, dir, nil)
		if err != nil || fromFile.Cached != cached || !fromFile.Unsafe() || fromFile.VKHash != k.VKHash ||
			filepath.Base(fromFile.Dir) != k.ID+"-plonk-srs-"+devFile.sha256+"-unsafe-dev" {
			t.Fatalf("development SRS from a file (cached %v): %v, %q in %s", cached, err, fromFile.Setup, fromFile.Dir)
		}
	}

	// an SRS of another toxic value: other keys, named by the file's hash
	nc, _ := plonk.SRSSize(k.CCS)
	other, err := kzgbn254.NewSRS(uint64(nc), big.NewInt(123456789))
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	other.WriteTo(&buf)
	src := writeSRS(t, buf.Bytes())
	ok, err := SetupPlonk(context.Background(), m, opts, src, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok.Unsafe() || ok.VKHash == k.VKHash || filepath.Base(ok.Dir) != k.ID+"-plonk-srs-"+src.sha256 || !strings.Contains(ok.Setup, src.sha256) ||
		strings.Contains(ok.Setup, filepath.Dir(src.path)) {
		t.Errorf("keys of another SRS: unsafe=%v, dir %s, setup %q (no local path)", ok.Unsafe(), ok.Dir, ok.Setup)
	}
	// a cache folder renamed to pose as another SRS's keys is refused
	mimic := SRSFile(src.path, strings.Repeat("a", 64))
	os.Rename(ok.Dir, filepath.Join(dir, PlonkKeyDirName(k.ID, mimic, false)))
	if _, err := SetupPlonk(context.Background(), m, opts, mimic, dir, nil); !errors.Is(err, ErrCorruptKeys) {
		t.Errorf("keys of one SRS under another SRS's name: %v", err)
	}
	// an expected hash that is not one is refused before anything is read
	for _, bad := range []string{"../../x", strings.Repeat("G", 64), src.sha256[:63]} {
		if _, err := SetupPlonk(context.Background(), m, opts, SRSFile(src.path, bad), dir, nil); err == nil || !strings.Contains(err.Error(), "not 64 lowercase hex") {
			t.Errorf("expected hash %q: %v", bad, err)
		}
	}

	// the development SRS zkinfer generates is gnark's unsafekzg SRS of
	// the same seed: the compiled verifier contracts depend on it
	c, l, err := unsafekzg.NewSRS(k.CCS, unsafekzg.WithToxicSeed([]byte(unsafeSeed)))
	if err != nil {
		t.Fatal(err)
	}
	dev, err := UnsafeDevSRS().Load(k.CCS)
	if err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	c.WriteTo(&want)
	l.WriteTo(&want)
	dev.Canonical.WriteTo(&got)
	dev.Lagrange.WriteTo(&got)
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Error("the development SRS differs from unsafekzg's of the same seed")
	}
}

// writeSRS writes SRS bytes to a file and returns it as a source with its
// hash.
func writeSRS(t *testing.T, data []byte) SRSSource {
	path := filepath.Join(t.TempDir(), "srs.bin")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return SRSFile(path, hex.EncodeToString(sum[:]))
}

// checkCorruption flips a byte in each file of a key folder in turn and
// checks that load, which reads the folder, fails with ErrCorruptKeys.
func checkCorruption(t *testing.T, keyDir string, load func() error) {
	t.Helper()
	for _, name := range []string{fileCCS, filePK, fileVK} {
		path := filepath.Join(keyDir, name)
		data, _ := os.ReadFile(path)
		bad := bytes.Clone(data)
		bad[len(bad)/2] ^= 1
		os.WriteFile(path, bad, 0o644)
		if err := load(); !errors.Is(err, ErrCorruptKeys) {
			t.Errorf("%s corrupted: error %v, want ErrCorruptKeys", name, err)
		}
		os.WriteFile(path, data, 0o644)
	}
}
