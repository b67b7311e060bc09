package powepochs

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	settlementbind "github.com/dip-market/dip/bindings/settlement"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

var (
	us     = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	them   = common.HexToAddress("0x00000000000000000000000000000000000000bb")
	ladder = common.HexToAddress("0x000000000000000000000000000000000000001a")
)

// chainFake is the Settlement, ladder, head and transaction manager of the
// settler tests: a sent intent either reverts (per op) or applies its effect.
type chainFake struct {
	head     types.Header
	subject  *big.Int
	claim    *settlement.Claim
	revealed map[common.Address]bool
	comp     acip.Competition
	revert   map[string]bool         // op suffix -> revert
	before   map[string]func()       // op suffix -> effect applied before the (reverting) send
	effects  map[string]func([]byte) // op suffix -> effect of a successful send
	sent     []string
}

func (f *chainFake) Account() common.Address { return us }

func (f *chainFake) Submit(_ context.Context, key string, c txmgr.TxCandidate) (store.Intent, error) {
	f.sent = append(f.sent, key)
	op := opOf(key)
	if b := f.before[op]; b != nil {
		b()
	}
	if !f.revert[op] {
		if e := f.effects[op]; e != nil {
			e(c.TxData)
		}
	}
	return store.Intent{Key: key}, nil
}

func (f *chainFake) Wait(_ context.Context, key string) (txmgr.Result, error) {
	op := opOf(key)
	if f.revert[op] {
		return txmgr.Result{Key: key, State: store.StateReverted, Reason: "execution reverted"}, txmgr.ErrReverted
	}
	return txmgr.Result{Key: key, State: store.StateConfirmed}, nil
}

// opOf returns the operation of an epoch-3 intent key (".../3/<op>").
func opOf(key string) string { return key[strings.LastIndex(key, "/3/")+3:] }

func (f *chainFake) Address() common.Address { return common.HexToAddress("0x5e771e") }

func (f *chainFake) SubjectClaim(context.Context, common.Address, *big.Int) (*big.Int, error) {
	if f.subject == nil {
		return new(big.Int), nil
	}
	return f.subject, nil
}

func (f *chainFake) Claim(context.Context, *big.Int) (*settlement.Claim, error) {
	c := *f.claim
	return &c, nil
}

func (f *chainFake) SampleIndex(_ context.Context, _ *big.Int, slot uint8) (uint32, error) {
	return uint32(slot) % f.claim.LeafCount, nil
}

func (f *chainFake) EntryOf(_ context.Context, _ *big.Int, a common.Address) (acip.Entry, error) {
	if f.revealed[a] {
		return acip.Entry{Status: acip.EntryRevealed}, nil
	}
	return acip.Entry{Status: acip.EntryCommitted}, nil
}

func (f *chainFake) Competition(context.Context, *big.Int) (acip.Competition, error) {
	return f.comp, nil
}

func (f *chainFake) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	h := f.head
	return &h, nil
}

type okProver struct{}

func (okProver) ProveNonce(context.Context, *big.Int, pow.EpochLeaf, []*big.Int) ([]byte, error) {
	return []byte{1}, nil
}

// settlerEnv is an offline ingest holding accepted batches of one miner for
// epoch 3, and a settler over a chainFake in which our submit creates claim 1.
func settlerEnv(t *testing.T, revealed bool) (*Settler, *chainFake) {
	t.Helper()
	in, p, domain := offlineIngest(t)
	for _, b := range mineOffline(t, p, domain, 3) {
		if _, err := in.Accept(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	f := &chainFake{
		head:     types.Header{Number: big.NewInt(10), Time: 5001}, // past miningEnd 1000 and the reveal deadline
		revealed: map[common.Address]bool{},
		comp:     acip.Competition{RevealDeadline: 5000},
		revert:   map[string]bool{}, before: map[string]func(){}, effects: map[string]func([]byte){},
	}
	if revealed {
		for _, m := range in.runOf(3).book.Miners() {
			f.revealed[m] = true
		}
	}
	f.effects["submit"] = func([]byte) {
		rec, _ := in.state.get(3)
		f.subject = big.NewInt(1)
		f.claim = &settlement.Claim{ISettlementClaim: settlementbind.ISettlementClaim{
			Relayer: us, Root: rec.Root, LeafCount: uint32(rec.LeafCount), SampleBlock: 5, Samples: 2,
		}, ID: big.NewInt(1), Status: settlement.StatusPending}
	}
	f.effects["draw"] = func([]byte) { f.claim.Seed = [32]byte{1} }
	for slot := range 2 {
		f.effects[fmt.Sprintf("answer/%d", slot)] = func([]byte) { f.claim.Answered |= 1 << slot }
	}
	f.effects["finalize"] = func([]byte) {
		f.claim.Status, f.claim.Callback = settlement.StatusFinalized, settlement.CallbackDelivered
	}
	s := &Settler{
		in: in, sender: f, claims: f, ladder: f, target: ladder, head: f, log: slog.New(slog.DiscardHandler), metrics: NoopMetrics{},
		built: map[uint64]*pow.EpochClaim{}, proofs: map[uint64]map[uint32][]byte{},
		newProver: func(pow.Params) (pow.NonceProver, error) { return okProver{}, nil },
	}
	return s, f
}

func advance(t *testing.T, s *Settler) EpochRecord {
	t.Helper()
	if err := s.Advance(context.Background(), 3); err != nil {
		t.Fatal(err)
	}
	rec, _ := s.in.state.get(3)
	return rec
}

func TestSettlerHappyPath(t *testing.T) {
	t.Parallel()
	s, f := settlerEnv(t, true)
	f.head.Time = 999 // still mining
	if rec := advance(t, s); rec.State != "" && rec.State != StateMining {
		t.Fatalf("before the mining end: %+v", rec)
	}
	// The claim waits for the reveal deadline too (the revealed entrants are then final).
	f.head.Time = 1001
	if rec := advance(t, s); rec.State != "" && rec.State != StateMining {
		t.Fatalf("before the reveal deadline: %+v", rec)
	}
	f.head.Time = 5001
	rec := advance(t, s)
	if rec.State != StateFinalized || !rec.Delivered || rec.ClaimID != "1" {
		t.Fatalf("in the resolution phase: %+v, want claim 1 finalized and delivered", rec)
	}
	want := []string{"submit", "draw", "answer/0", "answer/1", "finalize"}
	if len(f.sent) != len(want) {
		t.Fatalf("sent %v, want %v", f.sent, want)
	}
	for i, op := range want {
		if !strings.HasSuffix(f.sent[i], "/3/"+op) || !strings.HasPrefix(f.sent[i], PipelineName+"/") {
			t.Fatalf("intent %d key %q, want .../3/%s", i, f.sent[i], op)
		}
	}
}

func TestSettlerFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		revealed bool
		setup    func(*chainFake)
		want     State
		reason   string
	}{
		{"no revealed entrant", false, nil, StateFailed, "no verified nonce of a revealed entrant"},
		{"another relayer's claim", true, func(f *chainFake) {
			f.subject = big.NewInt(9)
			f.claim = &settlement.Claim{ISettlementClaim: settlementbind.ISettlementClaim{Relayer: them}, Status: settlement.StatusPending}
		}, StateFailed, "another relayer"},
		{"submit reverts", true, func(f *chainFake) { f.revert["submit"] = true }, StateFailed, "submit reverted"},
		{"answer reverts", true, func(f *chainFake) { f.revert["answer/1"] = true }, StateFailed, "answer slot 1"},
		{"slot answered by someone else", true, func(f *chainFake) {
			f.revert["answer/0"] = true
			f.before["answer/0"] = func() { f.claim.Answered |= 1 }
		}, StateFinalized, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s, f := settlerEnv(t, tc.revealed)
			if tc.setup != nil {
				tc.setup(f)
			}
			rec := advance(t, s)
			if rec.State != tc.want || !strings.Contains(rec.Reason, tc.reason) {
				t.Fatalf("record %+v, want %s with reason %q", rec, tc.want, tc.reason)
			}
		})
	}
}
