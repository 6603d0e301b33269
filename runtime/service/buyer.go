package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

// Buyer buys proven inferences: it deposits in escrow, sends the signed
// input to the provider and trusts the answer only once it has checked it.
type Buyer struct {
	Market *contracts.Market
	Chain  *contracts.Backend
	// From signs the deposit; Signer signs the request. Both are the buyer's
	// account.
	From   *bind.TransactOpts
	Signer Signer
	Client *Client
	// BatchKeys are the verifying keys of batch circuits the buyer trusts
	// (from its own source, as the model's key). A deposit accepts the
	// model's registered batch keys that are among them, in registry
	// order up to the first that is not; none accepts no batch.
	BatchKeys []prover.VerifyingKey
	// Secret decrypts outputs sealed to the buyer (an encrypted output):
	// DeriveSecret derives it from the buyer's account, so the buyer keeps
	// no other secret. A deposit for an encrypted output names its public
	// key.
	Secret *prover.BuyerSecret
}

// BuyerKeyMessage is the message a buyer's account signs (EIP-191
// personal_sign) to derive its encryption key. The signature never leaves
// the buyer's machine.
const BuyerKeyMessage = "zkinfer: derive my output encryption key.\n\nSign this only in zkinfer. Whoever holds this signature can read the outputs sealed to you."

// DeriveSecret derives the buyer's decryption key from its account: the
// account's signature over BuyerKeyMessage, hashed (prover.DeriveBuyerSecret).
// Ethereum signatures are deterministic (RFC 6979), so the same account
// always derives the same key; nothing is stored.
func DeriveSecret(s Signer) (*prover.BuyerSecret, error) {
	sig, err := s.SignHash(accounts.TextHash([]byte(BuyerKeyMessage)))
	if err != nil {
		return nil, fmt.Errorf("deriving the buyer's encryption key: %w", err)
	}
	if len(sig) < 64 {
		return nil, fmt.Errorf("deriving the buyer's encryption key: the signer returned %d bytes", len(sig))
	}
	return prover.DeriveBuyerSecret(sig[:64]), nil
}

// Purchase is a deposited job and what the buyer keeps of it: the input,
// the secret salt of its commitment and the signed request.
type Purchase struct {
	JobID   uint64
	ModelID uint64
	Model   *models.Model
	// Options are the circuit options the buyer expects the proof to have:
	// its own choice, not the provider's word.
	Options  prover.Options
	Provider common.Address
	Deadline uint64
	Domain   Domain
	Request  *SubmitRequest
	// BatchKeys is how many of the model's batch keys the deposit accepts.
	BatchKeys uint16
	// BuyerKey is the encryption key the deposit names, for an encrypted
	// output.
	BuyerKey *prover.Field
	// Block is the block of the deposit: the payment comes later.
	Block uint64
}

// Job is the escrow job of the purchase, whose tag its proof must carry.
func (p *Purchase) Job() *prover.Job {
	return &prover.Job{ChainID: p.Domain.ChainID, Escrow: p.Domain.Escrow, ID: new(big.Int).SetUint64(p.JobID), Provider: p.Provider, BuyerKey: p.BuyerKey}
}

// Deposit creates a job for one inference of the registered model modelID
// (m must be that model: its commitment is checked against the registry)
// under the circuit options opts, on input, paying value (nil: the
// registered price), to be proven within deadline. vk is the verifying key
// the buyer pinned (from its own source, as for Check): before any wei
// moves, Deposit establishes from chain state that the escrow will judge
// the job's proof by zkinfer's verifier under exactly that key
// (contracts.Market.CheckJudge), and the deposit names the key's hash, so
// the escrow refuses it if that changed since. The provider is the one
// the registry names. The input is committed under a fresh secret salt
// unless opts make the input public. Once the deposit is made, the
// purchase is returned even with an error: it holds the salt, which the
// buyer needs to submit again or to check an answer.
//
// Options with RangeCheckAuto are resolved as prover.Choose does at its
// default weight, as the CLI's are unless --constraint-gas says otherwise.
func (b *Buyer) Deposit(ctx context.Context, modelID uint64, m *models.Model, opts prover.Options, vk prover.VerifyingKey, input []int8, value *big.Int, deadline time.Duration) (*Purchase, error) {
	opts, _, err := prover.Choose(m, opts, 0)
	if err != nil {
		return nil, err
	}
	if b.From.From != b.Signer.Address {
		return nil, fmt.Errorf("deposits are signed by %s, requests by %s: use one account", b.From.From.Hex(), b.Signer.Address.Hex())
	}
	if want := m.InputShape().Size(); len(input) != want {
		return nil, fmt.Errorf("input has %d values, model %s takes %d", len(input), m.Name, want)
	}
	chainID, err := b.Chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	e, err := b.Market.Model(ctx, new(big.Int).SetUint64(modelID))
	if err != nil {
		return nil, fmt.Errorf("model #%d in the registry: %w", modelID, err)
	}
	if c := m.Commitment(); e.Commitment.Cmp(c.BigInt(new(big.Int))) != 0 {
		return nil, fmt.Errorf("%w: model #%d is registered with commitment 0x%064x, %s has %s", verifier.ErrModelMismatch, modelID, e.Commitment, m.Name, prover.Field(c))
	}
	system, err := contracts.ParseProofSystem(opts.WithDefaults().System())
	if err != nil {
		return nil, err
	}
	if got := contracts.ProofSystem(e.ProofSystem); got != system {
		return nil, fmt.Errorf("%w: model #%d is registered for %s proofs, the request expects %s", verifier.ErrModelMismatch, modelID, got, system)
	}
	key, err := prover.ChainKey(vk)
	if err != nil {
		return nil, err
	}
	if e, err = b.Market.CheckJudge(ctx, new(big.Int).SetUint64(modelID), system, key); err != nil {
		return nil, fmt.Errorf("model #%d: %w; no deposit made", modelID, err)
	}
	if want := prover.ChainOutputs(m, opts); e.PublicOutputs != want {
		return nil, fmt.Errorf("%w: model #%d is registered with %d public outputs, the circuit has %d: no proof could be paid; no deposit made", verifier.ErrModelMismatch, modelID, e.PublicOutputs, want)
	}
	// a model registered as not encrypted would let its provider name any
	// key in its fulfil, its own included
	encrypted := opts.WithDefaults().Output == prover.Encrypted
	if e.EncryptedOutput != encrypted {
		return nil, fmt.Errorf("%w: model #%d is registered with encrypted output %v, the circuit has %v; no deposit made", verifier.ErrModelMismatch, modelID, e.EncryptedOutput, encrypted)
	}
	var buyerKey *prover.Field
	if encrypted {
		if b.Secret == nil {
			return nil, fmt.Errorf("%w: model #%d seals its output to the buyer's key, and this buyer has none (Buyer.Secret, DeriveSecret); no deposit made", prover.ErrBuyerKey, modelID)
		}
		k := b.Secret.Public()
		buyerKey = &k
	}
	if value == nil {
		value = e.Price
	}
	var salt fr.Element
	if opts.Input != prover.Public {
		if salt, err = models.NewSalt(); err != nil {
			return nil, err
		}
	}
	c := models.CommitTensor(models.DomainInput, salt, input)
	head, err := b.Chain.Head(ctx)
	if err != nil {
		return nil, err
	}
	dl := head.Time + uint64(deadline.Seconds())
	from := *b.From
	from.Value = value
	accept, err := b.acceptedBatchKeys(ctx, modelID, e.BatchKeys)
	if err != nil {
		return nil, err
	}
	var id *big.Int
	var receipt *types.Receipt
	if buyerKey != nil {
		k := buyerKey.Element()
		id, receipt, err = b.Market.CreateSealedJob(ctx, &from, new(big.Int).SetUint64(modelID), c.BigInt(new(big.Int)), e.Provider, dl, prover.ChainKeyHash(key), k.BigInt(new(big.Int)))
	} else {
		id, receipt, err = b.Market.CreateBatchableJob(ctx, &from, new(big.Int).SetUint64(modelID), c.BigInt(new(big.Int)), e.Provider, dl, prover.ChainKeyHash(key), accept)
	}
	if err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	if !id.IsUint64() {
		return nil, fmt.Errorf("job id %v does not fit 64 bits", id)
	}
	p := &Purchase{JobID: id.Uint64(), ModelID: modelID, Model: m, Options: opts, Provider: e.Provider, Deadline: dl, BatchKeys: accept,
		BuyerKey: buyerKey, Block: receipt.BlockNumber.Uint64(),
		Domain:  Domain{ChainID: chainID, Escrow: b.Market.Escrow},
		Request: &SubmitRequest{JobID: id.Uint64(), ModelID: modelID, Input: append([]int8(nil), input...), InputSalt: prover.Field(salt)}}
	req := JobRequest{JobID: p.JobID, ModelID: modelID, InputCommitment: prover.Field(c), Provider: e.Provider}
	if p.Request.Signature, err = b.Signer.Sign(req.Hash(p.Domain)); err != nil {
		return p, fmt.Errorf("job #%d deposited, but signing the request failed: %w", p.JobID, err)
	}
	return p, nil
}

// acceptedBatchKeys counts the model's first registered batch keys that
// are keys the buyer trusts (BatchKeys).
func (b *Buyer) acceptedBatchKeys(ctx context.Context, modelID uint64, registered uint16) (uint16, error) {
	trusted := map[[32]byte]bool{}
	for _, vk := range b.BatchKeys {
		key, err := prover.ChainKey(vk)
		if err != nil {
			return 0, err
		}
		trusted[prover.ChainKeyHash(key)] = true
	}
	var n uint16
	for ; n < registered && len(trusted) > 0; n++ {
		bk, err := b.Market.BatchKey(ctx, new(big.Int).SetUint64(modelID), uint64(n))
		if err != nil {
			return 0, fmt.Errorf("model #%d batch key %d: %w", modelID, n, err)
		}
		if !trusted[bk.VerifyingKeyHash] {
			break
		}
	}
	return n, nil
}

// Submit sends the purchase's input to the provider. A provider that
// already holds the request (a retry after a lost answer) is not an error.
func (b *Buyer) Submit(ctx context.Context, p *Purchase) error {
	_, err := b.Client.Submit(ctx, p.Request)
	if IsStatus(err, http.StatusConflict) {
		// accepted before, if the provider holds a request for the job
		if v, gerr := b.Client.Job(ctx, p.JobID, p.Request.Signature); gerr == nil && v.State != StateDeposited {
			return nil
		}
	}
	return err
}

// Wait polls the provider until the job is proved (or fails), reporting
// each state seen. Connection errors, 5xx and 429 answers are retried: a
// provider that restarts mid-job is waited for.
func (b *Buyer) Wait(ctx context.Context, p *Purchase, poll time.Duration, progress func(State)) (*JobView, error) {
	var last State
	for {
		v, err := b.Client.Job(ctx, p.JobID, p.Request.Signature)
		var api *APIError
		switch {
		case err == nil:
			if v.State != last && progress != nil {
				progress(v.State)
			}
			last = v.State
			if (v.Bundle != nil || v.BatchBundle != nil) && v.Output != nil {
				return v, nil
			}
			if v.State == StateFailed || v.State == StateExpired {
				return v, fmt.Errorf("job %d %s: %s", p.JobID, v.State, v.Error)
			}
		case errors.As(err, &api) && api.Status < 500 && api.Status != http.StatusTooManyRequests:
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for job %d (last state %q): %w", p.JobID, last, ctx.Err())
		case <-time.After(poll):
		}
	}
}

// ErrBadAttestation: the bundle is not signed by the job's provider, or
// the attestation does not match the bundle.
var ErrBadAttestation = errors.New("bad attestation")

// Check is everything a buyer checks before trusting an answer: the
// attestation is the job provider's signature over this job and this
// bundle; the bundle proves the purchased model with the circuit options
// the buyer chose; the proof verifies under vk (the buyer's trust anchor,
// from its own source, never from the provider: the key of
// prover.CircuitID(p.Model, p.Options)); the input and salt the buyer
// holds open the bundle's input commitment and the returned output opens
// its output commitment; the proof is bound to the purchase's job.
func (b *Buyer) Check(p *Purchase, v *JobView, vk prover.VerifyingKey) error {
	if v.BatchBundle != nil {
		return b.checkBatch(p, v)
	}
	if v.Bundle == nil || v.Output == nil || v.OutputSalt == nil {
		return fmt.Errorf("%w: job %d has no bundle or output yet", verifier.ErrMalformed, p.JobID)
	}
	if v.Bundle.Options != p.Options {
		return fmt.Errorf("%w: the bundle proves a circuit with %s, the purchase is for %s", verifier.ErrModelMismatch, v.Bundle.Options, p.Options)
	}
	a, err := AttestationOf(p.JobID, v.Bundle)
	if err != nil {
		return err
	}
	if err := checkSigner("the attestation", a.Hash(p.Domain), v.Attestation, p.Provider); err != nil {
		return fmt.Errorf("%w: %v", ErrBadAttestation, err)
	}
	o := &prover.Opening{Input: p.Request.Input, InputSalt: p.Request.InputSalt, Output: v.Output, OutputSalt: *v.OutputSalt}
	exp := verifier.Expect{Model: p.Model, Opening: o, Job: p.Job()}
	if p.BuyerKey != nil {
		exp.Buyer = b.Secret
	}
	return verifier.Verify(v.Bundle, vk, exp)
}

// Delivery is an encrypted output as the payment delivered it: opened
// from the JobFulfilled event of the transaction that paid the job.
type Delivery struct {
	Output           []int8
	OutputSalt       prover.Field
	OutputCommitment prover.Field
	Tx               common.Hash
	Block            uint64
}

// ErrNotPaid: the job has no payment on chain yet.
var ErrNotPaid = errors.New("the job is not paid yet")

// Delivered reads the output of an encrypted purchase from chain data
// alone: the escrow's JobFulfilled event for the job carries the
// ephemeral key and the ciphertext, which the buyer's secret opens. The
// escrow emitted them only after the job's proof verified with the
// buyer key the deposit named, so the opening is proven: Delivered checks
// it against the event's output commitment all the same. The provider's
// HTTP answer is not needed.
func (b *Buyer) Delivered(ctx context.Context, p *Purchase) (*Delivery, error) {
	if p.BuyerKey == nil {
		return nil, fmt.Errorf("job %d's output is not encrypted: its payment does not deliver it", p.JobID)
	}
	if b.Secret == nil || b.Secret.Public() != *p.BuyerKey {
		return nil, fmt.Errorf("%w: job %d's output is sealed to %s, not to this buyer's key", prover.ErrNotForBuyer, p.JobID, *p.BuyerKey)
	}
	ev, err := b.Market.Fulfilment(ctx, new(big.Int).SetUint64(p.JobID), p.Block, nil)
	if err != nil {
		return nil, fmt.Errorf("job %d's payment: %w", p.JobID, err)
	}
	if ev == nil {
		return nil, fmt.Errorf("%w: no JobFulfilled event for job %d since block %d", ErrNotPaid, p.JobID, p.Block)
	}
	n := p.Model.OutputShape().Size()
	if len(ev.PublicOutputs) != 1+prover.CiphertextLen(n) {
		return nil, fmt.Errorf("%w: job %d's payment carries %d values, an encrypted output of %d values takes %d", verifier.ErrMalformed, p.JobID, len(ev.PublicOutputs), n, 1+prover.CiphertextLen(n))
	}
	key := p.BuyerKey.Element()
	sealed, err := prover.SealedFromChain(key.BigInt(new(big.Int)), ev.PublicOutputs)
	if err != nil {
		return nil, err
	}
	commitment := prover.FieldOfBig(ev.OutputCommitment)
	salt, out, err := b.Secret.Open(sealed, p.Job().Tag(), commitment.Element(), n)
	if err != nil {
		return nil, fmt.Errorf("job %d: %w", p.JobID, err)
	}
	return &Delivery{Output: out, OutputSalt: prover.Field(salt), OutputCommitment: commitment, Tx: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, nil
}

// checkBatch is Check for a job proved in a batch: the batch proves the
// purchased model with the buyer's options (but for the batch size), under
// one of the buyer's trusted batch keys, for a list of jobs of this
// escrow and provider that holds this job at the bundle's place, and the
// buyer's input and the returned output open that entry.
func (b *Buyer) checkBatch(p *Purchase, v *JobView) error {
	bb := v.BatchBundle
	if v.Output == nil || v.OutputSalt == nil {
		return fmt.Errorf("%w: job %d has no output yet", verifier.ErrMalformed, p.JobID)
	}
	if err := bb.Check(); err != nil {
		return err
	}
	if o := bb.Options; o.Weights != p.Options.Weights || o.Input != p.Options.Input || o.Output != p.Options.Output || o.System() != p.Options.System() {
		return fmt.Errorf("%w: the batch proves a circuit with %s, the purchase is for %s", verifier.ErrModelMismatch, bb.Options, p.Options)
	}
	j, i := bb.Job, v.BatchIndex
	if j == nil || i < 0 || i >= len(j.IDs) || !j.IDs[i].IsUint64() || j.IDs[i].Uint64() != p.JobID ||
		j.ChainID.Cmp(p.Domain.ChainID) != 0 || j.Escrow != p.Domain.Escrow || j.Provider != p.Provider {
		return fmt.Errorf("%w: the batch does not name job %d of escrow %s and provider %s at place %d", verifier.ErrJobMismatch, p.JobID, p.Domain.Escrow.Hex(), p.Provider.Hex(), i)
	}
	a, err := AttestationOfBatch(p.JobID, bb, i)
	if err != nil {
		return err
	}
	if err := checkSigner("the attestation", a.Hash(p.Domain), v.Attestation, p.Provider); err != nil {
		return fmt.Errorf("%w: %v", ErrBadAttestation, err)
	}
	var vk prover.VerifyingKey
	for _, k := range b.BatchKeys {
		if h, err := vkHash(k); err == nil && h == bb.VerifyingKeyHash {
			vk = k
		}
	}
	if vk == nil {
		return fmt.Errorf("%w: the batch is proved under key %s, not one of the buyer's batch keys", verifier.ErrKeyMismatch, bb.VerifyingKeyHash)
	}
	o := &prover.Opening{Input: p.Request.Input, InputSalt: p.Request.InputSalt, Output: v.Output, OutputSalt: *v.OutputSalt}
	return verifier.VerifyBatch(bb, vk, verifier.BatchExpect{Model: p.Model, Job: j, Openings: map[int]*prover.Opening{i: o}})
}

// vkHash is the SHA-256 of a verifying key's encoding, as bundles name it.
func vkHash(vk prover.VerifyingKey) (string, error) {
	h := sha256.New()
	if _, err := vk.WriteTo(h); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// WaitPaid polls the escrow until the job is paid, refunded or past its
// deadline.
func (b *Buyer) WaitPaid(ctx context.Context, p *Purchase, poll time.Duration) (uint8, error) {
	for {
		j, err := b.Market.Job(ctx, new(big.Int).SetUint64(p.JobID))
		if err == nil && j.State != contracts.JobOpen {
			return j.State, nil
		}
		if h, herr := b.Chain.Head(ctx); herr == nil && h.Time > p.Deadline {
			return contracts.JobOpen, fmt.Errorf("job %d's deadline passed unpaid: take a refund", p.JobID)
		}
		select {
		case <-ctx.Done():
			return contracts.JobOpen, ctx.Err()
		case <-time.After(poll):
		}
	}
}
