package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/powepochs"
)

func powCommand() *cli.Command {
	return &cli.Command{
		Name:  "pow",
		Usage: "transformer proof of work: calibrate an epoch, mine signed batches, verify batches, prove nonces",
		Description: "Each epoch derives a random integer transformer from its seed; a nonce is valid when the\n" +
			"model's output for it lies within a distance threshold of a target (about 1 nonce in D).\n" +
			"See docs/pow.md.",
		Subcommands: []*cli.Command{powCalibrateCommand(), powMineCommand(), powVerifyCommand(), powProveCommand(), powEpochCommand()},
	}
}

// powDomainFlags name the Settlement domain batches are signed under.
func powDomainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: "chain-id", Usage: "chain id of the Settlement's EIP-712 domain", Value: 1337, EnvVars: []string{"DIP_POW_CHAIN_ID"}},
		&cli.StringFlag{Name: "settlement", Usage: "Settlement contract address (EIP-712 verifying contract)", Required: true, EnvVars: []string{"DIP_POW_SETTLEMENT"}},
	}
}

func powDomain(c *cli.Context) (dipmsg.Domain, error) {
	s := c.String("settlement")
	if !common.IsHexAddress(s) {
		return dipmsg.Domain{}, fmt.Errorf("--settlement %q is not an address", s)
	}
	return dipmsg.NewDomain(new(big.Int).SetUint64(c.Uint64("chain-id")), common.HexToAddress(s)), nil
}

func powParamsFlag() cli.Flag {
	return &cli.StringFlag{Name: "params", Usage: "epoch parameters JSON written by 'dip pow calibrate'", Required: true, EnvVars: []string{"DIP_POW_PARAMS"}}
}

func readParams(path string) (pow.Params, error) {
	var p pow.Params
	raw, err := os.ReadFile(path)
	if err != nil {
		return p, fmt.Errorf("read epoch parameters: %w", err)
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, fmt.Errorf("epoch parameters %s: %w", path, err)
	}
	if err := p.Check(); err != nil {
		return p, fmt.Errorf("epoch parameters %s: %w", path, err)
	}
	return p, nil
}

func powCalibrateCommand() *cli.Command {
	return &cli.Command{
		Name:  "calibrate",
		Usage: "measure an epoch model's distance distribution and write its parameters with the threshold for difficulty D",
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "epoch", Usage: "epoch number", Required: true, EnvVars: []string{"DIP_POW_EPOCH"}},
			&cli.StringFlag{Name: "seed", Usage: "epoch seed, 32 bytes hex (the on-chain seed)", Required: true, EnvVars: []string{"DIP_POW_SEED"}},
			&cli.Uint64Flag{Name: "difficulty", Usage: "difficulty D: about one nonce in D is valid", Value: 1000, EnvVars: []string{"DIP_POW_DIFFICULTY"}},
			&cli.IntFlag{Name: "samples", Usage: "nonces to sample (0: 100*D, the documented minimum)", EnvVars: []string{"DIP_POW_SAMPLES"}},
			&cli.IntFlag{Name: "width", Usage: "model width", Value: pow.DefaultSpec.Width, EnvVars: []string{"DIP_POW_WIDTH"}},
			&cli.IntFlag{Name: "layers", Usage: "transformer blocks", Value: pow.DefaultSpec.Layers, EnvVars: []string{"DIP_POW_LAYERS"}},
			&cli.IntFlag{Name: "heads", Usage: "attention heads (must divide the width)", Value: pow.DefaultSpec.Heads, EnvVars: []string{"DIP_POW_HEADS"}},
			&cli.IntFlag{Name: "seq-len", Usage: "tokens per input sequence", Value: pow.DefaultSpec.SeqLen, EnvVars: []string{"DIP_POW_SEQ_LEN"}},
			&cli.IntFlag{Name: "ffn", Usage: "feed-forward hidden width", Value: pow.DefaultSpec.FFN, EnvVars: []string{"DIP_POW_FFN"}},
			&cli.StringFlag{Name: "out", Usage: "write the epoch parameters JSON here (default: stdout only)", EnvVars: []string{"DIP_POW_OUT"}},
		},
		Action: func(c *cli.Context) error {
			seed, err := hexutil.Decode(c.String("seed"))
			if err != nil || len(seed) != 32 {
				return fmt.Errorf("--seed must be 32 bytes of 0x-prefixed hex")
			}
			p := pow.Params{
				Epoch: c.Uint64("epoch"), Seed: common.BytesToHash(seed), Difficulty: c.Uint64("difficulty"),
				Spec: pow.Spec{Width: c.Int("width"), Layers: c.Int("layers"), Heads: c.Int("heads"), SeqLen: c.Int("seq-len"), FFN: c.Int("ffn")},
			}
			if err := p.Check(); err != nil {
				return err
			}
			samples := c.Int("samples")
			if samples == 0 {
				samples = int(min(p.Difficulty*100, 1<<24))
			}
			w := c.App.Writer
			fmt.Fprintf(w, "calibrating epoch %d, model %s (%d multiply-adds per nonce), %d samples...\n", p.Epoch, p.Spec, p.Spec.MACs(), samples)
			start := time.Now()
			cal, err := pow.Calibrate(c.Context, p, samples)
			if err != nil {
				return err
			}
			el := time.Since(start)
			p.Threshold = cal.Threshold
			fmt.Fprintf(w, "distance: min %d, 1%% %d, median %d, max %d, mean %.1f, std %.1f\n", cal.Min, cal.P01, cal.P50, cal.Max, cal.Mean, cal.StdDev)
			fmt.Fprintf(w, "threshold %d for D=%d: %.4g%% of samples valid (%.0f nonces/s)\n", cal.Threshold, p.Difficulty, 100*cal.ValidRate, float64(samples)/el.Seconds())
			out, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				return err
			}
			if path := c.String("out"); path != "" {
				if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
					return fmt.Errorf("write parameters: %w", err)
				}
				fmt.Fprintf(w, "wrote %s\n", path)
				return nil
			}
			_, err = fmt.Fprintf(w, "%s\n", out)
			return err
		},
	}
}

func powMineCommand() *cli.Command {
	flags := []cli.Flag{
		powParamsFlag(),
		&cli.StringFlag{Name: "keystore", Usage: "path to an encrypted keystore (v3) file holding the miner key", EnvVars: []string{"DIP_KEYSTORE"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore passphrase", EnvVars: []string{"DIP_PASSWORD_FILE"}},
		&cli.IntFlag{Name: "dev-key", Usage: "sign with development key N (only with a dev --chain-id 1337/31337)", Value: -1, EnvVars: []string{"DIP_DEV_KEY"}},
		&cli.DurationFlag{Name: "duration", Usage: "mine for this long (the epoch end)", Value: time.Minute, EnvVars: []string{"DIP_POW_DURATION"}},
		&cli.IntFlag{Name: "workers", Usage: "mining goroutines (0: one per core)", EnvVars: []string{"DIP_POW_WORKERS"}},
		&cli.IntFlag{Name: "batch-size", Usage: "valid nonces per signed batch", Value: 256, EnvVars: []string{"DIP_POW_BATCH_SIZE"}},
		&cli.Uint64Flag{Name: "start-counter", Usage: "first nonce counter (resume a run at the printed next counter)", EnvVars: []string{"DIP_POW_START_COUNTER"}},
		&cli.Uint64Flag{Name: "max-nonces", Usage: "stop after this many nonces (0: no limit)", EnvVars: []string{"DIP_POW_MAX_NONCES"}},
		&cli.DurationFlag{Name: "progress-every", Usage: "progress report interval", Value: 2 * time.Second, EnvVars: []string{"DIP_POW_PROGRESS_EVERY"}},
		&cli.StringFlag{Name: "out-dir", Usage: "directory for the signed batch envelopes (batch-<epoch>-<n>.json)", Value: ".", EnvVars: []string{"DIP_POW_OUT_DIR"}},
		&cli.StringFlag{Name: "relayer-url", Usage: "also send every batch to this relayer (its pow-epochs pipeline: the relayer HTTP address, e.g. http://127.0.0.1:7300); the files stay as a record", EnvVars: []string{"DIP_POW_RELAYER_URL"}},
	}
	return &cli.Command{
		Name:  "mine",
		Usage: "mine an epoch on every core and write signed PowBatch envelopes",
		Flags: append(flags, powDomainFlags()...),
		Action: func(c *cli.Context) error {
			p, err := readParams(c.String("params"))
			if err != nil {
				return err
			}
			d, err := powDomain(c)
			if err != nil {
				return err
			}
			key, err := loadKey(c, d.ChainID)
			if err != nil {
				return err
			}
			if c.Uint64("start-counter") > 1<<32-1 {
				return fmt.Errorf("--start-counter %d does not fit 32 bits", c.Uint64("start-counter"))
			}
			dir := c.String("out-dir")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("create --out-dir: %w", err)
			}
			w := c.App.Writer
			miner := crypto.PubkeyToAddress(key.PublicKey)
			fmt.Fprintf(w, "mining epoch %d as %s: model %s, D=%d, threshold %d, for %s\n", p.Epoch, miner.Hex(), p.Spec, p.Difficulty, p.Threshold, c.Duration("duration"))
			// Ctrl-C or SIGTERM ends the run early; found nonces are still signed and written.
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			n, sent, refused := 0, 0, 0
			relayer := c.String("relayer-url")
			res, err := pow.Mine(ctx, pow.MinerConfig{
				Params: p, Miner: miner, Signer: dipmsg.KeySigner{Key: key}, Domain: d,
				Workers: c.Int("workers"), Deadline: time.Now().Add(c.Duration("duration")),
				BatchSize: c.Int("batch-size"), StartCounter: uint32(c.Uint64("start-counter")), MaxNonces: c.Uint64("max-nonces"),
				ProgressEvery: c.Duration("progress-every"),
				OnProgress:    func(pr pow.Progress) { printProgress(w, pr) },
				OnBatch: func(b dipmsg.SignedPowBatch) error {
					n++
					path := filepath.Join(dir, fmt.Sprintf("batch-%d-%d.json", p.Epoch, n))
					raw, err := writeBatch(w, path, d, b)
					if err != nil || relayer == "" {
						return err
					}
					// A refused batch does not stop mining: the file stays for a later retry.
					r, err := powepochs.PostBatch(ctx, nil, relayer, raw)
					if err != nil {
						refused++
						fmt.Fprintf(w, "  relayer refused %s: %v\n", path, err)
						return nil
					}
					sent++
					fmt.Fprintf(w, "  relayer accepted %s: %d nonces, %d sampled, %d verified so far\n", path, r.Nonces, r.Sampled, r.Verified)
					return nil
				},
			})
			if err != nil {
				return err
			}
			if _, err = fmt.Fprintf(w, "done: %d nonces, %d valid, %d batches in %s; resume with --start-counter %d\n",
				res.Hashes, res.Valid, res.Batches, res.Elapsed.Round(time.Millisecond), res.NextCounter); err != nil {
				return err
			}
			if relayer != "" {
				fmt.Fprintf(w, "relayer %s: %d batches accepted, %d refused\n", relayer, sent, refused)
				if refused > 0 {
					return fmt.Errorf("%w: %d of %d batches refused by %s (files in %s)", errBatchRejected, refused, sent+refused, relayer, dir)
				}
			}
			return nil
		},
	}
}

func printProgress(w io.Writer, p pow.Progress) {
	fmt.Fprintf(w, "  %s: %d nonces (%.0f/s), %d valid, %s to the epoch end, ~%.1f valid expected by then\n",
		p.Elapsed.Round(time.Second), p.Hashes, p.Rate, p.Valid, p.Remaining.Round(time.Second), p.ExpectedAtEnd)
}

// writeBatch writes b as an envelope file and returns the envelope JSON.
func writeBatch(w io.Writer, path string, d dipmsg.Domain, b dipmsg.SignedPowBatch) ([]byte, error) {
	env := &dipmsg.Envelope{Domain: d, Message: b.Message, Sig: b.Sig}
	raw, err := json.Marshal(env)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("write batch: %w", err)
	}
	_, err = fmt.Fprintf(w, "  batch of %d valid nonces -> %s\n", len(b.Message.Nonces), path)
	return raw, err
}

// errBatchRejected is returned by 'dip pow verify' when a batch fails.
var errBatchRejected = errors.New("batch rejected")

func powVerifyCommand() *cli.Command {
	flags := []cli.Flag{
		powParamsFlag(),
		&cli.StringFlag{Name: "batch", Usage: "signed PowBatch envelope JSON (as written by 'dip pow mine')", Required: true, EnvVars: []string{"DIP_POW_BATCH"}},
		&cli.StringFlag{Name: "sample-seed", Usage: "32-byte hex seed the miner could not know (e.g. a later block hash) choosing the sampled nonces", Required: true, EnvVars: []string{"DIP_POW_SAMPLE_SEED"}},
		&cli.IntFlag{Name: "samples", Usage: "nonces recomputed per batch", Value: pow.DefaultSamples, EnvVars: []string{"DIP_POW_VERIFY_SAMPLES"}},
	}
	return &cli.Command{
		Name:  "verify",
		Usage: "verify a signed batch: signature, epoch, duplicates, plausible count, and sampled nonces recomputed",
		Flags: append(flags, powDomainFlags()...),
		Action: func(c *cli.Context) error {
			p, err := readParams(c.String("params"))
			if err != nil {
				return err
			}
			d, err := powDomain(c)
			if err != nil {
				return err
			}
			seed, err := hexutil.Decode(c.String("sample-seed"))
			if err != nil || len(seed) != 32 {
				return fmt.Errorf("--sample-seed must be 32 bytes of 0x-prefixed hex")
			}
			raw, err := os.ReadFile(c.String("batch"))
			if err != nil {
				return fmt.Errorf("read batch: %w", err)
			}
			env, err := dipmsg.DecodeEnvelope(raw)
			if err != nil {
				return fmt.Errorf("%w: %w", errBatchRejected, err)
			}
			b, ok := env.Message.(*dipmsg.PowBatch)
			if !ok {
				return fmt.Errorf("%w: %s is a %s, not a PowBatch", errBatchRejected, c.String("batch"), env.Message.TypeName())
			}
			v, err := pow.NewVerifier(p, d)
			if err != nil {
				return err
			}
			v.Samples = c.Int("samples")
			start := time.Now()
			r, err := v.Verify(dipmsg.SignedPowBatch{Message: b, Sig: env.Sig}, [32]byte(seed))
			if err != nil {
				return fmt.Errorf("%w: %w", errBatchRejected, err)
			}
			_, err = fmt.Fprintf(c.App.Writer, "ok: %d valid nonces from %s in epoch %d; %d sampled and recomputed in %s\n",
				r.Nonces, b.Miner.Hex(), b.Epoch, len(r.Sampled), time.Since(start).Round(time.Millisecond))
			return err
		},
	}
}
