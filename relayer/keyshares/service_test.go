package keyshares

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
)

// authNode is one share-holder node: its keystore (relayer signer and
// share key are the same account here) and its data directory.
type authNode struct {
	dir, keyFile, passFile string
	addr                   common.Address
	pub                    []byte
	svc                    *service.Service
	pipe                   *Pipeline
	url                    string
	secrets                []string
	logs                   *lockedBuffer
}

// lockedBuffer collects a service's logs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func newAuthority(t *testing.T, ctx context.Context, node *anviltest.Node, name string) *authNode {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	a := &authNode{dir: dir, keyFile: filepath.Join(dir, "key.json"), passFile: filepath.Join(dir, "passphrase"), logs: new(lockedBuffer)}
	if err := os.WriteFile(a.passFile, []byte("shares-test-"+name+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr, err := signer.Generate(ctx, a.signerConfig(), signer.WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatal(err)
	}
	k, err := LoadKey(a.keyFile, a.passFile)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(k.PublicKey) != addr {
		t.Fatal("share key is not the generated account")
	}
	a.addr, a.pub = addr, crypto.FromECDSAPub(&k.PublicKey)
	a.secrets = []string{"shares-test-" + name, hexutil.Encode(crypto.FromECDSA(k))[2:]}
	if err := node.RPC.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70))); err != nil {
		t.Fatal(err)
	}
	return a
}

func (a *authNode) signerConfig() signer.Config {
	return signer.Config{Kind: signer.KindKeystore, ChainID: anviltest.ChainID,
		Keystore: signer.KeystoreConfig{Path: a.keyFile, PassphraseFile: a.passFile}}
}

// start runs the relayer service with the share pipeline over a's data dir.
func (a *authNode) start(t *testing.T, ctx context.Context, node *anviltest.Node, manifests string, tokens []common.Address) {
	t.Helper()
	if err := a.launch(t, ctx, node, Config{ManifestDir: manifests, Tokens: tokens}); err != nil {
		t.Fatal(err)
	}
}

// launch starts the service with the pipeline configured by base (key,
// log and confirmations filled in) and returns Start's error.
func (a *authNode) launch(t *testing.T, ctx context.Context, node *anviltest.Node, base Config) error {
	t.Helper()
	base.KeyFile, base.PassphraseFile = a.keyFile, a.passFile
	base.LogPath, base.Confirmations = filepath.Join(a.dir, "releases.jsonl"), 2
	p, err := NewPipeline(base)
	if err != nil {
		t.Fatal(err)
	}
	cfg := service.DefaultCLIConfig()
	cfg.RPCURL, cfg.DataDir, cfg.HTTPAddr, cfg.Signer = node.URL, a.dir, "127.0.0.1:0", a.signerConfig()
	cfg.TxMgr.ConfirmationDepth = 1
	cfg.TxMgr.PollInterval = 20 * time.Millisecond
	cfg.TxMgr.NetworkTimeout = 5 * time.Second
	cfg.Watch.Confirmations = 2
	cfg.Watch.PollInterval = 20 * time.Millisecond
	logger := slog.New(slog.NewTextHandler(a.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	svc, err := service.New(ctx, cfg, logger, service.WithPipelines(p))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		_ = svc.Stop(context.Background())
		return err
	}
	a.svc, a.pipe, a.url = svc, p, "http://"+svc.Addr().String()
	t.Cleanup(func() { a.stop(t) })
	return nil
}

func (a *authNode) stop(t *testing.T) {
	t.Helper()
	if a.svc == nil {
		return
	}
	if err := a.svc.Stop(context.Background()); err != nil {
		t.Errorf("stop %s: %v", a.dir, err)
	}
	a.svc = nil
}

func (a *authNode) source() keyshare.ShareSource {
	return keyshare.NewHTTPSource(a.url, a.addr, http.DefaultClient)
}

// waitFor polls cond on the chain's pace (mining a block each round) until
// it holds or ctx ends.
func waitFor(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-tick.C:
		}
	}
}

// TestSharePipelineInService runs three authority nodes (2 of 3) as share
// pipelines inside real relayer services against anvil: the buyer redeems,
// every node pushes its release after two confirmations, the buyer fetches
// over HTTP and decrypts; with one node down it still works, with two down
// it fails naming them; a stranger gets nothing; a restarted node serves
// the same release from its log and pushes nothing again; a grant reorged
// away before its confirmations is never released.
func TestSharePipelineInService(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	node := anviltest.Start(t)
	chainID := big.NewInt(anviltest.ChainID)
	const guildIdx, minterIdx, buyerIdx, strangerIdx = 0, 1, 2, 3
	tx := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	tok, _, err := lat.Deploy(ctx, node.Client, tx(guildIdx), common.Address{}, lat.Params{
		Name: "Tier 2", Symbol: "T2", Guild: devchain.DevKeyAddress(guildIdx), Tier: 2, Minter: devchain.DevKeyAddress(minterIdx),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{buyerIdx, strangerIdx} {
		if _, err := tok.Mint(ctx, tx(minterIdx), devchain.DevKeyAddress(i), new(big.Int).Mul(lat.One, big.NewInt(3))); err != nil {
			t.Fatal(err)
		}
	}

	auths := []*authNode{newAuthority(t, ctx, node, "a"), newAuthority(t, ctx, node, "b"), newAuthority(t, ctx, node, "c")}
	var holders []keyshare.HolderKey
	for _, a := range auths {
		pub, err := keyshare.ParsePublicKey(a.pub)
		if err != nil {
			t.Fatal(err)
		}
		holders = append(holders, keyshare.HolderKeyOf(pub))
	}
	plain := []byte("patient_id,finding\n1,benign\n2,malignant\n")
	var sealed bytes.Buffer
	m, err := keyshare.Seal(ctx, &sealed, bytes.NewReader(plain), keyshare.SealParams{
		ChainID: anviltest.ChainID, Tokens: []common.Address{tok.Address()}, Tier: 2, Threshold: 2, Holders: holders,
	})
	if err != nil {
		t.Fatal(err)
	}
	manifests := t.TempDir()
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(manifests, keyshare.ManifestFile(m.AssetID)), enc, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, a := range auths {
		a.start(t, ctx, node, manifests, []common.Address{tok.Address()})
	}

	grant, _, err := tok.Redeem(ctx, tx(buyerIdx), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x2"); err != nil {
		t.Fatal(err)
	}
	for _, a := range auths {
		waitFor(t, ctx, "push by "+a.addr.Hex(), func() bool { return a.pipe.Pushed() == 1 })
	}

	buyerKey := devchain.DevKey(buyerIdx)
	for _, a := range auths {
		if v := releasedMetric(t, a.svc); v != 1 {
			t.Fatalf("dip_relayer_shares_pushes_total{result=released} = %v, want 1", v)
		}
	}
	fetch := func(g *lat.Grant, key int) (*keyshare.FetchResult, error) {
		var srcs []keyshare.ShareSource
		for _, a := range auths {
			srcs = append(srcs, a.source())
		}
		return keyshare.Fetch(ctx, m, g, srcs, devchain.DevKey(key))
	}
	open := func(res *keyshare.FetchResult) {
		t.Helper()
		var out bytes.Buffer
		if err := keyshare.Open(m, &out, bytes.NewReader(sealed.Bytes()), res.Key); err != nil || !bytes.Equal(out.Bytes(), plain) {
			t.Fatalf("open: %v", err)
		}
	}
	res, err := fetch(grant, buyerIdx)
	if err != nil {
		t.Fatalf("fetch with three nodes: %v", err)
	}
	open(res)

	// A stranger presenting the buyer's grant as its own is refused.
	forged := *grant
	forged.Holder = devchain.DevKeyAddress(strangerIdx)
	if _, err := fetch(&forged, strangerIdx); !errors.Is(err, keyshare.ErrNotGrantHolder) || !errors.Is(err, keyshare.ErrNotEnoughShares) {
		t.Fatalf("stranger without a grant: err = %v, want ErrNotGrantHolder and ErrNotEnoughShares", err)
	}

	// Restart node a: its log answers with the same release, nothing is pushed again.
	req := &keyshare.ReleaseRequest{GrantID: grant.ID, AssetID: m.AssetID, BuyerPublicKey: crypto.FromECDSAPub(&buyerKey.PublicKey)}
	before, err := auths[0].source().Release(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	// Pushed() counts as soon as the handler released; the watcher saves its
	// checkpoint after the handler returns. Stopping in between would make
	// the restarted node see the grant again (harmlessly: the log answers),
	// which the exact push counts below would take for a new push.
	waitFor(t, ctx, "checkpoint past the grant by "+auths[0].addr.Hex(), func() bool {
		n, ok := auths[0].pipe.pushedThrough()
		return ok && n >= grant.BlockNumber
	})
	auths[0].stop(t)
	auths[0].start(t, ctx, node, manifests, []common.Address{tok.Address()})
	after, err := auths[0].source().Release(ctx, req)
	if err != nil {
		t.Fatalf("release after restart: %v", err)
	}
	if !bytes.Equal(before.EncryptedShare, after.EncryptedShare) || !bytes.Equal(before.Signature, after.Signature) {
		t.Fatal("restarted node made a new release instead of serving the logged one")
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x3"); err != nil {
		t.Fatal(err)
	}
	head, err := node.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "restarted watcher to catch up", func() bool {
		n, ok := auths[0].pipe.pushedThrough()
		return ok && n >= head-2
	})
	if n := auths[0].pipe.Pushed(); n != 0 {
		t.Fatalf("restarted node pushed %d releases, want 0 (checkpointed)", n)
	}

	// A grant reorged away before its confirmations is never released.
	var snap hexutil.Big
	if err := node.RPC.Call(&snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	ghost, _, err := tok.Redeem(ctx, tx(strangerIdx), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	var reverted bool
	if err := node.RPC.Call(&reverted, "evm_revert", &snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x4"); err != nil {
		t.Fatal(err)
	}
	// A fresh grant after the reorg proves the watchers passed the ghost's blocks.
	real2, _, err := tok.Redeem(ctx, tx(buyerIdx), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x2"); err != nil {
		t.Fatal(err)
	}
	for _, a := range auths {
		want := 2
		if a == auths[0] {
			want = 1
		}
		waitFor(t, ctx, "push of the second grant by "+a.addr.Hex(), func() bool { return a.pipe.Pushed() == want })
	}
	if _, err := fetch(ghost, strangerIdx); !errors.Is(err, keyshare.ErrUnknownGrant) {
		t.Fatalf("reorged grant: err = %v, want ErrUnknownGrant", err)
	}
	if _, err := fetch(real2, buyerIdx); err != nil {
		t.Fatalf("second grant: %v", err)
	}

	// A grant pushed by every node and then removed by a reorg deeper than
	// the confirmation depth is not served from the logs.
	if err := node.RPC.Call(&snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	deepGhost, _, err := tok.Redeem(ctx, tx(strangerIdx), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x2"); err != nil {
		t.Fatal(err)
	}
	for _, a := range auths {
		want := 3
		if a == auths[0] {
			want = 2
		}
		waitFor(t, ctx, "push of the doomed grant by "+a.addr.Hex(), func() bool { return a.pipe.Pushed() == want })
	}
	if err := node.RPC.Call(&reverted, "evm_revert", &snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x5"); err != nil {
		t.Fatal(err)
	}
	real3, _, err := tok.Redeem(ctx, tx(buyerIdx), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x2"); err != nil {
		t.Fatal(err)
	}
	for _, a := range auths {
		want := 4
		if a == auths[0] {
			want = 3
		}
		waitFor(t, ctx, "push after the deep reorg by "+a.addr.Hex(), func() bool { return a.pipe.Pushed() == want })
	}
	if _, err := fetch(deepGhost, strangerIdx); !errors.Is(err, keyshare.ErrUnknownGrant) {
		t.Fatalf("grant removed by a deep reorg: err = %v, want ErrUnknownGrant", err)
	}
	if _, err := fetch(real3, buyerIdx); err != nil {
		t.Fatalf("grant after the deep reorg: %v", err)
	}

	// One node offline: 2 of 3 still answer.
	auths[2].stop(t)
	res, err = fetch(grant, buyerIdx)
	if err != nil {
		t.Fatalf("fetch with one node offline: %v", err)
	}
	open(res)

	// Two offline: the error names both.
	auths[1].stop(t)
	_, err = fetch(grant, buyerIdx)
	var short *keyshare.ShortfallError
	if !errors.As(err, &short) || !errors.Is(err, keyshare.ErrHolderUnavailable) {
		t.Fatalf("fetch with two nodes offline: err = %v, want a ShortfallError with ErrHolderUnavailable", err)
	}
	for _, a := range auths[1:] {
		if !strings.Contains(err.Error(), a.addr.Hex()) && !strings.Contains(err.Error(), a.url) {
			t.Fatalf("shortfall %q does not name the offline holder %s", err, a.addr.Hex())
		}
	}

	// Neither a passphrase nor a share key appears in any node's logs.
	for _, a := range auths {
		logs := strings.ToLower(a.logs.String())
		if !strings.Contains(logs, "share pushed") {
			t.Fatalf("logs of %s lack the push:\n%s", a.addr.Hex(), logs)
		}
		for _, secret := range a.secrets {
			if strings.Contains(logs, strings.ToLower(secret)) {
				t.Fatalf("logs of %s contain a secret", a.addr.Hex())
			}
		}
	}
}

// releasedMetric reads dip_relayer_shares_pushes_total{result="released"}
// from the service's registry.
func releasedMetric(t *testing.T, svc *service.Service) float64 {
	t.Helper()
	mfs, err := svc.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "dip_relayer_shares_pushes_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "result" && l.GetValue() == "released" {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	t.Fatal("dip_relayer_shares_pushes_total{result=released} not on the service registry")
	return 0
}

// With an AuthorityRegistry configured, a node whose account registered no
// key, or another key, does not start; once the share key is registered it
// does, and it releases only assets registered there and not retired.
func TestStartChecksTheAuthorityRegistry(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	node := anviltest.Start(t)
	chainID := big.NewInt(anviltest.ChainID)
	admin := bind.NewKeyedTransactor(devchain.DevKey(0), chainID)
	impl, _, err := authority.DeployImplementation(ctx, node.Client, admin)
	if err != nil {
		t.Fatal(err)
	}
	reg, _, err := authority.Deploy(ctx, node.Client, admin, impl, authority.Params{Admin: devchain.DevKeyAddress(0)})
	if err != nil {
		t.Fatal(err)
	}
	a := newAuthority(t, ctx, node, "r")
	if _, err := reg.GrantCell(ctx, admin, "u4pru", a.addr); err != nil {
		t.Fatal(err)
	}
	cfg := Config{ManifestDir: t.TempDir(), AuthorityRegistry: reg.Address()}
	if err := a.launch(t, ctx, node, cfg); !errors.Is(err, ErrKeyNotRegistered) || !strings.Contains(err.Error(), "registered no key") {
		t.Fatalf("start without a registered key: err = %v, want ErrKeyNotRegistered", err)
	}
	key, err := LoadKey(a.keyFile, a.passFile)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	other := crypto.FromECDSAPub(&devchain.DevKey(9).PublicKey)
	if _, err := reg.RegisterKeyHolder(ctx, opts, other); err != nil {
		t.Fatal(err)
	}
	if err := a.launch(t, ctx, node, cfg); !errors.Is(err, ErrKeyNotRegistered) || !strings.Contains(err.Error(), "another key") {
		t.Fatalf("start with another registered key: err = %v, want ErrKeyNotRegistered", err)
	}
	if _, err := reg.RegisterKeyHolder(ctx, opts, a.pub); err != nil {
		t.Fatal(err)
	}
	// An asset sealed to this node but not registered: the node warns at
	// start and refuses releases until the owner registers it.
	pub, err := keyshare.ParsePublicKey(a.pub)
	if err != nil {
		t.Fatal(err)
	}
	tok, _, err := lat.Deploy(ctx, node.Client, admin, common.Address{}, lat.Params{
		Name: "Tier 1", Symbol: "T1", Guild: devchain.DevKeyAddress(0), Tier: 1, Minter: devchain.DevKeyAddress(0),
	})
	if err != nil {
		t.Fatal(err)
	}
	m, err := keyshare.Seal(ctx, new(bytes.Buffer), strings.NewReader("rows"), keyshare.SealParams{
		ChainID: anviltest.ChainID, Tokens: []common.Address{tok.Address()}, Tier: 1, Threshold: 1,
		Holders: []keyshare.HolderKey{keyshare.HolderKeyOf(pub)},
	})
	if err != nil {
		t.Fatal(err)
	}
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfg.ManifestDir, keyshare.ManifestFile(m.AssetID)), enc, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := a.launch(t, ctx, node, cfg); err != nil {
		t.Fatalf("start with the share key registered: %v", err)
	}
	if logs := a.logs.String(); !strings.Contains(logs, "record does not allow releases") || !strings.Contains(logs, m.AssetID.Hex()) {
		t.Fatalf("no start-up warning for the unregistered asset:\n%s", logs)
	}
	buyer := devchain.DevKey(2)
	req := &keyshare.ReleaseRequest{GrantID: common.HexToHash("0x01"), AssetID: m.AssetID, BuyerPublicKey: crypto.FromECDSAPub(&buyer.PublicKey)}
	if _, err := a.source().Release(ctx, req); !errors.Is(err, keyshare.ErrAssetNotRegistered) {
		t.Fatalf("release of an unregistered asset: err = %v, want ErrAssetNotRegistered", err)
	}
	if !strings.Contains(a.logs.String(), "asset_not_registered") {
		t.Fatal("the refusal is not logged with its reason")
	}
	owner := bind.NewKeyedTransactor(devchain.DevKey(1), chainID)
	if _, err := keyshare.RegisterManifest(ctx, reg, owner, m); err != nil {
		t.Fatal(err)
	}
	// Registered: the record passes, and the (made-up) grant is what fails now.
	if _, err := a.source().Release(ctx, req); !errors.Is(err, keyshare.ErrUnknownGrant) {
		t.Fatalf("release after registration: err = %v, want ErrUnknownGrant", err)
	}
	if _, err := reg.RetireAsset(ctx, owner, m.AssetID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.source().Release(ctx, req); !errors.Is(err, keyshare.ErrAssetRetired) {
		t.Fatalf("release after retirement: err = %v, want ErrAssetRetired", err)
	}
}
