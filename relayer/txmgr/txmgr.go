// Package txmgr provides the relayer's transaction manager: callers hand it a
// candidate transaction with an idempotency key, and it owns the account's
// nonces, prices EIP-1559 fees, keeps several transactions in flight,
// replaces stuck ones with higher fees, waits for a confirmation depth,
// re-checks receipts after reorgs and re-sends what was dropped.
//
// Every decision is written to the store before it is acted on (see
// docs/relayer-txmgr.md), so the process may be killed at any moment and a
// new manager on the same store resumes without losing or repeating an intent.
// One manager owns one account; nothing else may send from that account.
package txmgr

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/relayer/store"
)

// TxCandidate is a transaction to execute, without nonce or fees.
type TxCandidate struct {
	// To is the recipient; nil deploys a contract.
	To *common.Address
	// TxData is the calldata.
	TxData []byte
	// Value is the wei to transfer; nil means zero.
	Value *big.Int
	// GasLimit, or 0 to estimate it once before the nonce is assigned.
	GasLimit uint64
}

// Result is the outcome of an intent.
type Result struct {
	Key   string
	State store.State
	// TxHash, BlockNumber and BlockHash identify the mined transaction
	// (zero for an intent that failed before sending).
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
	Nonce       uint64
	// Attempts counts every transaction signed for the intent.
	Attempts int
	// Reason explains a failed or reverted intent.
	Reason string
}

// Manager sends intents from one account. Create it with New, run it with
// Start (or Run), and submit intents from any goroutine.
type Manager struct {
	cfg     Config
	fee     resolved
	backend Backend
	signer  Signer
	store   *store.Store
	metrics Metricer
	log     *slog.Logger
	clock   Clock
	chainID *big.Int
	account common.Address
	txSign  types.Signer

	wake chan struct{}

	mu      sync.Mutex
	waiters map[string][]chan struct{}
	cancels map[int64]bool
	stop    context.CancelFunc
	done    chan struct{}

	// Loop state, owned by the goroutine running step.
	recovered bool
	recheck   bool
	nextNonce uint64
	flights   map[int64]*flight
	head      *types.Header
}

// Option configures New.
type Option func(*Manager)

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(m *Manager) { m.log = l } }

// WithMetrics sets the Metricer (default NoopMetrics).
func WithMetrics(mt Metricer) Option { return func(m *Manager) { m.metrics = mt } }

// WithClock sets the clock used for resubmission timeouts and backoff (tests).
func WithClock(c Clock) Option { return func(m *Manager) { m.clock = c } }

// New checks cfg, the RPC endpoint and the signer, and returns a manager for
// the signer's account. A bad setting fails here with one line saying what
// to fix: an unreachable endpoint, a wrong chain, a fee cap under what the
// network charges now, or a signer that does not sign as its address.
func New(ctx context.Context, cfg Config, backend Backend, signer Signer, st *store.Store, opts ...Option) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if backend == nil || signer == nil || st == nil {
		return nil, fmt.Errorf("%w: backend, signer and store are required", ErrInvalidConfig)
	}
	m := &Manager{
		cfg: cfg, fee: cfg.resolve(), backend: backend, signer: signer, store: st,
		metrics: NoopMetrics{}, log: slog.Default(), clock: realClock{},
		account: signer.Address(), wake: make(chan struct{}, 1),
		waiters: make(map[string][]chan struct{}), cancels: make(map[int64]bool),
		flights: make(map[int64]*flight),
	}
	for _, o := range opts {
		o(m)
	}
	m.log = m.log.With("account", m.account)

	cctx, cancel := context.WithTimeout(ctx, cfg.NetworkTimeout)
	defer cancel()
	id, err := backend.ChainID(cctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: %w: chain id query failed (%v): check the RPC URL and that the node is up", ErrUnreachable, err)
	}
	if cfg.ChainID != 0 && id.Uint64() != cfg.ChainID {
		return nil, fmt.Errorf("txmgr: %w: endpoint serves chain %s, configured chain id is %d: point the RPC URL at chain %d or fix the chain id",
			ErrWrongChain, id, cfg.ChainID, cfg.ChainID)
	}
	m.chainID = id
	m.txSign = types.LatestSignerForChainID(id)
	head, err := backend.HeaderByNumber(cctx, nil)
	if err != nil {
		return nil, fmt.Errorf("txmgr: %w: head query failed (%v): check the RPC URL and that the node is up", ErrUnreachable, err)
	}
	if head.BaseFee == nil {
		return nil, fmt.Errorf("txmgr: %w: head block %s has no base fee: use an EIP-1559 chain", ErrNoEIP1559, head.Number)
	}
	need := new(big.Int).Add(head.BaseFee, m.fee.minTip)
	if m.fee.ceiling.Cmp(need) < 0 {
		return nil, fmt.Errorf("txmgr: %w: max fee cap %v gwei allows ordinary transactions up to %s gwei, the network needs %s gwei now (base fee %s + min tip %s): raise the max fee cap",
			ErrFeeCapTooLow, cfg.MaxFeeCapGwei, gweiString(m.fee.ceiling), gweiString(need), gweiString(head.BaseFee), gweiString(m.fee.minTip))
	}
	if err := m.checkSigner(cctx); err != nil {
		return nil, err
	}
	return m, nil
}

// checkSigner signs a throwaway transaction (never sent) and checks that it
// recovers to the signer's address on this chain.
func (m *Manager) checkSigner(ctx context.Context) error {
	probe := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: 21000, To: &m.account})
	signed, err := m.signer.SignTx(ctx, probe)
	if err != nil {
		return fmt.Errorf("txmgr: %w: test signature failed (%v): check the signer configuration", ErrSignerMismatch, err)
	}
	from, err := types.Sender(m.txSign, signed)
	if err != nil || from != m.account {
		return fmt.Errorf("txmgr: %w: signer reports %s but its signature on chain %s recovers to %s: check the key and chain id",
			ErrSignerMismatch, m.account, m.chainID, from)
	}
	return nil
}

// Account is the address the manager sends from.
func (m *Manager) Account() common.Address { return m.account }

// Sender is what a pipeline needs to send transactions: intents stored under
// idempotency keys, then waited for. *Manager satisfies it; tests fake it.
type Sender interface {
	Account() common.Address
	Submit(ctx context.Context, key string, c TxCandidate) (store.Intent, error)
	Wait(ctx context.Context, key string) (Result, error)
}

var _ Sender = (*Manager)(nil)

// ChainID is the chain the manager sends on.
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

// Submit stores the candidate under key (or finds the intent already stored
// under it) and wakes the manager. It returns once the intent is durable;
// use Wait for the outcome. A key reused with another payload fails with
// store.ErrKeyConflict.
func (m *Manager) Submit(ctx context.Context, key string, c TxCandidate) (store.Intent, error) {
	in, created, err := m.store.CreateIntent(ctx, store.NewIntent{
		Key: key, Account: m.account, To: c.To, Data: c.TxData, Value: c.Value, GasLimit: c.GasLimit,
	})
	if err != nil {
		return store.Intent{}, fmt.Errorf("txmgr: submit %q: %w", key, err)
	}
	if created {
		m.metrics.RecordIntentSubmitted()
		m.log.Debug("intent stored", "intent_key", key)
	}
	m.wakeUp()
	return in, nil
}

// Wait blocks until the intent under key reaches a terminal state, or ctx
// ends. A reverted intent returns ErrReverted and a failed one ErrFailed,
// each with the Result.
func (m *Manager) Wait(ctx context.Context, key string) (Result, error) {
	for {
		ch := m.subscribe(key)
		in, err := m.store.Intent(ctx, key)
		if err != nil {
			m.unsubscribe(key, ch)
			return Result{}, fmt.Errorf("txmgr: wait for %q: %w", key, err)
		}
		if in.State.Terminal() {
			m.unsubscribe(key, ch)
			return resultOf(in)
		}
		// The poll covers an intent finished by another process on the same store.
		t := time.NewTimer(m.cfg.PollInterval)
		select {
		case <-ch:
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			m.unsubscribe(key, ch)
			return Result{}, fmt.Errorf("txmgr: wait for %q: %w", key, ctx.Err())
		}
		t.Stop()
		m.unsubscribe(key, ch)
	}
}

// Send is Submit followed by Wait.
func (m *Manager) Send(ctx context.Context, key string, c TxCandidate) (Result, error) {
	if _, err := m.Submit(ctx, key, c); err != nil {
		return Result{}, err
	}
	return m.Wait(ctx, key)
}

// Cancel asks for the intent under key to be abandoned: a queued intent
// fails without being sent; a sent one is replaced by a zero-value
// self-transfer with the same nonce, and fails if that is what gets mined
// (the original may still win the race). A finished intent is left alone.
func (m *Manager) Cancel(ctx context.Context, key string) error {
	in, err := m.store.RequestCancel(ctx, key)
	if err != nil {
		return fmt.Errorf("txmgr: cancel %q: %w", key, err)
	}
	if !in.State.Terminal() {
		m.mu.Lock()
		m.cancels[in.ID] = true
		m.mu.Unlock()
		m.wakeUp()
	}
	return nil
}

// Status summarizes this account's intents from the store.
func (m *Manager) Status(ctx context.Context) (store.Status, error) {
	return m.store.Status(ctx, &m.account)
}

// Start runs the manager in a goroutine until Stop.
func (m *Manager) Start() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.done != nil {
		return ErrAlreadyStarted
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.stop, m.done = cancel, make(chan struct{})
	go func() {
		defer close(m.done)
		_ = m.Run(ctx)
	}()
	return nil
}

// Stop ends the goroutine started by Start and waits for it (or for ctx).
// Nothing needs draining: whatever was in flight resumes on the next start.
// Stop is safe on a nil or stopped manager.
func (m *Manager) Stop(ctx context.Context) error {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	stop, done := m.stop, m.done
	m.mu.Unlock()
	if stop == nil {
		return nil
	}
	stop()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("txmgr: stop: %w", ctx.Err())
	}
}

// Stopped reports whether the goroutine started by Start has ended (true
// before Start too).
func (m *Manager) Stopped() bool {
	m.mu.Lock()
	done := m.done
	m.mu.Unlock()
	if done == nil {
		return true
	}
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// Run runs the manager's loop until ctx ends; it returns nil then. Errors
// inside the loop are logged and retried with exponential backoff; they
// never end it.
func (m *Manager) Run(ctx context.Context) error {
	failures := 0
	for {
		progress, err := m.safeStep(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var wait time.Duration
		switch {
		case err != nil:
			failures++
			wait = backoff(m.cfg.PollInterval, failures, m.cfg.MaxBackoff)
			m.metrics.RecordLoopError()
			m.log.Warn("txmgr iteration failed; retrying", "err", err, "retry_in", wait, "consecutive_failures", failures)
		case progress:
			failures = 0
			continue
		default:
			failures = 0
			wait = m.cfg.PollInterval
		}
		t := time.NewTimer(wait)
		wake := m.wake
		if err != nil {
			wake = nil // new submissions do not cut an error backoff short
		}
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// safeStep turns a panic inside one iteration into an error, so a bug in
// one branch is logged and retried instead of killing the daemon.
func (m *Manager) safeStep(ctx context.Context) (progress bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("txmgr: panic in iteration: %v", r)
			// Loop state may be half-updated: rebuild it from the store.
			m.recovered = false
		}
	}()
	return m.step(ctx)
}

// backoff returns base * 2^(failures-1), capped at max.
func backoff(base time.Duration, failures int, max time.Duration) time.Duration {
	d := base
	for i := 1; i < failures && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	return d
}

func (m *Manager) wakeUp() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func (m *Manager) subscribe(key string) chan struct{} {
	ch := make(chan struct{})
	m.mu.Lock()
	m.waiters[key] = append(m.waiters[key], ch)
	m.mu.Unlock()
	return ch
}

func (m *Manager) unsubscribe(key string, ch chan struct{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	list := m.waiters[key]
	for i, c := range list {
		if c == ch {
			m.waiters[key] = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(m.waiters[key]) == 0 {
		delete(m.waiters, key)
	}
}

func (m *Manager) notify(key string) {
	m.mu.Lock()
	list := m.waiters[key]
	delete(m.waiters, key)
	m.mu.Unlock()
	for _, ch := range list {
		close(ch)
	}
}

func resultOf(in store.Intent) (Result, error) {
	r := Result{Key: in.Key, State: in.State, TxHash: in.TxHash, BlockNumber: in.BlockNumber, BlockHash: in.BlockHash,
		Nonce: in.Nonce, Attempts: in.Attempts, Reason: in.LastError}
	switch in.State {
	case store.StateReverted:
		return r, fmt.Errorf("txmgr: intent %q: %w in transaction %s", in.Key, ErrReverted, in.TxHash)
	case store.StateFailed:
		return r, fmt.Errorf("txmgr: intent %q: %w: %s", in.Key, ErrFailed, in.LastError)
	}
	return r, nil
}
