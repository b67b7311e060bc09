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
	Bin: "0x6080604052348015600e575f5ffd5b506113438061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780638d8f8a5c1461006c578063ce6c832c14610081575b5f5ffd5b6100566100513660046111e7565b610094565b6040516100639190611226565b60405180910390f35b61007f61007a366004611266565b610150565b005b61007f61008f3660046112b7565b610417565b61009c611147565b61010082146100e95760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356100fa8282610731565b835250506060830135604084013560a0850135608086013561011e8484848461081e565b6020870152604086015260c0870135935060e087013592506101408484610731565b6060860152509295945050505050565b61010082146101985760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100e0565b5f5f6101a383610af7565b915091505f6040516101008782377f20f9a4778e215100a0576fc00ecc9be7f43163520036dc6d8f8fd1b164cab6866101008201527f1eb8586227261cb0d641ffe4b4bf1258738530cc0ca3d405171c862819c791e16101208201527f1b4dfc8bb582d748cbe47cdeef983aa7ec4015e78549f65265258d07f426e0f16101408201527f2bac8d39a6df964e9f3943c8c9abd2d4425d9396db5dfa3388738b8b6ecb4b756101608201527f165992b26258db7e34ead35e2bfb157852955a37d24ee00c9e36496765e7025e6101808201527f2b783762ed34df49778bd830298519efc76f525ca27c751739f14151d1e50d8b6101a08201527f0947777bd1f1741f0d9a14071afffee686a92fb88b506401007bcf98ab39d29a6101c08201527f1a859d7c2af1f61625ba5f3e2438b0cc893778e9dea361b98f93410534e416ba6101e08201527f2530431fb476eac23d6dc1ac2501c64a5aa96e68f571c2415bbd16d01a9b8afc6102008201527f1b88fa571d0b4f6efc5eae500a0db6192d2baaf2fc58cf3140a8f6504bdda4a861022082015283610240820152826102608201527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26102808201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6102a08201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08201526020816103008360085afa90511690508061040f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61041f611165565b5f8061043185825b6020020135610c16565b90925090505f80808061044c60408a013560208b0135610cb4565b929650909450925090505f806104638b6003610427565b915091505f5f6104728c610af7565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f20f9a4778e215100a0576fc00ecc9be7f43163520036dc6d8f8fd1b164cab6866101008e01527f1eb8586227261cb0d641ffe4b4bf1258738530cc0ca3d405171c862819c791e16101208e01527f1b4dfc8bb582d748cbe47cdeef983aa7ec4015e78549f65265258d07f426e0f16101408e01527f2bac8d39a6df964e9f3943c8c9abd2d4425d9396db5dfa3388738b8b6ecb4b756101608e01527f165992b26258db7e34ead35e2bfb157852955a37d24ee00c9e36496765e7025e6101808e01527f2b783762ed34df49778bd830298519efc76f525ca27c751739f14151d1e50d8b6101a08e01527f0947777bd1f1741f0d9a14071afffee686a92fb88b506401007bcf98ab39d29a6101c08e01527f1a859d7c2af1f61625ba5f3e2438b0cc893778e9dea361b98f93410534e416ba6101e08e01527f2530431fb476eac23d6dc1ac2501c64a5aa96e68f571c2415bbd16d01a9b8afc6102008e01527f1b88fa571d0b4f6efc5eae500a0db6192d2baaf2fc58cf3140a8f6504bdda4a86102208e01526102408d018290526102608d018190527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26102808e01527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6102a08e01527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08e01527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08e015290925090505f6106e6611184565b6020816103008f60085afa915081158061070257508051600114155b1561072057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206113235f395f51905f528310158061075b57505f5160206113235f395f51905f528210155b1561077957604051631ff3747d60e21b815260040160405180910390fd5b82158015610785575081155b1561079157505f610818565b5f6107cc5f5160206113235f395f51905f5260035f5160206113235f395f51905f52875f5160206113235f395f51905f52898a090908610e88565b90508083036107e1575050600182901b610818565b6107ea81610eea565b83036107fd575050600182811b17610818565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206113235f395f51905f528610158061084957505f5160206113235f395f51905f528510155b8061086157505f5160206113235f395f51905f528410155b8061087957505f5160206113235f395f51905f528310155b1561089757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ae57505f905080610aee565b5f80805f5160206113235f395f51905f526108d760035f5160206113235f395f51905f52611303565b5f5160206113235f395f51905f528a8c090990505f5f5160206113235f395f51905f528a5f5160206113235f395f51905f528c8d090990505f5f5160206113235f395f51905f528a5f5160206113235f395f51905f528c8d090990505f5160206113235f395f51905f52805f5160206113235f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109c55f5160206113235f395f51905f52805f5160206113235f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610eea565b93505050505f5f610a125f5160206113235f395f51905f52806109ea576109ea6112ef565b5f5160206113235f395f51905f528586095f5160206113235f395f51905f5287880908610e88565b9050610a5d5f5160206113235f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113235f395f51905f5284880809610f02565b15915050610a6c838383610f4a565b90935091508683148015610a7f57508186145b15610aa75780610a8f575f610a92565b60025b60ff1660028a901b175f179450879350610aea565b610ab083610eea565b87148015610ac55750610ac282610eea565b86145b156107fd5780610ad5575f610ad8565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f15d278e06a0102bc2c4c17b03358bb567a9dd92a3b470962ad2319b3edef8d9583527f274d5f6b6708441e9f4b0f42d14ea0c08e3bdabb701ca1f8e2703f1a52fb6d1460208401527f2286778179c49ee450392f833fc729e9eb6cfe1e5336fa593097a0f6d96c2e4082527f06237dac26f833b6f600269c5dea143ad2c19b62e2074f5a4148a9bb8243d1f16020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610c105760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610c2957505f928392509050565b600183811c9250808416145f5160206113235f395f51905f528310610c6157604051631ff3747d60e21b815260040160405180910390fd5b610c9b5f5160206113235f395f51905f5260035f5160206113235f395f51905f52865f5160206113235f395f51905f528889090908610e88565b91508015610c1057610cac82610eea565b915050915091565b5f80808085158015610cc4575084155b15610cd957505f925082915081905080610e7f565b600286811c945085935060018088161490808816145f5160206113235f395f51905f5286101580610d1757505f5160206113235f395f51905f528510155b15610d3557604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206113235f395f51905f52610d5c60035f5160206113235f395f51905f52611303565b5f5160206113235f395f51905f52888a090990505f5f5160206113235f395f51905f52885f5160206113235f395f51905f528a8b090990505f5f5160206113235f395f51905f52885f5160206113235f395f51905f528a8b090990505f5160206113235f395f51905f52805f5160206113235f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610e4a5f5160206113235f395f51905f52805f5160206113235f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610eea565b9550610e57878786610f4a565b90975095508415610e7957610e6b87610eea565b9650610e7686610eea565b95505b50505050505b92959194509250565b5f610eb3827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611086565b9050815f5160206113235f395f51905f5282830914610ee557604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206113235f395f51905f529081900681030690565b5f5f610f2e837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611086565b9050825f5160206113235f395f51905f52828309149392505050565b5f8080610f795f5160206113235f395f51905f52808788095f5160206113235f395f51905f52898a0908610e88565b90508315610f8d57610f8a81610eea565b90505b610fd65f5160206113235f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113235f395f51905f52848a0809610e88565b92505f5160206113235f395f51905f526110005f5160206113235f395f51905f52600286096110e9565b860991505f5160206113235f395f51905f5261102b5f5160206113235f395f51905f52848509610eea565b5f5160206113235f395f51905f52858609088614158061105f57505f5160206113235f395f51905f52808385096002098514155b1561107d57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113235f395f51905f5260a082015260208160c08360055afa9051925090508061081657604051631ff3747d60e21b815260040160405180910390fd5b5f611114827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611086565b90505f5160206113235f395f51905f52818309600114610ee557604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f8401126111b2575f5ffd5b50813567ffffffffffffffff8111156111c9575f5ffd5b6020830191508360208285010111156111e0575f5ffd5b9250929050565b5f5f602083850312156111f8575f5ffd5b823567ffffffffffffffff81111561120e575f5ffd5b61121a858286016111a2565b90969095509350505050565b6080810181835f5b600481101561124d57815183526020928301929091019060010161122e565b50505092915050565b8060208101831015610818575f5ffd5b5f5f5f60408486031215611278575f5ffd5b833567ffffffffffffffff81111561128e575f5ffd5b61129a868287016111a2565b90945092506112ae90508560208601611256565b90509250925092565b5f5f60a083850312156112c8575f5ffd5b60808301848111156112d8575f5ffd5b8392506112e58582611256565b9150509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561081857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
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
