package powepochs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	settlementbind "github.com/dip-market/dip/bindings/settlement"
	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

// Sender sends intents with idempotency keys (txmgr.Sender; *txmgr.Manager
// satisfies it).
type Sender = txmgr.Sender

// Claims reads Settlement state; *settlement.Settlement satisfies it.
type Claims interface {
	Address() common.Address
	SubjectClaim(ctx context.Context, target common.Address, subjectID *big.Int) (*big.Int, error)
	Claim(ctx context.Context, id *big.Int) (*settlement.Claim, error)
	SampleIndex(ctx context.Context, id *big.Int, slot uint8) (uint32, error)
}

// Competitions reads the ladder; *acip.Ladder satisfies it.
type Competitions interface {
	EntryReader
	Competition(ctx context.Context, id *big.Int) (acip.Competition, error)
}

var (
	_     Sender       = (*txmgr.Manager)(nil)
	_     Claims       = (*settlement.Settlement)(nil)
	_     Competitions = (*acip.Ladder)(nil)
	sbind              = settlementbind.NewSettlement()
)

// Settler drives every epoch from the mining end to a finalized claim:
// fix the leaves (revealed entrants only) -> submit -> draw -> answer each
// sample with a proof -> finalize in the ladder's resolution phase. Each
// state is stored before the intent it leads to and every intent has an
// idempotency key, so a restart resumes without double-sending.
type Settler struct {
	in     *Ingest
	sender Sender
	claims Claims
	ladder Competitions
	target common.Address // the ladder: claims' target
	head   HeadReader
	keys   func() (*Keys, error)
	// newProver, when set (tests), replaces the Groth16 prover built from keys.
	newProver func(p pow.Params) (pow.NonceProver, error)
	log       *slog.Logger
	metrics   Metricer

	mu     sync.Mutex
	built  map[uint64]*pow.EpochClaim
	proofs map[uint64]map[uint32][]byte
}

// key is an intent's idempotency key.
func (s *Settler) key(epoch uint64, op string) string {
	return fmt.Sprintf("%s/%s/%d/%s", PipelineName, s.claims.Address().Hex(), epoch, op)
}

// Step advances every epoch by what the chain allows now.
func (s *Settler) Step(ctx context.Context) error {
	var errs []error
	for _, id := range s.in.epochIDs() {
		if err := s.Advance(ctx, id); err != nil {
			errs = append(errs, fmt.Errorf("epoch %d: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

// Advance moves one epoch forward, possibly through several states.
func (s *Settler) Advance(ctx context.Context, epoch uint64) error {
	for range 6 {
		rec, ok := s.in.state.get(epoch)
		if !ok {
			rec = EpochRecord{Epoch: epoch, State: StateMining}
		}
		next, err := s.advance(ctx, rec)
		if err != nil || next.State == rec.State {
			return err
		}
		if err := s.in.state.put(next); err != nil {
			return err
		}
		s.metrics.SettleStep(next.State)
		s.log.Info("pow epoch advanced", "epoch", epoch, "state", next.State, "claim_id", next.ClaimID, "reason", next.Reason)
	}
	return nil
}

func (s *Settler) advance(ctx context.Context, rec EpochRecord) (EpochRecord, error) {
	r := s.in.runOf(rec.Epoch)
	if r == nil {
		return rec, nil
	}
	switch rec.State {
	case StateMining:
		return s.fix(ctx, r, rec)
	case StateSubmitting:
		return s.submit(ctx, r, rec)
	case StateClaimed:
		return s.answer(ctx, r, rec)
	case StateAnswered:
		return s.finalize(ctx, r, rec)
	}
	return rec, nil
}

// fix waits for the mining end and the competition's reveal deadline, then
// fixes the claim's leaves: the nonces of miners that revealed their entry
// (the ladder accepts no other winner). Waiting for the reveal deadline
// costs nothing (the ladder takes the outcome only after it) and makes the
// set of revealed entrants final.
func (s *Settler) fix(ctx context.Context, r *epochRun, rec EpochRecord) (EpochRecord, error) {
	h, err := s.head.HeaderByNumber(ctx, nil)
	if err != nil {
		return rec, err
	}
	if h.Time <= r.onchain.MiningEnd {
		return rec, nil
	}
	id := new(big.Int).SetUint64(rec.Epoch)
	comp, err := s.ladder.Competition(ctx, id)
	if err != nil {
		return rec, err
	}
	if h.Time <= comp.RevealDeadline {
		return rec, nil
	}
	r.mu.Lock()
	miners := r.book.Miners()
	r.mu.Unlock()
	var keep []common.Address
	for _, m := range miners {
		e, err := s.ladder.EntryOf(ctx, id, m)
		if err != nil {
			return rec, err
		}
		if e.Status == acip.EntryRevealed {
			keep = append(keep, m)
		} else {
			s.log.Warn("pow miner left out of the claim: entry not revealed", "epoch", rec.Epoch, "miner", m.Hex(), "status", e.Status.String())
		}
	}
	r.mu.Lock()
	claim, err := r.book.ClaimFor(keep)
	r.mu.Unlock()
	if errors.Is(err, pow.ErrEmptyEpoch) {
		rec.State, rec.Reason = StateFailed, "no verified nonce of a revealed entrant"
		return rec, nil
	}
	if err != nil {
		return rec, err
	}
	s.mu.Lock()
	s.built[rec.Epoch] = claim
	s.mu.Unlock()
	rec.State, rec.Root, rec.Miners, rec.LeafCount = StateSubmitting, claim.Items.Root(), keep, len(claim.Leaves)
	return rec, nil
}

// claimOf rebuilds (or returns) the claim fixed in rec.
func (s *Settler) claimOf(r *epochRun, rec EpochRecord) (*pow.EpochClaim, error) {
	s.mu.Lock()
	c := s.built[rec.Epoch]
	s.mu.Unlock()
	if c == nil {
		r.mu.Lock()
		var err error
		c, err = r.book.ClaimFor(rec.Miners)
		r.mu.Unlock()
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.built[rec.Epoch] = c
		s.mu.Unlock()
	}
	if c.Items.Root() != rec.Root {
		return nil, fmt.Errorf("%w: epoch %d rebuilds to root %s, stored %s", ErrCorruptLog, rec.Epoch, c.Items.Root().Hex(), rec.Root.Hex())
	}
	return c, nil
}

func (s *Settler) submit(ctx context.Context, r *epochRun, rec EpochRecord) (EpochRecord, error) {
	claim, err := s.claimOf(r, rec)
	if err != nil {
		return rec, err
	}
	id := new(big.Int).SetUint64(rec.Epoch)
	target := s.target
	if got, ok, err := s.ourClaim(ctx, target, id, rec.Root); err != nil || ok {
		if ok {
			rec.State, rec.ClaimID = StateClaimed, got.String()
		}
		return rec, err
	} else if got != nil {
		rec.State, rec.Reason = StateFailed, fmt.Sprintf("competition held by claim %s of another relayer", got)
		return rec, nil
	}
	result, err := claim.Result().Encode()
	if err != nil {
		return rec, err
	}
	to := s.claims.Address()
	data := sbind.PackSubmit(uint8(settlement.KindPowEpoch), id, target, claim.Items.Root(), result)
	res, err := s.send(ctx, s.key(rec.Epoch, "submit"), to, data)
	if err != nil {
		if txmgr.Failed(err) {
			rec.State, rec.Reason = StateFailed, fmt.Sprintf("submit %s: %s", res.State, res.Reason)
			return rec, nil
		}
		return rec, err
	}
	got, ok, err := s.ourClaim(ctx, target, id, rec.Root)
	if err != nil {
		return rec, err
	}
	if !ok {
		return rec, fmt.Errorf("powepochs: epoch %d submitted in %s but the subject's claim is %v", rec.Epoch, res.TxHash.Hex(), got)
	}
	rec.State, rec.ClaimID = StateClaimed, got.String()
	return rec, nil
}

// ourClaim returns the claim holding (target, id): ok when it is pending or
// finalized, by this relayer, with root; (nil, false) when the subject is free.
func (s *Settler) ourClaim(ctx context.Context, target common.Address, id *big.Int, root common.Hash) (*big.Int, bool, error) {
	cid, err := s.claims.SubjectClaim(ctx, target, id)
	if err != nil || cid.Sign() == 0 {
		return nil, false, err
	}
	c, err := s.claims.Claim(ctx, cid)
	if err != nil {
		return nil, false, err
	}
	if c.Status == settlement.StatusRejected {
		return nil, false, nil
	}
	return cid, c.Relayer == s.sender.Account() && common.Hash(c.Root) == root, nil
}

func (s *Settler) answer(ctx context.Context, r *epochRun, rec EpochRecord) (EpochRecord, error) {
	cid, ok := new(big.Int).SetString(rec.ClaimID, 10)
	if !ok {
		return rec, fmt.Errorf("%w: claim id %q", ErrCorruptLog, rec.ClaimID)
	}
	c, err := s.claims.Claim(ctx, cid)
	if err != nil {
		return rec, err
	}
	switch c.Status {
	case settlement.StatusRejected:
		rec.State, rec.Reason = StateFailed, "claim rejected on chain"
		return rec, nil
	case settlement.StatusFinalized:
		rec.State, rec.Delivered = StateFinalized, c.Callback == settlement.CallbackDelivered
		return rec, nil
	}
	if c.Seed == [32]byte{} {
		h, err := s.head.HeaderByNumber(ctx, nil)
		if err != nil {
			return rec, err
		}
		if h.Number.Uint64() <= c.SampleBlock {
			return rec, nil
		}
		if _, err := s.send(ctx, s.key(rec.Epoch, "draw"), s.claims.Address(), sbind.PackDrawSamples(cid)); err != nil {
			// Someone else may have drawn first: the re-read below decides.
			s.log.Warn("pow draw failed", "epoch", rec.Epoch, "claim_id", rec.ClaimID, "err", err)
		}
		if c, err = s.claims.Claim(ctx, cid); err != nil {
			return rec, err
		}
		if c.Seed == [32]byte{} {
			return rec, fmt.Errorf("powepochs: claim %s: samples not drawn", rec.ClaimID)
		}
	}
	claim, err := s.claimOf(r, rec)
	if err != nil {
		return rec, err
	}
	prover, err := s.prover(r.params)
	if err != nil {
		return rec, err
	}
	for slot := uint8(0); slot < c.Samples; slot++ {
		if c.Answered&(1<<slot) != 0 {
			continue
		}
		idx, err := s.claims.SampleIndex(ctx, cid, slot)
		if err != nil {
			return rec, err
		}
		if int(idx) >= len(claim.Leaves) {
			return rec, fmt.Errorf("%w: slot %d samples leaf %d of %d", ErrCorruptLog, slot, idx, len(claim.Leaves))
		}
		proof, err := s.proof(ctx, rec.Epoch, idx, claim, prover, cid)
		if err != nil {
			rec.State, rec.Reason = StateFailed, fmt.Sprintf("slot %d: %v", slot, err)
			return rec, nil
		}
		mp, err := claim.Items.Proof(int(idx))
		if err != nil {
			return rec, err
		}
		data := sbind.PackAnswerSample(cid, slot, claim.Items.Inputs[idx], merkle.ProofBytes(mp), proof)
		if res, err := s.send(ctx, s.key(rec.Epoch, fmt.Sprintf("answer/%d", slot)), s.claims.Address(), data); err != nil {
			if !txmgr.Failed(err) {
				return rec, err
			}
			// Anyone may answer a slot: one answered meanwhile is not a failure.
			if now, rerr := s.claims.Claim(ctx, cid); rerr == nil && now.Answered&(1<<slot) != 0 {
				continue
			}
			rec.State, rec.Reason = StateFailed, fmt.Sprintf("answer slot %d: %s: %s", slot, res.State, res.Reason)
			return rec, nil
		}
		s.log.Info("pow sample answered", "epoch", rec.Epoch, "claim_id", rec.ClaimID, "slot", slot, "leaf", idx)
	}
	rec.State = StateAnswered
	return rec, nil
}

// prover returns the nonce prover of an epoch's params.
func (s *Settler) prover(p pow.Params) (pow.NonceProver, error) {
	if s.newProver != nil {
		return s.newProver(p)
	}
	keys, err := s.keys()
	if err != nil {
		return nil, err
	}
	return Prover{Keys: keys, Params: p}, nil
}

func (s *Settler) proof(ctx context.Context, epoch uint64, idx uint32, claim *pow.EpochClaim, prover pow.NonceProver, cid *big.Int) ([]byte, error) {
	s.mu.Lock()
	p := s.proofs[epoch][idx]
	s.mu.Unlock()
	if p != nil {
		return p, nil
	}
	p, err := prover.ProveNonce(ctx, cid, claim.Leaves[idx], claim.Items.Inputs[idx])
	if err != nil {
		return nil, fmt.Errorf("%w: leaf %d: %w", pow.ErrUnprovable, idx, err)
	}
	s.mu.Lock()
	if s.proofs[epoch] == nil {
		s.proofs[epoch] = map[uint32][]byte{}
	}
	s.proofs[epoch][idx] = p
	s.mu.Unlock()
	return p, nil
}

// finalize waits for the ladder's resolution phase, then finalizes.
func (s *Settler) finalize(ctx context.Context, _ *epochRun, rec EpochRecord) (EpochRecord, error) {
	id := new(big.Int).SetUint64(rec.Epoch)
	comp, err := s.ladder.Competition(ctx, id)
	if err != nil {
		return rec, err
	}
	h, err := s.head.HeaderByNumber(ctx, nil)
	if err != nil {
		return rec, err
	}
	if h.Time <= comp.RevealDeadline {
		return rec, nil
	}
	cid, ok := new(big.Int).SetString(rec.ClaimID, 10)
	if !ok {
		return rec, fmt.Errorf("%w: claim id %q", ErrCorruptLog, rec.ClaimID)
	}
	if _, err := s.send(ctx, s.key(rec.Epoch, "finalize"), s.claims.Address(), sbind.PackFinalize(cid)); err != nil {
		s.log.Warn("pow finalize failed", "epoch", rec.Epoch, "claim_id", rec.ClaimID, "err", err)
	}
	c, err := s.claims.Claim(ctx, cid)
	if err != nil {
		return rec, err
	}
	if c.Status != settlement.StatusFinalized {
		return rec, fmt.Errorf("powepochs: claim %s is %v after finalize", rec.ClaimID, c.Status)
	}
	rec.State, rec.Delivered = StateFinalized, c.Callback == settlement.CallbackDelivered
	if !rec.Delivered {
		rec.Reason = "the ladder refused the outcome (callback failed)"
	}
	return rec, nil
}

// send submits an intent and waits for it; a revert or failure is returned
// wrapped with the result.
func (s *Settler) send(ctx context.Context, key string, to common.Address, data []byte) (txmgr.Result, error) {
	if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: data}); err != nil {
		return txmgr.Result{}, fmt.Errorf("powepochs: %s: %w", key, err)
	}
	res, err := s.sender.Wait(ctx, key)
	if err != nil {
		return res, fmt.Errorf("powepochs: %s: %w (%s)", key, err, res.Reason)
	}
	return res, nil
}
