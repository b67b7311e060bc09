package powzk

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"runtime/debug"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/lowmem"
	"github.com/dip-market/dip/zk/onchain"
)

// benchSpec is the spec BenchmarkProve measures: the default model unless
// POWZK_BENCH_SPEC names another ("micro", "d16").
func benchSpec() pow.Spec {
	switch os.Getenv("POWZK_BENCH_SPEC") {
	case "micro":
		return microSpec
	case "d16":
		return pow.Spec{Width: 16, Layers: 1, Heads: 2, SeqLen: 8, FFN: 32}
	default:
		return pow.DefaultSpec
	}
}

// batchItems returns the first k nonces of a miner with their true
// distances, and params whose threshold admits all of them.
func batchItems(tb testing.TB, spec pow.Spec, k int) (pow.Params, []BatchItem) {
	tb.Helper()
	var seed common.Hash
	seed[31] = 7
	p := pow.Params{Epoch: 3, Seed: seed, Spec: spec, Difficulty: 1}
	m, err := p.Model()
	if err != nil {
		tb.Fatal(err)
	}
	sc := m.NewScratch()
	miner := common.HexToAddress("0x00000000000000000000000000000000c0ffee02")
	items := make([]BatchItem, k)
	for i := range items {
		n := pow.EpochNonce(p.Epoch, uint32(i))
		items[i] = BatchItem{Miner: miner, Nonce: n, Distance: m.NonceDistance(miner, n, sc)}
		p.Threshold = max(p.Threshold, items[i].Distance)
	}
	return p, items
}

// circuitPair returns the circuit and assignment of one nonce (k == 0) or a batch of k.
func circuitPair(p pow.Params, items []BatchItem, k int) (frontend.Circuit, frontend.Circuit) {
	if k == 0 {
		it := items[0]
		return New(p.Spec), Assign(p, it.Miner, it.Nonce, it.Distance)
	}
	return NewBatch(p.Spec, k), AssignBatch(p, items[:k])
}

// BenchmarkProve compiles, sets up with gnark's DummySetup (keys with the
// proving work of real ones, made in seconds instead of a multi-minute
// setup; the points are made distinct as bench/zk does, so the MSMs take
// their normal path) and proves one nonce and a batch of 8 of the default
// spec. Reports constraints, compile time, proving time (witness solving
// included) and the peak Go heap while proving. The proofs do not verify
// (dummy keys); verification gas is BenchmarkVerifyGas.
//
//	go test -run '^$' -bench Prove -benchtime 1x -timeout 60m ./acip/pow/powzk/
func BenchmarkProve(b *testing.B) {
	spec := benchSpec()
	p, items := batchItems(b, spec, 8)
	for _, k := range []int{0, 8} {
		name := "single"
		if k > 0 {
			name = fmt.Sprintf("batch-%d", k)
		}
		b.Run(fmt.Sprintf("%s/%s", spec, name), func(b *testing.B) {
			circuit, assignment := circuitPair(p, items, k)
			start := time.Now()
			ccs, err := frontend.Compile(fr.Modulus(), r1cs.NewBuilder, circuit)
			if err != nil {
				b.Fatal(err)
			}
			compile := time.Since(start)
			start = time.Now()
			pk, err := groth16.DummySetup(ccs)
			if err != nil {
				b.Fatal(err)
			}
			distinctPoints(pk.(*groth16bn254.ProvingKey))
			// As the pow-epochs keys: proofs go through zk/lowmem without FFT tables.
			if err := lowmem.DropFFTTables(pk); err != nil {
				b.Fatal(err)
			}
			setup := time.Since(start)
			w, err := frontend.NewWitness(assignment, fr.Modulus())
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			debug.FreeOSMemory()
			// Witness solving alone (proving solves again).
			start, cpu0 := time.Now(), cpuTime()
			if _, err := ccs.Solve(w); err != nil {
				b.Fatal(err)
			}
			solve, solveCPU := time.Since(start), cpuTime()-cpu0
			runtime.GC()
			b.ResetTimer()
			var peak uint64
			cpu0 = cpuTime()
			for i := 0; i < b.N; i++ {
				mon := zk.StartMemMonitor(10 * time.Millisecond)
				if _, err := lowmem.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16)); err != nil {
					b.Fatal(err)
				}
				p, _ := mon.Stop()
				peak = max(peak, p)
			}
			n := float64(ccs.GetNbConstraints())
			per := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/proof")
			b.ReportMetric(solve.Seconds(), "solve-s")
			b.ReportMetric(solveCPU.Seconds(), "solve-cpu-s")
			b.ReportMetric(n, "constraints")
			b.ReportMetric(per, "s/proof")
			b.ReportMetric(compile.Seconds(), "compile-s")
			b.ReportMetric(setup.Seconds(), "dummy-setup-s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			nonces := max(k, 1)
			b.ReportMetric(float64(spec.MACs()*nonces)/per, "MAC/s")
		})
	}
}

// TestConstraintCounts compiles the single and batch circuits of the spec
// named by POWZK_BENCH_SPEC (skipped unless it is set; compile only) and
// logs the constraint counts and the shared / per-nonce split.
func TestConstraintCounts(t *testing.T) {
	if os.Getenv("POWZK_BENCH_SPEC") == "" {
		t.Skip("set POWZK_BENCH_SPEC=micro|d16|default")
	}
	spec := benchSpec()
	count := func(c frontend.Circuit) int {
		ccs, err := frontend.Compile(fr.Modulus(), r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		return ccs.GetNbConstraints()
	}
	one, two, eight := count(New(spec)), count(NewBatch(spec, 2)), count(NewBatch(spec, 8))
	per := (eight - two) / 6
	ws := pow.NewWeightStream(pow.StreamKey(pow.TagWeights, fr.Element{}, spec))
	ws.Int8s(spec.WeightCount())
	t.Logf("spec %s (%d weights in %d stream elements, %d MACs/nonce): single %d, batch-2 %d, batch-8 %d constraints; per extra nonce %d (%.3f per MAC), shared %d",
		spec, spec.WeightCount(), ws.Elements(), spec.MACs(), one, two, eight, per, float64(per)/float64(spec.MACs()), one-per)
}

// BenchmarkVerifyGas measures on-chain verification gas (whole transaction,
// Groth16Verifier with the key supplied at deployment) of a real single-nonce
// and batch-8 proof. Gas depends only on the number of public inputs and
// commitments, not on the circuit size, so the micro spec's real keys give
// the default spec's gas: single = 5 public inputs + 1 commitment,
// batch = 1 public input + 1 commitment.
//
//	go test -run '^$' -bench VerifyGas -benchtime 1x ./acip/pow/powzk/
func BenchmarkVerifyGas(b *testing.B) {
	p, items := batchItems(b, microSpec, 8)
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	for _, k := range []int{0, 8} {
		name := "single-5-inputs"
		if k > 0 {
			name = fmt.Sprintf("batch-%d-1-input", k)
		}
		b.Run(name, func(b *testing.B) {
			circuit, assignment := circuitPair(p, items, k)
			ccs, err := frontend.Compile(fr.Modulus(), r1cs.NewBuilder, circuit)
			if err != nil {
				b.Fatal(err)
			}
			pk, vk, err := groth16.Setup(ccs)
			if err != nil {
				b.Fatal(err)
			}
			proof := proveSolidity(b, ccs, pk, assignment)
			words, err := zk.EncodeVerifyingKey(vk)
			if err != nil {
				b.Fatal(err)
			}
			v, _, err := onchain.DeployVerifierWords(ctx, c.Client(), c.Transactor(0), words)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			var gas uint64
			for i := 0; i < b.N; i++ {
				r, err := v.VerifyTx(ctx, c.Transactor(1), proof)
				if err != nil {
					b.Fatal(err)
				}
				gas = r.GasUsed
			}
			b.ReportMetric(float64(gas), "gas")
			b.ReportMetric(float64(len(proof.Proof)), "proof-bytes")
			b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
		})
	}
}

// proveSolidity proves an assignment for the Solidity verifier and returns
// the proof with its public inputs.
func proveSolidity(tb testing.TB, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment frontend.Circuit) *zk.Proof {
	tb.Helper()
	w, err := frontend.NewWitness(assignment, fr.Modulus())
	if err != nil {
		tb.Fatal(err)
	}
	proof, err := lowmem.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := zk.SolidityProof(proof)
	if err != nil {
		tb.Fatal(err)
	}
	pub, err := w.Public()
	if err != nil {
		tb.Fatal(err)
	}
	vec, ok := pub.Vector().(fr.Vector)
	if !ok {
		tb.Fatal("public witness is not an fr.Vector")
	}
	inputs := make([]*big.Int, len(vec))
	for i := range vec {
		inputs[i] = vec[i].BigInt(new(big.Int))
	}
	return &zk.Proof{Proof: raw, Inputs: inputs}
}

// distinctPoints replaces DummySetup's single repeated point by consecutive
// multiples of the generators, so that no two MSM points coincide (as in
// bench/zk).
func distinctPoints(pk *groth16bn254.ProvingKey) {
	g1s := func(pts []bn254.G1Affine) {
		_, _, g1, _ := bn254.Generators()
		jac := make([]bn254.G1Jac, len(pts))
		var p bn254.G1Jac
		p.FromAffine(&g1)
		for i := range jac {
			p.AddMixed(&g1)
			jac[i] = p
		}
		copy(pts, bn254.BatchJacobianToAffineG1(jac))
	}
	g1s(pk.G1.A)
	g1s(pk.G1.B)
	g1s(pk.G1.K)
	g1s(pk.G1.Z)
	for i := range pk.CommitmentKeys {
		g1s(pk.CommitmentKeys[i].Basis)
		g1s(pk.CommitmentKeys[i].BasisExpSigma)
	}
	_, _, _, g2 := bn254.Generators()
	scalars := make([]fr.Element, len(pk.G2.B))
	for i := range scalars {
		scalars[i].SetUint64(uint64(i + 2))
	}
	copy(pk.G2.B, bn254.BatchScalarMultiplicationG2(&g2, scalars))
}

// cpuTime returns the process's user + system CPU time: on a machine
// shared with other jobs it measures the work, where wall time measures the
// share of the cores this process got.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
