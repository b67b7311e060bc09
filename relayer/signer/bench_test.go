package signer

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/vaultfake"
)

func benchTx(nonce uint64) *types.Transaction {
	to := common.Address{7}
	return types.NewTx(&types.DynamicFeeTx{ChainID: devchain.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1),
		GasFeeCap: big.NewInt(2_000_000_000), Gas: 100_000, To: &to, Value: big.NewInt(1), Data: make([]byte, 256)})
}

func benchSignTx(b *testing.B, s Signer) {
	b.Helper()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.SignTx(ctx, benchTx(uint64(i))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignTxLocal measures signing with an in-memory key: the cost of
// every keystore and Vault signer once started.
func BenchmarkSignTxLocal(b *testing.B) {
	s, err := FromPrivateKey(devchain.DevKey(0), devchain.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	benchSignTx(b, s)
}

// BenchmarkSignTxLocalParallel signs from all cores at once (read lock only).
func BenchmarkSignTxLocalParallel(b *testing.B) {
	s, err := FromPrivateKey(devchain.DevKey(0), devchain.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var n uint64
		for pb.Next() {
			n++
			if _, err := s.SignTx(ctx, benchTx(n)); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkSignTypedDataHash measures EIP-712 digest signing.
func BenchmarkSignTypedDataHash(b *testing.B) {
	s, err := FromPrivateKey(devchain.DevKey(0), devchain.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h := [32]byte{byte(i), byte(i >> 8), byte(i >> 16)}
		if _, err := s.SignTypedDataHash(ctx, h); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignTxVaultTransit signs with a started vault-transit signer:
// no Vault round trip per signature.
func BenchmarkSignTxVaultTransit(b *testing.B) {
	s := benchVaultSigner(b)
	defer s.Close()
	benchSignTx(b, s)
}

// BenchmarkSignerStartVaultTransit measures start-up: token lookup, wrapped
// key file read, transit decrypt (against the in-process fake, over loopback HTTP).
func BenchmarkSignerStartVaultTransit(b *testing.B) {
	srv := vaultfake.New()
	defer srv.Close()
	srv.CreateTransitKey("transit", transitKeyName, "aes256-gcm96")
	env := envMap{"T": srv.RootToken()}
	cfg := Config{Kind: KindVaultTransit, ChainID: chainID, Vault: VaultConfig{Address: srv.URL, Auth: AuthToken, TokenEnv: "T",
		TransitKey: transitKeyName, CiphertextFile: b.TempDir() + "/w.json"}}
	opts := []Option{WithLookupEnv(env.lookup), WithHTTPClient(srv.Client()), WithLogger(discard())}
	if _, err := Generate(context.Background(), cfg, opts...); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := New(context.Background(), cfg, opts...)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkSignerStartKeystoreLight measures keystore decryption with the
// light scrypt parameters (production files use the standard ones, ~100x slower).
func BenchmarkSignerStartKeystoreLight(b *testing.B) {
	dir := b.TempDir()
	cfg := Config{Kind: KindKeystore, ChainID: chainID, Keystore: KeystoreConfig{Path: dir + "/k.json", PassphraseEnv: "P"}}
	opts := []Option{WithLookupEnv(envMap{"P": testPassphrase}.lookup), WithLogger(discard()), WithScrypt(keystore.LightScryptN, keystore.LightScryptP)}
	if _, err := Generate(context.Background(), cfg, opts...); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := New(context.Background(), cfg, opts...)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkSignTxRemoteClef measures a clef-style round trip over loopback
// HTTP, including the answer's verification.
func BenchmarkSignTxRemoteClef(b *testing.B) {
	f := &fakeRemote{key: devchain.DevKey(0), chainID: devchain.ChainID}
	url := startRemote(b, f, "")
	s, err := New(context.Background(), remoteConfig(url, MethodClef, devchain.DevKeyAddress(0)), WithLogger(discard()))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchSignTx(b, s)
}

func benchVaultSigner(b *testing.B) Signer {
	b.Helper()
	srv := vaultfake.New()
	b.Cleanup(srv.Close)
	srv.CreateTransitKey("transit", transitKeyName, "aes256-gcm96")
	env := envMap{"T": srv.CreateToken(vaultfake.TokenOptions{Policy: keygenPolicy, TTL: time.Hour})}
	cfg := Config{Kind: KindVaultTransit, ChainID: chainID, Vault: VaultConfig{Address: srv.URL, Auth: AuthToken, TokenEnv: "T",
		TransitKey: transitKeyName, CiphertextFile: b.TempDir() + "/w.json"}}
	opts := []Option{WithLookupEnv(env.lookup), WithHTTPClient(srv.Client()), WithLogger(discard())}
	if _, err := Generate(context.Background(), cfg, opts...); err != nil {
		b.Fatal(err)
	}
	s, err := New(context.Background(), cfg, opts...)
	if err != nil {
		b.Fatal(err)
	}
	return s
}
