package devchain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestDevKeysDistinctAndFunded(t *testing.T) {
	c := New(WithAccounts(4))
	defer c.Close()
	seen := map[string]bool{}
	for i := 0; i < 4; i++ {
		addr := c.Address(i)
		if seen[addr.Hex()] {
			t.Fatalf("dev key %d repeats address %s", i, addr)
		}
		seen[addr.Hex()] = true
		bal, err := c.Client().BalanceAt(context.Background(), addr, nil)
		if err != nil {
			t.Fatalf("balance of %s: %v", addr, err)
		}
		if bal.Cmp(DevBalance) != 0 {
			t.Fatalf("account %d balance = %s, want %s", i, bal, DevBalance)
		}
	}
}

func TestAutoMineConfirmsTransfer(t *testing.T) {
	c := New(WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	client := c.Client()
	nonce, err := client.PendingNonceAt(ctx, c.Address(0))
	if err != nil {
		t.Fatal(err)
	}
	tip, _ := client.SuggestGasTipCap(ctx)
	head, _ := client.HeaderByNumber(ctx, nil)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	to := c.Address(1)
	tx, err := types.SignNewTx(c.Key(0), types.LatestSignerForChainID(ChainID), &types.DynamicFeeTx{
		ChainID: ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	receipt, err := bind.WaitMined(ctx, client, tx.Hash())
	if err != nil || receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer not mined successfully: receipt=%v err=%v", receipt, err)
	}
}

func TestAdvanceTimeMovesClock(t *testing.T) {
	c := New(WithAccounts(1))
	defer c.Close()
	ctx := context.Background()
	before, _ := c.Client().HeaderByNumber(ctx, nil)
	if err := c.AdvanceTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	after, _ := c.Client().HeaderByNumber(ctx, nil)
	if after.Time < before.Time+3600 {
		t.Fatalf("time moved from %d to %d, want at least +3600", before.Time, after.Time)
	}
}
