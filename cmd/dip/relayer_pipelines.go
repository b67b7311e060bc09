package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/keyshares"
	"github.com/dip-market/dip/relayer/service"
)

// Flags of the settlement pipelines `dip relayer run` can host. A pipeline
// runs when its required flag is set; these settings are flags and env vars
// only (the JSON config file covers the core service).
func pipelineFlags() []cli.Flag {
	const cat = "Pipeline: deliberation"
	return append([]cli.Flag{
		&cli.StringFlag{Name: "deliberation-settlement", Category: cat, EnvVars: []string{"DIP_DELIBERATION_SETTLEMENT"},
			Usage: "run the deliberation pipeline, settling sessions on this guild Settlement"},
		&cli.StringSliceFlag{Name: "deliberation-orchestrator", Category: cat, EnvVars: []string{"DIP_DELIBERATION_ORCHESTRATOR"},
			Usage: "address allowed to sign session manifests (repeatable)"},
		&cli.BoolFlag{Name: "deliberation-watchtower", Category: cat, EnvVars: []string{"DIP_DELIBERATION_WATCHTOWER"},
			Usage: "also challenge other relayers' wrong tallies"},
		&cli.Float64Flag{Name: "deliberation-rate", Category: cat, Value: 50, EnvVars: []string{"DIP_DELIBERATION_RATE"},
			Usage: "messages per second accepted from one signer"},
		&cli.IntFlag{Name: "deliberation-burst", Category: cat, Value: 200, EnvVars: []string{"DIP_DELIBERATION_BURST"},
			Usage: "burst of messages accepted from one signer"},
		&cli.DurationFlag{Name: "deliberation-step", Category: cat, Value: 2 * time.Second, EnvVars: []string{"DIP_DELIBERATION_STEP"},
			Usage: "how often the settler advances sessions"},
		&cli.BoolFlag{Name: "deliberation-nats", Category: cat, Value: true, EnvVars: []string{"DIP_DELIBERATION_NATS"},
			Usage: "also ingest over NATS JetStream (an embedded server unless --deliberation-nats-url)"},
		&cli.StringFlag{Name: "deliberation-nats-url", Category: cat, EnvVars: []string{"DIP_DELIBERATION_NATS_URL"},
			Usage: "external NATS cluster URL(s), comma-separated; empty starts the embedded server"},
		&cli.IntFlag{Name: "deliberation-nats-port", Category: cat, Value: 4222, EnvVars: []string{"DIP_DELIBERATION_NATS_PORT"},
			Usage: "port of the embedded NATS server on 127.0.0.1 (-1: any free port)"},
	}, sharesFlags()...)
}

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
			Usage: "refuse to start unless this AuthorityRegistry holds the share key for the signing account"},
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

// pipelinesFromFlags builds the pipelines the flags ask for.
func pipelinesFromFlags(c *cli.Context, cfg service.CLIConfig) ([]service.Pipeline, error) {
	var out []service.Pipeline
	if s := c.String("deliberation-settlement"); s != "" {
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("--deliberation-settlement %q is not an address", s)
		}
		var orchestrators []common.Address
		for _, o := range c.StringSlice("deliberation-orchestrator") {
			if !common.IsHexAddress(o) {
				return nil, fmt.Errorf("--deliberation-orchestrator %q is not an address", o)
			}
			orchestrators = append(orchestrators, common.HexToAddress(o))
		}
		var natsCfg *deliberation.NATSConfig
		if c.Bool("deliberation-nats") {
			natsCfg = &deliberation.NATSConfig{
				URL: c.String("deliberation-nats-url"), Port: c.Int("deliberation-nats-port"),
				StoreDir: filepath.Join(cfg.DataDir, "nats"),
			}
		}
		p, err := deliberation.NewPipeline(deliberation.Config{
			DBPath:        filepath.Join(cfg.DataDir, "deliberation.db"),
			Settlement:    common.HexToAddress(s),
			Orchestrators: orchestrators,
			RateLimit:     deliberation.RateLimit{PerSecond: c.Float64("deliberation-rate"), Burst: c.Int("deliberation-burst")},
			StepInterval:  c.Duration("deliberation-step"),
			Watchtower:    c.Bool("deliberation-watchtower"),
			NATS:          natsCfg,
		}, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if p, err := sharesPipelineFromFlags(c, cfg); err != nil {
		return nil, err
	} else if p != nil {
		out = append(out, p)
	}
	return out, nil
}
