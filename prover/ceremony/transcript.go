package ceremony

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Phase is the phase a transcript belongs to.
type Phase string

const (
	// Phase1 is the universal powers of τ.
	Phase1 Phase = "phase1"
	// Phase2 is one circuit's δ (and σ per commitment).
	Phase2 Phase = "phase2"
)

// Version is the transcript and SRS file format version.
const Version = 1

const transcriptMagic = "zkinfer ceremony transcript\n"

// Limits on what a transcript may claim before anything is allocated.
const (
	maxHeader        = 1 << 20
	maxContributions = 1 << 12
	// MaxPower bounds phase 1: 2^28 powers is the largest public ceremony.
	MaxPower = 28
)

var (
	// ErrFormat is wrapped when a file is not a transcript or SRS zkinfer
	// can read.
	ErrFormat = errors.New("not a zkinfer ceremony file")
	// ErrContribution is wrapped when a contribution fails its check.
	ErrContribution = errors.New("invalid contribution")
	// ErrStart is wrapped when a transcript's start is not the one its
	// header claims (the phase-1 size, or the circuit and phase 1).
	ErrStart = errors.New("transcript start mismatch")
	// ErrBeacon is wrapped when a seal does not match its beacon.
	ErrBeacon = errors.New("beacon mismatch")
	// ErrNotSealed is wrapped when keys or an SRS are asked of a
	// transcript no beacon has sealed.
	ErrNotSealed = errors.New("transcript not sealed")
)

// Header describes a transcript. The contributions it lists are checked
// against the states it holds: each hash is the SHA-256 of that
// contribution's state, which the next contribution builds on.
type Header struct {
	Version int   `json:"version"`
	Phase   Phase `json:"phase"`
	// Power: the domain has 2^Power points (phase 1: the largest circuit
	// it serves; phase 2: this circuit's).
	Power int `json:"power"`
	// Circuit and Constraints name the circuit of a phase-2 transcript.
	Circuit     string `json:"circuit,omitempty"`
	Constraints int    `json:"constraints,omitempty"`
	// SRS is the sealed phase 1 a phase-2 transcript starts from.
	SRS           *SRSInfo       `json:"phase1,omitempty"`
	Contributions []Contribution `json:"contributions"`
	// Beacon (hex) seals the transcript; empty until sealed.
	Beacon string `json:"beacon,omitempty"`
}

// Contribution is one participant's step.
type Contribution struct {
	// Name is what the contributor called itself; nothing checks it.
	Name string `json:"name,omitempty"`
	// Hash is the SHA-256 of the state the contribution produced: the
	// contributor keeps it and looks for it in the sealed transcript.
	Hash string `json:"hash"`
}

// Short is the form of a contribution hash zkinfer prints for people to
// compare: its first 32 hex digits (128 bits).
func Short(hash string) string {
	if len(hash) > 32 {
		return hash[:32]
	}
	return hash
}

// Transcript is a ceremony file: its header and the encoded state after
// each step, state 0 being the start (gnark's mpcsetup Phase1 or Phase2
// encodings; the SHA-256 of a state is the challenge the next contribution
// answers).
type Transcript struct {
	Header Header
	States [][]byte
}

// Sealed reports whether a beacon has sealed the transcript.
func (t *Transcript) Sealed() bool { return t.Header.Beacon != "" }

// Contributions is the number of contributions, the beacon not counted.
func (t *Transcript) Contributions() int { return len(t.States) - 1 }

// Find returns the 1-based index of the contribution whose hash is or
// starts with hash (at least 32 hex digits), or 0.
func (t *Transcript) Find(hash string) int {
	hash = strings.ToLower(strings.TrimPrefix(hash, "0x"))
	if len(hash) < 32 {
		return 0
	}
	for i, c := range t.Header.Contributions {
		if strings.HasPrefix(c.Hash, hash) {
			return i + 1
		}
	}
	return 0
}

func stateHash(state []byte) string {
	sum := sha256.Sum256(state)
	return hex.EncodeToString(sum[:])
}

// WriteTo writes the transcript: magic, a length-prefixed JSON header,
// then the number of states and each state, length-prefixed.
func (t *Transcript) WriteTo(w io.Writer) (int64, error) {
	hdr, err := json.Marshal(t.Header)
	if err != nil {
		return 0, err
	}
	cw := &countingWriter{w: w}
	bw := bufio.NewWriter(cw)
	bw.WriteString(transcriptMagic)
	binary.Write(bw, binary.BigEndian, uint32(len(hdr)))
	bw.Write(hdr)
	binary.Write(bw, binary.BigEndian, uint32(len(t.States)))
	for _, s := range t.States {
		binary.Write(bw, binary.BigEndian, uint64(len(s)))
		bw.Write(s)
	}
	err = bw.Flush()
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadTranscript reads a transcript of at most size bytes (the file's
// size: no length field may claim more).
func ReadTranscript(r io.Reader, size int64) (*Transcript, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(transcriptMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != transcriptMagic {
		return nil, fmt.Errorf("%w: no transcript magic", ErrFormat)
	}
	var n uint32
	if err := binary.Read(br, binary.BigEndian, &n); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if n > maxHeader || int64(n) > size {
		return nil, fmt.Errorf("%w: header of %d bytes", ErrFormat, n)
	}
	hdr := make([]byte, n)
	if _, err := io.ReadFull(br, hdr); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	t := &Transcript{}
	dec := json.NewDecoder(bytes.NewReader(hdr))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t.Header); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	if err := t.Header.check(); err != nil {
		return nil, err
	}
	if err := binary.Read(br, binary.BigEndian, &n); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if n == 0 || n > maxContributions+1 {
		return nil, fmt.Errorf("%w: %d states", ErrFormat, n)
	}
	if int(n) != len(t.Header.Contributions)+1 {
		return nil, fmt.Errorf("%w: the header lists %d contributions, the file holds %d states after the start", ErrFormat, len(t.Header.Contributions), n-1)
	}
	for i := range n {
		var m uint64
		if err := binary.Read(br, binary.BigEndian, &m); err != nil {
			return nil, fmt.Errorf("%w: state %d: %v", ErrFormat, i, err)
		}
		if m > uint64(size) {
			return nil, fmt.Errorf("%w: state %d claims %d bytes, more than the file", ErrFormat, i, m)
		}
		s := make([]byte, m)
		if _, err := io.ReadFull(br, s); err != nil {
			return nil, fmt.Errorf("%w: state %d: %v", ErrFormat, i, err)
		}
		t.States = append(t.States, s)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: bytes after the last state", ErrFormat)
	}
	return t, nil
}

func (h *Header) check() error {
	if h.Version != Version {
		return fmt.Errorf("%w: version %d, this zkinfer reads %d", ErrFormat, h.Version, Version)
	}
	switch h.Phase {
	case Phase1:
		if h.SRS != nil || h.Circuit != "" {
			return fmt.Errorf("%w: a phase-1 transcript names a circuit or a phase 1", ErrFormat)
		}
	case Phase2:
		if h.SRS == nil || h.Circuit == "" {
			return fmt.Errorf("%w: a phase-2 transcript must name its circuit and phase 1", ErrFormat)
		}
	default:
		return fmt.Errorf("%w: unknown phase %q", ErrFormat, h.Phase)
	}
	if h.Power < 1 || h.Power > MaxPower {
		return fmt.Errorf("%w: power %d outside 1..%d", ErrFormat, h.Power, MaxPower)
	}
	if len(h.Contributions) > maxContributions {
		return fmt.Errorf("%w: %d contributions", ErrFormat, len(h.Contributions))
	}
	if h.Beacon != "" {
		if _, err := ParseBeacon(h.Beacon); err != nil {
			return fmt.Errorf("%w: %v", ErrFormat, err)
		}
	}
	return nil
}

// ParseBeacon reads a beacon given in hex (an optional 0x, at least 16
// bytes: for example a block hash announced before the last contribution).
func ParseBeacon(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.ToLower(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("beacon %q is not hex", s)
	}
	if len(b) < 16 {
		return nil, fmt.Errorf("beacon %q has %d bytes: give at least 16 (for example a block hash)", s, len(b))
	}
	return b, nil
}

// ReadTranscriptFile reads the transcript at path and returns it with the
// file's SHA-256.
func ReadTranscriptFile(path string) (*Transcript, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, "", err
	}
	h := sha256.New()
	t, err := ReadTranscript(io.TeeReader(f, h), st.Size())
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	return t, hex.EncodeToString(h.Sum(nil)), nil
}

// WriteFile writes v to path through a temporary file renamed into place,
// so a crash never leaves half a file, and returns the SHA-256 written.
func WriteFile(path string, v io.WriterTo) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	// transcripts and SRS files are published: readable by all
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return "", err
	}
	h := sha256.New()
	if _, err := v.WriteTo(io.MultiWriter(f, h)); err != nil {
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

// CountContributions says "1 contribution" or "N contributions".
func CountContributions(n int) string {
	if n == 1 {
		return "1 contribution"
	}
	return fmt.Sprintf("%d contributions", n)
}
