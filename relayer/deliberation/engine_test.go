package deliberation

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
)

func TestManifestCheck(t *testing.T) {
	t.Parallel()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 3)
	cases := []struct {
		name   string
		mutate func(m *Manifest)
	}{
		{"zero target", func(m *Manifest) { m.Target = common.Address{} }},
		{"nil subject", func(m *Manifest) { m.SubjectID = nil }},
		{"negative nonce", func(m *Manifest) { m.Nonce = big.NewInt(-1) }},
		{"zero credits", func(m *Manifest) { m.Credits = 0 }},
		{"no participants", func(m *Manifest) { m.Participants = nil }},
		{"duplicate participant", func(m *Manifest) { m.Participants = append(m.Participants, m.Participants[0]) }},
		{"zero participant", func(m *Manifest) { m.Participants[1] = common.Address{} }},
		{"no rounds", func(m *Manifest) { m.Rounds = nil }},
		{"propose before open", func(m *Manifest) { m.Rounds[0].ProposeUntil = tOpens }},
		{"close before propose", func(m *Manifest) { m.Rounds[1].ClosesAt = tP1 }},
		{"rounds overlap", func(m *Manifest) { m.Rounds[1].ProposeUntil = tC0 - 1 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := *f.man
			m.Participants = append([]common.Address(nil), f.man.Participants...)
			m.Rounds = append([]Round(nil), f.man.Rounds...)
			tc.mutate(&m)
			if err := m.Check(); !errors.Is(err, ErrBadManifest) {
				t.Fatalf("Check() = %v, want ErrBadManifest", err)
			}
		})
	}
	if err := f.man.Check(); err != nil {
		t.Fatalf("valid manifest: %v", err)
	}
}

func TestEngineManifest(t *testing.T) {
	t.Parallel()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 3)
	other := dipmsg.NewDomain(big.NewInt(1), testDomain.VerifyingContract)
	wrongDomain, err := SignManifest(context.Background(), dipmsg.KeySigner{Key: f.orch.key}, other, f.man)
	if err != nil {
		t.Fatal(err)
	}
	stranger, err := SignManifest(context.Background(), dipmsg.KeySigner{Key: f.people[0].key}, testDomain, f.man)
	if err != nil {
		t.Fatal(err)
	}
	tampered := *f.sm
	m2 := *f.man
	m2.Credits = 101
	tampered.Manifest = &m2
	e := f.engine()
	for _, tc := range []struct {
		name string
		sm   *SignedManifest
		want error
	}{
		{"wrong domain", wrongDomain, ErrWrongDomain},
		{"stranger", stranger, ErrUnauthorizedOrchestrator},
		{"tampered", &tampered, ErrUnauthorizedOrchestrator},
	} {
		if _, err := e.CheckManifest(tc.sm); !errors.Is(err, tc.want) {
			t.Errorf("%s: CheckManifest = %v, want %v", tc.name, err, tc.want)
		}
	}
	exists, err := e.CheckManifest(f.sm)
	if err != nil || exists {
		t.Fatalf("CheckManifest(valid) = %v, %v; want new session", exists, err)
	}
	e.AddSession(f.sm)
	if exists, err = e.CheckManifest(f.sm); err != nil || !exists {
		t.Fatalf("CheckManifest(again) = %v, %v; want existing, no error", exists, err)
	}
	// Same session id, another manifest: the orchestrator changed the credits.
	m3 := *f.man
	m3.Credits = 5
	sm3, err := SignManifest(context.Background(), dipmsg.KeySigner{Key: f.orch.key}, testDomain, &m3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.CheckManifest(sm3); !errors.Is(err, ErrSessionExists) {
		t.Fatalf("CheckManifest(conflicting) = %v, want ErrSessionExists", err)
	}
}

// TestEngineRules runs a scripted session: each step sets the clock, offers a
// message and expects a sentinel (nil means accepted and recorded).
func TestEngineRules(t *testing.T) {
	t.Parallel()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 4)
	outsider := parties(90, 1)[0]
	other := dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0xD2"))
	unknownSession := f.sign(f.people[0].key, &dipmsg.Proposal{Session: common.HexToHash("0x01"), Round: 0, Author: f.people[0].addr, ContentHash: content(0)})
	wrongSig := f.proposal(2, 0)
	wrongSig.Sig = f.proposal(1, 0).Sig
	foreignMsg := &dipmsg.Proposal{Session: f.man.ID(), Round: 0, Author: f.people[1].addr, ContentHash: content(1)}
	foreignSig, err := dipmsg.SignWithKey(f.people[1].key, other, foreignMsg)
	if err != nil {
		t.Fatal(err)
	}
	sameContent := f.sign(f.people[3].key, &dipmsg.Proposal{Session: f.man.ID(), Round: 0, Author: f.people[3].addr, ContentHash: content(0)})
	pow := f.sign(f.people[0].key, &dipmsg.PowBatch{Epoch: 1, Miner: f.people[0].addr, Nonces: []uint64{1}, Distances: []uint32{1}})
	steps := []struct {
		name string
		at   int64
		env  *dipmsg.Envelope
		want error
	}{
		{"proposal before open", tOpens - 1, f.proposal(0, 0), ErrRoundNotOpen},
		{"proposal", tOpens, f.proposal(0, 0), nil},
		{"second proposal same author", tOpens + 1, f.sign(f.people[0].key, &dipmsg.Proposal{Session: f.man.ID(), Round: 0, Author: f.people[0].addr, ContentHash: content(9)}), ErrDuplicateProposal},
		{"same content other author", tOpens + 1, sameContent, ErrDuplicateContent},
		{"unknown session", tOpens + 1, unknownSession, ErrUnknownSession},
		{"unknown round", tOpens + 1, f.proposal(1, 2), ErrUnknownRound},
		{"outsider", tOpens + 1, f.sign(outsider.key, &dipmsg.Proposal{Session: f.man.ID(), Round: 0, Author: outsider.addr, ContentHash: content(5)}), ErrNotParticipant},
		{"signature of another message", tOpens + 1, wrongSig, ErrBadSignature},
		{"other settlement", tOpens + 1, &dipmsg.Envelope{Domain: other, Message: foreignMsg, Sig: foreignSig}, ErrWrongDomain},
		{"pow batch", tOpens + 1, pow, ErrUnsupportedType},
		{"ballot during proposals", tOpens + 2, f.ballot(1, 0, 1, 1), ErrRoundNotOpen},
		{"evaluation during proposals", tOpens + 2, f.evaluation(1, 0, 0, 1), ErrRoundNotOpen},
		{"second proposal", tP0 - 1, f.proposal(1, 0), nil},
		{"proposal after deadline", tP0, f.proposal(2, 0), ErrDeadlinePassed},
		{"ballot", tP0, f.ballot(2, 0, 3, -4), nil},
		{"second ballot", tP0 + 1, f.ballot(2, 0, 1, 0), ErrDuplicateBallot},
		{"ballot too short", tP0 + 1, f.ballot(3, 0, 1), ErrBallotLength},
		{"ballot over budget", tP0 + 1, f.ballot(3, 0, 10, 1), ErrOverBudget},
		{"ballot at budget", tP0 + 1, f.ballot(3, 0, 10, 0), nil},
		{"self evaluation", tP0 + 1, f.evaluation(0, 0, 0, 5), ErrSelfEvaluation},
		{"evaluation of unknown content", tP0 + 1, f.evaluation(1, 0, 7, 5), ErrUnknownProposal},
		{"evaluation", tP0 + 1, f.evaluation(1, 0, 0, -dipmsg.ScoreOne), nil},
		{"second evaluation same proposal", tP0 + 1, f.evaluation(1, 0, 0, 3), ErrDuplicateEvaluation},
		{"score out of range", tP0 + 1, &dipmsg.Envelope{Domain: f.domain, Message: &dipmsg.Evaluation{Session: f.man.ID(), Round: 0, Evaluator: f.people[2].addr, ContentHash: content(0), Score: dipmsg.ScoreOne + 1}}, ErrScoreRange},
		{"ballot after close", tC0, f.ballot(1, 0, 1, 1), ErrDeadlinePassed},
		{"round 1 proposal early", tC0 - 1, f.proposal(1, 1), ErrRoundNotOpen},
		{"ballot in empty round", tP1, f.ballot(1, 1, 1), ErrNoProposals},
	}
	e := f.engine()
	e.AddSession(f.sm)
	for _, s := range steps {
		f.clock.Set(s.at)
		err := e.Verify(s.env)
		if err == nil {
			err = e.CheckAndApply(s.env, func() error { return nil })
		}
		if !errors.Is(err, s.want) || (s.want == nil && err != nil) {
			t.Fatalf("%s: got %v, want %v", s.name, err, s.want)
		}
		if code, _ := Code(err); err != nil && code == "internal" {
			t.Fatalf("%s: %v has no rule code", s.name, err)
		}
	}
	v, err := e.Session(f.man.ID())
	if err != nil {
		t.Fatal(err)
	}
	r0 := v.Rounds[0]
	if len(r0.Proposals) != 2 || len(r0.Ballots) != 2 || len(r0.Evaluations) != 1 {
		t.Fatalf("round 0 holds %d proposals, %d ballots, %d evaluations; want 2, 2, 1", len(r0.Proposals), len(r0.Ballots), len(r0.Evaluations))
	}
	if _, err := e.Tally(f.man.ID(), 0); err != nil {
		t.Fatalf("tally of closed round 0: %v", err)
	}
	if _, err := e.Tally(f.man.ID(), 1); !errors.Is(err, ErrNotClosed) {
		t.Fatalf("tally of open round 1: %v, want ErrNotClosed", err)
	}
}
