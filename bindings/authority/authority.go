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

// IAuthorityRegistryAsset is an auto generated low-level Go binding around an user-defined struct.
type IAuthorityRegistryAsset struct {
	Owner        common.Address
	RegisteredAt uint64
	Tier         uint8
	Threshold    uint8
	Retired      bool
	ParamsHash   [32]byte
	SharesHash   [32]byte
	Tokens       []common.Address
	Holders      []common.Address
}

// IAuthorityRegistryAssetSeal is an auto generated low-level Go binding around an user-defined struct.
type IAuthorityRegistryAssetSeal struct {
	Tokens           []common.Address
	Tier             uint8
	Threshold        uint8
	Holders          []common.Address
	ShareCommitments [][32]byte
	SuiteHash        [32]byte
	ChunkSize        uint32
	Size             uint64
	CiphertextSha256 [32]byte
	KeyCommitment    [32]byte
	SharesHash       [32]byte
}

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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PRECISION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"asset\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.Asset\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"retired\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"paramsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"sharesHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"tokens\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"holders\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.Cell\",\"components\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"since\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"granted\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cellCount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitAmount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"computeAssetId\",\"inputs\":[{\"name\":\"seal\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.AssetSeal\",\"components\":[{\"name\":\"tokens\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"holders\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"shareCommitments\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"suiteHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"chunkSize\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"size\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertextSha256\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"keyCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"sharesHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregisterKeyHolder\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"didOf\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"didRecord\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.Did\",\"components\":[{\"name\":\"issuer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"issuedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"updatedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"evict\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"heldBelow\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitToken_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitAmount_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isAuthority\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAvailable\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isDidValid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"issueDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyHolders\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publicKeyOf\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerAsset\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seal\",\"type\":\"tuple\",\"internalType\":\"structIAuthorityRegistry.AssetSeal\",\"components\":[{\"name\":\"tokens\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"holders\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"shareCommitments\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"suiteHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"chunkSize\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"size\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertextSha256\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"keyCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"sharesHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKeyHolder\",\"inputs\":[{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"releaseCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"retireAsset\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeCell\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"strike\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCommitAmount\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"struck\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferAsset\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AssetRegistered\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tier\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"shares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"paramsHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetRetired\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetTransferred\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellClaimed\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"burned\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellGranted\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellReleased\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CellRevoked\",\"inputs\":[{\"name\":\"cell\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"struck\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitAmountSet\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DidIssued\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"issuer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"did\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DidRevoked\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DidUpdated\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"documentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"HolderStruck\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyHolderRegistered\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyHolderRemoved\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Authority_AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Authority_AssetIdMismatch\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"computed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Authority_AssetRetired\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Authority_BadAssetParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_BadCell\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_BadPublicKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_ClaimDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_DidExists\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_HolderNotRegistered\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NoDid\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotAssetOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotAuthority\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotHolder\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotKeyHolder\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_NotStruck\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_Overlap\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Authority_Struck\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_Unauthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Authority_UnknownAsset\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Authority_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringsInsufficientHexLength\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "AuthorityRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b613441806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c806373f599da1161012a578063a217fddf116100b4578063bff8c90f11610079578063bff8c90f1461060e578063d547741f14610636578063e928039714610649578063f3a2d7cd1461065c578063fbc2bae11461066f575f5ffd5b8063a217fddf146105bb578063aa722b23146105c2578063b288c40a146105d5578063ba7a0051146105e8578063bf6ea556146105fb575f5ffd5b8063819a2e61116100fa578063819a2e611461055a578063829da0d4146105625780638539ccf41461057557806391d1485414610595578063965306aa146105a8575f5ffd5b806373f599da1461040e5780637c9e1e57146104165780637ddb64cd146104405780637fbdbf3814610453575f5ffd5b8063364c707b116101b65780634e6dfd7f1161017b5780634e6dfd7f146103b95780635e8af8d2146103cc5780635fb6868f146103df5780636ac0127d146103e85780636ad527f3146103fb575f5ffd5b8063364c707b1461031757806336568abe146103375780633989d2dd1461034a5780633e2e95ef1461035d5780634db6661b146103a6575f5ffd5b8063248a9ca3116101fc578063248a9ca3146102925780632a710b8f146102b35780632b51c77f146102de5780632f2ff15d146102f1578063353ecdc814610304575f5ffd5b806301ffc9a71461022d5780631794bb3c146102555780631d346cf71461026a5780632330f2471461027f575b5f5ffd5b61024061023b366004612b3e565b610682565b60405190151581526020015b60405180910390f35b610268610263366004612b7b565b6106b8565b005b610272610834565b60405161024c9190612bb5565b61024061028d366004612c00565b610894565b6102a56102a0366004612c19565b6108d4565b60405190815260200161024c565b6102406102c1366004612c00565b6001600160a01b03165f9081526005602052604090205460ff1690565b6102406102ec366004612c00565b6108f4565b6102686102ff366004612c30565b610959565b610268610312366004612c5a565b61097b565b61032a610325366004612c00565b610b04565b60405161024c9190612cb0565b610268610345366004612c30565b610b3f565b610268610358366004612d06565b610b77565b61037061036b366004612d06565b610c73565b6040805182516001600160a01b031681526020808401516001600160401b0316908201529181015115159082015260600161024c565b6102686103b4366004612c19565b610cf4565b6102686103c7366004612c19565b610d6f565b61032a6103da366004612c00565b610db5565b6102a560015481565b6102686103f6366004612d44565b610e5e565b610268610409366004612c30565b610ee5565b6102a5600c81565b5f54610428906001600160a01b031681565b6040516001600160a01b03909116815260200161024c565b6102a561044e366004612d06565b610f66565b6104fd610461366004612c00565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b039081165f90815260066020908152604091829020825160a08101845281549485168152600160a01b9094046001600160401b0390811692850192909252600181015491821692840192909252600160401b900460ff161515606083015260020154608082015290565b60405161024c91905f60a08201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151151560608301526080830151608083015292915050565b610268610f8a565b610268610570366004612d93565b610fc5565b610588610583366004612c19565b6110f8565b60405161024c9190612e2c565b6102406105a3366004612c30565b61129e565b6102406105b6366004612d06565b6112d4565b6102a55f81565b6102686105d0366004612efd565b6112fc565b6102686105e3366004612d06565b6114ca565b6102686105f6366004612d06565b6115a4565b6102a5610609366004612f40565b611686565b6102a561061c366004612c00565b6001600160a01b03165f9081526004602052604090205490565b610268610644366004612c30565b611697565b610268610657366004612c00565b6116b3565b61026861066a366004612c5a565b6117b1565b61026861067d366004612d06565b6118b5565b5f6001600160e01b03198216637965db0b60e01b14806106b257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6106c161195a565b805490915060ff600160401b82041615906001600160401b03165f811580156106e75750825b90505f826001600160401b031660011480156107025750303b155b905081158015610710575080155b1561072e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561075857845460ff60401b1916600160401b1785555b6001600160a01b03881661077f5760405163115be83d60e31b815260040160405180910390fd5b610787611982565b6107915f8961198a565b505f80546001600160a01b0319166001600160a01b03891617905560018690556040518681527f991f5908e21f8fdf28d35f4745f860b97d30e0bfbab69b936dcf6fc3732486979060200160405180910390a1831561082a57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b6060600880548060200260200160405190810160405280929190818152602001828054801561088a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161086c575b5050505050905090565b6001600160a01b0381165f90815260046020526040812054158015906106b25750506001600160a01b03165f9081526005602052604090205460ff161590565b5f9081525f5160206134215f395f51905f52602052604090206001015490565b6001600160a01b038082165f908152600660205260408120805491929091161580159061092d57506001810154600160401b900460ff16155b8015610952575080546001600160a01b03165f9081526005602052604090205460ff16155b9392505050565b610962826108d4565b61096b81611a2b565b610975838361198a565b50505050565b61098433611a38565b6001600160a01b0382166109ab5760405163115be83d60e31b815260040160405180910390fd5b6001600160a01b038083165f9081526006602052604090208054909116158015906109e257506001810154600160401b900460ff16155b15610a1057604051638e7e728960e01b81526001600160a01b03841660048201526024015b60405180910390fd5b6040805160a081018252338082526001600160401b034281811660208086018281528688019283525f60608801818152608089018c81526001600160a01b038e811680855260069096529a9092209851895493518816600160a01b026001600160e01b03199094169a1699909917919091178755915160018701805498511515600160401b0268ffffffffffffffffff19909916919095161796909617909255905160029093019290925590917f41b96eea81b4193352dbe8d916b541a46019a6b73d00c78ab1ed9206ca68cd4d85610ae888610b04565b604051610af6929190612f71565b60405180910390a350505050565b6060610b0f46611a69565b610b1883611af8565b604051602001610b29929190612fa0565b6040516020818303038152906040529050919050565b6001600160a01b0381163314610b685760405163334bd91960e11b815260040160405180910390fd5b610b728282611b0e565b505050565b610b7f611b87565b5f546001546001600160a01b0390911690811580610b9b575080155b15610bb957604051630297adc360e21b815260040160405180910390fd5b610bc58484335f611bbc565b336001600160a01b03167fdb93443278e8a74ba8ecc009a899e41584fe45c109715623b95ec7243a3514c3858584604051610c0293929190612ff8565b60405180910390a260405163079cc67960e41b8152336004820152602481018290526001600160a01b038316906379cc6790906044015f604051808303815f87803b158015610c4f575f5ffd5b505af1158015610c61573d5f5f3e3d5ffd5b505050505050610c6f611d4d565b5050565b604080516060810182525f808252602082018190529181019190915260025f610c9c8585611d77565b815260208082019290925260409081015f20815160608101835290546001600160a01b0381168252600160a01b81046001600160401b031693820193909352600160e01b90920460ff16151590820152905092915050565b5f610cfe82611d98565b8054909150600160f01b900460ff1615610d2e5760405163bddb4a8560e01b815260048101839052602401610a07565b805460ff60f01b1916600160f01b178155604051339083907f981989c170143b504ebdcfcbce87f9bc385b4e6486d5c0cbfc263864dbd7a26a905f90a35050565b5f610d7981611a2b565b60018290556040518281527f991f5908e21f8fdf28d35f4745f860b97d30e0bfbab69b936dcf6fc3732486979060200160405180910390a15050565b6001600160a01b0381165f908152600760205260409020805460609190610ddb9061301b565b80601f0160208091040260200160405190810160405280929190818152602001828054610e079061301b565b8015610e525780601f10610e2957610100808354040283529160200191610e52565b820191905f5260205f20905b815481529060010190602001808311610e3557829003601f168201915b50505050509050919050565b5f610e6881611a2b565b6001600160a01b038216610e8f5760405163115be83d60e31b815260040160405180910390fd5b610e9c8484846001611bbc565b816001600160a01b03167f7735d14df4f17db99756cfd003602cd56cc0533d8ac452581f3146000d96a9d58585604051610ed792919061304d565b60405180910390a250505050565b6001600160a01b038116610f0c5760405163115be83d60e31b815260040160405180910390fd5b5f610f1683611d98565b80546001600160a01b0319166001600160a01b038416908117825560405191925090339085907f4479cc3c51aa25d29b8297b1526b29c902f1e4eb1bf941942a45cf111cd9ba5c905f90a4505050565b5f60035f610f748585611d77565b81526020019081526020015f2054905092915050565b335f908152600960205260408120549003610fba5760405163056fb4ed60e21b8152336004820152602401610a07565b610fc333611e01565b565b5f610fcf81611a2b565b5f60025f610fdd8787611d77565b815260208101919091526040015f20546001600160a01b0316905080611018576040516311fad61f60e01b81525f6004820152602401610a07565b611023858583611f50565b806001600160a01b03167fc226fea6e7156f292815327dd216f819554f0c4300cfb6c716f7e49b3103850086868660405161106093929190613060565b60405180910390a282801561108d57506001600160a01b0381165f9081526005602052604090205460ff16155b156110f1576001600160a01b0381165f908152600560205260409020805460ff191660011790556110bd81611e01565b6040516001600160a01b038216907f0c05b22f0a5d1c657616fceac1db60f9252209c9854c70473a1c3339a9426f3f905f90a25b5050505050565b61115a6040518061012001604052805f6001600160a01b031681526020015f6001600160401b031681526020015f60ff1681526020015f60ff1681526020015f151581526020015f81526020015f815260200160608152602001606081525090565b5f828152600a602090815260409182902082516101208101845281546001600160a01b03811682526001600160401b03600160a01b8204168285015260ff600160e01b8204811683870152600160e81b820481166060840152600160f01b9091041615156080820152600182015460a0820152600282015460c08201526003820180548551818602810186019096528086529194929360e0860193929083018282801561122e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611210575b505050505081526020016004820180548060200260200160405190810160405280929190818152602001828054801561128e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611270575b5050505050815250509050919050565b5f9182525f5160206134215f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6112df8383612010565b6112ea57505f6106b2565b6112f4838361213d565b159392505050565b5f828152600a60205260409020546001600160a01b031615611334576040516317d6f7d160e01b815260048101839052602401610a07565b5f5f61133f836121c4565b9150915083821461136d576040516309addb9d60e11b81526004810185905260248101839052604401610a07565b5f848152600a602090815260409182902080546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b426001600160401b031602178155916113bd91908601908601613085565b815460ff91909116600160e01b0260ff60e01b199091161781556113e76060850160408601613085565b815460ff91909116600160e81b0260ff60e81b1990911617815560018101829055610140840135600282015561141d84806130a5565b61142b916003840191612a96565b5061143960608501856130a5565b611447916004840191612a96565b5033857f3ac6250fa2657a6e5cf25a731885a198d9695e66e963eeed902c17f95f96a07c61147b6040880160208901613085565b61148b6060890160408a01613085565b61149860608a018a6130a5565b6040805160ff958616815293909416602084015282840152506060810187905290519081900360800190a35050505050565b6114d333611a38565b6114dd8282612492565b335f9081526007602052604090206114f6828483613142565b50335f90815260096020526040812054900361155d57600880546001810182557ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee30180546001600160a01b0319163390811790915590545f91825260096020526040909120555b336001600160a01b03167f447965eae4ee7b0cb000f9efe09dee6835bdcecf718b0e48c8acf16a55b35f76838360405161159892919061304d565b60405180910390a25050565b5f60025f6115b28585611d77565b815260208101919091526040015f20546001600160a01b03169050806115ed576040516311fad61f60e01b81525f6004820152602401610a07565b6001600160a01b0381165f9081526005602052604090205460ff166116305760405163a8188dcd60e01b81526001600160a01b0382166004820152602401610a07565b61163b838383611f50565b806001600160a01b03167fc226fea6e7156f292815327dd216f819554f0c4300cfb6c716f7e49b310385008484600160405161167993929190613060565b60405180910390a2505050565b5f611690826121c4565b5092915050565b6116a0826108d4565b6116a981611a2b565b6109758383611b0e565b6001600160a01b038082165f908152600660205260409020805490911615806116e757506001810154600160401b900460ff165b15611710576040516357553a1560e01b81526001600160a01b0383166004820152602401610a07565b80546001600160a01b03163314801590611731575061172f5f3361129e565b155b15611751576040516301ec172d60e31b8152336004820152602401610a07565b6001810180546001600160401b03421668ffffffffffffffffff1990911617600160401b17905560405133906001600160a01b038416907f78f7f5d97b8b99f20c96ffcd0a0414abe85c09a64b8ba9a8808a8260845e894a905f90a35050565b6001600160a01b038083165f908152600660205260409020805490911615806117e557506001810154600160401b900460ff165b1561180e576040516357553a1560e01b81526001600160a01b0384166004820152602401610a07565b80546001600160a01b0316331415806118355750335f9081526005602052604090205460ff165b15611855576040516301ec172d60e31b8152336004820152602401610a07565b6002810182905560018101805467ffffffffffffffff1916426001600160401b03161790556040518281526001600160a01b038416907fe0582648c2b4b3a2c00ca0fd326dde4d98b5a0a91c3ccd4c92427aa9742c88e090602001611679565b5f60025f6118c38585611d77565b815260208101919091526040015f20546001600160a01b031690508015806118f457506001600160a01b0381163314155b15611914576040516311fad61f60e01b8152336004820152602401610a07565b61191f838383611f50565b806001600160a01b03167fddf6089ffa79d58194279a61c78c6481e6123bd4307a77b545ab43483440fdbd848460405161167992919061304d565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006106b2565b610fc36125ab565b5f5f5160206134215f395f51905f526119a3848461129e565b611a22575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556119d83390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506106b2565b5f9150506106b2565b611a3581336125d0565b50565b611a4181610894565b611a3557604051632afdf4a560e21b81526001600160a01b0382166004820152602401610a07565b60605f611a7583612609565b60010190505f816001600160401b03811115611a9357611a936130ea565b6040519080825280601f01601f191660200182016040528015611abd576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084611ac757509392505050565b60606106b26001600160a01b03831660146126e0565b5f5f5160206134215f395f51905f52611b27848461129e565b15611a22575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506106b2565b611b8f612859565b610fc360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612899565b611bc68484612010565b611be35760405163f401395760e01b815260040160405180910390fd5b6001600160a01b0382165f9081526005602052604090205460ff1615611c275760405163314770c160e21b81526001600160a01b0383166004820152602401610a07565b611c31848461213d565b15611c4f5760405163e77eaa7360e01b815260040160405180910390fd5b5f611c5a8585611d77565b604080516060810182526001600160a01b038087168083526001600160401b0342811660208086019182528915158688019081525f8981526002835288812097518854945192511515600160e01b0260ff60e01b1993909616600160a01b026001600160e01b0319909516971696909617929092179190911691909117909355815260049091529081208054929350600192909190611cfa90849061320f565b9091555084905060015b81811015611d4457600160035f611d1c8a8a866128a0565b81526020019081526020015f205f828254611d37919061320f565b9091555050600101611d04565b50505050505050565b610fc35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611bb6565b5f8282604051611d88929190613222565b6040518091039020905092915050565b5f818152600a6020526040902080546001600160a01b0316611dd057604051630807acd360e31b815260048101839052602401610a07565b80546001600160a01b03163314611dfc5760405163d06ca92b60e01b8152336004820152602401610a07565b919050565b6001600160a01b0381165f9081526009602052604081205490819003611e25575050565b600854818114611ebb575f6008611e3d600184613231565b81548110611e4d57611e4d613244565b5f918252602090912001546001600160a01b03169050806008611e71600186613231565b81548110611e8157611e81613244565b5f91825260208083209190910180546001600160a01b0319166001600160a01b039485161790559290911681526009909152604090208290555b6008805480611ecc57611ecc613258565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038516825260098152604080832083905560079091528120611f1891612af7565b6040516001600160a01b038416907f5bd05d830ed5b18c63ed10ddc2e78cb0cc0f09ca38d848e775a520fbe42de4e8905f90a2505050565b60025f611f5d8585611d77565b815260208101919091526040015f2080546001600160e81b03191690558160015b81811015611fbe57600160035f611f968888866128a0565b81526020019081526020015f205f828254611fb19190613231565b9091555050600101611f7e565b506001600160a01b0382165f90815260046020526040812054611fe390600190613231565b6001600160a01b0384165f9081526004602052604081208290559091508190036110f1576110f183611e01565b5f8282808015806120215750600c81115b15612031575f93505050506106b2565b5f5b81811015612130575f84848381811061204e5761204e613244565b909101356001600160f81b03191691505f9050600360fc1b82108015906120835750603960f81b6001600160f81b0319831611155b90505f603160f91b6001600160f81b03198416108015906120b25750603d60f91b6001600160f81b0319841611155b80156120cc5750606960f81b6001600160f81b0319841614155b80156120e65750601b60fa1b6001600160f81b0319841614155b80156121005750606f60f81b6001600160f81b0319841614155b90508115801561210e575080155b15612122575f9750505050505050506106b2565b505050806001019050612033565b5060019695505050505050565b5f60035f61214b8585611d77565b81526020019081526020015f20545f14612167575060016106b2565b8160015b8181116121ba575f6002816121818888866128a0565b815260208101919091526040015f20546001600160a01b0316146121aa576001925050506106b2565b6121b38161326c565b905061216b565b505f949350505050565b5f80806121d460608501856130a5565b91505f90506121e385806130a5565b9150508015806121f35750604081115b8061220e57506122096040860160208701613085565b60ff16155b8061222a5750602061222560408701878301613085565b60ff16115b80612233575081155b8061223e575060ff82115b8061225757508161225260808701876130a5565b905014155b80612272575061226d6060860160408701613085565b60ff16155b8061228e5750816122896060870160408801613085565b60ff16115b156122ac5760405163b08eb7c560e01b815260040160405180910390fd5b7f6e6d183d5c01c668999c4a1910e2809dc63a0a3adef0fd47aff313e5137a17af6001466122da88806130a5565b6040516020016122eb929190613284565b604051602081830303815290604052805190602001208860200160208101906123149190613085565b61232460608b0160408c01613085565b6040805160208101979097528601949094526060850192909252608084015260ff90811660a08401521660c082015260e081018390526101000160408051601f1981840301815291905260a086013561238360e0880160c089016132b8565b612394610100890160e08a016132db565b6101008901356101208a01356123c26123b060608d018d6130a5565b6123bd60808f018f6130a5565b6128cc565b60408051602081019790975263ffffffff909516948601949094526001600160401b039092166060850152608084015260a083015260c082015260e00160408051601f198184030181529082905261241d9291602001613301565b60408051601f1981840301815282825280516020918201207f7d5fefe87297c91fe3c34746bacfcea37f53ff20a431f120b850ccdef1d6e16391840191909152908201819052610140870135606083015293506080016040516020818303038152906040528051906020012093505050915091565b6041811415806124cb575081815f8181106124af576124af613244565b9050013560f81c60f81b6001600160f81b031916600460f81b14155b156124e95760405163423a26ef60e11b815260040160405180910390fd5b5f6124f8602160018486613315565b6125019161333c565b90505f612512604160218587613315565b61251b9161333c565b90506401000003d0198210158061253857506401000003d0198110155b156125565760405163423a26ef60e11b815260040160405180910390fd5b5f6401000003d01982830990505f6401000003d01960076401000003d019866401000003d019888909090890508082146125a35760405163423a26ef60e11b815260040160405180910390fd5b505050505050565b6125b3612a7d565b610fc357604051631afcd79f60e31b815260040160405180910390fd5b6125da828261129e565b610c6f5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a07565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106126475772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310612673576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061269157662386f26fc10000830492506010015b6305f5e10083106126a9576305f5e100830492506008015b61271083106126bd57612710830492506004015b606483106126cf576064830492506002015b600a83106106b25760010192915050565b6060825f6126ef846002613359565b6126fa90600261320f565b6001600160401b03811115612711576127116130ea565b6040519080825280601f01601f19166020018201604052801561273b576020820181803683370190505b509050600360fc1b815f8151811061275557612755613244565b60200101906001600160f81b03191690815f1a905350600f60fb1b8160018151811061278357612783613244565b60200101906001600160f81b03191690815f1a9053505f6127a5856002613359565b6127b090600161320f565b90505b6001811115612827576f181899199a1a9b1b9c1cb0b131b232b360811b83600f16601081106127e4576127e4613244565b1a60f81b8282815181106127fa576127fa613244565b60200101906001600160f81b03191690815f1a90535060049290921c9161282081613370565b90506127b3565b5081156128515760405163e22e27eb60e01b81526004810186905260248101859052604401610a07565b949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610fc357604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f6128ad82828587613315565b6040516128bb929190613222565b604051809103902090509392505050565b5f8381816001600160401b038111156128e7576128e76130ea565b604051908082528060200260200182016040528015612910578160200160208202803683370190505b5090505f5b82811015612a49575f88888381811061293057612930613244565b90506020020160208101906129459190612c00565b6001600160a01b0381165f9081526009602052604081205491925003612989576040516328857ebb60e11b81526001600160a01b0382166004820152602401610a07565b61299482600161320f565b6001600160a01b0382165f9081526007602052604090819020905183916129ba91613385565b60405180910390208989868181106129d4576129d4613244565b90506020020135604051602001612a0d94939291909384526001600160a01b039290921660208401526040830152606082015260800190565b60405160208183030381529060405280519060200120838381518110612a3557612a35613244565b602090810291909101015250600101612915565b5080604051602001612a5b91906133f6565b6040516020818303038152906040528051906020012092505050949350505050565b5f612a8661195a565b54600160401b900460ff16919050565b828054828255905f5260205f20908101928215612ae7579160200282015b82811115612ae75781546001600160a01b0319166001600160a01b03843516178255602090920191600190910190612ab4565b50612af3929150612b2a565b5090565b508054612b039061301b565b5f825580601f10612b12575050565b601f0160209004905f5260205f2090810190611a3591905b5b80821115612af3575f8155600101612b2b565b5f60208284031215612b4e575f5ffd5b81356001600160e01b031981168114610952575f5ffd5b80356001600160a01b0381168114611dfc575f5ffd5b5f5f5f60608486031215612b8d575f5ffd5b612b9684612b65565b9250612ba460208501612b65565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b81811015612bf55783516001600160a01b0316835260209384019390920191600101612bce565b509095945050505050565b5f60208284031215612c10575f5ffd5b61095282612b65565b5f60208284031215612c29575f5ffd5b5035919050565b5f5f60408385031215612c41575f5ffd5b82359150612c5160208401612b65565b90509250929050565b5f5f60408385031215612c6b575f5ffd5b612c7483612b65565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109526020830184612c82565b5f5f83601f840112612cd2575f5ffd5b5081356001600160401b03811115612ce8575f5ffd5b602083019150836020828501011115612cff575f5ffd5b9250929050565b5f5f60208385031215612d17575f5ffd5b82356001600160401b03811115612d2c575f5ffd5b612d3885828601612cc2565b90969095509350505050565b5f5f5f60408486031215612d56575f5ffd5b83356001600160401b03811115612d6b575f5ffd5b612d7786828701612cc2565b9094509250612d8a905060208501612b65565b90509250925092565b5f5f5f60408486031215612da5575f5ffd5b83356001600160401b03811115612dba575f5ffd5b612dc686828701612cc2565b90945092505060208401358015158114612dde575f5ffd5b809150509250925092565b5f8151808452602084019350602083015f5b82811015612e225781516001600160a01b0316865260209586019590910190600101612dfb565b5093949350505050565b60208152612e466020820183516001600160a01b03169052565b5f6020830151612e6160408401826001600160401b03169052565b50604083015160ff8116606084015250606083015160ff8116608084015250608083015180151560a08401525060a083015160c083015260c083015160e083015260e0830151610120610100840152612ebe610140840182612de9565b9050610100840151601f1984830301610120850152612edd8282612de9565b95945050505050565b5f6101608284031215612ef7575f5ffd5b50919050565b5f5f60408385031215612f0e575f5ffd5b8235915060208301356001600160401b03811115612f2a575f5ffd5b612f3685828601612ee6565b9150509250929050565b5f60208284031215612f50575f5ffd5b81356001600160401b03811115612f65575f5ffd5b61285184828501612ee6565b828152604060208201525f6128516040830184612c82565b5f81518060208401855e5f93019283525090919050565b673234b21d3234b81d60c11b81525f612fbc6008830185612f89565b601d60f91b8152612edd6001820185612f89565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61300b604083018587612fd0565b9050826020830152949350505050565b600181811c9082168061302f57607f821691505b602082108103612ef757634e487b7160e01b5f52602260045260245ffd5b602081525f612851602083018486612fd0565b604081525f613073604083018587612fd0565b90508215156020830152949350505050565b5f60208284031215613095575f5ffd5b813560ff81168114610952575f5ffd5b5f5f8335601e198436030181126130ba575f5ffd5b8301803591506001600160401b038211156130d3575f5ffd5b6020019150600581901b3603821315612cff575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b601f821115610b7257805f5260205f20601f840160051c810160208510156131235750805b601f840160051c820191505b818110156110f1575f815560010161312f565b6001600160401b03831115613159576131596130ea565b61316d83613167835461301b565b836130fe565b5f601f84116001811461319e575f85156131875750838201355b5f19600387901b1c1916600186901b1783556110f1565b5f83815260208120601f198716915b828110156131cd57868501358255602094850194600190920191016131ad565b50868210156131e9575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106b2576106b26131fb565b818382375f9101908152919050565b818103818111156106b2576106b26131fb565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f6001820161327d5761327d6131fb565b5060010190565b5f8184825b85811015612bf5576001600160a01b036132a283612b65565b1683526020928301929190910190600101613289565b5f602082840312156132c8575f5ffd5b813563ffffffff81168114610952575f5ffd5b5f602082840312156132eb575f5ffd5b81356001600160401b0381168114610952575f5ffd5b5f61285161330f8386612f89565b84612f89565b5f5f85851115613323575f5ffd5b8386111561332f575f5ffd5b5050820193919092039150565b803560208310156106b2575f19602084900360031b1b1692915050565b80820281158282048414176106b2576106b26131fb565b5f8161337e5761337e6131fb565b505f190190565b5f5f83546133928161301b565b6001821680156133a957600181146133be576133eb565b60ff19831686528115158202860193506133eb565b865f5260205f205f5b838110156133e3578154888201526001909101906020016133c7565b505081860193505b509195945050505050565b81515f90829060208501835b828110156133eb57815184526020938401939091019060010161340256fe02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800",
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

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8539ccf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset(bytes32 assetId) view returns((address,uint64,uint8,uint8,bool,bytes32,bytes32,address[],address[]))
func (authorityRegistry *AuthorityRegistry) PackAsset(assetId [32]byte) []byte {
	enc, err := authorityRegistry.abi.Pack("asset", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8539ccf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset(bytes32 assetId) view returns((address,uint64,uint8,uint8,bool,bytes32,bytes32,address[],address[]))
func (authorityRegistry *AuthorityRegistry) TryPackAsset(assetId [32]byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("asset", assetId)
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8539ccf4.
//
// Solidity: function asset(bytes32 assetId) view returns((address,uint64,uint8,uint8,bool,bytes32,bytes32,address[],address[]))
func (authorityRegistry *AuthorityRegistry) UnpackAsset(data []byte) (IAuthorityRegistryAsset, error) {
	out, err := authorityRegistry.abi.Unpack("asset", data)
	if err != nil {
		return *new(IAuthorityRegistryAsset), err
	}
	out0 := *abi.ConvertType(out[0], new(IAuthorityRegistryAsset)).(*IAuthorityRegistryAsset)
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

// PackComputeAssetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6ea556.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeAssetId((address[],uint8,uint8,address[],bytes32[],bytes32,uint32,uint64,bytes32,bytes32,bytes32) seal) view returns(bytes32 id)
func (authorityRegistry *AuthorityRegistry) PackComputeAssetId(seal IAuthorityRegistryAssetSeal) []byte {
	enc, err := authorityRegistry.abi.Pack("computeAssetId", seal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeAssetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6ea556.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeAssetId((address[],uint8,uint8,address[],bytes32[],bytes32,uint32,uint64,bytes32,bytes32,bytes32) seal) view returns(bytes32 id)
func (authorityRegistry *AuthorityRegistry) TryPackComputeAssetId(seal IAuthorityRegistryAssetSeal) ([]byte, error) {
	return authorityRegistry.abi.Pack("computeAssetId", seal)
}

// UnpackComputeAssetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf6ea556.
//
// Solidity: function computeAssetId((address[],uint8,uint8,address[],bytes32[],bytes32,uint32,uint64,bytes32,bytes32,bytes32) seal) view returns(bytes32 id)
func (authorityRegistry *AuthorityRegistry) UnpackComputeAssetId(data []byte) ([32]byte, error) {
	out, err := authorityRegistry.abi.Unpack("computeAssetId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackRegisterAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa722b23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerAsset(bytes32 assetId, (address[],uint8,uint8,address[],bytes32[],bytes32,uint32,uint64,bytes32,bytes32,bytes32) seal) returns()
func (authorityRegistry *AuthorityRegistry) PackRegisterAsset(assetId [32]byte, seal IAuthorityRegistryAssetSeal) []byte {
	enc, err := authorityRegistry.abi.Pack("registerAsset", assetId, seal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa722b23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerAsset(bytes32 assetId, (address[],uint8,uint8,address[],bytes32[],bytes32,uint32,uint64,bytes32,bytes32,bytes32) seal) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRegisterAsset(assetId [32]byte, seal IAuthorityRegistryAssetSeal) ([]byte, error) {
	return authorityRegistry.abi.Pack("registerAsset", assetId, seal)
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

// PackRetireAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4db6661b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireAsset(bytes32 assetId) returns()
func (authorityRegistry *AuthorityRegistry) PackRetireAsset(assetId [32]byte) []byte {
	enc, err := authorityRegistry.abi.Pack("retireAsset", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4db6661b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireAsset(bytes32 assetId) returns()
func (authorityRegistry *AuthorityRegistry) TryPackRetireAsset(assetId [32]byte) ([]byte, error) {
	return authorityRegistry.abi.Pack("retireAsset", assetId)
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

// PackTransferAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ad527f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAsset(bytes32 assetId, address to) returns()
func (authorityRegistry *AuthorityRegistry) PackTransferAsset(assetId [32]byte, to common.Address) []byte {
	enc, err := authorityRegistry.abi.Pack("transferAsset", assetId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ad527f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAsset(bytes32 assetId, address to) returns()
func (authorityRegistry *AuthorityRegistry) TryPackTransferAsset(assetId [32]byte, to common.Address) ([]byte, error) {
	return authorityRegistry.abi.Pack("transferAsset", assetId, to)
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

// AuthorityRegistryAssetRegistered represents a AssetRegistered event raised by the AuthorityRegistry contract.
type AuthorityRegistryAssetRegistered struct {
	AssetId    [32]byte
	Owner      common.Address
	Tier       uint8
	Threshold  uint8
	Shares     *big.Int
	ParamsHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryAssetRegisteredEventName = "AssetRegistered"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryAssetRegistered) ContractEventName() string {
	return AuthorityRegistryAssetRegisteredEventName
}

// UnpackAssetRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetRegistered(bytes32 indexed assetId, address indexed owner, uint8 tier, uint8 threshold, uint256 shares, bytes32 paramsHash)
func (authorityRegistry *AuthorityRegistry) UnpackAssetRegisteredEvent(log *types.Log) (*AuthorityRegistryAssetRegistered, error) {
	event := "AssetRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryAssetRegistered)
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

// AuthorityRegistryAssetRetired represents a AssetRetired event raised by the AuthorityRegistry contract.
type AuthorityRegistryAssetRetired struct {
	AssetId [32]byte
	Owner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryAssetRetiredEventName = "AssetRetired"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryAssetRetired) ContractEventName() string {
	return AuthorityRegistryAssetRetiredEventName
}

// UnpackAssetRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetRetired(bytes32 indexed assetId, address indexed owner)
func (authorityRegistry *AuthorityRegistry) UnpackAssetRetiredEvent(log *types.Log) (*AuthorityRegistryAssetRetired, error) {
	event := "AssetRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryAssetRetired)
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

// AuthorityRegistryAssetTransferred represents a AssetTransferred event raised by the AuthorityRegistry contract.
type AuthorityRegistryAssetTransferred struct {
	AssetId [32]byte
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuthorityRegistryAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (AuthorityRegistryAssetTransferred) ContractEventName() string {
	return AuthorityRegistryAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(bytes32 indexed assetId, address indexed from, address indexed to)
func (authorityRegistry *AuthorityRegistry) UnpackAssetTransferredEvent(log *types.Log) (*AuthorityRegistryAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != authorityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuthorityRegistryAssetTransferred)
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
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_AssetExists"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityAssetExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_AssetIdMismatch"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityAssetIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_AssetRetired"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityAssetRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_BadAssetParams"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityBadAssetParamsError(raw[4:])
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
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_HolderNotRegistered"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityHolderNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NoDid"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNoDidError(raw[4:])
	}
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_NotAssetOwner"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityNotAssetOwnerError(raw[4:])
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
	if bytes.Equal(raw[:4], authorityRegistry.abi.Errors["Authority_UnknownAsset"].ID.Bytes()[:4]) {
		return authorityRegistry.UnpackAuthorityUnknownAssetError(raw[4:])
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

// AuthorityRegistryAuthorityAssetExists represents a Authority_AssetExists error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityAssetExists struct {
	AssetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_AssetExists(bytes32 assetId)
func AuthorityRegistryAuthorityAssetExistsErrorID() common.Hash {
	return common.HexToHash("0x17d6f7d1fe0a1aa9200af16679daf98b9b7cd49b156c982f2e86ea0faa6f114a")
}

// UnpackAuthorityAssetExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_AssetExists(bytes32 assetId)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityAssetExistsError(raw []byte) (*AuthorityRegistryAuthorityAssetExists, error) {
	out := new(AuthorityRegistryAuthorityAssetExists)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_AssetExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityAssetIdMismatch represents a Authority_AssetIdMismatch error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityAssetIdMismatch struct {
	AssetId  [32]byte
	Computed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_AssetIdMismatch(bytes32 assetId, bytes32 computed)
func AuthorityRegistryAuthorityAssetIdMismatchErrorID() common.Hash {
	return common.HexToHash("0x135bb73a650fd4293dac16a49f3cf7aeb9ba1bc8250fca5ca7c27e2d1768d924")
}

// UnpackAuthorityAssetIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_AssetIdMismatch(bytes32 assetId, bytes32 computed)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityAssetIdMismatchError(raw []byte) (*AuthorityRegistryAuthorityAssetIdMismatch, error) {
	out := new(AuthorityRegistryAuthorityAssetIdMismatch)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_AssetIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityAssetRetired represents a Authority_AssetRetired error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityAssetRetired struct {
	AssetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_AssetRetired(bytes32 assetId)
func AuthorityRegistryAuthorityAssetRetiredErrorID() common.Hash {
	return common.HexToHash("0xbddb4a8520abbca15f6ed4f35a1b1d29aefd10c27fc306011dd23ea93ff19fd9")
}

// UnpackAuthorityAssetRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_AssetRetired(bytes32 assetId)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityAssetRetiredError(raw []byte) (*AuthorityRegistryAuthorityAssetRetired, error) {
	out := new(AuthorityRegistryAuthorityAssetRetired)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_AssetRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuthorityRegistryAuthorityBadAssetParams represents a Authority_BadAssetParams error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityBadAssetParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_BadAssetParams()
func AuthorityRegistryAuthorityBadAssetParamsErrorID() common.Hash {
	return common.HexToHash("0xb08eb7c509cd3ffa5d708bc03c41fc19f08e17af20a5de801ad961daede89140")
}

// UnpackAuthorityBadAssetParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_BadAssetParams()
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityBadAssetParamsError(raw []byte) (*AuthorityRegistryAuthorityBadAssetParams, error) {
	out := new(AuthorityRegistryAuthorityBadAssetParams)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_BadAssetParams", raw); err != nil {
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

// AuthorityRegistryAuthorityHolderNotRegistered represents a Authority_HolderNotRegistered error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityHolderNotRegistered struct {
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_HolderNotRegistered(address holder)
func AuthorityRegistryAuthorityHolderNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x510afd76666a8452e001ab32a3de38cf1cc9565a4f3fa632a509eb758dbe1241")
}

// UnpackAuthorityHolderNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_HolderNotRegistered(address holder)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityHolderNotRegisteredError(raw []byte) (*AuthorityRegistryAuthorityHolderNotRegistered, error) {
	out := new(AuthorityRegistryAuthorityHolderNotRegistered)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_HolderNotRegistered", raw); err != nil {
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

// AuthorityRegistryAuthorityNotAssetOwner represents a Authority_NotAssetOwner error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityNotAssetOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_NotAssetOwner(address caller)
func AuthorityRegistryAuthorityNotAssetOwnerErrorID() common.Hash {
	return common.HexToHash("0xd06ca92b2c7e6f76ddeb3c049c72cd504c1e67143fd2820e26417de60c031c6c")
}

// UnpackAuthorityNotAssetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_NotAssetOwner(address caller)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityNotAssetOwnerError(raw []byte) (*AuthorityRegistryAuthorityNotAssetOwner, error) {
	out := new(AuthorityRegistryAuthorityNotAssetOwner)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_NotAssetOwner", raw); err != nil {
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

// AuthorityRegistryAuthorityUnknownAsset represents a Authority_UnknownAsset error raised by the AuthorityRegistry contract.
type AuthorityRegistryAuthorityUnknownAsset struct {
	AssetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Authority_UnknownAsset(bytes32 assetId)
func AuthorityRegistryAuthorityUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0x403d669815ba30c63960cf5db4b3c5da7e40750e2ae1f4d58679e3c5a6946ea4")
}

// UnpackAuthorityUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Authority_UnknownAsset(bytes32 assetId)
func (authorityRegistry *AuthorityRegistry) UnpackAuthorityUnknownAssetError(raw []byte) (*AuthorityRegistryAuthorityUnknownAsset, error) {
	out := new(AuthorityRegistryAuthorityUnknownAsset)
	if err := authorityRegistry.abi.UnpackIntoInterface(out, "Authority_UnknownAsset", raw); err != nil {
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
