package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/acip/pow/powzk"
	"github.com/dip-market/dip/internal/atomicfile"
	"github.com/dip-market/dip/relayer/powepochs"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/lowmem"
)

// nonceProofFile is what `dip pow prove` writes: everything Settlement.answerSample
// needs besides the Merkle proof of the leaf.
type nonceProofFile struct {
	Epoch        uint64         `json:"epoch"`
	Spec         pow.Spec       `json:"spec"`
	Miner        common.Address `json:"miner"`
	Nonce        uint64         `json:"nonce"`
	Distance     uint32         `json:"distance"`
	Threshold    uint32         `json:"threshold"`
	PublicInputs []*hexutil.Big `json:"public_inputs"` // [seed element, miner, nonce, distance, threshold]
	Proof        hexutil.Bytes  `json:"proof"`         // Solidity calldata encoding (zk.SolidityProof)
	KeyHash      common.Hash    `json:"key_hash"`      // the Groth16Verifier's verifyingKeyHash()
	Constraints  int            `json:"constraints"`
	ProveMillis  int64          `json:"prove_ms"`
}

func powProveCommand() *cli.Command {
	return &cli.Command{
		Name:  "prove",
		Usage: "prove one valid nonce with the nonce circuit (Groth16, Solidity encoding) and verify the proof locally",
		Description: "Recomputes the nonce's distance with the epoch model, refuses an invalid nonce (no proof\n" +
			"exists for it), loads the circuit's keys from --keys-dir or runs a development setup once,\n" +
			"proves, verifies, and prints (or writes) the proof with its public inputs.",
		Flags: []cli.Flag{
			powParamsFlag(),
			&cli.StringFlag{Name: "miner", Usage: "miner address the nonce was mined for", Required: true, EnvVars: []string{"DIP_POW_MINER"}},
			&cli.StringFlag{Name: "nonce", Usage: "nonce (decimal or 0x hex), as listed in the miner's batch", Required: true, EnvVars: []string{"DIP_POW_NONCE"}},
			&cli.StringFlag{Name: "keys-dir", Usage: "key cache directory", Value: zk.DefaultKeyRoot(), EnvVars: []string{"DIP_ZK_KEYS_DIR"}},
			&cli.StringFlag{Name: "out", Usage: "write the proof JSON here (default: stdout)", EnvVars: []string{"DIP_POW_PROOF_OUT"}},
		},
		Action: func(c *cli.Context) error {
			p, err := readParams(c.String("params"))
			if err != nil {
				return err
			}
			if !common.IsHexAddress(c.String("miner")) {
				return fmt.Errorf("%w: --miner %q is not an address", errUsage, c.String("miner"))
			}
			miner := common.HexToAddress(c.String("miner"))
			nonce, err := strconv.ParseUint(strings.TrimSpace(c.String("nonce")), 0, 64)
			if err != nil {
				return fmt.Errorf("%w: --nonce %q is not a 64-bit unsigned integer", errUsage, c.String("nonce"))
			}
			m, err := p.Model()
			if err != nil {
				return err
			}
			dist := m.NonceDistance(miner, nonce, m.NewScratch())
			if !p.Valid(dist) {
				return fmt.Errorf("nonce %d of %s is not valid in epoch %d: distance %d > threshold %d, so no proof exists",
					nonce, miner.Hex(), p.Epoch, dist, p.Threshold)
			}
			progress := func(s string) { fmt.Fprintln(c.App.ErrWriter, s) }
			keys, err := powepochs.LoadOrSetupKeys(c.String("keys-dir"), p.Spec, progress)
			if err != nil {
				return err
			}
			progress(fmt.Sprintf("proving nonce %d (distance %d, %d constraints)...", nonce, dist, keys.CCS.GetNbConstraints()))
			start := time.Now()
			w, err := frontend.NewWitness(powzk.Assign(p, miner, nonce, dist), ecc.BN254.ScalarField())
			if err != nil {
				return fmt.Errorf("witness: %w", err)
			}
			proof, err := lowmem.Prove(keys.CCS, keys.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
			if err != nil {
				return fmt.Errorf("prove: %w", err)
			}
			elapsed := time.Since(start)
			public, err := w.Public()
			if err != nil {
				return err
			}
			if err := groth16.Verify(proof, keys.VK, public, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
				return fmt.Errorf("the proof does not verify against the key in %s: %w", powepochs.KeyDir(c.String("keys-dir"), p.Spec), err)
			}
			enc, err := zk.SolidityProof(proof)
			if err != nil {
				return err
			}
			progress(fmt.Sprintf("proved and verified in %v", elapsed.Round(time.Millisecond)))
			out := nonceProofFile{
				Epoch: p.Epoch, Spec: p.Spec, Miner: miner, Nonce: nonce, Distance: dist, Threshold: p.Threshold,
				Proof: enc, KeyHash: keys.KeyHash, Constraints: keys.CCS.GetNbConstraints(), ProveMillis: elapsed.Milliseconds(),
			}
			for _, x := range p.LeafInputs(miner, nonce, dist) {
				out.PublicInputs = append(out.PublicInputs, (*hexutil.Big)(new(big.Int).Set(x)))
			}
			data, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				return err
			}
			data = append(data, '\n')
			if path := c.String("out"); path != "" {
				if err := atomicfile.Write(path, data, 0o644); err != nil {
					return fmt.Errorf("write %s: %w", path, err)
				}
				_, err = fmt.Fprintf(c.App.Writer, "wrote %s: proof of nonce %d (distance %d <= %d), %d bytes\n", path, nonce, dist, p.Threshold, len(enc))
				return err
			}
			_, err = c.App.Writer.Write(data)
			return err
		},
	}
}
