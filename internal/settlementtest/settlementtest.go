// Package settlementtest deploys a Settlement for tests: the shared
// TallyVerifier, the mock receiver (bindings/mockreceiver) as its allowed
// target, and a Settlement clone administered by the deployer.
package settlementtest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/settlement"
)

// Env is a deployed Settlement and what it was deployed with.
type Env struct {
	Settlement    *settlement.Settlement
	TallyVerifier common.Address
	// Receiver is the mock receiver, the Settlement's allowed target.
	Receiver common.Address
	Config   settlement.Config
}

// Deploy deploys a TallyVerifier, a mock receiver and a Settlement with cfg,
// administered (and its slashes credited) to admin's account. edit, when
// given, adjusts the initialize parameters (verifiers, more targets) first.
func Deploy(t testing.TB, b chain.Backend, admin *bind.TransactOpts, cfg settlement.Config, edit ...func(*settlement.Params)) *Env {
	t.Helper()
	ctx := context.Background()
	tv, _, err := settlement.DeployTallyVerifier(ctx, b, admin)
	if err != nil {
		t.Fatal(err)
	}
	recv, _, err := chain.Deploy(ctx, b, admin, common.FromHex(mrbind.SettlementMockReceiverMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	p := settlement.Params{Admin: admin.From, Treasury: admin.From, TallyVerifier: tv, Targets: []common.Address{recv}, Config: cfg}
	for _, f := range edit {
		f(&p)
	}
	st, _, err := settlement.Deploy(ctx, b, admin, common.Address{}, p)
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Settlement: st, TallyVerifier: tv, Receiver: recv, Config: cfg}
}
