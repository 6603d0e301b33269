package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// Client is what zkinfer needs of a chain: contract calls and transactions,
// receipts, balances and the chain id. Both ethclient.Client (JSON-RPC) and
// the embedded simulated chain provide it.
type Client = simulated.Client

// Backend is a chain to settle on.
type Backend struct {
	Client
	// Name says which chain this is, for reports ("embedded (Osaka)", a URL).
	Name string
	sim  *simulated.Backend
	rpc  *ethclient.Client
	// mine serializes the embedded chain's block production: go-ethereum's
	// simulated beacon deadlocks when two goroutines commit at once.
	mine sync.Mutex
	// parent is the backend this one was derived from (WithClient): it
	// owns the chain and the mining lock.
	parent *Backend
}

// EmbeddedFork is the fork rules of the embedded chain. go-ethereum's
// simulated backend enables draft forks by default, whose storage pricing
// is about 4x mainnet's; zkinfer pins the newest mainnet fork instead so
// that the gas it reports is what mainnet would charge.
const EmbeddedFork = "Osaka"

// NewEmbedded starts an in-process chain (go-ethereum's simulated backend,
// chain id 1337, Osaka rules) with the given accounts funded.
func NewEmbedded(funded map[*ecdsa.PrivateKey]*big.Int) *Backend {
	alloc := types.GenesisAlloc{}
	for k, v := range funded {
		alloc[addressOf(k)] = types.Account{Balance: v}
	}
	sim := simulated.NewBackend(alloc, func(_ *node.Config, c *ethconfig.Config) {
		cfg := *c.Genesis.Config
		cfg.BogotaTime = nil // draft: not on mainnet
		c.Genesis.Config = &cfg
	})
	return &Backend{Client: sim.Client(), Name: "embedded chain (" + EmbeddedFork + " rules)", sim: sim}
}

// Dial connects to a node over JSON-RPC.
func Dial(ctx context.Context, url string) (*Backend, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	return &Backend{Client: c, Name: url, rpc: c}, nil
}

// AdvanceTime moves the embedded chain's clock forward and mines a block.
func (b *Backend) AdvanceTime(d time.Duration) error {
	if b.sim == nil {
		return errors.New("only the embedded chain's clock can be moved")
	}
	// The transaction pool learns of a new block asynchronously: right after
	// a commit it may still list a mined transaction as pending, which
	// AdjustTime refuses. Wait for it to catch up.
	if b.parent != nil {
		return b.parent.AdvanceTime(d)
	}
	b.mine.Lock()
	defer b.mine.Unlock()
	var err error
	for range 200 {
		if err = b.sim.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		return err
	}
	b.sim.Commit()
	return nil
}

// commit mines a block on the embedded chain.
func (b *Backend) commit() {
	if b.parent != nil {
		b.parent.commit()
		return
	}
	b.mine.Lock()
	defer b.mine.Unlock()
	b.sim.Commit()
}

// WithClient returns a backend that talks to the same chain through c (a
// proxy, or a client that fails on purpose in tests); on the embedded
// chain it still mines the blocks its transactions wait for. Closing it
// closes the original.
func (b *Backend) WithClient(c Client) *Backend {
	return &Backend{Client: c, Name: b.Name, sim: b.sim, rpc: b.rpc, parent: b}
}

// Close stops the embedded chain or closes the connection.
func (b *Backend) Close() error {
	if b.parent != nil {
		return b.parent.Close()
	}
	if b.sim != nil {
		return b.sim.Close()
	}
	b.rpc.Close()
	return nil
}

// Transactor signs transactions with key on this chain.
func (b *Backend) Transactor(ctx context.Context, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context = ctx
	return opts, nil
}

// wait waits for the receipt; a reverted transaction is an error. On the
// embedded chain it mines blocks until the transaction is in one: the
// transaction pool learns of each new block asynchronously, so a
// transaction sent by one goroutine while another mines may miss that
// block and wait for the next.
func (b *Backend) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	var r *types.Receipt
	var err error
	poll := 100 * time.Millisecond // a node: faster than bind.WaitMined's second
	if b.sim != nil {
		poll = 5 * time.Millisecond
	}
	for {
		if b.sim != nil {
			b.commit()
		}
		if r, err = b.TransactionReceipt(ctx, tx.Hash()); err == nil {
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(poll):
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r, nil
}

// Head returns the latest block header (its Time is the chain's clock).
func (b *Backend) Head(ctx context.Context) (*types.Header, error) {
	return b.HeaderByNumber(ctx, nil)
}

// Broadcast hands a signed transaction to the node without waiting for
// it; bytes the node already has are not an error.
func (b *Backend) Broadcast(ctx context.Context, tx *types.Transaction) error {
	if err := b.SendTransaction(ctx, tx); err != nil && !strings.Contains(err.Error(), "already known") {
		return err
	}
	return nil
}

// WaitMined waits until a sent transaction is mined (mining blocks on the
// embedded chain) and returns its receipt; a reverted transaction is an
// error that comes with its receipt.
func (b *Backend) WaitMined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	return b.wait(ctx, tx)
}
