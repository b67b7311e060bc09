package txmgr

import (
	"errors"
	"strings"
)

var (
	// ErrUnreachable is returned by New when the RPC endpoint does not answer.
	ErrUnreachable = errors.New("RPC endpoint unreachable")
	// ErrWrongChain is returned by New when the endpoint serves another chain
	// than Config.ChainID.
	ErrWrongChain = errors.New("RPC endpoint is on the wrong chain")
	// ErrNoEIP1559 is returned by New when the chain's head has no base fee.
	ErrNoEIP1559 = errors.New("chain does not support EIP-1559 fees")
	// ErrFeeCapTooLow is returned by New when the configured fee ceiling is
	// below what the network charges now, so nothing could be mined.
	ErrFeeCapTooLow = errors.New("max fee cap below the network minimum")
	// ErrSignerMismatch is returned by New when the signer's signatures do not
	// recover to its address on the configured chain.
	ErrSignerMismatch = errors.New("signer does not sign as its address")
	// ErrFailed is returned by Wait and Send for an intent that ended without
	// executing (gas estimation reverted, cancelled); it wraps the reason.
	ErrFailed = errors.New("intent failed")
	// ErrReverted is returned by Wait and Send for an intent whose transaction
	// was included but reverted.
	ErrReverted = errors.New("transaction reverted")
	// ErrAlreadyStarted is returned by Start on a running manager.
	ErrAlreadyStarted = errors.New("transaction manager already started")
)

// sendErrKind is what a node's answer to eth_sendRawTransaction means for us.
type sendErrKind int

const (
	sendOK sendErrKind = iota
	// sendKnown: the node already has this exact transaction.
	sendKnown
	// sendNonceTooLow: the nonce is used on chain; receipts tell by whom.
	sendNonceTooLow
	// sendReplacementUnderpriced: another transaction with this nonce is
	// pending with fees this one does not beat by the bump rule.
	sendReplacementUnderpriced
	// sendFeeTooLow: the fee cap is under the base fee or the pool's minimum.
	sendFeeTooLow
	// sendInsufficientFunds: the account cannot pay; an operator must fund it.
	sendInsufficientFunds
	// sendPermanent: this transaction can never be accepted (gas too low,
	// too big); its nonce must be filled by a cancellation.
	sendPermanent
	// sendTransient: anything else (network, timeouts, a full pool): retry.
	sendTransient
)

func (k sendErrKind) String() string {
	switch k {
	case sendOK:
		return "ok"
	case sendKnown:
		return "already_known"
	case sendNonceTooLow:
		return "nonce_too_low"
	case sendReplacementUnderpriced:
		return "replacement_underpriced"
	case sendFeeTooLow:
		return "fee_too_low"
	case sendInsufficientFunds:
		return "insufficient_funds"
	case sendPermanent:
		return "permanent"
	default:
		return "transient"
	}
}

// classifySend maps a SendTransaction error to what it means. Nodes report
// pool errors only as message text; these are geth's and anvil's wordings.
func classifySend(err error) sendErrKind {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(msg, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "already imported", "known transaction", "alreadyknown"):
		return sendKnown
	case has("nonce too low", "nonce is too low", "noncetoolow"):
		return sendNonceTooLow
	case has("replacement transaction underpriced", "replacement underpriced"):
		return sendReplacementUnderpriced
	case has("max fee per gas less than block base fee", "fee cap less than block base fee", "feecaptoolow",
		"transaction underpriced", "gas price too low", "max fee per gas too low", "underpriced"):
		return sendFeeTooLow
	case has("insufficient funds"):
		return sendInsufficientFunds
	case has("intrinsic gas too low", "exceeds block gas limit", "oversized data", "transaction type not supported",
		"max priority fee per gas higher than max fee per gas", "tip higher than fee cap", "invalid sender",
		"gas limit reached", "gas uint64 overflow", "init code size limit exceeded", "max initcode size exceeded"):
		return sendPermanent
	default:
		return sendTransient
	}
}

// estimateReverted reports whether a gas estimation error means the call
// fails on the current state (the intent cannot execute as given) rather
// than a network problem.
func estimateReverted(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"execution reverted", "revert", "invalid opcode", "gas required exceeds allowance", "out of gas", "stack underflow", "invalid jump"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Failed reports whether err, from Wait or Send, is the intent's own failure
// (its transaction reverted, or it could not be sent: ErrReverted, ErrFailed)
// rather than a failure to learn its fate.
func Failed(err error) bool {
	return errors.Is(err, ErrReverted) || errors.Is(err, ErrFailed)
}
