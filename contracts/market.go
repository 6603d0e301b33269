package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkinfer/zkinfer/contracts/bindings/escrow"
	"github.com/zkinfer/zkinfer/contracts/bindings/groth16verifier"
	"github.com/zkinfer/zkinfer/contracts/bindings/plonkverifier"
	"github.com/zkinfer/zkinfer/contracts/bindings/registry"
)

// Job states, as Escrow.State numbers them.
const (
	JobOpen     = 1
	JobPaid     = 2
	JobRefunded = 3
)

// Market is a deployed model registry and escrow, with the verifiers the
// registry judges proofs with.
type Market struct {
	b        *Backend
	Registry common.Address
	Escrow   common.Address
	reg      *registry.ModelRegistry
	esc      *escrow.Escrow
	regC     *bind.BoundContract
	escC     *bind.BoundContract
}

// NewMarket binds to a registry and escrow already deployed on b.
func NewMarket(b *Backend, registryAddr, escrowAddr common.Address) *Market {
	reg, esc := registry.NewModelRegistry(), escrow.NewEscrow()
	return &Market{b: b, Registry: registryAddr, Escrow: escrowAddr, reg: reg, esc: esc,
		regC: reg.Instance(b, registryAddr), escC: esc.Instance(b, escrowAddr)}
}

// Deploy deploys the two generic verifiers (Groth16 and PLONK), a
// registry that judges with them and an escrow bound to it. The receipts
// come in that order.
func Deploy(ctx context.Context, b *Backend, from *bind.TransactOpts) (*Market, []*types.Receipt, error) {
	g16, r1, err := deploy(ctx, b, from, groth16verifier.Groth16VerifierMetaData.Bin, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("deploy Groth16 verifier: %w", err)
	}
	plk, r2, err := deploy(ctx, b, from, plonkverifier.PlonkVerifierMetaData.Bin, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("deploy PLONK verifier: %w", err)
	}
	reg := registry.NewModelRegistry()
	regAddr, r3, err := deploy(ctx, b, from, registry.ModelRegistryMetaData.Bin, reg.PackConstructor(g16, plk))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy registry: %w", err)
	}
	esc := escrow.NewEscrow()
	escAddr, r4, err := deploy(ctx, b, from, escrow.EscrowMetaData.Bin, esc.PackConstructor(regAddr))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy escrow: %w", err)
	}
	return NewMarket(b, regAddr, escAddr), []*types.Receipt{r1, r2, r3, r4}, nil
}

// DeployCode deploys a contract from its creation bytecode (hex, as in the
// bindings' metadata); tests deploy contracts of their own with it.
func DeployCode(ctx context.Context, b *Backend, from *bind.TransactOpts, binHex string) (common.Address, *types.Receipt, error) {
	return deploy(ctx, b, from, binHex, nil)
}

func deploy(ctx context.Context, b *Backend, from *bind.TransactOpts, binHex string, args []byte) (common.Address, *types.Receipt, error) {
	code := common.FromHex(binHex)
	if len(code) == 0 {
		return common.Address{}, nil, errors.New("empty bytecode")
	}
	addr, tx, err := bind.DeployContract(withContext(ctx, from), code, b, args)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := b.wait(ctx, tx)
	if err != nil {
		return common.Address{}, r, err
	}
	// a node may report the receipt before its pending state, which the
	// next transaction's gas estimate runs on, holds the code (geth --dev
	// does now and then): the registry's constructor calls the verifiers
	for i := 0; i < 100; i++ {
		if code, err := b.PendingCodeAt(ctx, addr); err == nil && len(code) > 0 {
			break
		}
		select {
		case <-ctx.Done():
			return common.Address{}, r, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return addr, r, nil
}

func withContext(ctx context.Context, from *bind.TransactOpts) *bind.TransactOpts {
	o := *from
	o.Context = ctx
	return &o
}

// Model is a registered model, as ModelRegistry.model returns it.
type Model struct {
	Provider    common.Address
	ProofSystem ProofSystem
	// Active is false once the provider retired the model: the escrow
	// takes no new jobs for it.
	Active bool
	// EncryptedOutput: the proof seals the output to each job's buyer
	// key, and PublicOutputs counts the ephemeral key and the ciphertext.
	EncryptedOutput bool
	PublicOutputs   uint32
	// BatchKeys is the number of batch keys registered (BatchKey).
	BatchKeys uint16
	// VerifyingKey is the registry's contract whose code is 0x00 followed
	// by the verifying key; VerifyingKeyHash is the key's keccak256.
	VerifyingKey     common.Address
	VerifyingKeyHash [32]byte
	// Transcript is the SHA-256 of the setup transcript the verifying key
	// was sealed from, zero for none (a single-party or development
	// setup). The registry records the provider's word unchecked: a buyer
	// checks it, off chain, before depositing.
	Transcript [32]byte
	Commitment *big.Int
	// Price of one job in wei.
	Price *big.Int
	URI   string
}

func modelOf(e registry.ModelRegistryModel) Model {
	return Model{
		Provider: e.Provider, ProofSystem: ProofSystem(e.ProofSystem), Active: e.Active, PublicOutputs: e.PublicOutputs,
		EncryptedOutput: e.EncryptedOutput,
		BatchKeys:       e.BatchKeys,
		VerifyingKey:    e.VerifyingKey, VerifyingKeyHash: e.VerifyingKeyHash, Transcript: e.SetupTranscript,
		Commitment: e.Commitment, Price: e.Price, URI: e.Uri,
	}
}

// Job is an escrowed job.
type Job = escrow.EscrowJob

// ProofSystem numbers proof systems as ModelRegistry.ProofSystem does.
type ProofSystem uint8

// The proof systems the registry's verifiers check.
const (
	Groth16 ProofSystem = 0
	Plonk   ProofSystem = 1
)

// ParseProofSystem reads a proof system by the name bundles give it
// ("groth16", "plonk").
func ParseProofSystem(name string) (ProofSystem, error) {
	switch name {
	case "groth16":
		return Groth16, nil
	case "plonk":
		return Plonk, nil
	}
	return 0, fmt.Errorf("unknown proof system %q (want groth16 or plonk)", name)
}

func (p ProofSystem) String() string {
	switch p {
	case Groth16:
		return "groth16"
	case Plonk:
		return "plonk"
	}
	return fmt.Sprintf("proof system %d", uint8(p))
}

// Registration is what a provider registers for a model.
type Registration struct {
	Commitment  *big.Int
	ProofSystem ProofSystem
	// Key is the circuit's verifying key in the on-chain verifiers'
	// encoding (prover.Keys.ChainKey); the registry writes it to chain
	// data and records its keccak256.
	Key []byte
	// Transcript is the SHA-256 of the setup transcript the key was
	// sealed from (the ceremony's transcript file), zero for none: a key
	// of a single-party or development setup. The registry records it
	// unchecked.
	Transcript [32]byte
	// Price of one job in wei.
	Price *big.Int
	// PublicOutputs is the number of output values a proof makes public
	// (0 for a committed output); with EncryptedOutput, the number of
	// elements of the ephemeral key and the ciphertext.
	PublicOutputs uint32
	// EncryptedOutput: the proof seals the output to each job's buyer key
	// (fair exchange).
	EncryptedOutput bool
	URI             string
}

// Register registers a model served by the sender and returns its id.
func (m *Market) Register(ctx context.Context, from *bind.TransactOpts, reg Registration) (*big.Int, *types.Receipt, error) {
	r, err := m.transact(ctx, m.regC, from, m.reg.PackRegister(reg.Commitment, uint8(reg.ProofSystem), reg.Key, reg.Transcript, reg.Price, reg.PublicOutputs, reg.EncryptedOutput, reg.URI))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := m.reg.UnpackModelRegisteredEvent(l); err == nil {
			return ev.ModelId, r, nil
		}
	}
	return nil, r, errors.New("register: no ModelRegistered event")
}

// CreateJob deposits from.Value for a job and returns its id. keyHash is
// the keccak256 of the verifying key the buyer pinned: the escrow refuses
// the deposit (KeyMismatch) unless it is the model's registered key. A
// buyer's client checks the judge first (CheckJudge).
func (m *Market) CreateJob(ctx context.Context, from *bind.TransactOpts, modelID, inputCommitment *big.Int, provider common.Address, deadline uint64, keyHash [32]byte) (*big.Int, *types.Receipt, error) {
	return m.CreateBatchableJob(ctx, from, modelID, inputCommitment, provider, deadline, keyHash, 0)
}

// CreateBatchableJob is CreateJob for a buyer who also accepts a batch
// proof of its job under the model's first batchKeys batch keys, which it
// has checked (CheckBatchKey): the escrow refuses more than are registered.
func (m *Market) CreateBatchableJob(ctx context.Context, from *bind.TransactOpts, modelID, inputCommitment *big.Int, provider common.Address, deadline uint64, keyHash [32]byte, batchKeys uint16) (*big.Int, *types.Receipt, error) {
	return m.createJob(ctx, from, modelID, inputCommitment, provider, deadline, keyHash, batchKeys, new(big.Int))
}

// CreateSealedJob is CreateJob for a model with an encrypted output: the
// proof that pays the job seals the output to buyerKey, the y of the
// buyer's Baby Jubjub key (prover.BuyerSecret.Public), and the paying
// transaction's JobFulfilled event delivers it.
func (m *Market) CreateSealedJob(ctx context.Context, from *bind.TransactOpts, modelID, inputCommitment *big.Int, provider common.Address, deadline uint64, keyHash [32]byte, buyerKey *big.Int) (*big.Int, *types.Receipt, error) {
	return m.createJob(ctx, from, modelID, inputCommitment, provider, deadline, keyHash, 0, buyerKey)
}

func (m *Market) createJob(ctx context.Context, from *bind.TransactOpts, modelID, inputCommitment *big.Int, provider common.Address, deadline uint64, keyHash [32]byte, batchKeys uint16, buyerKey *big.Int) (*big.Int, *types.Receipt, error) {
	r, err := m.transact(ctx, m.escC, from, m.esc.PackCreateJob(modelID, inputCommitment, provider, deadline, keyHash, batchKeys, buyerKey))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := m.esc.UnpackJobCreatedEvent(l); err == nil {
			return ev.JobId, r, nil
		}
	}
	return nil, r, errors.New("createJob: no JobCreated event")
}

// Fulfill submits a proof for a job.
func (m *Market) Fulfill(ctx context.Context, from *bind.TransactOpts, jobID, outputCommitment *big.Int, publicOutputs []*big.Int, proof []byte) (*types.Receipt, error) {
	if publicOutputs == nil {
		publicOutputs = []*big.Int{}
	}
	return m.transact(ctx, m.escC, from, m.esc.PackFulfill(jobID, outputCommitment, publicOutputs, proof))
}

// BatchKey is a batch key of a model, as ModelRegistry.batchKey returns it.
type BatchKey = registry.ModelRegistryBatchKey

// RegisterBatchKey adds to a model of the sender the verifying key (the
// on-chain encoding) of its batch circuit for jobs jobs, and returns the
// key's index.
func (m *Market) RegisterBatchKey(ctx context.Context, from *bind.TransactOpts, modelID *big.Int, jobs uint32, key []byte) (uint64, *types.Receipt, error) {
	r, err := m.transact(ctx, m.regC, from, m.reg.PackRegisterBatchKey(modelID, jobs, key))
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if ev, err := m.reg.UnpackBatchKeyRegisteredEvent(l); err == nil {
			return ev.Index.Uint64(), r, nil
		}
	}
	return 0, r, errors.New("registerBatchKey: no BatchKeyRegistered event")
}

// BatchKey reads batch key index of a model.
func (m *Market) BatchKey(ctx context.Context, modelID *big.Int, index uint64) (BatchKey, error) {
	return bind.Call(m.regC, &bind.CallOpts{Context: ctx}, m.reg.PackBatchKey(modelID, new(big.Int).SetUint64(index)), m.reg.UnpackBatchKey)
}

// FulfillBatch submits one proof for several jobs of one model, in the
// order the proof binds them, under the model's batch key keyIndex.
// publicOutputs holds every job's public outputs in turn (empty for a
// committed output).
func (m *Market) FulfillBatch(ctx context.Context, from *bind.TransactOpts, jobIDs []*big.Int, keyIndex uint64, outputCommitments, publicOutputs []*big.Int, proof []byte) (*types.Receipt, error) {
	if publicOutputs == nil {
		publicOutputs = []*big.Int{}
	}
	return m.transact(ctx, m.escC, from, m.esc.PackFulfillBatch(jobIDs, new(big.Int).SetUint64(keyIndex), outputCommitments, publicOutputs, proof))
}

// Refund returns an expired job's deposit to its buyer.
func (m *Market) Refund(ctx context.Context, from *bind.TransactOpts, jobID *big.Int) (*types.Receipt, error) {
	return m.transact(ctx, m.escC, from, m.esc.PackRefund(jobID))
}

// Withdraw sends the sender's deferred payments to recipient.
func (m *Market) Withdraw(ctx context.Context, from *bind.TransactOpts, recipient common.Address) (*types.Receipt, error) {
	return m.transact(ctx, m.escC, from, m.esc.PackWithdraw(recipient))
}

// Job reads a job.
// An unknown id is a *RevertError named UnknownJob.
func (m *Market) Job(ctx context.Context, jobID *big.Int) (Job, error) {
	j, err := bind.Call(m.escC, &bind.CallOpts{Context: ctx}, m.esc.PackJob(jobID), m.esc.UnpackJob)
	return j, m.decodeCall(err)
}

// Model reads a registered model.
// An unknown id is a *RevertError named UnknownModel.
func (m *Market) Model(ctx context.Context, modelID *big.Int) (Model, error) {
	e, err := bind.Call(m.regC, &bind.CallOpts{Context: ctx}, m.reg.PackModel(modelID), m.reg.UnpackModel)
	if err != nil {
		return Model{}, m.decode(err)
	}
	return modelOf(e), nil
}

func (m *Market) decodeCall(err error) error {
	if err == nil {
		return nil
	}
	return m.decode(err)
}

// BuyerKey reads the encryption key the buyer of a job named at deposit
// (0 for a job whose output is not encrypted).
func (m *Market) BuyerKey(ctx context.Context, jobID *big.Int) (*big.Int, error) {
	k, err := bind.Call(m.escC, &bind.CallOpts{Context: ctx}, m.esc.PackBuyerKey(jobID), m.esc.UnpackBuyerKey)
	return k, m.decodeCall(err)
}

// JobTag is the tag the escrow binds job jobID's proof to.
func (m *Market) JobTag(ctx context.Context, jobID *big.Int) (*big.Int, error) {
	t, err := bind.Call(m.escC, &bind.CallOpts{Context: ctx}, m.esc.PackJobTag(jobID), m.esc.UnpackJobTag)
	return t, m.decodeCall(err)
}

// JobKey is the verifying key that judges job jobID, read from chain data
// by the escrow (and checked against the hash copied at deposit).
func (m *Market) JobKey(ctx context.Context, jobID *big.Int) ([]byte, error) {
	k, err := bind.Call(m.escC, &bind.CallOpts{Context: ctx}, m.esc.PackVerifyingKey(jobID), m.esc.UnpackVerifyingKey)
	return k, m.decodeCall(err)
}

// OpenDeposits is the sum of the deposits of open jobs.
func (m *Market) OpenDeposits(ctx context.Context) (*big.Int, error) {
	return bind.Call(m.escC, &bind.CallOpts{Context: ctx}, m.esc.PackOpenDeposits(), m.esc.UnpackOpenDeposits)
}

// TotalOwed is the sum of deferred payments.
func (m *Market) TotalOwed(ctx context.Context) (*big.Int, error) {
	return bind.Call(m.escC, &bind.CallOpts{Context: ctx}, m.esc.PackTotalOwed(), m.esc.UnpackTotalOwed)
}

// transact sends a transaction and waits for it. A call that would revert
// fails before sending, with a *RevertError naming the contract's error.
func (m *Market) transact(ctx context.Context, c *bind.BoundContract, from *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	tx, err := bind.Transact(c, withContext(ctx, from), data)
	if err != nil {
		return nil, m.decode(err)
	}
	return m.b.wait(ctx, tx)
}

// RevertError is a contract call reverted with one of the contracts'
// custom errors.
type RevertError struct {
	Name string // the Solidity error's name, e.g. "InvalidProof"
	Args any    // the decoded error struct of the bindings
}

func (e *RevertError) Error() string {
	return "reverted with " + e.Name + revertArgs(e.Args)
}

// revertArgs formats the fields of a decoded error as the Solidity error
// names them, "(jobId 2, state 1)"; nothing for an error without fields.
func revertArgs(args any) string {
	v := reflect.Indirect(reflect.ValueOf(args))
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return ""
	}
	var parts []string
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		var val string
		switch x := v.Field(i).Interface().(type) {
		case *big.Int:
			val = x.String()
		case common.Address:
			val = x.Hex()
		case [32]byte, []byte:
			val = fmt.Sprintf("0x%x", x)
		default:
			val = fmt.Sprint(x)
		}
		parts = append(parts, strings.ToLower(f.Name[:1])+f.Name[1:]+" "+val)
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// IsRevert reports whether err is a revert with the named custom error.
func IsRevert(err error, name string) bool {
	var r *RevertError
	return errors.As(err, &r) && r.Name == name
}

func (m *Market) decode(err error) error {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data := common.FromHex(s)
	if len(data) < 4 {
		return err
	}
	for _, unpack := range []func([]byte) (any, error){m.esc.UnpackError, m.reg.UnpackError} {
		if v, uerr := unpack(data); uerr == nil {
			return &RevertError{Name: errorName(v), Args: v}
		}
	}
	return err
}

// errorName is the Solidity name of a decoded error: the bindings' type
// name without its contract prefix.
func errorName(v any) string {
	n := fmt.Sprintf("%T", v)
	for _, p := range []string{"*escrow.Escrow", "*registry.ModelRegistry", "escrow.Escrow", "registry.ModelRegistry"} {
		if len(n) > len(p) && n[:len(p)] == p {
			return n[len(p):]
		}
	}
	return n
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Address is the account of a private key.
func Address(k *ecdsa.PrivateKey) common.Address { return addressOf(k) }

// SignFulfill signs, without sending, a fulfil transaction with the given
// nonce. The call is simulated first, so a fulfil the escrow would refuse
// fails here with a *RevertError and nothing is signed. A service stores
// the signed transaction before sending it: after a crash it sends the same
// bytes again, which a node accepts at most once.
func (m *Market) SignFulfill(ctx context.Context, from *bind.TransactOpts, nonce uint64, jobID, outputCommitment *big.Int, publicOutputs []*big.Int, proof []byte) (*types.Transaction, error) {
	if publicOutputs == nil {
		publicOutputs = []*big.Int{}
	}
	o := withContext(ctx, from)
	o.NoSend = true
	o.Nonce = new(big.Int).SetUint64(nonce)
	tx, err := bind.Transact(m.escC, o, m.esc.PackFulfill(jobID, outputCommitment, publicOutputs, proof))
	if err != nil {
		return nil, m.decode(err)
	}
	return tx, nil
}

// SignFulfillBatch signs, without sending, a batch fulfil transaction with
// the given nonce (FulfillBatch's arguments); a call that would revert is
// refused with its *RevertError.
func (m *Market) SignFulfillBatch(ctx context.Context, from *bind.TransactOpts, nonce uint64, jobIDs []*big.Int, keyIndex uint64, outputCommitments, publicOutputs []*big.Int, proof []byte) (*types.Transaction, error) {
	if publicOutputs == nil {
		publicOutputs = []*big.Int{}
	}
	o := withContext(ctx, from)
	o.NoSend = true
	o.Nonce = new(big.Int).SetUint64(nonce)
	tx, err := bind.Transact(m.escC, o, m.esc.PackFulfillBatch(jobIDs, new(big.Int).SetUint64(keyIndex), outputCommitments, publicOutputs, proof))
	if err != nil {
		return nil, m.decode(err)
	}
	return tx, nil
}

// JobCreated is a JobCreated event of the escrow.
type JobCreated = escrow.EscrowJobCreated

// JobsCreated lists the JobCreated events for provider in blocks
// [from, to].
func (m *Market) JobsCreated(ctx context.Context, provider common.Address, from, to uint64) ([]*JobCreated, error) {
	it, err := bind.FilterEvents(m.escC, &bind.FilterOpts{Start: from, End: &to, Context: ctx}, m.esc.UnpackJobCreatedEvent, nil, nil, []any{provider})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []*JobCreated
	for it.Next() {
		out = append(out, it.Value())
	}
	return out, it.Error()
}

// JobFulfilled is a JobFulfilled event of the escrow: the payment of a
// job, with its output commitment and public outputs (for an encrypted
// output, the ephemeral key and the ciphertext).
type JobFulfilled = escrow.EscrowJobFulfilled

// Fulfilment finds the JobFulfilled event of a job in blocks [from, to]
// (to nil: the head); nil when the job is not paid there.
func (m *Market) Fulfilment(ctx context.Context, jobID *big.Int, from uint64, to *uint64) (*JobFulfilled, error) {
	it, err := bind.FilterEvents(m.escC, &bind.FilterOpts{Start: from, End: to, Context: ctx}, m.esc.UnpackJobFulfilledEvent, []any{jobID})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var ev *JobFulfilled
	for it.Next() {
		ev = it.Value()
	}
	return ev, it.Error()
}

// Fulfilments counts the JobFulfilled events of a job in blocks [from, to]:
// more than one would be a double payment.
func (m *Market) Fulfilments(ctx context.Context, jobID *big.Int, from, to uint64) (int, error) {
	it, err := bind.FilterEvents(m.escC, &bind.FilterOpts{Start: from, End: &to, Context: ctx}, m.esc.UnpackJobFulfilledEvent, []any{jobID})
	if err != nil {
		return 0, err
	}
	defer it.Close()
	n := 0
	for it.Next() {
		n++
	}
	return n, it.Error()
}
