package ceremony

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"golang.org/x/crypto/blake2b"
)

// testdata/pot2_final.ptau is a power-2 file made with the pinned snarkjs
// (testdata/snarkjs):
//
//	snarkjs powersoftau new bn128 2 p0.ptau
//	snarkjs powersoftau contribute p0.ptau p1.ptau --name=alice -e=testdata-entropy
//	snarkjs powersoftau beacon p1.ptau p2.ptau 0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f 10 -n=beacon
//	snarkjs powersoftau prepare phase2 p2.ptau pot2_final.ptau
//
// so it also has the Lagrange sections 12-15 that ReadPtau reads past.
const testdataPtau = "testdata/pot2_final.ptau"

func readPtauTestdata(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(testdataPtau)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ptauSection locates a section of a .ptau file: hdr is the offset of its id,
// off of its contents.
type ptauSection struct {
	id             uint32
	hdr, off, size int
}

func ptauSections(t testing.TB, data []byte) []ptauSection {
	t.Helper()
	var out []ptauSection
	pos := 12
	for range binary.LittleEndian.Uint32(data[8:]) {
		s := ptauSection{id: binary.LittleEndian.Uint32(data[pos:]), hdr: pos, off: pos + 12,
			size: int(binary.LittleEndian.Uint64(data[pos+4:]))}
		out = append(out, s)
		pos = s.off + s.size
	}
	if pos != len(data) {
		t.Fatalf("sections end at %d, file at %d", pos, len(data))
	}
	return out
}

func findPtauSection(t testing.TB, data []byte, id uint32) ptauSection {
	t.Helper()
	for _, s := range ptauSections(t, data) {
		if s.id == id {
			return s
		}
	}
	t.Fatalf("no section %d", id)
	return ptauSection{}
}

func encodePtauFp(b []byte, e *fp.Element) {
	for i := range e {
		binary.LittleEndian.PutUint64(b[8*i:], e[i])
	}
}

func encodePtauG1(p *curve.G1Affine) []byte {
	b := make([]byte, ptauG1Bytes)
	encodePtauFp(b, &p.X)
	encodePtauFp(b[ptauFpBytes:], &p.Y)
	return b
}

func encodePtauG2(p *curve.G2Affine) []byte {
	b := make([]byte, ptauG2Bytes)
	encodePtauFp(b, &p.X.A0)
	encodePtauFp(b[ptauFpBytes:], &p.X.A1)
	encodePtauFp(b[2*ptauFpBytes:], &p.Y.A0)
	encodePtauFp(b[3*ptauFpBytes:], &p.Y.A1)
	return b
}

// withPtauPoint returns a copy of data with point i of section id replaced.
func withPtauPoint(t testing.TB, data []byte, id uint32, i int, enc []byte) []byte {
	t.Helper()
	s := findPtauSection(t, data, id)
	out := bytes.Clone(data)
	copy(out[s.off+i*len(enc):], enc)
	return out
}

func ptauG1At(t testing.TB, data []byte, id uint32, i int) curve.G1Affine {
	t.Helper()
	s := findPtauSection(t, data, id)
	var p curve.G1Affine
	if err := decodePtauG1(data[s.off+i*ptauG1Bytes:s.off+(i+1)*ptauG1Bytes], &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func ptauG2At(t testing.TB, data []byte, id uint32, i int) curve.G2Affine {
	t.Helper()
	s := findPtauSection(t, data, id)
	var p curve.G2Affine
	if err := decodePtauG2(data[s.off+i*ptauG2Bytes:s.off+(i+1)*ptauG2Bytes], &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func doubledPtauG1(t testing.TB, data []byte, id uint32, i int) []byte {
	p := ptauG1At(t, data, id, i)
	p.Add(&p, &p)
	return withPtauPoint(t, data, id, i, encodePtauG1(&p))
}

func doubledPtauG2(t testing.TB, data []byte, id uint32, i int) []byte {
	p := ptauG2At(t, data, id, i)
	p.Add(&p, &p)
	return withPtauPoint(t, data, id, i, encodePtauG2(&p))
}

func mustReadPtau(t testing.TB, data []byte, maxPower int) (*mpcsetup.SrsCommons, PtauInfo) {
	t.Helper()
	c, info, err := ReadPtau(bytes.NewReader(data), maxPower)
	if err != nil {
		t.Fatal(err)
	}
	return c, info
}

func wantPtauErr(t testing.TB, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", want)
	}
	if !errors.Is(err, ErrPtau) {
		t.Errorf("error %q does not wrap ErrPtau", err)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q, want one containing %q", err, want)
	}
}

func TestReadPtauTestdata(t *testing.T) {
	data := readPtauTestdata(t)
	c, info := mustReadPtau(t, data, 0)

	sha := sha256.Sum256(data)
	b2 := blake2b.Sum512(data)
	if info.Power != 2 || info.CeremonyPower != 2 || info.ReadPower != 2 || info.Contributions != 2 ||
		info.SHA256 != hex.EncodeToString(sha[:]) || info.Blake2b != hex.EncodeToString(b2[:]) {
		t.Fatalf("info %+v", info)
	}
	want := []PtauContribution{
		{Name: "alice"},
		{Name: "beacon", Beacon: true, BeaconIterationsExp: 10,
			BeaconHash: "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"},
	}
	if len(info.Contributors) != len(want) {
		t.Fatalf("contributors %+v", info.Contributors)
	}
	for i := range want {
		if info.Contributors[i] != want[i] {
			t.Errorf("contributor %d: %+v, want %+v", i, info.Contributors[i], want[i])
		}
	}
	if len(c.G1.Tau) != 7 || len(c.G2.Tau) != 4 || len(c.G1.AlphaTau) != 4 || len(c.G1.BetaTau) != 4 {
		t.Fatalf("lengths %d %d %d %d", len(c.G1.Tau), len(c.G2.Tau), len(c.G1.AlphaTau), len(c.G1.BetaTau))
	}
	// [τ⁰] are snarkjs's generators, read as gnark's: the Montgomery form,
	// the limb order and 𝔽p² as c0, c1 all agree
	_, _, g1, g2 := curve.Generators()
	if !c.G1.Tau[0].Equal(&g1) || !c.G2.Tau[0].Equal(&g2) {
		t.Fatalf("[τ⁰] read as %v, %v", c.G1.Tau[0], c.G2.Tau[0])
	}
	// and every point written back is the file's bytes
	s := findPtauSection(t, data, secTauG2)
	for i := range c.G2.Tau {
		if !bytes.Equal(encodePtauG2(&c.G2.Tau[i]), data[s.off+i*ptauG2Bytes:s.off+(i+1)*ptauG2Bytes]) {
			t.Fatalf("[τ^%d]₂ does not encode back to the file's bytes", i)
		}
	}
	if err := CheckPowers(c); err != nil {
		t.Fatal(err)
	}
}

func TestReadPtauTruncates(t *testing.T) {
	data := readPtauTestdata(t)
	full, _ := mustReadPtau(t, data, 0)
	for _, maxPower := range []int{1, 2, 5} {
		c, info := mustReadPtau(t, data, maxPower)
		n := 1 << min(maxPower, 2)
		if info.Power != 2 || info.ReadPower != min(maxPower, 2) || len(c.G2.Tau) != n {
			t.Fatalf("maxPower %d: info %+v, %d points", maxPower, info, len(c.G2.Tau))
		}
		want, err := Truncate(full, n)
		if err != nil {
			t.Fatal(err)
		}
		if !sameSRSPtau(c, want) {
			t.Fatalf("maxPower %d: not the first %d powers", maxPower, n)
		}
		if err := CheckPowers(c); err != nil {
			t.Fatal(err)
		}
	}
	_, _, err := ReadPtau(bytes.NewReader(data), -1)
	wantPtauErr(t, err, "maxPower -1 is negative")
}

func sameSRSPtau(a, b *mpcsetup.SrsCommons) bool {
	eq1 := func(x, y []curve.G1Affine) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if !x[i].Equal(&y[i]) {
				return false
			}
		}
		return true
	}
	if len(a.G2.Tau) != len(b.G2.Tau) || !a.G2.Beta.Equal(&b.G2.Beta) {
		return false
	}
	for i := range a.G2.Tau {
		if !a.G2.Tau[i].Equal(&b.G2.Tau[i]) {
			return false
		}
	}
	return eq1(a.G1.Tau, b.G1.Tau) && eq1(a.G1.AlphaTau, b.G1.AlphaTau) && eq1(a.G1.BetaTau, b.G1.BetaTau)
}

// A file whose points are all valid group elements but not powers of one τ
// reads, and fails CheckPowers naming the relation that breaks.
func TestCheckPowersRejects(t *testing.T) {
	data := readPtauTestdata(t)
	_, _, g1, g2 := curve.Generators()
	var g1x2 curve.G1Affine
	g1x2.Add(&g1, &g1)
	var g2x2 curve.G2Affine
	g2x2.Add(&g2, &g2)
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"tauG1[2] doubled", doubledPtauG1(t, data, secTauG1, 2), "[τⁱ]₁ are not successive powers of one τ"},
		{"tauG1[6] doubled", doubledPtauG1(t, data, secTauG1, 6), "[τⁱ]₁ are not successive powers of one τ"},
		{"tauG1[1] doubled", doubledPtauG1(t, data, secTauG1, 1), "[τ]₁ and [τ]₂ are not the same τ"},
		{"tauG2[2] doubled", doubledPtauG2(t, data, secTauG2, 2), "[τⁱ]₂ are not successive powers of one τ"},
		{"tauG2[3] doubled", doubledPtauG2(t, data, secTauG2, 3), "[τⁱ]₂ are not successive powers of one τ"},
		{"tauG2[1] doubled", doubledPtauG2(t, data, secTauG2, 1), "[τ]₁ and [τ]₂ are not the same τ"},
		{"alphaTauG1[0] doubled", doubledPtauG1(t, data, secAlphaTauG1, 0), "[ατⁱ]₁ inconsistent"},
		{"alphaTauG1[1] doubled", doubledPtauG1(t, data, secAlphaTauG1, 1), "[ατⁱ]₁ inconsistent"},
		{"alphaTauG1[3] doubled", doubledPtauG1(t, data, secAlphaTauG1, 3), "[ατⁱ]₁ inconsistent"},
		{"betaTauG1[2] doubled", doubledPtauG1(t, data, secBetaTauG1, 2), "[βτⁱ]₁ inconsistent"},
		{"betaTauG1[0] doubled", doubledPtauG1(t, data, secBetaTauG1, 0), "[βτⁱ]₁ inconsistent"},
		{"betaG2 doubled", doubledPtauG2(t, data, secBetaG2, 0), "[β]₂ inconsistent with [β]₁"},
		{"tauG1[0] not the generator", withPtauPoint(t, data, secTauG1, 0, encodePtauG1(&g1x2)), "[τ⁰]₁ is not the generator"},
		{"tauG2[0] not the generator", withPtauPoint(t, data, secTauG2, 0, encodePtauG2(&g2x2)), "[τ⁰]₂ is not the generator"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := mustReadPtau(t, tc.file, 0)
			wantPtauErr(t, CheckPowers(c), tc.want)
		})
	}
}

func TestReadPtauRejectsBadPoints(t *testing.T) {
	data := readPtauTestdata(t)
	notOnCurve := bytes.Clone(data)
	notOnCurve[findPtauSection(t, data, secTauG1).off+ptauG1Bytes+ptauFpBytes] ^= 1 // y of [τ]₁
	var q [ptauFpBytes]byte
	fp.Modulus().FillBytes(q[:])
	reverseBytes(q[:]) // q's limbs: x = q is not reduced
	notReduced := withPtauPoint(t, data, secTauG1, 1, append(q[:], make([]byte, ptauFpBytes)...))
	var e2 curve.E2
	e2.A0.SetUint64(7)
	e2.A1.SetUint64(11)
	jac := curve.GeneratePointNotInG2(e2)
	var outside curve.G2Affine
	outside.FromJacobian(&jac)
	if !outside.IsOnCurve() || outside.IsInSubGroup() {
		t.Fatal("GeneratePointNotInG2 did not give a point of the twist outside 𝔾₂")
	}
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"not on the curve", notOnCurve, "section 2 (tauG1): point 1 is not on the curve"},
		{"not reduced", notReduced, "section 2 (tauG1): point 1 has a coordinate that is not a reduced field element"},
		{"infinity in alphaTauG1", withPtauPoint(t, data, secAlphaTauG1, 2, make([]byte, ptauG1Bytes)), "section 4 (alphaTauG1): point 2 is the point at infinity"},
		{"infinity in tauG2", withPtauPoint(t, data, secTauG2, 3, make([]byte, ptauG2Bytes)), "section 3 (tauG2): point 3 is the point at infinity"},
		{"tauG2 outside the subgroup", withPtauPoint(t, data, secTauG2, 1, encodePtauG2(&outside)), "section 3 (tauG2): point 1 is not in the prime-order subgroup"},
		{"betaG2 outside the subgroup", withPtauPoint(t, data, secBetaG2, 0, encodePtauG2(&outside)), "section 6 (betaG2): point 0 is not in the prime-order subgroup"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := ReadPtau(bytes.NewReader(tc.file), 0)
			wantPtauErr(t, err, tc.want)
		})
	}
	// past the truncation points are not decoded
	c, _ := mustReadPtau(t, withPtauPoint(t, data, secTauG2, 3, make([]byte, ptauG2Bytes)), 1)
	if err := CheckPowers(c); err != nil {
		t.Fatal(err)
	}
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

func TestReadPtauRejectsBadFiles(t *testing.T) {
	data := readPtauTestdata(t)
	set32 := func(offValue ...int) []byte { // offset, value, offset, value...
		b := bytes.Clone(data)
		for i := 0; i < len(offValue); i += 2 {
			binary.LittleEndian.PutUint32(b[offValue[i]:], uint32(offValue[i+1]))
		}
		return b
	}
	set64 := func(off int, v uint64) []byte {
		b := bytes.Clone(data)
		binary.LittleEndian.PutUint64(b[off:], v)
		return b
	}
	hdr := findPtauSection(t, data, secHeader)
	badQ := bytes.Clone(data)
	badQ[hdr.off+4] ^= 1
	contrib := findPtauSection(t, data, secContributions)
	first := contrib.off + 4 // the first contribution record, then the second
	second := first + ptauContributionBytes + 4 + int(binary.LittleEndian.Uint32(data[first+ptauContributionBytes:]))
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "file ends in the file header"},
		{"wrong magic", append([]byte("PTAU"), data[4:]...), `not a .ptau file: magic "PTAU"`},
		{"version 2", set32(4, 2), "file format version 2, want 1"},
		{"trailing byte", append(bytes.Clone(data), 0), "data after the last of the 11 sections"},
		{"more sections than present", set32(8, 100), "file ends in the header of section 12 of the 100"},
		{"header not first", set32(hdr.hdr, 9), "first section is section 9, want the header"},
		{"BLS12-381 field size", set32(hdr.off, 48), "field elements of 48 bytes; only BN254"},
		{"header size", set64(hdr.hdr+4, 45), "header: section 1 is 45 bytes, want 44"},
		{"another prime", badQ, "prime q is not BN254's base field modulus"},
		{"power larger than the sections", set32(hdr.off+4+ptauFpBytes, 3, hdr.off+8+ptauFpBytes, 3), "section 2 (tauG1) is 448 bytes, want 960: power 3 makes it 15 points of 64 bytes"},
		{"power 0", set32(hdr.off+4+ptauFpBytes, 0), "header: power 0, want 1 to 28"},
		{"power 29", set32(hdr.off+4+ptauFpBytes, 29), "header: power 29, want 1 to 28"},
		{"ceremony power below power", set32(hdr.off+8+ptauFpBytes, 1), "header: ceremony power 1, want 2 (the file's power) to 28"},
		{"betaG2 size", set64(findPtauSection(t, data, secBetaG2).hdr+4, 129), "section 6 (betaG2) is 129 bytes, want 128: power 2 makes it 1 point of 128 bytes"},
		{"tauG2 size", set64(findPtauSection(t, data, secTauG2).hdr+4, 1<<62), "section 3 (tauG2) is 4611686018427387904 bytes"},
		{"section size beyond int64", set64(findPtauSection(t, data, secBetaG2).hdr+4, 1<<63), "section 6 (betaG2) declares 9223372036854775808 bytes"},
		{"duplicate section", set32(findPtauSection(t, data, secTauG2).hdr, secTauG1), "section 2 (tauG1) appears twice"},
		{"missing section", set32(contrib.hdr, 8), "missing section 7 (contributions)"},
		{"too many contributions", set32(contrib.off, 1000), fmt.Sprintf("section 7 (contributions): 1000 contributions cannot fit in %d bytes", contrib.size)},
		{"contribution parameters too long", set32(contrib.off+4+ptauContributionBytes, 3000), "contribution 1 declares 3000 bytes of parameters, more than the 516"},
		{"contribution parameters overrun", set32(second+ptauContributionBytes, 500), "section 7 (contributions): contents run past the section's declared size"},
		{"contribution parameter unknown", set32(contrib.off+4+ptauContributionBytes+4, 9), "contribution 1: unknown parameter type 9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := ReadPtau(bytes.NewReader(tc.file), 0)
			wantPtauErr(t, err, tc.want)
		})
	}

	// a strict prefix is refused as a file that ends early: cut every 7
	// bytes, and around each section's header and end
	cuts := []int{}
	for n := 0; n < len(data); n += 7 {
		cuts = append(cuts, n)
	}
	for _, s := range ptauSections(t, data) {
		for d := -1; d <= 13; d++ {
			cuts = append(cuts, s.hdr+d)
		}
		cuts = append(cuts, s.off+s.size-1)
	}
	for _, n := range cuts {
		if n < 0 || n >= len(data) {
			continue
		}
		_, _, err := ReadPtau(bytes.NewReader(data[:n]), 0)
		if err == nil || !errors.Is(err, ErrPtau) || !strings.Contains(err.Error(), "file ends") {
			t.Fatalf("file cut at %d of %d bytes: %v", n, len(data), err)
		}
	}

	// an I/O error is reported as itself
	boom := errors.New("disk on fire")
	_, _, err := ReadPtau(io.MultiReader(bytes.NewReader(data[:1000]), iotest.ErrReader(boom)), 0)
	wantPtauErr(t, err, "disk on fire")
	if !errors.Is(err, boom) {
		t.Fatalf("%v does not wrap the reader's error", err)
	}
}

// A header may claim sections far larger than the file: memory follows the
// bytes actually there.
func TestReadPtauBoundedAllocation(t *testing.T) {
	data := readPtauTestdata(t)
	hdr := findPtauSection(t, data, secHeader)
	head := bytes.Clone(data[:hdr.off+hdr.size]) // magic, version, count, header section
	binary.LittleEndian.PutUint32(head[hdr.off+4+ptauFpBytes:], 28)
	binary.LittleEndian.PutUint32(head[hdr.off+8+ptauFpBytes:], 28)
	sec := func(id uint32, size uint64, body []byte) []byte {
		b := binary.LittleEndian.AppendUint32(nil, id)
		return append(binary.LittleEndian.AppendUint64(b, size), body...)
	}
	g1 := findPtauSection(t, data, secTauG1)
	hugeTau := append(bytes.Clone(head), sec(secTauG1, (1<<29-1)*ptauG1Bytes, data[g1.off:g1.off+3*ptauG1Bytes])...)
	hugeContrib := append(bytes.Clone(head), sec(secContributions, 1<<62, []byte{0xff, 0xff, 0xff, 0xff})...)
	hugeParams := append(bytes.Clone(head), sec(secContributions, 1<<62,
		binary.LittleEndian.AppendUint32(append([]byte{1, 0, 0, 0}, make([]byte, ptauContributionBytes)...), 1<<31))...)
	for name, file := range map[string][]byte{"tauG1": hugeTau, "contributions": hugeContrib, "parameters": hugeParams} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _, err := ReadPtau(bytes.NewReader(file), 0)
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Fatalf("%s: read a file that claims more than it holds", name)
		}
		t.Logf("%s: %v", name, err)
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
			t.Errorf("%s: allocated %d bytes to read %d (%v)", name, alloc, len(file), err)
		}
	}
}

// Spread over workers, firstFailure still reports the lowest failing index.
func TestFirstFailure(t *testing.T) {
	bad := errors.New("bad")
	for _, n := range []int{0, 1, 255, 256, 257, 1000, 5000} {
		for _, fails := range [][]int{nil, {0}, {n - 1}, {n / 2, n - 1}, {n / 3, n / 2}} {
			i, err := firstFailure(n, func(i int) error {
				if slices.Contains(fails, i) {
					return bad
				}
				return nil
			})
			want := -1
			for _, f := range fails {
				if f >= 0 && f < n && (want < 0 || f < want) {
					want = f
				}
			}
			if i != want || (want >= 0) != (err != nil) {
				t.Fatalf("n %d, failing %v: got %d, %v; want %d", n, fails, i, err, want)
			}
		}
	}
}

func TestTruncate(t *testing.T) {
	c, _ := mustReadPtau(t, readPtauTestdata(t), 0)
	for _, n := range []int{0, 3, 8, -2} {
		if _, err := Truncate(c, n); err == nil || !errors.Is(err, ErrPtau) {
			t.Errorf("Truncate to %d: %v", n, err)
		}
	}
	for _, n := range []int{1, 2, 4} {
		tr, err := Truncate(c, n)
		if err != nil {
			t.Fatal(err)
		}
		if len(tr.G1.Tau) != 2*n-1 || len(tr.G2.Tau) != n || len(tr.G1.AlphaTau) != n || len(tr.G1.BetaTau) != n {
			t.Fatalf("Truncate to %d: lengths %d %d %d %d", n, len(tr.G1.Tau), len(tr.G2.Tau), len(tr.G1.AlphaTau), len(tr.G1.BetaTau))
		}
		if err := CheckPowers(tr); err != nil {
			t.Fatalf("Truncate to %d: %v", n, err)
		}
		tr.G1.Tau[0] = curve.G1Affine{}
		if c.G1.Tau[0].IsInfinity() {
			t.Fatal("Truncate shares memory with its input")
		}
	}
}

func TestCheckPowersShape(t *testing.T) {
	c, _ := mustReadPtau(t, readPtauTestdata(t), 0)
	clone := func() *mpcsetup.SrsCommons {
		tr, err := Truncate(c, 4)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	wantPtauErr(t, CheckPowers(nil), "nil SRS")
	wantPtauErr(t, CheckPowers(&mpcsetup.SrsCommons{}), "0 powers of τ in 𝔾₂")
	short := clone()
	short.G1.AlphaTau = short.G1.AlphaTau[:3]
	wantPtauErr(t, CheckPowers(short), "inconsistent lengths")
	three := clone()
	three.G2.Tau = three.G2.Tau[:3]
	wantPtauErr(t, CheckPowers(three), "3 powers of τ in 𝔾₂; want a power of two")
	inf := clone()
	inf.G1.BetaTau[3] = curve.G1Affine{}
	wantPtauErr(t, CheckPowers(inf), "[βτⁱ]₁ point 3 is the point at infinity")
	var e2 curve.E2
	e2.A0.SetUint64(3)
	jac := curve.GeneratePointNotInG2(e2)
	outside := clone()
	outside.G2.Beta.FromJacobian(&jac)
	wantPtauErr(t, CheckPowers(outside), "[β]₂ is not in the prime-order subgroup")
	offCurve := clone()
	offCurve.G1.Tau[5].Y.SetUint64(5)
	wantPtauErr(t, CheckPowers(offCurve), "[τⁱ]₁ point 5 is not on the curve")
}

// snarkjsBin returns the pinned snarkjs of testdata/snarkjs, skipping the test
// when it is not installed, or failing it under ZKINFER_REQUIRE_SNARKJS
// (as .ci/run sets).
func snarkjsBin(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join("testdata", "snarkjs", "node_modules", ".bin", "snarkjs"))
	if err != nil {
		t.Fatal(err)
	}
	msg := ""
	if _, err := exec.LookPath("node"); err != nil {
		msg = "no node on the PATH, which snarkjs needs"
	} else if _, err := os.Stat(bin); err != nil {
		msg = "snarkjs is not installed: cd prover/ceremony/testdata/snarkjs && npm ci"
	} else {
		return bin
	}
	if os.Getenv("ZKINFER_REQUIRE_SNARKJS") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// ptauCubic proves knowledge of x with x³ + x + 5 = y.
type ptauCubic struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *ptauCubic) Define(api frontend.API) error {
	api.AssertIsEqual(c.Y, api.Add(api.Mul(c.X, c.X, c.X), c.X, 5))
	return nil
}

// A ceremony run with snarkjs (two contributions and a beacon) imports as
// phase 1 of gnark's Groth16 MPC, and the keys its phase 2 seals prove and
// verify.
func TestSnarkjsPtauGroth16(t *testing.T) {
	bin := snarkjsBin(t)
	dir := t.TempDir()
	start := time.Now()
	for _, args := range [][]string{
		{"powersoftau", "new", "bn128", "10", "f0.ptau"},
		{"powersoftau", "contribute", "f0.ptau", "f1.ptau", "--name=first", "-e=first contributor's entropy"},
		{"powersoftau", "contribute", "f1.ptau", "f2.ptau", "--name=second", "-e=second contributor's entropy"},
		{"powersoftau", "beacon", "f2.ptau", "f3.ptau", "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "10", "-n=final beacon"},
	} {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("snarkjs %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	t.Logf("snarkjs ceremony of power 10: %v", time.Since(start).Round(time.Millisecond))
	data, err := os.ReadFile(filepath.Join(dir, "f3.ptau"))
	if err != nil {
		t.Fatal(err)
	}

	start = time.Now()
	full, info := mustReadPtau(t, data, 0)
	if info.Power != 10 || info.CeremonyPower != 10 || info.Contributions != 3 || len(full.G2.Tau) != 1024 {
		t.Fatalf("info %+v, %d points", info, len(full.G2.Tau))
	}
	for i, name := range []string{"first", "second", "final beacon"} {
		if c := info.Contributors[i]; c.Name != name || c.Beacon != (i == 2) {
			t.Errorf("contributor %d: %+v", i, c)
		}
	}
	if err := CheckPowers(full); err != nil {
		t.Fatal(err)
	}
	t.Logf("ReadPtau and CheckPowers, power 10: %v", time.Since(start).Round(time.Millisecond))
	c, _ := mustReadPtau(t, doubledPtauG1(t, data, secTauG1, 700), 0)
	wantPtauErr(t, CheckPowers(c), "[τⁱ]₁ are not successive powers of one τ")

	// phase 2 for a small circuit, on exactly the domain it needs
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &ptauCubic{})
	if err != nil {
		t.Fatal(err)
	}
	n := int(ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints())))
	small, info3 := mustReadPtau(t, data, 3)
	if info3.ReadPower != 3 {
		t.Fatalf("info %+v", info3)
	}
	commons, err := Truncate(small, n)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckPowers(commons); err != nil {
		t.Fatal(err)
	}
	var p2 mpcsetup.Phase2
	evals := p2.Initialize(ccs.(*cs.R1CS), commons)
	p2.Contribute()
	pk, vk := p2.Seal(commons, &evals, []byte("beacon"))

	w, err := frontend.NewWitness(&ptauCubic{X: 3, Y: 35}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("honest proof: %v", err)
	}
	wrong, err := frontend.NewWitness(&ptauCubic{Y: 36}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, wrong); err == nil {
		t.Fatal("proof verifies against a wrong public input")
	}
}

func FuzzReadPtau(f *testing.F) {
	seed := readPtauTestdata(f)
	f.Add(seed, uint8(0))
	f.Add(seed, uint8(1))
	f.Add(seed[:findPtauSection(f, seed, secContributions).off], uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, maxPower uint8) {
		c, info, err := ReadPtau(bytes.NewReader(data), int(maxPower%4))
		if err != nil {
			if !errors.Is(err, ErrPtau) {
				t.Fatalf("error %v does not wrap ErrPtau", err)
			}
			return
		}
		if n, err := srsShape(c); err != nil || n != 1<<info.ReadPower {
			t.Fatalf("ReadPtau returned a malformed SRS: %v, %d points for power %d", err, n, info.ReadPower)
		}
		_ = CheckPowers(c)
	})
}
