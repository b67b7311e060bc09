package powepochs

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/dipmsg"
)

// EpochReader reads published epochs; *pow.Epochs satisfies it.
type EpochReader interface {
	Epoch(ctx context.Context, id uint64) (pow.OnchainEpoch, error)
}

// EntryReader reads ladder entries; *acip.Ladder satisfies it.
type EntryReader interface {
	EntryOf(ctx context.Context, id *big.Int, account common.Address) (acip.Entry, error)
}

// HeadReader reads the chain head (its time ends mining; its hash feeds sample seeds).
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

var (
	_ EpochReader = (*pow.Epochs)(nil)
	_ EntryReader = (*acip.Ladder)(nil)
)

// epochRun is one epoch the relayer collects batches for.
type epochRun struct {
	mu      sync.Mutex
	onchain pow.OnchainEpoch
	params  pow.Params
	book    *pow.EpochBook
}

// Receipt answers an accepted batch.
type Receipt struct {
	Epoch    uint64         `json:"epoch"`
	Miner    common.Address `json:"miner"`
	Nonces   int            `json:"nonces"`
	Sampled  int            `json:"sampled"`
	Verified int            `json:"verified"` // the miner's verified nonces in the epoch so far
}

// EpochStatus is an epoch's view for GET /epochs/{id}.
type EpochStatus struct {
	Epoch     uint64         `json:"epoch"`
	MiningEnd uint64         `json:"mining_end"`
	Threshold uint32         `json:"threshold"`
	Spec      pow.Spec       `json:"spec"`
	Counts    map[string]int `json:"counts"`
	Record    EpochRecord    `json:"record"`
}

// Ingest verifies miners' signed batches and logs the accepted ones.
type Ingest struct {
	domain  dipmsg.Domain
	epochs  EpochReader
	entries EntryReader
	head    HeadReader
	spec    pow.Spec // the only spec the on-chain verifier proves
	samples int      // nonces recomputed per batch (0: pow.DefaultSamples)
	log     *batchLog
	state   *stateFile
	metrics Metricer

	mu   sync.Mutex
	runs map[uint64]*epochRun
	// refused remembers epochs refused for good (threshold not the
	// calibration, another spec), so a flood of batches for them does not
	// recalibrate each time.
	refused map[uint64]error
	broken  error
}

// run returns the epoch's run, loading and checking the epoch on first use.
func (in *Ingest) run(ctx context.Context, epoch uint64) (*epochRun, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if r, ok := in.runs[epoch]; ok {
		return r, nil
	}
	if err := in.refused[epoch]; err != nil {
		return nil, err
	}
	ep, err := in.epochs.Epoch(ctx, epoch)
	if err != nil {
		return nil, err
	}
	switch {
	case !ep.Scheduled():
		return nil, fmt.Errorf("%w: competition %d", ErrUnknownEpoch, epoch)
	case !ep.Published:
		return nil, fmt.Errorf("%w: competition %d", ErrEpochNotOpen, epoch)
	case ep.SpecWord != in.spec.SpecWord():
		return nil, in.refuse(epoch, fmt.Errorf("%w: competition %d uses spec %#x, the verifier proves %s", ErrEpochRefused, epoch, ep.SpecWord, in.spec))
	}
	// The calibration is deterministic: a threshold that differs from it is refused.
	p, err := ep.CheckedParams(ctx)
	if err != nil {
		if errors.Is(err, pow.ErrThresholdMismatch) || errors.Is(err, pow.ErrSpec) || errors.Is(err, pow.ErrParams) {
			return nil, in.refuse(epoch, fmt.Errorf("%w: %w", ErrEpochRefused, err))
		}
		return nil, err
	}
	v, err := pow.NewVerifier(p, in.domain)
	if err != nil {
		return nil, err
	}
	if in.samples > 0 {
		v.Samples = in.samples
	}
	r := &epochRun{onchain: ep, params: p, book: pow.NewEpochBook(v)}
	in.runs[epoch] = r
	return r, nil
}

// refuse records err as epoch's permanent refusal (in.mu held) and returns it.
func (in *Ingest) refuse(epoch uint64, err error) error {
	if in.refused == nil {
		in.refused = map[uint64]error{}
	}
	in.refused[epoch] = err
	return err
}

// Accept verifies one signed PowBatch envelope (JSON) and, when it passes,
// logs it durably before returning the receipt.
func (in *Ingest) Accept(ctx context.Context, raw []byte) (*Receipt, error) {
	rep, err := in.accept(ctx, raw)
	if in.metrics != nil {
		in.metrics.BatchHandled(err)
	}
	return rep, err
}

func (in *Ingest) accept(ctx context.Context, raw []byte) (*Receipt, error) {
	in.mu.Lock()
	broken := in.broken
	in.mu.Unlock()
	if broken != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, broken)
	}
	env, b, err := decodeBatch(raw)
	if err != nil {
		return nil, err
	}
	if !sameDomain(env.Domain, in.domain) {
		return nil, fmt.Errorf("%w: chain %s contract %s, want chain %s contract %s", ErrWrongDomain, env.Domain.ChainID, env.Domain.VerifyingContract.Hex(), in.domain.ChainID, in.domain.VerifyingContract.Hex())
	}
	r, err := in.run(ctx, b.Epoch)
	if err != nil {
		return nil, err
	}
	head, err := in.head.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("powepochs: read the head: %w", err)
	}
	if head.Time > r.onchain.MiningEnd {
		return nil, fmt.Errorf("%w: competition %d stopped mining at %d", ErrMiningOver, b.Epoch, r.onchain.MiningEnd)
	}
	if rec, ok := in.state.get(b.Epoch); ok && rec.State != StateMining {
		return nil, fmt.Errorf("%w: competition %d is %s", ErrMiningOver, b.Epoch, rec.State)
	}
	entry, err := in.entries.EntryOf(ctx, new(big.Int).SetUint64(b.Epoch), b.Miner)
	if err != nil {
		return nil, err
	}
	if entry.Status != acip.EntryCommitted && entry.Status != acip.EntryRevealed {
		return nil, fmt.Errorf("%w: %s has no entry in competition %d (status %s)", ErrNotEntrant, b.Miner.Hex(), b.Epoch, entry.Status)
	}
	// The sample seed mixes the head with the relayer's own randomness: the
	// miner cannot know it when it signs.
	var secret [32]byte
	if _, err := rand.Read(secret[:]); err != nil {
		return nil, err
	}
	seed := crypto.Keccak256Hash(head.Hash().Bytes(), secret[:])
	r.mu.Lock()
	defer r.mu.Unlock()
	rep, err := r.book.Add(dipmsg.SignedPowBatch{Message: b, Sig: env.Sig}, seed)
	if err != nil {
		return nil, err
	}
	if err := in.log.append(batchRecord{Epoch: b.Epoch, SampleSeed: seed, Envelope: json.RawMessage(raw)}); err != nil {
		// The book holds a batch the log does not: refuse everything until a
		// restart rebuilds the book from the log (the miner's retry then passes).
		in.mu.Lock()
		in.broken = err
		in.mu.Unlock()
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return &Receipt{Epoch: b.Epoch, Miner: b.Miner, Nonces: len(b.Nonces), Sampled: len(rep.Sampled), Verified: r.book.Count(b.Miner)}, nil
}

// replay re-adds a logged batch (same sample seed, so the same verdict).
func (in *Ingest) replay(ctx context.Context, rec batchRecord) error {
	env, b, err := decodeBatch(rec.Envelope)
	if err != nil {
		return err
	}
	r, err := in.run(ctx, rec.Epoch)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	_, err = r.book.Add(dipmsg.SignedPowBatch{Message: b, Sig: env.Sig}, rec.SampleSeed)
	return err
}

// Status returns the epochs the relayer holds batches for, or the one asked.
func (in *Ingest) Status(epoch uint64) (*EpochStatus, bool) {
	in.mu.Lock()
	r, ok := in.runs[epoch]
	in.mu.Unlock()
	if !ok {
		return nil, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	st := &EpochStatus{Epoch: epoch, MiningEnd: r.onchain.MiningEnd, Threshold: r.params.Threshold, Spec: r.params.Spec, Counts: map[string]int{}}
	for _, m := range r.book.Miners() {
		st.Counts[m.Hex()] = r.book.Count(m)
	}
	st.Record, _ = in.state.get(epoch)
	if st.Record.State == "" {
		st.Record = EpochRecord{Epoch: epoch, State: StateMining}
	}
	return st, true
}

// epochIDs returns the epochs with a run, ascending.
func (in *Ingest) epochIDs() []uint64 {
	in.mu.Lock()
	defer in.mu.Unlock()
	ids := make([]uint64, 0, len(in.runs))
	for id := range in.runs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

func (in *Ingest) runOf(epoch uint64) *epochRun {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.runs[epoch]
}

func decodeBatch(raw []byte) (*dipmsg.Envelope, *dipmsg.PowBatch, error) {
	env, err := dipmsg.DecodeEnvelope(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	b, ok := env.Message.(*dipmsg.PowBatch)
	if !ok {
		return nil, nil, fmt.Errorf("%w: a %s, not a PowBatch", ErrMalformed, env.Message.TypeName())
	}
	return env, b, nil
}

func sameDomain(a, b dipmsg.Domain) bool {
	return a.ChainID != nil && b.ChainID != nil && a.ChainID.Cmp(b.ChainID) == 0 && a.VerifyingContract == b.VerifyingContract
}
