package powepochs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dip-market/dip/zk"
)

// TestKeyCache: a setup is cached once and loaded back with the same
// verifying key; a key file changed on disk is refused by its checksum.
func TestKeyCache(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup")
	}
	spec := tinySpec
	root := t.TempDir()
	var steps []string
	progress := func(s string) { steps = append(steps, s) }
	first, err := LoadOrSetupKeys(root, spec, progress)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	again, err := LoadOrSetupKeys(root, spec, progress)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if !strings.Contains(steps[len(steps)-1], "loaded nonce circuit keys") {
		t.Fatalf("second call did not load the cache: %q", steps)
	}
	if again.KeyHash != first.KeyHash || again.CCS.GetNbConstraints() != first.CCS.GetNbConstraints() {
		t.Fatal("the loaded keys are not the cached ones")
	}

	pkPath := filepath.Join(KeyDir(root, spec), zk.ProvingFile)
	b, err := os.ReadFile(pkPath)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(pkPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrSetupKeys(root, spec, nil); !errors.Is(err, ErrKeys) || !errors.Is(err, zk.ErrKeyMismatch) {
		t.Fatalf("tampered proving key: err = %v, want ErrKeys wrapping zk.ErrKeyMismatch", err)
	}
}
