package service

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

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
}

// Job is the escrow job of the purchase, whose tag its proof must carry.
func (p *Purchase) Job() *prover.Job {
	return &prover.Job{ChainID: p.Domain.ChainID, Escrow: p.Domain.Escrow, ID: new(big.Int).SetUint64(p.JobID), Provider: p.Provider}
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
	if want := publicOutputs(m, opts); e.PublicOutputs != want {
		return nil, fmt.Errorf("%w: model #%d is registered with %d public outputs, the circuit has %d: no proof could be paid; no deposit made", verifier.ErrModelMismatch, modelID, e.PublicOutputs, want)
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
	id, _, err := b.Market.CreateJob(ctx, &from, new(big.Int).SetUint64(modelID), c.BigInt(new(big.Int)), e.Provider, dl, prover.ChainKeyHash(key))
	if err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	if !id.IsUint64() {
		return nil, fmt.Errorf("job id %v does not fit 64 bits", id)
	}
	p := &Purchase{JobID: id.Uint64(), ModelID: modelID, Model: m, Options: opts, Provider: e.Provider, Deadline: dl,
		Domain:  Domain{ChainID: chainID, Escrow: b.Market.Escrow},
		Request: &SubmitRequest{JobID: id.Uint64(), ModelID: modelID, Input: append([]int8(nil), input...), InputSalt: prover.Field(salt)}}
	req := JobRequest{JobID: p.JobID, ModelID: modelID, InputCommitment: prover.Field(c), Provider: e.Provider}
	if p.Request.Signature, err = b.Signer.Sign(req.Hash(p.Domain)); err != nil {
		return p, fmt.Errorf("job #%d deposited, but signing the request failed: %w", p.JobID, err)
	}
	return p, nil
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
			if v.Bundle != nil && v.Output != nil {
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
	return verifier.Verify(v.Bundle, vk, verifier.Expect{Model: p.Model, Opening: o, Job: p.Job()})
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

// publicOutputs is the number of output values a proof of (m, opts) makes
// public, as the registry records it.
func publicOutputs(m *models.Model, opts prover.Options) uint32 {
	if opts.WithDefaults().Output == prover.Public {
		return uint32(m.OutputShape().Size())
	}
	return 0
}
