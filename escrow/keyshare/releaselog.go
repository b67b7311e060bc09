package keyshare

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// ReleaseLog records releases so a holder makes at most one per (asset,
// grant, slot) and serves the same bytes on every retry, across restarts.
// Releases hold only ciphertext encrypted to the buyer, never a plaintext share.
type ReleaseLog interface {
	// Get returns the release recorded under key, if any.
	Get(key ReleaseKey) (*Release, bool, error)
	// Put records r unless a release with the same key is recorded, and
	// returns the recorded one (r itself when it was new).
	Put(r *Release) (*Release, error)
}

// MemoryLog is a ReleaseLog that forgets everything on restart: for tests
// and the demo.
type MemoryLog struct {
	mu sync.Mutex
	m  map[ReleaseKey]*Release
}

var (
	_ ReleaseLog = (*MemoryLog)(nil)
	_ ReleaseLog = (*FileLog)(nil)
)

// NewMemoryLog returns an empty in-memory log.
func NewMemoryLog() *MemoryLog { return &MemoryLog{m: map[ReleaseKey]*Release{}} }

// Get implements ReleaseLog.
func (l *MemoryLog) Get(key ReleaseKey) (*Release, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.m[key]
	return r, ok, nil
}

// Put implements ReleaseLog.
func (l *MemoryLog) Put(r *Release) (*Release, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if prev, ok := l.m[r.Key()]; ok {
		return prev, nil
	}
	l.m[r.Key()] = r
	return r, nil
}

// Len returns the number of recorded releases.
func (l *MemoryLog) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.m)
}

// FileLog is a ReleaseLog kept in a file of JSON lines, one release per
// line, each appended and fsynced before Put returns. Only one process may
// use a file at a time.
type FileLog struct {
	mu   sync.Mutex
	f    *os.File
	end  int64 // offset after the last complete line
	m    map[ReleaseKey]*Release
	now  func() time.Time
	path string
}

// logLine is one line of a FileLog.
type logLine struct {
	RecordedAt time.Time `json:"recordedAt"`
	Release    *Release  `json:"release"`
}

// maxLogLine bounds one line of a release log.
const maxLogLine = 2 * MaxReleaseSize

// OpenFileLog opens (creating with mode 0600) the log at path and loads it.
// A last line cut short by a crash (no newline: its Put never returned) is
// dropped; any other malformed line is an error, because it means the file
// was damaged or edited.
func OpenFileLog(path string) (*FileLog, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("keyshare: open release log: %w", err)
	}
	l := &FileLog{f: f, m: map[ReleaseKey]*Release{}, now: time.Now, path: path}
	good, err := l.load()
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, fmt.Errorf("keyshare: trim release log: %w", err)
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("keyshare: seek release log: %w", err)
	}
	l.end = good
	return l, nil
}

// load reads every complete line and returns the offset after the last one.
func (l *FileLog) load() (int64, error) {
	br := bufio.NewReaderSize(l.f, 64<<10)
	var off int64
	for lineNo := 1; ; lineNo++ {
		// The buffer is larger than any line Put writes (maxLogLine).
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return 0, fmt.Errorf("keyshare: release log %s line %d is too long (the file was damaged)", l.path, lineNo)
		}
		if errors.Is(err, io.EOF) {
			return off, nil // a torn last line (if any) is dropped
		}
		if err != nil {
			return 0, fmt.Errorf("keyshare: read release log: %w", err)
		}
		var ll logLine
		if err := decodeStrict(bytes.NewReader(line), maxLogLine, &ll); err != nil || ll.Release == nil {
			return 0, fmt.Errorf("keyshare: release log %s line %d is malformed (the file was damaged)", l.path, lineNo)
		}
		if err := ll.Release.check(); err != nil {
			return 0, fmt.Errorf("keyshare: release log %s line %d: %w", l.path, lineNo, err)
		}
		if _, dup := l.m[ll.Release.Key()]; !dup {
			l.m[ll.Release.Key()] = ll.Release
		}
		off += int64(len(line))
	}
}

// Get implements ReleaseLog.
func (l *FileLog) Get(key ReleaseKey) (*Release, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.m[key]
	return r, ok, nil
}

// Put implements ReleaseLog.
func (l *FileLog) Put(r *Release) (*Release, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil, errors.New("keyshare: release log is closed")
	}
	if prev, ok := l.m[r.Key()]; ok {
		return prev, nil
	}
	line, err := json.Marshal(logLine{RecordedAt: l.now().UTC(), Release: r})
	if err != nil {
		return nil, fmt.Errorf("keyshare: encode release: %w", err)
	}
	line = append(line, '\n')
	if len(line) > maxLogLine {
		return nil, fmt.Errorf("%w: release too large to log", ErrBadRelease)
	}
	if _, err := l.f.Write(line); err != nil {
		l.rewind()
		return nil, fmt.Errorf("keyshare: append to release log: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		l.rewind()
		return nil, fmt.Errorf("keyshare: sync release log: %w", err)
	}
	l.end += int64(len(line))
	l.m[r.Key()] = r
	return r, nil
}

// rewind drops a partly written line, so the next Put does not append
// after garbage. If even that fails, the next open drops or reports it.
func (l *FileLog) rewind() {
	if err := l.f.Truncate(l.end); err == nil {
		_, _ = l.f.Seek(l.end, io.SeekStart)
	}
}

// Len returns the number of recorded releases.
func (l *FileLog) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.m)
}

// Close closes the file.
func (l *FileLog) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
