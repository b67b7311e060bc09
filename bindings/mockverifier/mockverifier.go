// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mockverifier

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

// SettlementMockVerifierMetaData contains all meta data concerning the SettlementMockVerifier contract.
var SettlementMockVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"proofFor\",\"inputs\":[{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"error\",\"name\":\"MockVerifier_ProofInvalid\",\"inputs\":[]}]",
	ID:  "SettlementMockVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506102968061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80631e8e1e131461003857806363d5a4381461004d575b5f5ffd5b61004b610046366004610154565b610076565b005b61006061005b3660046101ec565b6100c3565b60405161006d919061022b565b60405180910390f35b61008082826100c3565b805190602001208484604051610097929190610260565b6040518091039020146100bd5760405163c9efbd3160e01b815260040160405180910390fd5b50505050565b606082826040516020016100d892919061026f565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052905092915050565b5f5f83601f84011261011c575f5ffd5b50813567ffffffffffffffff811115610133575f5ffd5b6020830191508360208260051b850101111561014d575f5ffd5b9250929050565b5f5f5f5f60408587031215610167575f5ffd5b843567ffffffffffffffff81111561017d575f5ffd5b8501601f8101871361018d575f5ffd5b803567ffffffffffffffff8111156101a3575f5ffd5b8760208284010111156101b4575f5ffd5b60209182019550935085013567ffffffffffffffff8111156101d4575f5ffd5b6101e08782880161010c565b95989497509550505050565b5f5f602083850312156101fd575f5ffd5b823567ffffffffffffffff811115610213575f5ffd5b61021f8582860161010c565b90969095509350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b818382375f9101908152919050565b5f6001600160fb1b03831115610283575f5ffd5b8260051b8085843791909101939250505056",
}

// SettlementMockVerifier is an auto generated Go binding around an Ethereum contract.
type SettlementMockVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettlementMockVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewSettlementMockVerifier creates a new instance of SettlementMockVerifier.
func NewSettlementMockVerifier() *SettlementMockVerifier {
	parsed, err := SettlementMockVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementMockVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementMockVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackProofFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d5a438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofFor(uint256[] publicInputs) pure returns(bytes)
func (settlementMockVerifier *SettlementMockVerifier) PackProofFor(publicInputs []*big.Int) []byte {
	enc, err := settlementMockVerifier.abi.Pack("proofFor", publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d5a438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofFor(uint256[] publicInputs) pure returns(bytes)
func (settlementMockVerifier *SettlementMockVerifier) TryPackProofFor(publicInputs []*big.Int) ([]byte, error) {
	return settlementMockVerifier.abi.Pack("proofFor", publicInputs)
}

// UnpackProofFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63d5a438.
//
// Solidity: function proofFor(uint256[] publicInputs) pure returns(bytes)
func (settlementMockVerifier *SettlementMockVerifier) UnpackProofFor(data []byte) ([]byte, error) {
	out, err := settlementMockVerifier.abi.Unpack("proofFor", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) pure returns()
func (settlementMockVerifier *SettlementMockVerifier) PackVerifyProof(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := settlementMockVerifier.abi.Pack("verifyProof", proof, publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) pure returns()
func (settlementMockVerifier *SettlementMockVerifier) TryPackVerifyProof(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return settlementMockVerifier.abi.Pack("verifyProof", proof, publicInputs)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (settlementMockVerifier *SettlementMockVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlementMockVerifier.abi.Errors["MockVerifier_ProofInvalid"].ID.Bytes()[:4]) {
		return settlementMockVerifier.UnpackMockVerifierProofInvalidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementMockVerifierMockVerifierProofInvalid represents a MockVerifier_ProofInvalid error raised by the SettlementMockVerifier contract.
type SettlementMockVerifierMockVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MockVerifier_ProofInvalid()
func SettlementMockVerifierMockVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0xc9efbd31dc913cc8e87c1437851a6d8c41598216579b9eaa4506235cc2828c15")
}

// UnpackMockVerifierProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MockVerifier_ProofInvalid()
func (settlementMockVerifier *SettlementMockVerifier) UnpackMockVerifierProofInvalidError(raw []byte) (*SettlementMockVerifierMockVerifierProofInvalid, error) {
	out := new(SettlementMockVerifierMockVerifierProofInvalid)
	if err := settlementMockVerifier.abi.UnpackIntoInterface(out, "MockVerifier_ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}
