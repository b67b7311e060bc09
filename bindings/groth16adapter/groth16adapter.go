// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package groth16adapter

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

// Groth16ProofAdapterMetaData contains all meta data concerning the Groth16ProofAdapter contract.
var Groth16ProofAdapterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"verifier_\",\"type\":\"address\",\"internalType\":\"contractIGroth16Verifier\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIGroth16Verifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"Groth16ProofAdapter_MissingSubject\",\"inputs\":[]}]",
	ID:  "Groth16ProofAdapter",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610312380380610312833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161028f6100835f395f8181604f015260b5015261028f5ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80631e8e1e13146100385780632b7ac3f31461004d575b5f5ffd5b61004b61004636600461013a565b61008a565b005b7f00000000000000000000000000000000000000000000000000000000000000006040516001600160a01b03909116815260200160405180910390f35b5f8190036100ab5760405163b9faee9f60e01b815260040160405180910390fd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631e8e1e1385856100e98560018189610202565b6040518563ffffffff1660e01b8152600401610108949392919061022d565b5f6040518083038186803b15801561011e575f5ffd5b505afa158015610130573d5f5f3e3d5ffd5b5050505050505050565b5f5f5f5f6040858703121561014d575f5ffd5b843567ffffffffffffffff811115610163575f5ffd5b8501601f81018713610173575f5ffd5b803567ffffffffffffffff811115610189575f5ffd5b87602082840101111561019a575f5ffd5b60209182019550935085013567ffffffffffffffff8111156101ba575f5ffd5b8501601f810187136101ca575f5ffd5b803567ffffffffffffffff8111156101e0575f5ffd5b8760208260051b84010111156101f4575f5ffd5b949793965060200194505050565b5f5f85851115610210575f5ffd5b8386111561021c575f5ffd5b5050600583901b0193919092039150565b60408152836040820152838560608301375f60608583018101829052601f19601f8701168301838103820160208501529081018490526001600160fb1b03841115610276575f5ffd5b8360051b8086608084013701608001969550505050505056",
}

// Groth16ProofAdapter is an auto generated Go binding around an Ethereum contract.
type Groth16ProofAdapter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Groth16ProofAdapter) GetABI() abi.ABI {
	return c.abi
}

// NewGroth16ProofAdapter creates a new instance of Groth16ProofAdapter.
func NewGroth16ProofAdapter() *Groth16ProofAdapter {
	parsed, err := Groth16ProofAdapterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Groth16ProofAdapter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Groth16ProofAdapter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier_) returns()
func (groth16ProofAdapter *Groth16ProofAdapter) PackConstructor(verifier_ common.Address) []byte {
	enc, err := groth16ProofAdapter.abi.Pack("", verifier_)
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
func (groth16ProofAdapter *Groth16ProofAdapter) PackVerifier() []byte {
	enc, err := groth16ProofAdapter.abi.Pack("verifier")
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
func (groth16ProofAdapter *Groth16ProofAdapter) TryPackVerifier() ([]byte, error) {
	return groth16ProofAdapter.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (groth16ProofAdapter *Groth16ProofAdapter) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := groth16ProofAdapter.abi.Unpack("verifier", data)
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
func (groth16ProofAdapter *Groth16ProofAdapter) PackVerifyProof(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := groth16ProofAdapter.abi.Pack("verifyProof", proof, publicInputs)
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
func (groth16ProofAdapter *Groth16ProofAdapter) TryPackVerifyProof(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return groth16ProofAdapter.abi.Pack("verifyProof", proof, publicInputs)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (groth16ProofAdapter *Groth16ProofAdapter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], groth16ProofAdapter.abi.Errors["Groth16ProofAdapter_MissingSubject"].ID.Bytes()[:4]) {
		return groth16ProofAdapter.UnpackGroth16ProofAdapterMissingSubjectError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Groth16ProofAdapterGroth16ProofAdapterMissingSubject represents a Groth16ProofAdapter_MissingSubject error raised by the Groth16ProofAdapter contract.
type Groth16ProofAdapterGroth16ProofAdapterMissingSubject struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Groth16ProofAdapter_MissingSubject()
func Groth16ProofAdapterGroth16ProofAdapterMissingSubjectErrorID() common.Hash {
	return common.HexToHash("0xb9faee9f7a421c281384f859d26c3291529234a7181113799d0cfa5c18ea9090")
}

// UnpackGroth16ProofAdapterMissingSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Groth16ProofAdapter_MissingSubject()
func (groth16ProofAdapter *Groth16ProofAdapter) UnpackGroth16ProofAdapterMissingSubjectError(raw []byte) (*Groth16ProofAdapterGroth16ProofAdapterMissingSubject, error) {
	out := new(Groth16ProofAdapterGroth16ProofAdapterMissingSubject)
	if err := groth16ProofAdapter.abi.UnpackIntoInterface(out, "Groth16ProofAdapter_MissingSubject", raw); err != nil {
		return nil, err
	}
	return out, nil
}
