package contracts

import (
	"bytes"
	"context"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrUntrustedJudge is wrapped when the contracts that would judge a
// job's proof are not zkinfer's, or judge under another verifying key than
// the buyer pinned: a deposit would not be safe.
var ErrUntrustedJudge = errors.New("the chain would not judge this job's proof by the pinned key")

//go:embed build/*.runtime.json
var runtimes embed.FS

// runtimeCode is a contract's code as solc compiled it, with, for each
// immutable variable, the byte ranges where a deployment writes its value.
type runtimeCode struct {
	Code       string     `json:"code"`
	Immutables [][][2]int `json:"immutables"`
}

// RuntimeCode is the code a deployment of the named contract holds
// (Escrow, ModelRegistry, Groth16Verifier, PlonkVerifier), with zeros
// where its immutables go, and those ranges, one group per immutable.
func RuntimeCode(contract string) ([]byte, [][][2]int, error) {
	data, err := runtimes.ReadFile("build/" + contract + ".runtime.json")
	if err != nil {
		return nil, nil, fmt.Errorf("no compiled contract %q", contract)
	}
	var r runtimeCode
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, nil, err
	}
	code, err := hex.DecodeString(r.Code)
	if err != nil {
		return nil, nil, err
	}
	return code, r.Immutables, nil
}

// checkCode reports whether the code at addr is the named contract's and
// returns the value of each of its immutables. Every place the code
// writes one immutable must hold the same value: a contract whose getter
// shows one value while its other uses hold another is not zkinfer's.
func (m *Market) checkCode(ctx context.Context, contract string, addr common.Address) ([][]byte, error) {
	want, groups, err := RuntimeCode(contract)
	if err != nil {
		return nil, err
	}
	got, err := m.b.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("read the code of %s: %w", addr.Hex(), err)
	}
	if len(got) != len(want) {
		return nil, fmt.Errorf("%w: %s holds %d bytes of code, not zkinfer's %s (%d bytes)", ErrUntrustedJudge, addr.Hex(), len(got), contract, len(want))
	}
	masked := bytes.Clone(got)
	values := make([][]byte, len(groups))
	for i, g := range groups {
		for _, h := range g {
			if h[0] < 0 || h[1] <= 0 || h[0]+h[1] > len(masked) {
				return nil, fmt.Errorf("compiled %s: immutable at %d+%d outside its code", contract, h[0], h[1])
			}
			v := got[h[0] : h[0]+h[1]]
			if values[i] == nil {
				values[i] = bytes.Clone(v)
			} else if !bytes.Equal(values[i], v) {
				return nil, fmt.Errorf("%w: the code at %s writes two values for one immutable of %s", ErrUntrustedJudge, addr.Hex(), contract)
			}
			clear(masked[h[0] : h[0]+h[1]])
		}
	}
	if !bytes.Equal(masked, want) {
		return nil, fmt.Errorf("%w: the code at %s is not zkinfer's %s", ErrUntrustedJudge, addr.Hex(), contract)
	}
	return values, nil
}

// verifierContract names the verifier of a proof system.
func verifierContract(system ProofSystem) string {
	if system == Plonk {
		return "PlonkVerifier"
	}
	return "Groth16Verifier"
}

// CheckJudge establishes from chain state alone, with no compiler, that a
// proof for model modelID would be judged by zkinfer's verifier of
// system under exactly key (the buyer's pinned verifying key, in the
// on-chain encoding), and returns the model. It checks that the escrow
// and the registry hold zkinfer's code and point at each other; that the
// verifier the registry names for system holds zkinfer's verifier code;
// that the model is registered for system with keccak256(key) as its key
// hash; and that the registry's data contract holds exactly that key. A
// buyer calls it before any deposit; CreateJob then names the same hash,
// so the escrow refuses the deposit if anything changed since.
func (m *Market) CheckJudge(ctx context.Context, modelID *big.Int, system ProofSystem, key []byte) (Model, error) {
	call := &bind.CallOpts{Context: ctx}
	imm, err := m.checkCode(ctx, "Escrow", m.Escrow)
	if err != nil {
		return Model{}, err
	}
	// the escrow's one immutable, its registry, in every place it is used
	if len(imm) != 1 || common.BytesToAddress(imm[0]) != m.Registry || !bytes.Equal(imm[0][:12], make([]byte, 12)) {
		return Model{}, fmt.Errorf("%w: escrow %s does not use registry %s", ErrUntrustedJudge, m.Escrow.Hex(), m.Registry.Hex())
	}
	reg, err := bind.Call(m.escC, call, m.esc.PackRegistry(), m.esc.UnpackRegistry)
	if err != nil {
		return Model{}, m.decode(err)
	}
	if reg != m.Registry {
		return Model{}, fmt.Errorf("%w: escrow %s uses registry %s, not %s", ErrUntrustedJudge, m.Escrow.Hex(), reg.Hex(), m.Registry.Hex())
	}
	// the registry's immutables are its verifiers: the escrow and this
	// check both ask its verifier(), whose code is checked below
	if _, err := m.checkCode(ctx, "ModelRegistry", m.Registry); err != nil {
		return Model{}, err
	}
	verifier, err := bind.Call(m.regC, call, m.reg.PackVerifier(uint8(system)), m.reg.UnpackVerifier)
	if err != nil {
		return Model{}, m.decode(err)
	}
	if _, err := m.checkCode(ctx, verifierContract(system), verifier); err != nil {
		return Model{}, err
	}
	model, err := m.Model(ctx, modelID)
	if err != nil {
		return Model{}, err
	}
	if ProofSystem(model.ProofSystem) != system {
		return model, fmt.Errorf("%w: model %s is registered for %s, the pinned key is %s", ErrUntrustedJudge, modelID, ProofSystem(model.ProofSystem), system)
	}
	if want := crypto.Keccak256Hash(key); common.Hash(model.VerifyingKeyHash) != want {
		return model, fmt.Errorf("%w: model %s is registered with verifying key %x, the pinned key hashes to %x", ErrUntrustedJudge, modelID, model.VerifyingKeyHash, want)
	}
	data, err := m.b.CodeAt(ctx, model.VerifyingKey, nil)
	if err != nil {
		return model, fmt.Errorf("read the verifying key of model %s: %w", modelID, err)
	}
	if len(data) != len(key)+1 || data[0] != 0 || !bytes.Equal(data[1:], key) {
		return model, fmt.Errorf("%w: the key data of model %s at %s is not the pinned key", ErrUntrustedJudge, modelID, model.VerifyingKey.Hex())
	}
	return model, nil
}

// Verifier is the address of the registry's verifier of a proof system.
func (m *Market) Verifier(ctx context.Context, system ProofSystem) (common.Address, error) {
	a, err := bind.Call(m.regC, &bind.CallOpts{Context: ctx}, m.reg.PackVerifier(uint8(system)), m.reg.UnpackVerifier)
	return a, m.decodeCall(err)
}
