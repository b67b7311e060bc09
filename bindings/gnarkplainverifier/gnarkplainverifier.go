// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gnarkplainverifier

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

// GnarkSamplePlainVerifierMetaData contains all meta data concerning the GnarkSamplePlainVerifier contract.
var GnarkSamplePlainVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"compressProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"compressed\",\"type\":\"uint256[4]\",\"internalType\":\"uint256[4]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyCompressedProof\",\"inputs\":[{\"name\":\"compressedProof\",\"type\":\"uint256[4]\",\"internalType\":\"uint256[4]\"},{\"name\":\"input\",\"type\":\"uint256[1]\",\"internalType\":\"uint256[1]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"input\",\"type\":\"uint256[1]\",\"internalType\":\"uint256[1]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"ProofInvalid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PublicInputNotInField\",\"inputs\":[]}]",
	ID:  "GnarkSamplePlainVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506113418061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780638d8f8a5c1461006c578063ce6c832c14610081575b5f5ffd5b6100566100513660046111e5565b610094565b6040516100639190611224565b60405180910390f35b61007f61007a366004611264565b610150565b005b61007f61008f3660046112b5565b610416565b61009c611145565b61010082146100e95760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356100fa828261072f565b835250506060830135604084013560a0850135608086013561011e8484848461081c565b6020870152604086015260c0870135935060e08701359250610140848461072f565b6060860152509295945050505050565b61010082146101985760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100e0565b5f5f6101a383610af5565b915091505f6040516101008782377f127ea36bb0c0cd975f9516c544dcdda73c5c341af70a59f7efa4e04a78718fe56101008201527f2bca13a829ae52594a8463e016f3d0ea40ae64063457a8982a25ca3a24e966196101208201527f0e721d8e32bedc62f831b4c5f169eb9c527bca0f4ea93d9520f40c7f3747e82b6101408201527f0c6d8decbbc362f27176ba45ece76d0f0b794bbc7b47ecdec5e6543a9089d7b26101608201527f108b26e754b3b5127ef075b174d10d422fe01b20dfa23e3a7212403df42073a26101808201527f2f75015c69152e119cab8973eacb09221b7ba4c55656e483e16f4b5a72c5df5c6101a08201527f1f6176fb3b4609a2435ef904ada33b62ae05406e4d4c03333cfc699812b2e3266101c08201527f03311e51509b500e3f13af4458868bcb4a38e0bff9d36f53d553e64c629247e76101e08201527edda302224d7332aea50648a48f2a937eb154b9d220b6017db7463b3188433c6102008201527f1f669d7f5532de7da93186bd72c034a4976c0c12329eea4ac77d70dfd4bfbb9761022082015283610240820152826102608201527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26102808201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6102a08201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08201526020816103008360085afa90511690508061040e57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61041e611163565b5f8061043085825b6020020135610c14565b90925090505f80808061044b60408a013560208b0135610cb2565b929650909450925090505f806104628b6003610426565b915091505f5f6104718c610af5565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f127ea36bb0c0cd975f9516c544dcdda73c5c341af70a59f7efa4e04a78718fe56101008e01527f2bca13a829ae52594a8463e016f3d0ea40ae64063457a8982a25ca3a24e966196101208e01527f0e721d8e32bedc62f831b4c5f169eb9c527bca0f4ea93d9520f40c7f3747e82b6101408e01527f0c6d8decbbc362f27176ba45ece76d0f0b794bbc7b47ecdec5e6543a9089d7b26101608e01527f108b26e754b3b5127ef075b174d10d422fe01b20dfa23e3a7212403df42073a26101808e01527f2f75015c69152e119cab8973eacb09221b7ba4c55656e483e16f4b5a72c5df5c6101a08e01527f1f6176fb3b4609a2435ef904ada33b62ae05406e4d4c03333cfc699812b2e3266101c08e01527f03311e51509b500e3f13af4458868bcb4a38e0bff9d36f53d553e64c629247e76101e08e01527edda302224d7332aea50648a48f2a937eb154b9d220b6017db7463b3188433c6102008e01527f1f669d7f5532de7da93186bd72c034a4976c0c12329eea4ac77d70dfd4bfbb976102208e01526102408d018290526102608d018190527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26102808e01527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6102a08e01527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08e01527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08e015290925090505f6106e4611182565b6020816103008f60085afa915081158061070057508051600114155b1561071e57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206113215f395f51905f528310158061075957505f5160206113215f395f51905f528210155b1561077757604051631ff3747d60e21b815260040160405180910390fd5b82158015610783575081155b1561078f57505f610816565b5f6107ca5f5160206113215f395f51905f5260035f5160206113215f395f51905f52875f5160206113215f395f51905f52898a090908610e86565b90508083036107df575050600182901b610816565b6107e881610ee8565b83036107fb575050600182811b17610816565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206113215f395f51905f528610158061084757505f5160206113215f395f51905f528510155b8061085f57505f5160206113215f395f51905f528410155b8061087757505f5160206113215f395f51905f528310155b1561089557604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ac57505f905080610aec565b5f80805f5160206113215f395f51905f526108d560035f5160206113215f395f51905f52611301565b5f5160206113215f395f51905f528a8c090990505f5f5160206113215f395f51905f528a5f5160206113215f395f51905f528c8d090990505f5f5160206113215f395f51905f528a5f5160206113215f395f51905f528c8d090990505f5160206113215f395f51905f52805f5160206113215f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109c35f5160206113215f395f51905f52805f5160206113215f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610ee8565b93505050505f5f610a105f5160206113215f395f51905f52806109e8576109e86112ed565b5f5160206113215f395f51905f528586095f5160206113215f395f51905f5287880908610e86565b9050610a5b5f5160206113215f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113215f395f51905f5284880809610f00565b15915050610a6a838383610f48565b90935091508683148015610a7d57508186145b15610aa55780610a8d575f610a90565b60025b60ff1660028a901b175f179450879350610ae8565b610aae83610ee8565b87148015610ac35750610ac082610ee8565b86145b156107fb5780610ad3575f610ad6565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f0270673518378bde83a826b6b2e6fef79541d95313528de212d3b1a732feb6ac83527f2c98e9ed682430bf1970b8642e6efae8bc5c9e62c71c86869f3466879f19777060208401527f011e61b3e04586e18d5f4c73386e8b91c65988a5d9365c619f3fac7e3b8da35082527f21518087680fd7de19f1bdadbcc8ea5ec661f887122ed7eb0d23836fe8df5d396020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610c0e5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610c2757505f928392509050565b600183811c9250808416145f5160206113215f395f51905f528310610c5f57604051631ff3747d60e21b815260040160405180910390fd5b610c995f5160206113215f395f51905f5260035f5160206113215f395f51905f52865f5160206113215f395f51905f528889090908610e86565b91508015610c0e57610caa82610ee8565b915050915091565b5f80808085158015610cc2575084155b15610cd757505f925082915081905080610e7d565b600286811c945085935060018088161490808816145f5160206113215f395f51905f5286101580610d1557505f5160206113215f395f51905f528510155b15610d3357604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206113215f395f51905f52610d5a60035f5160206113215f395f51905f52611301565b5f5160206113215f395f51905f52888a090990505f5f5160206113215f395f51905f52885f5160206113215f395f51905f528a8b090990505f5f5160206113215f395f51905f52885f5160206113215f395f51905f528a8b090990505f5160206113215f395f51905f52805f5160206113215f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610e485f5160206113215f395f51905f52805f5160206113215f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610ee8565b9550610e55878786610f48565b90975095508415610e7757610e6987610ee8565b9650610e7486610ee8565b95505b50505050505b92959194509250565b5f610eb1827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611084565b9050815f5160206113215f395f51905f5282830914610ee357604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206113215f395f51905f529081900681030690565b5f5f610f2c837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611084565b9050825f5160206113215f395f51905f52828309149392505050565b5f8080610f775f5160206113215f395f51905f52808788095f5160206113215f395f51905f52898a0908610e86565b90508315610f8b57610f8881610ee8565b90505b610fd45f5160206113215f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113215f395f51905f52848a0809610e86565b92505f5160206113215f395f51905f52610ffe5f5160206113215f395f51905f52600286096110e7565b860991505f5160206113215f395f51905f526110295f5160206113215f395f51905f52848509610ee8565b5f5160206113215f395f51905f52858609088614158061105d57505f5160206113215f395f51905f52808385096002098514155b1561107b57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113215f395f51905f5260a082015260208160c08360055afa9051925090508061081457604051631ff3747d60e21b815260040160405180910390fd5b5f611112827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611084565b90505f5160206113215f395f51905f52818309600114610ee357604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f8401126111b0575f5ffd5b50813567ffffffffffffffff8111156111c7575f5ffd5b6020830191508360208285010111156111de575f5ffd5b9250929050565b5f5f602083850312156111f6575f5ffd5b823567ffffffffffffffff81111561120c575f5ffd5b611218858286016111a0565b90969095509350505050565b6080810181835f5b600481101561124b57815183526020928301929091019060010161122c565b50505092915050565b8060208101831015610816575f5ffd5b5f5f5f60408486031215611276575f5ffd5b833567ffffffffffffffff81111561128c575f5ffd5b611298868287016111a0565b90945092506112ac90508560208601611254565b90509250925092565b5f5f60a083850312156112c6575f5ffd5b60808301848111156112d6575f5ffd5b8392506112e38582611254565b9150509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561081657634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// GnarkSamplePlainVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkSamplePlainVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkSamplePlainVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkSamplePlainVerifier creates a new instance of GnarkSamplePlainVerifier.
func NewGnarkSamplePlainVerifier() *GnarkSamplePlainVerifier {
	parsed, err := GnarkSamplePlainVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkSamplePlainVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkSamplePlainVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkSamplePlainVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkSamplePlainVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := gnarkSamplePlainVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) []byte {
	enc, err := gnarkSamplePlainVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) ([]byte, error) {
	return gnarkSamplePlainVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := gnarkSamplePlainVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return gnarkSamplePlainVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkSamplePlainVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkSamplePlainVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkSamplePlainVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkSamplePlainVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkSamplePlainVerifierProofInvalid represents a ProofInvalid error raised by the GnarkSamplePlainVerifier contract.
type GnarkSamplePlainVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkSamplePlainVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) UnpackProofInvalidError(raw []byte) (*GnarkSamplePlainVerifierProofInvalid, error) {
	out := new(GnarkSamplePlainVerifierProofInvalid)
	if err := gnarkSamplePlainVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkSamplePlainVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkSamplePlainVerifier contract.
type GnarkSamplePlainVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkSamplePlainVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkSamplePlainVerifier *GnarkSamplePlainVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkSamplePlainVerifierPublicInputNotInField, error) {
	out := new(GnarkSamplePlainVerifierPublicInputNotInField)
	if err := gnarkSamplePlainVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
