package signer

import (
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
)

// TestVaultIntegration runs the Vault signers against a real Vault when
// VAULT_ADDR and VAULT_TOKEN are set, for instance a dev server:
//
//	vault server -dev &   # KV v2 at secret/ is mounted by default
//	export VAULT_ADDR=http://127.0.0.1:8200 VAULT_TOKEN=<root token>
//	vault secrets enable transit
//	go test ./relayer/signer -run TestVaultIntegration -v
//
// It creates (or reuses) the transit key dip-relayer-integration-test and
// writes, then deletes, a KV secret under dip-integration-test/. VAULT_CACERT
// and VAULT_NAMESPACE are honoured; DIP_VAULT_TRANSIT_MOUNT and
// DIP_VAULT_KV_MOUNT override the mounts.
func TestVaultIntegration(t *testing.T) {
	addr, tok := os.Getenv("VAULT_ADDR"), os.Getenv("VAULT_TOKEN")
	if addr == "" || tok == "" {
		t.Skip("real-Vault integration test skipped: set VAULT_ADDR and VAULT_TOKEN (with transit enabled) to run it; the in-process fake covers the same paths")
	}
	transitMount := envOr("DIP_VAULT_TRANSIT_MOUNT", "transit")
	kvMount := envOr("DIP_VAULT_KV_MOUNT", "secret")
	const keyName = "dip-relayer-integration-test"
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	admin, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Logical().WriteWithContext(ctx, transitMount+"/keys/"+keyName, map[string]any{"type": "aes256-gcm96"}); err != nil {
		t.Fatalf("create transit key %s/%s (is transit enabled? `vault secrets enable transit`): %v", transitMount, keyName, err)
	}
	base := VaultConfig{Address: addr, Namespace: os.Getenv("VAULT_NAMESPACE"), CACertFile: os.Getenv("VAULT_CACERT"),
		Auth: AuthToken, TokenEnv: "VAULT_TOKEN", TransitMount: transitMount, KVMount: kvMount}

	t.Run("transit", func(t *testing.T) {
		v := base
		v.TransitKey = keyName
		v.CiphertextFile = filepath.Join(t.TempDir(), "relayer.wrapped.json")
		cfg := Config{Kind: KindVaultTransit, ChainID: chainID, Vault: v}
		generated, err := Generate(ctx, cfg)
		if err != nil {
			t.Fatalf("Generate: %v", err)
		}
		cfg.Address = generated
		s, err := New(ctx, cfg)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		defer s.Close()
		if err := s.Ready(ctx); err != nil {
			t.Fatalf("Ready: %v", err)
		}
		requireAcceptedOnChain(t, s)
	})

	t.Run("kv", func(t *testing.T) {
		v := base
		v.KVPath = "dip-integration-test/" + hex.EncodeToString(crypto.Keccak256([]byte(t.Name() + time.Now().String()))[:8])
		t.Cleanup(func() { _ = admin.KVv2(kvMount).DeleteMetadata(context.Background(), v.KVPath) })
		cfg := Config{Kind: KindVaultKV, ChainID: chainID, Vault: v}
		generated, err := Generate(ctx, cfg)
		if err != nil {
			t.Fatalf("Generate: %v", err)
		}
		s, err := New(ctx, cfg)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		defer s.Close()
		if s.Address() != generated {
			t.Fatalf("address %s, generated %s", s.Address(), generated)
		}
		requireAcceptedOnChain(t, s)
	})
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
