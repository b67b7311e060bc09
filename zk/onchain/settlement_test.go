package onchain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/onchain"
	"github.com/dip-market/dip/zk/quant"
)

// TestInferenceClaimSettlesWithRealProofs runs an InferenceSample claim
// through Settlement end to end: the relayer commits the statements of its
// samples in the claim's tree, Settlement draws samples, the relayer answers
// each with a real Groth16 proof checked by Groth16Verifier through the
// adapter, and the claim finalizes. A proof of another sample is rejected.
func TestInferenceClaimSettlesWithRealProofs(t *testing.T) {
	t.Parallel()
	const admin, relayer, challenger = 0, 1, 2
	k := sampleKeys(t)
	c := devchain.New(devchain.WithAccounts(3))
	defer c.Close()
	ctx := context.Background()
	opts := c.Transactor(admin)

	v, _, err := onchain.DeployVerifier(ctx, c.Client(), opts, k)
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := onchain.DeploySampleAdapter(ctx, c.Client(), opts, v.Address())
	if err != nil {
		t.Fatal(err)
	}
	env := settlementtest.Deploy(t, c.Client(), opts, settlement.DefaultConfig(), func(p *settlement.Params) { p.InferenceVerifier = a.Address() })
	st, recv, cfg := env.Settlement, env.Receiver, env.Config
	if _, err := st.Bond(ctx, c.Transactor(relayer), cfg.ClaimBond); err != nil {
		t.Fatal(err)
	}

	// The relayer's work: 6 sampled (layer, position) inferences of one model.
	m := quant.RandomModel(quant.SeedFromUint64(3), tinyShape, tinyShape)
	tree, err := quant.CommitDepth(m, 1)
	if err != nil {
		t.Fatal(err)
	}
	stream := quant.NewStream(quant.SeedFromUint64(4))
	samples := make([]circuits.Sample, 6)
	leaves := make([][]*big.Int, len(samples))
	for i := range samples {
		samples[i] = circuits.Sample{Layer: i % 2, Position: uint64(i), Input: stream.Int8s(tinyShape.In)}
		if err := samples[i].Evaluate(m, tree); err != nil {
			t.Fatal(err)
		}
		leaves[i] = []*big.Int{quant.Big(samples[i].Statement)}
	}
	items, err := settlement.NewSampleItems(merkle.TagInference, leaves)
	if err != nil {
		t.Fatal(err)
	}
	subject := big.NewInt(99)
	res := settlement.SampledResult{LeafCount: uint32(items.Len()), Winners: []common.Address{c.Address(relayer)}, Score: big.NewInt(6)}
	id, _, err := st.SubmitSampled(ctx, c.Transactor(relayer), settlement.KindInferenceSample, recv, subject, items, res)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	for range cfg.SampleDelay + 1 {
		c.Commit()
	}
	d, _, err := st.DrawSamples(ctx, c.Transactor(challenger), id)
	if err != nil {
		t.Fatalf("draw: %v", err)
	}
	p, err := zk.NewProver(k)
	if err != nil {
		t.Fatal(err)
	}
	for slot, idx := range d.Indices {
		proof, err := p.ProveSample(ctx, m, tree, &samples[idx])
		if err != nil {
			t.Fatal(err)
		}
		inputs, err := onchain.ItemInputs(proof)
		if err != nil || inputs[0].Cmp(items.Inputs[idx][0]) != 0 {
			t.Fatalf("leaf inputs %v (%v) are not the committed ones", inputs, err)
		}
		if slot == 0 {
			// A valid proof of another sample does not answer this one.
			other, err := p.ProveSample(ctx, m, tree, &samples[(idx+1)%uint32(len(samples))])
			if err != nil {
				t.Fatal(err)
			}
			_, err = st.AnswerItem(ctx, c.Transactor(relayer), id, uint8(slot), items, idx, other.Proof)
			if re, ok := chain.AsRevert(err); !ok || re.Name != "Settlement_ProofRejected" {
				t.Errorf("answer with another sample's proof: %v, want Settlement_ProofRejected", err)
			}
		}
		r, err := st.AnswerItem(ctx, c.Transactor(relayer), id, uint8(slot), items, idx, proof.Proof)
		if err != nil {
			t.Fatalf("answer slot %d (leaf %d): %v", slot, idx, err)
		}
		t.Logf("answerSample with a real proof: %d gas", r.GasUsed)
	}
	f, _, err := st.Finalize(ctx, c.Transactor(challenger), id)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if !f.Delivered {
		t.Errorf("finalization not delivered: %+v", f)
	}
	cl, err := st.Claim(ctx, id)
	if err != nil || cl.Status != settlement.StatusFinalized {
		t.Fatalf("claim status %v (%v), want Finalized", cl.Status, err)
	}
}
