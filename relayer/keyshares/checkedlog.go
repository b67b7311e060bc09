package keyshares

import (
	"context"
	"errors"
	"time"

	"github.com/dip-market/dip/escrow/keyshare"
)

// chainCheckedLog is a release log that serves a recorded release only
// while its grant is still on the canonical chain with enough
// confirmations. Holder.Release answers from the log before it reads the
// chain, so without this a release pushed for a grant that a reorg deeper
// than the confirmation depth later removed would still be served. A grant
// that is gone reads as "not logged": the holder then checks the chain
// itself and refuses it; if the grant comes back, Put returns the recorded
// release again.
type chainCheckedLog struct {
	keyshare.ReleaseLog
	grants  keyshare.GrantChecker
	timeout time.Duration
}

var _ keyshare.ReleaseLog = chainCheckedLog{}

// Get implements keyshare.ReleaseLog.
func (l chainCheckedLog) Get(key keyshare.ReleaseKey) (*keyshare.Release, bool, error) {
	r, ok, err := l.ReleaseLog.Get(key)
	if err != nil || !ok {
		return r, ok, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), l.timeout)
	defer cancel()
	if _, err := l.grants.Grant(ctx, r.Token, r.GrantID); err != nil {
		if errors.Is(err, keyshare.ErrUnknownGrant) || errors.Is(err, keyshare.ErrGrantUnconfirmed) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}
