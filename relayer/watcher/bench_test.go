package watcher

import (
	"testing"
)

// BenchmarkPollCatchUp measures the watcher's own cost of catching up on
// 2,000 blocks with 2 matching logs each from an in-memory backend (no RPC
// latency): header continuity checks, log checks, IDs, checkpoint updates.
func BenchmarkPollCatchUp(b *testing.B) {
	c := newFakeChain()
	c.extend(2000, 2)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := mustNew(b, c, NewMemoryCheckpoints(), HandlerFuncs{}, WithAddresses(fakeEmitter))
		p, err := w.Poll(ctx)
		if err != nil || p.Blocks != 2001 {
			b.Fatalf("poll: %+v, %v", p, err)
		}
	}
	b.ReportMetric(float64(2001*b.N)/b.Elapsed().Seconds(), "blocks/s")
}

// BenchmarkPollCatchUpDevchain does the same against the embedded chain's
// client (in-process JSON-RPC), 200 blocks with one log each.
func BenchmarkPollCatchUpDevchain(b *testing.B) {
	c, emitter := devchainWithEvents(b, 200)
	defer c.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := mustNew(b, c.Client(), NewMemoryCheckpoints(), HandlerFuncs{}, WithAddresses(emitter))
		if _, err := w.Poll(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(200*b.N)/b.Elapsed().Seconds(), "blocks/s")
}
