package anviltest

import (
	"context"
	"testing"

	"github.com/dip-market/dip/internal/devchain"
)

func TestStartFundsDevAccounts(t *testing.T) {
	n := Start(t)
	ctx := context.Background()
	id, err := n.Client.ChainID(ctx)
	if err != nil || id.Int64() != ChainID {
		t.Fatalf("chain id = %v, %v; want %d", id, err, ChainID)
	}
	bal, err := n.Client.BalanceAt(ctx, devchain.DevKeyAddress(3), nil)
	if err != nil || bal.Cmp(devchain.DevBalance) != 0 {
		t.Fatalf("dev account 3 balance = %v, %v; want %s", bal, err, devchain.DevBalance)
	}
	n.Stop()
	n.Stop() // idempotent
}
