// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package layeradapter

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

// LayerCommitmentAdapterMetaData contains all meta data concerning the LayerCommitmentAdapter contract.
var LayerCommitmentAdapterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"verifier_\",\"type\":\"address\",\"internalType\":\"contractIGroth16Verifier\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIGroth16Verifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"LayerCommitmentAdapter_BadPoint\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LayerCommitmentAdapter_CommitmentMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LayerCommitmentAdapter_WrongInputCount\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "LayerCommitmentAdapter",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516104dc3803806104dc833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516104586100845f395f8181604f01526101fc01526104585ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80631e8e1e13146100385780632b7ac3f31461004d575b5f5ffd5b61004b6100463660046102bf565b61008a565b005b7f00000000000000000000000000000000000000000000000000000000000000006040516001600160a01b03909116815260200160405180910390f35b600581146100b25760405163aaaea5fd60e01b81526004810182905260240160405180910390fd5b6101408310156100d557604051631c86dd4d60e21b815260040160405180910390fd5b5f6040518060800160405280848460018181106100f4576100f4610387565b9050602002013581526020018484600281811061011357610113610387565b9050602002013581526020018484600381811061013257610132610387565b9050602002013581526020018484600481811061015157610151610387565b9050602002013581525090506101656102a1565b5f60408260808560065afa90508061019057604051631c86dd4d60e21b815260040160405180910390fd5b81516101a2610120610100898b61039b565b6101ab916103c2565b1415806101d4575060208201516101c8610140610120898b61039b565b6101d1916103c2565b14155b156101f257604051634dae2f4f60e11b815260040160405180910390fd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631e8e1e1388885f60405190808252806020026020018201604052801561024d578160200160208202803683370190505b506040518463ffffffff1660e01b815260040161026c939291906103e0565b5f6040518083038186803b158015610282575f5ffd5b505afa158015610294573d5f5f3e3d5ffd5b5050505050505050505050565b60405180604001604052806002906020820280368337509192915050565b5f5f5f5f604085870312156102d2575f5ffd5b843567ffffffffffffffff8111156102e8575f5ffd5b8501601f810187136102f8575f5ffd5b803567ffffffffffffffff81111561030e575f5ffd5b87602082840101111561031f575f5ffd5b60209182019550935085013567ffffffffffffffff81111561033f575f5ffd5b8501601f8101871361034f575f5ffd5b803567ffffffffffffffff811115610365575f5ffd5b8760208260051b8401011115610379575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156103a9575f5ffd5b838611156103b5575f5ffd5b5050820193919092039150565b803560208310156103da575f19602084900360031b1b165b92915050565b60408152826040820152828460608301375f606084830101525f601f19601f85011682016060810160608483030160208501528085518083526080840191506020870193505f92505b8083101561044c5783518252602082019150602084019350600183019250610429565b5097965050505050505056",
}

// LayerCommitmentAdapter is an auto generated Go binding around an Ethereum contract.
type LayerCommitmentAdapter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LayerCommitmentAdapter) GetABI() abi.ABI {
	return c.abi
}

// NewLayerCommitmentAdapter creates a new instance of LayerCommitmentAdapter.
func NewLayerCommitmentAdapter() *LayerCommitmentAdapter {
	parsed, err := LayerCommitmentAdapterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LayerCommitmentAdapter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LayerCommitmentAdapter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier_) returns()
func (layerCommitmentAdapter *LayerCommitmentAdapter) PackConstructor(verifier_ common.Address) []byte {
	enc, err := layerCommitmentAdapter.abi.Pack("", verifier_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (layerCommitmentAdapter *LayerCommitmentAdapter) PackVerifier() []byte {
	enc, err := layerCommitmentAdapter.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (layerCommitmentAdapter *LayerCommitmentAdapter) TryPackVerifier() ([]byte, error) {
	return layerCommitmentAdapter.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (layerCommitmentAdapter *LayerCommitmentAdapter) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := layerCommitmentAdapter.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) view returns()
func (layerCommitmentAdapter *LayerCommitmentAdapter) PackVerifyProof(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := layerCommitmentAdapter.abi.Pack("verifyProof", proof, publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) view returns()
func (layerCommitmentAdapter *LayerCommitmentAdapter) TryPackVerifyProof(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return layerCommitmentAdapter.abi.Pack("verifyProof", proof, publicInputs)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (layerCommitmentAdapter *LayerCommitmentAdapter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], layerCommitmentAdapter.abi.Errors["LayerCommitmentAdapter_BadPoint"].ID.Bytes()[:4]) {
		return layerCommitmentAdapter.UnpackLayerCommitmentAdapterBadPointError(raw[4:])
	}
	if bytes.Equal(raw[:4], layerCommitmentAdapter.abi.Errors["LayerCommitmentAdapter_CommitmentMismatch"].ID.Bytes()[:4]) {
		return layerCommitmentAdapter.UnpackLayerCommitmentAdapterCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], layerCommitmentAdapter.abi.Errors["LayerCommitmentAdapter_WrongInputCount"].ID.Bytes()[:4]) {
		return layerCommitmentAdapter.UnpackLayerCommitmentAdapterWrongInputCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LayerCommitmentAdapterLayerCommitmentAdapterBadPoint represents a LayerCommitmentAdapter_BadPoint error raised by the LayerCommitmentAdapter contract.
type LayerCommitmentAdapterLayerCommitmentAdapterBadPoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LayerCommitmentAdapter_BadPoint()
func LayerCommitmentAdapterLayerCommitmentAdapterBadPointErrorID() common.Hash {
	return common.HexToHash("0x721b7534b16054aa2e877689ea76dc63a3c743662c7c874f0f190eb5f0ceab27")
}

// UnpackLayerCommitmentAdapterBadPointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LayerCommitmentAdapter_BadPoint()
func (layerCommitmentAdapter *LayerCommitmentAdapter) UnpackLayerCommitmentAdapterBadPointError(raw []byte) (*LayerCommitmentAdapterLayerCommitmentAdapterBadPoint, error) {
	out := new(LayerCommitmentAdapterLayerCommitmentAdapterBadPoint)
	if err := layerCommitmentAdapter.abi.UnpackIntoInterface(out, "LayerCommitmentAdapter_BadPoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LayerCommitmentAdapterLayerCommitmentAdapterCommitmentMismatch represents a LayerCommitmentAdapter_CommitmentMismatch error raised by the LayerCommitmentAdapter contract.
type LayerCommitmentAdapterLayerCommitmentAdapterCommitmentMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LayerCommitmentAdapter_CommitmentMismatch()
func LayerCommitmentAdapterLayerCommitmentAdapterCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x9b5c5e9e6037097c3bd4e00fa0fc9c4e7088e63883a68553bb705d5a79937033")
}

// UnpackLayerCommitmentAdapterCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LayerCommitmentAdapter_CommitmentMismatch()
func (layerCommitmentAdapter *LayerCommitmentAdapter) UnpackLayerCommitmentAdapterCommitmentMismatchError(raw []byte) (*LayerCommitmentAdapterLayerCommitmentAdapterCommitmentMismatch, error) {
	out := new(LayerCommitmentAdapterLayerCommitmentAdapterCommitmentMismatch)
	if err := layerCommitmentAdapter.abi.UnpackIntoInterface(out, "LayerCommitmentAdapter_CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LayerCommitmentAdapterLayerCommitmentAdapterWrongInputCount represents a LayerCommitmentAdapter_WrongInputCount error raised by the LayerCommitmentAdapter contract.
type LayerCommitmentAdapterLayerCommitmentAdapterWrongInputCount struct {
	Got *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LayerCommitmentAdapter_WrongInputCount(uint256 got)
func LayerCommitmentAdapterLayerCommitmentAdapterWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0xaaaea5fdb6ae9880e60b9d6d970596c7f5e02d540bb1081331a56dea9e241dc6")
}

// UnpackLayerCommitmentAdapterWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LayerCommitmentAdapter_WrongInputCount(uint256 got)
func (layerCommitmentAdapter *LayerCommitmentAdapter) UnpackLayerCommitmentAdapterWrongInputCountError(raw []byte) (*LayerCommitmentAdapterLayerCommitmentAdapterWrongInputCount, error) {
	out := new(LayerCommitmentAdapterLayerCommitmentAdapterWrongInputCount)
	if err := layerCommitmentAdapter.abi.UnpackIntoInterface(out, "LayerCommitmentAdapter_WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
