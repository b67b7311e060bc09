// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package groth16verifier

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

// Groth16VerifierMetaData contains all meta data concerning the Groth16Verifier contract.
var Groth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"vk\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inputCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"input\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyingKeyHash\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"Groth16Verifier_BadKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Groth16Verifier_InputNotInField\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Groth16Verifier_ProofInvalid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Groth16Verifier_WrongInputCount\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"want\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Groth16Verifier_WrongProofLength\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"want\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "Groth16Verifier",
	Bin: "0x610100604052348015610010575f5ffd5b506040516114a53803806114a583398101604081905261002f9161041e565b5f8061003a836100ec565b915091505f8360405160200161005091906104e5565b60405160208183030381529060405290505f81516001610070919061052e565b82604051602001610082929190610547565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b0381166100c5576040516361a5107360e11b815260040160405180910390fd5b6001600160a01b031660805250805160209091012060a05260c09190915260e052506105db565b5f5f600283511015610111576040516361a5107360e11b815260040160405180910390fd5b825f8151811061012357610123610598565b602002602001015191508260018151811061014057610140610598565b6020026020010151905061010082118061015a5750600881115b8061016f575061016b81600261052e565b8351105b1561018d576040516361a5107360e11b815260040160405180910390fd5b5f805b8281101561021757610100856101a783600261052e565b815181106101b7576101b7610598565b602002602001015111156101de576040516361a5107360e11b815260040160405180910390fd5b846101ea82600261052e565b815181106101fa576101fa610598565b60200260200101518261020d919061052e565b9150600101610190565b505f821561023a5761022a8360046105ac565b61023590600461052e565b61023c565b5f5b8361024886600161052e565b610252919061052e565b61025d9060026105ac565b61026890600e61052e565b610272919061052e565b9050818161028185600261052e565b61028b919061052e565b610295919061052e565b8551146102b5576040516361a5107360e11b815260040160405180910390fd5b5f6102c184600261052e565b90505b816102d085600261052e565b6102da919061052e565b811015610342577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786828151811061031457610314610598565b60200260200101511061033a576040516361a5107360e11b815260040160405180910390fd5b6001016102c4565b505f8161035085600261052e565b61035a919061052e565b90505f5b84811015610401575f5b8761037483600261052e565b8151811061038457610384610598565b60200260200101518110156103f8575f888461039f816105c3565b9550815181106103b1576103b1610598565b60200260200101519050805f14806103d157506103ce838961052e565b81115b156103ef576040516361a5107360e11b815260040160405180910390fd5b50600101610368565b5060010161035e565b50505050915091565b634e487b7160e01b5f52604160045260245ffd5b5f6020828403121561042e575f5ffd5b81516001600160401b03811115610443575f5ffd5b8201601f81018413610453575f5ffd5b80516001600160401b0381111561046c5761046c61040a565b604051600582901b90603f8201601f191681016001600160401b038111828210171561049a5761049a61040a565b6040529182526020818401810192908101878411156104b7575f5ffd5b6020850194505b838510156104da578451808252602095860195909350016104be565b509695505050505050565b81515f90829060208501835b8281101561050f5781518452602093840193909101906001016104f1565b509195945050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105415761054161051a565b92915050565b606160f81b815260f083901b6001600160f01b03191660018201526880600c6000396000f360b81b60038201525f600c820181905282518060208501600d85015e5f9201600d019182525092915050565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176105415761054161051a565b5f600182016105d4576105d461051a565b5060010190565b60805160a05160c05160e051610e6a61063b5f395f818160990152818160f1015261020701525f818160bf015281816101e6015261069f01525f606501525f81816103f10152818161082301528181610b110152610b930152610e6a5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80631e8e1e131461004e57806369b5d6d114610063578063c44956d114610097578063e7dc36ad146100bd575b5f5ffd5b61006161005c366004610bc6565b6100e3565b005b7f00000000000000000000000000000000000000000000000000000000000000005b60405190815260200160405180910390f35b7f0000000000000000000000000000000000000000000000000000000000000000610085565b7f0000000000000000000000000000000000000000000000000000000000000000610085565b6100ef848484846101e4565b7f00000000000000000000000000000000000000000000000000000000000000005f61011e868686868661030c565b90505f821561014257610132836006610ca2565b61013d90601e610cbf565b610145565b60185b67ffffffffffffffff81111561015d5761015d610cd2565b604051908082528060200260200182016040528015610186578160200160208202803683370190505b50905061019681838989876103ef565b82156101b5576101b5818888856101af8c8c8c8c610554565b886105b1565b6101be81610678565b6101db57604051633c02d79b60e11b815260040160405180910390fd5b50505050505050565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000828214610255576040516398a8556960e01b815260048101849052602481018390526044015b60405180910390fd5b5f811561027857610267826040610ca2565b61027390610140610cbf565b61027c565b6101005b90508581146102a85760405163f322b80560e01b8152600481018790526024810182905260440161024c565b5f5b83811015610302575f516020610e4a5f395f51905f528686838181106102d2576102d2610ce6565b90506020020135106102fa57604051634cf780d560e11b81526004810182905260240161024c565b6001016102aa565b5050505050505050565b6060826103198382610cbf565b67ffffffffffffffff81111561033157610331610cd2565b60405190808252806020026020018201604052801561035a578160200160208202803683370190505b50915060208102856020840137825f0361037457506103e6565b5f83610381836001610cbf565b61038b9190610cbf565b610396906002610ca2565b6103a1856005610ca2565b6103ac906014610cbf565b6103b69190610cbf565b90505f5b848110156103e2576103d88989866103d28588610cbf565b86610698565b91506001016103ba565b5050505b95945050505050565b7f00000000000000000000000000000000000000000000000000000000000000005f61043c61041f846010610cbf565b875161042c906001610cbf565b610437906002610ca2565b61081f565b9050600160208801610100878237608085600c016020026001016101008301863c60c0856002016020026001016101808301863c6080856008016020026001016102808301863c60405160408101602085015182526040850151602083015289515f5b818110156104f257604081026060018701805184526020810151602085015250602081026020018c0151604084015260408360608560075afa8616955060408460808660065afa9095169460010161049f565b50505f5b87811015610521576040808202610100018b01833760408360808560065afa909416936001016104f6565b5050805161024083015260200151610260909101528061030257604051633c02d79b60e11b815260040160405180910390fd5b5f5f516020610e4a5f395f51905f528585858560405160200161057a9493929190610cfa565b604051602081830303815290604052805190602001205f1c61059c9190610d2b565b9050805f036105a9575060015b949350505050565b5f600182116105c15760016105d8565b6105d8848386516105d29190610d4a565b8461089f565b90505f845160016105e99190610cbf565b6105f4906002610ca2565b6105ff846010610cbf565b6106099190610cbf565b9050835f5b8481101561065e576106438a8a8a8486610629826004610ca2565b6106348a6004610cbf565b61063e9190610cbf565b610b0f565b5f516020610e4a5f395f51905f52848309915060010161060e565b5061066d898989878987610b0f565b505050505050505050565b5f60405160208160208551026020860160085afa90516001141692915050565b5f806106c47f000000000000000000000000000000000000000000000000000000000000000085610d4a565b90505f6106da6106d5836002610cbf565b610b8c565b90505f6106e7858361081f565b90505f6106f5836020610ca2565b610700906040610cbf565b67ffffffffffffffff81111561071857610718610cd2565b6040519080825280601f01601f191660200182016040528015610742576020820181803683370190505b5090505f610751856040610ca2565b61075d90610100610cbf565b90506040818c0160208401375f5b848110156107c9575f8a600186848151811061078957610789610ce6565b602002602001015161079b9190610d4a565b815181106107ab576107ab610ce6565b6020908102919091018101519083028501606001525060010161076b565b50815160208301206107e9905f516020610e4a5f395f51905f5290610d2b565b8989815181106107fb576107fb610ce6565b60209081029190910101526108108488610cbf565b9b9a5050505050505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000008267ffffffffffffffff81111561085b5761085b610cd2565b604051908082528060200260200182016040528015610884578160200160208202803683370190505b509150826020028460200260010160208401833c5092915050565b5f806108ac836020610ca2565b67ffffffffffffffff8111156108c4576108c4610cd2565b6040519080825280601f01601f1916602001820160405280156108ee576020820181803683370190505b5090505f5b83811015610938575f866109078388610cbf565b8151811061091757610917610ce6565b602002602001015190508060208302602001840152508060010190506108f3565b50604080518082018252600981526823989b16a129a1191960b91b6020820152815182815260608101835290915f916002916020820181803683375050845160405161099193925087916030915f918991602001610d74565b60408051601f19818403018152908290526109ab91610ddd565b602060405180830381855afa1580156109c6573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906109e99190610def565b90505f6002826001858651604051602001610a079493929190610e06565b60408051601f1981840301815290829052610a2191610ddd565b602060405180830381855afa158015610a3c573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610a5f9190610def565b90505f60028284186002868751604051602001610a7f9493929190610e06565b60408051601f1981840301815290829052610a9991610ddd565b602060405180830381855afa158015610ab4573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610ad79190610def565b90505f516020610e4a5f395f51905f52608082901c5f516020610e4a5f395f51905f52600160801b8509089998505050505050505050565b7f00000000000000000000000000000000000000000000000000000000000000005f60206018600687020181028901016040808702890161010001823784604082015260408160608360075afa915060808460200260010160408301853c508061030257604051633c02d79b60e11b815260040160405180910390fd5b6040515f907f000000000000000000000000000000000000000000000000000000000000000090602060018582020182843c519392505050565b5f5f5f5f60408587031215610bd9575f5ffd5b843567ffffffffffffffff811115610bef575f5ffd5b8501601f81018713610bff575f5ffd5b803567ffffffffffffffff811115610c15575f5ffd5b876020828401011115610c26575f5ffd5b60209182019550935085013567ffffffffffffffff811115610c46575f5ffd5b8501601f81018713610c56575f5ffd5b803567ffffffffffffffff811115610c6c575f5ffd5b8760208260051b8401011115610c80575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610cb957610cb9610c8e565b92915050565b80820180821115610cb957610cb9610c8e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b838582375f8185018181526001600160fb1b03841115610d18575f5ffd5b8360051b80868337019695505050505050565b5f82610d4557634e487b7160e01b5f52601260045260245ffd5b500690565b81810381811115610cb957610cb9610c8e565b5f81518060208401855e5f93019283525090919050565b5f610d88610d82838a610d5d565b88610d5d565b60f087901b6001600160f01b031916815260f886901b6001600160f81b0319166002820152610dba6003820186610d5d565b60f89490941b6001600160f81b0319168452505060019091019695505050505050565b5f610de88284610d5d565b9392505050565b5f60208284031215610dff575f5ffd5b5051919050565b84815260f884901b6001600160f81b03191660208201525f610e2b6021830185610d5d565b60f89390931b6001600160f81b03191683525050600101939250505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Groth16Verifier is an auto generated Go binding around an Ethereum contract.
type Groth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Groth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewGroth16Verifier creates a new instance of Groth16Verifier.
func NewGroth16Verifier() *Groth16Verifier {
	parsed, err := Groth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Groth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Groth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256[] vk) returns()
func (groth16Verifier *Groth16Verifier) PackConstructor(vk []*big.Int) []byte {
	enc, err := groth16Verifier.abi.Pack("", vk)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCommitmentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44956d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentCount() view returns(uint256)
func (groth16Verifier *Groth16Verifier) PackCommitmentCount() []byte {
	enc, err := groth16Verifier.abi.Pack("commitmentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44956d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentCount() view returns(uint256)
func (groth16Verifier *Groth16Verifier) TryPackCommitmentCount() ([]byte, error) {
	return groth16Verifier.abi.Pack("commitmentCount")
}

// UnpackCommitmentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc44956d1.
//
// Solidity: function commitmentCount() view returns(uint256)
func (groth16Verifier *Groth16Verifier) UnpackCommitmentCount(data []byte) (*big.Int, error) {
	out, err := groth16Verifier.abi.Unpack("commitmentCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7dc36ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inputCount() view returns(uint256)
func (groth16Verifier *Groth16Verifier) PackInputCount() []byte {
	enc, err := groth16Verifier.abi.Pack("inputCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7dc36ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inputCount() view returns(uint256)
func (groth16Verifier *Groth16Verifier) TryPackInputCount() ([]byte, error) {
	return groth16Verifier.abi.Pack("inputCount")
}

// UnpackInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7dc36ad.
//
// Solidity: function inputCount() view returns(uint256)
func (groth16Verifier *Groth16Verifier) UnpackInputCount(data []byte) (*big.Int, error) {
	out, err := groth16Verifier.abi.Unpack("inputCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[] input) view returns()
func (groth16Verifier *Groth16Verifier) PackVerifyProof(proof []byte, input []*big.Int) []byte {
	enc, err := groth16Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[] input) view returns()
func (groth16Verifier *Groth16Verifier) TryPackVerifyProof(proof []byte, input []*big.Int) ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyProof", proof, input)
}

// PackVerifyingKeyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69b5d6d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyingKeyHash() view returns(bytes32)
func (groth16Verifier *Groth16Verifier) PackVerifyingKeyHash() []byte {
	enc, err := groth16Verifier.abi.Pack("verifyingKeyHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyingKeyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69b5d6d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyingKeyHash() view returns(bytes32)
func (groth16Verifier *Groth16Verifier) TryPackVerifyingKeyHash() ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyingKeyHash")
}

// UnpackVerifyingKeyHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69b5d6d1.
//
// Solidity: function verifyingKeyHash() view returns(bytes32)
func (groth16Verifier *Groth16Verifier) UnpackVerifyingKeyHash(data []byte) ([32]byte, error) {
	out, err := groth16Verifier.abi.Unpack("verifyingKeyHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (groth16Verifier *Groth16Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["Groth16Verifier_BadKey"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackGroth16VerifierBadKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["Groth16Verifier_InputNotInField"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackGroth16VerifierInputNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["Groth16Verifier_ProofInvalid"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackGroth16VerifierProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["Groth16Verifier_WrongInputCount"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackGroth16VerifierWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["Groth16Verifier_WrongProofLength"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackGroth16VerifierWrongProofLengthError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Groth16VerifierGroth16VerifierBadKey represents a Groth16Verifier_BadKey error raised by the Groth16Verifier contract.
type Groth16VerifierGroth16VerifierBadKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Groth16Verifier_BadKey()
func Groth16VerifierGroth16VerifierBadKeyErrorID() common.Hash {
	return common.HexToHash("0xc34a20e67bb5249d5239df306c2245f5b0232ac5992d2293f9be307d586a4eae")
}

// UnpackGroth16VerifierBadKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Groth16Verifier_BadKey()
func (groth16Verifier *Groth16Verifier) UnpackGroth16VerifierBadKeyError(raw []byte) (*Groth16VerifierGroth16VerifierBadKey, error) {
	out := new(Groth16VerifierGroth16VerifierBadKey)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "Groth16Verifier_BadKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierGroth16VerifierInputNotInField represents a Groth16Verifier_InputNotInField error raised by the Groth16Verifier contract.
type Groth16VerifierGroth16VerifierInputNotInField struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Groth16Verifier_InputNotInField(uint256 index)
func Groth16VerifierGroth16VerifierInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x99ef01aa56d378bd433789fc02bc42e0a1d8b1518d302c4fe7a1523094767023")
}

// UnpackGroth16VerifierInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Groth16Verifier_InputNotInField(uint256 index)
func (groth16Verifier *Groth16Verifier) UnpackGroth16VerifierInputNotInFieldError(raw []byte) (*Groth16VerifierGroth16VerifierInputNotInField, error) {
	out := new(Groth16VerifierGroth16VerifierInputNotInField)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "Groth16Verifier_InputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierGroth16VerifierProofInvalid represents a Groth16Verifier_ProofInvalid error raised by the Groth16Verifier contract.
type Groth16VerifierGroth16VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Groth16Verifier_ProofInvalid()
func Groth16VerifierGroth16VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7805af36f65eafc6925a72901482e13811b5283021c9c8336ae6283746d5fcad")
}

// UnpackGroth16VerifierProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Groth16Verifier_ProofInvalid()
func (groth16Verifier *Groth16Verifier) UnpackGroth16VerifierProofInvalidError(raw []byte) (*Groth16VerifierGroth16VerifierProofInvalid, error) {
	out := new(Groth16VerifierGroth16VerifierProofInvalid)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "Groth16Verifier_ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierGroth16VerifierWrongInputCount represents a Groth16Verifier_WrongInputCount error raised by the Groth16Verifier contract.
type Groth16VerifierGroth16VerifierWrongInputCount struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Groth16Verifier_WrongInputCount(uint256 got, uint256 want)
func Groth16VerifierGroth16VerifierWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0x98a8556928344daaba3553839539b77f857da2141c10d1ae7ae95e2f00010a1d")
}

// UnpackGroth16VerifierWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Groth16Verifier_WrongInputCount(uint256 got, uint256 want)
func (groth16Verifier *Groth16Verifier) UnpackGroth16VerifierWrongInputCountError(raw []byte) (*Groth16VerifierGroth16VerifierWrongInputCount, error) {
	out := new(Groth16VerifierGroth16VerifierWrongInputCount)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "Groth16Verifier_WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierGroth16VerifierWrongProofLength represents a Groth16Verifier_WrongProofLength error raised by the Groth16Verifier contract.
type Groth16VerifierGroth16VerifierWrongProofLength struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Groth16Verifier_WrongProofLength(uint256 got, uint256 want)
func Groth16VerifierGroth16VerifierWrongProofLengthErrorID() common.Hash {
	return common.HexToHash("0xf322b80541f457ac493b5ae1894da4df42d1e57f37fac9ac72a2bb82f6696193")
}

// UnpackGroth16VerifierWrongProofLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Groth16Verifier_WrongProofLength(uint256 got, uint256 want)
func (groth16Verifier *Groth16Verifier) UnpackGroth16VerifierWrongProofLengthError(raw []byte) (*Groth16VerifierGroth16VerifierWrongProofLength, error) {
	out := new(Groth16VerifierGroth16VerifierWrongProofLength)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "Groth16Verifier_WrongProofLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}
