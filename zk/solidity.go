package zk

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	gsolidity "github.com/consensys/gnark/backend/solidity"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/sha3"
)

var (
	// ErrMalformedProof is returned when proof bytes cannot be decoded: wrong
	// length, a coordinate not below the field modulus, or a point not on its
	// curve or not in the prime-order subgroup.
	ErrMalformedProof = errors.New("zk: malformed proof")
	// ErrUnsupportedKey is returned for a verifying key that is not a BN254 Groth16 key.
	ErrUnsupportedKey = errors.New("zk: unsupported verifying key")
)

// ProofSize returns the length of a Solidity proof with c commitments:
// A, B, C (256 bytes), then 64 bytes per commitment and 64 for the folded
// proof of knowledge when c > 0.
func ProofSize(c int) int {
	if c == 0 {
		return 256
	}
	return 320 + 64*c
}

// SolidityProof returns gnark's MarshalSolidity bytes of a BN254 proof.
func SolidityProof(p groth16.Proof) ([]byte, error) {
	bp, ok := p.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("%w: proof is %T, not BN254", ErrMalformedProof, p)
	}
	return bp.MarshalSolidity(), nil
}

// DecodeSolidityProof parses MarshalSolidity bytes with c commitments back
// into a gnark proof, checking every point (on curve, in the subgroup).
// It never panics on malformed input.
func DecodeSolidityProof(b []byte, c int) (*groth16bn254.Proof, error) {
	if c < 0 || len(b) != ProofSize(c) {
		return nil, fmt.Errorf("%w: %d bytes, want %d for %d commitments", ErrMalformedProof, len(b), ProofSize(max(c, 0)), c)
	}
	p := &groth16bn254.Proof{}
	var err error
	if p.Ar, err = g1At(b, 0); err != nil {
		return nil, fmt.Errorf("%w: A: %w", ErrMalformedProof, err)
	}
	if p.Bs, err = g2At(b, 64); err != nil {
		return nil, fmt.Errorf("%w: B: %w", ErrMalformedProof, err)
	}
	if p.Krs, err = g1At(b, 192); err != nil {
		return nil, fmt.Errorf("%w: C: %w", ErrMalformedProof, err)
	}
	if c > 0 {
		p.Commitments = make([]bn254.G1Affine, c)
		for i := range p.Commitments {
			if p.Commitments[i], err = g1At(b, 256+64*i); err != nil {
				return nil, fmt.Errorf("%w: commitment %d: %w", ErrMalformedProof, i, err)
			}
		}
		if p.CommitmentPok, err = g1At(b, 256+64*c); err != nil {
			return nil, fmt.Errorf("%w: proof of knowledge: %w", ErrMalformedProof, err)
		}
	}
	return p, nil
}

func fpAt(b []byte, off int) (fp.Element, error) {
	var e fp.Element
	var buf [fp.Bytes]byte
	copy(buf[:], b[off:off+32])
	if err := e.SetBytesCanonical(buf[:]); err != nil {
		return e, fmt.Errorf("coordinate at byte %d is not below the field modulus", off)
	}
	return e, nil
}

func g1At(b []byte, off int) (bn254.G1Affine, error) {
	var p bn254.G1Affine
	var err error
	if p.X, err = fpAt(b, off); err != nil {
		return p, err
	}
	if p.Y, err = fpAt(b, off+32); err != nil {
		return p, err
	}
	if !p.IsInSubGroup() { // on curve; G1 has cofactor 1; (0, 0) is the point at infinity
		return p, fmt.Errorf("point at byte %d is not on the curve", off)
	}
	return p, nil
}

// g2At reads a G2 point in EIP-197 order (x.im, x.re, y.im, y.re).
func g2At(b []byte, off int) (bn254.G2Affine, error) {
	var p bn254.G2Affine
	var err error
	if p.X.A1, err = fpAt(b, off); err != nil {
		return p, err
	}
	if p.X.A0, err = fpAt(b, off+32); err != nil {
		return p, err
	}
	if p.Y.A1, err = fpAt(b, off+64); err != nil {
		return p, err
	}
	if p.Y.A0, err = fpAt(b, off+96); err != nil {
		return p, err
	}
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return p, fmt.Errorf("G2 point at byte %d is not in the subgroup", off)
	}
	return p, nil
}

// EncodeVerifyingKey returns the constructor words of contracts/src/verifiers/Groth16Verifier.sol
// for a BN254 Groth16 verifying key (layout in IGroth16Verifier's NatSpec).
func EncodeVerifyingKey(vk groth16.VerifyingKey) ([]*big.Int, error) {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: %T", ErrUnsupportedKey, vk)
	}
	c := len(k.PublicAndCommitmentCommitted)
	if len(k.CommitmentKeys) != c {
		return nil, fmt.Errorf("%w: %d commitment keys for %d commitments", ErrUnsupportedKey, len(k.CommitmentKeys), c)
	}
	n := len(k.G1.K) - 1 - c
	if n < 0 {
		return nil, fmt.Errorf("%w: %d K points for %d commitments", ErrUnsupportedKey, len(k.G1.K), c)
	}
	words := []*big.Int{big.NewInt(int64(n)), big.NewInt(int64(c))}
	for _, idx := range k.PublicAndCommitmentCommitted {
		words = append(words, big.NewInt(int64(len(idx))))
	}
	g1 := func(p *bn254.G1Affine) { words = append(words, fpBig(&p.X), fpBig(&p.Y)) }
	g2 := func(p *bn254.G2Affine) {
		words = append(words, fpBig(&p.X.A1), fpBig(&p.X.A0), fpBig(&p.Y.A1), fpBig(&p.Y.A0))
	}
	var betaNeg, gammaNeg, deltaNeg bn254.G2Affine
	betaNeg.Neg(&k.G2.Beta)
	gammaNeg.Neg(&k.G2.Gamma)
	deltaNeg.Neg(&k.G2.Delta)
	g1(&k.G1.Alpha)
	g2(&betaNeg)
	g2(&gammaNeg)
	g2(&deltaNeg)
	for i := range k.G1.K {
		g1(&k.G1.K[i])
	}
	if c > 0 {
		g := k.CommitmentKeys[0].G
		g2(&g)
		for i := range k.CommitmentKeys {
			if !k.CommitmentKeys[i].G.Equal(&g) {
				return nil, fmt.Errorf("%w: commitment keys use different G2 points", ErrUnsupportedKey)
			}
			s := k.CommitmentKeys[i].GSigmaNeg
			g2(&s)
		}
		for _, idx := range k.PublicAndCommitmentCommitted {
			for _, v := range idx {
				words = append(words, big.NewInt(int64(v)))
			}
		}
	}
	return words, nil
}

// KeyHash is keccak256 of the packed verifying key words: what the deployed
// verifier's verifyingKeyHash() returns, and the identity of a setup.
func KeyHash(words []*big.Int) [32]byte {
	buf := make([]byte, 32*len(words))
	for i, w := range words {
		w.FillBytes(buf[32*i : 32*(i+1)])
	}
	return crypto.Keccak256Hash(buf)
}

func fpBig(e *fp.Element) *big.Int {
	var b big.Int
	return e.BigInt(&b)
}

// ExportGnarkVerifier writes gnark's own Solidity verifier for keys (the
// contract gnark generates, with `pragma solidity <pragma>` and the contract
// renamed to name). gnark's template supports at most one commitment.
func ExportGnarkVerifier(k *Keys, name, pragma string, w io.Writer) error {
	if k.Manifest.Commitments > 1 {
		return fmt.Errorf("%w: gnark exports verifiers for at most one commitment, %s has %d (use Groth16Verifier)", ErrUnsupportedKey, k.Spec.ID(), k.Manifest.Commitments)
	}
	var buf bytes.Buffer
	if err := k.VK.ExportSolidity(&buf, gsolidity.WithPragmaVersion(pragma), gsolidity.WithHashToFieldFunction(sha3.NewLegacyKeccak256())); err != nil {
		return fmt.Errorf("zk: export verifier: %w", err)
	}
	src := buf.String()
	if !strings.Contains(src, "\ncontract Verifier {") {
		return fmt.Errorf("zk: export verifier: unexpected gnark template (no `contract Verifier`)")
	}
	src = strings.Replace(src, "\ncontract Verifier {", "\ncontract "+name+" {", 1)
	_, err := io.WriteString(w, src)
	return err
}
