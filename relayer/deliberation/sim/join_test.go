package sim

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/deliberation"
)

// openSession posts a manifest naming participants (2 rounds of 10s + 10s
// from the clock's next second) and returns its id.
func openSession(t *testing.T, url string, clock *fakeClock, orch *ecdsa.PrivateKey, nonce int64, participants ...*ecdsa.PrivateKey) common.Hash {
	t.Helper()
	opens := uint64(clock.Now().Unix()) + 1
	m := &deliberation.Manifest{Target: common.HexToAddress("0xE5C0"), SubjectID: big.NewInt(7), Nonce: big.NewInt(nonce), Credits: 36, Opens: opens,
		Rounds: []deliberation.Round{{ProposeUntil: opens + 10, ClosesAt: opens + 20}, {ProposeUntil: opens + 30, ClosesAt: opens + 40}}}
	for _, k := range participants {
		m.Participants = append(m.Participants, crypto.PubkeyToAddress(k.PublicKey))
	}
	sm, err := deliberation.SignManifest(context.Background(), dipmsg.KeySigner{Key: orch}, testDomain, m)
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(sm)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url+deliberation.RoutePrefix+"/sessions", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST manifest: status %d", resp.StatusCode)
	}
	return m.ID()
}

func TestJoin(t *testing.T) {
	t.Parallel()
	orch, expert := AgentKey(98, 0), AgentKey(98, 1)
	evaluators := []*ecdsa.PrivateKey{AgentKey(98, 2), AgentKey(98, 3), AgentKey(98, 4)}
	content := crypto.Keccak256Hash([]byte("delivered work"))
	tests := []struct {
		name      string
		vote      VotePolicy
		wantScore string
		wantSums  string
	}{
		// 3 evaluators, one column, 36 credits: votes of +-6 each.
		{"approve", VoteApprove, "1000000000000000000", "18"},
		{"reject", VoteReject, "-1000000000000000000", "-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
			url := newRelayer(t, clock, crypto.PubkeyToAddress(orch.PublicKey), nil)
			id := openSession(t, url, clock, orch, 1, append([]*ecdsa.PrivateKey{expert}, evaluators...)...)
			j, err := NewJoiner(JoinConfig{RelayerURL: url, Agents: append([]*ecdsa.PrivateKey{expert}, evaluators...), Vote: tt.vote, Seed: 1, Concurrency: 2}, nil)
			if err != nil {
				t.Fatal(err)
			}
			j.now, j.sleep = clock.Now, clock.SleepUntil
			res, err := j.Join(context.Background(), id, map[common.Address]common.Hash{crypto.PubkeyToAddress(expert.PublicKey): content})
			if err != nil {
				t.Fatalf("Join: %v", err)
			}
			if len(res.Joined) != 4 {
				t.Fatalf("joined %d agents, want 4", len(res.Joined))
			}
			// Per round: 1 proposal; 3 evaluations and 3 ballots.
			if len(res.Phases) != 4 || res.Phases[0].Accepted != 1 || res.Phases[1].Accepted != 6 || res.Phases[3].Rejected != 0 {
				t.Fatalf("phases %+v, want 4 phases, 1 proposal and 6 votes accepted per round", res.Phases)
			}
			tl := res.Tally
			if tl == nil || tl.Round != 1 || tl.BallotCount != 3 || tl.Score != tt.wantScore || len(tl.Sums) != 1 || tl.Sums[0] != tt.wantSums {
				t.Fatalf("tally %+v (%s), want round 1, 3 ballots, sum %s, score %s", tl, res.TallyError, tt.wantSums, tt.wantScore)
			}
			if !strings.EqualFold(tl.Authors[0], crypto.PubkeyToAddress(expert.PublicKey).Hex()) {
				t.Fatalf("proposal author %s, want the expert", tl.Authors[0])
			}
		})
	}
}

func TestJoinNotInvited(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	orch := AgentKey(97, 0)
	url := newRelayer(t, clock, crypto.PubkeyToAddress(orch.PublicKey), nil)
	id := openSession(t, url, clock, orch, 1, AgentKey(97, 1), AgentKey(97, 2))
	j, err := NewJoiner(JoinConfig{RelayerURL: url, Agents: []*ecdsa.PrivateKey{AgentKey(97, 3)}, Vote: VoteApprove, Concurrency: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	j.now, j.sleep = clock.Now, clock.SleepUntil
	if _, err := j.Join(context.Background(), id, nil); !errors.Is(err, ErrNotInvited) {
		t.Fatalf("Join = %v, want ErrNotInvited", err)
	}
	if _, err := j.Join(context.Background(), common.HexToHash("0x01"), nil); !errors.Is(err, ErrRelayer) {
		t.Fatalf("Join of an unknown session = %v, want ErrRelayer", err)
	}
	wrong := dipmsg.NewDomain(big.NewInt(1), testDomain.VerifyingContract)
	j2, err := NewJoiner(JoinConfig{RelayerURL: url, Agents: []*ecdsa.PrivateKey{AgentKey(97, 1)}, Vote: VoteApprove, Concurrency: 1, Domain: &wrong}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j2.Join(context.Background(), id, nil); !errors.Is(err, ErrRelayer) || !strings.Contains(err.Error(), "chain") {
		t.Fatalf("Join under another domain = %v, want ErrRelayer naming the chain", err)
	}
}

// TestFollow lists two sessions, one naming the agents, and checks that only
// that one is joined, once, through the escrow-sessions list format.
func TestFollow(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	orch, expert, ev := AgentKey(96, 0), AgentKey(96, 1), AgentKey(96, 2)
	url := newRelayer(t, clock, crypto.PubkeyToAddress(orch.PublicKey), nil)
	other := openSession(t, url, clock, orch, 1, AgentKey(96, 5), AgentKey(96, 6))
	mine := openSession(t, url, clock, orch, 2, expert, ev)
	content := crypto.Keccak256Hash([]byte("work"))
	var lists sync.Map
	listing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/escrow-sessions/orders" || r.URL.Query().Get("state") != "submitted" {
			http.NotFound(w, r)
			return
		}
		n, _ := lists.LoadOrStore("n", new(int))
		*(n.(*int))++
		_ = json.NewEncoder(w).Encode(map[string]any{"orders": []map[string]string{
			{"orderId": "1", "session": other.Hex(), "deliverer": crypto.PubkeyToAddress(AgentKey(96, 5).PublicKey).Hex(), "contentHash": content.Hex()},
			{"orderId": "2", "session": mine.Hex(), "deliverer": crypto.PubkeyToAddress(expert.PublicKey).Hex(), "contentHash": content.Hex()},
		}})
	}))
	t.Cleanup(listing.Close)
	j, err := NewJoiner(JoinConfig{RelayerURL: url, Agents: []*ecdsa.PrivateKey{expert, ev}, Vote: VoteApprove, Concurrency: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	j.now, j.sleep = clock.Now, clock.SleepUntil
	var mu sync.Mutex
	var reports []string
	var result *JoinResult
	err = j.Follow(context.Background(), EscrowSessionsLister(listing.URL, nil), time.Second, 1, func(inv Invitation, res *JoinResult, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			reports = append(reports, inv.Label+": "+err.Error())
			return
		}
		reports = append(reports, inv.Label)
		result = res
	})
	if err != nil {
		t.Fatalf("Follow: %v", err)
	}
	if len(reports) != 1 || reports[0] != "order 2" || result == nil || result.Session != mine {
		t.Fatalf("reports %v, want exactly order 2 joined", reports)
	}
	if result.Tally == nil || result.Tally.BallotCount != 1 || result.Tally.Score != "1000000000000000000" {
		t.Fatalf("tally %+v (%s), want one approving ballot", result.Tally, result.TallyError)
	}
}

func TestUniformVotesWithinCredits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n       int
		credits uint64
		sign    int64
		want    []int64
	}{
		{1, 36, 1, []int64{6}},
		{1, 35, -1, []int64{-5}},
		{2, 100, 1, []int64{7, 7}},
		{3, 2, 1, []int64{1, 1, 0}},
		{0, 10, 1, []int64{}},
	}
	for _, tt := range tests {
		got := UniformVotes(tt.n, tt.credits, tt.sign)
		if len(got) != len(tt.want) {
			t.Fatalf("UniformVotes(%d, %d) = %v, want %v", tt.n, tt.credits, got, tt.want)
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("UniformVotes(%d, %d, %d) = %v, want %v", tt.n, tt.credits, tt.sign, got, tt.want)
				break
			}
		}
		if sq := (&dipmsg.Ballot{Votes: got}).Squares(); sq.Uint64() > tt.credits {
			t.Errorf("UniformVotes(%d, %d) spends %s", tt.n, tt.credits, sq)
		}
	}
}

func TestParseVotePolicy(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"approve", "reject", "random"} {
		if p, err := ParseVotePolicy(s); err != nil || string(p) != s {
			t.Errorf("ParseVotePolicy(%q) = %q, %v", s, p, err)
		}
	}
	if _, err := ParseVotePolicy("maybe"); !errors.Is(err, ErrBadConfig) {
		t.Errorf("ParseVotePolicy(maybe) = %v, want ErrBadConfig", err)
	}
}
