package service

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/zkinfer/zkinfer/prover"
)

// reference computes the EIP-712 hash with go-ethereum's implementation
// (the one behind eth_signTypedData), from the type strings alone.
func reference(t *testing.T, d Domain, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) common.Hash {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			primary:        fields,
		},
		PrimaryType: primary,
		Domain:      apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion, ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Escrow.Hex()},
		Message:     msg,
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	return common.BytesToHash(h)
}

func randField(r *rand.Rand) prover.Field {
	var e fr.Element
	e.SetUint64(r.Uint64())
	e.Mul(&e, &e).Mul(&e, &e)
	return prover.Field(e)
}

func fieldBig(f prover.Field) *big.Int { e := f.Element(); return e.BigInt(new(big.Int)) }

// TestTypedDataAgreesWithGoEthereum: on random values, our hashes equal
// go-ethereum's EIP-712 encoder's, so wallets and Solidity (which encode
// the same way) sign and check the same digest.
func TestTypedDataAgreesWithGoEthereum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		var esc common.Address
		for j := range esc {
			esc[j] = byte(r.Uint32())
		}
		d := Domain{ChainID: big.NewInt(int64(1 + r.IntN(1<<30))), Escrow: esc}
		proof := make([]byte, 64+r.IntN(300))
		for j := range proof {
			proof[j] = byte(r.Uint32())
		}
		var vk common.Hash
		vk[0], vk[31] = byte(i), 0xaa
		a := Attestation{JobID: r.Uint64(), ModelCommitment: randField(r), InputCommitment: randField(r), OutputCommitment: randField(r), VerifyingKeyHash: vk, Proof: proof}
		want := reference(t, d, "Attestation", []apitypes.Type{
			{Name: "jobId", Type: "uint256"}, {Name: "modelCommitment", Type: "uint256"}, {Name: "inputCommitment", Type: "uint256"},
			{Name: "outputCommitment", Type: "uint256"}, {Name: "verifyingKeyHash", Type: "bytes32"}, {Name: "proof", Type: "bytes"},
		}, apitypes.TypedDataMessage{
			"jobId": new(big.Int).SetUint64(a.JobID), "modelCommitment": fieldBig(a.ModelCommitment), "inputCommitment": fieldBig(a.InputCommitment),
			"outputCommitment": fieldBig(a.OutputCommitment), "verifyingKeyHash": vk.Hex(), "proof": hexutil.Encode(proof),
		})
		if got := a.Hash(d); got != want {
			t.Fatalf("attestation %d: %s, go-ethereum %s", i, got, want)
		}
		var prov common.Address
		prov[3] = byte(i)
		q := JobRequest{JobID: r.Uint64(), ModelID: r.Uint64(), InputCommitment: randField(r), Provider: prov}
		want = reference(t, d, "JobRequest", []apitypes.Type{
			{Name: "jobId", Type: "uint256"}, {Name: "modelId", Type: "uint256"}, {Name: "inputCommitment", Type: "uint256"}, {Name: "provider", Type: "address"},
		}, apitypes.TypedDataMessage{
			"jobId": new(big.Int).SetUint64(q.JobID), "modelId": new(big.Int).SetUint64(q.ModelID), "inputCommitment": fieldBig(q.InputCommitment), "provider": prov.Hex(),
		})
		if got := q.Hash(d); got != want {
			t.Fatalf("request %d: %s, go-ethereum %s", i, got, want)
		}
	}
}

// TestHashBindsEveryField: changing any field, or the domain, changes the
// hash, so a signature covers all of them.
func TestHashBindsEveryField(t *testing.T) {
	d := Domain{ChainID: big.NewInt(1337), Escrow: common.HexToAddress("0x1234")}
	base := Attestation{JobID: 7, ModelCommitment: prover.Field(fr.NewElement(1)), InputCommitment: prover.Field(fr.NewElement(2)),
		OutputCommitment: prover.Field(fr.NewElement(3)), VerifyingKeyHash: common.HexToHash("0x44"), Proof: []byte{5, 6, 7}}
	h := base.Hash(d)
	edits := map[string]func(a *Attestation, d *Domain){
		"job":      func(a *Attestation, _ *Domain) { a.JobID++ },
		"model":    func(a *Attestation, _ *Domain) { a.ModelCommitment = prover.Field(fr.NewElement(9)) },
		"input":    func(a *Attestation, _ *Domain) { a.InputCommitment = prover.Field(fr.NewElement(9)) },
		"output":   func(a *Attestation, _ *Domain) { a.OutputCommitment = prover.Field(fr.NewElement(9)) },
		"vk":       func(a *Attestation, _ *Domain) { a.VerifyingKeyHash[0] ^= 1 },
		"proof":    func(a *Attestation, _ *Domain) { a.Proof = []byte{5, 6, 8} },
		"chain id": func(_ *Attestation, d *Domain) { d.ChainID = big.NewInt(1) },
		"escrow":   func(_ *Attestation, d *Domain) { d.Escrow = common.HexToAddress("0x1235") },
	}
	for name, edit := range edits {
		a, dd := base, d
		a.Proof = bytes.Clone(base.Proof)
		edit(&a, &dd)
		if a.Hash(dd) == h {
			t.Errorf("changing the %s leaves the hash unchanged", name)
		}
	}
}

// TestRecover: a signature recovers to its signer; altered, high-S or
// wrong-V signatures are refused.
func TestRecover(t *testing.T) {
	k, _ := crypto.GenerateKey()
	s := keySigner(k)
	h := crypto.Keccak256Hash([]byte("job"))
	sig, err := s.Sign(h)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := Recover(h, sig); err != nil || a != s.Address {
		t.Fatalf("recover: %s %v", a, err)
	}
	if err := checkSigner("x", crypto.Keccak256Hash([]byte("other")), sig, s.Address); err == nil {
		t.Error("a signature of another hash passed")
	}
	// the malleable twin (n - s, flipped V) of a valid signature
	n := crypto.S256().Params().N
	twin := bytes.Clone(sig)
	copy(twin[32:64], common.LeftPadBytes(new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64])).Bytes(), 32))
	twin[64] ^= 1
	for name, bad := range map[string][]byte{
		"high S": twin,
		"V 0":    append(bytes.Clone(sig[:64]), sig[64]-27),
		"short":  sig[:64],
		"zero R": append(make([]byte, 32), sig[32:]...),
	} {
		if _, err := Recover(h, bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
