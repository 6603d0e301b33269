package prover

import (
	"context"
	"errors"
	"math/big"
	"math/rand"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/models"
)

func sealJob(id int64, key Field) *Job {
	return &Job{ChainID: big.NewInt(1337), Escrow: common.HexToAddress("0xe5c0"), ID: big.NewInt(id), Provider: common.HexToAddress("0x9a0"), BuyerKey: &key}
}

// TestSealOpens: the buyer opens what was sealed to its key for its job;
// nobody else does. A third party who decrypts with another key, or for
// another job, gets values that do not open the output commitment.
func TestSealOpens(t *testing.T) {
	buyer, other := DeriveBuyerSecret([]byte("buyer")), DeriveBuyerSecret([]byte("someone else"))
	if buyer.Public() == other.Public() {
		t.Fatal("two seeds, one key")
	}
	if again := DeriveBuyerSecret([]byte("buyer")); again.Public() != buyer.Public() {
		t.Fatal("a seed derives two keys")
	}
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{1, 10, 31, 32, 500} {
		out := randomInput(rng, n)
		salt, err := models.NewSalt()
		if err != nil {
			t.Fatal(err)
		}
		job := sealJob(7, buyer.Public())
		tag := job.Tag()
		commitment := models.CommitTensor(models.DomainOutput, salt, out)
		s, _, err := seal(buyer.Public(), tag, salt, out)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Ciphertext) != CiphertextLen(n) {
			t.Fatalf("%d values: %d ciphertext elements, want %d", n, len(s.Ciphertext), CiphertextLen(n))
		}
		gotSalt, got, err := buyer.Open(s, tag, commitment, n)
		if err != nil || gotSalt != salt || !slices.Equal(got, out) {
			t.Fatalf("%d values: the buyer does not open its output: %v", n, err)
		}
		if _, _, err := other.Open(s, tag, commitment, n); !errors.Is(err, ErrNotForBuyer) {
			t.Errorf("%d values: another buyer opened the output: %v", n, err)
		}
		// a third party with the chain data and its own key
		wrongSalt, wrong, err := other.Decrypt(s, tag, n)
		if err != nil {
			t.Fatal(err)
		}
		if models.CommitTensor(models.DomainOutput, wrongSalt, wrong) == commitment || slices.Equal(wrong, out) {
			t.Errorf("%d values: decrypted under a wrong key", n)
		}
		otherJob := sealJob(8, buyer.Public()).Tag()
		if _, _, err := buyer.Open(s, otherJob, commitment, n); !errors.Is(err, ErrNotForBuyer) {
			t.Errorf("%d values: opened for another job: %v", n, err)
		}
		altered := *s
		altered.Ciphertext = slices.Clone(s.Ciphertext)
		c := altered.Ciphertext[len(altered.Ciphertext)-1].Element()
		c.Add(&c, new(fr.Element).SetOne())
		altered.Ciphertext[len(altered.Ciphertext)-1] = Field(c)
		if _, _, err := buyer.Open(&altered, tag, commitment, n); !errors.Is(err, ErrNotForBuyer) {
			t.Errorf("%d values: an altered ciphertext opened: %v", n, err)
		}
	}
}

// TestBuyerKeyRefused: a y that names no point, the identity, points of
// small order and points outside the prime subgroup are no buyer keys.
func TestBuyerKeyRefused(t *testing.T) {
	if err := CheckBuyerKey(DeriveBuyerSecret([]byte("b")).Public()); err != nil {
		t.Fatalf("a derived key refused: %v", err)
	}
	var one, minusOne fr.Element
	one.SetOne()
	minusOne.Neg(&one)
	bad := map[string]fr.Element{"identity": one, "order 2": minusOne}
	// a y with no x
	for i := uint64(2); ; i++ {
		var y fr.Element
		y.SetUint64(i)
		if _, err := pointOfY(y); err != nil && !errors.Is(err, ErrBuyerKey) {
			t.Fatal(err)
		} else if err != nil {
			bad["no point"] = y
			break
		}
	}
	// a point of the full group outside the prime subgroup: G plus a point of order 2... (0, −1)
	g := twistededwards.GetEdwardsCurve().Base
	var t2, mixed twistededwards.PointAffine
	t2.X.SetZero()
	t2.Y.Set(&minusOne)
	mixed.Add(&g, &t2)
	if !mixed.IsInSubGroup() {
		bad["mixed order"] = mixed.Y
	}
	for what, y := range bad {
		if err := CheckBuyerKey(Field(y)); !errors.Is(err, ErrBuyerKey) {
			t.Errorf("%s: %v", what, err)
		}
	}
	if err := (&Job{ChainID: big.NewInt(1), ID: big.NewInt(1), BuyerKey: &[]Field{Field(one)}[0]}).Validate(); err == nil {
		t.Error("a job with the identity as buyer key validated")
	}
}

// sealTarget is a small model's circuit with an encrypted output, the
// buyer, an honest assignment for a job and the assignment's pieces.
type sealTarget struct {
	*target
	m      *models.Model
	opts   Options
	buyer  *BuyerSecret
	job    *Job
	open   *Opening
	st     *Statement
	honest *Circuit
}

func newSealTarget(t *testing.T, rc RangeCheck) *sealTarget {
	t.Helper()
	m := randomModel(rand.New(rand.NewSource(3)), []int{12, 6, 5})
	opts := Options{Weights: Fixed, Input: Committed, Output: Encrypted, RangeCheck: rc}.WithDefaults()
	c, err := NewCircuit(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	st := &sealTarget{target: newTarget(t, c), m: m, opts: opts, buyer: DeriveBuyerSecret([]byte("buyer"))}
	st.job = sealJob(11, st.buyer.Public())
	st.open, st.st, st.honest, err = Inference(context.Background(), m, opts, randomInput(rand.New(rand.NewSource(4)), 12), nil, st.job)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// assign is the full assignment for statement st with the given seal
// witness [e, x of the buyer key].
func (s *sealTarget) assign(t *testing.T, st *Statement, seal []frontend.Variable) *Circuit {
	t.Helper()
	c, err := Assign(s.m, s.opts, s.open, st)
	if err != nil {
		t.Fatal(err)
	}
	c.Seal = seal
	return c
}

// TestSoundnessSealedOutput: a prover cannot make a proof whose ciphertext
// fails the buyer. Refused: a ciphertext sealed to another buyer key under
// the job's key, with either witness for the key's x; a ciphertext altered
// after sealing; an ephemeral key that is not the one the shared secret
// used; an ephemeral secret that is not the ephemeral key's; the ciphertext
// of another job's tag. Accepted: the honest seal, and the buyer key's x
// of either sign (P and −P share y and the shared secret's y).
func TestSoundnessSealedOutput(t *testing.T) {
	const blame = "prover.sealOutput|assertIsOnCurve"
	for _, rc := range []RangeCheck{RangeCheckBits, RangeCheckLogDeriv} {
		s := newSealTarget(t, rc)
		name := func(what string) string { return string(rc) + ": " + what }
		s.accept(t, name("honest"), s.honest, nil)
		if _, got, err := s.buyer.Open(s.st.Sealed, s.job.Tag(), s.st.OutputCommitment, len(s.open.Output)); err != nil || !slices.Equal(got, s.open.Output) {
			t.Fatalf("the buyer cannot open the honest seal: %v", err)
		}
		e := s.honest.Seal[0].(*big.Int)
		pkx := s.honest.Seal[1].(*big.Int)
		negX := new(big.Int).Sub(fieldOf(), pkx)
		s.accept(t, name("buyer key with −x"), s.assign(t, s.st, []frontend.Variable{e, negX}), nil)

		// sealed to the prover's own key, claimed for the buyer's
		own := DeriveBuyerSecret([]byte("provider"))
		mine, err := sealWith(own.Public(), s.st.JobTag, s.open.OutputSalt.Element(), s.open.Output, e)
		if err != nil {
			t.Fatal(err)
		}
		forged := *s.st
		forged.Sealed = &Sealed{BuyerKey: s.st.Sealed.BuyerKey, EphemeralKey: mine.EphemeralKey, Ciphertext: mine.Ciphertext}
		s.reject(t, name("ciphertext for another key, the buyer's x"), s.assign(t, &forged, []frontend.Variable{e, pkx}), nil, blame)
		ownPK, _ := pointOfY(own.Public().Element())
		s.reject(t, name("ciphertext for another key, its x"), s.assign(t, &forged, []frontend.Variable{e, elementToBig(ownPK.X)}), nil, blame)

		// altered after sealing
		for i := range s.st.Sealed.Ciphertext {
			altered := *s.st
			altered.Sealed = &Sealed{BuyerKey: s.st.Sealed.BuyerKey, EphemeralKey: s.st.Sealed.EphemeralKey, Ciphertext: slices.Clone(s.st.Sealed.Ciphertext)}
			c := altered.Sealed.Ciphertext[i].Element()
			c.Add(&c, new(fr.Element).SetOne())
			altered.Sealed.Ciphertext[i] = Field(c)
			s.reject(t, name("ciphertext element altered"), s.assign(t, &altered, []frontend.Variable{e, pkx}), nil, blame)
		}

		// an ephemeral key other than the secret's
		e2 := new(big.Int).Add(e, big.NewInt(1))
		other, err := sealWith(s.st.Sealed.BuyerKey, s.st.JobTag, s.open.OutputSalt.Element(), s.open.Output, e2)
		if err != nil {
			t.Fatal(err)
		}
		mismatched := *s.st
		mismatched.Sealed = &Sealed{BuyerKey: s.st.Sealed.BuyerKey, EphemeralKey: other.EphemeralKey, Ciphertext: s.st.Sealed.Ciphertext}
		s.reject(t, name("mismatched ephemeral key"), s.assign(t, &mismatched, []frontend.Variable{e, pkx}), nil, blame)
		s.reject(t, name("ephemeral secret not the key's"), s.assign(t, s.st, []frontend.Variable{e2, pkx}), nil, blame)
		wide := new(big.Int).Add(e, new(big.Int).Lsh(big.NewInt(1), EphemeralBits))
		s.reject(t, name("ephemeral secret beyond its bits"), s.assign(t, s.st, []frontend.Variable{wide, pkx}), nil, "")

		// e ≡ 0 modulo the subgroup order: R and S the identity, a
		// keystream anyone computes
		curve := twistededwards.GetEdwardsCurve()
		order := &curve.Order
		for _, zero := range []*big.Int{new(big.Int), new(big.Int).Set(order)} {
			open, err := sealWith(s.st.Sealed.BuyerKey, s.st.JobTag, s.open.OutputSalt.Element(), s.open.Output, zero)
			if err != nil {
				t.Fatal(err)
			}
			if one := new(fr.Element).SetOne(); open.EphemeralKey != Field(*one) {
				t.Fatalf("e = %v: ephemeral key %s, want the identity's y", zero, open.EphemeralKey)
			}
			public := *s.st
			public.Sealed = open
			s.reject(t, name("an ephemeral secret of the identity"), s.assign(t, &public, []frontend.Variable{zero, pkx}), nil, blame)
		}

		// the seal of another job, under this job's tag
		otherTag := sealJob(12, s.buyer.Public()).Tag()
		ofOther, err := sealWith(s.st.Sealed.BuyerKey, otherTag, s.open.OutputSalt.Element(), s.open.Output, e)
		if err != nil {
			t.Fatal(err)
		}
		replayed := *s.st
		replayed.Sealed = ofOther
		s.reject(t, name("another job's ciphertext"), s.assign(t, &replayed, []frontend.Variable{e, pkx}), nil, blame)
	}
}

// TestSealedConstraintCost: what the encrypted output adds to the MNIST
// MLP, against the budget of 20,000 constraints.
func TestSealedConstraintCost(t *testing.T) {
	m := randomModel(rand.New(rand.NewSource(5)), []int{16, 10})
	cost := func(out Visibility) int {
		c, err := NewCircuit(m, Options{Weights: Fixed, Input: Committed, Output: out, RangeCheck: RangeCheckBits})
		if err != nil {
			t.Fatal(err)
		}
		return compile(t, c).GetNbConstraints()
	}
	extra := cost(Encrypted) - cost(Committed)
	t.Logf("an encrypted output of 10 values costs %d constraints more than a committed one", extra)
	if extra > 20000 || extra <= 0 {
		t.Errorf("an encrypted output costs %d more constraints, the budget is 20,000", extra)
	}
}
