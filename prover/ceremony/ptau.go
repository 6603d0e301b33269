package ceremony

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	cmpcsetup "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"golang.org/x/crypto/blake2b"
)

// ErrPtau is wrapped by every error that ReadPtau, CheckPowers and Truncate
// return, so callers can tell a bad powers-of-tau file or SRS from other
// failures with errors.Is.
var ErrPtau = errors.New("ptau")

// PtauInfo describes a .ptau file read by ReadPtau.
type PtauInfo struct {
	// Power is the file's power: it holds 2^Power powers of τ in 𝔾₂ and
	// 2^(Power+1)-1 in 𝔾₁.
	Power int
	// CeremonyPower is the power of the ceremony the file comes from; it is
	// larger than Power when the file was cut with `snarkjs powersoftau
	// truncate` (the Hermez powersOfTau28_hez_final_NN.ptau files have 28).
	CeremonyPower int
	// ReadPower is the power of the SrsCommons ReadPtau returned:
	// min(Power, maxPower), or Power when maxPower is 0.
	ReadPower int
	// Contributions is the number of contributions section 7 lists,
	// the final random beacon included.
	Contributions int
	// Contributors are those contributions, in ceremony order.
	Contributors []PtauContribution
	// SHA256 is the hex SHA-256 of the whole file.
	SHA256 string
	// Blake2b is the hex BLAKE2b-512 of the whole file (what b2sum prints):
	// the hash snarkjs's README publishes for the Hermez ceremony files.
	Blake2b string
}

// PtauContribution is one entry of a .ptau file's contributions section, as
// snarkjs records it. Only the descriptive fields are kept: the contribution's
// points and proofs of knowledge are what `snarkjs powersoftau verify`
// checks, and are not checked here.
type PtauContribution struct {
	// Name is the name the contributor gave (at most 64 characters in
	// snarkjs; bytes that are not UTF-8 are replaced).
	Name string
	// Beacon reports a random-beacon contribution (snarkjs type 1).
	Beacon bool
	// BeaconHash is the beacon's input, hex, for a beacon contribution.
	BeaconHash string
	// BeaconIterationsExp is the beacon's log₂ of hash iterations.
	BeaconIterationsExp int
}

// The snarkjs .ptau layout, checked against snarkjs 0.7.6 (src/powersoftau_new.js,
// src/powersoftau_utils.js, @iden3/binfileutils) and wasmcurves (the field and
// curve code snarkjs runs).
const (
	ptauMagic   = "ptau"
	ptauVersion = 1
	// ptauMaxPower is the largest power snarkjs makes ("Power must be between
	// 1 and 28") and the 2-adicity of BN254's scalar field: no FFT domain is
	// larger than 2^28.
	ptauMaxPower = 28

	ptauFpBytes = fp.Bytes        // n8 = 32: one base field element
	ptauG1Bytes = 2 * ptauFpBytes // x, y
	ptauG2Bytes = 4 * ptauFpBytes // x.c0, x.c1, y.c0, y.c1

	// the fixed part of a contribution record in section 7: tauG1, tauG2,
	// alphaG1, betaG1, betaG2, the public key (6 𝔾₁ + 3 𝔾₂ points), the
	// blake2b partial hash (216 bytes), the next challenge (64) and the
	// type (u32); a u32 parameter length and the parameters follow.
	ptauContributionBytes = 3*ptauG1Bytes + 2*ptauG2Bytes + 6*ptauG1Bytes + 3*ptauG2Bytes + 216 + 64 + 4

	// the most bytes a contribution's parameters take: a name and a beacon
	// hash (type, length byte, at most 255 bytes) and the beacon's iteration
	// exponent (type, one byte)
	ptauMaxParamBytes = 2*(2+255) + 2

	// points decoded and checked per batch: bounds the read buffer to 1 MiB
	ptauPointBatch = 1 << 13
)

// section ids of a .ptau file
const (
	secHeader        = 1
	secTauG1         = 2
	secTauG2         = 3
	secAlphaTauG1    = 4
	secBetaTauG1     = 5
	secBetaG2        = 6
	secContributions = 7
)

var ptauSectionNames = map[uint32]string{
	secHeader:        "header",
	secTauG1:         "tauG1",
	secTauG2:         "tauG2",
	secAlphaTauG1:    "alphaTauG1",
	secBetaTauG1:     "betaTauG1",
	secBetaG2:        "betaG2",
	secContributions: "contributions",
}

func ptauSectionName(id uint32) string {
	if n, ok := ptauSectionNames[id]; ok {
		return fmt.Sprintf("section %d (%s)", id, n)
	}
	return fmt.Sprintf("section %d", id)
}

// qLimbs is BN254's base field modulus as 4 little-endian 64-bit limbs.
var qLimbs = func() (l [4]uint64) {
	be := fp.Modulus().FillBytes(make([]byte, ptauFpBytes))
	for i := range l {
		l[i] = binary.BigEndian.Uint64(be[ptauFpBytes-8*(i+1):])
	}
	return l
}()

// ReadPtau reads a snarkjs powers-of-tau file for BN254 (snarkjs's "bn128":
// the Perpetual Powers of Tau and Hermez ceremonies' files) into the
// circuit-independent part of a Groth16 SRS, for a domain of N = 2^power
// points, or N = 2^min(power, maxPower) when maxPower > 0: a larger file is
// then truncated, not refused. maxPower must not be negative.
//
// ReadPtau checks the file's structure and every point it returns (reduced
// coordinates, not the point at infinity, on the curve, in the prime-order
// subgroup: for 𝔾₂ that is a real check, 𝔾₁ has cofactor 1), but not that
// the points are powers of one τ: call CheckPowers for that. It does not
// check the ceremony's transcript either (the contributions' proofs of
// knowledge, as `snarkjs powersoftau verify` does): that τ is unknown to
// anyone rests on the ceremony, and on the file being the published one,
// which the hashes in PtauInfo let a caller compare.
//
// The format (snarkjs binfile "ptau", version 1), all integers little-endian:
//
//	"ptau" | version u32 = 1 | section count u32 | sections
//	section: id u32 | size u64 | size bytes
//	1 header:           n8 u32 = 32 | q (n8 bytes) | power u32 | ceremonyPower u32
//	2 tauG1:            2^(power+1)-1 𝔾₁ points [τⁱ]₁
//	3 tauG2:            2^power 𝔾₂ points [τⁱ]₂
//	4 alphaTauG1:       2^power 𝔾₁ points [ατⁱ]₁
//	5 betaTauG1:        2^power 𝔾₁ points [βτⁱ]₁
//	6 betaG2:           one 𝔾₂ point [β]₂
//	7 contributions:    count u32 | records (see PtauContribution)
//	12-15 (optional):   Lagrange forms `snarkjs powersoftau prepare phase2` adds
//
// A point is its affine coordinates, uncompressed, each base field element in
// Montgomery form (x·2²⁵⁶ mod q) as 32 little-endian bytes; a 𝔾₂ coordinate
// is c0 then c1. That is byte for byte the memory layout of gnark-crypto's
// fp.Element (4 little-endian uint64 limbs, Montgomery form with R = 2²⁵⁶),
// so limbs are read directly, after checking they are below q. snarkjs
// writes the point at infinity as all zeros; it cannot appear in an honest
// file (it would mean τ, α or β is 0) and is refused.
//
// ReadPtau reads r once, to its end (the hashes cover the whole file);
// it requires the header to be the first section, sections 1 to 7 exactly
// once each, their sizes to match the header's power, and nothing after the
// last section. Sections it does not use (Lagrange forms, points beyond the
// truncation) are read past without being decoded. Memory grows with what
// the file actually holds, never with what a header claims.
func ReadPtau(r io.Reader, maxPower int) (*mpcsetup.SrsCommons, PtauInfo, error) {
	if maxPower < 0 {
		return nil, PtauInfo{}, ptauErr("maxPower %d is negative", maxPower)
	}
	sha := sha256.New()
	b2, err := blake2b.New512(nil)
	if err != nil {
		return nil, PtauInfo{}, ptauErr("blake2b: %v", err)
	}
	p := &ptauParser{
		br:       bufio.NewReaderSize(io.TeeReader(r, io.MultiWriter(sha, b2)), 1<<16),
		maxPower: maxPower,
	}
	c, info, err := p.parse()
	if err != nil {
		return nil, PtauInfo{}, err
	}
	info.SHA256 = hex.EncodeToString(sha.Sum(nil))
	info.Blake2b = hex.EncodeToString(b2.Sum(nil))
	return c, info, nil
}

type ptauParser struct {
	br       *bufio.Reader
	maxPower int

	// the section being read: its id, and what of its declared size is left
	id  uint32
	sec *io.LimitedReader

	info PtauInfo
	n    int // 2^info.ReadPower
	c    mpcsetup.SrsCommons
}

func ptauErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrPtau}, args...)...)
}

// fileErr wraps an error reading the file outside any section
func fileErr(err error, where string) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return ptauErr("file ends %s", where)
	}
	return fmt.Errorf("%w: reading %s: %w", ErrPtau, where, err)
}

// secErr wraps an error reading inside the current section
func (p *ptauParser) secErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if p.sec.N == 0 {
			return ptauErr("%s: contents run past the section's declared size", ptauSectionName(p.id))
		}
		return ptauErr("file ends inside %s", ptauSectionName(p.id))
	}
	return fmt.Errorf("%w: reading %s: %w", ErrPtau, ptauSectionName(p.id), err)
}

func (p *ptauParser) read(buf []byte) error {
	if _, err := io.ReadFull(p.sec, buf); err != nil {
		return p.secErr(err)
	}
	return nil
}

func (p *ptauParser) u32() (uint32, error) {
	var b [4]byte
	if err := p.read(b[:]); err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b[:]), nil
}

func (p *ptauParser) skip(n int64) error {
	if m, err := io.CopyN(io.Discard, p.sec, n); err != nil || m != n {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return p.secErr(err)
	}
	return nil
}

func (p *ptauParser) parse() (*mpcsetup.SrsCommons, PtauInfo, error) {
	var head [12]byte
	if _, err := io.ReadFull(p.br, head[:]); err != nil {
		return nil, PtauInfo{}, fileErr(err, "in the file header")
	}
	if string(head[:4]) != ptauMagic {
		return nil, PtauInfo{}, ptauErr("not a .ptau file: magic %q, want %q", head[:4], ptauMagic)
	}
	if v := binary.LittleEndian.Uint32(head[4:]); v != ptauVersion {
		return nil, PtauInfo{}, ptauErr("file format version %d, want %d", v, ptauVersion)
	}
	nSections := binary.LittleEndian.Uint32(head[8:])

	seen := make(map[uint32]bool)
	for i := uint32(0); i < nSections; i++ {
		var sh [12]byte
		if _, err := io.ReadFull(p.br, sh[:]); err != nil {
			return nil, PtauInfo{}, fileErr(err, fmt.Sprintf("in the header of section %d of the %d it declares", i+1, nSections))
		}
		p.id = binary.LittleEndian.Uint32(sh[:])
		size := binary.LittleEndian.Uint64(sh[4:])
		if i == 0 && p.id != secHeader {
			return nil, PtauInfo{}, ptauErr("first section is %s, want the header, section 1", ptauSectionName(p.id))
		}
		if size > math.MaxInt64 {
			return nil, PtauInfo{}, ptauErr("%s declares %d bytes", ptauSectionName(p.id), size)
		}
		known := p.id >= secHeader && p.id <= secContributions
		if known && seen[p.id] {
			return nil, PtauInfo{}, ptauErr("%s appears twice", ptauSectionName(p.id))
		}
		seen[p.id] = true
		p.sec = &io.LimitedReader{R: p.br, N: int64(size)}

		var err error
		switch p.id {
		case secHeader:
			err = p.header(size)
		case secTauG1:
			p.c.G1.Tau, err = readPtauPoints(p, size, 2<<p.info.Power-1, 2*p.n-1, ptauG1Bytes, decodePtauG1)
		case secTauG2:
			p.c.G2.Tau, err = readPtauPoints(p, size, 1<<p.info.Power, p.n, ptauG2Bytes, decodePtauG2)
		case secAlphaTauG1:
			p.c.G1.AlphaTau, err = readPtauPoints(p, size, 1<<p.info.Power, p.n, ptauG1Bytes, decodePtauG1)
		case secBetaTauG1:
			p.c.G1.BetaTau, err = readPtauPoints(p, size, 1<<p.info.Power, p.n, ptauG1Bytes, decodePtauG1)
		case secBetaG2:
			var beta []curve.G2Affine
			if beta, err = readPtauPoints(p, size, 1, 1, ptauG2Bytes, decodePtauG2); err == nil {
				p.c.G2.Beta = beta[0]
			}
		case secContributions:
			err = p.contributions(size)
		default: // Lagrange forms (12-15) and anything else snarkjs would ignore
			err = p.skip(int64(size))
		}
		if err != nil {
			return nil, PtauInfo{}, err
		}
		if p.sec.N != 0 { // every case consumes exactly size bytes or fails
			return nil, PtauInfo{}, ptauErr("%s: %d bytes left unread", ptauSectionName(p.id), p.sec.N)
		}
	}
	for id := uint32(secHeader); id <= secContributions; id++ {
		if !seen[id] {
			return nil, PtauInfo{}, ptauErr("missing %s", ptauSectionName(id))
		}
	}
	if _, err := p.br.ReadByte(); err == nil {
		return nil, PtauInfo{}, ptauErr("data after the last of the %d sections the file declares", nSections)
	} else if err != io.EOF {
		return nil, PtauInfo{}, fileErr(err, "after the last section")
	}
	return &p.c, p.info, nil
}

func (p *ptauParser) header(size uint64) error {
	n8, err := p.u32()
	if err != nil {
		return err
	}
	if n8 != ptauFpBytes {
		return ptauErr("header: field elements of %d bytes; only BN254 (snarkjs bn128, 32 bytes) is supported", n8)
	}
	if want := uint64(4 + ptauFpBytes + 4 + 4); size != want {
		return ptauErr("header: section 1 is %d bytes, want %d", size, want)
	}
	var q [ptauFpBytes]byte
	if err := p.read(q[:]); err != nil {
		return err
	}
	for i, l := range qLimbs {
		if binary.LittleEndian.Uint64(q[8*i:]) != l {
			return ptauErr("header: prime q is not BN254's base field modulus: the file is for another curve")
		}
	}
	power, err := p.u32()
	if err != nil {
		return err
	}
	ceremonyPower, err := p.u32()
	if err != nil {
		return err
	}
	if power < 1 || power > ptauMaxPower {
		return ptauErr("header: power %d, want 1 to %d", power, ptauMaxPower)
	}
	if ceremonyPower < power || ceremonyPower > ptauMaxPower {
		return ptauErr("header: ceremony power %d, want %d (the file's power) to %d", ceremonyPower, power, ptauMaxPower)
	}
	p.info.Power, p.info.CeremonyPower = int(power), int(ceremonyPower)
	p.info.ReadPower = p.info.Power
	if p.maxPower > 0 && p.maxPower < p.info.ReadPower {
		p.info.ReadPower = p.maxPower
	}
	p.n = 1 << p.info.ReadPower
	return nil
}

// readPtauPoints reads a section of total points of size bytes each, of which
// the first keep are decoded and checked, the rest read past.
func readPtauPoints[T any](p *ptauParser, size uint64, total, keep, pointSize int, decode func([]byte, *T) error) ([]T, error) {
	if p.info.Power == 0 { // cannot happen: section 1 comes first
		return nil, ptauErr("%s before the header", ptauSectionName(p.id))
	}
	if want := uint64(total) * uint64(pointSize); size != want {
		noun := "points"
		if total == 1 {
			noun = "point"
		}
		return nil, ptauErr("%s is %d bytes, want %d: power %d makes it %d %s of %d bytes",
			ptauSectionName(p.id), size, want, p.info.Power, total, noun, pointSize)
	}
	buf := make([]byte, min(keep, ptauPointBatch)*pointSize)
	var out []T
	for done := 0; done < keep; {
		n := min(keep-done, ptauPointBatch)
		b := buf[:n*pointSize]
		if err := p.read(b); err != nil {
			return nil, err
		}
		out = growPoints(out, done+n, keep)
		pts := out[done : done+n]
		if i, err := firstFailure(n, func(i int) error {
			return decode(b[i*pointSize:(i+1)*pointSize], &pts[i])
		}); err != nil {
			return nil, ptauErr("%s: point %d %v", ptauSectionName(p.id), done+i, err)
		}
		done += n
	}
	if err := p.skip(int64(total-keep) * int64(pointSize)); err != nil {
		return nil, err
	}
	return out, nil
}

// growPoints returns s with length n, reallocating by doubling up to limit, so
// that memory follows the points actually read.
func growPoints[T any](s []T, n, limit int) []T {
	if n > cap(s) {
		s = append(make([]T, 0, min(max(2*cap(s), n), limit)), s...)
	}
	return s[:n]
}

// firstFailure runs check(i) for i in [0, n), spread over the CPUs, and
// returns the lowest i that failed, with its error, or nil.
func firstFailure(n int, check func(i int) error) (int, error) {
	workers := min(runtime.GOMAXPROCS(0), (n+255)/256)
	if workers <= 1 {
		for i := range n {
			if err := check(i); err != nil {
				return i, err
			}
		}
		return -1, nil
	}
	idx := make([]int, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				if err := check(i); err != nil {
					idx[w], errs[w] = i, err
					return
				}
			}
		})
	}
	wg.Wait()
	for w := range workers { // ranges are in order: the first failure is the lowest
		if errs[w] != nil {
			return idx[w], errs[w]
		}
	}
	return -1, nil
}

// setMontFp reads a base field element stored in Montgomery form as 32
// little-endian bytes, the layout of fp.Element's limbs; false if it is
// not below q.
func setMontFp(e *fp.Element, b []byte) bool {
	for i := range e {
		e[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	for i := len(e) - 1; i >= 0; i-- {
		if e[i] != qLimbs[i] {
			return e[i] < qLimbs[i]
		}
	}
	return false // e = q
}

var (
	errPointNotReduced = errors.New("has a coordinate that is not a reduced field element")
	errPointInfinity   = errors.New("is the point at infinity")
	errPointNotOnCurve = errors.New("is not on the curve")
	errPointNotInGroup = errors.New("is not in the prime-order subgroup")
)

func decodePtauG1(b []byte, pt *curve.G1Affine) error {
	if !setMontFp(&pt.X, b[:ptauFpBytes]) || !setMontFp(&pt.Y, b[ptauFpBytes:]) {
		return errPointNotReduced
	}
	return checkG1Point(pt)
}

func decodePtauG2(b []byte, pt *curve.G2Affine) error {
	if !setMontFp(&pt.X.A0, b[:ptauFpBytes]) || !setMontFp(&pt.X.A1, b[ptauFpBytes:2*ptauFpBytes]) ||
		!setMontFp(&pt.Y.A0, b[2*ptauFpBytes:3*ptauFpBytes]) || !setMontFp(&pt.Y.A1, b[3*ptauFpBytes:]) {
		return errPointNotReduced
	}
	return checkG2Point(pt)
}

// checkG1Point accepts a point of 𝔾₁ other than the identity; 𝔾₁ is the whole
// curve (cofactor 1), so being on it is enough.
func checkG1Point(pt *curve.G1Affine) error {
	if pt.IsInfinity() {
		return errPointInfinity
	}
	if !pt.IsOnCurve() {
		return errPointNotOnCurve
	}
	return nil
}

// checkG2Point accepts a point of 𝔾₂ other than the identity. The twist has a
// large cofactor, so a point on it need not be in 𝔾₂.
func checkG2Point(pt *curve.G2Affine) error {
	if pt.IsInfinity() {
		return errPointInfinity
	}
	if !pt.IsOnCurve() {
		return errPointNotOnCurve
	}
	if !pt.IsInSubGroup() {
		return errPointNotInGroup
	}
	return nil
}

// contributions parses section 7 the way snarkjs's readContributions does.
func (p *ptauParser) contributions(size uint64) error {
	count, err := p.u32()
	if err != nil {
		return err
	}
	// each record is at least its fixed part and a parameter length
	if need := uint64(count) * (ptauContributionBytes + 4); size < 4 || need > size-4 {
		return ptauErr("%s: %d contributions cannot fit in %d bytes", ptauSectionName(p.id), count, size)
	}
	p.info.Contributions = int(count)
	p.info.Contributors = make([]PtauContribution, 0, min(count, 256)) // count is only declared
	fixed := make([]byte, ptauContributionBytes)
	for k := range int(count) {
		if err := p.read(fixed); err != nil {
			return err
		}
		typ := binary.LittleEndian.Uint32(fixed[ptauContributionBytes-4:])
		paramLen, err := p.u32()
		if err != nil {
			return err
		}
		if paramLen > ptauMaxParamBytes {
			return ptauErr("%s: contribution %d declares %d bytes of parameters, more than the %d its three parameters can take",
				ptauSectionName(p.id), k+1, paramLen, ptauMaxParamBytes)
		}
		params := make([]byte, paramLen)
		if err := p.read(params); err != nil {
			return err
		}
		c, err := parsePtauParams(params)
		if err != nil {
			return ptauErr("%s: contribution %d: %v", ptauSectionName(p.id), k+1, err)
		}
		c.Beacon = typ == 1 // snarkjs: 0 a contribution, 1 a beacon
		p.info.Contributors = append(p.info.Contributors, c)
	}
	return nil
}

// parsePtauParams reads a contribution's parameters: a sequence of
// (type byte, value) in increasing type order, 1 the name (length byte,
// UTF-8), 2 the beacon's log₂ iterations (one byte), 3 the beacon hash
// (length byte, bytes).
func parsePtauParams(b []byte) (PtauContribution, error) {
	var c PtauContribution
	last := byte(0)
	for len(b) > 0 {
		t := b[0]
		b = b[1:]
		if t <= last {
			return c, fmt.Errorf("parameter %d out of order", t)
		}
		last = t
		switch t {
		case 1, 3:
			if len(b) < 1 || len(b) < 1+int(b[0]) {
				return c, fmt.Errorf("parameter %d runs past the parameters", t)
			}
			v := b[1 : 1+int(b[0])]
			b = b[1+int(b[0]):]
			if t == 1 {
				c.Name = strings.ToValidUTF8(string(v), "\uFFFD")
			} else {
				c.BeaconHash = hex.EncodeToString(v)
			}
		case 2:
			if len(b) < 1 {
				return c, fmt.Errorf("parameter %d runs past the parameters", t)
			}
			c.BeaconIterationsExp = int(b[0])
			b = b[1:]
		default:
			return c, fmt.Errorf("unknown parameter type %d", t)
		}
	}
	return c, nil
}

// srsShape checks that c has the lengths of an SRS for a domain of N points,
// N a power of two, and returns N.
func srsShape(c *mpcsetup.SrsCommons) (int, error) {
	if c == nil {
		return 0, ptauErr("nil SRS")
	}
	n := len(c.G2.Tau)
	if n == 0 || bits.OnesCount(uint(n)) != 1 {
		return 0, ptauErr("%d powers of τ in 𝔾₂; want a power of two", n)
	}
	if len(c.G1.Tau) != 2*n-1 || len(c.G1.AlphaTau) != n || len(c.G1.BetaTau) != n {
		return 0, ptauErr("inconsistent lengths: %d [τⁱ]₁, %d [τⁱ]₂, %d [ατⁱ]₁, %d [βτⁱ]₁; want 2N-1, N, N, N",
			len(c.G1.Tau), n, len(c.G1.AlphaTau), len(c.G1.BetaTau))
	}
	return n, nil
}

// CheckPowers checks that c is a well-formed powers-of-tau SRS: that for
// some τ, α, β, none of them 0,
//
//	G1.Tau[i] = [τⁱ]₁ for i < 2N-1,   G2.Tau[i] = [τⁱ]₂ for i < N,
//	G1.AlphaTau[i] = [ατⁱ]₁,   G1.BetaTau[i] = [βτⁱ]₁,   G2.Beta = [β]₂,
//
// with [1]₁, [1]₂ the generators gnark uses, N = len(G2.Tau) a power of two.
// Every point is checked to be in its prime-order group and not the
// identity, then each relation by a pairing equation; the relations on whole
// vectors (successive powers of one ratio) are batched with random linear
// combinations (gnark-crypto's mpcsetup.SameRatioMany), so a bad SRS passes
// with probability about N/r, r ≈ 2²⁵⁴. The error names the first relation
// that fails.
//
// This is what Groth16's phase 2 needs of its input to produce keys that
// prove and verify; it says nothing of whether τ is known to someone, which
// rests on the ceremony (see ReadPtau).
func CheckPowers(c *mpcsetup.SrsCommons) error {
	n, err := srsShape(c)
	if err != nil {
		return err
	}
	g1s := []struct {
		name string
		v    []curve.G1Affine
	}{{"[τⁱ]₁", c.G1.Tau}, {"[ατⁱ]₁", c.G1.AlphaTau}, {"[βτⁱ]₁", c.G1.BetaTau}}
	for _, s := range g1s {
		if i, err := firstFailure(len(s.v), func(i int) error { return checkG1Point(&s.v[i]) }); err != nil {
			return ptauErr("%s point %d %v", s.name, i, err)
		}
	}
	if i, err := firstFailure(n, func(i int) error { return checkG2Point(&c.G2.Tau[i]) }); err != nil {
		return ptauErr("[τⁱ]₂ point %d %v", i, err)
	}
	if err := checkG2Point(&c.G2.Beta); err != nil {
		return ptauErr("[β]₂ %v", err)
	}

	_, _, g1, g2 := curve.Generators()
	if !c.G1.Tau[0].Equal(&g1) {
		return ptauErr("[τ⁰]₁ is not the generator of 𝔾₁")
	}
	if !c.G2.Tau[0].Equal(&g2) {
		return ptauErr("[τ⁰]₂ is not the generator of 𝔾₂")
	}

	if n >= 2 {
		// τ as [τ]₂ defines it, against which the vectors are checked
		tau2 := []curve.G2Affine{g2, c.G2.Tau[1]}
		if !pairingSameRatio(c.G1.Tau[1], g1, c.G2.Tau[1], g2) {
			return ptauErr("[τ]₁ and [τ]₂ are not the same τ")
		}
		if err := cmpcsetup.SameRatioMany(c.G1.Tau, tau2); err != nil {
			return ptauErr("[τⁱ]₁ are not successive powers of one τ (%v)", err)
		}
		if err := cmpcsetup.SameRatioMany([]curve.G1Affine{g1, c.G1.Tau[1]}, c.G2.Tau); err != nil {
			return ptauErr("[τⁱ]₂ are not successive powers of one τ (%v)", err)
		}
		if err := cmpcsetup.SameRatioMany(c.G1.AlphaTau, tau2); err != nil {
			return ptauErr("[ατⁱ]₁ inconsistent: not α times successive powers of τ (%v)", err)
		}
		if err := cmpcsetup.SameRatioMany(c.G1.BetaTau, tau2); err != nil {
			return ptauErr("[βτⁱ]₁ inconsistent: not β times successive powers of τ (%v)", err)
		}
	}
	if !pairingSameRatio(c.G1.BetaTau[0], g1, c.G2.Beta, g2) {
		return ptauErr("[β]₂ inconsistent with [β]₁ = [βτ⁰]₁")
	}
	return nil
}

// pairingSameRatio reports whether n₁/d₁ = n₂/d₂ as discrete logarithms, i.e.
// e(n₁, d₂) = e(d₁, n₂).
func pairingSameRatio(n1, d1 curve.G1Affine, n2, d2 curve.G2Affine) bool {
	d1.Neg(&d1)
	ok, err := curve.PairingCheck([]curve.G1Affine{n1, d1}, []curve.G2Affine{d2, n2})
	return err == nil && ok
}

// Truncate returns the SRS for a domain of n points that c's first powers
// form: what Groth16's phase 2 for a circuit of m constraints needs, with
// n = ecc.NextPowerOfTwo(m) (gnark's mpcsetup.Phase2 takes the domain size
// from the length of the SRS). n must be a power of two no larger than c's
// domain. A prefix of an SRS that passes CheckPowers passes it too. The
// result shares no memory with c.
func Truncate(c *mpcsetup.SrsCommons, n int) (*mpcsetup.SrsCommons, error) {
	have, err := srsShape(c)
	if err != nil {
		return nil, err
	}
	if n < 1 || bits.OnesCount(uint(n)) != 1 {
		return nil, ptauErr("truncate to %d points: want a power of two", n)
	}
	if n > have {
		return nil, ptauErr("truncate to %d points: the SRS has %d", n, have)
	}
	var t mpcsetup.SrsCommons
	t.G1.Tau = slices.Clone(c.G1.Tau[:2*n-1])
	t.G1.AlphaTau = slices.Clone(c.G1.AlphaTau[:n])
	t.G1.BetaTau = slices.Clone(c.G1.BetaTau[:n])
	t.G2.Tau = slices.Clone(c.G2.Tau[:n])
	t.G2.Beta = c.G2.Beta
	return &t, nil
}

// ImportPtau reads the snarkjs .ptau file at path as a sealed phase 1, cut
// to 2^maxPower points if it is larger (maxPower 0: all of it), after
// checking every point and that its powers are consistent (CheckPowers).
// The SRS's transcript hash is the file's SHA-256.
func ImportPtau(path string, maxPower int) (*SRS, PtauInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, PtauInfo{}, err
	}
	defer f.Close()
	c, info, err := ReadPtau(f, maxPower)
	if err != nil {
		return nil, info, fmt.Errorf("%s: %w", path, err)
	}
	if err := CheckPowers(c); err != nil {
		return nil, info, fmt.Errorf("%s: %w", path, err)
	}
	return &SRS{Info: SRSInfo{Source: SourcePtau, Power: info.ReadPower, Transcript: info.SHA256, Contributions: info.Contributions}, Commons: *c}, info, nil
}
