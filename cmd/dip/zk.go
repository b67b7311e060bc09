package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/onchain"
	"github.com/dip-market/dip/zk/quant"
)

func zkCommand() *cli.Command {
	return &cli.Command{
		Name:  "zk",
		Usage: "set up, prove and verify zero-knowledge proofs of sampled int8 inference",
		Description: "Circuits (see docs/zk.md): sample (one sampled layer of a model committed by a MiMC root),\n" +
			"batch (k samples in one proof), layer (k positions through one layer, product checked by\n" +
			"Freivalds' test, weights bound by a Pedersen commitment) and direct (benchmark baseline).\n" +
			"Keys are generated on demand into --keys-dir (never committed) and reused.",
		Subcommands: []*cli.Command{
			zkSetupCommand(),
			zkProveCommand(),
			zkVerifyCommand(),
			zkInfoCommand(),
			zkExportCommand(),
		},
	}
}

// zkCircuitFlags select one circuit; every command that needs keys takes them.
func zkCircuitFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "circuit", Usage: "circuit family: sample, batch, layer or direct", Value: "sample", EnvVars: []string{"DIP_ZK_CIRCUIT"}},
		&cli.StringFlag{Name: "shape", Usage: "layer shape OUTxIN (outputs x inputs)", Value: "16x16", EnvVars: []string{"DIP_ZK_SHAPE"}},
		&cli.UintFlag{Name: "shift", Usage: "requantization shift (acc >> shift)", Value: 6, EnvVars: []string{"DIP_ZK_SHIFT"}},
		&cli.BoolFlag{Name: "relu", Usage: "the layer applies ReLU before clamping", Value: true, EnvVars: []string{"DIP_ZK_RELU"}},
		&cli.IntFlag{Name: "depth", Usage: "model tree depth (sample, batch): models of up to 2^depth layers", Value: 2, EnvVars: []string{"DIP_ZK_DEPTH"}},
		&cli.IntFlag{Name: "batch", Usage: "samples (batch) or positions (layer, direct) per proof", Value: 4, EnvVars: []string{"DIP_ZK_BATCH"}},
		&cli.BoolFlag{Name: "plain-range-checks", Usage: "bit-decomposition range checks: no commitment, cheaper to verify (sample, batch, direct)", EnvVars: []string{"DIP_ZK_PLAIN_RANGE_CHECKS"}},
		&cli.BoolFlag{Name: "check-weights", Usage: "range-check the committed weights in the circuit (layer)", Value: true, EnvVars: []string{"DIP_ZK_CHECK_WEIGHTS"}},
		&cli.BoolFlag{Name: "check-activations", Usage: "range-check the committed inputs and outputs in the circuit (layer)", Value: true, EnvVars: []string{"DIP_ZK_CHECK_ACTIVATIONS"}},
		&cli.StringFlag{Name: "keys-dir", Usage: "key cache directory", Value: zk.DefaultKeyRoot(), EnvVars: []string{"DIP_ZK_KEYS_DIR"}},
	}
}

// zkSpec builds the circuit spec from the circuit flags.
func zkSpec(c *cli.Context) (zk.Spec, error) {
	out, in, ok := strings.Cut(strings.ToLower(c.String("shape")), "x")
	o, err1 := strconv.Atoi(out)
	i, err2 := strconv.Atoi(in)
	if !ok || err1 != nil || err2 != nil {
		return zk.Spec{}, fmt.Errorf("%w: --shape %q is not OUTxIN (e.g. 16x16)", errUsage, c.String("shape"))
	}
	shape := quant.Shape{In: i, Out: o, Shift: c.Uint("shift"), ReLU: c.Bool("relu")}
	var spec zk.Spec
	switch zk.Kind(c.String("circuit")) {
	case zk.KindSample:
		spec = zk.SampleSpec(shape, c.Int("depth"), c.Bool("plain-range-checks"))
	case zk.KindBatch:
		spec = zk.BatchSpec(shape, c.Int("depth"), c.Int("batch"), c.Bool("plain-range-checks"))
	case zk.KindLayer:
		spec = zk.LayerSpec(shape, c.Int("batch"), c.Bool("check-weights"), c.Bool("check-activations"))
	case zk.KindDirect:
		spec = zk.DirectSpec(shape, c.Int("batch"), c.Bool("plain-range-checks"))
	default:
		return zk.Spec{}, fmt.Errorf("%w: --circuit %q is not sample, batch, layer or direct", errUsage, c.String("circuit"))
	}
	if err := spec.Check(); err != nil {
		return zk.Spec{}, err
	}
	return spec, nil
}

// progressTo prints progress lines, each prefixed with the elapsed time.
func progressTo(w io.Writer) zk.Progress {
	start := time.Now()
	return func(msg string) { fmt.Fprintf(w, "[%6.1fs] %s\n", time.Since(start).Seconds(), msg) }
}

func zkSetupCommand() *cli.Command {
	return &cli.Command{
		Name:  "setup",
		Usage: "compile a circuit and generate its Groth16 keys into --keys-dir (with progress)",
		Description: "The setup is single-party: whoever runs it could forge proofs for these keys. That is\n" +
			"fine for development and for proofs a party makes to itself; production keys come from\n" +
			"gnark's MPC ceremony (docs/zk.md). Existing keys are reused unless --force.",
		Flags: append(zkCircuitFlags(),
			&cli.BoolFlag{Name: "force", Usage: "replace existing keys with a new setup", EnvVars: []string{"DIP_ZK_FORCE"}},
			&cli.StringFlag{Name: "deterministic-beacon", Usage: "derive the keys from this public string (INSECURE: anyone can forge; for reproducible fixtures only)", EnvVars: []string{"DIP_ZK_DETERMINISTIC_BEACON"}},
		),
		Action: func(c *cli.Context) error {
			spec, err := zkSpec(c)
			if err != nil {
				return err
			}
			progress := progressTo(c.App.ErrWriter)
			dir := zk.Dir(c.String("keys-dir"), spec)
			if _, err := zk.ReadManifest(dir); err == nil {
				if !c.Bool("force") {
					m, _ := zk.ReadManifest(dir)
					fmt.Fprintf(c.App.Writer, "keys for %s already in %s (pass --force for a new setup)\n", spec.ID(), dir)
					return printZKManifest(c.App.Writer, dir, m)
				}
				if err := os.RemoveAll(dir); err != nil {
					return err
				}
			}
			var opts []zk.SetupOption
			if b := c.String("deterministic-beacon"); b != "" {
				fmt.Fprintln(c.App.ErrWriter, "warning: deterministic setup: anyone who knows the beacon can forge proofs for these keys")
				opts = append(opts, zk.WithDeterministicBeacon([]byte(b)))
			}
			k, err := zk.Setup(spec, append(opts, zk.WithProgress(progress))...)
			if err != nil {
				return err
			}
			if err := k.Save(dir, progress); err != nil {
				return err
			}
			return printZKManifest(c.App.Writer, dir, k.Manifest)
		},
	}
}

func printZKManifest(w io.Writer, dir string, m zk.Manifest) error {
	fmt.Fprintf(w, "circuit        %s\n", m.CircuitID)
	fmt.Fprintf(w, "directory      %s\n", dir)
	fmt.Fprintf(w, "constraints    %d\n", m.Constraints)
	fmt.Fprintf(w, "public inputs  %d\n", m.Inputs)
	fmt.Fprintf(w, "commitments    %d\n", m.Commitments)
	fmt.Fprintf(w, "key hash       %s\n", m.KeyHash)
	fmt.Fprintf(w, "setup          %s (gnark %s, %s)\n", m.Setup, m.Gnark, m.CreatedAt.Format(time.RFC3339))
	var total int64
	names := make([]string, 0, len(m.Files))
	for name := range m.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if st, err := os.Stat(filepath.Join(dir, name)); err == nil {
			total += st.Size()
			fmt.Fprintf(w, "  %-14s %s\n", name, zkBytes(st.Size()))
		}
	}
	if total > 0 {
		fmt.Fprintf(w, "  %-14s %s\n", "total", zkBytes(total))
	}
	return nil
}

func zkBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func zkProveCommand() *cli.Command {
	return &cli.Command{
		Name:  "prove",
		Usage: "prove sampled inference of a model and write the proof as JSON",
		Description: "The model comes from --model (JSON: {\"layers\":[{\"in\",\"out\",\"shift\",\"relu\",\"weights\"}]})\n" +
			"or is drawn from --model-seed with the MiMC PRNG. Inputs come from --input (comma-separated\n" +
			"int8) or --input-seed. Keys are loaded from --keys-dir, or set up there first.",
		Flags: append(zkCircuitFlags(),
			&cli.StringFlag{Name: "model", Usage: "model JSON file (default: a random model from --model-seed)", EnvVars: []string{"DIP_ZK_MODEL"}},
			&cli.Uint64Flag{Name: "model-seed", Usage: "seed of the random model", Value: 1, EnvVars: []string{"DIP_ZK_MODEL_SEED"}},
			&cli.IntFlag{Name: "layers", Usage: "layers of the random model", Value: 2, EnvVars: []string{"DIP_ZK_LAYERS"}},
			&cli.StringFlag{Name: "root", Usage: "refuse to prove unless the model commits to this root (0x hex; sample, batch)", EnvVars: []string{"DIP_ZK_ROOT"}},
			&cli.IntFlag{Name: "layer", Usage: "layer to prove (sample; batch samples start here)", EnvVars: []string{"DIP_ZK_LAYER"}},
			&cli.Uint64Flag{Name: "position", Usage: "position of the input (sample; batch samples start here)", EnvVars: []string{"DIP_ZK_POSITION"}},
			&cli.StringFlag{Name: "input", Usage: "comma-separated int8 input vector (sample)", EnvVars: []string{"DIP_ZK_INPUT"}},
			&cli.Uint64Flag{Name: "input-seed", Usage: "seed of random inputs", Value: 1, EnvVars: []string{"DIP_ZK_INPUT_SEED"}},
			&cli.StringFlag{Name: "out", Usage: "where to write the proof JSON", Value: "proof.json", EnvVars: []string{"DIP_ZK_PROOF_OUT"}},
		),
		Action: func(c *cli.Context) error {
			spec, err := zkSpec(c)
			if err != nil {
				return err
			}
			progress := progressTo(c.App.ErrWriter)
			k, err := zk.LoadOrSetup(c.String("keys-dir"), spec, progress)
			if err != nil {
				return err
			}
			p, err := zk.NewProver(k)
			if err != nil {
				return err
			}
			proof, summary, err := proveFromFlags(c, spec, p, progress)
			if err != nil {
				return err
			}
			b, err := zk.MarshalProof(proof)
			if err != nil {
				return err
			}
			if err := os.WriteFile(c.String("out"), append(b, '\n'), 0o644); err != nil {
				return fmt.Errorf("write proof: %w", err)
			}
			w := c.App.Writer
			fmt.Fprint(w, summary)
			fmt.Fprintf(w, "proof          %s (%d bytes, circuit %s)\n", c.String("out"), len(proof.Proof), proof.CircuitID)
			for i, in := range proof.Inputs {
				fmt.Fprintf(w, "public input %d %#x\n", i, in)
			}
			printStats(w, proof.Stats)
			return nil
		},
	}
}

func printStats(w io.Writer, s zk.Stats) {
	fmt.Fprintf(w, "constraints    %d\n", s.Constraints)
	fmt.Fprintf(w, "time           witness %s, prove %s, total %s\n", s.Witness.Round(10*time.Microsecond), s.Prove.Round(time.Millisecond), s.Total.Round(time.Millisecond))
	fmt.Fprintf(w, "memory         peak heap %s, allocated %s\n", zkBytes(int64(s.PeakHeap)), zkBytes(int64(s.Allocated)))
}

// proveFromFlags builds the model and inputs the flags describe and proves them.
func proveFromFlags(c *cli.Context, spec zk.Spec, p *zk.Prover, progress zk.Progress) (*zk.Proof, string, error) {
	ctx := c.Context
	var shape quant.Shape
	if spec.Sample != nil {
		shape = spec.Sample.Shape
	} else {
		shape = spec.Layer.Shape
	}
	m, err := zkModel(c, shape)
	if err != nil {
		return nil, "", err
	}
	inputs := quant.NewStream(quant.SeedFromUint64(c.Uint64("input-seed")))
	var sb strings.Builder
	switch spec.Kind {
	case zk.KindSample, zk.KindBatch:
		tree, err := quant.CommitDepth(m, spec.Sample.Depth)
		if err != nil {
			return nil, "", fmt.Errorf("%w (raise --depth?)", err)
		}
		if want := c.String("root"); want != "" {
			w, ok := new(big.Int).SetString(strings.TrimPrefix(want, "0x"), 16)
			if !ok {
				return nil, "", fmt.Errorf("%w: --root %q is not a hex number", errUsage, want)
			}
			if got := quant.Big(tree.Root()); got.Cmp(w) != 0 {
				return nil, "", fmt.Errorf("%w: the model's root is %#x, not --root %s", circuits.ErrModelMismatch, got, want)
			}
		}
		fmt.Fprintf(&sb, "model root     %#x (%d layers, depth %d)\n", quant.Big(tree.Root()), len(m.Layers), tree.Depth)
		samples := make([]circuits.Sample, spec.Sample.K)
		for i := range samples {
			samples[i] = circuits.Sample{Layer: (c.Int("layer") + i) % len(m.Layers), Position: c.Uint64("position") + uint64(i), Input: inputs.Int8s(shape.In)}
		}
		if s := c.String("input"); s != "" {
			if spec.Kind != zk.KindSample {
				return nil, "", fmt.Errorf("%w: --input is for one sample; batches draw inputs from --input-seed", errUsage)
			}
			if samples[0].Input, err = parseInt8s(s); err != nil {
				return nil, "", err
			}
		}
		progress("proving")
		var proof *zk.Proof
		if spec.Kind == zk.KindSample {
			proof, err = p.ProveSample(ctx, m, tree, &samples[0])
		} else {
			proof, err = p.ProveBatch(ctx, m, tree, samples)
		}
		if err != nil {
			return nil, "", err
		}
		for _, s := range samples {
			fmt.Fprintf(&sb, "sample         layer %d position %d: input %v -> output %v\n", s.Layer, s.Position, s.Input, s.Output)
		}
		return proof, sb.String(), nil
	default:
		l, err := m.Layer(c.Int("layer"))
		if err != nil {
			return nil, "", err
		}
		xs := make([][]int8, spec.Layer.K)
		for i := range xs {
			xs[i] = inputs.Int8s(shape.In)
		}
		progress("proving")
		if spec.Kind == zk.KindDirect {
			proof, err := p.ProveDirect(ctx, l, xs)
			return proof, sb.String(), err
		}
		proof, outs, err := p.ProveLayer(ctx, l, xs)
		if err != nil {
			return nil, "", err
		}
		fmt.Fprintf(&sb, "layer %d        %s, %d positions, first output %v\n", c.Int("layer"), l.Shape(), len(outs), outs[0])
		fmt.Fprintf(&sb, "weights        commitment (%#x, %#x)\n", proof.Layer.Weights[0], proof.Layer.Weights[1])
		return proof, sb.String(), nil
	}
}

func zkModel(c *cli.Context, shape quant.Shape) (*quant.Model, error) {
	if path := c.String("model"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read model: %w", err)
		}
		var m quant.Model
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("model %s: %w", path, err)
		}
		if err := m.Check(); err != nil {
			return nil, fmt.Errorf("model %s: %w", path, err)
		}
		return &m, nil
	}
	n := c.Int("layers")
	if n < 1 {
		return nil, fmt.Errorf("%w: --layers %d", errUsage, n)
	}
	shapes := make([]quant.Shape, n)
	for i := range shapes {
		shapes[i] = shape
	}
	return quant.RandomModel(quant.SeedFromUint64(c.Uint64("model-seed")), shapes...), nil
}

func parseInt8s(s string) ([]int8, error) {
	var out []int8
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseInt(strings.TrimSpace(f), 10, 8)
		if err != nil {
			return nil, fmt.Errorf("%w: --input: %q is not an int8", errUsage, f)
		}
		out = append(out, int8(v))
	}
	return out, nil
}

func zkVerifyCommand() *cli.Command {
	return &cli.Command{
		Name:      "verify",
		Usage:     "verify a proof JSON in Go, and on chain when --verifier is given",
		ArgsUsage: "PROOF.json",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "keys-dir", Usage: "key cache directory", Value: zk.DefaultKeyRoot(), EnvVars: []string{"DIP_ZK_KEYS_DIR"}},
			&cli.StringFlag{Name: "verifier", Usage: "address of a deployed Groth16Verifier to check the proof with (eth_call)", EnvVars: []string{"DIP_ZK_VERIFIER"}},
			&cli.StringFlag{Name: "rpc-url", Usage: "Ethereum JSON-RPC endpoint (with --verifier)", Value: "http://127.0.0.1:8545", EnvVars: []string{"DIP_RPC_URL"}},
		},
		Action: func(c *cli.Context) error {
			if rerun, err := rerunWithFlagsFirst(c); rerun {
				return err
			}
			if c.NArg() != 1 {
				return fmt.Errorf("%w: verify takes exactly one PROOF.json", errUsage)
			}
			b, err := os.ReadFile(c.Args().First())
			if err != nil {
				return fmt.Errorf("read proof: %w", err)
			}
			proof, err := zk.ParseProof(b)
			if err != nil {
				return err
			}
			dir := filepath.Join(c.String("keys-dir"), filepath.Base(proof.CircuitID))
			m, err := zk.ReadManifest(dir)
			if err != nil {
				return fmt.Errorf("no verifying key for circuit %s: %w", proof.CircuitID, err)
			}
			k, err := zk.Load(dir, m.Spec, zk.VerifyOnly())
			if err != nil {
				return err
			}
			if err := zk.Verify(k, proof); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "valid: %s proof under key %s\n", proof.CircuitID, proof.KeyHash)
			if addr := c.String("verifier"); addr != "" {
				if !common.IsHexAddress(addr) {
					return fmt.Errorf("%w: --verifier %q is not an address", errUsage, addr)
				}
				return verifyOnChain(c.Context, c.App.Writer, c.String("rpc-url"), common.HexToAddress(addr), k, proof)
			}
			return nil
		},
	}
}

func verifyOnChain(ctx context.Context, w io.Writer, url string, addr common.Address, k *zk.Keys, proof *zk.Proof) error {
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", url, err)
	}
	defer client.Close()
	v := onchain.AttachVerifier(addr, client)
	if err := v.CheckKeys(ctx, k); err != nil {
		return err
	}
	if err := v.Verify(ctx, proof); err != nil {
		return err
	}
	fmt.Fprintf(w, "valid on chain: verifier %s accepts it\n", addr.Hex())
	return nil
}

func zkInfoCommand() *cli.Command {
	return &cli.Command{
		Name:  "info",
		Usage: "list the circuits with keys in --keys-dir and their manifests",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "keys-dir", Usage: "key cache directory", Value: zk.DefaultKeyRoot(), EnvVars: []string{"DIP_ZK_KEYS_DIR"}},
		},
		Action: func(c *cli.Context) error {
			root := c.String("keys-dir")
			entries, err := os.ReadDir(root)
			if errors.Is(err, os.ErrNotExist) {
				fmt.Fprintf(c.App.Writer, "no keys in %s (run 'dip zk setup')\n", root)
				return nil
			}
			if err != nil {
				return err
			}
			n := 0
			for _, e := range entries {
				if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
					continue
				}
				dir := filepath.Join(root, e.Name())
				m, err := zk.ReadManifest(dir)
				if err != nil {
					fmt.Fprintf(c.App.Writer, "%s: %v\n\n", dir, err)
					continue
				}
				if n > 0 {
					fmt.Fprintln(c.App.Writer)
				}
				n++
				if err := printZKManifest(c.App.Writer, dir, m); err != nil {
					return err
				}
			}
			if n == 0 {
				fmt.Fprintf(c.App.Writer, "no keys in %s (run 'dip zk setup')\n", root)
			}
			return nil
		},
	}
}

func zkExportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export-verifier",
		Usage: "write a circuit's verifier: gnark's Solidity contract, or Groth16Verifier's key words",
		Description: "--format gnark writes gnark's exported Solidity verifier (circuits with at most one\n" +
			"commitment; it must be compiled with solc). --format words writes the JSON array of\n" +
			"uint256 words that contracts/src/verifiers/Groth16Verifier.sol takes at deployment, which\n" +
			"needs no compiler: it is what dip deploys from Go.",
		Flags: append(zkCircuitFlags(),
			&cli.StringFlag{Name: "format", Usage: "gnark or words", Value: "gnark", EnvVars: []string{"DIP_ZK_EXPORT_FORMAT"}},
			&cli.StringFlag{Name: "name", Usage: "contract name (gnark format)", Value: "Verifier", EnvVars: []string{"DIP_ZK_CONTRACT_NAME"}},
			&cli.StringFlag{Name: "out", Usage: "output file (- for stdout)", Value: "-", EnvVars: []string{"DIP_ZK_VERIFIER_OUT"}},
		),
		Action: func(c *cli.Context) error {
			spec, err := zkSpec(c)
			if err != nil {
				return err
			}
			k, err := zk.LoadOrSetup(c.String("keys-dir"), spec, progressTo(c.App.ErrWriter))
			if err != nil {
				return err
			}
			var w io.Writer = c.App.Writer
			if out := c.String("out"); out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			switch c.String("format") {
			case "gnark":
				return zk.ExportGnarkVerifier(k, c.String("name"), "0.8.28", w)
			case "words":
				words := make([]string, len(k.VerifierWords()))
				for i, v := range k.VerifierWords() {
					words[i] = fmt.Sprintf("%#x", v)
				}
				b, err := json.MarshalIndent(words, "", "  ")
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(w, "%s\n", b)
				return err
			default:
				return fmt.Errorf("%w: --format %q is not gnark or words", errUsage, c.String("format"))
			}
		},
	}
}
