package settlement_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	mvbind "github.com/dip-market/dip/bindings/mockverifier"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/settlement"
)

type powEnv struct {
	c        *devchain.Chain
	st       *settlement.Settlement
	receiver common.Address
	cfg      settlement.Config
}

// newPowEnv deploys a Settlement whose PowEpoch verifier is the mock
// verifier, with the mock receiver as its target, and bonds the relayer.
func newPowEnv(t *testing.T) *powEnv {
	t.Helper()
	c := devchain.New(devchain.WithAccounts(3))
	t.Cleanup(func() { _ = c.Close() })
	ctx := context.Background()
	admin := c.Transactor(adminIdx)
	mv, _, err := chain.Deploy(ctx, c.Client(), admin, common.FromHex(mvbind.SettlementMockVerifierMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	env := settlementtest.Deploy(t, c.Client(), admin, settlement.DefaultConfig(), func(p *settlement.Params) { p.PowVerifier = mv })
	st, recv, cfg := env.Settlement, env.Receiver, env.Config
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), cfg.ClaimBond); err != nil {
		t.Fatalf("bond: %v", err)
	}
	return &powEnv{c: c, st: st, receiver: recv, cfg: cfg}
}

func sampleInputs(n int) [][]*big.Int {
	in := make([][]*big.Int, n)
	for i := range in {
		in[i] = []*big.Int{big.NewInt(11), big.NewInt(int64(1000 + i)), big.NewInt(int64(7 * i)), big.NewInt(42)}
	}
	return in
}

// submitAndDraw posts a claim over items, mines past the seed block and draws.
func (e *powEnv) submitAndDraw(t *testing.T, items *settlement.SampleItems, subject *big.Int, winners []common.Address) (*big.Int, *settlement.Draw) {
	t.Helper()
	ctx := context.Background()
	res := settlement.SampledResult{LeafCount: uint32(items.Len()), Winners: winners, Score: big.NewInt(int64(items.Len()))}
	id, _, err := e.st.SubmitPowEpoch(ctx, e.c.Transactor(relayerIdx), e.receiver, subject, items, res)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	if _, _, err := e.st.DrawSamples(ctx, e.c.Transactor(challengerIdx), id); err == nil {
		t.Fatal("draw before the seed block succeeded")
	}
	for range e.cfg.SampleDelay + 1 {
		e.c.Commit()
	}
	d, _, err := e.st.DrawSamples(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("draw: %v", err)
	}
	if want := min(int(e.cfg.SampleCount), items.Len()); len(d.Indices) != want {
		t.Fatalf("drew %d samples, want %d", len(d.Indices), want)
	}
	for slot, idx := range d.Indices {
		got, err := e.st.SampleIndex(ctx, id, uint8(slot))
		if err != nil || got != idx {
			t.Fatalf("sampleIndex(%d) = %d (%v), event says %d", slot, got, err, idx)
		}
	}
	return id, d
}

func TestPowEpochAnsweredFinalizes(t *testing.T) {
	t.Parallel()
	e := newPowEnv(t)
	ctx := context.Background()
	items, err := settlement.NewSampleItems(merkle.TagPowEpoch, sampleInputs(9))
	if err != nil {
		t.Fatal(err)
	}
	subject := big.NewInt(5)
	winners := []common.Address{e.c.Address(challengerIdx), e.c.Address(adminIdx)}
	id, d := e.submitAndDraw(t, items, subject, winners)
	if _, _, err := e.st.Finalize(ctx, e.c.Transactor(challengerIdx), id); err == nil {
		t.Fatal("finalize with unanswered samples succeeded")
	}
	for slot, idx := range d.Indices {
		if _, err := e.st.AnswerItem(ctx, e.c.Transactor(relayerIdx), id, uint8(slot), items, idx, settlement.MockVerifierProof(subject, items.Inputs[idx])); err != nil {
			t.Fatalf("answer slot %d (leaf %d): %v", slot, idx, err)
		}
	}
	f, _, err := e.st.Finalize(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if !f.Delivered || len(f.Winners) != 2 || f.Winners[0] != winners[0] || f.Winners[1] != winners[1] || f.Score.Int64() != 9 {
		t.Fatalf("finalization %+v, want delivered winners %v score 9", f, winners)
	}
	c, err := e.st.Claim(ctx, id)
	if err != nil || c.Status != settlement.StatusFinalized {
		t.Fatalf("claim status %v (%v), want Finalized", c.Status, err)
	}
}

func TestPowEpochFabricatedSampleFails(t *testing.T) {
	t.Parallel()
	e := newPowEnv(t)
	ctx := context.Background()
	items, err := settlement.NewSampleItems(merkle.TagPowEpoch, sampleInputs(4))
	if err != nil {
		t.Fatal(err)
	}
	subject := big.NewInt(6)
	id, d := e.submitAndDraw(t, items, subject, nil)
	idx := d.Indices[0]
	// No valid proof exists for a fabricated item: any other proof is rejected.
	bad := settlement.MockVerifierProof(subject, []*big.Int{big.NewInt(1)})
	_, err = e.st.AnswerItem(ctx, e.c.Transactor(relayerIdx), id, 0, items, idx, bad)
	if re, ok := chain.AsRevert(err); !ok || re.Name != "MockVerifier_ProofInvalid" && re.Name != "Settlement_ProofRejected" {
		t.Fatalf("answer with a bad proof: %v, want a proof rejection", err)
	}
	// A leaf not in the tree is refused even with its matching proof.
	fake := []*big.Int{big.NewInt(99)}
	proof, _ := items.Proof(int(idx))
	_, err = e.st.AnswerSample(ctx, e.c.Transactor(relayerIdx), id, 0, fake, proof, settlement.MockVerifierProof(subject, fake))
	if !errors.Is(err, settlement.ErrNotInTree) {
		t.Fatalf("answer with a leaf outside the tree: %v, want ErrNotInTree", err)
	}
	if _, _, err := e.st.FailClaim(ctx, e.c.Transactor(challengerIdx), id); err == nil {
		t.Fatal("failClaim before the deadline succeeded")
	}
	if err := e.c.AdvanceTime(time.Duration(e.cfg.ProofWindow+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	before, err := e.st.Relayer(ctx, e.c.Address(relayerIdx))
	if err != nil {
		t.Fatal(err)
	}
	rej, _, err := e.st.FailClaim(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("failClaim: %v", err)
	}
	if rej.Fault != settlement.FaultUnansweredSample || rej.By != e.c.Address(challengerIdx) || rej.Reward.Sign() <= 0 {
		t.Fatalf("rejection %+v, want UnansweredSample by the challenger with a reward", rej)
	}
	after, err := e.st.Relayer(ctx, e.c.Address(relayerIdx))
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).Sub(before.Bond, after.Bond).Cmp(e.cfg.ClaimBond) != 0 {
		t.Fatalf("relayer bond %s -> %s, want slashed by %s", before.Bond, after.Bond, e.cfg.ClaimBond)
	}
}

func TestSampledResultEncodeRejectsEmpty(t *testing.T) {
	t.Parallel()
	for _, r := range []settlement.SampledResult{{LeafCount: 0, Score: big.NewInt(1)}, {LeafCount: 1}} {
		if _, err := r.Encode(); !errors.Is(err, settlement.ErrBadSampled) {
			t.Fatalf("Encode(%+v) = %v, want ErrBadSampled", r, err)
		}
	}
}
