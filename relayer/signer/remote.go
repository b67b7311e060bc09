package signer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// maxRemoteResult bounds a remote signer's answer; a signed transaction is at
// most ~128 KiB of calldata, hex encoded, plus the decoded tx echo.
const maxRemoteResult = 1 << 20

// remoteSigner forwards signing requests to a JSON-RPC signer and checks that
// what comes back is the requested transaction, signed by the expected
// address for the bound chain.
type remoteSigner struct {
	addr    common.Address
	chainID *big.Int
	signer  types.Signer
	method  string
	url     string // redacted, for display
	timeout time.Duration
	client  *rpc.Client

	mu     sync.RWMutex
	closed bool
}

var _ Signer = (*remoteSigner)(nil)

func openRemote(ctx context.Context, cfg Config, o *options) (Signer, error) {
	r := cfg.Remote
	method := r.Method
	if method == "" {
		method = MethodClef
	}
	timeout := r.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	var dialOpts []rpc.ClientOption
	if o.http != nil {
		dialOpts = append(dialOpts, rpc.WithHTTPClient(o.http))
	}
	if r.AuthTokenFile != "" || r.AuthTokenEnv != "" {
		tok, err := o.readSecret("remote signer auth token", r.AuthTokenFile, r.AuthTokenEnv, ErrMissingCredential)
		if err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
		dialOpts = append(dialOpts, rpc.WithHeader("Authorization", "Bearer "+string(tok)))
		zeroBytes(tok)
	}
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	client, err := rpc.DialOptions(dctx, r.URL, dialOpts...)
	if err != nil {
		return nil, fmt.Errorf("signer: dial remote signer %s: %w: %v", redactURL(r.URL), ErrRemote, sanitizeURLError(err))
	}
	id := new(big.Int).SetUint64(cfg.ChainID)
	s := &remoteSigner{
		addr:    cfg.Address,
		chainID: id,
		signer:  types.LatestSignerForChainID(id),
		method:  method,
		url:     redactURL(r.URL),
		timeout: timeout,
		client:  client,
	}
	if err := s.Ready(ctx); err != nil {
		client.Close()
		return nil, err
	}
	o.log.Info("remote signer ready", "url", s.url, "method", method, "address", s.addr.Hex())
	return s, nil
}

// sanitizeURLError strips credentials a URL error might repeat.
func sanitizeURLError(err error) string {
	if ue, ok := err.(*url.Error); ok {
		return fmt.Sprintf("%s %s: %v", ue.Op, redactURL(ue.URL), ue.Err)
	}
	return err.Error()
}

func (s *remoteSigner) Address() common.Address { return s.addr }

// remoteTxArgs is the request shape shared by clef's SendTxArgs and geth's
// TransactionArgs (the subset the relayer sends).
type remoteTxArgs struct {
	From                 common.MixedcaseAddress  `json:"from"`
	To                   *common.MixedcaseAddress `json:"to"`
	Gas                  hexutil.Uint64           `json:"gas"`
	GasPrice             *hexutil.Big             `json:"gasPrice,omitempty"`
	MaxFeePerGas         *hexutil.Big             `json:"maxFeePerGas,omitempty"`
	MaxPriorityFeePerGas *hexutil.Big             `json:"maxPriorityFeePerGas,omitempty"`
	Value                hexutil.Big              `json:"value"`
	Nonce                hexutil.Uint64           `json:"nonce"`
	Data                 *hexutil.Bytes           `json:"data,omitempty"`
	AccessList           *types.AccessList        `json:"accessList,omitempty"`
	ChainID              *hexutil.Big             `json:"chainId,omitempty"`
}

func (s *remoteSigner) txArgs(tx *types.Transaction) (*remoteTxArgs, error) {
	args := &remoteTxArgs{
		From:    common.NewMixedcaseAddress(s.addr),
		Gas:     hexutil.Uint64(tx.Gas()),
		Value:   hexutil.Big(*tx.Value()),
		Nonce:   hexutil.Uint64(tx.Nonce()),
		ChainID: (*hexutil.Big)(new(big.Int).Set(s.chainID)),
	}
	if to := tx.To(); to != nil {
		m := common.NewMixedcaseAddress(*to)
		args.To = &m
	}
	if d := tx.Data(); len(d) > 0 {
		b := hexutil.Bytes(d)
		args.Data = &b
	}
	switch tx.Type() {
	case types.LegacyTxType:
		args.GasPrice = (*hexutil.Big)(tx.GasPrice())
	case types.AccessListTxType:
		args.GasPrice = (*hexutil.Big)(tx.GasPrice())
		args.AccessList = accessList(tx)
	case types.DynamicFeeTxType:
		args.MaxFeePerGas = (*hexutil.Big)(tx.GasFeeCap())
		args.MaxPriorityFeePerGas = (*hexutil.Big)(tx.GasTipCap())
		args.AccessList = accessList(tx)
	default:
		return nil, fmt.Errorf("signer: remote: transaction type %d: %w", tx.Type(), ErrUnsupported)
	}
	return args, nil
}

// accessList is never nil for typed transactions: signers pick the
// transaction type from the fields present, and a JSON null would read as legacy.
func accessList(tx *types.Transaction) *types.AccessList {
	al := tx.AccessList()
	if al == nil {
		al = types.AccessList{}
	}
	return &al
}

func (s *remoteSigner) SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	if err := s.usable(); err != nil {
		return nil, err
	}
	if err := checkTxChainID(tx, s.chainID); err != nil {
		return nil, err
	}
	args, err := s.txArgs(tx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	var res json.RawMessage
	if err := s.client.CallContext(ctx, &res, s.method, args); err != nil {
		return nil, fmt.Errorf("signer: remote %s: %w: %v", s.method, ErrRemote, err)
	}
	signed, err := decodeSignResult(res)
	if err != nil {
		return nil, err
	}
	if err := verifyRemoteTx(s.signer, s.addr, tx, signed); err != nil {
		return nil, err
	}
	return signed, nil
}

// decodeSignResult accepts the answers of clef and geth ({"raw": "0x…",
// "tx": {…}}) and of web3signer (a bare "0x…" string) and decodes the raw
// signed transaction.
func decodeSignResult(res []byte) (*types.Transaction, error) {
	if len(res) > maxRemoteResult {
		return nil, fmt.Errorf("signer: remote answer of %d bytes is too large: %w", len(res), ErrRemote)
	}
	res = bytes.TrimSpace(res)
	var raw hexutil.Bytes
	switch {
	case len(res) > 0 && res[0] == '"':
		if err := json.Unmarshal(res, &raw); err != nil {
			return nil, fmt.Errorf("signer: remote answer is not a hex string: %w", ErrRemote)
		}
	case len(res) > 0 && res[0] == '{':
		var obj struct {
			Raw hexutil.Bytes `json:"raw"`
		}
		if err := json.Unmarshal(res, &obj); err != nil {
			return nil, fmt.Errorf("signer: remote answer is not a signed transaction object: %w", ErrRemote)
		}
		raw = obj.Raw
	default:
		return nil, fmt.Errorf("signer: remote answer is neither a hex string nor an object with raw: %w", ErrRemote)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("signer: remote answer carries no raw transaction: %w", ErrRemote)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("signer: remote answer does not decode as a transaction: %w: %v", ErrRemote, err)
	}
	return tx, nil
}

// verifyRemoteTx checks that signed is want, signed by addr for the signer's
// chain: a remote signer must not be able to swap fields or sign as someone else.
func verifyRemoteTx(signer types.Signer, addr common.Address, want, signed *types.Transaction) error {
	if signed.Type() != want.Type() {
		return fmt.Errorf("signer: remote returned a type %d transaction for a type %d request: %w", signed.Type(), want.Type(), ErrRemote)
	}
	if signed.Type() == types.LegacyTxType && !signed.Protected() {
		return fmt.Errorf("signer: remote returned a legacy transaction without replay protection: %w", ErrRemote)
	}
	if signer.Hash(signed) != signer.Hash(want) {
		return fmt.Errorf("signer: remote returned a different transaction than requested: %w", ErrRemote)
	}
	from, err := types.Sender(signer, signed)
	if err != nil {
		return fmt.Errorf("signer: remote signature does not verify: %w: %v", ErrRemote, err)
	}
	if from != addr {
		return fmt.Errorf("signer: remote signed as %s, expected %s: %w", from.Hex(), addr.Hex(), ErrAddressMismatch)
	}
	return nil
}

// SignTypedDataHash is not available remotely: clef and web3signer sign
// typed data only from the full structure, never a bare digest.
func (s *remoteSigner) SignTypedDataHash(context.Context, [32]byte) ([]byte, error) {
	return nil, fmt.Errorf("signer: remote signers cannot sign a bare EIP-712 digest: %w", ErrUnsupported)
}

// Ready asks the remote signer a harmless question: clef its version (listing
// accounts would prompt the operator), eth endpoints whether they hold the address.
func (s *remoteSigner) Ready(ctx context.Context) error {
	if err := s.usable(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	if s.method == MethodClef {
		var version string
		if err := s.client.CallContext(ctx, &version, "account_version"); err != nil {
			return fmt.Errorf("signer: remote account_version: %w: %v", ErrRemote, err)
		}
		return nil
	}
	var accounts []common.Address
	if err := s.client.CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return fmt.Errorf("signer: remote eth_accounts: %w: %v", ErrRemote, err)
	}
	for _, a := range accounts {
		if a == s.addr {
			return nil
		}
	}
	return fmt.Errorf("signer: remote signer does not hold %s: %w", s.addr.Hex(), ErrAddressMismatch)
}

func (s *remoteSigner) usable() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return fmt.Errorf("signer: %w", ErrClosed)
	}
	return nil
}

func (s *remoteSigner) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		s.client.Close()
	}
	return nil
}

func (s *remoteSigner) String() string {
	return fmt.Sprintf("signer.remote(%s via %s %s)", s.addr.Hex(), s.method, s.url)
}

// GoString keeps %#v as redacted as %v.
func (s *remoteSigner) GoString() string { return s.String() }

// LogValue implements slog.LogValuer.
func (s *remoteSigner) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", string(KindRemote)), slog.String("address", s.addr.Hex()),
		slog.String("url", s.url), slog.String("method", s.method))
}
