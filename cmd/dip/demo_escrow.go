package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/escrowsessions"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/relayer/watcher"
	"github.com/dip-market/dip/settlement"
)

// demoClock is the in-process relayer's clock: the demo moves it through a
// session's phases instead of waiting for them.
type demoClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *demoClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

// set moves the clock to unix time sec (never back).
func (c *demoClock) set(sec uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := time.Unix(int64(sec), 0); t.After(c.t) {
		c.t = t
	}
}

// demoRelayer is a relayer run in-process on the embedded chain: the
// deliberation pipeline's ingest and settler (with its transaction manager)
// and the escrow-sessions pipeline, wired as `dip relayer run` wires them
// when both pipelines run in one relayer.
type demoRelayer struct {
	clock   *demoClock
	in      *deliberation.Ingest
	settler *deliberation.Settler
	es      *escrowsessions.Pipeline
	watch   *watcher.Watcher
	closers []func()
}

func (r *demoRelayer) stop() {
	for i := len(r.closers) - 1; i >= 0; i-- {
		r.closers[i]()
	}
}

// startDemoRelayer starts the relayer's two pipelines for the guild's escrow.
func startDemoRelayer(ctx context.Context, e *demoEnv, esc *escrow.Escrow, st *settlement.Settlement, evaluators []common.Address) (_ *demoRelayer, err error) {
	b := e.chain.Client()
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	r := &demoRelayer{clock: &demoClock{t: time.Unix(int64(head.Time), 0)}}
	defer func() {
		if err != nil {
			r.stop()
		}
	}()
	dir, err := os.MkdirTemp("", "dip-demo-relayer-")
	if err != nil {
		return nil, err
	}
	r.closers = append(r.closers, func() { os.RemoveAll(dir) })
	quiet := slog.New(slog.DiscardHandler)
	key := e.chain.Key(roleRelayer)
	sig, err := signer.FromPrivateKey(key, devchain.ChainID)
	if err != nil {
		return nil, err
	}

	// The relayer's transaction manager, on its own database.
	txs, err := store.Open(ctx, filepath.Join(dir, "relayer.db"))
	if err != nil {
		return nil, err
	}
	r.closers = append(r.closers, func() { txs.Close() })
	cfg := txmgr.DefaultConfig()
	cfg.ChainID = devchain.ChainID.Uint64()
	cfg.ConfirmationDepth = 1
	cfg.PollInterval = 10 * time.Millisecond
	mgr, err := txmgr.New(ctx, cfg, b, sig, txs, txmgr.WithLogger(quiet))
	if err != nil {
		return nil, err
	}
	if err := mgr.Start(); err != nil {
		return nil, err
	}
	r.closers = append(r.closers, func() { _ = mgr.Stop(context.Background()) })

	// The deliberation pipeline: engine (orchestrator = the relayer's own key), store, ingest, settler.
	domain, err := st.Domain(ctx)
	if err != nil {
		return nil, err
	}
	ds, err := deliberation.OpenStore(ctx, filepath.Join(dir, "deliberation.db"))
	if err != nil {
		return nil, err
	}
	r.closers = append(r.closers, func() { ds.Close() })
	if r.in, err = deliberation.NewIngest(ctx, deliberation.NewEngine(domain, []common.Address{sig.Address()}, r.clock.now), ds); err != nil {
		return nil, err
	}
	r.settler = deliberation.NewSettler(r.in, mgr, st, b, quiet)

	// The escrow-sessions pipeline, handing manifests straight to that ingest.
	one := uint64(1)
	r.es, err = escrowsessions.NewPipeline(escrowsessions.Config{
		DBPath: filepath.Join(dir, "escrow-sessions.db"), Escrow: esc.Address(), Settlement: st.Address(), Evaluators: evaluators,
		Schedule:      escrowsessions.Schedule{Rounds: 1, Propose: time.Minute, Vote: 2 * time.Minute, Credits: demoCredits},
		Submitter:     escrowsessions.IngestSubmitter{Ingest: func() *deliberation.Ingest { return r.in }},
		Confirmations: &one, StartBlock: head.Number.Uint64(), RetryInterval: time.Hour, SettleMargin: time.Hour,
	}, r.clock.now)
	if err != nil {
		return nil, err
	}
	cps := watcher.NewMemoryCheckpoints()
	err = r.es.StartEmbedded(ctx, escrowsessions.EmbeddedDeps{
		Log: quiet, Backend: b, Signer: sig,
		NewWatcher: func(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error) {
			w, err := watcher.New(b, cps, h, append([]watcher.Option{watcher.WithName(name), watcher.WithLogger(quiet)}, opts...)...)
			r.watch = w
			return w, err
		},
	})
	if err != nil {
		return nil, err
	}
	r.closers = append(r.closers, func() { _ = r.es.Stop(context.Background()) })
	return r, nil
}

// session waits for the escrow-sessions pipeline to hand order id's session
// to the deliberation ingest and returns its record.
func (r *demoRelayer) session(ctx context.Context, id *big.Int) (*escrowsessions.Record, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		rec, err := r.es.Store().Get(ctx, id.String())
		switch {
		case err == nil && rec.State == escrowsessions.StateSubmitted:
			return rec, nil
		case err == nil && (rec.State == escrowsessions.StateIgnored || rec.State == escrowsessions.StateRefused):
			return nil, fmt.Errorf("the escrow-sessions pipeline left order %s %s: %s", id, rec.State, rec.Reason)
		case err != nil && !errors.Is(err, escrowsessions.ErrNotFound):
			return nil, err
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			return nil, fmt.Errorf("order %s: no session submitted: %w", id, ctx.Err())
		}
	}
}

// settle runs settler steps until session id's record reaches want.
func (r *demoRelayer) settle(ctx context.Context, id common.Hash, want deliberation.SettlementState) (*deliberation.Record, error) {
	for range 8 {
		if err := r.settler.Step(ctx); err != nil {
			return nil, err
		}
		rec, err := r.in.Store.GetRecord(ctx, id)
		if err != nil {
			return nil, err
		}
		if rec != nil && rec.State == want {
			return rec, nil
		}
		if rec != nil && (rec.State == deliberation.StateFailed || rec.State == deliberation.StateRejected) {
			return nil, fmt.Errorf("session %s: settlement %s: %s", id.Hex(), rec.State, rec.Reason)
		}
	}
	return nil, fmt.Errorf("session %s never reached %s", id.Hex(), want)
}

// actEscrow runs one escrow order of the guild's suite from opening to
// release through the relayer's pipelines: the buyer pays with a permit,
// the expert who won a tier-1 LAT by mining bonds it and delivers; the
// escrow-sessions pipeline sees the delivery and opens a deliberation
// session for the guild's evaluators, the deliberation pipeline takes their
// signed messages, tallies the session and settles it on the guild's
// Settlement, whose finalization evaluates the order; the buyer approves.
func actEscrow(ctx context.Context, e *demoEnv) error {
	e.section("5. A buyer's escrow order, evaluated through the relayer pipelines")
	b := e.chain.Client()
	g := e.guild
	if g == nil || g.holder == g.seller {
		return errors.New("the escrow act needs the guild and competition acts first")
	}
	expert := g.holder
	esc, st, pay, latAddr := escrow.Attach(g.suite.Escrow, b), settlement.Attach(g.suite.Settlement, b), g.pay, g.suite.LAT(1)
	stCfg, err := st.Config(ctx)
	if err != nil {
		return err
	}
	wired, err := esc.Settlement(ctx)
	if err != nil {
		return err
	}
	if target, err := st.IsTarget(ctx, esc.Address()); err != nil || wired != st.Address() || !target {
		return fmt.Errorf("the guild's escrow reports settlement %s (target %v, %v), want %s", wired.Hex(), target, err, st.Address().Hex())
	}
	treasury, err := esc.Treasury(ctx)
	if err != nil {
		return err
	}
	held, err := lat.Attach(latAddr, b).BalanceOf(ctx, e.addr(expert))
	if err != nil {
		return err
	}
	e.stepf("the guild's own escrow and Settlement, created with the suite, take the order")
	e.notef("escrow %s, settlement %s (the escrow is one of its callback targets), treasury %s (the timelock)", esc.Address().Hex(), st.Address().Hex(), treasury.Hex())
	e.notef("%s holds %s DEMO-T1 from the mining competition", roleNames[expert], tokens(held))

	e.stepf("the buyer opens an order for 250 tPAY of tier-1 work, funded by an ERC-2612 permit (no approval tx)")
	r, err := chain.Transact(ctx, b, e.opts(roleBuyer), pay, erc20.PackMint(e.addr(roleBuyer), new(big.Int).Mul(lat.One, big.NewInt(1000))))
	if err != nil {
		return err
	}
	e.tx("buyer faucet", r)
	now, err := escrow.Now(ctx, b)
	if err != nil {
		return err
	}
	n := uint64(now.Unix())
	spec := crypto.Keccak256Hash([]byte("annotate 500 chest X-rays"))
	orderID, r, err := esc.OpenWithPermit(ctx, e.opts(roleBuyer), dipmsg.KeySigner{Key: e.chain.Key(roleBuyer)}, escrow.OrderParams{
		Token: pay, Amount: new(big.Int).Mul(lat.One, big.NewInt(250)), Tier: 1, SpecHash: spec,
		AcceptDeadline: n + 86400, DeliveryDeadline: n + 7*86400, ReviewWindow: 3 * 86400,
	}, now.Add(time.Hour))
	if err != nil {
		return err
	}
	e.tx("openWithPermit", r)
	e.notef("order %s: 250 tPAY held by the escrow, spec %s", orderID, spec.Hex())

	e.stepf("%s accepts the whole order, bonding one DEMO-T1", roleNames[expert])
	if r, err = esc.ApproveBond(ctx, e.opts(expert), 1); err != nil {
		return err
	}
	e.tx("approve bond", r)
	if r, err = esc.Accept(ctx, e.opts(expert), orderID, 1, 10_000); err != nil {
		return err
	}
	e.tx("accept", r)

	// The evaluators are the experts who are no party of the order and an authority node.
	var evaluators []int
	for _, x := range []int{roleExpert1, roleExpert2, roleExpert3, roleAuthority} {
		if x != expert {
			evaluators = append(evaluators, x)
		}
	}
	var evalAddrs []common.Address
	var evalNames []string
	for _, x := range evaluators {
		evalAddrs, evalNames = append(evalAddrs, e.addr(x)), append(evalNames, roleNames[x])
	}
	if err := demoEnsureBond(ctx, e, st, stCfg.ClaimBond); err != nil {
		return err
	}
	e.stepf("the relayer starts in process with two pipelines: escrow-sessions (OrderDelivered watcher, 1 confirmation; evaluators %v) and deliberation (ingest, settler, transaction manager)", evalNames)
	rl, err := startDemoRelayer(ctx, e, esc, st, evalAddrs)
	if err != nil {
		return err
	}
	defer rl.stop()

	content := crypto.Keccak256Hash([]byte(demoDataset))
	e.stepf("%s delivers: content hash %s (the dataset it seals in the access act)", roleNames[expert], content.Hex())
	if r, err = esc.Deliver(ctx, e.opts(expert), orderID, content); err != nil {
		return err
	}
	e.tx("deliver", r)
	e.mine(1)
	if _, err := rl.watch.Poll(ctx); err != nil {
		return err
	}
	rec, err := rl.session(ctx, orderID)
	if err != nil {
		return err
	}
	e.stepf("escrow-sessions: OrderDelivered confirmed; the order checks out on chain; the relayer signs a session manifest and the deliberation ingest accepts it")
	e.notef("session %s", rec.Session)
	e.notef("question %s = keccak256(escrow, order, spec, content)", rec.Question)
	e.notef("participants: the deliverer %s and evaluators %v (buyer and experts of the order left out)", demoName(e, common.HexToAddress(rec.Deliverer)), evalNames)
	sid := common.HexToHash(rec.Session)
	view, err := rl.in.Engine.Session(sid)
	if err != nil {
		return err
	}
	m := view.Manifest.Manifest
	sdomain := view.Manifest.Domain

	accept := func(msg dipmsg.Message, key int) error {
		sig, err := dipmsg.SignWithKey(e.chain.Key(key), sdomain, msg)
		if err != nil {
			return err
		}
		if _, err := rl.in.Accept(ctx, &dipmsg.Envelope{Domain: sdomain, Message: msg, Sig: sig}); err != nil {
			return fmt.Errorf("the deliberation ingest refuses %s's %s: %w", roleNames[key], msg.TypeName(), err)
		}
		return nil
	}
	rl.clock.set(m.Opens)
	e.stepf("the session opens; %s proposes the delivered content hash", roleNames[expert])
	if err := accept(&dipmsg.Proposal{Session: sid, Round: 0, Author: e.addr(expert), ContentHash: content}, expert); err != nil {
		return err
	}
	rl.clock.set(m.Rounds[0].ProposeUntil)
	votes := []int64{3, 2, -1}
	scores := []int64{900_000_000_000_000_000, 700_000_000_000_000_000, -200_000_000_000_000_000}
	e.stepf("the voting phase: each evaluator signs an evaluation and a quadratic ballot (%d credits); the ingest verifies and stores each", demoCredits)
	for i, x := range evaluators {
		if err := accept(&dipmsg.Evaluation{Session: sid, Round: 0, Evaluator: e.addr(x), ContentHash: content, Score: scores[i]}, x); err != nil {
			return err
		}
		if err := accept(&dipmsg.Ballot{Session: sid, Round: 0, Voter: e.addr(x), Votes: []int64{votes[i]}}, x); err != nil {
			return err
		}
		e.notef("%-11s evaluates %s, votes %+d", roleNames[x], formatAmount(big.NewInt(scores[i]), 18), votes[i])
	}

	rl.clock.set(m.Rounds[0].ClosesAt)
	e.stepf("the round closes; the deliberation settler tallies it and claims it, in a batch of the sessions that closed with it, on the guild's Settlement through the transaction manager")
	srec, err := rl.settle(ctx, sid, deliberation.StateClaimed)
	if err != nil {
		return err
	}
	if err := e.receipt(ctx, "submit (txmgr)", srec.SubmitTx); err != nil {
		return err
	}
	e.notef("batch %s (session %d of it), ballot root %s", srec.BatchID, srec.Index, srec.Root.Hex())

	e.stepf("the challenge window (%s) passes unchallenged", formatSeconds(stCfg.ChallengeWindow))
	if err := e.advance(time.Duration(stCfg.ChallengeWindow)*time.Second + time.Minute); err != nil {
		return err
	}
	e.stepf("the settler finalizes; the Settlement calls the escrow back with the outcome")
	if srec, err = rl.settle(ctx, sid, deliberation.StateFinalized); err != nil {
		return err
	}
	if err := e.receipt(ctx, "finalize (txmgr)", srec.FinalTx); err != nil {
		return err
	}
	if !srec.Delivered {
		return fmt.Errorf("session %s finalized but the escrow callback was not delivered", sid.Hex())
	}
	o, err := esc.Order(ctx, orderID)
	if err != nil {
		return err
	}
	if o.State != escrow.StateEvaluated {
		return fmt.Errorf("order %s is %s after the evaluation, want Evaluated", orderID, o.State)
	}
	var winners []string
	for _, w := range srec.Winners {
		winners = append(winners, demoName(e, w))
	}
	e.notef("settled: winners %v, score %s; order %s: %s, score %s >= pass score %s",
		winners, srec.Score, orderID, o.State, formatAmount(o.Score, 18), formatAmount(o.PassScore, 18))
	e.facts.SettledScore = srec.Score

	e.stepf("the buyer approves the evaluated delivery: the escrow releases the payment")
	if r, err = esc.ApproveDelivery(ctx, e.opts(roleBuyer), orderID); err != nil {
		return err
	}
	e.tx("approveDelivery", r)
	if o, err = esc.Order(ctx, orderID); err != nil {
		return err
	}
	e.facts.Order = o
	e.notef("order %s: %s", orderID, o.State)

	e.stepf("%s withdraws its payment and its bond", roleNames[expert])
	got, r, err := esc.Withdraw(ctx, e.opts(expert), pay)
	if err != nil {
		return err
	}
	e.tx("withdraw tPAY", r)
	bond, r, err := esc.Withdraw(ctx, e.opts(expert), latAddr)
	if err != nil {
		return err
	}
	e.tx("withdraw bond", r)
	fee, err := esc.Credit(ctx, pay, treasury)
	if err != nil {
		return err
	}
	e.notef("%s received %s tPAY and its %s DEMO-T1 bond back; the guild's 5%% fee, %s tPAY, waits in the escrow for the treasury",
		roleNames[expert], tokens(got), tokens(bond), tokens(fee))
	return nil
}

// receipt prints the receipt of a transaction someone else sent (the relayer's transaction manager).
func (e *demoEnv) receipt(ctx context.Context, label string, h common.Hash) error {
	r, err := e.chain.Client().TransactionReceipt(ctx, h)
	if err != nil {
		return fmt.Errorf("receipt of %s %s: %w", label, h.Hex(), err)
	}
	e.tx(label, r)
	return nil
}
