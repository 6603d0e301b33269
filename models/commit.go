package models

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Parameters of the commitment sponge. The prover's circuit reproduces the
// same sponge with gnark's in-circuit Poseidon2; both read these constants.
const (
	// SpongeWidth is the Poseidon2 state width (BN254 parameters t=16, rF=8, rP=57).
	SpongeWidth = 16
	// SpongeRate is the number of elements absorbed per permutation; the
	// last state element is the capacity.
	SpongeRate          = SpongeWidth - 1
	SpongeFullRounds    = 8
	SpongePartialRounds = 57
	// Int8PerElement int8 values are packed into one field element, one
	// byte each (v+128), little-endian.
	Int8PerElement = 31
	// Int32PerElement int32 values are packed into one field element, 32
	// bits each (v+2^31), little-endian.
	Int32PerElement = 7
)

// Domain separates the commitments to different kinds of data.
type Domain uint64

// Commitment domains.
const (
	DomainModel        Domain = 1
	DomainInput        Domain = 2
	DomainOutput       Domain = 3
	DomainArchitecture Domain = 4
	// DomainCipher keys the stream cipher of an encrypted output: the
	// sponge's output is a keystream, not a commitment.
	DomainCipher Domain = 5
)

// SpongeIV is the initial capacity element of the sponge: the domain and the
// length of the message, so that zero padding is unambiguous (packing
// stores an int8 −128 as a zero byte, like an unused slot).
func SpongeIV(d Domain, length int) fr.Element {
	var iv, l fr.Element
	iv.SetUint64(uint64(d))
	var shift fr.Element
	shift.SetBigInt(new(big.Int).Lsh(big.NewInt(1), 64))
	iv.Mul(&iv, &shift)
	l.SetUint64(uint64(length))
	iv.Add(&iv, &l)
	return iv
}

// Hash absorbs elems into the width-16 Poseidon2 sponge under domain d and
// returns the first state element. The message length is len(elems).
func Hash(d Domain, elems []fr.Element) fr.Element {
	return HashLength(d, len(elems), elems)
}

// HashLength is Hash with the message length given in the message's own
// unit (int8 values for a tensor), which SpongeIV binds.
func HashLength(d Domain, length int, elems []fr.Element) fr.Element {
	perm := poseidon2.NewPermutation(SpongeWidth, SpongeFullRounds, SpongePartialRounds)
	state := make([]fr.Element, SpongeWidth)
	state[SpongeRate] = SpongeIV(d, length)
	for start := 0; start < len(elems) || start == 0; start += SpongeRate {
		for i := 0; i < SpongeRate && start+i < len(elems); i++ {
			state[i].Add(&state[i], &elems[start+i])
		}
		if err := perm.Permutation(state); err != nil {
			panic(err) // the state has the permutation's width by construction
		}
	}
	return state[0]
}

// PackInt8 packs int8 values, 31 per field element, as bytes v+128.
func PackInt8(v []int8) []fr.Element {
	out := make([]fr.Element, (len(v)+Int8PerElement-1)/Int8PerElement)
	var b [fr.Bytes]byte
	for i := range out {
		clear(b[:])
		for j := 0; j < Int8PerElement && i*Int8PerElement+j < len(v); j++ {
			// big-endian bytes: limb j sits at b[31-j]
			b[fr.Bytes-1-j] = uint8(int(v[i*Int8PerElement+j]) + 128)
		}
		out[i].SetBytes(b[:])
	}
	return out
}

// PackInt32 packs int32 values, 7 per field element, as 32-bit words v+2^31.
func PackInt32(v []int32) []fr.Element {
	out := make([]fr.Element, (len(v)+Int32PerElement-1)/Int32PerElement)
	for i := range out {
		acc := new(big.Int)
		for j := Int32PerElement - 1; j >= 0; j-- {
			acc.Lsh(acc, 32)
			if k := i*Int32PerElement + j; k < len(v) {
				acc.Add(acc, big.NewInt(int64(v[k])+1<<31))
			}
		}
		out[i].SetBigInt(acc)
	}
	return out
}

// packBytes packs raw bytes, 31 per element, little-endian.
func packBytes(data []byte) []fr.Element {
	out := make([]fr.Element, (len(data)+Int8PerElement-1)/Int8PerElement)
	var b [fr.Bytes]byte
	for i := range out {
		clear(b[:])
		for j := 0; j < Int8PerElement && i*Int8PerElement+j < len(data); j++ {
			b[fr.Bytes-1-j] = data[i*Int8PerElement+j]
		}
		out[i].SetBytes(b[:])
	}
	return out
}

// ArchitectureDigest hashes everything about the model except its weights
// and biases: ops, shapes, scales and requantization parameters.
func (m *Model) ArchitectureDigest() fr.Element {
	return Hash(DomainArchitecture, packBytes(m.encodeBody(false)))
}

// CommitmentPreimage is the list of elements the model commitment absorbs:
// the architecture digest, then for each node with parameters its packed
// weights and packed biases.
func (m *Model) CommitmentPreimage() []fr.Element {
	elems := []fr.Element{m.ArchitectureDigest()}
	for i := range m.Nodes {
		elems = append(elems, PackInt8(m.Nodes[i].Weights)...)
		elems = append(elems, PackInt32(m.Nodes[i].Bias)...)
	}
	return elems
}

// Commitment is the model commitment: Poseidon2 over the architecture digest
// and the packed parameters.
func (m *Model) Commitment() fr.Element {
	return Hash(DomainModel, m.CommitmentPreimage())
}

// CommitTensor is the salted commitment to an int8 tensor (input or output):
// the sponge over the salt and the packed values, with the number of values
// as the message length, so that no other number of values opens it.
func CommitTensor(d Domain, salt fr.Element, values []int8) fr.Element {
	return HashLength(d, len(values), append([]fr.Element{salt}, PackInt8(values)...))
}

// NewSalt draws a uniformly random field element for a tensor commitment.
func NewSalt() (fr.Element, error) {
	var s fr.Element
	_, err := s.SetRandom()
	return s, err
}
