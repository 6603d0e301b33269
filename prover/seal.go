package prover

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"golang.org/x/crypto/sha3"

	"github.com/zkinfer/zkinfer/models"
)

// Encrypted outputs (fair exchange). A buyer's encryption key is a point
// of Baby Jubjub, the twisted Edwards curve over BN254's scalar field
// (gnark-crypto's bn254/twistededwards), named by its y coordinate alone:
// P and −P = (−x, y) share it, and so do their shared secrets, so the
// sign of x never matters. The prover draws an ephemeral secret e, publishes
// R = e·G (its y) and encrypts the output's opening, the salt and the
// packed values [salt, PackInt8(output)...] that its commitment absorbs,
// with a Poseidon2 keystream keyed by the y of S = e·P and the job tag:
//
//	c_i = m_i + k_i,   (k_0, k_1, ...) = squeeze(sponge(DomainCipher, n; S.y, tag))
//
// The buyer recomputes S = sk·R. The circuit proves the same equations
// (sealOutput), so a proof that verifies delivers an output that opens
// the output commitment to the holder of the buyer key.

// EphemeralBits is the width of the ephemeral secret: enough for any
// scalar below the order of Baby Jubjub's prime subgroup (≈ 2^250.6).
const EphemeralBits = 251

// ErrBuyerKey is wrapped by errors about a buyer key that is not a point
// of the curve's prime subgroup, or a missing one.
var ErrBuyerKey = errors.New("invalid buyer encryption key")

// Sealed is an encrypted output as the proof's public inputs carry it.
type Sealed struct {
	// BuyerKey is the y of the buyer's public key the output is sealed to.
	BuyerKey Field `json:"buyerKey"`
	// EphemeralKey is the y of R = e·G.
	EphemeralKey Field `json:"ephemeralKey"`
	// Ciphertext encrypts [salt, PackInt8(output)...].
	Ciphertext []Field `json:"ciphertext"`
}

// CiphertextLen is the number of ciphertext elements of an output of n
// values: the salt and the packed values.
func CiphertextLen(n int) int { return 1 + (n+models.Int8PerElement-1)/models.Int8PerElement }

// Elements lists the sealed output's public inputs in circuit order:
// buyer key, ephemeral key, ciphertext.
func (s *Sealed) Elements() []fr.Element {
	out := []fr.Element{s.BuyerKey.Element(), s.EphemeralKey.Element()}
	for _, c := range s.Ciphertext {
		out = append(out, c.Element())
	}
	return out
}

// BuyerSecret is a buyer's decryption key: a scalar of Baby Jubjub's prime
// subgroup. It is never stored: DeriveBuyerSecret recomputes it.
type BuyerSecret struct{ s big.Int }

// DeriveBuyerSecret derives a buyer secret from seed, which must be secret
// and stable: zkinfer uses the buyer account's signature over a fixed
// message, so a buyer keeps no extra secret. The scalar is
// keccak256("zkinfer buyer encryption key" ‖ seed) modulo the subgroup
// order (0 maps to 1).
func DeriveBuyerSecret(seed []byte) *BuyerSecret {
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte("zkinfer buyer encryption key"))
	h.Write(seed)
	curve := twistededwards.GetEdwardsCurve()
	var b BuyerSecret
	b.s.SetBytes(h.Sum(nil))
	b.s.Mod(&b.s, &curve.Order)
	if b.s.Sign() == 0 {
		b.s.SetInt64(1)
	}
	return &b
}

// Public is the buyer's public key, the y of sk·G: what a deposit names.
func (b *BuyerSecret) Public() Field {
	var p twistededwards.PointAffine
	p.ScalarMultiplicationBase(&b.s)
	return Field(p.Y)
}

// pointOfY is the point of the prime subgroup with y coordinate y (either
// sign of x); it refuses a y that names no point, or a point of small or
// mixed order, or the identity.
func pointOfY(y fr.Element) (twistededwards.PointAffine, error) {
	curve := twistededwards.GetEdwardsCurve()
	var one, num, den, x fr.Element
	one.SetOne()
	num.Square(&y)
	den.Mul(&num, &curve.D)
	num.Sub(&one, &num)
	den.Sub(&curve.A, &den)
	var p twistededwards.PointAffine
	if den.IsZero() {
		return p, fmt.Errorf("%w: y = %s names no point of Baby Jubjub", ErrBuyerKey, Field(y))
	}
	x.Div(&num, &den)
	if x.Sqrt(&x) == nil {
		return p, fmt.Errorf("%w: y = %s names no point of Baby Jubjub", ErrBuyerKey, Field(y))
	}
	p = twistededwards.NewPointAffine(x, y)
	if !p.IsOnCurve() || !p.IsInSubGroup() || p.IsZero() {
		return p, fmt.Errorf("%w: y = %s is not a point of Baby Jubjub's prime subgroup other than the identity", ErrBuyerKey, Field(y))
	}
	return p, nil
}

// CheckBuyerKey reports whether key names a usable buyer key.
func CheckBuyerKey(key Field) error {
	_, err := pointOfY(key.Element())
	return err
}

// keystream is the n-element Poseidon2 keystream of shared secret y and
// job tag: the width-16 sponge under DomainCipher with length n absorbs
// (y, tag) and is squeezed, 15 elements per permutation.
func keystream(y, tag fr.Element, n int) []fr.Element {
	perm := poseidon2.NewPermutation(models.SpongeWidth, models.SpongeFullRounds, models.SpongePartialRounds)
	state := make([]fr.Element, models.SpongeWidth)
	state[0], state[1] = y, tag
	state[models.SpongeRate] = models.SpongeIV(models.DomainCipher, n)
	out := make([]fr.Element, 0, n)
	for len(out) < n {
		if err := perm.Permutation(state); err != nil {
			panic(err) // the state has the permutation's width by construction
		}
		out = append(out, state[:min(models.SpongeRate, n-len(out))]...)
	}
	return out
}

// outputMessage is what an encrypted output's ciphertext encrypts: the
// elements its commitment absorbs, the salt and the packed values.
func outputMessage(salt fr.Element, output []int8) []fr.Element {
	return append([]fr.Element{salt}, models.PackInt8(output)...)
}

// seal encrypts the output's opening to buyer key for the job tag with a
// fresh ephemeral secret, which it returns for the witness.
func seal(buyerKey Field, tag, salt fr.Element, output []int8) (*Sealed, *big.Int, error) {
	curve := twistededwards.GetEdwardsCurve()
	// 1 ≤ e < ℓ: the circuit refuses e ≡ 0
	e, err := rand.Int(rand.Reader, new(big.Int).Sub(&curve.Order, big.NewInt(1)))
	if err != nil {
		return nil, nil, err
	}
	e.Add(e, big.NewInt(1))
	s, err := sealWith(buyerKey, tag, salt, output, e)
	return s, e, err
}

// sealWith is seal with the ephemeral secret e given.
func sealWith(buyerKey Field, tag, salt fr.Element, output []int8, e *big.Int) (*Sealed, error) {
	pk, err := pointOfY(buyerKey.Element())
	if err != nil {
		return nil, err
	}
	var r, shared twistededwards.PointAffine
	r.ScalarMultiplicationBase(e)
	shared.ScalarMultiplication(&pk, e)
	msg := outputMessage(salt, output)
	ks := keystream(shared.Y, tag, len(msg))
	out := &Sealed{BuyerKey: buyerKey, EphemeralKey: Field(r.Y), Ciphertext: make([]Field, len(msg))}
	for i := range msg {
		var c fr.Element
		c.Add(&msg[i], &ks[i])
		out.Ciphertext[i] = Field(c)
	}
	return out, nil
}

// Decrypt recovers an output of n values and its salt from a sealed
// output for the job tag. It checks nothing against a commitment (Open
// does): under a wrong key it returns values that open nothing.
func (b *BuyerSecret) Decrypt(s *Sealed, tag fr.Element, n int) (salt fr.Element, output []int8, err error) {
	if want := CiphertextLen(n); len(s.Ciphertext) != want {
		return salt, nil, fmt.Errorf("%w: %d ciphertext elements for %d output values, want %d", ErrMalformedBundle, len(s.Ciphertext), n, want)
	}
	r, err := pointOfY(s.EphemeralKey.Element())
	if err != nil {
		return salt, nil, fmt.Errorf("ephemeral key: %w", err)
	}
	var shared twistededwards.PointAffine
	shared.ScalarMultiplication(&r, &b.s)
	ks := keystream(shared.Y, tag, len(s.Ciphertext))
	msg := make([]fr.Element, len(ks))
	for i := range ks {
		c := s.Ciphertext[i].Element()
		msg[i].Sub(&c, &ks[i])
	}
	output = make([]int8, n)
	for i := range output {
		// PackInt8's big-endian bytes: value j of an element sits at byte 31−j
		bs := msg[1+i/models.Int8PerElement].Bytes()
		output[i] = int8(int(bs[fr.Bytes-1-i%models.Int8PerElement]) - 128)
	}
	return msg[0], output, nil
}

// ErrNotForBuyer: a sealed output that does not open its commitment under
// the buyer's key: sealed to another key, altered, or for another job.
var ErrNotForBuyer = errors.New("the encrypted output does not open its commitment under this buyer key")

// Open decrypts a sealed output of n values for the job tag and checks
// that it opens outputCommitment.
func (b *BuyerSecret) Open(s *Sealed, tag, outputCommitment fr.Element, n int) (fr.Element, []int8, error) {
	if s.BuyerKey != b.Public() {
		return fr.Element{}, nil, fmt.Errorf("%w: sealed to key %s, this buyer's is %s", ErrNotForBuyer, s.BuyerKey, b.Public())
	}
	salt, out, err := b.Decrypt(s, tag, n)
	if err != nil {
		return salt, nil, err
	}
	if c := models.CommitTensor(models.DomainOutput, salt, out); c != outputCommitment {
		return salt, nil, fmt.Errorf("%w (commitment %s)", ErrNotForBuyer, Field(outputCommitment))
	}
	return salt, out, nil
}
