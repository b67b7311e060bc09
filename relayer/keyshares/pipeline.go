// Package keyshares provides the share-holder pipeline of an authority
// node: it serves POST /v1/shares/release on the relayer's listener,
// releasing this node's key shares of sealed assets to buyers whose grants
// are confirmed on chain, and optionally follows AccessGranted on the
// accepted LAT tokens to release (and log) shares before buyers ask.
package keyshares

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/authority"
	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/watcher"
)

// Name is the pipeline's name; its routes live under /v1/shares/.
const Name = "shares"

var (
	// ErrConfig is returned by Config.Check for missing or invalid settings.
	ErrConfig = errors.New("keyshares: invalid config")
	// ErrShareKey is returned when the share key cannot be loaded; it never
	// carries the key or the passphrase.
	ErrShareKey = errors.New("keyshares: cannot load share key")
	// ErrKeyNotRegistered is returned by Start when the AuthorityRegistry
	// does not hold the share key's public key for the signing account.
	ErrKeyNotRegistered = errors.New("keyshares: share key not registered in the AuthorityRegistry")
)

// Config configures the pipeline.
type Config struct {
	// KeyFile is the encrypted keystore (V3 JSON) of the share key, the
	// secp256k1 key the manifests encrypt this node's shares to.
	KeyFile string
	// PassphraseFile holds the keystore's passphrase (trailing newline ignored).
	PassphraseFile string
	// ManifestDir holds the manifests of the assets served (<assetId>.manifest.json).
	ManifestDir string
	// LogPath is the release log (JSON lines, fsynced).
	LogPath string
	// Tokens are the LAT contracts whose AccessGranted events are followed
	// to release before the buyer asks; empty disables pushing.
	Tokens []common.Address
	// Confirmations a grant needs before a share is released (on request or
	// pushed); also the push watcher's depth.
	Confirmations uint64
	// StartBlock is the first block the push watcher reads without a checkpoint.
	StartBlock uint64
	// AuthorityRegistry, when set, is checked at start (it must hold the
	// share key's public key for the account that signs releases), and
	// every release needs the asset's on-chain record there: registered,
	// not retired, matching the manifest and listing this node in its slot,
	// with the grant's token and tier accepted by the record.
	AuthorityRegistry common.Address
	// SignWithShareKey signs releases with the share key even when the
	// relayer's signer could sign them (for manifests whose slot address is
	// the share key's and not the relayer account's).
	SignWithShareKey bool
}

// Check reports the first invalid setting.
func (c Config) Check() error {
	switch {
	case c.KeyFile == "":
		return fmt.Errorf("%w: share key file is required", ErrConfig)
	case c.PassphraseFile == "":
		return fmt.Errorf("%w: share key passphrase file is required", ErrConfig)
	case c.ManifestDir == "":
		return fmt.Errorf("%w: manifest directory is required", ErrConfig)
	case c.LogPath == "":
		return fmt.Errorf("%w: release log path is required", ErrConfig)
	}
	if st, err := os.Stat(c.ManifestDir); err != nil || !st.IsDir() {
		return fmt.Errorf("%w: manifest directory %s is not a directory", ErrConfig, c.ManifestDir)
	}
	return nil
}

// Pipeline is the share holder; it implements service.Pipeline.
type Pipeline struct {
	cfg      Config
	shareKey *ecdsa.PrivateKey

	mu      sync.Mutex
	log     *keyshare.FileLog
	holder  *keyshare.Holder
	deps    service.Deps
	txs     types.Signer
	pushed  int
	pushes  *prometheus.CounterVec
	watch   *watcher.Watcher
	started bool
}

var _ service.Pipeline = (*Pipeline)(nil)

// NewPipeline checks cfg and decrypts the share key into memory.
func NewPipeline(cfg Config) (*Pipeline, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	key, err := LoadKey(cfg.KeyFile, cfg.PassphraseFile)
	if err != nil {
		return nil, err
	}
	return &Pipeline{cfg: cfg, shareKey: key}, nil
}

// LoadKey decrypts a V3 keystore file with the passphrase in passFile
// (signer.LoadKeystore). Errors name the files, never the passphrase or the key.
func LoadKey(keyFile, passFile string) (*ecdsa.PrivateKey, error) {
	k, err := signer.LoadKeystore(keyFile, passFile)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrShareKey, err)
	}
	return k, nil
}

// Name implements service.Pipeline.
func (p *Pipeline) Name() string { return Name }

// PublicKey returns the key this node's shares are encrypted to.
func (p *Pipeline) PublicKey() *ecdsa.PublicKey { return &p.shareKey.PublicKey }

// Holder returns the running holder (nil before Start).
func (p *Pipeline) Holder() *keyshare.Holder {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.holder
}

// Start implements service.Pipeline: it opens the release log, mounts the
// share endpoint and, with tokens configured, starts the push watcher.
func (p *Pipeline) Start(ctx context.Context, deps service.Deps) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started {
		return fmt.Errorf("keyshares: pipeline already started")
	}
	if deps.ChainID == nil || !deps.ChainID.IsUint64() {
		return fmt.Errorf("%w: chain id unknown", ErrConfig)
	}
	pushes := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "dip_relayer", Subsystem: "shares", Name: "pushes_total",
		Help: "Grants seen by the push watcher, by result (released, skipped, retry)."}, []string{"result"})
	if deps.Registry != nil {
		if err := deps.Registry.Register(pushes); err != nil {
			return fmt.Errorf("keyshares: register metrics: %w", err)
		}
	}
	flog, err := keyshare.OpenFileLog(p.cfg.LogPath)
	if err != nil {
		return err
	}
	logger := deps.Log
	if logger == nil {
		logger = slog.Default()
	}
	opts := []keyshare.HolderOption{keyshare.WithLogger(logger)}
	signer := keyshare.ReleaseSigner(keyshare.KeySigner{Key: p.shareKey})
	if rs, ok := any(deps.Signer).(keyshare.ReleaseSigner); ok && rs != nil && deps.Signer != nil && !p.cfg.SignWithShareKey {
		signer = rs
		opts = append(opts, keyshare.WithSigner(rs))
	}
	if p.cfg.AuthorityRegistry != (common.Address{}) {
		if err := p.checkRegistered(ctx, deps, signer.Address()); err != nil {
			_ = flog.Close()
			return err
		}
	}
	var assets *keyshare.ChainAssets
	if p.cfg.AuthorityRegistry != (common.Address{}) {
		assets = keyshare.NewChainAssets(deps.Chain, p.cfg.AuthorityRegistry)
		opts = append(opts, keyshare.WithAssetRecords(assets))
	}
	grants := keyshare.NewChainGrants(deps.Chain, deps.ChainID.Uint64(), p.cfg.Confirmations)
	holder := keyshare.NewHolder(p.shareKey, grants, chainCheckedLog{ReleaseLog: flog, grants: grants, timeout: 30 * time.Second}, opts...)
	manifests := keyshare.ManifestDir(p.cfg.ManifestDir)

	var h http.Handler = keyshare.NewHandler(holder, manifests, logger)
	if deps.LimitBody != nil {
		h = deps.LimitBody(h)
	}
	if deps.Draining != nil {
		h = refuseWhenDraining(h, deps.Draining)
	}
	deps.Mux.Handle("/v1/"+Name+"/", h)

	p.log, p.holder, p.deps, p.pushes = flog, holder, deps, pushes
	p.txs = types.LatestSignerForChainID(deps.ChainID)
	if len(p.cfg.Tokens) > 0 {
		if deps.NewWatcher == nil {
			_ = flog.Close()
			return fmt.Errorf("%w: push needs a watcher", ErrConfig)
		}
		w, err := deps.NewWatcher(Name+"-grants", watcher.HandlerFuncs{Batch: p.handleBatch, Reorg: p.handleReorg},
			watcher.WithAddresses(p.cfg.Tokens...),
			watcher.WithTopics([][]common.Hash{{lat.ABI.Events["AccessGranted"].ID}}),
			watcher.WithConfirmations(p.cfg.Confirmations),
			watcher.WithStartBlock(p.cfg.StartBlock))
		if err != nil {
			_ = flog.Close()
			return fmt.Errorf("keyshares: grant watcher: %w", err)
		}
		p.watch = w
	}
	p.started = true
	if shareAddr := crypto.PubkeyToAddress(p.shareKey.PublicKey); signer.Address() != shareAddr {
		logger.Warn("releases are signed by the relayer account, not the share key: manifests must name this holder as RELAYER_ADDRESS=SHARE_PUBKEY, or run with the share key signing",
			"signer", signer.Address(), "share_key_address", shareAddr)
	}
	served, mismatched, err := scanManifests(p.cfg.ManifestDir, &p.shareKey.PublicKey, signer.Address())
	if err != nil {
		logger.Warn("cannot scan the manifest directory", "dir", p.cfg.ManifestDir, "err", err)
	}
	for _, id := range mismatched {
		logger.Warn("manifest names another signer for this node's share: its releases will be refused", "asset_id", id, "signer", signer.Address())
	}
	if assets != nil {
		p.warnUnregistered(ctx, logger, assets)
	}
	logger.Info("share holder started", "assets_served", served, "signer", signer.Address(), "share_key_address", crypto.PubkeyToAddress(p.shareKey.PublicKey),
		"releases_logged", flog.Len(), "push_tokens", len(p.cfg.Tokens), "confirmations", p.cfg.Confirmations)
	return nil
}

// scanManifests counts the manifests in dir holding a share for pub whose
// slot address is signer, and lists those whose slot names another address.
// Unreadable manifests are skipped (the request path reports them).
func scanManifests(dir string, pub *ecdsa.PublicKey, signer common.Address) (int, []common.Hash, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.manifest.json"))
	if err != nil {
		return 0, nil, err
	}
	var (
		served     int
		mismatched []common.Hash
	)
	for _, f := range files {
		id := common.HexToHash(strings.TrimSuffix(filepath.Base(f), ".manifest.json"))
		m, err := keyshare.ManifestDir(dir).Manifest(context.Background(), id)
		if err != nil {
			continue
		}
		slot, ok := m.HolderByPublicKey(pub)
		switch {
		case !ok:
		case slot.Address == signer:
			served++
		default:
			mismatched = append(mismatched, m.AssetID)
		}
	}
	return served, mismatched, nil
}

// warnUnregistered logs, for each manifest served, why its releases will be
// refused when its on-chain record is missing, retired or different.
func (p *Pipeline) warnUnregistered(ctx context.Context, logger *slog.Logger, assets *keyshare.ChainAssets) {
	files, _ := filepath.Glob(filepath.Join(p.cfg.ManifestDir, "*.manifest.json"))
	for _, f := range files {
		id := common.HexToHash(strings.TrimSuffix(filepath.Base(f), ".manifest.json"))
		m, err := keyshare.ManifestDir(p.cfg.ManifestDir).Manifest(ctx, id)
		if err != nil {
			continue
		}
		if _, ok := m.HolderByPublicKey(&p.shareKey.PublicKey); !ok {
			continue
		}
		rec, err := assets.AssetRecord(ctx, id)
		if err == nil {
			err = rec.Check(m)
		}
		if err != nil {
			logger.Warn("asset's on-chain record does not allow releases", "asset_id", id, "registry", assets.Registry(), "reason", err)
		}
	}
}

// checkRegistered compares the registry's key for account with the share key.
func (p *Pipeline) checkRegistered(ctx context.Context, deps service.Deps, account common.Address) error {
	reg := p.cfg.AuthorityRegistry
	key, err := authority.Attach(reg, deps.Chain).PublicKeyOf(ctx, account)
	if err != nil {
		return fmt.Errorf("keyshares: read the key of %s from AuthorityRegistry %s: %w", account.Hex(), reg.Hex(), err)
	}
	if !bytes.Equal(key, crypto.FromECDSAPub(&p.shareKey.PublicKey)) {
		if len(key) == 0 {
			return fmt.Errorf("%w: %s registered no key in %s; register the share key's public key (dip authority) first", ErrKeyNotRegistered, account.Hex(), reg.Hex())
		}
		return fmt.Errorf("%w: %s registered another key in %s than the share key in %s", ErrKeyNotRegistered, account.Hex(), reg.Hex(), p.cfg.KeyFile)
	}
	return nil
}

// Stop implements service.Pipeline: it closes the release log. The watcher
// is stopped by the service before.
func (p *Pipeline) Stop(context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.started {
		return nil
	}
	p.started = false
	return p.log.Close()
}

// Pushed returns how many releases the push watcher made since Start.
func (p *Pipeline) Pushed() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pushed
}

// pushedThrough returns the last block the push watcher delivered and
// checkpointed (false without push tokens or before the first delivery).
func (p *Pipeline) pushedThrough() (uint64, bool) {
	p.mu.Lock()
	w := p.watch
	p.mu.Unlock()
	if w == nil {
		return 0, false
	}
	cp, ok := w.Checkpoint()
	return cp.Number, ok
}

func refuseWhenDraining(h http.Handler, draining func() bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if draining() {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(`{"code":"unavailable","error":"relayer is shutting down"}` + "\n"))
			return
		}
		h.ServeHTTP(w, r)
	})
}

var grantEvents = latbind.NewLiquidAccessToken()

// handleBatch releases this node's share for every confirmed grant of an
// asset it holds. Releases are idempotent (the log answers a repeat), so a
// batch offered again after an error releases nothing twice.
func (p *Pipeline) handleBatch(ctx context.Context, b watcher.Batch) error {
	for _, ev := range b.Events {
		if err := p.push(ctx, ev.Log); err != nil {
			return err
		}
	}
	return nil
}

// permanent lists the refusals that will not change on retry: the grant is
// logged and skipped.
var permanent = []error{
	keyshare.ErrUnknownAsset, keyshare.ErrNotAHolder, keyshare.ErrUnknownGrant, keyshare.ErrWrongChain,
	keyshare.ErrTokenNotAccepted, keyshare.ErrGrantAssetMismatch, keyshare.ErrNotGrantHolder,
	keyshare.ErrTierTooLow, keyshare.ErrBuyerKeyUnavailable, keyshare.ErrBadManifest,
	keyshare.ErrShareDecrypt, keyshare.ErrCommitmentMismatch, keyshare.ErrBadPublicKey,
	keyshare.ErrAssetNotRegistered, keyshare.ErrAssetRetired, keyshare.ErrAssetRecordMismatch,
}

func (p *Pipeline) push(ctx context.Context, l types.Log) error {
	logger := p.deps.Log
	ev, err := grantEvents.UnpackAccessGrantedEvent(&l)
	if err != nil {
		logger.Warn("undecodable AccessGranted log skipped", "tx_hash", l.TxHash, "err", err)
		return nil
	}
	g := &lat.Grant{ID: ev.GrantId, AssetID: ev.AssetId, Holder: ev.Holder, Tier: ev.Tier,
		BlockNumber: l.BlockNumber, TxHash: l.TxHash, Token: l.Address}
	err = p.release(ctx, g)
	switch {
	case err == nil:
		p.count("released")
		return nil
	case isPermanent(err):
		p.count("skipped")
		logger.Info("grant not released", "grant_id", g.ID, "asset_id", g.AssetID, "token", g.Token, "reason", err)
		return nil
	default:
		p.count("retry")
		return fmt.Errorf("keyshares: push grant %s: %w", g.ID.Hex(), err)
	}
}

func (p *Pipeline) release(ctx context.Context, g *lat.Grant) error {
	m, err := keyshare.ManifestDir(p.cfg.ManifestDir).Manifest(ctx, g.AssetID)
	if err != nil {
		return err
	}
	if _, ok := m.HolderByPublicKey(&p.shareKey.PublicKey); !ok {
		return fmt.Errorf("%w: asset %s", keyshare.ErrNotAHolder, g.AssetID.Hex())
	}
	pub, err := keyshare.BuyerPublicKey(ctx, p.deps.Chain, p.txs, g)
	if err != nil {
		return err
	}
	tok := g.Token
	rel, err := p.holder.Release(ctx, m, &keyshare.ReleaseRequest{
		GrantID: g.ID, AssetID: g.AssetID, BuyerPublicKey: crypto.FromECDSAPub(pub), Token: &tok,
	})
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.pushed++
	p.mu.Unlock()
	p.deps.Log.Info("share pushed", "grant_id", g.ID, "asset_id", g.AssetID, "buyer", g.Holder, "index", rel.Index)
	return nil
}

func (p *Pipeline) count(result string) {
	if p.pushes != nil {
		p.pushes.WithLabelValues(result).Inc()
	}
}

func isPermanent(err error) bool {
	for _, e := range permanent {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// handleReorg logs the orphaned range. Grants are released only after the
// configured confirmations, so a reorg shallower than that voids nothing
// released; deeper reorgs are reported for the operator.
func (p *Pipeline) handleReorg(_ context.Context, r watcher.Reorg) error {
	p.deps.Log.Warn("reorg under the grant watcher", "ancestor", r.Ancestor.Number, "removed_blocks", len(r.Removed))
	return nil
}
