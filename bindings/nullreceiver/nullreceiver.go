// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package nullreceiver

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SettlementNullReceiverMetaData contains all meta data concerning the SettlementNullReceiver contract.
var SettlementNullReceiverMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"onClaimFinalized\",\"inputs\":[{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Delivered\",\"inputs\":[{\"name\":\"subjectId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false}]",
	ID:  "SettlementNullReceiver",
	Bin: "0x6080604052348015600e575f5ffd5b5060e58061001b5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c8063198cad5314602a575b5f5ffd5b603960353660046073565b603b565b005b6040518381527ffcc296b8bdd64e3f1d1faadef50cb2d6550f645316330fe57cb1dd7e0612ead09060200160405180910390a1505050565b5f5f5f604084860312156084575f5ffd5b83359250602084013567ffffffffffffffff81111560a0575f5ffd5b8401601f8101861360af575f5ffd5b803567ffffffffffffffff81111560c4575f5ffd5b86602082840101111560d4575f5ffd5b93966020919091019550929350505056",
}

// SettlementNullReceiver is an auto generated Go binding around an Ethereum contract.
type SettlementNullReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettlementNullReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewSettlementNullReceiver creates a new instance of SettlementNullReceiver.
func NewSettlementNullReceiver() *SettlementNullReceiver {
	parsed, err := SettlementNullReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementNullReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementNullReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onClaimFinalized(uint256 subjectId, bytes ) returns()
func (settlementNullReceiver *SettlementNullReceiver) PackOnClaimFinalized(subjectId *big.Int, arg1 []byte) []byte {
	enc, err := settlementNullReceiver.abi.Pack("onClaimFinalized", subjectId, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onClaimFinalized(uint256 subjectId, bytes ) returns()
func (settlementNullReceiver *SettlementNullReceiver) TryPackOnClaimFinalized(subjectId *big.Int, arg1 []byte) ([]byte, error) {
	return settlementNullReceiver.abi.Pack("onClaimFinalized", subjectId, arg1)
}

// SettlementNullReceiverDelivered represents a Delivered event raised by the SettlementNullReceiver contract.
type SettlementNullReceiverDelivered struct {
	SubjectId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementNullReceiverDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (SettlementNullReceiverDelivered) ContractEventName() string {
	return SettlementNullReceiverDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(uint256 subjectId)
func (settlementNullReceiver *SettlementNullReceiver) UnpackDeliveredEvent(log *types.Log) (*SettlementNullReceiverDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementNullReceiver.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementNullReceiverDelivered)
	if len(log.Data) > 0 {
		if err := settlementNullReceiver.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementNullReceiver.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
