package deliberation

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
)

// benchIngest prepares n signed proposals spread over sessions of
// MaxParticipants participants, all in their proposal phase.
func benchIngest(b *testing.B, n int) (*Ingest, []*dipmsg.Envelope) {
	b.Helper()
	ctx := context.Background()
	orch, _ := crypto.GenerateKey()
	clock := &fakeClock{}
	clock.Set(tOpens)
	st, err := OpenStore(ctx, filepath.Join(b.TempDir(), "delib.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	in, err := NewIngest(ctx, NewEngine(testDomain, []common.Address{crypto.PubkeyToAddress(orch.PublicKey)}, clock.Now), st)
	if err != nil {
		b.Fatal(err)
	}
	per := min(n, MaxParticipants)
	keys := make([]*ecdsa.PrivateKey, per)
	addrs := make([]common.Address, per)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	envs := make([]*dipmsg.Envelope, 0, n)
	for s := 0; len(envs) < n; s++ {
		m := &Manifest{Target: common.HexToAddress("0xA1"), SubjectID: big.NewInt(int64(s)), Nonce: new(big.Int), Credits: 100,
			Opens: tOpens, Participants: addrs, Rounds: []Round{{tP0, tC0}}}
		sm, err := SignManifest(ctx, dipmsg.KeySigner{Key: orch}, testDomain, m)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := in.AddSession(ctx, sm); err != nil {
			b.Fatal(err)
		}
		for i := 0; i < per && len(envs) < n; i++ {
			p := &dipmsg.Proposal{Session: m.ID(), Author: addrs[i], ContentHash: crypto.Keccak256Hash(big.NewInt(int64(len(envs))).Bytes())}
			sig, err := dipmsg.SignWithKey(keys[i], testDomain, p)
			if err != nil {
				b.Fatal(err)
			}
			envs = append(envs, &dipmsg.Envelope{Domain: testDomain, Message: p, Sig: sig})
		}
	}
	return in, envs
}

// BenchmarkIngest measures messages verified (signature, rules) and durably
// stored (SQLite WAL, synchronous=FULL, one commit per message) per second.
func BenchmarkIngest(b *testing.B) {
	for _, mode := range []string{"serial", "parallel64"} {
		b.Run(mode, func(b *testing.B) {
			in, envs := benchIngest(b, b.N)
			ctx := context.Background()
			b.ResetTimer()
			start := time.Now()
			if mode == "serial" {
				for _, env := range envs {
					if _, err := in.Accept(ctx, env); err != nil {
						b.Fatal(err)
					}
				}
			} else {
				// 64 concurrent clients, as an HTTP server under load would have.
				b.SetParallelism(32)
				var next atomic.Int64
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						if _, err := in.Accept(ctx, envs[next.Add(1)-1]); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msgs/s")
		})
	}
}

// BenchmarkVerify measures the signature and domain check alone (EIP-712
// digest and secp256k1 recovery), the CPU-bound part of ingest, with one
// goroutine per GOMAXPROCS: run with -cpu 1,2 for the per-core figure.
func BenchmarkVerify(b *testing.B) {
	in, envs := benchIngest(b, 1024)
	var next atomic.Int64
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := in.Engine.Verify(envs[next.Add(1)%int64(len(envs))]); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msgs/s")
}
