package prover

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"golang.org/x/crypto/sha3"

	"github.com/zkinfer/zkinfer/models"
)

// ChainKey is the verifying key in the encoding zkinfer's on-chain
// verifiers take (contracts/src/Groth16Verifier.sol and PlonkVerifier.sol):
// what a provider registers and the escrow passes to the verifier of the
// model's proof system. Its keccak256 (ChainKeyHash) is what a buyer pins.
func (k *Keys) ChainKey() ([]byte, error) { return ChainKey(k.VK) }

// ChainKey is Keys.ChainKey for a verifying key alone.
func ChainKey(vk VerifyingKey) ([]byte, error) {
	switch vk := vk.(type) {
	case *groth16bn254.VerifyingKey:
		return groth16ChainKey(vk)
	case *plonkbn254.VerifyingKey:
		return plonkChainKey(vk)
	}
	return nil, fmt.Errorf("%w: not a BN254 Groth16 or PLONK verifying key (%T)", ErrChainKey, vk)
}

// ChainKeyHash is keccak256 of the chain key, as the registry records it
// and the escrow checks it.
func ChainKeyHash(key []byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(key)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// groth16ChainKey encodes a Groth16 verifying key in 32-byte big-endian
// words: a header (kind 1, the number of public inputs n, of commitments
// c, of public inputs the commitment covers m), [alpha]1, -[beta]2,
// -[gamma]2, -[delta]2, K_0..K_(n+c), then, with a commitment, its
// Pedersen key (G, -sigma*G) and the 1-based indices of the public inputs
// it covers. G2 coordinates come in the pairing precompile's order.
func groth16ChainKey(vk *groth16bn254.VerifyingKey) ([]byte, error) {
	c := len(vk.PublicAndCommitmentCommitted)
	if c > 1 || len(vk.CommitmentKeys) != c {
		return nil, fmt.Errorf("%w: %d Groth16 commitments, the on-chain verifier takes at most one", ErrChainKey, c)
	}
	// a key with a point at infinity degenerates the pairing check (under
	// one with all of them there, junk verifies): refuse it, as the
	// on-chain verifier does
	if vk.G1.Alpha.IsInfinity() || vk.G2.Beta.IsInfinity() || vk.G2.Gamma.IsInfinity() || vk.G2.Delta.IsInfinity() {
		return nil, fmt.Errorf("%w: alpha, beta, gamma or delta is the point at infinity", ErrChainKey)
	}
	if !vk.G1.Alpha.IsInSubGroup() || !vk.G2.Beta.IsInSubGroup() || !vk.G2.Gamma.IsInSubGroup() || !vk.G2.Delta.IsInSubGroup() {
		return nil, fmt.Errorf("%w: a point of the key is not in its group", ErrChainKey)
	}
	for i := range vk.G1.K {
		if !vk.G1.K[i].IsInSubGroup() {
			return nil, fmt.Errorf("%w: K[%d] is not in G1", ErrChainKey, i)
		}
	}
	n := len(vk.G1.K) - 1 - c
	m := 0
	if c == 1 {
		m = len(vk.PublicAndCommitmentCommitted[0])
	}
	if n < 0 || n > 0xffff || m > 0xffff {
		return nil, fmt.Errorf("%w: %d public inputs, %d committed", ErrChainKey, n, m)
	}
	var head [32]byte
	head[0] = 1
	head[1], head[2] = byte(n>>8), byte(n)
	head[3] = byte(c)
	head[4], head[5] = byte(m>>8), byte(m)
	out := append([]byte(nil), head[:]...)
	neg := func(p bn254.G2Affine) *bn254.G2Affine {
		var q bn254.G2Affine
		return q.Neg(&p)
	}
	out = appendG1(out, &vk.G1.Alpha)
	out = appendG2(out, neg(vk.G2.Beta))
	out = appendG2(out, neg(vk.G2.Gamma))
	out = appendG2(out, neg(vk.G2.Delta))
	for i := range vk.G1.K {
		out = appendG1(out, &vk.G1.K[i])
	}
	if c == 1 {
		out = appendG2(out, &vk.CommitmentKeys[0].G)
		out = appendG2(out, &vk.CommitmentKeys[0].GSigmaNeg)
		for _, idx := range vk.PublicAndCommitmentCommitted[0] {
			out = appendUint64Word(out, uint64(idx))
		}
	}
	return out, nil
}

// appendG1 appends a G1 point as two big-endian words (x, y); the point at
// infinity is (0, 0), as the precompiles take it.
func appendG1(out []byte, p *bn254.G1Affine) []byte {
	b := p.RawBytes()
	return append(out, b[:]...)
}

// appendG2 appends a G2 point as four big-endian words in the pairing
// precompile's order: x.A1, x.A0, y.A1, y.A0.
func appendG2(out []byte, p *bn254.G2Affine) []byte {
	for _, e := range []*fp.Element{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0} {
		b := e.Bytes()
		out = append(out, b[:]...)
	}
	return out
}

// appendUint64Word appends v as a big-endian 32-byte word.
func appendUint64Word(out []byte, v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return append(out, w[:]...)
}

// SolidityProof is the bundle's proof in the encoding of the on-chain
// verifiers (and so of the escrow's fulfill), for either proof system:
// gnark's MarshalSolidity.
func SolidityProof(b *Bundle) ([]byte, error) {
	return solidityProof(b.Backend, b.Proof)
}

// SolidityBatchProof is SolidityProof for a batch bundle.
func SolidityBatchProof(b *BatchBundle) ([]byte, error) {
	return solidityProof(b.Backend, b.Proof)
}

// BatchChainInputs are a batch statement's public inputs as
// Escrow.fulfillBatch takes them: each job's output commitment, and every
// job's public output values in turn.
func BatchChainInputs(st *BatchStatement) (outputCommitments, publicOutputs []*big.Int) {
	for _, j := range st.Jobs {
		c, outs := ChainInputs(&j)
		outputCommitments = append(outputCommitments, c)
		publicOutputs = append(publicOutputs, outs...)
	}
	return outputCommitments, publicOutputs
}

func solidityProof(backend string, encoded []byte) ([]byte, error) {
	var proof interface {
		io.ReaderFrom
		MarshalSolidity() []byte
	}
	switch backend {
	case BackendGroth16:
		proof = new(groth16bn254.Proof)
	case BackendPlonk:
		proof = new(plonkbn254.Proof)
	default:
		return nil, fmt.Errorf("%w: backend %q", ErrMalformedBundle, backend)
	}
	if _, err := proof.ReadFrom(bytes.NewReader(encoded)); err != nil {
		return nil, fmt.Errorf("%w: proof encoding: %v", ErrMalformedBundle, err)
	}
	return proof.MarshalSolidity(), nil
}

// ChainInputs are the statement's public inputs as the escrow takes them:
// the output commitment and the public output values, as field elements
// (a negative int8 v is p+v); for an encrypted output, the ephemeral key
// and the ciphertext (the escrow adds the buyer key it holds).
func ChainInputs(st *Statement) (outputCommitment *big.Int, publicOutputs []*big.Int) {
	all := st.PublicInputs()
	head := 4
	if st.Sealed != nil {
		head = 5
	}
	publicOutputs = make([]*big.Int, 0, len(all)-head)
	for _, e := range all[head:] {
		publicOutputs = append(publicOutputs, elementToBig(e))
	}
	return elementToBig(st.OutputCommitment), publicOutputs
}

// ChainOutputs is the number of values a fulfil of a proof of (m, opts)
// carries after the output commitment, as the registry records it: the
// output values when the output is public; the ephemeral key and the
// ciphertext when it is encrypted; none when it is committed.
func ChainOutputs(m *models.Model, opts Options) uint32 {
	switch opts.WithDefaults().Output {
	case Public:
		return uint32(m.OutputShape().Size())
	case Encrypted:
		return uint32(1 + CiphertextLen(m.OutputShape().Size()))
	}
	return 0
}

// SealedFromChain is the encrypted output a fulfil delivered: the job's
// buyer key (Escrow.buyerKey) and the public outputs of its JobFulfilled
// event (the ephemeral key, then the ciphertext), the inverse of
// ChainInputs for an encrypted output.
func SealedFromChain(buyerKey *big.Int, publicOutputs []*big.Int) (*Sealed, error) {
	if len(publicOutputs) < 3 {
		return nil, fmt.Errorf("%w: %d public outputs, an encrypted output has an ephemeral key and at least two ciphertext elements", ErrMalformedBundle, len(publicOutputs))
	}
	s := &Sealed{BuyerKey: FieldOfBig(buyerKey), EphemeralKey: FieldOfBig(publicOutputs[0])}
	for _, c := range publicOutputs[1:] {
		s.Ciphertext = append(s.Ciphertext, FieldOfBig(c))
	}
	return s, nil
}
