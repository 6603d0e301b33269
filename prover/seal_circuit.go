package prover

import (
	"math/big"

	edbn254 "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	p2 "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkinfer/zkinfer/models"
)

// sealOutput proves that ciphertext encrypts msg (the output's salt and
// packed values) to the buyer key whose y is buyerKeyY, under an ephemeral
// secret e whose public key has y ephemeralY, for the job tag (seal.go):
//
//	(x_P, buyerKeyY) on the curve      (the private x, either sign)
//	e < 2^EphemeralBits                 (one bit decomposition, used twice)
//	(e·G).y = ephemeralY ≠ 1,  S = e·P,  c_i = m_i + k_i(S.y, tag)
//
// Both scalar multiplications read the same bits of e, so R and S are
// multiples of G and P by one integer and the buyer's sk·R equals ±S.
// Twisted Edwards addition on Baby Jubjub is complete (a = −1 a square, d
// not), so no input makes a denominator vanish.
func sealOutput(api frontend.API, msg []frontend.Variable, tag, buyerKeyY, buyerKeyX, ephemeralY, e frontend.Variable, ciphertext []frontend.Variable) error {
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return err
	}
	pk := twistededwards.Point{X: buyerKeyX, Y: buyerKeyY}
	curve.AssertIsOnCurve(pk)
	bits := api.ToBinary(e, EphemeralBits)
	r := fixedBaseMul(api, curve, bits)
	api.AssertIsEqual(r.Y, ephemeralY)
	// e ≡ 0 modulo the subgroup order (e = 0 or e = ℓ, both below
	// 2^251) makes R and S the identity, y = 1, and the keystream anyone's
	// to compute: refused. No other point of the subgroup has y = 1.
	api.AssertIsDifferent(ephemeralY, 1)
	s := variableBaseMul(api, curve, pk, bits)
	ks, err := keystreamInCircuit(api, s.Y, tag, len(msg))
	if err != nil {
		return err
	}
	for i := range msg {
		api.AssertIsEqual(ciphertext[i], api.Add(msg[i], ks[i]))
	}
	return nil
}

// fixedBaseMul is Σ b_i·2^i·G for the generator G of the prime subgroup,
// two bits a step: the four multiples of 4^j·G are constants, so picking
// one is linear in the bits and their product, and each step costs that
// product and one addition.
func fixedBaseMul(api frontend.API, curve twistededwards.Curve, bits []frontend.Variable) twistededwards.Point {
	g := edbn254.GetEdwardsCurve().Base
	var acc twistededwards.Point
	for j := 0; j < len(bits); j += 2 {
		var p1, p2, p3 edbn254.PointAffine // g, 2g, 3g for g = 4^(j/2)·G
		p1.Set(&g)
		p2.Double(&g)
		p3.Add(&p2, &g)
		var pt twistededwards.Point
		if j+1 == len(bits) {
			b := bits[j]
			pt.X = api.Mul(b, elementToBig(p1.X))
			pt.Y = api.Add(1, api.Mul(b, new(big.Int).Sub(elementToBig(p1.Y), big.NewInt(1))))
		} else {
			b0, b1 := bits[j], bits[j+1]
			b01 := api.Mul(b0, b1)
			pt.X = pick(api, b0, b1, b01, big.NewInt(0), elementToBig(p1.X), elementToBig(p2.X), elementToBig(p3.X))
			pt.Y = pick(api, b0, b1, b01, big.NewInt(1), elementToBig(p1.Y), elementToBig(p2.Y), elementToBig(p3.Y))
		}
		if j == 0 {
			acc = pt
		} else {
			acc = curve.Add(acc, pt)
		}
		g.Double(&g)
		g.Double(&g)
	}
	return acc
}

// pick is the constant v_(b0+2·b1), as a linear expression in b0, b1 and
// their product b01.
func pick(api frontend.API, b0, b1, b01 frontend.Variable, v0, v1, v2, v3 *big.Int) frontend.Variable {
	d1 := new(big.Int).Sub(v1, v0)
	d2 := new(big.Int).Sub(v2, v0)
	d3 := new(big.Int).Sub(v3, v2)
	d3.Sub(d3, v1).Add(d3, v0)
	return api.Add(v0, api.Mul(b0, d1), api.Mul(b1, d2), api.Mul(b01, d3))
}

// variableBaseMul is Σ b_i·2^i·P by double-and-add from the top bit.
func variableBaseMul(api frontend.API, curve twistededwards.Curve, p twistededwards.Point, bits []frontend.Variable) twistededwards.Point {
	var acc twistededwards.Point
	for i := len(bits) - 1; i >= 0; i-- {
		b := bits[i]
		pt := twistededwards.Point{X: api.Mul(b, p.X), Y: api.Add(1, api.Mul(b, api.Sub(p.Y, 1)))}
		if i == len(bits)-1 {
			acc = pt
			continue
		}
		acc = curve.Add(curve.Double(acc), pt)
	}
	return acc
}

// keystreamInCircuit is the twin of keystream.
func keystreamInCircuit(api frontend.API, y, tag frontend.Variable, n int) ([]frontend.Variable, error) {
	perm, err := p2.NewPoseidon2FromParameters(api, models.SpongeWidth, models.SpongeFullRounds, models.SpongePartialRounds)
	if err != nil {
		return nil, err
	}
	state := make([]frontend.Variable, models.SpongeWidth)
	for i := range state {
		state[i] = 0
	}
	state[0], state[1] = y, tag
	state[models.SpongeRate] = elementToBig(models.SpongeIV(models.DomainCipher, n))
	out := make([]frontend.Variable, 0, n)
	for len(out) < n {
		if err := perm.Permutation(state); err != nil {
			return nil, err
		}
		out = append(out, state[:min(models.SpongeRate, n-len(out))]...)
	}
	return out, nil
}
