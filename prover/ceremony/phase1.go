package ceremony

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// Sources of a phase-1 SRS.
const (
	SourceCeremony = "zkinfer phase-1 ceremony"
	SourcePtau     = "snarkjs powers of tau"
)

// SRSInfo says where a phase-1 SRS comes from.
type SRSInfo struct {
	Source string `json:"source"`
	// Power: the SRS serves circuits of up to 2^Power constraints.
	Power int `json:"power"`
	// Transcript is the SHA-256 of the sealed phase-1 transcript, or of
	// the .ptau file.
	Transcript    string `json:"transcript"`
	Contributions int    `json:"contributions"`
	Beacon        string `json:"beacon,omitempty"`
	// SHA256 is the SHA-256 of the SRS file: its name everywhere else. It
	// is not stored in the file itself.
	SHA256 string `json:"sha256,omitempty"`
}

// SRS is a sealed phase 1: the powers of τ, α·τ and β·τ every phase 2
// starts from, with their origin.
type SRS struct {
	Info    SRSInfo
	Commons mpcsetup.SrsCommons
	// LagrangeDir, if not empty, is a folder where the Lagrange forms of
	// the SRS that phase 2 starts from are cached (SRS.Lagrange), one
	// file per domain size named by the SRS file's SHA-256: computing one
	// takes longer than the rest of a phase-2 start. It is no part of
	// the SRS file.
	LagrangeDir string
}

const srsMagic = "zkinfer phase-1 srs\n"

// StartPhase1 starts a phase-1 transcript for circuits of up to 2^power
// constraints. Its state 0 holds no randomness: the first contribution
// brings some.
func StartPhase1(power int) (*Transcript, error) {
	if power < 1 || power > MaxPower {
		return nil, fmt.Errorf("power %d outside 1..%d", power, MaxPower)
	}
	var buf bytes.Buffer
	if _, err := mpcsetup.NewPhase1(uint64(1) << power).WriteTo(&buf); err != nil {
		return nil, err
	}
	return &Transcript{Header: Header{Version: Version, Phase: Phase1, Power: power, Contributions: []Contribution{}}, States: [][]byte{buf.Bytes()}}, nil
}

// Contribute adds a contribution to t with fresh randomness (drawn from
// crypto/rand and forgotten when it returns) and returns its hash. It
// builds on the last state as it is; Verify checks the whole transcript.
func Contribute(t *Transcript, name string) (string, error) {
	if t.Sealed() {
		return "", fmt.Errorf("the transcript is sealed (beacon %s): start a new one", t.Header.Beacon)
	}
	if len(t.Header.Contributions) >= maxContributions {
		return "", fmt.Errorf("the transcript holds %d contributions, the most one file may", maxContributions)
	}
	if err := t.checkState(len(t.States) - 1); err != nil {
		return "", err
	}
	last := t.States[len(t.States)-1]
	var buf bytes.Buffer
	switch t.Header.Phase {
	case Phase1:
		var p mpcsetup.Phase1
		if err := decodeState(&p, last); err != nil {
			return "", fmt.Errorf("%w: last state: %v", ErrFormat, err)
		}
		p.Contribute()
		if _, err := p.WriteTo(&buf); err != nil {
			return "", err
		}
	case Phase2:
		var p mpcsetup.Phase2
		if err := decodeState(&p, last); err != nil {
			return "", fmt.Errorf("%w: last state: %v", ErrFormat, err)
		}
		p.Contribute()
		if _, err := p.WriteTo(&buf); err != nil {
			return "", err
		}
	default:
		return "", fmt.Errorf("%w: unknown phase %q", ErrFormat, t.Header.Phase)
	}
	h := stateHash(buf.Bytes())
	t.States = append(t.States, buf.Bytes())
	t.Header.Contributions = append(t.Header.Contributions, Contribution{Name: name, Hash: h})
	return h, nil
}

// decodeState reads one gnark state, refusing trailing bytes.
func decodeState(v io.ReaderFrom, b []byte) error {
	n, err := v.ReadFrom(bytes.NewReader(b))
	if err != nil {
		return err
	}
	if n != int64(len(b)) {
		return fmt.Errorf("%d bytes after the state", int64(len(b))-n)
	}
	return nil
}

// checkHashes checks that the header lists each state's hash.
func (t *Transcript) checkHashes() error {
	for i, c := range t.Header.Contributions {
		if h := stateHash(t.States[i+1]); h != c.Hash {
			return fmt.Errorf("%w: contribution %d%s: its state hashes to %s, the header says %s", ErrContribution, i+1, named(c.Name), Short(h), Short(c.Hash))
		}
	}
	return nil
}

func named(name string) string {
	if name == "" {
		return ""
	}
	return fmt.Sprintf(" (%q)", name)
}

// contributionError names the step a gnark verification failed at.
func contributionError(t *Transcript, i int, err error) error {
	what := "its update does not check out: " + err.Error()
	if strings.Contains(what, "challenge does not match") {
		what = fmt.Sprintf("it does not build on contribution %d: a contribution is missing, reordered or altered", i-1)
		if i == 1 {
			what = "it does not build on the transcript's start"
		}
	}
	return fmt.Errorf("%w: contribution %d%s: %s", ErrContribution, i, named(t.Header.Contributions[i-1].Name), what)
}

// verifyPhase1 checks every step of a phase-1 transcript and returns its
// last state.
func verifyPhase1(t *Transcript, progress func(i int)) (*mpcsetup.Phase1, error) {
	if t.Header.Phase != Phase1 {
		return nil, fmt.Errorf("%w: a %s transcript, not phase 1", ErrFormat, t.Header.Phase)
	}
	// the layout first: the start is as large as the power says, so a
	// header cannot make this allocate more than the file holds
	for i := range t.States {
		if err := t.checkState(i); err != nil {
			return nil, err
		}
	}
	start, err := StartPhase1(t.Header.Power)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(start.States[0], t.States[0]) {
		return nil, fmt.Errorf("%w: state 0 is not the start of a phase 1 of power %d", ErrStart, t.Header.Power)
	}
	if err := t.checkHashes(); err != nil {
		return nil, err
	}
	prev := mpcsetup.NewPhase1(uint64(1) << t.Header.Power)
	for i := 1; i < len(t.States); i++ {
		if progress != nil {
			progress(i)
		}
		next := new(mpcsetup.Phase1)
		if err := decodeState(next, t.States[i]); err != nil {
			return nil, fmt.Errorf("%w: contribution %d%s: %v", ErrContribution, i, named(t.Header.Contributions[i-1].Name), err)
		}
		if err := prev.Verify(next); err != nil {
			return nil, contributionError(t, i, err)
		}
		prev = next
	}
	return prev, nil
}

// Verify checks every contribution of a transcript from its start: each
// proof of knowledge, each update's consistency, and that each builds on
// the hash of the one before. A phase-2 transcript's start is checked by
// VerifyPhase2, which needs the circuit. progress, if not nil, is called
// before contribution i is checked.
func Verify(t *Transcript, progress func(i int)) error {
	switch t.Header.Phase {
	case Phase1:
		_, err := verifyPhase1(t, progress)
		return err
	case Phase2:
		_, err := verifyPhase2Chain(t, progress)
		return err
	}
	return fmt.Errorf("%w: unknown phase %q", ErrFormat, t.Header.Phase)
}

// Seal verifies t, then records beacon in its header: no contribution
// can be added after it. Keys or an SRS are derived from a sealed
// transcript by SealPhase1 or VerifyPhase2, which apply the beacon;
// SealSRS seals a phase 1 and gives its SRS with one verification.
func Seal(t *Transcript, beacon []byte, progress func(i int)) error {
	if err := sealable(t, beacon); err != nil {
		return err
	}
	if err := Verify(t, progress); err != nil {
		return err
	}
	t.Header.Beacon = hex.EncodeToString(beacon)
	return nil
}

func sealable(t *Transcript, beacon []byte) error {
	if t.Sealed() {
		return fmt.Errorf("the transcript is already sealed (beacon %s)", t.Header.Beacon)
	}
	if len(beacon) < 16 {
		return fmt.Errorf("a beacon of %d bytes: give at least 16 (for example a block hash)", len(beacon))
	}
	return noContribution(t)
}

func noContribution(t *Transcript) error {
	if t.Contributions() == 0 {
		return fmt.Errorf("%w: the transcript has no contribution: a beacon alone is public randomness", ErrContribution)
	}
	return nil
}

// SealSRS verifies a phase-1 transcript, seals it with beacon and returns
// the SRS it gives: Seal then SealPhase1, with every contribution checked
// once instead of twice.
func SealSRS(t *Transcript, beacon []byte, progress func(i int)) (*SRS, error) {
	if t.Header.Phase != Phase1 {
		return nil, fmt.Errorf("%w: a %s transcript gives keys, not an SRS", ErrFormat, t.Header.Phase)
	}
	if err := sealable(t, beacon); err != nil {
		return nil, err
	}
	last, err := verifyPhase1(t, progress)
	if err != nil {
		return nil, err
	}
	t.Header.Beacon = hex.EncodeToString(beacon)
	return sealedSRS(t, last, beacon)
}

// SealPhase1 verifies a sealed phase-1 transcript and applies its beacon:
// the result is the SRS every phase 2 of up to 2^Power constraints can
// start from. It is deterministic, so anyone can rerun it on the
// transcript and compare the SRS file's hash.
func SealPhase1(t *Transcript, progress func(i int)) (*SRS, error) {
	if !t.Sealed() {
		return nil, fmt.Errorf("%w: seal it with a beacon first", ErrNotSealed)
	}
	if err := noContribution(t); err != nil {
		return nil, err
	}
	beacon, _ := ParseBeacon(t.Header.Beacon)
	last, err := verifyPhase1(t, progress)
	if err != nil {
		return nil, err
	}
	return sealedSRS(t, last, beacon)
}

// sealedSRS applies the beacon to the last state of a verified, sealed
// transcript. The SRS names the transcript by the SHA-256 of its
// encoding (its file's) and carries its own file's SHA-256.
func sealedSRS(t *Transcript, last *mpcsetup.Phase1, beacon []byte) (*SRS, error) {
	th, err := hashOf(t)
	if err != nil {
		return nil, err
	}
	srs := &SRS{Info: SRSInfo{Source: SourceCeremony, Power: t.Header.Power, Transcript: th,
		Contributions: t.Contributions(), Beacon: t.Header.Beacon}}
	srs.Commons = last.Seal(beacon)
	if srs.Info.SHA256, err = hashOf(srs); err != nil {
		return nil, err
	}
	return srs, nil
}

// hashOf is the SHA-256 of what v writes: a transcript's or an SRS's
// file hash, computed without the file.
func hashOf(v io.WriterTo) (string, error) {
	h := sha256.New()
	if _, err := v.WriteTo(h); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Domain is the number of points of the SRS's domain.
func (s *SRS) Domain() int { return len(s.Commons.G2.Tau) }

// For returns the SRS cut to a domain of n points (a power of two no
// larger than the SRS's): what a circuit of up to n constraints starts
// from. The slices are shared.
func (s *SRS) For(n int) (*mpcsetup.SrsCommons, error) {
	if n < 2 || n&(n-1) != 0 {
		return nil, fmt.Errorf("domain size %d is not a power of two", n)
	}
	if n > s.Domain() {
		return nil, fmt.Errorf("the circuit needs a phase 1 of %d points (power %d), this one has %d (power %d)", n, log2(n), s.Domain(), s.Info.Power)
	}
	c := &mpcsetup.SrsCommons{}
	c.G1.Tau = s.Commons.G1.Tau[:2*n-1]
	c.G1.AlphaTau = s.Commons.G1.AlphaTau[:n]
	c.G1.BetaTau = s.Commons.G1.BetaTau[:n]
	c.G2.Tau = s.Commons.G2.Tau[:n]
	c.G2.Beta = s.Commons.G2.Beta
	return c, nil
}

func log2(n int) int {
	p := 0
	for 1<<p < n {
		p++
	}
	return p
}

// WriteTo writes the SRS: magic, a length-prefixed JSON header (Info
// without SHA256), then the points uncompressed (no square root to decode)
// in the order of gnark's SrsCommons encoding.
func (s *SRS) WriteTo(w io.Writer) (int64, error) {
	info := s.Info
	info.SHA256 = ""
	hdr, err := json.Marshal(info)
	if err != nil {
		return 0, err
	}
	cw := &countingWriter{w: w}
	bw := bufio.NewWriterSize(cw, 1<<20)
	bw.WriteString(srsMagic)
	binary.Write(bw, binary.BigEndian, uint32(len(hdr)))
	bw.Write(hdr)
	c := &s.Commons
	enc := curve.NewEncoder(bw, curve.RawEncoding())
	items := []any{uint64(len(c.G2.Tau)), &c.G2.Beta}
	for _, v := range items {
		if err := enc.Encode(v); err != nil {
			return cw.n, err
		}
	}
	for _, sl := range [][]curve.G1Affine{c.G1.Tau[1:]} {
		for i := range sl {
			if err := enc.Encode(&sl[i]); err != nil {
				return cw.n, err
			}
		}
	}
	for i := range c.G2.Tau[1:] {
		if err := enc.Encode(&c.G2.Tau[1+i]); err != nil {
			return cw.n, err
		}
	}
	for _, sl := range [][]curve.G1Affine{c.G1.BetaTau, c.G1.AlphaTau} {
		for i := range sl {
			if err := enc.Encode(&sl[i]); err != nil {
				return cw.n, err
			}
		}
	}
	err = bw.Flush()
	return cw.n, err
}

// IsSRS reports data that starts as an SRS file does.
func IsSRS(data []byte) bool { return bytes.HasPrefix(data, []byte(srsMagic)) }

// ReadSRS reads an SRS file of size bytes written by WriteTo. Every
// point is checked to be on the curve and in its subgroup.
func ReadSRS(r io.Reader, size int64) (*SRS, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	magic := make([]byte, len(srsMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != srsMagic {
		return nil, fmt.Errorf("%w: not a phase-1 SRS (no magic)", ErrFormat)
	}
	var n uint32
	if err := binary.Read(br, binary.BigEndian, &n); err != nil || n > maxHeader {
		return nil, fmt.Errorf("%w: SRS header", ErrFormat)
	}
	hdr := make([]byte, n)
	if _, err := io.ReadFull(br, hdr); err != nil {
		return nil, fmt.Errorf("%w: SRS header: %v", ErrFormat, err)
	}
	s := &SRS{}
	dec := json.NewDecoder(bytes.NewReader(hdr))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s.Info); err != nil {
		return nil, fmt.Errorf("%w: SRS header: %v", ErrFormat, err)
	}
	if s.Info.Power < 1 || s.Info.Power > MaxPower {
		return nil, fmt.Errorf("%w: SRS power %d outside 1..%d", ErrFormat, s.Info.Power, MaxPower)
	}
	// gnark's reader sizes the slices from the domain size it reads first:
	// peek at it to refuse a size the header does not announce
	peek, err := br.Peek(8)
	if err != nil {
		return nil, fmt.Errorf("%w: SRS points: %v", ErrFormat, err)
	}
	d := binary.BigEndian.Uint64(peek)
	if d != uint64(1)<<s.Info.Power {
		return nil, fmt.Errorf("%w: SRS of %d points, its header says power %d", ErrFormat, d, s.Info.Power)
	}
	// compressed points take 192 bytes per power of τ, raw ones 384:
	// refuse a domain the file is too short for before allocating it
	if int64(d) > size/192 {
		return nil, fmt.Errorf("%w: SRS of %d points in a file of %d bytes", ErrFormat, d, size)
	}
	if _, err := s.Commons.ReadFrom(br); err != nil {
		return nil, fmt.Errorf("%w: SRS points: %v", ErrFormat, err)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: bytes after the SRS points", ErrFormat)
	}
	return s, nil
}

// ReadSRSFile reads the SRS at path and sets Info.SHA256 to the file's
// hash; if want is not empty, the hash must be it.
func ReadSRSFile(path, want string) (*SRS, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	s, err := ReadSRS(io.TeeReader(f, h), st.Size())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s.Info.SHA256 = hex.EncodeToString(h.Sum(nil))
	if want != "" && s.Info.SHA256 != want {
		return nil, fmt.Errorf("%w: phase-1 SRS %s has sha256 %s, expected %s", ErrStart, path, s.Info.SHA256, want)
	}
	return s, nil
}
