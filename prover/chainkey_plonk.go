package prover

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
)

// The chain encoding of a verifying key starts with a header word whose
// first byte says the proof system (kind) and whose second byte is the
// encoding's version; the other 30 bytes are zero.
const (
	chainKeyKindPlonk       = 2
	chainKeyVersionPlonk    = 1
	plonkChainKeyFixedWords = 33
	// plonkMaxLogSize is the two-adicity of BN254's scalar field: no
	// PLONK domain is larger than 2^28.
	plonkMaxLogSize = 28
)

// ErrChainKey is wrapped when a verifying key has no chain encoding.
var ErrChainKey = errors.New("verifying key has no chain encoding")

// plonkChainKey encodes vk for PlonkVerifier.verify: 33+3k big-endian
// 32-byte words, k = len(vk.Qcp), the number of BSB22 commitments.
//
//	word        content
//	0           header: byte 0 = 2 (kind: PLONK), byte 1 = 1 (version), 30 zero bytes
//	1           n, the domain size (a power of two, at most 2^28)
//	2           number of public inputs (ℓ)
//	3           k, number of BSB22 commitments (custom gates Qcp)
//	4           n⁻¹ mod r
//	5           ω, generator of the domain of size n
//	6           coset shift
//	7..10       [1]G2  (x.A1, x.A0, y.A1, y.A0: the pairing precompile's order)
//	11..14      [τ]G2  (same order)
//	15..16      [1]G1 of the KZG key (x, y)
//	17..32      S1, S2, S3, Ql, Qr, Qm, Qo, Qk: two words (x, y) each
//	33..32+2k   Qcp[0..k-1]: two words each
//	33+2k..     the k commitment constraint indexes
//
// Every G1 point is gnark-crypto's RawBytes (= Marshal) of it: x then y,
// (0, 0) for the point at infinity, as the precompiles take it too; the
// words S1..Qcp are thus, in order, what gnark's Fiat-Shamir binds for the
// challenge γ.
// Scalars (n⁻¹, ω, shift) are reduced mod r.
//
// It refuses keys the contract could not check proofs under exactly as
// gnark's Verify does: a domain that is not a power of two up to 2^28, an
// inconsistent n⁻¹ or ω, commitment indexes past the domain, a number of
// Qcp that is not the number of indexes, or a KZG key with a point at
// infinity or off its subgroup.
func plonkChainKey(vk *plonkbn254.VerifyingKey) ([]byte, error) {
	if vk == nil {
		return nil, fmt.Errorf("%w: nil key", ErrChainKey)
	}
	n := vk.Size
	if n == 0 || n&(n-1) != 0 || n > 1<<plonkMaxLogSize {
		return nil, fmt.Errorf("%w: domain size %d is not a power of two up to 2^%d", ErrChainKey, n, plonkMaxLogSize)
	}
	var nFr, one fr.Element
	nFr.SetUint64(n)
	one.SetOne()
	if nFr.Mul(&nFr, &vk.SizeInv); !nFr.Equal(&one) {
		return nil, fmt.Errorf("%w: SizeInv is not 1/%d", ErrChainKey, n)
	}
	var w fr.Element
	w.Exp(vk.Generator, new(big.Int).SetUint64(n))
	if !w.Equal(&one) {
		return nil, fmt.Errorf("%w: the generator's order does not divide %d", ErrChainKey, n)
	}
	if n > 1 {
		if w.Exp(vk.Generator, new(big.Int).SetUint64(n/2)); w.Equal(&one) {
			return nil, fmt.Errorf("%w: the generator's order is less than %d", ErrChainKey, n)
		}
	}
	nbPub := vk.NbPublicVariables
	if nbPub > n {
		return nil, fmt.Errorf("%w: %d public inputs in a domain of %d", ErrChainKey, nbPub, n)
	}
	k := len(vk.Qcp)
	if k != len(vk.CommitmentConstraintIndexes) {
		return nil, fmt.Errorf("%w: %d Qcp for %d commitment indexes", ErrChainKey, k, len(vk.CommitmentConstraintIndexes))
	}
	for _, c := range vk.CommitmentConstraintIndexes {
		if c >= n-nbPub {
			return nil, fmt.Errorf("%w: commitment constraint %d past the domain (%d public inputs, size %d)", ErrChainKey, c, nbPub, n)
		}
	}
	if vk.Kzg.G1.IsInfinity() || !vk.Kzg.G1.IsInSubGroup() {
		return nil, fmt.Errorf("%w: KZG [1]G1 is infinity or not in G1", ErrChainKey)
	}
	for i := range vk.Kzg.G2 {
		if vk.Kzg.G2[i].IsInfinity() || !vk.Kzg.G2[i].IsInSubGroup() {
			return nil, fmt.Errorf("%w: KZG G2 point %d is infinity or not in G2", ErrChainKey, i)
		}
	}
	points := append([]bn254.G1Affine{vk.S[0], vk.S[1], vk.S[2], vk.Ql, vk.Qr, vk.Qm, vk.Qo, vk.Qk}, vk.Qcp...)
	for i := range points {
		if !points[i].IsInSubGroup() {
			return nil, fmt.Errorf("%w: a commitment of the key is not in G1", ErrChainKey)
		}
	}

	out := make([]byte, 0, 32*(plonkChainKeyFixedWords+3*k))
	var word [32]byte
	word[0], word[1] = chainKeyKindPlonk, chainKeyVersionPlonk
	out = append(out, word[:]...)
	for _, v := range []uint64{n, nbPub, uint64(k)} {
		out = appendUint64Word(out, v)
	}
	for _, e := range []*fr.Element{&vk.SizeInv, &vk.Generator, &vk.CosetShift} {
		b := e.Bytes()
		out = append(out, b[:]...)
	}
	for i := range vk.Kzg.G2 {
		out = appendG2(out, &vk.Kzg.G2[i])
	}
	out = appendG1(out, &vk.Kzg.G1)
	for i := range points {
		out = appendG1(out, &points[i])
	}
	for _, c := range vk.CommitmentConstraintIndexes {
		out = appendUint64Word(out, c)
	}
	return out, nil
}
