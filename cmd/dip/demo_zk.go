package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/onchain"
	"github.com/dip-market/dip/zk/quant"
)

// actZK commits a small int8 model to a MiMC root, proves one sampled layer
// with a Groth16 proof (keys generated once and cached, in DIP_ZK_KEYS_DIR or
// the user cache directory), deploys a verifier for the key from Go alone and
// verifies the proof on chain through the Settlement adapter.
func actZK(ctx context.Context, e *demoEnv) error {
	e.section("8. Zero-knowledge proof of sampled inference")
	shape := quant.Shape{In: 16, Out: 16, Shift: 6, ReLU: true}
	m := quant.RandomModel(quant.SeedFromUint64(2026), shape, shape, shape)
	tree, err := quant.CommitDepth(m, 2)
	if err != nil {
		return err
	}
	e.stepf("the model owner commits a 3-layer int8 model (%s each) to a MiMC Merkle root", shape)
	e.notef("model root %#x", quant.Big(tree.Root()))

	spec := zk.SampleSpec(shape, tree.Depth, false)
	root := os.Getenv("DIP_ZK_KEYS_DIR")
	if root == "" {
		root = zk.DefaultKeyRoot()
	}
	e.stepf("the relayer loads Groth16 keys for circuit %s (generated once, cached in %s)", spec.ID(), root)
	start := time.Now()
	k, err := zk.LoadOrSetup(root, spec, func(msg string) { e.notef("  %s", msg) })
	if err != nil {
		return err
	}
	e.notef("%d constraints, %d public input, %d commitment, key hash %s (%s)", k.Manifest.Constraints, k.Manifest.Inputs, k.Manifest.Commitments, k.Manifest.KeyHash, time.Since(start).Round(time.Millisecond))

	e.stepf("deploy Groth16Verifier with that key (one bytecode for every key: no solc at run time) and its Settlement adapter")
	v, r, err := onchain.DeployVerifier(ctx, e.chain.Client(), e.opts(roleRelayer), k)
	if err != nil {
		return err
	}
	e.tx("Groth16Verifier", r)
	if err := v.CheckKeys(ctx, k); err != nil {
		return err
	}
	a, r, err := onchain.DeploySampleAdapter(ctx, e.chain.Client(), e.opts(roleRelayer), v.Address())
	if err != nil {
		return err
	}
	e.tx("Groth16ProofAdapter", r)

	s := &circuits.Sample{Layer: 1, Position: 5, Input: quant.NewStream(quant.SeedFromUint64(5)).Int8s(shape.In)}
	e.stepf("a sample is drawn: layer %d at position %d; the relayer proves that layer's output", s.Layer, s.Position)
	p, err := zk.NewProver(k)
	if err != nil {
		return err
	}
	proof, err := p.ProveSample(ctx, m, tree, s)
	if err != nil {
		return err
	}
	e.notef("input  %v", s.Input)
	e.notef("output %v", s.Output)
	e.notef("statement %#x", proof.Inputs[0])
	e.notef("proved in %s (witness %s), peak heap %s, proof %d bytes, %d constraints",
		proof.Stats.Total.Round(time.Millisecond), proof.Stats.Witness.Round(10*time.Microsecond), zkBytes(int64(proof.Stats.PeakHeap)), len(proof.Proof), proof.Stats.Constraints)

	subject := big.NewInt(1)
	e.stepf("verify on chain, as Settlement.answerSample does: verifyProof(proof, [subject, statement])")
	if r, err = a.VerifyTx(ctx, e.opts(roleRelayer), subject, proof); err != nil {
		return err
	}
	e.tx("verifyProof", r)
	e.notef("verification: %s gas for the whole transaction", groupDigits(r.GasUsed))

	e.stepf("a claim naming another output is rejected")
	other := append([]int8(nil), s.Output...)
	other[0]++
	forged := *proof
	forged.Inputs = []*big.Int{quant.Big(quant.SampleStatement(tree.Root(), uint64(s.Layer), s.Position, s.InputHash, quant.HashVector(other)))}
	err = a.Verify(ctx, subject, &forged)
	if !errors.Is(err, zk.ErrInvalidProof) {
		return fmt.Errorf("a forged statement was not rejected: %v", err)
	}
	e.notef("rejected: %v", err)
	return nil
}
