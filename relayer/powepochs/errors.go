package powepochs

import (
	"errors"
	"net/http"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/dipmsg"
)

var (
	// ErrInvalidConfig is returned by Config.Check.
	ErrInvalidConfig = errors.New("powepochs: invalid config")
	// ErrMalformed is returned for a body that is not a signed PowBatch envelope.
	ErrMalformed = errors.New("powepochs: malformed batch")
	// ErrWrongDomain is returned for a batch signed under another EIP-712 domain than the Settlement's.
	ErrWrongDomain = errors.New("powepochs: batch signed for another domain")
	// ErrUnknownEpoch is returned for a batch whose epoch (competition) has no scheduled epoch on chain.
	ErrUnknownEpoch = errors.New("powepochs: no epoch scheduled for this competition")
	// ErrEpochNotOpen is returned while an epoch's seed or threshold is not published yet.
	ErrEpochNotOpen = errors.New("powepochs: epoch not published yet")
	// ErrEpochRefused is returned for an epoch this relayer does not serve: its
	// published threshold is not the seed's calibration, or its spec is not the
	// one the on-chain verifier proves.
	ErrEpochRefused = errors.New("powepochs: epoch refused")
	// ErrMiningOver is returned for a batch that arrives after the epoch's mining end.
	ErrMiningOver = errors.New("powepochs: the epoch's mining window is over")
	// ErrNotEntrant is returned for a batch of a miner that did not enter the competition.
	ErrNotEntrant = errors.New("powepochs: miner did not enter the competition")
	// ErrUnavailable is returned after the batch log failed: restart the relayer.
	ErrUnavailable = errors.New("powepochs: batch log unavailable")
	// ErrCorruptLog is returned when the batch log or state file cannot be decoded.
	ErrCorruptLog = errors.New("powepochs: corrupt batch log")
	// ErrKeys is returned when cached circuit keys are unreadable or differ from the on-chain verifier's.
	ErrKeys = errors.New("powepochs: nonce circuit keys")
	// ErrDraining is returned while the service shuts down.
	ErrDraining = errors.New("powepochs: relayer is shutting down")
)

// statusOf maps an ingest error to its HTTP status and a stable code.
func statusOf(err error) (int, string) {
	switch {
	case errors.Is(err, ErrMalformed), errors.Is(err, dipmsg.ErrBadJSON), errors.Is(err, pow.ErrMalformedBatch):
		return http.StatusBadRequest, "malformed"
	case errors.Is(err, ErrWrongDomain):
		return http.StatusBadRequest, "wrong_domain"
	case errors.Is(err, pow.ErrBadSignature):
		return http.StatusUnauthorized, "bad_signature"
	case errors.Is(err, ErrNotEntrant):
		return http.StatusForbidden, "not_entrant"
	case errors.Is(err, ErrUnknownEpoch):
		return http.StatusNotFound, "unknown_epoch"
	case errors.Is(err, ErrEpochNotOpen), errors.Is(err, ErrMiningOver), errors.Is(err, ErrEpochRefused):
		return http.StatusConflict, "epoch_closed"
	case errors.Is(err, pow.ErrWrongEpoch), errors.Is(err, pow.ErrNonceOutsideEpoch):
		return http.StatusUnprocessableEntity, "wrong_epoch"
	case errors.Is(err, pow.ErrDuplicateNonce):
		return http.StatusConflict, "duplicate_nonce"
	case errors.Is(err, pow.ErrAboveThreshold), errors.Is(err, pow.ErrImplausibleCount), errors.Is(err, pow.ErrDistanceMismatch):
		return http.StatusUnprocessableEntity, "fraud"
	case errors.Is(err, ErrDraining), errors.Is(err, ErrUnavailable):
		return http.StatusServiceUnavailable, "unavailable"
	}
	return http.StatusInternalServerError, "internal"
}
