package deliberation

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/settlement"
)

// forgedClaim returns the honest ballots plus a ballot "from" people[3]
// signed by people[0]'s key, as leaves with correct running sums: only the
// signature is wrong, and the tree differs from the honest one.
func forgedClaim(t *testing.T, f *fixture, honest *settlement.Deliberation) *settlement.Deliberation {
	t.Helper()
	b := &dipmsg.Ballot{Session: f.man.ID(), Round: 1, Voter: f.people[3].addr, Votes: []int64{0, 9}}
	raw, err := dipmsg.KeySigner{Key: f.people[0].key}.SignTypedDataHash(context.Background(), f.domain.Digest(b))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := dipmsg.SignatureFromBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	type vote struct {
		voter [20]byte
		votes []int64
		sig   dipmsg.Signature
	}
	var all []vote
	for _, l := range honest.Leaves {
		all = append(all, vote{l.Voter, l.Votes, dipmsg.Signature{R: l.R, S: l.S, V: l.V}})
	}
	all = append(all, vote{b.Voter, b.Votes, sig})
	sort.Slice(all, func(i, j int) bool { return bytes.Compare(all[i].voter[:], all[j].voter[:]) < 0 })
	n := len(honest.Tally.Sums)
	run := make([]*big.Int, n)
	for j := range run {
		run[j] = new(big.Int)
	}
	var leaves []merkle.BallotLeaf
	for i, v := range all {
		cum := make([]*big.Int, n)
		for j := range cum {
			run[j].Add(run[j], big.NewInt(v.votes[j]))
			cum[j] = new(big.Int).Set(run[j])
		}
		leaves = append(leaves, merkle.BallotLeaf{Index: uint32(i), Voter: v.voter, Votes: v.votes, Cumulative: cum, R: v.sig.R, S: v.sig.S, V: v.sig.V})
	}
	tally := *honest.Tally
	tally.BallotCount = uint32(len(leaves))
	tally.Sums = run
	tally.Winner = settlement.Argmax(run)
	d, err := settlement.Assemble(&tally, leaves)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestWatchtowerRequestsLeaves: a claim with a forged ballot has another
// tree, so the watchtower requests every leaf; revealed, they show the bad
// signature and the claim is challenged. A second forged claim whose
// relayer does not answer is rejected by closing a request.
func TestWatchtowerRequestsLeaves(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, in := f.ingest(ctx)
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
	forged := forgedClaim(t, f, honest)
	rogue := e.c.Transactor(adminIdx)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := e.st.Bond(ctx, rogue, new(big.Int).Mul(eth, big.NewInt(3))); err != nil {
		t.Fatal(err)
	}
	wt := NewWatchtower(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	submit := func() (*big.Int, *settlement.Submitted) {
		t.Helper()
		id, _, err := e.st.SubmitDeliberation(ctx, rogue, f.man.Target, f.man.SubjectID, forged)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := e.st.Submission(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := wt.Inspect(ctx, sub); err != nil || v != VerdictRequested {
			t.Fatalf("Inspect(forged claim) = %s, %v; want requested", v, err)
		}
		c, err := e.st.Claim(ctx, id)
		if err != nil || c.OpenRequests != 4 {
			t.Fatalf("open requests %d (%v), want 4", c.OpenRequests, err)
		}
		return id, sub
	}

	id, _ := submit()
	// The rogue answers every request (ids 1..4, one per index in order).
	for i := range forged.Leaves {
		proof, err := forged.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.st.RevealLeaf(ctx, rogue, big.NewInt(int64(i+1)), &forged.Leaves[i], proof); err != nil {
			t.Fatalf("reveal %d: %v", i, err)
		}
	}
	if err := wt.Step(ctx); err != nil {
		t.Fatalf("audit step: %v", err)
	}
	if c, err := e.st.Claim(ctx, id); err != nil || c.Status != settlement.StatusRejected {
		t.Fatalf("forged claim after the audit: %v (%v), want rejected", c.Status, err)
	}
	if w, err := st.GetWatch(ctx, id.String()); err != nil || w == nil || !w.Done || !strings.HasPrefix(w.Outcome, "challenged: BadBallotSignature") {
		t.Fatalf("watch %+v (%v), want done after a BadBallotSignature challenge", w, err)
	}

	// Again, and nobody answers: after the response window the watchtower closes a request.
	id2, _ := submit()
	if err := wt.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if c, _ := e.st.Claim(ctx, id2); c.Status != settlement.StatusPending {
		t.Fatalf("claim %s inside the response window, want pending", c.Status)
	}
	if err := e.c.AdvanceTime(7 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := wt.Step(ctx); err != nil {
		t.Fatalf("close step: %v", err)
	}
	if c, err := e.st.Claim(ctx, id2); err != nil || c.Status != settlement.StatusRejected {
		t.Fatalf("unanswered claim: %v (%v), want rejected", c.Status, err)
	}
	if err := wt.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if w, err := st.GetWatch(ctx, id2.String()); err != nil || w == nil || !w.Done {
		t.Fatalf("watch %+v (%v), want done", w, err)
	}
}
