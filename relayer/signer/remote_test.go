package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/dip-market/dip/internal/devchain"
)

// fakeRemote plays clef (account_*) and an eth_signTransaction endpoint.
// misbehave, when set, alters what it returns.
type fakeRemote struct {
	key       *ecdsa.PrivateKey
	chainID   *big.Int
	misbehave string // "", "other-key", "change-nonce", "unprotected", "garbage", "deny", "string"
	accounts  []common.Address
	calls     atomic.Int64
}

func (f *fakeRemote) build(args remoteTxArgs) *types.Transaction {
	var to *common.Address
	if args.To != nil {
		a := args.To.Address()
		to = &a
	}
	var data []byte
	if args.Data != nil {
		data = *args.Data
	}
	nonce := uint64(args.Nonce)
	if f.misbehave == "change-nonce" {
		nonce++
	}
	switch {
	case args.MaxFeePerGas != nil:
		return types.NewTx(&types.DynamicFeeTx{ChainID: args.ChainID.ToInt(), Nonce: nonce, GasTipCap: args.MaxPriorityFeePerGas.ToInt(),
			GasFeeCap: args.MaxFeePerGas.ToInt(), Gas: uint64(args.Gas), To: to, Value: args.Value.ToInt(), Data: data, AccessList: *args.AccessList})
	case args.AccessList != nil:
		return types.NewTx(&types.AccessListTx{ChainID: args.ChainID.ToInt(), Nonce: nonce, GasPrice: args.GasPrice.ToInt(),
			Gas: uint64(args.Gas), To: to, Value: args.Value.ToInt(), Data: data, AccessList: *args.AccessList})
	default:
		return types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: args.GasPrice.ToInt(), Gas: uint64(args.Gas), To: to, Value: args.Value.ToInt(), Data: data})
	}
}

func (f *fakeRemote) sign(args remoteTxArgs) (any, error) {
	f.calls.Add(1)
	if f.misbehave == "deny" {
		return nil, errors.New("Request denied")
	}
	if f.misbehave == "garbage" {
		return map[string]any{"raw": hexutil.Bytes{0x02, 0xc0, 0xff}}, nil
	}
	tx := f.build(args)
	key := f.key
	if f.misbehave == "other-key" {
		key = devchain.DevKey(9)
	}
	var signer types.Signer = types.LatestSignerForChainID(f.chainID)
	if f.misbehave == "unprotected" {
		signer = types.HomesteadSigner{}
	}
	signed, err := types.SignTx(tx, signer, key)
	if err != nil {
		return nil, err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if f.misbehave == "string" {
		return hexutil.Bytes(raw), nil
	}
	return map[string]any{"raw": hexutil.Bytes(raw), "tx": signed}, nil
}

type clefAPI struct{ f *fakeRemote }

func (a clefAPI) Version() string { return "6.0.0" }
func (a clefAPI) SignTransaction(args remoteTxArgs, methodSelector *string) (any, error) {
	return a.f.sign(args)
}

type ethAPI struct{ f *fakeRemote }

func (a ethAPI) Accounts() []common.Address                     { return a.f.accounts }
func (a ethAPI) SignTransaction(args remoteTxArgs) (any, error) { return a.f.sign(args) }

// startRemote serves f over HTTP; when bearer is set, requests without that
// Authorization header are refused.
func startRemote(t testing.TB, f *fakeRemote, bearer string) string {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("account", clefAPI{f}); err != nil {
		t.Fatal(err)
	}
	if err := srv.RegisterName("eth", ethAPI{f}); err != nil {
		t.Fatal(err)
	}
	h := http.Handler(srv)
	if bearer != "" {
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+bearer {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			srv.ServeHTTP(w, r)
		})
	}
	hs := httptest.NewServer(h)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

func remoteConfig(url, method string, addr common.Address) Config {
	return Config{Kind: KindRemote, ChainID: chainID, Address: addr, Remote: RemoteConfig{URL: url, Method: method}}
}

func TestRemoteSignerAcceptedByChain(t *testing.T) {
	t.Parallel()
	for _, method := range []string{MethodClef, MethodEth} {
		for _, mode := range []string{"", "string"} {
			t.Run(method+"/"+mode, func(t *testing.T) {
				t.Parallel()
				c := devchain.New(devchain.WithAccounts(2))
				defer c.Close()
				f := &fakeRemote{key: c.Key(0), chainID: devchain.ChainID, misbehave: mode, accounts: []common.Address{c.Address(0)}}
				s, err := New(context.Background(), remoteConfig(startRemote(t, f, ""), method, c.Address(0)), WithLogger(discard()))
				if err != nil {
					t.Fatalf("New: %v", err)
				}
				defer s.Close()
				to := c.Address(1)
				gasPrice := big.NewInt(10_000_000_000)
				txs := []*types.Transaction{
					dynamicTx(t, c, c.Address(0), to, 0),
					types.NewTx(&types.LegacyTx{Nonce: 1, GasPrice: gasPrice, Gas: 21000, To: &to, Value: big.NewInt(1)}),
					types.NewTx(&types.AccessListTx{ChainID: devchain.ChainID, Nonce: 2, GasPrice: gasPrice, Gas: 21000, To: &to, Value: big.NewInt(1)}),
				}
				for _, tx := range txs {
					sendSigned(t, c, s, tx)
				}
				if got := f.calls.Load(); got != int64(len(txs)) {
					t.Fatalf("remote signed %d times, want %d", got, len(txs))
				}
			})
		}
	}
}

func TestRemoteSignerRejectsBadAnswers(t *testing.T) {
	t.Parallel()
	key := devchain.DevKey(0)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	tests := []struct {
		mode    string
		wantErr error
		msg     string
	}{
		{"other-key", ErrAddressMismatch, "remote signed as"},
		{"change-nonce", ErrRemote, "different transaction"},
		{"garbage", ErrRemote, "does not decode"},
		{"deny", ErrRemote, "Request denied"},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			t.Parallel()
			f := &fakeRemote{key: key, chainID: devchain.ChainID, misbehave: tt.mode}
			s, err := New(context.Background(), remoteConfig(startRemote(t, f, ""), MethodClef, addr), WithLogger(discard()))
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			defer s.Close()
			_, err = s.SignTx(context.Background(), dynamicTxNoChain(common.Address{7}))
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("SignTx = %v, want %v mentioning %q", err, tt.wantErr, tt.msg)
			}
		})
	}
	t.Run("unprotected legacy", func(t *testing.T) {
		t.Parallel()
		f := &fakeRemote{key: key, chainID: devchain.ChainID, misbehave: "unprotected"}
		s, err := New(context.Background(), remoteConfig(startRemote(t, f, ""), MethodClef, addr), WithLogger(discard()))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		to := common.Address{7}
		_, err = s.SignTx(context.Background(), types.NewTx(&types.LegacyTx{GasPrice: big.NewInt(1), Gas: 21000, To: &to}))
		if !errors.Is(err, ErrRemote) || !strings.Contains(err.Error(), "replay protection") {
			t.Fatalf("SignTx = %v, want ErrRemote about replay protection", err)
		}
	})
}

func TestRemoteSignerChecks(t *testing.T) {
	t.Parallel()
	key := devchain.DevKey(0)
	addr := crypto.PubkeyToAddress(key.PublicKey)

	// eth endpoints must hold the configured address.
	f := &fakeRemote{key: key, chainID: devchain.ChainID, accounts: []common.Address{devchain.DevKeyAddress(1)}}
	if _, err := New(context.Background(), remoteConfig(startRemote(t, f, ""), MethodEth, addr), WithLogger(discard())); !errors.Is(err, ErrAddressMismatch) {
		t.Fatalf("eth endpoint without the address: err = %v, want ErrAddressMismatch", err)
	}

	// Bearer token from a file; without it the endpoint refuses.
	const bearer = "bearer-token-0c9e77"
	url := startRemote(t, &fakeRemote{key: key, chainID: devchain.ChainID}, bearer)
	_, err := New(context.Background(), remoteConfig(url, MethodClef, addr), WithLogger(discard()))
	if !errors.Is(err, ErrRemote) {
		t.Fatalf("without bearer token: err = %v, want ErrRemote", err)
	}
	cfg := remoteConfig(url, MethodClef, addr)
	cfg.Remote.AuthTokenFile = writeFile(t, t.TempDir(), "bearer", bearer+"\n")
	var lb logBuffer
	s, err := New(context.Background(), cfg, WithLogger(lb.logger()))
	if err != nil {
		t.Fatalf("with bearer token: %v", err)
	}
	defer s.Close()
	if _, err := s.SignTx(context.Background(), dynamicTxNoChain(common.Address{7})); err != nil {
		t.Fatalf("sign with bearer token: %v", err)
	}
	if _, err := s.SignTypedDataHash(context.Background(), [32]byte{}); !errors.Is(err, ErrUnsupported) {
		t.Fatalf("SignTypedDataHash on a remote signer: err = %v, want ErrUnsupported", err)
	}
	blob := types.NewTx(&types.BlobTx{ChainID: uint256.MustFromBig(devchain.ChainID), GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1), BlobFeeCap: uint256.NewInt(1)})
	if _, err := s.SignTx(context.Background(), blob); !errors.Is(err, ErrUnsupported) {
		t.Fatalf("blob tx on a remote signer: err = %v, want ErrUnsupported", err)
	}
	other := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	if _, err := s.SignTx(context.Background(), other); !errors.Is(err, ErrChainIDMismatch) {
		t.Fatalf("tx for another chain: err = %v, want ErrChainIDMismatch", err)
	}
	assertNoSecrets(t, "log and formatting", lb.String()+s.(interface{ String() string }).String(), []byte(bearer))
	s.Close()
	if _, err := s.SignTx(context.Background(), dynamicTxNoChain(common.Address{7})); !errors.Is(err, ErrClosed) {
		t.Fatalf("sign after Close: err = %v, want ErrClosed", err)
	}
}
