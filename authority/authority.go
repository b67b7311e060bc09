// Package authority provides a client for a guild's AuthorityRegistry:
// claiming or granting jurisdiction cells (geohash prefixes), issuing,
// updating and revoking DIDs, registering as a key-share holder with a
// public key, and registering, transferring and retiring sealed assets.
// Rules and formats are in docs/authority.md.
package authority

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	authbind "github.com/dip-market/dip/bindings/authority"
	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/internal/chain"
)

// GeohashAlphabet is the alphabet of cells: geohash base32, lowercase.
const GeohashAlphabet = "0123456789bcdefghjkmnpqrstuvwxyz"

// MaxCellLength is the longest cell (AuthorityRegistry.MAX_PRECISION).
const MaxCellLength = 12

var (
	binding = authbind.NewAuthorityRegistry()
	token   = latbind.NewLiquidAccessToken()
	// ABI is the registry's parsed ABI.
	ABI = chain.MustABI(&authbind.AuthorityRegistryMetaData)
	// ErrorABIs decode registry reverts and the commitment token's (an OpenZeppelin ERC-20).
	ErrorABIs = []*abi.ABI{ABI, chain.MustABI(&latbind.LiquidAccessTokenMetaData)}
)

var (
	// ErrBadCell is returned before sending when a cell is not 1..12
	// characters of the geohash alphabet (Authority_BadCell would follow).
	ErrBadCell = errors.New("authority: bad cell")
	// ErrBadPublicKey is returned before sending when a key is not an
	// uncompressed secp256k1 point (Authority_BadPublicKey would follow).
	ErrBadPublicKey = errors.New("authority: bad public key")
)

// CheckCell reports whether cell is a well-formed geohash prefix.
func CheckCell(cell string) error {
	if len(cell) == 0 || len(cell) > MaxCellLength {
		return fmt.Errorf("%w: %q has %d characters, want 1..%d", ErrBadCell, cell, len(cell), MaxCellLength)
	}
	for i, r := range cell {
		if !strings.ContainsRune(GeohashAlphabet, r) {
			return fmt.Errorf("%w: %q has %q at %d; cells use the lowercase geohash alphabet %s (no a, i, l, o)", ErrBadCell, cell, r, i, GeohashAlphabet)
		}
	}
	return nil
}

// DID returns did:dip:<chainId>:<lowercase 0x address>, as didOf builds it.
func DID(chainID *big.Int, subject common.Address) string {
	return fmt.Sprintf("did:dip:%s:0x%x", chainID, subject[:])
}

// PublicKeyBytes returns the 65-byte 0x04 || x || y form the registry takes.
func PublicKeyBytes(pub *ecdsa.PublicKey) []byte { return crypto.FromECDSAPub(pub) }

// CheckPublicKey checks that key is an uncompressed secp256k1 point, as the contract does.
func CheckPublicKey(key []byte) error {
	if len(key) != 65 || key[0] != 4 {
		return fmt.Errorf("%w: want 65 bytes 0x04 || x || y, got %d bytes", ErrBadPublicKey, len(key))
	}
	if _, err := crypto.UnmarshalPubkey(key); err != nil {
		return fmt.Errorf("%w: not a point on secp256k1", ErrBadPublicKey)
	}
	return nil
}

// Deployment records the transactions that created a registry.
type Deployment = chain.CloneDeployment

// Params are a registry clone's initialize arguments.
type Params struct {
	Admin common.Address
	// CommitToken must implement burnFrom; zero disables claiming by burn.
	CommitToken  common.Address
	CommitAmount *big.Int
}

// DeployImplementation deploys the registry implementation clones delegate to.
func DeployImplementation(ctx context.Context, b chain.Backend, opts *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	addr, r, err := chain.Deploy(ctx, b, opts, common.FromHex(authbind.AuthorityRegistryMetaData.Bin), ABI)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("authority: deploy implementation: %w", err)
	}
	return addr, r, nil
}

// Deploy creates a registry as an EIP-1167 clone of impl (deployed first
// when zero) initialized with p. Guilds get theirs from GuildFactory.
func Deploy(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, impl common.Address, p Params) (*Registry, *Deployment, error) {
	if p.Admin == (common.Address{}) {
		return nil, nil, errors.New("authority: admin must not be zero")
	}
	amount := p.CommitAmount
	if amount == nil {
		amount = new(big.Int)
	}
	data := binding.PackInitialize(p.Admin, p.CommitToken, amount)
	d, err := chain.DeployClone(ctx, b, opts, impl, common.FromHex(authbind.AuthorityRegistryMetaData.Bin), data, ErrorABIs...)
	if err != nil {
		return nil, d, fmt.Errorf("authority: %w", err)
	}
	return Attach(d.Address, b), d, nil
}

// Registry is a client for one AuthorityRegistry.
type Registry struct {
	addr common.Address
	b    chain.Backend
}

// Attach returns a client for the registry at addr.
func Attach(addr common.Address, b chain.Backend) *Registry { return &Registry{addr: addr, b: b} }

// Address returns the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

func (r *Registry) transact(ctx context.Context, opts *bind.TransactOpts, op string, data []byte) (*types.Receipt, error) {
	rc, err := chain.Transact(ctx, r.b, opts, r.addr, data, ErrorABIs...)
	if err != nil {
		return rc, fmt.Errorf("authority: %s: %w", op, err)
	}
	return rc, nil
}

func call[T any](ctx context.Context, b chain.Backend, to common.Address, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, b, to, data, ErrorABIs...)
	if err != nil {
		return zero, fmt.Errorf("authority: %s: %w", op, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("authority: decode %s: %w", op, err)
	}
	return v, nil
}

// ApproveCommitment approves the registry to burn the commitment amount of
// the signer's commitment token when the allowance is short; it returns nil
// when nothing had to be sent.
func (r *Registry) ApproveCommitment(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	tok, err := r.CommitToken(ctx)
	if err != nil {
		return nil, err
	}
	amount, err := r.CommitAmount(ctx)
	if err != nil {
		return nil, err
	}
	if tok == (common.Address{}) || amount.Sign() == 0 {
		return nil, nil
	}
	have, err := call(ctx, r.b, tok, "commitment allowance", token.PackAllowance(opts.From, r.addr), token.UnpackAllowance)
	if err != nil {
		return nil, err
	}
	if have.Cmp(amount) >= 0 {
		return nil, nil
	}
	rc, err := chain.Transact(ctx, r.b, opts, tok, token.PackApprove(r.addr, amount), ErrorABIs...)
	if err != nil {
		return rc, fmt.Errorf("authority: approve commitment of %s: %w", amount, err)
	}
	return rc, nil
}

// ClaimCell burns the commitment and takes cell (approval needed: ApproveCommitment).
func (r *Registry) ClaimCell(ctx context.Context, opts *bind.TransactOpts, cell string) (*types.Receipt, error) {
	if err := CheckCell(cell); err != nil {
		return nil, err
	}
	return r.transact(ctx, opts, fmt.Sprintf("claim cell %q", cell), binding.PackClaimCell(cell))
}

// GrantCell gives cell to holder without a burn (admin only).
func (r *Registry) GrantCell(ctx context.Context, opts *bind.TransactOpts, cell string, holder common.Address) (*types.Receipt, error) {
	if err := CheckCell(cell); err != nil {
		return nil, err
	}
	return r.transact(ctx, opts, fmt.Sprintf("grant cell %q to %s", cell, holder.Hex()), binding.PackGrantCell(cell, holder))
}

// ReleaseCell gives cell up.
func (r *Registry) ReleaseCell(ctx context.Context, opts *bind.TransactOpts, cell string) (*types.Receipt, error) {
	return r.transact(ctx, opts, fmt.Sprintf("release cell %q", cell), binding.PackReleaseCell(cell))
}

// RevokeCell takes cell from its holder, striking the holder when strike is set (admin only).
func (r *Registry) RevokeCell(ctx context.Context, opts *bind.TransactOpts, cell string, strike bool) (*types.Receipt, error) {
	return r.transact(ctx, opts, fmt.Sprintf("revoke cell %q", cell), binding.PackRevokeCell(cell, strike))
}

// RegisterKeyHolder registers (or replaces) the signer's key-share public key.
func (r *Registry) RegisterKeyHolder(ctx context.Context, opts *bind.TransactOpts, publicKey []byte) (*types.Receipt, error) {
	if err := CheckPublicKey(publicKey); err != nil {
		return nil, err
	}
	return r.transact(ctx, opts, "register key holder", binding.PackRegisterKeyHolder(publicKey))
}

// DeregisterKeyHolder stops the signer being a key holder.
func (r *Registry) DeregisterKeyHolder(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	return r.transact(ctx, opts, "deregister key holder", binding.PackDeregisterKeyHolder())
}

// IssueDid issues the DID of subject committing to documentHash (authorities only).
func (r *Registry) IssueDid(ctx context.Context, opts *bind.TransactOpts, subject common.Address, documentHash common.Hash) (*types.Receipt, error) {
	return r.transact(ctx, opts, "issue DID of "+subject.Hex(), binding.PackIssueDid(subject, documentHash))
}

// UpdateDid replaces the document hash of a DID the signer issued.
func (r *Registry) UpdateDid(ctx context.Context, opts *bind.TransactOpts, subject common.Address, documentHash common.Hash) (*types.Receipt, error) {
	return r.transact(ctx, opts, "update DID of "+subject.Hex(), binding.PackUpdateDid(subject, documentHash))
}

// RevokeDid revokes the DID of subject (its issuer or governance).
func (r *Registry) RevokeDid(ctx context.Context, opts *bind.TransactOpts, subject common.Address) (*types.Receipt, error) {
	return r.transact(ctx, opts, "revoke DID of "+subject.Hex(), binding.PackRevokeDid(subject))
}

// Cell is a held cell's record.
type Cell = authbind.IAuthorityRegistryCell

// Cell reads the record of cell (holder zero if free).
func (r *Registry) Cell(ctx context.Context, cell string) (Cell, error) {
	return call(ctx, r.b, r.addr, fmt.Sprintf("cell %q", cell), binding.PackCell(cell), binding.UnpackCell)
}

// IsAvailable reports whether cell could be claimed now.
func (r *Registry) IsAvailable(ctx context.Context, cell string) (bool, error) {
	return call(ctx, r.b, r.addr, "isAvailable", binding.PackIsAvailable(cell), binding.UnpackIsAvailable)
}

// IsAuthority reports whether account holds a cell and is not struck.
func (r *Registry) IsAuthority(ctx context.Context, account common.Address) (bool, error) {
	return call(ctx, r.b, r.addr, "isAuthority", binding.PackIsAuthority(account), binding.UnpackIsAuthority)
}

// Did is a DID record.
type Did = authbind.IAuthorityRegistryDid

// DidRecord reads the DID record of subject.
func (r *Registry) DidRecord(ctx context.Context, subject common.Address) (Did, error) {
	return call(ctx, r.b, r.addr, "didRecord", binding.PackDidRecord(subject), binding.UnpackDidRecord)
}

// IsDidValid reports whether subject's DID is issued, not revoked, and its issuer not struck.
func (r *Registry) IsDidValid(ctx context.Context, subject common.Address) (bool, error) {
	return call(ctx, r.b, r.addr, "isDidValid", binding.PackIsDidValid(subject), binding.UnpackIsDidValid)
}

// DidOf reads the DID string of subject.
func (r *Registry) DidOf(ctx context.Context, subject common.Address) (string, error) {
	return call(ctx, r.b, r.addr, "didOf", binding.PackDidOf(subject), binding.UnpackDidOf)
}

// KeyHolders lists the registered key holders.
func (r *Registry) KeyHolders(ctx context.Context) ([]common.Address, error) {
	return call(ctx, r.b, r.addr, "keyHolders", binding.PackKeyHolders(), binding.UnpackKeyHolders)
}

// PublicKeyOf reads holder's registered key (empty if none).
func (r *Registry) PublicKeyOf(ctx context.Context, holder common.Address) ([]byte, error) {
	return call(ctx, r.b, r.addr, "publicKeyOf", binding.PackPublicKeyOf(holder), binding.UnpackPublicKeyOf)
}

// CommitToken reads the commitment token (zero: claiming by burn disabled).
func (r *Registry) CommitToken(ctx context.Context) (common.Address, error) {
	return call(ctx, r.b, r.addr, "commitToken", binding.PackCommitToken(), binding.UnpackCommitToken)
}

// CommitAmount reads the amount burned per claimed cell.
func (r *Registry) CommitAmount(ctx context.Context) (*big.Int, error) {
	return call(ctx, r.b, r.addr, "commitAmount", binding.PackCommitAmount(), binding.UnpackCommitAmount)
}

// AssetSeal is a manifest's public parameters, from which the registry
// recomputes the asset id (keyshare.Manifest.AssetSeal builds it).
type AssetSeal = authbind.IAuthorityRegistryAssetSeal

// Asset is a registered sealed asset's record (owner zero if not registered).
type Asset = authbind.IAuthorityRegistryAsset

// RegisterAsset registers the sealed asset id with the signer as owner; the
// registry reverts Authority_AssetIdMismatch unless seal hashes to id on this
// chain with the holders' registered keys.
func (r *Registry) RegisterAsset(ctx context.Context, opts *bind.TransactOpts, id common.Hash, seal AssetSeal) (*types.Receipt, error) {
	return r.transact(ctx, opts, "register asset "+id.Hex(), binding.PackRegisterAsset(id, seal))
}

// TransferAsset hands the record of id over to to (owner only).
func (r *Registry) TransferAsset(ctx context.Context, opts *bind.TransactOpts, id common.Hash, to common.Address) (*types.Receipt, error) {
	return r.transact(ctx, opts, "transfer asset "+id.Hex(), binding.PackTransferAsset(id, to))
}

// RetireAsset retires id (owner only, irreversible): holders stop releasing it.
func (r *Registry) RetireAsset(ctx context.Context, opts *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return r.transact(ctx, opts, "retire asset "+id.Hex(), binding.PackRetireAsset(id))
}

// Asset reads the record of id (Owner zero if not registered).
func (r *Registry) Asset(ctx context.Context, id common.Hash) (Asset, error) {
	return call(ctx, r.b, r.addr, "asset "+id.Hex(), binding.PackAsset(id), binding.UnpackAsset)
}

// ComputeAssetID asks the registry which asset id seal describes.
func (r *Registry) ComputeAssetID(ctx context.Context, seal AssetSeal) (common.Hash, error) {
	id, err := call(ctx, r.b, r.addr, "computeAssetId", binding.PackComputeAssetId(seal), binding.UnpackComputeAssetId)
	return common.Hash(id), err
}
