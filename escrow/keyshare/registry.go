package keyshare

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/internal/chain"
)

// SharesHash is keccak256(keccak256(encryptedShare_1) || ... ||
// keccak256(encryptedShare_n)), the second half of the asset id.
func (m *Manifest) SharesHash() common.Hash {
	var shares []byte
	for _, h := range m.Holders {
		shares = append(shares, crypto.Keccak256(h.EncryptedShare)...)
	}
	return crypto.Keccak256Hash(shares)
}

// AssetSeal returns the parameters AuthorityRegistry.registerAsset takes to
// recompute this manifest's asset id on chain (docs/authority.md). The
// registry hashes each holder's registered public key, so registration
// fails unless every slot address registered the key its share is sealed to.
func (m *Manifest) AssetSeal() authority.AssetSeal {
	s := authority.AssetSeal{
		Tokens:           slices.Clone(m.Tokens),
		Tier:             m.Tier,
		Threshold:        uint8(m.Threshold),
		SuiteHash:        crypto.Keccak256Hash([]byte(m.Cipher.Suite)),
		ChunkSize:        m.Cipher.ChunkSize,
		Size:             m.Cipher.Size,
		CiphertextSha256: m.Cipher.SHA256,
		KeyCommitment:    m.KeyCommitment,
		SharesHash:       m.SharesHash(),
	}
	for _, h := range m.Holders {
		s.Holders = append(s.Holders, h.Address)
		s.ShareCommitments = append(s.ShareCommitments, h.Commitment)
	}
	return s
}

// AssetRecord is an asset's on-chain registration (AuthorityRegistry.asset).
type AssetRecord struct {
	AssetID    common.Hash
	Owner      common.Address
	Tier       uint8
	Threshold  uint8
	Retired    bool
	ParamsHash common.Hash
	SharesHash common.Hash
	Tokens     []common.Address
	Holders    []common.Address
}

// Check reports whether the record is the registration of m: the same
// parameters and shares hashes (so the same asset id), tier, threshold,
// tokens and holders in slot order. A retired record is reported with
// ErrAssetRetired.
func (r *AssetRecord) Check(m *Manifest) error {
	mismatch := func(what string) error {
		return fmt.Errorf("%w: asset %s: the on-chain %s differs from the manifest's", ErrAssetRecordMismatch, m.AssetID.Hex(), what)
	}
	holders := make([]common.Address, len(m.Holders))
	for i, h := range m.Holders {
		holders[i] = h.Address
	}
	switch {
	case r.ParamsHash != m.ParamsHash() || r.SharesHash != m.SharesHash():
		return mismatch("commitment (parameters or shares hash)")
	case r.Tier != m.Tier:
		return mismatch("tier")
	case int(r.Threshold) != m.Threshold:
		return mismatch("threshold")
	case !slices.Equal(r.Tokens, m.Tokens):
		return mismatch("token list")
	case !slices.Equal(r.Holders, holders):
		return mismatch("holder list")
	case r.Retired:
		return fmt.Errorf("%w: asset %s was retired by its owner %s", ErrAssetRetired, m.AssetID.Hex(), r.Owner.Hex())
	}
	return nil
}

// AssetRecords reads asset registrations. ChainAssets reads them from an
// AuthorityRegistry; tests use fakes.
type AssetRecords interface {
	// AssetRecord returns the record of id, or an error wrapping
	// ErrAssetNotRegistered.
	AssetRecord(ctx context.Context, id common.Hash) (*AssetRecord, error)
}

// ChainAssets reads asset records from an AuthorityRegistry through a node.
type ChainAssets struct{ reg *authority.Registry }

var _ AssetRecords = (*ChainAssets)(nil)

// NewChainAssets returns a reader of the registry at addr.
func NewChainAssets(b chain.Backend, addr common.Address) *ChainAssets {
	return &ChainAssets{reg: authority.Attach(addr, b)}
}

// Registry returns the registry's address.
func (c *ChainAssets) Registry() common.Address { return c.reg.Address() }

// AssetRecord implements AssetRecords.
func (c *ChainAssets) AssetRecord(ctx context.Context, id common.Hash) (*AssetRecord, error) {
	a, err := c.reg.Asset(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("keyshare: read asset %s from AuthorityRegistry %s: %w", id.Hex(), c.reg.Address().Hex(), err)
	}
	if a.Owner == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s in AuthorityRegistry %s", ErrAssetNotRegistered, id.Hex(), c.reg.Address().Hex())
	}
	return &AssetRecord{
		AssetID: id, Owner: a.Owner, Tier: a.Tier, Threshold: a.Threshold, Retired: a.Retired,
		ParamsHash: a.ParamsHash, SharesHash: a.SharesHash, Tokens: a.Tokens, Holders: a.Holders,
	}, nil
}

// RegisterManifest registers m in the registry with the signer of opts as
// owner. It checks first (with a call) that the registry computes the same
// asset id, so a holder whose registered key differs from its slot's key is
// named before anything is sent.
func RegisterManifest(ctx context.Context, reg *authority.Registry, opts *bind.TransactOpts, m *Manifest) (*types.Receipt, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	seal := m.AssetSeal()
	if err := checkHolderKeys(ctx, reg, m); err != nil {
		return nil, err
	}
	return reg.RegisterAsset(ctx, opts, m.AssetID, seal)
}

// checkHolderKeys compares each slot's public key with the key its address
// registered, so a mismatch is reported by slot rather than as an id mismatch.
func checkHolderKeys(ctx context.Context, reg *authority.Registry, m *Manifest) error {
	for _, h := range m.Holders {
		key, err := reg.PublicKeyOf(ctx, h.Address)
		if err != nil {
			return err
		}
		switch {
		case len(key) == 0:
			return fmt.Errorf("%w: holder %d (%s) is not a registered key holder in AuthorityRegistry %s", ErrHolderKeyMismatch, h.Index, h.Address.Hex(), reg.Address().Hex())
		case !slices.Equal(key, []byte(h.PublicKey)):
			return fmt.Errorf("%w: holder %d (%s) registered another public key than the one its share is sealed to", ErrHolderKeyMismatch, h.Index, h.Address.Hex())
		}
	}
	return nil
}
