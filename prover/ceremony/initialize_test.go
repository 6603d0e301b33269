package ceremony

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// plain has public inputs, no commitment, and coefficients of every
// kind: 0 and ±1, 2, small, small negative, and full-size.
type plain struct {
	X, Z frontend.Variable
	Y    frontend.Variable `gnark:",public"`
	W    frontend.Variable `gnark:",public"`
}

func (c *plain) Define(api frontend.API) error {
	big, _ := new(fr.Element).SetString("12345678901234567890123456789012345678901234567890")
	a := api.Add(api.Mul(c.X, 3), api.Mul(c.Z, -7), 2)
	b := api.Sub(api.Mul(c.Z, big.String()), api.Mul(c.X, 1<<40), c.W)
	ab := api.Mul(a, b)
	api.AssertIsEqual(api.Add(api.Mul(ab, -1), api.Mul(c.X, c.X, 2)), api.Sub(c.Y, api.Mul(c.W, "-18446744073709551615")))
	api.AssertIsEqual(api.Mul(api.Add(c.X, c.Y, c.W), api.Sub(c.Z, 5)), api.Mul(c.Z, c.Y, 9))
	return nil
}

// twoCommits commits twice: two commitment keys, a wire in each.
type twoCommits struct {
	X, Z frontend.Variable
	Y    frontend.Variable `gnark:",public"`
}

func (c *twoCommits) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.Z, -3), c.Y)
	cm, err := api.(frontend.Committer).Commit(c.X, c.Y)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(api.Mul(cm, c.Z), 0)
	cm2, err := api.(frontend.Committer).Commit(c.Z, api.Mul(c.X, 11))
	if err != nil {
		return err
	}
	api.AssertIsDifferent(api.Add(cm2, c.X), 0)
	return nil
}

// noPublic has no public input, and a wire used in no constraint.
type noPublic struct {
	X, Z, Unused frontend.Variable
}

func (c *noPublic) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), api.Add(c.Z, 1))
	return nil
}

func compileR1CS(t testing.TB, c frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c, frontend.IgnoreUnconstrainedInputs())
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// samePhase2 reports where two phase-2 states (their encodings) or two
// evaluations differ.
func samePhase2(got, want *mpcsetup.Phase2, gotEvals, wantEvals *mpcsetup.Phase2Evaluations) error {
	var g, w bytes.Buffer
	if _, err := got.WriteTo(&g); err != nil {
		return err
	}
	if _, err := want.WriteTo(&w); err != nil {
		return err
	}
	if !bytes.Equal(g.Bytes(), w.Bytes()) {
		return fmt.Errorf("the states differ: %d bytes, gnark's %d", g.Len(), w.Len())
	}
	if !slices.Equal(gotEvals.G1.A, wantEvals.G1.A) {
		return errors.New("evaluations G1.A differ")
	}
	if !slices.Equal(gotEvals.G1.B, wantEvals.G1.B) {
		return errors.New("evaluations G1.B differ")
	}
	if !slices.Equal(gotEvals.G2.B, wantEvals.G2.B) {
		return errors.New("evaluations G2.B differ")
	}
	if !slices.Equal(gotEvals.G1.VKK, wantEvals.G1.VKK) {
		return errors.New("evaluations G1.VKK differ")
	}
	if !slices.EqualFunc(gotEvals.G1.CKK, wantEvals.G1.CKK, slices.Equal) {
		return errors.New("evaluations G1.CKK differ")
	}
	if !slices.EqualFunc(gotEvals.PublicAndCommitmentCommitted, wantEvals.PublicAndCommitmentCommitted, slices.Equal) {
		return errors.New("evaluations PublicAndCommitmentCommitted differ")
	}
	// every field is compared (a new one fails here until it is)
	if n := reflect.TypeOf(*gotEvals).NumField(); n != 3 {
		return fmt.Errorf("Phase2Evaluations has %d fields, samePhase2 knows 3", n)
	}
	return nil
}

// checkInitialize fails t unless Initialize gives what gnark's
// (*mpcsetup.Phase2).Initialize does, to the byte.
func checkInitialize(t *testing.T, srs *SRS, ccs constraint.ConstraintSystem) {
	t.Helper()
	r, err := asR1CS(ccs)
	if err != nil {
		t.Fatal(err)
	}
	commons, err := srs.For(domainOf(r))
	if err != nil {
		t.Fatal(err)
	}
	want := new(mpcsetup.Phase2)
	wantEvals := want.Initialize(r, commons)
	got, gotEvals, err := Initialize(srs, ccs)
	if err != nil {
		t.Fatal(err)
	}
	if err := samePhase2(got, want, gotEvals, &wantEvals); err != nil {
		t.Fatal(err)
	}
}

func TestInitializeMatchesGnark(t *testing.T) {
	_, srs := sealedPhase1(t)
	for name, c := range map[string]frontend.Circuit{
		"cubic (one commitment)": &cubic{},
		"no commitment":          &plain{},
		"two commitments":        &twoCommits{},
		"no public input":        &noPublic{},
	} {
		t.Run(name, func(t *testing.T) {
			ccs := compileR1CS(t, c)
			t.Logf("%d constraints, %d commitments", ccs.GetNbConstraints(), len(ccs.GetCommitments().CommitmentIndexes()))
			// per-term multiplications, multi-scalar ones, and both
			defer func(was int) { msmThreshold = was }(msmThreshold)
			for _, msmThreshold = range []int{1, 3, math.MaxInt} {
				checkInitialize(t, srs, ccs)
			}
		})
	}
}

func TestInitializeErrors(t *testing.T) {
	_, srs := sealedPhase1(t)
	r, _ := asR1CS(compileCubic(t))
	commons, _ := srs.For(domainOf(r))
	l, err := srs.Lagrange(domainOf(r))
	if err != nil {
		t.Fatal(err)
	}
	short := &Lagrange{SRS: l.SRS, Tau1: l.Tau1[:2], AlphaTau1: l.AlphaTau1[:2], BetaTau1: l.BetaTau1[:2], Tau2: l.Tau2[:2]}
	if _, _, err := initialize(r, commons, short); err == nil {
		t.Fatal("a Lagrange form of another size was taken")
	}
	ragged := &Lagrange{SRS: l.SRS, Tau1: l.Tau1, AlphaTau1: l.AlphaTau1, BetaTau1: l.BetaTau1[:2], Tau2: l.Tau2}
	if _, _, err := initialize(r, commons, ragged); err == nil {
		t.Fatal("a ragged Lagrange form was taken")
	}
	small, _ := srs.For(2)
	if _, _, err := initialize(r, small, short); err == nil {
		t.Fatal("a domain smaller than the circuit was taken")
	}
}

func TestNAF(t *testing.T) {
	for _, c := range []uint64{1, 2, 3, 5, 7, 11, 255, 1 << 40, 1<<63 - 1, 1 << 63, 1<<64 - 1, 0xdeadbeefcafebabe} {
		d, n := naf(c)
		// Σ dᵢ2ⁱ in two words
		var lo, hi uint64
		for i := n - 1; i >= 0; i-- {
			hi = hi<<1 | lo>>63
			lo <<= 1
			switch d[i] {
			case 1:
				lo++
				if lo == 0 {
					hi++
				}
			case -1:
				if lo == 0 {
					hi--
				}
				lo--
			}
			if i+1 < n && d[i] != 0 && d[i+1] != 0 {
				t.Fatalf("naf(%d): adjacent non-zero digits", c)
			}
		}
		if lo != c || hi != 0 || d[n-1] != 1 {
			t.Fatalf("naf(%d) = %v (%d digits)", c, d[:n], n)
		}
	}
}

func TestLagrangeCache(t *testing.T) {
	_, srs := sealedPhase1(t)
	dir := t.TempDir()
	srs.LagrangeDir = dir
	const n = 16
	want, err := ComputeLagrange(srs, n)
	if err != nil {
		t.Fatal(err)
	}
	same := func(l *Lagrange) bool {
		return l.SRS == want.SRS && slices.Equal(l.Tau1, want.Tau1) && slices.Equal(l.AlphaTau1, want.AlphaTau1) &&
			slices.Equal(l.BetaTau1, want.BetaTau1) && slices.Equal(l.Tau2, want.Tau2)
	}
	var enc bytes.Buffer
	if _, err := want.WriteTo(&enc); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, LagrangeFile(srs.Info.SHA256, n))

	l, err := srs.Lagrange(n)
	if err != nil || !same(l) {
		t.Fatalf("computed: %v", err)
	}
	if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, enc.Bytes()) {
		t.Fatalf("the cache file is not the Lagrange form's encoding: %v", err)
	}
	if l, err := srs.Lagrange(n); err != nil || !same(l) {
		t.Fatalf("read from the cache: %v", err)
	}

	// a corrupted file is ignored and rewritten
	bad := bytes.Clone(enc.Bytes())
	bad[len(bad)/2] ^= 1
	if err := os.WriteFile(path, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := new(Lagrange).ReadFrom(bytes.NewReader(bad)); err == nil {
		t.Fatal("a corrupted file reads")
	}
	if l, err := srs.Lagrange(n); err != nil || !same(l) {
		t.Fatalf("with a corrupted cache: %v", err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, enc.Bytes()) {
		t.Fatal("the corrupted cache file was not rewritten")
	}
	// a truncated one too
	if err := os.WriteFile(path, enc.Bytes()[:len(enc.Bytes())-1], 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := srs.Lagrange(n); err != nil || !same(l) {
		t.Fatalf("with a truncated cache: %v", err)
	}

	// the Lagrange form of another size or of another SRS, under this
	// one's name, is not used
	other, err := ComputeLagrange(srs, n/2)
	if err != nil {
		t.Fatal(err)
	}
	var otherEnc bytes.Buffer
	if _, err := other.WriteTo(&otherEnc); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, otherEnc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := srs.Lagrange(n); err != nil || !same(l) {
		t.Fatalf("with the cache of another size: %v", err)
	}
	_, srs2 := sealedPhase1(t)
	foreign, err := ComputeLagrange(srs2, n)
	if err != nil {
		t.Fatal(err)
	}
	var foreignEnc bytes.Buffer
	if _, err := foreign.WriteTo(&foreignEnc); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, foreignEnc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := srs.Lagrange(n); err != nil || !same(l) {
		t.Fatalf("with the cache of another SRS: %v", err)
	}
	// and a phase 2 started with the cache is the same as without
	srs.LagrangeDir = ""
	plainStart, err := StartPhase2(srs, compileCubic(t), "cubic")
	if err != nil {
		t.Fatal(err)
	}
	srs.LagrangeDir = dir
	cachedStart, err := StartPhase2(srs, compileCubic(t), "cubic")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plainStart.States[0], cachedStart.States[0]) {
		t.Fatal("a phase 2 started from the cached Lagrange form differs")
	}
}
