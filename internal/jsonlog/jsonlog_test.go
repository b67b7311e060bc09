package jsonlog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type record struct {
	N    int    `json:"n"`
	Text string `json:"text,omitempty"`
}

// openAll opens the log at path and returns it with the records it replayed.
func openAll(t *testing.T, path string, opts ...Option) (*Log[record], []record, error) {
	t.Helper()
	var got []record
	l, err := Open(path, func(r record) error { got = append(got, r); return nil }, opts...)
	if err == nil {
		t.Cleanup(func() { l.Close() })
	}
	return l, got, err
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "log.jsonl")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAppendThenReopenReplaysInOrder(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "log.jsonl")
	l, got, err := openAll(t, path)
	if err != nil || len(got) != 0 {
		t.Fatalf("open new log: %v, %v", got, err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, %v; want 0600", st.Mode().Perm(), err)
	}
	for i := range 3 {
		if err := l.Append(record{N: i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if want := "{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n"; readFile(t, path) != want {
		t.Fatalf("file %q, want %q", readFile(t, path), want)
	}
	_, got, err = openAll(t, path)
	if err != nil || len(got) != 3 || got[0].N != 0 || got[2].N != 2 {
		t.Fatalf("reopen: %+v, %v", got, err)
	}
}

func TestOpenCutsTornLastLine(t *testing.T) {
	t.Parallel()
	const good = "{\"n\":1}\n{\"n\":2}\n"
	for name, tail := range map[string]string{
		"no newline":           `{"n":3,"te`,
		"not json, newline":    "{\"n\":3,\x00\x00\n",
		"blank line":           "\n",
		"no newline, bad json": "\x00\x00",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, good+tail)
			l, got, err := openAll(t, path)
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			if len(got) != 2 {
				t.Fatalf("replayed %+v, want the two complete records", got)
			}
			if readFile(t, path) != good {
				t.Fatalf("torn tail not cut: %q", readFile(t, path))
			}
			// The next append starts a clean line.
			if err := l.Append(record{N: 4}); err != nil {
				t.Fatal(err)
			}
			if want := good + "{\"n\":4}\n"; readFile(t, path) != want {
				t.Fatalf("file %q, want %q", readFile(t, path), want)
			}
		})
	}
}

func TestOpenReportsCorruptLine(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		content string
		line    string
		opts    []Option
	}{
		"garbage in the middle": {"{\"n\":1}\nnot json\n{\"n\":3}\n", "line 2", nil},
		"blank in the middle":   {"{\"n\":1}\n\n{\"n\":3}\n", "line 2", nil},
		"unknown field":         {"{\"n\":1}\n{\"n\":2,\"x\":1}\n", "line 2", nil},
		"wrong type at the end": {"{\"n\":1}\n{\"n\":\"two\"}\n", "line 2", nil},
		"two values":            {"{\"n\":1} {\"n\":2}\n{\"n\":3}\n", "line 1", nil},
		"line too long":         {"{\"n\":1}\n{\"n\":2,\"text\":\"" + strings.Repeat("x", 64) + "\"}\n", "line 2", []Option{MaxLineSize(32)}},
		"torn tail too long":    {"{\"n\":1}\n{\"n\":2,\"text\":\"" + strings.Repeat("x", 64), "line 2", []Option{MaxLineSize(32)}},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, tc.content)
			_, _, err := openAll(t, path, tc.opts...)
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("open: %v, want ErrCorrupt", err)
			}
			if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, tc.line) {
				t.Fatalf("error %q does not name %s %s", msg, path, tc.line)
			}
			if readFile(t, path) != tc.content {
				t.Fatal("a corrupt log was modified")
			}
		})
	}
}

func TestOpenReturnsReplayError(t *testing.T) {
	t.Parallel()
	path := writeFile(t, "{\"n\":1}\n{\"n\":2}\n")
	boom := errors.New("boom")
	_, err := Open(path, func(r record) error {
		if r.N == 2 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path+" line 2") {
		t.Fatalf("replay error: %v, want boom at line 2", err)
	}
}

func TestAppendRefusesTooLongLine(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "log.jsonl")
	l, _, err := openAll(t, path, MaxLineSize(16))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Append(record{N: 1, Text: "longer than sixteen"}); !errors.Is(err, ErrTooLong) {
		t.Fatalf("long append: %v, want ErrTooLong", err)
	}
	if err := l.Append(record{N: 1}); err != nil { // 8 bytes with the newline
		t.Fatal(err)
	}
	if readFile(t, path) != "{\"n\":1}\n" {
		t.Fatalf("file %q", readFile(t, path))
	}
}

// faultyFile is an *os.File whose Write, Sync or Close can fail.
type faultyFile struct {
	*os.File
	shortWrite        bool // write half the bytes, then fail
	syncErr, closeErr error
}

func (f *faultyFile) Write(b []byte) (int, error) {
	if f.shortWrite {
		n, _ := f.File.Write(b[:len(b)/2])
		return n, errors.New("disk full")
	}
	return f.File.Write(b)
}

func (f *faultyFile) Sync() error {
	if f.syncErr != nil {
		return f.syncErr
	}
	return f.File.Sync()
}

func (f *faultyFile) Close() error {
	err := f.File.Close()
	if f.closeErr != nil {
		return f.closeErr
	}
	return err
}

func TestAppendFailureIsReportedAndRewound(t *testing.T) {
	t.Parallel()
	syncErr := errors.New("sync failed")
	for name, ff := range map[string]*faultyFile{
		"write": {shortWrite: true},
		"sync":  {syncErr: syncErr},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, "{\"n\":1}\n")
			l, _, err := openAll(t, path)
			if err != nil {
				t.Fatal(err)
			}
			ff.File = l.f.(*os.File)
			l.f = ff
			err = l.Append(record{N: 2})
			if err == nil || !strings.Contains(err.Error(), path) {
				t.Fatalf("append: %v, want an error naming %s", err, path)
			}
			if ff.syncErr != nil && !errors.Is(err, syncErr) {
				t.Fatalf("append: %v, want the sync error", err)
			}
			if readFile(t, path) != "{\"n\":1}\n" {
				t.Fatalf("failed append left %q", readFile(t, path))
			}
			ff.shortWrite, ff.syncErr = false, nil
			if err := l.Append(record{N: 3}); err != nil {
				t.Fatal(err)
			}
			if readFile(t, path) != "{\"n\":1}\n{\"n\":3}\n" {
				t.Fatalf("append after a failure: %q", readFile(t, path))
			}
		})
	}
}

func TestCloseErrorIsReportedAndAppendAfterCloseFails(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "log.jsonl")
	l, _, err := openAll(t, path)
	if err != nil {
		t.Fatal(err)
	}
	closeErr := errors.New("close failed")
	l.f = &faultyFile{File: l.f.(*os.File), closeErr: closeErr}
	if err := l.Close(); !errors.Is(err, closeErr) {
		t.Fatalf("close: %v, want the close error", err)
	}
	if err := l.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if err := l.Append(record{N: 1}); !errors.Is(err, ErrClosed) {
		t.Fatalf("append after close: %v, want ErrClosed", err)
	}
}
