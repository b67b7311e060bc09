package keyshare

import "errors"

var (
	// ErrBadParams is returned when sealing parameters are out of range.
	ErrBadParams = errors.New("keyshare: bad parameters")
	// ErrBadManifest is returned when a manifest is malformed or its asset id
	// does not match its contents.
	ErrBadManifest = errors.New("keyshare: bad manifest")
	// ErrBadRelease is returned when a release is malformed.
	ErrBadRelease = errors.New("keyshare: bad release")
	// ErrBadRequest is returned when a release request is malformed.
	ErrBadRequest = errors.New("keyshare: bad release request")
	// ErrBadPublicKey is returned when a public key is not a valid secp256k1 point.
	ErrBadPublicKey = errors.New("keyshare: bad public key")

	// ErrBadShares is returned when shares cannot be combined (none, mixed
	// lengths, zero or repeated x coordinates).
	ErrBadShares = errors.New("keyshare: bad shares")
	// ErrWrongKey is returned when a data key does not match the manifest's
	// key commitment.
	ErrWrongKey = errors.New("keyshare: data key does not match the manifest's key commitment")
	// ErrCiphertext is returned when a sealed stream is malformed, truncated,
	// reordered, extended or fails authentication.
	ErrCiphertext = errors.New("keyshare: ciphertext rejected")
	// ErrCiphertextHash is returned when a ciphertext that decrypted is not
	// the one the manifest names (hash or size differ).
	ErrCiphertextHash = errors.New("keyshare: ciphertext does not match the manifest")

	// ErrUnknownAsset is returned when a holder has no manifest for an asset id.
	ErrUnknownAsset = errors.New("keyshare: unknown asset")
	// ErrNotAHolder is returned when a key holds no share of the asset.
	ErrNotAHolder = errors.New("keyshare: this key holds no share of the asset")
	// ErrUnknownGrant is returned when no accepted token recorded the grant id.
	ErrUnknownGrant = errors.New("keyshare: unknown grant")
	// ErrGrantUnconfirmed is returned when a grant is not yet deep enough in
	// the chain; retry later.
	ErrGrantUnconfirmed = errors.New("keyshare: grant not yet confirmed")
	// ErrWrongChain is returned when the grant reader is on another chain than the manifest.
	ErrWrongChain = errors.New("keyshare: grant reader is on another chain than the asset")
	// ErrTokenNotAccepted is returned when a grant comes from a token the manifest does not accept.
	ErrTokenNotAccepted = errors.New("keyshare: token not accepted for this asset")
	// ErrGrantAssetMismatch is returned when a grant was issued for another asset.
	ErrGrantAssetMismatch = errors.New("keyshare: grant is for another asset")
	// ErrNotGrantHolder is returned when the requesting key is not the grant's holder.
	ErrNotGrantHolder = errors.New("keyshare: requester is not the grant's holder")
	// ErrAssetNotRegistered is returned, when the holder checks an
	// AuthorityRegistry, for an asset with no on-chain record.
	ErrAssetNotRegistered = errors.New("keyshare: asset not registered on chain")
	// ErrAssetRetired is returned for an asset its owner retired on chain.
	ErrAssetRetired = errors.New("keyshare: asset retired on chain")
	// ErrAssetRecordMismatch is returned when the on-chain record of an asset
	// does not describe the manifest (commitment, tier, threshold, tokens or
	// holders differ), or does not list this holder in its slot.
	ErrAssetRecordMismatch = errors.New("keyshare: on-chain asset record does not match the manifest")
	// ErrHolderKeyMismatch is returned before registering an asset when a
	// slot's address registered no key, or another key than the slot's, in
	// the AuthorityRegistry.
	ErrHolderKeyMismatch = errors.New("keyshare: holder's registered key is not the slot's key")
	// ErrTierTooLow is returned when the grant's tier is below the asset's tier.
	ErrTierTooLow = errors.New("keyshare: grant tier below the asset's tier")

	// ErrShareDecrypt is returned when an encrypted share does not decrypt
	// under the expected key and binding (wrong key, tampered share, or a share
	// moved to another asset, slot, grant or buyer).
	ErrShareDecrypt = errors.New("keyshare: share does not decrypt")
	// ErrBadSignature is returned when a release's signature is not the holder's.
	ErrBadSignature = errors.New("keyshare: release signature is not the holder's")
	// ErrReplayedRelease is returned when a release was issued for another
	// grant, buyer, asset, token or chain than the one being fetched.
	ErrReplayedRelease = errors.New("keyshare: release was issued for another grant or buyer")
	// ErrCommitmentMismatch is returned when a released share does not match
	// the manifest's commitment for its slot.
	ErrCommitmentMismatch = errors.New("keyshare: released share does not match its commitment")
	// ErrDuplicateShare is returned when two sources deliver the same slot's share.
	ErrDuplicateShare = errors.New("keyshare: duplicate share")
	// ErrNotEnoughShares is returned (inside a *ShortfallError) when fewer
	// than the threshold of valid shares were collected.
	ErrNotEnoughShares = errors.New("keyshare: not enough valid shares")
	// ErrHolderUnavailable is returned by a share source that could not reach its holder.
	ErrHolderUnavailable = errors.New("keyshare: holder unavailable")
)
