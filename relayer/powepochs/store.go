package powepochs

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/internal/atomicfile"
	"github.com/dip-market/dip/internal/jsonlog"
)

// batchRecord is one accepted batch, as logged: the epoch, the sample seed
// the relayer drew for it (so a replay re-verifies exactly the same nonces)
// and the miner's signed envelope.
type batchRecord struct {
	Epoch      uint64          `json:"epoch"`
	SampleSeed common.Hash     `json:"sample_seed"`
	Envelope   json.RawMessage `json:"envelope"`
}

// batchLog is an append-only JSON-lines file of accepted batches. A line is
// written and fsynced before the batch is acknowledged, so an acknowledged
// batch survives a crash; a torn last line (a crash mid-write, never
// acknowledged) is cut off when the log is reopened.
type batchLog struct {
	log *jsonlog.Log[batchRecord]
}

// openBatchLog opens (creating) the log at path and calls replay for every
// record in order. A damaged line fails with ErrCorruptLog.
func openBatchLog(path string, replay func(batchRecord) error) (*batchLog, error) {
	l, err := jsonlog.Open(path, replay)
	if errors.Is(err, jsonlog.ErrCorrupt) {
		return nil, fmt.Errorf("%w: %w", ErrCorruptLog, err)
	}
	if err != nil {
		return nil, fmt.Errorf("powepochs: batch log: %w", err)
	}
	return &batchLog{log: l}, nil
}

// append writes rec as one line and fsyncs.
func (l *batchLog) append(rec batchRecord) error {
	if err := l.log.Append(rec); err != nil {
		return fmt.Errorf("powepochs: append to the batch log: %w", err)
	}
	return nil
}

func (l *batchLog) close() error { return l.log.Close() }

// State is where an epoch's settlement stands.
type State string

// Settlement states, in order.
const (
	// StateMining: batches are accepted until the mining end.
	StateMining State = "mining"
	// StateSubmitting: the claim's leaves are fixed (Root, Miners); the
	// submit intent may be in flight.
	StateSubmitting State = "submitting"
	// StateClaimed: the claim (ClaimID) is on chain; draw and answers follow.
	StateClaimed State = "claimed"
	// StateAnswered: every sample is answered; finalize in the resolution phase.
	StateAnswered State = "answered"
	// StateFinalized: the claim is finalized (Delivered says whether the ladder took it).
	StateFinalized State = "finalized"
	// StateFailed: the epoch cannot be settled by this relayer (Reason).
	StateFailed State = "failed"
)

// EpochRecord is an epoch's persisted settlement progress.
type EpochRecord struct {
	Epoch     uint64           `json:"epoch"`
	State     State            `json:"state"`
	Root      common.Hash      `json:"root,omitempty"`
	Miners    []common.Address `json:"miners,omitempty"` // revealed entrants whose nonces the claim holds
	LeafCount int              `json:"leaf_count,omitempty"`
	ClaimID   string           `json:"claim_id,omitempty"`
	Delivered bool             `json:"delivered,omitempty"`
	Reason    string           `json:"reason,omitempty"`
}

// stateFile persists every epoch's record as one JSON file, replaced
// atomically on each change.
type stateFile struct {
	mu   sync.Mutex
	path string
	recs map[uint64]EpochRecord
}

func openStateFile(path string) (*stateFile, error) {
	s := &stateFile{path: path, recs: map[uint64]EpochRecord{}}
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("powepochs: read state: %w", err)
	}
	var list []EpochRecord
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorruptLog, path, err)
	}
	for _, r := range list {
		s.recs[r.Epoch] = r
	}
	return s, nil
}

func (s *stateFile) get(epoch uint64) (EpochRecord, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.recs[epoch]
	return r, ok
}

func (s *stateFile) put(r EpochRecord) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev, had := s.recs[r.Epoch]
	s.recs[r.Epoch] = r
	list := make([]EpochRecord, 0, len(s.recs))
	for _, v := range s.recs {
		list = append(list, v)
	}
	b, err := json.MarshalIndent(list, "", "  ")
	if err == nil {
		err = atomicfile.Write(s.path, b, 0o600)
	}
	if err != nil {
		if had {
			s.recs[r.Epoch] = prev
		} else {
			delete(s.recs, r.Epoch)
		}
		return fmt.Errorf("powepochs: write state: %w", err)
	}
	return nil
}
