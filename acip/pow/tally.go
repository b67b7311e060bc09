package pow

import (
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Tally applies the epoch-wide checks that one batch cannot: across all
// batches a miner submits in an epoch, no nonce twice and a plausible total
// count for the counters covered. Feed it batches that passed Verify. It is
// safe for concurrent use.
type Tally struct {
	Params     Params
	FalseAlarm float64 // 0: DefaultFalseAlarm

	mu     sync.Mutex
	miners map[common.Address]*minerTally
}

type minerTally struct {
	nonces map[uint64]struct{}
	span   uint64
}

// Add records a verified batch's nonces for miner, or returns
// ErrDuplicateNonce (a nonce already counted) or ErrImplausibleCount (the
// miner's total is implausible for its largest counter); a rejected batch
// is not recorded.
func (t *Tally) Add(miner common.Address, nonces []uint64) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.miners == nil {
		t.miners = make(map[common.Address]*minerTally)
	}
	mt := t.miners[miner]
	if mt == nil {
		mt = &minerTally{nonces: make(map[uint64]struct{})}
		t.miners[miner] = mt
	}
	span := mt.span
	for i, n := range nonces {
		if _, dup := mt.nonces[n]; dup {
			return fmt.Errorf("%w: nonce %d (index %d) of %s was counted in an earlier batch", ErrDuplicateNonce, n, i, miner.Hex())
		}
		_, ctr := NonceEpoch(n)
		span = max(span, uint64(ctr)+1)
	}
	alpha := t.FalseAlarm
	if alpha <= 0 {
		alpha = DefaultFalseAlarm
	}
	total := uint64(len(mt.nonces) + len(nonces))
	if limit := MaxPlausible(span, t.Params.Difficulty, alpha); total > limit {
		return fmt.Errorf("%w: %s would have %d valid nonces within %d counters at difficulty %d (at most %d)",
			ErrImplausibleCount, miner.Hex(), total, span, t.Params.Difficulty, limit)
	}
	for _, n := range nonces {
		mt.nonces[n] = struct{}{}
	}
	mt.span = span
	return nil
}

// Count returns the valid nonces counted for miner.
func (t *Tally) Count(miner common.Address) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	if mt := t.miners[miner]; mt != nil {
		return len(mt.nonces)
	}
	return 0
}
