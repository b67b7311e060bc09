package txmgr

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// fakeClock is a manually advanced clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Unix(1_800_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type fakeBlock struct {
	header *types.Header
	txs    []*types.Transaction
}

// fakeChain is a hand-written chain and transaction pool with geth's pool
// rules (nonce too low, already known, 10% replacement rule, fee cap under
// the base fee) and hooks to inject failures. It is a Backend.
type fakeChain struct {
	mu       sync.Mutex
	chainID  *big.Int
	signer   types.Signer
	blocks   []*fakeBlock
	baseFee  *big.Int // of the next block
	tip      *big.Int
	pool     map[common.Address]map[uint64]*types.Transaction
	receipts map[common.Hash]*types.Receipt
	autoMine bool
	// evictUnderpriced drops pool transactions that cannot pay a mined
	// block's base fee, as anvil does.
	evictUnderpriced bool
	salt             uint64
	noBaseFee        bool

	// sendHook, when set, runs first: accept=false refuses with err (the
	// node never saw it); accept=true processes the transaction and then
	// returns err (the answer was lost).
	sendHook   func(tx *types.Transaction) (accept bool, err error)
	estimateFn func(msg ethereum.CallMsg) (uint64, error)
	failures   map[string][]error
	panicOn    string
	accepted   []*types.Transaction
	calls      map[string]int
}

func newFakeChain(chainID int64) *fakeChain {
	c := &fakeChain{
		chainID:  big.NewInt(chainID),
		signer:   types.LatestSignerForChainID(big.NewInt(chainID)),
		baseFee:  big.NewInt(params.GWei),
		tip:      big.NewInt(params.GWei),
		pool:     make(map[common.Address]map[uint64]*types.Transaction),
		receipts: make(map[common.Hash]*types.Receipt),
		failures: make(map[string][]error),
		calls:    make(map[string]int),
	}
	c.blocks = []*fakeBlock{{header: c.newHeader(nil)}}
	return c
}

func (c *fakeChain) newHeader(parent *types.Header) *types.Header {
	h := &types.Header{Number: big.NewInt(0), BaseFee: new(big.Int).Set(c.baseFee), GasLimit: 30_000_000, Difficulty: common.Big0}
	if parent != nil {
		h.Number = new(big.Int).Add(parent.Number, common.Big1)
		h.ParentHash = parent.Hash()
		h.Time = parent.Time + 1
	}
	h.Extra = binary.BigEndian.AppendUint64(nil, c.salt)
	if c.noBaseFee {
		h.BaseFee = nil
	}
	return h
}

// failNext makes the next calls of method return errs, one per call.
func (c *fakeChain) failNext(method string, errs ...error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failures[method] = append(c.failures[method], errs...)
}

func (c *fakeChain) enter(method string) error {
	c.calls[method]++
	if c.panicOn == method {
		panic("fake chain: injected panic in " + method)
	}
	if errs := c.failures[method]; len(errs) > 0 {
		c.failures[method] = errs[1:]
		return errs[0]
	}
	return nil
}

func (c *fakeChain) head() *fakeBlock { return c.blocks[len(c.blocks)-1] }

func (c *fakeChain) nonceLocked(addr common.Address, upto int) uint64 {
	var n uint64
	for _, b := range c.blocks[:upto+1] {
		for _, tx := range b.txs {
			if from, _ := types.Sender(c.signer, tx); from == addr {
				n++
			}
		}
	}
	return n
}

// Mine seals the next block with every pool transaction that can pay its base fee.
func (c *fakeChain) Mine() *types.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.mineLocked()
}

func (c *fakeChain) mineLocked() *types.Header {
	parent := c.head().header
	h := c.newHeader(parent)
	b := &fakeBlock{header: h}
	for addr, txs := range c.pool {
		nonce := c.nonceLocked(addr, len(c.blocks)-1)
		for {
			tx, ok := txs[nonce]
			if !ok {
				break
			}
			if h.BaseFee != nil && tx.GasFeeCap().Cmp(h.BaseFee) < 0 {
				if c.evictUnderpriced {
					delete(txs, nonce)
				}
				break
			}
			b.txs = append(b.txs, tx)
			delete(txs, nonce)
			nonce++
		}
	}
	// Header hash must commit to the transactions, as a real block's does.
	var root common.Hash
	for _, tx := range b.txs {
		root = crypto.Keccak256Hash(root.Bytes(), tx.Hash().Bytes())
	}
	h.TxHash = root
	c.blocks = append(c.blocks, b)
	for i, tx := range b.txs {
		status := types.ReceiptStatusSuccessful
		if string(tx.Data()) == "revert" {
			status = types.ReceiptStatusFailed
		}
		c.receipts[tx.Hash()] = &types.Receipt{TxHash: tx.Hash(), Status: status, BlockNumber: new(big.Int).Set(h.Number),
			BlockHash: h.Hash(), TransactionIndex: uint(i), GasUsed: tx.Gas()}
	}
	// Drop any nonces that became stale.
	for addr, txs := range c.pool {
		n := c.nonceLocked(addr, len(c.blocks)-1)
		for nonce := range txs {
			if nonce < n {
				delete(txs, nonce)
			}
		}
	}
	return h
}

// Reorg removes the last depth blocks, dropping their transactions (anvil
// does not return them to its pool), and mines newBlocks blocks in their place.
func (c *fakeChain) Reorg(depth, newBlocks int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, b := range c.blocks[len(c.blocks)-depth:] {
		for _, tx := range b.txs {
			delete(c.receipts, tx.Hash())
		}
	}
	c.blocks = c.blocks[:len(c.blocks)-depth]
	c.salt++
	for i := 0; i < newBlocks; i++ {
		c.mineLocked()
	}
}

// Drop removes a transaction from the pool, as anvil_dropTransaction does.
func (c *fakeChain) Drop(h common.Hash) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, txs := range c.pool {
		for n, tx := range txs {
			if tx.Hash() == h {
				delete(txs, n)
				return true
			}
		}
	}
	return false
}

func (c *fakeChain) setBaseFee(wei *big.Int) {
	c.mu.Lock()
	c.baseFee = new(big.Int).Set(wei)
	c.mu.Unlock()
}

func (c *fakeChain) setAutoMine(on bool) {
	c.mu.Lock()
	c.autoMine = on
	c.mu.Unlock()
}

// inject adds tx to the pool (or a block, with mine) bypassing the hooks:
// a transaction from another process using the same key.
func (c *fakeChain) inject(tx *types.Transaction, mine bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	from, _ := types.Sender(c.signer, tx)
	if c.pool[from] == nil {
		c.pool[from] = make(map[uint64]*types.Transaction)
	}
	c.pool[from][tx.Nonce()] = tx
	if mine {
		c.mineLocked()
	}
}

// minedTxs returns every transaction in the canonical chain.
func (c *fakeChain) minedTxs() []*types.Transaction {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*types.Transaction
	for _, b := range c.blocks {
		out = append(out, b.txs...)
	}
	return out
}

func (c *fakeChain) poolSize() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, txs := range c.pool {
		n += len(txs)
	}
	return n
}

func (c *fakeChain) callCount(method string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls[method]
}

func (c *fakeChain) ChainID(ctx context.Context) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("ChainID"); err != nil {
		return nil, err
	}
	return new(big.Int).Set(c.chainID), nil
}

func (c *fakeChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("HeaderByNumber"); err != nil {
		return nil, err
	}
	if n == nil {
		return types.CopyHeader(c.head().header), nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(c.blocks)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(c.blocks[n.Uint64()].header), nil
}

func (c *fakeChain) NonceAt(ctx context.Context, addr common.Address, n *big.Int) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("NonceAt"); err != nil {
		return 0, err
	}
	upto := len(c.blocks) - 1
	if n != nil {
		if n.Uint64() < uint64(upto) {
			upto = int(n.Uint64())
		}
	}
	return c.nonceLocked(addr, upto), nil
}

func (c *fakeChain) PendingNonceAt(ctx context.Context, addr common.Address) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("PendingNonceAt"); err != nil {
		return 0, err
	}
	n := c.nonceLocked(addr, len(c.blocks)-1)
	for c.pool[addr][n] != nil {
		n++
	}
	return n, nil
}

func (c *fakeChain) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("SuggestGasTipCap"); err != nil {
		return nil, err
	}
	return new(big.Int).Set(c.tip), nil
}

func (c *fakeChain) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	c.mu.Lock()
	fn := c.estimateFn
	err := c.enter("EstimateGas")
	c.mu.Unlock()
	if err != nil {
		return 0, err
	}
	if fn != nil {
		return fn(msg)
	}
	return 21_000 + 16*uint64(len(msg.Data)), nil
}

func (c *fakeChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("SendTransaction"); err != nil {
		return err
	}
	var hookErr error
	if c.sendHook != nil {
		accept, err := c.sendHook(tx)
		if !accept {
			return err
		}
		hookErr = err
	}
	if err := c.addLocked(tx); err != nil {
		return err
	}
	return hookErr
}

func (c *fakeChain) addLocked(tx *types.Transaction) error {
	from, err := types.Sender(c.signer, tx)
	if err != nil {
		return fmt.Errorf("invalid sender: %w", err)
	}
	txs := c.pool[from]
	if txs == nil {
		txs = make(map[uint64]*types.Transaction)
		c.pool[from] = txs
	}
	if old := txs[tx.Nonce()]; old != nil && old.Hash() == tx.Hash() {
		return errors.New("already known")
	}
	if _, mined := c.receipts[tx.Hash()]; mined || tx.Nonce() < c.nonceLocked(from, len(c.blocks)-1) {
		return errors.New("nonce too low")
	}
	if c.baseFee != nil && !c.noBaseFee && tx.GasFeeCap().Cmp(c.baseFee) < 0 {
		return errors.New("max fee per gas less than block base fee")
	}
	if old := txs[tx.Nonce()]; old != nil {
		// geth: both caps at least 10% higher (floor) and strictly higher.
		minTip := new(big.Int).Div(new(big.Int).Mul(old.GasTipCap(), big.NewInt(110)), big.NewInt(100))
		minCap := new(big.Int).Div(new(big.Int).Mul(old.GasFeeCap(), big.NewInt(110)), big.NewInt(100))
		if tx.GasTipCap().Cmp(old.GasTipCap()) <= 0 || tx.GasFeeCap().Cmp(old.GasFeeCap()) <= 0 ||
			tx.GasTipCap().Cmp(minTip) < 0 || tx.GasFeeCap().Cmp(minCap) < 0 {
			return errors.New("replacement transaction underpriced")
		}
	}
	txs[tx.Nonce()] = tx
	c.accepted = append(c.accepted, tx)
	if c.autoMine {
		c.mineLocked()
	}
	return nil
}

func (c *fakeChain) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.enter("TransactionReceipt"); err != nil {
		return nil, err
	}
	r, ok := c.receipts[h]
	if !ok {
		return nil, ethereum.NotFound
	}
	cp := *r
	return &cp, nil
}

var _ Backend = (*fakeChain)(nil)

// signWith signs a transaction from key outside the manager.
func signWith(key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, tip, feeCap *big.Int, to common.Address, data []byte) *types.Transaction {
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000 + 16*uint64(len(data)), To: &to, Data: data,
	})
	if err != nil {
		panic(err)
	}
	return tx
}
