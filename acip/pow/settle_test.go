package pow_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/acip/pow/powzk"
	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	mvbind "github.com/dip-market/dip/bindings/mockverifier"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/onchain"
)

const (
	adminIdx = iota
	relayerIdx
	challengerIdx
	minerAIdx
	minerBIdx
)

// tinySpec keeps one nonce proof at a few seconds (about 56k constraints).
var tinySpec = pow.Spec{Width: 4, Layers: 1, Heads: 2, SeqLen: 4, FFN: 8}

func tinyParams(t testing.TB) pow.Params {
	t.Helper()
	var seed common.Hash
	seed[31] = 9
	p := pow.Params{Epoch: 3, Seed: seed, Spec: tinySpec, Difficulty: 4}
	c, err := pow.Calibrate(context.Background(), p, 400)
	if err != nil {
		t.Fatal(err)
	}
	p.Threshold = c.Threshold
	return p
}

// checkingMockProver stands in for the nonce circuit in front of
// SettlementMockVerifier: it refuses exactly what the circuit cannot prove
// (a distance that is not the model's, or above the threshold) and otherwise
// returns the mock verifier's accepted proof.
type checkingMockProver struct {
	p pow.Params
	m *pow.Model
}

var errUnprovable = errors.New("nonce statement is false")

func (c checkingMockProver) ProveNonce(_ context.Context, subject *big.Int, l pow.EpochLeaf, inputs []*big.Int) ([]byte, error) {
	if d := c.m.NonceDistance(l.Miner, l.Nonce, c.m.NewScratch()); d != l.Distance || !c.p.Valid(d) {
		return nil, fmt.Errorf("%w: nonce %d has distance %d (claimed %d, threshold %d)", errUnprovable, l.Nonce, d, l.Distance, c.p.Threshold)
	}
	return settlement.MockVerifierProof(subject, inputs), nil
}

// grothProver proves leaves with the nonce circuit for the Solidity verifier.
type grothProver struct {
	p   pow.Params
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
}

func (g grothProver) ProveNonce(_ context.Context, _ *big.Int, l pow.EpochLeaf, _ []*big.Int) ([]byte, error) {
	w, err := frontend.NewWitness(powzk.Assign(g.p, l.Miner, l.Nonce, l.Distance), ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	proof, err := groth16.Prove(g.ccs, g.pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, err
	}
	return zk.SolidityProof(proof)
}

// groth16Keys compiles and sets up the tiny nonce circuit once per test binary.
var groth16Keys = sync.OnceValues(func() (*grothSetup, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, powzk.New(tinySpec))
	if err != nil {
		return nil, err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, err
	}
	words, err := zk.EncodeVerifyingKey(vk)
	if err != nil {
		return nil, err
	}
	return &grothSetup{ccs: ccs, pk: pk, words: words}, nil
})

type grothSetup struct {
	ccs   constraint.ConstraintSystem
	pk    groth16.ProvingKey
	words []*big.Int
}

type epochEnv struct {
	c        *devchain.Chain
	st       *settlement.Settlement
	receiver common.Address
	cfg      settlement.Config
	p        pow.Params
	domain   dipmsg.Domain
	prover   pow.NonceProver
}

// newEpochEnv deploys a standalone Settlement whose PowEpoch verifier is the
// Groth16 verifier of the tiny nonce circuit behind Groth16ProofAdapter
// (real) or SettlementMockVerifier, with the mock receiver as target.
func newEpochEnv(t *testing.T, real bool, sampleCount uint8) *epochEnv {
	t.Helper()
	ctx := context.Background()
	c := devchain.New(devchain.WithAccounts(5))
	t.Cleanup(func() { _ = c.Close() })
	admin := c.Transactor(adminIdx)
	p := tinyParams(t)
	e := &epochEnv{c: c, p: p}
	var verifier common.Address
	if real {
		gs, err := groth16Keys()
		if err != nil {
			t.Fatal(err)
		}
		v, _, err := onchain.DeployVerifierWords(ctx, c.Client(), admin, gs.words)
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := onchain.DeploySampleAdapter(ctx, c.Client(), admin, v.Address())
		if err != nil {
			t.Fatal(err)
		}
		verifier, e.prover = a.Address(), grothProver{p: p, ccs: gs.ccs, pk: gs.pk}
	} else {
		mv, _, err := chain.Deploy(ctx, c.Client(), admin, common.FromHex(mvbind.SettlementMockVerifierMetaData.Bin))
		if err != nil {
			t.Fatal(err)
		}
		m, err := p.Model()
		if err != nil {
			t.Fatal(err)
		}
		verifier, e.prover = mv, checkingMockProver{p: p, m: m}
	}
	e.cfg = settlement.DefaultConfig()
	e.cfg.SampleCount = sampleCount
	env := settlementtest.Deploy(t, c.Client(), admin, e.cfg, func(p *settlement.Params) { p.PowVerifier = verifier })
	st, recv := env.Settlement, env.Receiver
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), e.cfg.ClaimBond); err != nil {
		t.Fatal(err)
	}
	e.st, e.receiver = st, recv
	var err error
	if e.domain, err = st.Domain(ctx); err != nil {
		t.Fatal(err)
	}
	return e
}

// mineEpoch has two miners mine a short epoch (a fixed number of nonces
// each) and the relayer verify every batch into an EpochBook.
func (e *epochEnv) mineEpoch(t *testing.T) *pow.EpochBook {
	t.Helper()
	ctx := context.Background()
	v, err := pow.NewVerifier(e.p, e.domain)
	if err != nil {
		t.Fatal(err)
	}
	book := pow.NewEpochBook(v)
	for i, idx := range []int{minerAIdx, minerBIdx} {
		var batches []dipmsg.SignedPowBatch
		_, err := pow.Mine(ctx, pow.MinerConfig{
			Params: e.p, Miner: e.c.Address(idx), Signer: dipmsg.KeySigner{Key: e.c.Key(idx)}, Domain: e.domain,
			Workers: 1, BatchSize: 4, MaxNonces: uint64(24 + 16*i),
			OnBatch: func(b dipmsg.SignedPowBatch) error { batches = append(batches, b); return nil },
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range batches {
			if _, err := book.Add(b, e.c.Commit()); err != nil {
				t.Fatalf("relayer rejects an honest batch of %s: %v", e.c.Address(idx).Hex(), err)
			}
		}
		if book.Count(e.c.Address(idx)) == 0 {
			t.Fatalf("miner %s found no valid nonce", e.c.Address(idx).Hex())
		}
	}
	return book
}

// submitAndDraw posts the claim, mines past the seed block and draws.
func (e *epochEnv) submitAndDraw(t *testing.T, claim *pow.EpochClaim, subject *big.Int) (*big.Int, *settlement.Draw) {
	t.Helper()
	ctx := context.Background()
	id, _, err := e.st.SubmitPowEpoch(ctx, e.c.Transactor(relayerIdx), e.receiver, subject, claim.Items, claim.Result())
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	for range e.cfg.SampleDelay + 1 {
		e.c.Commit()
	}
	d, _, err := e.st.DrawSamples(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("draw: %v", err)
	}
	return id, d
}

func testEpochSettles(t *testing.T, real bool) {
	e := newEpochEnv(t, real, 3)
	ctx := context.Background()
	book := e.mineEpoch(t)
	claim, err := book.Claim()
	if err != nil {
		t.Fatal(err)
	}
	subject := big.NewInt(int64(e.p.Epoch))
	id, d := e.submitAndDraw(t, claim, subject)
	stats, err := claim.AnswerSamples(ctx, e.st, e.c.Transactor(relayerIdx), id, subject, d.Indices, e.prover)
	if err != nil {
		t.Fatalf("answer samples: %v", err)
	}
	if len(stats) != 3 {
		t.Fatalf("answered %d slots, want 3", len(stats))
	}
	for _, s := range stats {
		t.Logf("slot %d: leaf %d (nonce %d of %s) proven in %v, answer gas %d", s.Slot, s.Index, s.Leaf.Nonce, s.Leaf.Miner.Hex(), s.ProveDur, s.Gas)
	}
	f, _, err := e.st.Finalize(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if !f.Delivered || f.Score.Int64() != int64(len(claim.Leaves)) || len(f.Winners) != len(claim.Counts) {
		t.Fatalf("finalization %+v, want delivered to %d miners with score %d", f, len(claim.Counts), len(claim.Leaves))
	}
	total := 0
	for i, mc := range claim.Counts {
		if f.Winners[i] != mc.Miner || book.Count(mc.Miner) != mc.Count {
			t.Fatalf("winner %d = %s, want %s with %d verified nonces", i, f.Winners[i].Hex(), mc.Miner.Hex(), mc.Count)
		}
		if i > 0 && claim.Counts[i-1].Count < mc.Count {
			t.Fatalf("winners not ordered by count: %+v", claim.Counts)
		}
		total += mc.Count
	}
	if total != len(claim.Leaves) {
		t.Fatalf("counts sum to %d, leaves %d", total, len(claim.Leaves))
	}
	rb := mrbind.NewSettlementMockReceiver()
	out, err := chain.Call(ctx, e.c.Client(), e.receiver, rb.PackLastOutcome())
	if err != nil {
		t.Fatal(err)
	}
	got, err := rb.UnpackLastOutcome(out)
	if err != nil {
		t.Fatal(err)
	}
	winners, score, err := settlement.DecodeOutcome(got)
	if err != nil || len(winners) != len(claim.Counts) || score.Int64() != int64(len(claim.Leaves)) {
		t.Fatalf("receiver got winners %v score %v (%v)", winners, score, err)
	}
}

func testFabricatedNonceSlashes(t *testing.T, real bool) {
	e := newEpochEnv(t, real, 3)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := e.st.Bond(context.Background(), e.c.Transactor(relayerIdx), new(big.Int).Mul(eth, big.NewInt(20))); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	m, err := e.p.Model()
	if err != nil {
		t.Fatal(err)
	}
	miner := e.c.Address(minerAIdx)
	sc := m.NewScratch()
	var leaves []pow.EpochLeaf
	var fake *pow.EpochLeaf
	for ctr := uint32(0); len(leaves) < 2 || fake == nil; ctr++ {
		n := pow.EpochNonce(e.p.Epoch, ctr)
		d := m.NonceDistance(miner, n, sc)
		switch {
		case e.p.Valid(d) && len(leaves) < 2:
			leaves = append(leaves, pow.EpochLeaf{Miner: miner, Nonce: n, Distance: d})
		case !e.p.Valid(d) && fake == nil:
			fake = &pow.EpochLeaf{Miner: miner, Nonce: n, Distance: e.p.Threshold} // claims a valid distance
		}
	}
	claim, err := pow.NewEpochClaim(e.p, append(leaves, *fake))
	if err != nil {
		t.Fatal(err)
	}
	fakeIdx := -1
	for i, l := range claim.Leaves {
		if l == *fake {
			fakeIdx = i
		}
	}
	// A draw misses the fabricated leaf with probability (2/3)^3: the
	// relayer posts the claim for successive epochs until one samples it
	// (the misses stay pending; sampling is a deterrent, not a proof).
	var (
		id, subject *big.Int
		d           *settlement.Draw
	)
	for attempt := 0; d == nil; attempt++ {
		if attempt == 20 {
			t.Fatalf("fabricated leaf %d never sampled in 20 draws", fakeIdx)
		}
		subject = big.NewInt(int64(e.p.Epoch) + int64(attempt))
		var dd *settlement.Draw
		id, dd = e.submitAndDraw(t, claim, subject)
		for _, idx := range dd.Indices {
			if int(idx) == fakeIdx {
				d = dd
			}
		}
	}
	_, err = claim.AnswerSamples(ctx, e.st, e.c.Transactor(relayerIdx), id, subject, d.Indices, e.prover)
	if !errors.Is(err, pow.ErrUnprovable) {
		t.Fatalf("answering a claim with a fabricated nonce: %v, want ErrUnprovable", err)
	}
	// A proof of another statement does not pass the verifier either.
	slot := 0
	for i, idx := range d.Indices {
		if int(idx) == fakeIdx {
			slot = i
			break
		}
	}
	honest := 0
	if fakeIdx == 0 {
		honest = 1
	}
	other, err := e.prover.ProveNonce(ctx, subject, claim.Leaves[honest], claim.Items.Inputs[honest])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.AnswerItem(ctx, e.c.Transactor(relayerIdx), id, uint8(slot), claim.Items, uint32(fakeIdx), other); err == nil {
		t.Fatal("the fabricated leaf was answered with another nonce's proof")
	}
	if err := e.c.AdvanceTime(time.Duration(e.cfg.ProofWindow+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	before, err := e.st.Relayer(ctx, e.c.Address(relayerIdx))
	if err != nil {
		t.Fatal(err)
	}
	rej, _, err := e.st.FailClaim(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("failClaim: %v", err)
	}
	if rej.Fault != settlement.FaultUnansweredSample || rej.Reward.Sign() <= 0 {
		t.Fatalf("rejection %+v, want UnansweredSample with a challenger reward", rej)
	}
	after, err := e.st.Relayer(ctx, e.c.Address(relayerIdx))
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).Sub(before.Bond, after.Bond).Cmp(e.cfg.ClaimBond) != 0 {
		t.Fatalf("relayer bond %s -> %s, want slashed by %s", before.Bond, after.Bond, e.cfg.ClaimBond)
	}
}

// An honestly mined and verified epoch settles through sampled claims: the
// mock verifier path always runs, the real Groth16 path unless -short.
func TestEpochClaimSettles(t *testing.T) {
	t.Parallel()
	for _, real := range []bool{false, true} {
		t.Run(fmt.Sprintf("groth16=%v", real), func(t *testing.T) {
			if real && testing.Short() {
				t.Skip("real Groth16 proving skipped in -short")
			}
			testEpochSettles(t, real)
		})
	}
}

// A claim with one fabricated nonce in the sample cannot be answered and
// failClaim slashes the relayer's bond.
func TestEpochClaimFabricatedNonceSlashed(t *testing.T) {
	t.Parallel()
	for _, real := range []bool{false, true} {
		t.Run(fmt.Sprintf("groth16=%v", real), func(t *testing.T) {
			if real && testing.Short() {
				t.Skip("real Groth16 proving skipped in -short")
			}
			testFabricatedNonceSlashes(t, real)
		})
	}
}

func TestNewEpochClaimRejectsEmpty(t *testing.T) {
	t.Parallel()
	if _, err := pow.NewEpochClaim(pow.Params{}, nil); !errors.Is(err, pow.ErrEmptyEpoch) {
		t.Fatalf("NewEpochClaim(nil) = %v, want ErrEmptyEpoch", err)
	}
}
