// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package guildfactory

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

// ICapabilityLadderParams is an auto generated low-level Go binding around an user-defined struct.
type ICapabilityLadderParams struct {
	PaymentToken     common.Address
	Treasury         common.Address
	Base             *big.Int
	K                *big.Int
	T0               uint64
	TMin             uint64
	TMax             uint64
	RevealPeriod     uint64
	ResolutionPeriod uint64
	BurnBps          uint16
	RankMax          uint8
}

// IGuildFactoryGovernanceParams is an auto generated low-level Go binding around an user-defined struct.
type IGuildFactoryGovernanceParams struct {
	VotingDelay       *big.Int
	VotingPeriod      uint32
	ProposalThreshold *big.Int
	QuorumNumerator   *big.Int
	TimelockDelay     *big.Int
	TierGrowth        *big.Int
	HeatScale         *big.Int
	HalfLife          uint64
}

// IGuildFactoryGuildParams is an auto generated low-level Go binding around an user-defined struct.
type IGuildFactoryGuildParams struct {
	Name       string
	Symbol     string
	Resolver   common.Address
	Ladder     ICapabilityLadderParams
	Governance IGuildFactoryGovernanceParams
}

// IGuildFactoryImplementations is an auto generated low-level Go binding around an user-defined struct.
type IGuildFactoryImplementations struct {
	Lat        common.Address
	Ladder     common.Address
	GuildToken common.Address
	Converter  common.Address
	Timelock   common.Address
	Governor   common.Address
}

// IGuildFactorySuite is an auto generated low-level Go binding around an user-defined struct.
type IGuildFactorySuite struct {
	Ladder     common.Address
	GuildToken common.Address
	Converter  common.Address
	Timelock   common.Address
	Governor   common.Address
	Lats       []common.Address
}

// GuildFactoryMetaData contains all meta data concerning the GuildFactory contract.
var GuildFactoryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"impls\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.Implementations\",\"components\":[{\"name\":\"lat\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ladder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"converter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governor\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createGuild\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.GuildParams\",\"components\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"resolver\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ladder\",\"type\":\"tuple\",\"internalType\":\"structICapabilityLadder.Params\",\"components\":[{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"base\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"k\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"t0\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMax\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"resolutionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"burnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rankMax\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"governance\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.GovernanceParams\",\"components\":[{\"name\":\"votingDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"votingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"proposalThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"timelockDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tierGrowth\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"heatScale\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"halfLife\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]}],\"outputs\":[{\"name\":\"guildId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"suite\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.Suite\",\"components\":[{\"name\":\"ladder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"converter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lats\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"guildCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"implementations\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.Implementations\",\"components\":[{\"name\":\"lat\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ladder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"converter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governor\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"predictSuite\",\"inputs\":[{\"name\":\"guildId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rankMax\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"suite\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.Suite\",\"components\":[{\"name\":\"ladder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"converter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lats\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"suiteOf\",\"inputs\":[{\"name\":\"guildId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIGuildFactory.Suite\",\"components\":[{\"name\":\"ladder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"converter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lats\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"GuildCreated\",\"inputs\":[{\"name\":\"guildId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"creator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"name\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"suite\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structIGuildFactory.Suite\",\"components\":[{\"name\":\"ladder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guildToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"converter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lats\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"Factory_EmptyMetadata\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Factory_InvalidRankMax\",\"inputs\":[{\"name\":\"rankMax\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Factory_UnknownGuild\",\"inputs\":[{\"name\":\"guildId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Factory_ZeroImplementation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailedDeployment\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "GuildFactory",
	Bin: "0x610140604052348015610010575f5ffd5b50604051611b4f380380611b4f83398101604081905261002f9161012c565b80516001600160a01b03161580610051575060208101516001600160a01b0316155b80610067575060408101516001600160a01b0316155b8061007d575060608101516001600160a01b0316155b80610093575060808101516001600160a01b0316155b806100a9575060a08101516001600160a01b0316155b156100c75760405163408c0bf960e11b815260040160405180910390fd5b80516001600160a01b0390811660809081526020830151821660a09081526040840151831660c0526060840151831660e052908301518216610100529091015116610120526101d6565b80516001600160a01b0381168114610127575f5ffd5b919050565b5f60c082840312801561013d575f5ffd5b5060405160c081016001600160401b038111828210171561016c57634e487b7160e01b5f52604160045260245ffd5b60405261017883610111565b815261018660208401610111565b602082015261019760408401610111565b60408201526101a860608401610111565b60608201526101b960808401610111565b60808201526101ca60a08401610111565b60a08201529392505050565b60805160a05160c05160e05161010051610120516118e061026f5f395f81816101a0015281816104900152610d6a01525f81816101710152818161044c0152610c4c01525f8181610142015281816104070152610b7501525f8181610113015281816103c10152610a7801525f818160e401528181610382015261098201525f818160b50152818161052c015261081a01526118e05ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80630af872271461005957806330e9012c1461007457806332e854051461022b5780637f6be95b1461024b578063900511e11461025e575b5f5ffd5b6100615f5481565b6040519081526020015b60405180910390f35b6101d06040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040518060c001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b60405161006b919081516001600160a01b03908116825260208084015182169083015260408084015182169083015260608084015182169083015260808084015182169083015260a092830151169181019190915260c00190565b61023e61023936600461115b565b61027f565b60405161006b9190611219565b61023e610259366004611240565b610375565b61027161026c36600461126a565b6105a1565b60405161006b9291906112a2565b6102876110ae565b81158061029457505f5482115b156102ba5760405163932c0b6160e01b8152600481018390526024015b60405180910390fd5b5f82815260016020818152604092839020835160c08101855281546001600160a01b039081168252938201548416818401526002820154841681860152600382015484166060820152600482015490931660808401526005810180548551818502810185019096528086529394919360a086019383018282801561036557602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610347575b5050505050815250509050919050565b61037d6110ae565b6103b17f000000000000000000000000000000000000000000000000000000000000000084653630b23232b960d11b61078a565b6001600160a01b031681526103f47f0000000000000000000000000000000000000000000000000000000000000000846933bab4b6322a37b5b2b760b11b61078a565b6001600160a01b031660208201526104397f0000000000000000000000000000000000000000000000000000000000000000846831b7b73b32b93a32b960b91b61078a565b6001600160a01b0316604082015261047d7f0000000000000000000000000000000000000000000000000000000000000000846774696d656c6f636b60c01b61078a565b6001600160a01b031660608201526104c17f0000000000000000000000000000000000000000000000000000000000000000846733b7bb32b93737b960c11b61078a565b6001600160a01b0316608082015260ff821667ffffffffffffffff8111156104eb576104eb6112ba565b604051908082528060200260200182016040528015610514578160200160208202803683370190505b5060a082015260015b8260ff16811161059a576105527f0000000000000000000000000000000000000000000000000000000000000000858361078a565b60a08301516105626001846112e2565b81518110610572576105726112f5565b6001600160a01b039092166020928302919091019091015261059381611309565b905061051d565b5092915050565b5f6105aa6110ae565b6105b48380611321565b159050806105ce57506105ca6020840184611321565b1590505b156105ec5760405163ad27c6f760e01b815260040160405180910390fd5b5f6105ff6101c085016101a0860161136b565b905060ff811615806106145750602060ff8216115b15610637576040516315481c3760e11b815260ff821660048201526024016102b1565b5f5f815461064490611309565b918290555092506106558382610375565b9150610662838386610806565b61066d83838661097d565b610678838386610a73565b610683838386610b70565b61068e838386610c47565b610699838386610d65565b5f83815260016020818152604092839020855181546001600160a01b03199081166001600160a01b0392831617835587840151948301805482169583169590951790945593860151600282018054851691861691909117905560608601516003820180548516918616919091179055608086015160048201805490941694169390931790915560a0840151805185939261073a9260058501929101906110e4565b503391508490507fbc216f7d318d71c8f90d9712f22ad2790b9a1df79f08f2180b654cfd92d5a98161076c8780611321565b8660405161077c93929190611384565b60405180910390a350915091565b5f6107fc846107998585610e39565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff60248201526014810192909252733d602d80600a3d3981f3363d3d373d3d3d363d73825260588201526037600c820120607882015260556043909101206001600160a01b031690565b90505b9392505050565b60015b8260a001515181116109775761086c7f000000000000000000000000000000000000000000000000000000000000000085835f1b8660a0015160018661084f91906112e2565b8151811061085f5761085f6112f5565b6020026020010151610e68565b5f61087682610ea6565b60a08501519091506108896001846112e2565b81518110610899576108996112f5565b60209081029190910101516001600160a01b0316634801e3b16108bc8580611321565b846040516020016108cf939291906113e1565b60408051601f198184030181529190526108ec6020870187611321565b856040516020016108ff93929190611409565b60408051601f1981840301815290829052606089015189516001600160e01b031960e087901b1684526109389493899190600401611454565b5f604051808303815f87803b15801561094f575f5ffd5b505af1158015610961573d5f5f3e3d5ffd5b50505050508061097090611309565b9050610809565b50505050565b6109b57f000000000000000000000000000000000000000000000000000000000000000084653630b23232b960d11b855f0151610e68565b5f6109c83683900383016060840161151a565b60208101519091506001600160a01b03166109f15760608301516001600160a01b031660208201525b825f01516001600160a01b031663aed28b01828560a001518660600151866040016020810190610a2191906115e9565b6040518563ffffffff1660e01b8152600401610a409493929190611602565b5f604051808303815f87803b158015610a57575f5ffd5b505af1158015610a69573d5f5f3e3d5ffd5b5050505050505050565b610ab07f0000000000000000000000000000000000000000000000000000000000000000846933bab4b6322a37b5b2b760b11b8560200151610e68565b60208201516001600160a01b031663077f224a610acd8380611321565b604051602001610ade929190611736565b60408051601f19818403018152919052610afb6020850185611321565b604051602001610b0c929190611756565b60408051601f19818403018152828252908701516001600160e01b031960e086901b168352610b3e9392600401611772565b5f604051808303815f87803b158015610b55575f5ffd5b505af1158015610b67573d5f5f3e3d5ffd5b50505050505050565b610bac7f0000000000000000000000000000000000000000000000000000000000000000846831b7b73b32b93a32b960b91b8560400151610e68565b60408201518251602084015160608501516001600160a01b03909316926324efacb4929190610260860135610280870135610bef6102c089016102a08a016117af565b6040516001600160e01b031960e089901b1681526001600160a01b03968716600482015294861660248601529490921660448401526064830152608482015267ffffffffffffffff90911660a482015260c401610b3e565b610c827f0000000000000000000000000000000000000000000000000000000000000000846774696d656c6f636b60c01b8560600151610e68565b6040805160018082528183019092525f91602080830190803683370190505090508260800151815f81518110610cba57610cba6112f5565b6001600160a01b0392909216602092830291909101909101526040805160018082528183019092525f91816020016020820280368337505050606085015160405163c4c4c7b360e01b81529192506001600160a01b03169063c4c4c7b390610d319061024087013590869086905f906004016117c8565b5f604051808303815f87803b158015610d48575f5ffd5b505af1158015610d5a573d5f5f3e3d5ffd5b505050505050505050565b610da07f0000000000000000000000000000000000000000000000000000000000000000846733b7bb32b93737b960c11b8560800151610e68565b60808201516101c08201906001600160a01b0316633b6dd8ec610dc38480611321565b604051602001610dd492919061180c565b60408051601f1981840301815291905260208681015160608801519091610dfd9087018761182a565b610e0d604088016020890161184f565b876040013588606001356040518863ffffffff1660e01b8152600401610a409796959493929190611872565b604080516020808201859052818301849052825180830384018152606090920190925280519101205b92915050565b5f610e7c85610e778686610e39565b610f36565b9050816001600160a01b0316816001600160a01b031614610e9f57610e9f6118cc565b5050505050565b60605f610eb283610f42565b60010190505f8167ffffffffffffffff811115610ed157610ed16112ba565b6040519080825280601f01601f191660200182016040528015610efb576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610f0557509392505050565b5f6107ff83835f611019565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310610f805772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310610fac576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310610fca57662386f26fc10000830492506010015b6305f5e1008310610fe2576305f5e100830492506008015b6127108310610ff657612710830492506004015b60648310611008576064830492506002015b600a8310610e625760010192915050565b5f814710156110445760405163cf47918160e01b8152476004820152602481018390526044016102b1565b763d602d80600a3d3981f3363d3d373d3d3d363d730000008460601b60e81c175f526e5af43d82803e903d91602b57fd5bf38460781b17602052826037600984f590506001600160a01b0381166107ff5760405163b06ebf3d60e01b815260040160405180910390fd5b6040805160c0810182525f808252602082018190529181018290526060808201839052608082019290925260a081019190915290565b828054828255905f5260205f20908101928215611137579160200282015b8281111561113757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190611102565b50611143929150611147565b5090565b5b80821115611143575f8155600101611148565b5f6020828403121561116b575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156111ab5781516001600160a01b0316865260209586019590910190600101611184565b5093949350505050565b80516001600160a01b0390811683526020808301518216908401526040808301518216908401526060808301518216908401526080808301519091169083015260a08181015160c09184018290525f9161121190850182611172565b949350505050565b602081525f6107ff60208301846111b5565b803560ff8116811461123b575f5ffd5b919050565b5f5f60408385031215611251575f5ffd5b823591506112616020840161122b565b90509250929050565b5f6020828403121561127a575f5ffd5b813567ffffffffffffffff811115611290575f5ffd5b82016102c081850312156107ff575f5ffd5b828152604060208201525f6107fc60408301846111b5565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e6257610e626112ce565b634e487b7160e01b5f52603260045260245ffd5b5f6001820161131a5761131a6112ce565b5060010190565b5f5f8335601e19843603018112611336575f5ffd5b83018035915067ffffffffffffffff821115611350575f5ffd5b602001915036819003821315611364575f5ffd5b9250929050565b5f6020828403121561137b575f5ffd5b6107ff8261122b565b60408152826040820152828460608301375f606084830101525f601f19601f850116820160608382030160208401526113c060608201856111b5565b9695505050505050565b5f81518060208401855e5f93019283525090919050565b828482375f8382016c01020b1b1b2b9b9902a34b2b91609d1b81526113c0600d8201856113ca565b828482375f838201610b5560f21b81526113c060028201856113ca565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60a081525f61146660a0830188611426565b82810360208401526114788188611426565b6001600160a01b03968716604085015260ff9590951660608401525050921660809092019190915292915050565b604051610160810167ffffffffffffffff811182821017156114d657634e487b7160e01b5f52604160045260245ffd5b60405290565b80356001600160a01b038116811461123b575f5ffd5b803567ffffffffffffffff8116811461123b575f5ffd5b803561ffff8116811461123b575f5ffd5b5f61016082840312801561152c575f5ffd5b506115356114a6565b61153e836114dc565b815261154c602084016114dc565b60208201526040838101359082015260608084013590820152611571608084016114f2565b608082015261158260a084016114f2565b60a082015261159360c084016114f2565b60c08201526115a460e084016114f2565b60e08201526115b661010084016114f2565b6101008201526115c96101208401611509565b6101208201526115dc610140840161122b565b6101408201529392505050565b5f602082840312156115f9575f5ffd5b6107ff826114dc565b84516001600160a01b031681525f602086015161162a60208401826001600160a01b03169052565b506040860151604083015260608601516060830152608086015161165a608084018267ffffffffffffffff169052565b5060a086015161167660a084018267ffffffffffffffff169052565b5060c086015161169260c084018267ffffffffffffffff169052565b5060e08601516116ae60e084018267ffffffffffffffff169052565b506101008601516116cc61010084018267ffffffffffffffff169052565b506101208601516116e461012084018261ffff169052565b506101408601516116fb61014084018260ff169052565b506101c06101608301526117136101c0830186611172565b6001600160a01b03948516610180840152929093166101a0909101529392505050565b818382376a20476f7665726e616e636560a81b9101908152600b01919050565b606760f81b8152818360018301375f9101600101908152919050565b606081525f6117846060830186611426565b82810360208401526117968186611426565b91505060018060a01b0383166040830152949350505050565b5f602082840312156117bf575f5ffd5b6107ff826114f2565b848152608060208201525f6117e06080830186611172565b82810360408401526117f28186611172565b91505060018060a01b038316606083015295945050505050565b81838237681023b7bb32b93737b960b91b9101908152600901919050565b5f6020828403121561183a575f5ffd5b813565ffffffffffff811681146107ff575f5ffd5b5f6020828403121561185f575f5ffd5b813563ffffffff811681146107ff575f5ffd5b60e081525f61188460e083018a611426565b6001600160a01b03988916602084015296909716604082015265ffffffffffff94909416606085015263ffffffff92909216608084015260a083015260c09091015292915050565b634e487b7160e01b5f52600160045260245ffd",
}

// GuildFactory is an auto generated Go binding around an Ethereum contract.
type GuildFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GuildFactory) GetABI() abi.ABI {
	return c.abi
}

// NewGuildFactory creates a new instance of GuildFactory.
func NewGuildFactory() *GuildFactory {
	parsed, err := GuildFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GuildFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GuildFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address,address,address,address) impls) returns()
func (guildFactory *GuildFactory) PackConstructor(impls IGuildFactoryImplementations) []byte {
	enc, err := guildFactory.abi.Pack("", impls)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreateGuild is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900511e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createGuild((string,string,address,(address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8),(uint48,uint32,uint256,uint256,uint256,uint256,uint256,uint64)) p) returns(uint256 guildId, (address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) PackCreateGuild(p IGuildFactoryGuildParams) []byte {
	enc, err := guildFactory.abi.Pack("createGuild", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateGuild is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900511e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createGuild((string,string,address,(address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8),(uint48,uint32,uint256,uint256,uint256,uint256,uint256,uint64)) p) returns(uint256 guildId, (address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) TryPackCreateGuild(p IGuildFactoryGuildParams) ([]byte, error) {
	return guildFactory.abi.Pack("createGuild", p)
}

// CreateGuildOutput serves as a container for the return parameters of contract
// method CreateGuild.
type CreateGuildOutput struct {
	GuildId *big.Int
	Suite   IGuildFactorySuite
}

// UnpackCreateGuild is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900511e1.
//
// Solidity: function createGuild((string,string,address,(address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8),(uint48,uint32,uint256,uint256,uint256,uint256,uint256,uint64)) p) returns(uint256 guildId, (address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) UnpackCreateGuild(data []byte) (CreateGuildOutput, error) {
	out, err := guildFactory.abi.Unpack("createGuild", data)
	outstruct := new(CreateGuildOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.GuildId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Suite = *abi.ConvertType(out[1], new(IGuildFactorySuite)).(*IGuildFactorySuite)
	return *outstruct, nil
}

// PackGuildCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af87227.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guildCount() view returns(uint256)
func (guildFactory *GuildFactory) PackGuildCount() []byte {
	enc, err := guildFactory.abi.Pack("guildCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuildCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af87227.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guildCount() view returns(uint256)
func (guildFactory *GuildFactory) TryPackGuildCount() ([]byte, error) {
	return guildFactory.abi.Pack("guildCount")
}

// UnpackGuildCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0af87227.
//
// Solidity: function guildCount() view returns(uint256)
func (guildFactory *GuildFactory) UnpackGuildCount(data []byte) (*big.Int, error) {
	out, err := guildFactory.abi.Unpack("guildCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackImplementations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e9012c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementations() view returns((address,address,address,address,address,address))
func (guildFactory *GuildFactory) PackImplementations() []byte {
	enc, err := guildFactory.abi.Pack("implementations")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e9012c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementations() view returns((address,address,address,address,address,address))
func (guildFactory *GuildFactory) TryPackImplementations() ([]byte, error) {
	return guildFactory.abi.Pack("implementations")
}

// UnpackImplementations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30e9012c.
//
// Solidity: function implementations() view returns((address,address,address,address,address,address))
func (guildFactory *GuildFactory) UnpackImplementations(data []byte) (IGuildFactoryImplementations, error) {
	out, err := guildFactory.abi.Unpack("implementations", data)
	if err != nil {
		return *new(IGuildFactoryImplementations), err
	}
	out0 := *abi.ConvertType(out[0], new(IGuildFactoryImplementations)).(*IGuildFactoryImplementations)
	return out0, nil
}

// PackPredictSuite is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f6be95b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictSuite(uint256 guildId, uint8 rankMax) view returns((address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) PackPredictSuite(guildId *big.Int, rankMax uint8) []byte {
	enc, err := guildFactory.abi.Pack("predictSuite", guildId, rankMax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictSuite is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f6be95b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictSuite(uint256 guildId, uint8 rankMax) view returns((address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) TryPackPredictSuite(guildId *big.Int, rankMax uint8) ([]byte, error) {
	return guildFactory.abi.Pack("predictSuite", guildId, rankMax)
}

// UnpackPredictSuite is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f6be95b.
//
// Solidity: function predictSuite(uint256 guildId, uint8 rankMax) view returns((address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) UnpackPredictSuite(data []byte) (IGuildFactorySuite, error) {
	out, err := guildFactory.abi.Unpack("predictSuite", data)
	if err != nil {
		return *new(IGuildFactorySuite), err
	}
	out0 := *abi.ConvertType(out[0], new(IGuildFactorySuite)).(*IGuildFactorySuite)
	return out0, nil
}

// PackSuiteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32e85405.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suiteOf(uint256 guildId) view returns((address,address,address,address,address,address[]))
func (guildFactory *GuildFactory) PackSuiteOf(guildId *big.Int) []byte {
	enc, err := guildFactory.abi.Pack("suiteOf", guildId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuiteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32e85405.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suiteOf(uint256 guildId) view returns((address,address,address,address,address,address[]))
func (guildFactory *GuildFactory) TryPackSuiteOf(guildId *big.Int) ([]byte, error) {
	return guildFactory.abi.Pack("suiteOf", guildId)
}

// UnpackSuiteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32e85405.
//
// Solidity: function suiteOf(uint256 guildId) view returns((address,address,address,address,address,address[]))
func (guildFactory *GuildFactory) UnpackSuiteOf(data []byte) (IGuildFactorySuite, error) {
	out, err := guildFactory.abi.Unpack("suiteOf", data)
	if err != nil {
		return *new(IGuildFactorySuite), err
	}
	out0 := *abi.ConvertType(out[0], new(IGuildFactorySuite)).(*IGuildFactorySuite)
	return out0, nil
}

// GuildFactoryGuildCreated represents a GuildCreated event raised by the GuildFactory contract.
type GuildFactoryGuildCreated struct {
	GuildId *big.Int
	Creator common.Address
	Name    string
	Suite   IGuildFactorySuite
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuildFactoryGuildCreatedEventName = "GuildCreated"

// ContractEventName returns the user-defined event name.
func (GuildFactoryGuildCreated) ContractEventName() string {
	return GuildFactoryGuildCreatedEventName
}

// UnpackGuildCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuildCreated(uint256 indexed guildId, address indexed creator, string name, (address,address,address,address,address,address[]) suite)
func (guildFactory *GuildFactory) UnpackGuildCreatedEvent(log *types.Log) (*GuildFactoryGuildCreated, error) {
	event := "GuildCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildFactoryGuildCreated)
	if len(log.Data) > 0 {
		if err := guildFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildFactory.abi.Events[event].Inputs {
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
func (guildFactory *GuildFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], guildFactory.abi.Errors["Factory_EmptyMetadata"].ID.Bytes()[:4]) {
		return guildFactory.UnpackFactoryEmptyMetadataError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildFactory.abi.Errors["Factory_InvalidRankMax"].ID.Bytes()[:4]) {
		return guildFactory.UnpackFactoryInvalidRankMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildFactory.abi.Errors["Factory_UnknownGuild"].ID.Bytes()[:4]) {
		return guildFactory.UnpackFactoryUnknownGuildError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildFactory.abi.Errors["Factory_ZeroImplementation"].ID.Bytes()[:4]) {
		return guildFactory.UnpackFactoryZeroImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return guildFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return guildFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GuildFactoryFactoryEmptyMetadata represents a Factory_EmptyMetadata error raised by the GuildFactory contract.
type GuildFactoryFactoryEmptyMetadata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Factory_EmptyMetadata()
func GuildFactoryFactoryEmptyMetadataErrorID() common.Hash {
	return common.HexToHash("0xad27c6f75ca74f7ece795695dc782c566528fa17ceb954d80972a81da6ca8f68")
}

// UnpackFactoryEmptyMetadataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Factory_EmptyMetadata()
func (guildFactory *GuildFactory) UnpackFactoryEmptyMetadataError(raw []byte) (*GuildFactoryFactoryEmptyMetadata, error) {
	out := new(GuildFactoryFactoryEmptyMetadata)
	if err := guildFactory.abi.UnpackIntoInterface(out, "Factory_EmptyMetadata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildFactoryFactoryInvalidRankMax represents a Factory_InvalidRankMax error raised by the GuildFactory contract.
type GuildFactoryFactoryInvalidRankMax struct {
	RankMax uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Factory_InvalidRankMax(uint8 rankMax)
func GuildFactoryFactoryInvalidRankMaxErrorID() common.Hash {
	return common.HexToHash("0x2a90386e7c1b034ce8dfa2d86a8dbd024deb798e06396f4c0683599e9f42bda6")
}

// UnpackFactoryInvalidRankMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Factory_InvalidRankMax(uint8 rankMax)
func (guildFactory *GuildFactory) UnpackFactoryInvalidRankMaxError(raw []byte) (*GuildFactoryFactoryInvalidRankMax, error) {
	out := new(GuildFactoryFactoryInvalidRankMax)
	if err := guildFactory.abi.UnpackIntoInterface(out, "Factory_InvalidRankMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildFactoryFactoryUnknownGuild represents a Factory_UnknownGuild error raised by the GuildFactory contract.
type GuildFactoryFactoryUnknownGuild struct {
	GuildId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Factory_UnknownGuild(uint256 guildId)
func GuildFactoryFactoryUnknownGuildErrorID() common.Hash {
	return common.HexToHash("0x932c0b611aada567e71215c9f243dd5e518113ca1aad1ebd48847d2984940ff4")
}

// UnpackFactoryUnknownGuildError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Factory_UnknownGuild(uint256 guildId)
func (guildFactory *GuildFactory) UnpackFactoryUnknownGuildError(raw []byte) (*GuildFactoryFactoryUnknownGuild, error) {
	out := new(GuildFactoryFactoryUnknownGuild)
	if err := guildFactory.abi.UnpackIntoInterface(out, "Factory_UnknownGuild", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildFactoryFactoryZeroImplementation represents a Factory_ZeroImplementation error raised by the GuildFactory contract.
type GuildFactoryFactoryZeroImplementation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Factory_ZeroImplementation()
func GuildFactoryFactoryZeroImplementationErrorID() common.Hash {
	return common.HexToHash("0x811817f2dd868c8beba59df94e5133d82a80d8a6889bbd09325062fe0796dcb0")
}

// UnpackFactoryZeroImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Factory_ZeroImplementation()
func (guildFactory *GuildFactory) UnpackFactoryZeroImplementationError(raw []byte) (*GuildFactoryFactoryZeroImplementation, error) {
	out := new(GuildFactoryFactoryZeroImplementation)
	if err := guildFactory.abi.UnpackIntoInterface(out, "Factory_ZeroImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildFactoryFailedDeployment represents a FailedDeployment error raised by the GuildFactory contract.
type GuildFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func GuildFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (guildFactory *GuildFactory) UnpackFailedDeploymentError(raw []byte) (*GuildFactoryFailedDeployment, error) {
	out := new(GuildFactoryFailedDeployment)
	if err := guildFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildFactoryInsufficientBalance represents a InsufficientBalance error raised by the GuildFactory contract.
type GuildFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func GuildFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (guildFactory *GuildFactory) UnpackInsufficientBalanceError(raw []byte) (*GuildFactoryInsufficientBalance, error) {
	out := new(GuildFactoryInsufficientBalance)
	if err := guildFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
