// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gnarkcommitverifier

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

// GnarkSampleCommitVerifierMetaData contains all meta data concerning the GnarkSampleCommitVerifier contract.
var GnarkSampleCommitVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"compressProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"compressed\",\"type\":\"uint256[4]\",\"internalType\":\"uint256[4]\"},{\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\",\"internalType\":\"uint256[1]\"},{\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyCompressedProof\",\"inputs\":[{\"name\":\"compressedProof\",\"type\":\"uint256[4]\",\"internalType\":\"uint256[4]\"},{\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\",\"internalType\":\"uint256[1]\"},{\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"input\",\"type\":\"uint256[1]\",\"internalType\":\"uint256[1]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"input\",\"type\":\"uint256[1]\",\"internalType\":\"uint256[1]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"CommitmentInvalid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ProofInvalid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PublicInputNotInField\",\"inputs\":[]}]",
	ID:  "GnarkSampleCommitVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506119138061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a3914610043578063317297ea1461006e5780638d8f8a5c14610083575b5f5ffd5b610056610051366004611642565b610096565b60405161006593929190611681565b60405180910390f35b61008161007c3660046116f2565b610193565b005b610081610091366004611744565b61067b565b61009e611584565b6100a66115a2565b5f61018084146100f45760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b843560208601356101058282610ae9565b855250506060850135604086013560a0870135608088013561012984848484610bd6565b6020890152604088015260c0890135935060e0890135925061014b8484610ae9565b60608801526101008901359350610120890135925061016a8484610ae9565b8652610140890135935061016089013592506101868484610ae9565b9450505050509250925092565b61019b6115a2565b6101a36115c0565b6101ab6115de565b6101bb865f5b6020020135610eaf565b602084015282525f806101cd87610eaf565b85516020808801516040519496509294506060935f5160206118f35f395f51905f52936101ff939290918691016117da565b604051602081830303815290604052805190602001205f1c610221919061180e565b865284518452602085810151858201527f2472907c90311c9e0576ae8438e119d638dbf14a58baaecd5fa604a2c40d7b686040808701919091527f1c859ba0f266e7c0bc10bcf9bea3dba5c9b0fb574bc5cbda857439653bf9269360608701527f10c0627d7db2556ecf0a65cd8f694f443053bd01799e59993651044dad9935f060808701527f108cca7b569d837cfb3dcd780274b88373cbd64932842ff59a506e991a24d03b60a087015260c0860185905260e086018490525f5160206118b35f395f51905f526101008701525f5160206118935f395f51905f526101208701527f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b6101408701527f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa610160870152515f91816101808860085afa905116905080610380576040516351d49ff760e11b815260040160405180910390fd5b505050505f5f61039b895f600481106101b1576101b1611795565b90925090505f8080806103b660408e013560208f0135610f4e565b929650909450925090505f806103cd8f60036101b1565b915091505f5f6103de8e8e8e611122565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f079c6f8e38a8a44d5a5941ab3b2a09853037b3ac079964e4ed766b92897b58266101008e01527f26401e0ba01bddb21fef5723675b0f395adf8030501b4d606262cc21171ba2fc6101208e01527f135e754c6a5fac8de9b546e284c5fd15d71ee26789d6047aff5e2660af4ccb3d6101408e01527f0f0ddfc876b326c627b5cbae65a038963b3886fb01a44c1bf1f2edfaa165ce526101608e01527f06a6f67a579f5a0279171e470509c0937b20f7647b0ff9d24e441fa68072125c6101808e01527f23e697f7eba75c81f6b85ff6b4e628bf63c935b256ef269924a35132598c78386101a08e01527f29f10c1be5bea670b0cfedb71160fb26e390d53d78f6beea52bf7243c2fddd466101c08e01527f1ffa3c9f07bf16fc5bec43e3a3864061769dfc0e3f0d3fb32efd624abd0ecafd6101e08e01527f2f05967cb081720ad2d570e6159bb123b514610d9e283af2e9a0d51b55b847826102008e01527f13e30a016ec316f5bc2fe0623517e136c52e758ba6067e74c9a511a03ac0e9a26102208e01526102408d018290526102608d018190525f5160206118b35f395f51905f526102808e01525f5160206118935f395f51905f526102a08e01527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08e01527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08e015290925090505f61062c6115a2565b6020816103008f60085afa915081158061064857508051600114155b1561066657604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050505050505050505050565b61018082146106c35760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100eb565b6106cb6115c0565b6040610100850182376106dc6115a2565b60605f6106ef610140610100888a61182d565b8360405160200161070293929190611854565b60408051601f1981840301815291905280516020820120909150610734905f5160206118f35f395f51905f529061180e565b835250604080515f91610100890182377f2472907c90311c9e0576ae8438e119d638dbf14a58baaecd5fa604a2c40d7b6860408201527f1c859ba0f266e7c0bc10bcf9bea3dba5c9b0fb574bc5cbda857439653bf9269360608201527f10c0627d7db2556ecf0a65cd8f694f443053bd01799e59993651044dad9935f060808201527f108cca7b569d837cfb3dcd780274b88373cbd64932842ff59a506e991a24d03b60a08201526040610140890160c08301375f5160206118b35f395f51905f526101008201525f5160206118935f395f51905f526101208201527f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b6101408201527f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa6101608201526020816101808360085afa90511690508061088c576040516351d49ff760e11b815260040160405180910390fd5b5f5f610899878688611122565b915091506040516101008a82377f079c6f8e38a8a44d5a5941ab3b2a09853037b3ac079964e4ed766b92897b58266101008201527f26401e0ba01bddb21fef5723675b0f395adf8030501b4d606262cc21171ba2fc6101208201527f135e754c6a5fac8de9b546e284c5fd15d71ee26789d6047aff5e2660af4ccb3d6101408201527f0f0ddfc876b326c627b5cbae65a038963b3886fb01a44c1bf1f2edfaa165ce526101608201527f06a6f67a579f5a0279171e470509c0937b20f7647b0ff9d24e441fa68072125c6101808201527f23e697f7eba75c81f6b85ff6b4e628bf63c935b256ef269924a35132598c78386101a08201527f29f10c1be5bea670b0cfedb71160fb26e390d53d78f6beea52bf7243c2fddd466101c08201527f1ffa3c9f07bf16fc5bec43e3a3864061769dfc0e3f0d3fb32efd624abd0ecafd6101e08201527f2f05967cb081720ad2d570e6159bb123b514610d9e283af2e9a0d51b55b847826102008201527f13e30a016ec316f5bc2fe0623517e136c52e758ba6067e74c9a511a03ac0e9a261022082015282610240820152816102608201525f5160206118b35f395f51905f526102808201525f5160206118935f395f51905f526102a08201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08201526020816103008360085afa905116925082610ade57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050565b5f5f5160206118d35f395f51905f5283101580610b1357505f5160206118d35f395f51905f528210155b15610b3157604051631ff3747d60e21b815260040160405180910390fd5b82158015610b3d575081155b15610b4957505f610bd0565b5f610b845f5160206118d35f395f51905f5260035f5160206118d35f395f51905f52875f5160206118d35f395f51905f52898a0909086112ce565b9050808303610b99575050600182901b610bd0565b610ba281611330565b8303610bb5575050600182811b17610bd0565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206118d35f395f51905f5286101580610c0157505f5160206118d35f395f51905f528510155b80610c1957505f5160206118d35f395f51905f528410155b80610c3157505f5160206118d35f395f51905f528310155b15610c4f57604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f03610c6657505f905080610ea6565b5f80805f5160206118d35f395f51905f52610c8f60035f5160206118d35f395f51905f52611873565b5f5160206118d35f395f51905f528a8c090990505f5f5160206118d35f395f51905f528a5f5160206118d35f395f51905f528c8d090990505f5f5160206118d35f395f51905f528a5f5160206118d35f395f51905f528c8d090990505f5160206118d35f395f51905f52805f5160206118d35f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610d7d5f5160206118d35f395f51905f52805f5160206118d35f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611330565b93505050505f5f610dca5f5160206118d35f395f51905f5280610da257610da26117fa565b5f5160206118d35f395f51905f528586095f5160206118d35f395f51905f52878809086112ce565b9050610e155f5160206118d35f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206118d35f395f51905f5284880809611348565b15915050610e24838383611390565b90935091508683148015610e3757508186145b15610e5f5780610e47575f610e4a565b60025b60ff1660028a901b175f179450879350610ea2565b610e6883611330565b87148015610e7d5750610e7a82611330565b86145b15610bb55780610e8d575f610e90565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f825f03610ec257505f928392509050565b600183811c9250808416145f5160206118d35f395f51905f528310610efa57604051631ff3747d60e21b815260040160405180910390fd5b610f345f5160206118d35f395f51905f5260035f5160206118d35f395f51905f52865f5160206118d35f395f51905f5288890909086112ce565b91508015610f4857610f4582611330565b91505b50915091565b5f80808085158015610f5e575084155b15610f7357505f925082915081905080611119565b600286811c945085935060018088161490808816145f5160206118d35f395f51905f5286101580610fb157505f5160206118d35f395f51905f528510155b15610fcf57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206118d35f395f51905f52610ff660035f5160206118d35f395f51905f52611873565b5f5160206118d35f395f51905f52888a090990505f5f5160206118d35f395f51905f52885f5160206118d35f395f51905f528a8b090990505f5f5160206118d35f395f51905f52885f5160206118d35f395f51905f528a8b090990505f5160206118d35f395f51905f52805f5160206118d35f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506110e45f5160206118d35f395f51905f52805f5160206118d35f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611330565b95506110f1878786611390565b909750955084156111135761110587611330565b965061111086611330565b95505b50505050505b92959194509250565b5f5f5f60019050604051604081015f7f042e5f01feecded6c4b2bf6c035bca4d90db012c4fe53cebf79654a0198abec583527f0a1e67738d5e41c73dcc5f6a3eb3f3b17ebafb3ae1e87d6286eaf7e4eb89b8c66020840152865182526020870151602083015260408360808560065afa841693507f1ee719a605e8b2ef1bd89c133f4e64ba4e4ce1ce402f2946e04fa32cf1b2867f82527f2bd66d5ed91c2a4fca055f5638f18a645f5f2c25279b52321d4e00cbdce6b6176020830152883590508060408301525f5160206118f35f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa7f0f2198e867563e6711eb6ed67ac8f1dd6d23c50084d3e8da6a23b709530c632583527f1a1900b3ad207e30f1733d3a952b522ffe7ee9418f32c5388b77dfcd1065d3306020840152885160408085018290525f5160206118f35f395f51905f5290911091909516169390508160608160075afa831692505060408160808360065afa815160209092015191945090925016806112c55760405163a54f8e2760e01b815260040160405180910390fd5b50935093915050565b5f6112f9827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526114c3565b9050815f5160206118d35f395f51905f528283091461132b57604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206118d35f395f51905f529081900681030690565b5f5f611374837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526114c3565b9050825f5160206118d35f395f51905f52828309149392505050565b5f80806113bf5f5160206118d35f395f51905f52808788095f5160206118d35f395f51905f52898a09086112ce565b905083156113d3576113d081611330565b90505b61141c5f5160206118d35f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206118d35f395f51905f52848a08096112ce565b92505f5160206118d35f395f51905f526114465f5160206118d35f395f51905f5260028609611526565b860991505f5160206118d35f395f51905f526114715f5160206118d35f395f51905f52848509611330565b5f5160206118d35f395f51905f5285860908861415806114a557505f5160206118d35f395f51905f52808385096002098514155b156112c557604051631ff3747d60e21b815260040160405180910390fd5b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206118d35f395f51905f5260a082015260208160c08360055afa90519250905080610bce57604051631ff3747d60e21b815260040160405180910390fd5b5f611551827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd456114c3565b90505f5160206118d35f395f51905f5281830960011461132b57604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b5f5f83601f84011261160d575f5ffd5b50813567ffffffffffffffff811115611624575f5ffd5b60208301915083602082850101111561163b575f5ffd5b9250929050565b5f5f60208385031215611653575f5ffd5b823567ffffffffffffffff811115611669575f5ffd5b611675858286016115fd565b90969095509350505050565b60c0810181855f5b60048110156116a8578151835260209283019290910190600101611689565b50505060808201845f5b60018110156116d15781518352602092830192909101906001016116b2565b5050508260a0830152949350505050565b8060208101831015610bd0575f5ffd5b5f5f5f5f60e08587031215611705575f5ffd5b6080850186811115611715575f5ffd5b85945061172287826116e2565b93505060a085013591506117398660c087016116e2565b905092959194509250565b5f5f5f60408486031215611756575f5ffd5b833567ffffffffffffffff81111561176c575f5ffd5b611778868287016115fd565b909450925061178c905085602086016116e2565b90509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f8151602083015f5b828110156117d05781518652602095860195909101906001016117b2565b5093949350505050565b8381528260208201525f6117f160408301846117a9565b95945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261182857634e487b7160e01b5f52601260045260245ffd5b500690565b5f5f8585111561183b575f5ffd5b83861115611847575f5ffd5b5050820193919092039150565b828482375f8382015f815261186981856117a9565b9695505050505050565b81810381811115610bd057634e487b7160e01b5f52601160045260245ffdfe1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c230644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// GnarkSampleCommitVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkSampleCommitVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkSampleCommitVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkSampleCommitVerifier creates a new instance of GnarkSampleCommitVerifier.
func NewGnarkSampleCommitVerifier() *GnarkSampleCommitVerifier {
	parsed, err := GnarkSampleCommitVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkSampleCommitVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkSampleCommitVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkSampleCommitVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkSampleCommitVerifier.abi.Pack("compressProof", proof)
}

// CompressProofOutput serves as a container for the return parameters of contract
// method CompressProof.
type CompressProofOutput struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) UnpackCompressProof(data []byte) (CompressProofOutput, error) {
	out, err := gnarkSampleCommitVerifier.abi.Unpack("compressProof", data)
	outstruct := new(CompressProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x317297ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[1] input) view returns()
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [1]*big.Int) []byte {
	enc, err := gnarkSampleCommitVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x317297ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[1] input) view returns()
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [1]*big.Int) ([]byte, error) {
	return gnarkSampleCommitVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := gnarkSampleCommitVerifier.abi.Pack("verifyProof", proof, input)
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
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return gnarkSampleCommitVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkSampleCommitVerifier.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return gnarkSampleCommitVerifier.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkSampleCommitVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkSampleCommitVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkSampleCommitVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkSampleCommitVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkSampleCommitVerifierCommitmentInvalid represents a CommitmentInvalid error raised by the GnarkSampleCommitVerifier contract.
type GnarkSampleCommitVerifierCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func GnarkSampleCommitVerifierCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) UnpackCommitmentInvalidError(raw []byte) (*GnarkSampleCommitVerifierCommitmentInvalid, error) {
	out := new(GnarkSampleCommitVerifierCommitmentInvalid)
	if err := gnarkSampleCommitVerifier.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkSampleCommitVerifierProofInvalid represents a ProofInvalid error raised by the GnarkSampleCommitVerifier contract.
type GnarkSampleCommitVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkSampleCommitVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) UnpackProofInvalidError(raw []byte) (*GnarkSampleCommitVerifierProofInvalid, error) {
	out := new(GnarkSampleCommitVerifierProofInvalid)
	if err := gnarkSampleCommitVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkSampleCommitVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkSampleCommitVerifier contract.
type GnarkSampleCommitVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkSampleCommitVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkSampleCommitVerifier *GnarkSampleCommitVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkSampleCommitVerifierPublicInputNotInField, error) {
	out := new(GnarkSampleCommitVerifierPublicInputNotInField)
	if err := gnarkSampleCommitVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
