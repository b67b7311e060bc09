package dipmsg

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// secp256k1HalfN is n/2: OpenZeppelin's ECDSA rejects signatures with a larger s.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Signature is a 65-byte secp256k1 signature as the contracts take it.
type Signature struct {
	R [32]byte
	S [32]byte
	V uint8
}

// SignatureFromBytes parses r || s || v (65 bytes). It accepts v in {0, 1}
// and normalizes it to {27, 28}; it does not check the signature otherwise.
func SignatureFromBytes(b []byte) (Signature, error) {
	var sig Signature
	if len(b) != 65 {
		return sig, fmt.Errorf("%w: %d bytes, want 65 (r || s || v)", ErrBadSignature, len(b))
	}
	copy(sig.R[:], b[:32])
	copy(sig.S[:], b[32:64])
	sig.V = b[64]
	if sig.V < 27 {
		sig.V += 27
	}
	return sig, nil
}

// Bytes returns r || s || v.
func (s Signature) Bytes() []byte {
	out := make([]byte, 65)
	copy(out, s.R[:])
	copy(out[32:], s.S[:])
	out[64] = s.V
	return out
}

// String returns the 0x-prefixed hex of r || s || v.
func (s Signature) String() string { return hexutil.Encode(s.Bytes()) }

// Recover returns the address that signed digest, with the contract's rules
// (OpenZeppelin ECDSA.tryRecover): v in {27, 28}, s in the lower half of the
// order, r and s non-zero and below the order.
func (s Signature) Recover(digest common.Hash) (common.Address, error) {
	if s.V != 27 && s.V != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrBadSignature, s.V)
	}
	r, sv := new(big.Int).SetBytes(s.R[:]), new(big.Int).SetBytes(s.S[:])
	if sv.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s is in the upper half of the curve order (malleable form)", ErrBadSignature)
	}
	if !crypto.ValidateSignatureValues(s.V-27, r, sv, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	raw := s.Bytes()
	raw[64] -= 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// TypedDataSigner signs EIP-712 digests, returning r || s || v with v in
// {27, 28}. relayer/signer.Signer and keyshare.ReleaseSigner satisfy it.
type TypedDataSigner interface {
	SignTypedDataHash(ctx context.Context, hash [32]byte) ([]byte, error)
}

// KeySigner is a TypedDataSigner over an in-memory private key.
type KeySigner struct{ Key *ecdsa.PrivateKey }

var _ TypedDataSigner = KeySigner{}

// SignTypedDataHash implements TypedDataSigner.
func (k KeySigner) SignTypedDataHash(_ context.Context, hash [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(hash[:], k.Key)
	if err != nil {
		return nil, fmt.Errorf("dipmsg: sign: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// Sign checks m, signs its digest under d with s, and checks that the
// signature recovers to m.Signer() (ErrWrongSigner otherwise), so a message
// signed by the wrong key never leaves the signer.
func Sign(ctx context.Context, s TypedDataSigner, d Domain, m Message) (Signature, error) {
	if err := m.Check(); err != nil {
		return Signature{}, err
	}
	digest := d.Digest(m)
	raw, err := s.SignTypedDataHash(ctx, digest)
	if err != nil {
		return Signature{}, fmt.Errorf("dipmsg: sign %s: %w", m.TypeName(), err)
	}
	sig, err := SignatureFromBytes(raw)
	if err != nil {
		return Signature{}, err
	}
	got, err := sig.Recover(digest)
	if err != nil {
		return Signature{}, err
	}
	if got != m.Signer() {
		return Signature{}, fmt.Errorf("%w: %s signed a %s of %s", ErrWrongSigner, got.Hex(), m.TypeName(), m.Signer().Hex())
	}
	return sig, nil
}

// SignWithKey is Sign with an in-memory key.
func SignWithKey(key *ecdsa.PrivateKey, d Domain, m Message) (Signature, error) {
	return Sign(context.Background(), KeySigner{Key: key}, d, m)
}

// Verify checks m and that sig is m.Signer()'s signature of m under d.
func Verify(d Domain, m Message, sig Signature) error {
	if err := m.Check(); err != nil {
		return err
	}
	got, err := sig.Recover(d.Digest(m))
	if err != nil {
		return fmt.Errorf("%s of %s: %w", m.TypeName(), m.Signer().Hex(), err)
	}
	if got != m.Signer() {
		return fmt.Errorf("%w: %s of %s recovers to %s", ErrBadSignature, m.TypeName(), m.Signer().Hex(), got.Hex())
	}
	return nil
}

// Signed is a message with its signature.
type Signed[M Message] struct {
	Message M
	Sig     Signature
}

// Verify checks the signature under d.
func (s Signed[M]) Verify(d Domain) error { return Verify(d, s.Message, s.Sig) }

// SignedBallot is a Ballot with the voter's signature.
type SignedBallot = Signed[*Ballot]

// SignedProposal is a Proposal with the author's signature.
type SignedProposal = Signed[*Proposal]

// SignedEvaluation is an Evaluation with the evaluator's signature.
type SignedEvaluation = Signed[*Evaluation]

// SignedPowBatch is a PowBatch with the miner's signature.
type SignedPowBatch = Signed[*PowBatch]

// SignMessage signs m and returns it with its signature.
func SignMessage[M Message](ctx context.Context, s TypedDataSigner, d Domain, m M) (Signed[M], error) {
	sig, err := Sign(ctx, s, d, m)
	if err != nil {
		return Signed[M]{}, err
	}
	return Signed[M]{Message: m, Sig: sig}, nil
}
