package signer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/dip-market/dip/internal/devchain"
)

const testPassphrase = "correct horse battery staple 7f3a"

// writeTestKeystore writes a light-scrypt keystore of DevKey(i).
func writeTestKeystore(t *testing.T, dir string, i int, pass string) string {
	t.Helper()
	key := devchain.DevKey(i)
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "key.json")
	if err := os.WriteFile(p, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestKeystoreSigner(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeTestKeystore(t, dir, 4, testPassphrase)
	passFile := writeFile(t, dir, "pass", testPassphrase+"\r\n")
	emptyFile := writeFile(t, dir, "empty", "\n")
	wrongFile := writeFile(t, dir, "wrong", "not the passphrase")
	env := envMap{"DIP_PASS": testPassphrase, "EMPTY": ""}
	want := devchain.DevKeyAddress(4)

	tests := []struct {
		name    string
		ks      KeystoreConfig
		address common.Address
		wantErr error
	}{
		{"passphrase file", KeystoreConfig{Path: path, PassphraseFile: passFile}, common.Address{}, nil},
		{"passphrase env", KeystoreConfig{Path: path, PassphraseEnv: "DIP_PASS"}, want, nil},
		{"wrong passphrase", KeystoreConfig{Path: path, PassphraseFile: wrongFile}, common.Address{}, ErrDecrypt},
		{"env unset", KeystoreConfig{Path: path, PassphraseEnv: "NOT_SET"}, common.Address{}, ErrMissingPassphrase},
		{"env empty", KeystoreConfig{Path: path, PassphraseEnv: "EMPTY"}, common.Address{}, ErrMissingPassphrase},
		{"file empty", KeystoreConfig{Path: path, PassphraseFile: emptyFile}, common.Address{}, ErrMissingPassphrase},
		{"file missing", KeystoreConfig{Path: path, PassphraseFile: filepath.Join(dir, "nope")}, common.Address{}, ErrMissingPassphrase},
		{"keystore missing", KeystoreConfig{Path: filepath.Join(dir, "nope.json"), PassphraseFile: passFile}, common.Address{}, ErrNotFound},
		{"keystore not json", KeystoreConfig{Path: passFile, PassphraseFile: passFile}, common.Address{}, ErrDecrypt},
		{"address mismatch", KeystoreConfig{Path: path, PassphraseFile: passFile}, devchain.DevKeyAddress(5), ErrAddressMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var lb logBuffer
			cfg := Config{Kind: KindKeystore, ChainID: chainID, Address: tt.address, Keystore: tt.ks}
			s, err := New(context.Background(), cfg, WithLookupEnv(env.lookup), WithLogger(lb.logger()))
			if err != nil {
				assertNoSecrets(t, "error", err.Error(), []byte(testPassphrase), crypto.FromECDSA(devchain.DevKey(4)))
			}
			assertNoSecrets(t, "log", lb.String(), []byte(testPassphrase), crypto.FromECDSA(devchain.DevKey(4)))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("New() err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("New(): %v", err)
			}
			defer s.Close()
			if s.Address() != want {
				t.Fatalf("address %s, want %s", s.Address(), want)
			}
			if err := s.Ready(context.Background()); err != nil {
				t.Fatalf("Ready: %v", err)
			}
		})
	}
}

func TestKeystoreSwappedAddressRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeTestKeystore(t, dir, 1, testPassphrase)
	blob, _ := os.ReadFile(path)
	addr1 := strings.ToLower(devchain.DevKeyAddress(1).Hex()[2:])
	addr2 := strings.ToLower(devchain.DevKeyAddress(2).Hex()[2:])
	if err := os.WriteFile(path, []byte(strings.Replace(string(blob), addr1, addr2, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Kind: KindKeystore, ChainID: chainID, Keystore: KeystoreConfig{Path: path, PassphraseEnv: "P"}}
	_, err := New(context.Background(), cfg, WithLookupEnv(envMap{"P": testPassphrase}.lookup))
	if !errors.Is(err, ErrAddressMismatch) {
		t.Fatalf("keystore whose address field names another account: err = %v, want ErrAddressMismatch", err)
	}
}

func TestKeystoreGenerateThenOpenOnChain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg := Config{Kind: KindKeystore, ChainID: chainID, Keystore: KeystoreConfig{Path: filepath.Join(dir, "relayer.json"), PassphraseEnv: "P"}}
	env := WithLookupEnv(envMap{"P": testPassphrase}.lookup)
	addr, err := Generate(context.Background(), cfg, env, WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	st, err := os.Stat(cfg.Keystore.Path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore file mode %v (err %v), want 0600", st.Mode().Perm(), err)
	}
	if _, err := Generate(context.Background(), cfg, env); !errors.Is(err, ErrExists) {
		t.Fatalf("second Generate: err = %v, want ErrExists", err)
	}
	s, err := New(context.Background(), cfg, env)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer s.Close()
	if s.Address() != addr {
		t.Fatalf("opened %s, generated %s", s.Address(), addr)
	}
	requireAcceptedOnChain(t, s)
}

func TestLoadKeystore(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	const pass = "load keystore passphrase"
	blob, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}, pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks, pw, wrong := filepath.Join(dir, "key.json"), filepath.Join(dir, "pw"), filepath.Join(dir, "wrong")
	for p, data := range map[string][]byte{ks: blob, pw: []byte(pass + "\r\n"), wrong: []byte("nope\n")} {
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, err := LoadKeystore(ks, pw)
	if err != nil {
		t.Fatalf("LoadKeystore: %v", err)
	}
	if !got.Equal(key) {
		t.Fatal("LoadKeystore returned another key")
	}
	for _, tc := range []struct {
		name, path, pass string
		want             error
	}{
		{"wrong passphrase", ks, wrong, ErrDecrypt},
		{"no keystore", filepath.Join(dir, "missing.json"), pw, ErrNotFound},
		{"no passphrase file", ks, filepath.Join(dir, "missing"), ErrMissingPassphrase},
		{"passphrase file not given", ks, "", ErrMissingPassphrase},
		{"not a keystore", pw, pw, ErrDecrypt},
	} {
		_, err := LoadKeystore(tc.path, tc.pass)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), pass) {
			t.Errorf("%s: the passphrase appeared in the error", tc.name)
		}
	}
}
