package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/onchain"
	"github.com/dip-market/dip/zk/quant"
)

// zkTiny are the circuit flags of a tiny sample circuit (a few seconds of setup).
func zkTiny(keys string) []string {
	return []string{"--circuit", "sample", "--shape", "3x4", "--shift", "4", "--depth", "1", "--keys-dir", keys}
}

func TestZKSetupProveVerifyInfoExport(t *testing.T) {
	t.Parallel()
	keys := t.TempDir()
	proofPath := filepath.Join(t.TempDir(), "proof.json")

	code, stdout, stderr := runDip(t, append([]string{"zk", "setup"}, zkTiny(keys)...)...)
	if code != 0 {
		t.Fatalf("setup exited %d: %s", code, stderr)
	}
	for _, want := range []string{"circuit        sample-v3-3x4s4r-d1", "constraints", "key hash       0x", "proving.key"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("setup output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "groth16 setup (single party): done") {
		t.Errorf("setup printed no progress:\n%s", stderr)
	}
	// A second setup reuses the keys.
	if code, stdout, _ = runDip(t, append([]string{"zk", "setup"}, zkTiny(keys)...)...); code != 0 || !strings.Contains(stdout, "already in") {
		t.Errorf("second setup: exit %d, %s", code, stdout)
	}

	code, stdout, stderr = runDip(t, append([]string{"zk", "prove", "--input", "1,-2,3,127", "--layer", "1", "--out", proofPath}, zkTiny(keys)...)...)
	if code != 0 {
		t.Fatalf("prove exited %d: %s", code, stderr)
	}
	for _, want := range []string{"model root", "input [1 -2 3 127]", "public input 0 0x", "time", "memory"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("prove output lacks %q:\n%s", want, stdout)
		}
	}

	// A model that does not match the expected root is refused, by name.
	code, _, stderr = runDip(t, append([]string{"zk", "prove", "--root", "0x1234", "--out", proofPath + ".x"}, zkTiny(keys)...)...)
	if code != 1 || !strings.Contains(stderr, "model does not match") {
		t.Errorf("prove with another root: exit %d, %q", code, stderr)
	}

	code, stdout, stderr = runDip(t, "zk", "verify", "--keys-dir", keys, proofPath)
	if code != 0 || !strings.Contains(stdout, "valid: sample-v3-3x4s4r-d1") {
		t.Fatalf("verify: exit %d, %s %s", code, stdout, stderr)
	}

	// Bad inputs name what is wrong and never panic.
	b, err := os.ReadFile(proofPath)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	tampered := func(name string, f func(m map[string]any)) string {
		c := map[string]any{}
		for k, v := range raw {
			c[k] = v
		}
		f(c)
		out, _ := json.Marshal(c)
		p := filepath.Join(t.TempDir(), name+".json")
		if err := os.WriteFile(p, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name, path, want string
	}{
		{"wrong input", tampered("input", func(m map[string]any) { m["public_inputs"] = []any{"0x3039"} }), "invalid proof"},
		{"truncated proof", tampered("short", func(m map[string]any) { m["proof"] = "0x1234" }), "malformed proof"},
		{"other setup", tampered("setup", func(m map[string]any) { m["verifying_key_hash"] = "0x" + strings.Repeat("00", 32) }), "different setup"},
		{"not json", writeTemp(t, "junk"), "malformed proof"},
		{"unknown circuit", tampered("circuit", func(m map[string]any) { m["circuit"] = "sample-v3-9x9s1-d1" }), "no verifying key"},
	} {
		code, _, stderr := runDip(t, "zk", "verify", "--keys-dir", keys, tc.path)
		if code != 1 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "internal error") {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 mentioning %q", tc.name, code, stderr, tc.want)
		}
	}

	code, stdout, _ = runDip(t, "zk", "info", "--keys-dir", keys)
	if code != 0 || !strings.Contains(stdout, "sample-v3-3x4s4r-d1") || !strings.Contains(stdout, "commitments    1") {
		t.Errorf("info: exit %d, %s", code, stdout)
	}
	code, stdout, _ = runDip(t, append([]string{"zk", "export-verifier", "--format", "gnark", "--name", "TinyVerifier"}, zkTiny(keys)...)...)
	if code != 0 || !strings.Contains(stdout, "contract TinyVerifier") || !strings.Contains(stdout, "pragma solidity 0.8.28;") {
		t.Errorf("export gnark: exit %d", code)
	}
	code, stdout, _ = runDip(t, append([]string{"zk", "export-verifier", "--format", "words"}, zkTiny(keys)...)...)
	var words []string
	if code != 0 || json.Unmarshal([]byte(stdout), &words) != nil || len(words) < 20 {
		t.Errorf("export words: exit %d, %q", code, stdout)
	}
}

func writeTemp(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.json")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestZKUsageErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"zk", "setup", "--shape", "16"}, "is not OUTxIN"},
		{[]string{"zk", "setup", "--circuit", "nope"}, "is not sample, batch, layer or direct"},
		{[]string{"zk", "verify"}, "exactly one PROOF.json"},
	} {
		code, _, stderr := runDip(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("dip %v: exit %d, stderr %q", tc.args, code, stderr)
		}
	}
	// A shape the circuits do not support is a plain error naming the limit.
	code, _, stderr := runDip(t, "zk", "setup", "--shape", "4x0", "--keys-dir", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "input width 0") {
		t.Errorf("zero-width layer: exit %d, %q", code, stderr)
	}
}

// TestZKVerifyAgainstDeployedVerifier runs `dip zk verify --verifier` against
// a Groth16Verifier deployed on a real anvil node.
func TestZKVerifyAgainstDeployedVerifier(t *testing.T) {
	t.Parallel()
	keys := t.TempDir()
	spec := zk.SampleSpec(quant.Shape{In: 4, Out: 3, Shift: 4, ReLU: true}, 1, true)
	k, err := zk.LoadOrSetup(keys, spec, nil)
	if err != nil {
		t.Fatal(err)
	}
	node := anviltest.Start(t)
	ctx := context.Background()
	opts, err := devTransactor(ctx, node)
	if err != nil {
		t.Fatal(err)
	}
	v, _, err := onchain.DeployVerifier(ctx, node.Client, opts, k)
	if err != nil {
		t.Fatal(err)
	}
	proofPath := filepath.Join(t.TempDir(), "proof.json")
	args := []string{"zk", "prove", "--circuit", "sample", "--shape", "3x4", "--shift", "4", "--depth", "1", "--plain-range-checks", "--keys-dir", keys, "--out", proofPath}
	if code, _, stderr := runDip(t, args...); code != 0 {
		t.Fatalf("prove: %s", stderr)
	}
	code, stdout, stderr := runDip(t, "zk", "verify", "--keys-dir", keys, "--rpc-url", node.URL, "--verifier", v.Address().Hex(), proofPath)
	if code != 0 || !strings.Contains(stdout, "valid on chain") {
		t.Fatalf("verify on chain: exit %d, %s %s", code, stdout, stderr)
	}
	// A verifier deployed for another setup is refused by name.
	other, err := zk.Setup(spec)
	if err != nil {
		t.Fatal(err)
	}
	ov, _, err := onchain.DeployVerifier(ctx, node.Client, opts, other)
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runDip(t, "zk", "verify", "--keys-dir", keys, "--rpc-url", node.URL, "--verifier", ov.Address().Hex(), proofPath)
	if code != 1 || !strings.Contains(stderr, "deployed verifier has another verifying key") {
		t.Errorf("verifier of another setup: exit %d, %q", code, stderr)
	}
}

func devTransactor(ctx context.Context, node *anviltest.Node) (*bind.TransactOpts, error) {
	id, err := node.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	return bind.NewKeyedTransactor(devchain.DevKey(0), id), nil
}
