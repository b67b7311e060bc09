package deliberation

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/devchain"
)

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Set(unix int64) { c.mu.Lock(); c.t = time.Unix(unix, 0); c.mu.Unlock() }

type party struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// parties returns n dev keys from offset, sorted by address.
func parties(offset, n int) []party {
	ps := make([]party, n)
	for i := range ps {
		k := devchain.DevKey(offset + i)
		ps[i] = party{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	sort.Slice(ps, func(a, b int) bool { return bytes.Compare(ps[a].addr[:], ps[b].addr[:]) < 0 })
	return ps
}

var testDomain = dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000D1"))

// Schedule of the test manifest: round 0 proposals [100,200), votes
// [200,300); round 1 proposals [300,400), votes [400,500).
const (
	tOpens = 100
	tP0    = 200
	tC0    = 300
	tP1    = 400
	tC1    = 500
)

type fixture struct {
	t      *testing.T
	orch   party
	people []party
	man    *Manifest
	sm     *SignedManifest
	clock  *fakeClock
	domain dipmsg.Domain
}

func newFixture(t *testing.T, target common.Address, domain dipmsg.Domain, n int) *fixture {
	t.Helper()
	f := &fixture{t: t, orch: parties(50, 1)[0], people: parties(60, n), clock: &fakeClock{}, domain: domain}
	f.man = &Manifest{
		Target: target, SubjectID: big.NewInt(42), Nonce: big.NewInt(7), Credits: 100, Opens: tOpens,
		Rounds: []Round{{tP0, tC0}, {tP1, tC1}},
	}
	for _, p := range f.people {
		f.man.Participants = append(f.man.Participants, p.addr)
	}
	var err error
	if f.sm, err = SignManifest(context.Background(), dipmsg.KeySigner{Key: f.orch.key}, domain, f.man); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tOpens)
	return f
}

// ingest opens a session store in a temporary directory (closed at the
// test's end) and an ingest over it with f's engine.
func (f *fixture) ingest(ctx context.Context) (*Store, *Ingest) {
	f.t.Helper()
	st, err := OpenStore(ctx, filepath.Join(f.t.TempDir(), "delib.db"))
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { st.Close() })
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		f.t.Fatal(err)
	}
	return st, in
}

func (f *fixture) engine() *Engine {
	return NewEngine(f.domain, []common.Address{f.orch.addr}, f.clock.Now)
}

func (f *fixture) sign(key *ecdsa.PrivateKey, m dipmsg.Message) *dipmsg.Envelope {
	f.t.Helper()
	sig, err := dipmsg.SignWithKey(key, f.domain, m)
	if err != nil {
		f.t.Fatal(err)
	}
	return &dipmsg.Envelope{Domain: f.domain, Message: m, Sig: sig}
}

func content(i int) common.Hash { return crypto.Keccak256Hash([]byte{byte(i), 'p'}) }

func (f *fixture) proposal(i int, round uint32) *dipmsg.Envelope {
	return f.sign(f.people[i].key, &dipmsg.Proposal{Session: f.man.ID(), Round: round, Author: f.people[i].addr, ContentHash: content(i)})
}

func (f *fixture) ballot(i int, round uint32, votes ...int64) *dipmsg.Envelope {
	return f.sign(f.people[i].key, &dipmsg.Ballot{Session: f.man.ID(), Round: round, Voter: f.people[i].addr, Votes: votes})
}

func (f *fixture) evaluation(i int, round uint32, of int, score int64) *dipmsg.Envelope {
	return f.sign(f.people[i].key, &dipmsg.Evaluation{Session: f.man.ID(), Round: round, Evaluator: f.people[i].addr, ContentHash: content(of), Score: score})
}
