package powzk

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
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

// TestRealDefault runs a real single-party Groth16 setup of the default
// spec's nonce circuit ("single") and batch circuit of 8 ("batch-8"), proves
// real valid nonces of a calibrated default-spec epoch, verifies the proofs
// in Go and on the embedded chain (Groth16Verifier deployed with those keys;
// for the single nonce also through the Groth16ProofAdapter Settlement
// calls), measures the whole-transaction gas, and checks that a proof with a
// tampered public input is rejected in Go and on chain.
//
// Opt-in (setup takes minutes and GiBs): skipped unless POWZK_REAL_DEFAULT=1.
// Keys are cached (never committed) in $DIP_ZK_KEYS_DIR or zk.DefaultKeyRoot(),
// directory powzk-real-v<Version>-<spec>-<name>; a second run loads them and
// does not measure setup. Run each circuit in its own process so that the
// peak RSS figures are its own:
//
//	POWZK_REAL_DEFAULT=1 go test -run 'TestRealDefault/single$' -v -timeout 60m ./acip/pow/powzk/
//	POWZK_REAL_DEFAULT=1 go test -run 'TestRealDefault/batch-8$' -v -timeout 90m ./acip/pow/powzk/
func TestRealDefault(t *testing.T) {
	if os.Getenv("POWZK_REAL_DEFAULT") != "1" {
		t.Skip("set POWZK_REAL_DEFAULT=1 (real setup of the default spec: minutes, GiBs of memory)")
	}
	p, items, invalid := realDefaultEpoch(t, 8)
	nd := make([]string, len(items))
	for i, it := range items {
		nd[i] = fmt.Sprintf("%d:%d", it.Nonce, it.Distance)
	}
	t.Logf("epoch %d of %s: threshold %d (difficulty %d); miner %s, valid nonce:distance %s; invalid nonce %d (distance %d)",
		p.Epoch, p.Spec, p.Threshold, p.Difficulty, common.Address(items[0].Miner).Hex(), strings.Join(nd, " "), invalid.Nonce, invalid.Distance)
	for _, k := range []int{0, 8} {
		name := "single"
		if k > 0 {
			name = fmt.Sprintf("batch-%d", k)
		}
		t.Run(name, func(t *testing.T) { realDefaultRun(t, p, items, invalid, k, name) })
	}
}

// realDefaultEpoch calibrates a default-spec epoch (difficulty 16) and
// returns the first n valid nonces of one miner and one invalid nonce.
func realDefaultEpoch(t *testing.T, n int) (pow.Params, []BatchItem, BatchItem) {
	t.Helper()
	var seed common.Hash
	seed[31] = 11
	p := pow.Params{Epoch: 5, Seed: seed, Spec: pow.DefaultSpec, Difficulty: 16}
	c, err := pow.Calibrate(context.Background(), p, 512)
	if err != nil {
		t.Fatal(err)
	}
	p.Threshold = c.Threshold
	m, err := p.Model()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.NewScratch()
	miner := common.HexToAddress("0x00000000000000000000000000000000c0ffee03")
	var items []BatchItem
	var invalid BatchItem
	haveInvalid := false
	for ctr := uint32(0); len(items) < n || !haveInvalid; ctr++ {
		nonce := pow.EpochNonce(p.Epoch, ctr)
		it := BatchItem{Miner: miner, Nonce: nonce, Distance: m.NonceDistance(miner, nonce, sc)}
		switch {
		case p.Valid(it.Distance) && len(items) < n:
			items = append(items, it)
		case !p.Valid(it.Distance) && !haveInvalid:
			invalid, haveInvalid = it, true
		}
	}
	return p, items, invalid
}

func realDefaultRun(t *testing.T, p pow.Params, items []BatchItem, invalid BatchItem, k int, name string) {
	circuit, assignment := circuitPair(p, items, k)
	resetPeakRSS()
	start, cpu0 := time.Now(), cpuTime()
	ccs, err := frontend.Compile(fr.Modulus(), r1cs.NewBuilder, circuit)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: compiled %d constraints (%d public inputs, %d internal, %d secret wires) in %v (cpu %v), peak rss %s",
		name, ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1, ccs.GetNbInternalVariables(), ccs.GetNbSecretVariables(),
		time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond), peakRSS())

	root := os.Getenv("DIP_ZK_KEYS_DIR")
	if root == "" {
		root = zk.DefaultKeyRoot()
	}
	dir := filepath.Join(root, fmt.Sprintf("powzk-real-v%d-d%d-L%d-H%d-T%d-F%d-%s", Version,
		p.Spec.Width, p.Spec.Layers, p.Spec.Heads, p.Spec.SeqLen, p.Spec.FFN, name))
	start = time.Now()
	pk, vk, err := loadRealKeys(dir, ccs)
	switch {
	case err == nil:
		t.Logf("%s: loaded keys from %s in %v (setup not measured; remove the directory to measure it)", name, dir, time.Since(start).Round(time.Millisecond))
	case errors.Is(err, os.ErrNotExist):
		runtime.GC()
		resetPeakRSS()
		start, cpu0 = time.Now(), cpuTime()
		pk, vk, err = groth16.Setup(ccs)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: setup (real, single party) in %v (cpu %v), peak rss %s",
			name, time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond), peakRSS())
		start = time.Now()
		if err := saveRealKeys(dir, pk, vk); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: keys written to %s in %v", name, dir, time.Since(start).Round(time.Millisecond))
	default:
		t.Fatal(err)
	}
	for _, f := range []string{"proving.key", "verifying.key"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Logf("%s: %s %d bytes (%.1f MiB, compressed points)", name, f, fi.Size(), float64(fi.Size())/(1<<20))
		}
	}

	w, err := frontend.NewWitness(assignment, fr.Modulus())
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	resetPeakRSS()
	start, cpu0 = time.Now(), cpuTime()
	gp, err := lowmem.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	t.Logf("%s: proved in %v (cpu %v, witness solving included), peak rss %s",
		name, time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond), peakRSS())
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	if err := groth16.Verify(gp, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		t.Fatalf("verify in go: %v", err)
	}
	t.Logf("%s: verified in go in %v", name, time.Since(start).Round(time.Microsecond))
	proof := solidityProof(t, gp, pub)

	// A tampered public input: the distance for the single nonce (the last
	// but one input), the statement for the batch (its only input).
	bad := &zk.Proof{Proof: proof.Proof, Inputs: make([]*big.Int, len(proof.Inputs))}
	for i, in := range proof.Inputs {
		bad.Inputs[i] = new(big.Int).Set(in)
	}
	ti := len(bad.Inputs) - 1
	if k == 0 {
		ti = 3
	}
	bad.Inputs[ti].Add(bad.Inputs[ti], big.NewInt(1))
	badPub, err := publicWitness(bad.Inputs)
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(gp, vk, badPub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err == nil {
		t.Fatalf("proof verifies in go with public input %d tampered", ti)
	}
	if k == 0 {
		// An invalid nonce has no proof at its true distance.
		wi, err := frontend.NewWitness(Assign(p, invalid.Miner, invalid.Nonce, invalid.Distance), fr.Modulus())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ccs.Solve(wi); err == nil {
			t.Fatalf("invalid nonce %d (distance %d > %d) solves", invalid.Nonce, invalid.Distance, p.Threshold)
		}
	}

	ctx := context.Background()
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	words, err := zk.EncodeVerifyingKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	v, dr, err := onchain.DeployVerifierWords(ctx, c.Client(), c.Transactor(0), words)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: Groth16Verifier deployed for %d key words, deployment gas %d", name, len(words), dr.GasUsed)
	if err := v.Verify(ctx, proof); err != nil {
		t.Fatalf("verify on chain: %v", err)
	}
	r, err := v.VerifyTx(ctx, c.Transactor(1), proof)
	if err != nil {
		t.Fatalf("verify tx: %v", err)
	}
	t.Logf("%s: on-chain verification, whole transaction: %d gas (%d public inputs, %d commitment, proof %d bytes)",
		name, r.GasUsed, len(proof.Inputs), nbCommitments(vk), len(proof.Proof))
	if err := v.Verify(ctx, bad); !errors.Is(err, zk.ErrInvalidProof) {
		t.Fatalf("tampered input %d on chain: got %v, want %v", ti, err, zk.ErrInvalidProof)
	}
	if _, err := v.VerifyTx(ctx, c.Transactor(1), bad); !errors.Is(err, zk.ErrInvalidProof) {
		t.Fatalf("tampered input %d in a transaction: got %v, want %v", ti, err, zk.ErrInvalidProof)
	}
	t.Logf("%s: proof with public input %d tampered rejected in go and on chain", name, ti)
	if k != 0 {
		return
	}
	a, _, err := onchain.DeploySampleAdapter(ctx, c.Client(), c.Transactor(0), v.Address())
	if err != nil {
		t.Fatal(err)
	}
	subject := big.NewInt(1)
	if err := a.Verify(ctx, subject, proof); err != nil {
		t.Fatalf("verify through the adapter: %v", err)
	}
	ar, err := a.VerifyTx(ctx, c.Transactor(1), subject, proof)
	if err != nil {
		t.Fatalf("verify tx through the adapter: %v", err)
	}
	if err := a.Verify(ctx, subject, bad); !errors.Is(err, zk.ErrInvalidProof) {
		t.Fatalf("tampered input %d through the adapter: got %v, want %v", ti, err, zk.ErrInvalidProof)
	}
	t.Logf("%s: through Groth16ProofAdapter (subject + 5 inputs), whole transaction: %d gas; tampered input rejected", name, ar.GasUsed)
}

// nbCommitments returns the number of BSB22 commitments of a BN254 key.
func nbCommitments(vk groth16.VerifyingKey) int {
	if k, ok := vk.(*groth16bn254.VerifyingKey); ok {
		return len(k.CommitmentKeys)
	}
	return -1
}

// solidityProof encodes a proof for the Solidity verifier with its public inputs.
func solidityProof(t *testing.T, gp groth16.Proof, pub witness.Witness) *zk.Proof {
	t.Helper()
	raw, err := zk.SolidityProof(gp)
	if err != nil {
		t.Fatal(err)
	}
	vec, ok := pub.Vector().(fr.Vector)
	if !ok {
		t.Fatal("public witness is not an fr.Vector")
	}
	inputs := make([]*big.Int, len(vec))
	for i := range vec {
		inputs[i] = vec[i].BigInt(new(big.Int))
	}
	return &zk.Proof{Proof: raw, Inputs: inputs}
}

// publicWitness builds a public-only witness from field elements.
func publicWitness(inputs []*big.Int) (witness.Witness, error) {
	w, err := witness.New(fr.Modulus())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(inputs))
	for _, in := range inputs {
		ch <- new(big.Int).Set(in)
	}
	close(ch)
	if err := w.Fill(len(inputs), 0, ch); err != nil {
		return nil, err
	}
	return w, nil
}

// saveRealKeys writes the keys (compressed points, as relayer/powepochs
// caches them) into dir, atomically.
func saveRealKeys(dir string, pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for name, wt := range map[string]io.WriterTo{"proving.key": pk, "verifying.key": vk} {
		f, err := os.Create(filepath.Join(tmp, name))
		if err != nil {
			return err
		}
		bw := bufio.NewWriterSize(f, 1<<20)
		if _, err := wt.WriteTo(bw); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", name, err)
		}
		if err := bw.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return os.Rename(tmp, dir)
}

// loadRealKeys reads keys saved by saveRealKeys (os.ErrNotExist when there
// are none); the constraint system is compiled, not cached.
func loadRealKeys(dir string, _ constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	pk, vk := groth16.NewProvingKey(ecc.BN254), groth16.NewVerifyingKey(ecc.BN254)
	for name, rf := range map[string]io.ReaderFrom{"proving.key": pk, "verifying.key": vk} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, err
		}
		_, err = rf.ReadFrom(bufio.NewReaderSize(f, 1<<20))
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("read %s/%s: %w", dir, name, err)
		}
	}
	return pk, vk, nil
}

// resetPeakRSS resets the kernel's peak RSS of this process (VmHWM), so that
// peakRSS reports the peak of the phase that follows.
func resetPeakRSS() {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSS returns VmHWM from /proc/self/status ("?" when unavailable).
func peakRSS() string {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}
