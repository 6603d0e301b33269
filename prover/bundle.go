package prover

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/klauspost/compress/zstd"

	"github.com/zkinfer/zkinfer/internal/jsonerr"
)

// BundleVersion is the version of the bundle format written by this build.
const BundleVersion = 2

// BundleMagic opens the binary form of a bundle.
var BundleMagic = [8]byte{'Z', 'K', 'I', 'N', 'F', 'B', 'N', 'D'}

// maxBundle bounds the bundle bytes a reader accepts.
const maxBundle = 16 << 20

// ErrMalformedBundle is wrapped by every error about unreadable bundles.
var ErrMalformedBundle = errors.New("malformed proof bundle")

// ErrOpeningNotBundle is wrapped, with ErrMalformedBundle, when an opening
// is read where a bundle was expected: the usual mix-up of the two files
// Prove's caller writes. ErrBundleNotOpening is the converse.
var (
	ErrOpeningNotBundle = errors.New("an opening (the plaintext input and output and their salts), not a proof bundle")
	ErrBundleNotOpening = errors.New("a proof bundle, not an opening (the plaintext input and output and their salts)")
)

// Bundle is everything a verifier needs to check one inference, and nothing
// secret: the commitments, the public values, the proof and the hash of the
// verifying key it verifies under.
type Bundle struct {
	Version     int     `json:"version"`
	Backend     string  `json:"backend"`
	Curve       string  `json:"curve"`
	CircuitID   string  `json:"circuitId"`
	Options     Options `json:"options"`
	Constraints int     `json:"constraints"`
	// Setup says who could forge proofs under this verifying key.
	Setup            string      `json:"setup"`
	Model            BundleModel `json:"model"`
	InputCommitment  Field       `json:"inputCommitment"`
	OutputCommitment Field       `json:"outputCommitment"`
	// PublicInput is the input when the input is public.
	PublicInput []int8 `json:"publicInput,omitempty"`
	// PublicOutput is the output when the output is public.
	PublicOutput []int8 `json:"publicOutput,omitempty"`
	// Sealed is the output encrypted to the job's buyer key when the
	// output is encrypted: its opening, for the holder of that key alone.
	Sealed *Sealed `json:"sealed,omitempty"`
	// JobTag is the public input that binds the proof to one escrow job
	// (0: made for no job).
	JobTag Field `json:"jobTag"`
	// Job is the job the prover says the tag names; Check refuses a bundle
	// whose job does not hash to JobTag. Only the proof binds the tag: a
	// verifier compares it with the job it expects, never trusts this.
	Job *Job `json:"job,omitempty"`
	// Proof is gnark's encoding of the proof (Groth16: compressed points).
	Proof []byte `json:"proof"`
	// VerifyingKeyHash is the SHA-256 of the verifying key file.
	VerifyingKeyHash string `json:"verifyingKeyHash"`
}

// BundleModel names the model a bundle proves.
type BundleModel struct {
	Name       string `json:"name"`
	Commitment Field  `json:"commitment"`
}

// Statement is the public statement the bundle's proof proves.
func (b *Bundle) Statement() *Statement {
	return &Statement{
		ModelCommitment:  b.Model.Commitment.Element(),
		InputCommitment:  b.InputCommitment.Element(),
		OutputCommitment: b.OutputCommitment.Element(),
		JobTag:           b.JobTag.Element(),
		PublicOutput:     b.PublicOutput,
		Sealed:           b.Sealed,
	}
}

// Check reports a bundle this build cannot verify: unknown version, backend
// or curve, invalid options, or fields that contradict the options.
func (b *Bundle) Check() error {
	switch {
	case b.Version != BundleVersion:
		return fmt.Errorf("%w: version %d, this build reads version %d", ErrMalformedBundle, b.Version, BundleVersion)
	case b.Backend != BackendGroth16 && b.Backend != BackendPlonk || b.Curve != CurveBN254:
		return fmt.Errorf("%w: backend %s on %s, this build verifies %s or %s on %s", ErrMalformedBundle, b.Backend, b.Curve, BackendGroth16, BackendPlonk, CurveBN254)
	case b.Backend != b.Options.System():
		return fmt.Errorf("%w: a %s proof of a circuit for %s", ErrMalformedBundle, b.Backend, b.Options.System())
	case len(b.Proof) == 0:
		return fmt.Errorf("%w: no proof", ErrMalformedBundle)
	case !isHex(b.VerifyingKeyHash, 64):
		return fmt.Errorf("%w: verifying key hash %q is not a SHA-256", ErrMalformedBundle, b.VerifyingKeyHash)
	case !isHex(b.CircuitID, 24):
		return fmt.Errorf("%w: circuit id %q is not 24 hex digits", ErrMalformedBundle, b.CircuitID)
	}
	if err := b.Options.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformedBundle, err)
	}
	if (b.Options.Input == Public) != (b.PublicInput != nil) {
		return fmt.Errorf("%w: input visibility %s with %d public input values", ErrMalformedBundle, b.Options.Input, len(b.PublicInput))
	}
	if (b.Options.Output == Public) != (b.PublicOutput != nil) {
		return fmt.Errorf("%w: output visibility %s with %d public output values", ErrMalformedBundle, b.Options.Output, len(b.PublicOutput))
	}
	if (b.Options.Output == Encrypted) != (b.Sealed != nil) {
		return fmt.Errorf("%w: output visibility %s with no encrypted output, or one that is not asked for", ErrMalformedBundle, b.Options.Output)
	}
	if b.Sealed != nil && len(b.Sealed.Ciphertext) < 2 {
		return fmt.Errorf("%w: a ciphertext of %d elements (the salt and at least one packed element)", ErrMalformedBundle, len(b.Sealed.Ciphertext))
	}
	if err := b.Job.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformedBundle, err)
	}
	if b.Sealed != nil && b.Job != nil && b.Job.BuyerKey != nil && *b.Job.BuyerKey != b.Sealed.BuyerKey {
		return fmt.Errorf("%w: the output is sealed to key %s, the job's buyer key is %s", ErrMalformedBundle, b.Sealed.BuyerKey, *b.Job.BuyerKey)
	}
	if tag := b.Job.Tag(); b.Job != nil && tag != b.JobTag.Element() {
		return fmt.Errorf("%w: job tag %s is not the tag of %s", ErrMalformedBundle, b.JobTag, b.Job)
	}
	return nil
}

// MarshalBinary encodes the bundle in its binary form: magic, version
// (uint16 LE) and the zstd-compressed JSON form.
func (b *Bundle) MarshalBinary() ([]byte, error) {
	js, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		return nil, err
	}
	defer enc.Close()
	head := make([]byte, 10)
	copy(head, BundleMagic[:])
	binary.LittleEndian.PutUint16(head[8:], BundleVersion)
	return enc.EncodeAll(js, head), nil
}

// WriteTo writes the bundle as indented JSON; it implements io.WriterTo.
func (b *Bundle) WriteTo(w io.Writer) (int64, error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(data, '\n'))
	return int64(n), err
}

// ReadFrom reads a bundle in either form (JSON, or binary by its magic) and
// checks it. It implements io.ReaderFrom; errors wrap ErrMalformedBundle.
func (b *Bundle) ReadFrom(r io.Reader) (int64, error) {
	data, err := readBundleBytes(r)
	if err != nil {
		return int64(len(data)), err
	}
	return int64(len(data)), b.decode(data)
}

// readBundleBytes reads a bundle's bytes, at most maxBundle of them.
func readBundleBytes(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBundle+1))
	if err != nil {
		return data, err
	}
	if len(data) > maxBundle {
		return data, fmt.Errorf("%w: larger than %d bytes", ErrMalformedBundle, maxBundle)
	}
	return data, nil
}

func (b *Bundle) decode(data []byte) error {
	if bytes.HasPrefix(data, BundleMagic[:]) {
		if len(data) < 10 {
			return fmt.Errorf("%w: truncated header", ErrMalformedBundle)
		}
		if v := binary.LittleEndian.Uint16(data[8:10]); v != BundleVersion {
			return fmt.Errorf("%w: binary version %d, this build reads version %d", ErrMalformedBundle, v, BundleVersion)
		}
		dec, err := zstd.NewReader(nil, zstd.WithDecoderMaxMemory(maxBundle), zstd.WithDecoderConcurrency(1))
		if err != nil {
			return err
		}
		defer dec.Close()
		if data, err = dec.DecodeAll(data[10:], nil); err != nil {
			return fmt.Errorf("%w: %v", ErrMalformedBundle, err)
		}
	}
	var out Bundle
	if err := jsonerr.Decode(data, &out); err != nil {
		if isOpening(data) {
			return fmt.Errorf("%w: %w", ErrMalformedBundle, ErrOpeningNotBundle)
		}
		return fmt.Errorf("%w: %w", ErrMalformedBundle, err)
	}
	if err := out.Check(); err != nil {
		return err
	}
	*b = out
	return nil
}

// ReadBundleFile reads and checks the bundle in file path, in either form.
// Its errors name the file and say what is wrong with it: empty, the line
// and column of bad JSON, the field of a wrong type, an opening given
// instead (ErrOpeningNotBundle). Errors about the content wrap
// ErrMalformedBundle.
func ReadBundleFile(path string) (*Bundle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b Bundle
	if _, err := b.ReadFrom(f); err != nil {
		return nil, fileError(path, "a proof bundle", err, ErrOpeningNotBundle)
	}
	return &b, nil
}

// fileError names the file of a format error: "path is empty, not
// <what>", "path is <mixup>", or "path: err".
func fileError(path, what string, err, mixup error) error {
	switch {
	case errors.Is(err, jsonerr.ErrEmpty):
		return &namedError{fmt.Sprintf("%s is empty, not %s", path, what), err}
	case errors.Is(err, mixup):
		return &namedError{fmt.Sprintf("%s is %v", path, mixup), err}
	}
	return fmt.Errorf("%s: %w", path, err)
}

// namedError says what is wrong with a file in its own words and wraps
// the error that found it.
type namedError struct {
	msg string
	err error
}

func (e *namedError) Error() string { return e.msg }
func (e *namedError) Unwrap() error { return e.err }

// isOpening reports JSON that holds an opening's fields and no proof.
func isOpening(data []byte) bool {
	keys := jsonerr.Keys(data)
	return !slices.Contains(keys, "proof") && (slices.Contains(keys, "inputSalt") || slices.Contains(keys, "outputSalt"))
}

// isBundle reports a bundle's binary form, or JSON that holds its proof
// or its verifying key hash.
func isBundle(data []byte) bool {
	if bytes.HasPrefix(data, BundleMagic[:]) {
		return true
	}
	keys := jsonerr.Keys(data)
	return slices.Contains(keys, "proof") || slices.Contains(keys, "verifyingKeyHash")
}

// isHex reports whether s is n lowercase hex digits.
func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
