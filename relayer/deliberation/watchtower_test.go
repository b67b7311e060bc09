package deliberation

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/dip-market/dip/settlement"
)

// TestWatchtowerOnChain has a rogue relayer claim a session with the right
// ballots but inflated sums; the watchtower proves it wrong from its own
// messages. The rogue then posts the honest tally, which the watchtower
// accepts; this relayer's settler waits while it is pending and gives up
// once it is final.
func TestWatchtowerOnChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	_, in := f.ingest(ctx)
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC0)
	for i := 0; i < 2; i++ {
		if _, err := in.Accept(ctx, f.proposal(i, 1)); err != nil {
			t.Fatal(err)
		}
	}
	f.clock.Set(tP1)
	for i, v := range [][]int64{{3, 1}, {-2, 5}, {1, 1}} {
		if _, err := in.Accept(ctx, f.ballot(i, 1, v...)); err != nil {
			t.Fatal(err)
		}
	}
	f.clock.Set(tC1)
	honest, err := in.Engine.Tally(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	rogue := e.c.Transactor(adminIdx)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := e.st.Bond(ctx, rogue, new(big.Int).Mul(eth, big.NewInt(3))); err != nil {
		t.Fatal(err)
	}
	wt := NewWatchtower(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	// A proposal record whose content hash its author never signed.
	forged := *honest.Tally
	forged.Proposals = append([]settlement.ProposalRecord(nil), honest.Tally.Proposals...)
	forged.Proposals[1].ContentHash[0] ^= 1
	badProp, err := settlement.Assemble(&forged, honest.Leaves)
	if err != nil {
		t.Fatal(err)
	}
	id0, _, err := e.st.SubmitDeliberation(ctx, rogue, f.man.Target, f.man.SubjectID, badProp)
	if err != nil {
		t.Fatal(err)
	}
	sub0, err := e.st.Submission(ctx, id0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := wt.Inspect(ctx, sub0); err != nil || v != VerdictChallenged {
		t.Fatalf("Inspect(forged proposal) = %s, %v; want challenged", v, err)
	}
	// Inflate the winner's sum: the result still passes submit's checks, the
	// tree is the honest one, so the last leaf contradicts the claimed sums.
	wrong := *honest.Tally
	wrong.Sums = append([]*big.Int(nil), honest.Tally.Sums...)
	wrong.Sums[wrong.Winner] = new(big.Int).Add(wrong.Sums[wrong.Winner], big.NewInt(7))
	bad, err := settlement.Assemble(&wrong, honest.Leaves)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := e.st.SubmitDeliberation(ctx, rogue, f.man.Target, f.man.SubjectID, bad)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := e.st.Submission(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := wt.Inspect(ctx, sub); err != nil || v != VerdictChallenged {
		t.Fatalf("Inspect(wrong claim) = %s, %v; want challenged", v, err)
	}
	c, err := e.st.Claim(ctx, id)
	if err != nil || c.Status != settlement.StatusRejected {
		t.Fatalf("wrong claim status %v (%v), want rejected", c.Status, err)
	}
	// Inspecting again (a redelivered event) sends nothing new and fails
	// nothing: the intent key is spent and the claim already rejected.
	if v, err := wt.Inspect(ctx, sub); err != nil || v != VerdictChallenged {
		t.Fatalf("Inspect(again) = %s, %v; want challenged", v, err)
	}

	id2, _, err := e.st.SubmitDeliberation(ctx, rogue, f.man.Target, f.man.SubjectID, honest)
	if err != nil {
		t.Fatal(err)
	}
	sub2, err := e.st.Submission(ctx, id2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := wt.Inspect(ctx, sub2); err != nil || v != VerdictAgrees {
		t.Fatalf("Inspect(honest claim) = %s, %v; want agrees", v, err)
	}
}

// TestWatchtowerChallengesEarlyClaim has a rogue relayer claim a wrong tally
// of the ballots so far while the round is still open (the contract does not
// check deadlines). The watchtower judges it against the messages it holds
// now instead of waiting for a close that would come too late.
func TestWatchtowerChallengesEarlyClaim(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	_, in := f.ingest(ctx)
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC0)
	for i := 0; i < 2; i++ {
		if _, err := in.Accept(ctx, f.proposal(i, 1)); err != nil {
			t.Fatal(err)
		}
	}
	f.clock.Set(tP1)
	for i, v := range [][]int64{{3, 1}, {-2, 5}} {
		if _, err := in.Accept(ctx, f.ballot(i, 1, v...)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := in.Engine.Tally(f.man.ID(), 1); !errors.Is(err, ErrNotClosed) {
		t.Fatalf("Tally before the close: %v, want ErrNotClosed", err)
	}
	sofar, err := in.Engine.TallySoFar(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	wrong := *sofar.Tally
	wrong.Sums = append([]*big.Int(nil), sofar.Tally.Sums...)
	wrong.Sums[wrong.Winner] = new(big.Int).Add(wrong.Sums[wrong.Winner], big.NewInt(1))
	bad, err := settlement.Assemble(&wrong, sofar.Leaves)
	if err != nil {
		t.Fatal(err)
	}
	rogue := e.c.Transactor(adminIdx)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := e.st.Bond(ctx, rogue, eth); err != nil {
		t.Fatal(err)
	}
	id, _, err := e.st.SubmitDeliberation(ctx, rogue, f.man.Target, f.man.SubjectID, bad)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := e.st.Submission(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	wt := NewWatchtower(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if v, err := wt.Inspect(ctx, sub); err != nil || v != VerdictChallenged {
		t.Fatalf("Inspect(early wrong claim) = %s, %v; want challenged", v, err)
	}
	if c, err := e.st.Claim(ctx, id); err != nil || c.Status != settlement.StatusRejected {
		t.Fatalf("early wrong claim status %v (%v), want rejected", c.Status, err)
	}
}
