// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package authority

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

// IAuthorityRegistryCell is an auto generated low-level Go binding around an user-defined struct.
type IAuthorityRegistryCell struct {
	Holder  common.Address
	Since   uint64
	Granted bool
}

// IAuthorityRegistryDid is an auto generated low-level Go binding around an user-defined struct.
type IAuthorityRegistryDid struct {
	Issuer       common.Address
	IssuedAt     uint64
	UpdatedAt    uint64
	Revoked      bool
	DocumentHash [32]byte
}

// AuthorityRegistryMetaData contains all meta data concerning the AuthorityRegistry contract.
var AuthorityRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PRECISION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.Cell\",\"components\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"since\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"granted\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cellCount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitAmount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregisterKeyHolder\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"didOf\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"didRecord\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.Did\",\"components\":[{\"name\":\"issuer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"issuedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"updatedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"evict\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"heldBelow\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitToken_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitAmount_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isAuthority\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAvailable\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isDidValid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"issueDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyHolders\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publicKeyOf\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerKeyHolder\",\"inputs\":[{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"releaseCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"strike\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCommitAmount\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"struck\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CellClaimed\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"burned\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellGranted\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellReleased\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellRevoked\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"struck\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitAmountSet\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DidIssued\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"issuer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"did\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DidRevoked\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DidUpdated\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"HolderStruck\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyHolderRegistered\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyHolderRemoved\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Authority_BadCell\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_BadPublicKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_ClaimDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_DidExists\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NoDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotAuthority\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotHolder\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotKeyHolder\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotStruck\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_Overlap\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_Struck\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_Unauthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringsInsufficientHexLength\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "AuthorityRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6126d2806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101f2575f3560e01c80636ac0127d11610114578063965306aa116100a9578063bff8c90f11610079578063bff8c90f1461056b578063d547741f14610593578063e9280397146105a6578063f3a2d7cd146105b9578063fbc2bae1146105cc575f5ffd5b8063965306aa1461052b578063a217fddf1461053e578063b288c40a14610545578063ba7a005114610558575f5ffd5b80637fbdbf38116100e45780637fbdbf38146103f6578063819a2e61146104fd578063829da0d41461050557806391d1485414610518575f5ffd5b80636ac0127d1461039e57806373f599da146103b15780637c9e1e57146103b95780637ddb64cd146103e3575f5ffd5b8063353ecdc81161018a5780633e2e95ef1161015a5780633e2e95ef146103265780634e6dfd7f1461036f5780635e8af8d2146103825780635fb6868f14610395575f5ffd5b8063353ecdc8146102cd578063364c707b146102e057806336568abe146103005780633989d2dd14610313575f5ffd5b8063248a9ca3116101c5578063248a9ca31461025b5780632a710b8f1461027c5780632b51c77f146102a75780632f2ff15d146102ba575f5ffd5b806301ffc9a7146101f65780631794bb3c1461021e5780631d346cf7146102335780632330f24714610248575b5f5ffd5b6102096102043660046120d4565b6105df565b60405190151581526020015b60405180910390f35b61023161022c366004612116565b610615565b005b61023b610791565b6040516102159190612150565b61020961025636600461219b565b6107f1565b61026e6102693660046121b4565b610831565b604051908152602001610215565b61020961028a36600461219b565b6001600160a01b03165f9081526005602052604090205460ff1690565b6102096102b536600461219b565b610851565b6102316102c83660046121cb565b6108b6565b6102316102db3660046121f5565b6108d8565b6102f36102ee36600461219b565b610a61565b604051610215919061224b565b61023161030e3660046121cb565b610a9c565b6102316103213660046122a1565b610ad4565b6103396103343660046122a1565b610bd0565b6040805182516001600160a01b031681526020808401516001600160401b03169082015291810151151590820152606001610215565b61023161037d3660046121b4565b610c51565b6102f361039036600461219b565b610c97565b61026e60015481565b6102316103ac3660046122df565b610d40565b61026e600c81565b5f546103cb906001600160a01b031681565b6040516001600160a01b039091168152602001610215565b61026e6103f13660046122a1565b610dc7565b6104a061040436600461219b565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b039081165f90815260066020908152604091829020825160a08101845281549485168152600160a01b9094046001600160401b0390811692850192909252600181015491821692840192909252600160401b900460ff161515606083015260020154608082015290565b60405161021591905f60a08201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151151560608301526080830151608083015292915050565b610231610deb565b61023161051336600461232e565b610e26565b6102096105263660046121cb565b610f59565b6102096105393660046122a1565b610f8f565b61026e5f81565b6102316105533660046122a1565b610fb7565b6102316105663660046122a1565b611091565b61026e61057936600461219b565b6001600160a01b03165f9081526004602052604090205490565b6102316105a13660046121cb565b611173565b6102316105b436600461219b565b61118f565b6102316105c73660046121f5565b61128d565b6102316105da3660046122a1565b611391565b5f6001600160e01b03198216637965db0b60e01b148061060f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61061e611436565b805490915060ff600160401b82041615906001600160401b03165f811580156106445750825b90505f826001600160401b0316600114801561065f5750303b155b90508115801561066d575080155b1561068b5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156106b557845460ff60401b1916600160401b1785555b6001600160a01b0388166106dc5760405163115be83d60e31b815260040160405180910390fd5b6106e461145e565b6106ee5f89611466565b505f80546001600160a01b0319166001600160a01b03891617905560018690556040518681527f991f5908e21f8fdf28d35f4745f860b97d30e0bfbab69b936dcf6fc3732486979060200160405180910390a1831561078757845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b606060088054806020026020016040519081016040528092919081815260200182805480156107e757602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116107c9575b5050505050905090565b6001600160a01b0381165f908152600460205260408120541580159061060f5750506001600160a01b03165f9081526005602052604090205460ff161590565b5f9081525f5160206126b25f395f51905f52602052604090206001015490565b6001600160a01b038082165f908152600660205260408120805491929091161580159061088a57506001810154600160401b900460ff16155b80156108af575080546001600160a01b03165f9081526005602052604090205460ff16155b9392505050565b6108bf82610831565b6108c881611507565b6108d28383611466565b50505050565b6108e133611514565b6001600160a01b0382166109085760405163115be83d60e31b815260040160405180910390fd5b6001600160a01b038083165f90815260066020526040902080549091161580159061093f57506001810154600160401b900460ff16155b1561096d57604051638e7e728960e01b81526001600160a01b03841660048201526024015b60405180910390fd5b6040805160a081018252338082526001600160401b034281811660208086018281528688019283525f60608801818152608089018c81526001600160a01b038e811680855260069096529a9092209851895493518816600160a01b026001600160e01b03199094169a1699909917919091178755915160018701805498511515600160401b0268ffffffffffffffffff19909916919095161796909617909255905160029093019290925590917f41b96eea81b4193352dbe8d916b541a46019a6b73d00c78ab1ed9206ca68cd4d85610a4588610a61565b604051610a53929190612384565b60405180910390a350505050565b6060610a6c46611545565b610a75836115d4565b604051602001610a869291906123b3565b6040516020818303038152906040529050919050565b6001600160a01b0381163314610ac55760405163334bd91960e11b815260040160405180910390fd5b610acf82826115ea565b505050565b610adc611663565b5f546001546001600160a01b0390911690811580610af8575080155b15610b1657604051630297adc360e21b815260040160405180910390fd5b610b228484335f611698565b336001600160a01b03167fdb93443278e8a74ba8ecc009a899e41584fe45c109715623b95ec7243a3514c3858584604051610b5f93929190612414565b60405180910390a260405163079cc67960e41b8152336004820152602481018290526001600160a01b038316906379cc6790906044015f604051808303815f87803b158015610bac575f5ffd5b505af1158015610bbe573d5f5f3e3d5ffd5b505050505050610bcc611829565b5050565b604080516060810182525f808252602082018190529181019190915260025f610bf98585611853565b815260208082019290925260409081015f20815160608101835290546001600160a01b0381168252600160a01b81046001600160401b031693820193909352600160e01b90920460ff16151590820152905092915050565b5f610c5b81611507565b60018290556040518281527f991f5908e21f8fdf28d35f4745f860b97d30e0bfbab69b936dcf6fc3732486979060200160405180910390a15050565b6001600160a01b0381165f908152600760205260409020805460609190610cbd90612437565b80601f0160208091040260200160405190810160405280929190818152602001828054610ce990612437565b8015610d345780601f10610d0b57610100808354040283529160200191610d34565b820191905f5260205f20905b815481529060010190602001808311610d1757829003601f168201915b50505050509050919050565b5f610d4a81611507565b6001600160a01b038216610d715760405163115be83d60e31b815260040160405180910390fd5b610d7e8484846001611698565b816001600160a01b03167f7735d14df4f17db99756cfd003602cd56cc0533d8ac452581f3146000d96a9d58585604051610db992919061246f565b60405180910390a250505050565b5f60035f610dd58585611853565b81526020019081526020015f2054905092915050565b335f908152600960205260408120549003610e1b5760405163056fb4ed60e21b8152336004820152602401610964565b610e2433611874565b565b5f610e3081611507565b5f60025f610e3e8787611853565b815260208101919091526040015f20546001600160a01b0316905080610e79576040516311fad61f60e01b81525f6004820152602401610964565b610e848585836119c3565b806001600160a01b03167fc226fea6e7156f292815327dd216f819554f0c4300cfb6c716f7e49b31038500868686604051610ec193929190612482565b60405180910390a2828015610eee57506001600160a01b0381165f9081526005602052604090205460ff16155b15610f52576001600160a01b0381165f908152600560205260409020805460ff19166001179055610f1e81611874565b6040516001600160a01b038216907f0c05b22f0a5d1c657616fceac1db60f9252209c9854c70473a1c3339a9426f3f905f90a25b5050505050565b5f9182525f5160206126b25f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610f9a8383611a83565b610fa557505f61060f565b610faf8383611bb0565b159392505050565b610fc033611514565b610fca8282611c37565b335f908152600760205260409020610fe38284836124ff565b50335f90815260096020526040812054900361104a57600880546001810182557ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee30180546001600160a01b0319163390811790915590545f91825260096020526040909120555b336001600160a01b03167f447965eae4ee7b0cb000f9efe09dee6835bdcecf718b0e48c8acf16a55b35f76838360405161108592919061246f565b60405180910390a25050565b5f60025f61109f8585611853565b815260208101919091526040015f20546001600160a01b03169050806110da576040516311fad61f60e01b81525f6004820152602401610964565b6001600160a01b0381165f9081526005602052604090205460ff1661111d5760405163a8188dcd60e01b81526001600160a01b0382166004820152602401610964565b6111288383836119c3565b806001600160a01b03167fc226fea6e7156f292815327dd216f819554f0c4300cfb6c716f7e49b310385008484600160405161116693929190612482565b60405180910390a2505050565b61117c82610831565b61118581611507565b6108d283836115ea565b6001600160a01b038082165f908152600660205260409020805490911615806111c357506001810154600160401b900460ff165b156111ec576040516357553a1560e01b81526001600160a01b0383166004820152602401610964565b80546001600160a01b0316331480159061120d575061120b5f33610f59565b155b1561122d576040516301ec172d60e31b8152336004820152602401610964565b6001810180546001600160401b03421668ffffffffffffffffff1990911617600160401b17905560405133906001600160a01b038416907f78f7f5d97b8b99f20c96ffcd0a0414abe85c09a64b8ba9a8808a8260845e894a905f90a35050565b6001600160a01b038083165f908152600660205260409020805490911615806112c157506001810154600160401b900460ff165b156112ea576040516357553a1560e01b81526001600160a01b0384166004820152602401610964565b80546001600160a01b0316331415806113115750335f9081526005602052604090205460ff165b15611331576040516301ec172d60e31b8152336004820152602401610964565b6002810182905560018101805467ffffffffffffffff1916426001600160401b03161790556040518281526001600160a01b038416907fe0582648c2b4b3a2c00ca0fd326dde4d98b5a0a91c3ccd4c92427aa9742c88e090602001611166565b5f60025f61139f8585611853565b815260208101919091526040015f20546001600160a01b031690508015806113d057506001600160a01b0381163314155b156113f0576040516311fad61f60e01b8152336004820152602401610964565b6113fb8383836119c3565b806001600160a01b03167fddf6089ffa79d58194279a61c78c6481e6123bd4307a77b545ab43483440fdbd848460405161116692919061246f565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061060f565b610e24611d50565b5f5f5160206126b25f395f51905f5261147f8484610f59565b6114fe575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556114b43390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061060f565b5f91505061060f565b6115118133611d75565b50565b61151d816107f1565b61151157604051632afdf4a560e21b81526001600160a01b0382166004820152602401610964565b60605f61155183611dae565b60010190505f816001600160401b0381111561156f5761156f6124a7565b6040519080825280601f01601f191660200182016040528015611599576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846115a357509392505050565b606061060f6001600160a01b0383166014611e85565b5f5f5160206126b25f395f51905f526116038484610f59565b156114fe575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061060f565b61166b611ffe565b610e2460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061203e565b6116a28484611a83565b6116bf5760405163f401395760e01b815260040160405180910390fd5b6001600160a01b0382165f9081526005602052604090205460ff16156117035760405163314770c160e21b81526001600160a01b0383166004820152602401610964565b61170d8484611bb0565b1561172b5760405163e77eaa7360e01b815260040160405180910390fd5b5f6117368585611853565b604080516060810182526001600160a01b038087168083526001600160401b0342811660208086019182528915158688019081525f8981526002835288812097518854945192511515600160e01b0260ff60e01b1993909616600160a01b026001600160e01b03199095169716969096179290921791909116919091179093558152600490915290812080549293506001929091906117d69084906125cc565b9091555084905060015b8181101561182057600160035f6117f88a8a86612045565b81526020019081526020015f205f82825461181391906125cc565b90915550506001016117e0565b50505050505050565b610e245f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611692565b5f82826040516118649291906125df565b6040518091039020905092915050565b6001600160a01b0381165f9081526009602052604081205490819003611898575050565b60085481811461192e575f60086118b06001846125ee565b815481106118c0576118c0612601565b5f918252602090912001546001600160a01b031690508060086118e46001866125ee565b815481106118f4576118f4612601565b5f91825260208083209190910180546001600160a01b0319166001600160a01b039485161790559290911681526009909152604090208290555b600880548061193f5761193f612615565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b03851682526009815260408083208390556007909152812061198b9161208a565b6040516001600160a01b038416907f5bd05d830ed5b18c63ed10ddc2e78cb0cc0f09ca38d848e775a520fbe42de4e8905f90a2505050565b60025f6119d08585611853565b815260208101919091526040015f2080546001600160e81b03191690558160015b81811015611a3157600160035f611a09888886612045565b81526020019081526020015f205f828254611a2491906125ee565b90915550506001016119f1565b506001600160a01b0382165f90815260046020526040812054611a56906001906125ee565b6001600160a01b0384165f908152600460205260408120829055909150819003610f5257610f5283611874565b5f828280801580611a945750600c81115b15611aa4575f935050505061060f565b5f5b81811015611ba3575f848483818110611ac157611ac1612601565b909101356001600160f81b03191691505f9050600360fc1b8210801590611af65750603960f81b6001600160f81b0319831611155b90505f603160f91b6001600160f81b0319841610801590611b255750603d60f91b6001600160f81b0319841611155b8015611b3f5750606960f81b6001600160f81b0319841614155b8015611b595750601b60fa1b6001600160f81b0319841614155b8015611b735750606f60f81b6001600160f81b0319841614155b905081158015611b81575080155b15611b95575f97505050505050505061060f565b505050806001019050611aa6565b5060019695505050505050565b5f60035f611bbe8585611853565b81526020019081526020015f20545f14611bda5750600161060f565b8160015b818111611c2d575f600281611bf4888886612045565b815260208101919091526040015f20546001600160a01b031614611c1d5760019250505061060f565b611c2681612629565b9050611bde565b505f949350505050565b604181141580611c70575081815f818110611c5457611c54612601565b9050013560f81c60f81b6001600160f81b031916600460f81b14155b15611c8e5760405163423a26ef60e11b815260040160405180910390fd5b5f611c9d602160018486612641565b611ca691612668565b90505f611cb7604160218587612641565b611cc091612668565b90506401000003d01982101580611cdd57506401000003d0198110155b15611cfb5760405163423a26ef60e11b815260040160405180910390fd5b5f6401000003d01982830990505f6401000003d01960076401000003d019866401000003d01988890909089050808214611d485760405163423a26ef60e11b815260040160405180910390fd5b505050505050565b611d58612071565b610e2457604051631afcd79f60e31b815260040160405180910390fd5b611d7f8282610f59565b610bcc5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610964565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611dec5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611e18576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611e3657662386f26fc10000830492506010015b6305f5e1008310611e4e576305f5e100830492506008015b6127108310611e6257612710830492506004015b60648310611e74576064830492506002015b600a831061060f5760010192915050565b6060825f611e94846002612685565b611e9f9060026125cc565b6001600160401b03811115611eb657611eb66124a7565b6040519080825280601f01601f191660200182016040528015611ee0576020820181803683370190505b509050600360fc1b815f81518110611efa57611efa612601565b60200101906001600160f81b03191690815f1a905350600f60fb1b81600181518110611f2857611f28612601565b60200101906001600160f81b03191690815f1a9053505f611f4a856002612685565b611f559060016125cc565b90505b6001811115611fcc576f181899199a1a9b1b9c1cb0b131b232b360811b83600f1660108110611f8957611f89612601565b1a60f81b828281518110611f9f57611f9f612601565b60200101906001600160f81b03191690815f1a90535060049290921c91611fc58161269c565b9050611f58565b508115611ff65760405163e22e27eb60e01b81526004810186905260248101859052604401610964565b949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e2457604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f61205282828587612641565b6040516120609291906125df565b604051809103902090509392505050565b5f61207a611436565b54600160401b900460ff16919050565b50805461209690612437565b5f825580601f106120a5575050565b601f0160209004905f5260205f209081019061151191905b808211156120d0575f81556001016120bd565b5090565b5f602082840312156120e4575f5ffd5b81356001600160e01b0319811681146108af575f5ffd5b80356001600160a01b0381168114612111575f5ffd5b919050565b5f5f5f60608486031215612128575f5ffd5b612131846120fb565b925061213f602085016120fb565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b818110156121905783516001600160a01b0316835260209384019390920191600101612169565b509095945050505050565b5f602082840312156121ab575f5ffd5b6108af826120fb565b5f602082840312156121c4575f5ffd5b5035919050565b5f5f604083850312156121dc575f5ffd5b823591506121ec602084016120fb565b90509250929050565b5f5f60408385031215612206575f5ffd5b61220f836120fb565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108af602083018461221d565b5f5f83601f84011261226d575f5ffd5b5081356001600160401b03811115612283575f5ffd5b60208301915083602082850101111561229a575f5ffd5b9250929050565b5f5f602083850312156122b2575f5ffd5b82356001600160401b038111156122c7575f5ffd5b6122d38582860161225d565b90969095509350505050565b5f5f5f604084860312156122f1575f5ffd5b83356001600160401b03811115612306575f5ffd5b6123128682870161225d565b90945092506123259050602085016120fb565b90509250925092565b5f5f5f60408486031215612340575f5ffd5b83356001600160401b03811115612355575f5ffd5b6123618682870161225d565b90945092505060208401358015158114612379575f5ffd5b809150509250925092565b828152604060208201525f611ff6604083018461221d565b5f81518060208401855e5f93019283525090919050565b673234b21d3234b81d60c11b81525f6123cf600883018561239c565b601d60f91b81526123e3600182018561239c565b95945050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6124276040830185876123ec565b9050826020830152949350505050565b600181811c9082168061244b57607f821691505b60208210810361246957634e487b7160e01b5f52602260045260245ffd5b50919050565b602081525f611ff66020830184866123ec565b604081525f6124956040830185876123ec565b90508215156020830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610acf57805f5260205f20601f840160051c810160208510156124e05750805b601f840160051c820191505b81811015610f52575f81556001016124ec565b6001600160401b03831115612516576125166124a7565b61252a836125248354612437565b836124bb565b5f601f84116001811461255b575f85156125445750838201355b5f19600387901b1c1916600186901b178355610f52565b5f83815260208120601f198716915b8281101561258a578685013582556020948501946001909201910161256a565b50868210156125a6575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561060f5761060f6125b8565b818382375f9101908152919050565b8181038181111561060f5761060f6125b8565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f6001820161263a5761263a6125b8565b5060010190565b5f5f8585111561264f575f5ffd5b8386111561265b575f5ffd5b5050820193919092039150565b8035602083101561060f575f19602084900360031b1b1692915050565b808202811582820484141761060f5761060f6125b8565b5f816126aa576126aa6125b8565b505f19019056fe02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800",
}

// AuthorityRegistry is an auto generated Go binding around an Ethereum contract.
type AuthorityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AuthorityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAuthorityRegistry creates a new instance of AuthorityRegistry.
func NewAuthorityRegistry() *AuthorityRegistry {
	parsed, err := AuthorityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AuthorityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AuthorityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (authorityRegistry *AuthorityRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := authorityRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (authorityRegistry *AuthorityRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return authorityRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (authorityRegistry *AuthorityRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := authorityRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXPRECISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f599da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PRECISION() view returns(uint256)
func (authorityRegistry *AuthorityRegistry) PackMAXPRECISION() []byte {
	enc, err := authorityRegistry.abi.Pack("MAX_PRECISION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPRECISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f599da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PRECISION() view returns(uint256)
func (authorityRegistry *AuthorityRegistry) TryPackMAXPRECISION() ([]byte, error) {
	return authorityRegistry.abi.Pack("MAX_PRECISION")
}

// UnpackMAXPRECISION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f599da.
//
// Solidity: function MAX_PRECISION() view returns(uint256)
func (authorityRegistry *AuthorityRegistry) UnpackMAXPRECISION(data []byte) (*big.Int, error) {
	out, err := authorityRegistry.abi.Unpack("MAX_PRECISION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e2e95ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cell(string name) view returns((address,uint64,bool))
func (authorityRegistry *AuthorityRegistry) PackCell(name string) []byte {
	enc, err := authorityRegistry.abi.Pack("cell", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e2e95ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cell(string name) view returns((address,uint64,bool))
func (authorityRegistry *AuthorityRegistry) TryPackCell(name string) ([]byte, error) {
	return authorityRegistry.abi.Pack("cell", name)
}

// UnpackCell is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e2e95ef.
//
// Solidity: function cell(string name) view returns((address,uint64,bool))
func (authorityRegistry *AuthorityRegistry) UnpackCell(data []byte) (IAuthorityRegistryCell, error) {
	out, err := authorityRegistry.abi.Unpack("cell", data)
	if err != nil {
		return *new(IAuthorityRegistryCell), err
	}
	out0 := *abi.ConvertType(out[0], new(IAuthorityRegistryCell)).(*IAuthorityRegistryCell)
	return out0, nil
}

// PackCellCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff8c90f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cellCount(address account) view returns(uint256)
func (authorityRegistry *AuthorityRegistry) PackCellCount(account common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("cellCount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCellCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff8c90f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cellCount(address account) view returns(uint256)
func (authorityRegistry *AuthorityRegistry) TryPackCellCount(account common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("cellCount", account)
}

// UnpackCellCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbff8c90f.
//
// Solidity: function cellCount(address account) view returns(uint256)
func (authorityRegistry *AuthorityRegistry) UnpackCellCount(data []byte) (*big.Int, error) {
	out, err := authorityRegistry.abi.Unpack("cellCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3989d2dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCell(string name) returns()
func (authorityRegistry *AuthorityRegistry) PackClaimCell(name string) []byte {
	enc, err := authorityRegistry.abi.Pack("claimCell", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3989d2dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCell(string name) returns()
func (authorityRegistry *AuthorityRegistry) TryPackClaimCell(name string) ([]byte, error) {
	return authorityRegistry.abi.Pack("claimCell", name)
}

// PackCommitAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fb6868f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitAmount() view returns(uint256)
func (authorityRegistry *AuthorityRegistry) PackCommitAmount() []byte {
	enc, err := authorityRegistry.abi.Pack("commitAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fb6868f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitAmount() view returns(uint256)
func (authorityRegistry *AuthorityRegistry) TryPackCommitAmount() ([]byte, error) {
	return authorityRegistry.abi.Pack("commitAmount")
}

// UnpackCommitAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fb6868f.
//
// Solidity: function commitAmount() view returns(uint256)
func (authorityRegistry *AuthorityRegistry) UnpackCommitAmount(data []byte) (*big.Int, error) {
	out, err := authorityRegistry.abi.Unpack("commitAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c9e1e57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitToken() view returns(address)
func (authorityRegistry *AuthorityRegistry) PackCommitToken() []byte {
	enc, err := authorityRegistry.abi.Pack("commitToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c9e1e57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitToken() view returns(address)
func (authorityRegistry *AuthorityRegistry) TryPackCommitToken() ([]byte, error) {
	return authorityRegistry.abi.Pack("commitToken")
}

// UnpackCommitToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c9e1e57.
//
// Solidity: function commitToken() view returns(address)
func (authorityRegistry *AuthorityRegistry) UnpackCommitToken(data []byte) (common.Address, error) {
	out, err := authorityRegistry.abi.Unpack("commitToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeregisterKeyHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x819a2e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterKeyHolder() returns()
func (authorityRegistry *AuthorityRegistry) PackDeregisterKeyHolder() []byte {
	enc, err := authorityRegistry.abi.Pack("deregisterKeyHolder")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregisterKeyHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x819a2e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregisterKeyHolder() returns()
func (authorityRegistry *AuthorityRegistry) TryPackDeregisterKeyHolder() ([]byte, error) {
	return authorityRegistry.abi.Pack("deregisterKeyHolder")
}

// PackDidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x364c707b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function didOf(address subject) view returns(string)
func (authorityRegistry *AuthorityRegistry) PackDidOf(subject common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("didOf", subject)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x364c707b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function didOf(address subject) view returns(string)
func (authorityRegistry *AuthorityRegistry) TryPackDidOf(subject common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("didOf", subject)
}

// UnpackDidOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x364c707b.
//
// Solidity: function didOf(address subject) view returns(string)
func (authorityRegistry *AuthorityRegistry) UnpackDidOf(data []byte) (string, error) {
	out, err := authorityRegistry.abi.Unpack("didOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDidRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fbdbf38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function didRecord(address subject) view returns((address,uint64,uint64,bool,bytes32))
func (authorityRegistry *AuthorityRegistry) PackDidRecord(subject common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("didRecord", subject)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDidRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fbdbf38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function didRecord(address subject) view returns((address,uint64,uint64,bool,bytes32))
func (authorityRegistry *AuthorityRegistry) TryPackDidRecord(subject common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("didRecord", subject)
}

// UnpackDidRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fbdbf38.
//
// Solidity: function didRecord(address subject) view returns((address,uint64,uint64,bool,bytes32))
func (authorityRegistry *AuthorityRegistry) UnpackDidRecord(data []byte) (IAuthorityRegistryDid, error) {
	out, err := authorityRegistry.abi.Unpack("didRecord", data)
	if err != nil {
		return *new(IAuthorityRegistryDid), err
	}
	out0 := *abi.ConvertType(out[0], new(IAuthorityRegistryDid)).(*IAuthorityRegistryDid)
	return out0, nil
}

// PackEvict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba7a0051.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evict(string name) returns()
func (authorityRegistry *AuthorityRegistry) PackEvict(name string) []byte {
	enc, err := authorityRegistry.abi.Pack("evict", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba7a0051.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evict(string name) returns()
func (authorityRegistry *AuthorityRegistry) TryPackEvict(name string) ([]byte, error) {
	return authorityRegistry.abi.Pack("evict", name)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (authorityRegistry *AuthorityRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := authorityRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (authorityRegistry *AuthorityRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (authorityRegistry *AuthorityRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := authorityRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ac0127d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantCell(string name, address holder) returns()
func (authorityRegistry *AuthorityRegistry) PackGrantCell(name string, holder common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("grantCell", name, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ac0127d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantCell(string name, address holder) returns()
func (authorityRegistry *AuthorityRegistry) TryPackGrantCell(name string, holder common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("grantCell", name, holder)
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (authorityRegistry *AuthorityRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (authorityRegistry *AuthorityRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := authorityRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHeldBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ddb64cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heldBelow(string name) view returns(uint256)
func (authorityRegistry *AuthorityRegistry) PackHeldBelow(name string) []byte {
	enc, err := authorityRegistry.abi.Pack("heldBelow", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeldBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ddb64cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heldBelow(string name) view returns(uint256)
func (authorityRegistry *AuthorityRegistry) TryPackHeldBelow(name string) ([]byte, error) {
	return authorityRegistry.abi.Pack("heldBelow", name)
}

// UnpackHeldBelow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ddb64cd.
//
// Solidity: function heldBelow(string name) view returns(uint256)
func (authorityRegistry *AuthorityRegistry) UnpackHeldBelow(data []byte) (*big.Int, error) {
	out, err := authorityRegistry.abi.Unpack("heldBelow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1794bb3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address commitToken_, uint256 commitAmount_) returns()
func (authorityRegistry *AuthorityRegistry) PackInitialize(admin common.Address, commitToken common.Address, commitAmount *big.Int) []byte {
	enc, err := authorityRegistry.abi.Pack("initialize", admin, commitToken, commitAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1794bb3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address commitToken_, uint256 commitAmount_) returns()
func (authorityRegistry *AuthorityRegistry) TryPackInitialize(admin common.Address, commitToken common.Address, commitAmount *big.Int) ([]byte, error) {
	return authorityRegistry.abi.Pack("initialize", admin, commitToken, commitAmount)
}

// PackIsAuthority is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2330f247.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthority(address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) PackIsAuthority(account common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("isAuthority", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthority is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2330f247.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthority(address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) TryPackIsAuthority(account common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("isAuthority", account)
}

// UnpackIsAuthority is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2330f247.
//
// Solidity: function isAuthority(address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) UnpackIsAuthority(data []byte) (bool, error) {
	out, err := authorityRegistry.abi.Unpack("isAuthority", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x965306aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAvailable(string name) view returns(bool)
func (authorityRegistry *AuthorityRegistry) PackIsAvailable(name string) []byte {
	enc, err := authorityRegistry.abi.Pack("isAvailable", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x965306aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAvailable(string name) view returns(bool)
func (authorityRegistry *AuthorityRegistry) TryPackIsAvailable(name string) ([]byte, error) {
	return authorityRegistry.abi.Pack("isAvailable", name)
}

// UnpackIsAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x965306aa.
//
// Solidity: function isAvailable(string name) view returns(bool)
func (authorityRegistry *AuthorityRegistry) UnpackIsAvailable(data []byte) (bool, error) {
	out, err := authorityRegistry.abi.Unpack("isAvailable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDidValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b51c77f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDidValid(address subject) view returns(bool)
func (authorityRegistry *AuthorityRegistry) PackIsDidValid(subject common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("isDidValid", subject)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDidValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b51c77f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDidValid(address subject) view returns(bool)
func (authorityRegistry *AuthorityRegistry) TryPackIsDidValid(subject common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("isDidValid", subject)
}

// UnpackIsDidValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b51c77f.
//
// Solidity: function isDidValid(address subject) view returns(bool)
func (authorityRegistry *AuthorityRegistry) UnpackIsDidValid(data []byte) (bool, error) {
	out, err := authorityRegistry.abi.Unpack("isDidValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssueDid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353ecdc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issueDid(address subject, bytes32 documentHash) returns()
func (authorityRegistry *AuthorityRegistry) PackIssueDid(subject common.Address, documentHash [32]byte) []byte {
	enc, err := authorityRegistry.abi.Pack("issueDid", subject, documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssueDid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353ecdc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issueDid(address subject, bytes32 documentHash) returns()
func (authorityRegistry *AuthorityRegistry) TryPackIssueDid(subject common.Address, documentHash [32]byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("issueDid", subject, documentHash)
}

// PackKeyHolders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d346cf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyHolders() view returns(address[])
func (authorityRegistry *AuthorityRegistry) PackKeyHolders() []byte {
	enc, err := authorityRegistry.abi.Pack("keyHolders")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyHolders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d346cf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyHolders() view returns(address[])
func (authorityRegistry *AuthorityRegistry) TryPackKeyHolders() ([]byte, error) {
	return authorityRegistry.abi.Pack("keyHolders")
}

// UnpackKeyHolders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d346cf7.
//
// Solidity: function keyHolders() view returns(address[])
func (authorityRegistry *AuthorityRegistry) UnpackKeyHolders(data []byte) ([]common.Address, error) {
	out, err := authorityRegistry.abi.Unpack("keyHolders", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackPublicKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e8af8d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicKeyOf(address holder) view returns(bytes)
func (authorityRegistry *AuthorityRegistry) PackPublicKeyOf(holder common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("publicKeyOf", holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e8af8d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicKeyOf(address holder) view returns(bytes)
func (authorityRegistry *AuthorityRegistry) TryPackPublicKeyOf(holder common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("publicKeyOf", holder)
}

// UnpackPublicKeyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e8af8d2.
//
// Solidity: function publicKeyOf(address holder) view returns(bytes)
func (authorityRegistry *AuthorityRegistry) UnpackPublicKeyOf(data []byte) ([]byte, error) {
	out, err := authorityRegistry.abi.Unpack("publicKeyOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRegisterKeyHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb288c40a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerKeyHolder(bytes publicKey) returns()
func (authorityRegistry *AuthorityRegistry) PackRegisterKeyHolder(publicKey []byte) []byte {
	enc, err := authorityRegistry.abi.Pack("registerKeyHolder", publicKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterKeyHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb288c40a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerKeyHolder(bytes publicKey) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRegisterKeyHolder(publicKey []byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("registerKeyHolder", publicKey)
}

// PackReleaseCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbc2bae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseCell(string name) returns()
func (authorityRegistry *AuthorityRegistry) PackReleaseCell(name string) []byte {
	enc, err := authorityRegistry.abi.Pack("releaseCell", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbc2bae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseCell(string name) returns()
func (authorityRegistry *AuthorityRegistry) TryPackReleaseCell(name string) ([]byte, error) {
	return authorityRegistry.abi.Pack("releaseCell", name)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (authorityRegistry *AuthorityRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x829da0d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeCell(string name, bool strike) returns()
func (authorityRegistry *AuthorityRegistry) PackRevokeCell(name string, strike bool) []byte {
	enc, err := authorityRegistry.abi.Pack("revokeCell", name, strike)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeCell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x829da0d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeCell(string name, bool strike) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRevokeCell(name string, strike bool) ([]byte, error) {
	return authorityRegistry.abi.Pack("revokeCell", name, strike)
}

// PackRevokeDid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9280397.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeDid(address subject) returns()
func (authorityRegistry *AuthorityRegistry) PackRevokeDid(subject common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("revokeDid", subject)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeDid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9280397.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeDid(address subject) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRevokeDid(subject common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("revokeDid", subject)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (authorityRegistry *AuthorityRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetCommitAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e6dfd7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitAmount(uint256 amount) returns()
func (authorityRegistry *AuthorityRegistry) PackSetCommitAmount(amount *big.Int) []byte {
	enc, err := authorityRegistry.abi.Pack("setCommitAmount", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e6dfd7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitAmount(uint256 amount) returns()
func (authorityRegistry *AuthorityRegistry) TryPackSetCommitAmount(amount *big.Int) ([]byte, error) {
	return authorityRegistry.abi.Pack("setCommitAmount", amount)
}

// PackStruck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a710b8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function struck(address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) PackStruck(account common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("struck", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStruck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a710b8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function struck(address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) TryPackStruck(account common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("struck", account)
}

// UnpackStruck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a710b8f.
//
// Solidity: function struck(address account) view returns(bool)
func (authorityRegistry *AuthorityRegistry) UnpackStruck(data []byte) (bool, error) {
	out, err := authorityRegistry.abi.Unpack("struck", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (authorityRegistry *AuthorityRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := authorityRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (authorityRegistry *AuthorityRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (authorityRegistry *AuthorityRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := authorityRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3a2d7cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDid(address subject, bytes32 documentHash) returns()
func (authorityRegistry *AuthorityRegistry) PackUpdateDid(subject common.Address, documentHash [32]byte) []byte {
	enc, err := authorityRegistry.abi.Pack("updateDid", subject, documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3a2d7cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDid(address subject, bytes32 documentHash) returns()
func (authorityRegistry *AuthorityRegistry) TryPackUpdateDid(subject common.Address, documentHash [32]byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("updateDid", subject, documentHash)
}

// AuthorityRegistryCellClaimed represents a CellClaimed event raised by the AuthorityRegistry contract.
type AuthorityRegistryCellClaimed struct {
	Cell   string
	Holder common.Address
	Burned *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryCellClaimedEventName = "CellClaimed"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryCellClaimed) ContractEventName() string {
	return AuthorityRegistryCellClaimedEventName
}

// UnpackCellClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CellClaimed(string cell, address indexed holder, uint256 burned)
func (authorityRegistry *AuthorityRegistry) UnpackCellClaimedEvent(log *types.Log) (*AuthorityRegistryCellClaimed, error) {
	event := "CellClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryCellClaimed)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryCellGranted represents a CellGranted event raised by the AuthorityRegistry contract.
type AuthorityRegistryCellGranted struct {
	Cell   string
	Holder common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryCellGrantedEventName = "CellGranted"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryCellGranted) ContractEventName() string {
	return AuthorityRegistryCellGrantedEventName
}

// UnpackCellGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CellGranted(string cell, address indexed holder)
func (authorityRegistry *AuthorityRegistry) UnpackCellGrantedEvent(log *types.Log) (*AuthorityRegistryCellGranted, error) {
	event := "CellGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryCellGranted)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryCellReleased represents a CellReleased event raised by the AuthorityRegistry contract.
type AuthorityRegistryCellReleased struct {
	Cell   string
	Holder common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryCellReleasedEventName = "CellReleased"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryCellReleased) ContractEventName() string {
	return AuthorityRegistryCellReleasedEventName
}

// UnpackCellReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CellReleased(string cell, address indexed holder)
func (authorityRegistry *AuthorityRegistry) UnpackCellReleasedEvent(log *types.Log) (*AuthorityRegistryCellReleased, error) {
	event := "CellReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryCellReleased)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryCellRevoked represents a CellRevoked event raised by the AuthorityRegistry contract.
type AuthorityRegistryCellRevoked struct {
	Cell   string
	Holder common.Address
	Struck bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryCellRevokedEventName = "CellRevoked"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryCellRevoked) ContractEventName() string {
	return AuthorityRegistryCellRevokedEventName
}

// UnpackCellRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CellRevoked(string cell, address indexed holder, bool struck)
func (authorityRegistry *AuthorityRegistry) UnpackCellRevokedEvent(log *types.Log) (*AuthorityRegistryCellRevoked, error) {
	event := "CellRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryCellRevoked)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryCommitAmountSet represents a CommitAmountSet event raised by the AuthorityRegistry contract.
type AuthorityRegistryCommitAmountSet struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryCommitAmountSetEventName = "CommitAmountSet"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryCommitAmountSet) ContractEventName() string {
	return AuthorityRegistryCommitAmountSetEventName
}

// UnpackCommitAmountSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitAmountSet(uint256 amount)
func (authorityRegistry *AuthorityRegistry) UnpackCommitAmountSetEvent(log *types.Log) (*AuthorityRegistryCommitAmountSet, error) {
	event := "CommitAmountSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryCommitAmountSet)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryDidIssued represents a DidIssued event raised by the AuthorityRegistry contract.
type AuthorityRegistryDidIssued struct {
	Subject      common.Address
	Issuer       common.Address
	DocumentHash [32]byte
	Did          string
	Raw          *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryDidIssuedEventName = "DidIssued"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryDidIssued) ContractEventName() string {
	return AuthorityRegistryDidIssuedEventName
}

// UnpackDidIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DidIssued(address indexed subject, address indexed issuer, bytes32 documentHash, string did)
func (authorityRegistry *AuthorityRegistry) UnpackDidIssuedEvent(log *types.Log) (*AuthorityRegistryDidIssued, error) {
	event := "DidIssued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryDidIssued)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryDidRevoked represents a DidRevoked event raised by the AuthorityRegistry contract.
type AuthorityRegistryDidRevoked struct {
	Subject common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryDidRevokedEventName = "DidRevoked"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryDidRevoked) ContractEventName() string {
	return AuthorityRegistryDidRevokedEventName
}

// UnpackDidRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DidRevoked(address indexed subject, address indexed by)
func (authorityRegistry *AuthorityRegistry) UnpackDidRevokedEvent(log *types.Log) (*AuthorityRegistryDidRevoked, error) {
	event := "DidRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryDidRevoked)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryDidUpdated represents a DidUpdated event raised by the AuthorityRegistry contract.
type AuthorityRegistryDidUpdated struct {
	Subject      common.Address
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryDidUpdatedEventName = "DidUpdated"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryDidUpdated) ContractEventName() string {
	return AuthorityRegistryDidUpdatedEventName
}

// UnpackDidUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DidUpdated(address indexed subject, bytes32 documentHash)
func (authorityRegistry *AuthorityRegistry) UnpackDidUpdatedEvent(log *types.Log) (*AuthorityRegistryDidUpdated, error) {
	event := "DidUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryDidUpdated)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryHolderStruck represents a HolderStruck event raised by the AuthorityRegistry contract.
type AuthorityRegistryHolderStruck struct {
	Holder common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryHolderStruckEventName = "HolderStruck"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryHolderStruck) ContractEventName() string {
	return AuthorityRegistryHolderStruckEventName
}

// UnpackHolderStruckEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HolderStruck(address indexed holder)
func (authorityRegistry *AuthorityRegistry) UnpackHolderStruckEvent(log *types.Log) (*AuthorityRegistryHolderStruck, error) {
	event := "HolderStruck"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryHolderStruck)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryInitialized represents a Initialized event raised by the AuthorityRegistry contract.
type AuthorityRegistryInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryInitialized) ContractEventName() string {
	return AuthorityRegistryInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (authorityRegistry *AuthorityRegistry) UnpackInitializedEvent(log *types.Log) (*AuthorityRegistryInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryInitialized)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryKeyHolderRegistered represents a KeyHolderRegistered event raised by the AuthorityRegistry contract.
type AuthorityRegistryKeyHolderRegistered struct {
	Holder    common.Address
	PublicKey []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryKeyHolderRegisteredEventName = "KeyHolderRegistered"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryKeyHolderRegistered) ContractEventName() string {
	return AuthorityRegistryKeyHolderRegisteredEventName
}

// UnpackKeyHolderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyHolderRegistered(address indexed holder, bytes publicKey)
func (authorityRegistry *AuthorityRegistry) UnpackKeyHolderRegisteredEvent(log *types.Log) (*AuthorityRegistryKeyHolderRegistered, error) {
	event := "KeyHolderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryKeyHolderRegistered)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryKeyHolderRemoved represents a KeyHolderRemoved event raised by the AuthorityRegistry contract.
type AuthorityRegistryKeyHolderRemoved struct {
	Holder common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryKeyHolderRemovedEventName = "KeyHolderRemoved"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryKeyHolderRemoved) ContractEventName() string {
	return AuthorityRegistryKeyHolderRemovedEventName
}

// UnpackKeyHolderRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyHolderRemoved(address indexed holder)
func (authorityRegistry *AuthorityRegistry) UnpackKeyHolderRemovedEvent(log *types.Log) (*AuthorityRegistryKeyHolderRemoved, error) {
	event := "KeyHolderRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryKeyHolderRemoved)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the AuthorityRegistry contract.
type AuthorityRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryRoleAdminChanged) ContractEventName() string {
	return AuthorityRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (authorityRegistry *AuthorityRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*AuthorityRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryRoleGranted represents a RoleGranted event raised by the AuthorityRegistry contract.
type AuthorityRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryRoleGranted) ContractEventName() string {
	return AuthorityRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (authorityRegistry *AuthorityRegistry) UnpackRoleGrantedEvent(log *types.Log) (*AuthorityRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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

// AuthorityRegistryRoleRevoked represents a RoleRevoked event raised by the AuthorityRegistry contract.
type AuthorityRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryRoleRevoked) ContractEventName() string {
	return AuthorityRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (authorityRegistry *AuthorityRegistry) UnpackRoleRevokedEvent(log *types.Log) (*AuthorityRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := authorityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range authorityRegistry.abi.Events[event].Inputs {
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
func (authorityRegistry *AuthorityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_BadCell"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityBadCellError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_BadPublicKey"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityBadPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_ClaimDisabled"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityClaimDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_DidExists"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityDidExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NoDid"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNoDidError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NotAuthority"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNotAuthorityError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NotHolder"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNotHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NotKeyHolder"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNotKeyHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NotStruck"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNotStruckError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_Overlap"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityOverlapError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_Struck"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityStruckError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_Unauthorized"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_ZeroAddress"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AuthorityRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AuthorityRegistry contract.
type AuthorityRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AuthorityRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (authorityRegistry *AuthorityRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*AuthorityRegistryAccessControlBadConfirmation, error) {
	out := new(AuthorityRegistryAccessControlBadConfirmation)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AuthorityRegistry contract.
type AuthorityRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AuthorityRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (authorityRegistry *AuthorityRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AuthorityRegistryAccessControlUnauthorizedAccount, error) {
	out := new(AuthorityRegistryAccessControlUnauthorizedAccount)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityBadCell represents a Authority_BadCell error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityBadCell struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_BadCell()
func AuthorityRegistryAuthorityBadCellErrorID() common.Hash {
	return common.HexToHash("0xf4013957f53094257aa639c9b95b86f4ff67383b92b3c9f52d6d1bd448459227")
}

// UnpackAuthorityBadCellError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_BadCell()
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityBadCellError(raw []byte) (*AuthorityRegistryAuthorityBadCell, error) {
	out := new(AuthorityRegistryAuthorityBadCell)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_BadCell", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityBadPublicKey represents a Authority_BadPublicKey error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityBadPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_BadPublicKey()
func AuthorityRegistryAuthorityBadPublicKeyErrorID() common.Hash {
	return common.HexToHash("0x84744dded26fa2650fd94d8a0b9186ed9c3422332ce1e8e31e703b18c2c06d2a")
}

// UnpackAuthorityBadPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_BadPublicKey()
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityBadPublicKeyError(raw []byte) (*AuthorityRegistryAuthorityBadPublicKey, error) {
	out := new(AuthorityRegistryAuthorityBadPublicKey)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_BadPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityClaimDisabled represents a Authority_ClaimDisabled error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityClaimDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_ClaimDisabled()
func AuthorityRegistryAuthorityClaimDisabledErrorID() common.Hash {
	return common.HexToHash("0x0a5eb70c6664547ad37d701ce98abe1f1b9eea897a152c7f2a3b6a8093ba5111")
}

// UnpackAuthorityClaimDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_ClaimDisabled()
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityClaimDisabledError(raw []byte) (*AuthorityRegistryAuthorityClaimDisabled, error) {
	out := new(AuthorityRegistryAuthorityClaimDisabled)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_ClaimDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityDidExists represents a Authority_DidExists error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityDidExists struct {
	Subject common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_DidExists(address subject)
func AuthorityRegistryAuthorityDidExistsErrorID() common.Hash {
	return common.HexToHash("0x8e7e7289582cca8c916eb7f2dddc2be72f1e39bed3c95dda8dc1d4bbc493b943")
}

// UnpackAuthorityDidExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_DidExists(address subject)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityDidExistsError(raw []byte) (*AuthorityRegistryAuthorityDidExists, error) {
	out := new(AuthorityRegistryAuthorityDidExists)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_DidExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityNoDid represents a Authority_NoDid error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityNoDid struct {
	Subject common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_NoDid(address subject)
func AuthorityRegistryAuthorityNoDidErrorID() common.Hash {
	return common.HexToHash("0x57553a15965ad24890ce060b77266e1c9da3c6d159e833f54aba3232d4969faf")
}

// UnpackAuthorityNoDidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_NoDid(address subject)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityNoDidError(raw []byte) (*AuthorityRegistryAuthorityNoDid, error) {
	out := new(AuthorityRegistryAuthorityNoDid)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_NoDid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityNotAuthority represents a Authority_NotAuthority error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityNotAuthority struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_NotAuthority(address caller)
func AuthorityRegistryAuthorityNotAuthorityErrorID() common.Hash {
	return common.HexToHash("0xabf7d29422c5072766bf9015eaf41ee17ab9eb9c50b2b9b8b0b146a5440d0b03")
}

// UnpackAuthorityNotAuthorityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_NotAuthority(address caller)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityNotAuthorityError(raw []byte) (*AuthorityRegistryAuthorityNotAuthority, error) {
	out := new(AuthorityRegistryAuthorityNotAuthority)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_NotAuthority", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityNotHolder represents a Authority_NotHolder error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityNotHolder struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_NotHolder(address caller)
func AuthorityRegistryAuthorityNotHolderErrorID() common.Hash {
	return common.HexToHash("0x11fad61fdca8a9085fb436badd7c1c7d988ce0964737416c4bb3c1ccc431c6a2")
}

// UnpackAuthorityNotHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_NotHolder(address caller)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityNotHolderError(raw []byte) (*AuthorityRegistryAuthorityNotHolder, error) {
	out := new(AuthorityRegistryAuthorityNotHolder)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_NotHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityNotKeyHolder represents a Authority_NotKeyHolder error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityNotKeyHolder struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_NotKeyHolder(address caller)
func AuthorityRegistryAuthorityNotKeyHolderErrorID() common.Hash {
	return common.HexToHash("0x15bed3b482f8445978915fad92d7c34d5601756691c8608f944a01ce7f4577b2")
}

// UnpackAuthorityNotKeyHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_NotKeyHolder(address caller)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityNotKeyHolderError(raw []byte) (*AuthorityRegistryAuthorityNotKeyHolder, error) {
	out := new(AuthorityRegistryAuthorityNotKeyHolder)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_NotKeyHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityNotStruck represents a Authority_NotStruck error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityNotStruck struct {
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_NotStruck(address holder)
func AuthorityRegistryAuthorityNotStruckErrorID() common.Hash {
	return common.HexToHash("0xa8188dcd29924efc645fd7784a64a58be02d61c1a036dd7a1b3101fb7d631b66")
}

// UnpackAuthorityNotStruckError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_NotStruck(address holder)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityNotStruckError(raw []byte) (*AuthorityRegistryAuthorityNotStruck, error) {
	out := new(AuthorityRegistryAuthorityNotStruck)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_NotStruck", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityOverlap represents a Authority_Overlap error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityOverlap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_Overlap()
func AuthorityRegistryAuthorityOverlapErrorID() common.Hash {
	return common.HexToHash("0xe77eaa73d32e18d4a847ca3731accc23db6a326910eb7090038291526f30fe86")
}

// UnpackAuthorityOverlapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_Overlap()
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityOverlapError(raw []byte) (*AuthorityRegistryAuthorityOverlap, error) {
	out := new(AuthorityRegistryAuthorityOverlap)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_Overlap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityStruck represents a Authority_Struck error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityStruck struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_Struck(address account)
func AuthorityRegistryAuthorityStruckErrorID() common.Hash {
	return common.HexToHash("0xc51dc304d19eda7f264abbcf343ca7a608a9f2b85ed0f4587a5daf47c7d32e2c")
}

// UnpackAuthorityStruckError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_Struck(address account)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityStruckError(raw []byte) (*AuthorityRegistryAuthorityStruck, error) {
	out := new(AuthorityRegistryAuthorityStruck)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_Struck", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityUnauthorized represents a Authority_Unauthorized error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_Unauthorized(address caller)
func AuthorityRegistryAuthorityUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x0f60b9685e79dea505189f1dbaa439fd4cbf31c66499f249e2b600fbc50f890c")
}

// UnpackAuthorityUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_Unauthorized(address caller)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityUnauthorizedError(raw []byte) (*AuthorityRegistryAuthorityUnauthorized, error) {
	out := new(AuthorityRegistryAuthorityUnauthorized)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityZeroAddress represents a Authority_ZeroAddress error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_ZeroAddress()
func AuthorityRegistryAuthorityZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x8adf41e8f2d8ab24e34d6284ed74c476c72a15e33ec57bcf1f0f61fd236e2db7")
}

// UnpackAuthorityZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_ZeroAddress()
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityZeroAddressError(raw []byte) (*AuthorityRegistryAuthorityZeroAddress, error) {
	out := new(AuthorityRegistryAuthorityZeroAddress)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryInvalidInitialization represents a InvalidInitialization error raised by the AuthorityRegistry contract.
type AuthorityRegistryInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func AuthorityRegistryInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (authorityRegistry *AuthorityRegistry) UnpackInvalidInitializationError(raw []byte) (*AuthorityRegistryInvalidInitialization, error) {
	out := new(AuthorityRegistryInvalidInitialization)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryNotInitializing represents a NotInitializing error raised by the AuthorityRegistry contract.
type AuthorityRegistryNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func AuthorityRegistryNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (authorityRegistry *AuthorityRegistry) UnpackNotInitializingError(raw []byte) (*AuthorityRegistryNotInitializing, error) {
	out := new(AuthorityRegistryNotInitializing)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the AuthorityRegistry contract.
type AuthorityRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func AuthorityRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (authorityRegistry *AuthorityRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*AuthorityRegistryReentrancyGuardReentrantCall, error) {
	out := new(AuthorityRegistryReentrancyGuardReentrantCall)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the AuthorityRegistry contract.
type AuthorityRegistryStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func AuthorityRegistryStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (authorityRegistry *AuthorityRegistry) UnpackStringsInsufficientHexLengthError(raw []byte) (*AuthorityRegistryStringsInsufficientHexLength, error) {
	out := new(AuthorityRegistryStringsInsufficientHexLength)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}
