package deliberation

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
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
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

// benchChain is a Settlement clone on the embedded chain (mainnet rules)
// with the mock receiver as target and a relayer (key relayerIdx) bonded
// for many pending claims.
type benchChain struct {
	c        *devchain.Chain
	st       *settlement.Settlement
	receiver common.Address
	domain   dipmsg.Domain
	cfg      settlement.Config
}

func newBenchChain(b *testing.B) *benchChain {
	b.Helper()
	ctx := context.Background()
	c := devchain.New(devchain.WithAccounts(3))
	b.Cleanup(func() { _ = c.Close() })
	admin := c.Transactor(adminIdx)
	env := settlementtest.Deploy(b, c.Client(), admin, settlement.DefaultConfig())
	st, recv, cfg := env.Settlement, env.Receiver, env.Config
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(eth, big.NewInt(10_000))); err != nil {
		b.Fatal(err)
	}
	domain, err := st.Domain(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return &benchChain{c: c, st: st, receiver: recv, domain: domain, cfg: cfg}
}

// voters returns n keys and their addresses.
func voters(n int) ([]*ecdsa.PrivateKey, []common.Address) {
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	return keys, addrs
}

// benchVotes is voter i's ballot over p columns: 3 on one proposal, -1 on
// another (10 of the 100 credits).
func benchVotes(i, p int) []int64 {
	v := make([]int64, p)
	v[i%p] = 3
	v[(i+1)%p] = -1
	return v
}

// signedRound signs p proposals (by the first p voters) and one ballot per
// voter for round 0 of session s.
func signedRound(b *testing.B, s settlement.Session, keys []*ecdsa.PrivateKey, addrs []common.Address, p int) ([]dipmsg.SignedProposal, []dipmsg.SignedBallot) {
	b.Helper()
	id := s.ID()
	props := make([]dipmsg.SignedProposal, p)
	for j := range p {
		m := &dipmsg.Proposal{Session: id, Round: s.Round, Author: addrs[j], ContentHash: crypto.Keccak256Hash([]byte{byte(j), 'g'})}
		sig, err := dipmsg.SignWithKey(keys[j], s.Domain, m)
		if err != nil {
			b.Fatal(err)
		}
		props[j] = dipmsg.SignedProposal{Message: m, Sig: sig}
	}
	// Column order: ascending author.
	sort.Slice(props, func(x, y int) bool { return bytes.Compare(props[x].Message.Author[:], props[y].Message.Author[:]) < 0 })
	ballots := make([]dipmsg.SignedBallot, len(keys))
	for i := range keys {
		m := &dipmsg.Ballot{Session: id, Round: s.Round, Voter: addrs[i], Votes: benchVotes(i, p)}
		sig, err := dipmsg.SignWithKey(keys[i], s.Domain, m)
		if err != nil {
			b.Fatal(err)
		}
		ballots[i] = dipmsg.SignedBallot{Message: m, Sig: sig}
	}
	return props, ballots
}

// BenchmarkSettledClaimGas measures the whole-transaction gas (intrinsic,
// calldata and execution, mainnet rules on the embedded chain) of settling
// one deliberation claim: Settlement.submit of the tally and root, then
// Settlement.finalize after the challenge window, which delivers the outcome
// to the receiver (the mock receiver: a small callback). Ballots stay off
// chain behind the Merkle root, so the cost depends on the proposal count,
// not the ballot count; gas/ballot is the total divided by the ballots.
//
//	go test -run '^$' -bench SettledClaimGas -benchtime 3x ./relayer/deliberation/
func BenchmarkSettledClaimGas(b *testing.B) {
	cases := []struct{ ballots, proposals int }{{100, 8}, {1000, 8}, {10000, 8}, {1000, 2}, {1000, 64}}
	for _, tc := range cases {
		b.Run(fmt.Sprintf("ballots=%d/proposals=%d", tc.ballots, tc.proposals), func(b *testing.B) {
			ctx := context.Background()
			e := newBenchChain(b)
			keys, addrs := voters(tc.ballots)
			relayer := e.c.Transactor(relayerIdx)
			s := settlement.Session{Domain: e.domain, Target: e.receiver, SubjectID: big.NewInt(1), Nonce: big.NewInt(1), Credits: 100}
			props, ballots := signedRound(b, s, keys, addrs, tc.proposals)
			d, err := settlement.Build(s, props, ballots)
			if err != nil {
				b.Fatal(err)
			}
			var submitGas, finalizeGas, firstGas uint64
			b.ResetTimer()
			for i := range b.N {
				// Every iteration claims the same tally for a new subject
				// (submit does not tie the ballots' session to the subject;
				// a watchtower would): the gas is the same, and signing
				// 10,000 ballots per iteration would dominate the run.
				id, sr, err := e.st.SubmitDeliberation(ctx, relayer, s.Target, big.NewInt(int64(1_000_000+i)), d)
				if err != nil {
					b.Fatal(err)
				}
				if err := e.c.AdvanceTime(time.Duration(e.cfg.ChallengeWindow+1) * time.Second); err != nil {
					b.Fatal(err)
				}
				fin, fr, err := e.st.Finalize(ctx, relayer, id)
				if err != nil {
					b.Fatal(err)
				}
				if !fin.Delivered {
					b.Fatalf("claim %s finalized without delivering its callback", id)
				}
				if i == 0 {
					firstGas = sr.GasUsed + fr.GasUsed
				}
				submitGas, finalizeGas = sr.GasUsed, fr.GasUsed
			}
			// The first claim on a fresh Settlement also pays for storage
			// slots written for the first time (the claim counter, the
			// receiver's); the last one is the steady state.
			total := submitGas + finalizeGas
			b.ReportMetric(float64(firstGas), "first-gas/claim")
			b.ReportMetric(float64(submitGas), "submit-gas")
			b.ReportMetric(float64(finalizeGas), "finalize-gas")
			b.ReportMetric(float64(total), "gas/claim")
			b.ReportMetric(float64(total)/float64(tc.ballots), "gas/ballot")
		})
	}
}

// BenchmarkClaimLatency measures, on the embedded chain, the time from the
// close of a session's last round (every ballot stored, the ingest clock at
// the deadline) to the claim confirmed and recorded: Settler.Advance builds
// the tally (settlement.Build: signature checks and the Merkle tree), stores
// the record, hands the submit intent to txmgr and waits for its receipt at
// confirmation depth 1, then reads the claim back. The embedded chain mines
// each transaction as it arrives, so the chain part is txmgr's receipt poll
// (20 ms here); the settler's step interval (how long after the close the
// step starts) is not included. tally-ms is one settlement.Build of the round.
//
//	go test -run '^$' -bench ClaimLatency -benchtime 5x ./relayer/deliberation/
func BenchmarkClaimLatency(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("ballots=%d", n), func(b *testing.B) {
			ctx := context.Background()
			e := newBenchChain(b)
			txs, err := store.Open(ctx, filepath.Join(b.TempDir(), "relayer.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { txs.Close() })
			cfg := txmgr.DefaultConfig()
			cfg.ChainID = devchain.ChainID.Uint64()
			cfg.ConfirmationDepth = 1
			cfg.PollInterval = 20 * time.Millisecond
			mgr, err := txmgr.New(ctx, cfg, e.c.Client(), txtest.NewKeySigner(e.c.Key(relayerIdx), devchain.ChainID), txs,
				txmgr.WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				b.Fatal(err)
			}
			if err := mgr.Start(); err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { _ = mgr.Stop(context.Background()) })
			orch, _ := crypto.GenerateKey()
			clock := &fakeClock{}
			st, err := OpenStore(ctx, filepath.Join(b.TempDir(), "delib.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { st.Close() })
			in, err := NewIngest(ctx, NewEngine(e.domain, []common.Address{crypto.PubkeyToAddress(orch.PublicKey)}, clock.Now), st)
			if err != nil {
				b.Fatal(err)
			}
			settler := NewSettler(in, mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
			keys, addrs := voters(n)
			const proposals = 8
			var tallyTime, claimTime time.Duration
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer()
				m := &Manifest{Target: e.receiver, SubjectID: big.NewInt(int64(i + 1)), Nonce: big.NewInt(1), Credits: 100,
					Opens: tOpens, Participants: addrs, Rounds: []Round{{tP0, tC0}}}
				sm, err := SignManifest(ctx, dipmsg.KeySigner{Key: orch}, e.domain, m)
				if err != nil {
					b.Fatal(err)
				}
				clock.Set(tOpens)
				if _, err := in.AddSession(ctx, sm); err != nil {
					b.Fatal(err)
				}
				props, ballots := signedRound(b, m.Settlement(e.domain, 0), keys, addrs, proposals)
				for _, p := range props {
					if _, err := in.Accept(ctx, &dipmsg.Envelope{Domain: e.domain, Message: p.Message, Sig: p.Sig}); err != nil {
						b.Fatal(err)
					}
				}
				clock.Set(tP0)
				acceptAll(b, in, e.domain, ballots)
				clock.Set(tC0)
				t0 := time.Now()
				if _, err := in.Engine.Tally(m.ID(), 0); err != nil {
					b.Fatal(err)
				}
				tallyTime += time.Since(t0)
				b.StartTimer()
				t1 := time.Now()
				if err := settler.Advance(ctx, m.ID()); err != nil {
					b.Fatal(err)
				}
				claimTime += time.Since(t1)
				b.StopTimer()
				rec, err := st.GetRecord(ctx, m.ID())
				if err != nil || rec == nil || rec.State != StateClaimed {
					b.Fatalf("record %+v (%v), want claimed", rec, err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(claimTime.Microseconds())/1000/float64(b.N), "ms/claim")
			b.ReportMetric(float64(tallyTime.Microseconds())/1000/float64(b.N), "tally-ms")
		})
	}
}

// acceptAll ingests ballots with 32 concurrent clients (group commits).
func acceptAll(b *testing.B, in *Ingest, d dipmsg.Domain, ballots []dipmsg.SignedBallot) {
	b.Helper()
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	next := make(chan int)
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				if _, err := in.Accept(ctx, &dipmsg.Envelope{Domain: d, Message: ballots[k].Message, Sig: ballots[k].Sig}); err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	for k := range ballots {
		next <- k
	}
	close(next)
	wg.Wait()
	select {
	case err := <-errs:
		b.Fatal(err)
	default:
	}
}
