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
	Bin: "0x6080604052348015600e575f5ffd5b506119118061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a3914610043578063317297ea1461006e5780638d8f8a5c14610083575b5f5ffd5b610056610051366004611640565b610096565b6040516100659392919061167f565b60405180910390f35b61008161007c3660046116f0565b610193565b005b610081610091366004611742565b61067a565b61009e611582565b6100a66115a0565b5f61018084146100f45760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b843560208601356101058282610ae7565b855250506060850135604086013560a0870135608088013561012984848484610bd4565b6020890152604088015260c0890135935060e0890135925061014b8484610ae7565b60608801526101008901359350610120890135925061016a8484610ae7565b8652610140890135935061016089013592506101868484610ae7565b9450505050509250925092565b61019b6115a0565b6101a36115be565b6101ab6115dc565b6101bb865f5b6020020135610ead565b602084015282525f806101cd87610ead565b85516020808801516040519496509294506060935f5160206118f15f395f51905f52936101ff939290918691016117d8565b604051602081830303815290604052805190602001205f1c610221919061180c565b865284518452602085810151858201527f230d436d3f2ac4f01c14ac28afeba943fb9b801e1b59564c41c47b79487736696040808701919091527e816e39ad96845ebbcd9f788de0af60ca38731650c3963de1a62418bbafaa8b60608701527f20706d80a581385f668c330dfb3c08d1e1f01a3c1dd085f5c19b1873fc45818860808701527f2b32af1cfb7658be96db6393f8ef6bc78bfbc74a7d559de38bb49f85c93b7bf160a087015260c0860185905260e086018490525f5160206118b15f395f51905f526101008701525f5160206118915f395f51905f526101208701527f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b6101408701527f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa610160870152515f91816101808860085afa90511690508061037f576040516351d49ff760e11b815260040160405180910390fd5b505050505f5f61039a895f600481106101b1576101b1611793565b90925090505f8080806103b560408e013560208f0135610f4c565b929650909450925090505f806103cc8f60036101b1565b915091505f5f6103dd8e8e8e611120565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f19e7e3ee96dc026d37de653420fe8769a495cc4dfb95f84f2029c98b450539226101008e01527f0bb9a7a83680515b0c59402d394033c5bb6834faa7f623486fe627a0e99a0f116101208e01527f1bdb5bc41392d314462a2f46b24e4a79c6fb85e76b084e5a86768f2a89241c846101408e01527f1b476620d6e5813841fe17643fa6662c27370ce9ac7e2b888da67f7c063e345a6101608e01527f0116cc12809c5dd5d3b40ce75c18c36a58a5e1a199f1dbf70bf7a6ce3dd4b8306101808e01527f2cd9a66d6b11096ac09f077530a05cbc6598b8eb4bc57568c0c783e6d396a1276101a08e01527f174527e4c5bc248c81bc9dc7c8ef87a4bf0cd09249c8ab30e9fa116ecfede2db6101c08e01527f2483891c9547a9c80b0bcfbc860636511801ba894ed79a0cd87234447ba96f996101e08e01527f08376a146a5ab8a4c25bb00b280c44c966b1d637c66963cdf74c9d0b80c0b5c36102008e01527f301a1a660da4f353cd28c30f96922d62c3a1fe037804466966aaef3110098a6f6102208e01526102408d018290526102608d018190525f5160206118b15f395f51905f526102808e01525f5160206118915f395f51905f526102a08e01527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08e01527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08e015290925090505f61062b6115a0565b6020816103008f60085afa915081158061064757508051600114155b1561066557604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050505050505050505050565b61018082146106c25760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100eb565b6106ca6115be565b6040610100850182376106db6115a0565b60605f6106ee610140610100888a61182b565b8360405160200161070193929190611852565b60408051601f1981840301815291905280516020820120909150610733905f5160206118f15f395f51905f529061180c565b835250604080515f91610100890182377f230d436d3f2ac4f01c14ac28afeba943fb9b801e1b59564c41c47b794877366960408201527e816e39ad96845ebbcd9f788de0af60ca38731650c3963de1a62418bbafaa8b60608201527f20706d80a581385f668c330dfb3c08d1e1f01a3c1dd085f5c19b1873fc45818860808201527f2b32af1cfb7658be96db6393f8ef6bc78bfbc74a7d559de38bb49f85c93b7bf160a08201526040610140890160c08301375f5160206118b15f395f51905f526101008201525f5160206118915f395f51905f526101208201527f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b6101408201527f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa6101608201526020816101808360085afa90511690508061088a576040516351d49ff760e11b815260040160405180910390fd5b5f5f610897878688611120565b915091506040516101008a82377f19e7e3ee96dc026d37de653420fe8769a495cc4dfb95f84f2029c98b450539226101008201527f0bb9a7a83680515b0c59402d394033c5bb6834faa7f623486fe627a0e99a0f116101208201527f1bdb5bc41392d314462a2f46b24e4a79c6fb85e76b084e5a86768f2a89241c846101408201527f1b476620d6e5813841fe17643fa6662c27370ce9ac7e2b888da67f7c063e345a6101608201527f0116cc12809c5dd5d3b40ce75c18c36a58a5e1a199f1dbf70bf7a6ce3dd4b8306101808201527f2cd9a66d6b11096ac09f077530a05cbc6598b8eb4bc57568c0c783e6d396a1276101a08201527f174527e4c5bc248c81bc9dc7c8ef87a4bf0cd09249c8ab30e9fa116ecfede2db6101c08201527f2483891c9547a9c80b0bcfbc860636511801ba894ed79a0cd87234447ba96f996101e08201527f08376a146a5ab8a4c25bb00b280c44c966b1d637c66963cdf74c9d0b80c0b5c36102008201527f301a1a660da4f353cd28c30f96922d62c3a1fe037804466966aaef3110098a6f61022082015282610240820152816102608201525f5160206118b15f395f51905f526102808201525f5160206118915f395f51905f526102a08201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e08201526020816103008360085afa905116925082610adc57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050565b5f5f5160206118d15f395f51905f5283101580610b1157505f5160206118d15f395f51905f528210155b15610b2f57604051631ff3747d60e21b815260040160405180910390fd5b82158015610b3b575081155b15610b4757505f610bce565b5f610b825f5160206118d15f395f51905f5260035f5160206118d15f395f51905f52875f5160206118d15f395f51905f52898a0909086112cc565b9050808303610b97575050600182901b610bce565b610ba08161132e565b8303610bb3575050600182811b17610bce565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206118d15f395f51905f5286101580610bff57505f5160206118d15f395f51905f528510155b80610c1757505f5160206118d15f395f51905f528410155b80610c2f57505f5160206118d15f395f51905f528310155b15610c4d57604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f03610c6457505f905080610ea4565b5f80805f5160206118d15f395f51905f52610c8d60035f5160206118d15f395f51905f52611871565b5f5160206118d15f395f51905f528a8c090990505f5f5160206118d15f395f51905f528a5f5160206118d15f395f51905f528c8d090990505f5f5160206118d15f395f51905f528a5f5160206118d15f395f51905f528c8d090990505f5160206118d15f395f51905f52805f5160206118d15f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610d7b5f5160206118d15f395f51905f52805f5160206118d15f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750861132e565b93505050505f5f610dc85f5160206118d15f395f51905f5280610da057610da06117f8565b5f5160206118d15f395f51905f528586095f5160206118d15f395f51905f52878809086112cc565b9050610e135f5160206118d15f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206118d15f395f51905f5284880809611346565b15915050610e2283838361138e565b90935091508683148015610e3557508186145b15610e5d5780610e45575f610e48565b60025b60ff1660028a901b175f179450879350610ea0565b610e668361132e565b87148015610e7b5750610e788261132e565b86145b15610bb35780610e8b575f610e8e565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f825f03610ec057505f928392509050565b600183811c9250808416145f5160206118d15f395f51905f528310610ef857604051631ff3747d60e21b815260040160405180910390fd5b610f325f5160206118d15f395f51905f5260035f5160206118d15f395f51905f52865f5160206118d15f395f51905f5288890909086112cc565b91508015610f4657610f438261132e565b91505b50915091565b5f80808085158015610f5c575084155b15610f7157505f925082915081905080611117565b600286811c945085935060018088161490808816145f5160206118d15f395f51905f5286101580610faf57505f5160206118d15f395f51905f528510155b15610fcd57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206118d15f395f51905f52610ff460035f5160206118d15f395f51905f52611871565b5f5160206118d15f395f51905f52888a090990505f5f5160206118d15f395f51905f52885f5160206118d15f395f51905f528a8b090990505f5f5160206118d15f395f51905f52885f5160206118d15f395f51905f528a8b090990505f5160206118d15f395f51905f52805f5160206118d15f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506110e25f5160206118d15f395f51905f52805f5160206118d15f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750861132e565b95506110ef87878661138e565b90975095508415611111576111038761132e565b965061110e8661132e565b95505b50505050505b92959194509250565b5f5f5f60019050604051604081015f7f1df686ec4a0d60c28646d0b0210bec473220eb145962dace8d2c0c5bb756978a83527f0aeaffb6b3a8a251c4c640fa37068129d9ea6e607d0d718c913a59ee844709b66020840152865182526020870151602083015260408360808560065afa841693507f0c01265a3f5e5a357756206a5f3a83fbf042fb9be284ad3675a979f48cb7afc182527f1df5ede778ad1e1d7388382f8d489a7606fbbcf87fe850ae06dfc7fea4d01b7f6020830152883590508060408301525f5160206118f15f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa7f2b228f2ffe14f8127f93192fddadfed4854c29181d90c8a2943dbe168dbb492583527f016f4e72645ad5705b90ff23387c80e928c2c0f7d234fe2054988f3709f4791f6020840152885160408085018290525f5160206118f15f395f51905f5290911091909516169390508160608160075afa831692505060408160808360065afa815160209092015191945090925016806112c35760405163a54f8e2760e01b815260040160405180910390fd5b50935093915050565b5f6112f7827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526114c1565b9050815f5160206118d15f395f51905f528283091461132957604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206118d15f395f51905f529081900681030690565b5f5f611372837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526114c1565b9050825f5160206118d15f395f51905f52828309149392505050565b5f80806113bd5f5160206118d15f395f51905f52808788095f5160206118d15f395f51905f52898a09086112cc565b905083156113d1576113ce8161132e565b90505b61141a5f5160206118d15f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206118d15f395f51905f52848a08096112cc565b92505f5160206118d15f395f51905f526114445f5160206118d15f395f51905f5260028609611524565b860991505f5160206118d15f395f51905f5261146f5f5160206118d15f395f51905f5284850961132e565b5f5160206118d15f395f51905f5285860908861415806114a357505f5160206118d15f395f51905f52808385096002098514155b156112c357604051631ff3747d60e21b815260040160405180910390fd5b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206118d15f395f51905f5260a082015260208160c08360055afa90519250905080610bcc57604051631ff3747d60e21b815260040160405180910390fd5b5f61154f827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd456114c1565b90505f5160206118d15f395f51905f5281830960011461132957604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b5f5f83601f84011261160b575f5ffd5b50813567ffffffffffffffff811115611622575f5ffd5b602083019150836020828501011115611639575f5ffd5b9250929050565b5f5f60208385031215611651575f5ffd5b823567ffffffffffffffff811115611667575f5ffd5b611673858286016115fb565b90969095509350505050565b60c0810181855f5b60048110156116a6578151835260209283019290910190600101611687565b50505060808201845f5b60018110156116cf5781518352602092830192909101906001016116b0565b5050508260a0830152949350505050565b8060208101831015610bce575f5ffd5b5f5f5f5f60e08587031215611703575f5ffd5b6080850186811115611713575f5ffd5b85945061172087826116e0565b93505060a085013591506117378660c087016116e0565b905092959194509250565b5f5f5f60408486031215611754575f5ffd5b833567ffffffffffffffff81111561176a575f5ffd5b611776868287016115fb565b909450925061178a905085602086016116e0565b90509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f8151602083015f5b828110156117ce5781518652602095860195909101906001016117b0565b5093949350505050565b8381528260208201525f6117ef60408301846117a7565b95945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261182657634e487b7160e01b5f52601260045260245ffd5b500690565b5f5f85851115611839575f5ffd5b83861115611845575f5ffd5b5050820193919092039150565b828482375f8382015f815261186781856117a7565b9695505050505050565b81810381811115610bce57634e487b7160e01b5f52601160045260245ffdfe1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c230644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
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
