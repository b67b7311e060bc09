// Package sim drives synthetic deliberation agents against a relayer's
// deliberation HTTP API (docs/deliberation-openapi.yaml) or its NATS
// JetStream subjects: it signs a session manifest, then for every round
// sends proposals, cross-evaluations and quadratic ballots, waits for the
// round deadlines, and finally fetches the relayer's tally and recounts it
// with settlement.Build.
package sim

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/settlement"
)

var (
	// ErrBadConfig is returned by Config.Check for an unusable setting.
	ErrBadConfig = errors.New("sim: bad config")
	// ErrRelayer is returned when the relayer answers a request unexpectedly.
	ErrRelayer = errors.New("sim: relayer request failed")
	// ErrTallyMismatch is returned when the relayer's tally differs from the
	// recount of the messages the agents had accepted.
	ErrTallyMismatch = errors.New("sim: relayer tally differs from the recount")
)

// evaluationsPerAgent is how many other proposals each agent scores per round.
const evaluationsPerAgent = 3

// margin is how long after a phase opens the agents start sending, so that a
// relayer whose clock trails ours a little does not refuse them as early.
const margin = 250 * time.Millisecond

// Transports.
const (
	TransportHTTP = "http"
	TransportNATS = "nats"
)

// Config is a simulation's settings.
type Config struct {
	// RelayerURL is the relayer's HTTP API. Over NATS it is optional: when
	// set, it is read to report what the relayer stored and to recount its
	// tally.
	RelayerURL string
	// NATSURL, when set, publishes the manifest and the messages on the
	// relayer's NATS JetStream subjects (dip.delib.<session>...) instead of
	// posting them over HTTP.
	NATSURL       string
	Domain        dipmsg.Domain
	Target        common.Address // zero: the Settlement address
	Subject       *big.Int
	Nonce         *big.Int // nil: the session's opening time
	Agents        int
	Rounds        int
	RoundDuration time.Duration
	Credits       uint64
	Seed          uint64
	Concurrency   int
	// Lead is the time between signing the manifest and the session opening.
	Lead time.Duration
}

// Check validates the config.
func (c *Config) Check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadConfig, fmt.Sprintf(format, a...))
	}
	switch {
	case c.RelayerURL == "" && c.NATSURL == "":
		return bad("relayer url is empty; pass --relayer-url (or --nats-url)")
	case c.Domain.ChainID == nil || c.Domain.ChainID.Sign() <= 0:
		return bad("chain id must be positive; pass --chain-id")
	case c.Domain.VerifyingContract == (common.Address{}):
		return bad("settlement address is zero; pass --settlement")
	case c.Agents < 2 || c.Agents > deliberation.MaxParticipants:
		return bad("%d agents, want 2..%d (an agent never evaluates itself)", c.Agents, deliberation.MaxParticipants)
	case c.Rounds < 1 || c.Rounds > deliberation.MaxRounds:
		return bad("%d rounds, want 1..%d", c.Rounds, deliberation.MaxRounds)
	case c.RoundDuration < 2*time.Second || c.RoundDuration%time.Second != 0:
		return bad("round duration %s: want whole seconds, at least 2s (half for proposals, half for votes)", c.RoundDuration)
	case c.Credits == 0:
		return bad("credits must be positive")
	case c.Concurrency < 1:
		return bad("concurrency must be at least 1")
	case c.Subject == nil || c.Subject.Sign() < 0:
		return bad("subject must be a non-negative integer")
	}
	return nil
}

// AgentKey returns agent i's key for seed: keccak256(seed, i, counter) for
// the first counter giving a valid secp256k1 key.
func AgentKey(seed uint64, i int) *ecdsa.PrivateKey {
	var buf [24]byte
	binary.BigEndian.PutUint64(buf[:8], seed)
	binary.BigEndian.PutUint64(buf[8:16], uint64(i))
	for ctr := uint64(0); ; ctr++ {
		binary.BigEndian.PutUint64(buf[16:], ctr)
		if k, err := crypto.ToECDSA(crypto.Keccak256(buf[:])); err == nil {
			return k
		}
	}
}

type agent struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// Stats counts the messages of one phase.
type Stats struct {
	Round uint32
	Phase string // "proposals" or "votes"
	// Transport is TransportHTTP or TransportNATS.
	Transport string
	Sent      int
	// Accepted counts, over HTTP, messages the relayer accepted (202, or
	// 200 duplicate). Over NATS it counts JetStream publish acks: the
	// message is stored in the stream, which says nothing about the
	// relayer's rules (Stored does).
	Accepted int
	// Rejected counts, over HTTP, refusals; over NATS, failed publishes.
	Rejected int
	// Duplicates counts NATS publishes the stream suppressed as duplicates
	// (Nats-Msg-Id seen in its window); they are included in Accepted.
	Duplicates int
	// Stored is how many of the phase's messages the relayer's HTTP API
	// shows stored, once StoredKnown (over NATS with a relayer URL).
	Stored      int
	StoredKnown bool
	Elapsed     time.Duration
	// Errors holds up to a few rejection reasons.
	Errors []string
}

// Rate returns the messages sent per second.
func (s Stats) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Sent) / s.Elapsed.Seconds()
}

// Result is what Run reports.
type Result struct {
	Session common.Hash
	// Transport is TransportHTTP or TransportNATS.
	Transport string
	Phases    []Stats
	// Tally is the relayer's tally of the last round.
	Tally *deliberation.TallyJSON
	// Recount is settlement.Build over the last round's accepted messages.
	Recount *settlement.Deliberation
	// Unverified says why the tally was not recounted (over NATS: no
	// relayer URL, or the relayer stored another number of ballots than
	// the stream acknowledged, so which ones is unknown).
	Unverified string
}

// Accepted and Rejected total the messages of every phase.
func (r *Result) Accepted() (n int) {
	for _, p := range r.Phases {
		n += p.Accepted
	}
	return n
}

// Rejected totals the refused messages.
func (r *Result) Rejected() (n int) {
	for _, p := range r.Phases {
		n += p.Rejected
	}
	return n
}

// Stored totals the messages the relayer showed stored, and reports
// whether that is known for every phase.
func (r *Result) Stored() (n int, known bool) {
	known = len(r.Phases) > 0
	for _, p := range r.Phases {
		n += p.Stored
		known = known && p.StoredKnown
	}
	return n, known
}

// Sim is one simulation run.
type Sim struct {
	cfg      Config
	orch     dipmsg.TypedDataSigner
	agents   []agent
	client   *http.Client
	progress func(Stats)
	now      func() time.Time
	sleep    func(context.Context, time.Time) error
	// pub publishes over NATS during Run (nil over HTTP).
	pub *deliberation.Publisher
}

// New returns a simulation; orch signs the manifest, progress (may be nil)
// sees every phase's stats as it ends. Over NATS with a relayer URL,
// progress sees a phase a second time once the relayer's stored count is
// read (StoredKnown).
func New(cfg Config, orch dipmsg.TypedDataSigner, progress func(Stats)) (*Sim, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Target == (common.Address{}) {
		cfg.Target = cfg.Domain.VerifyingContract
	}
	if cfg.Lead <= 0 {
		cfg.Lead = time.Second
	}
	s := &Sim{cfg: cfg, orch: orch, client: &http.Client{Timeout: 30 * time.Second}, progress: progress, now: time.Now, sleep: sleepUntil}
	for i := range cfg.Agents {
		k := AgentKey(cfg.Seed, i)
		s.agents = append(s.agents, agent{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)})
	}
	return s, nil
}

func sleepUntil(ctx context.Context, t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return nil
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// Manifest builds the session manifest starting at opens (unix seconds).
func (s *Sim) Manifest(opens uint64) *deliberation.Manifest {
	half := uint64(s.cfg.RoundDuration / time.Second / 2)
	full := uint64(s.cfg.RoundDuration / time.Second)
	nonce := s.cfg.Nonce
	if nonce == nil {
		nonce = new(big.Int).SetUint64(opens)
	}
	m := &deliberation.Manifest{Target: s.cfg.Target, SubjectID: s.cfg.Subject, Nonce: nonce, Credits: s.cfg.Credits, Opens: opens}
	for _, a := range s.agents {
		m.Participants = append(m.Participants, a.addr)
	}
	for r := range uint64(s.cfg.Rounds) {
		start := opens + r*full
		m.Rounds = append(m.Rounds, deliberation.Round{ProposeUntil: start + half, ClosesAt: start + full})
	}
	return m
}

// Run posts the manifest, plays every round and returns the final tally.
// Over NATS (Config.NATSURL) it publishes them instead and, with a relayer
// URL, reads back what the relayer stored.
func (s *Sim) Run(ctx context.Context) (*Result, error) {
	opens := uint64(s.now().Add(s.cfg.Lead).Add(time.Second - 1).Unix())
	m := s.Manifest(opens)
	sm, err := deliberation.SignManifest(ctx, s.orch, s.cfg.Domain, m)
	if err != nil {
		return nil, err
	}
	if s.cfg.NATSURL != "" {
		nc, err := nats.Connect(s.cfg.NATSURL, nats.Name("dip-deliberation-simulate"))
		if err != nil {
			return nil, fmt.Errorf("%w: connect to nats %s: %w", ErrRelayer, s.cfg.NATSURL, err)
		}
		defer nc.Close()
		js, err := jetstream.New(nc)
		if err != nil {
			return nil, fmt.Errorf("%w: jetstream: %w", ErrRelayer, err)
		}
		s.pub = &deliberation.Publisher{JS: js}
		defer func() { s.pub = nil }()
		if err := s.publishManifest(ctx, sm); err != nil {
			return nil, err
		}
	} else {
		body, err := json.Marshal(sm)
		if err != nil {
			return nil, err
		}
		if status, resp, err := s.do(ctx, http.MethodPost, "/sessions", body); err != nil {
			return nil, err
		} else if status != http.StatusCreated && status != http.StatusOK {
			return nil, fmt.Errorf("%w: POST sessions: status %d: %s", ErrRelayer, status, resp)
		}
	}
	res := &Result{Session: m.ID(), Transport: s.transport()}
	var lastProps []dipmsg.SignedProposal
	var lastBallots []dipmsg.SignedBallot
	for r := range uint32(len(m.Rounds)) {
		if err := s.sleep(ctx, time.Unix(int64(m.RoundOpens(r)), 0).Add(margin)); err != nil {
			return nil, err
		}
		props := s.proposals(m, r)
		st, sent := s.send(ctx, r, "proposals", props)
		if err := s.sleep(ctx, time.Unix(int64(m.Rounds[r].ProposeUntil), 0).Add(margin)); err != nil {
			return nil, err
		}
		stored, err := s.columns(ctx, m, r, props, sent, &st)
		if err != nil {
			return nil, err
		}
		res.Phases = append(res.Phases, st)
		votes := s.votes(m, r, stored)
		st, ok := s.send(ctx, r, "votes", votes)
		res.Phases = append(res.Phases, st)
		lastProps, lastBallots = stored, nil
		for k, env := range votes {
			if b, isBallot := env.Message.(*dipmsg.Ballot); isBallot && ok[k] {
				lastBallots = append(lastBallots, dipmsg.SignedBallot{Message: b, Sig: env.Sig})
			}
		}
		if err := s.sleep(ctx, time.Unix(int64(m.Rounds[r].ClosesAt), 0)); err != nil {
			return nil, err
		}
	}
	if s.pub != nil {
		if s.cfg.RelayerURL == "" {
			res.Unverified = "no relayer URL: the stream acknowledged the messages, what the relayer accepted is unknown"
			return res, nil
		}
		var unverified bool
		if lastProps, unverified, err = s.readBack(ctx, m, res); err != nil {
			return res, err
		}
		if unverified {
			return res, nil
		}
	}
	// The relayer's clock may trail ours by a little: retry not_closed briefly.
	var tally deliberation.TallyJSON
	for attempt := 0; ; attempt++ {
		status, resp, err := s.do(ctx, http.MethodGet, "/sessions/"+m.ID().Hex()+"/tally", nil)
		if err != nil {
			return nil, err
		}
		if status == http.StatusOK {
			if err := json.Unmarshal(resp, &tally); err != nil {
				return nil, fmt.Errorf("%w: tally: %w", ErrRelayer, err)
			}
			break
		}
		if status != http.StatusConflict || attempt >= 10 {
			return nil, fmt.Errorf("%w: GET tally: status %d: %s", ErrRelayer, status, resp)
		}
		if err := s.sleep(ctx, s.now().Add(500*time.Millisecond)); err != nil {
			return nil, err
		}
	}
	res.Tally = &tally
	recount, err := settlement.Build(m.Settlement(s.cfg.Domain, m.LastRound()), lastProps, lastBallots)
	if err != nil {
		return res, fmt.Errorf("sim: recount: %w", err)
	}
	res.Recount = recount
	if err := Compare(&tally, recount); err != nil {
		return res, err
	}
	return res, nil
}

func (s *Sim) transport() string {
	if s.pub != nil {
		return TransportNATS
	}
	return TransportHTTP
}

// publishManifest publishes the signed manifest on its subject and, with a
// relayer URL, waits (until the session opens) for the relayer to show it:
// a manifest the relayer refused would make every message unknown_session.
func (s *Sim) publishManifest(ctx context.Context, sm *deliberation.SignedManifest) error {
	if _, err := s.pub.PublishManifest(ctx, sm); err != nil {
		return fmt.Errorf("%w: %w", ErrRelayer, err)
	}
	if s.cfg.RelayerURL == "" {
		return nil
	}
	id := sm.Manifest.ID()
	until := time.Unix(int64(sm.Manifest.Opens), 0).Add(margin)
	for {
		status, resp, err := s.do(ctx, http.MethodGet, "/sessions/"+id.Hex(), nil)
		if err != nil {
			return err
		}
		if status == http.StatusOK {
			return nil
		}
		if status != http.StatusNotFound || !s.now().Before(until) {
			return fmt.Errorf("%w: the manifest published over nats is not on the relayer (GET session: status %d: %s); is its orchestrator one of the relayer's?",
				ErrRelayer, status, bytes.TrimSpace(resp))
		}
		if err := s.sleep(ctx, s.now().Add(100*time.Millisecond)); err != nil {
			return err
		}
	}
}

// columns returns round r's proposals in column order once the proposal
// phase is over. Over HTTP, and over NATS with a relayer URL, they are read
// from the relayer (over NATS waiting, until a quarter into the vote phase,
// for every proposal the stream acknowledged); over NATS alone they are
// the proposals the stream acknowledged. Over NATS st gets the stored count.
func (s *Sim) columns(ctx context.Context, m *deliberation.Manifest, r uint32, props []*dipmsg.Envelope, sent []bool, st *Stats) ([]dipmsg.SignedProposal, error) {
	if s.pub == nil {
		return s.storedProposals(ctx, m.ID(), r)
	}
	var acked []dipmsg.SignedProposal
	for k, env := range props {
		if sent[k] {
			acked = append(acked, dipmsg.SignedProposal{Message: env.Message.(*dipmsg.Proposal), Sig: env.Sig})
		}
	}
	sort.Slice(acked, func(a, b int) bool { return bytes.Compare(acked[a].Message.Author[:], acked[b].Message.Author[:]) < 0 })
	if s.cfg.RelayerURL == "" {
		return acked, nil
	}
	sched := m.Rounds[r]
	until := time.Unix(int64(sched.ProposeUntil), 0).Add(time.Duration(sched.ClosesAt-sched.ProposeUntil) * time.Second / 4)
	for {
		stored, err := s.storedProposals(ctx, m.ID(), r)
		if err != nil {
			return nil, err
		}
		if len(stored) >= len(acked) || !s.now().Before(until) {
			st.Stored, st.StoredKnown = countOurs(stored, props), true
			if s.progress != nil {
				s.progress(*st)
			}
			return stored, nil
		}
		if err := s.sleep(ctx, s.now().Add(100*time.Millisecond)); err != nil {
			return nil, err
		}
	}
}

func countOurs(stored []dipmsg.SignedProposal, props []*dipmsg.Envelope) int {
	ours := map[dipmsg.Signature]bool{}
	for _, env := range props {
		ours[env.Sig] = true
	}
	n := 0
	for _, p := range stored {
		if ours[p.Sig] {
			n++
		}
	}
	return n
}

// roundCounts is a round of GET /sessions/{id} as the read-back needs it.
type roundCounts struct {
	Round       uint32            `json:"round"`
	Proposals   []json.RawMessage `json:"proposals"`
	Ballots     int               `json:"ballots"`
	Evaluations int               `json:"evaluations"`
}

// readBack, over NATS after the last close, reads what the relayer stored:
// it waits (up to 5 s) until the relayer shows as many evaluations and
// ballots per round as the stream acknowledged, sets every vote phase's
// Stored and returns the last round's stored proposals. unverified is set
// (with res.Unverified) when the relayer stored another number of ballots
// in the last round than were acknowledged: then which ones is unknown and
// the tally is not recounted.
func (s *Sim) readBack(ctx context.Context, m *deliberation.Manifest, res *Result) (props []dipmsg.SignedProposal, unverified bool, err error) {
	want := map[uint32]int{}
	for _, p := range res.Phases {
		if p.Phase == "votes" {
			// A suppressed duplicate is one message in the stream.
			want[p.Round] = p.Accepted - p.Duplicates
		}
	}
	until := s.now().Add(5 * time.Second)
	var rounds []roundCounts
	for {
		status, resp, err := s.do(ctx, http.MethodGet, "/sessions/"+m.ID().Hex(), nil)
		if err != nil {
			return nil, false, err
		}
		if status != http.StatusOK {
			return nil, false, fmt.Errorf("%w: GET session: status %d: %s", ErrRelayer, status, resp)
		}
		var view struct {
			Rounds []roundCounts `json:"rounds"`
		}
		if err := json.Unmarshal(resp, &view); err != nil {
			return nil, false, fmt.Errorf("%w: session: %w", ErrRelayer, err)
		}
		rounds = view.Rounds
		done := true
		for _, rv := range rounds {
			if rv.Ballots+rv.Evaluations < want[rv.Round] {
				done = false
			}
		}
		if done || !s.now().Before(until) {
			break
		}
		if err := s.sleep(ctx, s.now().Add(200*time.Millisecond)); err != nil {
			return nil, false, err
		}
	}
	byRound := map[uint32]roundCounts{}
	for _, rv := range rounds {
		byRound[rv.Round] = rv
	}
	for k := range res.Phases {
		p := &res.Phases[k]
		if p.Phase != "votes" {
			continue
		}
		// Only the simulator's agents take part: what the round holds is theirs.
		rv := byRound[p.Round]
		p.Stored, p.StoredKnown = rv.Ballots+rv.Evaluations, true
		if s.progress != nil {
			s.progress(*p)
		}
	}
	last := byRound[m.LastRound()]
	if props, err = s.storedProposals(ctx, m.ID(), m.LastRound()); err != nil {
		return nil, false, err
	}
	acked := 0
	for _, p := range res.Phases {
		if p.Phase == "votes" && p.Round == m.LastRound() {
			acked = p.Accepted - p.Duplicates
		}
	}
	if last.Ballots+last.Evaluations != acked {
		res.Unverified = fmt.Sprintf("the relayer stored %d evaluations and ballots of round %d, the stream acknowledged %d: which ones is unknown",
			last.Ballots+last.Evaluations, m.LastRound(), acked)
		return props, true, nil
	}
	return props, false, nil
}

// Compare checks the relayer's tally against a recount.
func Compare(t *deliberation.TallyJSON, d *settlement.Deliberation) error {
	diff := func(what string, got, want any) error {
		return fmt.Errorf("%w: %s: relayer %v, recount %v", ErrTallyMismatch, what, got, want)
	}
	if t.BallotCount != d.Tally.BallotCount {
		return diff("ballot count", t.BallotCount, d.Tally.BallotCount)
	}
	if t.Winner != d.Tally.Winner {
		return diff("winner", t.Winner, d.Tally.Winner)
	}
	if t.Root != d.Root.Hex() {
		return diff("root", t.Root, d.Root.Hex())
	}
	if len(t.Sums) != len(d.Tally.Sums) || len(t.Authors) != len(d.Tally.Proposals) {
		return diff("columns", len(t.Sums), len(d.Tally.Sums))
	}
	for j, s := range d.Tally.Sums {
		if t.Sums[j] != s.String() {
			return diff(fmt.Sprintf("sum %d", j), t.Sums[j], s)
		}
		if !strings.EqualFold(t.Authors[j], d.Tally.Proposals[j].Author.Hex()) {
			return diff(fmt.Sprintf("author %d", j), t.Authors[j], d.Tally.Proposals[j].Author.Hex())
		}
	}
	return nil
}

func (s *Sim) rng(round uint32, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(s.cfg.Seed, uint64(round)<<32|stream))
}

// proposals: the first MaxProposals agents each propose a distinct content.
func (s *Sim) proposals(m *deliberation.Manifest, r uint32) []*dipmsg.Envelope {
	n := min(len(s.agents), dipmsg.MaxProposals)
	out := make([]*dipmsg.Envelope, 0, n)
	for i := range n {
		var buf [20]byte
		binary.BigEndian.PutUint64(buf[:8], s.cfg.Seed)
		binary.BigEndian.PutUint32(buf[8:12], r)
		binary.BigEndian.PutUint64(buf[12:], uint64(i))
		a := s.agents[i]
		out = append(out, s.envelope(a, &dipmsg.Proposal{Session: m.ID(), Round: r, Author: a.addr, ContentHash: crypto.Keccak256Hash([]byte("dip-sim"), buf[:])}))
	}
	return out
}

// votes: every agent scores up to evaluationsPerAgent proposals that are not
// its own and casts one quadratic ballot within the credits; votes are in
// column order, proposals sorted by author address.
func (s *Sim) votes(m *deliberation.Manifest, r uint32, props []dipmsg.SignedProposal) []*dipmsg.Envelope {
	var out []*dipmsg.Envelope
	if len(props) == 0 {
		return nil
	}
	for i, a := range s.agents {
		rng := s.rng(r, uint64(i))
		others := make([]int, 0, len(props))
		for j, p := range props {
			if p.Message.Author != a.addr {
				others = append(others, j)
			}
		}
		rng.Shuffle(len(others), func(x, y int) { others[x], others[y] = others[y], others[x] })
		for _, j := range others[:min(evaluationsPerAgent, len(others))] {
			score := rng.Int64N(2*dipmsg.ScoreOne+1) - dipmsg.ScoreOne
			out = append(out, s.envelope(a, &dipmsg.Evaluation{Session: m.ID(), Round: r, Evaluator: a.addr, ContentHash: props[j].Message.ContentHash, Score: score}))
		}
		b := &dipmsg.Ballot{Session: m.ID(), Round: r, Voter: a.addr, Votes: QuadraticVotes(rng, len(props), m.Credits)}
		out = append(out, s.envelope(a, b))
	}
	return out
}

// QuadraticVotes spreads random votes over n columns with sum(v^2) <= credits.
func QuadraticVotes(rng *rand.Rand, n int, credits uint64) []int64 {
	votes := make([]int64, n)
	left := credits
	for _, j := range rng.Perm(n) {
		maxV := int64(math.Sqrt(float64(left)))
		for maxV > 0 && uint64(maxV)*uint64(maxV) > left {
			maxV--
		}
		if maxV == 0 {
			break
		}
		v := rng.Int64N(maxV + 1)
		if rng.IntN(4) == 0 {
			v = -v
		}
		votes[j] = v
		left -= uint64(v * v)
		if rng.IntN(2) == 0 {
			break // most agents back a few proposals only
		}
	}
	return votes
}

func (s *Sim) envelope(a agent, m dipmsg.Message) *dipmsg.Envelope {
	sig, err := dipmsg.SignWithKey(a.key, s.cfg.Domain, m)
	if err != nil {
		// Signing with a valid in-memory key only fails on a malformed
		// message, which the simulator never builds.
		panic(fmt.Sprintf("sim: sign %s: %v", m.TypeName(), err))
	}
	return &dipmsg.Envelope{Domain: s.cfg.Domain, Message: m, Sig: sig}
}

// send posts (over NATS: publishes) envs with cfg.Concurrency workers,
// counts the outcomes and reports which envelopes the relayer accepted
// (over NATS: the stream stored).
func (s *Sim) send(ctx context.Context, r uint32, phase string, envs []*dipmsg.Envelope) (Stats, []bool) {
	st := Stats{Round: r, Phase: phase, Transport: s.transport(), Sent: len(envs)}
	start := s.now()
	var accepted, rejected, duplicates atomic.Int64
	var mu sync.Mutex
	ok := make([]bool, len(envs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range s.cfg.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				env := envs[k]
				if s.pub != nil {
					dup, err := s.pub.PublishMessage(ctx, env)
					if err == nil {
						accepted.Add(1)
						if dup {
							duplicates.Add(1)
						}
						ok[k] = true
						continue
					}
					rejected.Add(1)
					mu.Lock()
					if len(st.Errors) < 5 {
						st.Errors = append(st.Errors, fmt.Sprintf("%s: %v", env.Message.TypeName(), err))
					}
					mu.Unlock()
					continue
				}
				body, err := json.Marshal(env)
				var status int
				var resp []byte
				if err == nil {
					status, resp, err = s.do(ctx, http.MethodPost, "/messages", body)
				}
				if err == nil && (status == http.StatusAccepted || status == http.StatusOK) {
					accepted.Add(1)
					ok[k] = true
					continue
				}
				rejected.Add(1)
				reason := fmt.Sprintf("%s: status %d: %s", env.Message.TypeName(), status, bytes.TrimSpace(resp))
				if err != nil {
					reason = fmt.Sprintf("%s: %v", env.Message.TypeName(), err)
				}
				mu.Lock()
				if len(st.Errors) < 5 {
					st.Errors = append(st.Errors, reason)
				}
				mu.Unlock()
			}
		}()
	}
	for k := range envs {
		jobs <- k
	}
	close(jobs)
	wg.Wait()
	st.Accepted, st.Rejected, st.Duplicates = int(accepted.Load()), int(rejected.Load()), int(duplicates.Load())
	st.Elapsed = s.now().Sub(start)
	if s.progress != nil {
		s.progress(st)
	}
	return st, ok
}

// storedProposals fetches round r's proposals as the relayer stored them, in
// column order (ascending author address).
func (s *Sim) storedProposals(ctx context.Context, id common.Hash, r uint32) ([]dipmsg.SignedProposal, error) {
	status, resp, err := s.do(ctx, http.MethodGet, "/sessions/"+id.Hex(), nil)
	if err != nil {
		return nil, err
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("%w: GET session: status %d: %s", ErrRelayer, status, resp)
	}
	var view struct {
		Rounds []struct {
			Round     uint32            `json:"round"`
			Proposals []json.RawMessage `json:"proposals"`
		} `json:"rounds"`
	}
	if err := json.Unmarshal(resp, &view); err != nil {
		return nil, fmt.Errorf("%w: session: %w", ErrRelayer, err)
	}
	var out []dipmsg.SignedProposal
	for _, rv := range view.Rounds {
		if rv.Round != r {
			continue
		}
		for _, raw := range rv.Proposals {
			env, err := dipmsg.DecodeEnvelope(raw)
			if err != nil {
				return nil, fmt.Errorf("%w: session proposal: %w", ErrRelayer, err)
			}
			p, ok := env.Message.(*dipmsg.Proposal)
			if !ok {
				return nil, fmt.Errorf("%w: session lists a %s as a proposal", ErrRelayer, env.Message.TypeName())
			}
			out = append(out, dipmsg.SignedProposal{Message: p, Sig: env.Sig})
		}
	}
	sort.Slice(out, func(a, b int) bool { return bytes.Compare(out[a].Message.Author[:], out[b].Message.Author[:]) < 0 })
	return out, nil
}

func (s *Sim) do(ctx context.Context, method, path string, body []byte) (int, []byte, error) {
	url := strings.TrimRight(s.cfg.RelayerURL, "/") + deliberation.RoutePrefix + path
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %w", ErrRelayer, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %s %s: %w", ErrRelayer, method, path, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return 0, nil, fmt.Errorf("%w: read %s: %w", ErrRelayer, path, err)
	}
	return resp.StatusCode, out, nil
}
