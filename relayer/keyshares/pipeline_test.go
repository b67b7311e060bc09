package keyshares

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/watcher"
)

func writeKeystore(t *testing.T, dir, pass string) string {
	t.Helper()
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.NewAccount(pass)
	if err != nil {
		t.Fatal(err)
	}
	return acct.URL.Path
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	ok := Config{KeyFile: "k", PassphraseFile: "p", ManifestDir: dir, LogPath: "l"}
	tests := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"valid", func(*Config) {}, ""},
		{"no key", func(c *Config) { c.KeyFile = "" }, "share key file"},
		{"no passphrase", func(c *Config) { c.PassphraseFile = "" }, "passphrase file"},
		{"no manifests", func(c *Config) { c.ManifestDir = "" }, "manifest directory is required"},
		{"manifests not a dir", func(c *Config) { c.ManifestDir = file }, "not a directory"},
		{"no log", func(c *Config) { c.LogPath = "" }, "release log"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := ok
			tc.mod(&c)
			err := c.Check()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Check() = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check() = %v, want ErrConfig mentioning %q", err, tc.want)
			}
		})
	}
}

func TestLoadKeyNeverLeaksThePassphrase(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const pass = "correct horse battery staple"
	keyFile := writeKeystore(t, dir, pass)
	good, bad := filepath.Join(dir, "good"), filepath.Join(dir, "bad")
	if err := os.WriteFile(good, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(pass+" typo\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKey(keyFile, good); err != nil {
		t.Fatalf("LoadKey with the right passphrase: %v", err)
	}
	for name, tc := range map[string][2]string{
		"wrong passphrase":   {keyFile, bad},
		"missing keystore":   {filepath.Join(dir, "nope"), good},
		"missing passphrase": {keyFile, filepath.Join(dir, "nope")},
		"not a keystore":     {good, good},
	} {
		_, err := LoadKey(tc[0], tc[1])
		if !errors.Is(err, ErrShareKey) {
			t.Fatalf("%s: err = %v, want ErrShareKey", name, err)
		}
		if strings.Contains(err.Error(), pass) {
			t.Fatalf("%s: error %q contains the passphrase", name, err)
		}
	}
}

func TestIsPermanent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("x: %w", keyshare.ErrUnknownAsset), true},
		{fmt.Errorf("x: %w", keyshare.ErrTierTooLow), true},
		{fmt.Errorf("x: %w", keyshare.ErrBuyerKeyUnavailable), true},
		{fmt.Errorf("x: %w", keyshare.ErrGrantUnconfirmed), false},
		{errors.New("dial tcp: connection refused"), false},
	}
	for _, tc := range tests {
		if got := isPermanent(tc.err); got != tc.want {
			t.Errorf("isPermanent(%v) = %t, want %t", tc.err, got, tc.want)
		}
	}
}

// A grant of an asset this node does not hold, and a log that is not an
// AccessGranted event, are skipped without stopping the watcher.
func TestHandleBatchSkipsForeignAssetsAndBadLogs(t *testing.T) {
	t.Parallel()
	p := &Pipeline{cfg: Config{ManifestDir: t.TempDir()}, deps: service.Deps{Log: slog.New(slog.DiscardHandler)}}
	ev := lat.ABI.Events["AccessGranted"]
	data, err := ev.Inputs.NonIndexed().Pack(uint8(2))
	if err != nil {
		t.Fatal(err)
	}
	foreign := types.Log{Address: common.HexToAddress("0xaa"), Topics: []common.Hash{ev.ID, common.HexToHash("0xa55e7"),
		common.BytesToHash(common.HexToAddress("0xb0b").Bytes()), common.HexToHash("0x9a")}, Data: data}
	garbage := types.Log{Address: common.HexToAddress("0xaa"), Topics: []common.Hash{ev.ID}}
	b := watcher.Batch{Events: []watcher.Event{{Log: foreign}, {Log: garbage}}}
	if err := p.handleBatch(context.Background(), b); err != nil {
		t.Fatalf("handleBatch = %v, want nil (both skipped)", err)
	}
	if p.Pushed() != 0 {
		t.Fatal("a skipped grant was counted as pushed")
	}
}

func TestRefuseWhenDraining(t *testing.T) {
	t.Parallel()
	draining := false
	h := refuseWhenDraining(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }),
		func() bool { return draining })
	for _, tc := range []struct {
		draining bool
		want     int
	}{{false, http.StatusOK}, {true, http.StatusServiceUnavailable}} {
		draining = tc.draining
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, keyshare.ReleasePath, nil))
		if rec.Code != tc.want {
			t.Fatalf("draining=%t: status %d, want %d", tc.draining, rec.Code, tc.want)
		}
	}
}

// fakeGrants answers Grant with err.
type fakeGrants struct{ err error }

func (fakeGrants) ChainID() uint64 { return 31337 }
func (f fakeGrants) Grant(context.Context, common.Address, common.Hash) (*lat.Grant, error) {
	if f.err != nil {
		return nil, f.err
	}
	return &lat.Grant{}, nil
}

// A logged release is served only while its grant is still on chain.
func TestChainCheckedLogHidesReleasesOfVanishedGrants(t *testing.T) {
	t.Parallel()
	mem := keyshare.NewMemoryLog()
	rel := &keyshare.Release{Token: common.HexToAddress("0xaa"), GrantID: common.HexToHash("0x9a"), AssetID: common.HexToHash("0xa55e7"), Index: 1}
	if _, err := mem.Put(rel); err != nil {
		t.Fatal(err)
	}
	rpcDown := errors.New("rpc down")
	tests := []struct {
		name    string
		err     error
		wantOK  bool
		wantErr error
	}{
		{"grant on chain", nil, true, nil},
		{"grant reorged away", fmt.Errorf("x: %w", keyshare.ErrUnknownGrant), false, nil},
		{"grant back with too few confirmations", fmt.Errorf("x: %w", keyshare.ErrGrantUnconfirmed), false, nil},
		{"chain unreachable", rpcDown, false, rpcDown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l := chainCheckedLog{ReleaseLog: mem, grants: fakeGrants{tc.err}, timeout: time.Second}
			got, ok, err := l.Get(rel.Key())
			if ok != tc.wantOK || !errors.Is(err, tc.wantErr) || (ok && got != rel) {
				t.Fatalf("Get = %v, %t, %v; want ok=%t err=%v", got, ok, err, tc.wantOK, tc.wantErr)
			}
		})
	}
	l := chainCheckedLog{ReleaseLog: mem, grants: fakeGrants{rpcDown}, timeout: time.Second}
	if _, ok, err := l.Get(keyshare.ReleaseKey{}); ok || err != nil {
		t.Fatalf("unlogged key: ok=%t err=%v, want not found without asking the chain", ok, err)
	}
}

func TestScanManifests(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	seal := func(holders []keyshare.HolderKey) common.Hash {
		t.Helper()
		m, err := keyshare.Seal(context.Background(), io.Discard, strings.NewReader("data"), keyshare.SealParams{
			ChainID: 31337, Tokens: []common.Address{common.HexToAddress("0xaa")}, Tier: 1, Threshold: 2, Holders: holders,
		})
		if err != nil {
			t.Fatal(err)
		}
		enc, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, keyshare.ManifestFile(m.AssetID)), enc, 0o600); err != nil {
			t.Fatal(err)
		}
		return m.AssetID
	}
	me := &keys[0].PublicKey
	seal([]keyshare.HolderKey{keyshare.HolderKeyOf(me), keyshare.HolderKeyOf(&keys[1].PublicKey)})
	other := seal([]keyshare.HolderKey{{Address: common.HexToAddress("0xb0b"), PublicKey: me}, keyshare.HolderKeyOf(&keys[2].PublicKey)})
	seal([]keyshare.HolderKey{keyshare.HolderKeyOf(&keys[1].PublicKey), keyshare.HolderKeyOf(&keys[2].PublicKey)})
	if err := os.WriteFile(filepath.Join(dir, common.HexToHash("0x1").Hex()+".manifest.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	served, mismatched, err := scanManifests(dir, me, crypto.PubkeyToAddress(*me))
	if err != nil || served != 1 || len(mismatched) != 1 || mismatched[0] != other {
		t.Fatalf("scan = %d served, %v mismatched, %v; want 1 served and %s mismatched", served, mismatched, err, other.Hex())
	}
}
