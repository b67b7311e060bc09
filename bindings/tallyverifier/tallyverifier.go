// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package tallyverifier

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

// ISettlementBallotLeaf is an auto generated low-level Go binding around an user-defined struct.
type ISettlementBallotLeaf struct {
	Index      uint32
	Voter      common.Address
	Votes      []int64
	Cumulative []*big.Int
	R          [32]byte
	S          [32]byte
	V          uint8
}

// TallyVerifierMetaData contains all meta data concerning the TallyVerifier contract.
var TallyVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"MAX_PROPOSALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ONE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ballotDigest\",\"inputs\":[{\"name\":\"domainSeparator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"session\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"ballotFault\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.Fault\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ballotLeafHash\",\"inputs\":[{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"checkRevealed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkTally\",\"inputs\":[{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"ballotCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"outcome\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"duplicateFault\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"aProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"b\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"bProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.Fault\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"evaluationDigest\",\"inputs\":[{\"name\":\"domainSeparator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"session\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"evaluator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"score\",\"type\":\"int64\",\"internalType\":\"int64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"powBatchDigest\",\"inputs\":[{\"name\":\"domainSeparator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonces\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"distances\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"proposalDigest\",\"inputs\":[{\"name\":\"domainSeparator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"session\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"author\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"proposalFault\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"p\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.Fault\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepFault\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"prev\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"prevProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"cur\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"curProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.Fault\"}],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"Settlement_BadIndex\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadResult\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoFraud\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotInTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_ResultMismatch\",\"inputs\":[]}]",
	ID:  "TallyVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b5061230e8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806391751c1311610088578063b2df32c511610063578063b2df32c5146101a1578063c2ee3a08146101b4578063d1fe9c84146101c3578063d726b8ab146101d6575f5ffd5b806391751c13146101735780639b21e49c1461017b578063ac7383df1461018e575f5ffd5b806308fb648f146100cf57806326837e3d146100f85780632b95664214610119578063440fa7661461013a5780635e3e6c791461014d578063613bbb0e14610160575b5f5ffd5b6100e26100dd3660046113c6565b6101eb565b6040516100ef91906114a3565b60405180910390f35b61010b610106366004611506565b610321565b6040516100ef929190611544565b61012c6101273660046115c1565b610556565b6040519081526020016100ef565b61012c61014836600461166a565b610594565b6100e261015b3660046116c9565b6105b3565b6100e261016e366004611723565b610684565b61012c604081565b61012c61018936600461181c565b610726565b6100e261019c366004611892565b610738565b61012c6101af366004611914565b610a20565b61012c670de0b6b3a764000081565b61012c6101d136600461194d565b610a30565b6101e96101e436600461199b565b610a41565b005b60405163379607f560e01b8152600481018890525f908190339063379607f5906024016102c060405180830381865afa15801561022a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061024e9190611b62565b6101c0015190506102626020860186611cf0565b63ffffffff1661027560208a018a611cf0565b63ffffffff1614610299576040516331e874fd60e11b815260040160405180910390fd5b5f6102a389610b5f565b90505f6102af87610b5f565b90508082036102d157604051635ed8729560e11b815260040160405180910390fd5b6102dd89898585610c06565b15806102f257506102f086868584610c06565b155b156103105760405163059946e760e41b815260040160405180910390fd5b5060099a9950505050505050505050565b5f60608161033184860186611e47565b6080810151519091508015806103475750604081115b806103575750808260a001515114155b8061036c5750808260c0015163ffffffff1610155b1561038a5760405163df69b33360e01b815260040160405180910390fd5b5f8260a001518360c0015163ffffffff16815181106103ab576103ab611f29565b602002602001015190505f5f5f90505b8381101561044e575f8560a0015182815181106103da576103da611f29565b602002602001015190508381138061040557508560c0015163ffffffff168210801561040557508381145b156104235760405163df69b33360e01b815260040160405180910390fd5b5f81126104305780610439565b61043981611f51565b6104439084611f6b565b9250506001016103bb565b506040840151955063ffffffff861615801561046957508015155b156104875760405163df69b33360e01b815260040160405180910390fd5b60605f821561052557604080516001808252818301909252906020808301908036833701905050915085608001518660c0015163ffffffff16815181106104d0576104d0611f29565b60200260200101515f0151825f815181106104ed576104ed611f29565b6001600160a01b039092166020928302919091019091015282610518670de0b6b3a764000086611f7e565b6105229190611fad565b90505b8181604051602001610538929190611fe5565b60405160208183030381529060405296505050505050509250929050565b5f61058888610569898989898989610c1d565b60405161190160f01b8152600281019290925260228201526042902090565b98975050505050505050565b5f6105a6876105698888888888610cf0565b90505b9695505050505050565b5f5f5f6105c1878787610d73565b915091508060800151518463ffffffff16106105f0576040516331e874fd60e11b815260040160405180910390fd5b5f81608001518563ffffffff168151811061060d5761060d611f29565b602002602001015190505f61063a845f015161056986604001518660200151865f01518760200151610f57565b905061065881835f0151846080015185604001518660600151610fce565b1561067657604051635ed8729560e11b815260040160405180910390fd5b505f98975050505050505050565b5f5f5f6106928c8c8c610d73565b90925090506106a460208a018a611cf0565b6106b59063ffffffff166001611f6b565b6106c26020880188611cf0565b63ffffffff16146106e6576040516331e874fd60e11b815260040160405180910390fd5b6106f6826020015189898c61101f565b610706826020015186868961101f565b6107168160a00151518a88611056565b9c9b505050505050505050505050565b5f6105a68761056988888888886111af565b5f5f5f610746898989610d73565b9150915061075a826020015186868961101f565b60a081015151604082015163ffffffff166107786020890189611cf0565b63ffffffff161061078f57600493505050506105a9565b8061079d604089018961203a565b90501415806107ba5750806107b5606089018961203a565b905014155b156107cb57600293505050506105a9565b5f610805845f0151610569866040015186602001518c60200160208101906107f3919061207f565b61080060408f018f61203a565b6111af565b905061083a8161081b60408b0160208c0161207f565b61082b60e08c0160c08d0161209a565b8b608001358c60a00135610fce565b61084b5760019450505050506105a9565b5f805b838110156108ad575f61086460408c018c61203a565b8381811061087457610874611f29565b905060200201602081019061088991906120b5565b60070b90506108988180611f7e565b6108a29084611f6b565b92505060010161084e565b5083606001516001600160401b03168111156108d1576003955050505050506105a9565b6108de60208a018a611cf0565b63ffffffff165f0361096b575f5b838110156109695761090160408b018b61203a565b8281811061091157610911611f29565b905060200201602081019061092691906120b5565b60070b61093660608c018c61203a565b8381811061094657610946611f29565b905060200201351461096157600596505050505050506105a9565b6001016108ec565b505b6001846040015161097c91906120ce565b63ffffffff1661098f60208b018b611cf0565b63ffffffff1603610a07575f5b83811015610a05578460a0015181815181106109ba576109ba611f29565b60200260200101518a80606001906109d2919061203a565b838181106109e2576109e2611f29565b90506020020135146109fd57600696505050505050506105a9565b60010161099c565b505b604051635ed8729560e11b815260040160405180910390fd5b5f610a2a82610b5f565b92915050565b5f6105a98661056987878787610f57565b60405163d845a4b360e01b8152600481018590525f90339063d845a4b39060240160c060405180830381865afa158015610a7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aa191906120ea565b604081015190915063ffffffff16610abc6020860186611cf0565b63ffffffff1614610ae0576040516331e874fd60e11b815260040160405180910390fd5b805160405163379607f560e01b8152610b5891339163379607f591610b0b9160040190815260200190565b6102c060405180830381865afa158015610b27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4b9190611b62565b6101c0015184848761101f565b5050505050565b5f6001610b6f6020840184611cf0565b610b7f604085016020860161207f565b610b8c604086018661203a565b610b99606088018861203a565b608089013560a08a0135610bb360e08c0160c08d0161209a565b604051602001610bcc9a999897969594939291906121a3565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050919050565b5f82610c13868685611237565b1495945050505050565b5f7f3045237975f6170ed11a270c93f72161755f752d3c2e7b3b8eb593509b4183ff87878787604051602001610c54929190612246565b604051602081830303815290604052805190602001208686604051602001610c7d929190612287565b60408051601f198184030181528282528051602091820120908301969096526001600160401b03909416938101939093526001600160a01b039091166060830152608082015260a081019190915260c0016040516020818303038152906040528051906020012090509695505050505050565b604080517f08d6d41a02096d93bf5338147df6bcbcf7e021040b419867b6c353ebd605a8c8602082015290810186905263ffffffff851660608201526001600160a01b038416608082015260a08101839052600782900b60c08201525f9060e0015b60405160208183030381529060405280519060200120905095945050505050565b610d9460405180606001604052805f81526020015f81526020015f81525090565b6040805160e0810182525f8082526020820181905291810182905260608082018390526080820181905260a082015260c081019190915260405163379607f560e01b8152600481018690525f90339063379607f5906024016102c060405180830381865afa158015610e08573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e2c9190611b62565b9050806101e001518585604051610e449291906122ba565b604051809103902014610e6a576040516373a4b6df60e01b815260040160405180910390fd5b610e7684860186611e47565b91506040518060600160405280336001600160a01b031663f698da256040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ebf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ee391906122c9565b8152602001826101c001518152602001610f498360c00151846101a00151865f0151604080516001600160a01b0385166020820152908101839052606081018290525f906080016040516020818303038152906040528051906020012090509392505050565b815250925050935093915050565b604080517f773a4f10ebfa3428652592f2fb34ce7b5534f0afd484ec44246db270c16e99da602082015290810185905263ffffffff841660608201526001600160a01b038316608082015260a081018290525f9060c001604051602081830303815290604052805190602001209050949350505050565b5f5f5f610fdd88878787611278565b5090925090505f816003811115610ff657610ff661148f565b1480156105885750866001600160a01b0316826001600160a01b03161498975050505050505050565b61103383838661102e85610b5f565b610c06565b6110505760405163059946e760e41b815260040160405180910390fd5b50505050565b5f611067604084016020850161207f565b6001600160a01b0316611080604084016020850161207f565b6001600160a01b031611611096575060086111a8565b836110a4604085018561203a565b90501415806110c15750836110bc606085018561203a565b905014155b806110da5750836110d5604084018461203a565b905014155b806110f35750836110ee606084018461203a565b905014155b15611100575060026111a8565b5f5b84811015610a05575f611118606085018561203a565b8381811061112857611128611f29565b9050602002013584806040019061113f919061203a565b8481811061114f5761114f611f29565b905060200201602081019061116491906120b5565b60070b611174606088018861203a565b8581811061118457611184611f29565b90506020020135011490508061119f576007925050506111a8565b50600101611102565b9392505050565b5f7f9fb5dc234af92bf91314dd3f286a723b8991835623c6535aa8d74be3f91fe71f86868686866040516020016111e79291906122e0565b60408051601f1981840301815282825280516020918201209083019690965281019390935263ffffffff90911660608301526001600160a01b0316608082015260a081019190915260c001610d52565b5f81815b8481101561126f576112658287878481811061125957611259611f29565b90506020020135611340565b915060010161123b565b50949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156112b157505f91506003905082611336565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611302573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661132d57505f925060019150829050611336565b92505f91508190505b9450945094915050565b5f81831061135a575f8281526020849052604090206111a8565b505f9182526020526040902090565b5f60e08284031215611379575f5ffd5b50919050565b5f5f83601f84011261138f575f5ffd5b5081356001600160401b038111156113a5575f5ffd5b6020830191508360208260051b85010111156113bf575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a0312156113dc575f5ffd5b8735965060208801356001600160401b038111156113f8575f5ffd5b6114048a828b01611369565b96505060408801356001600160401b0381111561141f575f5ffd5b61142b8a828b0161137f565b90965094505060608801356001600160401b03811115611449575f5ffd5b6114558a828b01611369565b93505060808801356001600160401b03811115611470575f5ffd5b61147c8a828b0161137f565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60208101600e83106114c357634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126114d9575f5ffd5b5081356001600160401b038111156114ef575f5ffd5b6020830191508360208285010111156113bf575f5ffd5b5f5f60208385031215611517575f5ffd5b82356001600160401b0381111561152c575f5ffd5b611538858286016114c9565b90969095509350505050565b63ffffffff83168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b6001600160401b038116811461159a575f5ffd5b50565b80356115a881611586565b919050565b6001600160a01b038116811461159a575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156115d7575f5ffd5b8735965060208801356115e981611586565b955060408801356115f9816115ad565b945060608801356001600160401b03811115611613575f5ffd5b61161f8a828b0161137f565b90955093505060808801356001600160401b03811115611470575f5ffd5b63ffffffff8116811461159a575f5ffd5b80356115a88161163d565b8035600781900b81146115a8575f5ffd5b5f5f5f5f5f5f60c0878903121561167f575f5ffd5b863595506020870135945060408701356116988161163d565b935060608701356116a8816115ad565b9250608087013591506116bd60a08801611659565b90509295509295509295565b5f5f5f5f606085870312156116dc575f5ffd5b8435935060208501356001600160401b038111156116f8575f5ffd5b611704878288016114c9565b90945092505060408501356117188161163d565b939692955090935050565b5f5f5f5f5f5f5f5f5f60c08a8c03121561173b575f5ffd5b8935985060208a01356001600160401b03811115611757575f5ffd5b6117638c828d016114c9565b90995097505060408a01356001600160401b03811115611781575f5ffd5b61178d8c828d01611369565b96505060608a01356001600160401b038111156117a8575f5ffd5b6117b48c828d0161137f565b90965094505060808a01356001600160401b038111156117d2575f5ffd5b6117de8c828d01611369565b93505060a08a01356001600160401b038111156117f9575f5ffd5b6118058c828d0161137f565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a08789031215611831575f5ffd5b8635955060208701359450604087013561184a8161163d565b9350606087013561185a816115ad565b925060808701356001600160401b03811115611874575f5ffd5b61188089828a0161137f565b979a9699509497509295939492505050565b5f5f5f5f5f5f608087890312156118a7575f5ffd5b8635955060208701356001600160401b038111156118c3575f5ffd5b6118cf89828a016114c9565b90965094505060408701356001600160401b038111156118ed575f5ffd5b6118f989828a01611369565b93505060608701356001600160401b03811115611874575f5ffd5b5f60208284031215611924575f5ffd5b81356001600160401b03811115611939575f5ffd5b61194584828501611369565b949350505050565b5f5f5f5f5f60a08688031215611961575f5ffd5b8535945060208601359350604086013561197a8161163d565b9250606086013561198a816115ad565b949793965091946080013592915050565b5f5f5f5f606085870312156119ae575f5ffd5b8435935060208501356001600160401b038111156119ca575f5ffd5b6119d687828801611369565b93505060408501356001600160401b038111156119f1575f5ffd5b6119fd8782880161137f565b95989497509550505050565b634e487b7160e01b5f52604160045260245ffd5b6040516102c081016001600160401b0381118282101715611a4057611a40611a09565b60405290565b60405160a081016001600160401b0381118282101715611a4057611a40611a09565b60405160e081016001600160401b0381118282101715611a4057611a40611a09565b60405160c081016001600160401b0381118282101715611a4057611a40611a09565b604051601f8201601f191681016001600160401b0381118282101715611ad457611ad4611a09565b604052919050565b80516115a8816115ad565b8051600381106115a8575f5ffd5b8051600481106115a8575f5ffd5b80516115a88161163d565b80516115a881611586565b60ff8116811461159a575f5ffd5b80516115a881611b19565b80516fffffffffffffffffffffffffffffffff811681146115a8575f5ffd5b805161ffff811681146115a8575f5ffd5b5f6102c0828403128015611b74575f5ffd5b50611b7d611a1d565b611b8683611adc565b8152611b9460208401611ae7565b6020820152611ba560408401611af5565b6040820152611bb660608401611ae7565b6060820152611bc760808401611b03565b6080820152611bd860a08401611b03565b60a0820152611be960c08401611adc565b60c0820152611bfa60e08401611b0e565b60e0820152611c0c6101008401611b0e565b610100820152611c1f6101208401611adc565b610120820152611c326101408401611b0e565b610140820152611c456101608401611b27565b610160820152611c586101808401611b03565b6101808201526101a083810151908201526101c080840151908201526101e080840151908201526102008084015190820152611c976102208401611b32565b610220820152611caa6102408401611b32565b610240820152611cbd6102608401611b0e565b610260820152611cd06102808401611b0e565b610280820152611ce36102a08401611b51565b6102a08201529392505050565b5f60208284031215611d00575f5ffd5b81356111a88161163d565b5f6001600160401b03821115611d2357611d23611a09565b5060051b60200190565b5f82601f830112611d3c575f5ffd5b8135611d4f611d4a82611d0b565b611aac565b80828252602082019150602060a08402860101925085831115611d70575f5ffd5b602085015b83811015611de25760a08188031215611d8c575f5ffd5b611d94611a46565b8135611d9f816115ad565b81526020828101359082015260408083013590820152606080830135908201526080820135611dcd81611b19565b6080820152835260209092019160a001611d75565b5095945050505050565b5f82601f830112611dfb575f5ffd5b8135611e09611d4a82611d0b565b8082825260208201915060208360051b860101925085831115611e2a575f5ffd5b602085015b83811015611de2578035835260209283019201611e2f565b5f60208284031215611e57575f5ffd5b81356001600160401b03811115611e6c575f5ffd5b820160e08185031215611e7d575f5ffd5b611e85611a68565b81358152611e956020830161164e565b6020820152611ea66040830161164e565b6040820152611eb76060830161159d565b606082015260808201356001600160401b03811115611ed4575f5ffd5b611ee086828501611d2d565b60808301525060a08201356001600160401b03811115611efe575f5ffd5b611f0a86828501611dec565b60a083015250611f1c60c0830161164e565b60c0820152949350505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b8201611f6557611f65611f3d565b505f0390565b80820180821115610a2a57610a2a611f3d565b8082025f8212600160ff1b84141615611f9957611f99611f3d565b8181058314821517610a2a57610a2a611f3d565b5f82611fc757634e487b7160e01b5f52601260045260245ffd5b600160ff1b82145f1984141615611fe057611fe0611f3d565b500590565b604080825283519082018190525f9060208501906060840190835b818110156120275783516001600160a01b0316835260209384019390920191600101612000565b5050602093909301939093525092915050565b5f5f8335601e1984360301811261204f575f5ffd5b8301803591506001600160401b03821115612068575f5ffd5b6020019150600581901b36038213156113bf575f5ffd5b5f6020828403121561208f575f5ffd5b81356111a8816115ad565b5f602082840312156120aa575f5ffd5b81356111a881611b19565b5f602082840312156120c5575f5ffd5b6111a882611659565b63ffffffff8281168282160390811115610a2a57610a2a611f3d565b5f60c08284031280156120fb575f5ffd5b50612104611a8a565b825181526020830151612116816115ad565b602082015260408301516121298161163d565b604082015260608301518015158114612140575f5ffd5b606082015261215160808401611b0e565b608082015261216260a08401611b32565b60a08201529392505050565b8183526020830192505f815f5b8481101561219957813586526020958601959091019060010161217b565b5093949350505050565b60ff8b16815263ffffffff8a1660208201526001600160a01b03891660408201526101006060820181905281018790525f886101208301825b8a811015612204576121ed83611659565b60070b8252602092830192909101906001016121dc565b50838103608085015261221881898b61216e565b925050508460a08301528360c083015261223760e083018460ff169052565b9b9a5050505050505050505050565b5f8184825b8581101561227c57813561225e81611586565b6001600160401b03168352602092830192919091019060010161224b565b509095945050505050565b5f8184825b8581101561227c57813561229f8161163d565b63ffffffff168352602092830192919091019060010161228c565b818382375f9101908152919050565b5f602082840312156122d9575f5ffd5b5051919050565b5f8184825b8581101561227c576122f682611659565b60070b835260209283019291909101906001016122e556",
}

// TallyVerifier is an auto generated Go binding around an Ethereum contract.
type TallyVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TallyVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTallyVerifier creates a new instance of TallyVerifier.
func NewTallyVerifier() *TallyVerifier {
	parsed, err := TallyVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TallyVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TallyVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXPROPOSALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91751c13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROPOSALS() view returns(uint256)
func (tallyVerifier *TallyVerifier) PackMAXPROPOSALS() []byte {
	enc, err := tallyVerifier.abi.Pack("MAX_PROPOSALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROPOSALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91751c13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROPOSALS() view returns(uint256)
func (tallyVerifier *TallyVerifier) TryPackMAXPROPOSALS() ([]byte, error) {
	return tallyVerifier.abi.Pack("MAX_PROPOSALS")
}

// UnpackMAXPROPOSALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91751c13.
//
// Solidity: function MAX_PROPOSALS() view returns(uint256)
func (tallyVerifier *TallyVerifier) UnpackMAXPROPOSALS(data []byte) (*big.Int, error) {
	out, err := tallyVerifier.abi.Unpack("MAX_PROPOSALS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ee3a08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ONE() view returns(int256)
func (tallyVerifier *TallyVerifier) PackONE() []byte {
	enc, err := tallyVerifier.abi.Pack("ONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ee3a08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ONE() view returns(int256)
func (tallyVerifier *TallyVerifier) TryPackONE() ([]byte, error) {
	return tallyVerifier.abi.Pack("ONE")
}

// UnpackONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ee3a08.
//
// Solidity: function ONE() view returns(int256)
func (tallyVerifier *TallyVerifier) UnpackONE(data []byte) (*big.Int, error) {
	out, err := tallyVerifier.abi.Unpack("ONE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBallotDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b21e49c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address voter, int64[] votes) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) PackBallotDigest(domainSeparator [32]byte, session [32]byte, round uint32, voter common.Address, votes []int64) []byte {
	enc, err := tallyVerifier.abi.Pack("ballotDigest", domainSeparator, session, round, voter, votes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b21e49c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address voter, int64[] votes) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) TryPackBallotDigest(domainSeparator [32]byte, session [32]byte, round uint32, voter common.Address, votes []int64) ([]byte, error) {
	return tallyVerifier.abi.Pack("ballotDigest", domainSeparator, session, round, voter, votes)
}

// UnpackBallotDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b21e49c.
//
// Solidity: function ballotDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address voter, int64[] votes) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) UnpackBallotDigest(data []byte) ([32]byte, error) {
	out, err := tallyVerifier.abi.Unpack("ballotDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBallotFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac7383df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotFault(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) view returns(uint8)
func (tallyVerifier *TallyVerifier) PackBallotFault(claimId *big.Int, result []byte, leaf ISettlementBallotLeaf, proof [][32]byte) []byte {
	enc, err := tallyVerifier.abi.Pack("ballotFault", claimId, result, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac7383df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotFault(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) view returns(uint8)
func (tallyVerifier *TallyVerifier) TryPackBallotFault(claimId *big.Int, result []byte, leaf ISettlementBallotLeaf, proof [][32]byte) ([]byte, error) {
	return tallyVerifier.abi.Pack("ballotFault", claimId, result, leaf, proof)
}

// UnpackBallotFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac7383df.
//
// Solidity: function ballotFault(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) view returns(uint8)
func (tallyVerifier *TallyVerifier) UnpackBallotFault(data []byte) (uint8, error) {
	out, err := tallyVerifier.abi.Unpack("ballotFault", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBallotLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2df32c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotLeafHash((uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) PackBallotLeafHash(leaf ISettlementBallotLeaf) []byte {
	enc, err := tallyVerifier.abi.Pack("ballotLeafHash", leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2df32c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotLeafHash((uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) TryPackBallotLeafHash(leaf ISettlementBallotLeaf) ([]byte, error) {
	return tallyVerifier.abi.Pack("ballotLeafHash", leaf)
}

// UnpackBallotLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2df32c5.
//
// Solidity: function ballotLeafHash((uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) UnpackBallotLeafHash(data []byte) ([32]byte, error) {
	out, err := tallyVerifier.abi.Unpack("ballotLeafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheckRevealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd726b8ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkRevealed(uint256 requestId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) view returns()
func (tallyVerifier *TallyVerifier) PackCheckRevealed(requestId *big.Int, leaf ISettlementBallotLeaf, proof [][32]byte) []byte {
	enc, err := tallyVerifier.abi.Pack("checkRevealed", requestId, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckRevealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd726b8ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkRevealed(uint256 requestId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) view returns()
func (tallyVerifier *TallyVerifier) TryPackCheckRevealed(requestId *big.Int, leaf ISettlementBallotLeaf, proof [][32]byte) ([]byte, error) {
	return tallyVerifier.abi.Pack("checkRevealed", requestId, leaf, proof)
}

// PackCheckTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26837e3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkTally(bytes result) pure returns(uint32 ballotCount, bytes outcome)
func (tallyVerifier *TallyVerifier) PackCheckTally(result []byte) []byte {
	enc, err := tallyVerifier.abi.Pack("checkTally", result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26837e3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkTally(bytes result) pure returns(uint32 ballotCount, bytes outcome)
func (tallyVerifier *TallyVerifier) TryPackCheckTally(result []byte) ([]byte, error) {
	return tallyVerifier.abi.Pack("checkTally", result)
}

// CheckTallyOutput serves as a container for the return parameters of contract
// method CheckTally.
type CheckTallyOutput struct {
	BallotCount uint32
	Outcome     []byte
}

// UnpackCheckTally is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26837e3d.
//
// Solidity: function checkTally(bytes result) pure returns(uint32 ballotCount, bytes outcome)
func (tallyVerifier *TallyVerifier) UnpackCheckTally(data []byte) (CheckTallyOutput, error) {
	out, err := tallyVerifier.abi.Unpack("checkTally", data)
	outstruct := new(CheckTallyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BallotCount = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Outcome = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackDuplicateFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08fb648f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function duplicateFault(uint256 claimId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) a, bytes32[] aProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) b, bytes32[] bProof) view returns(uint8)
func (tallyVerifier *TallyVerifier) PackDuplicateFault(claimId *big.Int, a ISettlementBallotLeaf, aProof [][32]byte, b ISettlementBallotLeaf, bProof [][32]byte) []byte {
	enc, err := tallyVerifier.abi.Pack("duplicateFault", claimId, a, aProof, b, bProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDuplicateFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08fb648f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function duplicateFault(uint256 claimId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) a, bytes32[] aProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) b, bytes32[] bProof) view returns(uint8)
func (tallyVerifier *TallyVerifier) TryPackDuplicateFault(claimId *big.Int, a ISettlementBallotLeaf, aProof [][32]byte, b ISettlementBallotLeaf, bProof [][32]byte) ([]byte, error) {
	return tallyVerifier.abi.Pack("duplicateFault", claimId, a, aProof, b, bProof)
}

// UnpackDuplicateFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08fb648f.
//
// Solidity: function duplicateFault(uint256 claimId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) a, bytes32[] aProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) b, bytes32[] bProof) view returns(uint8)
func (tallyVerifier *TallyVerifier) UnpackDuplicateFault(data []byte) (uint8, error) {
	out, err := tallyVerifier.abi.Unpack("duplicateFault", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEvaluationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440fa766.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evaluationDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address evaluator, bytes32 contentHash, int64 score) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) PackEvaluationDigest(domainSeparator [32]byte, session [32]byte, round uint32, evaluator common.Address, contentHash [32]byte, score int64) []byte {
	enc, err := tallyVerifier.abi.Pack("evaluationDigest", domainSeparator, session, round, evaluator, contentHash, score)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvaluationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440fa766.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evaluationDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address evaluator, bytes32 contentHash, int64 score) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) TryPackEvaluationDigest(domainSeparator [32]byte, session [32]byte, round uint32, evaluator common.Address, contentHash [32]byte, score int64) ([]byte, error) {
	return tallyVerifier.abi.Pack("evaluationDigest", domainSeparator, session, round, evaluator, contentHash, score)
}

// UnpackEvaluationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x440fa766.
//
// Solidity: function evaluationDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address evaluator, bytes32 contentHash, int64 score) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) UnpackEvaluationDigest(data []byte) ([32]byte, error) {
	out, err := tallyVerifier.abi.Unpack("evaluationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPowBatchDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b956642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function powBatchDigest(bytes32 domainSeparator, uint64 epoch, address miner, uint64[] nonces, uint32[] distances) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) PackPowBatchDigest(domainSeparator [32]byte, epoch uint64, miner common.Address, nonces []uint64, distances []uint32) []byte {
	enc, err := tallyVerifier.abi.Pack("powBatchDigest", domainSeparator, epoch, miner, nonces, distances)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPowBatchDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b956642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function powBatchDigest(bytes32 domainSeparator, uint64 epoch, address miner, uint64[] nonces, uint32[] distances) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) TryPackPowBatchDigest(domainSeparator [32]byte, epoch uint64, miner common.Address, nonces []uint64, distances []uint32) ([]byte, error) {
	return tallyVerifier.abi.Pack("powBatchDigest", domainSeparator, epoch, miner, nonces, distances)
}

// UnpackPowBatchDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b956642.
//
// Solidity: function powBatchDigest(bytes32 domainSeparator, uint64 epoch, address miner, uint64[] nonces, uint32[] distances) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) UnpackPowBatchDigest(data []byte) ([32]byte, error) {
	out, err := tallyVerifier.abi.Unpack("powBatchDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProposalDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1fe9c84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address author, bytes32 contentHash) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) PackProposalDigest(domainSeparator [32]byte, session [32]byte, round uint32, author common.Address, contentHash [32]byte) []byte {
	enc, err := tallyVerifier.abi.Pack("proposalDigest", domainSeparator, session, round, author, contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1fe9c84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address author, bytes32 contentHash) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) TryPackProposalDigest(domainSeparator [32]byte, session [32]byte, round uint32, author common.Address, contentHash [32]byte) ([]byte, error) {
	return tallyVerifier.abi.Pack("proposalDigest", domainSeparator, session, round, author, contentHash)
}

// UnpackProposalDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1fe9c84.
//
// Solidity: function proposalDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address author, bytes32 contentHash) pure returns(bytes32)
func (tallyVerifier *TallyVerifier) UnpackProposalDigest(data []byte) ([32]byte, error) {
	out, err := tallyVerifier.abi.Unpack("proposalDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProposalFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e3e6c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalFault(uint256 claimId, bytes result, uint32 p) view returns(uint8)
func (tallyVerifier *TallyVerifier) PackProposalFault(claimId *big.Int, result []byte, p uint32) []byte {
	enc, err := tallyVerifier.abi.Pack("proposalFault", claimId, result, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e3e6c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalFault(uint256 claimId, bytes result, uint32 p) view returns(uint8)
func (tallyVerifier *TallyVerifier) TryPackProposalFault(claimId *big.Int, result []byte, p uint32) ([]byte, error) {
	return tallyVerifier.abi.Pack("proposalFault", claimId, result, p)
}

// UnpackProposalFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e3e6c79.
//
// Solidity: function proposalFault(uint256 claimId, bytes result, uint32 p) view returns(uint8)
func (tallyVerifier *TallyVerifier) UnpackProposalFault(data []byte) (uint8, error) {
	out, err := tallyVerifier.abi.Unpack("proposalFault", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStepFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613bbb0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepFault(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) prev, bytes32[] prevProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) cur, bytes32[] curProof) view returns(uint8)
func (tallyVerifier *TallyVerifier) PackStepFault(claimId *big.Int, result []byte, prev ISettlementBallotLeaf, prevProof [][32]byte, cur ISettlementBallotLeaf, curProof [][32]byte) []byte {
	enc, err := tallyVerifier.abi.Pack("stepFault", claimId, result, prev, prevProof, cur, curProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613bbb0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepFault(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) prev, bytes32[] prevProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) cur, bytes32[] curProof) view returns(uint8)
func (tallyVerifier *TallyVerifier) TryPackStepFault(claimId *big.Int, result []byte, prev ISettlementBallotLeaf, prevProof [][32]byte, cur ISettlementBallotLeaf, curProof [][32]byte) ([]byte, error) {
	return tallyVerifier.abi.Pack("stepFault", claimId, result, prev, prevProof, cur, curProof)
}

// UnpackStepFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x613bbb0e.
//
// Solidity: function stepFault(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) prev, bytes32[] prevProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) cur, bytes32[] curProof) view returns(uint8)
func (tallyVerifier *TallyVerifier) UnpackStepFault(data []byte) (uint8, error) {
	out, err := tallyVerifier.abi.Unpack("stepFault", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (tallyVerifier *TallyVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tallyVerifier.abi.Errors["Settlement_BadIndex"].ID.Bytes()[:4]) {
		return tallyVerifier.UnpackSettlementBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallyVerifier.abi.Errors["Settlement_BadResult"].ID.Bytes()[:4]) {
		return tallyVerifier.UnpackSettlementBadResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallyVerifier.abi.Errors["Settlement_NoFraud"].ID.Bytes()[:4]) {
		return tallyVerifier.UnpackSettlementNoFraudError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallyVerifier.abi.Errors["Settlement_NotInTree"].ID.Bytes()[:4]) {
		return tallyVerifier.UnpackSettlementNotInTreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallyVerifier.abi.Errors["Settlement_ResultMismatch"].ID.Bytes()[:4]) {
		return tallyVerifier.UnpackSettlementResultMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TallyVerifierSettlementBadIndex represents a Settlement_BadIndex error raised by the TallyVerifier contract.
type TallyVerifierSettlementBadIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadIndex()
func TallyVerifierSettlementBadIndexErrorID() common.Hash {
	return common.HexToHash("0x63d0e9fae424c6448eadc119e830692dd093fd591f6da8ad45fbad7110d01cdc")
}

// UnpackSettlementBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadIndex()
func (tallyVerifier *TallyVerifier) UnpackSettlementBadIndexError(raw []byte) (*TallyVerifierSettlementBadIndex, error) {
	out := new(TallyVerifierSettlementBadIndex)
	if err := tallyVerifier.abi.UnpackIntoInterface(out, "Settlement_BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TallyVerifierSettlementBadResult represents a Settlement_BadResult error raised by the TallyVerifier contract.
type TallyVerifierSettlementBadResult struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadResult()
func TallyVerifierSettlementBadResultErrorID() common.Hash {
	return common.HexToHash("0xdf69b333edb98bf85295e0a9351cdd846defa5bf3ebb3aca033ca5d017949988")
}

// UnpackSettlementBadResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadResult()
func (tallyVerifier *TallyVerifier) UnpackSettlementBadResultError(raw []byte) (*TallyVerifierSettlementBadResult, error) {
	out := new(TallyVerifierSettlementBadResult)
	if err := tallyVerifier.abi.UnpackIntoInterface(out, "Settlement_BadResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TallyVerifierSettlementNoFraud represents a Settlement_NoFraud error raised by the TallyVerifier contract.
type TallyVerifierSettlementNoFraud struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NoFraud()
func TallyVerifierSettlementNoFraudErrorID() common.Hash {
	return common.HexToHash("0xbdb0e52a819167eb418e3b152aa24593f695fbe874cf7ce1bf88d18ca6e2f4a6")
}

// UnpackSettlementNoFraudError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NoFraud()
func (tallyVerifier *TallyVerifier) UnpackSettlementNoFraudError(raw []byte) (*TallyVerifierSettlementNoFraud, error) {
	out := new(TallyVerifierSettlementNoFraud)
	if err := tallyVerifier.abi.UnpackIntoInterface(out, "Settlement_NoFraud", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TallyVerifierSettlementNotInTree represents a Settlement_NotInTree error raised by the TallyVerifier contract.
type TallyVerifierSettlementNotInTree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotInTree()
func TallyVerifierSettlementNotInTreeErrorID() common.Hash {
	return common.HexToHash("0x59946e704bf7c4665ebfb7a2b1b7f983d69985a69fa9948195000d55683aeea2")
}

// UnpackSettlementNotInTreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotInTree()
func (tallyVerifier *TallyVerifier) UnpackSettlementNotInTreeError(raw []byte) (*TallyVerifierSettlementNotInTree, error) {
	out := new(TallyVerifierSettlementNotInTree)
	if err := tallyVerifier.abi.UnpackIntoInterface(out, "Settlement_NotInTree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TallyVerifierSettlementResultMismatch represents a Settlement_ResultMismatch error raised by the TallyVerifier contract.
type TallyVerifierSettlementResultMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_ResultMismatch()
func TallyVerifierSettlementResultMismatchErrorID() common.Hash {
	return common.HexToHash("0x73a4b6df26de2cb1228649560f45b64042b4425d557c163b0487eb71f433bee4")
}

// UnpackSettlementResultMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_ResultMismatch()
func (tallyVerifier *TallyVerifier) UnpackSettlementResultMismatchError(raw []byte) (*TallyVerifierSettlementResultMismatch, error) {
	out := new(TallyVerifierSettlementResultMismatch)
	if err := tallyVerifier.abi.UnpackIntoInterface(out, "Settlement_ResultMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
