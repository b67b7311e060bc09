package natsembed

import (
	"testing"

	"github.com/nats-io/nats.go"
)

func TestStartServesJetStream(t *testing.T) {
	srv, err := Start("natsembed-test", -1, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	if !srv.JetStreamEnabled() {
		t.Fatal("JetStream is not enabled")
	}
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatalf("connect to %s: %v", srv.ClientURL(), err)
	}
	defer nc.Close()
	if err := nc.Publish("x", []byte("y")); err != nil {
		t.Fatal(err)
	}
}
