package service

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"
)

func TestStepLoop(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	errBoom := errors.New("boom")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := make(chan struct{})
	stepped := make(chan error)
	done := make(chan struct{})
	calls := 0
	go func() {
		defer close(done)
		StepLoop(ctx, stop, time.Millisecond, log, "test", stepped, func(context.Context) error {
			calls++
			if calls == 2 {
				return errBoom
			}
			return nil
		})
	}()
	// The first step runs at once; a failed step does not end the loop.
	for i, want := range []error{nil, errBoom, nil} {
		if got := <-stepped; !errors.Is(got, want) {
			t.Fatalf("step %d: err = %v, want %v", i+1, got, want)
		}
	}
	close(stop)
	// Drain a step that may have started before stop closed.
	for ended := false; !ended; {
		select {
		case <-stepped:
		case <-done:
			ended = true
		}
	}

	// Cancelling the context ends the loop too, even while it waits to report.
	ctx2, cancel2 := context.WithCancel(context.Background())
	done2 := make(chan struct{})
	go func() {
		defer close(done2)
		StepLoop(ctx2, nil, time.Hour, log, "test", make(chan error), func(context.Context) error { return nil })
	}()
	cancel2()
	<-done2
}
