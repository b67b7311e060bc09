package watcher

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
)

// emitterCode deploys a 9-byte contract that emits LOG1 with topic0 equal to
// the first 32 bytes of calldata on every call:
// runtime PUSH1 0 CALLDATALOAD PUSH1 0 PUSH1 0 LOG1 STOP, behind a CODECOPY/RETURN constructor.
var emitterCode = common.FromHex("6009600c60003960096000f3" + "60003560006000a100")

// txClient is what these tests need to send transactions.
type txClient interface {
	Backend
	bind.DeployBackend
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

type sender struct {
	t       testing.TB
	client  txClient
	chainID *big.Int
}

func (s sender) send(key *ecdsa.PrivateKey, to *common.Address, data []byte, gas uint64) *types.Transaction {
	s.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := s.client.PendingNonceAt(ctx, from)
	if err != nil {
		s.t.Fatal(err)
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(3)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Data: data,
	})
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.client.SendTransaction(ctx, tx); err != nil {
		s.t.Fatalf("send: %v", err)
	}
	return tx
}

// deploy deploys the emitter and waits for it.
func (s sender) deploy(key *ecdsa.PrivateKey) common.Address {
	s.t.Helper()
	tx := s.send(key, nil, emitterCode, 100_000)
	addr, err := bind.WaitDeployed(ctx, s.client, tx.Hash())
	if err != nil {
		s.t.Fatalf("deploy emitter: %v", err)
	}
	return addr
}

// emit sends a call that logs topic (mined by automine, or by the next Commit).
func (s sender) emit(key *ecdsa.PrivateKey, emitter common.Address, topic string) *types.Transaction {
	s.t.Helper()
	return s.send(key, &emitter, crypto.Keccak256([]byte(topic)), 50_000)
}

// canonical returns the IDs of the emitter's logs on the node's current chain.
func canonical(t testing.TB, b Backend, emitter common.Address, from, to uint64) map[EventID]bool {
	t.Helper()
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{emitter}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[EventID]bool{}
	for _, l := range logs {
		out[IDOf(l)] = true
	}
	return out
}

func headNumber(t testing.TB, b Backend) uint64 {
	t.Helper()
	n, err := b.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func hashOf(t testing.TB, b Backend, n uint64) common.Hash {
	t.Helper()
	h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h.Hash()
}

func TestDevchainForkReorg(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(3))
	defer c.Close()
	s := sender{t: t, client: c.Client(), chainID: devchain.ChainID}
	emitter := s.deploy(c.Key(0))
	for _, topic := range []string{"a1", "a2", "a3", "a4"} {
		s.emit(c.Key(0), emitter, topic)
	}
	head := headNumber(t, c.Client()) // deploy at 1, events at 2..5
	r := newRecorder(t, 0)
	w := mustNew(t, c.Client(), NewMemoryCheckpoints(), r, WithAddresses(emitter))
	mustPoll(t, w)
	r.requireState(t, canonical(t, c.Client(), emitter, 0, head))
	if len(r.ids()) != 4 {
		t.Fatalf("delivered %d events, want 4", len(r.ids()))
	}

	// Fork at head-2 and grow a longer branch with other events.
	c.SetAutoMine(false)
	s.emit(c.Key(2), emitter, "never mined")
	c.Backend().Rollback() // drop it: Fork needs an empty pool
	ancestor := head - 2
	if err := c.Backend().Fork(hashOf(t, c.Client(), ancestor)); err != nil {
		t.Fatalf("fork: %v", err)
	}
	for _, topic := range []string{"b1", "b2", "b3"} {
		s.emit(c.Key(1), emitter, topic)
		c.Commit()
	}
	if headNumber(t, c.Client()) <= head {
		t.Fatalf("fork did not become the longer chain")
	}
	p := mustPoll(t, w)
	if p.Reorgs != 1 || len(r.reorgs) != 1 {
		t.Fatalf("reorgs %d, want 1 (log %v)", p.Reorgs, r.log)
	}
	g := r.reorgs[0]
	if g.Ancestor.Number != ancestor || g.Ancestor.Hash != hashOf(t, c.Client(), ancestor) || len(g.Removed) != 2 {
		t.Fatalf("reorg %+v: want ancestor %d and 2 removed blocks", g, ancestor)
	}
	r.requireState(t, canonical(t, c.Client(), emitter, 0, headNumber(t, c.Client())))
	if r.dupes != 0 {
		t.Fatalf("%d duplicate deliveries", r.dupes)
	}
}

func TestDevchainRestartAcrossFork(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(3))
	defer c.Close()
	s := sender{t: t, client: c.Client(), chainID: devchain.ChainID}
	emitter := s.deploy(c.Key(0))
	start := headNumber(t, c.Client()) + 1
	for i := 0; i < 6; i++ {
		s.emit(c.Key(0), emitter, string(rune('a'+i)))
	}
	cps := NewMemoryCheckpoints()
	r := newRecorder(t, start)
	opts := []Option{WithAddresses(emitter), WithConfirmations(1), WithStartBlock(start), WithName("settlement"), WithBatchSize(2)}
	mustPoll(t, mustNew(t, c.Client(), cps, r, opts...))
	delivered, _ := cps.Load(ctx, "settlement")

	// Down time: the delivered tip is forked away and the chain moves on.
	c.SetAutoMine(false)
	if err := c.Backend().Fork(hashOf(t, c.Client(), delivered.Number-1)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		s.emit(c.Key(1), emitter, string(rune('p'+i)))
		c.Commit()
	}
	w2 := mustNew(t, c.Client(), cps, r, opts...)
	p := mustPoll(t, w2)
	if p.Reorgs != 1 {
		t.Fatalf("restarted watcher saw %d reorgs, want 1 (log %v)", p.Reorgs, r.log)
	}
	head := headNumber(t, c.Client())
	r.requireState(t, canonical(t, c.Client(), emitter, start, head-1))
	if r.dupes != 0 {
		t.Fatalf("%d duplicate deliveries across restart", r.dupes)
	}
}

func TestAnvilSnapshotRevertReorg(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	chainID := big.NewInt(anviltest.ChainID)
	s := sender{t: t, client: node.Client, chainID: chainID}
	k0, k1 := devchain.DevKey(0), devchain.DevKey(1)
	emitter := s.deploy(k0)
	if _, err := bind.WaitMined(ctx, node.Client, s.emit(k0, emitter, "before").Hash()); err != nil {
		t.Fatal(err)
	}
	var snap string
	if err := node.RPC.Call(&snap, "evm_snapshot"); err != nil {
		t.Fatalf("evm_snapshot: %v", err)
	}
	fork := headNumber(t, node.Client)
	for _, topic := range []string{"x1", "x2", "x3"} {
		tx := s.emit(k0, emitter, topic)
		if _, err := bind.WaitMined(ctx, node.Client, tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	r := newRecorder(t, 0)
	w := mustNew(t, node.Client, NewMemoryCheckpoints(), r, WithAddresses(emitter))
	mustPoll(t, w)
	r.requireState(t, canonical(t, node.Client, emitter, 0, headNumber(t, node.Client)))

	var reverted bool
	if err := node.RPC.Call(&reverted, "evm_revert", snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v (%v)", reverted, err)
	}
	for _, topic := range []string{"y1", "y2", "y3", "y4"} {
		tx := s.emit(k1, emitter, topic)
		if _, err := bind.WaitMined(ctx, node.Client, tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	p := mustPoll(t, w)
	if p.Reorgs != 1 || r.reorgs[0].Ancestor.Number != fork || len(r.reorgs[0].Removed) != 3 {
		t.Fatalf("after evm_revert: progress %+v, reorgs %+v; want one reorg to %d removing 3 blocks", p, r.reorgs, fork)
	}
	r.requireState(t, canonical(t, node.Client, emitter, 0, headNumber(t, node.Client)))
	if len(r.ids()) != 5 {
		t.Fatalf("consumer holds %d events, want before + y1..y4", len(r.ids()))
	}
}

// devchainWithEvents returns an embedded chain with an emitter and n
// blocks of one event each.
func devchainWithEvents(t testing.TB, n int) (*devchain.Chain, common.Address) {
	t.Helper()
	c := devchain.New(devchain.WithAccounts(1))
	s := sender{t: t, client: c.Client(), chainID: devchain.ChainID}
	emitter := s.deploy(c.Key(0))
	for i := 0; i < n; i++ {
		s.emit(c.Key(0), emitter, string(rune(i)))
	}
	return c, emitter
}
