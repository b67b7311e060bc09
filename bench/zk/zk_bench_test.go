package zkbench

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/fixture"
	"github.com/dip-market/dip/zk/gadgets"
	"github.com/dip-market/dip/zk/lowmem"
	"github.com/dip-market/dip/zk/onchain"
	"github.com/dip-market/dip/zk/quant"
)

// HeadlineShape is the headline layer: width 256, shift 11 (keeps the
// activation table at 2^13 entries), ReLU.
var HeadlineShape = quant.Shape{In: 256, Out: 256, Shift: 11, ReLU: true}

// HeadlineK is the number of positions per proof.
const HeadlineK = 32

func keyRoot() string {
	if d := os.Getenv("DIP_ZK_KEYS_DIR"); d != "" {
		return d
	}
	return zk.DefaultKeyRoot()
}

func loadKeys(b *testing.B, spec zk.Spec) *zk.Keys {
	b.Helper()
	k, err := zk.LoadOrSetup(keyRoot(), spec, func(msg string) { b.Logf("%s", msg) })
	if err != nil {
		b.Fatal(err)
	}
	return k
}

func inputs(seed uint64, k, n int) [][]int8 {
	s := quant.NewStream(quant.SeedFromUint64(seed))
	out := make([][]int8, k)
	for i := range out {
		out[i] = s.Int8s(n)
	}
	return out
}

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkHeadlineLayer is the headline: int8 multiply-accumulates proven
// per second, end to end (assignment and witness, the activation commitment
// that binds the proof to its inputs and outputs, solving and proving), for
// k = 32 positions through a width-256 layer committed by a Pedersen
// commitment. The layer commitment itself is computed once per model
// (excluded: it is cached by the Prover after the first proof).
func BenchmarkHeadlineLayer(b *testing.B) {
	for _, checks := range [][2]bool{{false, false}, {false, true}, {true, true}} {
		b.Run(fmt.Sprintf("check-weights=%v/check-activations=%v", checks[0], checks[1]), func(b *testing.B) {
			spec := zk.LayerSpec(HeadlineShape, HeadlineK, checks[0], checks[1])
			k := loadKeys(b, spec)
			p, err := zk.NewProver(k)
			if err != nil {
				b.Fatal(err)
			}
			l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), HeadlineShape)
			xs := inputs(2, HeadlineK, HeadlineShape.In)
			ctx := context.Background()
			if _, _, err := p.ProveLayer(ctx, &l, xs); err != nil { // warm the layer commitment cache
				b.Fatal(err)
			}
			runtime.GC()
			b.ResetTimer()
			cpu0 := cpuTime()
			var last *zk.Proof
			for i := 0; i < b.N; i++ {
				proof, _, err := p.ProveLayer(ctx, &l, xs)
				if err != nil {
					b.Fatal(err)
				}
				last = proof
			}
			b.StopTimer()
			cpu := cpuTime() - cpu0
			if err := zk.Verify(k, last); err != nil {
				b.Fatalf("headline proof does not verify: %v", err)
			}
			macs := float64(spec.Layer.MACs())
			perOp := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(macs/perOp, "MAC/s")
			b.ReportMetric(float64(k.Manifest.Constraints), "constraints")
			b.ReportMetric(float64(k.Manifest.Constraints)/macs, "constraints/MAC")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(last.Stats.PeakHeap)/float64(k.Manifest.Constraints), "peak-heap-B/constraint")
			b.ReportMetric(float64(last.Stats.Witness.Microseconds())/1000, "witness-ms")
		})
	}
}

// BenchmarkDirectBaseline is the reference layer: 8 positions through
// a 64x64 int8 layer, one constraint per MAC, requantized by a shift,
// remainders and outputs range-checked, weights private, no commitment.
func BenchmarkDirectBaseline(b *testing.B) {
	shape := quant.Shape{In: 64, Out: 64, Shift: 8, ReLU: true}
	for _, plain := range []bool{false, true} {
		b.Run(fmt.Sprintf("plain-range-checks=%v", plain), func(b *testing.B) {
			spec := zk.DirectSpec(shape, 8, plain)
			k := loadKeys(b, spec)
			p, _ := zk.NewProver(k)
			l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), shape)
			xs := inputs(2, 8, shape.In)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := p.ProveDirect(context.Background(), &l, xs); err != nil {
					b.Fatal(err)
				}
			}
			macs := float64(spec.Layer.MACs())
			b.ReportMetric(macs/(b.Elapsed().Seconds()/float64(b.N)), "MAC/s")
			b.ReportMetric(float64(k.Manifest.Constraints), "constraints")
			b.ReportMetric(float64(k.Manifest.Constraints)/macs, "constraints/MAC")
		})
	}
}

func compileCount(b *testing.B, c frontend.Circuit) int {
	b.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		b.Fatal(err)
	}
	return ccs.GetNbConstraints()
}

// BenchmarkConstraintsPerMAC compiles (no setup, no proving) the direct and
// the Freivalds layer circuits at widths 64, 256 and 1024 and reports
// constraints per multiply-accumulate.
func BenchmarkConstraintsPerMAC(b *testing.B) {
	for _, width := range []int{64, 256, 1024} {
		shape := quant.Shape{In: width, Out: width, Shift: 11, ReLU: true}
		for shape.AccBits()-int(shape.Shift) > 13 {
			shape.Shift++ // keep the activation table at 2^13 entries
		}
		for _, k := range []int{1, 8, 32} {
			direct := circuits.LayerBatchParams{Shape: shape, K: k}
			fr := circuits.LayerBatchParams{Shape: shape, K: k, CheckActivations: true}
			if (width == 1024 && k > 1) || (width < 1024 && k == 1) || (width == 256 && k == 32) {
				// The direct circuit costs about one constraint per MAC whatever k is:
				// compile it where that stays under about 2M constraints.
			} else {
				b.Run(fmt.Sprintf("direct/width=%d/k=%d", width, k), func(b *testing.B) {
					for i := 0; i < b.N; i++ {
						n := compileCount(b, circuits.NewDirectLayer(direct))
						b.ReportMetric(float64(n)/float64(direct.MACs()), "constraints/MAC")
						b.ReportMetric(float64(n), "constraints")
					}
				})
			}
			b.Run(fmt.Sprintf("freivalds/width=%d/k=%d", width, k), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					n := compileCount(b, circuits.NewLayerBatch(fr))
					b.ReportMetric(float64(n)/float64(fr.MACs()), "constraints/MAC")
					b.ReportMetric(float64(n), "constraints")
				}
			})
		}
	}
}

// weightHashCircuit binds n weights to a MiMC layer leaf (with the int8
// checks packing needs), to measure the hash commitment per weight.
type weightHashCircuit struct {
	W    []frontend.Variable
	Leaf frontend.Variable `gnark:",public"`
}

func (c *weightHashCircuit) Define(api frontend.API) error {
	rc := gadgets.NewRangeChecker(api)
	for _, w := range c.W {
		gadgets.AssertInt8(api, rc, w)
	}
	api.AssertIsEqual(gadgets.LayerLeaf(api, quant.Shape{In: len(c.W), Out: 1}, c.W), c.Leaf)
	return nil
}

// BenchmarkCommitmentPerWeight reports the in-circuit cost of binding a
// layer's weights: a MiMC leaf (with int8 checks) versus the Pedersen (BSB22)
// commitment of the Freivalds circuit, which costs no constraint (only prover
// MSM work and one pairing on chain), plus one lookup per weight when the
// weights are range-checked in the circuit.
func BenchmarkCommitmentPerWeight(b *testing.B) {
	for _, n := range []int{4096, 65536} {
		b.Run(fmt.Sprintf("mimc/weights=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				c := compileCount(b, &weightHashCircuit{W: make([]frontend.Variable, n)})
				b.ReportMetric(float64(c)/float64(n), "constraints/weight")
			}
		})
	}
	shape := quant.Shape{In: 256, Out: 256, Shift: 11, ReLU: true}
	for _, k := range []int{1, 8, 32} {
		b.Run(fmt.Sprintf("pedersen-check-weights/width=256/k=%d", k), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				without := compileCount(b, circuits.NewLayerBatch(circuits.LayerBatchParams{Shape: shape, K: k, CheckActivations: true}))
				with := compileCount(b, circuits.NewLayerBatch(circuits.LayerBatchParams{Shape: shape, K: k, CheckWeights: true, CheckActivations: true}))
				w := float64(shape.In * shape.Out)
				b.ReportMetric(float64(with-without)/w, "constraints/weight")
				b.ReportMetric(float64(without)/w, "circuit-constraints/weight")
				b.ReportMetric(float64(without)/float64(shape.In*shape.Out*k), "constraints/MAC")
			}
		})
	}
}

// chain is plain gnark: n squarings, the reference for prover throughput.
type chain struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
	n int
}

func (c *chain) Define(api frontend.API) error {
	v := c.Y
	for i := 0; i < c.n; i++ {
		v = api.Mul(v, v)
	}
	api.AssertIsDifferent(v, c.X)
	return nil
}

// A prover under benchmark: gnark's own or zk/lowmem (what zk.Prover uses,
// with the key's FFT tables dropped as zk.NewProver does: prepare runs
// before the prover's first proof).
type benchProver struct {
	name    string
	prepare func(groth16.ProvingKey) error
	prove   func(constraint.ConstraintSystem, groth16.ProvingKey, witness.Witness) error
}

var provers = []benchProver{
	{"gnark", func(groth16.ProvingKey) error { return nil }, func(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness) error {
		_, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		return err
	}},
	{"lowmem", lowmem.DropFFTTables, func(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness) error {
		_, err := lowmem.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		return err
	}},
}

// BenchmarkProverThroughput proves circuits of about 2^16, 2^18 and 2^20
// constraints on one and two cores: plain gnark (a chain of squarings) and
// the Freivalds layer circuit, once at the shapes used since the first
// measurement (which fill only 68-69% of their FFT domain) and once with k
// chosen so the constraint count fills the same power-of-two domain as the
// chain (same-size circuits). Keys come from gnark's DummySetup with its
// repeated point replaced by distinct points (a real setup at 2^20 takes tens
// of minutes; identical points would send the MSMs down their slow collision
// path) and its infinity markers replaced by the real ones (DummySetup marks
// the first wires as absent from A and B, so the proof's MSMs would run over
// other wires' values than with real keys): the proving work is that of real
// keys, the proofs just do not verify. Memory: peak-heap is the largest
// sampled Go heap (live objects and garbage not yet collected), base-heap the
// live heap before proving (key, constraint system, witness), peak-rss the
// process's VmHWM, reset before each proof.
func BenchmarkProverThroughput(b *testing.B) {
	type layerCase struct {
		name string
		p    circuits.LayerBatchParams
	}
	layersFor := map[int][]layerCase{
		16: {{"freivalds-layer", circuits.LayerBatchParams{Shape: quant.Shape{In: 256, Out: 256, Shift: 11, ReLU: true}, K: 32}},
			{"freivalds-layer-filled", circuits.LayerBatchParams{Shape: quant.Shape{In: 256, Out: 256, Shift: 11, ReLU: true}, K: 57}}},
		18: {{"freivalds-layer", circuits.LayerBatchParams{Shape: quant.Shape{In: 512, Out: 512, Shift: 12, ReLU: true}, K: 80}},
			{"freivalds-layer-filled", circuits.LayerBatchParams{Shape: quant.Shape{In: 512, Out: 512, Shift: 12, ReLU: true}, K: 131}}},
		20: {{"freivalds-layer", circuits.LayerBatchParams{Shape: quant.Shape{In: 1024, Out: 1024, Shift: 13, ReLU: true}, K: 160}},
			{"freivalds-layer-filled", circuits.LayerBatchParams{Shape: quant.Shape{In: 1024, Out: 1024, Shift: 13, ReLU: true}, K: 264}}},
	}
	for _, lg := range []int{16, 18, 20} {
		cases := append([]layerCase{{name: "gnark-chain"}}, layersFor[lg]...)
		for _, lc := range cases {
			b.Run(fmt.Sprintf("%s/2^%d", lc.name, lg), func(b *testing.B) {
				var circuit, assignment frontend.Circuit
				if lc.name == "gnark-chain" {
					n := 1<<lg - 2
					circuit, assignment = &chain{n: n}, &chain{X: 0, Y: 3, n: n}
				} else {
					l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), lc.p.Shape)
					a, _, err := circuits.AssignLayerBatch(lc.p, &l, inputs(2, lc.p.K, lc.p.Shape.In))
					if err != nil {
						b.Fatal(err)
					}
					circuit, assignment = circuits.NewLayerBatch(lc.p), a
				}
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
				if err != nil {
					b.Fatal(err)
				}
				pk, err := groth16.DummySetup(ccs)
				if err != nil {
					b.Fatal(err)
				}
				distinctPoints(pk.(*groth16bn254.ProvingKey))
				realInfinity(ccs, pk.(*groth16bn254.ProvingKey))
				w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
				if err != nil {
					b.Fatal(err)
				}
				for _, pr := range provers {
					if err := pr.prepare(pk); err != nil {
						b.Fatal(err)
					}
					for _, procs := range []int{1, 2} {
						b.Run(fmt.Sprintf("%s/cores=%d", pr.name, procs), func(b *testing.B) {
							old := runtime.GOMAXPROCS(procs)
							defer runtime.GOMAXPROCS(old)
							runtime.GC()
							debug.FreeOSMemory()
							base := zk.HeapBytes()
							b.ResetTimer()
							var peak, rss uint64
							for i := 0; i < b.N; i++ {
								resetPeakRSS()
								mon := zk.StartMemMonitor(10 * time.Millisecond)
								if err := pr.prove(ccs, pk, w); err != nil {
									b.Fatal(err)
								}
								p, _ := mon.Stop()
								peak = max(peak, p)
								rss = max(rss, peakRSS())
							}
							n := float64(ccs.GetNbConstraints())
							b.ReportMetric(n/(b.Elapsed().Seconds()/float64(b.N)), "constraints/s")
							b.ReportMetric(n, "constraints")
							b.ReportMetric(float64(peak)/n, "peak-heap-B/constraint")
							b.ReportMetric(float64(base)/n, "base-heap-B/constraint")
							if rss > 0 {
								b.ReportMetric(float64(rss)/n, "peak-rss-B/constraint")
							}
						})
					}
				}
			})
		}
	}
}

// BenchmarkProverThroughputPaired compares plain gnark (the chain proven by
// gnark's prover) and the domain-filling layer circuit of the same size
// proven as zk.Prover proves it (zk/lowmem, FFT tables dropped), with
// alternating proofs (chain, layer, chain, layer, ...), so that load from
// other processes on a shared machine hits both alike; it reports the median
// wall time and the median process CPU time of each as constraints per
// second, and their ratios. Select a size and core count by name, e.g.
// -bench 'Paired/2\^16/cores=2'.
func BenchmarkProverThroughputPaired(b *testing.B) {
	shapes := map[int]circuits.LayerBatchParams{
		16: {Shape: quant.Shape{In: 256, Out: 256, Shift: 11, ReLU: true}, K: 57},
		18: {Shape: quant.Shape{In: 512, Out: 512, Shift: 12, ReLU: true}, K: 131},
		20: {Shape: quant.Shape{In: 1024, Out: 1024, Shift: 13, ReLU: true}, K: 264},
	}
	for _, lg := range []int{16, 18, 20} {
		b.Run(fmt.Sprintf("2^%d", lg), func(b *testing.B) {
			type prepared struct {
				ccs constraint.ConstraintSystem
				pk  groth16.ProvingKey
				w   witness.Witness
			}
			prep := func(circuit, assignment frontend.Circuit) prepared {
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
				if err != nil {
					b.Fatal(err)
				}
				pk, err := groth16.DummySetup(ccs)
				if err != nil {
					b.Fatal(err)
				}
				distinctPoints(pk.(*groth16bn254.ProvingKey))
				realInfinity(ccs, pk.(*groth16bn254.ProvingKey))
				w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
				if err != nil {
					b.Fatal(err)
				}
				return prepared{ccs, pk, w}
			}
			n := 1<<lg - 2
			chainP := prep(&chain{n: n}, &chain{X: 0, Y: 3, n: n})
			lp := shapes[lg]
			l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), lp.Shape)
			a, _, err := circuits.AssignLayerBatch(lp, &l, inputs(2, lp.K, lp.Shape.In))
			if err != nil {
				b.Fatal(err)
			}
			layerP := prep(circuits.NewLayerBatch(lp), a)
			if err := lowmem.DropFFTTables(layerP.pk); err != nil {
				b.Fatal(err)
			}
			proveWith := []func(constraint.ConstraintSystem, groth16.ProvingKey, witness.Witness) error{provers[0].prove, provers[1].prove}
			for _, procs := range []int{1, 2} {
				b.Run(fmt.Sprintf("cores=%d", procs), func(b *testing.B) {
					old := runtime.GOMAXPROCS(procs)
					defer runtime.GOMAXPROCS(old)
					var wall, cpu [2][]float64
					for i := 0; i < b.N; i++ {
						for j, p := range []prepared{chainP, layerP} {
							runtime.GC()
							t0, c0 := time.Now(), cpuTime()
							if err := proveWith[j](p.ccs, p.pk, p.w); err != nil {
								b.Fatal(err)
							}
							wall[j] = append(wall[j], float64(p.ccs.GetNbConstraints())/time.Since(t0).Seconds())
							cpu[j] = append(cpu[j], float64(p.ccs.GetNbConstraints())/(cpuTime()-c0).Seconds())
						}
					}
					med := func(v []float64) float64 { slices.Sort(v); return v[len(v)/2] }
					cw, lw, cc, lc := med(wall[0]), med(wall[1]), med(cpu[0]), med(cpu[1])
					b.ReportMetric(cw, "chain-constraints/s")
					b.ReportMetric(lw, "layer-constraints/s")
					b.ReportMetric(lw/cw, "layer/chain-wall")
					b.ReportMetric(cc, "chain-constraints/cpu-s")
					b.ReportMetric(lc, "layer-constraints/cpu-s")
					b.ReportMetric(lc/cc, "layer/chain-cpu")
					b.ReportMetric(float64(layerP.ccs.GetNbConstraints()), "layer-constraints")
				})
			}
		})
	}
}

// realInfinity replaces DummySetup's infinity markers (the first wires) by
// those a real setup computes: a wire's A (B) point is the point at infinity
// exactly when the wire appears in no constraint's A (B) side. The counts,
// and so the key's arrays, are unchanged.
func realInfinity(ccs constraint.ConstraintSystem, pk *groth16bn254.ProvingKey) {
	r := ccs.(*cs.R1CS)
	nbWires := r.NbInternalVariables + r.GetNbPublicVariables() + r.GetNbSecretVariables()
	inA, inB := make([]bool, nbWires), make([]bool, nbWires)
	it := r.GetR1CIterator()
	for c := it.Next(); c != nil; c = it.Next() {
		for _, t := range c.L {
			inA[t.WireID()] = true
		}
		for _, t := range c.R {
			inB[t.WireID()] = true
		}
	}
	for i := range inA {
		pk.InfinityA[i], pk.InfinityB[i] = !inA[i], !inB[i]
	}
}

// distinctPoints replaces DummySetup's single repeated point by consecutive
// multiples of the generators, so that no two MSM points coincide.
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

// BenchmarkVerifyGas verifies proofs on the embedded chain and reports the
// gas of the whole verification transaction.
func BenchmarkVerifyGas(b *testing.B) {
	fx, err := fixture.ReadProofs("../../zk/fixture/testdata/proofs.json")
	if err != nil {
		b.Fatal(err)
	}
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	for _, set := range []struct {
		name  string
		proof *zk.Proof
	}{{"sample-no-commitment-1-input", fx.SamplePlain[0]}, {"sample-1-commitment-1-input", fx.SampleCommit[0]}} {
		b.Run(set.name, func(b *testing.B) {
			v, _, err := onchain.DeployVerifierWords(ctx, c.Client(), c.Transactor(0), fx.Keys[set.proof.CircuitID])
			if err != nil {
				b.Fatal(err)
			}
			a, _, err := onchain.DeploySampleAdapter(ctx, c.Client(), c.Transactor(0), v.Address())
			if err != nil {
				b.Fatal(err)
			}
			var gas, adapterGas uint64
			for i := 0; i < b.N; i++ {
				r, err := v.VerifyTx(ctx, c.Transactor(1), set.proof)
				if err != nil {
					b.Fatal(err)
				}
				ar, err := a.VerifyTx(ctx, c.Transactor(1), big.NewInt(1), set.proof)
				if err != nil {
					b.Fatal(err)
				}
				gas, adapterGas = r.GasUsed, ar.GasUsed
			}
			b.ReportMetric(float64(gas), "gas")
			b.ReportMetric(float64(adapterGas), "gas-via-adapter")
			b.ReportMetric(float64(len(set.proof.Proof)), "proof-bytes")
		})
	}
	b.Run("sample-batch-k=8", func(b *testing.B) {
		shape := quant.Shape{In: 16, Out: 16, Shift: 6, ReLU: true}
		spec := zk.BatchSpec(shape, 2, 8, false)
		k := loadKeys(b, spec)
		p, _ := zk.NewProver(k)
		m := quant.RandomModel(quant.SeedFromUint64(1), shape, shape, shape)
		tree, err := quant.CommitDepth(m, 2)
		if err != nil {
			b.Fatal(err)
		}
		xs := inputs(3, 8, shape.In)
		samples := make([]circuits.Sample, 8)
		for i := range samples {
			samples[i] = circuits.Sample{Layer: i % 3, Position: uint64(i), Input: xs[i]}
		}
		proof, err := p.ProveBatch(ctx, m, tree, samples)
		if err != nil {
			b.Fatal(err)
		}
		v, _, err := onchain.DeployVerifier(ctx, c.Client(), c.Transactor(0), k)
		if err != nil {
			b.Fatal(err)
		}
		a, _, err := onchain.DeploySampleAdapter(ctx, c.Client(), c.Transactor(0), v.Address())
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		var gas uint64
		for i := 0; i < b.N; i++ {
			r, err := a.VerifyTx(ctx, c.Transactor(1), big.NewInt(1), proof)
			if err != nil {
				b.Fatal(err)
			}
			gas = r.GasUsed
		}
		b.ReportMetric(float64(gas), "gas-via-adapter")
		b.ReportMetric(float64(gas)/8, "gas/sample")
		b.ReportMetric(float64(k.Manifest.Constraints), "constraints")
		b.ReportMetric(float64(proof.Stats.Total.Milliseconds()), "prove-ms")
	})
	b.Run(fmt.Sprintf("layer-2-commitments/%s/k=%d", HeadlineShape, HeadlineK), func(b *testing.B) {
		k := loadKeys(b, zk.LayerSpec(HeadlineShape, HeadlineK, false, false))
		p, _ := zk.NewProver(k)
		l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), HeadlineShape)
		proof, _, err := p.ProveLayer(ctx, &l, inputs(2, HeadlineK, HeadlineShape.In))
		if err != nil {
			b.Fatal(err)
		}
		v, _, err := onchain.DeployVerifier(ctx, c.Client(), c.Transactor(0), k)
		if err != nil {
			b.Fatal(err)
		}
		a, _, err := onchain.DeployLayerAdapter(ctx, c.Client(), c.Transactor(0), v.Address())
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		var gas uint64
		for i := 0; i < b.N; i++ {
			r, err := a.VerifyTx(ctx, c.Transactor(1), big.NewInt(1), proof)
			if err != nil {
				b.Fatal(err)
			}
			gas = r.GasUsed
		}
		b.ReportMetric(float64(gas), "gas")
		b.ReportMetric(float64(gas)/HeadlineK, "gas/position")
		b.ReportMetric(float64(len(proof.Proof)), "proof-bytes")
	})
}

// BenchmarkVerifyGo is groth16 verification in Go (zk.Verify: decode, checks, pairing).
func BenchmarkVerifyGo(b *testing.B) {
	for _, spec := range []zk.Spec{zk.LayerSpec(HeadlineShape, HeadlineK, false, false)} {
		b.Run(spec.ID(), func(b *testing.B) {
			k := loadKeys(b, spec)
			p, _ := zk.NewProver(k)
			l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), HeadlineShape)
			proof, _, err := p.ProveLayer(context.Background(), &l, inputs(2, HeadlineK, HeadlineShape.In))
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := zk.Verify(k, proof); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(proof.Proof)), "proof-bytes")
		})
	}
}
