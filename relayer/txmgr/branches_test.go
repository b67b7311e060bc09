package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/store"
)

func TestReorg_DetectedAtEveryShape(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		depth, newBlocks int
	}{
		{"same height", 1, 1},
		{"chain got shorter", 2, 1},
		{"one block longer", 1, 2},
		{"several blocks longer", 1, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, func(c *Config) { c.ConfirmationDepth = 8 })
			h.submit("a", candidate(1))
			h.steps(1)
			h.submit("b", candidate(2))
			h.steps(2)
			h.wantState("b", store.StateMined)
			h.chain.Reorg(tc.depth, tc.newBlocks)
			h.steps(1)
			if h.metrics.get("reorg") != 1 {
				t.Fatalf("reorgs seen = %d, want 1", h.metrics.get("reorg"))
			}
			for i := 0; i < 10; i++ {
				h.chain.Mine()
				h.steps(1)
			}
			for k, c := range map[string]TxCandidate{"a": candidate(1), "b": candidate(2)} {
				h.wantState(k, store.StateConfirmed)
				if n := h.executions(c); n != 1 {
					t.Fatalf("%s executed %d times", k, n)
				}
			}
		})
	}
}

func TestAdmit_SkipsNoncesUsedByOthersWhileIdle(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.steps(1) // recovered with next nonce 0
	for n := uint64(0); n < 3; n++ {
		h.chain.inject(signWith(h.key, h.chain.chainID, n, gwei(1), gwei(3), recipient(50), nil), true)
	}
	h.submit("k", candidate(1))
	h.steps(2)
	if in := h.wantState("k", store.StateConfirmed); in.Nonce != 3 {
		t.Fatalf("nonce %d, want 3", in.Nonce)
	}
}

// The original is mined just as its replacement is sent: "nonce too low",
// then the receipt of the original confirms the intent.
func TestNonceTooLow_OriginalMinedDuringBump(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	h.submit("k", candidate(1))
	h.step()
	original := h.attempts("k")[0].TxHash
	h.chain.sendHook = func(*types.Transaction) (bool, error) {
		h.chain.mineLocked() // the block with the original lands first
		return true, nil
	}
	h.clock.Advance(h.cfg.ResubmissionTimeout)
	h.step()
	h.chain.sendHook = nil
	if h.metrics.get("publish_error_nonce_too_low") != 1 {
		t.Fatalf("nonce_too_low refusals = %d, want 1", h.metrics.get("publish_error_nonce_too_low"))
	}
	h.steps(1)
	if in := h.wantState("k", store.StateConfirmed); in.TxHash != original {
		t.Fatalf("confirmed %s, want the original %s", in.TxHash, original)
	}
}

// After the operator lowers the max fee cap below a pending transaction's
// price, a cancellation cannot outbid it: the manager says so and keeps
// rebroadcasting the pending one instead of looping.
func TestCancel_ImpossibleUnderLoweredCap(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.setAutoMine(false)
	h.chain.setBaseFee(gwei(60))
	h.chain.Mine()
	h.submit("k", candidate(1))
	h.step()                   // priced at the 90.9 gwei ceiling
	h.cfg.MaxFeeCapGwei = 66.1 // ceiling 60.09 still covers base fee 60 + 0.01 tip
	h.cfg.MinTipCapGwei = 0.01
	h.chain.tip = big.NewInt(1e7)
	h.restart()
	if err := h.mgr.Cancel(h.ctx, "k"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		h.clock.Advance(h.cfg.ResubmissionTimeout)
		h.step()
	}
	if atts := h.attempts("k"); len(atts) != 1 {
		t.Fatalf("%d attempts, want the original only", len(atts))
	}
	h.chain.setBaseFee(gwei(1))
	h.chain.Mine()
	h.steps(1)
	h.wantState("k", store.StateConfirmed) // the original won: reported honestly
}

// A node that refuses even the cancellation: the manager backs off and
// retries without signing more transactions.
func TestPermanentError_OnCancellationBacksOff(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.sendHook = func(*types.Transaction) (bool, error) { return false, errors.New("oversized data") }
	h.submit("k", candidate(1))
	for i := 0; i < 20; i++ {
		h.clock.Advance(h.cfg.PollInterval)
		h.step()
	}
	atts := h.attempts("k")
	if len(atts) < 2 || len(atts) > 4 {
		t.Fatalf("%d attempts in 20 polls, want the original and a cancellation bumped at most twice", len(atts))
	}
	for _, a := range atts[1:] {
		if !a.Cancel {
			t.Fatal("an ordinary transaction was signed after the cancellation")
		}
	}
	if got := h.chain.callCount("SendTransaction"); got > 12 {
		t.Fatalf("%d sends in 20 polls: no backoff", got)
	}
	h.chain.sendHook = nil
	h.clock.Advance(h.cfg.MaxBackoff)
	h.steps(2)
	if in := h.wantState("k", store.StateFailed); !strings.Contains(in.LastError, "cancelled") {
		t.Fatalf("last error %q", in.LastError)
	}
}

func TestSign_TamperingSignerIsRefused(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	m, err := New(h.ctx, h.cfg, h.chain, tamperingSigner{h.signer}, h.store, WithClock(h.clock), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	h.mgr = m
	h.submit("k", candidate(1))
	h.steps(3)
	if in := h.wantState("k", store.StateQueued); in.HasNonce {
		t.Fatal("a refused signature used a nonce")
	}
}

// tamperingSigner raises the nonce of everything but New's probe.
type tamperingSigner struct{ *txtest.KeySigner }

func (s tamperingSigner) SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	if tx.Gas() == 21_000 {
		return s.KeySigner.SignTx(ctx, tx)
	}
	return s.KeySigner.SignTx(ctx, types.NewTx(&types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce() + 1,
		GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(), Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()}))
}

func TestStep_StoreErrorsAreReturned(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.submit("k", candidate(1))
	h.store.Close()
	for i := 0; i < 3; i++ {
		if _, err := h.mgr.safeStep(h.ctx); err == nil {
			t.Fatalf("step %d on a closed store returned no error", i)
		}
	}
}

func TestStep_ChainErrorsMidIteration(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		method string
		skip   int // calls that succeed first
	}{
		{"HeaderByNumber", 1}, // header at the previous height during reorg detection
		{"NonceAt", 1},        // nonce at the confirmation depth
		{"TransactionReceipt", 0},
	} {
		t.Run(tc.method, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, func(c *Config) { c.ConfirmationDepth = 2 })
			h.chain.setAutoMine(false)
			h.submit("k", candidate(1))
			h.step()
			h.chain.Mine()
			h.chain.Mine()
			errs := make([]error, 0, 3)
			for i := 0; i < 3; i++ {
				errs = append(errs, fmt.Errorf("injected %s failure %d", tc.method, i))
			}
			h.chain.mu.Lock()
			h.chain.failures[tc.method] = errs
			h.chain.mu.Unlock()
			for i := 0; i < 4; i++ {
				h.clock.Advance(h.cfg.PollInterval)
				_, _ = h.mgr.safeStep(h.ctx)
			}
			h.steps(3)
			h.wantState("k", store.StateConfirmed)
		})
	}
}

func TestStep_HeadWithoutBaseFeeIsAnError(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.chain.noBaseFee = true
	h.chain.Mine()
	if _, err := h.mgr.step(h.ctx); err == nil || !strings.Contains(err.Error(), "no base fee") {
		t.Fatalf("err = %v, want a missing base fee error", err)
	}
}

func TestAccessors(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	if h.mgr.Account() != h.signer.Address() || h.mgr.ChainID().Int64() != testChainID {
		t.Fatalf("account %s chain %s", h.mgr.Account(), h.mgr.ChainID())
	}
}
