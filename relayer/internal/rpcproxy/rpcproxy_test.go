package rpcproxy

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// upstream answers eth_blockNumber and counts what reached it.
func upstream(t *testing.T) (*httptest.Server, *atomic.Int64) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		body, _ := io.ReadAll(r.Body)
		id := "1"
		if i := strings.Index(string(body), `"id":`); i >= 0 {
			id = strings.SplitN(strings.SplitN(string(body[i+5:]), ",", 2)[0], "}", 2)[0]
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"jsonrpc":"2.0","id":`+id+`,"result":"0x2a"}`)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func call(t *testing.T, url string) error {
	t.Helper()
	c, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var out string
	err = c.CallContext(ctx, &out, "eth_blockNumber")
	if err == nil && out != "0x2a" {
		t.Fatalf("result %q", out)
	}
	return err
}

func TestProxy_Faults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		faults      Faults
		wantErr     bool
		wantForward bool
		stat        func(Stats) int
	}{
		{"clean", Faults{}, false, true, func(s Stats) int { return s.Forwarded }},
		{"drop before", Faults{DropBefore: 1}, true, false, func(s Stats) int { return s.DroppedBefore }},
		{"drop after", Faults{DropAfter: 1}, true, true, func(s Stats) int { return s.DroppedAfter }},
		{"http error", Faults{HTTPError: 1}, true, false, func(s Stats) int { return s.HTTPErrors }},
		{"rpc error", Faults{RPCError: 1}, true, false, func(s Stats) int { return s.RPCErrors }},
		{"delay", Faults{Delay: 1, MaxDelay: time.Millisecond}, false, true, func(s Stats) int { return s.Delayed }},
		{"other method only", Faults{DropBefore: 1, Methods: []string{"eth_sendRawTransaction"}}, false, true, func(s Stats) int { return s.Forwarded }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			up, hits := upstream(t)
			p, err := Start(up.URL, 1)
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			p.SetFaults(tc.faults)
			err = call(t, p.URL)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if got := hits.Load() > 0; got != tc.wantForward {
				t.Fatalf("upstream reached = %v, want %v", got, tc.wantForward)
			}
			if st := p.Stats(); tc.stat(st) != 1 || st.Requests != 1 {
				t.Fatalf("stats = %+v", st)
			}
		})
	}
}

func TestMethod(t *testing.T) {
	t.Parallel()
	for body, want := range map[string]string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`:         "eth_chainId",
		`[{"jsonrpc":"2.0","id":1,"method":"eth_getBalance"},{}]`: "eth_getBalance",
		`not json`: "",
	} {
		if got := method([]byte(body)); got != want {
			t.Errorf("method(%s) = %q, want %q", body, got, want)
		}
	}
}
