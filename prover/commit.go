package prover

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	p2 "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkinfer/zkinfer/models"
)

// hashInCircuit is the in-circuit twin of models.HashLength: the width-16
// Poseidon2 sponge, capacity element initialised with the domain and the
// message length.
func hashInCircuit(api frontend.API, d models.Domain, length int, elems []frontend.Variable) (frontend.Variable, error) {
	perm, err := p2.NewPoseidon2FromParameters(api, models.SpongeWidth, models.SpongeFullRounds, models.SpongePartialRounds)
	if err != nil {
		return nil, err
	}
	state := make([]frontend.Variable, models.SpongeWidth)
	for i := range state {
		state[i] = 0
	}
	iv := models.SpongeIV(d, length)
	state[models.SpongeRate] = elementToBig(iv)
	for start := 0; start < len(elems) || start == 0; start += models.SpongeRate {
		for i := 0; i < models.SpongeRate && start+i < len(elems); i++ {
			state[i] = api.Add(state[i], elems[start+i])
		}
		if err := perm.Permutation(state); err != nil {
			return nil, err
		}
	}
	return state[0], nil
}

// packInt8InCircuit is the twin of models.PackInt8. Each value must be
// range-checked to int8 by the caller, or the packing is not binding.
func packInt8InCircuit(api frontend.API, v []frontend.Variable) []frontend.Variable {
	return packLimbs(api, v, models.Int8PerElement, 8, 128)
}

// packInt32InCircuit is the twin of models.PackInt32. Each value must be
// range-checked to int32 by the caller.
func packInt32InCircuit(api frontend.API, v []frontend.Variable) []frontend.Variable {
	return packLimbs(api, v, models.Int32PerElement, 32, 1<<31)
}

func packLimbs(api frontend.API, v []frontend.Variable, per, bits int, offset int64) []frontend.Variable {
	out := make([]frontend.Variable, 0, (len(v)+per-1)/per)
	for start := 0; start < len(v); start += per {
		terms := make([]frontend.Variable, 0, per)
		var constant big.Int
		for j := 0; j < per && start+j < len(v); j++ {
			base := new(big.Int).Lsh(big.NewInt(1), uint(bits*j))
			terms = append(terms, api.Mul(v[start+j], base))
			constant.Add(&constant, new(big.Int).Mul(big.NewInt(offset), base))
		}
		terms = append(terms, &constant)
		out = append(out, sum(api, terms))
	}
	return out
}

// sum adds any number of terms in one linear expression.
func sum(api frontend.API, terms []frontend.Variable) frontend.Variable {
	switch len(terms) {
	case 0:
		return 0
	case 1:
		return terms[0]
	default:
		return api.Add(terms[0], terms[1], terms[2:]...)
	}
}

func elementToBig(e fr.Element) *big.Int {
	var b big.Int
	e.BigInt(&b)
	return &b
}
