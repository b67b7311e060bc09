package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/dip-market/dip/relayer/store"
)

// cancelGas is the gas of a zero-value self-transfer without calldata.
const cancelGas = 21_000

// receiptWorkers bounds concurrent receipt queries in one iteration.
const receiptWorkers = 8

// flight is an intent holding a nonce (store states sent and mined) with what
// this process knows about its transactions beyond the store.
type flight struct {
	in store.Intent
	// attempts are the live signed transactions, oldest first. Each one
	// outbids the previous, so the last has the highest fees.
	attempts []store.Attempt
	// lastSend is when a node last accepted one of its transactions from this
	// process; zero means "not known to be in any pool": broadcast now.
	lastSend time.Time
	// bumpAt is when the newest attempt was signed, or when it was last
	// rebroadcast at the fee ceiling; the resubmission timeout runs from it.
	bumpAt time.Time
	// nextTry delays the next send after a refused or failed one.
	nextTry  time.Time
	failures int
	// reprice asks for a replacement as soon as allowed: the node said the
	// fees are too low.
	reprice bool
	// consumed counts consecutive polls that found the nonce used on chain
	// without a receipt for any of these transactions.
	consumed int
}

func (f *flight) newest() store.Attempt { return f.attempts[len(f.attempts)-1] }

func (f *flight) hasCancel() bool {
	for _, a := range f.attempts {
		if a.Cancel {
			return true
		}
	}
	return false
}

// iteration holds what one step learned from the chain.
type iteration struct {
	head       *types.Header
	chainNonce uint64
	market     *fees
	canonical  map[uint64]common.Hash
}

// op is one state change: apply runs inside the store transaction, after
// runs only once it committed.
type op struct {
	apply func(ctx context.Context, tx *store.Tx) error
	after func()
}

func (m *Manager) rpcCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, m.cfg.NetworkTimeout)
}

func (m *Manager) rpcErr(err error) error {
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		m.metrics.RecordRPCError()
	}
	return err
}

func (m *Manager) headerAt(ctx context.Context, n *big.Int) (*types.Header, error) {
	cctx, cancel := m.rpcCtx(ctx)
	defer cancel()
	h, err := m.backend.HeaderByNumber(cctx, n)
	return h, m.rpcErr(err)
}

func (m *Manager) nonceAt(ctx context.Context, n *big.Int) (uint64, error) {
	cctx, cancel := m.rpcCtx(ctx)
	defer cancel()
	v, err := m.backend.NonceAt(cctx, m.account, n)
	return v, m.rpcErr(err)
}

func (m *Manager) receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	cctx, cancel := m.rpcCtx(ctx)
	defer cancel()
	r, err := m.backend.TransactionReceipt(cctx, h)
	if err == nil && r == nil {
		err = ethereum.NotFound
	}
	return r, m.rpcErr(err)
}

// commit applies ops in one store transaction, then their in-memory effects.
// A durable commit must precede any send it enables; a relaxed one only
// restates what the chain shows (see store.UpdateRelaxed).
func (m *Manager) commit(ctx context.Context, durable bool, ops []op) error {
	if len(ops) == 0 {
		return nil
	}
	update := m.store.UpdateRelaxed
	if durable {
		update = m.store.Update
	}
	err := update(ctx, func(tx *store.Tx) error {
		for _, o := range ops {
			if err := o.apply(ctx, tx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, o := range ops {
		if o.after != nil {
			o.after()
		}
	}
	return nil
}

func (m *Manager) sortedFlights() []*flight {
	out := make([]*flight, 0, len(m.flights))
	for _, f := range m.flights {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].in.Nonce < out[j].in.Nonce })
	return out
}

func (m *Manager) inFlight() int {
	n := 0
	for _, f := range m.flights {
		if f.in.State == store.StateSent {
			n++
		}
	}
	return n
}

// step is one iteration of the manager: read the chain, record what it
// shows, replace or rebroadcast what is stuck, and admit queued intents.
// progress reports whether anything changed, so the loop can go on at once.
func (m *Manager) step(ctx context.Context) (progress bool, err error) {
	if !m.recovered {
		if err := m.recover(ctx); err != nil {
			return false, fmt.Errorf("recover in-flight state: %w", err)
		}
		progress = true
	}
	head, err := m.headerAt(ctx, nil)
	if err != nil {
		return progress, fmt.Errorf("read head: %w", err)
	}
	if head.BaseFee == nil {
		return progress, fmt.Errorf("head %s has no base fee", head.Number)
	}
	reorg, err := m.detectReorg(ctx, head)
	if err != nil {
		return progress, err
	}
	// After a restart the previous head is unknown: re-check every receipt once.
	reorg = reorg || m.recheck
	m.recheck = false
	m.head = head
	chainNonce, err := m.nonceAt(ctx, nil)
	if err != nil {
		return progress, fmt.Errorf("read nonce: %w", err)
	}
	it := &iteration{head: head, chainNonce: chainNonce, canonical: map[uint64]common.Hash{head.Number.Uint64(): head.Hash()}}
	m.takeCancels()

	p, err := m.reconcile(ctx, it, reorg)
	progress = progress || p
	if err != nil {
		return progress, err
	}
	p, err = m.resend(ctx, it)
	progress = progress || p
	if err != nil {
		return progress, err
	}
	p, err = m.admit(ctx, it)
	progress = progress || p
	m.metrics.RecordInFlight(m.inFlight())
	m.metrics.RecordNonce(m.nextNonce)
	return progress, err
}

// recover rebuilds the loop state from the store and the chain: every
// intent holding a nonce with its signed transactions, and the next nonce.
func (m *Manager) recover(ctx context.Context) error {
	active, err := m.store.Active(ctx, m.account)
	if err != nil {
		return err
	}
	live, err := m.store.LiveAttempts(ctx, m.account)
	if err != nil {
		return err
	}
	flights := make(map[int64]*flight, len(active))
	for _, in := range active {
		atts := live[in.ID]
		if len(atts) == 0 {
			// AssignNonce stores the intent's first transaction in the same
			// commit, so this means a damaged database; leave it for an operator.
			m.log.Error("intent holds a nonce but has no signed transaction; skipping it", "intent_key", in.Key, "nonce", in.Nonce)
			continue
		}
		flights[in.ID] = &flight{in: in, attempts: atts, bumpAt: atts[len(atts)-1].CreatedAt}
	}
	maxNonce, used, err := m.store.MaxNonce(ctx, m.account)
	if err != nil {
		return err
	}
	chainNonce, err := m.nonceAt(ctx, nil)
	if err != nil {
		return fmt.Errorf("read nonce: %w", err)
	}
	next := chainNonce
	if used && maxNonce+1 > next {
		next = maxNonce + 1
	}
	cctx, cancel := m.rpcCtx(ctx)
	pending, err := m.backend.PendingNonceAt(cctx, m.account)
	cancel()
	if err == nil && pending > next {
		m.log.Warn("the node holds pending transactions from this account that the store does not know; another sender is using the key",
			"pending_nonce", pending, "next_nonce", next)
	}
	m.flights, m.nextNonce, m.head, m.recovered, m.recheck = flights, next, nil, true, true
	m.log.Info("txmgr state recovered", "in_flight", len(flights), "next_nonce", next, "chain_nonce", chainNonce)
	return nil
}

// detectReorg compares the new head with the previous one: a different hash
// at the old height means the blocks the manager saw were replaced.
func (m *Manager) detectReorg(ctx context.Context, head *types.Header) (bool, error) {
	prev := m.head
	if prev == nil {
		return false, nil
	}
	var reorg bool
	switch n, p := head.Number.Uint64(), prev.Number.Uint64(); {
	case n == p:
		reorg = head.Hash() != prev.Hash()
	case n < p:
		reorg = true
	case n == p+1:
		reorg = head.ParentHash != prev.Hash()
	default:
		h, err := m.headerAt(ctx, prev.Number)
		if err != nil {
			return false, fmt.Errorf("read header %s: %w", prev.Number, err)
		}
		reorg = h.Hash() != prev.Hash()
	}
	if reorg {
		m.metrics.RecordReorg()
		m.log.Warn("reorg detected; re-checking receipts", "old_head", prev.Number, "old_hash", prev.Hash(), "new_head", head.Number, "new_hash", head.Hash())
	}
	return reorg, nil
}

func (m *Manager) takeCancels() {
	m.mu.Lock()
	ids := m.cancels
	m.cancels = make(map[int64]bool)
	m.mu.Unlock()
	for id := range ids {
		if f, ok := m.flights[id]; ok {
			f.in.CancelRequested = true
		}
	}
}

// receiptOf looks for a receipt of any of the flight's transactions, newest
// first. It returns nil, nil when none is in the canonical chain.
func (m *Manager) receiptOf(ctx context.Context, f *flight) (*types.Receipt, error) {
	for i := len(f.attempts) - 1; i >= 0; i-- {
		r, err := m.receipt(ctx, f.attempts[i].TxHash)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	return nil, nil
}

// canonicalHash returns the hash of the canonical block at n, cached per iteration.
func (m *Manager) canonicalHash(ctx context.Context, it *iteration, n uint64) (common.Hash, error) {
	if h, ok := it.canonical[n]; ok {
		return h, nil
	}
	hdr, err := m.headerAt(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, err
	}
	it.canonical[n] = hdr.Hash()
	return hdr.Hash(), nil
}

// reconcile records what the chain shows about flights: receipts of sent
// transactions whose nonce is used, receipts that vanished in a reorg,
// confirmations at depth, and nonces taken by foreign transactions.
func (m *Manager) reconcile(ctx context.Context, it *iteration, reorg bool) (bool, error) {
	var checks []*flight
	for _, f := range m.sortedFlights() {
		if (f.in.State == store.StateSent && f.in.Nonce < it.chainNonce) || (f.in.State == store.StateMined && reorg) {
			checks = append(checks, f)
		}
	}
	type found struct {
		r   *types.Receipt
		err error
	}
	results := make([]found, len(checks))
	var wg sync.WaitGroup
	sem := make(chan struct{}, receiptWorkers)
	for i, f := range checks {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			r, err := m.receiptOf(ctx, f)
			results[i] = found{r, err}
		}()
	}
	wg.Wait()

	// next holds each flight's state as it will be after this commit.
	next := make(map[int64]store.Intent)
	view := func(f *flight) store.Intent {
		if in, ok := next[f.in.ID]; ok {
			return in
		}
		return f.in
	}
	var ops []op
	for i, f := range checks {
		res := results[i]
		if res.err != nil {
			m.log.Warn("receipt query failed; will retry", "intent_key", f.in.Key, "nonce", f.in.Nonce, "err", res.err)
			continue
		}
		if r := res.r; r != nil {
			f.consumed = 0
			if f.in.State == store.StateMined && f.in.TxHash == r.TxHash && f.in.BlockHash == r.BlockHash {
				continue
			}
			in := f.in
			in.State, in.TxHash, in.BlockNumber, in.BlockHash, in.ReceiptStatus = store.StateMined, r.TxHash, r.BlockNumber.Uint64(), r.BlockHash, r.Status
			next[f.in.ID] = in
			mined := store.Mined{TxHash: r.TxHash, BlockNumber: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, Status: r.Status}
			id := f.in.ID
			ops = append(ops, op{apply: func(ctx context.Context, tx *store.Tx) error { return tx.MarkMined(ctx, id, mined) }})
			continue
		}
		if f.in.State == store.StateMined {
			m.log.Warn("transaction left the chain in a reorg; re-sending", "intent_key", f.in.Key, "nonce", f.in.Nonce, "tx_hash", f.in.TxHash)
			ops = append(ops, m.unmineOp(f, next))
			continue
		}
		if o, ok := m.consumedByForeign(ctx, it, f); ok {
			ops = append(ops, o)
		}
	}
	for _, f := range m.sortedFlights() {
		in := view(f)
		if in.State != store.StateMined || it.head.Number.Uint64()+1 < in.BlockNumber+m.cfg.ConfirmationDepth {
			continue
		}
		h, err := m.canonicalHash(ctx, it, in.BlockNumber)
		if err != nil {
			m.log.Warn("header query failed; will retry the confirmation", "block", in.BlockNumber, "err", err)
			continue
		}
		if h != in.BlockHash {
			// Its block left the chain. A receipt read in this very iteration is
			// recorded as is and re-checked on the next poll.
			if f.in.State == store.StateMined {
				ops = append(ops, m.unmineOp(f, next))
			}
			continue
		}
		ops = append(ops, m.confirmOp(f, in))
	}
	// Receipts, confirmations and requeues restate the chain: a restart after
	// a power loss finds them again, so they skip the fsync.
	if err := m.commit(ctx, false, ops); err != nil {
		return false, fmt.Errorf("record receipts: %w", err)
	}
	for id, in := range next {
		if f, ok := m.flights[id]; ok && in.State == store.StateMined {
			f.in = in
		}
	}
	return len(ops) > 0, nil
}

func (m *Manager) unmineOp(f *flight, next map[int64]store.Intent) op {
	in := f.in
	in.State, in.TxHash, in.BlockNumber, in.BlockHash, in.ReceiptStatus = store.StateSent, common.Hash{}, 0, common.Hash{}, 0
	next[f.in.ID] = in
	id := f.in.ID
	return op{
		apply: func(ctx context.Context, tx *store.Tx) error { return tx.Unmine(ctx, id) },
		after: func() {
			f.in = in
			// Nodes do not return reorged transactions to their pools reliably.
			f.lastSend, f.nextTry, f.failures = time.Time{}, time.Time{}, 0
		},
	}
}

func (m *Manager) confirmOp(f *flight, in store.Intent) op {
	var final store.State
	id := f.in.ID
	return op{
		apply: func(ctx context.Context, tx *store.Tx) (err error) {
			final, err = tx.Confirm(ctx, id)
			return err
		},
		after: func() {
			delete(m.flights, id)
			in.State = final
			latency := m.clock.Now().Sub(in.CreatedAt)
			m.metrics.RecordFinal(final, latency)
			m.log.Info("intent final", "intent_key", in.Key, "state", final, "nonce", in.Nonce, "tx_hash", in.TxHash,
				"block", in.BlockNumber, "attempts", len(f.attempts))
			m.notify(in.Key)
		},
	}
}

// consumedByForeign handles a sent flight whose nonce is used on chain while
// none of its transactions has a receipt. Only when that holds on two polls
// and at the confirmation depth is the nonce taken for good: the intent then
// goes back to the queue for a new nonce. Its old transactions share the
// taken nonce, so they can never be mined: the intent still executes once.
func (m *Manager) consumedByForeign(ctx context.Context, it *iteration, f *flight) (op, bool) {
	f.consumed++
	if f.consumed < 2 {
		return op{}, false
	}
	depth := m.cfg.ConfirmationDepth - 1
	head := it.head.Number.Uint64()
	if head < depth {
		return op{}, false
	}
	safe, err := m.nonceAt(ctx, new(big.Int).SetUint64(head-depth))
	if err != nil {
		m.log.Warn("nonce query at the confirmation depth failed; will retry", "err", err)
		return op{}, false
	}
	if safe <= f.in.Nonce {
		return op{}, false
	}
	reason := fmt.Sprintf("nonce %d was used by a transaction this relayer did not sign; requeued for a new nonce", f.in.Nonce)
	id, key, nonce := f.in.ID, f.in.Key, f.in.Nonce
	return op{
		apply: func(ctx context.Context, tx *store.Tx) error { return tx.Requeue(ctx, id, reason) },
		after: func() {
			delete(m.flights, id)
			m.metrics.RecordRequeue()
			m.log.Warn("nonce taken by a foreign transaction; intent requeued", "intent_key", key, "nonce", nonce)
		},
	}, true
}

// marketFees prices a new transaction now, asking the node for a tip once per iteration.
func (m *Manager) marketFees(ctx context.Context, it *iteration) (fees, error) {
	if it.market != nil {
		return *it.market, nil
	}
	cctx, cancel := m.rpcCtx(ctx)
	tip, err := m.backend.SuggestGasTipCap(cctx)
	cancel()
	if err != nil {
		return fees{}, fmt.Errorf("suggest tip: %w", m.rpcErr(err))
	}
	f := marketFees(tip, m.fee.minTip, it.head.BaseFee, m.cfg.BaseFeeMultiplier, m.fee.ceiling)
	m.metrics.RecordFees(it.head.BaseFee, f.tip)
	it.market = &f
	return f, nil
}

// sign builds and signs one transaction and returns it as an attempt to store.
func (m *Manager) sign(ctx context.Context, nonce, gas uint64, to *common.Address, value *big.Int, data []byte, f fees, cancel bool) (store.Attempt, error) {
	if value == nil {
		value = new(big.Int)
	}
	unsigned := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap, Gas: gas, To: to, Value: value, Data: data})
	cctx, cc := m.rpcCtx(ctx)
	signed, err := m.signer.SignTx(cctx, unsigned)
	cc()
	if err != nil {
		return store.Attempt{}, fmt.Errorf("sign nonce %d: %w", nonce, err)
	}
	if from, err := types.Sender(m.txSign, signed); err != nil || from != m.account {
		return store.Attempt{}, fmt.Errorf("sign nonce %d: %w: signature recovers to %s", nonce, ErrSignerMismatch, from)
	}
	if signed.Nonce() != nonce || signed.GasFeeCap().Cmp(f.feeCap) != 0 || signed.GasTipCap().Cmp(f.tip) != 0 {
		return store.Attempt{}, fmt.Errorf("sign nonce %d: the signer changed the transaction", nonce)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return store.Attempt{}, fmt.Errorf("encode nonce %d: %w", nonce, err)
	}
	return store.Attempt{TxHash: signed.Hash(), Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap, Gas: gas, Cancel: cancel, Raw: raw,
		CreatedAt: m.clock.Now()}, nil
}

func (m *Manager) signReplacement(ctx context.Context, f *flight, fs fees, cancel bool) (store.Attempt, error) {
	if cancel {
		return m.sign(ctx, f.in.Nonce, cancelGas, &m.account, nil, nil, fs, true)
	}
	return m.sign(ctx, f.in.Nonce, f.in.GasLimit, f.in.To, f.in.Value, f.in.Data, fs, false)
}

type sendJob struct {
	f   *flight
	att store.Attempt
}

// resend acts on sent flights whose nonce is still free: it signs a
// cancellation when one was asked for, replaces transactions that waited a
// resubmission timeout or were refused as underpriced, and rebroadcasts
// transactions no node is known to hold (after a restart, a reorg, a drop).
func (m *Manager) resend(ctx context.Context, it *iteration) (bool, error) {
	now := m.clock.Now()
	var fresh, jobs []sendJob
	for _, f := range m.sortedFlights() {
		if f.in.State != store.StateSent || f.in.Nonce < it.chainNonce || now.Before(f.nextTry) {
			continue
		}
		prev := f.newest()
		prevFees := fees{tip: prev.GasTipCap, feeCap: prev.GasFeeCap}
		wantCancel := f.in.CancelRequested && !f.hasCancel()
		due := f.reprice || !now.Before(f.bumpAt.Add(m.cfg.ResubmissionTimeout))
		if !wantCancel && !due {
			if f.lastSend.IsZero() {
				jobs = append(jobs, sendJob{f, prev})
			}
			continue
		}
		market, err := m.marketFees(ctx, it)
		if err != nil {
			return false, err
		}
		// Ordinary transactions stay under the ceiling; a cancellation, and a
		// bump of one, may use the headroom up to the hard cap.
		cancel := wantCancel || f.hasCancel()
		limit := m.fee.ceiling
		if cancel {
			limit = m.fee.maxFeeCap
		}
		fs, ok := replacementFees(prevFees, market, m.cfg.FeeBumpPercent, limit)
		if !ok {
			// At the ceiling: keep the transaction, rebroadcast it, wait another timeout.
			if wantCancel {
				m.log.Error("cannot outbid the pending transaction with a cancellation under the max fee cap; raise the max fee cap",
					"intent_key", f.in.Key, "nonce", f.in.Nonce, "fee_cap_gwei", gweiString(prevFees.feeCap))
			} else {
				m.log.Warn("transaction at the fee ceiling; rebroadcasting instead of bumping", "intent_key", f.in.Key,
					"nonce", f.in.Nonce, "fee_cap_gwei", gweiString(prevFees.feeCap), "base_fee_gwei", gweiString(it.head.BaseFee))
			}
			f.bumpAt, f.reprice = now, false
			jobs = append(jobs, sendJob{f, prev})
			continue
		}
		att, err := m.signReplacement(ctx, f, fs, cancel)
		if err != nil {
			m.log.Warn("signing a replacement failed; will retry", "intent_key", f.in.Key, "nonce", f.in.Nonce, "err", err)
			m.backoffFlight(f, now)
			continue
		}
		fresh = append(fresh, sendJob{f, att})
	}
	if len(fresh) > 0 {
		ops := make([]op, 0, len(fresh))
		for _, j := range fresh {
			j := j
			ops = append(ops, op{
				apply: func(ctx context.Context, tx *store.Tx) error { return tx.AddAttempt(ctx, j.f.in.ID, j.att) },
				after: func() {
					j.f.attempts = append(j.f.attempts, j.att)
					j.f.in.Attempts++
					j.f.bumpAt, j.f.reprice = now, false
					if j.att.Cancel && !j.f.attempts[len(j.f.attempts)-2].Cancel {
						m.metrics.RecordCancel()
						m.log.Warn("cancelling intent with a same-nonce self-transfer", "intent_key", j.f.in.Key, "nonce", j.f.in.Nonce,
							"tx_hash", j.att.TxHash, "fee_cap_gwei", gweiString(j.att.GasFeeCap))
					} else {
						m.metrics.RecordFeeBump()
						m.log.Info("fees bumped", "intent_key", j.f.in.Key, "nonce", j.f.in.Nonce, "tx_hash", j.att.TxHash,
							"tip_gwei", gweiString(j.att.GasTipCap), "fee_cap_gwei", gweiString(j.att.GasFeeCap), "attempt", len(j.f.attempts))
					}
				},
			})
		}
		if err := m.commit(ctx, true, ops); err != nil {
			return false, fmt.Errorf("record replacements: %w", err)
		}
		jobs = append(jobs, fresh...)
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].f.in.Nonce < jobs[j].f.in.Nonce })
	progress := len(fresh) > 0
	for _, j := range jobs {
		if m.publish(ctx, j.f, j.att) {
			progress = true
		}
	}
	return progress, nil
}

func (m *Manager) backoffFlight(f *flight, now time.Time) {
	f.failures++
	f.nextTry = now.Add(backoff(m.cfg.PollInterval, f.failures, m.cfg.MaxBackoff))
}

// publish broadcasts one signed transaction and reacts to the node's answer.
// It reports whether the node accepted (or already had) the transaction.
func (m *Manager) publish(ctx context.Context, f *flight, a store.Attempt) bool {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		m.log.Error("stored transaction does not decode; skipping", "intent_key", f.in.Key, "tx_hash", a.TxHash, "err", err)
		return false
	}
	cctx, cancel := m.rpcCtx(ctx)
	err := m.backend.SendTransaction(cctx, tx)
	cancel()
	now := m.clock.Now()
	kind := classifySend(err)
	log := m.log.With("intent_key", f.in.Key, "nonce", a.Nonce, "tx_hash", a.TxHash)
	switch kind {
	case sendOK, sendKnown:
		f.lastSend, f.nextTry, f.failures = now, time.Time{}, 0
		m.metrics.RecordPublished()
		log.Debug("transaction published", "fee_cap_gwei", gweiString(a.GasFeeCap), "known", kind == sendKnown)
		return true
	}
	m.metrics.RecordPublishError(kind.String())
	switch kind {
	case sendNonceTooLow:
		// Something with this nonce is mined; the next poll's receipts say what.
		f.lastSend = now
		log.Debug("nonce already used on chain; checking receipts next")
	case sendReplacementUnderpriced:
		// A pending transaction with this nonce outbids this one: replace it
		// as soon as the backoff allows, within the fee ceiling.
		f.lastSend, f.reprice = now, true
		m.backoffFlight(f, now)
		log.Warn("node holds a better-priced transaction with this nonce; will bump", "err", err)
	case sendFeeTooLow:
		f.reprice = true
		m.backoffFlight(f, now)
		log.Warn("fees below what the node accepts now; will reprice within the fee ceiling", "err", err,
			"fee_cap_gwei", gweiString(a.GasFeeCap), "retry_at", f.nextTry)
	case sendInsufficientFunds:
		m.backoffFlight(f, now)
		log.Error("account cannot pay for the transaction; fund it", "err", err, "retry_at", f.nextTry)
	case sendPermanent:
		m.backoffFlight(f, now)
		if a.Cancel {
			log.Error("node refuses the cancellation; will retry", "err", err)
			break
		}
		// The payload can never be sent; fill the nonce so later ones proceed.
		reason := fmt.Sprintf("node refuses the transaction (%v); cancelled with a same-nonce self-transfer", err)
		id := f.in.ID
		if cerr := m.store.Update(ctx, func(tx *store.Tx) error { return tx.RequestCancel(ctx, id, reason) }); cerr != nil {
			log.Error("recording the cancellation failed; will retry", "err", cerr)
			break
		}
		f.in.CancelRequested, f.in.LastError = true, reason
		f.nextTry = time.Time{}
		log.Error("node refuses the transaction permanently; cancelling its nonce", "err", err)
	default:
		m.backoffFlight(f, now)
		log.Warn("send failed; will retry", "err", err, "retry_at", f.nextTry)
	}
	return false
}

// admit gives nonces to queued intents while fewer than MaxInFlight
// transactions are in flight: it estimates gas, signs, stores every
// assignment and signed transaction in one commit, and only then sends.
func (m *Manager) admit(ctx context.Context, it *iteration) (bool, error) {
	if it.chainNonce > m.nextNonce {
		// Foreign transactions advanced the account; every nonce below is used.
		m.log.Warn("chain nonce is ahead of the store; skipping to it", "next_nonce", m.nextNonce, "chain_nonce", it.chainNonce)
		m.nextNonce = it.chainNonce
	}
	room := m.cfg.MaxInFlight - m.inFlight()
	if room <= 0 {
		return false, nil
	}
	queued, err := m.store.Queued(ctx, m.account, room)
	if err != nil {
		return false, err
	}
	if depth, err := m.store.QueuedCount(ctx, m.account); err == nil {
		m.metrics.RecordQueueDepth(depth)
	}
	if len(queued) == 0 {
		return false, nil
	}
	now := m.clock.Now()
	nonce := m.nextNonce
	var ops []op
	var admitted []*flight
	for _, in := range queued {
		in := in
		if in.CancelRequested {
			ops = append(ops, m.failOp(in, "cancelled before sending"))
			continue
		}
		gas := in.GasLimit
		if gas > 0 {
			if need, err := intrinsicGas(m.account, in); err != nil || gas < need {
				ops = append(ops, m.failOp(in, fmt.Sprintf("gas limit %d is below the %d the node requires for this calldata (EIP-7623 floor included): raise it or leave it 0 to estimate", gas, need)))
				continue
			}
		}
		if gas == 0 {
			g, err := m.estimate(ctx, in)
			if err != nil {
				if estimateReverted(err) {
					ops = append(ops, m.failOp(in, fmt.Sprintf("gas estimation failed: %v", err)))
					continue
				}
				m.log.Warn("gas estimation failed; will retry", "intent_key", in.Key, "err", err)
				break
			}
			gas = g
		}
		market, err := m.marketFees(ctx, it)
		if err != nil {
			m.log.Warn("pricing failed; will retry", "err", err)
			break
		}
		att, err := m.sign(ctx, nonce, gas, in.To, in.Value, in.Data, market, false)
		if err != nil {
			m.log.Warn("signing failed; will retry", "intent_key", in.Key, "err", err)
			break
		}
		in.State, in.Nonce, in.HasNonce, in.GasLimit, in.Attempts = store.StateSent, nonce, true, gas, in.Attempts+1
		f := &flight{in: in, attempts: []store.Attempt{att}, bumpAt: now}
		admitted = append(admitted, f)
		ops = append(ops, op{
			apply: func(ctx context.Context, tx *store.Tx) error { return tx.AssignNonce(ctx, in.ID, gas, att) },
			after: func() { m.flights[in.ID] = f },
		})
		nonce++
	}
	if err := m.commit(ctx, true, ops); err != nil {
		return false, fmt.Errorf("assign nonces: %w", err)
	}
	m.nextNonce = nonce
	for _, f := range admitted {
		m.publish(ctx, f, f.attempts[0])
	}
	return len(ops) > 0, nil
}

func (m *Manager) failOp(in store.Intent, reason string) op {
	return op{
		apply: func(ctx context.Context, tx *store.Tx) error { return tx.Fail(ctx, in.ID, reason) },
		after: func() {
			m.metrics.RecordFinal(store.StateFailed, m.clock.Now().Sub(in.CreatedAt))
			m.log.Warn("intent failed before sending", "intent_key", in.Key, "reason", reason)
			m.notify(in.Key)
		},
	}
}

// intrinsicGas is the least gas a node includes the intent's transaction
// with under Prague rules: the intrinsic cost, or the EIP-7623 calldata floor
// when higher. Below it a node may pool the transaction but never mine it.
func intrinsicGas(from common.Address, in store.Intent) (uint64, error) {
	rules := params.Rules{IsHomestead: true, IsEIP150: true, IsEIP155: true, IsEIP158: true, IsByzantium: true, IsConstantinople: true,
		IsPetersburg: true, IsIstanbul: true, IsBerlin: true, IsLondon: true, IsMerge: true, IsShanghai: true, IsCancun: true, IsPrague: true}
	value, overflow := uint256.FromBig(in.Value)
	if overflow {
		return 0, fmt.Errorf("value %s overflows 256 bits", in.Value)
	}
	gas, err := core.IntrinsicGas(in.Data, nil, nil, from, in.To, value, rules)
	if err != nil {
		return 0, err
	}
	floor, err := core.FloorDataGas(rules, from, in.To, value, in.Data, nil)
	if err != nil {
		return 0, err
	}
	return max(gas, floor), nil
}

func (m *Manager) estimate(ctx context.Context, in store.Intent) (uint64, error) {
	cctx, cancel := m.rpcCtx(ctx)
	defer cancel()
	g, err := m.backend.EstimateGas(cctx, ethereum.CallMsg{From: m.account, To: in.To, Value: in.Value, Data: in.Data})
	if err != nil && !estimateReverted(err) {
		m.metrics.RecordRPCError()
	}
	return g, err
}
