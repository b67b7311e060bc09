// Package deliberation provides the relayer's deliberation pipeline: a rules
// engine that checks signed session manifests, proposals, evaluations and
// ballots before anything is stored, a durable SQLite session store replayed
// on restart, the HTTP ingest, and the settler that tallies a closed session
// exactly as Settlement recounts it, claims it through the transaction
// manager and finalizes it after the challenge window (docs/deliberation.md).
package deliberation

import (
	"errors"
	"net/http"
)

// Sentinel errors, one per rule. Every rejection wraps exactly one of them;
// the HTTP ingest reports it by its Code.
var (
	// ErrMalformed is returned for input that does not decode (bad JSON,
	// unknown fields, non-canonical numbers, wrong lengths).
	ErrMalformed = errors.New("deliberation: malformed input")
	// ErrTooLarge is returned when a request body exceeds its size limit.
	ErrTooLarge = errors.New("deliberation: body too large")
	// ErrBadManifest is returned for a manifest whose fields break the
	// session rules (no participants, deadlines not increasing, ...).
	ErrBadManifest = errors.New("deliberation: invalid session manifest")
	// ErrUnauthorizedOrchestrator is returned when a manifest is not signed by
	// one of the configured orchestrator keys.
	ErrUnauthorizedOrchestrator = errors.New("deliberation: manifest not signed by an authorized orchestrator")
	// ErrWrongDomain is returned for a message or manifest signed for another
	// chain or Settlement.
	ErrWrongDomain = errors.New("deliberation: signed for another chain or settlement")
	// ErrBadSignature is returned when a signature is malformed, malleable or
	// does not recover to the message's signer.
	ErrBadSignature = errors.New("deliberation: bad signature")
	// ErrSessionExists is returned when another manifest already holds the
	// session id (an identical manifest is accepted again, idempotently).
	ErrSessionExists = errors.New("deliberation: session already exists with another manifest")
	// ErrUnknownSession is returned for a message about a session the relayer
	// has no manifest for.
	ErrUnknownSession = errors.New("deliberation: unknown session")
	// ErrUnknownRound is returned for a round number beyond the manifest's rounds.
	ErrUnknownRound = errors.New("deliberation: unknown round")
	// ErrUnsupportedType is returned for message types a session does not take
	// (PowBatch).
	ErrUnsupportedType = errors.New("deliberation: message type not part of a deliberation")
	// ErrNotParticipant is returned when the signer is not a session participant.
	ErrNotParticipant = errors.New("deliberation: signer is not a participant")
	// ErrRoundNotOpen is returned for a message that arrives before its phase
	// of the round opens (a proposal before the round, a ballot or an
	// evaluation during the proposal phase).
	ErrRoundNotOpen = errors.New("deliberation: phase of the round not open yet")
	// ErrDeadlinePassed is returned for a message that arrives after its
	// phase's deadline.
	ErrDeadlinePassed = errors.New("deliberation: deadline passed")
	// ErrDuplicateProposal is returned for a second proposal of an author in a round.
	ErrDuplicateProposal = errors.New("deliberation: author already proposed in this round")
	// ErrDuplicateContent is returned for a proposal whose content hash another
	// author of the round already proposed.
	ErrDuplicateContent = errors.New("deliberation: content hash already proposed in this round")
	// ErrDuplicateBallot is returned for a second ballot of a voter in a round.
	ErrDuplicateBallot = errors.New("deliberation: voter already voted in this round")
	// ErrDuplicateEvaluation is returned for a second evaluation of one
	// proposal by one evaluator in a round.
	ErrDuplicateEvaluation = errors.New("deliberation: evaluator already evaluated this proposal")
	// ErrUnknownProposal is returned for an evaluation of a content hash no
	// proposal of the round carries.
	ErrUnknownProposal = errors.New("deliberation: no proposal with this content hash in the round")
	// ErrSelfEvaluation is returned when an author evaluates its own proposal.
	ErrSelfEvaluation = errors.New("deliberation: evaluation of one's own proposal")
	// ErrScoreRange is returned for an evaluation score outside [-1e18, 1e18].
	ErrScoreRange = errors.New("deliberation: score out of range")
	// ErrNoProposals is returned for a ballot in a round without proposals.
	ErrNoProposals = errors.New("deliberation: round has no proposals to vote on")
	// ErrBallotLength is returned when a ballot's vote count differs from the
	// round's proposal count.
	ErrBallotLength = errors.New("deliberation: ballot length differs from the proposal count")
	// ErrOverBudget is returned when sum(votes^2) exceeds the voice credits.
	ErrOverBudget = errors.New("deliberation: ballot over the quadratic budget")
	// ErrRateLimited is returned when a signer sends faster than its rate limit.
	ErrRateLimited = errors.New("deliberation: rate limit exceeded")
	// ErrNotClosed is returned when a tally of a round still open is asked for.
	ErrNotClosed = errors.New("deliberation: round not closed yet")
)

// rule describes how a sentinel is reported over HTTP.
type rule struct {
	err    error
	code   string
	status int
}

// rules lists every sentinel with its code and HTTP status, most specific first.
var rules = []rule{
	{ErrMalformed, "malformed", http.StatusBadRequest},
	{ErrTooLarge, "too_large", http.StatusRequestEntityTooLarge},
	{ErrBadManifest, "bad_manifest", http.StatusUnprocessableEntity},
	{ErrUnauthorizedOrchestrator, "unauthorized_orchestrator", http.StatusForbidden},
	{ErrWrongDomain, "wrong_domain", http.StatusForbidden},
	{ErrBadSignature, "bad_signature", http.StatusForbidden},
	{ErrSessionExists, "session_exists", http.StatusConflict},
	{ErrUnknownSession, "unknown_session", http.StatusNotFound},
	{ErrUnknownRound, "unknown_round", http.StatusUnprocessableEntity},
	{ErrUnsupportedType, "unsupported_type", http.StatusUnprocessableEntity},
	{ErrNotParticipant, "not_participant", http.StatusForbidden},
	{ErrRoundNotOpen, "round_not_open", http.StatusConflict},
	{ErrDeadlinePassed, "deadline_passed", http.StatusConflict},
	{ErrDuplicateProposal, "duplicate_proposal", http.StatusConflict},
	{ErrDuplicateContent, "duplicate_content", http.StatusConflict},
	{ErrDuplicateBallot, "duplicate_ballot", http.StatusConflict},
	{ErrDuplicateEvaluation, "duplicate_evaluation", http.StatusConflict},
	{ErrUnknownProposal, "unknown_proposal", http.StatusUnprocessableEntity},
	{ErrSelfEvaluation, "self_evaluation", http.StatusUnprocessableEntity},
	{ErrScoreRange, "score_range", http.StatusUnprocessableEntity},
	{ErrNoProposals, "no_proposals", http.StatusUnprocessableEntity},
	{ErrBallotLength, "ballot_length", http.StatusUnprocessableEntity},
	{ErrOverBudget, "over_budget", http.StatusUnprocessableEntity},
	{ErrRateLimited, "rate_limited", http.StatusTooManyRequests},
	{ErrNotClosed, "not_closed", http.StatusConflict},
}

// Code returns the rule code (e.g. "duplicate_ballot") and HTTP status of
// err, or "internal" and 500 when err wraps no sentinel of this package.
func Code(err error) (string, int) {
	for _, r := range rules {
		if errors.Is(err, r.err) {
			return r.code, r.status
		}
	}
	return "internal", http.StatusInternalServerError
}
