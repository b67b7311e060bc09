package pow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk/quant"
)

var (
	// ErrEmptyEpoch is returned when an epoch claim is built with no verified nonce.
	ErrEmptyEpoch = errors.New("pow: no verified nonce to claim")
	// ErrUnprovable is returned by AnswerSamples when the prover cannot prove
	// a sampled leaf (a fabricated nonce or distance): the slot stays
	// unanswered and the claim can be failed after the proof window.
	ErrUnprovable = errors.New("pow: a sampled nonce cannot be proven")
)

// EpochLeaf is one valid nonce a relayer verified: leaf i of an epoch claim.
type EpochLeaf struct {
	Miner    common.Address
	Nonce    uint64
	Distance uint32
}

// LeafInputs returns the public inputs of the powzk.NonceCircuit statement
// for (miner, nonce, distance) under p, in circuit order: seed element,
// miner as a 160-bit integer, nonce, distance, threshold. They are the
// inputs of the claim's Merkle leaf and what the on-chain verifier checks
// after the subject id.
func (p Params) LeafInputs(miner common.Address, nonce uint64, distance uint32) []*big.Int {
	return []*big.Int{
		quant.Big(SeedElement(p.Seed)),
		new(big.Int).SetBytes(miner[:]),
		new(big.Int).SetUint64(nonce),
		new(big.Int).SetUint64(uint64(distance)),
		new(big.Int).SetUint64(uint64(p.Threshold)),
	}
}

// EpochBook collects a relayer's verified batches of one epoch: each batch
// passes Verifier.Verify and the epoch-wide Tally before its nonces become
// leaves. It is not safe for concurrent use.
type EpochBook struct {
	v      *Verifier
	tally  *Tally
	leaves []EpochLeaf
}

// NewEpochBook returns an empty book checking batches with v.
func NewEpochBook(v *Verifier) *EpochBook {
	return &EpochBook{v: v, tally: &Tally{Params: v.Params, FalseAlarm: v.FalseAlarm}}
}

// Add verifies b (sampleSeed as for Verifier.Verify), applies the epoch-wide
// tally and records its nonces; a rejected batch adds nothing.
func (e *EpochBook) Add(b dipmsg.SignedPowBatch, sampleSeed [32]byte) (*Report, error) {
	rep, err := e.v.Verify(b, sampleSeed)
	if err != nil {
		return nil, err
	}
	m := b.Message
	if err := e.tally.Add(m.Miner, m.Nonces); err != nil {
		return nil, err
	}
	for i, n := range m.Nonces {
		e.leaves = append(e.leaves, EpochLeaf{Miner: m.Miner, Nonce: n, Distance: m.Distances[i]})
	}
	return rep, nil
}

// Count returns the verified nonces of miner.
func (e *EpochBook) Count(miner common.Address) int { return e.tally.Count(miner) }

// Claim builds the epoch claim from the recorded leaves.
func (e *EpochBook) Claim() (*EpochClaim, error) { return NewEpochClaim(e.v.Params, e.leaves) }

// Miners returns the miners with at least one recorded nonce, in the order
// their first batch was added.
func (e *EpochBook) Miners() []common.Address {
	var out []common.Address
	seen := make(map[common.Address]bool)
	for _, l := range e.leaves {
		if !seen[l.Miner] {
			seen[l.Miner] = true
			out = append(out, l.Miner)
		}
	}
	return out
}

// ClaimFor builds the epoch claim from the leaves of the given miners only
// (e.g. the competition's revealed entrants, the only accounts the ladder
// accepts as winners); ErrEmptyEpoch when none of them has a leaf.
func (e *EpochBook) ClaimFor(miners []common.Address) (*EpochClaim, error) {
	keep := make(map[common.Address]bool, len(miners))
	for _, m := range miners {
		keep[m] = true
	}
	var ls []EpochLeaf
	for _, l := range e.leaves {
		if keep[l.Miner] {
			ls = append(ls, l)
		}
	}
	return NewEpochClaim(e.v.Params, ls)
}

// MinerCount is a miner's verified nonce count.
type MinerCount struct {
	Miner common.Address
	Count int
}

// EpochClaim is a PowEpoch claim: one leaf per verified nonce (sorted by
// miner address, then nonce), committed as settlement sample leaves with
// the nonce circuit's public inputs. The outcome's winners are the miners
// with at least one nonce, by count descending (ties by address), and the
// score is the total count.
type EpochClaim struct {
	Params Params
	Leaves []EpochLeaf
	Counts []MinerCount // in winner order
	Items  *settlement.SampleItems
}

// NewEpochClaim sorts the leaves and builds their tree.
func NewEpochClaim(p Params, leaves []EpochLeaf) (*EpochClaim, error) {
	if len(leaves) == 0 {
		return nil, ErrEmptyEpoch
	}
	ls := slices.Clone(leaves)
	slices.SortFunc(ls, func(a, b EpochLeaf) int {
		if c := bytes.Compare(a.Miner[:], b.Miner[:]); c != 0 {
			return c
		}
		return cmpU64(a.Nonce, b.Nonce)
	})
	inputs := make([][]*big.Int, len(ls))
	var counts []MinerCount
	for i, l := range ls {
		inputs[i] = p.LeafInputs(l.Miner, l.Nonce, l.Distance)
		if len(counts) == 0 || counts[len(counts)-1].Miner != l.Miner {
			counts = append(counts, MinerCount{Miner: l.Miner})
		}
		counts[len(counts)-1].Count++
	}
	slices.SortStableFunc(counts, func(a, b MinerCount) int { return b.Count - a.Count })
	items, err := settlement.NewSampleItems(merkle.TagPowEpoch, inputs)
	if err != nil {
		return nil, err
	}
	return &EpochClaim{Params: p, Leaves: ls, Counts: counts, Items: items}, nil
}

// Result returns the claim's posted result.
func (c *EpochClaim) Result() settlement.SampledResult {
	winners := make([]common.Address, len(c.Counts))
	for i, mc := range c.Counts {
		winners[i] = mc.Miner
	}
	return settlement.SampledResult{LeafCount: uint32(len(c.Leaves)), Winners: winners, Score: big.NewInt(int64(len(c.Leaves)))}
}

// NonceProver proves one leaf's nonce statement, returning the proof bytes
// the Settlement's PowEpoch verifier takes.
type NonceProver interface {
	ProveNonce(ctx context.Context, subjectID *big.Int, leaf EpochLeaf, inputs []*big.Int) ([]byte, error)
}

// AnswerStat reports one answered slot.
type AnswerStat struct {
	Slot     uint8
	Index    uint32
	Leaf     EpochLeaf
	ProveDur time.Duration // zero when the index's proof was reused from an earlier slot
	Gas      uint64
}

// AnswerSamples answers every drawn slot of claim id with the sampled leaf's
// Merkle proof and a proof from prover (one proof per distinct index).
func (c *EpochClaim) AnswerSamples(ctx context.Context, st *settlement.Settlement, opts *bind.TransactOpts, id, subjectID *big.Int, indices []uint32, prover NonceProver) ([]AnswerStat, error) {
	proofs := make(map[uint32][]byte)
	stats := make([]AnswerStat, 0, len(indices))
	for slot, idx := range indices {
		if int(idx) >= len(c.Leaves) {
			return stats, fmt.Errorf("pow: slot %d samples leaf %d of %d", slot, idx, len(c.Leaves))
		}
		st1 := AnswerStat{Slot: uint8(slot), Index: idx, Leaf: c.Leaves[idx]}
		proof, ok := proofs[idx]
		if !ok {
			t0 := time.Now()
			var err error
			if proof, err = prover.ProveNonce(ctx, subjectID, c.Leaves[idx], c.Items.Inputs[idx]); err != nil {
				return stats, fmt.Errorf("%w: leaf %d (nonce %d of %s): %w", ErrUnprovable, idx, c.Leaves[idx].Nonce, c.Leaves[idx].Miner.Hex(), err)
			}
			st1.ProveDur = time.Since(t0)
			proofs[idx] = proof
		}
		r, err := st.AnswerItem(ctx, opts, id, uint8(slot), c.Items, idx, proof)
		if err != nil {
			return stats, err
		}
		st1.Gas = r.GasUsed
		stats = append(stats, st1)
	}
	return stats, nil
}
