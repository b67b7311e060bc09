package settlement_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	nrbind "github.com/dip-market/dip/bindings/nullreceiver"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/settlement"
)

// benchProposals is the number of proposals of every benchmarked round.
const benchProposals = 8

// benchRound is one signed round per ballot count, built once per process:
// batches commit only its root and tally hash, so one deliberation serves
// every session of every batch (each under its own subject).
type benchRound struct {
	once sync.Once
	d    *settlement.Deliberation
	err  error
}

var benchRounds = map[int]*benchRound{100: {}, 1000: {}, 10000: {}}

// benchDeliberation returns the round of n ballots over benchProposals
// proposals: voter i puts 3 on proposal i%8 and -1 on the next (10 of 100
// credits), so the winner is proposal 0 with conviction 1/8.
func benchDeliberation(b *testing.B, n int) *settlement.Deliberation {
	b.Helper()
	r := benchRounds[n]
	r.once.Do(func() { r.d, r.err = buildBenchRound(n) })
	if r.err != nil {
		b.Fatalf("build a round of %d ballots: %v", n, r.err)
	}
	return r.d
}

func buildBenchRound(n int) (*settlement.Deliberation, error) {
	s := settlement.Session{
		Domain: dipmsg.NewDomain(devchain.ChainID, common.HexToAddress("0xD1")), Target: common.HexToAddress("0xA1"),
		SubjectID: big.NewInt(1), Nonce: big.NewInt(1), Credits: 100,
	}
	id := s.ID()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	props := make([]dipmsg.SignedProposal, benchProposals)
	for j := range props {
		m := &dipmsg.Proposal{Session: id, Round: s.Round, Author: crypto.PubkeyToAddress(keys[j].PublicKey), ContentHash: crypto.Keccak256Hash([]byte{byte(j)})}
		sig, err := dipmsg.SignWithKey(keys[j], s.Domain, m)
		if err != nil {
			return nil, err
		}
		props[j] = dipmsg.SignedProposal{Message: m, Sig: sig}
	}
	sort.Slice(props, func(x, y int) bool { return bytes.Compare(props[x].Message.Author[:], props[y].Message.Author[:]) < 0 })
	ballots := make([]dipmsg.SignedBallot, n)
	for i, k := range keys {
		votes := make([]int64, benchProposals)
		votes[i%benchProposals] = 3
		votes[(i+1)%benchProposals] = -1
		m := &dipmsg.Ballot{Session: id, Round: s.Round, Voter: crypto.PubkeyToAddress(k.PublicKey), Votes: votes}
		sig, err := dipmsg.SignWithKey(k, s.Domain, m)
		if err != nil {
			return nil, err
		}
		ballots[i] = dipmsg.SignedBallot{Message: m, Sig: sig}
	}
	return settlement.Build(s, props, ballots)
}

// batchBenchChain is a Settlement on the embedded chain (mainnet rules) with
// both receivers allowed and the relayer bonded.
type batchBenchChain struct {
	c        *devchain.Chain
	st       *settlement.Settlement
	mock     common.Address
	null     common.Address
	cfg      settlement.Config
	relayer  int
	delivery common.Hash
}

func newBatchBenchChain(b *testing.B) *batchBenchChain {
	b.Helper()
	ctx := context.Background()
	c := devchain.New(devchain.WithAccounts(3))
	b.Cleanup(func() { _ = c.Close() })
	admin := c.Transactor(adminIdx)
	tv, _, err := settlement.DeployTallyVerifier(ctx, c.Client(), admin)
	if err != nil {
		b.Fatal(err)
	}
	mock, _, err := chain.Deploy(ctx, c.Client(), admin, common.FromHex(mrbind.SettlementMockReceiverMetaData.Bin))
	if err != nil {
		b.Fatal(err)
	}
	null, _, err := chain.Deploy(ctx, c.Client(), admin, common.FromHex(nrbind.SettlementNullReceiverMetaData.Bin))
	if err != nil {
		b.Fatal(err)
	}
	// A batch may reserve at most 15M gas of callbacks (sessions x
	// callbackGasLimit). 200,000 gas per callback covers the mock receiver's
	// first delivery (its fresh slots) and lets batches of 64 in; with the
	// default 500,000 at most 30 sessions fit.
	cfg := settlement.DefaultConfig()
	cfg.CallbackGasLimit = 200_000
	st, _, err := settlement.Deploy(ctx, c.Client(), admin, common.Address{}, settlement.Params{
		Admin: c.Address(adminIdx), Treasury: c.Address(adminIdx), TallyVerifier: tv,
		Targets: []common.Address{mock, null}, Config: cfg,
	})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(settlement.One, big.NewInt(100))); err != nil {
		b.Fatal(err)
	}
	delivered := chain.MustABI(&nrbind.SettlementNullReceiverMetaData).Events["Delivered"].ID
	return &batchBenchChain{c: c, st: st, mock: mock, null: null, cfg: cfg, relayer: relayerIdx, delivery: delivered}
}

// settle submits a batch of one session per subject (first, first+1, ...)
// all committing d, waits out the window and finalizes it, checking every
// outcome was delivered. It returns both receipts.
func (e *batchBenchChain) settle(b *testing.B, target common.Address, d *settlement.Deliberation, first int64, sessions int) (submit, finalize *types.Receipt) {
	b.Helper()
	ctx := context.Background()
	relayer := e.c.Transactor(e.relayer)
	headers := make([]settlement.SessionHeader, sessions)
	for k := range headers {
		headers[k] = settlement.Header(target, big.NewInt(first+int64(k)), d)
	}
	id, sr, err := e.st.SubmitBatch(ctx, relayer, headers)
	if err != nil {
		b.Fatal(err)
	}
	if err := e.c.AdvanceTime(time.Duration(e.cfg.ChallengeWindow+1) * time.Second); err != nil {
		b.Fatal(err)
	}
	fin, fr, err := e.st.FinalizeBatch(ctx, relayer, id, headers)
	if err != nil {
		b.Fatal(err)
	}
	if fin.Failed.Sign() != 0 {
		b.Fatalf("batch %s: callbacks failed: %b", id, fin.Failed)
	}
	// Every session reached its receiver.
	if target == e.null {
		n := 0
		for _, l := range fr.Logs {
			if l.Address == e.null && len(l.Topics) > 0 && l.Topics[0] == e.delivery {
				n++
			}
		}
		if n != sessions {
			b.Fatalf("null receiver got %d outcomes, want %d", n, sessions)
		}
	} else {
		mr := mrbind.NewSettlementMockReceiver()
		for _, k := range []int{0, sessions - 1} {
			out, err := chain.Call(ctx, e.c.Client(), e.mock, mr.PackDeliveries(big.NewInt(first+int64(k))))
			if err != nil {
				b.Fatal(err)
			}
			if n, err := mr.UnpackDeliveries(out); err != nil || n.Int64() != 1 {
				b.Fatalf("mock receiver got %v outcomes for session %d (%v), want 1", n, k, err)
			}
		}
	}
	return sr, fr
}

// BenchmarkBatchClaimGas measures the whole-transaction gas (intrinsic,
// calldata and execution, mainnet rules on the embedded chain) of settling
// a batch of deliberation sessions: submitBatch of the session headers, then
// finalizeBatch after the challenge window, which delivers every session's
// outcome to its receiver. Receivers: mock = SettlementMockReceiver in Accept
// mode (stores a delivery count per subject, the last outcome and subject),
// null = SettlementNullReceiver (emits an event only: Settlement's own cost).
// Ballots stay off chain behind each session's root, so the cost depends on
// the session count, not the ballot count; gas/ballot is the total divided
// by sessions*ballots. A warm-up batch of the same shape runs first on a
// fresh Settlement (first-gas/batch: it also writes slots for the first time,
// the batch counter and the receiver's last outcome); the metrics are those
// of the last measured batch, the steady state.
//
//	go test -run '^$' -bench BatchClaimGas -benchtime 1x ./settlement/
func BenchmarkBatchClaimGas(b *testing.B) {
	for _, sessions := range []int{1, 4, 8, 16, 30, 64} {
		for _, ballots := range []int{100, 1000, 10000} {
			for _, receiver := range []string{"mock", "null"} {
				b.Run(fmt.Sprintf("sessions=%d/ballots=%d/receiver=%s", sessions, ballots, receiver), func(b *testing.B) {
					d := benchDeliberation(b, ballots)
					e := newBatchBenchChain(b)
					target := e.mock
					if receiver == "null" {
						target = e.null
					}
					// Subjects never repeat: each session is a new competition or order.
					next := int64(1_000_000)
					sr, fr := e.settle(b, target, d, next, sessions)
					next += int64(sessions)
					firstGas := sr.GasUsed + fr.GasUsed
					b.ResetTimer()
					for range b.N {
						sr, fr = e.settle(b, target, d, next, sessions)
						next += int64(sessions)
					}
					total := sr.GasUsed + fr.GasUsed
					b.ReportMetric(float64(firstGas), "first-gas/batch")
					b.ReportMetric(float64(sr.GasUsed), "submit-gas")
					b.ReportMetric(float64(fr.GasUsed), "finalize-gas")
					b.ReportMetric(float64(total)/float64(sessions), "gas/session")
					b.ReportMetric(float64(total)/float64(sessions*ballots), "gas/ballot")
				})
			}
		}
	}
}
