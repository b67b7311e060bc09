// Package rpcproxy provides a loopback HTTP JSON-RPC proxy for tests that
// drops, delays and fails requests on purpose, with a seeded random source so
// a failing run can be replayed.
package rpcproxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Faults are per-request probabilities in [0, 1], drawn in this order.
type Faults struct {
	// DropBefore closes the connection without forwarding: the node never sees the request.
	DropBefore float64
	// DropAfter forwards the request, then closes the connection without
	// answering: the node acted, the client cannot know.
	DropAfter float64
	// HTTPError answers 503 without forwarding.
	HTTPError float64
	// RPCError answers a JSON-RPC error (-32000) without forwarding.
	RPCError float64
	// Delay holds the request for a random time up to MaxDelay before anything else.
	Delay    float64
	MaxDelay time.Duration
	// Methods, when set, limits faults to these JSON-RPC methods.
	Methods []string
}

// Stats counts what the proxy did.
type Stats struct {
	Requests, Forwarded, DroppedBefore, DroppedAfter, HTTPErrors, RPCErrors, Delayed int
}

// Proxy is a running proxy.
type Proxy struct {
	// URL is the proxy's http://127.0.0.1:port address.
	URL      string
	upstream string
	srv      *http.Server
	ln       net.Listener
	client   *http.Client

	mu     sync.Mutex
	rng    *rand.Rand
	faults Faults
	stats  Stats
}

// Start listens on a free loopback port and forwards to upstream.
func Start(upstream string, seed int64) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("rpcproxy: listen: %w", err)
	}
	p := &Proxy{
		URL: "http://" + ln.Addr().String(), upstream: upstream, ln: ln,
		client: &http.Client{Timeout: 30 * time.Second},
		rng:    rand.New(rand.NewSource(seed)),
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

// SetFaults replaces the fault settings; the zero Faults forwards everything.
func (p *Proxy) SetFaults(f Faults) {
	p.mu.Lock()
	p.faults = f
	p.mu.Unlock()
}

// Stats returns the counters so far.
func (p *Proxy) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

// Close stops the proxy.
func (p *Proxy) Close() error { return p.srv.Close() }

type decision struct {
	delay                                      time.Duration
	dropBefore, dropAfter, httpError, rpcError bool
}

func (p *Proxy) decide(method string) decision {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stats.Requests++
	f := p.faults
	if len(f.Methods) > 0 {
		match := false
		for _, m := range f.Methods {
			match = match || m == method
		}
		if !match {
			return decision{}
		}
	}
	var d decision
	if f.MaxDelay > 0 && p.rng.Float64() < f.Delay {
		d.delay = time.Duration(p.rng.Int63n(int64(f.MaxDelay)) + 1)
		p.stats.Delayed++
	}
	switch r := p.rng.Float64(); {
	case r < f.DropBefore:
		d.dropBefore = true
		p.stats.DroppedBefore++
	case r < f.DropBefore+f.DropAfter:
		d.dropAfter = true
		p.stats.DroppedAfter++
	case r < f.DropBefore+f.DropAfter+f.HTTPError:
		d.httpError = true
		p.stats.HTTPErrors++
	case r < f.DropBefore+f.DropAfter+f.HTTPError+f.RPCError:
		d.rpcError = true
		p.stats.RPCErrors++
	}
	return d
}

// method returns the JSON-RPC method of a request (the first one of a batch).
func method(body []byte) string {
	var one struct {
		Method string `json:"method"`
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var batch []json.RawMessage
		if json.Unmarshal(trimmed, &batch) == nil && len(batch) > 0 {
			trimmed = batch[0]
		}
	}
	_ = json.Unmarshal(trimmed, &one)
	return one.Method
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
	if err != nil {
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	d := p.decide(method(body))
	if d.delay > 0 {
		t := time.NewTimer(d.delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	switch {
	case d.dropBefore:
		hangUp(w)
		return
	case d.httpError:
		http.Error(w, "injected fault", http.StatusServiceUnavailable)
		return
	case d.rpcError:
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(body, &req)
		if len(req.ID) == 0 || strings.HasPrefix(strings.TrimSpace(string(body)), "[") {
			req.ID = json.RawMessage("null")
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"injected fault"}}`, req.ID)
		return
	}
	resp, err := p.client.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "upstream: "+err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, "upstream read: "+err.Error(), http.StatusBadGateway)
		return
	}
	p.mu.Lock()
	p.stats.Forwarded++
	p.mu.Unlock()
	if d.dropAfter {
		hangUp(w)
		return
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// hangUp closes the client's connection without an HTTP response.
func hangUp(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("rpcproxy: response writer cannot be hijacked")
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		conn.Close()
	}
}
