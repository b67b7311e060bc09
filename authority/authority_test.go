package authority_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

const (
	adminIdx = iota
	authorityIdx
	subjectIdx
	strangerIdx
)

func setup(t *testing.T) (*devchain.Chain, *authority.Registry) {
	t.Helper()
	c := devchain.New(devchain.WithAccounts(4))
	t.Cleanup(func() { _ = c.Close() })
	ctx := context.Background()
	tok, _, err := lat.Deploy(ctx, c.Client(), c.Transactor(adminIdx), common.Address{}, lat.Params{
		Name: "Commit", Symbol: "CMT", Guild: c.Address(adminIdx), Tier: 1, Minter: c.Address(adminIdx),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, c.Transactor(adminIdx), c.Address(authorityIdx), lat.One); err != nil {
		t.Fatal(err)
	}
	reg, _, err := authority.Deploy(ctx, c.Client(), c.Transactor(adminIdx), common.Address{}, authority.Params{
		Admin: c.Address(adminIdx), CommitToken: tok.Address(), CommitAmount: lat.One,
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, reg
}

func TestCellKeyHolderAndDidLifecycle(t *testing.T) {
	t.Parallel()
	c, reg := setup(t)
	ctx := context.Background()
	auth := c.Transactor(authorityIdx)
	if _, err := reg.ApproveCommitment(ctx, auth); err != nil {
		t.Fatalf("approve commitment: %v", err)
	}
	if _, err := reg.ClaimCell(ctx, auth, "u4pru"); err != nil {
		t.Fatalf("claim cell: %v", err)
	}
	cell, err := reg.Cell(ctx, "u4pru")
	if err != nil || cell.Holder != c.Address(authorityIdx) || cell.Granted {
		t.Fatalf("cell = %+v, %v", cell, err)
	}
	if ok, err := reg.IsAuthority(ctx, c.Address(authorityIdx)); err != nil || !ok {
		t.Fatalf("isAuthority = %v, %v", ok, err)
	}
	shareKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub := authority.PublicKeyBytes(&shareKey.PublicKey)
	if _, err := reg.RegisterKeyHolder(ctx, auth, pub); err != nil {
		t.Fatalf("register key holder: %v", err)
	}
	holders, err := reg.KeyHolders(ctx)
	if err != nil || len(holders) != 1 || holders[0] != c.Address(authorityIdx) {
		t.Fatalf("key holders = %v, %v", holders, err)
	}
	if got, err := reg.PublicKeyOf(ctx, c.Address(authorityIdx)); err != nil || !bytes.Equal(got, pub) {
		t.Fatalf("public key = %x, %v", got, err)
	}
	doc := crypto.Keccak256Hash([]byte("did document"))
	subject := c.Address(subjectIdx)
	if _, err := reg.IssueDid(ctx, auth, subject, doc); err != nil {
		t.Fatalf("issue DID: %v", err)
	}
	did, err := reg.DidOf(ctx, subject)
	if err != nil || did != authority.DID(devchain.ChainID, subject) {
		t.Fatalf("didOf = %q (%v), Go %q", did, err, authority.DID(devchain.ChainID, subject))
	}
	rec, err := reg.DidRecord(ctx, subject)
	if err != nil || rec.Issuer != c.Address(authorityIdx) || common.Hash(rec.DocumentHash) != doc {
		t.Fatalf("did record = %+v, %v", rec, err)
	}
	if _, err := reg.IssueDid(ctx, auth, subject, doc); !errors.Is(err, &chain.RevertError{Name: "Authority_DidExists"}) {
		t.Fatalf("second issue: %v, want Authority_DidExists", err)
	}
	if _, err := reg.RevokeDid(ctx, auth, subject); err != nil {
		t.Fatalf("revoke DID: %v", err)
	}
	if ok, err := reg.IsDidValid(ctx, subject); err != nil || ok {
		t.Fatalf("revoked DID valid = %v, %v", ok, err)
	}
}

func TestBadInputsGiveClearErrors(t *testing.T) {
	t.Parallel()
	c, reg := setup(t)
	ctx := context.Background()
	admin, stranger := c.Transactor(adminIdx), c.Transactor(strangerIdx)
	if _, err := reg.GrantCell(ctx, admin, "u4pru", c.Address(authorityIdx)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		run  func() error
		want error
	}{
		{"letter a in cell", func() error { _, err := reg.ClaimCell(ctx, stranger, "abc"); return err }, authority.ErrBadCell},
		{"empty cell", func() error { _, err := reg.ClaimCell(ctx, stranger, ""); return err }, authority.ErrBadCell},
		{"13 characters", func() error { _, err := reg.GrantCell(ctx, admin, "0123456789bcd", c.Address(strangerIdx)); return err }, authority.ErrBadCell},
		{"ancestor of a held cell", func() error { _, err := reg.GrantCell(ctx, admin, "u4", c.Address(strangerIdx)); return err }, &chain.RevertError{Name: "Authority_Overlap"}},
		{"claim without approval", func() error { _, err := reg.ClaimCell(ctx, stranger, "gbsuv"); return err }, &chain.RevertError{Name: "ERC20InsufficientAllowance"}},
		{"DID by a non-authority", func() error {
			_, err := reg.IssueDid(ctx, stranger, c.Address(subjectIdx), common.Hash{1})
			return err
		}, &chain.RevertError{Name: "Authority_NotAuthority"}},
		{"key holder without a cell", func() error {
			_, err := reg.RegisterKeyHolder(ctx, stranger, authority.PublicKeyBytes(&devchain.DevKey(9).PublicKey))
			return err
		}, &chain.RevertError{Name: "Authority_NotAuthority"}},
		{"compressed key", func() error {
			_, err := reg.RegisterKeyHolder(ctx, c.Transactor(authorityIdx), crypto.CompressPubkey(&devchain.DevKey(9).PublicKey))
			return err
		}, authority.ErrBadPublicKey},
	}
	for _, tc := range tests {
		if err := tc.run(); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}
