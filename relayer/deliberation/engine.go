package deliberation

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/settlement"
)

// Engine holds the sessions and the messages accepted so far and applies the
// session rules. It is pure: no I/O, time comes from the injected clock. The
// zero value is not usable; create it with NewEngine. Safe for concurrent use.
type Engine struct {
	domain        dipmsg.Domain
	orchestrators map[common.Address]bool
	now           func() time.Time

	mu       sync.RWMutex
	sessions map[common.Hash]*session
	// pending holds the slots of messages reserved but not yet committed:
	// they take their slot for the checks but are not shown or tallied.
	pending map[string]bool
	// sealed holds the sessions whose tally the settler recorded: no
	// message is admitted for them any more (Seal).
	sealed map[common.Hash]bool
}

// session is a manifest and the messages accepted for it.
type session struct {
	signed *SignedManifest
	id     common.Hash
	member map[common.Address]bool
	rounds []*roundState
}

type roundState struct {
	proposals map[common.Address]dipmsg.SignedProposal
	byContent map[common.Hash]common.Address
	evals     map[[2]common.Hash]dipmsg.SignedEvaluation
	ballots   map[common.Address]dipmsg.SignedBallot
}

// NewEngine returns an engine for the Settlement domain d that accepts
// manifests signed by one of orchestrators; now is the clock deadlines are
// checked against.
func NewEngine(d dipmsg.Domain, orchestrators []common.Address, now func() time.Time) *Engine {
	o := make(map[common.Address]bool, len(orchestrators))
	for _, a := range orchestrators {
		o[a] = true
	}
	if now == nil {
		now = time.Now
	}
	return &Engine{domain: d, orchestrators: o, now: now, sessions: map[common.Hash]*session{}, pending: map[string]bool{}, sealed: map[common.Hash]bool{}}
}

// Domain returns the engine's Settlement domain.
func (e *Engine) Domain() dipmsg.Domain { return e.domain }

// Now returns the engine clock's time.
func (e *Engine) Now() time.Time { return e.now() }

// CheckManifest verifies a manifest's domain, fields and orchestrator
// signature, and that its session id is free or holds the same manifest.
// It reports whether the session already exists with this manifest.
func (e *Engine) CheckManifest(sm *SignedManifest) (exists bool, err error) {
	who, err := sm.Orchestrator(e.domain)
	if err != nil {
		return false, err
	}
	if !e.orchestrators[who] {
		return false, fmt.Errorf("%w: signed by %s", ErrUnauthorizedOrchestrator, who.Hex())
	}
	e.mu.RLock()
	defer e.mu.RUnlock()
	if s, ok := e.sessions[sm.Manifest.ID()]; ok {
		if s.signed.Manifest.StructHash() == sm.Manifest.StructHash() {
			return true, nil
		}
		return false, fmt.Errorf("%w: %s", ErrSessionExists, sm.Manifest.ID().Hex())
	}
	return false, nil
}

// AddSession records a checked manifest (CheckManifest first).
func (e *Engine) AddSession(sm *SignedManifest) {
	m := sm.Manifest
	s := &session{signed: sm, id: m.ID(), member: make(map[common.Address]bool, len(m.Participants))}
	for _, p := range m.Participants {
		s.member[p] = true
	}
	for range m.Rounds {
		s.rounds = append(s.rounds, &roundState{
			proposals: map[common.Address]dipmsg.SignedProposal{},
			byContent: map[common.Hash]common.Address{},
			evals:     map[[2]common.Hash]dipmsg.SignedEvaluation{},
			ballots:   map[common.Address]dipmsg.SignedBallot{},
		})
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, ok := e.sessions[s.id]; !ok {
		e.sessions[s.id] = s
	}
}

// Verify checks an envelope's domain and signature (no session state). It
// is the expensive part of a check and needs no lock.
func (e *Engine) Verify(env *dipmsg.Envelope) error {
	if env.Domain.ChainID == nil || env.Domain.ChainID.Cmp(e.domain.ChainID) != 0 || env.Domain.VerifyingContract != e.domain.VerifyingContract {
		return fmt.Errorf("%w: %s signed for settlement %s on chain %v, want %s on chain %s", ErrWrongDomain,
			env.Message.TypeName(), env.Domain.VerifyingContract.Hex(), env.Domain.ChainID, e.domain.VerifyingContract.Hex(), e.domain.ChainID)
	}
	if err := env.Message.Check(); err != nil {
		if ev, ok := env.Message.(*dipmsg.Evaluation); ok && (ev.Score < -dipmsg.ScoreOne || ev.Score > dipmsg.ScoreOne) {
			return fmt.Errorf("%w: %d", ErrScoreRange, ev.Score)
		}
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := dipmsg.Verify(e.domain, env.Message, env.Sig); err != nil {
		return fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return nil
}

// Slot names the unique place a message takes in its session: a second
// message for the same slot is a duplicate. Slots are stored with a UNIQUE
// constraint as a backstop to the engine's checks.
func Slot(m dipmsg.Message) string {
	switch m := m.(type) {
	case *dipmsg.Proposal:
		return fmt.Sprintf("proposal/%s/%d/%s", m.Session.Hex(), m.Round, m.Author.Hex())
	case *dipmsg.Ballot:
		return fmt.Sprintf("ballot/%s/%d/%s", m.Session.Hex(), m.Round, m.Voter.Hex())
	case *dipmsg.Evaluation:
		return fmt.Sprintf("evaluation/%s/%d/%s/%s", m.Session.Hex(), m.Round, m.Evaluator.Hex(), m.ContentHash.Hex())
	}
	return ""
}

// Check applies the session rules to a verified message at the engine's
// current time: session, round, membership, phase deadlines, uniqueness,
// self-evaluation, ballot length and quadratic budget. It does not record
// the message (Apply does, once it is stored).
func (e *Engine) Check(env *dipmsg.Envelope) error {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.check(env.Message, uint64(e.now().Unix()), true)
}

func (e *Engine) check(msg dipmsg.Message, now uint64, timed bool) error {
	var sid common.Hash
	var round uint32
	switch m := msg.(type) {
	case *dipmsg.Proposal:
		sid, round = m.Session, m.Round
	case *dipmsg.Ballot:
		sid, round = m.Session, m.Round
	case *dipmsg.Evaluation:
		sid, round = m.Session, m.Round
	default:
		return fmt.Errorf("%w: %s", ErrUnsupportedType, msg.TypeName())
	}
	s, ok := e.sessions[sid]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownSession, sid.Hex())
	}
	man := s.signed.Manifest
	if int(round) >= len(man.Rounds) {
		return fmt.Errorf("%w: round %d of a %d-round session", ErrUnknownRound, round, len(man.Rounds))
	}
	if !s.member[msg.Signer()] {
		return fmt.Errorf("%w: %s", ErrNotParticipant, msg.Signer().Hex())
	}
	if timed && e.sealed[sid] {
		return fmt.Errorf("%w: session %s is sealed: its tally was recorded for settlement", ErrDeadlinePassed, sid.Hex())
	}
	rs, sched := s.rounds[round], man.Rounds[round]
	phase := func(from, until uint64, what string) error {
		if !timed {
			return nil
		}
		if now < from {
			return fmt.Errorf("%w: %s of round %d accepted from %d, now %d", ErrRoundNotOpen, what, round, from, now)
		}
		if now >= until {
			return fmt.Errorf("%w: %s of round %d accepted until %d, now %d", ErrDeadlinePassed, what, round, until, now)
		}
		return nil
	}
	switch m := msg.(type) {
	case *dipmsg.Proposal:
		if err := phase(man.RoundOpens(round), sched.ProposeUntil, "proposals"); err != nil {
			return err
		}
		if _, dup := rs.proposals[m.Author]; dup {
			return fmt.Errorf("%w: %s in round %d", ErrDuplicateProposal, m.Author.Hex(), round)
		}
		if a, dup := rs.byContent[m.ContentHash]; dup {
			return fmt.Errorf("%w: %s already proposed %s", ErrDuplicateContent, a.Hex(), m.ContentHash.Hex())
		}
	case *dipmsg.Evaluation:
		if err := phase(sched.ProposeUntil, sched.ClosesAt, "evaluations"); err != nil {
			return err
		}
		if m.Score < -dipmsg.ScoreOne || m.Score > dipmsg.ScoreOne {
			return fmt.Errorf("%w: %d", ErrScoreRange, m.Score)
		}
		author, ok := rs.byContent[m.ContentHash]
		if !ok {
			return fmt.Errorf("%w: %s", ErrUnknownProposal, m.ContentHash.Hex())
		}
		if author == m.Evaluator {
			return fmt.Errorf("%w: %s evaluated %s", ErrSelfEvaluation, m.Evaluator.Hex(), m.ContentHash.Hex())
		}
		if _, dup := rs.evals[evalKey(m)]; dup {
			return fmt.Errorf("%w: %s on %s", ErrDuplicateEvaluation, m.Evaluator.Hex(), m.ContentHash.Hex())
		}
	case *dipmsg.Ballot:
		if err := phase(sched.ProposeUntil, sched.ClosesAt, "ballots"); err != nil {
			return err
		}
		if _, dup := rs.ballots[m.Voter]; dup {
			return fmt.Errorf("%w: %s in round %d", ErrDuplicateBallot, m.Voter.Hex(), round)
		}
		if len(rs.proposals) == 0 {
			return fmt.Errorf("%w: round %d", ErrNoProposals, round)
		}
		if len(m.Votes) != len(rs.proposals) {
			return fmt.Errorf("%w: %d votes for %d proposals", ErrBallotLength, len(m.Votes), len(rs.proposals))
		}
		if sq := m.Squares(); !sq.IsUint64() || sq.Uint64() > man.Credits {
			return fmt.Errorf("%w: %s spends %s of %d credits", ErrOverBudget, m.Voter.Hex(), sq, man.Credits)
		}
	}
	return nil
}

func evalKey(m *dipmsg.Evaluation) [2]common.Hash {
	return [2]common.Hash{common.BytesToHash(m.Evaluator[:]), m.ContentHash}
}

// Apply records a stored message. Replay calls it without the clock (the
// message was on time when it was stored); it re-checks everything else.
func (e *Engine) Apply(env *dipmsg.Envelope, timed bool) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.applyLocked(env, timed)
}

func (e *Engine) applyLocked(env *dipmsg.Envelope, timed bool) error {
	if err := e.check(env.Message, uint64(e.now().Unix()), timed); err != nil {
		return err
	}
	e.record(env)
	return nil
}

// record adds a checked message to its round.
func (e *Engine) record(env *dipmsg.Envelope) {
	switch m := env.Message.(type) {
	case *dipmsg.Proposal:
		rs := e.sessions[m.Session].rounds[m.Round]
		rs.proposals[m.Author] = dipmsg.SignedProposal{Message: m, Sig: env.Sig}
		rs.byContent[m.ContentHash] = m.Author
	case *dipmsg.Evaluation:
		e.sessions[m.Session].rounds[m.Round].evals[evalKey(m)] = dipmsg.SignedEvaluation{Message: m, Sig: env.Sig}
	case *dipmsg.Ballot:
		e.sessions[m.Session].rounds[m.Round].ballots[m.Voter] = dipmsg.SignedBallot{Message: m, Sig: env.Sig}
	}
}

// Reserve checks a verified message at the engine's current time and, if it
// passes, takes its slot as pending: later messages for the slot are
// refused, but views and tallies do not show it until Commit. Exactly one
// of Commit or Release must follow. Reserving lets many messages wait for
// one group commit of the store without holding the engine lock.
func (e *Engine) Reserve(env *dipmsg.Envelope) error {
	return e.reserve(env, time.Time{})
}

// ReserveAt is Reserve with the phase deadlines judged at arrival instead
// of the engine clock: the NATS consumer passes the JetStream stream
// timestamp of the message (when the server stored it), so a message
// published on time is admitted even if it is consumed after its deadline.
// A zero arrival means the engine clock.
func (e *Engine) ReserveAt(env *dipmsg.Envelope, arrival time.Time) error {
	return e.reserve(env, arrival)
}

func (e *Engine) reserve(env *dipmsg.Envelope, arrival time.Time) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if arrival.IsZero() {
		arrival = e.now()
	}
	if err := e.check(env.Message, uint64(arrival.Unix()), true); err != nil {
		return err
	}
	e.record(env)
	e.pending[Slot(env.Message)] = true
	return nil
}

// Seal stops admitting messages for session id (they are refused as
// ErrDeadlinePassed), also messages whose arrival was on time: the settler
// seals a session when it records the tally it will claim, so that the
// tally cannot change afterwards. Replay (Apply untimed) is not affected.
func (e *Engine) Seal(id common.Hash) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.sealed[id] = true
}

// Sealed reports whether session id is sealed.
func (e *Engine) Sealed(id common.Hash) bool {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.sealed[id]
}

// Commit makes a reserved message visible once it is durable.
func (e *Engine) Commit(env *dipmsg.Envelope) {
	e.mu.Lock()
	defer e.mu.Unlock()
	delete(e.pending, Slot(env.Message))
}

// Release frees the slot of a reserved message whose store commit failed.
func (e *Engine) Release(env *dipmsg.Envelope) {
	e.mu.Lock()
	defer e.mu.Unlock()
	slot := Slot(env.Message)
	if !e.pending[slot] {
		return
	}
	delete(e.pending, slot)
	switch m := env.Message.(type) {
	case *dipmsg.Proposal:
		rs := e.sessions[m.Session].rounds[m.Round]
		delete(rs.proposals, m.Author)
		delete(rs.byContent, m.ContentHash)
	case *dipmsg.Evaluation:
		delete(e.sessions[m.Session].rounds[m.Round].evals, evalKey(m))
	case *dipmsg.Ballot:
		delete(e.sessions[m.Session].rounds[m.Round].ballots, m.Voter)
	}
}

// CheckAndApply reserves a message, runs commit, and commits or releases
// it: the message is visible only once commit succeeded.
func (e *Engine) CheckAndApply(env *dipmsg.Envelope, commit func() error) error {
	return e.CheckAndApplyAt(env, time.Time{}, commit)
}

// CheckAndApplyAt is CheckAndApply with the deadlines judged at arrival
// (ReserveAt; zero: the engine clock).
func (e *Engine) CheckAndApplyAt(env *dipmsg.Envelope, arrival time.Time, commit func() error) error {
	if err := e.ReserveAt(env, arrival); err != nil {
		return err
	}
	if err := commit(); err != nil {
		e.Release(env)
		return err
	}
	e.Commit(env)
	return nil
}

// RoundView is a snapshot of one round.
type RoundView struct {
	Round        uint32
	Opens        uint64
	ProposeUntil uint64
	ClosesAt     uint64
	// Proposals in column order: ascending author address. Ballots' votes
	// follow this order.
	Proposals   []dipmsg.SignedProposal
	Ballots     []dipmsg.SignedBallot
	Evaluations []dipmsg.SignedEvaluation
}

// SessionView is a snapshot of a session.
type SessionView struct {
	ID       common.Hash
	Manifest *SignedManifest
	Rounds   []RoundView
}

// Session returns a snapshot of session id.
func (e *Engine) Session(id common.Hash) (*SessionView, error) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	s, ok := e.sessions[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownSession, id.Hex())
	}
	m := s.signed.Manifest
	v := &SessionView{ID: id, Manifest: s.signed}
	for i, rs := range s.rounds {
		r := RoundView{Round: uint32(i), Opens: m.RoundOpens(uint32(i)), ProposeUntil: m.Rounds[i].ProposeUntil, ClosesAt: m.Rounds[i].ClosesAt}
		for _, p := range rs.proposals {
			if !e.pending[Slot(p.Message)] {
				r.Proposals = append(r.Proposals, p)
			}
		}
		sort.Slice(r.Proposals, func(a, b int) bool {
			return bytes.Compare(r.Proposals[a].Message.Author[:], r.Proposals[b].Message.Author[:]) < 0
		})
		for _, b := range rs.ballots {
			if !e.pending[Slot(b.Message)] {
				r.Ballots = append(r.Ballots, b)
			}
		}
		sort.Slice(r.Ballots, func(a, b int) bool {
			return bytes.Compare(r.Ballots[a].Message.Voter[:], r.Ballots[b].Message.Voter[:]) < 0
		})
		for _, ev := range rs.evals {
			if !e.pending[Slot(ev.Message)] {
				r.Evaluations = append(r.Evaluations, ev)
			}
		}
		sort.Slice(r.Evaluations, func(a, b int) bool {
			x, y := r.Evaluations[a].Message, r.Evaluations[b].Message
			if c := bytes.Compare(x.Evaluator[:], y.Evaluator[:]); c != 0 {
				return c < 0
			}
			return bytes.Compare(x.ContentHash[:], y.ContentHash[:]) < 0
		})
		v.Rounds = append(v.Rounds, r)
	}
	return v, nil
}

// Sessions returns the ids of every session.
func (e *Engine) Sessions() []common.Hash {
	e.mu.RLock()
	defer e.mu.RUnlock()
	ids := make([]common.Hash, 0, len(e.sessions))
	for id := range e.sessions {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return bytes.Compare(ids[a][:], ids[b][:]) < 0 })
	return ids
}

// Tally builds round r of session id with settlement.Build, exactly as the
// contract recounts it, once the round has closed (ErrNotClosed before).
// A round without proposals has no tally (ErrNoProposals).
func (e *Engine) Tally(id common.Hash, r uint32) (*settlement.Deliberation, error) {
	return e.tally(id, r, true)
}

// TallySoFar is Tally of the messages stored so far, also while the round
// is open. The watchtower judges claims submitted before the round closed
// with it: the contract does not stop a relayer from claiming early.
func (e *Engine) TallySoFar(id common.Hash, r uint32) (*settlement.Deliberation, error) {
	return e.tally(id, r, false)
}

func (e *Engine) tally(id common.Hash, r uint32, closed bool) (*settlement.Deliberation, error) {
	v, err := e.Session(id)
	if err != nil {
		return nil, err
	}
	if int(r) >= len(v.Rounds) {
		return nil, fmt.Errorf("%w: round %d", ErrUnknownRound, r)
	}
	rv := v.Rounds[r]
	if now := uint64(e.now().Unix()); closed && now < rv.ClosesAt {
		return nil, fmt.Errorf("%w: round %d closes at %d, now %d", ErrNotClosed, r, rv.ClosesAt, now)
	}
	if len(rv.Proposals) == 0 {
		return nil, fmt.Errorf("%w: round %d", ErrNoProposals, r)
	}
	return settlement.Build(v.Manifest.Manifest.Settlement(e.domain, r), rv.Proposals, rv.Ballots)
}
