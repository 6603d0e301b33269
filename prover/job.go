package prover

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"
)

// Job names the escrow job a proof is made for. Its Tag is a public input
// of every proof, constrained in the circuit, and the escrow computes the
// same tag when it pays: a proof pays only the job it was made for, by
// the provider it was made by.
type Job struct {
	ChainID  *big.Int       `json:"chainId"`
	Escrow   common.Address `json:"escrow"`
	ID       *big.Int       `json:"id"`
	Provider common.Address `json:"provider"`
	// BuyerKey is the buyer's encryption key the escrow holds for the job
	// (seal.go): an encrypted output is sealed to it. It is not part of
	// the tag; the proof carries it as a public input of its own.
	BuyerKey *Field `json:"buyerKey,omitempty"`
}

// Tag is keccak256(abi.encode(chainId, escrow, jobId, provider)) reduced
// to the BN254 scalar field, as Escrow.jobTag computes it. The tag of a
// nil job, a proof made for no job, is 0.
func (j *Job) Tag() fr.Element {
	var e fr.Element
	if j == nil {
		return e
	}
	var buf [128]byte
	j.ChainID.FillBytes(buf[0:32])
	copy(buf[44:64], j.Escrow[:])
	j.ID.FillBytes(buf[64:96])
	copy(buf[108:128], j.Provider[:])
	h := sha3.NewLegacyKeccak256()
	h.Write(buf[:])
	e.SetBigInt(new(big.Int).SetBytes(h.Sum(nil)))
	return e
}

// String names the job for people.
func (j *Job) String() string {
	if j == nil {
		return "no job"
	}
	return fmt.Sprintf("job %s of escrow %s on chain %s, provider %s", j.ID, j.Escrow.Hex(), j.ChainID, j.Provider.Hex())
}

// Validate refuses a job whose numbers do not fit the escrow's uint256s.
func (j *Job) Validate() error {
	if j == nil {
		return nil
	}
	if j.ChainID == nil || j.ID == nil {
		return errors.New("job: chain id and job id are required")
	}
	for _, v := range []*big.Int{j.ChainID, j.ID} {
		if v.Sign() < 0 || v.BitLen() > 256 {
			return fmt.Errorf("job: %s is not a uint256", v)
		}
	}
	if j.BuyerKey != nil {
		if err := CheckBuyerKey(*j.BuyerKey); err != nil {
			return fmt.Errorf("job: %w", err)
		}
	}
	return nil
}

// UnmarshalJSON reads a job and refuses one the escrow could not hold.
func (j *Job) UnmarshalJSON(data []byte) error {
	type plain Job
	var p plain
	if err := json.Unmarshal(data, &p); err != nil {
		return err
	}
	*j = Job(p)
	return j.Validate()
}
