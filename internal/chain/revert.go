// Package chain holds the small pieces every DIP contract client shares:
// sending a transaction and waiting for its receipt, and turning revert data
// into a readable error naming the contract's custom error and its arguments.
package chain

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// errorSelector is the selector of Solidity's Error(string).
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0}
	// panicSelector is the selector of Solidity's Panic(uint256).
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71}
)

// RevertError is a decoded contract revert.
type RevertError struct {
	// Name is the custom error's name ("LAT_NotMinter"), "Error" for a
	// require message, "Panic" for a compiler panic, or "" when unknown.
	Name string
	// Args holds the decoded arguments in declaration order.
	Args []Arg
	// Data is the raw revert data.
	Data []byte
}

// Arg is one named argument of a decoded custom error.
type Arg struct {
	Name  string
	Value any
}

// Error renders the revert as `Name(arg=value, ...)`.
func (e *RevertError) Error() string {
	if e.Name == "" {
		if len(e.Data) == 0 {
			return "execution reverted without data"
		}
		return "execution reverted with unknown error data 0x" + hex.EncodeToString(e.Data)
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		v := formatValue(a.Value)
		if a.Name != "" {
			parts[i] = a.Name + "=" + v
		} else {
			parts[i] = v
		}
	}
	return fmt.Sprintf("%s(%s)", e.Name, strings.Join(parts, ", "))
}

// Is reports whether target is a RevertError with the same name, so callers
// can write errors.Is(err, &chain.RevertError{Name: "LAT_NotMinter"}).
func (e *RevertError) Is(target error) bool {
	t, ok := target.(*RevertError)
	return ok && t.Name == e.Name
}

func formatValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case *big.Int:
		return x.String()
	case string:
		return fmt.Sprintf("%q", x)
	default:
		return fmt.Sprint(x)
	}
}

// RevertData extracts revert data from an RPC or simulated-backend error.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	case hexutil.Bytes:
		return d, true
	default:
		return nil, false
	}
}

// DecodeRevertData decodes raw revert data against the given ABIs.
func DecodeRevertData(data []byte, abis ...*abi.ABI) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	sel := data[:4]
	switch {
	case bytes.Equal(sel, errorSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			re.Name, re.Args = "Error", []Arg{{Value: msg}}
		}
		return re
	case bytes.Equal(sel, panicSelector):
		if len(data) == 36 {
			re.Name, re.Args = "Panic", []Arg{{Name: "code", Value: new(big.Int).SetBytes(data[4:])}}
		}
		return re
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], sel) {
				continue
			}
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			re.Name = e.Name
			for i, in := range e.Inputs {
				re.Args = append(re.Args, Arg{Name: in.Name, Value: vals[i]})
			}
			return re
		}
	}
	return re
}

// DecodeRevert returns err with its revert data decoded against the ABIs
// when it carries any, and err unchanged otherwise. The returned error wraps
// both the original error and the *RevertError.
func DecodeRevert(err error, abis ...*abi.ABI) error {
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	return &revertWrap{cause: err, revert: DecodeRevertData(data, abis...)}
}

type revertWrap struct {
	cause  error
	revert *RevertError
}

func (w *revertWrap) Error() string   { return "reverted: " + w.revert.Error() }
func (w *revertWrap) Unwrap() []error { return []error{w.revert, w.cause} }

// AsRevert returns the decoded revert carried by err, if any.
func AsRevert(err error) (*RevertError, bool) {
	var re *RevertError
	ok := errors.As(err, &re)
	return re, ok
}
