package powepochs

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func rec(epoch uint64, seed byte) batchRecord {
	return batchRecord{Epoch: epoch, SampleSeed: common.Hash{seed}, Envelope: json.RawMessage(`{"x":1}`)}
}

func replayAll(t *testing.T, path string) ([]batchRecord, *batchLog, error) {
	t.Helper()
	var got []batchRecord
	l, err := openBatchLog(path, func(r batchRecord) error { got = append(got, r); return nil })
	return got, l, err
}

func TestBatchLogReplaysAndCutsTornTail(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), BatchLogFile)
	_, l, err := replayAll(t, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := l.append(rec(7, byte(i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.close(); err != nil {
		t.Fatal(err)
	}
	// A crash in the middle of the fourth write leaves a torn line.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(`{"epoch":7,"sample_se`); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got, l, err := replayAll(t, path)
	if err != nil {
		t.Fatalf("reopen with a torn tail: %v", err)
	}
	if len(got) != 3 || got[2].SampleSeed != (common.Hash{2}) {
		t.Fatalf("replayed %+v, want the three complete records", got)
	}
	// The torn bytes are gone: the next append starts a clean line.
	if err := l.append(rec(8, 9)); err != nil {
		t.Fatal(err)
	}
	l.close()
	got, l, err = replayAll(t, path)
	if err != nil || len(got) != 4 || got[3].Epoch != 8 {
		t.Fatalf("after append: %+v, %v", got, err)
	}
	l.close()
}

func TestBatchLogCorruptMiddleFails(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), BatchLogFile)
	content := `{"epoch":1,"sample_seed":"0x0000000000000000000000000000000000000000000000000000000000000001","envelope":{}}` + "\n" +
		"garbage\n" +
		`{"epoch":1,"sample_seed":"0x0000000000000000000000000000000000000000000000000000000000000002","envelope":{}}` + "\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := replayAll(t, path); !errors.Is(err, ErrCorruptLog) {
		t.Fatalf("corrupt middle line: %v, want ErrCorruptLog", err)
	}
}

func TestBatchLogReplayErrorFails(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), BatchLogFile)
	_, l, err := replayAll(t, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.append(rec(1, 1)); err != nil {
		t.Fatal(err)
	}
	l.close()
	boom := errors.New("boom")
	if _, err := openBatchLog(path, func(batchRecord) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("replay error: %v, want it returned", err)
	}
}

func TestStateFileRoundTrip(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), StateFile)
	s, err := openStateFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := EpochRecord{Epoch: 3, State: StateClaimed, Root: common.Hash{1}, Miners: []common.Address{{2}}, LeafCount: 5, ClaimID: "9"}
	if err := s.put(want); err != nil {
		t.Fatal(err)
	}
	if err := s.put(EpochRecord{Epoch: 4, State: StateSubmitting}); err != nil {
		t.Fatal(err)
	}
	s2, err := openStateFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := s2.get(3)
	if !ok || got.State != want.State || got.Root != want.Root || got.ClaimID != "9" || len(got.Miners) != 1 || got.LeafCount != 5 {
		t.Fatalf("reloaded %+v, want %+v", got, want)
	}
	if _, ok := s2.get(4); !ok {
		t.Fatal("epoch 4 lost")
	}
	if err := os.WriteFile(path, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := openStateFile(path); !errors.Is(err, ErrCorruptLog) {
		t.Fatalf("corrupt state: %v, want ErrCorruptLog", err)
	}
}
