package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/settlement"
)

// TestRelayerRunEscrowSessions is the operator's view of escrow-driven
// sessions: `dip relayer run` with the deliberation and escrow-sessions
// pipelines on anvil; an order is delivered; the relayer opens its session
// by posting the manifest to its own listener; `dip deliberation simulate
// --follow` plays the deliverer and three evaluators; the relayer settles
// and the escrow records the passing evaluation.
func TestRelayerRunEscrowSessions(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 180*time.Second)
	defer cancel()
	const (
		adminIdx, buyerIdx, expertIdx, minterIdx = 0, 2, 3, 7
	)
	bin := buildDip(t)
	node := anviltest.Start(t)
	key := newRelayerKey(t, node)
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	addr := devchain.DevKeyAddress
	b := node.Client

	// A guild's escrow and Settlement, a tier-1 LAT for the expert, a payment token for the buyer.
	one := lat.One
	tok, _, err := lat.Deploy(ctx, b, opts(adminIdx), common.Address{}, lat.Params{Name: "Tier One", Symbol: "T1", Guild: addr(adminIdx), Tier: 1, Minter: addr(minterIdx)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(minterIdx), addr(expertIdx), new(big.Int).Mul(one, big.NewInt(2))); err != nil {
		t.Fatal(err)
	}
	erc := mockerc20.NewMockERC20()
	pay, _, err := chain.Deploy(ctx, b, opts(adminIdx), append(common.FromHex(mockerc20.MockERC20MetaData.Bin), erc.PackConstructor("Pay", "PAY", 18)...))
	if err != nil {
		t.Fatal(err)
	}
	amount := new(big.Int).Mul(one, big.NewInt(100))
	if _, err := chain.Transact(ctx, b, opts(buyerIdx), pay, erc.PackMint(addr(buyerIdx), amount)); err != nil {
		t.Fatal(err)
	}
	tv, _, err := settlement.DeployTallyVerifier(ctx, b, opts(adminIdx))
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := settlement.Deploy(ctx, b, opts(adminIdx), common.Address{}, settlement.Params{
		Admin: addr(adminIdx), Treasury: addr(adminIdx), TallyVerifier: tv, Config: settlement.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	esc, _, err := escrow.Deploy(ctx, b, opts(adminIdx), common.Address{}, escrow.Params{
		Admin: addr(adminIdx), Treasury: addr(adminIdx), Settlement: st.Address(), LATs: []common.Address{tok.Address()}, Config: escrow.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SetTarget(ctx, opts(adminIdx), esc.Address(), true); err != nil {
		t.Fatal(err)
	}
	relayerKey, err := crypto.HexToECDSA(key.secrets[1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bond(ctx, bind.NewKeyedTransactor(relayerKey, chainID), new(big.Int).Mul(one, big.NewInt(2))); err != nil {
		t.Fatal(err)
	}
	// The order: opened, accepted, delivered.
	now, err := escrow.Now(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := escrow.EnsureAllowance(ctx, b, opts(buyerIdx), pay, esc.Address(), amount); err != nil {
		t.Fatal(err)
	}
	n := uint64(now.Unix())
	orderID, _, err := esc.Open(ctx, opts(buyerIdx), escrow.OrderParams{Token: pay, Amount: amount, Tier: 1, SpecHash: crypto.Keccak256Hash([]byte("spec")),
		AcceptDeadline: n + 86400, DeliveryDeadline: n + 10*86400, ReviewWindow: 3 * 86400})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := esc.ApproveBond(ctx, opts(expertIdx), 1); err != nil {
		t.Fatal(err)
	}
	if _, err := esc.Accept(ctx, opts(expertIdx), orderID, 1, 10_000); err != nil {
		t.Fatal(err)
	}
	if _, err := esc.Deliver(ctx, opts(expertIdx), orderID, crypto.Keccak256Hash([]byte("the work"))); err != nil {
		t.Fatal(err)
	}

	listen := freeAddr(t)
	base := "http://" + listen
	p := startDip(t, bin, nil, "relayer", "run", "--rpc-url", node.URL, "--chain-id", "31337",
		"--signer", "keystore", "--signer-keystore", key.path, "--signer-keystore-passphrase-file", key.passFile,
		"--http-addr", listen, "--data-dir", filepath.Join(t.TempDir(), "data"), "--log-format", "json",
		"--txmgr-confirmations", "1", "--txmgr-poll-interval", "50ms", "--watch-confirmations", "0", "--watch-poll-interval", "100ms",
		"--deliberation-settlement", st.Address().Hex(), "--deliberation-orchestrator", key.address.Hex(),
		"--deliberation-nats=false", "--deliberation-step", "200ms",
		"--escrow-sessions-escrow", esc.Address().Hex(),
		"--escrow-sessions-evaluator", addr(4).Hex(), "--escrow-sessions-evaluator", addr(5).Hex(), "--escrow-sessions-evaluator", addr(6).Hex(),
		"--escrow-sessions-lead", "2s", "--escrow-sessions-propose", "2s", "--escrow-sessions-vote", "2s", "--escrow-sessions-retry", "200ms")
	defer func() {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
		p.wait(t, 20*time.Second)
	}()
	var session string
	p.until(t, "the order's session submitted", 60*time.Second, func() bool {
		var out struct {
			Orders []struct{ Session, State string } `json:"orders"`
		}
		if code, err := getJSONStatus(base+"/v1/escrow-sessions/orders", &out); err != nil || code != http.StatusOK || len(out.Orders) != 1 {
			return false
		}
		session = out.Orders[0].Session
		return out.Orders[0].State == "submitted"
	})

	code, out, errOut := runDip(t, "deliberation", "simulate", "--relayer-url", base, "--follow", "--follow-max", "1", "--follow-poll", "200ms",
		"--agent-dev-keys", "3,4,5,6", "--vote", "approve", "--chain-id", "31337", "--settlement", st.Address().Hex())
	if code != 0 || !strings.Contains(out, "order "+orderID.String()+": tally of round 0: 3 ballots") || !strings.Contains(out, "score 1000000000000000000") {
		t.Fatalf("simulate --follow: exit %d\nstdout:\n%s\nstderr:\n%s\nrelayer log:\n%s", code, out, errOut, tail(p.stdout.String()))
	}

	settled := func(state string) func() bool {
		return func() bool {
			var v struct {
				Settlement *struct {
					State     string `json:"state"`
					Delivered bool   `json:"delivered"`
				} `json:"settlement"`
			}
			code, err := getJSONStatus(base+"/v1/deliberation/sessions/"+session, &v)
			return err == nil && code == http.StatusOK && v.Settlement != nil && v.Settlement.State == state
		}
	}
	p.until(t, "the session claimed", 60*time.Second, settled("claimed"))
	if err := node.RPC.Call(nil, "evm_increaseTime", 25*3600); err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	p.until(t, "the session finalized", 60*time.Second, settled("finalized"))
	o, err := esc.Order(ctx, orderID)
	if err != nil {
		t.Fatal(err)
	}
	if o.State != escrow.StateEvaluated || o.Score.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("order %s: %s with score %s, want Evaluated with 1e18", orderID, o.State, o.Score)
	}
	if s := p.stdout.String(); !strings.Contains(s, `"msg":"escrow session opened"`) || !strings.Contains(s, `"orchestrator":"`+key.address.Hex()+`"`) {
		t.Errorf("relayer log lacks the opened session or the orchestrator address:\n%s", tail(s))
	}
	assertNoLeak(t, "relayer log", p.stdout.String()+p.stderr.String(), key.secrets...)
}

func getJSONStatus(url string, v any) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil
	}
	return resp.StatusCode, json.NewDecoder(resp.Body).Decode(v)
}
