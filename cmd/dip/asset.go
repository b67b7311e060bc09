package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/atomicfile"
	"github.com/dip-market/dip/internal/devchain"
)

// assetKeyFlags are the key flags of chainFlags, for asset commands that
// sign or decrypt without talking to a chain. loadKey reads exactly these.
func assetKeyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "keystore", Usage: "path to an encrypted keystore (v3) file holding the key", EnvVars: []string{"DIP_KEYSTORE"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore passphrase (never pass it as a flag)", EnvVars: []string{"DIP_PASSWORD_FILE"}},
		&cli.IntFlag{Name: "dev-key", Usage: "use development key N (only for assets on local dev chains 1337/31337)", Value: -1, EnvVars: []string{"DIP_DEV_KEY"}},
	}
}

func assetCommand() *cli.Command {
	return &cli.Command{
		Name:  "asset",
		Usage: "seal data under threshold key escrow, inspect it, release and open key shares",
		Description: "A sealed asset is a ciphertext (AES-256-GCM, chunked) and a manifest holding its key\n" +
			"split t-of-n among authority nodes, each share encrypted to one node. Holders release\n" +
			"their share, re-encrypted to the buyer, only against a LAT grant checked on chain.\n" +
			"See docs/keyshare.md.",
		Subcommands: []*cli.Command{
			assetSealCommand(),
			assetRegisterCommand(),
			assetRetireCommand(),
			assetTransferCommand(),
			assetInspectCommand(),
			assetPubkeyCommand(),
			assetReleaseCommand(),
			assetOpenCommand(),
		},
	}
}

func assetSealCommand() *cli.Command {
	return &cli.Command{
		Name:      "seal",
		Usage:     "encrypt FILE under a fresh key split t-of-n among holders; write ciphertext and manifest",
		ArgsUsage: "FILE",
		Description: "Writes <asset id>.sealed and <asset id>.manifest.json into --out. The data key exists\n" +
			"only in memory: it is split, each share is encrypted to its holder, and it is wiped.\n" +
			"Then registers the asset in the AuthorityRegistry (--registry, or the recorded guild's) with\n" +
			"the signing key as owner; --no-register only writes the files (dip asset register later).\n" +
			"--holders lists registered key holders by address (keys read from the registry), public\n" +
			"keys (0x04... or compressed 0x02/0x03...), or ADDRESS=PUBKEY for an authority that signs\n" +
			"with another key than its encryption key.",
		Flags: append(append(chainFlags(), assetRegistryFlags()...),
			&cli.UintFlag{Name: "tier", Usage: "lowest LAT tier that unlocks the asset (1..32)", Value: 1, EnvVars: []string{"DIP_ASSET_TIER"}},
			&cli.IntFlag{Name: "threshold", Usage: "shares needed to rebuild the key (t)", EnvVars: []string{"DIP_ASSET_THRESHOLD"}},
			&cli.StringSliceFlag{Name: "holders", Usage: "holders, comma separated, one share each (n): registered key-holder addresses, public keys, or ADDRESS=PUBKEY", EnvVars: []string{"DIP_ASSET_HOLDERS"}},
			&cli.StringSliceFlag{Name: "token", Usage: "LAT contract(s) whose grants unlock the asset", EnvVars: []string{"DIP_ASSET_TOKENS"}},
			&cli.Uint64Flag{Name: "chain-id", Usage: "chain the LAT contracts live on (read from --rpc-url unless --no-register)", EnvVars: []string{"DIP_CHAIN_ID"}},
			&cli.StringFlag{Name: "out", Usage: "directory for the ciphertext and the manifest", Value: ".", EnvVars: []string{"DIP_ASSET_OUT_DIR"}},
			&cli.IntFlag{Name: "chunk-size", Usage: "plaintext bytes per authenticated chunk", Value: keyshare.DefaultChunkSize, EnvVars: []string{"DIP_ASSET_CHUNK_SIZE"}},
			&cli.BoolFlag{Name: "no-register", Usage: "seal offline: write the files only (register later with dip asset register)", EnvVars: []string{"DIP_ASSET_NO_REGISTER"}},
		),
		Action: func(c *cli.Context) error {
			if rerun, err := rerunWithFlagsFirst(c); rerun {
				return err
			}
			if c.NArg() != 1 {
				return fmt.Errorf("%w: seal takes exactly one FILE", errUsage)
			}
			offline := c.Bool("no-register")
			required := []string{"threshold", "holders", "token"}
			if offline {
				required = append(required, "chain-id")
			}
			if err := requireFlags(c, required...); err != nil {
				return err
			}
			tokens, err := parseAddresses("--token", c.StringSlice("token"))
			if err != nil {
				return err
			}
			if c.Uint("tier") > keyshare.MaxTier {
				return fmt.Errorf("--tier %d out of range 1..%d", c.Uint("tier"), keyshare.MaxTier)
			}
			p := keyshare.SealParams{
				ChainID: c.Uint64("chain-id"), Tokens: tokens, Tier: uint8(c.Uint("tier")),
				Threshold: c.Int("threshold"), ChunkSize: c.Int("chunk-size"),
			}
			if offline {
				if p.Holders, err = parseHolderSpecs(c.StringSlice("holders"), nil); err != nil {
					return err
				}
				_, err := sealFile(c.Context, c.App.Writer, c.Args().First(), c.String("out"), p)
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, err := openSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			if c.IsSet("chain-id") && c.Uint64("chain-id") != s.chainID.Uint64() {
				return fmt.Errorf("--chain-id %d, but %s is chain %s", c.Uint64("chain-id"), c.String("rpc-url"), s.chainID)
			}
			p.ChainID = s.chainID.Uint64()
			reg, err := assetRegistry(ctx, c, s)
			if err != nil {
				return err
			}
			if p.Holders, err = parseHolderSpecs(c.StringSlice("holders"), registryKeys(ctx, reg)); err != nil {
				return err
			}
			m, err := sealFile(c.Context, c.App.Writer, c.Args().First(), c.String("out"), p)
			if err != nil {
				return err
			}
			// Sealing a large file may take longer than the chain timeout.
			rctx, rcancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer rcancel()
			return registerManifest(rctx, c.App.Writer, reg, s, m)
		},
	}
}

// assetRegistryFlags name the AuthorityRegistry that records assets.
func assetRegistryFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "registry", Usage: "AuthorityRegistry recording the asset (default: the recorded guild's)", EnvVars: []string{"DIP_AUTHORITY_REGISTRY"}},
		&cli.StringFlag{Name: "guild", Usage: "guild name in the deployment record (default: the only recorded guild)", EnvVars: []string{"DIP_GUILD"}},
	}
}

// assetRegistry resolves --registry (or the recorded guild's registry) and
// checks that a contract is there.
func assetRegistry(ctx context.Context, c *cli.Context, s *session) (*authority.Registry, error) {
	addr, err := recordedContract(c, s, "registry", "authority", "authorityRegistry")
	if err != nil {
		return nil, err
	}
	code, err := s.client.CodeAt(ctx, addr, nil)
	if err != nil || len(code) == 0 {
		return nil, fmt.Errorf("no contract at registry %s on chain %s (%v): check --registry", addr.Hex(), s.chainID, err)
	}
	return authority.Attach(addr, s.client), nil
}

// registryKeys looks up the registered key of a holder given by address.
func registryKeys(ctx context.Context, reg *authority.Registry) func(common.Address) ([]byte, error) {
	return func(a common.Address) ([]byte, error) {
		key, err := reg.PublicKeyOf(ctx, a)
		if err != nil {
			return nil, err
		}
		if len(key) == 0 {
			return nil, fmt.Errorf("%s is not a registered key holder in AuthorityRegistry %s", a.Hex(), reg.Address().Hex())
		}
		return key, nil
	}
}

// registerManifest registers m with the session's key as owner and prints the transaction.
func registerManifest(ctx context.Context, w io.Writer, reg *authority.Registry, s *session, m *keyshare.Manifest) error {
	if m.ChainID != s.chainID.Uint64() {
		return fmt.Errorf("asset %s is sealed for chain %d, the node is chain %s", m.AssetID.Hex(), m.ChainID, s.chainID)
	}
	rc, err := keyshare.RegisterManifest(ctx, reg, s.opts(), m)
	if err != nil {
		return fmt.Errorf("register asset %s (the sealed files are written; retry with dip asset register): %w", m.AssetID.Hex(), err)
	}
	fmt.Fprintf(w, "registered asset %s in AuthorityRegistry %s, owner %s (tx %s, gas %s)\n",
		m.AssetID.Hex(), reg.Address().Hex(), s.from().Hex(), rc.TxHash.Hex(), groupDigits(rc.GasUsed))
	return nil
}

func assetRegisterCommand() *cli.Command {
	return &cli.Command{
		Name:      "register",
		Usage:     "register a sealed asset's manifest in the AuthorityRegistry (the signer becomes its owner)",
		ArgsUsage: "MANIFEST",
		Description: "The registry recomputes the asset id from the manifest's parameters, this chain's id and\n" +
			"each holder's registered public key: every holder must have registered (dip authority) the key\n" +
			"its share is sealed to. First come: an asset id is registered once.",
		Flags: append(chainFlags(), assetRegistryFlags()...),
		Action: func(c *cli.Context) error {
			if rerun, err := rerunWithFlagsFirst(c); rerun {
				return err
			}
			if c.NArg() != 1 {
				return fmt.Errorf("%w: register takes exactly one MANIFEST", errUsage)
			}
			m, err := readManifest(c.Args().First())
			if err != nil {
				return err
			}
			return withSignedRegistry(c, func(ctx context.Context, reg *authority.Registry, s *session) error {
				return registerManifest(ctx, c.App.Writer, reg, s, m)
			})
		},
	}
}

// rerunWithFlagsFirst lets a command take flags after its arguments
// (`dip asset seal FILE --tier 2`), which urfave/cli v2 does not parse: it
// stops at the first argument. When flags follow an argument, it moves them
// in front and runs the command again; rerun reports whether it did.
func rerunWithFlagsFirst(c *cli.Context) (rerun bool, err error) {
	takesValue := map[string]bool{}
	for _, f := range c.Command.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	args := c.Args().Slice()
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name, _, inline := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !inline && takesValue[name] && i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	if len(flags) == 0 {
		return false, nil
	}
	var path []string
	for _, ctx := range c.Lineage() {
		if ctx.Command != nil && ctx.Command.Name != "" && ctx.Command.Name != c.App.Name {
			path = append([]string{ctx.Command.Name}, path...)
		}
	}
	argv := append([]string{c.App.Name}, path...)
	argv = append(append(append(argv, parsedFlags(c)...), flags...), positional...)
	return true, c.App.RunContext(c.Context, argv)
}

// parsedFlags re-renders the flags urfave/cli already parsed before the
// first argument, so a rerun keeps them (`seal --tier 2 FILE --threshold 2`).
func parsedFlags(c *cli.Context) []string {
	var out []string
	for _, f := range c.Command.Flags {
		name := f.Names()[0]
		if !c.IsSet(name) {
			continue
		}
		switch f.(type) {
		case *cli.StringSliceFlag:
			for _, v := range c.StringSlice(name) {
				out = append(out, "--"+name, v)
			}
		case *cli.BoolFlag:
			out = append(out, fmt.Sprintf("--%s=%t", name, c.Bool(name)))
		default:
			out = append(out, "--"+name, fmt.Sprint(c.Value(name)))
		}
	}
	return out
}

// requireFlags reports the required flags that are unset (by flag or env var).
func requireFlags(c *cli.Context, names ...string) error {
	var missing []string
	for _, n := range names {
		if !c.IsSet(n) {
			missing = append(missing, "--"+n)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: missing %s", errUsage, strings.Join(missing, ", "))
	}
	return nil
}

// parseHolderSpecs parses "[ADDRESS=]PUBKEY" entries, and bare ADDRESS
// entries whose key lookup finds (the registry's publicKeyOf; nil offline).
func parseHolderSpecs(specs []string, lookup func(common.Address) ([]byte, error)) ([]keyshare.HolderKey, error) {
	var out []keyshare.HolderKey
	for i, s := range specs {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if common.IsHexAddress(s) && len(strings.TrimPrefix(s, "0x")) == 2*common.AddressLength {
			if lookup == nil {
				return nil, fmt.Errorf("--holders entry %d: %s is an address; offline (--no-register) give its public key", i+1, s)
			}
			key, err := lookup(common.HexToAddress(s))
			if err != nil {
				return nil, fmt.Errorf("--holders entry %d: %w", i+1, err)
			}
			pub, err := keyshare.ParsePublicKey(key)
			if err != nil {
				return nil, fmt.Errorf("--holders entry %d: registered key: %w", i+1, err)
			}
			h := keyshare.HolderKeyOf(pub)
			h.Address = common.HexToAddress(s)
			out = append(out, h)
			continue
		}
		addrPart, keyPart, separate := strings.Cut(s, "=")
		if !separate {
			keyPart = addrPart
		}
		raw, err := hexutil.Decode(keyPart)
		if err != nil {
			return nil, fmt.Errorf("--holders entry %d: public key is not 0x-prefixed hex", i+1)
		}
		pub, err := keyshare.ParsePublicKey(raw)
		if err != nil {
			return nil, fmt.Errorf("--holders entry %d: %w", i+1, err)
		}
		h := keyshare.HolderKeyOf(pub)
		if separate {
			if !common.IsHexAddress(addrPart) {
				return nil, fmt.Errorf("--holders entry %d: %q is not an address", i+1, addrPart)
			}
			h.Address = common.HexToAddress(addrPart)
		}
		out = append(out, h)
	}
	if len(out) == 0 {
		return nil, errors.New("--holders is empty: give one public key per authority node (dip asset pubkey prints one)")
	}
	return out, nil
}

func parseAddresses(flag string, vals []string) ([]common.Address, error) {
	var out []common.Address
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if !common.IsHexAddress(v) {
			return nil, fmt.Errorf("%s: %q is not an address", flag, v)
		}
		out = append(out, common.HexToAddress(v))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s is empty", flag)
	}
	return out, nil
}

// sealFile seals path into dir and prints what it wrote.
func sealFile(ctx context.Context, w io.Writer, path, dir string, p keyshare.SealParams) (*keyshare.Manifest, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	in, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open input: %w", err)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return nil, fmt.Errorf("stat input: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output directory: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".seal-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create ciphertext file: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	m, err := keyshare.Seal(ctx, tmp, in, p)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return nil, fmt.Errorf("chmod ciphertext: %w", err)
	}
	ctPath := filepath.Join(dir, m.AssetID.Hex()+".sealed")
	mPath := filepath.Join(dir, keyshare.ManifestFile(m.AssetID))
	data, err := m.Encode()
	if err != nil {
		return nil, err
	}
	if err := atomicfile.Write(mPath, data, 0o644); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp.Name(), ctPath); err != nil {
		return nil, fmt.Errorf("move ciphertext into place: %w", err)
	}
	fmt.Fprintf(w, "sealed %s (%s bytes) %d-of-%d, tier %d\n", path, groupDigits(uint64(st.Size())), m.Threshold, m.Shares, m.Tier)
	fmt.Fprintf(w, "  asset id    %s\n", m.AssetID.Hex())
	fmt.Fprintf(w, "  ciphertext  %s (%s bytes, sha256 %s)\n", ctPath, groupDigits(m.Cipher.Size), m.Cipher.SHA256.Hex())
	fmt.Fprintf(w, "  manifest    %s\n", mPath)
	for _, h := range m.Holders {
		fmt.Fprintf(w, "  holder %-3d  %s\n", h.Index, h.Address.Hex())
	}
	fmt.Fprintf(w, "Give each holder the manifest; buyers redeem LAT for the asset id.\n")
	return m, nil
}

func readManifest(path string) (*keyshare.Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open manifest: %w", err)
	}
	defer f.Close()
	m, err := keyshare.DecodeManifest(f)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// assetOwnerAction opens a signing session on the asset's registry and runs
// do with the --asset id.
func assetOwnerAction(c *cli.Context, do func(ctx context.Context, reg *authority.Registry, s *session, id common.Hash) error) error {
	id, err := parseHash("--asset", c.String("asset"))
	if err != nil {
		return err
	}
	return withSignedRegistry(c, func(ctx context.Context, reg *authority.Registry, s *session) error {
		return do(ctx, reg, s, id)
	})
}

// withSignedRegistry opens a signing session, resolves the asset registry
// and runs do on them within --rpc-timeout.
func withSignedRegistry(c *cli.Context, do func(ctx context.Context, reg *authority.Registry, s *session) error) error {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
	defer cancel()
	s, err := openSession(ctx, c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	reg, err := assetRegistry(ctx, c, s)
	if err != nil {
		return err
	}
	return do(ctx, reg, s)
}

func assetRetireCommand() *cli.Command {
	flags := append(append(chainFlags(), assetRegistryFlags()...),
		&cli.StringFlag{Name: "asset", Usage: "asset id to retire", Required: true, EnvVars: []string{"DIP_ASSET_ID"}})
	return &cli.Command{
		Name:        "retire",
		Usage:       "owner: retire a registered asset; holders release no more shares of it (irreversible)",
		Description: "Grants already redeemed for the asset are refused too. The signing key must own the record.",
		Flags:       flags,
		Action: func(c *cli.Context) error {
			return assetOwnerAction(c, func(ctx context.Context, reg *authority.Registry, s *session, id common.Hash) error {
				rc, err := reg.RetireAsset(ctx, s.opts(), id)
				if err != nil {
					return err
				}
				fmt.Fprintf(c.App.Writer, "retired asset %s (tx %s, gas %s)\n", id.Hex(), rc.TxHash.Hex(), groupDigits(rc.GasUsed))
				return nil
			})
		},
	}
}

func assetTransferCommand() *cli.Command {
	flags := append(append(chainFlags(), assetRegistryFlags()...),
		&cli.StringFlag{Name: "asset", Usage: "asset id whose record to hand over", Required: true, EnvVars: []string{"DIP_ASSET_ID"}},
		&cli.StringFlag{Name: "to", Usage: "new owner of the record", Required: true, EnvVars: []string{"DIP_ASSET_NEW_OWNER"}})
	return &cli.Command{
		Name:  "transfer",
		Usage: "owner: hand a registered asset's record over to another account",
		Flags: flags,
		Action: func(c *cli.Context) error {
			if !common.IsHexAddress(c.String("to")) {
				return fmt.Errorf("%w: --to %q is not an address", errUsage, c.String("to"))
			}
			to := common.HexToAddress(c.String("to"))
			return assetOwnerAction(c, func(ctx context.Context, reg *authority.Registry, s *session, id common.Hash) error {
				rc, err := reg.TransferAsset(ctx, s.opts(), id, to)
				if err != nil {
					return err
				}
				fmt.Fprintf(c.App.Writer, "asset %s now owned by %s (tx %s, gas %s)\n", id.Hex(), to.Hex(), rc.TxHash.Hex(), groupDigits(rc.GasUsed))
				return nil
			})
		},
	}
}

func assetInspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "check a manifest (its asset id must match its contents) and print it, with its on-chain record",
		ArgsUsage: "MANIFEST",
		Description: "With --on-chain (or --registry) it also reads the asset's record from the AuthorityRegistry\n" +
			"and fails unless the record is there, not retired, and describes this manifest.",
		Flags: append(append(chainFlags(), assetRegistryFlags()...),
			&cli.BoolFlag{Name: "on-chain", Usage: "also show and check the asset's on-chain record", EnvVars: []string{"DIP_ASSET_ON_CHAIN"}},
		),
		Action: func(c *cli.Context) error {
			if rerun, err := rerunWithFlagsFirst(c); rerun {
				return err
			}
			if c.NArg() != 1 {
				return fmt.Errorf("%w: inspect takes exactly one MANIFEST", errUsage)
			}
			m, err := readManifest(c.Args().First())
			if err != nil {
				return err
			}
			printManifest(c.App.Writer, m)
			if !c.Bool("on-chain") && !c.IsSet("registry") {
				return nil
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, err := openSession(ctx, c, false)
			if err != nil {
				return err
			}
			defer s.Close()
			reg, err := assetRegistry(ctx, c, s)
			if err != nil {
				return err
			}
			_, err = checkOnChain(ctx, c.App.Writer, s, reg.Address(), m)
			return err
		},
	}
}

// checkOnChain reads the asset's record, prints it and checks it against m
// (registered, not retired, same commitment, tier, threshold, tokens and holders).
func checkOnChain(ctx context.Context, w io.Writer, s *session, registry common.Address, m *keyshare.Manifest) (*keyshare.AssetRecord, error) {
	if m.ChainID != s.chainID.Uint64() {
		return nil, fmt.Errorf("asset %s is sealed for chain %d, the node is chain %s", m.AssetID.Hex(), m.ChainID, s.chainID)
	}
	rec, err := keyshare.NewChainAssets(s.client, registry).AssetRecord(ctx, m.AssetID)
	if err != nil {
		return nil, err
	}
	state := "active"
	if rec.Retired {
		state = "RETIRED"
	}
	fmt.Fprintf(w, "on chain    AuthorityRegistry %s: owner %s, %s\n", registry.Hex(), rec.Owner.Hex(), state)
	fmt.Fprintf(w, "            tier %d, %d of %d, params %s\n", rec.Tier, rec.Threshold, len(rec.Holders), rec.ParamsHash.Hex())
	for i, h := range rec.Holders {
		fmt.Fprintf(w, "            holder %-3d %s\n", i+1, h.Hex())
	}
	if err := rec.Check(m); err != nil {
		return rec, err
	}
	fmt.Fprintf(w, "            record matches the manifest\n")
	return rec, nil
}

func printManifest(w io.Writer, m *keyshare.Manifest) {
	plain, _ := m.PlaintextSize() // validated: cannot fail
	fmt.Fprintf(w, "asset       %s (matches the contents)\n", m.AssetID.Hex())
	fmt.Fprintf(w, "chain       %d\n", m.ChainID)
	for i, t := range m.Tokens {
		label := "tokens"
		if i > 0 {
			label = ""
		}
		fmt.Fprintf(w, "%-11s %s\n", label, t.Hex())
	}
	fmt.Fprintf(w, "tier        %d or higher\n", m.Tier)
	fmt.Fprintf(w, "threshold   %d of %d\n", m.Threshold, m.Shares)
	fmt.Fprintf(w, "cipher      %s, %s-byte chunks\n", m.Cipher.Suite, groupDigits(uint64(m.Cipher.ChunkSize)))
	fmt.Fprintf(w, "ciphertext  %s bytes (plaintext %s), sha256 %s\n", groupDigits(m.Cipher.Size), groupDigits(plain), m.Cipher.SHA256.Hex())
	fmt.Fprintf(w, "key commit  %s\n", m.KeyCommitment.Hex())
	for _, h := range m.Holders {
		fmt.Fprintf(w, "holder %-3d  %s  key %s...  commitment %s\n", h.Index, h.Address.Hex(), hexutil.Encode(h.PublicKey[:9]), h.Commitment.Hex())
	}
}

func assetPubkeyCommand() *cli.Command {
	return &cli.Command{
		Name:  "pubkey",
		Usage: "print the address and public key of a keystore or development key (for --holders)",
		Flags: assetKeyFlags(),
		Action: func(c *cli.Context) error {
			// Only public material is printed, so a development key is fine
			// whatever chain it will be used on.
			key, err := loadKey(c, devchain.ChainID)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "address     %s\npublic key  %s\n", crypto.PubkeyToAddress(key.PublicKey).Hex(), hexutil.Encode(crypto.FromECDSAPub(&key.PublicKey)))
			return nil
		},
	}
}

func assetReleaseCommand() *cli.Command {
	flags := append(chainFlags(),
		&cli.StringFlag{Name: "manifest", Usage: "the asset's manifest", Required: true, EnvVars: []string{"DIP_ASSET_MANIFEST"}},
		&cli.StringFlag{Name: "grant", Usage: "grant id (from the buyer's AccessGranted event)", Required: true, EnvVars: []string{"DIP_ASSET_GRANT"}},
		&cli.StringFlag{Name: "buyer-pubkey", Usage: "the grant holder's public key; its address must be the grant's holder", Required: true, EnvVars: []string{"DIP_ASSET_BUYER_PUBKEY"}},
		&cli.StringFlag{Name: "grant-token", Usage: "LAT contract that recorded the grant (default: try every token the asset accepts)", EnvVars: []string{"DIP_ASSET_GRANT_TOKEN"}},
		&cli.Uint64Flag{Name: "confirmations", Usage: "blocks (counting the grant's) before a grant is honoured", Value: 2, EnvVars: []string{"DIP_ASSET_CONFIRMATIONS"}},
		&cli.StringFlag{Name: "release-log", Usage: "JSON-lines log of releases; makes repeated releases identical", Value: "releases.jsonl", EnvVars: []string{"DIP_ASSET_RELEASE_LOG"}},
		&cli.StringFlag{Name: "out", Usage: "write the release here ('-' for stdout)", Value: "-", EnvVars: []string{"DIP_ASSET_RELEASE_OUT"}},
	)
	return &cli.Command{
		Name:  "release",
		Usage: "holder side: release this key's share of an asset to a grant's holder (one shot)",
		Description: "Checks on chain that the grant exists with enough confirmations, comes from a token the\n" +
			"asset accepts, is for this asset, belongs to the buyer's key and has a high enough tier;\n" +
			"then re-encrypts this holder's share to the buyer and signs the release (EIP-712).\n" +
			"The signing key is the holder key (--keystore/--password-file, or --dev-key on dev chains).",
		Flags: flags,
		Action: func(c *cli.Context) error {
			m, err := readManifest(c.String("manifest"))
			if err != nil {
				return err
			}
			req, err := releaseRequestFromFlags(c, m)
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
			log, err := keyshare.OpenFileLog(c.String("release-log"))
			if err != nil {
				return err
			}
			defer log.Close()
			grants := keyshare.NewChainGrants(s.client, s.chainID.Uint64(), c.Uint64("confirmations"))
			return releaseShare(ctx, c.App.Writer, c.App.ErrWriter, keyshare.NewHolder(s.key, grants, log, keyshare.WithLogger(slog.New(slog.DiscardHandler))), m, req, c.String("out"))
		},
	}
}

func releaseRequestFromFlags(c *cli.Context, m *keyshare.Manifest) (*keyshare.ReleaseRequest, error) {
	grant, err := hexutil.Decode(c.String("grant"))
	if err != nil || len(grant) != common.HashLength {
		return nil, errors.New("--grant must be a 0x-prefixed 32-byte grant id")
	}
	pub, err := hexutil.Decode(c.String("buyer-pubkey"))
	if err != nil {
		return nil, errors.New("--buyer-pubkey must be 0x-prefixed hex")
	}
	if _, err := keyshare.ParsePublicKey(pub); err != nil {
		return nil, fmt.Errorf("--buyer-pubkey: %w", err)
	}
	req := &keyshare.ReleaseRequest{GrantID: common.BytesToHash(grant), AssetID: m.AssetID, BuyerPublicKey: pub}
	if t := c.String("grant-token"); t != "" {
		if !common.IsHexAddress(t) {
			return nil, fmt.Errorf("--grant-token: %q is not an address", t)
		}
		a := common.HexToAddress(t)
		req.Token = &a
	}
	return req, nil
}

// releaseShare makes (or replays from the log) the release and writes it.
func releaseShare(ctx context.Context, stdout, stderr io.Writer, h *keyshare.Holder, m *keyshare.Manifest, req *keyshare.ReleaseRequest, out string) error {
	r, err := h.Release(ctx, m, req)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode release: %w", err)
	}
	data = append(data, '\n')
	if out == "-" {
		_, err = stdout.Write(data)
		return err
	}
	if err := atomicfile.Write(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "released share %d of asset %s to %s for grant %s: %s\n", r.Index, r.AssetID.Hex(), r.Buyer.Hex(), r.GrantID.Hex(), out)
	return nil
}

func assetOpenCommand() *cli.Command {
	flags := append(assetKeyFlags(),
		&cli.StringFlag{Name: "manifest", Usage: "the asset's manifest", Required: true, EnvVars: []string{"DIP_ASSET_MANIFEST"}},
		&cli.StringFlag{Name: "ciphertext", Usage: "the sealed file (default: <asset id>.sealed next to the manifest)", EnvVars: []string{"DIP_ASSET_CIPHERTEXT"}},
		&cli.StringSliceFlag{Name: "release", Usage: "release file from a holder (repeat, at least t)", Required: true, EnvVars: []string{"DIP_ASSET_RELEASES"}},
		&cli.StringFlag{Name: "grant", Usage: "expected grant id (default: the first release's)", EnvVars: []string{"DIP_ASSET_GRANT"}},
		&cli.StringFlag{Name: "out", Usage: "write the plaintext here (only once it fully verified)", Required: true, EnvVars: []string{"DIP_ASSET_PLAINTEXT_OUT"}},
	)
	return &cli.Command{
		Name:  "open",
		Usage: "buyer side: verify released shares, rebuild the key and decrypt the asset",
		Description: "Each release must be signed by its slot's holder for the same grant and for the buyer's\n" +
			"key, and its share must match the manifest's commitment. The rebuilt key is checked\n" +
			"against the manifest; every chunk is authenticated, and the ciphertext's size and hash\n" +
			"must be the manifest's. The key is --keystore/--password-file (or --dev-key on dev chains).",
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
			var releases []*keyshare.Release
			for _, p := range c.StringSlice("release") {
				r, err := readRelease(p)
				if err != nil {
					return err
				}
				releases = append(releases, r)
			}
			var want keyshare.Expect
			if g := c.String("grant"); g != "" {
				b, err := hexutil.Decode(g)
				if err != nil || len(b) != common.HashLength {
					return errors.New("--grant must be a 0x-prefixed 32-byte grant id")
				}
				want.GrantID = common.BytesToHash(b)
			}
			ct := c.String("ciphertext")
			if ct == "" {
				ct = filepath.Join(filepath.Dir(c.String("manifest")), m.AssetID.Hex()+".sealed")
			}
			return openAsset(c.App.Writer, m, releases, want, key, ct, c.String("out"))
		},
	}
}

func readRelease(path string) (*keyshare.Release, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open release: %w", err)
	}
	defer f.Close()
	r, err := keyshare.DecodeRelease(f)
	if err != nil {
		return nil, fmt.Errorf("release %s: %w", path, err)
	}
	return r, nil
}

// openAsset rebuilds the key from releases and decrypts ctPath into out,
// which appears only if everything verified.
func openAsset(w io.Writer, m *keyshare.Manifest, releases []*keyshare.Release, want keyshare.Expect, buyerKey *ecdsa.PrivateKey, ctPath, out string) error {
	key, skipped, err := keyshare.CombineReleases(m, releases, want, buyerKey)
	if err != nil {
		return err
	}
	defer clear(key)
	in, err := os.Open(ctPath)
	if err != nil {
		return fmt.Errorf("open ciphertext: %w", err)
	}
	defer in.Close()
	dir := filepath.Dir(out)
	tmp, err := os.CreateTemp(dir, ".open-*.tmp")
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	cw := &byteCounter{w: tmp}
	err = keyshare.Open(m, cw, in, key)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fmt.Errorf("move plaintext into place: %w", err)
	}
	fmt.Fprintf(w, "decrypted asset %s: %s bytes verified and written to %s\n", m.AssetID.Hex(), groupDigits(cw.n), out)
	for _, s := range skipped {
		fmt.Fprintf(w, "  skipped %s\n", s)
	}
	return nil
}

type byteCounter struct {
	w io.Writer
	n uint64
}

func (b *byteCounter) Write(p []byte) (int, error) {
	n, err := b.w.Write(p)
	b.n += uint64(n)
	return n, err
}
