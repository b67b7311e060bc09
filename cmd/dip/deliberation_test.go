package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/settlement"
)

// TestDeliberationSimulate runs 10 agents x 2 rounds of 4s (2s per phase, so
// a loaded machine still meets the deadlines) against the real ingest
// (engine + SQLite store) served in-process, then recounts the last round
// from the store's messages with settlement.Build.
func TestDeliberationSimulate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	domain := dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000D1"))
	st, err := deliberation.OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng := deliberation.NewEngine(domain, []common.Address{devchain.DevKeyAddress(0)}, time.Now)
	in, err := deliberation.NewIngest(ctx, eng, st)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(deliberation.NewHandler(in, deliberation.WithLogger(slog.New(slog.DiscardHandler))))
	t.Cleanup(srv.Close)

	code, out, errOut := runDip(t, "deliberation", "simulate", "--relayer-url", srv.URL,
		"--chain-id", "31337", "--settlement", domain.VerifyingContract.Hex(), "--dev-key", "0",
		"--agents", "10", "--rounds", "2", "--round-duration", "4s", "--credits", "50", "--seed", "7",
		"--subject", "42", "--concurrency", "4")
	if code != 0 {
		t.Fatalf("simulate: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	// 10 proposals; then 3 evaluations and 1 ballot per agent.
	for _, want := range []string{
		"round 0 proposals sent 10 accepted 10 rejected 0",
		"round 0 votes     sent 40 accepted 40 rejected 0",
		"round 1 proposals sent 10 accepted 10 rejected 0",
		"round 1 votes     sent 40 accepted 40 rejected 0",
		"100 accepted, 0 rejected",
		"recount: matches the relayer's tally",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	var tally deliberation.TallyJSON
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "tally: "); ok {
			if err := json.Unmarshal([]byte(rest), &tally); err != nil {
				t.Fatalf("tally line %q: %v", line, err)
			}
		}
	}
	if tally.Session == "" {
		t.Fatalf("no tally line in stdout:\n%s", out)
	}

	// Recount round 1 from what the store holds.
	var man *deliberation.Manifest
	var props []dipmsg.SignedProposal
	var ballots []dipmsg.SignedBallot
	evals := 0
	authorOf := map[common.Hash]common.Address{}
	err = st.Replay(ctx, func(sm *deliberation.SignedManifest) error {
		man = sm.Manifest
		return nil
	}, func(env *dipmsg.Envelope) error {
		switch m := env.Message.(type) {
		case *dipmsg.Proposal:
			authorOf[m.ContentHash] = m.Author
			if m.Round == 1 {
				props = append(props, dipmsg.SignedProposal{Message: m, Sig: env.Sig})
			}
		case *dipmsg.Ballot:
			if m.Round == 1 {
				ballots = append(ballots, dipmsg.SignedBallot{Message: m, Sig: env.Sig})
			}
		case *dipmsg.Evaluation:
			if a, ok := authorOf[m.ContentHash]; !ok || a == m.Evaluator {
				return fmt.Errorf("stored evaluation by %s of %s (author %s)", m.Evaluator.Hex(), m.ContentHash.Hex(), a.Hex())
			}
			evals++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if man == nil || tally.Session != man.ID().Hex() {
		t.Fatalf("tally of session %s, stored manifest %v", tally.Session, man)
	}
	if len(props) != 10 || len(ballots) != 10 || evals != 60 {
		t.Fatalf("store holds %d proposals, %d ballots in round 1 and %d evaluations; want 10, 10, 60", len(props), len(ballots), evals)
	}
	sort.Slice(props, func(a, b int) bool { return bytes.Compare(props[a].Message.Author[:], props[b].Message.Author[:]) < 0 })
	for _, b := range ballots {
		if sq := b.Message.Squares(); sq.Cmp(big.NewInt(50)) > 0 {
			t.Errorf("ballot of %s spends %s of 50 credits", b.Message.Voter.Hex(), sq)
		}
	}
	d, err := settlement.Build(man.Settlement(domain, 1), props, ballots)
	if err != nil {
		t.Fatalf("recount: %v", err)
	}
	if tally.Round != 1 || tally.BallotCount != d.Tally.BallotCount || tally.Winner != d.Tally.Winner || tally.Root != d.Root.Hex() {
		t.Fatalf("relayer tally %+v, recount round 1 ballots %d winner %d root %s", tally, d.Tally.BallotCount, d.Tally.Winner, d.Root.Hex())
	}
	for j, s := range d.Tally.Sums {
		if tally.Sums[j] != s.String() {
			t.Errorf("sum %d: relayer %s, recount %s", j, tally.Sums[j], s)
		}
	}
}

func TestDeliberationSimulateUsageErrors(t *testing.T) {
	t.Parallel()
	base := []string{"deliberation", "simulate", "--relayer-url", "http://127.0.0.1:1", "--dev-key", "0"}
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no chain id", []string{"--settlement", "0x00000000000000000000000000000000000000D1"}, "--chain-id is required"},
		{"no settlement", []string{"--chain-id", "31337"}, "--settlement is required"},
		{"bad settlement", []string{"--chain-id", "31337", "--settlement", "0x12"}, "is not an address"},
		{"one agent", []string{"--chain-id", "31337", "--settlement", "0x00000000000000000000000000000000000000D1", "--agents", "1"}, "1 agents"},
		{"short rounds", []string{"--chain-id", "31337", "--settlement", "0x00000000000000000000000000000000000000D1", "--round-duration", "1500ms"}, "whole seconds"},
		{"bad subject", []string{"--chain-id", "31337", "--settlement", "0x00000000000000000000000000000000000000D1", "--subject", "-3"}, "--subject"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, errOut := runDip(t, append(append([]string{}, base...), tt.args...)...)
			if code != 2 || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("exit %d stderr %q, want 2 and %q", code, errOut, tt.wantErr)
			}
		})
	}
}

// joinRelayer serves a real ingest on the wall clock and opens a one-round
// session (2s + 2s from the next second) naming dev keys 3..6.
func joinRelayer(t *testing.T) (url string, session common.Hash) {
	t.Helper()
	ctx := context.Background()
	domain := dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000D1"))
	st, err := deliberation.OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := deliberation.NewIngest(ctx, deliberation.NewEngine(domain, []common.Address{devchain.DevKeyAddress(0)}, time.Now), st)
	if err != nil {
		t.Fatal(err)
	}
	opens := uint64(time.Now().Unix()) + 2
	m := &deliberation.Manifest{Target: common.HexToAddress("0x0000000000000000000000000000000000000E5C"), SubjectID: big.NewInt(3), Nonce: big.NewInt(1),
		Credits: 36, Opens: opens, Rounds: []deliberation.Round{{ProposeUntil: opens + 2, ClosesAt: opens + 4}}}
	for i := 3; i <= 6; i++ {
		m.Participants = append(m.Participants, devchain.DevKeyAddress(i))
	}
	sm, err := deliberation.SignManifest(ctx, dipmsg.KeySigner{Key: devchain.DevKey(0)}, domain, m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.AddSession(ctx, sm); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(deliberation.NewHandler(in, deliberation.WithLogger(slog.New(slog.DiscardHandler))))
	t.Cleanup(srv.Close)
	return srv.URL, m.ID()
}

// TestDeliberationSimulateJoin joins an existing session by id (dev key 3
// proposes, 4..6 approve) and by following an escrow-sessions list (4..6
// reject), each in real time (~5 s).
func TestDeliberationSimulateJoin(t *testing.T) {
	t.Parallel()
	content := "0x" + strings.Repeat("ab", 32)
	tests := []struct {
		name string
		args func(url string, session common.Hash) []string
		want []string
	}{
		{"session", func(url string, session common.Hash) []string {
			return []string{"--session", session.Hex(), "--propose", content, "--vote", "approve"}
		}, []string{"round 0 proposals sent 1 accepted 1 rejected 0", "round 0 votes     sent 6 accepted 6 rejected 0",
			"session: tally of round 0: 3 ballots, sums 18, score 1000000000000000000, winners " + devchain.DevKeyAddress(3).Hex()}},
		{"follow", func(url string, session common.Hash) []string {
			list := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_ = json.NewEncoder(w).Encode(map[string]any{"orders": []map[string]string{
					{"orderId": "3", "session": session.Hex(), "deliverer": devchain.DevKeyAddress(3).Hex(), "contentHash": content},
				}})
			}))
			t.Cleanup(list.Close)
			return []string{"--follow", "--follow-url", list.URL, "--follow-max", "1", "--follow-poll", "100ms", "--vote", "reject"}
		}, []string{"order 3: session", "order 3: tally of round 0: 3 ballots, sums -18, score -1000000000000000000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			url, session := joinRelayer(t)
			args := append([]string{"deliberation", "simulate", "--relayer-url", url, "--chain-id", "31337",
				"--settlement", "0x00000000000000000000000000000000000000D1", "--agent-dev-keys", "3,4,5,6"}, tt.args(url, session)...)
			code, out, errOut := runDip(t, args...)
			if code != 0 {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
			}
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestDeliberationSimulateJoinUsageErrors(t *testing.T) {
	t.Parallel()
	keyFile := filepath.Join(t.TempDir(), "keys")
	if err := os.WriteFile(keyFile, []byte("# test keys\nnot-a-key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	id := "0x" + strings.Repeat("11", 32)
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"both modes", []string{"--session", id, "--follow"}, "exclude each other"},
		{"bad vote", []string{"--session", id, "--vote", "maybe"}, "--vote"},
		{"bad session", []string{"--session", "0x12"}, "--session"},
		{"bad propose", []string{"--session", id, "--propose", "xyz"}, "--propose"},
		{"propose with follow", []string{"--follow", "--propose", id}, "--propose goes with --session"},
		{"dev keys on mainnet", []string{"--session", id, "--chain-id", "1", "--agent-dev-keys", "1"}, "chain id 1"},
		{"bad dev key", []string{"--session", id, "--agent-dev-keys", "1,x"}, "--agent-dev-keys"},
		{"bad key file", []string{"--session", id, "--agent-key-file", keyFile}, "line 2 is not a hex private key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, errOut := runDip(t, append([]string{"deliberation", "simulate", "--relayer-url", "http://127.0.0.1:1"}, tt.args...)...)
			if code == 0 || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("exit %d stderr %q, want failure with %q", code, errOut, tt.wantErr)
			}
			if strings.Contains(errOut, "not-a-key") {
				t.Fatalf("stderr echoes the key file's content: %q", errOut)
			}
		})
	}
}
