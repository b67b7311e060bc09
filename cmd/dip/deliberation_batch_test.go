package main

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/settlement"
)

// TestDeliberationBatchCLIOnAnvil: a relayer batches two sessions on a
// Settlement; 'dip deliberation batch' shows the batch, refuses to finalize
// it inside its window with the contract's reason, finalizes it afterwards
// from another account, and reports each session's callback.
func TestDeliberationBatchCLIOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	chainID := big.NewInt(anviltest.ChainID)
	admin := bind.NewKeyedTransactor(devchain.DevKey(0), chainID)
	env := settlementtest.Deploy(t, node.Client, admin, settlement.DefaultConfig())
	st, recv, cfg := env.Settlement, env.Receiver, env.Config
	relayer := bind.NewKeyedTransactor(devchain.DevKey(1), chainID)
	if _, err := st.Bond(ctx, relayer, cfg.ClaimBond); err != nil {
		t.Fatal(err)
	}
	domain, err := st.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// One proposal and two ballots; the same tally heads two subjects.
	sess := settlement.Session{Domain: domain, Target: recv, SubjectID: big.NewInt(1), Nonce: big.NewInt(1), Credits: 100}
	author, _ := crypto.GenerateKey()
	prop := &dipmsg.Proposal{Session: sess.ID(), Author: crypto.PubkeyToAddress(author.PublicKey), ContentHash: crypto.Keccak256Hash([]byte("delivery"))}
	psig, err := dipmsg.SignWithKey(author, domain, prop)
	if err != nil {
		t.Fatal(err)
	}
	var ballots []dipmsg.SignedBallot
	for _, v := range []int64{3, -1} {
		k, _ := crypto.GenerateKey()
		m := &dipmsg.Ballot{Session: sess.ID(), Voter: crypto.PubkeyToAddress(k.PublicKey), Votes: []int64{v}}
		sig, err := dipmsg.SignWithKey(k, domain, m)
		if err != nil {
			t.Fatal(err)
		}
		ballots = append(ballots, dipmsg.SignedBallot{Message: m, Sig: sig})
	}
	d, err := settlement.Build(sess, []dipmsg.SignedProposal{{Message: prop, Sig: psig}}, ballots)
	if err != nil {
		t.Fatal(err)
	}
	headers := []settlement.SessionHeader{settlement.Header(recv, big.NewInt(1), d), settlement.Header(recv, big.NewInt(2), d)}
	id, _, err := st.SubmitBatch(ctx, relayer, headers)
	if err != nil {
		t.Fatal(err)
	}
	// Flags before the batch id: urfave/cli stops at the first argument.
	args := func(key int, sub string, a ...string) []string {
		return append([]string{"deliberation", "batch", sub,
			"--rpc-url", node.URL, "--deployments", t.TempDir(), "--settlement", st.Address().Hex(), "--dev-key", itoa(key)}, a...)
	}

	out := dipOK(t, args(-1, "show", id.String())...)
	for _, want := range []string{"batch 1: Pending, relayer " + devchain.DevKeyAddress(1).Hex(), "0 open tally requests",
		recv.Hex() + "  1 ", recv.Hex() + "  2 ", crypto.PubkeyToAddress(author.PublicKey).Hex() + "  " + formatAmount(headers[0].Conviction, 18) + " "} {
		if !strings.Contains(out, want) {
			t.Fatalf("show output lacks %q:\n%s", want, out)
		}
	}
	dipFails(t, "cannot finalize yet", args(2, "finalize", id.String())...)
	dipFails(t, "no batch 9 on settlement", args(-1, "show", "9")...)
	if code, _, errOut := runDip(t, args(-1, "show", "x")...); code != 2 || !strings.Contains(errOut, "not a positive decimal number") {
		t.Fatalf("show x: exit %d, %q; want a usage error", code, errOut)
	}

	if err := node.RPC.Call(nil, "evm_increaseTime", cfg.ChallengeWindow+1); err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	out = dipOK(t, args(2, "finalize", id.String())...)
	if !strings.Contains(out, "batch 1 finalized") || !strings.Contains(out, "2 of 2 callbacks delivered") {
		t.Fatalf("finalize output:\n%s", out)
	}
	out = dipOK(t, args(-1, "show", id.String())...)
	if !strings.Contains(out, "batch 1: Finalized") || strings.Count(out, "delivered") != 2 {
		t.Fatalf("show after finalize:\n%s", out)
	}
	if code, _, errOut := runDip(t, args(2, "retry", "--index", "7", id.String())...); code != 2 || !strings.Contains(errOut, "--index must be a session of the batch") {
		t.Fatalf("retry --index 7: exit %d, %q; want a usage error", code, errOut)
	}
	dipFails(t, "callback already succeeded", args(2, "retry", "--index", "1", id.String())...)
}
