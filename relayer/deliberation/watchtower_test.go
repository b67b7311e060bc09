package deliberation

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
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
	// This relayer's settler waits while the rogue's claim is pending, and
	// gives up without a transaction once it is final.
	s := NewSettler(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateSubmitting {
		t.Fatalf("own claim while another relayer's is pending: record %+v (%v), want submitting", rec, err)
	}
	if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.st.Finalize(ctx, rogue, id2); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err = st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateFailed || !strings.Contains(rec.Reason, "subject settled by claim "+id2.String()) {
		t.Fatalf("own claim on a settled subject: record %+v (%v), want failed naming claim %s", rec, err, id2)
	}
	if rec.SubmitTx != (common.Hash{}) {
		t.Fatalf("a claim was sent on a settled subject: %s", rec.SubmitTx.Hex())
	}
}

// TestSettlerClaimsAfterRejection has a rogue claim a wrong tally before the
// round closes. This relayer's settler waits while it is pending instead of
// failing on the taken subject, and claims the honest tally once the
// watchtower had it rejected.
func TestSettlerClaimsAfterRejection(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
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
	honest, err := in.Engine.TallySoFar(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	wrong := *honest.Tally
	wrong.Sums = append([]*big.Int(nil), honest.Tally.Sums...)
	wrong.Sums[wrong.Winner] = new(big.Int).Add(wrong.Sums[wrong.Winner], big.NewInt(2))
	bad, err := settlement.Assemble(&wrong, honest.Leaves)
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
	f.clock.Set(tC1)
	s := NewSettler(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, err := st.GetRecord(ctx, f.man.ID()); err != nil || rec == nil || rec.State != StateSubmitting {
		t.Fatalf("record %+v (%v) while the rogue's claim is pending, want submitting", rec, err)
	}
	sub, err := e.st.Submission(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	wt := NewWatchtower(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if v, err := wt.Inspect(ctx, sub); err != nil || v != VerdictChallenged {
		t.Fatalf("Inspect(wrong claim) = %s, %v; want challenged", v, err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateClaimed || rec.Root != honest.Root || rec.ClaimID == id.String() {
		t.Fatalf("record %+v (%v) after the rejection, want claimed with the honest root %s", rec, err, honest.Root.Hex())
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
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
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

// staleClaims answers the first SubjectClaim as if the subject were free: a
// view read just before another relayer's claim landed.
type staleClaims struct {
	*settlement.Settlement
	stale bool
}

func (s *staleClaims) SubjectClaim(ctx context.Context, target common.Address, subjectID *big.Int) (*big.Int, error) {
	if s.stale {
		s.stale = false
		return new(big.Int), nil
	}
	return s.Settlement.SubjectClaim(ctx, target, subjectID)
}

// TestSettlerRetriesAfterLosingTheRace has a rogue's wrong claim land between
// the settler's look at the subject and its own claim, which reverts. The
// settler waits for the rogue's claim instead of failing, and claims with a
// fresh intent key once the watchtower had it rejected.
func TestSettlerRetriesAfterLosingTheRace(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
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
	if _, err := in.Accept(ctx, f.ballot(0, 1, 3, 1)); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC1)
	honest, err := in.Engine.Tally(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	wrong := *honest.Tally
	wrong.Sums = append([]*big.Int(nil), honest.Tally.Sums...)
	wrong.Sums[wrong.Winner] = new(big.Int).Add(wrong.Sums[wrong.Winner], big.NewInt(4))
	bad, err := settlement.Assemble(&wrong, honest.Leaves)
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
	s := NewSettler(in, e.mgr, &staleClaims{Settlement: e.st, stale: true}, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec == nil || rec.State != StateSubmitting || rec.SubmitAttempts != 1 {
		t.Fatalf("record %+v (%v) after losing the race, want submitting with one attempt spent", rec, err)
	}
	sub, err := e.st.Submission(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	wt := NewWatchtower(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if v, err := wt.Inspect(ctx, sub); err != nil || v != VerdictChallenged {
		t.Fatalf("Inspect(wrong claim) = %s, %v; want challenged", v, err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err = st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateClaimed || rec.Root != honest.Root {
		t.Fatalf("record %+v (%v) after the rejection, want claimed with the honest root", rec, err)
	}
	if _, err := e.mgr.Wait(ctx, SubmitKey(f.man.ID())+":submit:1"); err != nil {
		t.Fatalf("the second claim did not use a fresh intent key: %v", err)
	}
}
