// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mockreceiver

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

// SettlementMockReceiverMetaData contains all meta data concerning the SettlementMockReceiver contract.
var SettlementMockReceiverMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"deliveries\",\"inputs\":[{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastOutcome\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastSubject\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mode\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumSettlementMockReceiver.Mode\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onClaimFinalized\",\"inputs\":[{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reenterClaimId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reentryBlocked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setMode\",\"inputs\":[{\"name\":\"mode_\",\"type\":\"uint8\",\"internalType\":\"enumSettlementMockReceiver.Mode\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setReentry\",\"inputs\":[{\"name\":\"settlement_\",\"type\":\"address\",\"internalType\":\"contractISettlement\"},{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settlement\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractISettlement\"}],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"Receiver_NotWelcome\",\"inputs\":[]}]",
	ID:  "SettlementMockReceiver",
	Bin: "0x6080604052348015600e575f5ffd5b5061071b8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c80635b80b95a116100635780635b80b95a1461013557806395f87bc21461014c578063a9e4a32414610185578063aaea3153146101a4578063ddaf94fd146101ad575f5ffd5b8063198cad531461009f57806321175b4a146100b4578063295a5212146100c757806332db89f2146100e95780635116063014610106575b5f5ffd5b6100b26100ad36600461044d565b6101c2565b005b6100b26100c23660046104c4565b61039b565b5f546100d39060ff1681565b6040516100e091906104fd565b60405180910390f35b6002546100f69060ff1681565b60405190151581526020016100e0565b5f5461011d9061010090046001600160a01b031681565b6040516001600160a01b0390911681526020016100e0565b61013e60015481565b6040519081526020016100e0565b6100b261015a366004610523565b5f80546001600160a01b0390931661010002610100600160a81b031990931692909217909155600155565b61013e610193366004610558565b60036020525f908152604090205481565b61013e60055481565b6101b56103c1565b6040516100e0919061056f565b5f5460ff1660018160048111156101db576101db6104e9565b036101f95760405163b50d7f2760e01b815260040160405180910390fd5b600281600481111561020d5761020d6104e9565b0361023a575f5b604080516020808201939093528151808203840181529082019091528051910120610214565b600381600481111561024e5761024e6104e9565b0361025a57620f42405ffd5b600481600481111561026e5761026e6104e9565b0361035e575f8054600154604051630138c60d60e01b81526004810191909152829161010090046001600160a01b031690630138c60d906024015f604051808303815f87803b1580156102bf575f5ffd5b505af19250505080156102d0575060015b156102da57600191505b5f546001546040516302930d7560e11b815260048101919091526101009091046001600160a01b0316906305261aea906024015f604051808303815f87803b158015610324575f5ffd5b505af1925050508015610335575060015b1561033e575060015b8115801561034a575080155b6002805460ff191691151591909117905550505b5f84815260036020526040812080546001929061037c9084906105a4565b909155506004905061038f838583610661565b50505060059190915550565b5f805482919060ff191660018360048111156103b9576103b96104e9565b021790555050565b600480546103ce906105dd565b80601f01602080910402602001604051908101604052809291908181526020018280546103fa906105dd565b80156104455780601f1061041c57610100808354040283529160200191610445565b820191905f5260205f20905b81548152906001019060200180831161042857829003601f168201915b505050505081565b5f5f5f6040848603121561045f575f5ffd5b83359250602084013567ffffffffffffffff81111561047c575f5ffd5b8401601f8101861361048c575f5ffd5b803567ffffffffffffffff8111156104a2575f5ffd5b8660208284010111156104b3575f5ffd5b939660209190910195509293505050565b5f602082840312156104d4575f5ffd5b8135600581106104e2575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b602081016005831061051d57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215610534575f5ffd5b82356001600160a01b038116811461054a575f5ffd5b946020939093013593505050565b5f60208284031215610568575f5ffd5b5035919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b808201808211156105c357634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806105f157607f821691505b60208210810361060f57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561065c57805f5260205f20601f840160051c8101602085101561063a5750805b601f840160051c820191505b81811015610659575f8155600101610646565b50505b505050565b67ffffffffffffffff831115610679576106796105c9565b61068d8361068783546105dd565b83610615565b5f601f8411600181146106be575f85156106a75750838201355b5f19600387901b1c1916600186901b178355610659565b5f83815260208120601f198716915b828110156106ed57868501358255602094850194600190920191016106cd565b5086821015610709575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056",
}

// SettlementMockReceiver is an auto generated Go binding around an Ethereum contract.
type SettlementMockReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettlementMockReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewSettlementMockReceiver creates a new instance of SettlementMockReceiver.
func NewSettlementMockReceiver() *SettlementMockReceiver {
	parsed, err := SettlementMockReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementMockReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementMockReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDeliveries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9e4a324.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveries(uint256 subjectId) view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) PackDeliveries(subjectId *big.Int) []byte {
	enc, err := settlementMockReceiver.abi.Pack("deliveries", subjectId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9e4a324.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveries(uint256 subjectId) view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) TryPackDeliveries(subjectId *big.Int) ([]byte, error) {
	return settlementMockReceiver.abi.Pack("deliveries", subjectId)
}

// UnpackDeliveries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9e4a324.
//
// Solidity: function deliveries(uint256 subjectId) view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) UnpackDeliveries(data []byte) (*big.Int, error) {
	out, err := settlementMockReceiver.abi.Unpack("deliveries", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddaf94fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastOutcome() view returns(bytes)
func (settlementMockReceiver *SettlementMockReceiver) PackLastOutcome() []byte {
	enc, err := settlementMockReceiver.abi.Pack("lastOutcome")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddaf94fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastOutcome() view returns(bytes)
func (settlementMockReceiver *SettlementMockReceiver) TryPackLastOutcome() ([]byte, error) {
	return settlementMockReceiver.abi.Pack("lastOutcome")
}

// UnpackLastOutcome is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddaf94fd.
//
// Solidity: function lastOutcome() view returns(bytes)
func (settlementMockReceiver *SettlementMockReceiver) UnpackLastOutcome(data []byte) ([]byte, error) {
	out, err := settlementMockReceiver.abi.Unpack("lastOutcome", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastSubject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaea3153.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSubject() view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) PackLastSubject() []byte {
	enc, err := settlementMockReceiver.abi.Pack("lastSubject")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSubject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaea3153.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSubject() view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) TryPackLastSubject() ([]byte, error) {
	return settlementMockReceiver.abi.Pack("lastSubject")
}

// UnpackLastSubject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaaea3153.
//
// Solidity: function lastSubject() view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) UnpackLastSubject(data []byte) (*big.Int, error) {
	out, err := settlementMockReceiver.abi.Unpack("lastSubject", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (settlementMockReceiver *SettlementMockReceiver) PackMode() []byte {
	enc, err := settlementMockReceiver.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (settlementMockReceiver *SettlementMockReceiver) TryPackMode() ([]byte, error) {
	return settlementMockReceiver.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (settlementMockReceiver *SettlementMockReceiver) UnpackMode(data []byte) (uint8, error) {
	out, err := settlementMockReceiver.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onClaimFinalized(uint256 subjectId, bytes outcome) returns()
func (settlementMockReceiver *SettlementMockReceiver) PackOnClaimFinalized(subjectId *big.Int, outcome []byte) []byte {
	enc, err := settlementMockReceiver.abi.Pack("onClaimFinalized", subjectId, outcome)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onClaimFinalized(uint256 subjectId, bytes outcome) returns()
func (settlementMockReceiver *SettlementMockReceiver) TryPackOnClaimFinalized(subjectId *big.Int, outcome []byte) ([]byte, error) {
	return settlementMockReceiver.abi.Pack("onClaimFinalized", subjectId, outcome)
}

// PackReenterClaimId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b80b95a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterClaimId() view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) PackReenterClaimId() []byte {
	enc, err := settlementMockReceiver.abi.Pack("reenterClaimId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterClaimId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b80b95a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterClaimId() view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) TryPackReenterClaimId() ([]byte, error) {
	return settlementMockReceiver.abi.Pack("reenterClaimId")
}

// UnpackReenterClaimId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b80b95a.
//
// Solidity: function reenterClaimId() view returns(uint256)
func (settlementMockReceiver *SettlementMockReceiver) UnpackReenterClaimId(data []byte) (*big.Int, error) {
	out, err := settlementMockReceiver.abi.Unpack("reenterClaimId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentryBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32db89f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryBlocked() view returns(bool)
func (settlementMockReceiver *SettlementMockReceiver) PackReentryBlocked() []byte {
	enc, err := settlementMockReceiver.abi.Pack("reentryBlocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32db89f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryBlocked() view returns(bool)
func (settlementMockReceiver *SettlementMockReceiver) TryPackReentryBlocked() ([]byte, error) {
	return settlementMockReceiver.abi.Pack("reentryBlocked")
}

// UnpackReentryBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32db89f2.
//
// Solidity: function reentryBlocked() view returns(bool)
func (settlementMockReceiver *SettlementMockReceiver) UnpackReentryBlocked(data []byte) (bool, error) {
	out, err := settlementMockReceiver.abi.Unpack("reentryBlocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_) returns()
func (settlementMockReceiver *SettlementMockReceiver) PackSetMode(mode uint8) []byte {
	enc, err := settlementMockReceiver.abi.Pack("setMode", mode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_) returns()
func (settlementMockReceiver *SettlementMockReceiver) TryPackSetMode(mode uint8) ([]byte, error) {
	return settlementMockReceiver.abi.Pack("setMode", mode)
}

// PackSetReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95f87bc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReentry(address settlement_, uint256 claimId) returns()
func (settlementMockReceiver *SettlementMockReceiver) PackSetReentry(settlement common.Address, claimId *big.Int) []byte {
	enc, err := settlementMockReceiver.abi.Pack("setReentry", settlement, claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95f87bc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReentry(address settlement_, uint256 claimId) returns()
func (settlementMockReceiver *SettlementMockReceiver) TryPackSetReentry(settlement common.Address, claimId *big.Int) ([]byte, error) {
	return settlementMockReceiver.abi.Pack("setReentry", settlement, claimId)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (settlementMockReceiver *SettlementMockReceiver) PackSettlement() []byte {
	enc, err := settlementMockReceiver.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (settlementMockReceiver *SettlementMockReceiver) TryPackSettlement() ([]byte, error) {
	return settlementMockReceiver.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (settlementMockReceiver *SettlementMockReceiver) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := settlementMockReceiver.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (settlementMockReceiver *SettlementMockReceiver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlementMockReceiver.abi.Errors["Receiver_NotWelcome"].ID.Bytes()[:4]) {
		return settlementMockReceiver.UnpackReceiverNotWelcomeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementMockReceiverReceiverNotWelcome represents a Receiver_NotWelcome error raised by the SettlementMockReceiver contract.
type SettlementMockReceiverReceiverNotWelcome struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Receiver_NotWelcome()
func SettlementMockReceiverReceiverNotWelcomeErrorID() common.Hash {
	return common.HexToHash("0xb50d7f27f79fb2701e38e61693d1a16d9eb85bafdb0948a9459c5ee1d6d0e76e")
}

// UnpackReceiverNotWelcomeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Receiver_NotWelcome()
func (settlementMockReceiver *SettlementMockReceiver) UnpackReceiverNotWelcomeError(raw []byte) (*SettlementMockReceiverReceiverNotWelcome, error) {
	out := new(SettlementMockReceiverReceiverNotWelcome)
	if err := settlementMockReceiver.abi.UnpackIntoInterface(out, "Receiver_NotWelcome", raw); err != nil {
		return nil, err
	}
	return out, nil
}
