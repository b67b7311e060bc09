package deployments

import (
	"errors"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r, err := Load(dir, 31337)
	if err != nil || len(r.Contracts) != 0 {
		t.Fatalf("empty load = %+v, %v", r, err)
	}
	r.Contracts["GuildFactory"] = Entry{Address: common.HexToAddress("0xf1"), Block: 7}
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	back, err := Load(dir, 31337)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := back.Address("GuildFactory"); err != nil || a != common.HexToAddress("0xf1") {
		t.Fatalf("address = %s, %v", a, err)
	}
	if _, err := back.Address("Missing"); !errors.Is(err, ErrNotDeployed) {
		t.Fatalf("missing contract error = %v, want ErrNotDeployed", err)
	}
}

func TestLoadRejectsWrongChainAndBadJSON(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(Path(dir, 5), []byte(`{"chainId": 6}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir, 5); err == nil {
		t.Fatal("record for chain 6 accepted as chain 5")
	}
	if err := os.WriteFile(Path(dir, 7), []byte(`{`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir, 7); err == nil {
		t.Fatal("malformed JSON accepted")
	}
}
