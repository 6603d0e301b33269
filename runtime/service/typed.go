package service

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkinfer/zkinfer/prover"
)

// The EIP-712 domain of zkinfer's signatures. A signature is bound to one
// escrow on one chain, so it cannot be replayed on another deployment.
const (
	DomainName    = "zkinfer"
	DomainVersion = "1"
)

// EIP-712 type strings, as encodeType writes them.
const (
	domainTypeString      = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	attestationTypeString = "Attestation(uint256 jobId,uint256 modelCommitment,uint256 inputCommitment,uint256 outputCommitment,bytes32 verifyingKeyHash,bytes proof)"
	requestTypeString     = "JobRequest(uint256 jobId,uint256 modelId,uint256 inputCommitment,address provider)"
)

// ErrBadSignature is wrapped by every error about a signature that does
// not recover to the expected account.
var ErrBadSignature = errors.New("bad signature")

// Domain is the EIP-712 domain: zkinfer, version 1, a chain and its escrow.
type Domain struct {
	ChainID *big.Int
	Escrow  common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainTypeString)),
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		word(d.ChainID),
		common.LeftPadBytes(d.Escrow.Bytes(), 32),
	)
}

// digest is the EIP-712 signing hash of a struct hash in this domain.
func (d Domain) digest(structHash []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.Separator().Bytes(), structHash)
}

// Attestation is what a provider signs for every bundle: which job, which
// model, input and output, the verifying key and the proof itself.
type Attestation struct {
	JobID            uint64
	ModelCommitment  prover.Field
	InputCommitment  prover.Field
	OutputCommitment prover.Field
	VerifyingKeyHash common.Hash
	Proof            []byte
}

// AttestationOf is the attestation of a bundle proving job jobID.
func AttestationOf(jobID uint64, b *prover.Bundle) (Attestation, error) {
	vk, err := hexutil.Decode("0x" + b.VerifyingKeyHash)
	if err != nil || len(vk) != 32 {
		return Attestation{}, fmt.Errorf("%w: verifying key hash %q", prover.ErrMalformedBundle, b.VerifyingKeyHash)
	}
	return Attestation{
		JobID:            jobID,
		ModelCommitment:  b.Model.Commitment,
		InputCommitment:  b.InputCommitment,
		OutputCommitment: b.OutputCommitment,
		VerifyingKeyHash: common.BytesToHash(vk),
		Proof:            b.Proof,
	}, nil
}

// AttestationOfBatch is the attestation of entry i of a batch bundle,
// proving job jobID: the entry's commitments, the batch key's hash and the
// batch proof.
func AttestationOfBatch(jobID uint64, b *prover.BatchBundle, i int) (Attestation, error) {
	if i < 0 || i >= len(b.Entries) {
		return Attestation{}, fmt.Errorf("%w: entry %d of a batch of %d", prover.ErrMalformedBundle, i, len(b.Entries))
	}
	vk, err := hexutil.Decode("0x" + b.VerifyingKeyHash)
	if err != nil || len(vk) != 32 {
		return Attestation{}, fmt.Errorf("%w: verifying key hash %q", prover.ErrMalformedBundle, b.VerifyingKeyHash)
	}
	e := b.Entries[i]
	return Attestation{
		JobID:            jobID,
		ModelCommitment:  b.Model.Commitment,
		InputCommitment:  e.InputCommitment,
		OutputCommitment: e.OutputCommitment,
		VerifyingKeyHash: common.BytesToHash(vk),
		Proof:            b.Proof,
	}, nil
}

// Hash is the EIP-712 hash the provider signs.
func (a Attestation) Hash(d Domain) common.Hash {
	return d.digest(crypto.Keccak256(
		crypto.Keccak256([]byte(attestationTypeString)),
		word(new(big.Int).SetUint64(a.JobID)),
		fieldWord(a.ModelCommitment),
		fieldWord(a.InputCommitment),
		fieldWord(a.OutputCommitment),
		a.VerifyingKeyHash.Bytes(),
		crypto.Keccak256(a.Proof),
	))
}

// JobRequest is what a buyer signs when it sends a job's input: the job,
// its model, the commitment the input opens and the provider it is for.
// It is signed by the account that made the deposit.
type JobRequest struct {
	JobID           uint64
	ModelID         uint64
	InputCommitment prover.Field
	Provider        common.Address
}

// Hash is the EIP-712 hash the buyer signs.
func (r JobRequest) Hash(d Domain) common.Hash {
	return d.digest(crypto.Keccak256(
		crypto.Keccak256([]byte(requestTypeString)),
		word(new(big.Int).SetUint64(r.JobID)),
		word(new(big.Int).SetUint64(r.ModelID)),
		fieldWord(r.InputCommitment),
		common.LeftPadBytes(r.Provider.Bytes(), 32),
	))
}

// Signer signs 32-byte hashes with an Ethereum account: a go-ethereum
// keystore's SignHash, or crypto.Sign with a key. It returns the 65-byte
// [R || S || V] signature with V 0 or 1.
type Signer struct {
	Address  common.Address
	SignHash func(hash []byte) ([]byte, error)
}

// Sign signs hash and returns the signature in Ethereum's convention
// (V is 27 or 28), as eth_signTypedData returns it.
func (s Signer) Sign(hash common.Hash) (hexutil.Bytes, error) {
	sig, err := s.SignHash(hash.Bytes())
	if err != nil {
		return nil, err
	}
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("signer returned %d bytes, want %d", len(sig), crypto.SignatureLength)
	}
	out := append([]byte(nil), sig...)
	out[64] += 27
	return out, nil
}

// Recover returns the account that signed hash. It accepts only canonical
// signatures (V 27 or 28, S in the lower half), so a signature has one
// encoding and cannot be altered into another valid one.
func Recover(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: V is %d, want 27 or 28", ErrBadSignature, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: R or S out of range", ErrBadSignature)
	}
	raw := append([]byte(nil), sig...)
	raw[64] = v - 27
	pub, err := crypto.SigToPub(hash.Bytes(), raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// checkSigner returns nil if sig is want's signature of hash.
func checkSigner(what string, hash common.Hash, sig []byte, want common.Address) error {
	got, err := Recover(hash, sig)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if got != want {
		return fmt.Errorf("%w: %s signed by %s, expected %s", ErrBadSignature, what, got.Hex(), want.Hex())
	}
	return nil
}

func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func fieldWord(f prover.Field) []byte {
	e := f.Element()
	b := e.Bytes()
	return b[:]
}
