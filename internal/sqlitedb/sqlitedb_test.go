package sqlitedb

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

func TestOpenMigratesOnceAndRefusesNewerSchemas(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "db.sqlite")
	v1 := []string{`CREATE TABLE a (x INTEGER)`}
	v2 := append(v1, `CREATE TABLE b (y INTEGER)`)

	db, err := Open(ctx, path, v1, Options{})
	if err != nil {
		t.Fatalf("open at v1: %v", err)
	}
	if v, err := Version(ctx, db); err != nil || v != 1 {
		t.Fatalf("version after v1 = %d, %v; want 1", v, err)
	}
	db.Close()

	// Reopening with one more migration applies only the new one (re-running
	// the first would fail: table a exists).
	db, err = Open(ctx, path, v2, Options{Sync: SyncNormal})
	if err != nil {
		t.Fatalf("open at v2: %v", err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO b (y) VALUES (1)`); err != nil {
		t.Fatalf("table of migration 2 missing: %v", err)
	}
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal mode = %q, %v; want wal", mode, err)
	}
	db.Close()

	if _, err := Open(ctx, path, v1, Options{}); !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("open of a v2 database knowing v1: err = %v, want ErrSchemaTooNew", err)
	}
}

func TestOpenRejectsBadInput(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "x"), nil, Options{Sync: "OFF"}); err == nil {
		t.Fatal("sync mode OFF accepted")
	}
	path := filepath.Join(t.TempDir(), "bad")
	if _, err := Open(ctx, path, []string{`CREATE TABLE`}, Options{}); err == nil {
		t.Fatal("a broken migration was applied without error")
	}
	// The failed migration left the version at 0, so a fixed binary can migrate.
	db, err := Open(ctx, path, []string{`CREATE TABLE t (x INTEGER)`}, Options{})
	if err != nil {
		t.Fatalf("open after a failed migration: %v", err)
	}
	defer db.Close()
	if v, _ := Version(ctx, db); v != 1 {
		t.Fatalf("version = %d, want 1", v)
	}
}
