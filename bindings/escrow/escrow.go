// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

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

// ITripartiteEscrowAcceptance is an auto generated low-level Go binding around an user-defined struct.
type ITripartiteEscrowAcceptance struct {
	Expert   common.Address
	Lat      common.Address
	Bond     *big.Int
	ShareBps uint16
}

// ITripartiteEscrowConfig is an auto generated low-level Go binding around an user-defined struct.
type ITripartiteEscrowConfig struct {
	FeeBps          uint16
	SlashBurnBps    uint16
	DisputeBondBps  uint16
	DefaultBuyerBps uint16
	PassScore       *big.Int
	DisputeWindow   uint64
	RulingWindow    uint64
	MinReviewWindow uint64
	MaxReviewWindow uint64
	MaxDuration     uint64
	MaxExperts      uint8
}

// ITripartiteEscrowOrder is an auto generated low-level Go binding around an user-defined struct.
type ITripartiteEscrowOrder struct {
	Buyer            common.Address
	State            uint8
	Tier             uint8
	TotalShareBps    uint16
	FeeBps           uint16
	SlashBurnBps     uint16
	DisputeBondBps   uint16
	DefaultBuyerBps  uint16
	Token            common.Address
	AcceptDeadline   uint64
	DeliveryDeadline uint64
	ReviewWindow     uint64
	DisputeWindow    uint64
	RulingWindow     uint64
	Deadline         uint64
	MaxExperts       uint8
	Disputant        common.Address
	Amount           *big.Int
	BuyerBond        *big.Int
	SpecHash         [32]byte
	ContentHash      [32]byte
	Score            *big.Int
	PassScore        *big.Int
}

// ITripartiteEscrowOrderParams is an auto generated low-level Go binding around an user-defined struct.
type ITripartiteEscrowOrderParams struct {
	Token            common.Address
	Amount           *big.Int
	Tier             uint8
	SpecHash         [32]byte
	AcceptDeadline   uint64
	DeliveryDeadline uint64
	ReviewWindow     uint64
}

// TripartiteEscrowMetaData contains all meta data concerning the TripartiteEscrow contract.
var TripartiteEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ARBITER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BURN_ADDRESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_EXPERTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accept\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"shareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptances\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple[]\",\"internalType\":\"structITripartiteEscrow.Acceptance[]\",\"components\":[{\"name\":\"expert\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lat\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"shareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approveDelivery\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITripartiteEscrow.Config\",\"components\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBurnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeBondBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"defaultBuyerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"passScore\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rulingWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxExperts\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"credit\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deliver\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"dispute\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"settlement_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lats\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"config_\",\"type\":\"tuple\",\"internalType\":\"structITripartiteEscrow.Config\",\"components\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBurnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeBondBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"defaultBuyerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"passScore\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rulingWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxExperts\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"latOf\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onClaimFinalized\",\"inputs\":[{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structITripartiteEscrow.OrderParams\",\"components\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deliveryDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openWithPermit\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structITripartiteEscrow.OrderParams\",\"components\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deliveryDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"permitDeadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"order\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structITripartiteEscrow.Order\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumITripartiteEscrow.State\"},{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"totalShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBurnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeBondBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"defaultBuyerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"acceptDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deliveryDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rulingWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxExperts\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"disputant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"score\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"passScore\",\"type\":\"int256\",\"internalType\":\"int256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"orderCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rule\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumITripartiteEscrow.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setConfig\",\"inputs\":[{\"name\":\"config_\",\"type\":\"tuple\",\"internalType\":\"structITripartiteEscrow.Config\",\"components\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBurnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeBondBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"defaultBuyerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"passScore\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rulingWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxExperts\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleTimeout\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settlement\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tierCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BondSlashed\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"burned\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"paid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConfigSet\",\"inputs\":[{\"name\":\"config\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITripartiteEscrow.Config\",\"components\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBurnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeBondBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"defaultBuyerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"passScore\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rulingWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxReviewWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxExperts\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Credited\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EvaluationIgnored\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumITripartiteEscrow.State\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderAccepted\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"expert\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"lat\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"shareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderDelivered\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"expert\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"reviewDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderDisputed\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"buyerBond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rulingDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderEvaluated\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"score\",\"type\":\"int256\",\"indexed\":false,\"internalType\":\"int256\"},{\"name\":\"passed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderOpened\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tier\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"acceptDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deliveryDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderRefunded\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderReleased\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"expertsPaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderResolved\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyerBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumITripartiteEscrow.Fault\"},{\"name\":\"ruled\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderStaffed\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Escrow_BadBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"Escrow_BadConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_BadParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_BadShare\",\"inputs\":[{\"name\":\"shareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"Escrow_BadState\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumITripartiteEscrow.State\"}]},{\"type\":\"error\",\"name\":\"Escrow_BadTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Escrow_CannotAccept\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_DeadlinePassed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_NotDue\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_NothingReceived\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Escrow_Unauthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Escrow_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "TripartiteEscrow",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6141fe806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c806386d6282c1161011f578063cc1f0d2d116100a9578063deb9663411610079578063deb96634146105df578063df18e04714610602578063ed7ef8941461062a578063f0f442601461063d578063fccc281314610650575f5ffd5b8063cc1f0d2d14610565578063d547741f1461059d578063d55be8c6146105b0578063d9b42a7f146105cc575f5ffd5b8063a217fddf116100ef578063a217fddf14610512578063a29d36b414610519578063a6f7028d1461052c578063a7026e701461053f578063c94b674b14610552575f5ffd5b806386d6282c146104d157806391d14854146104e457806393e8afab146104f757806396b55f7d1461050a575f5ffd5b80634d0349e9116101a0578063538663ce11610170578063538663ce146103765780635eb8dbdc1461038957806361d027b31461039c57806379502c55146103af5780638343e170146104be575f5ffd5b80634d0349e9146102f75780634d104adf14610311578063511606301461033857806351cff8d914610363575f5ffd5b8063248a9ca3116101e6578063248a9ca31461028b5780632f2ff15d1461029e578063330c1fac146102b157806336568abe146102d157806340e58ee5146102e4575f5ffd5b806301ffc9a714610217578063198cad531461023f57806321603f43146102545780632453ffa814610274575b5f5ffd5b61022a6102253660046133e8565b610659565b60405190151581526020015b60405180910390f35b61025261024d366004613416565b61068f565b005b61026761026236600461348b565b6108ea565b60405161023691906134ca565b61027d60065481565b604051908152602001610236565b61027d61029936600461348b565b610b32565b6102526102ac3660046136d5565b610b52565b6102c46102bf36600461348b565b610b74565b60405161023691906136ff565b6102526102df3660046136d5565b610c16565b6102526102f236600461348b565b610c49565b6102ff601081565b60405160ff9091168152602001610236565b61027d7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b60045461034b906001600160a01b031681565b6040516001600160a01b039091168152602001610236565b610252610371366004613776565b610d06565b6102526103843660046137a9565b610dea565b610252610397366004613804565b610f1b565b60055461034b906001600160a01b031681565b6104b160408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525060408051610160810182525f5461ffff808216835262010000820481166020840152640100000000820481169383019390935266010000000000009004909116606082015260015460808201526002546001600160401b0380821660a0840152600160401b808304821660c0850152600160801b8304821660e0850152600160c01b90920481166101008401526003549081166101208401520460ff1661014082015290565b6040516102369190613838565b61034b6104cc366004613932565b611327565b6102526104df36600461348b565b611399565b61022a6104f23660046136d5565b611607565b6102526105053660046139ab565b61163d565b60075461027d565b61027d5f81565b61025261052736600461348b565b611945565b61025261053a366004613a5b565b611ae2565b61027d61054d366004613a86565b611af9565b61025261056036600461348b565b611b1a565b61027d610573366004613aa0565b6001600160a01b039182165f908152600a6020908152604080832093909416825291909152205490565b6102526105ab3660046136d5565b611bdc565b6105b9610bb881565b60405161ffff9091168152602001610236565b6102526105da366004613ac8565b611bf8565b6105ea6301e1338081565b6040516001600160401b039091168152602001610236565b61027d610610366004613776565b6001600160a01b03165f908152600b602052604090205490565b61027d610638366004613ae8565b611d84565b61025261064b366004613776565b611e36565b61034b61dead81565b5f6001600160e01b03198216637965db0b60e01b148061068957506301ffc9a760e01b6001600160e01b03198316145b92915050565b610697611ebc565b6004546001600160a01b031633146106c95760405163e019c0fd60e01b81523360048201526024015b60405180910390fd5b5f83815260086020526040902060038154600160a01b900460ff1660088111156106f5576106f56134a2565b14158061070e575060038101546001600160401b031642115b1561075e57805460405185917f1680de8adf0c3eaf79bbd703c667bc9a404a6f4466b130bfa0eeacce8aea2d0a9161075091600160a01b900460ff1690613b39565b60405180910390a2506108dd565b5f8061076c84860186613b5b565b915091505f82515f14158015610786575083600901548212155b80156107c557505f196107c260095f8a81526020019081526020015f20855f815181106107b5576107b5613c2b565b6020026020010151611ef3565b14155b6008850183905590505f811561080c5760028501546107f490600160801b90046001600160401b031642613c53565b855460ff60a01b1916600160a21b1786559050610871565b600285015461082b90600160c01b90046001600160401b031642613c53565b855460ff60a01b1916600560a01b1786556003860180547fffffff0000000000000000000000000000000000000000ffffffffffffffffff1633600160481b0217905590505b60038501805467ffffffffffffffff19166001600160401b0383169081179091556040805185815284151560208201529081019190915288907fa64245aeee18a389fa55a6695c59a4effecc3643cc7db2f89fc9809a27289b9d9060600160405180910390a250505050505b6108e5611f57565b505050565b604080516102e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c08101919091525f8281526008602081815260409283902083516102e0810190945280546001600160a01b0381168552909291840191600160a01b90910460ff16908111156109ec576109ec6134a2565b60088111156109fd576109fd6134a2565b8152815460ff600160a81b82048116602084015261ffff600160b01b830481166040850152600160c01b80840482166060860152600160d01b840482166080860152600160e01b8404821660a0860152600160f01b9093041660c084015260018401546001600160a01b0380821660e08601526001600160401b03600160a01b90920482166101008601526002860154808316610120870152600160401b8082048416610140880152600160801b82048416610160880152949004821661018086015260038601549182166101a08601529281049091166101c0840152600160481b9004166101e0820152600482015461020082015260058201546102208201526006820154610240820152600782015461026082015260088201546102808201526009909101546102a09091015292915050565b5f9081525f5160206141de5f395f51905f52602052604090206001015490565b610b5b82610b32565b610b6481611f81565b610b6e8383611f8b565b50505050565b606060095f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015610c0b575f848152602090819020604080516080810182526004860290920180546001600160a01b039081168452600180830154909116848601526002820154928401929092526003015461ffff1660608301529083529092019101610ba6565b505050509050919050565b6001600160a01b0381163314610c3f5760405163334bd91960e11b815260040160405180910390fd5b6108e58282612033565b610c51611ebc565b5f610c5b826120ac565b905060018154600160a01b900460ff166008811115610c7c57610c7c6134a2565b141580610c9557505f8281526009602052604090205415155b15610cc3578054604051630809b7ff60e21b81526106c0918491600160a01b90910460ff1690600401613c72565b80546001600160a01b03163314610cef5760405163e019c0fd60e01b81523360048201526024016106c0565b610cfa82825f6120f9565b50610d03611f57565b50565b610d0e611ebc565b6001600160a01b0381165f908152600a6020908152604080832033845290915281205490819003610d525760405163281e0f2960e01b815260040160405180910390fd5b6001600160a01b0382165f818152600a602090815260408083203384528252808320839055928252600b90529081208054839290610d91908490613c86565b90915550506040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3610cfa6001600160a01b038316338361219b565b610df2611ebc565b610e1c7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae33611607565b158015610e305750610e2e5f33611607565b155b15610e505760405163e019c0fd60e01b81523360048201526024016106c0565b61271061ffff83161115610e7d576040516317b3898960e21b815261ffff831660048201526024016106c0565b5f610e87846120ac565b905060058154600160a01b900460ff166008811115610ea857610ea86134a2565b14610ed6578054604051630809b7ff60e21b81526106c0918691600160a01b90910460ff1690600401613c72565b60038101546001600160401b0316421115610f045760405163c33fbdf160e01b815260040160405180910390fd5b610f128482858560016121d0565b506108e5611f57565b610f23611ebc565b5f610f2d846120ac565b905060018154600160a01b900460ff166008811115610f4e57610f4e6134a2565b14610f7c578054604051630809b7ff60e21b81526106c0918691600160a01b90910460ff1690600401613c72565b6001810154600160a01b90046001600160401b0316421115610fb15760405163c33fbdf160e01b815260040160405180910390fd5b805460ff600160a81b90910481169084161080610fd2575060075460ff8416115b15610ff557604051630790cddf60e01b815260ff841660048201526024016106c0565b61ffff82161580611021575080546127109061101f9061ffff85811691600160b01b900416613c99565b115b156110455760405163230ae91360e21b815261ffff831660048201526024016106c0565b5f84815260096020526040902081546001600160a01b031633148061107a575060038201548154600160401b90910460ff1611155b8061108f57505f1961108c8233611ef3565b14155b156110ad576040516306e11bb960e21b815260040160405180910390fd5b5f60076110bb600187613cac565b60ff16815481106110ce576110ce613c2b565b5f9182526020808320909101546040805163313ce56760e01b815290516001600160a01b039092169450849263313ce567926004808401938290030181865afa15801561111d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111419190613cc5565b61114c90600a613dc3565b84549091505f90611169908790600160b01b900461ffff16613dd1565b855461ffff60b01b1916600160b01b61ffff83160217865590505f61118f843385612464565b9050846040518060800160405280336001600160a01b03168152602001866001600160a01b031681526020018381526020018961ffff16815250908060018154018082558091505060019003905f5260205f2090600402015f909190919091505f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550604082015181600201556060820151816003015f6101000a81548161ffff021916908361ffff1602179055505050336001600160a01b0316897f7a2fcaa6a7e90cab02a6af335cad4001c56698b69886d3506d397a1df9a8dc5d868a6040516112c79291906001600160a01b0392909216825261ffff16602082015260400190565b60405180910390a361270f1961ffff83160161131957855460ff60a01b1916600160a11b17865560405189907f82b8a954b2350b6c72a36d15515e6bd89cb192357be0bbc600a3477965eddd54905f90a25b5050505050506108e5611f57565b5f60ff8216158061133c575060075460ff8316115b1561135f57604051630790cddf60e01b815260ff831660048201526024016106c0565b600761136c600184613cac565b60ff168154811061137f5761137f613c2b565b5f918252602090912001546001600160a01b031692915050565b6113a1611ebc565b5f6113ab826120ac565b8054909150600160a01b810460ff16906001600160a01b0316331460028260088111156113da576113da6134a2565b0361144c575f8481526009602052604090205f19906113f99033611ef3565b036114195760405163e019c0fd60e01b81523360048201526024016106c0565b60028301546001600160401b03164211156114475760405163c33fbdf160e01b815260040160405180910390fd5b6114ed565b6003826008811115611460576114606134a2565b148061147d5750600482600881111561147b5761147b6134a2565b145b156114d057806114a25760405163e019c0fd60e01b81523360048201526024016106c0565b60038301546001600160401b03164211156114475760405163c33fbdf160e01b815260040160405180910390fd5b8382604051630809b7ff60e21b81526004016106c0929190613c72565b60028301545f9061150e90600160c01b90046001600160401b031642613c53565b845460ff60a01b1916600560a01b178555600385018054600160481b330268ff0000000000000001600160e81b03199091166001600160401b0384161717905590505f8261155c575f611587565b845460048601546127109161157d91600160e01b90910461ffff1690613deb565b6115879190613e02565b905080156115b55760018501545f906115aa906001600160a01b03163384612464565b600587018190559150505b604080518281526001600160401b0384166020820152339188917f43e5d33bfb9c0c1d84e9cf894d0f7215d563f5558da0419d24a24f1f1b321c76910160405180910390a35050505050610d03611f57565b5f9182525f5160206141de5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6116466125ae565b805490915060ff600160401b82041615906001600160401b03165f8115801561166c5750825b90505f826001600160401b031660011480156116875750303b155b905081158015611695575080155b156116b35760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156116dd57845460ff60401b1916600160401b1785555b6001600160a01b038d1615806116fa57506001600160a01b038c16155b8061170c57506001600160a01b038b16155b1561172a57604051634f6b91e560e01b815260040160405180910390fd5b881580611737575060ff89115b156117555760405163457ccbe760e11b815260040160405180910390fd5b61175d6125d6565b6117675f8e611f8b565b505f5b878110156117cb576117c27fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae8a8a848181106117a8576117a8613c2b565b90506020020160208101906117bd9190613776565b611f8b565b5060010161176a565b505f5b89811015611885575f8b8b838181106117e9576117e9613c2b565b90506020020160208101906117fe9190613776565b6001600160a01b03160361182557604051634f6b91e560e01b815260040160405180910390fd5b60078b8b8381811061183957611839613c2b565b905060200201602081019061184e9190613776565b8154600180820184555f93845260209093200180546001600160a01b0319166001600160a01b0392909216919091179055016117ce565b50600480546001600160a01b038d81166001600160a01b03199283161790925560058054928f1692909116821790556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16118f0866125de565b831561193657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050505050565b61194d611ebc565b5f611957826120ac565b8054909150600160a01b900460ff165f600182600881111561197b5761197b6134a2565b0361199b57506001820154600160a01b90046001600160401b0316611a2a565b60028260088111156119af576119af6134a2565b036119c8575060028201546001600160401b0316611a2a565b60038260088111156119dc576119dc6134a2565b14806119f9575060048260088111156119f7576119f76134a2565b145b80611a1557506005826008811115611a1357611a136134a2565b145b156114d0575060038201546001600160401b03165b804211611a4a57604051636c70ded560e11b815260040160405180910390fd5b6001826008811115611a5e57611a5e6134a2565b03611a7357611a6e84845f6120f9565b611ad7565b6002826008811115611a8757611a876134a2565b03611a9857611a6e848460016120f9565b6005826008811115611aac57611aac6134a2565b03611acd578254611a6e9085908590600160f01b900461ffff165f806121d0565b611ad78484612880565b505050610d03611f57565b5f611aec81611f81565b611af5826125de565b5050565b5f611b02611ebc565b611b0b82612955565b9050611b15611f57565b919050565b611b22611ebc565b5f611b2c826120ac565b905060038154600160a01b900460ff166008811115611b4d57611b4d6134a2565b14158015611b78575060048154600160a01b900460ff166008811115611b7557611b756134a2565b14155b15611ba6578054604051630809b7ff60e21b81526106c0918491600160a01b90910460ff1690600401613c72565b80546001600160a01b03163314611bd25760405163e019c0fd60e01b81523360048201526024016106c0565b610cfa8282612880565b611be582610b32565b611bee81611f81565b610b6e8383612033565b611c00611ebc565b5f611c0a836120ac565b905060028154600160a01b900460ff166008811115611c2b57611c2b6134a2565b14611c59578054604051630809b7ff60e21b81526106c0918591600160a01b90910460ff1690600401613c72565b5f8381526009602052604090205f1990611c739033611ef3565b03611c935760405163e019c0fd60e01b81523360048201526024016106c0565b60028101546001600160401b0316421115611cc15760405163c33fbdf160e01b815260040160405180910390fd5b81611cdf5760405163f6df41ef60e01b815260040160405180910390fd5b60028101545f90611d0090600160401b90046001600160401b031642613c53565b825460ff60a01b1916600360a01b1783556007830184905560038301805467ffffffffffffffff19166001600160401b0383169081179091556040805186815260208101929092528051929350339287927fa1f65526309d74f787f7a004288d4804866f33bd9d11b5821ed7a1becb836e7092908290030190a35050611af5611f57565b5f611d8d611ebc565b611d9a6020870187613776565b60405163d505accf60e01b8152336004820152306024820152602088013560448201526064810187905260ff8616608482015260a4810185905260c481018490526001600160a01b03919091169063d505accf9060e4015f604051808303815f87803b158015611e08575f5ffd5b505af1925050508015611e19575060015b50611e2386612955565b9050611e2d611f57565b95945050505050565b5f611e4081611f81565b6001600160a01b038216611e6757604051634f6b91e560e01b815260040160405180910390fd5b600580546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b611ec4612e3b565b611ef160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612e7b565b565b81545f90815b81811015611f4c57836001600160a01b0316858281548110611f1d57611f1d613c2b565b5f9182526020909120600490910201546001600160a01b031603611f445791506106899050565b600101611ef9565b505f19949350505050565b611ef15f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611eeb565b610d038133612e82565b5f5f5160206141de5f395f51905f52611fa48484611607565b612023575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611fd93390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610689565b5f915050610689565b5092915050565b5f5f5160206141de5f395f51905f5261204c8484611607565b15612023575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610689565b5f818152600860205260408120908154600160a01b900460ff1660088111156120d7576120d76134a2565b03611b1557815f604051630809b7ff60e21b81526004016106c0929190613c72565b8154600760a01b60ff60a01b19821617835560048301546001840154909161212e916001600160a01b03908116911683612ebb565b5f84815260096020526040902082156121515761214c858583612f56565b61215a565b61215a81613122565b847fe9c7fa3286f1b85573e4b918330a290ab4c7983835ed2d6d6cdfdc1231e9c1258360405161218c91815260200190565b60405180910390a25050505050565b6121a88383836001613194565b6108e557604051635274afe760e01b81526001600160a01b03841660048201526024016106c0565b835460ff60a01b1916600160a31b17845560018401545f86815260096020526040812060048701546001600160a01b0390931692909161271061221761ffff891684613deb565b6122219190613e02565b90505f61222e8284613c86565b90505f8661223c575f612261565b89546127109061225790600160c01b900461ffff1684613deb565b6122619190613e02565b8a5490915061227b9087906001600160a01b031685612ebb565b6005546122939087906001600160a01b031683612ebb565b6122a785876122a28486613c86565b6131f6565b60058a015460028960028111156122c0576122c06134a2565b1480156122cc57508015155b156123cf578a545f90612710906122ee90600160d01b900461ffff1684613deb565b6122f89190613e02565b905061230987896122a28486613c86565b8b546001600160a01b03168d7fd63a2ff33d29cba0eaf983b4c486abea099569455f66baf8940ae854acb22a618a845f6123438289613c86565b60405161237894939291906001600160a01b039485168152602081019390935292166040820152606081019190915260800190565b60405180910390a380156123c9576001600160a01b0388165f908152600b6020526040812080548392906123ad908490613c86565b909155506123c990506001600160a01b03891661dead8361219b565b506123e6565b8a546123e69088906001600160a01b031683612ebb565b60018960028111156123fa576123fa6134a2565b0361240f5761240a8c8c88612f56565b612418565b61241886613122565b8b7f3e60e6abd4842bd50a9c435b26cf040391d3d1f22d2f5100996a04eb51cb8d9e8b8b8b3360405161244e9493929190613e21565b60405180910390a2505050505050505050505050565b6040516370a0823160e01b81523060048201525f9081906001600160a01b038616906370a0823190602401602060405180830381865afa1580156124aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124ce9190613e60565b90506124e56001600160a01b038616853086613307565b6040516370a0823160e01b815230600482015281906001600160a01b038716906370a0823190602401602060405180830381865afa158015612529573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061254d9190613e60565b6125579190613c86565b9150815f03612579576040516359dde83760e11b815260040160405180910390fd5b6001600160a01b0385165f908152600b6020526040812080548492906125a0908490613c99565b909155509195945050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610689565b611ef161333d565b610bb86125ee6020830183613e77565b61ffff161180612612575061271061260c6040830160208401613e77565b61ffff16115b80612631575061271061262b6060830160408401613e77565b61ffff16115b80612650575061271061264a6080830160608401613e77565b61ffff16115b806126675750670de0b6b3a763ffff198160800135125b8061267d5750670de0b6b3a76400008160800135135b8061269e575061269360c0820160a08301613eb1565b6001600160401b0316155b806126c457506301e133806126b960c0830160a08401613eb1565b6001600160401b0316115b806126e557506126da60e0820160c08301613eb1565b6001600160401b0316155b8061270b57506301e1338061270060e0830160c08401613eb1565b6001600160401b0316115b8061272d5750612722610100820160e08301613eb1565b6001600160401b0316155b8061276a575061274561012082016101008301613eb1565b6001600160401b031661275f610100830160e08401613eb1565b6001600160401b0316115b8061279257506301e1338061278761012083016101008401613eb1565b6001600160401b0316115b806127b557506127aa61014082016101208301613eb1565b6001600160401b0316155b806127dd57506301e133806127d261014083016101208401613eb1565b6001600160401b0316115b806127fa57506127f561016082016101408301613932565b60ff16155b806128195750601061281461016083016101408401613932565b60ff16115b156128375760405163457ccbe760e11b815260040160405180910390fd5b805f6128438282613ef0565b9050507f61c9955b5e83534f02491a7bc765e9a10d7c737d1087c8654e0b0495ab605e4c8160405161287591906140c0565b60405180910390a150565b805460ff60a01b1916600360a11b178082555f83815260096020526040812060048401549092909190612710906128c290600160c01b900461ffff1684613deb565b6128cc9190613e02565b60018501546005549192506128ee916001600160a01b03918216911683612ebb565b600184015461290c9084906001600160a01b03166122a28486613c86565b61291583613122565b847f758ca484c0a0c284c7a347f1c26e0d2bf74db71fd908bff3bf57c0c57adc160d6129418385613c86565b60408051918252602082018590520161218c565b5f80806129656020850185613776565b6001600160a01b0316148061297c57506020830135155b8061299757506129926060840160408501613932565b60ff16155b806129b557506007546129b06060850160408601613932565b60ff16115b806129d85750426129cc60a0850160808601613eb1565b6001600160401b031611155b80612a1357506129ee60a0840160808501613eb1565b6001600160401b0316612a0760c0850160a08601613eb1565b6001600160401b031611155b80612a4c57506003810154612a31906001600160401b031642613c99565b612a4160c0850160a08601613eb1565b6001600160401b0316115b80612a8257506002810154600160801b90046001600160401b0316612a7760e0850160c08601613eb1565b6001600160401b0316105b80612ab857506002810154600160c01b90046001600160401b0316612aad60e0850160c08601613eb1565b6001600160401b0316115b15612ad65760405163f6df41ef60e01b815260040160405180910390fd5b60065f8154612ae4906141c5565b91829055505f81815260086020526040908190208054600160a01b6001600160a81b031990911660ff60a01b19331617178155919350612b2a9060608601908601613932565b815460ff60a81b198116600160a81b60ff93909316929092029182178355835464ffff0000ff60a81b1990911661ffff60c01b199092169190911761ffff918216600160c01b0217808355835461ffff60d01b198216620100009091048316600160d01b029081178455845463ffffffff60d01b1990921661ffff60e01b19909116176401000000009091048216600160e01b021780835583546001600160f01b039091166601000000000000909104909116600160f01b02178155612bf36020850185613776565b6001820180546001600160a01b0319166001600160a01b0392909216919091179055612c2560a0850160808601613eb1565b6001820180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b19909216919091179055612c6360c0850160a08601613eb1565b60028201805467ffffffffffffffff19166001600160401b0392909216919091179055612c9660e0850160c08601613eb1565b6002828101805467ffffffffffffffff60401b198116600160401b6001600160401b0395861681029182178455938701805477ffffffffffffffffffffffffffffffff00000000000000001990931667ffffffffffffffff60801b1990921691909117918516600160801b029190911780835590546001600160c01b0390911690839004909316600160c01b0292909217909155600380840154908301805460ff60401b19169183900460ff1690920217905560018201546009820155606084013560068201555f612d79612d6e6020870187613776565b338760200135612464565b60048301819055905033847f1553e6adb1e8bf68f5013608f25b153cb281d86d9b28034f422f9c22e78a5a77612db26020890189613776565b84612dc360608b0160408c01613932565b60608b0135612dd860a08d0160808e01613eb1565b612de860c08e0160a08f01613eb1565b604080516001600160a01b039097168752602087019590955260ff9093169385019390935260608401526001600160401b0391821660808401521660a082015260c00160405180910390a3505050919050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611ef157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b612e8c8282611607565b611af55760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106c0565b805f03612ec757505050565b6001600160a01b038084165f908152600a6020908152604080832093861683529290529081208054839290612efd908490613c99565b92505081905550826001600160a01b0316826001600160a01b03167f4e45da441832cf53bdaa69235704fc0575e68210f459ee1562911024b12967d583604051612f4991815260200190565b60405180910390a3505050565b815481546001600160a01b03821691600160d01b900461ffff16905f5b81811015613119575f858281548110612f8e57612f8e613c2b565b905f5260205f20906004020190505f81600201549050805f03612fb2575050613111565b5f60028301819055612710612fcb61ffff881684613deb565b612fd59190613e02565b6001840154909150612ffa906001600160a01b031688612ff58486613c86565b612ebb565b825460018401546001600160a01b03918216918c917fd63a2ff33d29cba0eaf983b4c486abea099569455f66baf8940ae854acb22a619116848b61303e8289613c86565b60405161307394939291906001600160a01b039485168152602081019390935292166040820152606081019190915260800190565b60405180910390a3801561310d5760018301546001600160a01b03165f908152600b6020526040812080548392906130ac908490613c86565b90915550506001830154604051630852cd8d60e31b8152600481018390526001600160a01b03909116906342966c68906024015f604051808303815f87803b1580156130f6575f5ffd5b505af1158015613108573d5f5f3e3d5ffd5b505050505b5050505b600101612f73565b50505050505050565b80545f5b818110156108e5575f83828154811061314157613141613c2b565b905f5260205f20906004020190505f81600201549050805f0361316557505061318c565b5f600283015560018201548254613189916001600160a01b03908116911683612ebb565b50505b600101613126565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166131ea5783831516156131de573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b8254811580613203575080155b1561320e5750505050565b5f805b8261321d826001613c99565b10156132bc575f61271061ffff1687838154811061323d5761323d613c2b565b5f91825260209091206003600490920201015461325e9061ffff1687613deb565b6132689190613e02565b90506132748184613c99565b92506132ab8688848154811061328c5761328c613c2b565b5f9182526020909120600490910201546001600160a01b031683612ebb565b506132b5816141c5565b9050613211565b5061330084866132cd600186613c86565b815481106132dd576132dd613c2b565b5f9182526020909120600490910201546001600160a01b0316612ff58487613c86565b5050505050565b613315848484846001613362565b610b6e57604051635274afe760e01b81526001600160a01b03851660048201526024016106c0565b6133456133cf565b611ef157604051631afcd79f60e31b815260040160405180910390fd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166133be5783831516156133b2573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6133d86125ae565b54600160401b900460ff16919050565b5f602082840312156133f8575f5ffd5b81356001600160e01b03198116811461340f575f5ffd5b9392505050565b5f5f5f60408486031215613428575f5ffd5b8335925060208401356001600160401b03811115613444575f5ffd5b8401601f81018613613454575f5ffd5b80356001600160401b03811115613469575f5ffd5b86602082840101111561347a575f5ffd5b939660209190910195509293505050565b5f6020828403121561349b575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600981106134c6576134c66134a2565b9052565b81516001600160a01b031681526102e0810160208301516134ee60208401826134b6565b506040830151613503604084018260ff169052565b506060830151613519606084018261ffff169052565b50608083015161352f608084018261ffff169052565b5060a083015161354560a084018261ffff169052565b5060c083015161355b60c084018261ffff169052565b5060e083015161357160e084018261ffff169052565b5061010083015161358e6101008401826001600160a01b03169052565b506101208301516135ab6101208401826001600160401b03169052565b506101408301516135c86101408401826001600160401b03169052565b506101608301516135e56101608401826001600160401b03169052565b506101808301516136026101808401826001600160401b03169052565b506101a083015161361f6101a08401826001600160401b03169052565b506101c083015161363c6101c08401826001600160401b03169052565b506101e08301516136536101e084018260ff169052565b506102008301516136706102008401826001600160a01b03169052565b506102208301516102208301526102408301516102408301526102608301516102608301526102808301516102808301526102a08301516102a08301526102c08301516102c083015292915050565b80356001600160a01b0381168114611b15575f5ffd5b5f5f604083850312156136e6575f5ffd5b823591506136f6602084016136bf565b90509250929050565b602080825282518282018190525f918401906040840190835b8181101561376b57835180516001600160a01b039081168552602080830151909116818601526040808301519086015260609182015161ffff169185019190915290930192608090920191600101613718565b509095945050505050565b5f60208284031215613786575f5ffd5b61340f826136bf565b61ffff81168114610d03575f5ffd5b8035611b158161378f565b5f5f5f606084860312156137bb575f5ffd5b8335925060208401356137cd8161378f565b91506040840135600381106137e0575f5ffd5b809150509250925092565b60ff81168114610d03575f5ffd5b8035611b15816137eb565b5f5f5f60608486031215613816575f5ffd5b833592506020840135613828816137eb565b915060408401356137e08161378f565b815161ffff1681526101608101602083015161385a602084018261ffff169052565b506040830151613870604084018261ffff169052565b506060830151613886606084018261ffff169052565b506080830151608083015260a08301516138ab60a08401826001600160401b03169052565b5060c08301516138c660c08401826001600160401b03169052565b5060e08301516138e160e08401826001600160401b03169052565b506101008301516138fe6101008401826001600160401b03169052565b5061012083015161391b6101208401826001600160401b03169052565b5061014083015161202c61014084018260ff169052565b5f60208284031215613942575f5ffd5b813561340f816137eb565b5f5f83601f84011261395d575f5ffd5b5081356001600160401b03811115613973575f5ffd5b6020830191508360208260051b850101111561398d575f5ffd5b9250929050565b5f61016082840312156139a5575f5ffd5b50919050565b5f5f5f5f5f5f5f5f610200898b0312156139c3575f5ffd5b6139cc896136bf565b97506139da60208a016136bf565b96506139e860408a016136bf565b955060608901356001600160401b03811115613a02575f5ffd5b613a0e8b828c0161394d565b90965094505060808901356001600160401b03811115613a2c575f5ffd5b613a388b828c0161394d565b9094509250613a4c90508a60a08b01613994565b90509295985092959890939650565b5f6101608284031215613a6c575f5ffd5b61340f8383613994565b5f60e082840312156139a5575f5ffd5b5f60e08284031215613a96575f5ffd5b61340f8383613a76565b5f5f60408385031215613ab1575f5ffd5b613aba836136bf565b91506136f6602084016136bf565b5f5f60408385031215613ad9575f5ffd5b50508035926020909101359150565b5f5f5f5f5f6101608688031215613afd575f5ffd5b613b078787613a76565b945060e08601359350610100860135613b1f816137eb565b949793965093946101208101359450610140013592915050565b6020810161068982846134b6565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613b6c575f5ffd5b82356001600160401b03811115613b81575f5ffd5b8301601f81018513613b91575f5ffd5b80356001600160401b03811115613baa57613baa613b47565b8060051b604051601f19603f83011681018181106001600160401b0382111715613bd657613bd6613b47565b604052918252602081840181019290810188841115613bf3575f5ffd5b6020850194505b83851015613c1957613c0b856136bf565b815260209485019401613bfa565b50976020969096013596505050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561068957610689613c3f565b8281526040810161340f60208301846134b6565b8181038181111561068957610689613c3f565b8082018082111561068957610689613c3f565b60ff828116828216039081111561068957610689613c3f565b5f60208284031215613cd5575f5ffd5b815161340f816137eb565b6001815b6001841115613d1b57808504811115613cff57613cff613c3f565b6001841615613d0d57908102905b60019390931c928002613ce4565b935093915050565b5f82613d3157506001610689565b81613d3d57505f610689565b8160018114613d535760028114613d5d57613d79565b6001915050610689565b60ff841115613d6e57613d6e613c3f565b50506001821b610689565b5060208310610133831016604e8410600b8410161715613d9c575081810a610689565b613da85f198484613ce0565b805f1904821115613dbb57613dbb613c3f565b029392505050565b5f61340f60ff841683613d23565b61ffff818116838216019081111561068957610689613c3f565b808202811582820484141761068957610689613c3f565b5f82613e1c57634e487b7160e01b5f52601260045260245ffd5b500490565b61ffff851681526080810160038510613e3c57613e3c6134a2565b602082019490945291151560408301526001600160a01b0316606090910152919050565b5f60208284031215613e70575f5ffd5b5051919050565b5f60208284031215613e87575f5ffd5b813561340f8161378f565b6001600160401b0381168114610d03575f5ffd5b8035611b1581613e92565b5f60208284031215613ec1575f5ffd5b813561340f81613e92565b5f81356106898161378f565b5f813561068981613e92565b5f8135610689816137eb565b613f0f613efc83613ecc565b825461ffff191661ffff91909116178255565b613f38613f1e60208401613ecc565b825463ffff0000191660109190911b63ffff000016178255565b613f65613f4760408401613ecc565b825465ffff00000000191660209190911b65ffff0000000016178255565b613f96613f7460608401613ecc565b825467ffff000000000000191660309190911b67ffff00000000000016178255565b6080820135600182015560028101613fd1613fb360a08501613ed8565b825467ffffffffffffffff19166001600160401b0391909116178255565b61400d613fe060c08501613ed8565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b61404861401c60e08501613ed8565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b61407c6140586101008501613ed8565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b5060038101614091613fb36101208501613ed8565b6108e56140a16101408501613ee4565b825460ff60401b191660409190911b68ff000000000000000016178255565b61016081016140da826140d28561379e565b61ffff169052565b6140e66020840161379e565b61ffff1660208301526140fb6040840161379e565b61ffff1660408301526141106060840161379e565b61ffff1660608301526080838101359083015261412f60a08401613ea6565b6001600160401b031660a083015261414960c08401613ea6565b6001600160401b031660c083015261416360e08401613ea6565b6001600160401b031660e083015261417e6101008401613ea6565b6001600160401b031661010083015261419a6101208401613ea6565b6001600160401b03166101208301526141b661014084016137f9565b60ff811661014084015261202c565b5f600182016141d6576141d6613c3f565b506001019056fe02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800",
}

// TripartiteEscrow is an auto generated Go binding around an Ethereum contract.
type TripartiteEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TripartiteEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewTripartiteEscrow creates a new instance of TripartiteEscrow.
func NewTripartiteEscrow() *TripartiteEscrow {
	parsed, err := TripartiteEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TripartiteEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TripartiteEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) PackARBITERROLE() []byte {
	enc, err := tripartiteEscrow.abi.Pack("ARBITER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) TryPackARBITERROLE() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("ARBITER_ROLE")
}

// UnpackARBITERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d104adf.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) UnpackARBITERROLE(data []byte) ([32]byte, error) {
	out, err := tripartiteEscrow.abi.Unpack("ARBITER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) PackBURNADDRESS() []byte {
	enc, err := tripartiteEscrow.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) TryPackBURNADDRESS() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := tripartiteEscrow.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) PackDEFAULTADMINROLE() []byte {
	enc, err := tripartiteEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (tripartiteEscrow *TripartiteEscrow) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := tripartiteEscrow.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXEXPERTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d0349e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EXPERTS() view returns(uint8)
func (tripartiteEscrow *TripartiteEscrow) PackMAXEXPERTS() []byte {
	enc, err := tripartiteEscrow.abi.Pack("MAX_EXPERTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEXPERTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d0349e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EXPERTS() view returns(uint8)
func (tripartiteEscrow *TripartiteEscrow) TryPackMAXEXPERTS() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("MAX_EXPERTS")
}

// UnpackMAXEXPERTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d0349e9.
//
// Solidity: function MAX_EXPERTS() view returns(uint8)
func (tripartiteEscrow *TripartiteEscrow) UnpackMAXEXPERTS(data []byte) (uint8, error) {
	out, err := tripartiteEscrow.abi.Unpack("MAX_EXPERTS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (tripartiteEscrow *TripartiteEscrow) PackMAXFEEBPS() []byte {
	enc, err := tripartiteEscrow.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (tripartiteEscrow *TripartiteEscrow) TryPackMAXFEEBPS() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (tripartiteEscrow *TripartiteEscrow) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := tripartiteEscrow.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (tripartiteEscrow *TripartiteEscrow) PackMAXWINDOW() []byte {
	enc, err := tripartiteEscrow.abi.Pack("MAX_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (tripartiteEscrow *TripartiteEscrow) TryPackMAXWINDOW() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("MAX_WINDOW")
}

// UnpackMAXWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (tripartiteEscrow *TripartiteEscrow) UnpackMAXWINDOW(data []byte) (uint64, error) {
	out, err := tripartiteEscrow.abi.Unpack("MAX_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5eb8dbdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 orderId, uint8 tier, uint16 shareBps) returns()
func (tripartiteEscrow *TripartiteEscrow) PackAccept(orderId *big.Int, tier uint8, shareBps uint16) []byte {
	enc, err := tripartiteEscrow.abi.Pack("accept", orderId, tier, shareBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5eb8dbdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 orderId, uint8 tier, uint16 shareBps) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackAccept(orderId *big.Int, tier uint8, shareBps uint16) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("accept", orderId, tier, shareBps)
}

// PackAcceptances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x330c1fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptances(uint256 orderId) view returns((address,address,uint256,uint16)[])
func (tripartiteEscrow *TripartiteEscrow) PackAcceptances(orderId *big.Int) []byte {
	enc, err := tripartiteEscrow.abi.Pack("acceptances", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x330c1fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptances(uint256 orderId) view returns((address,address,uint256,uint16)[])
func (tripartiteEscrow *TripartiteEscrow) TryPackAcceptances(orderId *big.Int) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("acceptances", orderId)
}

// UnpackAcceptances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x330c1fac.
//
// Solidity: function acceptances(uint256 orderId) view returns((address,address,uint256,uint16)[])
func (tripartiteEscrow *TripartiteEscrow) UnpackAcceptances(data []byte) ([]ITripartiteEscrowAcceptance, error) {
	out, err := tripartiteEscrow.abi.Unpack("acceptances", data)
	if err != nil {
		return *new([]ITripartiteEscrowAcceptance), err
	}
	out0 := *abi.ConvertType(out[0], new([]ITripartiteEscrowAcceptance)).(*[]ITripartiteEscrowAcceptance)
	return out0, nil
}

// PackApproveDelivery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc94b674b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveDelivery(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) PackApproveDelivery(orderId *big.Int) []byte {
	enc, err := tripartiteEscrow.abi.Pack("approveDelivery", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveDelivery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc94b674b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveDelivery(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackApproveDelivery(orderId *big.Int) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("approveDelivery", orderId)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) PackCancel(orderId *big.Int) []byte {
	enc, err := tripartiteEscrow.abi.Pack("cancel", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackCancel(orderId *big.Int) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("cancel", orderId)
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8))
func (tripartiteEscrow *TripartiteEscrow) PackConfig() []byte {
	enc, err := tripartiteEscrow.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8))
func (tripartiteEscrow *TripartiteEscrow) TryPackConfig() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8))
func (tripartiteEscrow *TripartiteEscrow) UnpackConfig(data []byte) (ITripartiteEscrowConfig, error) {
	out, err := tripartiteEscrow.abi.Unpack("config", data)
	if err != nil {
		return *new(ITripartiteEscrowConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(ITripartiteEscrowConfig)).(*ITripartiteEscrowConfig)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1f0d2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address token, address account) view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) PackCredit(token common.Address, account common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("credit", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1f0d2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address token, address account) view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) TryPackCredit(token common.Address, account common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("credit", token, account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc1f0d2d.
//
// Solidity: function credit(address token, address account) view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := tripartiteEscrow.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9b42a7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver(uint256 orderId, bytes32 contentHash) returns()
func (tripartiteEscrow *TripartiteEscrow) PackDeliver(orderId *big.Int, contentHash [32]byte) []byte {
	enc, err := tripartiteEscrow.abi.Pack("deliver", orderId, contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9b42a7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver(uint256 orderId, bytes32 contentHash) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackDeliver(orderId *big.Int, contentHash [32]byte) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("deliver", orderId, contentHash)
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) PackDispute(orderId *big.Int) []byte {
	enc, err := tripartiteEscrow.abi.Pack("dispute", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackDispute(orderId *big.Int) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("dispute", orderId)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := tripartiteEscrow.abi.Pack("getRoleAdmin", role)
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
func (tripartiteEscrow *TripartiteEscrow) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (tripartiteEscrow *TripartiteEscrow) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := tripartiteEscrow.abi.Unpack("getRoleAdmin", data)
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
func (tripartiteEscrow *TripartiteEscrow) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("grantRole", role, account)
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
func (tripartiteEscrow *TripartiteEscrow) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (tripartiteEscrow *TripartiteEscrow) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("hasRole", role, account)
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
func (tripartiteEscrow *TripartiteEscrow) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (tripartiteEscrow *TripartiteEscrow) UnpackHasRole(data []byte) (bool, error) {
	out, err := tripartiteEscrow.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93e8afab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address treasury_, address settlement_, address[] lats, address[] arbiters, (uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8) config_) returns()
func (tripartiteEscrow *TripartiteEscrow) PackInitialize(admin common.Address, treasury common.Address, settlement common.Address, lats []common.Address, arbiters []common.Address, config ITripartiteEscrowConfig) []byte {
	enc, err := tripartiteEscrow.abi.Pack("initialize", admin, treasury, settlement, lats, arbiters, config)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93e8afab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address treasury_, address settlement_, address[] lats, address[] arbiters, (uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8) config_) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackInitialize(admin common.Address, treasury common.Address, settlement common.Address, lats []common.Address, arbiters []common.Address, config ITripartiteEscrowConfig) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("initialize", admin, treasury, settlement, lats, arbiters, config)
}

// PackLatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8343e170.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latOf(uint8 tier) view returns(address)
func (tripartiteEscrow *TripartiteEscrow) PackLatOf(tier uint8) []byte {
	enc, err := tripartiteEscrow.abi.Pack("latOf", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8343e170.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latOf(uint8 tier) view returns(address)
func (tripartiteEscrow *TripartiteEscrow) TryPackLatOf(tier uint8) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("latOf", tier)
}

// UnpackLatOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8343e170.
//
// Solidity: function latOf(uint8 tier) view returns(address)
func (tripartiteEscrow *TripartiteEscrow) UnpackLatOf(data []byte) (common.Address, error) {
	out, err := tripartiteEscrow.abi.Unpack("latOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onClaimFinalized(uint256 subjectId, bytes outcome) returns()
func (tripartiteEscrow *TripartiteEscrow) PackOnClaimFinalized(subjectId *big.Int, outcome []byte) []byte {
	enc, err := tripartiteEscrow.abi.Pack("onClaimFinalized", subjectId, outcome)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onClaimFinalized(uint256 subjectId, bytes outcome) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackOnClaimFinalized(subjectId *big.Int, outcome []byte) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("onClaimFinalized", subjectId, outcome)
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7026e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,uint256,uint8,bytes32,uint64,uint64,uint64) p) returns(uint256 orderId)
func (tripartiteEscrow *TripartiteEscrow) PackOpen(p ITripartiteEscrowOrderParams) []byte {
	enc, err := tripartiteEscrow.abi.Pack("open", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7026e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,uint256,uint8,bytes32,uint64,uint64,uint64) p) returns(uint256 orderId)
func (tripartiteEscrow *TripartiteEscrow) TryPackOpen(p ITripartiteEscrowOrderParams) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("open", p)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7026e70.
//
// Solidity: function open((address,uint256,uint8,bytes32,uint64,uint64,uint64) p) returns(uint256 orderId)
func (tripartiteEscrow *TripartiteEscrow) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := tripartiteEscrow.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7ef894.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openWithPermit((address,uint256,uint8,bytes32,uint64,uint64,uint64) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 orderId)
func (tripartiteEscrow *TripartiteEscrow) PackOpenWithPermit(p ITripartiteEscrowOrderParams, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := tripartiteEscrow.abi.Pack("openWithPermit", p, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7ef894.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openWithPermit((address,uint256,uint8,bytes32,uint64,uint64,uint64) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 orderId)
func (tripartiteEscrow *TripartiteEscrow) TryPackOpenWithPermit(p ITripartiteEscrowOrderParams, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("openWithPermit", p, permitDeadline, v, r, s)
}

// UnpackOpenWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed7ef894.
//
// Solidity: function openWithPermit((address,uint256,uint8,bytes32,uint64,uint64,uint64) p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 orderId)
func (tripartiteEscrow *TripartiteEscrow) UnpackOpenWithPermit(data []byte) (*big.Int, error) {
	out, err := tripartiteEscrow.abi.Unpack("openWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function order(uint256 orderId) view returns((address,uint8,uint8,uint16,uint16,uint16,uint16,uint16,address,uint64,uint64,uint64,uint64,uint64,uint64,uint8,address,uint256,uint256,bytes32,bytes32,int256,int256))
func (tripartiteEscrow *TripartiteEscrow) PackOrder(orderId *big.Int) []byte {
	enc, err := tripartiteEscrow.abi.Pack("order", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function order(uint256 orderId) view returns((address,uint8,uint8,uint16,uint16,uint16,uint16,uint16,address,uint64,uint64,uint64,uint64,uint64,uint64,uint8,address,uint256,uint256,bytes32,bytes32,int256,int256))
func (tripartiteEscrow *TripartiteEscrow) TryPackOrder(orderId *big.Int) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("order", orderId)
}

// UnpackOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21603f43.
//
// Solidity: function order(uint256 orderId) view returns((address,uint8,uint8,uint16,uint16,uint16,uint16,uint16,address,uint64,uint64,uint64,uint64,uint64,uint64,uint8,address,uint256,uint256,bytes32,bytes32,int256,int256))
func (tripartiteEscrow *TripartiteEscrow) UnpackOrder(data []byte) (ITripartiteEscrowOrder, error) {
	out, err := tripartiteEscrow.abi.Unpack("order", data)
	if err != nil {
		return *new(ITripartiteEscrowOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(ITripartiteEscrowOrder)).(*ITripartiteEscrowOrder)
	return out0, nil
}

// PackOrderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2453ffa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderCount() view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) PackOrderCount() []byte {
	enc, err := tripartiteEscrow.abi.Pack("orderCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2453ffa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderCount() view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) TryPackOrderCount() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("orderCount")
}

// UnpackOrderCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderCount(data []byte) (*big.Int, error) {
	out, err := tripartiteEscrow.abi.Unpack("orderCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address token) view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) PackOwed(token common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("owed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address token) view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) TryPackOwed(token common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("owed", token)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address token) view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := tripartiteEscrow.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (tripartiteEscrow *TripartiteEscrow) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("renounceRole", role, callerConfirmation)
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
func (tripartiteEscrow *TripartiteEscrow) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (tripartiteEscrow *TripartiteEscrow) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("revokeRole", role, account)
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
func (tripartiteEscrow *TripartiteEscrow) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("revokeRole", role, account)
}

// PackRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x538663ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rule(uint256 orderId, uint16 buyerBps, uint8 fault) returns()
func (tripartiteEscrow *TripartiteEscrow) PackRule(orderId *big.Int, buyerBps uint16, fault uint8) []byte {
	enc, err := tripartiteEscrow.abi.Pack("rule", orderId, buyerBps, fault)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x538663ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rule(uint256 orderId, uint16 buyerBps, uint8 fault) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackRule(orderId *big.Int, buyerBps uint16, fault uint8) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("rule", orderId, buyerBps, fault)
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6f7028d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig((uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8) config_) returns()
func (tripartiteEscrow *TripartiteEscrow) PackSetConfig(config ITripartiteEscrowConfig) []byte {
	enc, err := tripartiteEscrow.abi.Pack("setConfig", config)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6f7028d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig((uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8) config_) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackSetConfig(config ITripartiteEscrowConfig) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("setConfig", config)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (tripartiteEscrow *TripartiteEscrow) PackSetTreasury(treasury common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("setTreasury", treasury)
}

// PackSettleTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29d36b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleTimeout(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) PackSettleTimeout(orderId *big.Int) []byte {
	enc, err := tripartiteEscrow.abi.Pack("settleTimeout", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29d36b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleTimeout(uint256 orderId) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackSettleTimeout(orderId *big.Int) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("settleTimeout", orderId)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) PackSettlement() []byte {
	enc, err := tripartiteEscrow.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) TryPackSettlement() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := tripartiteEscrow.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (tripartiteEscrow *TripartiteEscrow) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := tripartiteEscrow.abi.Pack("supportsInterface", interfaceId)
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
func (tripartiteEscrow *TripartiteEscrow) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (tripartiteEscrow *TripartiteEscrow) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := tripartiteEscrow.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96b55f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierCount() view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) PackTierCount() []byte {
	enc, err := tripartiteEscrow.abi.Pack("tierCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96b55f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierCount() view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) TryPackTierCount() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("tierCount")
}

// UnpackTierCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96b55f7d.
//
// Solidity: function tierCount() view returns(uint256)
func (tripartiteEscrow *TripartiteEscrow) UnpackTierCount(data []byte) (*big.Int, error) {
	out, err := tripartiteEscrow.abi.Unpack("tierCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) PackTreasury() []byte {
	enc, err := tripartiteEscrow.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) TryPackTreasury() ([]byte, error) {
	return tripartiteEscrow.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (tripartiteEscrow *TripartiteEscrow) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := tripartiteEscrow.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (tripartiteEscrow *TripartiteEscrow) PackWithdraw(token common.Address) []byte {
	enc, err := tripartiteEscrow.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (tripartiteEscrow *TripartiteEscrow) TryPackWithdraw(token common.Address) ([]byte, error) {
	return tripartiteEscrow.abi.Pack("withdraw", token)
}

// TripartiteEscrowBondSlashed represents a BondSlashed event raised by the TripartiteEscrow contract.
type TripartiteEscrowBondSlashed struct {
	OrderId *big.Int
	From    common.Address
	Token   common.Address
	Burned  *big.Int
	To      common.Address
	Paid    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowBondSlashedEventName = "BondSlashed"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowBondSlashed) ContractEventName() string {
	return TripartiteEscrowBondSlashedEventName
}

// UnpackBondSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondSlashed(uint256 indexed orderId, address indexed from, address token, uint256 burned, address to, uint256 paid)
func (tripartiteEscrow *TripartiteEscrow) UnpackBondSlashedEvent(log *types.Log) (*TripartiteEscrowBondSlashed, error) {
	event := "BondSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowBondSlashed)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowConfigSet represents a ConfigSet event raised by the TripartiteEscrow contract.
type TripartiteEscrowConfigSet struct {
	Config ITripartiteEscrowConfig
	Raw    *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowConfigSetEventName = "ConfigSet"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowConfigSet) ContractEventName() string {
	return TripartiteEscrowConfigSetEventName
}

// UnpackConfigSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigSet((uint16,uint16,uint16,uint16,int256,uint64,uint64,uint64,uint64,uint64,uint8) config)
func (tripartiteEscrow *TripartiteEscrow) UnpackConfigSetEvent(log *types.Log) (*TripartiteEscrowConfigSet, error) {
	event := "ConfigSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowConfigSet)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowCredited represents a Credited event raised by the TripartiteEscrow contract.
type TripartiteEscrowCredited struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowCredited) ContractEventName() string {
	return TripartiteEscrowCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, address indexed token, uint256 amount)
func (tripartiteEscrow *TripartiteEscrow) UnpackCreditedEvent(log *types.Log) (*TripartiteEscrowCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowCredited)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowEvaluationIgnored represents a EvaluationIgnored event raised by the TripartiteEscrow contract.
type TripartiteEscrowEvaluationIgnored struct {
	OrderId *big.Int
	State   uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowEvaluationIgnoredEventName = "EvaluationIgnored"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowEvaluationIgnored) ContractEventName() string {
	return TripartiteEscrowEvaluationIgnoredEventName
}

// UnpackEvaluationIgnoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvaluationIgnored(uint256 indexed orderId, uint8 state)
func (tripartiteEscrow *TripartiteEscrow) UnpackEvaluationIgnoredEvent(log *types.Log) (*TripartiteEscrowEvaluationIgnored, error) {
	event := "EvaluationIgnored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowEvaluationIgnored)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowInitialized represents a Initialized event raised by the TripartiteEscrow contract.
type TripartiteEscrowInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowInitialized) ContractEventName() string {
	return TripartiteEscrowInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (tripartiteEscrow *TripartiteEscrow) UnpackInitializedEvent(log *types.Log) (*TripartiteEscrowInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowInitialized)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderAccepted represents a OrderAccepted event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderAccepted struct {
	OrderId  *big.Int
	Expert   common.Address
	Lat      common.Address
	ShareBps uint16
	Raw      *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderAcceptedEventName = "OrderAccepted"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderAccepted) ContractEventName() string {
	return TripartiteEscrowOrderAcceptedEventName
}

// UnpackOrderAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderAccepted(uint256 indexed orderId, address indexed expert, address lat, uint16 shareBps)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderAcceptedEvent(log *types.Log) (*TripartiteEscrowOrderAccepted, error) {
	event := "OrderAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderAccepted)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderDelivered represents a OrderDelivered event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderDelivered struct {
	OrderId        *big.Int
	Expert         common.Address
	ContentHash    [32]byte
	ReviewDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderDeliveredEventName = "OrderDelivered"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderDelivered) ContractEventName() string {
	return TripartiteEscrowOrderDeliveredEventName
}

// UnpackOrderDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderDelivered(uint256 indexed orderId, address indexed expert, bytes32 contentHash, uint64 reviewDeadline)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderDeliveredEvent(log *types.Log) (*TripartiteEscrowOrderDelivered, error) {
	event := "OrderDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderDelivered)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderDisputed represents a OrderDisputed event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderDisputed struct {
	OrderId        *big.Int
	By             common.Address
	BuyerBond      *big.Int
	RulingDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderDisputedEventName = "OrderDisputed"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderDisputed) ContractEventName() string {
	return TripartiteEscrowOrderDisputedEventName
}

// UnpackOrderDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderDisputed(uint256 indexed orderId, address indexed by, uint256 buyerBond, uint64 rulingDeadline)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderDisputedEvent(log *types.Log) (*TripartiteEscrowOrderDisputed, error) {
	event := "OrderDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderDisputed)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderEvaluated represents a OrderEvaluated event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderEvaluated struct {
	OrderId  *big.Int
	Score    *big.Int
	Passed   bool
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderEvaluatedEventName = "OrderEvaluated"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderEvaluated) ContractEventName() string {
	return TripartiteEscrowOrderEvaluatedEventName
}

// UnpackOrderEvaluatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderEvaluated(uint256 indexed orderId, int256 score, bool passed, uint64 deadline)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderEvaluatedEvent(log *types.Log) (*TripartiteEscrowOrderEvaluated, error) {
	event := "OrderEvaluated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderEvaluated)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderOpened represents a OrderOpened event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderOpened struct {
	OrderId          *big.Int
	Buyer            common.Address
	Token            common.Address
	Amount           *big.Int
	Tier             uint8
	SpecHash         [32]byte
	AcceptDeadline   uint64
	DeliveryDeadline uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderOpenedEventName = "OrderOpened"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderOpened) ContractEventName() string {
	return TripartiteEscrowOrderOpenedEventName
}

// UnpackOrderOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderOpened(uint256 indexed orderId, address indexed buyer, address token, uint256 amount, uint8 tier, bytes32 specHash, uint64 acceptDeadline, uint64 deliveryDeadline)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderOpenedEvent(log *types.Log) (*TripartiteEscrowOrderOpened, error) {
	event := "OrderOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderOpened)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderRefunded represents a OrderRefunded event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderRefunded struct {
	OrderId *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderRefundedEventName = "OrderRefunded"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderRefunded) ContractEventName() string {
	return TripartiteEscrowOrderRefundedEventName
}

// UnpackOrderRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderRefunded(uint256 indexed orderId, uint256 amount)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderRefundedEvent(log *types.Log) (*TripartiteEscrowOrderRefunded, error) {
	event := "OrderRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderRefunded)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderReleased represents a OrderReleased event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderReleased struct {
	OrderId     *big.Int
	ExpertsPaid *big.Int
	Fee         *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderReleasedEventName = "OrderReleased"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderReleased) ContractEventName() string {
	return TripartiteEscrowOrderReleasedEventName
}

// UnpackOrderReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderReleased(uint256 indexed orderId, uint256 expertsPaid, uint256 fee)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderReleasedEvent(log *types.Log) (*TripartiteEscrowOrderReleased, error) {
	event := "OrderReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderReleased)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderResolved represents a OrderResolved event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderResolved struct {
	OrderId  *big.Int
	BuyerBps uint16
	Fault    uint8
	Ruled    bool
	By       common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderResolvedEventName = "OrderResolved"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderResolved) ContractEventName() string {
	return TripartiteEscrowOrderResolvedEventName
}

// UnpackOrderResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderResolved(uint256 indexed orderId, uint16 buyerBps, uint8 fault, bool ruled, address by)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderResolvedEvent(log *types.Log) (*TripartiteEscrowOrderResolved, error) {
	event := "OrderResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderResolved)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowOrderStaffed represents a OrderStaffed event raised by the TripartiteEscrow contract.
type TripartiteEscrowOrderStaffed struct {
	OrderId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowOrderStaffedEventName = "OrderStaffed"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowOrderStaffed) ContractEventName() string {
	return TripartiteEscrowOrderStaffedEventName
}

// UnpackOrderStaffedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderStaffed(uint256 indexed orderId)
func (tripartiteEscrow *TripartiteEscrow) UnpackOrderStaffedEvent(log *types.Log) (*TripartiteEscrowOrderStaffed, error) {
	event := "OrderStaffed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowOrderStaffed)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowRoleAdminChanged represents a RoleAdminChanged event raised by the TripartiteEscrow contract.
type TripartiteEscrowRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowRoleAdminChanged) ContractEventName() string {
	return TripartiteEscrowRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (tripartiteEscrow *TripartiteEscrow) UnpackRoleAdminChangedEvent(log *types.Log) (*TripartiteEscrowRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowRoleGranted represents a RoleGranted event raised by the TripartiteEscrow contract.
type TripartiteEscrowRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowRoleGranted) ContractEventName() string {
	return TripartiteEscrowRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (tripartiteEscrow *TripartiteEscrow) UnpackRoleGrantedEvent(log *types.Log) (*TripartiteEscrowRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowRoleGranted)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowRoleRevoked represents a RoleRevoked event raised by the TripartiteEscrow contract.
type TripartiteEscrowRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowRoleRevoked) ContractEventName() string {
	return TripartiteEscrowRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (tripartiteEscrow *TripartiteEscrow) UnpackRoleRevokedEvent(log *types.Log) (*TripartiteEscrowRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowRoleRevoked)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowTreasurySet represents a TreasurySet event raised by the TripartiteEscrow contract.
type TripartiteEscrowTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowTreasurySet) ContractEventName() string {
	return TripartiteEscrowTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address treasury)
func (tripartiteEscrow *TripartiteEscrow) UnpackTreasurySetEvent(log *types.Log) (*TripartiteEscrowTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowTreasurySet)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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

// TripartiteEscrowWithdrawn represents a Withdrawn event raised by the TripartiteEscrow contract.
type TripartiteEscrowWithdrawn struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TripartiteEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TripartiteEscrowWithdrawn) ContractEventName() string {
	return TripartiteEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed token, uint256 amount)
func (tripartiteEscrow *TripartiteEscrow) UnpackWithdrawnEvent(log *types.Log) (*TripartiteEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tripartiteEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TripartiteEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := tripartiteEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tripartiteEscrow.abi.Events[event].Inputs {
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
func (tripartiteEscrow *TripartiteEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_BadBps"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowBadBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_BadConfig"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_BadParams"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_BadShare"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowBadShareError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_BadState"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowBadStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_BadTier"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowBadTierError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_CannotAccept"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowCannotAcceptError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_DeadlinePassed"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_NotDue"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_NothingReceived"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowNothingReceivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_NothingToWithdraw"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_Unauthorized"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["Escrow_ZeroAddress"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackEscrowZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], tripartiteEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return tripartiteEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TripartiteEscrowAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TripartiteEscrow contract.
type TripartiteEscrowAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TripartiteEscrowAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (tripartiteEscrow *TripartiteEscrow) UnpackAccessControlBadConfirmationError(raw []byte) (*TripartiteEscrowAccessControlBadConfirmation, error) {
	out := new(TripartiteEscrowAccessControlBadConfirmation)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TripartiteEscrow contract.
type TripartiteEscrowAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TripartiteEscrowAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (tripartiteEscrow *TripartiteEscrow) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TripartiteEscrowAccessControlUnauthorizedAccount, error) {
	out := new(TripartiteEscrowAccessControlUnauthorizedAccount)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowBadBps represents a Escrow_BadBps error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowBadBps struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_BadBps(uint16 bps)
func TripartiteEscrowEscrowBadBpsErrorID() common.Hash {
	return common.HexToHash("0x5ece2624db841b1264c9e8f9d13424b319dcb24cfcfed21bc1d8ce59e19d4542")
}

// UnpackEscrowBadBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_BadBps(uint16 bps)
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowBadBpsError(raw []byte) (*TripartiteEscrowEscrowBadBps, error) {
	out := new(TripartiteEscrowEscrowBadBps)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_BadBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowBadConfig represents a Escrow_BadConfig error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_BadConfig()
func TripartiteEscrowEscrowBadConfigErrorID() common.Hash {
	return common.HexToHash("0x8af997ce4f21d8b1f6c6b20e088831158ea536f6622a584002ab0120f4069f90")
}

// UnpackEscrowBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_BadConfig()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowBadConfigError(raw []byte) (*TripartiteEscrowEscrowBadConfig, error) {
	out := new(TripartiteEscrowEscrowBadConfig)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowBadParams represents a Escrow_BadParams error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowBadParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_BadParams()
func TripartiteEscrowEscrowBadParamsErrorID() common.Hash {
	return common.HexToHash("0xf6df41ef72e8e7db0c0b5c42451a0444cab3f55a584297009ca341a06fe797b8")
}

// UnpackEscrowBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_BadParams()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowBadParamsError(raw []byte) (*TripartiteEscrowEscrowBadParams, error) {
	out := new(TripartiteEscrowEscrowBadParams)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowBadShare represents a Escrow_BadShare error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowBadShare struct {
	ShareBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_BadShare(uint16 shareBps)
func TripartiteEscrowEscrowBadShareErrorID() common.Hash {
	return common.HexToHash("0x8c2ba44c3e7d2264a1347d75e3c775b5093f900b1a62d83b0c36f742f1c2e3a0")
}

// UnpackEscrowBadShareError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_BadShare(uint16 shareBps)
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowBadShareError(raw []byte) (*TripartiteEscrowEscrowBadShare, error) {
	out := new(TripartiteEscrowEscrowBadShare)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_BadShare", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowBadState represents a Escrow_BadState error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowBadState struct {
	OrderId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_BadState(uint256 orderId, uint8 state)
func TripartiteEscrowEscrowBadStateErrorID() common.Hash {
	return common.HexToHash("0x2026dffc6f85618bd739e60b26fe798e73cc402cfd270c3bd2fdf264ad4f7b5b")
}

// UnpackEscrowBadStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_BadState(uint256 orderId, uint8 state)
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowBadStateError(raw []byte) (*TripartiteEscrowEscrowBadState, error) {
	out := new(TripartiteEscrowEscrowBadState)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_BadState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowBadTier represents a Escrow_BadTier error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowBadTier struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_BadTier(uint8 tier)
func TripartiteEscrowEscrowBadTierErrorID() common.Hash {
	return common.HexToHash("0x0790cddf02e785748f40832f5b88ca704a7feace121b04001ecc004edb962aaf")
}

// UnpackEscrowBadTierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_BadTier(uint8 tier)
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowBadTierError(raw []byte) (*TripartiteEscrowEscrowBadTier, error) {
	out := new(TripartiteEscrowEscrowBadTier)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_BadTier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowCannotAccept represents a Escrow_CannotAccept error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowCannotAccept struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_CannotAccept()
func TripartiteEscrowEscrowCannotAcceptErrorID() common.Hash {
	return common.HexToHash("0x1b846ee48cefd4d23a150ceb3f18beef2c74545a85fd297d55a225162c0cf238")
}

// UnpackEscrowCannotAcceptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_CannotAccept()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowCannotAcceptError(raw []byte) (*TripartiteEscrowEscrowCannotAccept, error) {
	out := new(TripartiteEscrowEscrowCannotAccept)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_CannotAccept", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowDeadlinePassed represents a Escrow_DeadlinePassed error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowDeadlinePassed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_DeadlinePassed()
func TripartiteEscrowEscrowDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xc33fbdf1e0c0119fa17d2b0f2e9b7836ba92c0a4915db69cc95573df7d86c133")
}

// UnpackEscrowDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_DeadlinePassed()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowDeadlinePassedError(raw []byte) (*TripartiteEscrowEscrowDeadlinePassed, error) {
	out := new(TripartiteEscrowEscrowDeadlinePassed)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowNotDue represents a Escrow_NotDue error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowNotDue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_NotDue()
func TripartiteEscrowEscrowNotDueErrorID() common.Hash {
	return common.HexToHash("0xd8e1bdaadfe0f104d078ed63de9868f0ea901938830c2c399f85cb9b553fb173")
}

// UnpackEscrowNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_NotDue()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowNotDueError(raw []byte) (*TripartiteEscrowEscrowNotDue, error) {
	out := new(TripartiteEscrowEscrowNotDue)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_NotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowNothingReceived represents a Escrow_NothingReceived error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowNothingReceived struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_NothingReceived()
func TripartiteEscrowEscrowNothingReceivedErrorID() common.Hash {
	return common.HexToHash("0xb3bbd06efc5c46c24f58de20431c777d0cc48c83ef49e0f968e0f94632e6a03a")
}

// UnpackEscrowNothingReceivedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_NothingReceived()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowNothingReceivedError(raw []byte) (*TripartiteEscrowEscrowNothingReceived, error) {
	out := new(TripartiteEscrowEscrowNothingReceived)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_NothingReceived", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowNothingToWithdraw represents a Escrow_NothingToWithdraw error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_NothingToWithdraw()
func TripartiteEscrowEscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0x281e0f298b8639da75c9bafd589a5b4f8b9914c851308ea4c71e00c143b5334f")
}

// UnpackEscrowNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_NothingToWithdraw()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowNothingToWithdrawError(raw []byte) (*TripartiteEscrowEscrowNothingToWithdraw, error) {
	out := new(TripartiteEscrowEscrowNothingToWithdraw)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowUnauthorized represents a Escrow_Unauthorized error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_Unauthorized(address caller)
func TripartiteEscrowEscrowUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0xe019c0fd93bbe5fc203ffbc9fa62295036bac56c46e5dcb20ee2f3f5f597bcc8")
}

// UnpackEscrowUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_Unauthorized(address caller)
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowUnauthorizedError(raw []byte) (*TripartiteEscrowEscrowUnauthorized, error) {
	out := new(TripartiteEscrowEscrowUnauthorized)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowEscrowZeroAddress represents a Escrow_ZeroAddress error raised by the TripartiteEscrow contract.
type TripartiteEscrowEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Escrow_ZeroAddress()
func TripartiteEscrowEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x4f6b91e519f57057fca893d20bcdc5dac6b4087173ab8d40790635a19cf73474")
}

// UnpackEscrowZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Escrow_ZeroAddress()
func (tripartiteEscrow *TripartiteEscrow) UnpackEscrowZeroAddressError(raw []byte) (*TripartiteEscrowEscrowZeroAddress, error) {
	out := new(TripartiteEscrowEscrowZeroAddress)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "Escrow_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowInvalidInitialization represents a InvalidInitialization error raised by the TripartiteEscrow contract.
type TripartiteEscrowInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func TripartiteEscrowInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (tripartiteEscrow *TripartiteEscrow) UnpackInvalidInitializationError(raw []byte) (*TripartiteEscrowInvalidInitialization, error) {
	out := new(TripartiteEscrowInvalidInitialization)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowNotInitializing represents a NotInitializing error raised by the TripartiteEscrow contract.
type TripartiteEscrowNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func TripartiteEscrowNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (tripartiteEscrow *TripartiteEscrow) UnpackNotInitializingError(raw []byte) (*TripartiteEscrowNotInitializing, error) {
	out := new(TripartiteEscrowNotInitializing)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TripartiteEscrow contract.
type TripartiteEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TripartiteEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (tripartiteEscrow *TripartiteEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TripartiteEscrowReentrancyGuardReentrantCall, error) {
	out := new(TripartiteEscrowReentrancyGuardReentrantCall)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TripartiteEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the TripartiteEscrow contract.
type TripartiteEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func TripartiteEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (tripartiteEscrow *TripartiteEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*TripartiteEscrowSafeERC20FailedOperation, error) {
	out := new(TripartiteEscrowSafeERC20FailedOperation)
	if err := tripartiteEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
