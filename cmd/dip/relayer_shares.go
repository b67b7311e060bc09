package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/keyshares"
	"github.com/dip-market/dip/relayer/service"
)

// sharesFlags configures the key-share holder pipeline of an authority node.
func sharesFlags() []cli.Flag {
	const cat = "Pipeline: key shares"
	return []cli.Flag{
		&cli.StringFlag{Name: "shares-key-file", Category: cat, EnvVars: []string{"DIP_SHARES_KEY_FILE"},
			Usage: "run the key-share holder, decrypting shares with this encrypted keystore (v3) file"},
		&cli.StringFlag{Name: "shares-password-file", Category: cat, EnvVars: []string{"DIP_SHARES_PASSWORD_FILE"},
			Usage: "file holding the share keystore's passphrase"},
		&cli.StringFlag{Name: "shares-manifest-dir", Category: cat, EnvVars: []string{"DIP_SHARES_MANIFEST_DIR"},
			Usage: "directory of the manifests of the assets served (<asset id>.manifest.json)"},
		&cli.StringFlag{Name: "shares-release-log", Category: cat, EnvVars: []string{"DIP_SHARES_RELEASE_LOG"},
			Usage: "release log (default: shares-releases.jsonl in the data directory)"},
		&cli.StringSliceFlag{Name: "shares-push-token", Category: cat, EnvVars: []string{"DIP_SHARES_PUSH_TOKEN"},
			Usage: "LAT contract whose AccessGranted events are released before buyers ask (repeatable)"},
		&cli.Uint64Flag{Name: "shares-confirmations", Category: cat, Value: 12, EnvVars: []string{"DIP_SHARES_CONFIRMATIONS"},
			Usage: "blocks (counting the grant's) before a grant is honoured; use the chain's reorg depth"},
		&cli.Uint64Flag{Name: "shares-start-block", Category: cat, EnvVars: []string{"DIP_SHARES_START_BLOCK"},
			Usage: "first block the push watcher reads when it has no checkpoint"},
		&cli.StringFlag{Name: "shares-authority-registry", Category: cat, EnvVars: []string{"DIP_SHARES_AUTHORITY_REGISTRY"},
			Usage: "refuse to start unless this AuthorityRegistry holds the share key for the signing account, and release only assets registered there whose record matches the manifest"},
		&cli.BoolFlag{Name: "shares-sign-with-share-key", Category: cat, EnvVars: []string{"DIP_SHARES_SIGN_WITH_SHARE_KEY"},
			Usage: "sign releases with the share key instead of the relayer's signer"},
	}
}

// sharesPipelineFromFlags builds the share holder when --shares-key-file is set.
func sharesPipelineFromFlags(c *cli.Context, cfg service.CLIConfig) (service.Pipeline, error) {
	keyFile := c.String("shares-key-file")
	if keyFile == "" {
		return nil, nil
	}
	var tokens []common.Address
	for _, tk := range c.StringSlice("shares-push-token") {
		if !common.IsHexAddress(tk) {
			return nil, fmt.Errorf("--shares-push-token %q is not an address", tk)
		}
		tokens = append(tokens, common.HexToAddress(tk))
	}
	var registry common.Address
	if r := c.String("shares-authority-registry"); r != "" {
		if !common.IsHexAddress(r) {
			return nil, fmt.Errorf("--shares-authority-registry %q is not an address", r)
		}
		registry = common.HexToAddress(r)
	}
	if c.String("shares-password-file") == "" {
		return nil, errors.New("--shares-key-file needs --shares-password-file (or DIP_SHARES_PASSWORD_FILE)")
	}
	if c.String("shares-manifest-dir") == "" {
		return nil, errors.New("--shares-key-file needs --shares-manifest-dir (or DIP_SHARES_MANIFEST_DIR)")
	}
	logPath := c.String("shares-release-log")
	if logPath == "" {
		logPath = filepath.Join(cfg.DataDir, "shares-releases.jsonl")
	}
	p, err := keyshares.NewPipeline(keyshares.Config{
		KeyFile:           keyFile,
		PassphraseFile:    c.String("shares-password-file"),
		ManifestDir:       c.String("shares-manifest-dir"),
		LogPath:           logPath,
		Tokens:            tokens,
		Confirmations:     c.Uint64("shares-confirmations"),
		StartBlock:        c.Uint64("shares-start-block"),
		SignWithShareKey:  c.Bool("shares-sign-with-share-key"),
		AuthorityRegistry: registry,
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}
