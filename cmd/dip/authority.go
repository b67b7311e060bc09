package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/authority"
)

func authorityCommand() *cli.Command {
	return &cli.Command{
		Name:  "authority",
		Usage: "claim jurisdiction cells, register as key-share holder, issue and revoke DIDs",
		Description: "Talks to the guild's AuthorityRegistry (docs/authority.md): --registry ADDRESS, or the\n" +
			"\"authority\" entry of the guild recorded under --guild (or the only recorded guild).",
		Subcommands: []*cli.Command{
			authorityRegisterCommand(),
			authorityIssueDidCommand(),
			authorityRevokeDidCommand(),
			authorityShowCommand(),
		},
	}
}

func authorityFlags(extra ...cli.Flag) []cli.Flag {
	fs := append(chainFlags(),
		&cli.StringFlag{Name: "registry", Usage: "AuthorityRegistry address (default: the recorded guild's)", EnvVars: []string{"DIP_AUTHORITY_REGISTRY"}},
		&cli.StringFlag{Name: "guild", Usage: "guild name in the deployment record (default: the only recorded guild)", EnvVars: []string{"DIP_GUILD"}},
	)
	return append(fs, extra...)
}

func authoritySession(c *cli.Context, needSigner bool) (context.Context, func(), *session, *authority.Registry, error) {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
	s, err := openSession(ctx, c, needSigner)
	if err != nil {
		cancel()
		return nil, nil, nil, nil, err
	}
	done := func() { s.Close(); cancel() }
	addr, err := recordedContract(c, s, "registry", "authority", "authorityRegistry")
	if err != nil {
		done()
		return nil, nil, nil, nil, err
	}
	code, err := s.client.CodeAt(ctx, addr, nil)
	if err != nil || len(code) == 0 {
		done()
		return nil, nil, nil, nil, fmt.Errorf("no contract at registry %s on chain %s (%v): check --registry", addr.Hex(), s.chainID, err)
	}
	return ctx, done, s, authority.Attach(addr, s.client), nil
}

// parsePublicKey accepts 0x04||x||y (65 bytes) or a compressed 33-byte key.
func parsePublicKey(flag, v string) ([]byte, error) {
	b, err := hexutil.Decode(strings.TrimSpace(v))
	if err != nil {
		return nil, fmt.Errorf("%s: not 0x-prefixed hex", flag)
	}
	if len(b) == 33 {
		pub, err := crypto.DecompressPubkey(b)
		if err != nil {
			return nil, fmt.Errorf("%s: not a compressed secp256k1 key", flag)
		}
		return crypto.FromECDSAPub(pub), nil
	}
	if err := authority.CheckPublicKey(b); err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return b, nil
}

func authorityRegisterCommand() *cli.Command {
	return &cli.Command{
		Name:  "register",
		Usage: "claim --cell (burning the commitment) and/or register as key holder with --public-key",
		Description: "--cell claims a geohash prefix (1..12 of 0123456789bcdefghjkmnpqrstuvwxyz) by burning the\n" +
			"registry's commitment amount (approved first when needed). --public-key registers the\n" +
			"secp256k1 key that key shares are encrypted to (0x04... or compressed 0x02/0x03...);\n" +
			"--public-key self uses your signing key's public key. Both may be given: the cell first.",
		Flags: authorityFlags(
			&cli.StringFlag{Name: "cell", Usage: "geohash cell to claim", EnvVars: []string{"DIP_AUTHORITY_CELL"}},
			&cli.StringFlag{Name: "public-key", Usage: "key-share public key, or 'self'", EnvVars: []string{"DIP_AUTHORITY_PUBLIC_KEY"}},
		),
		Action: func(c *cli.Context) error {
			cell, keyArg := c.String("cell"), c.String("public-key")
			if cell == "" && keyArg == "" {
				return fmt.Errorf("%w: give --cell, --public-key, or both", errUsage)
			}
			if cell != "" {
				if err := authority.CheckCell(cell); err != nil {
					return fmt.Errorf("%w: --cell: %v", errUsage, err)
				}
			}
			var pub []byte
			if keyArg != "" && keyArg != "self" {
				var err error
				if pub, err = parsePublicKey("--public-key", keyArg); err != nil {
					return fmt.Errorf("%w: %v", errUsage, err)
				}
			}
			ctx, done, s, reg, err := authoritySession(c, true)
			if err != nil {
				return err
			}
			defer done()
			w := c.App.Writer
			if cell != "" {
				r, err := reg.ApproveCommitment(ctx, s.opts())
				if err != nil {
					return err
				}
				if r != nil {
					printTx(w, "approve", r)
				}
				if r, err = reg.ClaimCell(ctx, s.opts(), cell); err != nil {
					return err
				}
				printTx(w, "claim", r)
				fmt.Fprintf(w, "cell %q is held by %s\n", cell, s.from().Hex())
			}
			if keyArg != "" {
				if keyArg == "self" {
					pub = authority.PublicKeyBytes(&s.key.PublicKey)
				}
				r, err := reg.RegisterKeyHolder(ctx, s.opts(), pub)
				if err != nil {
					return err
				}
				printTx(w, "register", r)
				fmt.Fprintf(w, "key holder %s registered with public key %s\n", s.from().Hex(), hexutil.Encode(pub))
			}
			return nil
		},
	}
}

func authorityIssueDidCommand() *cli.Command {
	return &cli.Command{
		Name:  "issue-did",
		Usage: "issue the DID of --subject, committing to a document (you must hold a cell)",
		Flags: authorityFlags(
			&cli.StringFlag{Name: "subject", Usage: "address the DID identifies", EnvVars: []string{"DIP_AUTHORITY_SUBJECT"}},
			&cli.StringFlag{Name: "document-file", Usage: "DID document file (its keccak256 is recorded)", EnvVars: []string{"DIP_AUTHORITY_DOCUMENT_FILE"}},
			&cli.StringFlag{Name: "document-hash", Usage: "DID document hash, 32 bytes of 0x hex", EnvVars: []string{"DIP_AUTHORITY_DOCUMENT_HASH"}},
		),
		Action: func(c *cli.Context) error {
			if err := requireFlags(c, "subject"); err != nil {
				return err
			}
			subject, err := addressFlag(c, "subject")
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			var doc common.Hash
			switch {
			case c.IsSet("document-file") == c.IsSet("document-hash"):
				return fmt.Errorf("%w: give exactly one of --document-file and --document-hash", errUsage)
			case c.IsSet("document-file"):
				data, err := os.ReadFile(c.String("document-file"))
				if err != nil {
					return fmt.Errorf("--document-file: %w", err)
				}
				doc = crypto.Keccak256Hash(data)
			default:
				if doc, err = parseHash("--document-hash", c.String("document-hash")); err != nil {
					return fmt.Errorf("%w: %v", errUsage, err)
				}
			}
			ctx, done, s, reg, err := authoritySession(c, true)
			if err != nil {
				return err
			}
			defer done()
			r, err := reg.IssueDid(ctx, s.opts(), subject, doc)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "issue", r)
			fmt.Fprintf(c.App.Writer, "%s issued (document %s)\n", authority.DID(s.chainID, subject), doc.Hex())
			return nil
		},
	}
}

func authorityRevokeDidCommand() *cli.Command {
	return &cli.Command{
		Name:  "revoke-did",
		Usage: "revoke the DID of --subject (its issuer or governance)",
		Flags: authorityFlags(
			&cli.StringFlag{Name: "subject", Usage: "address whose DID is revoked", EnvVars: []string{"DIP_AUTHORITY_SUBJECT"}},
		),
		Action: func(c *cli.Context) error {
			if err := requireFlags(c, "subject"); err != nil {
				return err
			}
			subject, err := addressFlag(c, "subject")
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			ctx, done, s, reg, err := authoritySession(c, true)
			if err != nil {
				return err
			}
			defer done()
			r, err := reg.RevokeDid(ctx, s.opts(), subject)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "revoke", r)
			fmt.Fprintf(c.App.Writer, "%s revoked\n", authority.DID(s.chainID, subject))
			return nil
		},
	}
}

func authorityShowCommand() *cli.Command {
	return &cli.Command{
		Name:  "show",
		Usage: "show an account's authority status, key and DID (--account), or the key holders",
		Flags: authorityFlags(
			&cli.StringFlag{Name: "account", Usage: "account to show", EnvVars: []string{"DIP_AUTHORITY_ACCOUNT"}},
		),
		Action: func(c *cli.Context) error {
			account, err := addressFlag(c, "account")
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			ctx, done, s, reg, err := authoritySession(c, false)
			if err != nil {
				return err
			}
			defer done()
			w := c.App.Writer
			holders, err := reg.KeyHolders(ctx)
			if err != nil {
				return err
			}
			if account == (common.Address{}) {
				fmt.Fprintf(w, "registry     %s, %d key holders\n", reg.Address().Hex(), len(holders))
				for _, h := range holders {
					fmt.Fprintf(w, "key holder   %s\n", h.Hex())
				}
				return nil
			}
			isAuth, err := reg.IsAuthority(ctx, account)
			if err != nil {
				return err
			}
			pub, err := reg.PublicKeyOf(ctx, account)
			if err != nil {
				return err
			}
			rec, err := reg.DidRecord(ctx, account)
			if err != nil {
				return err
			}
			valid, err := reg.IsDidValid(ctx, account)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "account      %s (authority: %v)\n", account.Hex(), isAuth)
			if len(pub) > 0 {
				fmt.Fprintf(w, "share key    %s\n", hexutil.Encode(pub))
			}
			if rec.Issuer != (common.Address{}) {
				fmt.Fprintf(w, "did          %s (valid: %v, issuer %s, document %s)\n", authority.DID(s.chainID, account), valid, rec.Issuer.Hex(), common.Hash(rec.DocumentHash).Hex())
			}
			return nil
		},
	}
}
