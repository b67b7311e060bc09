package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/relayer/powepochs"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/zk"
)

// powFlags configures the proof-of-work epochs pipeline.
func powFlags() []cli.Flag {
	const cat = "Pipeline: proof-of-work epochs"
	return []cli.Flag{
		&cli.StringFlag{Name: "pow-settlement", Category: cat, EnvVars: []string{"DIP_RELAYER_POW_SETTLEMENT"},
			Usage: "run the PoW epochs pipeline on this guild Settlement (its PowEpoch verifier must be a PowEpochAdapter)"},
		&cli.StringFlag{Name: "pow-key-dir", Category: cat, Value: filepath.Join(zk.DefaultKeyRoot(), "pow"), EnvVars: []string{"DIP_RELAYER_POW_KEY_DIR"},
			Usage: "directory caching the nonce circuit's Groth16 keys (generated once when missing; must match the on-chain verifier)"},
		&cli.DurationFlag{Name: "pow-step", Category: cat, Value: 5 * time.Second, EnvVars: []string{"DIP_RELAYER_POW_STEP"},
			Usage: "how often the settler advances epochs"},
		&cli.IntFlag{Name: "pow-samples", Category: cat, Value: pow.DefaultSamples, EnvVars: []string{"DIP_RELAYER_POW_SAMPLES"},
			Usage: "nonces recomputed per received batch"},
		&cli.BoolFlag{Name: "pow-nats", Category: cat, Value: true, EnvVars: []string{"DIP_RELAYER_POW_NATS"},
			Usage: "also ingest batches over NATS JetStream, subject dip.pow.<epoch>.batch (an embedded server unless --pow-nats-url)"},
		&cli.StringFlag{Name: "pow-nats-url", Category: cat, EnvVars: []string{"DIP_RELAYER_POW_NATS_URL"},
			Usage: "external NATS cluster URL(s), comma-separated; empty starts the embedded server"},
		&cli.IntFlag{Name: "pow-nats-port", Category: cat, Value: 4223, EnvVars: []string{"DIP_RELAYER_POW_NATS_PORT"},
			Usage: "port of the embedded NATS server on 127.0.0.1 (-1: any free port; deliberation's embedded server uses 4222)"},
		&cli.StringFlag{Name: "pow-nats-durable", Category: cat, Value: powepochs.DefaultDurable, EnvVars: []string{"DIP_RELAYER_POW_NATS_DURABLE"},
			Usage: "durable consumer name; relayers sharing one stream need their own names"},
	}
}

// powPipelineFromFlags builds the PoW epochs pipeline when --pow-settlement is set.
func powPipelineFromFlags(c *cli.Context, cfg service.CLIConfig) (service.Pipeline, error) {
	s := c.String("pow-settlement")
	if s == "" {
		return nil, nil
	}
	if !common.IsHexAddress(s) {
		return nil, fmt.Errorf("--pow-settlement %q is not an address", s)
	}
	if c.Int("pow-samples") < 1 {
		return nil, fmt.Errorf("--pow-samples must be at least 1, got %d", c.Int("pow-samples"))
	}
	var natsCfg *powepochs.NATSConfig
	if c.Bool("pow-nats") {
		natsCfg = &powepochs.NATSConfig{
			URL: c.String("pow-nats-url"), Port: c.Int("pow-nats-port"),
			StoreDir: filepath.Join(cfg.DataDir, "pow", "nats"), Durable: c.String("pow-nats-durable"),
		}
	}
	return powepochs.NewPipeline(powepochs.Config{
		Settlement:   common.HexToAddress(s),
		DataDir:      filepath.Join(cfg.DataDir, "pow"),
		KeyRoot:      c.String("pow-key-dir"),
		StepInterval: c.Duration("pow-step"),
		Samples:      c.Int("pow-samples"),
		NATS:         natsCfg,
	})
}
