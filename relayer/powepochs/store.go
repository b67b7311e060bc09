package powepochs

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/internal/atomicfile"
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
	mu sync.Mutex
	f  *os.File
}

// openBatchLog opens (creating) the log at path and calls replay for every
// record in order.
func openBatchLog(path string, replay func(batchRecord) error) (*batchLog, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("powepochs: open batch log: %w", err)
	}
	good, err := replayLines(f, replay)
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, fmt.Errorf("powepochs: cut the torn tail of the batch log: %w", err)
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("powepochs: batch log: %w", err)
	}
	return &batchLog{f: f}, nil
}

// replayLines decodes complete lines and returns the offset after the last
// one. An undecodable line followed by more data is corruption, not a torn
// write, and fails.
func replayLines(f *os.File, replay func(batchRecord) error) (int64, error) {
	r := bufio.NewReader(f)
	var off int64
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return off, nil // empty, or a torn line without its newline
		}
		if err != nil {
			return 0, fmt.Errorf("powepochs: read batch log: %w", err)
		}
		var rec batchRecord
		if err := json.Unmarshal(bytes.TrimSpace(line), &rec); err != nil {
			if _, perr := r.Peek(1); errors.Is(perr, io.EOF) {
				return off, nil
			}
			return 0, fmt.Errorf("%w: batch log line %d: %w", ErrCorruptLog, n, err)
		}
		if err := replay(rec); err != nil {
			return 0, fmt.Errorf("powepochs: replay batch log line %d: %w", n, err)
		}
		off += int64(len(line))
	}
}

// append writes rec as one line and fsyncs.
func (l *batchLog) append(rec batchRecord) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("powepochs: append to the batch log: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("powepochs: sync the batch log: %w", err)
	}
	return nil
}

func (l *batchLog) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.Close()
}

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
