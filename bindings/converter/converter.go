// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package converter

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

// IGovernanceConverterHeat is an auto generated low-level Go binding around an user-defined struct.
type IGovernanceConverterHeat struct {
	Heat      *big.Int
	UpdatedAt uint64
}

// GovernanceConverterMetaData contains all meta data concerning the GovernanceConverter contract.
var GovernanceConverterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_HALF_LIFE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_HEAT_SCALE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_TIER_GROWTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SLOPE_ONE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"WEIGHT_SCALE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"convert\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minMinted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"convertWithPermit\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minMinted\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"governance\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"guildToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"halfLife\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"heatOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"heatRecord\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIGovernanceConverter.Heat\",\"components\":[{\"name\":\"heat\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"heatScale\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"ladder_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governance_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tierGrowth_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"heatScale_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"halfLife_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ladder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"previewConvert\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setConversionParams\",\"inputs\":[{\"name\":\"tierGrowth_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"heatScale_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"halfLife_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"tierGrowth\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tierWeight\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"ConversionParamsSet\",\"inputs\":[{\"name\":\"tierGrowth\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"heatScale\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"halfLife\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Converted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tier\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"heat\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minted\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"Converter_InsufficientOutput\",\"inputs\":[{\"name\":\"minted\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minMinted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Converter_InvalidHalfLife\",\"inputs\":[{\"name\":\"halfLife\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"Converter_InvalidHeatScale\",\"inputs\":[{\"name\":\"heatScale\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Converter_InvalidTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Converter_InvalidTierGrowth\",\"inputs\":[{\"name\":\"tierGrowth\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Converter_NotGovernance\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Converter_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Converter_ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]}]",
	ID:  "GovernanceConverter",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b611262806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c80639662a335116100a9578063ba3ea8ec1161006e578063ba3ea8ec146102ae578063caf5039f146102c1578063e8fb1312146102cc578063fb389ca4146102f4578063fbabe4bd14610307575f5ffd5b80639662a335146101f35780639d1f10d4146101ff578063a3b513f914610208578063a6666f9614610288578063a70f9f571461029b575f5ffd5b8063468c7b64116100ef578063468c7b641461016f57806347bedb52146101995780635aa6e675146101a25780637bc90d1c146101b5578063915b6449146101e0575f5ffd5b806304206d971461012057806306c3ba841461014657806324efacb414610150578063333fedad14610165575b5f5ffd5b61013361012e366004610fc0565b610312565b6040519081526020015b60405180910390f35b610133623d090081565b61016361015e366004610ff6565b610322565b005b610133620f424081565b5f54610181906001600160a01b031681565b6040516001600160a01b03909116815260200161013d565b61013360045481565b600254610181906001600160a01b031681565b6005546101c8906001600160401b031681565b6040516001600160401b03909116815260200161013d565b6101636101ee36600461105e565b6104a9565b61013364e8d4a5100081565b61013360035481565b610264610216366004610fc0565b604080518082019091525f8082526020820152506001600160a01b03165f90815260066020908152604091829020825180840190935280548352600101546001600160401b03169082015290565b60408051825181526020928301516001600160401b0316928101929092520161013d565b600154610181906001600160a01b031681565b6101336102a936600461109e565b6104eb565b6101336102bc366004611101565b61059d565b610133600160c81b81565b6102df6102da36600461111c565b6105b1565b6040805192835260208301919091520161013d565b61013361030236600461115a565b6105fd565b6101c863ffffffff81565b5f61031c82610622565b92915050565b5f61032b610680565b805490915060ff600160401b82041615906001600160401b03165f811580156103515750825b90505f826001600160401b0316600114801561036c5750303b155b90508115801561037a575080155b156103985760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156103c257845460ff60401b1916600160401b1785555b6001600160a01b038b1615806103df57506001600160a01b038a16155b806103f157506001600160a01b038916155b1561040f5760405163adc5e40d60e01b815260040160405180910390fd5b61041a8888886106a8565b5f80546001600160a01b03808e166001600160a01b031992831617909255600180548d841690831617905560028054928c1692909116919091179055831561049c57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050505050565b6002546001600160a01b031633146104db57604051638c24124960e01b81523360048201526024015b60405180910390fd5b6104e68383836106a8565b505050565b5f6104f46107dc565b5f6104fe89610813565b60405163d505accf60e01b8152336004820152306024820152604481018a90526064810188905260ff8716608482015260a4810186905260c481018590529091506001600160a01b0382169063d505accf9060e4015f604051808303815f87803b15801561056a575f5ffd5b505af192505050801561057b575060015b5061058789898961092a565b915050610592610b30565b979650505050505050565b5f6105a782610813565b5061031c82610b5a565b5f5f6105bc84610813565b506105c684610b5a565b6105d090846111a0565b91506105f36105de86610622565b8360106004546105ee91906111cb565b610b99565b9050935093915050565b5f6106066107dc565b61061184848461092a565b905061061b610b30565b9392505050565b6001600160a01b0381165f908152600660209081526040808320815180830190925280548083526001909101546001600160401b0316928201839052909161061b919061066f90426111de565b6005546001600160401b0316610bc9565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061031c565b620f42408310806106bb5750623d090083115b156106dc5760405163dd6e1e0960e01b8152600481018490526024016104d2565b8115806106f257506106ef6010836111f1565b15155b806107005750600160c81b82115b1561072157604051637d625feb60e11b8152600481018390526024016104d2565b6001600160401b0381161580610743575063ffffffff6001600160401b038216115b1561076c57604051630e6474f160e01b81526001600160401b03821660048201526024016104d2565b600383905560048290556005805467ffffffffffffffff19166001600160401b0383169081179091556040805185815260208101859052908101919091527f281b7a7d611b59ac4c2f08964bd1f0f255dcf824ef6a016fd6d8803c514542529060600160405180910390a1505050565b6107e4610c3f565b61081160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610c7f565b565b5f60ff8216158061089b57505f5f9054906101000a90046001600160a01b03166001600160a01b03166319386ea86040518163ffffffff1660e01b8152600401602060405180830381865afa15801561086e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108929190611204565b60ff168260ff16115b156108be576040516311ef739b60e21b815260ff831660048201526024016104d2565b5f546040516308343e1760e41b815260ff841660048201526001600160a01b0390911690638343e17090602401602060405180830381865afa158015610906573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061031c919061121f565b5f825f0361094b5760405163764c7a0960e01b815260040160405180910390fd5b5f61095585610813565b90505f61096186610b5a565b61096b90866111a0565b90505f61097733610622565b905061098d818360106004546105ee91906111cb565b9350848410156109ba57604051639b07172b60e01b815260048101859052602481018690526044016104d2565b604051806040016040528083836109d1919061123a565b8152426001600160401b03908116602092830152335f8181526006845260409081902085518155948401516001909501805467ffffffffffffffff1916959093169490941790915582518981529182018590529181018390526060810186905260ff891691907f9e662d4ec546cd5767c58e4f55913c35a6198a23ef99447988b342408c1b94199060800160405180910390a360405163079cc67960e41b8152336004820152602481018790526001600160a01b038416906379cc6790906044015f604051808303815f87803b158015610aa9575f5ffd5b505af1158015610abb573d5f5f3e3d5ffd5b50505050835f14610b26576001546040516340c10f1960e01b8152336004820152602481018690526001600160a01b03909116906340c10f19906044015f604051808303815f87803b158015610b0f575f5ffd5b505af1158015610b21573d5f5f3e3d5ffd5b505050505b5050509392505050565b6108115f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061080b565b600354620f42409060015b8360ff16811015610b9257620f4240610b7e83856111a0565b610b8891906111cb565b9250600101610b65565b5050919050565b5f610ba48483610c86565b610bb7610bb1858761123a565b84610c86565b610bc191906111de565b949350505050565b5f831580610bd5575082155b15610be157508261061b565b5f610bec83856111cb565b905060ff811115610c00575f91505061061b565b5f836040610c0e82886111f1565b610c1992911b6111cb565b905081610c3387610c2984610d93565b600160801b610dfd565b901c9695505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561081157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f80610c9283856111cb565b905060d08110610cd7576001610ca9600c8261123a565b6001901b610cb791906111de565b610cc563ab9db59b856111a0565b610ccf91906111a0565b91505061031c565b5f610ce36010836111cb565b90505f610cf16010846111f1565b90505f610cff83600c6111de565b90505f81610d0c84610ead565b901b610d1983600161123a565b63ab9db59b901b610d2c600c600161123a565b63ab9db59b901b610d3d91906111de565b610d47919061123a565b905081610d5384610f1c565b901b610d5f88876111a0565b610d69908a6111de565b610d7391906111a0565b610d7d82896111a0565b610d87919061123a565b98975050505050505050565b5f806040610db16fb17217f7d1cf79abc9e3b39803f2f6af856111a0565b600160801b9350901c905060145b8015610b9257806080610dd285856111a0565b610ddd92911c6111cb565b610deb90600160801b6111de565b9250610df68161124d565b9050610dbf565b5f5f5f610e0a8686610f7c565b91509150815f03610e2e57838181610e2457610e246111b7565b049250505061061b565b818411610e4557610e456003851502601118610f98565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f60088310610edd577fa40499119c155e7693cc35ba8b252396821bffa378ac725a6ed1f2fd6487c56a610eff565b7f59c8f7d54e90606842d89ac6369c057629d4bf2c1c7ca3f80e8d4a51000000005b9050610f0f6007841660206111a0565b1c63ffffffff1692915050565b5f5f60088310610f4c577f07991c8a07ef3a9b084928bc08a71224090923f3096f8d4909da7f5d0a4a2d93610eff565b507f0abecd950b38976d0bb7c5a20c3c95500cc7464a0d581b340def59a70e8d4a51610f0f6007841660206111a0565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0381168114610fbd575f5ffd5b50565b5f60208284031215610fd0575f5ffd5b813561061b81610fa9565b80356001600160401b0381168114610ff1575f5ffd5b919050565b5f5f5f5f5f5f60c0878903121561100b575f5ffd5b863561101681610fa9565b9550602087013561102681610fa9565b9450604087013561103681610fa9565b9350606087013592506080870135915061105260a08801610fdb565b90509295509295509295565b5f5f5f60608486031215611070575f5ffd5b833592506020840135915061108760408501610fdb565b90509250925092565b60ff81168114610fbd575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156110b4575f5ffd5b87356110bf81611090565b965060208801359550604088013594506060880135935060808801356110e481611090565b9699959850939692959460a0840135945060c09093013592915050565b5f60208284031215611111575f5ffd5b813561061b81611090565b5f5f5f6060848603121561112e575f5ffd5b833561113981610fa9565b9250602084013561114981611090565b929592945050506040919091013590565b5f5f5f6060848603121561116c575f5ffd5b833561117781611090565b95602085013595506040909401359392505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761031c5761031c61118c565b634e487b7160e01b5f52601260045260245ffd5b5f826111d9576111d96111b7565b500490565b8181038181111561031c5761031c61118c565b5f826111ff576111ff6111b7565b500690565b5f60208284031215611214575f5ffd5b815161061b81611090565b5f6020828403121561122f575f5ffd5b815161061b81610fa9565b8082018082111561031c5761031c61118c565b5f8161125b5761125b61118c565b505f19019056",
}

// GovernanceConverter is an auto generated Go binding around an Ethereum contract.
type GovernanceConverter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GovernanceConverter) GetABI() abi.ABI {
	return c.abi
}

// NewGovernanceConverter creates a new instance of GovernanceConverter.
func NewGovernanceConverter() *GovernanceConverter {
	parsed, err := GovernanceConverterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GovernanceConverter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GovernanceConverter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXHALFLIFE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbabe4bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HALF_LIFE() view returns(uint64)
func (governanceConverter *GovernanceConverter) PackMAXHALFLIFE() []byte {
	enc, err := governanceConverter.abi.Pack("MAX_HALF_LIFE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHALFLIFE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbabe4bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HALF_LIFE() view returns(uint64)
func (governanceConverter *GovernanceConverter) TryPackMAXHALFLIFE() ([]byte, error) {
	return governanceConverter.abi.Pack("MAX_HALF_LIFE")
}

// UnpackMAXHALFLIFE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbabe4bd.
//
// Solidity: function MAX_HALF_LIFE() view returns(uint64)
func (governanceConverter *GovernanceConverter) UnpackMAXHALFLIFE(data []byte) (uint64, error) {
	out, err := governanceConverter.abi.Unpack("MAX_HALF_LIFE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXHEATSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaf5039f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HEAT_SCALE() view returns(uint256)
func (governanceConverter *GovernanceConverter) PackMAXHEATSCALE() []byte {
	enc, err := governanceConverter.abi.Pack("MAX_HEAT_SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHEATSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaf5039f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HEAT_SCALE() view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackMAXHEATSCALE() ([]byte, error) {
	return governanceConverter.abi.Pack("MAX_HEAT_SCALE")
}

// UnpackMAXHEATSCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcaf5039f.
//
// Solidity: function MAX_HEAT_SCALE() view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackMAXHEATSCALE(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("MAX_HEAT_SCALE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTIERGROWTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c3ba84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIER_GROWTH() view returns(uint256)
func (governanceConverter *GovernanceConverter) PackMAXTIERGROWTH() []byte {
	enc, err := governanceConverter.abi.Pack("MAX_TIER_GROWTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIERGROWTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c3ba84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIER_GROWTH() view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackMAXTIERGROWTH() ([]byte, error) {
	return governanceConverter.abi.Pack("MAX_TIER_GROWTH")
}

// UnpackMAXTIERGROWTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06c3ba84.
//
// Solidity: function MAX_TIER_GROWTH() view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackMAXTIERGROWTH(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("MAX_TIER_GROWTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSLOPEONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9662a335.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLOPE_ONE() view returns(uint256)
func (governanceConverter *GovernanceConverter) PackSLOPEONE() []byte {
	enc, err := governanceConverter.abi.Pack("SLOPE_ONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLOPEONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9662a335.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLOPE_ONE() view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackSLOPEONE() ([]byte, error) {
	return governanceConverter.abi.Pack("SLOPE_ONE")
}

// UnpackSLOPEONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9662a335.
//
// Solidity: function SLOPE_ONE() view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackSLOPEONE(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("SLOPE_ONE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWEIGHTSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333fedad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WEIGHT_SCALE() view returns(uint256)
func (governanceConverter *GovernanceConverter) PackWEIGHTSCALE() []byte {
	enc, err := governanceConverter.abi.Pack("WEIGHT_SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWEIGHTSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333fedad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WEIGHT_SCALE() view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackWEIGHTSCALE() ([]byte, error) {
	return governanceConverter.abi.Pack("WEIGHT_SCALE")
}

// UnpackWEIGHTSCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333fedad.
//
// Solidity: function WEIGHT_SCALE() view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackWEIGHTSCALE(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("WEIGHT_SCALE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb389ca4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convert(uint8 tier, uint256 amount, uint256 minMinted) returns(uint256)
func (governanceConverter *GovernanceConverter) PackConvert(tier uint8, amount *big.Int, minMinted *big.Int) []byte {
	enc, err := governanceConverter.abi.Pack("convert", tier, amount, minMinted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb389ca4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convert(uint8 tier, uint256 amount, uint256 minMinted) returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackConvert(tier uint8, amount *big.Int, minMinted *big.Int) ([]byte, error) {
	return governanceConverter.abi.Pack("convert", tier, amount, minMinted)
}

// UnpackConvert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb389ca4.
//
// Solidity: function convert(uint8 tier, uint256 amount, uint256 minMinted) returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackConvert(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("convert", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa70f9f57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertWithPermit(uint8 tier, uint256 amount, uint256 minMinted, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (governanceConverter *GovernanceConverter) PackConvertWithPermit(tier uint8, amount *big.Int, minMinted *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := governanceConverter.abi.Pack("convertWithPermit", tier, amount, minMinted, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa70f9f57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertWithPermit(uint8 tier, uint256 amount, uint256 minMinted, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackConvertWithPermit(tier uint8, amount *big.Int, minMinted *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return governanceConverter.abi.Pack("convertWithPermit", tier, amount, minMinted, deadline, v, r, s)
}

// UnpackConvertWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa70f9f57.
//
// Solidity: function convertWithPermit(uint8 tier, uint256 amount, uint256 minMinted, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackConvertWithPermit(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("convertWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address)
func (governanceConverter *GovernanceConverter) PackGovernance() []byte {
	enc, err := governanceConverter.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address)
func (governanceConverter *GovernanceConverter) TryPackGovernance() ([]byte, error) {
	return governanceConverter.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (governanceConverter *GovernanceConverter) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := governanceConverter.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGuildToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6666f96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guildToken() view returns(address)
func (governanceConverter *GovernanceConverter) PackGuildToken() []byte {
	enc, err := governanceConverter.abi.Pack("guildToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuildToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6666f96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guildToken() view returns(address)
func (governanceConverter *GovernanceConverter) TryPackGuildToken() ([]byte, error) {
	return governanceConverter.abi.Pack("guildToken")
}

// UnpackGuildToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6666f96.
//
// Solidity: function guildToken() view returns(address)
func (governanceConverter *GovernanceConverter) UnpackGuildToken(data []byte) (common.Address, error) {
	out, err := governanceConverter.abi.Unpack("guildToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bc90d1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function halfLife() view returns(uint64)
func (governanceConverter *GovernanceConverter) PackHalfLife() []byte {
	enc, err := governanceConverter.abi.Pack("halfLife")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bc90d1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function halfLife() view returns(uint64)
func (governanceConverter *GovernanceConverter) TryPackHalfLife() ([]byte, error) {
	return governanceConverter.abi.Pack("halfLife")
}

// UnpackHalfLife is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bc90d1c.
//
// Solidity: function halfLife() view returns(uint64)
func (governanceConverter *GovernanceConverter) UnpackHalfLife(data []byte) (uint64, error) {
	out, err := governanceConverter.abi.Unpack("halfLife", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackHeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04206d97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heatOf(address account) view returns(uint256)
func (governanceConverter *GovernanceConverter) PackHeatOf(account common.Address) []byte {
	enc, err := governanceConverter.abi.Pack("heatOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04206d97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heatOf(address account) view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackHeatOf(account common.Address) ([]byte, error) {
	return governanceConverter.abi.Pack("heatOf", account)
}

// UnpackHeatOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04206d97.
//
// Solidity: function heatOf(address account) view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackHeatOf(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("heatOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHeatRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3b513f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heatRecord(address account) view returns((uint256,uint64))
func (governanceConverter *GovernanceConverter) PackHeatRecord(account common.Address) []byte {
	enc, err := governanceConverter.abi.Pack("heatRecord", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeatRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3b513f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heatRecord(address account) view returns((uint256,uint64))
func (governanceConverter *GovernanceConverter) TryPackHeatRecord(account common.Address) ([]byte, error) {
	return governanceConverter.abi.Pack("heatRecord", account)
}

// UnpackHeatRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3b513f9.
//
// Solidity: function heatRecord(address account) view returns((uint256,uint64))
func (governanceConverter *GovernanceConverter) UnpackHeatRecord(data []byte) (IGovernanceConverterHeat, error) {
	out, err := governanceConverter.abi.Unpack("heatRecord", data)
	if err != nil {
		return *new(IGovernanceConverterHeat), err
	}
	out0 := *abi.ConvertType(out[0], new(IGovernanceConverterHeat)).(*IGovernanceConverterHeat)
	return out0, nil
}

// PackHeatScale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47bedb52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heatScale() view returns(uint256)
func (governanceConverter *GovernanceConverter) PackHeatScale() []byte {
	enc, err := governanceConverter.abi.Pack("heatScale")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeatScale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47bedb52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heatScale() view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackHeatScale() ([]byte, error) {
	return governanceConverter.abi.Pack("heatScale")
}

// UnpackHeatScale is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47bedb52.
//
// Solidity: function heatScale() view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackHeatScale(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("heatScale", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24efacb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address ladder_, address guildToken_, address governance_, uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) returns()
func (governanceConverter *GovernanceConverter) PackInitialize(ladder common.Address, guildToken common.Address, governance common.Address, tierGrowth *big.Int, heatScale *big.Int, halfLife uint64) []byte {
	enc, err := governanceConverter.abi.Pack("initialize", ladder, guildToken, governance, tierGrowth, heatScale, halfLife)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24efacb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address ladder_, address guildToken_, address governance_, uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) returns()
func (governanceConverter *GovernanceConverter) TryPackInitialize(ladder common.Address, guildToken common.Address, governance common.Address, tierGrowth *big.Int, heatScale *big.Int, halfLife uint64) ([]byte, error) {
	return governanceConverter.abi.Pack("initialize", ladder, guildToken, governance, tierGrowth, heatScale, halfLife)
}

// PackLadder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468c7b64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ladder() view returns(address)
func (governanceConverter *GovernanceConverter) PackLadder() []byte {
	enc, err := governanceConverter.abi.Pack("ladder")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLadder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468c7b64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ladder() view returns(address)
func (governanceConverter *GovernanceConverter) TryPackLadder() ([]byte, error) {
	return governanceConverter.abi.Pack("ladder")
}

// UnpackLadder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x468c7b64.
//
// Solidity: function ladder() view returns(address)
func (governanceConverter *GovernanceConverter) UnpackLadder(data []byte) (common.Address, error) {
	out, err := governanceConverter.abi.Unpack("ladder", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPreviewConvert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fb1312.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewConvert(address account, uint8 tier, uint256 amount) view returns(uint256 value, uint256 minted)
func (governanceConverter *GovernanceConverter) PackPreviewConvert(account common.Address, tier uint8, amount *big.Int) []byte {
	enc, err := governanceConverter.abi.Pack("previewConvert", account, tier, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewConvert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fb1312.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewConvert(address account, uint8 tier, uint256 amount) view returns(uint256 value, uint256 minted)
func (governanceConverter *GovernanceConverter) TryPackPreviewConvert(account common.Address, tier uint8, amount *big.Int) ([]byte, error) {
	return governanceConverter.abi.Pack("previewConvert", account, tier, amount)
}

// PreviewConvertOutput serves as a container for the return parameters of contract
// method PreviewConvert.
type PreviewConvertOutput struct {
	Value  *big.Int
	Minted *big.Int
}

// UnpackPreviewConvert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8fb1312.
//
// Solidity: function previewConvert(address account, uint8 tier, uint256 amount) view returns(uint256 value, uint256 minted)
func (governanceConverter *GovernanceConverter) UnpackPreviewConvert(data []byte) (PreviewConvertOutput, error) {
	out, err := governanceConverter.abi.Unpack("previewConvert", data)
	outstruct := new(PreviewConvertOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Value = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Minted = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetConversionParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x915b6449.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConversionParams(uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) returns()
func (governanceConverter *GovernanceConverter) PackSetConversionParams(tierGrowth *big.Int, heatScale *big.Int, halfLife uint64) []byte {
	enc, err := governanceConverter.abi.Pack("setConversionParams", tierGrowth, heatScale, halfLife)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConversionParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x915b6449.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConversionParams(uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) returns()
func (governanceConverter *GovernanceConverter) TryPackSetConversionParams(tierGrowth *big.Int, heatScale *big.Int, halfLife uint64) ([]byte, error) {
	return governanceConverter.abi.Pack("setConversionParams", tierGrowth, heatScale, halfLife)
}

// PackTierGrowth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d1f10d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierGrowth() view returns(uint256)
func (governanceConverter *GovernanceConverter) PackTierGrowth() []byte {
	enc, err := governanceConverter.abi.Pack("tierGrowth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierGrowth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d1f10d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierGrowth() view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackTierGrowth() ([]byte, error) {
	return governanceConverter.abi.Pack("tierGrowth")
}

// UnpackTierGrowth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d1f10d4.
//
// Solidity: function tierGrowth() view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackTierGrowth(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("tierGrowth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTierWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba3ea8ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierWeight(uint8 tier) view returns(uint256)
func (governanceConverter *GovernanceConverter) PackTierWeight(tier uint8) []byte {
	enc, err := governanceConverter.abi.Pack("tierWeight", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba3ea8ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierWeight(uint8 tier) view returns(uint256)
func (governanceConverter *GovernanceConverter) TryPackTierWeight(tier uint8) ([]byte, error) {
	return governanceConverter.abi.Pack("tierWeight", tier)
}

// UnpackTierWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba3ea8ec.
//
// Solidity: function tierWeight(uint8 tier) view returns(uint256)
func (governanceConverter *GovernanceConverter) UnpackTierWeight(data []byte) (*big.Int, error) {
	out, err := governanceConverter.abi.Unpack("tierWeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// GovernanceConverterConversionParamsSet represents a ConversionParamsSet event raised by the GovernanceConverter contract.
type GovernanceConverterConversionParamsSet struct {
	TierGrowth *big.Int
	HeatScale  *big.Int
	HalfLife   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const GovernanceConverterConversionParamsSetEventName = "ConversionParamsSet"

// ContractEventName returns the user-defined event name.
func (GovernanceConverterConversionParamsSet) ContractEventName() string {
	return GovernanceConverterConversionParamsSetEventName
}

// UnpackConversionParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConversionParamsSet(uint256 tierGrowth, uint256 heatScale, uint64 halfLife)
func (governanceConverter *GovernanceConverter) UnpackConversionParamsSetEvent(log *types.Log) (*GovernanceConverterConversionParamsSet, error) {
	event := "ConversionParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConverter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConverterConversionParamsSet)
	if len(log.Data) > 0 {
		if err := governanceConverter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConverter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GovernanceConverterConverted represents a Converted event raised by the GovernanceConverter contract.
type GovernanceConverterConverted struct {
	Account common.Address
	Tier    uint8
	Amount  *big.Int
	Value   *big.Int
	Heat    *big.Int
	Minted  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GovernanceConverterConvertedEventName = "Converted"

// ContractEventName returns the user-defined event name.
func (GovernanceConverterConverted) ContractEventName() string {
	return GovernanceConverterConvertedEventName
}

// UnpackConvertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Converted(address indexed account, uint8 indexed tier, uint256 amount, uint256 value, uint256 heat, uint256 minted)
func (governanceConverter *GovernanceConverter) UnpackConvertedEvent(log *types.Log) (*GovernanceConverterConverted, error) {
	event := "Converted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConverter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConverterConverted)
	if len(log.Data) > 0 {
		if err := governanceConverter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConverter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GovernanceConverterInitialized represents a Initialized event raised by the GovernanceConverter contract.
type GovernanceConverterInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const GovernanceConverterInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (GovernanceConverterInitialized) ContractEventName() string {
	return GovernanceConverterInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (governanceConverter *GovernanceConverter) UnpackInitializedEvent(log *types.Log) (*GovernanceConverterInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConverter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConverterInitialized)
	if len(log.Data) > 0 {
		if err := governanceConverter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConverter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (governanceConverter *GovernanceConverter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_InsufficientOutput"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterInsufficientOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_InvalidHalfLife"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterInvalidHalfLifeError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_InvalidHeatScale"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterInvalidHeatScaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_InvalidTier"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterInvalidTierError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_InvalidTierGrowth"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterInvalidTierGrowthError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_NotGovernance"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterNotGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_ZeroAddress"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["Converter_ZeroAmount"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackConverterZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConverter.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return governanceConverter.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GovernanceConverterConverterInsufficientOutput represents a Converter_InsufficientOutput error raised by the GovernanceConverter contract.
type GovernanceConverterConverterInsufficientOutput struct {
	Minted    *big.Int
	MinMinted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_InsufficientOutput(uint256 minted, uint256 minMinted)
func GovernanceConverterConverterInsufficientOutputErrorID() common.Hash {
	return common.HexToHash("0x9b07172b561c809e66d72fd87e08e9d190d7018e1858a9255acc0d8228be88c9")
}

// UnpackConverterInsufficientOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_InsufficientOutput(uint256 minted, uint256 minMinted)
func (governanceConverter *GovernanceConverter) UnpackConverterInsufficientOutputError(raw []byte) (*GovernanceConverterConverterInsufficientOutput, error) {
	out := new(GovernanceConverterConverterInsufficientOutput)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_InsufficientOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterInvalidHalfLife represents a Converter_InvalidHalfLife error raised by the GovernanceConverter contract.
type GovernanceConverterConverterInvalidHalfLife struct {
	HalfLife uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_InvalidHalfLife(uint64 halfLife)
func GovernanceConverterConverterInvalidHalfLifeErrorID() common.Hash {
	return common.HexToHash("0x0e6474f1cb3b453cb32e0c17d16c17381efd24a309238f3580d6a79904ac551b")
}

// UnpackConverterInvalidHalfLifeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_InvalidHalfLife(uint64 halfLife)
func (governanceConverter *GovernanceConverter) UnpackConverterInvalidHalfLifeError(raw []byte) (*GovernanceConverterConverterInvalidHalfLife, error) {
	out := new(GovernanceConverterConverterInvalidHalfLife)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_InvalidHalfLife", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterInvalidHeatScale represents a Converter_InvalidHeatScale error raised by the GovernanceConverter contract.
type GovernanceConverterConverterInvalidHeatScale struct {
	HeatScale *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_InvalidHeatScale(uint256 heatScale)
func GovernanceConverterConverterInvalidHeatScaleErrorID() common.Hash {
	return common.HexToHash("0xfac4bfd667b67b8ee86a00248f3732089847af718ee8cfb099394ab91e700cc8")
}

// UnpackConverterInvalidHeatScaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_InvalidHeatScale(uint256 heatScale)
func (governanceConverter *GovernanceConverter) UnpackConverterInvalidHeatScaleError(raw []byte) (*GovernanceConverterConverterInvalidHeatScale, error) {
	out := new(GovernanceConverterConverterInvalidHeatScale)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_InvalidHeatScale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterInvalidTier represents a Converter_InvalidTier error raised by the GovernanceConverter contract.
type GovernanceConverterConverterInvalidTier struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_InvalidTier(uint8 tier)
func GovernanceConverterConverterInvalidTierErrorID() common.Hash {
	return common.HexToHash("0x47bdce6ca5434487958596cdb6e175b16fff4e7a68acf8abd43714f6d6e0a7ef")
}

// UnpackConverterInvalidTierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_InvalidTier(uint8 tier)
func (governanceConverter *GovernanceConverter) UnpackConverterInvalidTierError(raw []byte) (*GovernanceConverterConverterInvalidTier, error) {
	out := new(GovernanceConverterConverterInvalidTier)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_InvalidTier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterInvalidTierGrowth represents a Converter_InvalidTierGrowth error raised by the GovernanceConverter contract.
type GovernanceConverterConverterInvalidTierGrowth struct {
	TierGrowth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_InvalidTierGrowth(uint256 tierGrowth)
func GovernanceConverterConverterInvalidTierGrowthErrorID() common.Hash {
	return common.HexToHash("0xdd6e1e0967e2c7516b9c43dbaa93854e2db19e0b042952d258b023f97a8fd926")
}

// UnpackConverterInvalidTierGrowthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_InvalidTierGrowth(uint256 tierGrowth)
func (governanceConverter *GovernanceConverter) UnpackConverterInvalidTierGrowthError(raw []byte) (*GovernanceConverterConverterInvalidTierGrowth, error) {
	out := new(GovernanceConverterConverterInvalidTierGrowth)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_InvalidTierGrowth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterNotGovernance represents a Converter_NotGovernance error raised by the GovernanceConverter contract.
type GovernanceConverterConverterNotGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_NotGovernance(address caller)
func GovernanceConverterConverterNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0x8c241249b2d89d8fcadba12c5528955e134665a4fbc949d0dd14a9bf792c6abf")
}

// UnpackConverterNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_NotGovernance(address caller)
func (governanceConverter *GovernanceConverter) UnpackConverterNotGovernanceError(raw []byte) (*GovernanceConverterConverterNotGovernance, error) {
	out := new(GovernanceConverterConverterNotGovernance)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_NotGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterZeroAddress represents a Converter_ZeroAddress error raised by the GovernanceConverter contract.
type GovernanceConverterConverterZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_ZeroAddress()
func GovernanceConverterConverterZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xadc5e40de7202e342e445089048339eae9608476f0d50eade14c48f0514f2964")
}

// UnpackConverterZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_ZeroAddress()
func (governanceConverter *GovernanceConverter) UnpackConverterZeroAddressError(raw []byte) (*GovernanceConverterConverterZeroAddress, error) {
	out := new(GovernanceConverterConverterZeroAddress)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterConverterZeroAmount represents a Converter_ZeroAmount error raised by the GovernanceConverter contract.
type GovernanceConverterConverterZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Converter_ZeroAmount()
func GovernanceConverterConverterZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x764c7a095f9845e85e0f8e8c42653ff572dcbde6d3ad2750a5b68abcfcd6a4b2")
}

// UnpackConverterZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Converter_ZeroAmount()
func (governanceConverter *GovernanceConverter) UnpackConverterZeroAmountError(raw []byte) (*GovernanceConverterConverterZeroAmount, error) {
	out := new(GovernanceConverterConverterZeroAmount)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "Converter_ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterInvalidInitialization represents a InvalidInitialization error raised by the GovernanceConverter contract.
type GovernanceConverterInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func GovernanceConverterInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (governanceConverter *GovernanceConverter) UnpackInvalidInitializationError(raw []byte) (*GovernanceConverterInvalidInitialization, error) {
	out := new(GovernanceConverterInvalidInitialization)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterNotInitializing represents a NotInitializing error raised by the GovernanceConverter contract.
type GovernanceConverterNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func GovernanceConverterNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (governanceConverter *GovernanceConverter) UnpackNotInitializingError(raw []byte) (*GovernanceConverterNotInitializing, error) {
	out := new(GovernanceConverterNotInitializing)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConverterReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the GovernanceConverter contract.
type GovernanceConverterReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func GovernanceConverterReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (governanceConverter *GovernanceConverter) UnpackReentrancyGuardReentrantCallError(raw []byte) (*GovernanceConverterReentrancyGuardReentrantCall, error) {
	out := new(GovernanceConverterReentrancyGuardReentrantCall)
	if err := governanceConverter.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}
