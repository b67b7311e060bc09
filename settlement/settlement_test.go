package settlement_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	tvbind "github.com/dip-market/dip/bindings/tallyverifier"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/settlement"
)

const (
	adminIdx = iota
	relayerIdx
	challengerIdx
)

const credits = 100

type env struct {
	c        *devchain.Chain
	st       *settlement.Settlement
	tv       common.Address
	receiver common.Address
	domain   dipmsg.Domain
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c := devchain.New(devchain.WithAccounts(3))
	t.Cleanup(func() { _ = c.Close() })
	ctx := context.Background()
	admin := c.Transactor(adminIdx)
	tv, _, err := settlement.DeployTallyVerifier(ctx, c.Client(), admin)
	if err != nil {
		t.Fatal(err)
	}
	recv, _, err := chain.Deploy(ctx, c.Client(), admin, common.FromHex(mrbind.SettlementMockReceiverMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	st, d, err := settlement.Deploy(ctx, c.Client(), admin, common.Address{}, settlement.Params{
		Admin: c.Address(adminIdx), Treasury: c.Address(adminIdx), TallyVerifier: tv,
		Targets: []common.Address{recv}, Config: settlement.DefaultConfig(),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Receipts) != 3 {
		t.Fatalf("deployment receipts = %d, want implementation + clone + initialize", len(d.Receipts))
	}
	domain, err := st.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if domain.ChainID.Cmp(devchain.ChainID) != 0 || domain.VerifyingContract != st.Address() {
		t.Fatalf("domain %+v, want chain %s and %s", domain, devchain.ChainID, st.Address().Hex())
	}
	sep, err := st.DomainSeparator(ctx)
	if err != nil || sep != domain.Separator() {
		t.Fatalf("on-chain separator %s (%v), Go %s", sep.Hex(), err, domain.Separator().Hex())
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(eth, big.NewInt(10))); err != nil {
		t.Fatalf("bond: %v", err)
	}
	return &env{c: c, st: st, tv: tv, receiver: recv, domain: domain}
}

type party struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// parties returns n signing keys (no ETH needed: they only sign), sorted by address.
func parties(offset, n int) []party {
	ps := make([]party, n)
	for i := range ps {
		k := devchain.DevKey(offset + i)
		ps[i] = party{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	sort.Slice(ps, func(a, b int) bool { return bytes.Compare(ps[a].addr[:], ps[b].addr[:]) < 0 })
	return ps
}

func (e *env) session(subject int64) settlement.Session {
	return settlement.Session{
		Domain: e.domain, Target: e.receiver, SubjectID: big.NewInt(subject), Nonce: big.NewInt(7), Round: 2, Credits: credits,
	}
}

// signRound has three authors propose and len(votes) voters vote, all signed in Go.
func signRound(t *testing.T, s settlement.Session, votes [][]int64) ([]dipmsg.SignedProposal, []dipmsg.SignedBallot, []party) {
	t.Helper()
	ctx := context.Background()
	authors := parties(100, len(votes[0]))
	props := make([]dipmsg.SignedProposal, len(authors))
	for j, a := range authors {
		sp, err := dipmsg.SignMessage(ctx, dipmsg.KeySigner{Key: a.key}, s.Domain, &dipmsg.Proposal{
			Session: s.ID(), Round: s.Round, Author: a.addr, ContentHash: crypto.Keccak256Hash([]byte{byte(j)}),
		})
		if err != nil {
			t.Fatal(err)
		}
		props[j] = sp
	}
	voters := parties(200, len(votes))
	ballots := make([]dipmsg.SignedBallot, len(votes))
	for i, v := range voters {
		sb, err := dipmsg.SignMessage(ctx, dipmsg.KeySigner{Key: v.key}, s.Domain, &dipmsg.Ballot{
			Session: s.ID(), Round: s.Round, Voter: v.addr, Votes: votes[i],
		})
		if err != nil {
			t.Fatal(err)
		}
		ballots[i] = sb
	}
	return props, ballots, voters
}

// defaultVotes: sums (5, 3, -2), winner 0, conviction 0.5.
var defaultVotes = [][]int64{{3, 1, 0}, {2, 0, -3}, {-1, 2, 1}, {1, 0, 0}}

func TestBuildComputesTally(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	s := e.session(1)
	props, ballots, _ := signRound(t, s, defaultVotes)
	// Ballots arrive in any order; Build orders them by voter.
	ballots[0], ballots[3] = ballots[3], ballots[0]
	d, err := settlement.Build(s, props, ballots)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	want := []int64{5, 3, -2}
	for j, w := range want {
		if d.Tally.Sums[j].Int64() != w {
			t.Fatalf("sums = %v, want %v", d.Tally.Sums, want)
		}
	}
	for i := 1; i < len(d.Leaves); i++ {
		if bytes.Compare(d.Leaves[i-1].Voter[:], d.Leaves[i].Voter[:]) >= 0 {
			t.Fatalf("leaves not ordered by voter at %d", i)
		}
	}
	winners, score := d.Outcome()
	if d.Tally.Winner != 0 || len(winners) != 1 || winners[0] != props[0].Message.Author || score.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("outcome winner %d %v score %s, want proposal 0 with 0.5e18", d.Tally.Winner, winners, score)
	}

	// The contract derives the same ballot count and outcome from the result bytes.
	tv := tvbind.NewTallyVerifier()
	out, err := chain.Call(ctx, e.c.Client(), e.tv, tv.PackCheckTally(d.Result), settlement.ABI)
	if err != nil {
		t.Fatalf("checkTally: %v", err)
	}
	got, err := tv.UnpackCheckTally(out)
	if err != nil {
		t.Fatal(err)
	}
	cw, cs, err := settlement.DecodeOutcome(got.Outcome)
	if err != nil {
		t.Fatal(err)
	}
	if got.BallotCount != 4 || len(cw) != 1 || cw[0] != winners[0] || cs.Cmp(score) != 0 {
		t.Fatalf("contract outcome %d %v %s, Go %v %s", got.BallotCount, cw, cs, winners, score)
	}
	back, err := settlement.DecodeTally(d.Result)
	if err != nil || back.Winner != 0 || len(back.Proposals) != 3 || back.Sums[2].Int64() != -2 {
		t.Fatalf("DecodeTally = %+v, %v", back, err)
	}
}

func TestBuildRejectsBadInputs(t *testing.T) {
	t.Parallel()
	s := settlement.Session{Domain: dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0xD1")), Target: common.HexToAddress("0xA1"), SubjectID: big.NewInt(1), Round: 2, Credits: credits}
	props, ballots, voters := signRound(t, s, defaultVotes)
	forged := ballots[1]
	forged.Sig = ballots[2].Sig
	over, err := dipmsg.SignMessage(context.Background(), dipmsg.KeySigner{Key: voters[0].key}, s.Domain, &dipmsg.Ballot{Session: s.ID(), Round: 2, Voter: voters[0].addr, Votes: []int64{10, 1, 0}})
	if err != nil {
		t.Fatal(err)
	}
	otherRound := s
	otherRound.Round = 3
	tests := []struct {
		name    string
		s       settlement.Session
		props   []dipmsg.SignedProposal
		ballots []dipmsg.SignedBallot
		want    error
	}{
		{"forged ballot signature", s, props, []dipmsg.SignedBallot{ballots[0], forged}, settlement.ErrBadBallot},
		{"over budget", s, props, []dipmsg.SignedBallot{over}, settlement.ErrOverBudget},
		{"duplicate voter", s, props, []dipmsg.SignedBallot{ballots[0], ballots[0]}, settlement.ErrDuplicateVoter},
		{"wrong round", otherRound, props, ballots, settlement.ErrBadProposal},
		{"too few votes", s, props[:2], ballots, settlement.ErrBadBallot},
		{"no proposals", s, nil, ballots, settlement.ErrBadResult},
	}
	for _, tc := range tests {
		if _, err := settlement.Build(tc.s, tc.props, tc.ballots); !errors.Is(err, tc.want) {
			t.Errorf("%s: Build = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestTallyCheckMatchesContract(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	tv := tvbind.NewTallyVerifier()
	props := make([]settlement.ProposalRecord, 3)
	sums := func(v ...int64) []*big.Int {
		out := make([]*big.Int, len(v))
		for i, x := range v {
			out[i] = big.NewInt(x)
		}
		return out
	}
	tests := []struct {
		name string
		t    settlement.Tally
		ok   bool
	}{
		{"honest", settlement.Tally{BallotCount: 2, Proposals: props, Sums: sums(1, 3, 3), Winner: 1}, true},
		{"tie not lowest", settlement.Tally{BallotCount: 2, Proposals: props, Sums: sums(1, 3, 3), Winner: 2}, false},
		{"not argmax", settlement.Tally{BallotCount: 2, Proposals: props, Sums: sums(4, 3, 3), Winner: 1}, false},
		{"winner out of range", settlement.Tally{BallotCount: 2, Proposals: props, Sums: sums(0, 0, 0), Winner: 3}, false},
		{"sums length", settlement.Tally{BallotCount: 2, Proposals: props, Sums: sums(1, 2), Winner: 1}, false},
		{"no ballots, zero sums", settlement.Tally{Proposals: props, Sums: sums(0, 0, 0)}, true},
		{"no ballots, sums", settlement.Tally{Proposals: props, Sums: sums(1, 0, 0)}, false},
		{"no proposals", settlement.Tally{Sums: sums()}, false},
	}
	for _, tc := range tests {
		goErr := tc.t.Check()
		if (goErr == nil) != tc.ok {
			t.Errorf("%s: Go Check = %v, want ok=%v", tc.name, goErr, tc.ok)
		}
		d, err := settlement.Assemble(&tc.t, nil)
		if err != nil {
			t.Fatalf("%s: assemble: %v", tc.name, err)
		}
		_, err = chain.Call(ctx, e.c.Client(), e.tv, tv.PackCheckTally(d.Result), settlement.ABI)
		if (err == nil) != tc.ok {
			t.Errorf("%s: contract checkTally = %v, want ok=%v", tc.name, err, tc.ok)
		}
		if err != nil && !errors.Is(err, &chain.RevertError{Name: "Settlement_BadResult"}) {
			t.Errorf("%s: contract error %v, want Settlement_BadResult", tc.name, err)
		}
	}
}

// TestHonestClaimSurvivesEveryChallengeAndFinalizes submits a claim of
// Go-signed ballots, tries every challenge against it, then finalizes it
// through a failing and a retried callback.
func TestHonestClaimSurvivesEveryChallengeAndFinalizes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	s := e.session(2)
	props, ballots, _ := signRound(t, s, defaultVotes)
	d, err := settlement.Build(s, props, ballots)
	if err != nil {
		t.Fatal(err)
	}
	if f := settlement.Audit(s, d); f != nil {
		t.Fatalf("audit of an honest claim found %s", f)
	}
	relayer, challenger := e.c.Transactor(relayerIdx), e.c.Transactor(challengerIdx)
	id, _, err := e.st.SubmitDeliberation(ctx, relayer, e.receiver, s.SubjectID, d)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	if _, _, err := e.st.SubmitDeliberation(ctx, relayer, e.receiver, s.SubjectID, d); !errors.Is(err, &chain.RevertError{Name: "Settlement_SubjectTaken"}) {
		t.Fatalf("second submit: %v, want Settlement_SubjectTaken", err)
	}
	for p := range props {
		if _, _, err := e.st.ChallengeProposal(ctx, challenger, id, d.Result, uint32(p)); !errors.Is(err, settlement.ErrNoFraud) {
			t.Fatalf("challenge of validly signed proposal %d: %v, want ErrNoFraud", p, err)
		}
	}
	for i := range d.Leaves {
		proof, _ := d.Proof(i)
		if _, _, err := e.st.ChallengeBallot(ctx, challenger, id, d.Result, &d.Leaves[i], proof); !errors.Is(err, settlement.ErrNoFraud) {
			t.Fatalf("challenge of honest ballot %d: %v, want ErrNoFraud", i, err)
		}
		if i > 0 {
			prev, _ := d.Proof(i - 1)
			if _, _, err := e.st.ChallengeStep(ctx, challenger, id, d.Result, &d.Leaves[i-1], prev, &d.Leaves[i], proof); !errors.Is(err, settlement.ErrNoFraud) {
				t.Fatalf("challenge of honest step %d: %v, want ErrNoFraud", i, err)
			}
		}
	}
	// A malformed proof reverts with the error that says so.
	proof, _ := d.Proof(1)
	proof[0][5] ^= 0xff
	if _, _, err := e.st.ChallengeBallot(ctx, challenger, id, d.Result, &d.Leaves[1], proof); !errors.Is(err, settlement.ErrNotInTree) || !errors.Is(err, &chain.RevertError{Name: "Settlement_NotInTree"}) {
		t.Fatalf("malformed proof: %v, want ErrNotInTree / Settlement_NotInTree", err)
	} else if !strings.Contains(err.Error(), "leaf 1 (hash ") || !strings.Contains(err.Error(), "not to the claim's root "+d.Root.Hex()) {
		t.Fatalf("malformed proof error does not say which leaf and root: %v", err)
	}
	// A leaf with a forged signature is not the leaf in the tree either.
	forged := d.Leaves[1]
	forged.R = d.Leaves[2].R
	proof, _ = d.Proof(1)
	if _, _, err := e.st.ChallengeBallot(ctx, challenger, id, d.Result, &forged, proof); !errors.Is(err, settlement.ErrNotInTree) {
		t.Fatalf("leaf with another signature: %v, want ErrNotInTree", err)
	}
	if _, _, err := e.st.ChallengeProposal(ctx, challenger, id, append([]byte{}, d.Result[:len(d.Result)-1]...), 0); !errors.Is(err, &chain.RevertError{Name: "Settlement_ResultMismatch"}) {
		t.Fatalf("wrong result bytes: %v, want Settlement_ResultMismatch", err)
	}
	if _, _, err := e.st.Finalize(ctx, relayer, id); !errors.Is(err, &chain.RevertError{Name: "Settlement_NotFinalizable"}) {
		t.Fatalf("finalize in the window: %v, want Settlement_NotFinalizable", err)
	}

	// The receiver reverts the first callback; finalization still happens.
	mr := mrbind.NewSettlementMockReceiver()
	if _, err := chain.Transact(ctx, e.c.Client(), e.c.Transactor(adminIdx), e.receiver, mr.PackSetMode(1)); err != nil {
		t.Fatal(err)
	}
	if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	fin, _, err := e.st.Finalize(ctx, relayer, id)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	wantWinners, wantScore := d.Outcome()
	if fin.Delivered || len(fin.Winners) != 1 || fin.Winners[0] != wantWinners[0] || fin.Score.Cmp(wantScore) != 0 {
		t.Fatalf("finalization %+v, want undelivered outcome %v %s", fin, wantWinners, wantScore)
	}
	if _, err := chain.Transact(ctx, e.c.Client(), e.c.Transactor(adminIdx), e.receiver, mr.PackSetMode(0)); err != nil {
		t.Fatal(err)
	}
	retry, _, err := e.st.RetryCallback(ctx, challenger, id)
	if err != nil || !retry.Delivered {
		t.Fatalf("retry = %+v, %v; want delivered", retry, err)
	}
	if _, _, err := e.st.RetryCallback(ctx, challenger, id); !errors.Is(err, &chain.RevertError{Name: "Settlement_NoRetry"}) {
		t.Fatalf("second retry: %v, want Settlement_NoRetry", err)
	}
	c, err := e.st.Claim(ctx, id)
	if err != nil || c.Status != settlement.StatusFinalized || c.Callback != settlement.CallbackDelivered || c.Root != d.Root {
		t.Fatalf("claim %+v, %v", c, err)
	}
	w, sc, err := e.st.OutcomeOf(ctx, id)
	if err != nil || w[0] != wantWinners[0] || sc.Cmp(wantScore) != 0 {
		t.Fatalf("outcomeOf = %v %s %v", w, sc, err)
	}
	sub, err := e.st.Submission(ctx, id, 0)
	if err != nil || !bytes.Equal(sub.Result, d.Result) {
		t.Fatalf("submission event: %v", err)
	}
	rel, err := e.st.Relayer(ctx, e.c.Address(relayerIdx))
	if err != nil || rel.Locked.Sign() != 0 {
		t.Fatalf("relayer after finalize: %+v, %v; want nothing locked", rel, err)
	}
}

// leavesInOrder computes running sums over signed ballots in the given order,
// without any check, as a dishonest relayer would.
func leavesInOrder(ballots []dipmsg.SignedBallot) []merkle.BallotLeaf {
	p := len(ballots[0].Message.Votes)
	running := make([]*big.Int, p)
	for j := range running {
		running[j] = new(big.Int)
	}
	out := make([]merkle.BallotLeaf, len(ballots))
	for i, b := range ballots {
		cum := make([]*big.Int, p)
		for j, v := range b.Message.Votes {
			running[j].Add(running[j], big.NewInt(v))
			cum[j] = new(big.Int).Set(running[j])
		}
		out[i] = merkle.BallotLeaf{Index: uint32(i), Voter: b.Message.Voter, Votes: b.Message.Votes, Cumulative: cum, R: b.Sig.R, S: b.Sig.S, V: b.Sig.V}
	}
	return out
}

// TestWrongClaimsAreCaught assembles dishonest claims, checks that Audit finds
// each fault in Go, and that the challenge it picks rejects the claim on chain
// with the same fault.
func TestWrongClaimsAreCaught(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		corrupt func(s settlement.Session, d *settlement.Deliberation, ballots []dipmsg.SignedBallot) *settlement.Deliberation
		want    settlement.Fault
	}{
		{"ballot signed by another key", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Leaves[2].R, d.Leaves[2].S, d.Leaves[2].V = d.Leaves[1].R, d.Leaves[1].S, d.Leaves[1].V
			return d
		}, settlement.FaultBadBallotSignature},
		{"proposal signature", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Tally.Proposals[1].ContentHash[0] ^= 1
			return d
		}, settlement.FaultBadProposalSignature},
		{"inflated final sum", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Tally.Sums[1] = big.NewInt(4) // still below the winner's 5
			return d
		}, settlement.FaultBadFinalSum},
		{"broken running sum", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Leaves[1].Cumulative[2].Add(d.Leaves[1].Cumulative[2], big.NewInt(1))
			return d
		}, settlement.FaultBadStep},
		{"first sum", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Leaves[0].Cumulative[0] = big.NewInt(0)
			return d
		}, settlement.FaultBadFirstSum},
		{"credits lowered", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Tally.Credits = 9 // the first ballots spend 10 and 13
			return d
		}, settlement.FaultOverBudget},
		{"voters out of order", func(_ settlement.Session, d *settlement.Deliberation, ballots []dipmsg.SignedBallot) *settlement.Deliberation {
			sorted := sortedBallots(ballots)
			sorted[1], sorted[2] = sorted[2], sorted[1]
			d.Leaves = leavesInOrder(sorted)
			return d
		}, settlement.FaultVoterOrder},
		{"duplicate index", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Leaves[2].Index = 1
			return d
		}, settlement.FaultDuplicateIndex},
		{"index out of range", func(_ settlement.Session, d *settlement.Deliberation, _ []dipmsg.SignedBallot) *settlement.Deliberation {
			d.Leaves = append(d.Leaves, d.Leaves[3])
			d.Leaves[4].Index = 4
			return d
		}, settlement.FaultIndexOutOfRange},
	}
	for i, tc := range tests {
		s := e.session(int64(100 + i))
		props, ballots, _ := signRound(t, s, defaultVotes)
		honest, err := settlement.Build(s, props, ballots)
		if err != nil {
			t.Fatal(err)
		}
		bad := tc.corrupt(s, honest, ballots)
		d, err := settlement.Assemble(bad.Tally, bad.Leaves)
		if err != nil {
			t.Fatalf("%s: assemble: %v", tc.name, err)
		}
		f := settlement.Audit(s, d)
		if f == nil || f.Fault != tc.want {
			t.Fatalf("%s: audit found %v, want %s", tc.name, f, tc.want)
		}
		id, _, err := e.st.SubmitDeliberation(ctx, e.c.Transactor(relayerIdx), e.receiver, s.SubjectID, d)
		if err != nil {
			t.Fatalf("%s: submit: %v", tc.name, err)
		}
		rej, _, err := e.st.Challenge(ctx, e.c.Transactor(challengerIdx), id, d, f)
		if err != nil {
			t.Fatalf("%s: challenge %s: %v", tc.name, f, err)
		}
		if rej.Fault != tc.want || rej.By != e.c.Address(challengerIdx) || rej.Reward.Sign() <= 0 {
			t.Fatalf("%s: rejection %+v, want %s by the challenger with a reward", tc.name, rej, tc.want)
		}
		c, err := e.st.Claim(ctx, id)
		if err != nil || c.Status != settlement.StatusRejected {
			t.Fatalf("%s: claim status %v (%v), want Rejected", tc.name, c.Status, err)
		}
	}
}

func sortedBallots(in []dipmsg.SignedBallot) []dipmsg.SignedBallot {
	out := append([]dipmsg.SignedBallot(nil), in...)
	sort.Slice(out, func(a, b int) bool { return bytes.Compare(out[a].Message.Voter[:], out[b].Message.Voter[:]) < 0 })
	return out
}

// FuzzDecodeTally checks that result bytes from the chain never panic the
// decoder and that whatever decodes re-encodes to a result that decodes the same.
func FuzzDecodeTally(f *testing.F) {
	t := &settlement.Tally{SessionNonce: big.NewInt(7), Round: 2, BallotCount: 1, Credits: 9,
		Proposals: []settlement.ProposalRecord{{Author: common.HexToAddress("0xC1")}, {}}, Sums: []*big.Int{big.NewInt(3), big.NewInt(-1)}}
	good, err := t.Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:100])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		tally, err := settlement.DecodeTally(data)
		if err != nil {
			if !errors.Is(err, settlement.ErrBadResult) {
				t.Fatalf("error %v is not ErrBadResult", err)
			}
			return
		}
		enc, err := tally.Encode()
		if err != nil {
			t.Fatalf("decoded tally does not re-encode: %v", err)
		}
		again, err := settlement.DecodeTally(enc)
		if err != nil || again.Winner != tally.Winner || len(again.Sums) != len(tally.Sums) {
			t.Fatalf("re-encoded tally decodes to %+v, %v", again, err)
		}
		tally.Outcome()
	})
}
