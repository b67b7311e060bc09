package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/store"
)

func TestNew_FailsFastWithOneLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		cfg   func(*Config)
		chain func(*fakeChain)
		sign  func(h *harness) Signer
		want  error
		hint  string
	}{
		{name: "invalid config", cfg: func(c *Config) { c.MaxInFlight = 0 }, want: ErrInvalidConfig, hint: "max in-flight"},
		{name: "unreachable", chain: func(c *fakeChain) { c.failNext("ChainID", errors.New("dial tcp 127.0.0.1:1: connection refused")) }, want: ErrUnreachable, hint: "check the RPC URL"},
		{name: "head unreachable", chain: func(c *fakeChain) { c.failNext("HeaderByNumber", errors.New("timeout")) }, want: ErrUnreachable, hint: "check the RPC URL"},
		{name: "wrong chain", cfg: func(c *Config) { c.ChainID = 1 }, want: ErrWrongChain, hint: "point the RPC URL at chain 1"},
		{name: "no base fee", chain: func(c *fakeChain) { c.noBaseFee = true; c.blocks[0].header.BaseFee = nil }, want: ErrNoEIP1559, hint: "EIP-1559"},
		{name: "fee cap below network", chain: func(c *fakeChain) { c.blocks[0].header.BaseFee = gwei(95) }, want: ErrFeeCapTooLow, hint: "raise the max fee cap"},
		{name: "signer on another chain", sign: func(h *harness) Signer { return txtest.NewKeySigner(h.key, big.NewInt(5)) }, want: ErrSignerMismatch, hint: "check the signer configuration"},
		{name: "signer with another key", sign: func(h *harness) Signer { return wrongKeySigner{h.signer} }, want: ErrSignerMismatch, hint: "check the key and chain id"},
		{name: "signer fails", sign: func(h *harness) Signer { return failingSigner{h.signer} }, want: ErrSignerMismatch, hint: "check the signer configuration"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, nil)
			cfg := h.cfg
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			chain := newFakeChain(testChainID)
			if tc.chain != nil {
				tc.chain(chain)
			}
			var signer Signer = h.signer
			if tc.sign != nil {
				signer = tc.sign(h)
			}
			_, err := New(h.ctx, cfg, chain, signer, h.store)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, tc.hint) {
				t.Fatalf("error %q is not one line containing %q", msg, tc.hint)
			}
		})
	}
}

type failingSigner struct{ Signer }

// wrongKeySigner reports one address and signs with another key.
type wrongKeySigner struct{ *txtest.KeySigner }

func (w wrongKeySigner) SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	return txtest.NewKeySigner(devchain.DevKey(1), big.NewInt(testChainID)).SignTx(ctx, tx)
}

func (failingSigner) SignTx(context.Context, *types.Transaction) (*types.Transaction, error) {
	return nil, errors.New("vault unavailable")
}

func TestSubmit_IdempotentKey(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	first := h.submit("settle-1", candidate(1))
	again := h.submit("settle-1", candidate(1))
	if again.ID != first.ID {
		t.Fatalf("same key gave intents %d and %d", first.ID, again.ID)
	}
	if _, err := h.mgr.Submit(h.ctx, "settle-1", candidate(2)); !errors.Is(err, store.ErrKeyConflict) {
		t.Fatalf("same key, other payload: err = %v, want ErrKeyConflict", err)
	}
	h.steps(3)
	h.submit("settle-1", candidate(1)) // after confirmation: still the same intent
	h.steps(2)
	h.wantState("settle-1", store.StateConfirmed)
	if n := h.executions(candidate(1)); n != 1 {
		t.Fatalf("payload executed %d times, want 1", n)
	}
	if h.metrics.get("submitted") != 1 {
		t.Fatalf("submitted metric = %d, want 1", h.metrics.get("submitted"))
	}
}

func TestSend_ConfirmsAtDepth(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *Config) { c.ConfirmationDepth = 3 })
	h.submit("k", candidate(1))
	h.step() // admitted, sent, mined by automine
	h.step() // receipt seen
	in := h.wantState("k", store.StateMined)
	if !in.HasNonce || in.Nonce != 0 || in.BlockNumber != 1 {
		t.Fatalf("mined intent = %+v, want nonce 0 in block 1", in)
	}
	h.chain.Mine()
	h.step()
	h.wantState("k", store.StateMined) // 2 of 3 blocks
	h.chain.Mine()
	h.step()
	in = h.wantState("k", store.StateConfirmed)
	res, err := h.mgr.Wait(h.ctx, "k")
	if err != nil || res.TxHash != in.TxHash || res.BlockNumber != 1 || res.Attempts != 1 || res.State != store.StateConfirmed {
		t.Fatalf("wait = %+v, %v", res, err)
	}
	if h.metrics.final[store.StateConfirmed] != 1 {
		t.Fatalf("final metrics = %v", h.metrics.final)
	}
}

func TestAdmit_NonceSeededFromChain(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	for n := uint64(0); n < 5; n++ { // another tool used the key before the relayer
		h.chain.inject(signWith(h.key, h.chain.chainID, n, gwei(1), gwei(3), recipient(99), nil), true)
	}
	h.submit("k", candidate(1))
	h.steps(2)
	if in := h.wantState("k", store.StateConfirmed); in.Nonce != 5 {
		t.Fatalf("first nonce = %d, want 5 (the chain's)", in.Nonce)
	}
}

func TestAdmit_RespectsMaxInFlight(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil) // MaxInFlight 4
	h.chain.setAutoMine(false)
	for i := 0; i < 10; i++ {
		h.submit(fmt.Sprint("k", i), candidate(i))
	}
	h.step()
	st, _ := h.mgr.Status(h.ctx)
	if st.InFlight != 4 || st.Queued != 6 || h.chain.poolSize() != 4 {
		t.Fatalf("after one step: status %+v, pool %d; want 4 in flight, 6 queued", st, h.chain.poolSize())
	}
	for i := 0; i < 4; i++ {
		if in := h.intent(fmt.Sprint("k", i)); in.Nonce != uint64(i) {
			t.Fatalf("intent %d got nonce %d, want %d (FIFO, contiguous)", i, in.Nonce, i)
		}
	}
	for i := 0; i < 5 && h.chainNonce() < 10; i++ {
		h.chain.Mine()
		h.steps(1)
	}
	h.steps(1)
	st, _ = h.mgr.Status(h.ctx)
	if st.Confirmed != 10 || h.metrics.maxInFlight != 4 {
		t.Fatalf("status %+v, max in flight %d; want 10 confirmed, max 4", st, h.metrics.maxInFlight)
	}
}

func TestAdmit_GasEstimation(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.estimateFn = func(msg ethereum.CallMsg) (uint64, error) {
		if string(msg.Data) == "bad" {
			return 0, errors.New("execution reverted: Settlement_NotRelayer()")
		}
		return 42_000, nil
	}
	to := recipient(1)
	h.chain.failNext("EstimateGas", errors.New("connection reset by peer"))
	h.submit("transient", TxCandidate{To: &to, TxData: []byte("ok")})
	h.steps(1)
	h.wantState("transient", store.StateQueued) // network error: retried, not failed
	h.submit("reverts", TxCandidate{To: &to, TxData: []byte("bad")})
	h.steps(3)
	in := h.wantState("transient", store.StateConfirmed)
	if in.GasLimit != 42_000 || in.Nonce != 0 {
		t.Fatalf("estimated intent = %+v, want gas 42000 and nonce 0", in)
	}
	bad := h.wantState("reverts", store.StateFailed)
	if bad.HasNonce || !strings.Contains(bad.LastError, "Settlement_NotRelayer") {
		t.Fatalf("reverting intent = %+v, want failed without nonce and with the revert reason", bad)
	}
	_, err := h.mgr.Wait(h.ctx, "reverts")
	if !errors.Is(err, ErrFailed) {
		t.Fatalf("wait on a failed intent: err = %v, want ErrFailed", err)
	}
	if h.chainNonce() != 1 {
		t.Fatalf("chain nonce = %d, want 1: the failed estimate must not use a nonce", h.chainNonce())
	}
}

func TestAdmit_GasBelowIntrinsicFailsWithoutNonce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	to := recipient(1)
	data := []byte("eleven byte")
	// 21000 + 16*11 = 21176 passes the old intrinsic rule, not the EIP-7623 floor (21000 + 40*11).
	h.submit("low", TxCandidate{To: &to, TxData: data, GasLimit: 21_176})
	h.submit("floor", TxCandidate{To: &to, TxData: data, GasLimit: 21_440})
	h.steps(2)
	if in := h.wantState("low", store.StateFailed); in.HasNonce || !strings.Contains(in.LastError, "21440") {
		t.Fatalf("low-gas intent = %+v, want failed without nonce naming 21440", in)
	}
	if in := h.wantState("floor", store.StateConfirmed); in.Nonce != 0 {
		t.Fatalf("intent at the floor got nonce %d, want 0", in.Nonce)
	}
}

func TestConfirm_RevertedReceipt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	to := recipient(1)
	h.submit("k", TxCandidate{To: &to, TxData: []byte("revert"), GasLimit: 50_000})
	h.steps(2)
	h.wantState("k", store.StateReverted)
	res, err := h.mgr.Wait(h.ctx, "k")
	if !errors.Is(err, ErrReverted) || res.TxHash == (res.BlockHash) {
		t.Fatalf("wait = %+v, %v; want ErrReverted with the transaction", res, err)
	}
}

func TestBump_AfterResubmissionTimeout(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	h.submit("k", candidate(1))
	h.step()
	h.clock.Advance(h.cfg.ResubmissionTimeout - time.Second)
	h.step()
	if n := len(h.attempts("k")); n != 1 {
		t.Fatalf("%d attempts before the timeout, want 1", n)
	}
	h.clock.Advance(time.Second)
	h.step()
	atts := h.attempts("k")
	if len(atts) != 2 {
		t.Fatalf("%d attempts after the timeout, want 2", len(atts))
	}
	old, nu := atts[0], atts[1]
	for _, pair := range [][2]*big.Int{{old.GasTipCap, nu.GasTipCap}, {old.GasFeeCap, nu.GasFeeCap}} {
		min := new(big.Int).Div(new(big.Int).Mul(pair[0], big.NewInt(110)), big.NewInt(100))
		if pair[1].Cmp(min) < 0 || pair[1].Cmp(pair[0]) <= 0 {
			t.Fatalf("bump %s -> %s is below the 10%% replacement rule", pair[0], pair[1])
		}
	}
	if nu.Nonce != old.Nonce {
		t.Fatalf("replacement nonce %d differs from %d", nu.Nonce, old.Nonce)
	}
	h.chain.Mine()
	h.steps(1)
	in := h.wantState("k", store.StateConfirmed)
	if in.TxHash != nu.TxHash || h.executions(candidate(1)) != 1 || h.metrics.get("bump") != 1 {
		t.Fatalf("confirmed %s (bumped %s), executions %d, bumps %d", in.TxHash, nu.TxHash, h.executions(candidate(1)), h.metrics.get("bump"))
	}
}

// A transaction priced at the ceiling is rebroadcast, never bumped past it,
// and can still be cancelled: the fee cap cannot deadlock the account.
func TestFeeCeiling_RebroadcastsThenCancels(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil) // max fee cap 100 gwei: ceiling 90.9 gwei
	h.chain.setAutoMine(false)
	h.chain.setBaseFee(gwei(60)) // market fee cap 1 + 2*60 = 121 gwei: clamped to the ceiling
	h.chain.Mine()
	h.submit("stuck", candidate(1))
	h.submit("next", candidate(2))
	h.step()
	first := h.attempts("stuck")[0]
	ceiling := h.mgr.fee.ceiling
	if first.GasFeeCap.Cmp(ceiling) != 0 {
		t.Fatalf("fee cap %s, want the ceiling %s", first.GasFeeCap, ceiling)
	}
	// Base fee rises past the ceiling: nothing can be mined.
	h.chain.setBaseFee(gwei(95))
	h.chain.Mine()
	published := h.metrics.get("published")
	for i := 0; i < 5; i++ {
		h.clock.Advance(h.cfg.ResubmissionTimeout)
		h.step()
	}
	if n := len(h.attempts("stuck")); n != 1 {
		t.Fatalf("%d attempts at the ceiling, want 1 (no bump past the ceiling)", n)
	}
	if h.metrics.get("published") <= published {
		t.Fatal("the capped transaction was not rebroadcast")
	}
	if err := h.mgr.Cancel(h.ctx, "stuck"); err != nil {
		t.Fatal(err)
	}
	h.step()
	atts := h.attempts("stuck")
	if len(atts) != 2 || !atts[1].Cancel {
		t.Fatalf("attempts after cancel = %+v, want a cancellation", atts)
	}
	cancel := atts[1]
	if cancel.GasFeeCap.Cmp(h.mgr.fee.maxFeeCap) > 0 || cancel.GasFeeCap.Cmp(bumped(first.GasFeeCap, 10)) < 0 || cancel.Gas != cancelGas {
		t.Fatalf("cancellation fee cap %s gas %d: want within [%s, %s] and 21000 gas", cancel.GasFeeCap, cancel.Gas, bumped(first.GasFeeCap, 10), h.mgr.fee.maxFeeCap)
	}
	// The base fee comes back; the cancellation wins the nonce and "next" proceeds.
	h.chain.setBaseFee(gwei(1))
	h.chain.Mine()
	h.steps(3)
	h.chain.Mine()
	h.steps(2)
	stuck := h.wantState("stuck", store.StateFailed)
	if stuck.TxHash != cancel.TxHash || !strings.Contains(stuck.LastError, "cancelled") {
		t.Fatalf("stuck intent = %+v, want failed by its cancellation", stuck)
	}
	h.wantState("next", store.StateConfirmed)
	if h.executions(candidate(1)) != 0 || h.executions(candidate(2)) != 1 || h.chainNonce() != 2 {
		t.Fatalf("executions %d/%d, chain nonce %d; want 0/1 and 2", h.executions(candidate(1)), h.executions(candidate(2)), h.chainNonce())
	}
}

// anvil evicts transactions that cannot pay a block's base fee and refuses
// new ones; the manager backs off and resends when the spike passes.
func TestBaseFeeSpike_BacksOffAndRecovers(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	h.chain.evictUnderpriced = true
	h.submit("k", candidate(1))
	h.step()
	h.chain.setBaseFee(gwei(500))
	h.chain.Mine() // evicts it
	if h.chain.poolSize() != 0 {
		t.Fatal("spike did not evict the transaction")
	}
	sends := h.chain.callCount("SendTransaction")
	for i := 0; i < 20; i++ {
		h.clock.Advance(h.cfg.ResubmissionTimeout / 4)
		h.step()
	}
	atts := h.attempts("k")
	// Bumps stop at the ceiling: 90.9 gwei from 3 gwei is at most ~36 steps of 10%.
	if len(atts) > 40 {
		t.Fatalf("%d attempts during the spike", len(atts))
	}
	if got := h.chain.callCount("SendTransaction") - sends; got > 20 {
		t.Fatalf("%d sends in 20 polls: backoff is not working", got)
	}
	if h.metrics.get("publish_error_fee_too_low") == 0 {
		t.Fatal("no fee_too_low refusal recorded")
	}
	h.chain.setBaseFee(gwei(1))
	h.chain.Mine()
	h.steps(12)
	h.chain.Mine()
	h.steps(2)
	h.wantState("k", store.StateConfirmed)
	if h.executions(candidate(1)) != 1 {
		t.Fatalf("executed %d times", h.executions(candidate(1)))
	}
}

func TestDroppedTransaction_IsReplaced(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	h.submit("k", candidate(1))
	h.step()
	if !h.chain.Drop(h.attempts("k")[0].TxHash) {
		t.Fatal("drop failed")
	}
	h.clock.Advance(h.cfg.ResubmissionTimeout)
	h.step()
	if h.chain.poolSize() != 1 {
		t.Fatalf("pool has %d transactions after the timeout, want the replacement", h.chain.poolSize())
	}
	h.chain.Mine()
	h.steps(1)
	h.wantState("k", store.StateConfirmed)
}

func TestRestart_RecoversFromStoreAndChain(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	for i := 0; i < 3; i++ {
		h.submit(fmt.Sprint("k", i), candidate(i))
	}
	h.step()
	h.chain.Mine() // all three mined while the relayer is down
	h.restart()
	h.submit("k3", candidate(3))
	h.step()
	h.steps(1)
	for i := 0; i < 3; i++ {
		h.wantState(fmt.Sprint("k", i), store.StateConfirmed)
	}
	if in := h.intent("k3"); in.Nonce != 3 {
		t.Fatalf("new intent after restart got nonce %d, want 3", in.Nonce)
	}
	h.chain.Mine()
	h.steps(1)
	h.wantState("k3", store.StateConfirmed)
	for i := 0; i < 4; i++ {
		if n := h.executions(candidate(i)); n != 1 {
			t.Fatalf("payload %d executed %d times", i, n)
		}
	}
}

// A crash after the nonce and signed transaction were stored but before any
// node saw it: the next manager rebroadcasts the stored transaction.
func TestRestart_RebroadcastsUnsentTransaction(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.sendHook = func(*types.Transaction) (bool, error) { return false, errors.New("connection refused") }
	h.submit("k", candidate(1))
	h.step()
	in := h.wantState("k", store.StateSent)
	if h.chain.poolSize() != 0 || h.chainNonce() != 0 {
		t.Fatal("the node saw the transaction")
	}
	h.chain.sendHook = nil
	h.restart()
	h.steps(2)
	done := h.wantState("k", store.StateConfirmed)
	if done.TxHash != h.attempts("k")[0].TxHash || done.Nonce != in.Nonce || len(h.attempts("k")) != 1 {
		t.Fatalf("confirmed %+v, want the stored transaction itself", done)
	}
}

// The node accepts a transaction but the answer is lost: resending finds it
// known or mined, and it executes once.
func TestLostSendAnswer_ExecutesOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	h.chain.sendHook = func(*types.Transaction) (bool, error) { return true, context.DeadlineExceeded }
	h.submit("k", candidate(1))
	h.step()
	h.chain.sendHook = nil
	h.steps(2) // rebroadcast: "already known"
	h.chain.Mine()
	h.steps(2)
	h.wantState("k", store.StateConfirmed)
	if n := h.executions(candidate(1)); n != 1 || len(h.attempts("k")) != 1 {
		t.Fatalf("executions %d, attempts %d; want 1 and 1", n, len(h.attempts("k")))
	}
}

// Another sender takes the intent's nonce: the intent is requeued with a new
// nonce and still executes exactly once.
func TestForeignNonce_RequeuesOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *Config) { c.ConfirmationDepth = 2 })
	h.chain.setAutoMine(false)
	h.submit("k", candidate(1))
	h.step()
	foreign := signWith(h.key, h.chain.chainID, 0, gwei(10), gwei(50), recipient(77), []byte("foreign"))
	h.chain.Drop(h.attempts("k")[0].TxHash)
	h.chain.inject(foreign, true)
	h.steps(1)
	h.wantState("k", store.StateSent) // one sighting is not enough
	h.chain.Mine()                    // foreign tx now at depth 2
	h.steps(2)
	if h.metrics.get("requeue") != 1 {
		t.Fatalf("requeues = %d, want 1", h.metrics.get("requeue"))
	}
	h.chain.Mine()
	h.steps(1)
	h.chain.Mine()
	h.steps(2)
	in := h.wantState("k", store.StateConfirmed)
	atts := h.attempts("k")
	if in.Nonce != 1 || len(atts) != 2 || !atts[0].Stale || atts[1].Stale {
		t.Fatalf("intent %+v attempts %+v; want nonce 1 and the first attempt stale", in, atts)
	}
	if h.executions(candidate(1)) != 1 {
		t.Fatalf("payload executed %d times", h.executions(candidate(1)))
	}
}

// A foreign pending transaction outbids ours: the manager bumps, stops at the
// ceiling without looping, and ends when the nonce is settled.
func TestReplacementUnderpriced_BumpsWithoutLoop(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	// A foreign transaction sits in the pool at nonce 0 with fees above our ceiling.
	h.chain.inject(signWith(h.key, h.chain.chainID, 0, gwei(95), gwei(99), recipient(77), nil), false)
	h.submit("k", candidate(1))
	for i := 0; i < 60; i++ {
		h.clock.Advance(h.cfg.MaxBackoff)
		h.step()
	}
	n := len(h.attempts("k"))
	// From 3 gwei to the 90.9 gwei ceiling in 10% steps is 36 replacements.
	if last := h.attempts("k")[n-1].GasFeeCap; n < 30 || n > 40 || bumped(last, 10).Cmp(h.mgr.fee.ceiling) <= 0 {
		t.Fatalf("%d attempts; want a few bumps, bounded by the ceiling", n)
	}
	if h.metrics.get("publish_error_replacement_underpriced") == 0 {
		t.Fatal("no replacement_underpriced refusal recorded")
	}
	for i := 0; i < 20; i++ { // at the ceiling: no more attempts
		h.clock.Advance(h.cfg.ResubmissionTimeout)
		h.step()
	}
	if m := len(h.attempts("k")); m != n {
		t.Fatalf("attempts grew from %d to %d at the ceiling", n, m)
	}
	h.chain.Mine() // the foreign transaction takes nonce 0
	h.steps(3)
	h.chain.Mine()
	h.steps(2)
	h.wantState("k", store.StateConfirmed)
	if h.executions(candidate(1)) != 1 {
		t.Fatal("payload did not execute exactly once")
	}
}

// A transaction the node can never accept is cancelled so its nonce is filled
// and later intents are not stuck behind a gap.
func TestPermanentSendError_FillsNonce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	to := recipient(1)
	h.chain.sendHook = func(tx *types.Transaction) (bool, error) {
		if string(tx.Data()) == "huge" {
			return false, errors.New("intrinsic gas too low")
		}
		return true, nil
	}
	h.submit("bad", TxCandidate{To: &to, TxData: []byte("huge"), GasLimit: 50_000})
	h.submit("good", candidate(2))
	h.step()
	h.steps(4)
	bad := h.wantState("bad", store.StateFailed)
	h.wantState("good", store.StateConfirmed)
	atts := h.attempts("bad")
	if !atts[len(atts)-1].Cancel || bad.TxHash != atts[len(atts)-1].TxHash || !strings.Contains(bad.LastError, "cancelled") {
		t.Fatalf("bad intent %+v, attempts %+v; want failed by a mined cancellation", bad, atts)
	}
	if h.chainNonce() != 2 || h.metrics.get("cancel") != 1 {
		t.Fatalf("chain nonce %d, cancels %d; want 2 and 1", h.chainNonce(), h.metrics.get("cancel"))
	}
}

func TestInsufficientFunds_RetriesWithoutCancel(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	funded := false
	h.chain.sendHook = func(*types.Transaction) (bool, error) {
		if !funded {
			return false, errors.New("insufficient funds for gas * price + value")
		}
		return true, nil
	}
	h.submit("k", candidate(1))
	h.steps(5)
	h.wantState("k", store.StateSent)
	if h.metrics.get("cancel") != 0 {
		t.Fatal("insufficient funds triggered a cancellation")
	}
	funded = true
	h.clock.Advance(h.cfg.MaxBackoff)
	h.steps(2)
	h.wantState("k", store.StateConfirmed)
}

func TestReorg_ResendsDroppedTransactions(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *Config) { c.ConfirmationDepth = 4 })
	for i := 0; i < 3; i++ {
		h.submit(fmt.Sprint("k", i), candidate(i))
		h.step() // automine: one block each (1, 2, 3)
	}
	h.step()
	for i := 0; i < 3; i++ {
		h.wantState(fmt.Sprint("k", i), store.StateMined)
	}
	h.chain.Reorg(2, 3) // blocks 2 and 3 replaced by empty ones: k1, k2 dropped
	h.step()            // reorg seen: k1, k2 back to sent and rebroadcast
	if h.metrics.get("reorg") == 0 {
		t.Fatal("reorg not detected")
	}
	for i := 0; i < 6; i++ {
		h.steps(1)
		h.chain.Mine()
	}
	h.steps(1)
	for i := 0; i < 3; i++ {
		h.wantState(fmt.Sprint("k", i), store.StateConfirmed)
		if n := h.executions(candidate(i)); n != 1 {
			t.Fatalf("payload %d executed %d times on the canonical chain", i, n)
		}
	}
	if h.intent("k0").BlockNumber != 1 || h.intent("k1").BlockNumber <= 3 {
		t.Fatalf("k0 in block %d, k1 in block %d", h.intent("k0").BlockNumber, h.intent("k1").BlockNumber)
	}
}

// A reorg that happens between polls at the same height, or deeper than the
// last seen head, is caught when the block is checked at confirmation depth.
func TestReorg_CaughtAtConfirmation(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *Config) { c.ConfirmationDepth = 2 })
	h.submit("k", candidate(1))
	h.steps(2)
	h.wantState("k", store.StateMined)
	h.mgr.head = nil // forget the head: the reorg is not seen at the head
	h.chain.Reorg(1, 2)
	h.steps(1) // confirmation check finds block 1 replaced
	h.steps(3)
	h.chain.Mine()
	h.steps(2)
	h.wantState("k", store.StateConfirmed)
	if h.executions(candidate(1)) != 1 {
		t.Fatal("payload did not execute exactly once")
	}
}

func TestCancel_QueuedIntentFailsWithoutNonce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.submit("k", candidate(1))
	if err := h.mgr.Cancel(h.ctx, "k"); err != nil {
		t.Fatal(err)
	}
	h.steps(1)
	in := h.wantState("k", store.StateFailed)
	if in.HasNonce || h.chainNonce() != 0 {
		t.Fatalf("cancelled intent %+v used a nonce", in)
	}
	if err := h.mgr.Cancel(h.ctx, "k"); err != nil {
		t.Fatalf("cancel of a finished intent: %v", err)
	}
	if err := h.mgr.Cancel(h.ctx, "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("cancel of a missing intent: err = %v, want ErrNotFound", err)
	}
}

func TestStep_RPCErrorsChangeNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.submit("k", candidate(1))
	for _, method := range []string{"HeaderByNumber", "NonceAt", "SuggestGasTipCap"} {
		h.chain.failNext(method, errors.New("502 bad gateway"))
		if _, err := h.mgr.step(h.ctx); err == nil && method != "SuggestGasTipCap" {
			t.Fatalf("%s failing: step returned no error", method)
		}
		if in := h.intent("k"); in.State != store.StateQueued {
			t.Fatalf("%s failing: intent moved to %s", method, in.State)
		}
	}
	h.chain.failNext("TransactionReceipt", errors.New("timeout"))
	h.steps(3)
	h.wantState("k", store.StateConfirmed)
	if h.metrics.get("rpc_error") < 3 {
		t.Fatalf("rpc errors = %d, want at least 3", h.metrics.get("rpc_error"))
	}
}

func TestStep_SignerErrorUsesNoNonce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	flaky := &flakySigner{KeySigner: h.signer, fail: 1}
	m, err := New(h.ctx, h.cfg, h.chain, flaky, h.store, WithClock(h.clock), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	h.mgr = m
	h.submit("a", candidate(1))
	h.submit("b", candidate(2))
	h.steps(1)
	h.wantState("a", store.StateQueued)
	h.steps(3)
	if a, b := h.wantState("a", store.StateConfirmed), h.wantState("b", store.StateConfirmed); a.Nonce != 0 || b.Nonce != 1 {
		t.Fatalf("nonces %d, %d; want 0, 1", a.Nonce, b.Nonce)
	}
}

type flakySigner struct {
	*txtest.KeySigner
	fail int
}

func (s *flakySigner) SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	if tx.Gas() != 21_000 && s.fail > 0 { // the probe in New passes
		s.fail--
		return nil, errors.New("vault sealed")
	}
	return s.KeySigner.SignTx(ctx, tx)
}

func TestSafeStep_PanicBecomesError(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.step()
	h.chain.panicOn = "HeaderByNumber"
	if _, err := h.mgr.safeStep(h.ctx); err == nil || !strings.Contains(err.Error(), "panic") {
		t.Fatalf("err = %v, want a panic turned into an error", err)
	}
	h.chain.panicOn = ""
	h.submit("k", candidate(1))
	h.steps(2)
	h.wantState("k", store.StateConfirmed)
}

func TestRun_StartSendStop(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *Config) { c.PollInterval = 5 * time.Millisecond; c.MaxBackoff = 20 * time.Millisecond })
	m, err := New(h.ctx, h.cfg, h.chain, h.signer, h.store, WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	if !m.Stopped() {
		t.Fatal("manager reports running before Start")
	}
	if err := m.Start(); err != nil {
		t.Fatal(err)
	}
	if err := m.Start(); !errors.Is(err, ErrAlreadyStarted) {
		t.Fatalf("second start: err = %v", err)
	}
	ctx, cancel := context.WithTimeout(h.ctx, 30*time.Second)
	defer cancel()
	h.chain.failNext("HeaderByNumber", errors.New("flaky"), errors.New("flaky"))
	for i := 0; i < 5; i++ {
		res, err := m.Send(ctx, fmt.Sprint("k", i), candidate(i))
		if err != nil || res.State != store.StateConfirmed || res.Nonce != uint64(i) {
			t.Fatalf("send %d = %+v, %v", i, res, err)
		}
	}
	if err := m.Stop(ctx); err != nil || !m.Stopped() {
		t.Fatalf("stop: %v, stopped %v", err, m.Stopped())
	}
	if err := m.Stop(ctx); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	var nilMgr *Manager
	if err := nilMgr.Stop(ctx); err != nil {
		t.Fatalf("stop of nil manager: %v", err)
	}
	short, cancelShort := context.WithCancel(h.ctx)
	cancelShort()
	if _, err := m.Wait(short, "missing"); !errors.Is(err, store.ErrNotFound) && !errors.Is(err, context.Canceled) {
		t.Fatalf("wait for a missing key: err = %v", err)
	}
	m.Submit(h.ctx, "later", candidate(9))
	if _, err := m.Wait(short, "later"); !errors.Is(err, context.Canceled) {
		t.Fatalf("wait with a cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestStatus_ReportsQueueAndFailures(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *Config) { c.MaxInFlight = 1 })
	h.chain.setAutoMine(false)
	to := recipient(1)
	h.submit("ok", candidate(1))
	h.submit("queued", candidate(2))
	h.chain.estimateFn = func(ethereum.CallMsg) (uint64, error) { return 0, errors.New("execution reverted") }
	h.submit("bad", TxCandidate{To: &to})
	h.step()
	h.chain.Mine()
	h.steps(1)
	st, err := h.mgr.Status(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Confirmed != 1 || st.InFlight != 1 || st.LastConfirmedBlock != 1 {
		t.Fatalf("status = %+v", st)
	}
	h.chain.Mine()
	h.steps(2)
	st, _ = h.mgr.Status(h.ctx)
	if st.Failures() != 1 || st.Confirmed != 2 || st.Queued != 0 {
		t.Fatalf("status = %+v, want 2 confirmed and 1 failure", st)
	}
}
