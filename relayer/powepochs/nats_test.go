package powepochs

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/devchain"
)

type fakeEpochs struct{ ep pow.OnchainEpoch }

func (f fakeEpochs) Epoch(_ context.Context, id uint64) (pow.OnchainEpoch, error) {
	if id != f.ep.ID {
		return pow.OnchainEpoch{ID: id}, nil
	}
	return f.ep, nil
}

type fakeEntries struct{}

func (fakeEntries) EntryOf(context.Context, *big.Int, common.Address) (acip.Entry, error) {
	return acip.Entry{Status: acip.EntryRevealed}, nil
}

type fakeHead struct{}

func (fakeHead) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(1), Time: 100}, nil
}

// offlineIngest is an Ingest over fake chain readers for one published
// tiny-spec epoch, with its batch log in a temporary directory.
func offlineIngest(t *testing.T) (*Ingest, pow.Params, dipmsg.Domain) {
	t.Helper()
	ctx := context.Background()
	ep := pow.OnchainEpoch{ID: 3, SpecWord: tinySpec.SpecWord(), Difficulty: 4, CalibrationSamples: 200, MiningWindow: 900,
		MiningEnd: 1000, Published: true, Seed: common.HexToHash("0x1234")}
	thr, err := ep.Calibrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ep.Threshold = thr
	p, err := ep.Params()
	if err != nil {
		t.Fatal(err)
	}
	domain := dipmsg.NewDomain(devchain.ChainID, common.HexToAddress("0x00000000000000000000000000000000005e771e"))
	dir := t.TempDir()
	state, err := openStateFile(filepath.Join(dir, StateFile))
	if err != nil {
		t.Fatal(err)
	}
	in := &Ingest{domain: domain, epochs: fakeEpochs{ep}, entries: fakeEntries{}, head: fakeHead{}, spec: tinySpec,
		state: state, metrics: NoopMetrics{}, runs: map[uint64]*epochRun{}}
	l, err := openBatchLog(filepath.Join(dir, BatchLogFile), func(batchRecord) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.close() })
	in.log = l
	return in, p, domain
}

func mineOffline(t *testing.T, p pow.Params, domain dipmsg.Domain, keyIdx int) [][]byte {
	t.Helper()
	var out [][]byte
	if _, err := pow.Mine(context.Background(), pow.MinerConfig{
		Params: p, Miner: devchain.DevKeyAddress(keyIdx), Signer: dipmsg.KeySigner{Key: devchain.DevKey(keyIdx)}, Domain: domain,
		Workers: 1, BatchSize: 4, MaxNonces: 32,
		OnBatch: func(b dipmsg.SignedPowBatch) error {
			raw, err := json.Marshal(&dipmsg.Envelope{Domain: domain, Message: b.Message, Sig: b.Sig})
			out = append(out, raw)
			return err
		},
	}); err != nil {
		t.Fatal(err)
	}
	if len(out) < 2 {
		t.Fatalf("mined %d batches, want at least 2", len(out))
	}
	return out
}

// TestNATSIngest: batches published on dip.pow.<epoch>.batch are verified
// and logged; a batch on another epoch's subject and a tampered batch are
// terminated; a republished batch is suppressed by the stream.
func TestNATSIngest(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	in, p, domain := offlineIngest(t)
	ni, err := NewNATSIngest(NATSConfig{StoreDir: t.TempDir(), Port: -1}, in, nil)
	if err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		subject string
		err     error
	}
	seen := make(chan outcome, 16)
	ni.observe = func(s string, err error) { seen <- outcome{s, err} }
	if err := ni.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ni.Stop()
	nc, err := nats.Connect(ni.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	batches := mineOffline(t, p, domain, 3)
	for _, b := range batches[:2] {
		if dup, err := PublishBatch(ctx, js, b); err != nil || dup {
			t.Fatalf("publish: dup %v, %v", dup, err)
		}
	}
	for range 2 {
		if o := <-seen; o.err != nil || o.subject != BatchSubject(3) {
			t.Fatalf("honest batch on %s: %v", o.subject, o.err)
		}
	}
	if dup, err := PublishBatch(ctx, js, batches[0]); err != nil || !dup {
		t.Fatalf("republish: dup %v, %v; want suppressed", dup, err)
	}
	// Another epoch's subject, and a tampered distance.
	if _, err := js.Publish(ctx, BatchSubject(4), batches[2%len(batches)]); err != nil {
		t.Fatal(err)
	}
	if o := <-seen; !errors.Is(o.err, ErrBadSubject) {
		t.Fatalf("batch on another subject: %v, want ErrBadSubject", o.err)
	}
	tampered := strings.Replace(string(batches[len(batches)-1]), `"distances":[`, `"distances":[1`, 1)
	if _, err := js.Publish(ctx, BatchSubject(3), []byte(tampered)); err != nil {
		t.Fatal(err)
	}
	if o := <-seen; !errors.Is(o.err, pow.ErrBadSignature) {
		t.Fatalf("tampered batch: %v, want ErrBadSignature", o.err)
	}
	if ni.Stats.Stored.Load() != 2 || ni.Stats.Terminated.Load() != 2 {
		t.Fatalf("stats stored %d terminated %d, want 2 and 2", ni.Stats.Stored.Load(), ni.Stats.Terminated.Load())
	}
	st, ok := in.Status(3)
	if !ok || st.Counts[devchain.DevKeyAddress(3).Hex()] == 0 {
		t.Fatalf("status %+v", st)
	}
}

func TestNATSConfigCheck(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cfg NATSConfig
		ok  bool
	}{
		{NATSConfig{URL: "nats://127.0.0.1:4222"}, true},
		{NATSConfig{StoreDir: "x", Port: -1}, true},
		{NATSConfig{}, false},
		{NATSConfig{StoreDir: "x", Port: 70000}, false},
	} {
		if err := tc.cfg.Check(); (err == nil) != tc.ok {
			t.Errorf("%+v: %v, want ok=%v", tc.cfg, err, tc.ok)
		}
	}
}

// countingEpochs counts reads, to check refusals are remembered.
type countingEpochs struct {
	fakeEpochs
	reads int
}

func (c *countingEpochs) Epoch(ctx context.Context, id uint64) (pow.OnchainEpoch, error) {
	c.reads++
	return c.fakeEpochs.Epoch(ctx, id)
}

// An epoch whose published threshold is not its calibration is refused once
// and remembered: later batches do not recalibrate.
func TestIngestRefusesMiscalibratedEpoch(t *testing.T) {
	t.Parallel()
	in, p, domain := offlineIngest(t)
	fe := in.epochs.(fakeEpochs)
	fe.ep.Threshold++
	ce := &countingEpochs{fakeEpochs: fe}
	in.epochs = ce
	batches := mineOffline(t, p, domain, 3)
	for i := range 2 {
		if _, err := in.Accept(context.Background(), batches[i]); !errors.Is(err, ErrEpochRefused) || !errors.Is(err, pow.ErrThresholdMismatch) {
			t.Fatalf("batch %d: %v, want ErrEpochRefused (threshold mismatch)", i, err)
		}
	}
	if ce.reads != 1 {
		t.Fatalf("epoch read %d times, want once", ce.reads)
	}
}
