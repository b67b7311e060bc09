// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lat

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

// ILiquidAccessTokenGrant is an auto generated low-level Go binding around an user-defined struct.
type ILiquidAccessTokenGrant struct {
	Holder      common.Address
	AssetId     [32]byte
	Tier        uint8
	BlockNumber uint64
}

// LiquidAccessTokenMetaData contains all meta data concerning the LiquidAccessToken contract.
var LiquidAccessTokenMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_TIER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"burnFrom\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grant\",\"inputs\":[{\"name\":\"grantId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"g\",\"type\":\"tuple\",\"internalType\":\"structILiquidAccessToken.Grant\",\"components\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"guild\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"name_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"guild_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tier_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minter_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"minter\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"redeem\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"grantId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"redemptions\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AccessGranted\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tier\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"grantId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LAT_EmptyMetadata\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LAT_InvalidTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"LAT_NotMinter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"LAT_UnknownGrant\",\"inputs\":[{\"name\":\"grantId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"LAT_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LAT_ZeroAssetId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]}]",
	ID:  "LiquidAccessToken",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6119be806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806379cc6790116100bf578063af3a19c711610079578063af3a19c714610342578063b5a132b41461034a578063d505accf1461035c578063dd62ed3e1461036f578063e1ed7a0d14610382578063eda1122c1461038b575f5ffd5b806379cc67901461028a5780637ecebe001461029d57806384b0196e146102b0578063918e9de3146102cb57806395d89b4114610327578063a9059cbb1461032f575f5ffd5b8063313ce56711610110578063313ce5671461022d5780633644e5151461023457806340c10f191461023c57806342966c68146102515780634801e3b11461026457806370a0823114610277575f5ffd5b806306fdde03146101575780630754617214610175578063095ea7b3146101a057806316f4d022146101c357806318160ddd146101e957806323b872dd1461021a575b5f5ffd5b61015f61039e565b60405161016c9190611418565b60405180910390f35b600154610188906001600160a01b031681565b6040516001600160a01b03909116815260200161016c565b6101b36101ae366004611447565b610443565b604051901515815260200161016c565b6001546101d790600160a01b900460ff1681565b60405160ff909116815260200161016c565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b60405190815260200161016c565b6101b361022836600461146f565b61045c565b60126101d7565b61020c61047f565b61024f61024a366004611447565b61048d565b005b61024f61025f3660046114a9565b6104cd565b61024f610272366004611515565b6104da565b61020c6102853660046115b5565b610777565b61024f610298366004611447565b6107a7565b61020c6102ab3660046115b5565b6107bc565b6102b86107c6565b60405161016c97969594939291906115ce565b6102de6102d93660046114a9565b610808565b60405161016c919081516001600160a01b031681526020808301519082015260408083015160ff169082015260609182015167ffffffffffffffff169181019190915260800190565b61015f6108aa565b6101b361033d366004611447565b6108e8565b6101d7602081565b5f54610188906001600160a01b031681565b61024f61036a366004611664565b6108f5565b61020c61037d3660046116ca565b610a4a565b61020c60025481565b61020c6103993660046114a9565b610a93565b60605f5f51602061199e5f395f51905f525b90508060030180546103c1906116fb565b80601f01602080910402602001604051908101604052809291908181526020018280546103ed906116fb565b80156104385780601f1061040f57610100808354040283529160200191610438565b820191905f5260205f20905b81548152906001019060200180831161041b57829003601f168201915b505050505091505090565b5f33610450818585610c1e565b60019150505b92915050565b5f33610469858285610c30565b610474858585610c94565b506001949350505050565b5f610488610cf1565b905090565b6001546001600160a01b031633146104bf5760405163304efc3160e11b81523360048201526024015b60405180910390fd5b6104c98282610cfa565b5050565b6104d73382610d2e565b50565b5f6104e3610d62565b805490915060ff600160401b820416159067ffffffffffffffff165f8115801561050a5750825b90505f8267ffffffffffffffff1660011480156105265750303b155b905081158015610534575080155b156105525760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561057c57845460ff60401b1916600160401b1785555b6001600160a01b038816158061059957506001600160a01b038616155b156105b7576040516330331a7160e21b815260040160405180910390fd5b60ff871615806105ca5750602060ff8816115b156105ed5760405163ab0bf7cf60e01b815260ff881660048201526024016104b6565b8a15806105f8575088155b15610616576040516353b04e7360e01b815260040160405180910390fd5b6106988c8c8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610d8a92505050565b6106d68c8c8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610d9c92505050565b6106de610dc7565b5f80546001600160a01b03808b166001600160a01b0319928316179092556001805492891660ff8b16600160a01b029092166001600160a81b031990931692909217179055831561076957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050505050565b5f805f51602061199e5f395f51905f525b6001600160a01b039093165f9081526020939093525050604090205490565b6107b2823383610c30565b6104c98282610d2e565b5f61045682610dd1565b5f6060805f5f5f60606107d7610df9565b6107df610e4a565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b604080516080810182525f808252602082018190529181018290526060810191909152505f81815260036020908152604091829020825160808101845281546001600160a01b031680825260018301549382019390935260029091015460ff81169382019390935261010090920467ffffffffffffffff1660608301526108a557604051638022ac6b60e01b8152600481018390526024016104b6565b919050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f51602061199e5f395f51905f52916103c1906116fb565b5f33610450818585610c94565b834211156109195760405163313c898160e11b8152600481018590526024016104b6565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886109838c6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6109dd82610e73565b90505f6109ec82878787610e9f565b9050896001600160a01b0316816001600160a01b031614610a33576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016104b6565b610a3e8a8a8a610c1e565b50505050505050505050565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f81610ab2576040516326152f6b60e21b815260040160405180910390fd5b610ac733610ac26012600a61183e565b610d2e565b600280545f9182610ad78361184c565b9091555090504630338584610aed600143611864565b6040805160208101979097526001600160a01b0395861690870152939092166060850152608084015260a08301524060c08201524460e08201526101000160408051601f19818403018152828252805160209182012060018054608086018552338087528487018a815260ff600160a01b909304831688880181815267ffffffffffffffff43811660608c019081525f89815260038b528b90209b518c546001600160a01b039091166001600160a01b0319909116178c559351968b0196909655516002909901805492519095166101000268ffffffffffffffffff19909216989093169790971796909617909155925183815290955091928592909187917f4752d314e324aab05ed1889ea432e489a3b1b2c1962bcae9929e4d3f0ec3eea1910160405180910390a45050919050565b610c2b8383836001610ecb565b505050565b5f610c3b8484610a4a565b90505f19811015610c8e5781811015610c8057604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016104b6565b610c8e84848484035f610ecb565b50505050565b6001600160a01b038316610cbd57604051634b637e8f60e11b81525f60048201526024016104b6565b6001600160a01b038216610ce65760405163ec442f0560e01b81525f60048201526024016104b6565b610c2b838383610faf565b5f6104886110e8565b6001600160a01b038216610d235760405163ec442f0560e01b81525f60048201526024016104b6565b6104c95f8383610faf565b6001600160a01b038216610d5757604051634b637e8f60e11b81525f60048201526024016104b6565b6104c9825f83610faf565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610456565b610d9261115b565b6104c98282611180565b610da461115b565b6104d781604051806040016040528060018152602001603160f81b8152506111d0565b610dcf61115b565b565b5f807f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb00610788565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100916103c1906116fb565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1006103b0565b5f610456610e7f610cf1565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610eaf88888888611233565b925092509250610ebf82826112fb565b50909695505050505050565b5f51602061199e5f395f51905f526001600160a01b038516610f025760405163e602df0560e01b81525f60048201526024016104b6565b6001600160a01b038416610f2b57604051634a1406b160e11b81525f60048201526024016104b6565b6001600160a01b038086165f90815260018301602090815260408083209388168352929052208390558115610fa857836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051610f9f91815260200190565b60405180910390a35b5050505050565b5f51602061199e5f395f51905f526001600160a01b038416610fe95781816002015f828254610fde9190611877565b909155506110599050565b6001600160a01b0384165f908152602082905260409020548281101561103b5760405163391434e360e21b81526001600160a01b038616600482015260248101829052604481018490526064016104b6565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b038316611077576002810180548390039055611095565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516110da91815260200190565b60405180910390a350505050565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6111126113b3565b61111a6113c8565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b6111636113d1565b610dcf57604051631afcd79f60e31b815260040160405180910390fd5b61118861115b565b5f51602061199e5f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036111c184826118ce565b5060048101610c8e83826118ce565b6111d861115b565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10261122484826118ce565b5060038101610c8e83826118ce565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561126c57505f915060039050826112f1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156112bd573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166112e857505f9250600191508290506112f1565b92505f91508190505b9450945094915050565b5f82600381111561130e5761130e611989565b03611317575050565b600182600381111561132b5761132b611989565b036113495760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561135d5761135d611989565b0361137e5760405163fce698f760e01b8152600481018290526024016104b6565b600382600381111561139257611392611989565b036104c9576040516335e2f38360e21b8152600481018290526024016104b6565b5f6113bc610df9565b80519060200120905090565b5f6113bc610e4a565b5f6113da610d62565b54600160401b900460ff16919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61142a60208301846113ea565b9392505050565b80356001600160a01b03811681146108a5575f5ffd5b5f5f60408385031215611458575f5ffd5b61146183611431565b946020939093013593505050565b5f5f5f60608486031215611481575f5ffd5b61148a84611431565b925061149860208501611431565b929592945050506040919091013590565b5f602082840312156114b9575f5ffd5b5035919050565b5f5f83601f8401126114d0575f5ffd5b50813567ffffffffffffffff8111156114e7575f5ffd5b6020830191508360208285010111156114fe575f5ffd5b9250929050565b803560ff811681146108a5575f5ffd5b5f5f5f5f5f5f5f60a0888a03121561152b575f5ffd5b873567ffffffffffffffff811115611541575f5ffd5b61154d8a828b016114c0565b909850965050602088013567ffffffffffffffff81111561156c575f5ffd5b6115788a828b016114c0565b909650945061158b905060408901611431565b925061159960608901611505565b91506115a760808901611431565b905092959891949750929550565b5f602082840312156115c5575f5ffd5b61142a82611431565b60ff60f81b8816815260e060208201525f6115ec60e08301896113ea565b82810360408401526115fe81896113ea565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611653578351835260209384019390920191600101611635565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a03121561167a575f5ffd5b61168388611431565b965061169160208901611431565b955060408801359450606088013593506116ad60808901611505565b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156116db575f5ffd5b6116e483611431565b91506116f260208401611431565b90509250929050565b600181811c9082168061170f57607f821691505b60208210810361172d57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6001815b60018411156117965780850481111561177a5761177a611747565b600184161561178857908102905b60019390931c92800261175f565b935093915050565b5f826117ac57506001610456565b816117b857505f610456565b81600181146117ce57600281146117d8576117f4565b6001915050610456565b60ff8411156117e9576117e9611747565b50506001821b610456565b5060208310610133831016604e8410600b8410161715611817575081810a610456565b6118235f19848461175b565b805f190482111561183657611836611747565b029392505050565b5f61142a60ff84168361179e565b5f6001820161185d5761185d611747565b5060010190565b8181038181111561045657610456611747565b8082018082111561045657610456611747565b601f821115610c2b57805f5260205f20601f840160051c810160208510156118af5750805b601f840160051c820191505b81811015610fa8575f81556001016118bb565b815167ffffffffffffffff8111156118e8576118e8611733565b6118fc816118f684546116fb565b8461188a565b6020601f82116001811461192e575f83156119175750848201515b5f19600385901b1c1916600184901b178455610fa8565b5f84815260208120601f198516915b8281101561195d578785015182556020948501946001909201910161193d565b508482101561197a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52602160045260245ffdfe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00",
}

// LiquidAccessToken is an auto generated Go binding around an Ethereum contract.
type LiquidAccessToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LiquidAccessToken) GetABI() abi.ABI {
	return c.abi
}

// NewLiquidAccessToken creates a new instance of LiquidAccessToken.
func NewLiquidAccessToken() *LiquidAccessToken {
	parsed, err := LiquidAccessTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LiquidAccessToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LiquidAccessToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (liquidAccessToken *LiquidAccessToken) PackDOMAINSEPARATOR() []byte {
	enc, err := liquidAccessToken.abi.Pack("DOMAIN_SEPARATOR")
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
func (liquidAccessToken *LiquidAccessToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return liquidAccessToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (liquidAccessToken *LiquidAccessToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := liquidAccessToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXTIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf3a19c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIER() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) PackMAXTIER() []byte {
	enc, err := liquidAccessToken.abi.Pack("MAX_TIER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf3a19c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIER() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) TryPackMAXTIER() ([]byte, error) {
	return liquidAccessToken.abi.Pack("MAX_TIER")
}

// UnpackMAXTIER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf3a19c7.
//
// Solidity: function MAX_TIER() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) UnpackMAXTIER(data []byte) (uint8, error) {
	out, err := liquidAccessToken.abi.Unpack("MAX_TIER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := liquidAccessToken.abi.Pack("allowance", owner, spender)
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
func (liquidAccessToken *LiquidAccessToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return liquidAccessToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := liquidAccessToken.abi.Unpack("allowance", data)
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
func (liquidAccessToken *LiquidAccessToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := liquidAccessToken.abi.Pack("approve", spender, value)
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
func (liquidAccessToken *LiquidAccessToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return liquidAccessToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (liquidAccessToken *LiquidAccessToken) UnpackApprove(data []byte) (bool, error) {
	out, err := liquidAccessToken.abi.Unpack("approve", data)
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
func (liquidAccessToken *LiquidAccessToken) PackBalanceOf(account common.Address) []byte {
	enc, err := liquidAccessToken.abi.Pack("balanceOf", account)
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
func (liquidAccessToken *LiquidAccessToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return liquidAccessToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := liquidAccessToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 value) returns()
func (liquidAccessToken *LiquidAccessToken) PackBurn(value *big.Int) []byte {
	enc, err := liquidAccessToken.abi.Pack("burn", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 value) returns()
func (liquidAccessToken *LiquidAccessToken) TryPackBurn(value *big.Int) ([]byte, error) {
	return liquidAccessToken.abi.Pack("burn", value)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (liquidAccessToken *LiquidAccessToken) PackBurnFrom(account common.Address, value *big.Int) []byte {
	enc, err := liquidAccessToken.abi.Pack("burnFrom", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (liquidAccessToken *LiquidAccessToken) TryPackBurnFrom(account common.Address, value *big.Int) ([]byte, error) {
	return liquidAccessToken.abi.Pack("burnFrom", account, value)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) PackDecimals() []byte {
	enc, err := liquidAccessToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) TryPackDecimals() ([]byte, error) {
	return liquidAccessToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := liquidAccessToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (liquidAccessToken *LiquidAccessToken) PackEip712Domain() []byte {
	enc, err := liquidAccessToken.abi.Pack("eip712Domain")
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
func (liquidAccessToken *LiquidAccessToken) TryPackEip712Domain() ([]byte, error) {
	return liquidAccessToken.abi.Pack("eip712Domain")
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
func (liquidAccessToken *LiquidAccessToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := liquidAccessToken.abi.Unpack("eip712Domain", data)
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

// PackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x918e9de3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grant(bytes32 grantId) view returns((address,bytes32,uint8,uint64) g)
func (liquidAccessToken *LiquidAccessToken) PackGrant(grantId [32]byte) []byte {
	enc, err := liquidAccessToken.abi.Pack("grant", grantId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x918e9de3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grant(bytes32 grantId) view returns((address,bytes32,uint8,uint64) g)
func (liquidAccessToken *LiquidAccessToken) TryPackGrant(grantId [32]byte) ([]byte, error) {
	return liquidAccessToken.abi.Pack("grant", grantId)
}

// UnpackGrant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x918e9de3.
//
// Solidity: function grant(bytes32 grantId) view returns((address,bytes32,uint8,uint64) g)
func (liquidAccessToken *LiquidAccessToken) UnpackGrant(data []byte) (ILiquidAccessTokenGrant, error) {
	out, err := liquidAccessToken.abi.Unpack("grant", data)
	if err != nil {
		return *new(ILiquidAccessTokenGrant), err
	}
	out0 := *abi.ConvertType(out[0], new(ILiquidAccessTokenGrant)).(*ILiquidAccessTokenGrant)
	return out0, nil
}

// PackGuild is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a132b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guild() view returns(address)
func (liquidAccessToken *LiquidAccessToken) PackGuild() []byte {
	enc, err := liquidAccessToken.abi.Pack("guild")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuild is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a132b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guild() view returns(address)
func (liquidAccessToken *LiquidAccessToken) TryPackGuild() ([]byte, error) {
	return liquidAccessToken.abi.Pack("guild")
}

// UnpackGuild is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5a132b4.
//
// Solidity: function guild() view returns(address)
func (liquidAccessToken *LiquidAccessToken) UnpackGuild(data []byte) (common.Address, error) {
	out, err := liquidAccessToken.abi.Unpack("guild", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4801e3b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, string symbol_, address guild_, uint8 tier_, address minter_) returns()
func (liquidAccessToken *LiquidAccessToken) PackInitialize(name string, symbol string, guild common.Address, tier uint8, minter common.Address) []byte {
	enc, err := liquidAccessToken.abi.Pack("initialize", name, symbol, guild, tier, minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4801e3b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, string symbol_, address guild_, uint8 tier_, address minter_) returns()
func (liquidAccessToken *LiquidAccessToken) TryPackInitialize(name string, symbol string, guild common.Address, tier uint8, minter common.Address) ([]byte, error) {
	return liquidAccessToken.abi.Pack("initialize", name, symbol, guild, tier, minter)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (liquidAccessToken *LiquidAccessToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := liquidAccessToken.abi.Pack("mint", to, amount)
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
func (liquidAccessToken *LiquidAccessToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return liquidAccessToken.abi.Pack("mint", to, amount)
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (liquidAccessToken *LiquidAccessToken) PackMinter() []byte {
	enc, err := liquidAccessToken.abi.Pack("minter")
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
func (liquidAccessToken *LiquidAccessToken) TryPackMinter() ([]byte, error) {
	return liquidAccessToken.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (liquidAccessToken *LiquidAccessToken) UnpackMinter(data []byte) (common.Address, error) {
	out, err := liquidAccessToken.abi.Unpack("minter", data)
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
func (liquidAccessToken *LiquidAccessToken) PackName() []byte {
	enc, err := liquidAccessToken.abi.Pack("name")
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
func (liquidAccessToken *LiquidAccessToken) TryPackName() ([]byte, error) {
	return liquidAccessToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (liquidAccessToken *LiquidAccessToken) UnpackName(data []byte) (string, error) {
	out, err := liquidAccessToken.abi.Unpack("name", data)
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
func (liquidAccessToken *LiquidAccessToken) PackNonces(owner common.Address) []byte {
	enc, err := liquidAccessToken.abi.Pack("nonces", owner)
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
func (liquidAccessToken *LiquidAccessToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return liquidAccessToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := liquidAccessToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (liquidAccessToken *LiquidAccessToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := liquidAccessToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (liquidAccessToken *LiquidAccessToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return liquidAccessToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeda1122c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(bytes32 assetId) returns(bytes32 grantId)
func (liquidAccessToken *LiquidAccessToken) PackRedeem(assetId [32]byte) []byte {
	enc, err := liquidAccessToken.abi.Pack("redeem", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeda1122c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(bytes32 assetId) returns(bytes32 grantId)
func (liquidAccessToken *LiquidAccessToken) TryPackRedeem(assetId [32]byte) ([]byte, error) {
	return liquidAccessToken.abi.Pack("redeem", assetId)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeda1122c.
//
// Solidity: function redeem(bytes32 assetId) returns(bytes32 grantId)
func (liquidAccessToken *LiquidAccessToken) UnpackRedeem(data []byte) ([32]byte, error) {
	out, err := liquidAccessToken.abi.Unpack("redeem", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRedemptions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1ed7a0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redemptions() view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) PackRedemptions() []byte {
	enc, err := liquidAccessToken.abi.Pack("redemptions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedemptions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1ed7a0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redemptions() view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) TryPackRedemptions() ([]byte, error) {
	return liquidAccessToken.abi.Pack("redemptions")
}

// UnpackRedemptions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1ed7a0d.
//
// Solidity: function redemptions() view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) UnpackRedemptions(data []byte) (*big.Int, error) {
	out, err := liquidAccessToken.abi.Unpack("redemptions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (liquidAccessToken *LiquidAccessToken) PackSymbol() []byte {
	enc, err := liquidAccessToken.abi.Pack("symbol")
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
func (liquidAccessToken *LiquidAccessToken) TryPackSymbol() ([]byte, error) {
	return liquidAccessToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (liquidAccessToken *LiquidAccessToken) UnpackSymbol(data []byte) (string, error) {
	out, err := liquidAccessToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f4d022.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tier() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) PackTier() []byte {
	enc, err := liquidAccessToken.abi.Pack("tier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f4d022.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tier() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) TryPackTier() ([]byte, error) {
	return liquidAccessToken.abi.Pack("tier")
}

// UnpackTier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f4d022.
//
// Solidity: function tier() view returns(uint8)
func (liquidAccessToken *LiquidAccessToken) UnpackTier(data []byte) (uint8, error) {
	out, err := liquidAccessToken.abi.Unpack("tier", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) PackTotalSupply() []byte {
	enc, err := liquidAccessToken.abi.Pack("totalSupply")
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
func (liquidAccessToken *LiquidAccessToken) TryPackTotalSupply() ([]byte, error) {
	return liquidAccessToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (liquidAccessToken *LiquidAccessToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := liquidAccessToken.abi.Unpack("totalSupply", data)
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
func (liquidAccessToken *LiquidAccessToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := liquidAccessToken.abi.Pack("transfer", to, value)
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
func (liquidAccessToken *LiquidAccessToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return liquidAccessToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (liquidAccessToken *LiquidAccessToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := liquidAccessToken.abi.Unpack("transfer", data)
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
func (liquidAccessToken *LiquidAccessToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := liquidAccessToken.abi.Pack("transferFrom", from, to, value)
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
func (liquidAccessToken *LiquidAccessToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return liquidAccessToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (liquidAccessToken *LiquidAccessToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := liquidAccessToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// LiquidAccessTokenAccessGranted represents a AccessGranted event raised by the LiquidAccessToken contract.
type LiquidAccessTokenAccessGranted struct {
	AssetId [32]byte
	Holder  common.Address
	Tier    uint8
	GrantId [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const LiquidAccessTokenAccessGrantedEventName = "AccessGranted"

// ContractEventName returns the user-defined event name.
func (LiquidAccessTokenAccessGranted) ContractEventName() string {
	return LiquidAccessTokenAccessGrantedEventName
}

// UnpackAccessGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccessGranted(bytes32 indexed assetId, address indexed holder, uint8 tier, bytes32 indexed grantId)
func (liquidAccessToken *LiquidAccessToken) UnpackAccessGrantedEvent(log *types.Log) (*LiquidAccessTokenAccessGranted, error) {
	event := "AccessGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidAccessToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidAccessTokenAccessGranted)
	if len(log.Data) > 0 {
		if err := liquidAccessToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidAccessToken.abi.Events[event].Inputs {
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

// LiquidAccessTokenApproval represents a Approval event raised by the LiquidAccessToken contract.
type LiquidAccessTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LiquidAccessTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LiquidAccessTokenApproval) ContractEventName() string {
	return LiquidAccessTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (liquidAccessToken *LiquidAccessToken) UnpackApprovalEvent(log *types.Log) (*LiquidAccessTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidAccessToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidAccessTokenApproval)
	if len(log.Data) > 0 {
		if err := liquidAccessToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidAccessToken.abi.Events[event].Inputs {
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

// LiquidAccessTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the LiquidAccessToken contract.
type LiquidAccessTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const LiquidAccessTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (LiquidAccessTokenEIP712DomainChanged) ContractEventName() string {
	return LiquidAccessTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (liquidAccessToken *LiquidAccessToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*LiquidAccessTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidAccessToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidAccessTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := liquidAccessToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidAccessToken.abi.Events[event].Inputs {
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

// LiquidAccessTokenInitialized represents a Initialized event raised by the LiquidAccessToken contract.
type LiquidAccessTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LiquidAccessTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (LiquidAccessTokenInitialized) ContractEventName() string {
	return LiquidAccessTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (liquidAccessToken *LiquidAccessToken) UnpackInitializedEvent(log *types.Log) (*LiquidAccessTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidAccessToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidAccessTokenInitialized)
	if len(log.Data) > 0 {
		if err := liquidAccessToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidAccessToken.abi.Events[event].Inputs {
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

// LiquidAccessTokenTransfer represents a Transfer event raised by the LiquidAccessToken contract.
type LiquidAccessTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LiquidAccessTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LiquidAccessTokenTransfer) ContractEventName() string {
	return LiquidAccessTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (liquidAccessToken *LiquidAccessToken) UnpackTransferEvent(log *types.Log) (*LiquidAccessTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidAccessToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidAccessTokenTransfer)
	if len(log.Data) > 0 {
		if err := liquidAccessToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidAccessToken.abi.Events[event].Inputs {
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
func (liquidAccessToken *LiquidAccessToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["LAT_EmptyMetadata"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackLATEmptyMetadataError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["LAT_InvalidTier"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackLATInvalidTierError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["LAT_NotMinter"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackLATNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["LAT_UnknownGrant"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackLATUnknownGrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["LAT_ZeroAddress"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackLATZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["LAT_ZeroAssetId"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackLATZeroAssetIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidAccessToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return liquidAccessToken.UnpackNotInitializingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LiquidAccessTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the LiquidAccessToken contract.
type LiquidAccessTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func LiquidAccessTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (liquidAccessToken *LiquidAccessToken) UnpackECDSAInvalidSignatureError(raw []byte) (*LiquidAccessTokenECDSAInvalidSignature, error) {
	out := new(LiquidAccessTokenECDSAInvalidSignature)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the LiquidAccessToken contract.
type LiquidAccessTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func LiquidAccessTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (liquidAccessToken *LiquidAccessToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*LiquidAccessTokenECDSAInvalidSignatureLength, error) {
	out := new(LiquidAccessTokenECDSAInvalidSignatureLength)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the LiquidAccessToken contract.
type LiquidAccessTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func LiquidAccessTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (liquidAccessToken *LiquidAccessToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*LiquidAccessTokenECDSAInvalidSignatureS, error) {
	out := new(LiquidAccessTokenECDSAInvalidSignatureS)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func LiquidAccessTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (liquidAccessToken *LiquidAccessToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*LiquidAccessTokenERC20InsufficientAllowance, error) {
	out := new(LiquidAccessTokenERC20InsufficientAllowance)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func LiquidAccessTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (liquidAccessToken *LiquidAccessToken) UnpackERC20InsufficientBalanceError(raw []byte) (*LiquidAccessTokenERC20InsufficientBalance, error) {
	out := new(LiquidAccessTokenERC20InsufficientBalance)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func LiquidAccessTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (liquidAccessToken *LiquidAccessToken) UnpackERC20InvalidApproverError(raw []byte) (*LiquidAccessTokenERC20InvalidApprover, error) {
	out := new(LiquidAccessTokenERC20InvalidApprover)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func LiquidAccessTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (liquidAccessToken *LiquidAccessToken) UnpackERC20InvalidReceiverError(raw []byte) (*LiquidAccessTokenERC20InvalidReceiver, error) {
	out := new(LiquidAccessTokenERC20InvalidReceiver)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func LiquidAccessTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (liquidAccessToken *LiquidAccessToken) UnpackERC20InvalidSenderError(raw []byte) (*LiquidAccessTokenERC20InvalidSender, error) {
	out := new(LiquidAccessTokenERC20InvalidSender)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func LiquidAccessTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (liquidAccessToken *LiquidAccessToken) UnpackERC20InvalidSpenderError(raw []byte) (*LiquidAccessTokenERC20InvalidSpender, error) {
	out := new(LiquidAccessTokenERC20InvalidSpender)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func LiquidAccessTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (liquidAccessToken *LiquidAccessToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*LiquidAccessTokenERC2612ExpiredSignature, error) {
	out := new(LiquidAccessTokenERC2612ExpiredSignature)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the LiquidAccessToken contract.
type LiquidAccessTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func LiquidAccessTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (liquidAccessToken *LiquidAccessToken) UnpackERC2612InvalidSignerError(raw []byte) (*LiquidAccessTokenERC2612InvalidSigner, error) {
	out := new(LiquidAccessTokenERC2612InvalidSigner)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the LiquidAccessToken contract.
type LiquidAccessTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func LiquidAccessTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (liquidAccessToken *LiquidAccessToken) UnpackInvalidAccountNonceError(raw []byte) (*LiquidAccessTokenInvalidAccountNonce, error) {
	out := new(LiquidAccessTokenInvalidAccountNonce)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenInvalidInitialization represents a InvalidInitialization error raised by the LiquidAccessToken contract.
type LiquidAccessTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func LiquidAccessTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (liquidAccessToken *LiquidAccessToken) UnpackInvalidInitializationError(raw []byte) (*LiquidAccessTokenInvalidInitialization, error) {
	out := new(LiquidAccessTokenInvalidInitialization)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenLATEmptyMetadata represents a LAT_EmptyMetadata error raised by the LiquidAccessToken contract.
type LiquidAccessTokenLATEmptyMetadata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LAT_EmptyMetadata()
func LiquidAccessTokenLATEmptyMetadataErrorID() common.Hash {
	return common.HexToHash("0x53b04e738db107fa67a8e017fde752a6e67243ac33959a4d2cb17e8abcc59876")
}

// UnpackLATEmptyMetadataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LAT_EmptyMetadata()
func (liquidAccessToken *LiquidAccessToken) UnpackLATEmptyMetadataError(raw []byte) (*LiquidAccessTokenLATEmptyMetadata, error) {
	out := new(LiquidAccessTokenLATEmptyMetadata)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "LAT_EmptyMetadata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenLATInvalidTier represents a LAT_InvalidTier error raised by the LiquidAccessToken contract.
type LiquidAccessTokenLATInvalidTier struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LAT_InvalidTier(uint8 tier)
func LiquidAccessTokenLATInvalidTierErrorID() common.Hash {
	return common.HexToHash("0xab0bf7cf681497767e9a0904fb3821e1e7bb26085cfa8ae25d285ea502a1252a")
}

// UnpackLATInvalidTierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LAT_InvalidTier(uint8 tier)
func (liquidAccessToken *LiquidAccessToken) UnpackLATInvalidTierError(raw []byte) (*LiquidAccessTokenLATInvalidTier, error) {
	out := new(LiquidAccessTokenLATInvalidTier)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "LAT_InvalidTier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenLATNotMinter represents a LAT_NotMinter error raised by the LiquidAccessToken contract.
type LiquidAccessTokenLATNotMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LAT_NotMinter(address caller)
func LiquidAccessTokenLATNotMinterErrorID() common.Hash {
	return common.HexToHash("0x609df86246d6d7667baf8e4e1be47fd9b6c5c88e13ee1fab0e85cd1f1c5ec4c0")
}

// UnpackLATNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LAT_NotMinter(address caller)
func (liquidAccessToken *LiquidAccessToken) UnpackLATNotMinterError(raw []byte) (*LiquidAccessTokenLATNotMinter, error) {
	out := new(LiquidAccessTokenLATNotMinter)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "LAT_NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenLATUnknownGrant represents a LAT_UnknownGrant error raised by the LiquidAccessToken contract.
type LiquidAccessTokenLATUnknownGrant struct {
	GrantId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LAT_UnknownGrant(bytes32 grantId)
func LiquidAccessTokenLATUnknownGrantErrorID() common.Hash {
	return common.HexToHash("0x8022ac6b8748c7828d0bd740f3ae65b5038f069c970fde7523ad57387a0fc1e6")
}

// UnpackLATUnknownGrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LAT_UnknownGrant(bytes32 grantId)
func (liquidAccessToken *LiquidAccessToken) UnpackLATUnknownGrantError(raw []byte) (*LiquidAccessTokenLATUnknownGrant, error) {
	out := new(LiquidAccessTokenLATUnknownGrant)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "LAT_UnknownGrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenLATZeroAddress represents a LAT_ZeroAddress error raised by the LiquidAccessToken contract.
type LiquidAccessTokenLATZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LAT_ZeroAddress()
func LiquidAccessTokenLATZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xc0cc69c47bc0b4430902797c3c33e1274667d43e347da26a9ef7c980186bedb0")
}

// UnpackLATZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LAT_ZeroAddress()
func (liquidAccessToken *LiquidAccessToken) UnpackLATZeroAddressError(raw []byte) (*LiquidAccessTokenLATZeroAddress, error) {
	out := new(LiquidAccessTokenLATZeroAddress)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "LAT_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenLATZeroAssetId represents a LAT_ZeroAssetId error raised by the LiquidAccessToken contract.
type LiquidAccessTokenLATZeroAssetId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LAT_ZeroAssetId()
func LiquidAccessTokenLATZeroAssetIdErrorID() common.Hash {
	return common.HexToHash("0x9854bdac26158d2d6adf6b3d42bfb77d5c263dc9c63474599c81d5ff40ad39e3")
}

// UnpackLATZeroAssetIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LAT_ZeroAssetId()
func (liquidAccessToken *LiquidAccessToken) UnpackLATZeroAssetIdError(raw []byte) (*LiquidAccessTokenLATZeroAssetId, error) {
	out := new(LiquidAccessTokenLATZeroAssetId)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "LAT_ZeroAssetId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidAccessTokenNotInitializing represents a NotInitializing error raised by the LiquidAccessToken contract.
type LiquidAccessTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func LiquidAccessTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (liquidAccessToken *LiquidAccessToken) UnpackNotInitializingError(raw []byte) (*LiquidAccessTokenNotInitializing, error) {
	out := new(LiquidAccessTokenNotInitializing)
	if err := liquidAccessToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}
