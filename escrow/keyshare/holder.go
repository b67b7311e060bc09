package keyshare

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/lat"
)

// GrantChecker reads LAT grants recorded on one chain. ChainGrants is the
// implementation over a node; tests use fakes.
type GrantChecker interface {
	// ChainID is the chain the grants are read from.
	ChainID() uint64
	// Grant returns the grant recorded under id by the LAT at token. It
	// returns an error wrapping ErrUnknownGrant when the token has no such
	// grant and ErrGrantUnconfirmed when the grant is not yet deep enough.
	Grant(ctx context.Context, token common.Address, id common.Hash) (*lat.Grant, error)
}

// ChainGrants reads grants from LAT contracts through a node and accepts a
// grant only once `confirmations` blocks (counting the grant's own) exist.
type ChainGrants struct {
	b             chain.Backend
	chainID       uint64
	confirmations uint64
}

var _ GrantChecker = (*ChainGrants)(nil)

// NewChainGrants returns a grant checker on the chain behind b, whose id the
// caller has read (ethclient's ChainID). confirmations 0 or 1 accepts a grant
// as soon as it is mined.
func NewChainGrants(b chain.Backend, chainID, confirmations uint64) *ChainGrants {
	return &ChainGrants{b: b, chainID: chainID, confirmations: confirmations}
}

// ChainID implements GrantChecker.
func (c *ChainGrants) ChainID() uint64 { return c.chainID }

// Grant implements GrantChecker.
func (c *ChainGrants) Grant(ctx context.Context, token common.Address, id common.Hash) (*lat.Grant, error) {
	g, err := lat.Attach(token, c.b).Grant(ctx, id)
	if err != nil {
		if re, ok := chain.AsRevert(err); ok && re.Name == "LAT_UnknownGrant" {
			return nil, fmt.Errorf("%w: %s on token %s", ErrUnknownGrant, id.Hex(), token.Hex())
		}
		return nil, fmt.Errorf("keyshare: read grant %s on token %s: %w", id.Hex(), token.Hex(), err)
	}
	if c.confirmations > 1 {
		head, err := c.b.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("keyshare: read chain head: %w", err)
		}
		var have uint64
		if n := head.Number.Uint64(); n >= g.BlockNumber {
			have = n - g.BlockNumber + 1
		}
		if have < c.confirmations {
			return nil, fmt.Errorf("%w: grant %s in block %d has %d of %d confirmations", ErrGrantUnconfirmed, id.Hex(), g.BlockNumber, have, c.confirmations)
		}
	}
	return g, nil
}

// Holder is an authority node's side of key escrow: it releases its shares
// against checked grants and logs every release.
type Holder struct {
	shareKey *ecdsa.PrivateKey
	signer   ReleaseSigner
	grants   GrantChecker
	log      ReleaseLog
	assets   AssetRecords
	logger   *slog.Logger
	rand     io.Reader
	mu       sync.Mutex // serializes log check-and-put so a release is made once
}

// HolderOption configures NewHolder.
type HolderOption func(*Holder)

// ReleaseSigner signs release digests (EIP-712 hashes) for an address.
// relayer/signer.Signer satisfies it, so a daemon can sign with a keystore,
// Vault or a remote signer while the share key decrypts locally.
type ReleaseSigner interface {
	Address() common.Address
	// SignTypedDataHash returns r || s || v with v in {27, 28}.
	SignTypedDataHash(ctx context.Context, hash [32]byte) ([]byte, error)
}

// KeySigner is a ReleaseSigner over an in-memory key.
type KeySigner struct{ Key *ecdsa.PrivateKey }

var _ ReleaseSigner = KeySigner{}

// Address implements ReleaseSigner.
func (k KeySigner) Address() common.Address { return crypto.PubkeyToAddress(k.Key.PublicKey) }

// SignTypedDataHash implements ReleaseSigner.
func (k KeySigner) SignTypedDataHash(_ context.Context, hash [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(hash[:], k.Key)
	if err != nil {
		return nil, fmt.Errorf("keyshare: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// WithSigner signs releases with s instead of the share key (for an
// authority whose registered encryption key is not its account key, or
// whose account key lives in a remote signer).
func WithSigner(s ReleaseSigner) HolderOption { return func(h *Holder) { h.signer = s } }

// WithAssetRecords makes the holder release only assets registered on chain
// whose record matches the manifest, is not retired and lists this holder
// in its slot; the grant's token and tier are checked against the record
// too. Without it the manifest alone is trusted (it is self-authenticating
// by its asset id, but nothing says its owner published it).
func WithAssetRecords(r AssetRecords) HolderOption { return func(h *Holder) { h.assets = r } }

// WithLogger sets the structured logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) HolderOption { return func(h *Holder) { h.logger = l } }

// WithRand sets the randomness source for re-encryption (crypto/rand otherwise).
func WithRand(r io.Reader) HolderOption { return func(h *Holder) { h.rand = r } }

// NewHolder returns a holder that decrypts its shares with shareKey (which
// also signs releases unless WithSigner is given), checks grants with
// grants and records releases in log.
func NewHolder(shareKey *ecdsa.PrivateKey, grants GrantChecker, log ReleaseLog, opts ...HolderOption) *Holder {
	h := &Holder{shareKey: shareKey, signer: KeySigner{shareKey}, grants: grants, log: log, logger: slog.Default()}
	for _, o := range opts {
		o(h)
	}
	return h
}

// Address returns the address that signs this holder's releases.
func (h *Holder) Address() common.Address { return h.signer.Address() }

// PublicKey returns the key shares are encrypted to.
func (h *Holder) PublicKey() *ecdsa.PublicKey { return &h.shareKey.PublicKey }

// Release releases this holder's share of the asset in m to the buyer named
// by req, after checking on chain that the grant exists (and is confirmed),
// was recorded by a token the manifest accepts, is for this asset, belongs
// to the buyer's address and has a tier at least the asset's. The share is
// re-encrypted to the buyer's key and signed over the grant, so it is
// useless to anyone else and for any other grant. A release already in the
// log is returned as recorded: releasing is idempotent across restarts.
func (h *Holder) Release(ctx context.Context, m *Manifest, req *ReleaseRequest) (*Release, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if req.AssetID != m.AssetID {
		return nil, fmt.Errorf("%w: request names asset %s, manifest is %s", ErrGrantAssetMismatch, req.AssetID.Hex(), m.AssetID.Hex())
	}
	buyerPub, err := req.Buyer()
	if err != nil {
		return nil, err
	}
	buyer := crypto.PubkeyToAddress(*buyerPub)
	slot, ok := m.HolderByPublicKey(&h.shareKey.PublicKey)
	if !ok {
		return nil, fmt.Errorf("%w: asset %s", ErrNotAHolder, m.AssetID.Hex())
	}
	if slot.Address != h.Address() {
		return nil, fmt.Errorf("%w: slot %d is signed for by %s, this holder signs as %s", ErrNotAHolder, slot.Index, slot.Address.Hex(), h.Address().Hex())
	}
	record, err := h.checkRecord(ctx, m, slot)
	if err != nil {
		return nil, err
	}
	key := ReleaseKey{AssetID: m.AssetID, GrantID: req.GrantID, Index: slot.Index}
	if prev, ok, err := h.log.Get(key); err != nil {
		return nil, err
	} else if ok {
		return h.replay(prev, buyer)
	}
	if h.grants.ChainID() != m.ChainID {
		return nil, fmt.Errorf("%w: asset on chain %d, grants read from chain %d", ErrWrongChain, m.ChainID, h.grants.ChainID())
	}
	g, err := h.findGrant(ctx, m, req)
	if err != nil {
		return nil, err
	}
	switch {
	case g.AssetID != m.AssetID:
		return nil, fmt.Errorf("%w: grant %s is for asset %s", ErrGrantAssetMismatch, g.ID.Hex(), g.AssetID.Hex())
	case g.Holder != buyer:
		return nil, fmt.Errorf("%w: grant %s belongs to %s, the request's key is %s", ErrNotGrantHolder, g.ID.Hex(), g.Holder.Hex(), buyer.Hex())
	case g.Tier < m.Tier:
		return nil, fmt.Errorf("%w: grant %s has tier %d, asset needs %d", ErrTierTooLow, g.ID.Hex(), g.Tier, m.Tier)
	case record != nil && !slices.Contains(record.Tokens, g.Token):
		return nil, fmt.Errorf("%w: grant %s comes from %s, which the on-chain record of asset %s does not list", ErrTokenNotAccepted, g.ID.Hex(), g.Token.Hex(), m.AssetID.Hex())
	case record != nil && g.Tier < record.Tier:
		return nil, fmt.Errorf("%w: grant %s has tier %d, the on-chain record of asset %s needs %d", ErrTierTooLow, g.ID.Hex(), g.Tier, m.AssetID.Hex(), record.Tier)
	}
	r, err := newRelease(ctx, m, slot, h.shareKey, h.signer, m.ChainID, g.Token, g.ID, buyerPub, h.rand)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	stored, err := h.log.Put(r)
	if err != nil {
		return nil, err
	}
	if stored != r {
		// Another request for the same grant won the race; serve its release.
		return h.replay(stored, buyer)
	}
	h.logger.Info("key share released", "asset_id", m.AssetID.Hex(), "grant_id", g.ID.Hex(), "token", g.Token.Hex(),
		"buyer", buyer.Hex(), "holder_index", slot.Index, "grant_block", g.BlockNumber)
	return r, nil
}

// checkRecord reads the asset's on-chain record when the holder has a
// registry and checks it against the manifest and this holder's slot.
func (h *Holder) checkRecord(ctx context.Context, m *Manifest, slot *HolderShare) (*AssetRecord, error) {
	if h.assets == nil {
		return nil, nil
	}
	rec, err := h.assets.AssetRecord(ctx, m.AssetID)
	if err != nil {
		return nil, err
	}
	if err := rec.Check(m); err != nil {
		return nil, err
	}
	if int(slot.Index) > len(rec.Holders) || rec.Holders[slot.Index-1] != h.Address() {
		return nil, fmt.Errorf("%w: asset %s: the on-chain record does not list %s in slot %d", ErrAssetRecordMismatch, m.AssetID.Hex(), h.Address().Hex(), slot.Index)
	}
	return rec, nil
}

// replay serves a logged release to the buyer it was made for, and refuses
// anyone else presenting the same grant.
func (h *Holder) replay(prev *Release, buyer common.Address) (*Release, error) {
	if prev.Buyer != buyer {
		return nil, fmt.Errorf("%w: grant %s was released to %s, the request's key is %s", ErrNotGrantHolder, prev.GrantID.Hex(), prev.Buyer.Hex(), buyer.Hex())
	}
	return prev, nil
}

func (h *Holder) findGrant(ctx context.Context, m *Manifest, req *ReleaseRequest) (*lat.Grant, error) {
	tokens := m.Tokens
	if req.Token != nil {
		if !m.AcceptsToken(*req.Token) {
			return nil, fmt.Errorf("%w: %s", ErrTokenNotAccepted, req.Token.Hex())
		}
		tokens = []common.Address{*req.Token}
	}
	for _, t := range tokens {
		g, err := h.grants.Grant(ctx, t, req.GrantID)
		if errors.Is(err, ErrUnknownGrant) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if g.ID != req.GrantID || g.Token != t {
			return nil, fmt.Errorf("keyshare: grant reader returned grant %s of %s for %s of %s", g.ID.Hex(), g.Token.Hex(), req.GrantID.Hex(), t.Hex())
		}
		return g, nil
	}
	return nil, fmt.Errorf("%w: %s is not recorded by any token the asset accepts", ErrUnknownGrant, req.GrantID.Hex())
}
