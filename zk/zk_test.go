package zk

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/quant"
)

// Small circuits keep setups to a few seconds.
var (
	tinyShape  = quant.Shape{In: 4, Out: 3, Shift: 4, ReLU: true}
	tinySample = SampleSpec(tinyShape, 1, false)
	tinyLayer  = LayerSpec(quant.Shape{In: 4, Out: 3, Shift: 10, ReLU: true}, 2, true, true)
)

var (
	keysMu    sync.Mutex
	keysCache = map[string]*Keys{}
)

// testKeys sets up (once per test binary) the keys of a spec.
func testKeys(t testing.TB, spec Spec) *Keys {
	t.Helper()
	keysMu.Lock()
	defer keysMu.Unlock()
	if k, ok := keysCache[spec.ID()]; ok {
		return k
	}
	k, err := Setup(spec)
	if err != nil {
		t.Fatalf("setup %s: %v", spec.ID(), err)
	}
	keysCache[spec.ID()] = k
	return k
}

var (
	otherOnce sync.Once
	otherKeys *Keys
	otherErr  error
)

// testOtherKeys is a second single-party setup of tinySample.
func testOtherKeys(t testing.TB) *Keys {
	t.Helper()
	otherOnce.Do(func() { otherKeys, otherErr = Setup(tinySample) })
	if otherErr != nil {
		t.Fatal(otherErr)
	}
	return otherKeys
}

func tinyModel(t testing.TB) (*quant.Model, *quant.Tree) {
	t.Helper()
	m := quant.RandomModel(quant.SeedFromUint64(77), tinyShape, tinyShape)
	tree, err := quant.CommitDepth(m, 1)
	if err != nil {
		t.Fatal(err)
	}
	return m, tree
}

func proveTinySample(t testing.TB, k *Keys, layer int, pos uint64) (*Proof, *circuits.Sample) {
	t.Helper()
	p, err := NewProver(k)
	if err != nil {
		t.Fatal(err)
	}
	m, tree := tinyModel(t)
	s := &circuits.Sample{Layer: layer, Position: pos, Input: []int8{5, -7, 100, -128}}
	proof, err := p.ProveSample(context.Background(), m, tree, s)
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	return proof, s
}

func TestSampleProofVerifiesAndRejectsTampering(t *testing.T) {
	t.Parallel()
	k := testKeys(t, tinySample)
	proof, s := proveTinySample(t, k, 1, 3)
	if err := Verify(k, proof); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	if proof.Inputs[0].Cmp(quant.Big(s.Statement)) != 0 {
		t.Fatal("public input is not the sample statement")
	}
	if proof.Stats.Constraints != k.CCS.GetNbConstraints() || proof.Stats.Total <= 0 || proof.Stats.PeakHeap == 0 {
		t.Errorf("stats not filled in: %+v", proof.Stats)
	}
	if len(proof.Proof) != ProofSize(k.Manifest.Commitments) {
		t.Errorf("proof is %d bytes, want %d", len(proof.Proof), ProofSize(k.Manifest.Commitments))
	}

	mutate := func(f func(p *Proof)) *Proof {
		c := *proof
		c.Proof = append(hexutil.Bytes(nil), proof.Proof...)
		c.Inputs = []*big.Int{new(big.Int).Set(proof.Inputs[0])}
		f(&c)
		return &c
	}
	tests := []struct {
		name string
		p    *Proof
		want error
	}{
		{"wrong statement", mutate(func(p *Proof) { p.Inputs[0].Add(p.Inputs[0], big.NewInt(1)) }), ErrInvalidProof},
		{"missing input", mutate(func(p *Proof) { p.Inputs = nil }), ErrInvalidProof},
		{"input not in field", mutate(func(p *Proof) { p.Inputs[0] = new(big.Int).Lsh(big.NewInt(1), 255) }), ErrInvalidProof},
		{"truncated", mutate(func(p *Proof) { p.Proof = p.Proof[:100] }), ErrMalformedProof},
		{"point off curve", mutate(func(p *Proof) { p.Proof[31] ^= 1 }), ErrMalformedProof},
		{"swapped A and C", mutate(func(p *Proof) {
			a := append([]byte(nil), p.Proof[:64]...)
			copy(p.Proof[:64], p.Proof[192:256])
			copy(p.Proof[192:256], a)
		}), ErrInvalidProof},
		{"other circuit", mutate(func(p *Proof) { p.CircuitID = tinyLayer.ID() }), ErrProofMismatch},
		{"other setup", mutate(func(p *Proof) { p.KeyHash = hexutil.Encode(make([]byte, 32)) }), ErrProofMismatch},
	}
	for _, tc := range tests {
		if err := Verify(k, tc.p); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestProofForAnotherSetupIsRefused(t *testing.T) {
	t.Parallel()
	k := testKeys(t, tinySample)
	other := testOtherKeys(t)
	if other.KeyHash() == k.KeyHash() {
		t.Fatal("two single-party setups gave the same key")
	}
	proof, _ := proveTinySample(t, k, 0, 1)
	if err := Verify(other, proof); !errors.Is(err, ErrProofMismatch) {
		t.Errorf("proof checked against another setup: got %v, want ErrProofMismatch", err)
	}
	// Even with the envelope rewritten, the other setup's key rejects the proof.
	proof.KeyHash = hexutil.Encode(other.hash[:])
	if err := Verify(other, proof); !errors.Is(err, ErrInvalidProof) {
		t.Errorf("proof of another setup with a forged envelope: got %v, want ErrInvalidProof", err)
	}
	// A proving key and a verifying key from different setups cannot be combined.
	mixed := &Keys{Spec: tinySample, CCS: k.CCS, PK: k.PK, VK: other.VK}
	if err := mixed.index(); !errors.Is(err, ErrKeyMismatch) {
		t.Errorf("mixed keys: got %v, want ErrKeyMismatch", err)
	}
}

func TestKeysSaveLoadAndMismatchRefusal(t *testing.T) {
	t.Parallel()
	k := testKeys(t, tinySample)
	root := t.TempDir()
	dir := Dir(root, tinySample)
	var lines []string
	if err := k.Save(dir, func(s string) { lines = append(lines, s) }); err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Error("save reported no progress")
	}
	if err := k.Save(dir, nil); !errors.Is(err, ErrKeysExist) {
		t.Errorf("second save: got %v, want ErrKeysExist", err)
	}
	loaded, err := Load(dir, tinySample)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if loaded.KeyHash() != k.KeyHash() || loaded.Manifest.Constraints != k.CCS.GetNbConstraints() {
		t.Fatal("loaded keys differ")
	}
	// A proof made with the loaded keys verifies with the original ones.
	proof, _ := proveTinySample(t, loaded, 0, 2)
	if err := Verify(k, proof); err != nil {
		t.Fatalf("proof from loaded keys: %v", err)
	}
	vonly, err := Load(dir, tinySample, VerifyOnly())
	if err != nil || vonly.PK != nil {
		t.Fatalf("verify-only load: %v", err)
	}
	if err := Verify(vonly, proof); err != nil {
		t.Errorf("verify-only keys: %v", err)
	}
	if _, err := NewProver(vonly); err == nil {
		t.Error("prover accepted keys without a proving key")
	}

	// Asking for another circuit's keys from this directory.
	if _, err := Load(dir, SampleSpec(tinyShape, 2, false)); !errors.Is(err, ErrKeyMismatch) {
		t.Errorf("other circuit: got %v, want ErrKeyMismatch", err)
	}
	// A missing directory.
	if _, err := Load(filepath.Join(root, "nope"), tinySample); !errors.Is(err, ErrNoKeys) {
		t.Errorf("missing: got %v, want ErrNoKeys", err)
	}
	// A verifying key file from another setup.
	other := testOtherKeys(t)
	otherDir := Dir(t.TempDir(), tinySample)
	if err := other.Save(otherDir, nil); err != nil {
		t.Fatal(err)
	}
	swapped := filepath.Join(t.TempDir(), "swapped")
	copyDir(t, dir, swapped)
	copyFile(t, filepath.Join(otherDir, VerifyFile), filepath.Join(swapped, VerifyFile))
	if _, err := Load(swapped, tinySample); !errors.Is(err, ErrKeyMismatch) {
		t.Errorf("swapped verifying key: got %v, want ErrKeyMismatch", err)
	}
	// A corrupted proving key.
	corrupt := filepath.Join(t.TempDir(), "corrupt")
	copyDir(t, dir, corrupt)
	if err := os.WriteFile(filepath.Join(corrupt, ProvingFile), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(corrupt, tinySample); !errors.Is(err, ErrKeyMismatch) {
		t.Errorf("corrupt proving key: got %v, want ErrKeyMismatch", err)
	}
}

func TestLoadOrSetupCaches(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	spec := SampleSpec(quant.Shape{In: 2, Out: 2, Shift: 3}, 1, true)
	var lines []string
	k1, err := LoadOrSetup(root, spec, func(s string) { lines = append(lines, s) })
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 3 {
		t.Errorf("setup printed %d progress lines", len(lines))
	}
	k2, err := LoadOrSetup(root, spec, nil)
	if err != nil {
		t.Fatal(err)
	}
	if k1.KeyHash() != k2.KeyHash() {
		t.Error("second LoadOrSetup made a new setup instead of loading the cache")
	}
	if k1.Manifest.Setup != SetupSingleParty || k1.Manifest.Commitments != 0 {
		t.Errorf("manifest: %+v", k1.Manifest)
	}
}

func TestDeterministicSetupIsReproducible(t *testing.T) {
	t.Parallel()
	spec := SampleSpec(quant.Shape{In: 2, Out: 1, Shift: 2}, 1, true)
	a, err := Setup(spec, WithDeterministicBeacon([]byte("test")))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Setup(spec, WithDeterministicBeacon([]byte("test")))
	if err != nil {
		t.Fatal(err)
	}
	if a.KeyHash() != b.KeyHash() {
		t.Error("same beacon, different keys")
	}
	if a.Manifest.Setup != SetupDeterministic || a.Manifest.Beacon != hexutil.Encode([]byte("test")) {
		t.Errorf("manifest does not record the deterministic setup: %+v", a.Manifest)
	}
	m := quant.RandomModel(quant.SeedFromUint64(1), spec.Sample.Shape)
	tree, _ := quant.CommitDepth(m, 1)
	p, _ := NewProver(a)
	proof, err := p.ProveSample(context.Background(), m, tree, &circuits.Sample{Layer: 0, Input: []int8{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(b, proof); err != nil {
		t.Errorf("proof under beacon keys: %v", err)
	}
}

func TestProverIsSafeForConcurrentUse(t *testing.T) {
	t.Parallel()
	k := testKeys(t, tinySample)
	p, err := NewProver(k, WithConcurrency(2))
	if err != nil {
		t.Fatal(err)
	}
	m, tree := tinyModel(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &circuits.Sample{Layer: i % 2, Position: uint64(i), Input: []int8{int8(i), 1, 2, 3}}
			proof, err := p.ProveSample(context.Background(), m, tree, s)
			if err == nil {
				err = Verify(k, proof)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("proof %d: %v", i, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.ProveSample(ctx, m, tree, &circuits.Sample{Input: []int8{1, 2, 3, 4}}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v", err)
	}
	if _, _, err := p.ProveLayer(context.Background(), &m.Layers[0], nil); !errors.Is(err, ErrWrongCircuit) {
		t.Errorf("layer proof from sample keys: got %v, want ErrWrongCircuit", err)
	}
}

func TestSampleProverRejectsModelNotMatchingCircuit(t *testing.T) {
	t.Parallel()
	k := testKeys(t, tinySample)
	p, _ := NewProver(k)
	other := quant.RandomModel(quant.SeedFromUint64(1), quant.Shape{In: 4, Out: 3, Shift: 5, ReLU: true})
	tree, _ := quant.CommitDepth(other, 1)
	_, err := p.ProveSample(context.Background(), other, tree, &circuits.Sample{Input: []int8{1, 2, 3, 4}})
	if !errors.Is(err, circuits.ErrModelMismatch) {
		t.Errorf("layer with another shift: got %v, want ErrModelMismatch", err)
	}
}

func TestLayerProofBindsWeightsAndActivations(t *testing.T) {
	t.Parallel()
	k := testKeys(t, tinyLayer)
	p, err := NewProver(k)
	if err != nil {
		t.Fatal(err)
	}
	sh := tinyLayer.Layer.Shape
	l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(5)), sh)
	inputs := [][]int8{{1, -2, 3, 100}, {-128, 127, 0, 9}}
	proof, outs, err := p.ProveLayer(context.Background(), &l, inputs)
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	for i, x := range inputs {
		want, _ := l.Forward(x)
		for o := range want {
			if outs[i][o] != want[o] {
				t.Fatalf("position %d output %d: %d, want %d", i, o, outs[i][o], want[o])
			}
		}
	}
	if err := Verify(k, proof); err != nil {
		t.Fatalf("valid layer proof rejected: %v", err)
	}
	// The proof's first commitment is exactly weights + activations.
	wc, _ := LayerCommitment(k, &l)
	if got := pointToBig(&wc); got[0].Cmp(proof.Layer.Weights[0]) != 0 {
		t.Fatal("statement does not carry the layer commitment")
	}

	// Other weights: the proof does not open to their commitment.
	other := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(6)), sh)
	oc, _ := LayerCommitment(k, &other)
	bad := *proof
	bad.Layer = &LayerStatement{Weights: pointToBig(&oc), Activations: proof.Layer.Activations}
	if err := Verify(k, &bad); !errors.Is(err, ErrCommitmentMismatch) {
		t.Errorf("other weights: got %v, want ErrCommitmentMismatch", err)
	}
	// Other outputs: likewise.
	wrongOuts := [][]int8{append([]int8(nil), outs[0]...), outs[1]}
	wrongOuts[0][0]++
	ac, _ := ActivationCommitment(k, inputs, wrongOuts)
	bad.Layer = &LayerStatement{Weights: proof.Layer.Weights, Activations: pointToBig(&ac)}
	if err := Verify(k, &bad); !errors.Is(err, ErrCommitmentMismatch) {
		t.Errorf("other outputs: got %v, want ErrCommitmentMismatch", err)
	}
	// A proof cannot be made for weights that are not int8 (CheckWeights), nor
	// for a layer of another shape.
	wrongShape := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(6)), quant.Shape{In: 4, Out: 3, Shift: 9, ReLU: true})
	if _, _, err := p.ProveLayer(context.Background(), &wrongShape, inputs); !errors.Is(err, circuits.ErrModelMismatch) {
		t.Errorf("other shape: got %v, want ErrModelMismatch", err)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		copyFile(t, filepath.Join(from, e.Name()), filepath.Join(to, e.Name()))
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
