package service

import (
	"context"
	"log/slog"
	"time"
)

// StepLoop runs a pipeline's periodic work: step at once, then every
// interval, until ctx ends or stop is closed (the service's start context
// ending). A failed step is logged at warn, unless ctx ended, and the loop
// goes on: steps are idempotent and retried at the next tick. When stepped
// is non-nil (tests), each step's error is sent on it before the wait.
func StepLoop(ctx context.Context, stop <-chan struct{}, interval time.Duration, log *slog.Logger, what string, stepped chan<- error, step func(context.Context) error) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		err := step(ctx)
		if err != nil && ctx.Err() == nil {
			log.Warn(what+" step failed", "err", err)
		}
		if stepped != nil {
			select {
			case stepped <- err:
			case <-ctx.Done():
				return
			}
		}
		select {
		case <-t.C:
		case <-ctx.Done():
			return
		case <-stop:
			return
		}
	}
}
