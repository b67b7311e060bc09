package pow_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk/onchain"
)

const publisherIdx = minerBIdx + 1

func TestSpecWordRoundTrip(t *testing.T) {
	t.Parallel()
	for _, s := range []pow.Spec{tinySpec, pow.DefaultSpec, {Width: 1, Layers: 1, Heads: 1, SeqLen: 1, FFN: 1}} {
		w := s.SpecWord()
		var want = s.Word()
		if want.Uint64() != w {
			t.Fatalf("%v: SpecWord %#x, Word %#x", s, w, want.Uint64())
		}
		got, err := pow.SpecFromWord(w)
		if err != nil || got != s {
			t.Fatalf("SpecFromWord(%#x) = %v, %v; want %v", w, got, err, s)
		}
	}
	for _, w := range []uint64{0, 1 << 50, tinySpec.SpecWord() | 1<<63} {
		if _, err := pow.SpecFromWord(w); !errors.Is(err, pow.ErrSpec) {
			t.Fatalf("SpecFromWord(%#x): %v, want ErrSpec", w, err)
		}
	}
}

// ladderEnv is a guild created by the factory whose Settlement's PowEpoch
// verifier is PowEpochAdapter in front of the tiny nonce circuit's
// Groth16Verifier, with PowEpochs publishing the ladder's epochs.
type ladderEnv struct {
	c       *devchain.Chain
	suite   *acip.Suite
	ladder  *acip.Ladder
	st      *settlement.Settlement
	epochs  *pow.Epochs
	adapter common.Address
	cfg     acip.SettlementConfig
	gs      *grothSetup
	domain  dipmsg.Domain
}

const (
	compWindow   = 3600 // ladder tMin
	miningWindow = 600
	difficulty   = 4
	calibration  = 400
)

func newLadderEnv(t *testing.T) *ladderEnv {
	t.Helper()
	ctx := context.Background()
	gs, err := groth16Keys()
	if err != nil {
		t.Fatal(err)
	}
	c := devchain.New(devchain.WithAccounts(publisherIdx + 1))
	t.Cleanup(func() { _ = c.Close() })
	admin := c.Transactor(adminIdx)
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	if _, err := acip.Deploy(ctx, c.Client(), admin, rec, acip.DeployOptions{MockPayment: true}); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	f, err := acip.Deployed(ctx, c.Client(), rec)
	if err != nil {
		t.Fatal(err)
	}
	pay := rec.Contracts[acip.MockPaymentName].Address
	gp := acip.DefaultGuildParams("Miners Guild", "MIN", pay)
	// The epoch publisher and the adapter exist before the guild: the ladder's clone address is predicted.
	predicted, err := f.PredictSuite(ctx, big.NewInt(1), gp.Ladder.RankMax)
	if err != nil {
		t.Fatal(err)
	}
	v, _, err := onchain.DeployVerifierWords(ctx, c.Client(), admin, gs.words)
	if err != nil {
		t.Fatal(err)
	}
	epochs, _, err := pow.DeployEpochs(ctx, c.Client(), admin, predicted.Ladder, c.Address(adminIdx), c.Address(publisherIdx))
	if err != nil {
		t.Fatal(err)
	}
	adapter, _, err := pow.DeployEpochAdapter(ctx, c.Client(), admin, epochs.Address(), v.Address(), tinySpec)
	if err != nil {
		t.Fatal(err)
	}
	gp.Settlement.PowVerifier = adapter
	suite, _, err := f.CreateGuild(ctx, admin, gp)
	if err != nil {
		t.Fatalf("create guild: %v", err)
	}
	if suite.Ladder != predicted.Ladder {
		t.Fatalf("ladder at %s, predicted %s", suite.Ladder.Hex(), predicted.Ladder.Hex())
	}
	e := &ladderEnv{
		c: c, suite: suite, ladder: acip.AttachLadder(suite.Ladder, c.Client()), st: settlement.Attach(suite.Settlement, c.Client()),
		epochs: epochs, adapter: adapter, cfg: gp.Settlement.Config, gs: gs,
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := e.st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(eth, big.NewInt(20))); err != nil {
		t.Fatal(err)
	}
	for _, m := range []int{minerAIdx, minerBIdx} {
		data := mockerc20.NewMockERC20().PackMint(c.Address(m), new(big.Int).Mul(eth, big.NewInt(1_000_000)))
		if _, err := chain.Transact(ctx, c.Client(), admin, pay, data); err != nil {
			t.Fatal(err)
		}
	}
	if e.domain, err = e.st.Domain(ctx); err != nil {
		t.Fatal(err)
	}
	return e
}

// openEpoch opens a rank-0 competition, schedules its epoch, has the miners
// enter and reveal, and draws the seed: mining can start.
func (e *ladderEnv) openEpoch(t *testing.T, miners ...int) (acip.Competition, pow.Params) {
	t.Helper()
	ctx := context.Background()
	comp, _, err := e.ladder.OpenCompetition(ctx, e.c.Transactor(adminIdx), 0, compWindow)
	if err != nil {
		t.Fatal(err)
	}
	id := comp.ID.Uint64()
	if _, err := e.epochs.Schedule(ctx, e.c.Transactor(publisherIdx), id, tinySpec, difficulty, calibration, miningWindow); err != nil {
		t.Fatal(err)
	}
	salts := make(map[int]common.Hash)
	payload := common.HexToHash("0x706f77") // "pow": the entry is the mining itself
	for _, m := range miners {
		salt, err := acip.NewSalt()
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.ladder.Enter(ctx, e.c.Transactor(m), comp.ID, salt, payload); err != nil {
			t.Fatalf("enter: %v", err)
		}
		salts[m] = salt
	}
	if _, err := e.epochs.RequestSeed(ctx, e.c.Transactor(challengerIdx), id); err == nil {
		t.Fatal("seed requested while entries are open")
	}
	if err := e.c.AdvanceTime(compWindow * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, m := range miners {
		if _, err := e.ladder.Reveal(ctx, e.c.Transactor(m), comp.ID, salts[m], payload); err != nil {
			t.Fatalf("reveal: %v", err)
		}
	}
	if _, err := e.epochs.RequestSeed(ctx, e.c.Transactor(challengerIdx), id); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		e.c.Commit()
	}
	if _, _, err := e.epochs.DrawSeed(ctx, e.c.Transactor(challengerIdx), id); err != nil {
		t.Fatal(err)
	}
	ep, err := e.epochs.Publish(ctx, e.c.Transactor(publisherIdx), id)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ep.CheckedParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Spec != tinySpec || p.Epoch != id || p.Difficulty != difficulty {
		t.Fatalf("published params %+v", p)
	}
	return comp, p
}

func (e *ladderEnv) submitAndDraw(t *testing.T, claim *pow.EpochClaim, id *big.Int) (*big.Int, *settlement.Draw) {
	t.Helper()
	ctx := context.Background()
	cid, _, err := e.st.SubmitPowEpoch(ctx, e.c.Transactor(relayerIdx), e.suite.Ladder, id, claim.Items, claim.Result())
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	for range e.cfg.SampleDelay + 1 {
		e.c.Commit()
	}
	d, _, err := e.st.DrawSamples(ctx, e.c.Transactor(challengerIdx), cid)
	if err != nil {
		t.Fatalf("draw: %v", err)
	}
	return cid, d
}

// TestLadderEpochResolvesCompetition: two entrants mine the published epoch,
// the relayer verifies their batches, claims, answers the drawn samples with
// real Groth16 proofs through PowEpochAdapter, finalizes in the resolution
// phase, and the ladder promotes both by their verified counts.
func TestLadderEpochResolvesCompetition(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup and proofs")
	}
	t.Parallel()
	ctx := context.Background()
	e := newLadderEnv(t)
	comp, p := e.openEpoch(t, minerAIdx, minerBIdx)
	v, err := pow.NewVerifier(p, e.domain)
	if err != nil {
		t.Fatal(err)
	}
	book := pow.NewEpochBook(v)
	for i, idx := range []int{minerAIdx, minerBIdx} {
		var batches []dipmsg.SignedPowBatch
		if _, err := pow.Mine(ctx, pow.MinerConfig{
			Params: p, Miner: e.c.Address(idx), Signer: dipmsg.KeySigner{Key: e.c.Key(idx)}, Domain: e.domain,
			Workers: 1, BatchSize: 4, MaxNonces: uint64(24 + 16*i),
			OnBatch: func(b dipmsg.SignedPowBatch) error { batches = append(batches, b); return nil },
		}); err != nil {
			t.Fatal(err)
		}
		for _, b := range batches {
			if _, err := book.Add(b, e.c.Commit()); err != nil {
				t.Fatalf("honest batch rejected: %v", err)
			}
		}
		if book.Count(e.c.Address(idx)) == 0 {
			t.Fatalf("miner %d found no valid nonce", idx)
		}
	}
	claim, err := book.Claim()
	if err != nil {
		t.Fatal(err)
	}
	id, d := e.submitAndDraw(t, claim, comp.ID)
	prover := grothProver{p: p, ccs: e.gs.ccs, pk: e.gs.pk}
	stats, err := claim.AnswerSamples(ctx, e.st, e.c.Transactor(relayerIdx), id, comp.ID, d.Indices, prover)
	if err != nil {
		t.Fatalf("answer: %v", err)
	}
	for _, s := range stats {
		t.Logf("slot %d: leaf %d proven in %v, answer gas %d", s.Slot, s.Index, s.ProveDur, s.Gas)
	}
	// Finalize in the resolution phase (earlier, the ladder refuses and the callback would need a retry).
	if err := e.c.AdvanceTime(time.Duration(comp.RevealDeadline-comp.CommitDeadline) * time.Second); err != nil {
		t.Fatal(err)
	}
	fin, _, err := e.st.Finalize(ctx, e.c.Transactor(challengerIdx), id)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if !fin.Delivered {
		t.Fatalf("finalization %+v: callback not delivered", fin)
	}
	got, err := e.ladder.Competition(ctx, comp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != acip.StateResolved {
		t.Fatalf("competition state %v, want resolved", got.State)
	}
	for _, mc := range claim.Counts {
		rank, err := e.ladder.RankOf(ctx, mc.Miner)
		if err != nil || rank != 1 {
			t.Fatalf("miner %s with %d verified nonces has rank %d (%v), want 1", mc.Miner.Hex(), mc.Count, rank, err)
		}
	}
	if len(fin.Winners) != 2 || fin.Score.Int64() != int64(len(claim.Leaves)) {
		t.Fatalf("winners %v score %v, want both miners and %d", fin.Winners, fin.Score, len(claim.Leaves))
	}
}

// TestLadderEpochFabricatedNonceSlashed: a claim whose sample hits a
// fabricated nonce cannot be answered (no proof exists; a real proof of the
// same nonce for a looser threshold, or of a valid nonce for another seed,
// is refused by the adapter), and failClaim slashes the relayer.
func TestLadderEpochFabricatedNonceSlashed(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup and proofs")
	}
	t.Parallel()
	ctx := context.Background()
	e := newLadderEnv(t)
	miner := e.c.Address(minerAIdx)
	var (
		comp          acip.Competition
		p             pow.Params
		claim         *pow.EpochClaim
		id            *big.Int
		d             *settlement.Draw
		fake, honest  pow.EpochLeaf
		fakeIdx, slot = -1, -1
		trueDist      uint32
	)
	// Two leaves and three samples miss the fabricated one with probability 1/8 per
	// competition; the relayer keeps trying (sampling is a deterrent, not a proof).
	for attempt := 0; slot < 0; attempt++ {
		if attempt == 8 {
			t.Fatal("fabricated leaf never sampled in 8 competitions")
		}
		comp, p = e.openEpoch(t, minerAIdx)
		m, err := p.Model()
		if err != nil {
			t.Fatal(err)
		}
		sc := m.NewScratch()
		found := 0
		for ctr := uint32(0); found != 3; ctr++ {
			n := pow.EpochNonce(p.Epoch, ctr)
			dist := m.NonceDistance(miner, n, sc)
			switch {
			case p.Valid(dist) && found&1 == 0:
				honest, found = pow.EpochLeaf{Miner: miner, Nonce: n, Distance: dist}, found|1
			case !p.Valid(dist) && found&2 == 0:
				fake, trueDist, found = pow.EpochLeaf{Miner: miner, Nonce: n, Distance: p.Threshold}, dist, found|2
			}
		}
		if claim, err = pow.NewEpochClaim(p, []pow.EpochLeaf{honest, fake}); err != nil {
			t.Fatal(err)
		}
		for i, l := range claim.Leaves {
			if l == fake {
				fakeIdx = i
			}
		}
		id, d = e.submitAndDraw(t, claim, comp.ID)
		for s, idx := range d.Indices {
			if int(idx) == fakeIdx {
				slot = s
			}
		}
	}
	prover := grothProver{p: p, ccs: e.gs.ccs, pk: e.gs.pk}
	if _, err := claim.AnswerSamples(ctx, e.st, e.c.Transactor(relayerIdx), id, comp.ID, d.Indices, prover); !errors.Is(err, pow.ErrUnprovable) {
		t.Fatalf("answering the fabricated nonce: %v, want ErrUnprovable", err)
	}

	// The honest leaf's real proof passes the adapter (control for the refusals below).
	hi := 1 - fakeIdx
	hp, err := prover.ProveNonce(ctx, comp.ID, claim.Leaves[hi], claim.Items.Inputs[hi])
	if err != nil {
		t.Fatal(err)
	}
	if err := pow.VerifyWithAdapter(ctx, e.c.Client(), e.adapter, comp.ID, claim.Items.Inputs[hi], hp); err != nil {
		t.Fatalf("adapter refuses an honest proof: %v", err)
	}
	// A real proof of the fabricated nonce for a looser threshold (its true distance).
	loose := p
	loose.Threshold = trueDist
	looseLeaf := pow.EpochLeaf{Miner: miner, Nonce: fake.Nonce, Distance: trueDist}
	looseIn := loose.LeafInputs(miner, fake.Nonce, trueDist)
	lp, err := grothProver{p: loose, ccs: e.gs.ccs, pk: e.gs.pk}.ProveNonce(ctx, comp.ID, looseLeaf, looseIn)
	if err != nil {
		t.Fatalf("proving at a looser threshold: %v", err)
	}
	if err := pow.VerifyWithAdapter(ctx, e.c.Client(), e.adapter, comp.ID, looseIn, lp); !isRevert(err, "PowEpochs_WrongThreshold") {
		t.Fatalf("looser-threshold proof: %v, want PowEpochs_WrongThreshold", err)
	}
	// A real proof of a valid nonce of the same miner and epoch under another seed.
	other := p
	other.Seed = common.HexToHash("0x0b")
	om, err := other.Model()
	if err != nil {
		t.Fatal(err)
	}
	osc := om.NewScratch()
	for ctr := uint32(0); ; ctr++ {
		n := pow.EpochNonce(other.Epoch, ctr)
		if dist := om.NonceDistance(miner, n, osc); other.Valid(dist) {
			in := other.LeafInputs(miner, n, dist)
			op, err := grothProver{p: other, ccs: e.gs.ccs, pk: e.gs.pk}.ProveNonce(ctx, comp.ID, pow.EpochLeaf{Miner: miner, Nonce: n, Distance: dist}, in)
			if err != nil {
				t.Fatal(err)
			}
			if err := pow.VerifyWithAdapter(ctx, e.c.Client(), e.adapter, comp.ID, in, op); !isRevert(err, "PowEpochs_WrongSeed") {
				t.Fatalf("other-seed proof: %v, want PowEpochs_WrongSeed", err)
			}
			break
		}
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
	after, err := e.st.Relayer(ctx, e.c.Address(relayerIdx))
	if err != nil {
		t.Fatal(err)
	}
	if rej.Fault != settlement.FaultUnansweredSample || new(big.Int).Sub(before.Bond, after.Bond).Cmp(e.cfg.ClaimBond) != 0 {
		t.Fatalf("rejection %+v, bond %s -> %s; want UnansweredSample and one claim bond slashed", rej, before.Bond, after.Bond)
	}
	if rank, err := e.ladder.RankOf(ctx, miner); err != nil || rank != 0 {
		t.Fatalf("miner rank %d (%v) after a slashed claim, want 0", rank, err)
	}
}

func isRevert(err error, name string) bool {
	re, ok := chain.AsRevert(err)
	return ok && re.Name == name
}

func TestOnchainEpochCheckedParams(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	seed := common.HexToHash("0x09")
	ep := pow.OnchainEpoch{ID: 3, SpecWord: tinySpec.SpecWord(), Difficulty: 4, CalibrationSamples: 200, MiningWindow: 60, Seed: seed}
	if _, err := ep.Params(); !errors.Is(err, pow.ErrEpochNotPublished) {
		t.Fatalf("params before publication: %v, want ErrEpochNotPublished", err)
	}
	thr, err := ep.Calibrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		threshold uint32
		want      error
	}{
		{"calibrated", thr, nil},
		{"looser", thr + 1, pow.ErrThresholdMismatch},
		{"tighter", thr - 1, pow.ErrThresholdMismatch},
	}
	for _, tc := range tests {
		e := ep
		e.Published, e.Threshold = true, tc.threshold
		p, err := e.CheckedParams(ctx)
		if !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		}
		if err == nil && (p.Threshold != thr || p.Seed != seed || p.Spec != tinySpec || p.Epoch != 3) {
			t.Fatalf("%s: params %+v", tc.name, p)
		}
	}
}
