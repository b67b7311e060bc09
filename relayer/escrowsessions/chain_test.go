package escrowsessions

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go"

	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/deliberation/sim"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/relayer/watcher"
	"github.com/dip-market/dip/settlement"
)

// Dev accounts of the chain test.
const (
	adminIdx = iota
	relayerIdx
	buyerIdx
	expertIdx
	evalAIdx
	evalBIdx
	evalCIdx
	minterIdx
	numAccounts
)

var oneToken = lat.One

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// guild is a guild's escrow and Settlement with a tier-1 LAT held by the
// expert and a payment token held by the buyer.
type guild struct {
	t    *testing.T
	b    chain.Backend
	opts func(int) *bind.TransactOpts
	addr func(int) common.Address
	esc  *escrow.Escrow
	st   *settlement.Settlement
	pay  common.Address
}

func deployGuild(t *testing.T, b chain.Backend, opts func(int) *bind.TransactOpts, addr func(int) common.Address) *guild {
	t.Helper()
	ctx := context.Background()
	g := &guild{t: t, b: b, opts: opts, addr: addr}
	admin := opts(adminIdx)
	tok, _, err := lat.Deploy(ctx, b, admin, common.Address{}, lat.Params{Name: "Tier One", Symbol: "T1", Guild: addr(adminIdx), Tier: 1, Minter: addr(minterIdx)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(minterIdx), addr(expertIdx), new(big.Int).Mul(oneToken, big.NewInt(10))); err != nil {
		t.Fatal(err)
	}
	erc := mockerc20.NewMockERC20()
	if g.pay, _, err = chain.Deploy(ctx, b, admin, append(common.FromHex(mockerc20.MockERC20MetaData.Bin), erc.PackConstructor("Pay", "PAY", 18)...)); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Transact(ctx, b, opts(buyerIdx), g.pay, erc.PackMint(addr(buyerIdx), new(big.Int).Mul(oneToken, big.NewInt(10_000)))); err != nil {
		t.Fatal(err)
	}
	tv, _, err := settlement.DeployTallyVerifier(ctx, b, admin)
	if err != nil {
		t.Fatal(err)
	}
	if g.st, _, err = settlement.Deploy(ctx, b, admin, common.Address{}, settlement.Params{
		Admin: addr(adminIdx), Treasury: addr(adminIdx), TallyVerifier: tv, Config: settlement.DefaultConfig(),
	}); err != nil {
		t.Fatal(err)
	}
	// A one-day minimum (the default is two) lets a test open an order whose
	// review window cannot fit a session and the challenge window.
	escCfg := escrow.DefaultConfig()
	escCfg.MinReviewWindow = 86400
	if g.esc, _, err = escrow.Deploy(ctx, b, admin, common.Address{}, escrow.Params{
		Admin: addr(adminIdx), Treasury: addr(adminIdx), Settlement: g.st.Address(),
		LATs: []common.Address{tok.Address()}, Config: escCfg,
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := g.st.SetTarget(ctx, admin, g.esc.Address(), true); err != nil {
		t.Fatal(err)
	}
	return g
}

// order opens, accepts and (when content is non-zero) delivers an order
// with the given review window; it returns the order id.
func (g *guild) order(review time.Duration, content common.Hash) *big.Int {
	g.t.Helper()
	ctx := context.Background()
	now, err := escrow.Now(ctx, g.b)
	if err != nil {
		g.t.Fatal(err)
	}
	n := uint64(now.Unix())
	amount := new(big.Int).Mul(oneToken, big.NewInt(100))
	if _, err := escrow.EnsureAllowance(ctx, g.b, g.opts(buyerIdx), g.pay, g.esc.Address(), amount); err != nil {
		g.t.Fatal(err)
	}
	id, _, err := g.esc.Open(ctx, g.opts(buyerIdx), escrow.OrderParams{
		Token: g.pay, Amount: amount, Tier: 1, SpecHash: crypto.Keccak256Hash([]byte("spec")),
		AcceptDeadline: n + 86400, DeliveryDeadline: n + 10*86400, ReviewWindow: uint64(review / time.Second),
	})
	if err != nil {
		g.t.Fatal(err)
	}
	if _, err := g.esc.ApproveBond(ctx, g.opts(expertIdx), 1); err != nil {
		g.t.Fatal(err)
	}
	if _, err := g.esc.Accept(ctx, g.opts(expertIdx), id, 1, 10_000); err != nil {
		g.t.Fatal(err)
	}
	if content != (common.Hash{}) {
		if _, err := g.esc.Deliver(ctx, g.opts(expertIdx), id, content); err != nil {
			g.t.Fatal(err)
		}
	}
	return id
}

// env is a guild on the embedded chain, a bonded relayer (txmgr), a
// deliberation ingest served over HTTP with its settler, and the
// escrow-sessions pipeline's wiring.
type env struct {
	*guild
	c        *devchain.Chain
	in       *deliberation.Ingest
	settler  *deliberation.Settler
	delibURL string
	posts    atomic.Int64 // POST /sessions seen by the deliberation relayer
	sign     signer.Signer
	log      *syncBuffer
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	c := devchain.New(devchain.WithAccounts(numAccounts))
	t.Cleanup(func() { _ = c.Close() })
	b := c.Client()
	e := &env{guild: deployGuild(t, b, c.Transactor, c.Address), c: c, log: &syncBuffer{}}
	if _, err := e.st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(oneToken, big.NewInt(5))); err != nil {
		t.Fatal(err)
	}
	domain, err := e.st.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The relayer's transaction manager.
	txs, err := store.Open(ctx, filepath.Join(t.TempDir(), "relayer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { txs.Close() })
	cfg := txmgr.DefaultConfig()
	cfg.ChainID = devchain.ChainID.Uint64()
	cfg.ConfirmationDepth = 1
	cfg.PollInterval = 20 * time.Millisecond
	mgr, err := txmgr.New(ctx, cfg, b, txtest.NewKeySigner(c.Key(relayerIdx), devchain.ChainID), txs, txmgr.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	if err := mgr.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = mgr.Stop(context.Background()) })
	// The relayer's signer is the guild's orchestrator key.
	if e.sign, err = signer.FromPrivateKey(c.Key(relayerIdx), devchain.ChainID); err != nil {
		t.Fatal(err)
	}
	// The deliberation pipeline's parts, on the wall clock.
	ds, err := deliberation.OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ds.Close() })
	if e.in, err = deliberation.NewIngest(ctx, deliberation.NewEngine(domain, []common.Address{c.Address(relayerIdx)}, time.Now), ds); err != nil {
		t.Fatal(err)
	}
	e.settler = deliberation.NewSettler(e.in, mgr, e.st, b, slog.New(slog.DiscardHandler))
	h := deliberation.NewHandler(e.in, deliberation.WithLogger(slog.New(slog.DiscardHandler)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/sessions") {
			e.posts.Add(1)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	e.delibURL = srv.URL
	return e
}

// running is a started pipeline with its watcher.
type running struct {
	p   *Pipeline
	w   *watcher.Watcher
	mux *http.ServeMux
}

func (e *env) config(db string) Config {
	return Config{
		DBPath: db, Escrow: e.esc.Address(),
		Evaluators: []common.Address{e.c.Address(evalAIdx), e.c.Address(evalBIdx), e.c.Address(evalCIdx)},
		Schedule:   Schedule{Rounds: 1, Propose: 2 * time.Second, Vote: 2 * time.Second, Lead: time.Second, Credits: 36},
		Submitter:  &HTTPSubmitter{URL: e.delibURL}, RetryInterval: time.Hour, SettleMargin: time.Hour,
	}
}

// start starts a pipeline on db with fresh (in-memory) watcher checkpoints,
// so every delivery since block 0 is delivered again.
func (e *env) start(ctx context.Context, cfg Config) *running {
	e.t.Helper()
	p, err := NewPipeline(cfg, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	p.submitted = make(chan error, 16)
	r := &running{p: p, mux: http.NewServeMux()}
	cps := watcher.NewMemoryCheckpoints()
	err = p.start(ctx, wiring{
		log: slog.New(slog.NewTextHandler(e.log, nil)), backend: e.c.Client(), signer: e.sign, mux: r.mux,
		newWatcher: func(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error) {
			w, err := watcher.New(e.c.Client(), cps, h, append([]watcher.Option{watcher.WithName(name), watcher.WithLogger(slog.New(slog.DiscardHandler))}, opts...)...)
			r.w = w
			return w, err
		},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = p.Stop(context.Background()) })
	<-p.submitted // the pass at start
	return r
}

// poll delivers the confirmed logs and waits for the submission pass the
// new records kick off (when any).
func (e *env) poll(ctx context.Context, r *running, wantPass bool) {
	e.t.Helper()
	if _, err := r.w.Poll(ctx); err != nil {
		e.t.Fatalf("watcher poll: %v", err)
	}
	if wantPass {
		select {
		case err := <-r.p.submitted:
			if err != nil {
				e.t.Fatalf("submission pass: %v", err)
			}
		case <-ctx.Done():
			e.t.Fatal("no submission pass")
		}
	}
}

func (e *env) record(ctx context.Context, st *Store, id *big.Int) *Record {
	e.t.Helper()
	rec, err := st.Get(ctx, id.String())
	if err != nil {
		e.t.Fatalf("record of order %s: %v", id, err)
	}
	return rec
}

// TestEscrowSessionsOnChain: orders opened, accepted and delivered; the
// pipeline opens a session per valid delivery, ignores an order the buyer
// already approved and one whose review window is too short; a restart
// opens nothing twice; evaluators join and vote (approve on one, reject on
// another, nobody on a third); the relayer settles the three with the escrow
// as target; the escrow records a passing evaluation (then releases) and two
// failing ones (Disputed; one then resolved by the default split).
func TestEscrowSessionsOnChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	e := newEnv(t)
	good, bad := crypto.Keccak256Hash([]byte("good work")), crypto.Keccak256Hash([]byte("bad work"))
	passID := e.order(3*24*time.Hour, good)
	failID := e.order(3*24*time.Hour, bad)
	approvedID := e.order(3*24*time.Hour, crypto.Keccak256Hash([]byte("approved at once")))
	if _, err := e.esc.ApproveDelivery(ctx, e.c.Transactor(buyerIdx), approvedID); err != nil {
		t.Fatal(err)
	}
	shortID := e.order(24*time.Hour, crypto.Keccak256Hash([]byte("short review")))
	silentID := e.order(3*24*time.Hour, crypto.Keccak256Hash([]byte("nobody votes")))

	// The deliberation relayer also ingests over NATS: accepted sessions
	// are announced there as jobs.
	ni, err := deliberation.NewNATSIngest(deliberation.NATSConfig{StoreDir: t.TempDir(), Port: -1}, e.in, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := ni.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ni.Stop()
	nc, err := nats.Connect(ni.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	jobs, err := nc.SubscribeSync(deliberation.SubjectRoot + ".*.manifest")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "escrow-sessions.db")
	cfg := e.config(db)
	cfg.Announcer = NewNATSAnnouncer(ni.ClientURL())
	r := e.start(ctx, cfg)
	e.poll(ctx, r, true)
	st := r.p.Store()
	announced := map[string]bool{}
	for range 3 {
		m, err := jobs.NextMsg(10 * time.Second)
		if err != nil {
			t.Fatalf("job announcement: %v", err)
		}
		announced[m.Subject] = true
	}
	for _, id := range []*big.Int{passID, failID, silentID} {
		rec := e.record(ctx, st, id)
		if rec.State != StateSubmitted || rec.Session == "" || rec.Announcement != AnnounceDone {
			t.Fatalf("order %s: %+v, want a submitted and announced session", id, rec)
		}
		if !announced[deliberation.ManifestSubject(common.HexToHash(rec.Session))] {
			t.Fatalf("order %s: session %s not announced on NATS (got %v)", id, rec.Session, announced)
		}
	}
	for id, want := range map[*big.Int]string{approvedID: "order is Released, not Delivered", shortID: "review window ends at"} {
		rec := e.record(ctx, st, id)
		if rec.State != StateIgnored || !strings.Contains(rec.Reason, want) {
			t.Fatalf("order %s: %+v, want ignored with %q", id, rec, want)
		}
		if !strings.Contains(e.log.String(), "escrow delivery ignored") || !strings.Contains(e.log.String(), "order_id="+id.String()) {
			t.Fatalf("log lacks the ignored order %s:\n%s", id, e.log.String())
		}
	}
	if n := e.posts.Load(); n != 3 {
		t.Fatalf("%d manifests posted, want 3", n)
	}
	passRec := e.record(ctx, st, passID)
	// The session is bound to the delivery: nonce = the question hash.
	q := QuestionHash(e.esc.Address(), passID, crypto.Keccak256Hash([]byte("spec")), good)
	want, err := e.st.Session(ctx, e.esc.Address(), passID, new(big.Int).SetBytes(q[:]), 0, 36)
	if err != nil {
		t.Fatal(err)
	}
	if passRec.Session != want.ID().Hex() || passRec.Question != q.Hex() {
		t.Fatalf("session %s question %s, want %s and %s", passRec.Session, passRec.Question, want.ID().Hex(), q.Hex())
	}

	// Restart with fresh checkpoints: every delivery comes again, nothing is opened twice.
	if err := r.p.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	r = e.start(ctx, cfg)
	e.poll(ctx, r, false)
	st = r.p.Store()
	if n, sessions := e.posts.Load(), len(e.in.Engine.Sessions()); n != 3 || sessions != 3 {
		t.Fatalf("after the restart: %d posts and %d sessions, want 3 and 3", n, sessions)
	}
	if recs, err := st.List(ctx, ""); err != nil || len(recs) != 5 {
		t.Fatalf("after the restart: %d records (%v), want 5", len(recs), err)
	}

	// The evaluators join through the pipeline's order list.
	api := httptest.NewServer(r.mux)
	defer api.Close()
	invs, err := sim.EscrowSessionsLister(api.URL, nil)(ctx)
	if err != nil || len(invs) != 3 {
		t.Fatalf("invitations %+v (%v), want 3", invs, err)
	}
	agents := []*ecdsa.PrivateKey{e.c.Key(expertIdx), e.c.Key(evalAIdx), e.c.Key(evalBIdx), e.c.Key(evalCIdx)}
	var wg sync.WaitGroup
	results := make([]*sim.JoinResult, len(invs))
	errs := make([]error, len(invs))
	for i, inv := range invs {
		vote, joining := sim.VoteApprove, agents
		switch inv.Label {
		case "order " + failID.String():
			vote = sim.VoteReject
		case "order " + silentID.String():
			joining = agents[:1] // the deliverer proposes, no evaluator shows up
		}
		j, err := sim.NewJoiner(sim.JoinConfig{RelayerURL: e.delibURL, Agents: joining, Vote: vote, Concurrency: 2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = j.Join(ctx, inv.Session, inv.Proposals)
		}()
	}
	wg.Wait()
	for i, inv := range invs {
		want := uint32(3)
		if inv.Label == "order "+silentID.String() {
			want = 0
		}
		if errs[i] != nil || results[i].Tally == nil || results[i].Tally.BallotCount != want {
			t.Fatalf("%s: %+v (%v), want a tally of %d ballots", inv.Label, results[i], errs[i], want)
		}
	}

	// The relayer claims both sessions, the window passes, it finalizes them.
	settled := func(id *big.Int) *deliberation.Record {
		rec, err := e.in.Store.GetRecord(ctx, common.HexToHash(e.record(ctx, st, id).Session))
		if err != nil {
			t.Fatal(err)
		}
		return rec
	}
	advanced := false
	for step := 0; step < 12; step++ {
		if err := e.settler.Step(ctx); err != nil {
			t.Fatalf("settler step: %v", err)
		}
		recs := []*deliberation.Record{settled(passID), settled(failID), settled(silentID)}
		all := func(state deliberation.SettlementState) bool {
			for _, r := range recs {
				if r == nil || r.State != state {
					return false
				}
			}
			return true
		}
		if all(deliberation.StateFinalized) {
			for _, r := range recs {
				if !r.Delivered {
					t.Fatalf("callback not delivered: %+v", r)
				}
			}
			break
		}
		if !advanced && all(deliberation.StateClaimed) {
			if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
				t.Fatal(err)
			}
			advanced = true
		}
	}
	pass, err := e.esc.Order(ctx, passID)
	if err != nil {
		t.Fatal(err)
	}
	fail, err := e.esc.Order(ctx, failID)
	if err != nil {
		t.Fatal(err)
	}
	if pass.State != escrow.StateEvaluated || pass.Score.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("passing order: %s score %s, want Evaluated with 1e18", pass.State, pass.Score)
	}
	if fail.State != escrow.StateDisputed || fail.Disputant != e.st.Address() || fail.Score.Cmp(big.NewInt(-1e18)) != 0 {
		t.Fatalf("failing order: %s by %s score %s, want Disputed by the Settlement with -1e18", fail.State, fail.Disputant.Hex(), fail.Score)
	}
	// No ballot: every sum is zero, no winner, the evaluation fails.
	if silent, err := e.esc.Order(ctx, silentID); err != nil || silent.State != escrow.StateDisputed || silent.Score.Sign() != 0 {
		t.Fatalf("order without ballots: %+v (%v), want Disputed with score 0", silent, err)
	}

	// Release path: the dispute window passes; refund path: the ruling window passes.
	if err := e.c.AdvanceTime(8 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	for _, id := range []*big.Int{passID, failID} {
		if _, err := e.esc.SettleTimeout(ctx, e.c.Transactor(buyerIdx), id); err != nil {
			t.Fatalf("settle timeout of order %s: %v", id, err)
		}
	}
	if o, err := e.esc.Order(ctx, passID); err != nil || o.State != escrow.StateReleased {
		t.Fatalf("passing order after the dispute window: %v (%v), want Released", o.State, err)
	}
	if o, err := e.esc.Order(ctx, failID); err != nil || o.State != escrow.StateResolved {
		t.Fatalf("failing order after the ruling window: %v (%v), want Resolved", o.State, err)
	}
	buyerBack, err := e.esc.Credit(ctx, e.pay, e.c.Address(buyerIdx))
	if err != nil || buyerBack.Sign() <= 0 {
		t.Fatalf("buyer credit %s (%v), want the default split of the failed order", buyerBack, err)
	}
}

// TestStartRefusesMisconfiguration: a Settlement other than the escrow's, or
// an address that is no escrow, stops the pipeline (and the relayer) at start.
func TestStartRefusesMisconfiguration(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"other settlement", func(c *Config) { c.Settlement = common.HexToAddress("0x5e771e") }, "reports settlement"},
		{"not an escrow", func(c *Config) { c.Escrow = common.HexToAddress("0xE5C0") }, "read the settlement of escrow"},
	}
	for _, tt := range tests {
		cfg := e.config(filepath.Join(t.TempDir(), "es.db"))
		tt.mutate(&cfg)
		p, err := NewPipeline(cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = p.start(context.Background(), wiring{log: slog.New(slog.DiscardHandler), backend: e.c.Client(), signer: e.sign})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			_ = p.Stop(context.Background())
			t.Fatalf("%s: start = %v, want an error with %q", tt.name, err, tt.want)
		}
	}
}
