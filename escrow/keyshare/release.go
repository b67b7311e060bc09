package keyshare

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

const (
	// ReleaseVersion is the release format this package writes and reads.
	ReleaseVersion = 1
	// MaxReleaseSize bounds a release read from outside.
	MaxReleaseSize = 16 << 10
	// MaxRequestSize bounds a release request read from outside.
	MaxRequestSize = 4 << 10

	// EIP712Name and EIP712Version name the signing domain of releases; the
	// domain's chainId is the asset's and its verifyingContract is the LAT
	// token that recorded the grant.
	EIP712Name    = "DIP KeyShare"
	EIP712Version = "1"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	releaseTypeHash = crypto.Keccak256Hash([]byte("ShareRelease(bytes32 assetId,bytes32 grantId,address buyer,uint8 index,bytes32 shareHash)"))
)

// ReleaseRequest asks a holder to release its share of an asset to the
// holder of a grant.
type ReleaseRequest struct {
	GrantID common.Hash `json:"grantId"`
	AssetID common.Hash `json:"assetId"`
	// BuyerPublicKey is the grant holder's secp256k1 public key (65 bytes
	// uncompressed or 33 compressed); its address must be the grant's holder.
	BuyerPublicKey hexutil.Bytes `json:"buyerPubKey"`
	// Token optionally names the LAT that recorded the grant; when absent the
	// holder looks in every token the manifest accepts.
	Token *common.Address `json:"token,omitempty"`
}

// Buyer parses the buyer's public key.
func (r *ReleaseRequest) Buyer() (*ecdsa.PublicKey, error) {
	return ParsePublicKey(r.BuyerPublicKey)
}

// DecodeReleaseRequest reads one request (at most MaxRequestSize bytes, no
// unknown fields) and checks its fields.
func DecodeReleaseRequest(r io.Reader) (*ReleaseRequest, error) {
	req := new(ReleaseRequest)
	if err := decodeStrict(r, MaxRequestSize, req); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	if req.GrantID == (common.Hash{}) || req.AssetID == (common.Hash{}) {
		return nil, fmt.Errorf("%w: grant id and asset id must not be zero", ErrBadRequest)
	}
	if _, err := req.Buyer(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	return req, nil
}

// ParsePublicKey parses a secp256k1 public key, uncompressed (65 bytes) or
// compressed (33 bytes).
func ParsePublicKey(b []byte) (*ecdsa.PublicKey, error) {
	var (
		pub *ecdsa.PublicKey
		err error
	)
	switch len(b) {
	case 65:
		pub, err = crypto.UnmarshalPubkey(b)
	case 33:
		pub, err = crypto.DecompressPubkey(b)
	default:
		return nil, fmt.Errorf("%w: %d bytes, want 65 (uncompressed) or 33 (compressed)", ErrBadPublicKey, len(b))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: not a secp256k1 point", ErrBadPublicKey)
	}
	return pub, nil
}

// Release is a holder's share, re-encrypted to one buyer for one grant and
// signed by the holder.
type Release struct {
	Version int            `json:"version"`
	ChainID uint64         `json:"chainId"`
	Token   common.Address `json:"token"`
	GrantID common.Hash    `json:"grantId"`
	AssetID common.Hash    `json:"assetId"`
	Buyer   common.Address `json:"buyer"`
	// Index is the holder's slot in the manifest.
	Index  uint8          `json:"index"`
	Holder common.Address `json:"holder"`
	// EncryptedShare is ECIES(buyer, version | x | salt | y) bound to the
	// release context (chain, token, grant, asset, buyer, index).
	EncryptedShare hexutil.Bytes `json:"encryptedShare"`
	// Signature is the holder's EIP-712 signature (r | s | v, v in {27, 28})
	// of ShareRelease(assetId, grantId, buyer, index, keccak256(encryptedShare)).
	Signature hexutil.Bytes `json:"signature"`
}

// Key identifies a release in a log: one per (asset, grant, slot).
func (r *Release) Key() ReleaseKey {
	return ReleaseKey{AssetID: r.AssetID, GrantID: r.GrantID, Index: r.Index}
}

// ReleaseKey identifies a release.
type ReleaseKey struct {
	AssetID common.Hash
	GrantID common.Hash
	Index   uint8
}

// check validates the release's structure (not its signature).
func (r *Release) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadRelease, fmt.Sprintf(format, args...))
	}
	switch {
	case r.Version != ReleaseVersion:
		return bad("unsupported version %d", r.Version)
	case r.ChainID == 0 || r.Token == (common.Address{}) || r.Buyer == (common.Address{}) || r.Holder == (common.Address{}):
		return bad("chain id, token, buyer and holder must not be zero")
	case r.GrantID == (common.Hash{}) || r.AssetID == (common.Hash{}):
		return bad("grant id and asset id must not be zero")
	case r.Index == 0:
		return bad("index must not be zero")
	case len(r.EncryptedShare) != EncryptedShareSize:
		return bad("encrypted share is %d bytes, want %d", len(r.EncryptedShare), EncryptedShareSize)
	case len(r.Signature) != crypto.SignatureLength:
		return bad("signature is %d bytes, want %d", len(r.Signature), crypto.SignatureLength)
	}
	return nil
}

// DecodeRelease reads one release (at most MaxReleaseSize bytes, no unknown
// fields) and checks its structure; VerifyRelease checks the rest.
func DecodeRelease(r io.Reader) (*Release, error) {
	rel := new(Release)
	if err := decodeStrict(r, MaxReleaseSize, rel); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRelease, err)
	}
	if err := rel.check(); err != nil {
		return nil, err
	}
	return rel, nil
}

// DomainSeparator is the EIP-712 domain separator of releases for grants of
// token on chainID.
func DomainSeparator(chainID uint64, token common.Address) common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(EIP712Name)),
		crypto.Keccak256([]byte(EIP712Version)),
		word(chainID),
		addrWord(token),
	)
}

// Digest is the EIP-712 hash the holder signs.
func (r *Release) Digest() common.Hash {
	structHash := crypto.Keccak256(
		releaseTypeHash[:],
		r.AssetID[:],
		r.GrantID[:],
		addrWord(r.Buyer),
		word(uint64(r.Index)),
		crypto.Keccak256(r.EncryptedShare),
	)
	sep := DomainSeparator(r.ChainID, r.Token)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash)
}

// context is the ECIES MAC context of the share encrypted to the buyer:
// keccak256(abi.encode(tagRelease, chainId, token, grantId, assetId, buyer, index)).
func (r *Release) context() []byte {
	return crypto.Keccak256(tagRelease[:], word(r.ChainID), addrWord(r.Token), r.GrantID[:], r.AssetID[:], addrWord(r.Buyer), word(uint64(r.Index)))
}

// sign fills in the signature and checks that it recovers to the signer's
// address, so a misconfigured signer is caught before anything is released.
func (r *Release) sign(ctx context.Context, s ReleaseSigner) error {
	sig, err := s.SignTypedDataHash(ctx, r.Digest())
	if err != nil {
		return fmt.Errorf("keyshare: sign release: %w", err)
	}
	r.Signature = sig
	got, err := r.Signer()
	if err != nil {
		return fmt.Errorf("keyshare: signer returned an unusable signature: %w", err)
	}
	if got != s.Address() {
		return fmt.Errorf("keyshare: signer for %s produced a signature of %s", s.Address().Hex(), got.Hex())
	}
	return nil
}

// Signer recovers the address that signed the release; it rejects malleable
// (high-s) signatures.
func (r *Release) Signer() (common.Address, error) {
	if len(r.Signature) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: signature is %d bytes", ErrBadSignature, len(r.Signature))
	}
	sig := bytes.Clone(r.Signature)
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, fmt.Errorf("%w: v must be 27 or 28", ErrBadSignature)
	}
	sig[64] -= 27
	// homestead=true rejects s above n/2, the malleable twin of every signature.
	if !crypto.ValidateSignatureValues(sig[64], new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), true) {
		return common.Address{}, fmt.Errorf("%w: invalid signature values", ErrBadSignature)
	}
	d := r.Digest()
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: cannot recover signer", ErrBadSignature)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Expect names the release a buyer is waiting for. Zero fields are not checked.
type Expect struct {
	GrantID common.Hash
	Token   common.Address
}

// VerifyRelease checks a release against the manifest, the expected grant
// and the buyer's key, and returns the share it carries. It checks, in
// order: structure; that chain, asset, token, grant and buyer are the ones
// expected (else ErrReplayedRelease); that the slot exists and the signer is
// that slot's holder (ErrBadSignature); that the share decrypts under the
// buyer's key with this release's context (ErrShareDecrypt); and that it
// matches the slot's commitment (ErrCommitmentMismatch).
func VerifyRelease(m *Manifest, r *Release, want Expect, buyerKey *ecdsa.PrivateKey) (Share, error) {
	if err := r.check(); err != nil {
		return Share{}, err
	}
	buyer := crypto.PubkeyToAddress(buyerKey.PublicKey)
	switch {
	case r.ChainID != m.ChainID || r.AssetID != m.AssetID:
		return Share{}, fmt.Errorf("%w: release is for asset %s on chain %d", ErrReplayedRelease, r.AssetID.Hex(), r.ChainID)
	case !m.AcceptsToken(r.Token) || (want.Token != (common.Address{}) && r.Token != want.Token):
		return Share{}, fmt.Errorf("%w: release names token %s", ErrReplayedRelease, r.Token.Hex())
	case want.GrantID != (common.Hash{}) && r.GrantID != want.GrantID:
		return Share{}, fmt.Errorf("%w: release is for grant %s, not %s", ErrReplayedRelease, r.GrantID.Hex(), want.GrantID.Hex())
	case r.Buyer != buyer:
		return Share{}, fmt.Errorf("%w: release is for buyer %s, not %s", ErrReplayedRelease, r.Buyer.Hex(), buyer.Hex())
	}
	slot, ok := m.Holder(r.Index)
	if !ok {
		return Share{}, fmt.Errorf("%w: no holder slot %d", ErrBadRelease, r.Index)
	}
	signer, err := r.Signer()
	if err != nil {
		return Share{}, err
	}
	if signer != slot.Address || r.Holder != slot.Address {
		return Share{}, fmt.Errorf("%w: slot %d belongs to %s; release names %s and is signed by %s", ErrBadSignature, r.Index, slot.Address.Hex(), r.Holder.Hex(), signer.Hex())
	}
	plain, err := ecies.ImportECDSA(buyerKey).Decrypt(r.EncryptedShare, eciesReleaseInfo, r.context())
	if err != nil {
		return Share{}, fmt.Errorf("%w: released share of slot %d does not decrypt under the buyer's key for this grant", ErrShareDecrypt, r.Index)
	}
	defer clear(plain)
	p, err := parseSharePayload(plain)
	if err != nil {
		return Share{}, err
	}
	defer p.wipe()
	if p.x != r.Index || commitShare(p.x, p.salt[:], p.y[:]) != slot.Commitment {
		return Share{}, fmt.Errorf("%w: slot %d (holder %s)", ErrCommitmentMismatch, r.Index, slot.Address.Hex())
	}
	return Share{X: p.x, Y: bytes.Clone(p.y[:])}, nil
}

// newRelease decrypts the holder's share of slot and re-encrypts it to the
// buyer for the grant, then signs. The caller has checked the grant.
func newRelease(ctx context.Context, m *Manifest, slot *HolderShare, shareKey *ecdsa.PrivateKey, signer ReleaseSigner, chainID uint64, token common.Address, grantID common.Hash, buyer *ecdsa.PublicKey, rnd io.Reader) (*Release, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	plain, err := ecies.ImportECDSA(shareKey).Decrypt(slot.EncryptedShare, eciesSealInfo, m.shareContext(slot.Index))
	if err != nil {
		return nil, fmt.Errorf("%w: the manifest's share for slot %d does not decrypt under this holder's key (tampered share or wrong key)", ErrShareDecrypt, slot.Index)
	}
	defer clear(plain)
	p, err := parseSharePayload(plain)
	if err != nil {
		return nil, err
	}
	defer p.wipe()
	if p.x != slot.Index || commitShare(p.x, p.salt[:], p.y[:]) != slot.Commitment {
		return nil, fmt.Errorf("%w: the manifest's share for slot %d does not match its commitment", ErrCommitmentMismatch, slot.Index)
	}
	r := &Release{
		Version: ReleaseVersion, ChainID: chainID, Token: token, GrantID: grantID, AssetID: m.AssetID,
		Buyer: crypto.PubkeyToAddress(*buyer), Index: slot.Index, Holder: slot.Address,
	}
	r.EncryptedShare, err = ecies.Encrypt(rnd, ecies.ImportECDSAPublic(buyer), plain, eciesReleaseInfo, r.context())
	if err != nil {
		return nil, fmt.Errorf("keyshare: encrypt share to buyer: %w", err)
	}
	if err := r.sign(ctx, signer); err != nil {
		return nil, err
	}
	return r, nil
}
