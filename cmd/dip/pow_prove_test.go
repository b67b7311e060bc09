package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/devchain"
)

// TestPowProve proves a valid nonce of a micro-spec epoch (a development
// setup runs once into a temporary key directory), checks the written public
// inputs are the leaf's, reuses the cached keys, and refuses an invalid nonce.
func TestPowProve(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup")
	}
	t.Parallel()
	dir := t.TempDir()
	params := filepath.Join(dir, "params.json")
	code, _, stderr := runDip(t, "pow", "calibrate", "--epoch", "3", "--seed", "0x"+strings.Repeat("cd", 32), "--difficulty", "4",
		"--samples", "400", "--width", "4", "--layers", "1", "--heads", "2", "--seq-len", "4", "--ffn", "8", "--out", params)
	if code != 0 {
		t.Fatalf("calibrate exited %d: %s", code, stderr)
	}
	p, err := readParams(params)
	if err != nil {
		t.Fatal(err)
	}
	m, err := p.Model()
	if err != nil {
		t.Fatal(err)
	}
	miner := crypto.PubkeyToAddress(devchain.DevKey(0).PublicKey)
	valid, invalid := int64(-1), int64(-1)
	sc := m.NewScratch()
	for n := uint64(0); n < 1000 && (valid < 0 || invalid < 0); n++ {
		if p.Valid(m.NonceDistance(miner, n, sc)) {
			valid = max(valid, int64(n))
		} else if invalid < 0 {
			invalid = int64(n)
		}
	}
	if valid < 0 || invalid < 0 {
		t.Fatalf("no valid (%d) or invalid (%d) nonce among the first 1000", valid, invalid)
	}
	keys := filepath.Join(dir, "keys")
	out := filepath.Join(dir, "proof.json")
	prove := func(nonce int64, extra ...string) (int, string, string) {
		return runDip(t, append([]string{"pow", "prove", "--params", params, "--miner", miner.Hex(),
			"--nonce", fmt.Sprint(nonce), "--keys-dir", keys}, extra...)...)
	}
	code, stdout, stderr := prove(valid, "--out", out)
	if code != 0 {
		t.Fatalf("prove exited %d: %s%s", code, stdout, stderr)
	}
	for _, want := range []string{"running a setup", "proved and verified"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("progress lacks %q:\n%s", want, stderr)
		}
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var f nonceProofFile
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("proof file: %v", err)
	}
	want := p.LeafInputs(miner, uint64(valid), f.Distance)
	if f.Miner != miner || f.Nonce != uint64(valid) || !p.Valid(f.Distance) || len(f.PublicInputs) != len(want) || len(f.Proof) == 0 || f.KeyHash == (common.Hash{}) {
		t.Fatalf("proof file does not describe the proven leaf: %s", raw)
	}
	for i, x := range want {
		if f.PublicInputs[i].ToInt().Cmp(x) != 0 {
			t.Errorf("public input %d = %s, want %s", i, f.PublicInputs[i].ToInt(), x)
		}
	}

	// Second run: the cached keys are loaded, not set up again.
	code, stdout, stderr = prove(valid)
	if code != 0 || !strings.Contains(stderr, "loaded nonce circuit keys") || !strings.Contains(stdout, `"proof"`) {
		t.Fatalf("prove with cached keys: exit %d: %s%s", code, stdout, stderr)
	}
	code, _, stderr = prove(invalid)
	if code != 1 || !strings.Contains(stderr, "is not valid in epoch 3") {
		t.Fatalf("invalid nonce: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runDip(t, "pow", "prove", "--params", params, "--miner", "0x12", "--nonce", "1", "--keys-dir", keys)
	if code != 2 || !strings.Contains(stderr, "--miner") {
		t.Fatalf("bad miner: exit %d, stderr %q", code, stderr)
	}
}
