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
	return powepochs.NewPipeline(powepochs.Config{
		Settlement:   common.HexToAddress(s),
		DataDir:      filepath.Join(cfg.DataDir, "pow"),
		KeyRoot:      c.String("pow-key-dir"),
		StepInterval: c.Duration("pow-step"),
		Samples:      c.Int("pow-samples"),
	})
}
