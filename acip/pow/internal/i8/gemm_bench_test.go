package i8

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkGemm is one fused layer of the default model's shapes (16
// tokens), in multiply-adds per second, at each assembly level this process
// runs.
func BenchmarkGemm(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, sh := range [][3]int{{64, 64, 1}, {64, 128, 1}, {128, 64, 1}, {512, 512, 1}} {
		in, out, nb := sh[0], sh[1], sh[2]
		w, x := make([]int8, in*out), make([]int8, nb*Lanes*in)
		fill(w, rng, 0)
		fill(x, rng, 0)
		m, _ := Pack(w, in, out)
		a := &GemmArgs{M: &m, In: packRows(x, nb*Lanes, in, false), Out: make([]byte, nb*Lanes*out), Blocks: nb, Shift: 10}
		for _, l := range levels() {
			if l < AVX2 {
				continue
			}
			b.Run(fmt.Sprintf("%dx%d_T%d/%s", out, in, nb*Lanes, l), func(b *testing.B) {
				for b.Loop() {
					gemmAt(l, a)
				}
				macs := in * out * nb * Lanes
				b.ReportMetric(float64(b.N)*float64(macs)/b.Elapsed().Seconds()/1e9, "GMAC/s")
				reportBest(b, func() int { gemmAt(l, a); return macs })
			})
		}
	}
}

// BenchmarkAttend is the default model's attention (d 64, 4 heads, 16 tokens).
func BenchmarkAttend(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	const d, tp = 64, 16
	q, k, v := make([]int8, tp*d), make([]int8, tp*d), make([]int8, tp*d)
	fill(q, rng, 0)
	fill(k, rng, 0)
	fill(v, rng, 0)
	a := &AttendArgs{Q: packRows(q, tp, d, false), K: packRows(k, tp, d, true), VT: append(packRows(v, tp, d, true), make([]byte, VTSlack(1))...),
		A: make([]byte, tp*d), S: make([]byte, AttendScratch(1, 4)), Blocks: 1, Width: d, Heads: 4, Score: 13, Mix: 8}
	for b.Loop() {
		Attend(a)
	}
	b.ReportMetric(float64(b.N)*float64(2*tp*tp*d)/b.Elapsed().Seconds()/1e9, "GMAC/s")
	reportBest(b, func() int { Attend(a); return 2 * tp * tp * d })
}

// reportBest reports the best-round rate of one call repeated for ~20 us
// and its share of the best-round peak, alternating the two (BestRates).
func reportBest(b *testing.B, call func() int) {
	if Best < VNNI512 {
		return
	}
	b.StopTimer()
	round := func() int {
		n := 0
		for start := time.Now(); time.Since(start) < 20*time.Microsecond; {
			n += call()
		}
		return n
	}
	r := CompareRates(200*time.Millisecond, round, PeakRound)
	b.ReportMetric(r.BestA/1e9, "best-GMAC/s")
	b.ReportMetric(100*r.BestA/r.BestB, "best-%peak")
}

// BenchmarkEmbed is the default model's embedding (d 64, 16 tokens).
func BenchmarkEmbed(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 3))
	const d, tp = 64, 16
	emb, pos := make([]int8, 256*d), make([]int8, tp*d)
	fill(emb, rng, 0)
	fill(pos, rng, 0)
	tok := make([]uint8, tp)
	for i := range tok {
		tok[i] = uint8(rng.UintN(256))
	}
	a := &EmbedArgs{TokEmb: emb, Pos: packRows(pos, tp, d, true), Tokens: tok, Out: make([]byte, tp*d), Width: d, Blocks: 1}
	for b.Loop() {
		Embed(a)
	}
}
