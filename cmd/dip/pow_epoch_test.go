package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
)

// The epoch publisher's commands against anvil: schedule while entries are
// open (twice fails), seed (refused while entries are open; then requested,
// waited for and drawn), publish the calibrated threshold, and show --out
// writes the params `dip pow mine` takes.
func TestPowEpochCLIOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	dir := t.TempDir()
	const deployer, publisher = 0, 2
	opts := func(i int) *bind.TransactOpts {
		return bind.NewKeyedTransactor(devchain.DevKey(i), big.NewInt(anviltest.ChainID))
	}
	chainArgs := func(key int, args ...string) []string {
		return append(args, "--rpc-url", node.URL, "--deployments", dir, "--dev-key", itoa(key))
	}
	dipOK(t, chainArgs(deployer, "deploy", "--mock-payment")...)
	dipOK(t, chainArgs(deployer, "guild", "create", "--name", "Miners", "--symbol", "MIN")...)
	rec, err := deployments.Load(dir, anviltest.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	suite := acip.SuiteFromAddresses(rec.Guilds["Miners"])
	ep, _, err := pow.DeployEpochs(ctx, node.Client, opts(deployer), suite.Ladder, devchain.DevKeyAddress(deployer), devchain.DevKeyAddress(publisher))
	if err != nil {
		t.Fatal(err)
	}
	comp, _, err := acip.AttachLadder(suite.Ladder, node.Client).OpenCompetition(ctx, opts(deployer), 0, 3600)
	if err != nil {
		t.Fatal(err)
	}
	epochArgs := func(key int, cmd string, args ...string) []string {
		return chainArgs(key, append([]string{"pow", "epoch", cmd, "--epochs", ep.Address().Hex(), "--competition", comp.ID.String()}, args...)...)
	}
	spec := []string{"--width", "4", "--layers", "1", "--heads", "2", "--seq-len", "4", "--ffn", "8", "--difficulty", "4", "--calibration-samples", "200", "--mining-window", "10m"}
	out := dipOK(t, epochArgs(publisher, "schedule", spec...)...)
	if !strings.Contains(out, "scheduled epoch "+comp.ID.String()+": model d4 L1 H2 T4 F8, D=4, 200 calibration samples") {
		t.Fatalf("schedule output:\n%s", out)
	}
	dipFails(t, "PowEpochs_AlreadyScheduled", epochArgs(publisher, "schedule", spec...)...)
	dipFails(t, "AccessControlUnauthorizedAccount", chainArgs(deployer, append([]string{"pow", "epoch", "schedule", "--epochs", ep.Address().Hex(), "--competition", "1"}, spec...)...)...)
	dipFails(t, "PowEpochs_EntriesOpen", epochArgs(publisher, "seed")...)

	if err := node.RPC.Call(nil, "evm_increaseTime", 3601); err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	// seed waits for the seed block: mine blocks until it returns.
	type result struct {
		code      int
		out, errs string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errs := runDip(t, epochArgs(publisher, "seed", "--poll", "20ms")...)
		done <- result{code, out, errs}
	}()
	var r result
	for waiting := true; waiting; {
		select {
		case r = <-done:
			waiting = false
		case <-time.After(100 * time.Millisecond):
			if err := node.RPC.Call(nil, "evm_mine"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if r.code != 0 || !strings.Contains(r.out, "requested seed block") || !strings.Contains(r.out, "drew epoch") {
		t.Fatalf("seed: exit %d\n%s%s", r.code, r.out, r.errs)
	}
	out = dipOK(t, epochArgs(publisher, "publish")...)
	if !strings.Contains(out, "published epoch") {
		t.Fatalf("publish output:\n%s", out)
	}
	params := filepath.Join(dir, "params.json")
	out = dipOK(t, epochArgs(-1, "show", "--out", params)...)
	if !strings.Contains(out, "threshold matches the calibration") {
		t.Fatalf("show output:\n%s", out)
	}
	raw, err := os.ReadFile(params)
	if err != nil {
		t.Fatal(err)
	}
	var p pow.Params
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	onchain, err := ep.Epoch(ctx, comp.ID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	want, err := onchain.Calibrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Threshold != want || p.Seed != onchain.Seed || p.Epoch != comp.ID.Uint64() || p.Spec.Width != 4 {
		t.Fatalf("params %+v, want threshold %d and seed %s", p, want, onchain.Seed.Hex())
	}
	dipFails(t, "PowEpochs_AlreadyPublished", epochArgs(publisher, "publish")...)
}
