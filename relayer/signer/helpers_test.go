package signer

import (
	"bytes"
	"context"
	"encoding/hex"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/internal/devchain"
)

// envMap is a WithLookupEnv source that keeps tests off the process environment.
type envMap map[string]string

func (m envMap) lookup(k string) (string, bool) { v, ok := m[k]; return v, ok }

// logBuffer captures everything a signer logs, to assert secrets never appear.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func (l *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// assertNoSecrets fails when any secret (or its hex form) occurs in text.
func assertNoSecrets(t *testing.T, where, text string, secrets ...[]byte) {
	t.Helper()
	for _, s := range secrets {
		if len(s) == 0 {
			continue
		}
		for _, form := range []string{string(s), hex.EncodeToString(s), strings.ToUpper(hex.EncodeToString(s))} {
			if len(form) >= 6 && strings.Contains(text, form) {
				t.Fatalf("%s leaks a secret: %q", where, text)
			}
		}
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// chainID is the embedded chain's id as the uint64 Config wants.
var chainID = devchain.ChainID.Uint64()

// dynamicTx builds an unsigned EIP-1559 transfer from a suggested fee.
func dynamicTx(t testing.TB, c *devchain.Chain, from, to common.Address, nonce uint64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: devchain.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21000, To: &to, Value: big.NewInt(1),
	})
}

// sendSigned signs tx with s, sends it to the embedded chain and requires a
// successful receipt: the chain is the judge of the signature.
func sendSigned(t *testing.T, c *devchain.Chain, s Signer, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	signed, err := s.SignTx(ctx, tx)
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	if err := c.Client().SendTransaction(ctx, signed); err != nil {
		t.Fatalf("embedded chain rejected the signed transaction: %v", err)
	}
	rcpt, err := bind.WaitMined(ctx, c.Client(), signed.Hash())
	if err != nil {
		t.Fatalf("wait mined: %v", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s failed on chain", signed.Hash())
	}
	return rcpt
}

// fund sends one ether from dev account 0 to addr.
func fund(t *testing.T, c *devchain.Chain, addr common.Address) {
	t.Helper()
	dev, err := FromPrivateKey(c.Key(0), devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.Client().PendingNonceAt(context.Background(), dev.Address())
	if err != nil {
		t.Fatal(err)
	}
	tx := dynamicTx(t, c, dev.Address(), addr, nonce)
	tx = types.NewTx(&types.DynamicFeeTx{
		ChainID: devchain.ChainID, Nonce: nonce, GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
		Gas: 21000, To: &addr, Value: big.NewInt(1e18),
	})
	sendSigned(t, c, dev, tx)
}

// requireAcceptedOnChain funds s's address on a fresh embedded chain and
// checks that a transfer s signs is mined.
func requireAcceptedOnChain(t *testing.T, s Signer) {
	t.Helper()
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	fund(t, c, s.Address())
	rcpt := sendSigned(t, c, s, dynamicTx(t, c, s.Address(), c.Address(1), 0))
	if rcpt.BlockNumber == nil || rcpt.BlockNumber.Sign() == 0 {
		t.Fatalf("receipt has no block")
	}
}

// dynamicTxNoChain builds an unsigned EIP-1559 transfer for the embedded
// chain's id without asking a chain for fees.
func dynamicTxNoChain(to common.Address) *types.Transaction {
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: devchain.ChainID, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2_000_000_000),
		Gas: 21000, To: &to, Value: big.NewInt(1),
	})
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
