package ceremony

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// Lagrange is the Lagrange form of a phase 1 over a domain of N points:
// the evaluations at τ (in 𝔾₁ and 𝔾₂), at ατ and at βτ of the Lagrange
// polynomials L_i of the N-th roots of unity ω^i (L_i(ω^j) = 1 if i = j,
// 0 otherwise), in the order of i. They are what gnark's phase-2
// initialisation computes first, and depend on the phase 1 and N alone,
// not on the circuit: Initialize takes them, and SRS.Lagrange caches them.
type Lagrange struct {
	// SRS is the SHA-256 of the SRS file they come from (SRSInfo.SHA256).
	SRS       string
	Tau1      []curve.G1Affine // [L_i(τ)]₁
	AlphaTau1 []curve.G1Affine // [α·L_i(τ)]₁
	BetaTau1  []curve.G1Affine // [β·L_i(τ)]₁
	Tau2      []curve.G2Affine // [L_i(τ)]₂
}

// N is the size of the domain.
func (l *Lagrange) N() int { return len(l.Tau1) }

// check reports a Lagrange form whose vectors are not all of one
// power-of-two size.
func (l *Lagrange) check() error {
	n := len(l.Tau1)
	if n < 2 || n&(n-1) != 0 {
		return fmt.Errorf("a Lagrange form of %d points: not a power of two", n)
	}
	if len(l.AlphaTau1) != n || len(l.BetaTau1) != n || len(l.Tau2) != n {
		return fmt.Errorf("a Lagrange form with vectors of %d, %d, %d and %d points", n, len(l.AlphaTau1), len(l.BetaTau1), len(l.Tau2))
	}
	return nil
}

// ComputeLagrange is the Lagrange form of a phase 1 over a domain of n
// points (a power of two no larger than the SRS's): inverse FFTs of the
// powers of τ, ατ and βτ, over both cores.
func ComputeLagrange(srs *SRS, n int) (*Lagrange, error) {
	c, err := srs.For(n)
	if err != nil {
		return nil, err
	}
	return lagrangeOf(c, n, srs.Info.SHA256)
}

func lagrangeOf(c *mpcsetup.SrsCommons, n int, sha string) (*Lagrange, error) {
	l := &Lagrange{SRS: sha}
	var err error
	if l.Tau1, err = kzg.ToLagrangeG1(c.G1.Tau[:n]); err != nil {
		return nil, err
	}
	if l.AlphaTau1, err = kzg.ToLagrangeG1(c.G1.AlphaTau[:n]); err != nil {
		return nil, err
	}
	if l.BetaTau1, err = kzg.ToLagrangeG1(c.G1.BetaTau[:n]); err != nil {
		return nil, err
	}
	if l.Tau2, err = toLagrangeG2(c.G2.Tau[:n]); err != nil {
		return nil, err
	}
	return l, nil
}

// LagrangeFile is the name of the cache file of the Lagrange form of the
// SRS whose file has SHA-256 sha, over n points.
func LagrangeFile(sha string, n int) string {
	return fmt.Sprintf("%s-%d.phase2", sha, n)
}

// Lagrange is the Lagrange form of the SRS over n points: read from
// LagrangeDir when an earlier call left it there (the file names the SRS
// and n, and ends with the SHA-256 of what precedes it: a file that does
// not check out is ignored), or else computed (ComputeLagrange) and
// written there. A cache that cannot be written costs time, not an error.
func (s *SRS) Lagrange(n int) (*Lagrange, error) {
	if _, err := s.For(n); err != nil {
		return nil, err
	}
	path := ""
	if s.LagrangeDir != "" && s.Info.SHA256 != "" {
		path = filepath.Join(s.LagrangeDir, LagrangeFile(s.Info.SHA256, n))
		if l, err := readLagrangeFile(path); err == nil && l.SRS == s.Info.SHA256 && l.N() == n {
			return l, nil
		}
	}
	l, err := ComputeLagrange(s, n)
	if err != nil || path == "" {
		return l, err
	}
	_ = writeLagrangeFile(path, l)
	return l, nil
}

func readLagrangeFile(path string) (*Lagrange, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	l := new(Lagrange)
	if _, err := l.ReadFrom(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return nil, err
	}
	return l, nil
}

// writeLagrangeFile writes l to path through a temporary file renamed
// into place, so that a reader never sees half a file.
func writeLagrangeFile(path string, l *Lagrange) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	_, err = l.WriteTo(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

const lagrangeMagic = "zkinfer phase-2 lagrange\n"

// maxLagrangeN bounds the domain a Lagrange file may claim, so that a
// corrupted length allocates nothing absurd.
const maxLagrangeN = 1 << MaxPower

// WriteTo writes l: magic, the SRS hash (32 bytes), N (8 bytes, big
// endian), Tau1, AlphaTau1, BetaTau1 and Tau2 in gnark-crypto's raw
// encoding (uncompressed points: no square roots to decode), and the
// SHA-256 of all that.
func (l *Lagrange) WriteTo(w io.Writer) (int64, error) {
	if err := l.check(); err != nil {
		return 0, err
	}
	sha, err := hex.DecodeString(l.SRS)
	if err != nil || len(sha) != sha256.Size {
		return 0, fmt.Errorf("a Lagrange form names SRS %q: not a SHA-256", l.SRS)
	}
	h := sha256.New()
	cw := &countingWriter{w: io.MultiWriter(w, h)}
	var hdr [8]byte
	binary.BigEndian.PutUint64(hdr[:], uint64(l.N()))
	for _, b := range [][]byte{[]byte(lagrangeMagic), sha, hdr[:]} {
		if _, err := cw.Write(b); err != nil {
			return cw.n, err
		}
	}
	enc := curve.NewEncoder(cw, curve.RawEncoding())
	for _, v := range []any{l.Tau1, l.AlphaTau1, l.BetaTau1, l.Tau2} {
		if err := enc.Encode(v); err != nil {
			return cw.n, err
		}
	}
	n, err := w.Write(h.Sum(nil))
	return cw.n + int64(n), err
}

// errLagrange is wrapped by the errors of a Lagrange file that does not
// read.
var errLagrange = errors.New("not a zkinfer Lagrange file")

// ReadFrom reads what WriteTo wrote into l, to the end of r, checking its
// hash, its size and that every point is on its curve (not that it is in
// the subgroup: the file is a cache of what this package computed).
func (l *Lagrange) ReadFrom(r io.Reader) (int64, error) {
	data, err := io.ReadAll(r)
	read := int64(len(data))
	if err != nil {
		return read, err
	}
	head := len(lagrangeMagic) + sha256.Size + 8
	if len(data) < head+sha256.Size || string(data[:len(lagrangeMagic)]) != lagrangeMagic {
		return read, fmt.Errorf("%w: no magic", errLagrange)
	}
	body := data[:len(data)-sha256.Size]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[len(body):]) {
		return read, fmt.Errorf("%w: its hash does not match its content", errLagrange)
	}
	n := binary.BigEndian.Uint64(body[head-8 : head])
	if n < 2 || n&(n-1) != 0 || n > maxLagrangeN {
		return read, fmt.Errorf("%w: a domain of %d points", errLagrange, n)
	}
	// 4 slices, each with a 4-byte length
	if want := uint64(head) + 4*4 + n*(3*curve.SizeOfG1AffineUncompressed+curve.SizeOfG2AffineUncompressed); uint64(len(body)) != want {
		return read, fmt.Errorf("%w: %d bytes for a domain of %d points, not %d", errLagrange, len(body), n, want)
	}
	out := Lagrange{SRS: hex.EncodeToString(body[len(lagrangeMagic) : len(lagrangeMagic)+sha256.Size])}
	dec := curve.NewDecoder(bytes.NewReader(body[head:]), curve.NoSubgroupChecks())
	for _, v := range []any{&out.Tau1, &out.AlphaTau1, &out.BetaTau1, &out.Tau2} {
		if err := dec.Decode(v); err != nil {
			return read, fmt.Errorf("%w: %v", errLagrange, err)
		}
	}
	if err := out.check(); err != nil || out.N() != int(n) {
		return read, fmt.Errorf("%w: vectors of %d, %d, %d and %d points, not %d", errLagrange, len(out.Tau1), len(out.AlphaTau1), len(out.BetaTau1), len(out.Tau2), n)
	}
	*l = out
	return read, nil
}

// parallelize calls work on consecutive chunks of [0, n), one per core,
// and waits for them.
func parallelize(n int, work func(start, end int)) {
	parallelizeOn(n, runtime.GOMAXPROCS(0), work)
}

// parallelizeOn is parallelize on at most workers goroutines.
func parallelizeOn(n, workers int, work func(start, end int)) {
	workers = max(min(workers, n), 1)
	if workers == 1 {
		work(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk, extra := n/workers, n%workers
	start := 0
	for w := range workers {
		end := start + chunk
		if w < extra {
			end++
		}
		wg.Add(1)
		go func(start, end int) {
			defer wg.Done()
			work(start, end)
		}(start, end)
		start = end
	}
	wg.Wait()
}

// runTasks calls task(i) for i < n on one goroutine per core, each taking
// the next task when it is done with one: for tasks of uneven cost.
func runTasks(n int, task func(i int)) {
	var next atomic.Int64
	parallelizeOn(runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(0), func(_, _ int) {
		for {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			task(i)
		}
	})
}

// toLagrangeG2 is kzg.ToLagrangeG1 in 𝔾₂: the inverse FFT of the points,
// in Jacobian coordinates, divided by their number.
func toLagrangeG2(coeffs []curve.G2Affine) ([]curve.G2Affine, error) {
	n := len(coeffs)
	if n < 1 || n&(n-1) != 0 {
		return nil, fmt.Errorf("%d points: not a power of two", n)
	}
	gen, err := fr.Generator(uint64(n))
	if err != nil {
		return nil, err
	}
	gen.Inverse(&gen)
	twiddles := make([]big.Int, max(n/2, 1))
	w := fr.One()
	for i := range twiddles {
		w.BigInt(&twiddles[i])
		w.Mul(&w, &gen)
	}
	a := make([]curve.G2Jac, n)
	parallelize(n, func(start, end int) {
		for i := start; i < end; i++ {
			a[i].FromAffine(&coeffs[i])
		}
	})
	workers := runtime.GOMAXPROCS(0)
	difFFTG2(a, twiddles, 0, bits.Len(uint(workers-1)), workers)
	bitReverse(a)
	var invN fr.Element
	invN.SetUint64(uint64(n)).Inverse(&invN)
	var inv big.Int
	invN.BigInt(&inv)
	parallelize(n, func(start, end int) {
		for i := start; i < end; i++ {
			a[i].ScalarMultiplication(&a[i], &inv)
		}
	})
	return batchJacobianToAffineG2(a), nil
}

// difFFTG2 is a decimation-in-frequency FFT of a, in place (the result in
// bit-reversed order), with twiddles[j] the j-th power of the root of
// unity of the whole transform; stage is the depth of a in it. The two
// halves run on their own goroutines down to depth maxSplits, and the
// butterflies of a stage over the workers it has.
func difFFTG2(a []curve.G2Jac, twiddles []big.Int, stage, maxSplits, workers int) {
	n := len(a)
	if n == 1 {
		return
	}
	m := n >> 1
	stride := 1 << stage
	butterflies := func(start, end int) {
		for i := start; i < end; i++ {
			t := a[i]
			a[i].AddAssign(&a[i+m])
			t.SubAssign(&a[i+m])
			if i == 0 {
				a[i+m] = t
				continue
			}
			a[i+m].ScalarMultiplication(&t, &twiddles[i*stride])
		}
	}
	if m >= 8 && workers > 1 {
		parallelizeOn(m, workers, butterflies)
	} else {
		butterflies(0, m)
	}
	if m == 1 {
		return
	}
	if stage < maxSplits {
		half := max(workers/2, 1)
		done := make(chan struct{})
		go func() {
			defer close(done)
			difFFTG2(a[m:], twiddles, stage+1, maxSplits, half)
		}()
		difFFTG2(a[:m], twiddles, stage+1, maxSplits, half)
		<-done
	} else {
		difFFTG2(a[:m], twiddles, stage+1, maxSplits, 1)
		difFFTG2(a[m:], twiddles, stage+1, maxSplits, 1)
	}
}

// bitReverse permutes a into bit-reversed order of its indexes.
func bitReverse[T any](a []T) {
	n := uint64(len(a))
	if n < 2 {
		return
	}
	nn := uint64(64 - bits.TrailingZeros64(n))
	for i := range n {
		if irev := bits.Reverse64(i) >> nn; irev > i {
			a[i], a[irev] = a[irev], a[i]
		}
	}
}

// batchJacobianToAffineG2 is curve.BatchJacobianToAffineG1 in 𝔾₂: one
// field inversion for all the points (Montgomery's trick).
func batchJacobianToAffineG2(points []curve.G2Jac) []curve.G2Affine {
	result := make([]curve.G2Affine, len(points))
	// result[i].X holds the product of the Z before i, then Z_i⁻¹
	var acc curve.E2
	acc.SetOne()
	for i := range points {
		if points[i].Z.IsZero() {
			continue
		}
		result[i].X = acc
		acc.Mul(&acc, &points[i].Z)
	}
	var inv curve.E2
	inv.Inverse(&acc)
	for i := len(points) - 1; i >= 0; i-- {
		if points[i].Z.IsZero() {
			continue
		}
		result[i].X.Mul(&result[i].X, &inv)
		inv.Mul(&inv, &points[i].Z)
	}
	parallelize(len(points), func(start, end int) {
		for i := start; i < end; i++ {
			if points[i].Z.IsZero() {
				result[i] = curve.G2Affine{} // (0, 0) is the point at infinity
				continue
			}
			var a, b curve.E2
			a = result[i].X
			b.Square(&a)
			result[i].X.Mul(&points[i].X, &b)
			result[i].Y.Mul(&points[i].Y, &b).Mul(&result[i].Y, &a)
		}
	})
	return result
}
