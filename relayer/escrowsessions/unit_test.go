package escrowsessions

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	escrowbind "github.com/dip-market/dip/bindings/escrow"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/watcher"
)

var (
	escrowAddr = common.HexToAddress("0x00000000000000000000000000000000000E5C00")
	expertAddr = common.HexToAddress("0x00000000000000000000000000000000000000E1")
	buyerAddr  = common.HexToAddress("0x00000000000000000000000000000000000000B1")
	evalAddrs  = []common.Address{common.HexToAddress("0x00000000000000000000000000000000000000A1"), common.HexToAddress("0x00000000000000000000000000000000000000A2")}
	testDomain = dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000D1"))
	content    = crypto.Keccak256Hash([]byte("content"))
)

func goodConfig() Config {
	return Config{DBPath: "x.db", Escrow: escrowAddr, Evaluators: evalAddrs, Submitter: &HTTPSubmitter{URL: "http://x"},
		Schedule: Schedule{Rounds: 1, Propose: time.Minute, Vote: time.Minute, Lead: time.Second, Credits: 100}, RetryInterval: time.Second}
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	if err := goodConfig().Check(); err != nil {
		t.Fatalf("valid config: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(*Config)
	}{
		{"no db", func(c *Config) { c.DBPath = "" }},
		{"no escrow", func(c *Config) { c.Escrow = common.Address{} }},
		{"no evaluators", func(c *Config) { c.Evaluators = nil }},
		{"evaluator twice", func(c *Config) { c.Evaluators = []common.Address{evalAddrs[0], evalAddrs[0]} }},
		{"zero evaluator", func(c *Config) { c.Evaluators = []common.Address{{}} }},
		{"no submitter", func(c *Config) { c.Submitter = nil }},
		{"no retry", func(c *Config) { c.RetryInterval = 0 }},
		{"negative margin", func(c *Config) { c.SettleMargin = -time.Second }},
		{"no rounds", func(c *Config) { c.Schedule.Rounds = 0 }},
		{"too many rounds", func(c *Config) { c.Schedule.Rounds = deliberation.MaxRounds + 1 }},
		{"fractional phase", func(c *Config) { c.Schedule.Vote = 1500 * time.Millisecond }},
		{"no credits", func(c *Config) { c.Schedule.Credits = 0 }},
	}
	for _, tt := range tests {
		c := goodConfig()
		tt.mutate(&c)
		if err := c.Check(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: Check() = %v, want ErrInvalidConfig", tt.name, err)
		}
	}
}

func TestScheduleManifest(t *testing.T) {
	t.Parallel()
	s := Schedule{Rounds: 2, Propose: 10 * time.Second, Vote: 20 * time.Second, Credits: 9}
	q := QuestionHash(escrowAddr, big.NewInt(5), common.Hash{1}, content)
	m := s.Manifest(escrowAddr, big.NewInt(5), q, evalAddrs, 1000)
	if err := m.Check(); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	want := []deliberation.Round{{ProposeUntil: 1010, ClosesAt: 1030}, {ProposeUntil: 1040, ClosesAt: 1060}}
	for i, r := range m.Rounds {
		if r != want[i] {
			t.Errorf("round %d: %+v, want %+v", i, r, want[i])
		}
	}
	if m.Nonce.Cmp(new(big.Int).SetBytes(q[:])) != 0 || m.Target != escrowAddr || m.SubjectID.Int64() != 5 {
		t.Errorf("target %s subject %s nonce %s: want the escrow, the order and the question", m.Target.Hex(), m.SubjectID, m.Nonce)
	}
	if QuestionHash(escrowAddr, big.NewInt(5), common.Hash{1}, common.Hash{2}) == q {
		t.Error("the question does not depend on the content hash")
	}
}

// deliveredLog builds an OrderDelivered log of the escrow.
func deliveredLog(t *testing.T, id int64, expert common.Address, c common.Hash, deadline uint64) types.Log {
	t.Helper()
	data, err := deliveredEvent.Inputs.NonIndexed().Pack(c, deadline)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: escrowAddr, Topics: []common.Hash{DeliveredTopic(), common.BigToHash(big.NewInt(id)), common.BytesToHash(expert[:])},
		Data: data, BlockNumber: 7, TxHash: common.Hash{byte(id)}}
}

func TestDecodeDelivery(t *testing.T) {
	t.Parallel()
	l := deliveredLog(t, 9, expertAddr, content, 12345)
	d, err := DecodeDelivery(l)
	if err != nil {
		t.Fatal(err)
	}
	if d.OrderID.Int64() != 9 || d.Expert != expertAddr || d.ContentHash != content || d.ReviewDeadline != 12345 {
		t.Fatalf("decoded %+v", d)
	}
	short := l
	short.Data = l.Data[:40]
	noTopic := l
	noTopic.Topics = l.Topics[:2]
	other := l
	other.Topics = []common.Hash{{1}, l.Topics[1], l.Topics[2]}
	for name, bad := range map[string]types.Log{"short data": short, "two topics": noTopic, "other event": other} {
		if _, err := DecodeDelivery(bad); !errors.Is(err, ErrNotDelivery) {
			t.Errorf("%s: %v, want ErrNotDelivery", name, err)
		}
	}
}

// fakeEscrow serves one order (id 1) in the given state.
type fakeEscrow struct {
	state   escrow.State
	content common.Hash
	experts []common.Address
	err     error
}

func (f *fakeEscrow) Address() common.Address { return escrowAddr }

func (f *fakeEscrow) Order(_ context.Context, id *big.Int) (*escrow.Order, error) {
	if f.err != nil {
		return nil, f.err
	}
	if id.Int64() != 1 {
		return nil, fmt.Errorf("%w: %s", escrow.ErrNoOrder, id)
	}
	return &escrow.Order{ID: id, State: f.state, ITripartiteEscrowOrder: escrowbind.ITripartiteEscrowOrder{
		Buyer: buyerAddr, State: uint8(f.state), ContentHash: f.content}}, nil
}

func (f *fakeEscrow) Acceptances(context.Context, *big.Int) ([]escrow.Acceptance, error) {
	var out []escrow.Acceptance
	for _, e := range f.experts {
		out = append(out, escrow.Acceptance{Expert: e, ShareBps: 10_000})
	}
	return out, nil
}

type fakeHead struct{ time uint64 }

func (h fakeHead) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Time: h.time}, nil
}

// TestHandleBatch judges deliveries without a chain: valid ones get a
// pending record with a signed manifest, bad ones an ignored record whose
// reason is logged, transient failures an error (the watcher retries).
func TestHandleBatch(t *testing.T) {
	t.Parallel()
	const now = 1_000_000
	ok := func() *fakeEscrow {
		return &fakeEscrow{state: escrow.StateDelivered, content: content, experts: []common.Address{expertAddr}}
	}
	tests := []struct {
		name       string
		esc        *fakeEscrow
		log        types.Log
		evaluators []common.Address
		wantState  State
		wantReason string
		wantErr    bool
	}{
		{"valid", ok(), deliveredLog(t, 1, expertAddr, content, now+86400), evalAddrs, StatePending, "", false},
		{"second expert left out", &fakeEscrow{state: escrow.StateDelivered, content: content, experts: []common.Address{common.HexToAddress("0xE2"), expertAddr}},
			deliveredLog(t, 1, expertAddr, content, now+86400), append([]common.Address{common.HexToAddress("0xE2")}, evalAddrs...), StatePending, "", false},
		{"unknown order", ok(), deliveredLog(t, 99, expertAddr, content, now+86400), evalAddrs, StateIgnored, "unknown order 99", false},
		{"released", &fakeEscrow{state: escrow.StateReleased, content: content, experts: []common.Address{expertAddr}},
			deliveredLog(t, 1, expertAddr, content, now+86400), evalAddrs, StateIgnored, "order is Released, not Delivered", false},
		{"other content", ok(), deliveredLog(t, 1, expertAddr, common.Hash{9}, now+86400), evalAddrs, StateIgnored, "differs from the event's", false},
		{"deliverer not an expert", ok(), deliveredLog(t, 1, buyerAddr, content, now+86400), evalAddrs, StateIgnored, "is not an expert of the order", false},
		{"only party evaluators", ok(), deliveredLog(t, 1, expertAddr, content, now+86400), []common.Address{expertAddr, buyerAddr}, StateIgnored, "no evaluator left", false},
		{"review window too short", ok(), deliveredLog(t, 1, expertAddr, content, now+3600), evalAddrs, StateIgnored, "review window ends at", false},
		{"rpc failure", &fakeEscrow{err: errors.New("connection refused")}, deliveredLog(t, 1, expertAddr, content, now+86400), evalAddrs, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "es.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			var logs syncBuffer
			kicks := 0
			o := &Orchestrator{Escrow: tt.esc, Head: fakeHead{now}, Store: st, Signer: dipmsg.KeySigner{Key: devchain.DevKey(0)}, Domain: testDomain,
				Evaluators: tt.evaluators, Schedule: Schedule{Rounds: 1, Propose: time.Minute, Vote: time.Minute, Credits: 100},
				ChallengeWindow: time.Hour, SettleMargin: time.Minute, Now: func() time.Time { return time.Unix(now, 0) },
				Log: slog.New(slog.NewTextHandler(&logs, nil)), Kick: func() { kicks++ }}
			b := watcher.Batch{Events: []watcher.Event{{ID: watcher.IDOf(tt.log), Log: tt.log}}}
			err = o.HandleBatch(ctx, b)
			if tt.wantErr {
				if err == nil {
					t.Fatal("HandleBatch succeeded, want a transient error")
				}
				if recs, _ := st.List(ctx, ""); len(recs) != 0 {
					t.Fatalf("%d records after a transient failure, want none", len(recs))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			d, _ := DecodeDelivery(tt.log)
			rec, err := st.Get(ctx, d.OrderID.String())
			if err != nil {
				t.Fatal(err)
			}
			if rec.State != tt.wantState || !strings.Contains(rec.Reason, tt.wantReason) {
				t.Fatalf("record %s %q, want %s with %q", rec.State, rec.Reason, tt.wantState, tt.wantReason)
			}
			if tt.wantState == StateIgnored && (!strings.Contains(logs.String(), "escrow delivery ignored") || !strings.Contains(logs.String(), tt.wantReason)) {
				t.Fatalf("log lacks the reason %q:\n%s", tt.wantReason, logs.String())
			}
			if tt.wantState == StatePending {
				sm, err := deliberation.DecodeManifest(rec.Manifest)
				if err != nil {
					t.Fatal(err)
				}
				if who, err := sm.Orchestrator(testDomain); err != nil || who != devchain.DevKeyAddress(0) {
					t.Fatalf("manifest signed by %s (%v), want the orchestrator", who.Hex(), err)
				}
				if len(sm.Manifest.Participants) != 3 || sm.Manifest.Participants[0] != expertAddr || kicks != 1 {
					t.Fatalf("participants %v, kicks %d: want the expert then 2 evaluators, one kick", sm.Manifest.Participants, kicks)
				}
				// A second delivery of the same event changes nothing.
				if err := o.HandleBatch(ctx, b); err != nil || kicks != 1 {
					t.Fatalf("re-delivery: %v, kicks %d, want no new record", err, kicks)
				}
			}
		})
	}
}

func TestHandleBatchSkipsForeignAndUndecodable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "es.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var logs syncBuffer
	o := &Orchestrator{Escrow: &fakeEscrow{}, Store: st, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	foreign := deliveredLog(t, 1, expertAddr, content, 1)
	foreign.Address = common.HexToAddress("0x0BAD")
	broken := deliveredLog(t, 1, expertAddr, content, 1)
	broken.Data = nil
	if err := o.HandleBatch(ctx, watcher.Batch{Events: []watcher.Event{{Log: foreign}, {Log: broken}}}); err != nil {
		t.Fatal(err)
	}
	if recs, _ := st.List(ctx, ""); len(recs) != 0 {
		t.Fatalf("%d records, want none", len(recs))
	}
	for _, want := range []string{"log of another contract ignored", "undecodable OrderDelivered ignored"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

func TestHTTPSubmitter(t *testing.T) {
	t.Parallel()
	sm, err := deliberation.SignManifest(context.Background(), dipmsg.KeySigner{Key: devchain.DevKey(0)}, testDomain,
		goodConfig().Schedule.Manifest(escrowAddr, big.NewInt(1), common.Hash{1}, evalAddrs, 100))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		status      int
		body        string
		wantExisted bool
		wantErr     bool
		wantRefused bool
	}{
		{"created", http.StatusCreated, `{}`, false, false, false},
		{"existed", http.StatusOK, `{}`, true, false, false},
		{"taken", http.StatusConflict, `{"error":"session_exists","message":"x"}`, false, true, true},
		{"bad manifest", http.StatusUnprocessableEntity, `{"error":"bad_manifest","message":"x"}`, false, true, true},
		{"unknown orchestrator", http.StatusForbidden, `{"error":"unauthorized_orchestrator","message":"x"}`, false, true, false},
		{"draining", http.StatusServiceUnavailable, `{"error":"draining","message":"x"}`, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != deliberation.RoutePrefix+"/sessions" || r.Method != http.MethodPost {
					http.NotFound(w, r)
					return
				}
				body, _ := io.ReadAll(r.Body)
				if _, err := deliberation.DecodeManifest(body); err != nil {
					http.Error(w, err.Error(), http.StatusBadRequest)
					return
				}
				w.WriteHeader(tt.status)
				_, _ = w.Write([]byte(tt.body))
			}))
			defer srv.Close()
			existed, err := (&HTTPSubmitter{URL: srv.URL + "/"}).Submit(context.Background(), sm)
			if existed != tt.wantExisted || (err != nil) != tt.wantErr || errors.Is(err, ErrRefused) != tt.wantRefused {
				t.Fatalf("Submit = %v, %v; want existed %v, error %v, refused %v", existed, err, tt.wantExisted, tt.wantErr, tt.wantRefused)
			}
		})
	}
	if _, err := (&HTTPSubmitter{URL: "http://127.0.0.1:1"}).Submit(context.Background(), sm); err == nil || errors.Is(err, ErrRefused) {
		t.Fatalf("unreachable relayer: %v, want a retryable error", err)
	}
}

// TestHandleReorg drops the records of orphaned blocks that were not
// submitted, keeps older ones and submitted sessions.
func TestHandleReorg(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "es.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, r := range []*Record{
		{OrderID: "1", State: StatePending, Block: 5},
		{OrderID: "2", State: StatePending, Block: 10},
		{OrderID: "3", State: StateIgnored, Block: 11},
		{OrderID: "4", State: StateSubmitted, Block: 12},
	} {
		if _, err := st.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	var logs syncBuffer
	o := &Orchestrator{Store: st, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	if err := o.HandleReorg(ctx, watcher.Reorg{Ancestor: watcher.BlockRef{Number: 7}}); err != nil {
		t.Fatal(err)
	}
	recs, err := st.List(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, r := range recs {
		kept = append(kept, r.OrderID)
	}
	if strings.Join(kept, ",") != "1,4" {
		t.Fatalf("records after the reorg: %v, want orders 1 and 4", kept)
	}
	if !strings.Contains(logs.String(), "reorged after its session was submitted") || !strings.Contains(logs.String(), "order_id=4") {
		t.Fatalf("log lacks the submitted session of order 4:\n%s", logs.String())
	}
	// A repeated reorg deletes nothing more.
	if err := o.HandleReorg(ctx, watcher.Reorg{Ancestor: watcher.BlockRef{Number: 7}}); err != nil {
		t.Fatal(err)
	}
	if recs, _ := st.List(ctx, ""); len(recs) != 2 {
		t.Fatalf("%d records after a repeated reorg, want 2", len(recs))
	}
}

// FuzzDecodeDelivery: any log decodes or fails with ErrNotDelivery, never panics.
func FuzzDecodeDelivery(f *testing.F) {
	data, err := deliveredEvent.Inputs.NonIndexed().Pack(content, uint64(99))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(common.BigToHash(big.NewInt(1)).Bytes(), data, uint8(3))
	f.Add([]byte{}, []byte{1, 2, 3}, uint8(2))
	f.Fuzz(func(t *testing.T, topic, data []byte, topics uint8) {
		l := types.Log{Address: escrowAddr, Data: data}
		for i := range int(topics % 5) {
			h := common.BytesToHash(topic)
			if i == 0 {
				h = DeliveredTopic()
			}
			l.Topics = append(l.Topics, h)
		}
		d, err := DecodeDelivery(l)
		if err != nil && !errors.Is(err, ErrNotDelivery) {
			t.Fatalf("error %v does not wrap ErrNotDelivery", err)
		}
		if err == nil && (d.OrderID == nil || len(l.Topics) != 3) {
			t.Fatalf("decoded %+v from %d topics", d, len(l.Topics))
		}
	})
}

func TestAPI(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "es.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, r := range []*Record{{OrderID: "1", State: StateSubmitted, Block: 1}, {OrderID: "2", State: StateIgnored, Reason: "unknown order 2", Block: 2}} {
		if _, err := st.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	mux := http.NewServeMux()
	(&api{store: st, log: slog.New(slog.DiscardHandler)}).register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	tests := []struct {
		path       string
		wantStatus int
		wantBody   string
	}{
		{"/orders", http.StatusOK, `"orderId":"2"`},
		{"/orders?state=submitted", http.StatusOK, `"orders":[{"orderId":"1"`},
		{"/orders?state=refused", http.StatusOK, `"orders":[]`},
		{"/orders?state=nope", http.StatusBadRequest, `"error":"malformed"`},
		{"/orders/2", http.StatusOK, `"reason":"unknown order 2"`},
		{"/orders/9", http.StatusNotFound, `"error":"unknown_order"`},
	}
	for _, tt := range tests {
		resp, err := http.Get(srv.URL + RoutePrefix + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.wantStatus || !strings.Contains(string(body), tt.wantBody) {
			t.Errorf("GET %s: %d %s, want %d with %s", tt.path, resp.StatusCode, body, tt.wantStatus, tt.wantBody)
		}
	}
}
