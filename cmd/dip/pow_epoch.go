package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip/pow"
)

// powEpochCommand groups the epoch publisher's steps on PowEpochs and the
// read-out miners use (docs/pow.md, "Epochs on chain").
func powEpochCommand() *cli.Command {
	return &cli.Command{
		Name:  "epoch",
		Usage: "publish a ladder competition's PoW epoch on PowEpochs (schedule, seed, publish) and read it (show)",
		Subcommands: []*cli.Command{
			powEpochScheduleCommand(), powEpochSeedCommand(), powEpochPublishCommand(), powEpochShowCommand(),
		},
	}
}

func powEpochFlags(extra ...cli.Flag) []cli.Flag {
	return append(append(chainFlags(),
		&cli.StringFlag{Name: "epochs", Usage: "PowEpochs contract address", Required: true, EnvVars: []string{"DIP_POW_EPOCHS"}},
		&cli.Uint64Flag{Name: "competition", Usage: "ladder competition id (= epoch number)", Required: true, EnvVars: []string{"DIP_POW_COMPETITION"}},
	), extra...)
}

// epochSession opens the chain and attaches PowEpochs.
func epochSession(ctx context.Context, c *cli.Context, needSigner bool) (*session, *pow.Epochs, error) {
	addr := c.String("epochs")
	if !common.IsHexAddress(addr) {
		return nil, nil, fmt.Errorf("--epochs %q is not an address", addr)
	}
	s, err := openSession(ctx, c, needSigner)
	if err != nil {
		return nil, nil, err
	}
	return s, pow.AttachEpochs(common.HexToAddress(addr), s.client), nil
}

func powEpochScheduleCommand() *cli.Command {
	return &cli.Command{
		Name:  "schedule",
		Usage: "fix a competition's epoch while its entries are open (PUBLISHER_ROLE)",
		Flags: powEpochFlags(
			&cli.Uint64Flag{Name: "difficulty", Usage: "difficulty D: about one nonce in D is valid", Value: 1000, EnvVars: []string{"DIP_POW_DIFFICULTY"}},
			&cli.UintFlag{Name: "calibration-samples", Usage: "nonces the threshold is calibrated on after the draw (0: 100*D)", EnvVars: []string{"DIP_POW_CALIBRATION_SAMPLES"}},
			&cli.DurationFlag{Name: "mining-window", Usage: "mining time after the seed is drawn", Value: time.Hour, EnvVars: []string{"DIP_POW_MINING_WINDOW"}},
			&cli.IntFlag{Name: "width", Usage: "model width", Value: pow.DefaultSpec.Width, EnvVars: []string{"DIP_POW_WIDTH"}},
			&cli.IntFlag{Name: "layers", Usage: "transformer blocks", Value: pow.DefaultSpec.Layers, EnvVars: []string{"DIP_POW_LAYERS"}},
			&cli.IntFlag{Name: "heads", Usage: "attention heads (must divide the width)", Value: pow.DefaultSpec.Heads, EnvVars: []string{"DIP_POW_HEADS"}},
			&cli.IntFlag{Name: "seq-len", Usage: "tokens per input sequence", Value: pow.DefaultSpec.SeqLen, EnvVars: []string{"DIP_POW_SEQ_LEN"}},
			&cli.IntFlag{Name: "ffn", Usage: "feed-forward hidden width", Value: pow.DefaultSpec.FFN, EnvVars: []string{"DIP_POW_FFN"}},
		),
		Action: func(c *cli.Context) error {
			spec := pow.Spec{Width: c.Int("width"), Layers: c.Int("layers"), Heads: c.Int("heads"), SeqLen: c.Int("seq-len"), FFN: c.Int("ffn")}
			if err := spec.Check(); err != nil {
				return err
			}
			d := c.Uint64("difficulty")
			if d == 0 {
				return errors.New("--difficulty must be at least 1")
			}
			samples := uint64(c.Uint("calibration-samples"))
			if samples == 0 {
				samples = d * 100
			}
			if samples > 1<<32-1 {
				return fmt.Errorf("--calibration-samples %d does not fit 32 bits", samples)
			}
			window := c.Duration("mining-window")
			if window < time.Second {
				return errors.New("--mining-window must be at least 1s")
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, ep, err := epochSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			id := c.Uint64("competition")
			r, err := ep.Schedule(ctx, s.opts(), id, spec, d, uint32(samples), uint64(window/time.Second))
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(c.App.Writer, "scheduled epoch %d: model %s, D=%d, %d calibration samples, mining %s after the draw (tx %s, gas %d)\n",
				id, spec, d, samples, window, r.TxHash.Hex(), r.GasUsed)
			return err
		},
	}
}

func powEpochSeedCommand() *cli.Command {
	return &cli.Command{
		Name:  "seed",
		Usage: "request the seed block once entries are closed, wait for it, and draw the seed (anyone)",
		Flags: powEpochFlags(
			&cli.DurationFlag{Name: "poll", Usage: "block polling interval while waiting for the seed block", Value: 2 * time.Second, EnvVars: []string{"DIP_POW_POLL"}},
		),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, ep, err := epochSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			id := c.Uint64("competition")
			w := c.App.Writer
			e, err := ep.Epoch(ctx, id)
			if err != nil {
				return err
			}
			if e.Drawn() {
				_, err := fmt.Fprintf(w, "epoch %d already drawn: seed %s, mining ends at %s\n", id, e.Seed.Hex(), unixTime(e.MiningEnd))
				return err
			}
			head, err := s.client.BlockNumber(ctx)
			if err != nil {
				return err
			}
			if e.SeedBlock == 0 || head > e.SeedBlock+256 {
				r, err := ep.RequestSeed(ctx, s.opts(), id)
				if err != nil {
					return err
				}
				if e, err = ep.Epoch(ctx, id); err != nil {
					return err
				}
				fmt.Fprintf(w, "requested seed block %d (tx %s)\n", e.SeedBlock, r.TxHash.Hex())
			}
			for head <= e.SeedBlock {
				select {
				case <-ctx.Done():
					return fmt.Errorf("waiting for seed block %d (head %d): %w", e.SeedBlock, head, ctx.Err())
				case <-time.After(c.Duration("poll")):
				}
				if head, err = s.client.BlockNumber(ctx); err != nil {
					return err
				}
			}
			e, r, err := ep.DrawSeed(ctx, s.opts(), id)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(w, "drew epoch %d: seed %s, mining ends at %s (tx %s); next: dip pow epoch publish\n",
				id, e.Seed.Hex(), unixTime(e.MiningEnd), r.TxHash.Hex())
			return err
		},
	}
}

func powEpochPublishCommand() *cli.Command {
	return &cli.Command{
		Name:  "publish",
		Usage: "calibrate the drawn epoch and publish its threshold (PUBLISHER_ROLE)",
		Flags: powEpochFlags(),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, ep, err := epochSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			id := c.Uint64("competition")
			start := time.Now()
			e, err := ep.Publish(ctx, s.opts(), id)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(c.App.Writer, "published epoch %d: threshold %d (calibrated on %d samples in %s)\n",
				id, e.Threshold, e.CalibrationSamples, time.Since(start).Round(time.Millisecond))
			return err
		},
	}
}

func powEpochShowCommand() *cli.Command {
	return &cli.Command{
		Name:  "show",
		Usage: "print a competition's epoch; with --out, check the threshold and write the params for 'dip pow mine'",
		Flags: powEpochFlags(
			&cli.StringFlag{Name: "out", Usage: "write the epoch parameters JSON here (after checking the threshold against the calibration)", EnvVars: []string{"DIP_POW_OUT"}},
		),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, ep, err := epochSession(ctx, c, false)
			if err != nil {
				return err
			}
			defer s.Close()
			id := c.Uint64("competition")
			e, err := ep.Epoch(ctx, id)
			if err != nil {
				return err
			}
			w := c.App.Writer
			if !e.Scheduled() {
				return fmt.Errorf("competition %d has no epoch on %s", id, ep.Address().Hex())
			}
			spec, err := pow.SpecFromWord(e.SpecWord)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "epoch %d: model %s, D=%d, %d calibration samples, mining window %ds\n", id, spec, e.Difficulty, e.CalibrationSamples, e.MiningWindow)
			switch {
			case !e.Drawn():
				fmt.Fprintf(w, "seed: not drawn (seed block %d)\n", e.SeedBlock)
			case !e.Published:
				fmt.Fprintf(w, "seed %s, mining ends at %s; threshold not published\n", e.Seed.Hex(), unixTime(e.MiningEnd))
			default:
				fmt.Fprintf(w, "seed %s, mining ends at %s, threshold %d\n", e.Seed.Hex(), unixTime(e.MiningEnd), e.Threshold)
			}
			path := c.String("out")
			if path == "" {
				return nil
			}
			p, err := e.CheckedParams(ctx)
			if err != nil {
				return err
			}
			out, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
				return fmt.Errorf("write parameters: %w", err)
			}
			_, err = fmt.Fprintf(w, "threshold matches the calibration; wrote %s\n", path)
			return err
		},
	}
}

func unixTime(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }
