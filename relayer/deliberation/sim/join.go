package sim

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/deliberation"
)

// ErrNotInvited is returned by Join when none of the agents is a
// participant of the session.
var ErrNotInvited = errors.New("sim: no agent is a participant of the session")

// VotePolicy is how joining agents score and vote.
type VotePolicy string

// Vote policies.
const (
	// VoteApprove backs every proposal: evaluations +1e18, ballots spread
	// positive votes over the proposals.
	VoteApprove VotePolicy = "approve"
	// VoteReject opposes every proposal: evaluations -1e18, negative votes.
	VoteReject VotePolicy = "reject"
	// VoteRandom scores and votes at random (seeded), as Run's agents do.
	VoteRandom VotePolicy = "random"
)

// ParseVotePolicy parses approve, reject or random.
func ParseVotePolicy(s string) (VotePolicy, error) {
	switch p := VotePolicy(s); p {
	case VoteApprove, VoteReject, VoteRandom:
		return p, nil
	}
	return "", fmt.Errorf("%w: vote policy %q, want approve, reject or random", ErrBadConfig, s)
}

// JoinConfig configures agents that join sessions someone else opened (an
// orchestrator such as the relayer's escrow-sessions pipeline).
type JoinConfig struct {
	RelayerURL string
	// Agents are the keys of the local agents; those named in a session's
	// manifest take part.
	Agents []*ecdsa.PrivateKey
	// Proposals maps an agent to the content hash it proposes in every
	// round of a session; agents without an entry only evaluate and vote.
	// Join's proposals argument adds to it per session.
	Proposals map[common.Address]common.Hash
	Vote      VotePolicy
	Seed      uint64
	// Concurrency is the number of messages in flight at once.
	Concurrency int
	// Domain, when set, must be the domain of the joined manifests.
	Domain *dipmsg.Domain
}

// Check validates the config.
func (c *JoinConfig) Check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadConfig, fmt.Sprintf(format, a...))
	}
	switch {
	case c.RelayerURL == "":
		return bad("relayer url is empty; pass --relayer-url")
	case len(c.Agents) == 0:
		return bad("no agent keys")
	case c.Concurrency < 1:
		return bad("concurrency must be at least 1")
	}
	if _, err := ParseVotePolicy(string(c.Vote)); err != nil {
		return err
	}
	return nil
}

// JoinResult is what one joined session gave.
type JoinResult struct {
	Session common.Hash
	// Joined are the local agents that were participants.
	Joined []common.Address
	Phases []Stats
	// Tally is the relayer's tally of the last round (nil when it has none,
	// e.g. nobody proposed).
	Tally *deliberation.TallyJSON
	// TallyError says why there is no tally.
	TallyError string
}

// Joiner joins existing sessions.
type Joiner struct {
	cfg      JoinConfig
	progress func(Stats)
	client   *http.Client
	now      func() time.Time
	sleep    func(context.Context, time.Time) error
}

// NewJoiner returns a joiner; progress (may be nil, must be safe for
// concurrent use under Follow) sees every phase's stats as it ends.
func NewJoiner(cfg JoinConfig, progress func(Stats)) (*Joiner, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Joiner{cfg: cfg, progress: progress, client: &http.Client{Timeout: 30 * time.Second}, now: time.Now, sleep: sleepUntil}, nil
}

// fetchManifest reads the session's signed manifest from the relayer.
func (j *Joiner) fetchManifest(ctx context.Context, s *Sim, id common.Hash) (*deliberation.SignedManifest, error) {
	status, resp, err := s.do(ctx, http.MethodGet, "/sessions/"+id.Hex(), nil)
	if err != nil {
		return nil, err
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("%w: GET session %s: status %d: %s", ErrRelayer, id.Hex(), status, resp)
	}
	var view struct {
		Manifest json.RawMessage `json:"manifest"`
	}
	if err := json.Unmarshal(resp, &view); err != nil {
		return nil, fmt.Errorf("%w: session: %w", ErrRelayer, err)
	}
	sm, err := deliberation.DecodeManifest(view.Manifest)
	if err != nil {
		return nil, fmt.Errorf("%w: session manifest: %w", ErrRelayer, err)
	}
	if sm.Manifest.ID() != id {
		return nil, fmt.Errorf("%w: asked for session %s, got the manifest of %s", ErrRelayer, id.Hex(), sm.Manifest.ID().Hex())
	}
	if d := j.cfg.Domain; d != nil && (sm.Domain.ChainID.Cmp(d.ChainID) != 0 || sm.Domain.VerifyingContract != d.VerifyingContract) {
		return nil, fmt.Errorf("%w: session %s is signed for settlement %s on chain %s, want %s on chain %s", ErrRelayer, id.Hex(),
			sm.Domain.VerifyingContract.Hex(), sm.Domain.ChainID, d.VerifyingContract.Hex(), d.ChainID)
	}
	return sm, nil
}

// Join takes part in session id with the agents that are its participants:
// in every round still open, agents with a proposal propose, then every
// participating agent without one evaluates the other proposals and casts a
// ballot by the vote policy. proposals (may be nil) adds per-session
// proposals to the config's. It returns after the last round closed, with
// the relayer's tally of it.
func (j *Joiner) Join(ctx context.Context, id common.Hash, proposals map[common.Address]common.Hash) (*JoinResult, error) {
	s := &Sim{cfg: Config{RelayerURL: j.cfg.RelayerURL, Concurrency: j.cfg.Concurrency, Seed: j.cfg.Seed},
		client: j.client, progress: j.progress, now: j.now, sleep: j.sleep}
	sm, err := j.fetchManifest(ctx, s, id)
	if err != nil {
		return nil, err
	}
	m := sm.Manifest
	s.cfg.Domain, s.cfg.Credits = sm.Domain, m.Credits
	member := map[common.Address]bool{}
	for _, p := range m.Participants {
		member[p] = true
	}
	propose := map[common.Address]common.Hash{}
	for a, h := range j.cfg.Proposals {
		propose[a] = h
	}
	for a, h := range proposals {
		propose[a] = h
	}
	res := &JoinResult{Session: id}
	var proposers, voters []agent
	for _, k := range j.cfg.Agents {
		a := agent{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		if !member[a.addr] {
			continue
		}
		res.Joined = append(res.Joined, a.addr)
		if _, ok := propose[a.addr]; ok {
			proposers = append(proposers, a)
		} else {
			voters = append(voters, a)
		}
	}
	if len(res.Joined) == 0 {
		return res, fmt.Errorf("%w: session %s", ErrNotInvited, id.Hex())
	}
	for r := range uint32(len(m.Rounds)) {
		sched := m.Rounds[r]
		now := uint64(j.now().Unix())
		if now >= sched.ClosesAt {
			continue // joined late: this round is over
		}
		if now < sched.ProposeUntil && len(proposers) > 0 {
			if err := s.sleep(ctx, time.Unix(int64(m.RoundOpens(r)), 0).Add(margin)); err != nil {
				return res, err
			}
			var envs []*dipmsg.Envelope
			for _, a := range proposers {
				envs = append(envs, s.envelope(a, &dipmsg.Proposal{Session: id, Round: r, Author: a.addr, ContentHash: propose[a.addr]}))
			}
			st, _ := s.send(ctx, r, "proposals", envs)
			res.Phases = append(res.Phases, st)
		}
		if err := s.sleep(ctx, time.Unix(int64(sched.ProposeUntil), 0).Add(margin)); err != nil {
			return res, err
		}
		stored, err := s.storedProposals(ctx, id, r)
		if err != nil {
			return res, err
		}
		if len(stored) > 0 && len(voters) > 0 {
			st, _ := s.send(ctx, r, "votes", j.votes(s, m, r, stored, voters))
			res.Phases = append(res.Phases, st)
		}
		if err := s.sleep(ctx, time.Unix(int64(sched.ClosesAt), 0)); err != nil {
			return res, err
		}
	}
	for attempt := 0; ; attempt++ {
		status, resp, err := s.do(ctx, http.MethodGet, "/sessions/"+id.Hex()+"/tally", nil)
		if err != nil {
			return res, err
		}
		if status == http.StatusOK {
			var t deliberation.TallyJSON
			if err := json.Unmarshal(resp, &t); err != nil {
				return res, fmt.Errorf("%w: tally: %w", ErrRelayer, err)
			}
			res.Tally = &t
			return res, nil
		}
		if status != http.StatusConflict || attempt >= 10 {
			res.TallyError = fmt.Sprintf("status %d: %s", status, strings.TrimSpace(string(resp)))
			return res, nil
		}
		if err := s.sleep(ctx, j.now().Add(500*time.Millisecond)); err != nil {
			return res, err
		}
	}
}

// votes builds the voters' evaluations and ballots by the vote policy.
func (j *Joiner) votes(s *Sim, m *deliberation.Manifest, r uint32, props []dipmsg.SignedProposal, voters []agent) []*dipmsg.Envelope {
	var out []*dipmsg.Envelope
	for i, a := range voters {
		rng := s.rng(r, uint64(i))
		n := 0
		for _, p := range props {
			if p.Message.Author == a.addr || n >= evaluationsPerAgent {
				continue
			}
			n++
			var score int64
			switch j.cfg.Vote {
			case VoteApprove:
				score = dipmsg.ScoreOne
			case VoteReject:
				score = -dipmsg.ScoreOne
			default:
				score = rng.Int64N(2*dipmsg.ScoreOne+1) - dipmsg.ScoreOne
			}
			out = append(out, s.envelope(a, &dipmsg.Evaluation{Session: m.ID(), Round: r, Evaluator: a.addr, ContentHash: p.Message.ContentHash, Score: score}))
		}
		var votes []int64
		switch j.cfg.Vote {
		case VoteApprove:
			votes = UniformVotes(len(props), m.Credits, 1)
		case VoteReject:
			votes = UniformVotes(len(props), m.Credits, -1)
		default:
			votes = QuadraticVotes(rng, len(props), m.Credits)
		}
		out = append(out, s.envelope(a, &dipmsg.Ballot{Session: m.ID(), Round: r, Voter: a.addr, Votes: votes}))
	}
	return out
}

// UniformVotes gives each of n columns the same vote of sign sign, as large
// as sum(v^2) <= credits allows; when credits < n the first credits columns
// get one vote each.
func UniformVotes(n int, credits uint64, sign int64) []int64 {
	votes := make([]int64, n)
	if n == 0 {
		return votes
	}
	v := int64(math.Sqrt(float64(credits / uint64(n))))
	for v > 0 && uint64(v*v)*uint64(n) > credits {
		v--
	}
	for k := range votes {
		switch {
		case v > 0:
			votes[k] = sign * v
		case uint64(k) < credits:
			votes[k] = sign
		}
	}
	return votes
}

// Invitation is a session an orchestrator opened, with who proposes what.
type Invitation struct {
	Session   common.Hash
	Proposals map[common.Address]common.Hash
	// Label names the session in reports (e.g. "order 7").
	Label string
}

// Lister returns the sessions currently open for joining.
type Lister func(ctx context.Context) ([]Invitation, error)

// FollowReport is called as each joined session ends.
type FollowReport func(inv Invitation, res *JoinResult, err error)

// Follow polls list every poll interval and joins each new session that
// names one of the agents, concurrently, until ctx ends or, with max > 0,
// max sessions were joined and have ended. Sessions naming no agent are
// skipped (once). A failing list is retried at the next poll.
func (j *Joiner) Follow(ctx context.Context, list Lister, poll time.Duration, max int, report FollowReport) error {
	if poll <= 0 {
		return fmt.Errorf("%w: poll interval must be positive", ErrBadConfig)
	}
	seen := map[common.Hash]bool{}
	var wg sync.WaitGroup
	joined := 0
	defer wg.Wait()
	for {
		invs, err := list(ctx)
		if err != nil && ctx.Err() == nil && report != nil {
			report(Invitation{Label: "list"}, nil, err)
		}
		for _, inv := range invs {
			if seen[inv.Session] || (max > 0 && joined >= max) {
				continue
			}
			seen[inv.Session] = true
			// Membership is checked from the manifest before anything is sent.
			s := &Sim{cfg: Config{RelayerURL: j.cfg.RelayerURL}, client: j.client, now: j.now, sleep: j.sleep}
			sm, err := j.fetchManifest(ctx, s, inv.Session)
			if err != nil {
				if report != nil {
					report(inv, nil, err)
				}
				continue
			}
			if !j.invited(sm.Manifest) {
				continue
			}
			joined++
			wg.Add(1)
			go func(inv Invitation) {
				defer wg.Done()
				res, err := j.Join(ctx, inv.Session, inv.Proposals)
				if report != nil {
					report(inv, res, err)
				}
			}(inv)
		}
		if max > 0 && joined >= max {
			return nil // the deferred Wait lets the joined sessions end
		}
		if err := j.sleep(ctx, j.now().Add(poll)); err != nil {
			return nil
		}
	}
}

func (j *Joiner) invited(m *deliberation.Manifest) bool {
	for _, p := range m.Participants {
		for _, k := range j.cfg.Agents {
			if crypto.PubkeyToAddress(k.PublicKey) == p {
				return true
			}
		}
	}
	return false
}

// EscrowSessionsLister lists the sessions of a relayer's escrow-sessions
// pipeline (GET {url}/v1/escrow-sessions/orders?state=submitted): each
// order's deliverer proposes the delivered content hash.
func EscrowSessionsLister(url string, client *http.Client) Lister {
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	return func(ctx context.Context) ([]Invitation, error) {
		u := strings.TrimRight(url, "/") + "/v1/escrow-sessions/orders?state=submitted"
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRelayer, err)
		}
		resp, err := client.Do(req)
		if err != nil {
			return nil, fmt.Errorf("%w: GET %s: %w", ErrRelayer, u, err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
		if err != nil {
			return nil, fmt.Errorf("%w: read %s: %w", ErrRelayer, u, err)
		}
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%w: GET %s: status %d: %s", ErrRelayer, u, resp.StatusCode, strings.TrimSpace(string(body)))
		}
		var out struct {
			Orders []struct {
				OrderID     string `json:"orderId"`
				Session     string `json:"session"`
				Deliverer   string `json:"deliverer"`
				ContentHash string `json:"contentHash"`
			} `json:"orders"`
		}
		if err := json.Unmarshal(body, &out); err != nil {
			return nil, fmt.Errorf("%w: escrow sessions: %w", ErrRelayer, err)
		}
		var invs []Invitation
		for _, o := range out.Orders {
			if !common.IsHexAddress(o.Deliverer) || len(o.Session) != 66 || len(o.ContentHash) != 66 {
				continue
			}
			invs = append(invs, Invitation{
				Session: common.HexToHash(o.Session), Label: "order " + o.OrderID,
				Proposals: map[common.Address]common.Hash{common.HexToAddress(o.Deliverer): common.HexToHash(o.ContentHash)},
			})
		}
		return invs, nil
	}
}
