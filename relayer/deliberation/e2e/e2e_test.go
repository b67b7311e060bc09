package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	batchbind "github.com/dip-market/dip/bindings/settlementbatches"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/deliberation/sim"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/settlement"
)

// Scenario settings. The challenge window is short so the honest claim
// finalizes within the test; rounds are long enough for a relayer restart
// to fit inside a voting phase on a loaded machine.
const (
	challengeWindow = 10 // seconds
	agents          = 50
	rounds          = 3
	roundDuration   = 8 * time.Second
	// Session 1 (simulated, settled by H) and session 2 (the dishonest
	// claim) are about the same target with different subjects.
	subject1, subject2 = 1, 2
	session1Nonce      = 7
	session2Agents     = 8
	// orchestratorKey is the devchain key signing both manifests.
	orchestratorKey = 1
	// dishonestKey is the devchain key of the dishonest relayer.
	dishonestKey = 2
)

// TestDeliberationEndToEnd runs two `dip relayer run` processes against one
// anvil node (1 s blocks, transactions mined at once):
//
//   - W: watchtower, embedded NATS server;
//   - H: honest settler, ingesting from W's NATS server with its own durable
//     consumer.
//
// Session 1: `dip deliberation simulate` drives 50 agents through 3 rounds on
// H over HTTP. H is killed with SIGKILL once the second round's votes arrive
// and restarted: every message stored before the kill is there after it, a
// manifest published on NATS meanwhile is ingested after the restart, and
// H's claim on chain finalizes with the tally the simulator recounted.
//
// Session 2: the test publishes a small session over NATS (both relayers
// ingest it). Once both hold every ballot, "the dishonest relayer" (Go code
// with its own funded key and bond) claims a wrong tally of exactly those
// ballots before the round closes. W's watchtower proves it wrong, the
// contract rejects the claim and slashes its bond, and once the round closes
// an honest relayer claims the right tally for the freed subject.
func TestDeliberationEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dip and runs relayer processes against anvil")
	}
	// Every wait below has its own deadline; this one only bounds RPC and
	// HTTP calls, and leaves room for building dip on a cold cache.
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	began := time.Now()
	type built struct {
		bin string
		err error
	}
	binc := make(chan built, 1)
	binDir := t.TempDir()
	go func() { bin, err := buildDip(binDir); binc <- built{bin, err} }()

	node := anviltest.Start(t, anviltest.WithBlockTime(time.Second), anviltest.WithArgs("--mixed-mining"))
	chainID := big.NewInt(anviltest.ChainID)
	admin := bind.NewKeyedTransactor(devchain.DevKey(0), chainID)
	cfg := settlement.DefaultConfig()
	cfg.ChallengeWindow = challengeWindow
	env := settlementtest.Deploy(t, node.Client, admin, cfg)
	sc, recv := env.Settlement, env.Receiver
	domain, err := sc.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	dir := t.TempDir()
	w := newRelayerKey(t, ctx, node, sc, filepath.Join(dir, "w"), new(big.Int).Mul(eth, big.NewInt(2)))
	h := newRelayerKey(t, ctx, node, sc, filepath.Join(dir, "h"), new(big.Int).Mul(eth, big.NewInt(2)))
	dishonest := bind.NewKeyedTransactor(devchain.DevKey(dishonestKey), chainID)
	if _, err := sc.Bond(ctx, dishonest, cfg.ClaimBond); err != nil {
		t.Fatal(err)
	}
	b := <-binc // go test's -timeout bounds a build that hangs
	if b.err != nil {
		t.Fatal(b.err)
	}
	bin := b.bin
	t.Logf("dip built, chain deployed: %s", time.Since(began).Round(time.Millisecond))

	natsPort := freePort(t)
	wAddr, hAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t)), fmt.Sprintf("127.0.0.1:%d", freePort(t))
	wBase, hBase := "http://"+wAddr, "http://"+hAddr
	natsURL := fmt.Sprintf("nats://127.0.0.1:%d", natsPort)
	orch := devchain.DevKeyAddress(orchestratorKey)
	relayerArgs := func(k relayerKey, addr string, extra ...string) []string {
		return append([]string{"relayer", "run", "--rpc-url", node.URL, "--chain-id", strconv.Itoa(anviltest.ChainID),
			"--signer", "keystore", "--signer-keystore", k.path, "--signer-keystore-passphrase-file", k.passFile,
			"--http-addr", addr, "--data-dir", k.dataDir, "--log-format", "json",
			"--txmgr-confirmations", "1", "--txmgr-poll-interval", "50ms",
			"--watch-confirmations", "1", "--watch-poll-interval", "100ms",
			"--deliberation-settlement", sc.Address().Hex(), "--deliberation-orchestrator", orch.Hex(),
			"--deliberation-step", "200ms"}, extra...)
	}
	ready := func(base string) func() error {
		return func() error { return getJSON(ctx, base+"/readyz", nil) }
	}
	wProc := start(t, "relayer W", bin, filepath.Join(dir, "w.log"), relayerArgs(w, wAddr,
		"--deliberation-watchtower", "--deliberation-nats-port", strconv.Itoa(natsPort))...)
	poll(t, "W ready", 30*time.Second, ready(wBase), wProc)
	hArgs := relayerArgs(h, hAddr, "--deliberation-nats-url", natsURL, "--deliberation-nats-durable", "dip-relayer-h")
	hProc := start(t, "relayer H", bin, filepath.Join(dir, "h.log"), hArgs...)
	poll(t, "H ready", 30*time.Second, ready(hBase), hProc)
	t.Logf("relayers ready: %s", time.Since(began).Round(time.Millisecond))

	// Session 1: the simulator, a separate process, on H over HTTP.
	simLog := filepath.Join(dir, "simulate.log")
	base := time.Now().Unix()
	simProc := start(t, "simulate", bin, simLog, "deliberation", "simulate", "--relayer-url", hBase,
		"--chain-id", strconv.Itoa(anviltest.ChainID), "--settlement", sc.Address().Hex(), "--target", recv.Hex(),
		"--subject", strconv.Itoa(subject1), "--session-nonce", strconv.Itoa(session1Nonce), "--dev-key", strconv.Itoa(orchestratorKey),
		"--agents", strconv.Itoa(agents), "--rounds", strconv.Itoa(rounds), "--round-duration", roundDuration.String(), "--concurrency", "8")
	session1 := dipmsg.SessionID(recv, big.NewInt(subject1), big.NewInt(session1Nonce))

	// Session 2 over NATS; it closes before H is killed.
	s2 := newSession2(t, domain, recv, uint64(base))
	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	pub := deliberation.Publisher{JS: js}
	if _, err := pub.PublishManifest(ctx, s2.sm); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, ctx, time.Unix(int64(s2.man.Opens), 0).Add(300*time.Millisecond))
	for _, env := range s2.proposals {
		if _, err := pub.PublishMessage(ctx, env); err != nil {
			t.Fatal(err)
		}
	}
	waitUntil(t, ctx, time.Unix(int64(s2.man.Rounds[0].ProposeUntil), 0).Add(300*time.Millisecond))
	for _, env := range s2.ballots {
		if _, err := pub.PublishMessage(ctx, env); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []struct{ name, base string }{{"W", wBase}, {"H", hBase}} {
		poll(t, r.name+" holds session 2's ballots", 10*time.Second, func() error {
			v, err := view(ctx, r.base, s2.man.ID())
			if err != nil {
				return err
			}
			if got := v.Rounds[0]; len(got.Proposals) != session2Agents || got.Ballots != session2Agents {
				return fmt.Errorf("%d proposals and %d ballots: %w", len(got.Proposals), got.Ballots, errNotYet)
			}
			return nil
		}, wProc, hProc)
	}
	// The dishonest relayer: the same ballots, an inflated winning sum,
	// claimed in a batch before the round closes (the contract does not
	// check the deadlines). It answers tally requests like an honest relayer
	// would, publishing its wrong tally.
	honest2, err := settlement.Build(s2.man.Settlement(domain, 0), s2.signedProposals(), s2.signedBallots())
	if err != nil {
		t.Fatal(err)
	}
	wrong := *honest2.Tally
	wrong.Sums = append([]*big.Int(nil), honest2.Tally.Sums...)
	wrong.Sums[wrong.Winner] = new(big.Int).Add(wrong.Sums[wrong.Winner], big.NewInt(7))
	bad, err := settlement.Assemble(&wrong, honest2.Leaves)
	if err != nil {
		t.Fatal(err)
	}
	badHeaders := []settlement.SessionHeader{settlement.Header(recv, big.NewInt(subject2), bad)}
	badID, _, err := sc.SubmitBatch(ctx, dishonest, badHeaders)
	if err != nil {
		t.Fatal(err)
	}
	if now := uint64(time.Now().Unix()); now >= s2.man.Rounds[0].ClosesAt {
		t.Fatalf("the dishonest batch came after session 2 closed (%d >= %d): the machine is too slow for this schedule", now, s2.man.Rounds[0].ClosesAt)
	}
	t.Logf("dishonest batch %s submitted: %s", badID, time.Since(began).Round(time.Millisecond))
	opened := make(chan error, 1)
	go func() { opened <- answerTallyRequest(ctx, sc, dishonest, badID, badHeaders, bad.Result) }()

	// Kill H with SIGKILL once session 1's second round starts voting.
	var before *sessionView
	poll(t, "session 1 round 1 votes on H", 60*time.Second, func() error {
		v, err := view(ctx, hBase, session1)
		if err != nil {
			return err
		}
		if r := v.Rounds[1]; r.Ballots+r.Evaluations == 0 {
			return errNotYet
		}
		before = v
		return nil
	}, hProc, simProc)
	hProc.kill()
	t.Logf("H killed with %s stored: %s", before.counts(), time.Since(began).Round(time.Millisecond))
	// A manifest published while H is down reaches it through its durable
	// consumer after the restart. (Its session opens in an hour: nobody
	// settles it during the test.) It is published once the server dropped
	// the killed H's pull requests: one delivered to the dead connection
	// would come back only after the 30 s ack wait.
	cons, err := js.Consumer(ctx, deliberation.DefaultStream, "dip-relayer-h")
	if err != nil {
		t.Fatal(err)
	}
	poll(t, "W's NATS server to drop the killed H's pull requests", 10*time.Second, func() error {
		info, err := cons.Info(ctx)
		if err != nil {
			return err
		}
		if info.NumWaiting != 0 {
			return fmt.Errorf("%d pull requests waiting: %w", info.NumWaiting, errNotYet)
		}
		return nil
	})
	s3 := *s2.man
	s3.SubjectID, s3.Opens = big.NewInt(3), uint64(base)+3600
	s3.Rounds = []deliberation.Round{{ProposeUntil: s3.Opens + 60, ClosesAt: s3.Opens + 120}}
	sm3, err := deliberation.SignManifest(ctx, dipmsg.KeySigner{Key: devchain.DevKey(orchestratorKey)}, domain, &s3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pub.PublishManifest(ctx, sm3); err != nil {
		t.Fatal(err)
	}
	hProc = start(t, "relayer H (restarted)", bin, filepath.Join(dir, "h.log"), hArgs...)
	poll(t, "H ready after the restart", 30*time.Second, ready(hBase), hProc)
	// Beyond the ack wait, so a redelivery would still pass.
	poll(t, "H to ingest the manifest published while it was down", 40*time.Second, func() error {
		_, err := view(ctx, hBase, s3.ID())
		return err
	}, hProc)
	after, err := view(ctx, hBase, session1)
	if err != nil {
		t.Fatal(err)
	}
	for r := range before.Rounds {
		b, a := before.Rounds[r], after.Rounds[r]
		if len(a.Proposals) < len(b.Proposals) || a.Evaluations < b.Evaluations || a.Ballots < b.Ballots {
			t.Fatalf("round %d lost messages in the restart: %s before the kill, %s after", r, before.counts(), after.counts())
		}
	}
	t.Logf("H restarted with %s stored: %s", after.counts(), time.Since(began).Round(time.Millisecond))

	// The simulator ends after the last round closed, with its recount
	// matching H's tally (it exits non-zero otherwise).
	poll(t, "the simulator to finish", 60*time.Second, func() error {
		if done, _ := simProc.exited(); !done {
			return errNotYet
		}
		return nil
	})
	if _, err := simProc.exited(); err != nil {
		t.Fatalf("dip deliberation simulate failed: %v\n%s", err, tail(simLog, 4000))
	}
	out, err := parseSim(simLog)
	if err != nil {
		t.Fatal(err)
	}
	final, err := view(ctx, hBase, session1)
	if err != nil {
		t.Fatal(err)
	}
	// Every message the simulator had acknowledged is stored. In the round
	// of the kill H may hold more: a message committed whose answer the kill
	// cut off counts as rejected by the simulator.
	for r, rv := range final.Rounds {
		stored := len(rv.Proposals) + rv.Evaluations + rv.Ballots
		switch acc := out.accepted[r]; {
		case stored < acc:
			t.Errorf("round %d: H stores %d messages, the simulator had %d accepted", r, stored, acc)
		case stored != acc && out.rejected[r] == 0:
			t.Errorf("round %d: H stores %d messages, the simulator had %d accepted and none rejected", r, stored, acc)
		}
	}
	if got, want := final.Rounds[rounds-1].Ballots, int(out.tally.BallotCount); got != want {
		t.Errorf("H stores %d ballots of the last round, the tally counts %d", got, want)
	}
	if out.rejected[rounds-1] != 0 {
		t.Errorf("%d messages of the last round were rejected", out.rejected[rounds-1])
	}
	t.Logf("simulator: accepted %v, rejected %v per round; %d ballots in the tally; %s",
		out.accepted, out.rejected, out.tally.BallotCount, time.Since(began).Round(time.Millisecond))

	// H's claim finalizes with the simulator's tally.
	var rec *deliberation.Record
	poll(t, "H's claim of session 1 to finalize", 60*time.Second, func() error {
		v, err := view(ctx, hBase, session1)
		if err != nil {
			return err
		}
		if rec = v.Settlement; rec == nil || !rec.Terminal() {
			return fmt.Errorf("record %+v: %w", rec, errNotYet)
		}
		return nil
	}, hProc)
	if rec.State != deliberation.StateFinalized || !rec.Delivered {
		t.Fatalf("session 1 record %+v, want finalized and delivered", rec)
	}
	batchID, _ := new(big.Int).SetString(rec.BatchID, 10)
	hb, err := sc.Batch(ctx, batchID)
	if err != nil {
		t.Fatal(err)
	}
	if hb.Status != settlement.StatusFinalized || hb.Relayer != h.address {
		t.Fatalf("batch %s: status %s, relayer %s; want finalized, H (%s)", batchID, hb.Status, hb.Relayer.Hex(), h.address.Hex())
	}
	sub, err := sc.BatchSubmission(ctx, batchID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Index >= len(sub.Headers) {
		t.Fatalf("record index %d in a batch of %d", rec.Index, len(sub.Headers))
	}
	header := sub.Headers[rec.Index]
	if header.Target != recv || header.SubjectId.Int64() != subject1 || common.Hash(header.Root).Hex() != out.tally.Root ||
		header.Conviction.String() != out.tally.Score || header.BallotCount != out.tally.BallotCount {
		t.Fatalf("claimed header %+v differs from the simulator's tally (root %s, score %s, %d ballots)",
			header, out.tally.Root, out.tally.Score, out.tally.BallotCount)
	}
	if len(out.tally.Winners) != 1 || header.Winner.Hex() != common.HexToAddress(out.tally.Winners[0]).Hex() {
		t.Fatalf("claimed winner %s, the simulator's winners %v", header.Winner.Hex(), out.tally.Winners)
	}
	// Latency on this chain (1 s blocks, second-granular timestamps): the
	// claim's block after the last round's close, the finalize's block
	// after the challenge deadline.
	closes, err := strconv.ParseUint(final.Rounds[rounds-1].ClosesAt, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	submitted, err := node.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(rec.SubmitBlock))
	if err != nil {
		t.Fatal(err)
	}
	fr, err := node.Client.TransactionReceipt(ctx, rec.FinalTx)
	if err != nil {
		t.Fatal(err)
	}
	finalized, err := node.Client.HeaderByNumber(ctx, fr.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("session 1 finalized in batch %s: claim mined %d s after the close, finalize %d s after the deadline: %s",
		batchID, int64(submitted.Time)-int64(closes), int64(finalized.Time)-int64(rec.Deadline), time.Since(began).Round(time.Millisecond))

	// Session 2: W requested the dishonest batch's tally, the dishonest
	// relayer opened the session, W challenged the opened claim; the contract
	// recounted, rejected the batch and slashed its bond, crediting W's share.
	if err := <-opened; err != nil {
		t.Fatalf("the dishonest relayer's answer to the tally request: %v", err)
	}
	bb, err := sc.Batch(ctx, badID)
	if err != nil {
		t.Fatal(err)
	}
	if bb.Status != settlement.StatusRejected {
		t.Fatalf("dishonest batch %s is %s, want rejected", badID, bb.Status)
	}
	rej, err := batchRejection(ctx, node, sc.Address(), badID)
	if err != nil {
		t.Fatal(err)
	}
	wantReward := new(big.Int).Div(new(big.Int).Mul(cfg.ClaimBond, big.NewInt(int64(cfg.ChallengerRewardBps))), big.NewInt(10_000))
	if rej.By != w.address || rej.Reward.Cmp(wantReward) != 0 || settlement.Fault(rej.Fault) == settlement.FaultUnansweredRequest {
		t.Fatalf("BatchRejected by %s with reward %s for %s; want a fraud proof by W (%s) and %s", rej.By.Hex(), rej.Reward, settlement.Fault(rej.Fault), w.address.Hex(), wantReward)
	}
	bond, err := sc.Relayer(ctx, devchain.DevKeyAddress(dishonestKey))
	if err != nil {
		t.Fatal(err)
	}
	if bond.Bond.Sign() != 0 || bond.Locked.Sign() != 0 {
		t.Fatalf("dishonest relayer's bond %s (locked %s) after the rejection, want 0: the claim bond of %s is slashed", bond.Bond, bond.Locked, cfg.ClaimBond)
	}
	credit, err := sc.Credit(ctx, w.address)
	if err != nil {
		t.Fatal(err)
	}
	if credit.Cmp(wantReward) != 0 {
		t.Fatalf("W's credit %s, want the challenger's reward %s", credit, wantReward)
	}
	metrics, err := getText(ctx, wBase+"/metrics")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(metrics, `dip_relayer_deliberation_watchtower_verdicts_total{verdict="challenged"} 1`) {
		t.Errorf("W's /metrics does not count one challenged verdict")
	}
	// After the close an honest relayer claims the right tally of session 2
	// (both may; W's watchtower may also have seen H's batch first and left
	// the session to it), and neither claims another.
	poll(t, "an honest claim of session 2", 30*time.Second, func() error {
		claimed := 0
		for _, r := range []struct{ name, base string }{{"W", wBase}, {"H", hBase}} {
			v, err := view(ctx, r.base, s2.man.ID())
			if err != nil {
				return err
			}
			rec := v.Settlement
			if rec == nil || rec.BatchID == "" {
				continue
			}
			if rec.Root != honest2.Root {
				return fmt.Errorf("%s claimed session 2 with root %s, want the honest root %s", r.name, rec.Root.Hex(), honest2.Root.Hex())
			}
			claimed++
		}
		if claimed == 0 {
			return fmt.Errorf("no claim of session 2 yet: %w", errNotYet)
		}
		return nil
	}, wProc, hProc)
	for _, p := range []*proc{wProc, hProc} {
		if strings.Contains(tail(p.log, 1<<30), "panic") {
			t.Errorf("%s logged a panic", p.name)
		}
	}
	t.Logf("done: %s", time.Since(began).Round(time.Millisecond))
}

// relayerKey is a relayer's funded, bonded keystore key and its data dir.
type relayerKey struct {
	path, passFile, dataDir string
	address                 common.Address
}

func newRelayerKey(t *testing.T, ctx context.Context, node *anviltest.Node, sc *settlement.Settlement, dir string, bond *big.Int) relayerKey {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	k := relayerKey{path: filepath.Join(dir, "key.json"), passFile: filepath.Join(dir, "pass"), dataDir: filepath.Join(dir, "data")}
	if err := os.WriteFile(k.passFile, []byte("e2e passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	scfg := signer.Config{Kind: signer.KindKeystore, ChainID: anviltest.ChainID,
		Keystore: signer.KeystoreConfig{Path: k.path, PassphraseFile: k.passFile}}
	addr, err := signer.Generate(ctx, scfg, signer.WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatal(err)
	}
	blob, err := os.ReadFile(k.path)
	if err != nil {
		t.Fatal(err)
	}
	key, err := keystore.DecryptKey(blob, "e2e passphrase")
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70))); err != nil {
		t.Fatal(err)
	}
	// Bonded before the relayer's txmgr owns the account's nonces.
	if _, err := sc.Bond(ctx, bind.NewKeyedTransactor(key.PrivateKey, big.NewInt(anviltest.ChainID)), bond); err != nil {
		t.Fatal(err)
	}
	k.address = addr
	return k
}

// sessionView is the part of GET /sessions/{id} the test reads.
type sessionView struct {
	Rounds []struct {
		ClosesAt    string            `json:"closesAt"`
		Proposals   []json.RawMessage `json:"proposals"`
		Ballots     int               `json:"ballots"`
		Evaluations int               `json:"evaluations"`
	} `json:"rounds"`
	Settlement *deliberation.Record `json:"settlement"`
}

func (v *sessionView) counts() string {
	var b strings.Builder
	for r, rv := range v.Rounds {
		fmt.Fprintf(&b, "[r%d: %dp %de %db]", r, len(rv.Proposals), rv.Evaluations, rv.Ballots)
	}
	return b.String()
}

func view(ctx context.Context, base string, id common.Hash) (*sessionView, error) {
	v := &sessionView{}
	if err := getJSON(ctx, base+deliberation.RoutePrefix+"/sessions/"+id.Hex(), v); err != nil {
		return nil, err
	}
	return v, nil
}

// waitUntil blocks until the wall clock reaches at: sessions have deadlines
// in wall-clock seconds, and the relayers judge messages by their own clock.
func waitUntil(t *testing.T, ctx context.Context, at time.Time) {
	t.Helper()
	timer := time.NewTimer(time.Until(at))
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-ctx.Done():
		t.Fatalf("context done before %s", at)
	}
}

// session2 is the small session the dishonest relayer lies about.
type session2 struct {
	man                *deliberation.Manifest
	sm                 *deliberation.SignedManifest
	proposals, ballots []*dipmsg.Envelope
}

// newSession2 opens two seconds after base: 2 s of proposals, then 7 s of
// votes, closing before session 1's second round votes (base+13 at the
// earliest), so it is settled before H is killed.
func newSession2(t *testing.T, domain dipmsg.Domain, target common.Address, base uint64) *session2 {
	t.Helper()
	type agent struct {
		key  *ecdsa.PrivateKey
		addr common.Address
	}
	var as []agent
	for i := range session2Agents {
		k := sim.AgentKey(2, i)
		as = append(as, agent{k, crypto.PubkeyToAddress(k.PublicKey)})
	}
	// Column order is ascending author address.
	sort.Slice(as, func(a, b int) bool { return bytes.Compare(as[a].addr[:], as[b].addr[:]) < 0 })
	s := &session2{man: &deliberation.Manifest{Target: target, SubjectID: big.NewInt(subject2), Nonce: big.NewInt(1), Credits: 100,
		Opens: base + 2, Rounds: []deliberation.Round{{ProposeUntil: base + 4, ClosesAt: base + 11}}}}
	for _, a := range as {
		s.man.Participants = append(s.man.Participants, a.addr)
	}
	var err error
	if s.sm, err = deliberation.SignManifest(context.Background(), dipmsg.KeySigner{Key: devchain.DevKey(orchestratorKey)}, domain, s.man); err != nil {
		t.Fatal(err)
	}
	sign := func(k *ecdsa.PrivateKey, m dipmsg.Message) *dipmsg.Envelope {
		sig, err := dipmsg.SignWithKey(k, domain, m)
		if err != nil {
			t.Fatal(err)
		}
		return &dipmsg.Envelope{Domain: domain, Message: m, Sig: sig}
	}
	id := s.man.ID()
	for i, a := range as {
		s.proposals = append(s.proposals, sign(a.key, &dipmsg.Proposal{Session: id, Author: a.addr,
			ContentHash: crypto.Keccak256Hash([]byte("e2e session 2"), []byte{byte(i)})}))
		votes := make([]int64, session2Agents)
		votes[(i+1)%session2Agents], votes[(i+3)%session2Agents] = 3, -1+int64(i%3)
		s.ballots = append(s.ballots, sign(a.key, &dipmsg.Ballot{Session: id, Voter: a.addr, Votes: votes}))
	}
	return s
}

func (s *session2) signedProposals() []dipmsg.SignedProposal {
	var out []dipmsg.SignedProposal
	for _, e := range s.proposals {
		out = append(out, dipmsg.SignedProposal{Message: e.Message.(*dipmsg.Proposal), Sig: e.Sig})
	}
	return out
}

func (s *session2) signedBallots() []dipmsg.SignedBallot {
	var out []dipmsg.SignedBallot
	for _, e := range s.ballots {
		out = append(out, dipmsg.SignedBallot{Message: e.Message.(*dipmsg.Ballot), Sig: e.Sig})
	}
	return out
}

// simOutput is what `dip deliberation simulate` printed.
type simOutput struct {
	accepted, rejected [rounds]int
	tally              *deliberation.TallyJSON
}

func parseSim(path string) (*simOutput, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := &simOutput{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		var r, sent, acc, rej int
		var phase string
		if n, _ := fmt.Sscanf(line, "round %d %s sent %d accepted %d rejected %d", &r, &phase, &sent, &acc, &rej); n == 5 && r < rounds {
			out.accepted[r] += acc
			out.rejected[r] += rej
		}
		if j, ok := strings.CutPrefix(line, "tally: "); ok {
			out.tally = &deliberation.TallyJSON{}
			if err := json.Unmarshal([]byte(j), out.tally); err != nil {
				return nil, fmt.Errorf("simulator tally line: %w", err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if out.tally == nil {
		return nil, fmt.Errorf("the simulator printed no tally:\n%s", tail(path, 4000))
	}
	return out, nil
}

// rejection reads the ClaimRejected event of claim id.
func batchRejection(ctx context.Context, node *anviltest.Node, addr common.Address, id *big.Int) (*batchbind.SettlementBatchesBatchRejected, error) {
	ev := settlement.BatchesABI.Events["BatchRejected"].ID
	logs, err := node.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr},
		Topics: [][]common.Hash{{ev}, {common.BigToHash(id)}}})
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("%d BatchRejected events for batch %s, want 1", len(logs), id)
	}
	return batchbind.NewSettlementBatches().UnpackBatchRejectedEvent(&logs[0])
}

// answerTallyRequest plays the dishonest relayer answering a tally request
// on its batch: it polls until session 0's tally is requested, then opens the
// session with its (wrong) tally. It returns once the session is opened or
// the batch is no longer pending.
func answerTallyRequest(ctx context.Context, sc *settlement.Settlement, opts *bind.TransactOpts, id *big.Int, headers []settlement.SessionHeader, result []byte) error {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		b, err := sc.Batch(ctx, id)
		if err != nil {
			return err
		}
		if b.Status != settlement.StatusPending {
			return fmt.Errorf("batch %s is %s before its tally was requested", id, b.Status)
		}
		q, err := sc.TallyRequestOf(ctx, id, 0)
		if err != nil {
			return err
		}
		if q.Requester == (common.Address{}) {
			continue
		}
		_, _, err = sc.OpenSession(ctx, opts, id, headers, 0, result)
		return err
	}
}
