package txmgr

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"
)

// Defaults for Config. They suit an L1 with 12-second blocks; the relayer
// service exposes every field as a flag.
const (
	DefaultConfirmationDepth   uint64        = 10
	DefaultMaxInFlight         int           = 16
	DefaultResubmissionTimeout time.Duration = 48 * time.Second
	DefaultPollInterval        time.Duration = time.Second
	DefaultNetworkTimeout      time.Duration = 10 * time.Second
	DefaultMaxBackoff          time.Duration = 30 * time.Second
	DefaultMinTipCapGwei       float64       = 1
	DefaultMaxFeeCapGwei       float64       = 200
	DefaultBaseFeeMultiplier   uint64        = 2
	DefaultFeeBumpPercent      uint64        = 10
)

// MinFeeBumpPercent is geth's replacement rule: a transaction replaces a
// pending one with the same nonce only if both its tip and its fee cap are at
// least 10% higher.
const MinFeeBumpPercent uint64 = 10

// ErrInvalidConfig is returned by Config.Check (and New) for a setting that
// cannot work; the message names the setting and the accepted range.
var ErrInvalidConfig = errors.New("invalid txmgr config")

// Config holds the transaction manager's settings. Every field is a plain
// value with a default, so the service can derive one flag per field.
type Config struct {
	// ChainID is the chain id the RPC endpoint must report; 0 accepts any.
	ChainID uint64
	// ConfirmationDepth is how many blocks, counting the including block, a
	// transaction needs before its intent is confirmed. 1 confirms on
	// inclusion. Reorgs deeper than this are not handled.
	ConfirmationDepth uint64
	// MaxInFlight is the most transactions sent and not yet mined at once
	// (one per nonce).
	MaxInFlight int
	// ResubmissionTimeout is how long a transaction may stay unmined before
	// it is replaced with higher fees (or, at the fee ceiling, rebroadcast).
	ResubmissionTimeout time.Duration
	// PollInterval is how often the head, nonces and receipts are polled
	// when nothing else wakes the manager.
	PollInterval time.Duration
	// NetworkTimeout bounds each RPC call.
	NetworkTimeout time.Duration
	// MaxBackoff caps the exponential wait after consecutive errors.
	MaxBackoff time.Duration
	// MinTipCapGwei is the lowest priority fee (tip) offered, in gwei.
	MinTipCapGwei float64
	// MaxFeeCapGwei is the highest max fee per gas ever signed, in gwei,
	// cancellations included. Ordinary transactions stay 1+FeeBumpPercent/100
	// below it, so a transaction priced at their ceiling can always be
	// replaced once more by a cancellation.
	MaxFeeCapGwei float64
	// BaseFeeMultiplier sets a new transaction's fee cap to
	// tip + BaseFeeMultiplier * the head's base fee.
	BaseFeeMultiplier uint64
	// FeeBumpPercent is how much each replacement raises both tip and fee
	// cap; at least MinFeeBumpPercent.
	FeeBumpPercent uint64
}

// DefaultConfig returns a Config holding every default.
func DefaultConfig() Config {
	return Config{
		ConfirmationDepth:   DefaultConfirmationDepth,
		MaxInFlight:         DefaultMaxInFlight,
		ResubmissionTimeout: DefaultResubmissionTimeout,
		PollInterval:        DefaultPollInterval,
		NetworkTimeout:      DefaultNetworkTimeout,
		MaxBackoff:          DefaultMaxBackoff,
		MinTipCapGwei:       DefaultMinTipCapGwei,
		MaxFeeCapGwei:       DefaultMaxFeeCapGwei,
		BaseFeeMultiplier:   DefaultBaseFeeMultiplier,
		FeeBumpPercent:      DefaultFeeBumpPercent,
	}
}

// Check reports the first setting that cannot work, as one line saying what to fix.
func (c Config) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case c.ConfirmationDepth < 1:
		return bad("confirmation depth must be at least 1, got %d", c.ConfirmationDepth)
	case c.ConfirmationDepth > 1024:
		return bad("confirmation depth %d is over 1024 blocks: the manager would never confirm in practice", c.ConfirmationDepth)
	case c.MaxInFlight < 1 || c.MaxInFlight > 4096:
		return bad("max in-flight must be between 1 and 4096, got %d", c.MaxInFlight)
	case c.ResubmissionTimeout <= 0:
		return bad("resubmission timeout must be positive, got %s", c.ResubmissionTimeout)
	case c.PollInterval <= 0:
		return bad("poll interval must be positive, got %s", c.PollInterval)
	case c.NetworkTimeout <= 0:
		return bad("network timeout must be positive, got %s", c.NetworkTimeout)
	case c.MaxBackoff < c.PollInterval:
		return bad("max backoff (%s) must be at least the poll interval (%s)", c.MaxBackoff, c.PollInterval)
	case !finiteNonNeg(c.MinTipCapGwei):
		return bad("min tip cap must be a non-negative number of gwei, got %v", c.MinTipCapGwei)
	case !finiteNonNeg(c.MaxFeeCapGwei) || c.MaxFeeCapGwei == 0:
		return bad("max fee cap must be a positive number of gwei, got %v", c.MaxFeeCapGwei)
	case c.BaseFeeMultiplier < 1:
		return bad("base fee multiplier must be at least 1, got %d", c.BaseFeeMultiplier)
	case c.FeeBumpPercent < MinFeeBumpPercent || c.FeeBumpPercent > 1000:
		return bad("fee bump must be between %d%% (geth's replacement minimum) and 1000%%, got %d%%", MinFeeBumpPercent, c.FeeBumpPercent)
	}
	r := c.resolve()
	if r.minTip.Cmp(r.ceiling) > 0 {
		return bad("min tip cap %v gwei is above the fee ceiling %s gwei (max fee cap %v gwei less one %d%% bump): raise the max fee cap or lower the min tip",
			c.MinTipCapGwei, gweiString(r.ceiling), c.MaxFeeCapGwei, c.FeeBumpPercent)
	}
	return nil
}

func finiteNonNeg(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) && f >= 0 }

// resolved is Config turned into wei amounts.
type resolved struct {
	minTip *big.Int
	// maxFeeCap is the hard limit; cancellations may reach it.
	maxFeeCap *big.Int
	// ceiling is the limit for ordinary transactions: maxFeeCap / (1 + bump).
	ceiling *big.Int
}

func (c Config) resolve() resolved {
	maxCap := gweiToWei(c.MaxFeeCapGwei)
	ceiling := new(big.Int).Mul(maxCap, big.NewInt(100))
	ceiling.Div(ceiling, new(big.Int).SetUint64(100+c.FeeBumpPercent))
	return resolved{minTip: gweiToWei(c.MinTipCapGwei), maxFeeCap: maxCap, ceiling: ceiling}
}

// gweiToWei converts a gwei amount to wei, rounding to the nearest wei.
func gweiToWei(g float64) *big.Int {
	f := new(big.Float).SetPrec(256).SetFloat64(g)
	f.Mul(f, new(big.Float).SetInt64(params.GWei))
	f.Add(f, big.NewFloat(0.5))
	wei, _ := f.Int(nil)
	return wei
}

// gweiString formats a wei amount in gwei for messages and logs.
func gweiString(wei *big.Int) string {
	if wei == nil {
		return "<nil>"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.GWei))
	return f.Text('g', 10)
}
