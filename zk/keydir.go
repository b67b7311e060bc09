package zk

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"
)

// ErrKeysExist is returned by WriteKeyDir (and Save) when dir already holds
// keys (possibly from another setup of the same circuit, saved concurrently).
var ErrKeysExist = errors.New("zk: key directory already exists")

// KeyFile is one file of a key directory: its name and its encoder.
type KeyFile struct {
	Name string
	Data io.WriterTo
}

// WriteKeyDir writes files into dir, then, as ManifestFile, the JSON of the
// manifest that manifest returns for their hex SHA-256 sums (by file name).
// It writes into a temporary sibling directory, syncs every file and renames
// the directory, so a reader never sees a half-written key directory, and it
// never overwrites existing keys (ErrKeysExist). progress (may be nil) gets
// one step per file.
func WriteKeyDir(dir string, files []KeyFile, manifest func(sums map[string]string) any, progress Progress) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return fmt.Errorf("zk: save keys: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return fmt.Errorf("zk: save keys: %w", err)
	}
	defer os.RemoveAll(tmp)
	sums := make(map[string]string, len(files))
	for _, f := range files {
		if err := progress.step("write "+f.Name, func() error {
			sum, err := writeFile(filepath.Join(tmp, f.Name), f.Data)
			if err != nil {
				return fmt.Errorf("zk: write %s: %w", f.Name, err)
			}
			sums[f.Name] = sum
			return nil
		}); err != nil {
			return err
		}
	}
	mb, err := json.MarshalIndent(manifest(sums), "", "  ")
	if err != nil {
		return fmt.Errorf("zk: save keys: manifest: %w", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, ManifestFile), append(mb, '\n'), 0o644); err != nil {
		return fmt.Errorf("zk: write manifest: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, ManifestFile)); statErr == nil {
			return fmt.Errorf("%w: %s", ErrKeysExist, dir)
		}
		return fmt.Errorf("zk: save keys: %w", err)
	}
	return nil
}

// writeFile writes w to path, syncs it and returns its hex SHA-256.
func writeFile(path string, w io.WriterTo) (string, error) {
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20)
	if _, err := w.WriteTo(bw); err != nil {
		f.Close()
		return "", err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// ReadKeyFile reads dir/name, checks its SHA-256 against wantSum (hex, from
// the directory's manifest) and decodes it into r, which must consume every
// byte. It returns ErrNoKeys when the file is missing, ErrKeyMismatch when
// its hash differs (or wantSum is empty), and ErrCorruptKeys when decoding
// fails, panics included.
func ReadKeyFile(dir, name, wantSum string, r io.ReaderFrom) error {
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s is missing", ErrNoKeys, path)
	}
	if err != nil {
		return fmt.Errorf("zk: read %s: %w", path, err)
	}
	sum := sha256.Sum256(b)
	if wantSum == "" || hex.EncodeToString(sum[:]) != wantSum {
		return fmt.Errorf("%w: %s does not match the manifest's hash (a file from another setup?)", ErrKeyMismatch, path)
	}
	return decode(name, b, r)
}

// decode runs a gnark decoder, turning its panics on malformed input into errors.
func decode(name string, b []byte, r io.ReaderFrom) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %s: %v", ErrCorruptKeys, name, p)
		}
	}()
	n, err := r.ReadFrom(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrCorruptKeys, name, err)
	}
	if n != int64(len(b)) {
		return fmt.Errorf("%w: %s: %d trailing bytes", ErrCorruptKeys, name, int64(len(b))-n)
	}
	return nil
}

// RawProvingKey is the proving key file of a key directory. It is written
// with uncompressed points (gnark's WriteRawTo: about twice the size, but
// read back without a square root per point) and read back without gnark's
// subgroup checks (UnsafeReadFrom): ReadKeyFile checks the file's SHA-256
// against the manifest first, and a bad proving key can only produce proofs
// that fail verification.
type RawProvingKey struct{ PK groth16.ProvingKey }

var (
	_ io.WriterTo   = RawProvingKey{}
	_ io.ReaderFrom = RawProvingKey{}
)

// WriteTo writes the proving key with uncompressed points.
func (r RawProvingKey) WriteTo(w io.Writer) (int64, error) { return r.PK.WriteRawTo(w) }

// ReadFrom reads the proving key without subgroup checks.
func (r RawProvingKey) ReadFrom(rd io.Reader) (int64, error) { return r.PK.UnsafeReadFrom(rd) }
