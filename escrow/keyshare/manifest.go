package keyshare

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// ManifestVersion is the manifest format this package writes and reads.
	ManifestVersion = 1
	// SuiteAESGCMStream names the sealed stream format of stream.go.
	SuiteAESGCMStream = "aes-256-gcm-stream-v1"
	// MaxManifestSize bounds a manifest read from outside.
	MaxManifestSize = 1 << 20
	// MaxTokens bounds the accepted tokens of one asset.
	MaxTokens = 64
	// MaxTier is the highest LAT tier.
	MaxTier = 32
	// PublicKeySize is the size of an uncompressed secp256k1 public key (0x04 || X || Y).
	PublicKeySize = 65
	// sharePayloadSize is version | x | salt | y.
	sharePayloadSize = 1 + 1 + 32 + KeySize
	// EncryptedShareSize is the size of an ECIES-encrypted share payload:
	// ephemeral key (65) | IV (16) | payload | HMAC-SHA256 (32).
	EncryptedShareSize = PublicKeySize + 16 + sharePayloadSize + 32

	sharePayloadVersion = 1
)

// Domain-separation tags; each is keccak256 of its label (docs/keyshare.md).
var (
	tagParams     = crypto.Keccak256Hash([]byte("dip.keyshare.params.v1"))
	tagAsset      = crypto.Keccak256Hash([]byte("dip.keyshare.asset.v1"))
	tagCommitment = crypto.Keccak256Hash([]byte("dip.keyshare.commitment.v1"))
	tagKey        = crypto.Keccak256Hash([]byte("dip.keyshare.key.v1"))
	tagRelease    = crypto.Keccak256Hash([]byte("dip.keyshare.release.v1"))

	eciesSealInfo    = []byte("dip.keyshare.seal.v1")
	eciesReleaseInfo = []byte("dip.keyshare.release.v1")
)

// Manifest describes a sealed asset: where its key shares are and what they
// commit to. Every field is bound by AssetID (see ComputeAssetID), so a
// manifest is self-authenticating given its asset id.
type Manifest struct {
	Version int         `json:"version"`
	AssetID common.Hash `json:"assetId"`
	// ChainID is the chain whose LAT grants unlock the asset.
	ChainID uint64 `json:"chainId"`
	// Tokens are the LAT contracts whose grants are accepted.
	Tokens []common.Address `json:"tokens"`
	// Tier is the lowest LAT tier whose grants are accepted.
	Tier uint8 `json:"tier"`
	// Threshold is t: shares needed to rebuild the data key.
	Threshold int `json:"threshold"`
	// Shares is n, the number of holders; it equals len(Holders).
	Shares int        `json:"shares"`
	Cipher CipherInfo `json:"cipher"`
	// KeyCommitment is keccak256(tagKey || key): the data key is checked
	// before any ciphertext is read, and AES-GCM (not key-committing by
	// itself) cannot be opened under a second key.
	KeyCommitment common.Hash   `json:"keyCommitment"`
	Holders       []HolderShare `json:"holders"`
}

// CipherInfo describes the sealed stream.
type CipherInfo struct {
	Suite     string      `json:"suite"`
	ChunkSize uint32      `json:"chunkSize"`
	Size      uint64      `json:"size"`
	SHA256    common.Hash `json:"sha256"`
}

// HolderShare is one holder's slot.
type HolderShare struct {
	// Index is the slot (1..n) and the share's Shamir x coordinate.
	Index uint8 `json:"index"`
	// Address signs releases.
	Address common.Address `json:"address"`
	// PublicKey (uncompressed, 65 bytes) decrypts EncryptedShare.
	PublicKey hexutil.Bytes `json:"publicKey"`
	// Commitment is keccak256(tagCommitment || index || salt || y): the
	// buyer checks the released share against it.
	Commitment common.Hash `json:"commitment"`
	// EncryptedShare is ECIES(PublicKey, version | x | salt | y), bound to
	// the parameters hash and the index.
	EncryptedShare hexutil.Bytes `json:"encryptedShare"`
}

// word returns v as a 32-byte big-endian word, like abi.encode of a uint.
func word(v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w[:]
}

func addrWord(a common.Address) []byte { return common.LeftPadBytes(a.Bytes(), 32) }

// holdersHash commits to the holder slots without their encrypted shares:
// keccak256 of the concatenated leaves
// keccak256(abi.encode(uint8 index, address, keccak256(publicKey), commitment)).
func (m *Manifest) holdersHash() common.Hash {
	var leaves []byte
	for _, h := range m.Holders {
		leaf := crypto.Keccak256(word(uint64(h.Index)), addrWord(h.Address), crypto.Keccak256(h.PublicKey), h.Commitment[:])
		leaves = append(leaves, leaf...)
	}
	return crypto.Keccak256Hash(leaves)
}

// ParamsHash is everything but the encrypted shares:
//
//	keccak256(abi.encode(tagParams, uint8 version, uint256 chainId,
//	  keccak256(abi.encodePacked(address[] tokens)), uint8 tier,
//	  uint8 threshold, uint8 shares, keccak256(suite), uint32 chunkSize,
//	  uint64 size, bytes32 sha256, bytes32 keyCommitment, bytes32 holdersHash))
//
// Each share is encrypted with this hash (and its index) as authenticated
// context, so a share cannot be moved into a manifest with other parameters.
func (m *Manifest) ParamsHash() common.Hash {
	var tokens []byte
	for _, t := range m.Tokens {
		tokens = append(tokens, addrWord(t)...)
	}
	return crypto.Keccak256Hash(
		tagParams[:],
		word(uint64(m.Version)),
		word(m.ChainID),
		crypto.Keccak256(tokens),
		word(uint64(m.Tier)),
		word(uint64(m.Threshold)),
		word(uint64(m.Shares)),
		crypto.Keccak256([]byte(m.Cipher.Suite)),
		word(uint64(m.Cipher.ChunkSize)),
		word(m.Cipher.Size),
		m.Cipher.SHA256[:],
		m.KeyCommitment[:],
		m.holdersHash().Bytes(),
	)
}

// ComputeAssetID returns
//
//	keccak256(abi.encode(tagAsset, paramsHash,
//	  keccak256(abi.encodePacked(keccak256(encryptedShare_1), ..., keccak256(encryptedShare_n)))))
//
// which the seal writes into AssetID and Validate checks.
func (m *Manifest) ComputeAssetID() common.Hash {
	var shares []byte
	for _, h := range m.Holders {
		shares = append(shares, crypto.Keccak256(h.EncryptedShare)...)
	}
	return crypto.Keccak256Hash(tagAsset[:], m.ParamsHash().Bytes(), crypto.Keccak256(shares))
}

// shareContext is the ECIES MAC context of slot index's encrypted share.
func (m *Manifest) shareContext(index uint8) []byte {
	return append(m.ParamsHash().Bytes(), index)
}

// Holder returns the slot with the given index.
func (m *Manifest) Holder(index uint8) (*HolderShare, bool) {
	if index == 0 || int(index) > len(m.Holders) {
		return nil, false
	}
	return &m.Holders[index-1], true
}

// HolderByPublicKey returns the slot whose public key is pub.
func (m *Manifest) HolderByPublicKey(pub *ecdsa.PublicKey) (*HolderShare, bool) {
	enc := crypto.FromECDSAPub(pub)
	for i := range m.Holders {
		if bytes.Equal(m.Holders[i].PublicKey, enc) {
			return &m.Holders[i], true
		}
	}
	return nil, false
}

// AcceptsToken reports whether grants of token unlock the asset.
func (m *Manifest) AcceptsToken(token common.Address) bool {
	for _, t := range m.Tokens {
		if t == token {
			return true
		}
	}
	return false
}

// PlaintextSize returns the size of the asset's plaintext.
func (m *Manifest) PlaintextSize() (uint64, error) {
	return PlaintextSize(m.Cipher.Size, int(m.Cipher.ChunkSize))
}

// Validate checks the manifest's structure and that AssetID matches its
// contents. It does not need any key.
func (m *Manifest) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadManifest, fmt.Sprintf(format, args...))
	}
	switch {
	case m.Version != ManifestVersion:
		return bad("unsupported version %d (want %d)", m.Version, ManifestVersion)
	case m.ChainID == 0:
		return bad("chain id is zero")
	case len(m.Tokens) == 0 || len(m.Tokens) > MaxTokens:
		return bad("%d accepted tokens, want 1..%d", len(m.Tokens), MaxTokens)
	case m.Tier < 1 || m.Tier > MaxTier:
		return bad("tier %d out of range 1..%d", m.Tier, MaxTier)
	case len(m.Holders) == 0 || len(m.Holders) > MaxShares:
		return bad("%d holders, want 1..%d", len(m.Holders), MaxShares)
	case m.Shares != len(m.Holders):
		return bad("shares is %d but %d holders are listed", m.Shares, len(m.Holders))
	case m.Threshold < 1 || m.Threshold > m.Shares:
		return bad("threshold %d out of range 1..%d", m.Threshold, m.Shares)
	case m.Cipher.Suite != SuiteAESGCMStream:
		return bad("unsupported cipher suite %q", m.Cipher.Suite)
	case m.Cipher.ChunkSize == 0 || m.Cipher.ChunkSize > MaxChunkSize:
		return bad("chunk size %d out of range 1..%d", m.Cipher.ChunkSize, MaxChunkSize)
	case m.KeyCommitment == (common.Hash{}):
		return bad("key commitment is zero")
	}
	if _, err := m.PlaintextSize(); err != nil {
		return bad("ciphertext size %d is impossible for chunk size %d", m.Cipher.Size, m.Cipher.ChunkSize)
	}
	tokens := make(map[common.Address]bool, len(m.Tokens))
	for _, t := range m.Tokens {
		if t == (common.Address{}) || tokens[t] {
			return bad("token %s is zero or repeated", t.Hex())
		}
		tokens[t] = true
	}
	addrs := make(map[common.Address]bool, len(m.Holders))
	keys := make(map[string]bool, len(m.Holders))
	for i, h := range m.Holders {
		switch {
		case int(h.Index) != i+1:
			return bad("holder %d has index %d; slots must be listed in order 1..n", i+1, h.Index)
		case h.Address == (common.Address{}) || addrs[h.Address]:
			return bad("holder %d: address %s is zero or repeated", h.Index, h.Address.Hex())
		case len(h.PublicKey) != PublicKeySize || keys[string(h.PublicKey)]:
			return bad("holder %d: public key is not 65 bytes or is repeated", h.Index)
		case h.Commitment == (common.Hash{}):
			return bad("holder %d: commitment is zero", h.Index)
		case len(h.EncryptedShare) != EncryptedShareSize:
			return bad("holder %d: encrypted share is %d bytes, want %d", h.Index, len(h.EncryptedShare), EncryptedShareSize)
		}
		if _, err := crypto.UnmarshalPubkey(h.PublicKey); err != nil {
			return bad("holder %d: public key is not on secp256k1", h.Index)
		}
		addrs[h.Address], keys[string(h.PublicKey)] = true, true
	}
	if id := m.ComputeAssetID(); id != m.AssetID {
		return bad("asset id %s does not match the contents (%s): the manifest was altered", m.AssetID.Hex(), id.Hex())
	}
	return nil
}

// Encode returns the manifest as indented JSON with a trailing newline.
func (m *Manifest) Encode() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("keyshare: encode manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// DecodeManifest reads one manifest (at most MaxManifestSize bytes, no
// unknown fields, nothing after it) and validates it.
func DecodeManifest(r io.Reader) (*Manifest, error) {
	m := new(Manifest)
	if err := decodeStrict(r, MaxManifestSize, m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadManifest, err)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

var errTooLarge = errors.New("input too large")

// decodeStrict decodes exactly one JSON value of at most limit bytes into v.
func decodeStrict(r io.Reader, limit int64, v any) error {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > limit {
		return fmt.Errorf("%w (limit %d bytes)", errTooLarge, limit)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// commitShare returns the commitment to share y of slot index with salt.
func commitShare(index uint8, salt, y []byte) common.Hash {
	return crypto.Keccak256Hash(tagCommitment[:], word(uint64(index)), salt, y)
}

// commitKey returns the key commitment.
func commitKey(key []byte) common.Hash { return crypto.Keccak256Hash(tagKey[:], key) }

// sharePayload is the plaintext of an encrypted share.
type sharePayload struct {
	x    byte
	salt [32]byte
	y    [KeySize]byte
}

func (p *sharePayload) marshal() []byte {
	b := make([]byte, 0, sharePayloadSize)
	b = append(b, sharePayloadVersion, p.x)
	b = append(b, p.salt[:]...)
	return append(b, p.y[:]...)
}

func (p *sharePayload) wipe() { clear(p.y[:]) }

func parseSharePayload(b []byte) (*sharePayload, error) {
	if len(b) != sharePayloadSize || b[0] != sharePayloadVersion {
		return nil, fmt.Errorf("%w: share payload has the wrong size or version", ErrShareDecrypt)
	}
	p := &sharePayload{x: b[1]}
	copy(p.salt[:], b[2:34])
	copy(p.y[:], b[34:])
	return p, nil
}
