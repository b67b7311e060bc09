// Package devchain provides DIP's embedded chain: go-ethereum's in-process
// simulated backend with deterministic, funded development accounts and
// automatic mining, so library code written for a real node (send, then
// bind.WaitMined) runs unchanged on it.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainID is the chain id of the embedded chain (the simulated backend's).
var ChainID = params.AllDevChainProtocolChanges.ChainID

// DefaultAccounts is the number of funded development accounts.
const DefaultAccounts = 10

// DevBalance is what each development account starts with: one million ether.
var DevBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// DevKey returns the i-th deterministic development key. These keys are public
// knowledge: they exist for the embedded chain and local test nodes only.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("dip devchain account %d", i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// A keccak output is a valid secp256k1 scalar with overwhelming probability;
		// the indices used here are checked by the package tests.
		panic(fmt.Sprintf("devchain: dev key %d: %v", i, err))
	}
	return key
}

// mainnetRules runs the chain under the forks live on mainnet (through Osaka)
// rather than every fork go-ethereum knows: unscheduled forks reprice storage,
// and gas figures printed by the demo and benchmarks should match mainnet's.
func mainnetRules(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.BogotaTime = nil
	ethConf.Genesis.Config = &cfg
}

// Chain is a running embedded chain.
type Chain struct {
	backend *simulated.Backend
	client  *autoMiningClient
	keys    []*ecdsa.PrivateKey
}

// Option configures New.
type Option func(*config)

type config struct {
	accounts int
	gasLimit uint64
}

// WithAccounts sets the number of funded development accounts.
func WithAccounts(n int) Option { return func(c *config) { c.accounts = n } }

// WithBlockGasLimit sets the block gas limit (default 60M, enough for a guild suite).
func WithBlockGasLimit(g uint64) Option { return func(c *config) { c.gasLimit = g } }

// New starts an embedded chain. Close it when done.
func New(opts ...Option) *Chain {
	cfg := config{accounts: DefaultAccounts, gasLimit: 60_000_000}
	for _, o := range opts {
		o(&cfg)
	}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, cfg.accounts)
	for i := range keys {
		keys[i] = DevKey(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: DevBalance}
	}
	backend := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(cfg.gasLimit), simulated.WithCallGasLimit(cfg.gasLimit), mainnetRules)
	return &Chain{backend: backend, client: &autoMiningClient{Client: backend.Client(), backend: backend, auto: true}, keys: keys}
}

// Client returns an RPC-like client whose SendTransaction mines a block right
// away (unless automining is turned off with SetAutoMine).
func (c *Chain) Client() simulated.Client { return c.client }

// Backend exposes the simulated backend for tests that need Commit, Rollback or Fork.
func (c *Chain) Backend() *simulated.Backend { return c.backend }

// SetAutoMine turns mining on every sent transaction on or off.
func (c *Chain) SetAutoMine(on bool) {
	c.client.mu.Lock()
	defer c.client.mu.Unlock()
	c.client.auto = on
}

// Commit mines the pending transactions into a new block.
func (c *Chain) Commit() common.Hash {
	c.client.mu.Lock()
	defer c.client.mu.Unlock()
	return c.backend.Commit()
}

// AdvanceTime mines pending transactions, then moves the chain's clock forward
// by d and mines an empty block carrying the new time.
func (c *Chain) AdvanceTime(d time.Duration) error {
	c.client.mu.Lock()
	defer c.client.mu.Unlock()
	c.backend.Commit()
	if err := c.backend.AdjustTime(d); err != nil {
		return fmt.Errorf("devchain: adjust time: %w", err)
	}
	c.backend.Commit()
	return nil
}

// Key returns the i-th funded development key.
func (c *Chain) Key(i int) *ecdsa.PrivateKey { return c.keys[i] }

// Address returns the address of the i-th development key.
func (c *Chain) Address(i int) common.Address { return crypto.PubkeyToAddress(c.keys[i].PublicKey) }

// Transactor returns transaction options signing with the i-th development key.
func (c *Chain) Transactor(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[i], ChainID)
}

// Close stops the chain.
func (c *Chain) Close() error { return c.backend.Close() }

// autoMiningClient mines a block after each accepted transaction, which makes
// the simulated backend behave like anvil's automine mode.
type autoMiningClient struct {
	simulated.Client
	backend *simulated.Backend
	mu      sync.Mutex
	auto    bool
}

func (a *autoMiningClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if a.auto {
		a.backend.Commit()
	}
	return nil
}

// DevKeyAddress returns the address of DevKey(i).
func DevKeyAddress(i int) common.Address { return crypto.PubkeyToAddress(DevKey(i).PublicKey) }
