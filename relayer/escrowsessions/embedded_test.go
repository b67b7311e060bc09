package escrowsessions

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/watcher"
)

// An embedded start without a backend, a signer or a watcher constructor is
// refused before anything is read or opened.
func TestStartEmbeddedNeedsItsDeps(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(1))
	defer c.Close()
	sig, err := signer.FromPrivateKey(c.Key(0), devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	newWatcher := func(string, watcher.Handler, ...watcher.Option) (*watcher.Watcher, error) { return nil, nil }
	tests := []struct {
		name string
		deps EmbeddedDeps
	}{
		{"nothing", EmbeddedDeps{}},
		{"no backend", EmbeddedDeps{Signer: sig, NewWatcher: newWatcher}},
		{"no signer", EmbeddedDeps{Backend: c.Client(), NewWatcher: newWatcher}},
		{"no watcher", EmbeddedDeps{Backend: c.Client(), Signer: sig}},
	}
	for _, tt := range tests {
		p, err := NewPipeline(Config{
			DBPath: filepath.Join(t.TempDir(), "es.db"), Escrow: common.HexToAddress("0xE5C0"),
			Evaluators: []common.Address{common.HexToAddress("0xE1")}, Submitter: &HTTPSubmitter{URL: "http://127.0.0.1:1"},
			Schedule: Schedule{Rounds: 1, Propose: 1e9, Vote: 1e9, Credits: 1}, RetryInterval: 1e9,
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.StartEmbedded(context.Background(), tt.deps); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: StartEmbedded = %v, want ErrInvalidConfig", tt.name, err)
		}
		if p.Store() != nil {
			t.Errorf("%s: a refused start opened the store", tt.name)
		}
	}
}
