package deliberation

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/relayer/watcher"
	"github.com/dip-market/dip/settlement"
)

// Verdict is what the watchtower concluded about a claim.
type Verdict string

// Verdicts.
const (
	// VerdictIgnored: not a deliberation claim about a session this relayer
	// holds, or the claim is this relayer's own.
	VerdictIgnored Verdict = "ignored"
	// VerdictAgrees: the claim's root and result equal the local tally.
	VerdictAgrees Verdict = "agrees"
	// VerdictChallenged: a fraud proof was sent and the claim rejected.
	VerdictChallenged Verdict = "challenged"
	// VerdictRequested: the claim's tree differs from the local one; every
	// leaf was requested and Step audits them once revealed.
	VerdictRequested Verdict = "requested"
	// VerdictUnprovable: the claim differs from the local tally but no fraud
	// proof can be built from local data alone (its tree differs, so its
	// leaves must be requested first; or it left ballots out, which the
	// contract cannot judge). Logged for the operator.
	VerdictUnprovable Verdict = "unprovable"
)

// Watchtower recomputes other relayers' deliberation claims from the
// messages this relayer holds and challenges provably wrong ones with
// settlement.Audit evidence, through the transaction manager
// (key delib:<session>:challenge:<claim id>).
type Watchtower struct {
	in     *Ingest
	sender Sender
	claims Claims
	chain  WatchChain
	log    *slog.Logger
}

// NewWatchtower returns a watchtower over in's sessions. With a nil chain it
// only challenges what local data proves and never requests leaves.
func NewWatchtower(in *Ingest, sender Sender, claims Claims, chain WatchChain, log *slog.Logger) *Watchtower {
	if log == nil {
		log = slog.Default()
	}
	return &Watchtower{in: in, sender: sender, claims: claims, chain: chain, log: log}
}

// ChallengeKey is the idempotency key of a challenge against a claim.
func ChallengeKey(session common.Hash, claimID fmt.Stringer) string {
	return fmt.Sprintf("delib:%s:challenge:%s", session.Hex(), claimID)
}

// Inspect judges one ClaimSubmitted event.
func (w *Watchtower) Inspect(ctx context.Context, sub *settlement.Submitted) (Verdict, error) {
	v, err := w.inspect(ctx, sub)
	if err == nil {
		w.in.Metrics.RecordVerdict(v)
	}
	return v, err
}

func (w *Watchtower) inspect(ctx context.Context, sub *settlement.Submitted) (Verdict, error) {
	if settlement.ClaimKind(sub.Kind) != settlement.KindDeliberation || sub.Relayer == w.sender.Account() {
		return VerdictIgnored, nil
	}
	t, err := settlement.DecodeTally(sub.Result)
	if err != nil {
		// Submit rejects undecodable results, so this cannot be on chain.
		return VerdictIgnored, nil
	}
	sid := dipmsg.SessionID(sub.Target, sub.SubjectId, t.SessionNonce)
	v, err := w.in.Engine.Session(sid)
	if errors.Is(err, ErrUnknownSession) {
		return VerdictIgnored, nil
	}
	if err != nil {
		return "", err
	}
	sess := v.Manifest.Manifest.Settlement(w.in.Engine.Domain(), t.Round)
	log := w.log.With("session_id", sid.Hex(), "claim_id", sub.ClaimId.String(), "relayer", sub.Relayer.Hex())
	// Proposal signatures need no leaves.
	claimed, err := settlement.Assemble(t, nil)
	if err != nil {
		return "", err
	}
	if f := settlement.Audit(sess, claimed); f != nil && f.Evidence == settlement.EvidenceProposal {
		return w.challenge(ctx, sid, sub, claimed, f, log)
	}
	// A claim may come before the round closed here (the contract does not
	// check the deadlines): judge it against the messages stored so far,
	// or an early wrong claim would never be looked at again.
	ours, err := w.in.Engine.TallySoFar(sid, t.Round)
	if err != nil {
		log.Warn("watchtower cannot tally the claimed round", "round", t.Round, "err", err)
		return VerdictUnprovable, nil
	}
	if ours.Root == common.Hash(sub.Root) && bytes.Equal(ours.Result, sub.Result) {
		return VerdictAgrees, nil
	}
	if ours.Root == common.Hash(sub.Root) {
		// Same tree, other result: our leaves are the claim's leaves, and the
		// claimed sums or lengths contradict them.
		d, err := settlement.Assemble(t, ours.Leaves)
		if err != nil {
			return "", err
		}
		if f := settlement.Audit(sess, d); f != nil && f.Evidence != settlement.EvidenceMissing {
			return w.challenge(ctx, sid, sub, d, f, log)
		}
	}
	if w.chain != nil && t.BallotCount > 0 && t.BallotCount <= MaxLeafRequests && sub.Raw != nil {
		return w.requestLeaves(ctx, sid, sub, t, log)
	}
	log.Warn("claim differs from the local tally and cannot be proven wrong from local data",
		"claimed_root", common.Hash(sub.Root).Hex(), "local_root", ours.Root.Hex(),
		"claimed_ballots", t.BallotCount, "local_ballots", ours.Tally.BallotCount)
	return VerdictUnprovable, nil
}

func (w *Watchtower) challenge(ctx context.Context, sid common.Hash, sub *settlement.Submitted, d *settlement.Deliberation, f *settlement.Finding, log *slog.Logger) (Verdict, error) {
	data, err := challengeData(sub, d, f)
	if err != nil {
		return "", err
	}
	return w.sendChallenge(ctx, sid, sub, data, f, log)
}

func (w *Watchtower) sendChallenge(ctx context.Context, sid common.Hash, sub *settlement.Submitted, data []byte, f *settlement.Finding, log *slog.Logger) (Verdict, error) {
	to := w.claims.Address()
	key := ChallengeKey(sid, sub.ClaimId)
	log.Warn("challenging a wrong deliberation claim", "finding", f.String(), "intent_key", key)
	if _, err := w.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: data}); err != nil {
		return "", fmt.Errorf("deliberation: submit challenge of claim %s: %w", sub.ClaimId, err)
	}
	res, err := w.sender.Wait(ctx, key)
	if err != nil {
		return "", fmt.Errorf("deliberation: challenge of claim %s (%s): %w", sub.ClaimId, res.Reason, err)
	}
	c, err := w.claims.Claim(ctx, sub.ClaimId)
	if err != nil {
		return "", err
	}
	if c.Status != settlement.StatusRejected {
		return "", fmt.Errorf("deliberation: challenge of claim %s mined but the claim is %s", sub.ClaimId, c.Status)
	}
	log.Info("wrong deliberation claim rejected", "tx_hash", res.TxHash.Hex())
	return VerdictChallenged, nil
}

func challengeData(sub *settlement.Submitted, d *settlement.Deliberation, f *settlement.Finding) ([]byte, error) {
	return challengeDataWith(sub, d, f, d.Proof)
}

// challengeDataWith packs the challenge of finding f with proofs from proofOf
// (positions in d.Leaves).
func challengeDataWith(sub *settlement.Submitted, d *settlement.Deliberation, f *settlement.Finding, proofOf func(int) ([]common.Hash, error)) ([]byte, error) {
	proof := func(i int) ([][32]byte, error) {
		p, err := proofOf(i)
		if err != nil {
			return nil, err
		}
		out := make([][32]byte, len(p))
		for k := range p {
			out[k] = p[k]
		}
		return out, nil
	}
	id := sub.ClaimId
	switch f.Evidence {
	case settlement.EvidenceProposal:
		return sbind.PackChallengeProposal(id, sub.Result, f.Proposal), nil
	case settlement.EvidenceBallot:
		p, err := proof(f.A)
		if err != nil {
			return nil, err
		}
		return sbind.PackChallengeBallot(id, sub.Result, settlement.BallotLeaf(&d.Leaves[f.A]), p), nil
	case settlement.EvidenceStep, settlement.EvidenceDuplicate:
		pa, err := proof(f.A)
		if err != nil {
			return nil, err
		}
		pb, err := proof(f.B)
		if err != nil {
			return nil, err
		}
		a, b := settlement.BallotLeaf(&d.Leaves[f.A]), settlement.BallotLeaf(&d.Leaves[f.B])
		if f.Evidence == settlement.EvidenceStep {
			return sbind.PackChallengeStep(id, sub.Result, a, pa, b, pb), nil
		}
		return sbind.PackChallengeDuplicate(id, a, pa, b, pb), nil
	}
	return nil, fmt.Errorf("deliberation: %s cannot be proven by a challenge", f)
}

// HandleBatch implements watcher.Handler: it inspects every ClaimSubmitted
// event of the batch, and every BatchSubmitted event (InspectBatch), in log
// order. Inspection is idempotent (challenge intents have keys), so a batch
// redelivered after a crash is harmless.
func (w *Watchtower) HandleBatch(ctx context.Context, b watcher.Batch) error {
	for i := range b.Events {
		if l := &b.Events[i].Log; len(l.Topics) > 0 && l.Topics[0] == settlement.BatchSubmittedTopic {
			ev, err := settlement.UnpackBatchSubmitted(l)
			if err != nil {
				continue
			}
			if _, err := w.InspectBatch(ctx, ev); err != nil {
				return err
			}
			continue
		}
		sub, err := sbind.UnpackClaimSubmittedEvent(&b.Events[i].Log)
		if err != nil {
			continue
		}
		if _, err := w.Inspect(ctx, sub); err != nil {
			return err
		}
	}
	return nil
}

// HandleReorg implements watcher.Handler; challenges are keyed by claim id
// and re-checked against the chain, so a reorg needs no undo.
func (w *Watchtower) HandleReorg(context.Context, watcher.Reorg) error { return nil }

var _ watcher.Handler = (*Watchtower)(nil)
