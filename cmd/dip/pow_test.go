package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPowCalibrateMineVerify(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	params := filepath.Join(dir, "params.json")
	seed := "0x" + strings.Repeat("ab", 32)
	code, stdout, stderr := runDip(t, "pow", "calibrate", "--epoch", "9", "--seed", seed, "--difficulty", "4",
		"--samples", "400", "--width", "16", "--layers", "1", "--heads", "2", "--seq-len", "8", "--ffn", "32", "--out", params)
	if code != 0 {
		t.Fatalf("calibrate exited %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "threshold") || !strings.Contains(stdout, "wrote "+params) {
		t.Fatalf("calibrate output lacks the threshold:\n%s", stdout)
	}
	const settlement = "0x00000000000000000000000000000000005e771e"
	out := filepath.Join(dir, "batches")
	code, stdout, stderr = runDip(t, "pow", "mine", "--params", params, "--dev-key", "0", "--settlement", settlement,
		"--max-nonces", "400", "--workers", "2", "--batch-size", "1000", "--out-dir", out, "--progress-every", "1ms")
	if code != 0 {
		t.Fatalf("mine exited %d: %s", code, stderr)
	}
	for _, want := range []string{"nonces (", "valid", "to the epoch end", "done: 400 nonces", "batch-9-1.json"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("mine output lacks %q:\n%s", want, stdout)
		}
	}
	batch := filepath.Join(out, "batch-9-1.json")
	verify := func(args ...string) (int, string, string) {
		return runDip(t, append([]string{"pow", "verify", "--params", params, "--settlement", settlement,
			"--sample-seed", "0x" + strings.Repeat("01", 32)}, args...)...)
	}
	code, stdout, stderr = verify("--batch", batch)
	if code != 0 || !strings.Contains(stdout, "ok: ") {
		t.Fatalf("verify exited %d: %s%s", code, stdout, stderr)
	}
	// Another domain: the signature does not hold.
	code, _, stderr = runDip(t, "pow", "verify", "--params", params, "--batch", batch, "--chain-id", "1",
		"--settlement", settlement, "--sample-seed", "0x"+strings.Repeat("01", 32))
	if code != 1 || !strings.Contains(stderr, "batch rejected") || !strings.Contains(stderr, "bad batch signature") {
		t.Errorf("verify under another domain: exit %d, stderr %q", code, stderr)
	}
	// A tampered distance breaks the signature too.
	raw, err := os.ReadFile(batch)
	if err != nil {
		t.Fatal(err)
	}
	tampered := filepath.Join(dir, "tampered.json")
	s := strings.Replace(string(raw), `"distances":[`, `"distances":[1,`, 1)
	s = strings.Replace(s, `"nonces":[`, `"nonces":["42",`, 1)
	if err := os.WriteFile(tampered, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr = verify("--batch", tampered); code != 1 || !strings.Contains(stderr, "batch rejected") {
		t.Errorf("tampered batch: exit %d, stderr %q", code, stderr)
	}
}

func TestPowUsageErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"pow", "calibrate", "--epoch", "1", "--seed", "0x12"}, "--seed must be 32 bytes"},
		{[]string{"pow", "calibrate", "--epoch", "1", "--seed", "0x" + strings.Repeat("00", 32), "--heads", "3"}, "invalid model spec"},
		{[]string{"pow", "verify", "--params", "/nonexistent", "--batch", "x", "--sample-seed", "0x", "--settlement", "0x1"}, "read epoch parameters"},
	}
	for _, tc := range tests {
		code, _, stderr := runDip(t, tc.args...)
		if code == 0 || !strings.Contains(stderr, tc.want) {
			t.Errorf("dip %v: exit %d, stderr %q, want it to mention %q", tc.args, code, stderr, tc.want)
		}
	}
}
