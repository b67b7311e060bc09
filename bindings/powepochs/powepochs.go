// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package powepochs

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

// IPowEpochsEpoch is an auto generated low-level Go binding around an user-defined struct.
type IPowEpochsEpoch struct {
	SpecWord           uint64
	Difficulty         uint64
	CalibrationSamples uint32
	Threshold          uint32
	MiningWindow       uint64
	SeedBlock          uint64
	MiningEnd          uint64
	Published          bool
	Seed               [32]byte
}

// PowEpochsMetaData contains all meta data concerning the PowEpochs contract.
var PowEpochsMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"ladder_\",\"type\":\"address\",\"internalType\":\"contractICapabilityLadder\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FIELD_MODULUS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"INPUT_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PUBLISHER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SEED_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkStatement\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"inputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"specWord\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"drawSeed\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"epochOf\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPowEpochs.Epoch\",\"components\":[{\"name\":\"specWord\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"difficulty\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"calibrationSamples\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"threshold\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"miningWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seedBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"miningEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"published\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ladder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractICapabilityLadder\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishThreshold\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestSeed\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"scheduleEpoch\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"specWord\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"difficulty\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"calibrationSamples\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"miningWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"seedElement\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EpochPublished\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochScheduled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"specWord\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"difficulty\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"miningWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SeedDrawn\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"seedElement\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"miningEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SeedRequested\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"seedBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_AlreadyPublished\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_AlreadyScheduled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_BadParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PowEpochs_CompetitionNotOpen\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_EntriesClosed\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_EntriesOpen\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_IdTooLarge\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_MiningOver\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_NoSeedRequest\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_NonceOutsideEpoch\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_NotEntrant\",\"inputs\":[{\"name\":\"miner\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_NotPublished\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_NotScheduled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_SeedAlreadyDrawn\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_SeedExpired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_SeedNotDrawn\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_SeedRequested\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_TooEarly\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_WrongInputCount\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_WrongSeed\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"want\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_WrongThreshold\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"want\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PowEpochs_ZeroAddress\",\"inputs\":[]}]",
	ID:  "PowEpochs",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516117c03803806117c083398101604081905261002e91610184565b6001600160a01b038316158061004b57506001600160a01b038216155b156100695760405163fdc8323f60e01b815260040160405180910390fd5b6001600160a01b0383166080526100805f836100c4565b506001600160a01b038116156100bc576100ba7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a826100c4565b505b5050506101ce565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610164575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561011c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610167565b505f5b92915050565b6001600160a01b0381168114610181575f5ffd5b50565b5f5f5f60608486031215610196575f5ffd5b83516101a18161016d565b60208501519093506101b28161016d565b60408501519092506101c38161016d565b809150509250925092565b6080516115c56101fb5f395f81816101e00152818161098901528181610d54015261101401526115c55ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806391d14854116100a9578063d547741f1161006e578063d547741f1461036c578063d8f4b6fd1461037f578063de032784146103a6578063ea5ef50c146103b9578063f5b02161146103cc575f5ffd5b806391d1485414610231578063a217fddf14610244578063a3d545f51461024b578063a9df851a14610351578063d4ad3ad214610364575f5ffd5b806336568abe116100ef57806336568abe146101ad5780633c8d0f5d146101c0578063468c7b64146101d35780634f76a98e1461020a5780634f9c92b41461021e575f5ffd5b806301ffc9a714610120578063248a9ca3146101485780632ef3dbf5146101785780632f2ff15d14610198575b5f5ffd5b61013361012e3660046110fe565b6103df565b60405190151581526020015b60405180910390f35b61016a610156366004611125565b5f9081526020819052604090206001015490565b60405190815260200161013f565b610180600281565b6040516001600160401b03909116815260200161013f565b6101ab6101a636600461113c565b610415565b005b6101ab6101bb36600461113c565b61043f565b6101ab6101ce366004611186565b610477565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161013f565b61016a5f5160206115a55f395f51905f5281565b61016a61022c366004611125565b6105b2565b61013361023f36600461113c565b610602565b61016a5f81565b610344610259366004611125565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f9081526001602081815260409283902083516101208101855281546001600160401b038082168352600160401b808304821695840195909552600160801b80830463ffffffff90811698850198909852600160a01b83049097166060840152600160c01b909104811660808301529382015480851660a083015292830490931660c084015292900460ff16151560e082015260029091015461010082015290565b60405161013f91906111a9565b6101ab61035f366004611125565b61062a565b61016a600581565b6101ab61037a36600461113c565b610757565b61016a7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a81565b6101806103b4366004611275565b61077b565b6101ab6103c7366004611301565b610a44565b6101ab6103da366004611125565b610c7e565b5f6001600160e01b03198216637965db0b60e01b148061040f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461042f81610e66565b6104398383610e73565b50505050565b6001600160a01b03811633146104685760405163334bd91960e11b815260040160405180910390fd5b6104728282610f02565b505050565b7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a6104a181610e66565b5f6104ab84610f6b565b60028101549091506104d857604051631b363a3d60e31b8152600481018590526024015b60405180910390fd5b6001810154600160801b900460ff1615610508576040516331bd40b560e01b8152600481018590526024016104cf565b6001810154600160401b90046001600160401b0316421115610540576040516384ee5d4960e01b8152600481018590526024016104cf565b805463ffffffff8416600160a01b810263ffffffff60a01b1990921691909117825560018201805460ff60801b1916600160801b17905560405190815284907f653967495170fb7eb143e4b99f36c10abf78f29bb9e0da0bbd11eeae853f7d209060200160405180910390a250505050565b5f81815260016020526040812060020154806105e457604051631b363a3d60e31b8152600481018490526024016104cf565b6105fb5f5160206115a55f395f51905f5282611365565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61063482610f6b565b60028101549091501561065d57604051632e85becb60e21b8152600481018390526024016104cf565b5f61066783610fae565b905080606001516001600160401b0316421161069957604051637d4ebac560e01b8152600481018490526024016104cf565b60018201546001600160401b031680158015906106ca57506106c66001600160401b038216610100611398565b4311155b156106eb576040516382ae67d960e01b8152600481018590526024016104cf565b5f6106f76002436113ab565b60018501805467ffffffffffffffff19166001600160401b03831690811790915560405190815290915085907f95f022b3ae8743e325c5d818a31919d47a36dd78be9d92e460e8053866d1f03a9060200160405180910390a25050505050565b5f8281526020819052604090206001015461077181610e66565b6104398383610f02565b5f838152600160208190526040822090810154600160801b900460ff166107b857604051632fd1b60160e11b8152600481018690526024016104cf565b6002810154600584146107e157604051636247a19160e01b8152600481018590526024016104cf565b5f6107f95f5160206115a55f395f51905f5283611365565b90508086865f81811061080e5761080e6113ca565b90506020020135146108585785855f81811061082c5761082c6113ca565b9050602002013581604051630459941d60e41b81526004016104cf929190918252602082015260400190565b8254600160a01b900463ffffffff168686600481811061087a5761087a6113ca565b90506020020135146108d35785856004818110610899576108996113ca565b855460405163071bf17960e51b8152602092909202909301356004820152600160a01b90920463ffffffff166024830152506044016104cf565b5f868660028181106108e7576108e76113ca565b90506020020135905087602082901c1461091757604051631daef9d360e01b8152600481018290526024016104cf565b5f8787600181811061092b5761092b6113ca565b9050602002013590506001600160a01b03801681111561096157604051630ae58dfd60e21b8152600481018290526024016104cf565b6040516343d9515560e11b8152600481018a90526001600160a01b0382811660248301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906387b2a2aa90604401608060405180830381865afa1580156109d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109f4919061142a565b9050600281516003811115610a0b57610a0b6114ae565b14610a2c57604051630ae58dfd60e21b8152600481018390526024016104cf565b505092546001600160401b0316979650505050505050565b7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610a6e81610e66565b63ffffffff861115610a965760405163225799fb60e01b8152600481018790526024016104cf565b5f610aa087610fae565b905080606001516001600160401b0316421115610ad35760405163f8428d0160e01b8152600481018890526024016104cf565b6001600160401b0386161580610af057506001600160401b038516155b80610aff575063ffffffff8416155b80610b1157506001600160401b038316155b15610b2f5760405163c58004c560e01b815260040160405180910390fd5b8060a001516001600160401b0316836001600160401b031682606001516001600160401b0316610b5f9190611398565b10610b7d5760405163c58004c560e01b815260040160405180910390fd5b5f87815260016020526040902080546001600160401b031615610bb6576040516304aa491160e51b8152600481018990526024016104cf565b80546001600160401b038881166fffffffffffffffffffffffffffffffff199092168217600160401b8983169081029190911777ffffffff00000000ffffffffffffffffffffffffffffffff16600160801b63ffffffff8a169081026001600160c01b031691909117600160c01b93891693840217855560408051948552602085019290925290830152606082015288907f3436cd5e4c9a81f98d4c079d537abbfc36f73785926e12718ec683ff2447af9c9060800160405180910390a25050505050505050565b5f610c8882610f6b565b600281015490915015610cb157604051632e85becb60e21b8152600481018390526024016104cf565b60018101546001600160401b03165f819003610ce357604051631325728f60e01b8152600481018490526024016104cf565b806001600160401b03164311610d0f57604051630eea345560e41b8152600481018490526024016104cf565b6001600160401b0381164080610d3b5760405163545b7a5360e01b8152600481018590526024016104cf565b60408051602080820184905246828401523060608301527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316608083015260a08083018890528351808403909101815260c0909201909252805191012080610da9575060015b83545f90610dc790600160c01b90046001600160401b0316426113ab565b600286018390556001860180546fffffffffffffffff00000000000000001916600160401b6001600160401b038416021790559050857f229f36d43ad851aae23891277f4da13ecb99548cbe27d8a2605be402139e3cbc83610e365f5160206115a55f395f51905f5282611365565b6040805192835260208301919091526001600160401b0385169082015260600160405180910390a2505050505050565b610e7081336110c1565b50565b5f610e7e8383610602565b610efb575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610eb33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161040f565b505f61040f565b5f610f0d8383610602565b15610efb575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161040f565b5f818152600160205260408120805490916001600160401b039091169003610fa95760405163042d24e960e41b8152600481018390526024016104cf565b919050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152604051637747c99360e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637747c9939060240161014060405180830381865afa158015611062573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061108691906114e8565b90506001816020015160038111156110a0576110a06114ae565b14610fa957604051634b8a9fc960e01b8152600481018390526024016104cf565b6110cb8282610602565b6110fa5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104cf565b5050565b5f6020828403121561110e575f5ffd5b81356001600160e01b0319811681146105fb575f5ffd5b5f60208284031215611135575f5ffd5b5035919050565b5f5f6040838503121561114d575f5ffd5b8235915060208301356001600160a01b038116811461116a575f5ffd5b809150509250929050565b63ffffffff81168114610e70575f5ffd5b5f5f60408385031215611197575f5ffd5b82359150602083013561116a81611175565b5f610120820190506001600160401b0383511682526001600160401b03602084015116602083015260408301516111e8604084018263ffffffff169052565b506060830151611200606084018263ffffffff169052565b50608083015161121b60808401826001600160401b03169052565b5060a083015161123660a08401826001600160401b03169052565b5060c083015161125160c08401826001600160401b03169052565b5060e083015161126560e084018215159052565b5061010092830151919092015290565b5f5f5f60408486031215611287575f5ffd5b8335925060208401356001600160401b038111156112a3575f5ffd5b8401601f810186136112b3575f5ffd5b80356001600160401b038111156112c8575f5ffd5b8660208260051b84010111156112dc575f5ffd5b939660209190910195509293505050565b6001600160401b0381168114610e70575f5ffd5b5f5f5f5f5f60a08688031215611315575f5ffd5b853594506020860135611327816112ed565b93506040860135611337816112ed565b9250606086013561134781611175565b91506080860135611357816112ed565b809150509295509295909350565b5f8261137f57634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561040f5761040f611384565b6001600160401b03818116838216019081111561040f5761040f611384565b634e487b7160e01b5f52603260045260245ffd5b60405161014081016001600160401b038111828210171561140d57634e487b7160e01b5f52604160045260245ffd5b60405290565b60048110610e70575f5ffd5b8051610fa981611413565b5f608082840312801561143b575f5ffd5b50604051608081016001600160401b038111828210171561146a57634e487b7160e01b5f52604160045260245ffd5b604052825161147881611413565b81526020830151801515811461148c575f5ffd5b6020820152604083810151908201526060928301519281019290925250919050565b634e487b7160e01b5f52602160045260245ffd5b805160ff81168114610fa9575f5ffd5b8051610fa9816112ed565b8051610fa981611175565b5f6101408284031280156114fa575f5ffd5b506115036113de565b61150c836114c2565b815261151a6020840161141f565b602082015261152b604084016114d2565b604082015261153c606084016114d2565b606082015261154d608084016114d2565b608082015261155e60a084016114d2565b60a082015261156f60c084016114dd565b60c082015261158060e084016114dd565b60e0820152610100838101519082015261012092830151928101929092525091905056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// PowEpochs is an auto generated Go binding around an Ethereum contract.
type PowEpochs struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PowEpochs) GetABI() abi.ABI {
	return c.abi
}

// NewPowEpochs creates a new instance of PowEpochs.
func NewPowEpochs() *PowEpochs {
	parsed, err := PowEpochsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PowEpochs{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PowEpochs) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address ladder_, address admin, address publisher) returns()
func (powEpochs *PowEpochs) PackConstructor(ladder_ common.Address, admin common.Address, publisher common.Address) []byte {
	enc, err := powEpochs.abi.Pack("", ladder_, admin, publisher)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (powEpochs *PowEpochs) PackDEFAULTADMINROLE() []byte {
	enc, err := powEpochs.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (powEpochs *PowEpochs) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return powEpochs.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (powEpochs *PowEpochs) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := powEpochs.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFIELDMODULUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f76a98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (powEpochs *PowEpochs) PackFIELDMODULUS() []byte {
	enc, err := powEpochs.abi.Pack("FIELD_MODULUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFIELDMODULUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f76a98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (powEpochs *PowEpochs) TryPackFIELDMODULUS() ([]byte, error) {
	return powEpochs.abi.Pack("FIELD_MODULUS")
}

// UnpackFIELDMODULUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f76a98e.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (powEpochs *PowEpochs) UnpackFIELDMODULUS(data []byte) (*big.Int, error) {
	out, err := powEpochs.abi.Unpack("FIELD_MODULUS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackINPUTCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ad3ad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INPUT_COUNT() view returns(uint256)
func (powEpochs *PowEpochs) PackINPUTCOUNT() []byte {
	enc, err := powEpochs.abi.Pack("INPUT_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINPUTCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ad3ad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INPUT_COUNT() view returns(uint256)
func (powEpochs *PowEpochs) TryPackINPUTCOUNT() ([]byte, error) {
	return powEpochs.abi.Pack("INPUT_COUNT")
}

// UnpackINPUTCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ad3ad2.
//
// Solidity: function INPUT_COUNT() view returns(uint256)
func (powEpochs *PowEpochs) UnpackINPUTCOUNT(data []byte) (*big.Int, error) {
	out, err := powEpochs.abi.Unpack("INPUT_COUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (powEpochs *PowEpochs) PackPUBLISHERROLE() []byte {
	enc, err := powEpochs.abi.Pack("PUBLISHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (powEpochs *PowEpochs) TryPackPUBLISHERROLE() ([]byte, error) {
	return powEpochs.abi.Pack("PUBLISHER_ROLE")
}

// UnpackPUBLISHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8f4b6fd.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (powEpochs *PowEpochs) UnpackPUBLISHERROLE(data []byte) ([32]byte, error) {
	out, err := powEpochs.abi.Unpack("PUBLISHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSEEDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef3dbf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (powEpochs *PowEpochs) PackSEEDDELAY() []byte {
	enc, err := powEpochs.abi.Pack("SEED_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef3dbf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (powEpochs *PowEpochs) TryPackSEEDDELAY() ([]byte, error) {
	return powEpochs.abi.Pack("SEED_DELAY")
}

// UnpackSEEDDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (powEpochs *PowEpochs) UnpackSEEDDELAY(data []byte) (uint64, error) {
	out, err := powEpochs.abi.Unpack("SEED_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCheckStatement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde032784.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkStatement(uint256 id, uint256[] inputs) view returns(uint64 specWord)
func (powEpochs *PowEpochs) PackCheckStatement(id *big.Int, inputs []*big.Int) []byte {
	enc, err := powEpochs.abi.Pack("checkStatement", id, inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckStatement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde032784.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkStatement(uint256 id, uint256[] inputs) view returns(uint64 specWord)
func (powEpochs *PowEpochs) TryPackCheckStatement(id *big.Int, inputs []*big.Int) ([]byte, error) {
	return powEpochs.abi.Pack("checkStatement", id, inputs)
}

// UnpackCheckStatement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde032784.
//
// Solidity: function checkStatement(uint256 id, uint256[] inputs) view returns(uint64 specWord)
func (powEpochs *PowEpochs) UnpackCheckStatement(data []byte) (uint64, error) {
	out, err := powEpochs.abi.Unpack("checkStatement", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDrawSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b02161.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawSeed(uint256 id) returns()
func (powEpochs *PowEpochs) PackDrawSeed(id *big.Int) []byte {
	enc, err := powEpochs.abi.Pack("drawSeed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b02161.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawSeed(uint256 id) returns()
func (powEpochs *PowEpochs) TryPackDrawSeed(id *big.Int) ([]byte, error) {
	return powEpochs.abi.Pack("drawSeed", id)
}

// PackEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d545f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochOf(uint256 id) view returns((uint64,uint64,uint32,uint32,uint64,uint64,uint64,bool,bytes32))
func (powEpochs *PowEpochs) PackEpochOf(id *big.Int) []byte {
	enc, err := powEpochs.abi.Pack("epochOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d545f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochOf(uint256 id) view returns((uint64,uint64,uint32,uint32,uint64,uint64,uint64,bool,bytes32))
func (powEpochs *PowEpochs) TryPackEpochOf(id *big.Int) ([]byte, error) {
	return powEpochs.abi.Pack("epochOf", id)
}

// UnpackEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d545f5.
//
// Solidity: function epochOf(uint256 id) view returns((uint64,uint64,uint32,uint32,uint64,uint64,uint64,bool,bytes32))
func (powEpochs *PowEpochs) UnpackEpochOf(data []byte) (IPowEpochsEpoch, error) {
	out, err := powEpochs.abi.Unpack("epochOf", data)
	if err != nil {
		return *new(IPowEpochsEpoch), err
	}
	out0 := *abi.ConvertType(out[0], new(IPowEpochsEpoch)).(*IPowEpochsEpoch)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (powEpochs *PowEpochs) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := powEpochs.abi.Pack("getRoleAdmin", role)
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
func (powEpochs *PowEpochs) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return powEpochs.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (powEpochs *PowEpochs) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := powEpochs.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (powEpochs *PowEpochs) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := powEpochs.abi.Pack("grantRole", role, account)
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
func (powEpochs *PowEpochs) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return powEpochs.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (powEpochs *PowEpochs) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := powEpochs.abi.Pack("hasRole", role, account)
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
func (powEpochs *PowEpochs) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return powEpochs.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (powEpochs *PowEpochs) UnpackHasRole(data []byte) (bool, error) {
	out, err := powEpochs.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLadder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468c7b64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ladder() view returns(address)
func (powEpochs *PowEpochs) PackLadder() []byte {
	enc, err := powEpochs.abi.Pack("ladder")
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
func (powEpochs *PowEpochs) TryPackLadder() ([]byte, error) {
	return powEpochs.abi.Pack("ladder")
}

// UnpackLadder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x468c7b64.
//
// Solidity: function ladder() view returns(address)
func (powEpochs *PowEpochs) UnpackLadder(data []byte) (common.Address, error) {
	out, err := powEpochs.abi.Unpack("ladder", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublishThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8d0f5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishThreshold(uint256 id, uint32 threshold) returns()
func (powEpochs *PowEpochs) PackPublishThreshold(id *big.Int, threshold uint32) []byte {
	enc, err := powEpochs.abi.Pack("publishThreshold", id, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8d0f5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishThreshold(uint256 id, uint32 threshold) returns()
func (powEpochs *PowEpochs) TryPackPublishThreshold(id *big.Int, threshold uint32) ([]byte, error) {
	return powEpochs.abi.Pack("publishThreshold", id, threshold)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (powEpochs *PowEpochs) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := powEpochs.abi.Pack("renounceRole", role, callerConfirmation)
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
func (powEpochs *PowEpochs) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return powEpochs.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9df851a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestSeed(uint256 id) returns()
func (powEpochs *PowEpochs) PackRequestSeed(id *big.Int) []byte {
	enc, err := powEpochs.abi.Pack("requestSeed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9df851a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestSeed(uint256 id) returns()
func (powEpochs *PowEpochs) TryPackRequestSeed(id *big.Int) ([]byte, error) {
	return powEpochs.abi.Pack("requestSeed", id)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (powEpochs *PowEpochs) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := powEpochs.abi.Pack("revokeRole", role, account)
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
func (powEpochs *PowEpochs) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return powEpochs.abi.Pack("revokeRole", role, account)
}

// PackScheduleEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea5ef50c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleEpoch(uint256 id, uint64 specWord, uint64 difficulty, uint32 calibrationSamples, uint64 miningWindow) returns()
func (powEpochs *PowEpochs) PackScheduleEpoch(id *big.Int, specWord uint64, difficulty uint64, calibrationSamples uint32, miningWindow uint64) []byte {
	enc, err := powEpochs.abi.Pack("scheduleEpoch", id, specWord, difficulty, calibrationSamples, miningWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea5ef50c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleEpoch(uint256 id, uint64 specWord, uint64 difficulty, uint32 calibrationSamples, uint64 miningWindow) returns()
func (powEpochs *PowEpochs) TryPackScheduleEpoch(id *big.Int, specWord uint64, difficulty uint64, calibrationSamples uint32, miningWindow uint64) ([]byte, error) {
	return powEpochs.abi.Pack("scheduleEpoch", id, specWord, difficulty, calibrationSamples, miningWindow)
}

// PackSeedElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f9c92b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seedElement(uint256 id) view returns(uint256)
func (powEpochs *PowEpochs) PackSeedElement(id *big.Int) []byte {
	enc, err := powEpochs.abi.Pack("seedElement", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeedElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f9c92b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seedElement(uint256 id) view returns(uint256)
func (powEpochs *PowEpochs) TryPackSeedElement(id *big.Int) ([]byte, error) {
	return powEpochs.abi.Pack("seedElement", id)
}

// UnpackSeedElement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f9c92b4.
//
// Solidity: function seedElement(uint256 id) view returns(uint256)
func (powEpochs *PowEpochs) UnpackSeedElement(data []byte) (*big.Int, error) {
	out, err := powEpochs.abi.Unpack("seedElement", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (powEpochs *PowEpochs) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := powEpochs.abi.Pack("supportsInterface", interfaceId)
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
func (powEpochs *PowEpochs) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return powEpochs.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (powEpochs *PowEpochs) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := powEpochs.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PowEpochsEpochPublished represents a EpochPublished event raised by the PowEpochs contract.
type PowEpochsEpochPublished struct {
	Id        *big.Int
	Threshold uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const PowEpochsEpochPublishedEventName = "EpochPublished"

// ContractEventName returns the user-defined event name.
func (PowEpochsEpochPublished) ContractEventName() string {
	return PowEpochsEpochPublishedEventName
}

// UnpackEpochPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochPublished(uint256 indexed id, uint32 threshold)
func (powEpochs *PowEpochs) UnpackEpochPublishedEvent(log *types.Log) (*PowEpochsEpochPublished, error) {
	event := "EpochPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsEpochPublished)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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

// PowEpochsEpochScheduled represents a EpochScheduled event raised by the PowEpochs contract.
type PowEpochsEpochScheduled struct {
	Id           *big.Int
	SpecWord     uint64
	Difficulty   uint64
	Threshold    uint32
	MiningWindow uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const PowEpochsEpochScheduledEventName = "EpochScheduled"

// ContractEventName returns the user-defined event name.
func (PowEpochsEpochScheduled) ContractEventName() string {
	return PowEpochsEpochScheduledEventName
}

// UnpackEpochScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochScheduled(uint256 indexed id, uint64 specWord, uint64 difficulty, uint32 threshold, uint64 miningWindow)
func (powEpochs *PowEpochs) UnpackEpochScheduledEvent(log *types.Log) (*PowEpochsEpochScheduled, error) {
	event := "EpochScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsEpochScheduled)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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

// PowEpochsRoleAdminChanged represents a RoleAdminChanged event raised by the PowEpochs contract.
type PowEpochsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const PowEpochsRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (PowEpochsRoleAdminChanged) ContractEventName() string {
	return PowEpochsRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (powEpochs *PowEpochs) UnpackRoleAdminChangedEvent(log *types.Log) (*PowEpochsRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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

// PowEpochsRoleGranted represents a RoleGranted event raised by the PowEpochs contract.
type PowEpochsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PowEpochsRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (PowEpochsRoleGranted) ContractEventName() string {
	return PowEpochsRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (powEpochs *PowEpochs) UnpackRoleGrantedEvent(log *types.Log) (*PowEpochsRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsRoleGranted)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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

// PowEpochsRoleRevoked represents a RoleRevoked event raised by the PowEpochs contract.
type PowEpochsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PowEpochsRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (PowEpochsRoleRevoked) ContractEventName() string {
	return PowEpochsRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (powEpochs *PowEpochs) UnpackRoleRevokedEvent(log *types.Log) (*PowEpochsRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsRoleRevoked)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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

// PowEpochsSeedDrawn represents a SeedDrawn event raised by the PowEpochs contract.
type PowEpochsSeedDrawn struct {
	Id          *big.Int
	Seed        [32]byte
	SeedElement *big.Int
	MiningEnd   uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const PowEpochsSeedDrawnEventName = "SeedDrawn"

// ContractEventName returns the user-defined event name.
func (PowEpochsSeedDrawn) ContractEventName() string {
	return PowEpochsSeedDrawnEventName
}

// UnpackSeedDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeedDrawn(uint256 indexed id, bytes32 seed, uint256 seedElement, uint64 miningEnd)
func (powEpochs *PowEpochs) UnpackSeedDrawnEvent(log *types.Log) (*PowEpochsSeedDrawn, error) {
	event := "SeedDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsSeedDrawn)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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

// PowEpochsSeedRequested represents a SeedRequested event raised by the PowEpochs contract.
type PowEpochsSeedRequested struct {
	Id        *big.Int
	SeedBlock uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const PowEpochsSeedRequestedEventName = "SeedRequested"

// ContractEventName returns the user-defined event name.
func (PowEpochsSeedRequested) ContractEventName() string {
	return PowEpochsSeedRequestedEventName
}

// UnpackSeedRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeedRequested(uint256 indexed id, uint64 seedBlock)
func (powEpochs *PowEpochs) UnpackSeedRequestedEvent(log *types.Log) (*PowEpochsSeedRequested, error) {
	event := "SeedRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != powEpochs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PowEpochsSeedRequested)
	if len(log.Data) > 0 {
		if err := powEpochs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range powEpochs.abi.Events[event].Inputs {
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
func (powEpochs *PowEpochs) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return powEpochs.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return powEpochs.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_AlreadyPublished"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsAlreadyPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_AlreadyScheduled"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsAlreadyScheduledError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_BadParams"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_CompetitionNotOpen"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsCompetitionNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_EntriesClosed"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsEntriesClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_EntriesOpen"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsEntriesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_IdTooLarge"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsIdTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_MiningOver"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsMiningOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_NoSeedRequest"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsNoSeedRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_NonceOutsideEpoch"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsNonceOutsideEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_NotEntrant"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsNotEntrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_NotPublished"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsNotPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_NotScheduled"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsNotScheduledError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_SeedAlreadyDrawn"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsSeedAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_SeedExpired"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsSeedExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_SeedNotDrawn"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsSeedNotDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_SeedRequested"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsSeedRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_TooEarly"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_WrongInputCount"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_WrongSeed"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsWrongSeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_WrongThreshold"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsWrongThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], powEpochs.abi.Errors["PowEpochs_ZeroAddress"].ID.Bytes()[:4]) {
		return powEpochs.UnpackPowEpochsZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PowEpochsAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the PowEpochs contract.
type PowEpochsAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func PowEpochsAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (powEpochs *PowEpochs) UnpackAccessControlBadConfirmationError(raw []byte) (*PowEpochsAccessControlBadConfirmation, error) {
	out := new(PowEpochsAccessControlBadConfirmation)
	if err := powEpochs.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the PowEpochs contract.
type PowEpochsAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func PowEpochsAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (powEpochs *PowEpochs) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*PowEpochsAccessControlUnauthorizedAccount, error) {
	out := new(PowEpochsAccessControlUnauthorizedAccount)
	if err := powEpochs.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsAlreadyPublished represents a PowEpochs_AlreadyPublished error raised by the PowEpochs contract.
type PowEpochsPowEpochsAlreadyPublished struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_AlreadyPublished(uint256 id)
func PowEpochsPowEpochsAlreadyPublishedErrorID() common.Hash {
	return common.HexToHash("0x31bd40b57671f901390cf466df4a5072bd8c575bfdfad10be89582e94a63b563")
}

// UnpackPowEpochsAlreadyPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_AlreadyPublished(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsAlreadyPublishedError(raw []byte) (*PowEpochsPowEpochsAlreadyPublished, error) {
	out := new(PowEpochsPowEpochsAlreadyPublished)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_AlreadyPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsAlreadyScheduled represents a PowEpochs_AlreadyScheduled error raised by the PowEpochs contract.
type PowEpochsPowEpochsAlreadyScheduled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_AlreadyScheduled(uint256 id)
func PowEpochsPowEpochsAlreadyScheduledErrorID() common.Hash {
	return common.HexToHash("0x95492220d6b28ac4f64571e62033142dbd24b1eaa1a77bea7f7b074740e283ad")
}

// UnpackPowEpochsAlreadyScheduledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_AlreadyScheduled(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsAlreadyScheduledError(raw []byte) (*PowEpochsPowEpochsAlreadyScheduled, error) {
	out := new(PowEpochsPowEpochsAlreadyScheduled)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_AlreadyScheduled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsBadParams represents a PowEpochs_BadParams error raised by the PowEpochs contract.
type PowEpochsPowEpochsBadParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_BadParams()
func PowEpochsPowEpochsBadParamsErrorID() common.Hash {
	return common.HexToHash("0xc58004c5d67f4e7de3d11c4abbfd86903fb929ed0e3a30cdb3647e6a48fc2823")
}

// UnpackPowEpochsBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_BadParams()
func (powEpochs *PowEpochs) UnpackPowEpochsBadParamsError(raw []byte) (*PowEpochsPowEpochsBadParams, error) {
	out := new(PowEpochsPowEpochsBadParams)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsCompetitionNotOpen represents a PowEpochs_CompetitionNotOpen error raised by the PowEpochs contract.
type PowEpochsPowEpochsCompetitionNotOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_CompetitionNotOpen(uint256 id)
func PowEpochsPowEpochsCompetitionNotOpenErrorID() common.Hash {
	return common.HexToHash("0x4b8a9fc93be704fc697a5b4c2f1219fe826e1f2d3f1543eab29199d2ef331f27")
}

// UnpackPowEpochsCompetitionNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_CompetitionNotOpen(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsCompetitionNotOpenError(raw []byte) (*PowEpochsPowEpochsCompetitionNotOpen, error) {
	out := new(PowEpochsPowEpochsCompetitionNotOpen)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_CompetitionNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsEntriesClosed represents a PowEpochs_EntriesClosed error raised by the PowEpochs contract.
type PowEpochsPowEpochsEntriesClosed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_EntriesClosed(uint256 id)
func PowEpochsPowEpochsEntriesClosedErrorID() common.Hash {
	return common.HexToHash("0xf8428d01e9128390314d62bc0b44f200120b824f76637923d233850b9794d928")
}

// UnpackPowEpochsEntriesClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_EntriesClosed(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsEntriesClosedError(raw []byte) (*PowEpochsPowEpochsEntriesClosed, error) {
	out := new(PowEpochsPowEpochsEntriesClosed)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_EntriesClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsEntriesOpen represents a PowEpochs_EntriesOpen error raised by the PowEpochs contract.
type PowEpochsPowEpochsEntriesOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_EntriesOpen(uint256 id)
func PowEpochsPowEpochsEntriesOpenErrorID() common.Hash {
	return common.HexToHash("0x7d4ebac5d55592e8682150be76d818a2008939b9a327e27cc3cff63b6501e95f")
}

// UnpackPowEpochsEntriesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_EntriesOpen(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsEntriesOpenError(raw []byte) (*PowEpochsPowEpochsEntriesOpen, error) {
	out := new(PowEpochsPowEpochsEntriesOpen)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_EntriesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsIdTooLarge represents a PowEpochs_IdTooLarge error raised by the PowEpochs contract.
type PowEpochsPowEpochsIdTooLarge struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_IdTooLarge(uint256 id)
func PowEpochsPowEpochsIdTooLargeErrorID() common.Hash {
	return common.HexToHash("0x225799fbf54b41b0062fbf8f8ecaf2ea2c04bce9faac4ba00fa1c16f94d9ecbf")
}

// UnpackPowEpochsIdTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_IdTooLarge(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsIdTooLargeError(raw []byte) (*PowEpochsPowEpochsIdTooLarge, error) {
	out := new(PowEpochsPowEpochsIdTooLarge)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_IdTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsMiningOver represents a PowEpochs_MiningOver error raised by the PowEpochs contract.
type PowEpochsPowEpochsMiningOver struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_MiningOver(uint256 id)
func PowEpochsPowEpochsMiningOverErrorID() common.Hash {
	return common.HexToHash("0x84ee5d4999c2d857681562e8aae4544833368b8584a7031e78a793dcaa5bf5bc")
}

// UnpackPowEpochsMiningOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_MiningOver(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsMiningOverError(raw []byte) (*PowEpochsPowEpochsMiningOver, error) {
	out := new(PowEpochsPowEpochsMiningOver)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_MiningOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsNoSeedRequest represents a PowEpochs_NoSeedRequest error raised by the PowEpochs contract.
type PowEpochsPowEpochsNoSeedRequest struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_NoSeedRequest(uint256 id)
func PowEpochsPowEpochsNoSeedRequestErrorID() common.Hash {
	return common.HexToHash("0x1325728f8a978823db99757fb70c9eaf26ea8d6d98a5e1ae66025a571d42a447")
}

// UnpackPowEpochsNoSeedRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_NoSeedRequest(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsNoSeedRequestError(raw []byte) (*PowEpochsPowEpochsNoSeedRequest, error) {
	out := new(PowEpochsPowEpochsNoSeedRequest)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_NoSeedRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsNonceOutsideEpoch represents a PowEpochs_NonceOutsideEpoch error raised by the PowEpochs contract.
type PowEpochsPowEpochsNonceOutsideEpoch struct {
	Nonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_NonceOutsideEpoch(uint256 nonce)
func PowEpochsPowEpochsNonceOutsideEpochErrorID() common.Hash {
	return common.HexToHash("0x1daef9d31c3a3a258fca6138edecd14b4b2d0c3879616a713529bfa73e9fedf2")
}

// UnpackPowEpochsNonceOutsideEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_NonceOutsideEpoch(uint256 nonce)
func (powEpochs *PowEpochs) UnpackPowEpochsNonceOutsideEpochError(raw []byte) (*PowEpochsPowEpochsNonceOutsideEpoch, error) {
	out := new(PowEpochsPowEpochsNonceOutsideEpoch)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_NonceOutsideEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsNotEntrant represents a PowEpochs_NotEntrant error raised by the PowEpochs contract.
type PowEpochsPowEpochsNotEntrant struct {
	Miner *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_NotEntrant(uint256 miner)
func PowEpochsPowEpochsNotEntrantErrorID() common.Hash {
	return common.HexToHash("0x2b9637f431ce72800f75b7160cb7bd0dcdf386b9630d876cbeede78d95e12ec0")
}

// UnpackPowEpochsNotEntrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_NotEntrant(uint256 miner)
func (powEpochs *PowEpochs) UnpackPowEpochsNotEntrantError(raw []byte) (*PowEpochsPowEpochsNotEntrant, error) {
	out := new(PowEpochsPowEpochsNotEntrant)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_NotEntrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsNotPublished represents a PowEpochs_NotPublished error raised by the PowEpochs contract.
type PowEpochsPowEpochsNotPublished struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_NotPublished(uint256 id)
func PowEpochsPowEpochsNotPublishedErrorID() common.Hash {
	return common.HexToHash("0x5fa36c025eec139c8ad32839c6e04c8bb257c7de048dbf9d6cf498e1cd039de1")
}

// UnpackPowEpochsNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_NotPublished(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsNotPublishedError(raw []byte) (*PowEpochsPowEpochsNotPublished, error) {
	out := new(PowEpochsPowEpochsNotPublished)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_NotPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsNotScheduled represents a PowEpochs_NotScheduled error raised by the PowEpochs contract.
type PowEpochsPowEpochsNotScheduled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_NotScheduled(uint256 id)
func PowEpochsPowEpochsNotScheduledErrorID() common.Hash {
	return common.HexToHash("0x42d24e906015dc0262e5d348cfba6a04e36d834c39d2fda09f233d167622aa3f")
}

// UnpackPowEpochsNotScheduledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_NotScheduled(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsNotScheduledError(raw []byte) (*PowEpochsPowEpochsNotScheduled, error) {
	out := new(PowEpochsPowEpochsNotScheduled)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_NotScheduled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsSeedAlreadyDrawn represents a PowEpochs_SeedAlreadyDrawn error raised by the PowEpochs contract.
type PowEpochsPowEpochsSeedAlreadyDrawn struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_SeedAlreadyDrawn(uint256 id)
func PowEpochsPowEpochsSeedAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0xba16fb2c1c22c261c7e2a6f1a0b0e5cbd499f7a7a21c0e8fc53f191c133794b1")
}

// UnpackPowEpochsSeedAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_SeedAlreadyDrawn(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsSeedAlreadyDrawnError(raw []byte) (*PowEpochsPowEpochsSeedAlreadyDrawn, error) {
	out := new(PowEpochsPowEpochsSeedAlreadyDrawn)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_SeedAlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsSeedExpired represents a PowEpochs_SeedExpired error raised by the PowEpochs contract.
type PowEpochsPowEpochsSeedExpired struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_SeedExpired(uint256 id)
func PowEpochsPowEpochsSeedExpiredErrorID() common.Hash {
	return common.HexToHash("0x545b7a53b53d6dd529d4238c8ad81768a2291e26a02b172cdfef5a603c5af9bf")
}

// UnpackPowEpochsSeedExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_SeedExpired(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsSeedExpiredError(raw []byte) (*PowEpochsPowEpochsSeedExpired, error) {
	out := new(PowEpochsPowEpochsSeedExpired)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_SeedExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsSeedNotDrawn represents a PowEpochs_SeedNotDrawn error raised by the PowEpochs contract.
type PowEpochsPowEpochsSeedNotDrawn struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_SeedNotDrawn(uint256 id)
func PowEpochsPowEpochsSeedNotDrawnErrorID() common.Hash {
	return common.HexToHash("0xd9b1d1e81495c0f387b95322f5c9e0596bfcbd9365d66b84552c2f24c5d22801")
}

// UnpackPowEpochsSeedNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_SeedNotDrawn(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsSeedNotDrawnError(raw []byte) (*PowEpochsPowEpochsSeedNotDrawn, error) {
	out := new(PowEpochsPowEpochsSeedNotDrawn)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_SeedNotDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsSeedRequested represents a PowEpochs_SeedRequested error raised by the PowEpochs contract.
type PowEpochsPowEpochsSeedRequested struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_SeedRequested(uint256 id)
func PowEpochsPowEpochsSeedRequestedErrorID() common.Hash {
	return common.HexToHash("0x82ae67d914f59de9936ad5b103e9ee7ca62b324da348cd55b66f85d57af11389")
}

// UnpackPowEpochsSeedRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_SeedRequested(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsSeedRequestedError(raw []byte) (*PowEpochsPowEpochsSeedRequested, error) {
	out := new(PowEpochsPowEpochsSeedRequested)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_SeedRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsTooEarly represents a PowEpochs_TooEarly error raised by the PowEpochs contract.
type PowEpochsPowEpochsTooEarly struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_TooEarly(uint256 id)
func PowEpochsPowEpochsTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xeea345500b5b3431c31ccdac5c5be81d2a38df3947a30ab5ae986843c18ef39d")
}

// UnpackPowEpochsTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_TooEarly(uint256 id)
func (powEpochs *PowEpochs) UnpackPowEpochsTooEarlyError(raw []byte) (*PowEpochsPowEpochsTooEarly, error) {
	out := new(PowEpochsPowEpochsTooEarly)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsWrongInputCount represents a PowEpochs_WrongInputCount error raised by the PowEpochs contract.
type PowEpochsPowEpochsWrongInputCount struct {
	Got *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_WrongInputCount(uint256 got)
func PowEpochsPowEpochsWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0x6247a19120cea70932aa9f29f18073c3c6051a770e90b1371a9978eed083f415")
}

// UnpackPowEpochsWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_WrongInputCount(uint256 got)
func (powEpochs *PowEpochs) UnpackPowEpochsWrongInputCountError(raw []byte) (*PowEpochsPowEpochsWrongInputCount, error) {
	out := new(PowEpochsPowEpochsWrongInputCount)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsWrongSeed represents a PowEpochs_WrongSeed error raised by the PowEpochs contract.
type PowEpochsPowEpochsWrongSeed struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_WrongSeed(uint256 got, uint256 want)
func PowEpochsPowEpochsWrongSeedErrorID() common.Hash {
	return common.HexToHash("0x459941d0eb0c61fb0abffce46129bf3d15d816c381af5628046edca636ad5dc9")
}

// UnpackPowEpochsWrongSeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_WrongSeed(uint256 got, uint256 want)
func (powEpochs *PowEpochs) UnpackPowEpochsWrongSeedError(raw []byte) (*PowEpochsPowEpochsWrongSeed, error) {
	out := new(PowEpochsPowEpochsWrongSeed)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_WrongSeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsWrongThreshold represents a PowEpochs_WrongThreshold error raised by the PowEpochs contract.
type PowEpochsPowEpochsWrongThreshold struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_WrongThreshold(uint256 got, uint256 want)
func PowEpochsPowEpochsWrongThresholdErrorID() common.Hash {
	return common.HexToHash("0xe37e2f206cb0059ebc1a7e893cc1ab3c4e5b2b27ca768d0b7eff06cef011978d")
}

// UnpackPowEpochsWrongThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_WrongThreshold(uint256 got, uint256 want)
func (powEpochs *PowEpochs) UnpackPowEpochsWrongThresholdError(raw []byte) (*PowEpochsPowEpochsWrongThreshold, error) {
	out := new(PowEpochsPowEpochsWrongThreshold)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_WrongThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PowEpochsPowEpochsZeroAddress represents a PowEpochs_ZeroAddress error raised by the PowEpochs contract.
type PowEpochsPowEpochsZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowEpochs_ZeroAddress()
func PowEpochsPowEpochsZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xfdc8323f1f880895beacc3d6e2e37173336a4f380430bd68379d58d357d11dc8")
}

// UnpackPowEpochsZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowEpochs_ZeroAddress()
func (powEpochs *PowEpochs) UnpackPowEpochsZeroAddressError(raw []byte) (*PowEpochsPowEpochsZeroAddress, error) {
	out := new(PowEpochsPowEpochsZeroAddress)
	if err := powEpochs.abi.UnpackIntoInterface(out, "PowEpochs_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
