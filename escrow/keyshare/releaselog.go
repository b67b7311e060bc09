package keyshare

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/dip-market/dip/internal/jsonlog"
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
	mu  sync.Mutex
	log *jsonlog.Log[logLine] // nil once closed
	m   map[ReleaseKey]*Release
	now func() time.Time
}

// logLine is one line of a FileLog.
type logLine struct {
	RecordedAt time.Time `json:"recordedAt"`
	Release    *Release  `json:"release"`
}

// maxLogLine bounds one line of a release log.
const maxLogLine = 2 * MaxReleaseSize

// OpenFileLog opens (creating with mode 0600) the log at path and loads it.
// A last line cut short by a crash (its Put never returned) is dropped; any
// other malformed line is an error, because it means the file was damaged or
// edited.
func OpenFileLog(path string) (*FileLog, error) {
	l := &FileLog{m: map[ReleaseKey]*Release{}, now: time.Now}
	log, err := jsonlog.Open(path, l.load, jsonlog.MaxLineSize(maxLogLine))
	if errors.Is(err, jsonlog.ErrCorrupt) {
		return nil, fmt.Errorf("keyshare: release log damaged: %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("keyshare: open release log: %w", err)
	}
	l.log = log
	return l, nil
}

// load records one logged release, the first one under its key.
func (l *FileLog) load(ll logLine) error {
	if ll.Release == nil {
		return errors.New("keyshare: release log line holds no release")
	}
	if err := ll.Release.check(); err != nil {
		return err
	}
	if _, dup := l.m[ll.Release.Key()]; !dup {
		l.m[ll.Release.Key()] = ll.Release
	}
	return nil
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
	if l.log == nil {
		return nil, errors.New("keyshare: release log is closed")
	}
	if prev, ok := l.m[r.Key()]; ok {
		return prev, nil
	}
	err := l.log.Append(logLine{RecordedAt: l.now().UTC(), Release: r})
	if errors.Is(err, jsonlog.ErrTooLong) {
		return nil, fmt.Errorf("%w: release too large to log", ErrBadRelease)
	}
	if err != nil {
		return nil, fmt.Errorf("keyshare: release log: %w", err)
	}
	l.m[r.Key()] = r
	return r, nil
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
	if l.log == nil {
		return nil
	}
	err := l.log.Close()
	l.log = nil
	return err
}
