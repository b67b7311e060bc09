// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package guildtoken

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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// GuildTokenMetaData contains all meta data concerning the GuildToken contract.
var GuildTokenMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CLOCK_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkpoints\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pos\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structCheckpoints.Checkpoint208\",\"components\":[{\"name\":\"_key\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"_value\",\"type\":\"uint208\",\"internalType\":\"uint208\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"delegate\",\"inputs\":[{\"name\":\"delegatee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegateBySig\",\"inputs\":[{\"name\":\"delegatee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegates\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getPastTotalSupply\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getPastVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"name_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"minter_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"minter\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"numCheckpoints\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DelegateChanged\",\"inputs\":[{\"name\":\"delegator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"fromDelegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"toDelegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DelegateVotesChanged\",\"inputs\":[{\"name\":\"delegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"previousVotes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20ExceededSafeSupply\",\"inputs\":[{\"name\":\"increasedSupply\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC5805FutureLookup\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"clock\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"ERC6372InconsistentClock\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GuildToken_EmptyMetadata\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GuildToken_NotMinter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GuildToken_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"VotesExpiredSignature\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "GuildToken",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61231d806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80636fcfff45116100d957806395d89b4111610093578063c3cda5201161006e578063c3cda52014610383578063d505accf14610396578063dd62ed3e146103a9578063f1127ed8146103bc575f5ffd5b806395d89b41146103555780639ab24eb01461035d578063a9059cbb14610370575f5ffd5b80636fcfff45146102ba57806370a08231146102e25780637ecebe00146102f557806384b0196e146103085780638e539e8c1461032357806391ddadf414610336575f5ffd5b8063313ce5671161014457806340c10f191161011f57806340c10f19146102795780634bf5d7e91461028c578063587cde1e146102945780635c19a95c146102a7575f5ffd5b8063313ce5671461024f5780633644e5151461025e5780633a46b1a814610266575f5ffd5b806306fdde031461018b57806307546172146101a9578063077f224a146101d3578063095ea7b3146101e857806318160ddd1461020b57806323b872dd1461023c575b5f5ffd5b6101936103fb565b6040516101a09190611d8b565b60405180910390f35b5f546101bb906001600160a01b031681565b6040516001600160a01b0390911681526020016101a0565b6101e66101e1366004611dfd565b6104a0565b005b6101fb6101f6366004611e7d565b6106b5565b60405190151581526020016101a0565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b6040519081526020016101a0565b6101fb61024a366004611ea5565b6106ce565b604051602481526020016101a0565b61022e6106f1565b61022e610274366004611e7d565b6106ff565b6101e6610287366004611e7d565b61074a565b610193610789565b6101bb6102a2366004611edf565b610796565b6101e66102b5366004611edf565b6107bf565b6102cd6102c8366004611edf565b6107ca565b60405163ffffffff90911681526020016101a0565b61022e6102f0366004611edf565b6107d4565b61022e610303366004611edf565b610804565b61031061080e565b6040516101a09796959493929190611ef8565b61022e610331366004611f8e565b610850565b61033e610885565b60405165ffffffffffff90911681526020016101a0565b61019361088e565b61022e61036b366004611edf565b6108cc565b6101fb61037e366004611e7d565b61091a565b6101e6610391366004611fb5565b610927565b6101e66103a4366004612009565b6109e3565b61022e6103b736600461206f565b610af0565b6103cf6103ca3660046120a0565b610b39565b60408051825165ffffffffffff1681526020928301516001600160d01b031692810192909252016101a0565b60605f5f5160206122fd5f395f51905f525b905080600301805461041e906120dd565b80601f016020809104026020016040519081016040528092919081815260200182805461044a906120dd565b80156104955780601f1061046c57610100808354040283529160200191610495565b820191905f5260205f20905b81548152906001019060200180831161047857829003601f168201915b505050505091505090565b5f6104a9610b5d565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156104d05750825b90505f8267ffffffffffffffff1660011480156104ec5750303b155b9050811580156104fa575080155b156105185760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561054257845460ff60401b1916600160401b1785555b6001600160a01b038616610569576040516311e49adf60e11b815260040160405180910390fd5b881580610574575086155b1561059257604051632612de8b60e21b815260040160405180910390fd5b6106038a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8e018190048102820181019092528c815292508c91508b90819084018382808284375f92019190915250610b8592505050565b6106418a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610b9792505050565b610649610bc5565b5f80546001600160a01b0319166001600160a01b03881617905583156106a957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b5f336106c2818585610bcf565b60019150505b92915050565b5f336106db858285610be1565b6106e6858585610c45565b506001949350505050565b5f6106fa610ca2565b905090565b5f5f5160206122dd5f395f51905f5261073961071a84610cab565b6001600160a01b0386165f908152600184016020526040902090610cf9565b6001600160d01b0316949350505050565b5f546001600160a01b0316331461077b5760405163020d76cd60e11b81523360048201526024015b60405180910390fd5b6107858282610da9565b5050565b60606106fa610885610ddd565b6001600160a01b039081165f9081525f5160206122dd5f395f51905f5260205260409020541690565b336107858183610df3565b5f6106c882610e7a565b5f805f5160206122fd5f395f51905f525b6001600160a01b039093165f9081526020939093525050604090205490565b5f6106c882610ec9565b5f6060805f5f5f606061081f610ed3565b610827610f24565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f5f5160206122dd5f395f51905f5261087561086b84610cab565b6002830190610cf9565b6001600160d01b03169392505050565b5f6106fa610f4d565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f5160206122fd5f395f51905f529161041e906120dd565b6001600160a01b0381165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d01602052604081205f5160206122dd5f395f51905f529061087590610f57565b5f336106c2818585610c45565b8342111561094b57604051632341d78760e11b815260048101859052602401610772565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f906109c4906109bc9060a00160405160208183030381529060405280519060200120610f8e565b858585610fba565b90506109d08187610fe6565b6109da8188610df3565b50505050505050565b83421115610a075760405163313c898160e11b815260048101859052602401610772565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610a358c611024565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610a8f82610f8e565b90505f610a9e82878787610fba565b9050896001600160a01b0316816001600160a01b031614610ae5576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610772565b6106a98a8a8a610bcf565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b604080518082019091525f8082526020820152610b568383611065565b9392505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006106c8565b610b8d6110ce565b61078582826110f3565b610b9f6110ce565b610bc281604051806040016040528060018152602001603160f81b815250611143565b50565b610bcd6110ce565b565b610bdc83838360016111a6565b505050565b5f610bec8484610af0565b90505f19811015610c3f5781811015610c3157604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610772565b610c3f84848484035f6111a6565b50505050565b6001600160a01b038316610c6e57604051634b637e8f60e11b81525f6004820152602401610772565b6001600160a01b038216610c975760405163ec442f0560e01b81525f6004820152602401610772565b610bdc83838361128a565b5f6106fa611295565b5f5f610cb5610885565b90508065ffffffffffff168310610cf057604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610772565b610b5683611308565b81545f9081816005811115610d55575f610d128461133e565b610d1c908561213d565b5f8881526020902090915081015465ffffffffffff9081169087161015610d4557809150610d53565b610d50816001612150565b92505b505b5f610d6287878585611491565b90508015610d9c57610d8687610d7960018461213d565b5f91825260209091200190565b54600160301b90046001600160d01b0316610d9e565b5f5b979650505050505050565b6001600160a01b038216610dd25760405163ec442f0560e01b81525f6004820152602401610772565b6107855f838361128a565b60606106c8610dee8363ffffffff16565b6114e7565b5f5160206122dd5f395f51905f525f610e0b84610796565b6001600160a01b038581165f8181526020869052604080822080546001600160a01b031916898616908117909155905194955093928516927f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a4610c3f8184610e7587611559565b611563565b6001600160a01b0381165f9081527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0160205260408120545f5160206122dd5f395f51905f5290610b56906116d9565b5f6106c882611709565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1009161041e906120dd565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10061040d565b5f6106fa43611308565b80545f908015610f8657610f7083610d7960018461213d565b54600160301b90046001600160d01b0316610b56565b5f9392505050565b5f6106c8610f9a610ca2565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610fca88888888611731565b925092509250610fda82826117f9565b50909695505050505050565b5f610ff083611024565b9050808214610bdc576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610772565b6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805180820182525f80825260208083018290526001600160a01b03861682527fe8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d019052919091205f5160206122dd5f395f51905f52906110c690846118b1565b949350505050565b6110d661191e565b610bcd57604051631afcd79f60e31b815260040160405180910390fd5b6110fb6110ce565b5f5160206122fd5f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0361113484826121a7565b5060048101610c3f83826121a7565b61114b6110ce565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10261119784826121a7565b5060038101610c3f83826121a7565b5f5160206122fd5f395f51905f526001600160a01b0385166111dd5760405163e602df0560e01b81525f6004820152602401610772565b6001600160a01b03841661120657604051634a1406b160e11b81525f6004820152602401610772565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561128357836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258560405161127a91815260200190565b60405180910390a35b5050505050565b610bdc838383611937565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6112bf6119bc565b6112c76119d1565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b5f65ffffffffffff82111561133a576040516306dfcc6560e41b81526030600482015260248101839052604401610772565b5090565b5f6001821161134b575090565b816001600160801b82106113645760809190911c9060401b5b600160401b821061137a5760409190911c9060201b5b64010000000082106113915760209190911c9060101b5b6201000082106113a65760109190911c9060081b5b61010082106113ba5760089190911c9060041b5b601082106113cd5760049190911c9060021b5b600482106113d95760011b5b600302600190811c908185816113f1576113f1612262565b048201901c9050600181858161140957611409612262565b048201901c9050600181858161142157611421612262565b048201901c9050600181858161143957611439612262565b048201901c9050600181858161145157611451612262565b048201901c9050600181858161146957611469612262565b048201901c905061148881858161148257611482612262565b04821190565b90039392505050565b5f5b818310156114df575f85815260209020838316600285851804019081015465ffffffffffff868116911611156114cb578092506114d9565b6114d6816001612150565b93505b50611493565b509392505050565b60606114f1610f4d565b65ffffffffffff168265ffffffffffff1614611520576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f6106c8826107d4565b5f5160206122dd5f395f51905f526001600160a01b038481169084161480159061158c57505f82115b15610c3f576001600160a01b03841615611635576001600160a01b0384165f908152600182016020526040812081906115d0906119da6115cb876119e5565b611a18565b6001600160d01b031691506001600160d01b03169150856001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161162a929190918252602082015260400190565b60405180910390a250505b6001600160a01b03831615610c3f576001600160a01b0383165f9081526001820160205260408120819061166f90611a506115cb876119e5565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516116c9929190918252602082015260400190565b60405180910390a2505050505050565b5f63ffffffff82111561133a576040516306dfcc6560e41b81526020600482015260248101839052604401610772565b5f807f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006107e5565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561176a57505f915060039050826117ef565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156117bb573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166117e657505f9250600191508290506117ef565b92505f91508190505b9450945094915050565b5f82600381111561180c5761180c612276565b03611815575050565b600182600381111561182957611829612276565b036118475760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561185b5761185b612276565b0361187c5760405163fce698f760e01b815260048101829052602401610772565b600382600381111561189057611890612276565b03610785576040516335e2f38360e21b815260048101829052602401610772565b604080518082019091525f8082526020820152825f018263ffffffff16815481106118de576118de61228a565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b5f611927610b5d565b54600160401b900460ff16919050565b611942838383611a5b565b6001600160a01b0383166119b1575f6119797f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace025490565b90506001600160d01b03808211156119ae57604051630e58ae9360e11b81526004810183905260248101829052604401610772565b50505b610bdc838383611b94565b5f6119c5610ed3565b80519060200120905090565b5f6119c5610f24565b5f610b56828461229e565b5f6001600160d01b0382111561133a576040516306dfcc6560e41b815260d0600482015260248101839052604401610772565b5f5f611a43611a25610885565b611a3b611a3188610f57565b868863ffffffff16565b879190611c05565b915091505b935093915050565b5f610b5682846122bd565b5f5160206122fd5f395f51905f526001600160a01b038416611a955781816002015f828254611a8a9190612150565b90915550611b059050565b6001600160a01b0384165f9081526020829052604090205482811015611ae75760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610772565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b038316611b23576002810180548390039055611b41565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051611b8691815260200190565b60405180910390a350505050565b5f5160206122dd5f395f51905f526001600160a01b038416611bc657611bc381600201611a506115cb856119e5565b50505b6001600160a01b038316611bea57611be7816002016119da6115cb856119e5565b50505b610c3f611bf685610796565b611bff85610796565b84611563565b5f80611a4385858582545f9081908015611d03575f611c2987610d7960018561213d565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115611c6c57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611ca557825465ffffffffffff16600160301b6001600160d01b03891602178355611cf5565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350611a4892505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081611a48565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610b566020830184611d5d565b5f5f83601f840112611dad575f5ffd5b50813567ffffffffffffffff811115611dc4575f5ffd5b602083019150836020828501011115611ddb575f5ffd5b9250929050565b80356001600160a01b0381168114611df8575f5ffd5b919050565b5f5f5f5f5f60608688031215611e11575f5ffd5b853567ffffffffffffffff811115611e27575f5ffd5b611e3388828901611d9d565b909650945050602086013567ffffffffffffffff811115611e52575f5ffd5b611e5e88828901611d9d565b9094509250611e71905060408701611de2565b90509295509295909350565b5f5f60408385031215611e8e575f5ffd5b611e9783611de2565b946020939093013593505050565b5f5f5f60608486031215611eb7575f5ffd5b611ec084611de2565b9250611ece60208501611de2565b929592945050506040919091013590565b5f60208284031215611eef575f5ffd5b610b5682611de2565b60ff60f81b8816815260e060208201525f611f1660e0830189611d5d565b8281036040840152611f288189611d5d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611f7d578351835260209384019390920191600101611f5f565b50909b9a5050505050505050505050565b5f60208284031215611f9e575f5ffd5b5035919050565b803560ff81168114611df8575f5ffd5b5f5f5f5f5f5f60c08789031215611fca575f5ffd5b611fd387611de2565b95506020870135945060408701359350611fef60608801611fa5565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a03121561201f575f5ffd5b61202888611de2565b965061203660208901611de2565b9550604088013594506060880135935061205260808901611fa5565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215612080575f5ffd5b61208983611de2565b915061209760208401611de2565b90509250929050565b5f5f604083850312156120b1575f5ffd5b6120ba83611de2565b9150602083013563ffffffff811681146120d2575f5ffd5b809150509250929050565b600181811c908216806120f157607f821691505b60208210810361210f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156106c8576106c8612129565b808201808211156106c8576106c8612129565b601f821115610bdc57805f5260205f20601f840160051c810160208510156121885750805b601f840160051c820191505b81811015611283575f8155600101612194565b815167ffffffffffffffff8111156121c1576121c1612115565b6121d5816121cf84546120dd565b84612163565b6020601f821160018114612207575f83156121f05750848201515b5f19600385901b1c1916600184901b178455611283565b5f84815260208120601f198516915b828110156122365787850151825560209485019460019092019101612216565b508482101561225357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6001600160d01b0382811682821603908111156106c8576106c8612129565b6001600160d01b0381811683821601908111156106c8576106c861212956fee8b26c30fad74198956032a3533d903385d56dd795af560196f9c78d4af40d0052c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00",
}

// GuildToken is an auto generated Go binding around an Ethereum contract.
type GuildToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GuildToken) GetABI() abi.ABI {
	return c.abi
}

// NewGuildToken creates a new instance of GuildToken.
func NewGuildToken() *GuildToken {
	parsed, err := GuildTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GuildToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GuildToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (guildToken *GuildToken) PackCLOCKMODE() []byte {
	enc, err := guildToken.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (guildToken *GuildToken) TryPackCLOCKMODE() ([]byte, error) {
	return guildToken.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (guildToken *GuildToken) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := guildToken.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (guildToken *GuildToken) PackDOMAINSEPARATOR() []byte {
	enc, err := guildToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (guildToken *GuildToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return guildToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (guildToken *GuildToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := guildToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (guildToken *GuildToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := guildToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (guildToken *GuildToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return guildToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (guildToken *GuildToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (guildToken *GuildToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := guildToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (guildToken *GuildToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return guildToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (guildToken *GuildToken) UnpackApprove(data []byte) (bool, error) {
	out, err := guildToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (guildToken *GuildToken) PackBalanceOf(account common.Address) []byte {
	enc, err := guildToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (guildToken *GuildToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return guildToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (guildToken *GuildToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (guildToken *GuildToken) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := guildToken.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (guildToken *GuildToken) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return guildToken.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (guildToken *GuildToken) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := guildToken.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (guildToken *GuildToken) PackClock() []byte {
	enc, err := guildToken.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (guildToken *GuildToken) TryPackClock() ([]byte, error) {
	return guildToken.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (guildToken *GuildToken) UnpackClock(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (guildToken *GuildToken) PackDecimals() []byte {
	enc, err := guildToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (guildToken *GuildToken) TryPackDecimals() ([]byte, error) {
	return guildToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (guildToken *GuildToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := guildToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (guildToken *GuildToken) PackDelegate(delegatee common.Address) []byte {
	enc, err := guildToken.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (guildToken *GuildToken) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return guildToken.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (guildToken *GuildToken) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := guildToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (guildToken *GuildToken) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return guildToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (guildToken *GuildToken) PackDelegates(account common.Address) []byte {
	enc, err := guildToken.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (guildToken *GuildToken) TryPackDelegates(account common.Address) ([]byte, error) {
	return guildToken.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (guildToken *GuildToken) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := guildToken.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (guildToken *GuildToken) PackEip712Domain() []byte {
	enc, err := guildToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (guildToken *GuildToken) TryPackEip712Domain() ([]byte, error) {
	return guildToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (guildToken *GuildToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := guildToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (guildToken *GuildToken) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := guildToken.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (guildToken *GuildToken) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return guildToken.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (guildToken *GuildToken) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (guildToken *GuildToken) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := guildToken.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (guildToken *GuildToken) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return guildToken.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (guildToken *GuildToken) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (guildToken *GuildToken) PackGetVotes(account common.Address) []byte {
	enc, err := guildToken.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (guildToken *GuildToken) TryPackGetVotes(account common.Address) ([]byte, error) {
	return guildToken.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (guildToken *GuildToken) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x077f224a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, string symbol_, address minter_) returns()
func (guildToken *GuildToken) PackInitialize(name string, symbol string, minter common.Address) []byte {
	enc, err := guildToken.abi.Pack("initialize", name, symbol, minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x077f224a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, string symbol_, address minter_) returns()
func (guildToken *GuildToken) TryPackInitialize(name string, symbol string, minter common.Address) ([]byte, error) {
	return guildToken.abi.Pack("initialize", name, symbol, minter)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (guildToken *GuildToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := guildToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (guildToken *GuildToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return guildToken.abi.Pack("mint", to, amount)
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (guildToken *GuildToken) PackMinter() []byte {
	enc, err := guildToken.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (guildToken *GuildToken) TryPackMinter() ([]byte, error) {
	return guildToken.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (guildToken *GuildToken) UnpackMinter(data []byte) (common.Address, error) {
	out, err := guildToken.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (guildToken *GuildToken) PackName() []byte {
	enc, err := guildToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (guildToken *GuildToken) TryPackName() ([]byte, error) {
	return guildToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (guildToken *GuildToken) UnpackName(data []byte) (string, error) {
	out, err := guildToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (guildToken *GuildToken) PackNonces(owner common.Address) []byte {
	enc, err := guildToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (guildToken *GuildToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return guildToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (guildToken *GuildToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (guildToken *GuildToken) PackNumCheckpoints(account common.Address) []byte {
	enc, err := guildToken.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (guildToken *GuildToken) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return guildToken.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (guildToken *GuildToken) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := guildToken.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (guildToken *GuildToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := guildToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (guildToken *GuildToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return guildToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (guildToken *GuildToken) PackSymbol() []byte {
	enc, err := guildToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (guildToken *GuildToken) TryPackSymbol() ([]byte, error) {
	return guildToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (guildToken *GuildToken) UnpackSymbol(data []byte) (string, error) {
	out, err := guildToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (guildToken *GuildToken) PackTotalSupply() []byte {
	enc, err := guildToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (guildToken *GuildToken) TryPackTotalSupply() ([]byte, error) {
	return guildToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (guildToken *GuildToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := guildToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (guildToken *GuildToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := guildToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (guildToken *GuildToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return guildToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (guildToken *GuildToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := guildToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (guildToken *GuildToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := guildToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (guildToken *GuildToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return guildToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (guildToken *GuildToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := guildToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// GuildTokenApproval represents a Approval event raised by the GuildToken contract.
type GuildTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuildTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (GuildTokenApproval) ContractEventName() string {
	return GuildTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (guildToken *GuildToken) UnpackApprovalEvent(log *types.Log) (*GuildTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildTokenApproval)
	if len(log.Data) > 0 {
		if err := guildToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildToken.abi.Events[event].Inputs {
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

// GuildTokenDelegateChanged represents a DelegateChanged event raised by the GuildToken contract.
type GuildTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const GuildTokenDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (GuildTokenDelegateChanged) ContractEventName() string {
	return GuildTokenDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (guildToken *GuildToken) UnpackDelegateChangedEvent(log *types.Log) (*GuildTokenDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildTokenDelegateChanged)
	if len(log.Data) > 0 {
		if err := guildToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildToken.abi.Events[event].Inputs {
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

// GuildTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the GuildToken contract.
type GuildTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const GuildTokenDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (GuildTokenDelegateVotesChanged) ContractEventName() string {
	return GuildTokenDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (guildToken *GuildToken) UnpackDelegateVotesChangedEvent(log *types.Log) (*GuildTokenDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildTokenDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := guildToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildToken.abi.Events[event].Inputs {
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

// GuildTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the GuildToken contract.
type GuildTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const GuildTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (GuildTokenEIP712DomainChanged) ContractEventName() string {
	return GuildTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (guildToken *GuildToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*GuildTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := guildToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildToken.abi.Events[event].Inputs {
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

// GuildTokenInitialized represents a Initialized event raised by the GuildToken contract.
type GuildTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuildTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (GuildTokenInitialized) ContractEventName() string {
	return GuildTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (guildToken *GuildToken) UnpackInitializedEvent(log *types.Log) (*GuildTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildTokenInitialized)
	if len(log.Data) > 0 {
		if err := guildToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildToken.abi.Events[event].Inputs {
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

// GuildTokenTransfer represents a Transfer event raised by the GuildToken contract.
type GuildTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GuildTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GuildTokenTransfer) ContractEventName() string {
	return GuildTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (guildToken *GuildToken) UnpackTransferEvent(log *types.Log) (*GuildTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildTokenTransfer)
	if len(log.Data) > 0 {
		if err := guildToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildToken.abi.Events[event].Inputs {
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
func (guildToken *GuildToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], guildToken.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return guildToken.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return guildToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return guildToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return guildToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return guildToken.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["GuildToken_EmptyMetadata"].ID.Bytes()[:4]) {
		return guildToken.UnpackGuildTokenEmptyMetadataError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["GuildToken_NotMinter"].ID.Bytes()[:4]) {
		return guildToken.UnpackGuildTokenNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["GuildToken_ZeroAddress"].ID.Bytes()[:4]) {
		return guildToken.UnpackGuildTokenZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return guildToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return guildToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return guildToken.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return guildToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildToken.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return guildToken.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GuildTokenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the GuildToken contract.
type GuildTokenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func GuildTokenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (guildToken *GuildToken) UnpackCheckpointUnorderedInsertionError(raw []byte) (*GuildTokenCheckpointUnorderedInsertion, error) {
	out := new(GuildTokenCheckpointUnorderedInsertion)
	if err := guildToken.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the GuildToken contract.
type GuildTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func GuildTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (guildToken *GuildToken) UnpackECDSAInvalidSignatureError(raw []byte) (*GuildTokenECDSAInvalidSignature, error) {
	out := new(GuildTokenECDSAInvalidSignature)
	if err := guildToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the GuildToken contract.
type GuildTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func GuildTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (guildToken *GuildToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*GuildTokenECDSAInvalidSignatureLength, error) {
	out := new(GuildTokenECDSAInvalidSignatureLength)
	if err := guildToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the GuildToken contract.
type GuildTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func GuildTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (guildToken *GuildToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*GuildTokenECDSAInvalidSignatureS, error) {
	out := new(GuildTokenECDSAInvalidSignatureS)
	if err := guildToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the GuildToken contract.
type GuildTokenERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func GuildTokenERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (guildToken *GuildToken) UnpackERC20ExceededSafeSupplyError(raw []byte) (*GuildTokenERC20ExceededSafeSupply, error) {
	out := new(GuildTokenERC20ExceededSafeSupply)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the GuildToken contract.
type GuildTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func GuildTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (guildToken *GuildToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*GuildTokenERC20InsufficientAllowance, error) {
	out := new(GuildTokenERC20InsufficientAllowance)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the GuildToken contract.
type GuildTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func GuildTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (guildToken *GuildToken) UnpackERC20InsufficientBalanceError(raw []byte) (*GuildTokenERC20InsufficientBalance, error) {
	out := new(GuildTokenERC20InsufficientBalance)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the GuildToken contract.
type GuildTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func GuildTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (guildToken *GuildToken) UnpackERC20InvalidApproverError(raw []byte) (*GuildTokenERC20InvalidApprover, error) {
	out := new(GuildTokenERC20InvalidApprover)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the GuildToken contract.
type GuildTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func GuildTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (guildToken *GuildToken) UnpackERC20InvalidReceiverError(raw []byte) (*GuildTokenERC20InvalidReceiver, error) {
	out := new(GuildTokenERC20InvalidReceiver)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the GuildToken contract.
type GuildTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func GuildTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (guildToken *GuildToken) UnpackERC20InvalidSenderError(raw []byte) (*GuildTokenERC20InvalidSender, error) {
	out := new(GuildTokenERC20InvalidSender)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the GuildToken contract.
type GuildTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func GuildTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (guildToken *GuildToken) UnpackERC20InvalidSpenderError(raw []byte) (*GuildTokenERC20InvalidSpender, error) {
	out := new(GuildTokenERC20InvalidSpender)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the GuildToken contract.
type GuildTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func GuildTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (guildToken *GuildToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*GuildTokenERC2612ExpiredSignature, error) {
	out := new(GuildTokenERC2612ExpiredSignature)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the GuildToken contract.
type GuildTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func GuildTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (guildToken *GuildToken) UnpackERC2612InvalidSignerError(raw []byte) (*GuildTokenERC2612InvalidSigner, error) {
	out := new(GuildTokenERC2612InvalidSigner)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC5805FutureLookup represents a ERC5805FutureLookup error raised by the GuildToken contract.
type GuildTokenERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func GuildTokenERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (guildToken *GuildToken) UnpackERC5805FutureLookupError(raw []byte) (*GuildTokenERC5805FutureLookup, error) {
	out := new(GuildTokenERC5805FutureLookup)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the GuildToken contract.
type GuildTokenERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func GuildTokenERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (guildToken *GuildToken) UnpackERC6372InconsistentClockError(raw []byte) (*GuildTokenERC6372InconsistentClock, error) {
	out := new(GuildTokenERC6372InconsistentClock)
	if err := guildToken.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenGuildTokenEmptyMetadata represents a GuildToken_EmptyMetadata error raised by the GuildToken contract.
type GuildTokenGuildTokenEmptyMetadata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuildToken_EmptyMetadata()
func GuildTokenGuildTokenEmptyMetadataErrorID() common.Hash {
	return common.HexToHash("0x984b7a2c75ce8b3fc40565a4e24b1209eba47d0fcefef705436b98cd6253a1df")
}

// UnpackGuildTokenEmptyMetadataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuildToken_EmptyMetadata()
func (guildToken *GuildToken) UnpackGuildTokenEmptyMetadataError(raw []byte) (*GuildTokenGuildTokenEmptyMetadata, error) {
	out := new(GuildTokenGuildTokenEmptyMetadata)
	if err := guildToken.abi.UnpackIntoInterface(out, "GuildToken_EmptyMetadata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenGuildTokenNotMinter represents a GuildToken_NotMinter error raised by the GuildToken contract.
type GuildTokenGuildTokenNotMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuildToken_NotMinter(address caller)
func GuildTokenGuildTokenNotMinterErrorID() common.Hash {
	return common.HexToHash("0x041aed9a0e170e5c9c1a73ade8d46eedbfc5fe1f321084329c308c3715c17166")
}

// UnpackGuildTokenNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuildToken_NotMinter(address caller)
func (guildToken *GuildToken) UnpackGuildTokenNotMinterError(raw []byte) (*GuildTokenGuildTokenNotMinter, error) {
	out := new(GuildTokenGuildTokenNotMinter)
	if err := guildToken.abi.UnpackIntoInterface(out, "GuildToken_NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenGuildTokenZeroAddress represents a GuildToken_ZeroAddress error raised by the GuildToken contract.
type GuildTokenGuildTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuildToken_ZeroAddress()
func GuildTokenGuildTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x23c935be394d594708ba2aba4c756038a21fdee39956e22397084ea63f4c7421")
}

// UnpackGuildTokenZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuildToken_ZeroAddress()
func (guildToken *GuildToken) UnpackGuildTokenZeroAddressError(raw []byte) (*GuildTokenGuildTokenZeroAddress, error) {
	out := new(GuildTokenGuildTokenZeroAddress)
	if err := guildToken.abi.UnpackIntoInterface(out, "GuildToken_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the GuildToken contract.
type GuildTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func GuildTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (guildToken *GuildToken) UnpackInvalidAccountNonceError(raw []byte) (*GuildTokenInvalidAccountNonce, error) {
	out := new(GuildTokenInvalidAccountNonce)
	if err := guildToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenInvalidInitialization represents a InvalidInitialization error raised by the GuildToken contract.
type GuildTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func GuildTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (guildToken *GuildToken) UnpackInvalidInitializationError(raw []byte) (*GuildTokenInvalidInitialization, error) {
	out := new(GuildTokenInvalidInitialization)
	if err := guildToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenNotInitializing represents a NotInitializing error raised by the GuildToken contract.
type GuildTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func GuildTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (guildToken *GuildToken) UnpackNotInitializingError(raw []byte) (*GuildTokenNotInitializing, error) {
	out := new(GuildTokenNotInitializing)
	if err := guildToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the GuildToken contract.
type GuildTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func GuildTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (guildToken *GuildToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*GuildTokenSafeCastOverflowedUintDowncast, error) {
	out := new(GuildTokenSafeCastOverflowedUintDowncast)
	if err := guildToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildTokenVotesExpiredSignature represents a VotesExpiredSignature error raised by the GuildToken contract.
type GuildTokenVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func GuildTokenVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (guildToken *GuildToken) UnpackVotesExpiredSignatureError(raw []byte) (*GuildTokenVotesExpiredSignature, error) {
	out := new(GuildTokenVotesExpiredSignature)
	if err := guildToken.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}
