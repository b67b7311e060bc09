package deliberation

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/settlement"
)

// Ingest is the engine backed by the store: a message is checked, committed
// and only then recorded and acknowledged.
type Ingest struct {
	Engine *Engine
	Store  *Store
	// Metrics counts messages and settlement states (NoopMetrics by default).
	Metrics Metricer
	// CatchUp, when set (the pipeline sets its NATS consumer), must report
	// a round's close caught up before GET …/tally answers it.
	CatchUp CatchUp
}

// Tally is Engine.Tally that, with a CatchUp, also answers ErrNotClosed
// while messages stored before the round's close may still be admitted.
func (in *Ingest) Tally(ctx context.Context, id common.Hash, r uint32) (*settlement.Deliberation, error) {
	d, err := in.Engine.Tally(id, r)
	if err != nil || in.CatchUp == nil {
		return d, err
	}
	v, err := in.Engine.Session(id)
	if err != nil {
		return nil, err
	}
	closes := v.Rounds[r].ClosesAt
	ok, err := in.CatchUp.CaughtUp(ctx, closes)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%w: round %d closed at %d, but whether the nats consumer caught up is unknown: %w", ErrNotClosed, r, closes, err)
	case !ok:
		return nil, fmt.Errorf("%w: round %d closed at %d; the nats consumer is still ingesting messages stored before the close", ErrNotClosed, r, closes)
	}
	// Built again: a message admitted between the first build and the
	// check is in it.
	return in.Engine.Tally(id, r)
}

// NewIngest replays the store into the engine (manifests, then messages in
// arrival order) and returns the ingest. Replay re-verifies every signature
// and re-applies every rule except the deadlines, which held when the
// message was stored.
func NewIngest(ctx context.Context, e *Engine, st *Store) (*Ingest, error) {
	err := st.Replay(ctx, func(sm *SignedManifest) error {
		if _, err := e.CheckManifest(sm); err != nil {
			return fmt.Errorf("deliberation: replay session %s: %w", sm.Manifest.ID().Hex(), err)
		}
		e.AddSession(sm)
		return nil
	}, func(env *dipmsg.Envelope) error {
		if err := e.Verify(env); err != nil {
			return err
		}
		return e.Apply(env, false)
	})
	if err != nil {
		return nil, err
	}
	// A session whose tally the settler recorded stays sealed across
	// restarts: a message arriving late (e.g. redelivered by a new NATS
	// consumer) must not change what was claimed.
	for _, id := range e.Sessions() {
		rec, err := st.GetRecord(ctx, id)
		if err != nil {
			return nil, err
		}
		if rec != nil {
			e.Seal(id)
		}
	}
	return &Ingest{Engine: e, Store: st, Metrics: NoopMetrics{}}, nil
}

// AddSession checks and stores a signed manifest. It reports whether the
// session existed already with this very manifest (an idempotent retry).
func (in *Ingest) AddSession(ctx context.Context, sm *SignedManifest) (existed bool, err error) {
	existed, err = in.Engine.CheckManifest(sm)
	if err != nil || existed {
		return existed, err
	}
	if err := in.Store.AddSession(ctx, sm); err != nil {
		return false, err
	}
	in.Engine.AddSession(sm)
	return false, nil
}

// Accept verifies, checks, durably stores and records a message. A message
// already stored with the same signature is a replay of an acknowledged
// message: it reports duplicate = true and no error, so clients may retry
// after a lost response. Every refusal wraps one rule's sentinel.
func (in *Ingest) Accept(ctx context.Context, env *dipmsg.Envelope) (duplicate bool, err error) {
	if err := in.Engine.Verify(env); err != nil {
		return false, err
	}
	return in.AcceptVerified(ctx, env)
}

// AcceptVerified is Accept for an envelope Engine.Verify already passed.
func (in *Ingest) AcceptVerified(ctx context.Context, env *dipmsg.Envelope) (duplicate bool, err error) {
	return in.AcceptVerifiedAt(ctx, env, time.Time{})
}

// AcceptVerifiedAt is AcceptVerified with the phase deadlines judged at
// arrival instead of the engine clock (Engine.ReserveAt); the NATS consumer
// passes the stream timestamp. A zero arrival means the engine clock.
func (in *Ingest) AcceptVerifiedAt(ctx context.Context, env *dipmsg.Envelope, arrival time.Time) (duplicate bool, err error) {
	duplicate, err = in.acceptVerified(ctx, env, arrival)
	result := "stored"
	switch {
	case err != nil:
		result, _ = Code(err)
	case duplicate:
		result = "duplicate"
	}
	in.Metrics.RecordMessage(env.Message.TypeName(), result)
	return duplicate, err
}

func (in *Ingest) acceptVerified(ctx context.Context, env *dipmsg.Envelope, arrival time.Time) (duplicate bool, err error) {
	err = in.Engine.CheckAndApplyAt(env, arrival, func() error { return in.Store.AddMessage(ctx, env) })
	if err == nil {
		return false, nil
	}
	if isDuplicateRule(err) {
		if same, herr := in.Store.HasDigest(ctx, env); herr == nil && same {
			return true, nil
		}
	}
	return false, err
}

func isDuplicateRule(err error) bool {
	return errors.Is(err, ErrDuplicateProposal) || errors.Is(err, ErrDuplicateBallot) ||
		errors.Is(err, ErrDuplicateEvaluation) || errors.Is(err, ErrDuplicateContent)
}
