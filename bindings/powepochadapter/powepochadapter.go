// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package powepochadapter

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

// PowEpochAdapterMetaData contains all meta data concerning the PowEpochAdapter contract.
var PowEpochAdapterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"epochs_\",\"type\":\"address\",\"internalType\":\"contractIPowEpochs\"},{\"name\":\"verifier_\",\"type\":\"address\",\"internalType\":\"contractIGroth16Verifier\"},{\"name\":\"specWord_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"epochs\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIPowEpochs\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"specWord\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIGroth16Verifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"PowEpochAdapter_BadSetup\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PowEpochAdapter_WrongInputCount\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochAdapter_WrongSpec\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"want\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]",
	ID:  "PowEpochAdapter",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516106dc3803806106dc83398101604081905261002e91610136565b6001600160a01b038316158061004b57506001600160a01b038216155b8061005d57506001600160401b038116155b1561007b5760405163034d0e7f60e51b815260040160405180910390fd5b6005826001600160a01b031663e7dc36ad6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100dd919061018b565b146100fb5760405163034d0e7f60e51b815260040160405180910390fd5b6001600160a01b03928316608052911660a0526001600160401b031660c0526101a2565b6001600160a01b0381168114610133575f5ffd5b50565b5f5f5f60608486031215610148575f5ffd5b83516101538161011f565b60208501519093506101648161011f565b60408501519092506001600160401b0381168114610180575f5ffd5b809150509250925092565b5f6020828403121561019b575f5ffd5b5051919050565b60805160a05160c0516104f76101e55f395f818160b0015281816101ed015261024601525f81816065015261027d01525f818160dc015261013601526104f75ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80631e8e1e131461004e5780632b7ac3f3146100635780634fc2f2b4146100a257806358152d07146100da575b5f5ffd5b61006161005c366004610303565b610100565b005b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020015b60405180910390f35b60405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610099565b7f0000000000000000000000000000000000000000000000000000000000000000610085565b61010c600560016103cb565b8114610133576040516308a0b3bf60e21b8152600481018290526024015b60405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663de03278484845f818110610175576101756103f0565b6020029190910135905061018c8560018189610404565b6040518463ffffffff1660e01b81526004016101aa9392919061045f565b602060405180830381865afa1580156101c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101e99190610481565b90507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168167ffffffffffffffff161461027357604051633c79649960e11b815267ffffffffffffffff80831660048301527f000000000000000000000000000000000000000000000000000000000000000016602482015260440161012a565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631e8e1e1386866102b1866001818a610404565b6040518563ffffffff1660e01b81526004016102d094939291906104af565b5f6040518083038186803b1580156102e6575f5ffd5b505afa1580156102f8573d5f5f3e3d5ffd5b505050505050505050565b5f5f5f5f60408587031215610316575f5ffd5b843567ffffffffffffffff81111561032c575f5ffd5b8501601f8101871361033c575f5ffd5b803567ffffffffffffffff811115610352575f5ffd5b876020828401011115610363575f5ffd5b60209182019550935085013567ffffffffffffffff811115610383575f5ffd5b8501601f81018713610393575f5ffd5b803567ffffffffffffffff8111156103a9575f5ffd5b8760208260051b84010111156103bd575f5ffd5b949793965060200194505050565b808201808211156103ea57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610412575f5ffd5b8386111561041e575f5ffd5b5050600583901b0193919092039150565b8183525f6001600160fb1b03831115610446575f5ffd5b8260051b80836020870137939093016020019392505050565b838152604060208201525f61047860408301848661042f565b95945050505050565b5f60208284031215610491575f5ffd5b815167ffffffffffffffff811681146104a8575f5ffd5b9392505050565b60408152836040820152838560608301375f606085830101525f601f19601f860116820160608382030160208401526104ec60608201858761042f565b97965050505050505056",
}

// PowEpochAdapter is an auto generated Go binding around an Ethereum contract.
type PowEpochAdapter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PowEpochAdapter) GetABI() abi.ABI {
	return c.abi
}

// NewPowEpochAdapter creates a new instance of PowEpochAdapter.
func NewPowEpochAdapter() *PowEpochAdapter {
	parsed, err := PowEpochAdapterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PowEpochAdapter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PowEpochAdapter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address epochs_, address verifier_, uint64 specWord_) returns()
func (powEpochAdapter *PowEpochAdapter) PackConstructor(epochs_ common.Address, verifier_ common.Address, specWord_ uint64) []byte {
	enc, err := powEpochAdapter.abi.Pack("", epochs_, verifier_, specWord_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58152d07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochs() view returns(address)
func (powEpochAdapter *PowEpochAdapter) PackEpochs() []byte {
	enc, err := powEpochAdapter.abi.Pack("epochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58152d07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochs() view returns(address)
func (powEpochAdapter *PowEpochAdapter) TryPackEpochs() ([]byte, error) {
	return powEpochAdapter.abi.Pack("epochs")
}

// UnpackEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58152d07.
//
// Solidity: function epochs() view returns(address)
func (powEpochAdapter *PowEpochAdapter) UnpackEpochs(data []byte) (common.Address, error) {
	out, err := powEpochAdapter.abi.Unpack("epochs", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSpecWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fc2f2b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function specWord() view returns(uint64)
func (powEpochAdapter *PowEpochAdapter) PackSpecWord() []byte {
	enc, err := powEpochAdapter.abi.Pack("specWord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpecWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fc2f2b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function specWord() view returns(uint64)
func (powEpochAdapter *PowEpochAdapter) TryPackSpecWord() ([]byte, error) {
	return powEpochAdapter.abi.Pack("specWord")
}

// UnpackSpecWord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fc2f2b4.
//
// Solidity: function specWord() view returns(uint64)
func (powEpochAdapter *PowEpochAdapter) UnpackSpecWord(data []byte) (uint64, error) {
	out, err := powEpochAdapter.abi.Unpack("specWord", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (powEpochAdapter *PowEpochAdapter) PackVerifier() []byte {
	enc, err := powEpochAdapter.abi.Pack("verifier")
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
func (powEpochAdapter *PowEpochAdapter) TryPackVerifier() ([]byte, error) {
	return powEpochAdapter.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (powEpochAdapter *PowEpochAdapter) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := powEpochAdapter.abi.Unpack("verifier", data)
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
func (powEpochAdapter *PowEpochAdapter) PackVerifyProof(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := powEpochAdapter.abi.Pack("verifyProof", proof, publicInputs)
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
func (powEpochAdapter *PowEpochAdapter) TryPackVerifyProof(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return powEpochAdapter.abi.Pack("verifyProof", proof, publicInputs)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (powEpochAdapter *PowEpochAdapter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], powEpochAdapter.abi.Errors["PowEpochAdapter_BadSetup"].ID.Bytes()[:4]) {
		return powEpochAdapter.UnpackPowEpochAdapterBadSetupError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochAdapter.abi.Errors["PowEpochAdapter_WrongInputCount"].ID.Bytes()[:4]) {
		return powEpochAdapter.UnpackPowEpochAdapterWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochAdapter.abi.Errors["PowEpochAdapter_WrongSpec"].ID.Bytes()[:4]) {
		return powEpochAdapter.UnpackPowEpochAdapterWrongSpecError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PowEpochAdapterPowEpochAdapterBadSetup represents a PowEpochAdapter_BadSetup error raised by the PowEpochAdapter contract.
type PowEpochAdapterPowEpochAdapterBadSetup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochAdapter_BadSetup()
func PowEpochAdapterPowEpochAdapterBadSetupErrorID() common.Hash {
	return common.HexToHash("0x69a1cfe06679397868da5c93181e38de590865149cd79ace8c6f2d1f4c7690e0")
}

// UnpackPowEpochAdapterBadSetupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochAdapter_BadSetup()
func (powEpochAdapter *PowEpochAdapter) UnpackPowEpochAdapterBadSetupError(raw []byte) (*PowEpochAdapterPowEpochAdapterBadSetup, error) {
	out := new(PowEpochAdapterPowEpochAdapterBadSetup)
	if err := powEpochAdapter.abi.UnpackIntoInterface(out, "PowEpochAdapter_BadSetup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochAdapterPowEpochAdapterWrongInputCount represents a PowEpochAdapter_WrongInputCount error raised by the PowEpochAdapter contract.
type PowEpochAdapterPowEpochAdapterWrongInputCount struct {
	Got *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochAdapter_WrongInputCount(uint256 got)
func PowEpochAdapterPowEpochAdapterWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0x2282cefc336db263e4f92a6ed5bad2e472353bc99d6b164af89dfa0038226d98")
}

// UnpackPowEpochAdapterWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochAdapter_WrongInputCount(uint256 got)
func (powEpochAdapter *PowEpochAdapter) UnpackPowEpochAdapterWrongInputCountError(raw []byte) (*PowEpochAdapterPowEpochAdapterWrongInputCount, error) {
	out := new(PowEpochAdapterPowEpochAdapterWrongInputCount)
	if err := powEpochAdapter.abi.UnpackIntoInterface(out, "PowEpochAdapter_WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochAdapterPowEpochAdapterWrongSpec represents a PowEpochAdapter_WrongSpec error raised by the PowEpochAdapter contract.
type PowEpochAdapterPowEpochAdapterWrongSpec struct {
	Got  uint64
	Want uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochAdapter_WrongSpec(uint64 got, uint64 want)
func PowEpochAdapterPowEpochAdapterWrongSpecErrorID() common.Hash {
	return common.HexToHash("0x78f2c9327795af3022f0b39de05d77e0e06d39646b62d00b91c00d058dca7ac6")
}

// UnpackPowEpochAdapterWrongSpecError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochAdapter_WrongSpec(uint64 got, uint64 want)
func (powEpochAdapter *PowEpochAdapter) UnpackPowEpochAdapterWrongSpecError(raw []byte) (*PowEpochAdapterPowEpochAdapterWrongSpec, error) {
	out := new(PowEpochAdapterPowEpochAdapterWrongSpec)
	if err := powEpochAdapter.abi.UnpackIntoInterface(out, "PowEpochAdapter_WrongSpec", raw); err != nil {
		return nil, err
	}
	return out, nil
}
