package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/atomicfile"
	"github.com/dip-market/dip/lat"
)

// accessCommand groups the buyer's side of key escrow: redeem a LAT for an
// asset, then collect the holders' shares and decrypt.
func accessCommand() *cli.Command {
	return &cli.Command{
		Name:        "access",
		Usage:       "buy access to a sealed asset with a LAT and fetch it from its share holders",
		Subcommands: []*cli.Command{accessBuyCommand(), accessFetchCommand()},
	}
}

// grantFile is the JSON form of a grant that `access buy` writes and
// `access fetch --grant` reads.
type grantFile struct {
	Token       common.Address `json:"token"`
	GrantID     common.Hash    `json:"grantId"`
	AssetID     common.Hash    `json:"assetId"`
	Holder      common.Address `json:"holder"`
	Tier        uint8          `json:"tier"`
	BlockNumber uint64         `json:"blockNumber"`
	TxHash      common.Hash    `json:"txHash"`
}

func grantFileOf(g *lat.Grant) grantFile {
	return grantFile{Token: g.Token, GrantID: g.ID, AssetID: g.AssetID, Holder: g.Holder, Tier: g.Tier, BlockNumber: g.BlockNumber, TxHash: g.TxHash}
}

func (f grantFile) grant() *lat.Grant {
	return &lat.Grant{ID: f.GrantID, AssetID: f.AssetID, Holder: f.Holder, Tier: f.Tier, BlockNumber: f.BlockNumber, TxHash: f.TxHash, Token: f.Token}
}

func accessBuyCommand() *cli.Command {
	flags := append(chainFlags(),
		&cli.StringFlag{Name: "token", Usage: "LAT contract to redeem one token of", Required: true, EnvVars: []string{"DIP_ACCESS_TOKEN"}},
		&cli.StringFlag{Name: "asset", Usage: "asset id (from the manifest) to buy access to", Required: true, EnvVars: []string{"DIP_ACCESS_ASSET"}},
		&cli.StringFlag{Name: "out", Usage: "also write the grant as JSON to this file (for access fetch --grant)", EnvVars: []string{"DIP_ACCESS_GRANT_OUT"}},
	)
	return &cli.Command{
		Name:  "buy",
		Usage: "redeem one LAT for an asset and print the grant",
		Description: "Burns one token of --token and records an access grant for the signing account.\n" +
			"The grant's holder is the buyer: holders release shares only to that account's key.",
		Flags: flags,
		Action: func(c *cli.Context) error {
			if !common.IsHexAddress(c.String("token")) {
				return fmt.Errorf("%w: --token %q is not an address", errUsage, c.String("token"))
			}
			asset, err := parseHash("--asset", c.String("asset"))
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, err := openSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			g, _, err := lat.Attach(common.HexToAddress(c.String("token")), s.client).Redeem(ctx, s.opts(), asset)
			if err != nil {
				return err
			}
			return printGrant(c.App.Writer, g, c.String("out"))
		},
	}
}

func printGrant(w io.Writer, g *lat.Grant, out string) error {
	fmt.Fprintf(w, "grant %s\n  asset   %s\n  token   %s\n  holder  %s\n  tier    %d\n  block   %d\n  tx      %s\n",
		g.ID.Hex(), g.AssetID.Hex(), g.Token.Hex(), g.Holder.Hex(), g.Tier, g.BlockNumber, g.TxHash.Hex())
	if out == "" {
		return nil
	}
	b, err := json.MarshalIndent(grantFileOf(g), "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(out, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write grant: %w", err)
	}
	fmt.Fprintf(w, "grant written to %s\n", out)
	return nil
}

func accessFetchCommand() *cli.Command {
	flags := append(chainFlags(),
		&cli.StringFlag{Name: "manifest", Usage: "the asset's manifest", Required: true, EnvVars: []string{"DIP_ACCESS_MANIFEST"}},
		&cli.StringFlag{Name: "ciphertext", Usage: "the sealed file", Required: true, EnvVars: []string{"DIP_ACCESS_CIPHERTEXT"}},
		&cli.StringFlag{Name: "grant", Usage: "grant file written by access buy, or a grant id (then read from --rpc-url)", Required: true, EnvVars: []string{"DIP_ACCESS_GRANT"}},
		&cli.StringSliceFlag{Name: "holder", Usage: "share holder endpoint, URL or ADDRESS=URL (repeat; at least t)", Required: true, EnvVars: []string{"DIP_ACCESS_HOLDERS"}},
		&cli.StringFlag{Name: "out", Usage: "write the plaintext here (only once it fully verified)", Required: true, EnvVars: []string{"DIP_ACCESS_OUT"}},
		&cli.DurationFlag{Name: "holder-timeout", Usage: "give up on one holder after this long", Value: 15 * time.Second, EnvVars: []string{"DIP_ACCESS_HOLDER_TIMEOUT"}},
		&cli.BoolFlag{Name: "on-chain", Usage: "first check the manifest against the asset's AuthorityRegistry record (tier, threshold, holders)", EnvVars: []string{"DIP_ACCESS_ON_CHAIN"}},
	)
	flags = append(flags, assetRegistryFlags()...)
	return &cli.Command{
		Name:  "fetch",
		Usage: "collect t shares from the holders, rebuild the key, decrypt and verify the asset",
		Description: "Asks the holders at --holder for their shares of the asset for the grant, t at a time,\n" +
			"verifies each release, rebuilds and checks the data key, then decrypts and verifies the\n" +
			"ciphertext. The key is the grant holder's: --keystore/--password-file (or --dev-key on\n" +
			"dev chains). With fewer than t valid shares it names every holder that failed and why.",
		Flags: flags,
		Action: func(c *cli.Context) error {
			m, err := readManifest(c.String("manifest"))
			if err != nil {
				return err
			}
			key, err := loadKey(c, new(big.Int).SetUint64(m.ChainID))
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			if c.Bool("on-chain") || c.IsSet("registry") {
				if err := checkManifestOnChain(ctx, c, m); err != nil {
					return err
				}
			}
			g, err := loadGrant(ctx, c, m)
			if err != nil {
				return err
			}
			if g.Holder != crypto.PubkeyToAddress(key.PublicKey) {
				return fmt.Errorf("grant %s belongs to %s, the key is %s: use the key that redeemed it", g.ID.Hex(), g.Holder.Hex(), crypto.PubkeyToAddress(key.PublicKey).Hex())
			}
			srcs, err := holderSources(c.StringSlice("holder"), &http.Client{Timeout: c.Duration("holder-timeout")})
			if err != nil {
				return err
			}
			res, err := keyshare.Fetch(ctx, m, g, srcs, key)
			if err != nil {
				return fmt.Errorf("fetch shares of asset %s: %w", m.AssetID.Hex(), err)
			}
			clear(res.Key)
			return openAsset(c.App.Writer, m, res.Releases, keyshare.Expect{GrantID: g.ID}, key, c.String("ciphertext"), c.String("out"))
		},
	}
}

// checkManifestOnChain refuses a manifest that is not the registered
// record of its asset (a manifest from an untrusted source could name a
// lower tier or other holders only by being another asset; the record says
// which asset the owner published) or whose asset is retired.
func checkManifestOnChain(ctx context.Context, c *cli.Context, m *keyshare.Manifest) error {
	s, err := openSession(ctx, c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	reg, err := assetRegistry(ctx, c, s)
	if err != nil {
		return err
	}
	rec, err := checkOnChain(ctx, c.App.Writer, s, reg.Address(), m)
	if err != nil {
		return fmt.Errorf("asset %s: %w", m.AssetID.Hex(), err)
	}
	if n := len(c.StringSlice("holder")); n < int(rec.Threshold) {
		return fmt.Errorf("%w: %d --holder endpoints given, the asset needs %d of its %d holders", errUsage, n, rec.Threshold, len(rec.Holders))
	}
	return nil
}

// loadGrant reads --grant: a grant file, or a grant id looked up on chain
// in the tokens the manifest accepts.
func loadGrant(ctx context.Context, c *cli.Context, m *keyshare.Manifest) (*lat.Grant, error) {
	v := c.String("grant")
	if strings.HasPrefix(v, "0x") && len(v) == 66 {
		id, err := parseHash("--grant", v)
		if err != nil {
			return nil, err
		}
		client, err := ethclient.DialContext(ctx, c.String("rpc-url"))
		if err != nil {
			return nil, fmt.Errorf("connect to %s: %w", c.String("rpc-url"), err)
		}
		defer client.Close()
		var errs []error
		for _, tok := range m.Tokens {
			g, err := lat.Attach(tok, client).Grant(ctx, id)
			if err == nil {
				return g, nil
			}
			errs = append(errs, err)
		}
		return nil, fmt.Errorf("grant %s not found in the asset's tokens: %w", id.Hex(), errors.Join(errs...))
	}
	b, err := os.ReadFile(v)
	if err != nil {
		return nil, fmt.Errorf("read grant file: %w", err)
	}
	var f grantFile
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil || f.GrantID == (common.Hash{}) {
		return nil, fmt.Errorf("grant file %s is not a grant written by access buy (%v)", v, err)
	}
	return f.grant(), nil
}

// holderSources parses "URL" or "ADDRESS=URL" entries.
func holderSources(specs []string, client *http.Client) ([]keyshare.ShareSource, error) {
	var out []keyshare.ShareSource
	for _, s := range specs {
		var addr common.Address
		if a, u, ok := strings.Cut(s, "="); ok && common.IsHexAddress(a) {
			addr, s = common.HexToAddress(a), u
		}
		if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
			return nil, fmt.Errorf("%w: --holder %q is not an http(s) URL", errUsage, s)
		}
		out = append(out, keyshare.NewHTTPSource(s, addr, client))
	}
	return out, nil
}
