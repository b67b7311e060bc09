package signer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/devchain"
)

// txManagerSigner is the interface relayer/txmgr declares; the signer must satisfy it.
type txManagerSigner interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error)
}

var _ txManagerSigner = Signer(nil)

func TestFromPrivateKeySignsTxTypesAcceptedByChain(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	s, err := FromPrivateKey(c.Key(0), devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != c.Address(0) {
		t.Fatalf("address = %s, want %s", s.Address(), c.Address(0))
	}
	to := c.Address(1)
	gasPrice := big.NewInt(10_000_000_000)
	tests := []struct {
		name string
		tx   func(nonce uint64) *types.Transaction
	}{
		{"legacy", func(n uint64) *types.Transaction {
			return types.NewTx(&types.LegacyTx{Nonce: n, GasPrice: gasPrice, Gas: 21000, To: &to, Value: big.NewInt(1)})
		}},
		{"access list", func(n uint64) *types.Transaction {
			return types.NewTx(&types.AccessListTx{ChainID: devchain.ChainID, Nonce: n, GasPrice: gasPrice, Gas: 30000, To: &to, Value: big.NewInt(1),
				AccessList: types.AccessList{{Address: to, StorageKeys: []common.Hash{{1}}}}})
		}},
		{"dynamic fee", func(n uint64) *types.Transaction { return dynamicTx(t, c, s.Address(), to, n) }},
	}
	for i, tt := range tests {
		rcpt := sendSigned(t, c, s, tt.tx(uint64(i)))
		if rcpt.Type != tt.tx(0).Type() {
			t.Fatalf("%s: receipt type %d, want %d", tt.name, rcpt.Type, tt.tx(0).Type())
		}
	}
}

func TestSignTxRefusesOtherChain(t *testing.T) {
	t.Parallel()
	s, err := FromPrivateKey(devchain.DevKey(0), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{1}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(5), Gas: 21000, To: &to, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	if _, err := s.SignTx(context.Background(), tx); !errors.Is(err, ErrChainIDMismatch) {
		t.Fatalf("SignTx for chain 5 on a chain-1 signer: err = %v, want ErrChainIDMismatch", err)
	}
	legacy := types.NewTx(&types.LegacyTx{Gas: 21000, To: &to, GasPrice: big.NewInt(1)})
	signed, err := s.SignTx(context.Background(), legacy)
	if err != nil {
		t.Fatal(err)
	}
	if signed.ChainId().Cmp(big.NewInt(1)) != 0 || !signed.Protected() {
		t.Fatalf("legacy tx signed for chain %s protected=%v, want EIP-155 chain 1", signed.ChainId(), signed.Protected())
	}
}

func TestSignTypedDataHashRecovers(t *testing.T) {
	t.Parallel()
	key := devchain.DevKey(3)
	s, err := FromPrivateKey(key, devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 16; i++ {
		hash := crypto.Keccak256Hash([]byte(fmt.Sprintf("message %d", i)))
		sig, err := s.SignTypedDataHash(context.Background(), hash)
		if err != nil {
			t.Fatal(err)
		}
		if len(sig) != 65 {
			t.Fatalf("signature length %d, want 65", len(sig))
		}
		if v := sig[64]; v != 27 && v != 28 {
			t.Fatalf("v = %d, want 27 or 28", v)
		}
		norm := append([]byte(nil), sig...)
		norm[64] -= 27
		pub, err := crypto.SigToPub(hash[:], norm)
		if err != nil {
			t.Fatal(err)
		}
		if crypto.PubkeyToAddress(*pub) != s.Address() {
			t.Fatalf("signature recovers to %s, want %s", crypto.PubkeyToAddress(*pub), s.Address())
		}
	}
}

func TestCloseWipesKey(t *testing.T) {
	t.Parallel()
	s, err := FromPrivateKey(devchain.DevKey(0), devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("ready before close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if _, err := s.SignTypedDataHash(context.Background(), [32]byte{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("sign after close: err = %v, want ErrClosed", err)
	}
	if err := s.Ready(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("ready after close: err = %v, want ErrClosed", err)
	}
	if k := s.(*keySigner).key; k != nil {
		t.Fatalf("key still referenced after close")
	}
}

func TestFromPrivateKeyCopiesKey(t *testing.T) {
	t.Parallel()
	key := devchain.DevKey(1)
	s, err := FromPrivateKey(key, devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if key.D.Sign() == 0 {
		t.Fatalf("closing the signer zeroed the caller's key")
	}
}

func TestSignerFormattingHidesKey(t *testing.T) {
	t.Parallel()
	key := devchain.DevKey(2)
	s, err := FromPrivateKey(key, devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	var lb logBuffer
	lb.logger().Info("signer", "signer", s)
	out := fmt.Sprintf("%v %+v %#v %s", s, s, s, s) + lb.String()
	assertNoSecrets(t, "formatted signer", out, crypto.FromECDSA(key), []byte(key.D.String()))
	if !strings.Contains(out, s.Address().Hex()) {
		t.Fatalf("formatted signer should name its address: %s", out)
	}
	_ = slog.Default()
}

func TestContextCanceled(t *testing.T) {
	t.Parallel()
	s, err := FromPrivateKey(devchain.DevKey(0), devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.SignTypedDataHash(ctx, [32]byte{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
