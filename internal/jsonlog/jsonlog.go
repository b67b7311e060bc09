// Package jsonlog provides an append-only, fsynced JSON-lines file whose
// open recovers from a torn last line.
//
// Append writes a record as one line and fsyncs before it returns, so a
// record whose Append returned survives a crash. Only the last line can be
// the victim of a crash: a write the crash interrupted was never
// acknowledged, and Open cuts it off. Any other line that does not decode is
// damage, and Open reports it with the file and line.
package jsonlog

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

var (
	// ErrCorrupt is returned by Open for a line, other than a torn last
	// one, that does not decode: the file was damaged or edited.
	ErrCorrupt = errors.New("jsonlog: corrupt line")
	// ErrTooLong is returned by Append for a record whose line exceeds the
	// MaxLineSize, and wrapped in ErrCorrupt by Open for such a line.
	ErrTooLong = errors.New("jsonlog: line too long")
	// ErrClosed is returned by Append after Close.
	ErrClosed = errors.New("jsonlog: log is closed")
)

// file is the part of *os.File a Log writes through.
type file interface {
	io.Writer
	io.Seeker
	Truncate(size int64) error
	Sync() error
	Close() error
}

// Log is an open JSON-lines file of records of type T. It is safe for
// concurrent use; only one Log (one process) may use a file at a time.
type Log[T any] struct {
	mu      sync.Mutex
	f       file // nil once closed
	path    string
	end     int64 // offset after the last complete line
	maxLine int   // 0: unbounded
}

// Option configures Open.
type Option func(*options)

type options struct{ maxLine int }

// MaxLineSize bounds a line, its newline included, to n bytes: Append
// refuses a longer record and Open reports a longer line as corrupt.
// Without it lines are unbounded.
func MaxLineSize(n int) Option { return func(o *options) { o.maxLine = n } }

// Open opens (creating with mode 0600) the log at path and calls replay with
// every record in file order, then positions the log for Append.
//
// The last line is torn, and cut off, when it lacks its newline or is not
// valid JSON: a crash can persist part of a line, or its newline before all
// of its bytes. Any other line that is not one JSON object decoding into T
// without unknown fields is ErrCorrupt; an error from replay is returned as
// is, with the file and line added.
func Open[T any](path string, replay func(T) error, opts ...Option) (*Log[T], error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("jsonlog: open: %w", err)
	}
	l := &Log[T]{f: f, path: path, maxLine: o.maxLine}
	if err := l.load(f, replay); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Truncate(l.end); err != nil {
		f.Close()
		return nil, fmt.Errorf("jsonlog: cut the torn tail of %s: %w", path, err)
	}
	if _, err := f.Seek(l.end, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("jsonlog: seek %s: %w", path, err)
	}
	return l, nil
}

// load replays the complete lines of r and sets l.end after the last one.
func (l *Log[T]) load(r io.Reader, replay func(T) error) error {
	size := l.maxLine // a longer line, even a torn one, fills the buffer
	if size == 0 {
		size = 64 << 10
	}
	br := bufio.NewReaderSize(r, size)
	for n := 1; ; n++ {
		line, err := l.readLine(br)
		if errors.Is(err, io.EOF) {
			return nil // empty, or a torn line without its newline
		}
		if err != nil {
			return fmt.Errorf("%w: %s line %d: %w", ErrCorrupt, l.path, n, err)
		}
		if !json.Valid(line) {
			if _, perr := br.Peek(1); errors.Is(perr, io.EOF) {
				return nil // a torn last line that kept its newline
			}
			return fmt.Errorf("%w: %s line %d: not JSON", ErrCorrupt, l.path, n)
		}
		var rec T
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return fmt.Errorf("%w: %s line %d: %w", ErrCorrupt, l.path, n, err)
		}
		if err := replay(rec); err != nil {
			return fmt.Errorf("jsonlog: %s line %d: %w", l.path, n, err)
		}
		l.end += int64(len(line))
	}
}

// readLine returns the next line, its newline included, or io.EOF when
// only a line without newline (or nothing) is left.
func (l *Log[T]) readLine(br *bufio.Reader) ([]byte, error) {
	if l.maxLine == 0 {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("read: %w", err)
		}
		return line, err
	}
	line, err := br.ReadSlice('\n')
	switch {
	case errors.Is(err, bufio.ErrBufferFull), err == nil && len(line) > l.maxLine:
		return nil, fmt.Errorf("%w (limit %d bytes)", ErrTooLong, l.maxLine)
	case err != nil && !errors.Is(err, io.EOF):
		return nil, fmt.Errorf("read: %w", err)
	}
	return line, err
}

// Append writes rec as one line and fsyncs. On failure the partly written
// line is cut off (best effort: if that fails too, the next Open drops or
// reports it), so a later Append starts a clean line.
func (l *Log[T]) Append(rec T) error {
	line, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("jsonlog: encode: %w", err)
	}
	line = append(line, '\n')
	if l.maxLine > 0 && len(line) > l.maxLine {
		return fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLong, len(line), l.maxLine)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return ErrClosed
	}
	if _, err := l.f.Write(line); err != nil {
		l.rewind()
		return fmt.Errorf("jsonlog: append to %s: %w", l.path, err)
	}
	if err := l.f.Sync(); err != nil {
		l.rewind()
		return fmt.Errorf("jsonlog: sync %s: %w", l.path, err)
	}
	l.end += int64(len(line))
	return nil
}

// rewind drops whatever a failed Append left after the last complete line.
func (l *Log[T]) rewind() {
	if err := l.f.Truncate(l.end); err == nil {
		_, _ = l.f.Seek(l.end, io.SeekStart)
	}
}

// Close closes the file. Closing a closed Log does nothing.
func (l *Log[T]) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	if err != nil {
		return fmt.Errorf("jsonlog: close %s: %w", l.path, err)
	}
	return nil
}
