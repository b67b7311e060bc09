package zk

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// blob is a key file whose decoder keeps what it reads.
type blob struct{ b []byte }

func (b *blob) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.b)
	return int64(n), err
}

func (b *blob) ReadFrom(r io.Reader) (int64, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(r)
	b.b = buf.Bytes()
	return n, err
}

// short reads only the first byte, leaving the rest of the file unread.
type short struct{}

func (short) ReadFrom(r io.Reader) (int64, error) {
	n, err := r.Read(make([]byte, 1))
	return int64(n), err
}

// TestKeyDirWriteAndRead: WriteKeyDir puts every file's SHA-256 in the
// manifest and refuses to overwrite a directory; ReadKeyFile returns the
// file, and refuses a missing, altered or partly decoded one with the
// sentinel for each case.
func TestKeyDirWriteAndRead(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "keys")
	files := []KeyFile{{"a.bin", &blob{[]byte("alpha")}}, {"b.bin", &blob{[]byte("beta")}}}
	var sums map[string]string
	manifest := func(s map[string]string) any {
		sums = s
		return struct {
			Files map[string]string `json:"sha256"`
		}{s}
	}
	if err := WriteKeyDir(dir, files, manifest, nil); err != nil {
		t.Fatalf("write: %v", err)
	}
	if len(sums) != 2 || sums["a.bin"] == "" || sums["b.bin"] == "" {
		t.Fatalf("sums %v, want one per file", sums)
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if err := WriteKeyDir(dir, files, manifest, nil); !errors.Is(err, ErrKeysExist) {
		t.Fatalf("second write: got %v, want ErrKeysExist", err)
	}

	var got blob
	if err := ReadKeyFile(dir, "a.bin", sums["a.bin"], &got); err != nil || string(got.b) != "alpha" {
		t.Fatalf("read: %q, %v", got.b, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.bin"), []byte("beta!"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, file, sum string
		r               io.ReaderFrom
		want            error
	}{
		{"missing file", "c.bin", sums["a.bin"], &blob{}, ErrNoKeys},
		{"altered file", "b.bin", sums["b.bin"], &blob{}, ErrKeyMismatch},
		{"no sum in the manifest", "a.bin", "", &blob{}, ErrKeyMismatch},
		{"trailing bytes", "a.bin", sums["a.bin"], short{}, ErrCorruptKeys},
	} {
		if err := ReadKeyFile(dir, tc.file, tc.sum, tc.r); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
}
