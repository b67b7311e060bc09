package watcher

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeChain is a hand-written Backend: a canonical chain of synthetic blocks
// with synthetic logs that tests can extend and reorg at will, and hooks that
// run inside backend calls to move the chain mid-poll.
type fakeChain struct {
	mu     sync.Mutex
	blocks []fakeBlock // index = number
	salt   uint64
	// beforeFilter, when set, runs (unlocked) at the start of FilterLogs.
	beforeFilter func()
	// headLag makes BlockNumber report a head this many blocks lower.
	headLag uint64
	calls   map[string]int
}

type fakeBlock struct {
	header *types.Header
	logs   []types.Log
}

var (
	fakeEmitter = common.HexToAddress("0x00000000000000000000000000000000000e0001")
	fakeOther   = common.HexToAddress("0x00000000000000000000000000000000000e0002")
)

func newFakeChain() *fakeChain {
	c := &fakeChain{calls: map[string]int{}}
	c.blocks = []fakeBlock{{header: &types.Header{Number: big.NewInt(0), Difficulty: big.NewInt(0), Time: 1000}}}
	return c
}

// extend appends n blocks, block i carrying logsPer logs from fakeEmitter
// (and one from fakeOther, which filtered watchers must ignore).
func (c *fakeChain) extend(n, logsPer int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := 0; i < n; i++ {
		c.salt++
		parent := c.blocks[len(c.blocks)-1].header
		num := uint64(len(c.blocks))
		extra := make([]byte, 8)
		binary.BigEndian.PutUint64(extra, c.salt)
		h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).SetUint64(num), Difficulty: big.NewInt(0),
			Time: parent.Time + 12, Extra: extra}
		hash := h.Hash()
		var logs []types.Log
		for j := 0; j <= logsPer; j++ {
			addr := fakeEmitter
			if j == logsPer {
				addr = fakeOther
			}
			topic := crypto.Keccak256Hash([]byte(fmt.Sprintf("salt %d log %d", c.salt, j)))
			logs = append(logs, types.Log{Address: addr, Topics: []common.Hash{topic}, BlockNumber: num, BlockHash: hash,
				TxHash: crypto.Keccak256Hash(hash[:], []byte{byte(j)}), TxIndex: uint(j), Index: uint(j)})
		}
		c.blocks = append(c.blocks, fakeBlock{header: h, logs: logs})
	}
}

// reorg drops the newest depth blocks and grows a different branch of newLen blocks.
func (c *fakeChain) reorg(depth, newLen, logsPer int) {
	c.mu.Lock()
	if depth >= len(c.blocks) {
		depth = len(c.blocks) - 1 // genesis stays
	}
	c.blocks = c.blocks[:len(c.blocks)-depth]
	c.mu.Unlock()
	c.extend(newLen, logsPer)
}

func (c *fakeChain) head() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return uint64(len(c.blocks) - 1)
}

func (c *fakeChain) hashAt(n uint64) common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.blocks[n].header.Hash()
}

func (c *fakeChain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls["BlockNumber"]++
	h := uint64(len(c.blocks) - 1)
	if c.headLag > h {
		return 0, nil
	}
	return h - c.headLag, nil
}

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls["HeaderByNumber"]++
	if n == nil {
		return types.CopyHeader(c.blocks[len(c.blocks)-1].header), nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(c.blocks)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(c.blocks[n.Uint64()].header), nil
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f := c.beforeFilter; f != nil {
		c.beforeFilter = nil
		f()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls["FilterLogs"]++
	return c.logs(q), nil
}

// logs applies a filter query to the canonical chain (caller holds mu).
func (c *fakeChain) logs(q ethereum.FilterQuery) []types.Log {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	var out []types.Log
	for n := from; n <= to && n < uint64(len(c.blocks)); n++ {
		for _, l := range c.blocks[n].logs {
			if len(q.Addresses) > 0 && !slices.Contains(q.Addresses, l.Address) {
				continue
			}
			if !topicsMatch(q.Topics, l.Topics) {
				continue
			}
			out = append(out, l)
		}
	}
	return out
}

func topicsMatch(filter [][]common.Hash, topics []common.Hash) bool {
	for i, alts := range filter {
		if len(alts) == 0 {
			continue
		}
		if i >= len(topics) || !slices.Contains(alts, topics[i]) {
			return false
		}
	}
	return true
}

// canonicalIDs returns the IDs of the logs a watcher with these filters must
// hold after delivering blocks start..upTo of the current chain.
func (c *fakeChain) canonicalIDs(start, upTo uint64, addrs []common.Address) map[EventID]bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[EventID]bool{}
	if upTo < start {
		return out
	}
	for _, l := range c.logs(ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(upTo), Addresses: addrs}) {
		out[IDOf(l)] = true
	}
	return out
}

// recorder is a consumer that applies deliveries the way the relayer's state
// machines must: upsert by ID, delete everything above a reorg's ancestor. It
// also checks the delivery contract: contiguous batches, no duplicate of a
// live event, reorg ancestors at or below the last delivered block.
type recorder struct {
	mu       sync.Mutex
	t        testing.TB
	events   map[EventID]Event
	lastTo   *uint64
	start    uint64
	batches  int
	reorgs   []Reorg
	dupes    int
	failNext error
	log      []string
}

func newRecorder(t testing.TB, start uint64) *recorder {
	return &recorder{t: t, events: map[EventID]Event{}, start: start}
}

func (r *recorder) HandleBatch(_ context.Context, b Batch) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.failNext; err != nil {
		r.failNext = nil
		return err
	}
	want := r.start
	if r.lastTo != nil {
		want = *r.lastTo + 1
	}
	if b.From != want || b.To < b.From || b.Head.Number != b.To {
		r.t.Errorf("batch %d..%d (head %d) does not continue the delivery at %d", b.From, b.To, b.Head.Number, want)
	}
	var prev *types.Log
	for _, ev := range b.Events {
		l := ev.Log
		if l.BlockNumber < b.From || l.BlockNumber > b.To {
			r.t.Errorf("event in block %d outside batch %d..%d", l.BlockNumber, b.From, b.To)
		}
		if prev != nil && (l.BlockNumber < prev.BlockNumber || (l.BlockNumber == prev.BlockNumber && l.Index <= prev.Index)) {
			r.t.Errorf("events out of order: block %d log %d after block %d log %d", l.BlockNumber, l.Index, prev.BlockNumber, prev.Index)
		}
		prev = &ev.Log
		if ev.ID != IDOf(l) {
			r.t.Errorf("event id %s is not IDOf its log", ev.ID)
		}
		if _, ok := r.events[ev.ID]; ok {
			r.dupes++
		}
		r.events[ev.ID] = ev
	}
	to := b.To
	r.lastTo = &to
	r.batches++
	r.log = append(r.log, fmt.Sprintf("batch %d..%d events=%d", b.From, b.To, len(b.Events)))
	return nil
}

func (r *recorder) HandleReorg(_ context.Context, g Reorg) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.failNext; err != nil {
		r.failNext = nil
		return err
	}
	if r.lastTo == nil || g.Ancestor.Number >= *r.lastTo+1 {
		r.t.Errorf("reorg to %d but delivered up to %v", g.Ancestor.Number, r.lastTo)
	}
	for i, b := range g.Removed {
		if b.Number != g.Ancestor.Number+1+uint64(i) {
			r.t.Errorf("removed blocks not contiguous above the ancestor: %+v", g)
		}
	}
	for id, ev := range r.events {
		if ev.Log.BlockNumber > g.Ancestor.Number {
			delete(r.events, id)
		}
	}
	a := g.Ancestor.Number
	r.lastTo = &a
	r.reorgs = append(r.reorgs, g)
	r.log = append(r.log, fmt.Sprintf("reorg to %d removed=%d", g.Ancestor.Number, len(g.Removed)))
	return nil
}

func (r *recorder) ids() map[EventID]bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[EventID]bool, len(r.events))
	for id := range r.events {
		out[id] = true
	}
	return out
}

// requireState checks the consumer holds exactly want.
func (r *recorder) requireState(t testing.TB, want map[EventID]bool) {
	t.Helper()
	got := r.ids()
	if len(got) != len(want) {
		t.Fatalf("consumer holds %d events, canonical chain has %d\nlog: %v", len(got), len(want), r.log)
	}
	for id := range want {
		if !got[id] {
			t.Fatalf("consumer misses canonical event %s\nlog: %v", id, r.log)
		}
	}
}
