package main

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

const (
	authAdmin    = 0
	authNode     = 8
	authSubject  = 4
	authStranger = 3
)

func TestAuthorityCLIOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	opts := func(i int) *bind.TransactOpts {
		return bind.NewKeyedTransactor(devchain.DevKey(i), big.NewInt(anviltest.ChainID))
	}
	tok, _, err := lat.Deploy(ctx, node.Client, opts(authAdmin), common.Address{}, lat.Params{
		Name: "Commit", Symbol: "CMT", Guild: devchain.DevKeyAddress(authAdmin), Tier: 1, Minter: devchain.DevKeyAddress(authAdmin),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(authAdmin), devchain.DevKeyAddress(authNode), lat.One); err != nil {
		t.Fatal(err)
	}
	reg, _, err := authority.Deploy(ctx, node.Client, opts(authAdmin), common.Address{}, authority.Params{
		Admin: devchain.DevKeyAddress(authAdmin), CommitToken: tok.Address(), CommitAmount: lat.One,
	})
	if err != nil {
		t.Fatal(err)
	}
	base := []string{"--rpc-url", node.URL, "--deployments", t.TempDir(), "--registry", reg.Address().Hex()}
	as := func(key int, cmd string, args ...string) []string {
		return append(append([]string{"authority", cmd, "--dev-key", itoa(key)}, base...), args...)
	}
	subject := devchain.DevKeyAddress(authSubject).Hex()
	doc := crypto.Keccak256Hash([]byte("did document")).Hex()

	cliFails(t, 2, "give --cell, --public-key, or both", as(authNode, "register")...)
	cliFails(t, 2, "lowercase geohash alphabet", as(authNode, "register", "--cell", "abc")...)
	cliFails(t, 2, "--public-key", as(authNode, "register", "--public-key", "0x04"+"00")...)
	cliFails(t, 1, "Authority_NotAuthority", as(authStranger, "issue-did", "--subject", subject, "--document-hash", doc)...)

	out := cliOK(t, as(authNode, "register", "--cell", "u4pru", "--public-key", "self")...)
	selfKey := hexutil.Encode(crypto.FromECDSAPub(&devchain.DevKey(authNode).PublicKey))
	wantOutput(t, out, "approve   tx 0x", "claim     tx 0x", `cell "u4pru" is held by`, "register  tx 0x", "public key "+selfKey)
	cliFails(t, 1, "Authority_Overlap", as(authNode, "register", "--cell", "u4")...)
	// A compressed key is accepted and registered uncompressed.
	other := devchain.DevKey(9)
	wantOutput(t, cliOK(t, as(authNode, "register", "--public-key", hexutil.Encode(crypto.CompressPubkey(&other.PublicKey)))...),
		"public key "+hexutil.Encode(crypto.FromECDSAPub(&other.PublicKey)))

	wantDid := authority.DID(big.NewInt(anviltest.ChainID), devchain.DevKeyAddress(authSubject))
	wantOutput(t, cliOK(t, as(authNode, "issue-did", "--subject", subject, "--document-hash", doc)...), wantDid+" issued")
	cliFails(t, 1, "Authority_DidExists", as(authNode, "issue-did", "--subject", subject, "--document-hash", doc)...)
	wantOutput(t, cliOK(t, append([]string{"authority", "show"}, append(base, "--account", subject)...)...), "did          "+wantDid+" (valid: true")
	wantOutput(t, cliOK(t, as(authNode, "revoke-did", "--subject", subject)...), wantDid+" revoked")
	wantOutput(t, cliOK(t, append([]string{"authority", "show"}, append(base, "--account", subject)...)...), "(valid: false")
	wantOutput(t, cliOK(t, append([]string{"authority", "show"}, base...)...), "1 key holders", "key holder   "+devchain.DevKeyAddress(authNode).Hex())
}
