package keyshare

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"hash"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// HolderKey is an authority node that will hold one share: the address that
// signs its releases and the public key its share is encrypted to (the same
// key, unless the authority registered a separate encryption key).
type HolderKey struct {
	Address   common.Address
	PublicKey *ecdsa.PublicKey
}

// HolderKeyOf returns the holder key of an authority that uses one key for both.
func HolderKeyOf(pub *ecdsa.PublicKey) HolderKey {
	return HolderKey{Address: crypto.PubkeyToAddress(*pub), PublicKey: pub}
}

// SealParams are the settings of a sealed asset.
type SealParams struct {
	// ChainID and Tokens say whose LAT grants unlock the asset.
	ChainID uint64
	Tokens  []common.Address
	// Tier is the lowest accepted LAT tier (1..MaxTier).
	Tier uint8
	// Threshold is t, the shares needed to rebuild the key (1..len(Holders)).
	Threshold int
	// Holders receive one share each, in slot order.
	Holders []HolderKey
	// ChunkSize is the plaintext chunk size (DefaultChunkSize when zero).
	ChunkSize int
	// Rand is the randomness source (crypto/rand when nil).
	Rand io.Reader
}

// Check validates the parameters before anything is sealed.
func (p SealParams) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadParams, fmt.Sprintf(format, args...))
	}
	switch {
	case p.ChainID == 0:
		return bad("chain id must not be zero")
	case len(p.Tokens) == 0 || len(p.Tokens) > MaxTokens:
		return bad("%d accepted tokens, want 1..%d", len(p.Tokens), MaxTokens)
	case p.Tier < 1 || p.Tier > MaxTier:
		return bad("tier %d out of range 1..%d", p.Tier, MaxTier)
	case len(p.Holders) == 0 || len(p.Holders) > MaxShares:
		return bad("%d holders, want 1..%d", len(p.Holders), MaxShares)
	case p.Threshold < 1 || p.Threshold > len(p.Holders):
		return bad("threshold %d out of range 1..%d (the number of holders)", p.Threshold, len(p.Holders))
	case p.ChunkSize != 0 && (p.ChunkSize < 1 || p.ChunkSize > MaxChunkSize):
		return bad("chunk size %d out of range 1..%d", p.ChunkSize, MaxChunkSize)
	}
	seenTok := map[common.Address]bool{}
	for _, t := range p.Tokens {
		if t == (common.Address{}) || seenTok[t] {
			return bad("token %s is zero or repeated", t.Hex())
		}
		seenTok[t] = true
	}
	seenAddr, seenKey := map[common.Address]bool{}, map[string]bool{}
	for i, h := range p.Holders {
		if h.PublicKey == nil || h.PublicKey.Curve != crypto.S256() || !h.PublicKey.Curve.IsOnCurve(h.PublicKey.X, h.PublicKey.Y) {
			return bad("holder %d: public key is not a secp256k1 point", i+1)
		}
		k := string(crypto.FromECDSAPub(h.PublicKey))
		if h.Address == (common.Address{}) || seenAddr[h.Address] || seenKey[k] {
			return bad("holder %d: address or public key is zero or repeated (one share per holder)", i+1)
		}
		seenAddr[h.Address], seenKey[k] = true, true
	}
	return nil
}

// Seal encrypts src into dst under a fresh data key, splits the key t-of-n,
// encrypts each share to its holder and returns the manifest. The data key
// and the plaintext shares exist only in memory and are wiped before Seal
// returns (best effort: Go may have copied them).
func Seal(ctx context.Context, dst io.Writer, src io.Reader, p SealParams) (*Manifest, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	rnd := p.Rand
	if rnd == nil {
		rnd = rand.Reader
	}
	chunk := p.ChunkSize
	if chunk == 0 {
		chunk = DefaultChunkSize
	}
	key := make([]byte, KeySize)
	defer clear(key)
	if _, err := io.ReadFull(rnd, key); err != nil {
		return nil, fmt.Errorf("keyshare: read randomness: %w", err)
	}

	h := sha256.New()
	cw := &countingWriter{w: io.MultiWriter(dst, h)}
	sw, err := NewSealWriter(cw, key, chunk)
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(sw, &ctxReader{ctx: ctx, r: src}); err != nil {
		return nil, fmt.Errorf("keyshare: seal: %w", err)
	}
	if err := sw.Close(); err != nil {
		return nil, err
	}

	m := &Manifest{
		Version:   ManifestVersion,
		ChainID:   p.ChainID,
		Tokens:    append([]common.Address(nil), p.Tokens...),
		Tier:      p.Tier,
		Threshold: p.Threshold,
		Shares:    len(p.Holders),
		Cipher: CipherInfo{
			Suite: SuiteAESGCMStream, ChunkSize: uint32(chunk), Size: cw.n, SHA256: common.BytesToHash(h.Sum(nil)),
		},
		KeyCommitment: commitKey(key),
		Holders:       make([]HolderShare, len(p.Holders)),
	}
	shares, err := Split(key, len(p.Holders), p.Threshold, rnd)
	if err != nil {
		return nil, err
	}
	payloads := make([]sharePayload, len(shares))
	defer func() {
		for i := range payloads {
			payloads[i].wipe()
		}
		for _, s := range shares {
			clear(s.Y)
		}
	}()
	for i, s := range shares {
		pl := &payloads[i]
		pl.x = s.X
		copy(pl.y[:], s.Y)
		if _, err := io.ReadFull(rnd, pl.salt[:]); err != nil {
			return nil, fmt.Errorf("keyshare: read randomness: %w", err)
		}
		m.Holders[i] = HolderShare{
			Index:      s.X,
			Address:    p.Holders[i].Address,
			PublicKey:  crypto.FromECDSAPub(p.Holders[i].PublicKey),
			Commitment: commitShare(s.X, pl.salt[:], pl.y[:]),
		}
	}
	params := m.ParamsHash()
	for i := range m.Holders {
		plain := payloads[i].marshal()
		ct, err := ecies.Encrypt(rnd, ecies.ImportECDSAPublic(p.Holders[i].PublicKey), plain, eciesSealInfo, append(params.Bytes(), m.Holders[i].Index))
		clear(plain)
		if err != nil {
			return nil, fmt.Errorf("keyshare: encrypt share %d: %w", i+1, err)
		}
		m.Holders[i].EncryptedShare = ct
	}
	m.AssetID = m.ComputeAssetID()
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("keyshare: sealed manifest does not validate (bug): %w", err)
	}
	return m, nil
}

// CheckKey reports whether key is the asset's data key.
func (m *Manifest) CheckKey(key []byte) error {
	want := m.KeyCommitment
	got := commitKey(key)
	if len(key) != KeySize || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		return ErrWrongKey
	}
	return nil
}

// Open decrypts the asset's ciphertext from src into dst with key. It checks
// the key against the manifest first, authenticates every chunk, and at the
// end checks the ciphertext's size and SHA-256 against the manifest. dst
// receives plaintext as it is authenticated chunk by chunk: when Open returns
// an error, discard everything written to dst.
func Open(m *Manifest, dst io.Writer, src io.Reader, key []byte) error {
	if err := m.CheckKey(key); err != nil {
		return err
	}
	h := sha256.New()
	cr := &countingReader{r: io.LimitReader(src, int64(m.Cipher.Size)+1), h: h}
	or, err := NewOpenReader(cr, key)
	if err != nil {
		return err
	}
	if or.ChunkSize() != int(m.Cipher.ChunkSize) {
		return fmt.Errorf("%w: stream chunk size %d, manifest says %d", ErrCiphertextHash, or.ChunkSize(), m.Cipher.ChunkSize)
	}
	if _, err := io.Copy(dst, or); err != nil {
		if errors.Is(err, ErrCiphertext) {
			return err
		}
		return fmt.Errorf("keyshare: open: %w", err)
	}
	if cr.n != m.Cipher.Size || common.BytesToHash(h.Sum(nil)) != m.Cipher.SHA256 {
		return fmt.Errorf("%w: got %d bytes, manifest says %d with sha256 %s", ErrCiphertextHash, cr.n, m.Cipher.Size, m.Cipher.SHA256.Hex())
	}
	return nil
}

type countingWriter struct {
	w io.Writer
	n uint64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += uint64(n)
	return n, err
}

type countingReader struct {
	r io.Reader
	h hash.Hash
	n uint64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.h.Write(p[:n])
	c.n += uint64(n)
	return n, err
}

// ctxReader stops reading when ctx ends, so sealing a large file can be cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
