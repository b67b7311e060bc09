// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ladder

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

// ICapabilityLadderCompetition is an auto generated low-level Go binding around an user-defined struct.
type ICapabilityLadderCompetition struct {
	Rank            uint8
	State           uint8
	Window          uint64
	CommitDeadline  uint64
	RevealDeadline  uint64
	ResolveDeadline uint64
	Entrants        uint32
	Revealed        uint32
	Fee             *big.Int
	Pot             *big.Int
}

// ICapabilityLadderEntry is an auto generated low-level Go binding around an user-defined struct.
type ICapabilityLadderEntry struct {
	Status     uint8
	Won        bool
	Commitment [32]byte
	Payload    [32]byte
}

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

// CapabilityLadderMetaData contains all meta data concerning the CapabilityLadder contract.
var CapabilityLadderMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BURN_ADDRESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNANCE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"K_MAX\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"LAT_REWARD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RANK_MAX_LIMIT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RESOLVER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"WAD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commit\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"entrant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payload\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"competition\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICapabilityLadder.Competition\",\"components\":[{\"name\":\"rank\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICapabilityLadder.CompetitionState\"},{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"resolveDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"entrants\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revealed\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"competitionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"entryCost\",\"inputs\":[{\"name\":\"rank\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"entryOf\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICapabilityLadder.Entry\",\"components\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumICapabilityLadder.EntryStatus\"},{\"name\":\"won\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payload\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structICapabilityLadder.Params\",\"components\":[{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"base\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"k\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"t0\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMax\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"resolutionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"burnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rankMax\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"lats\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"resolver\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"latOf\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onClaimFinalized\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openCompetition\",\"inputs\":[{\"name\":\"rank\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICapabilityLadder.Params\",\"components\":[{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"base\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"k\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"t0\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMax\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"resolutionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"burnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rankMax\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paymentToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rankMax\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rankOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"refund\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"entrant\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payload\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setBurnBps\",\"inputs\":[{\"name\":\"burnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setCostParams\",\"inputs\":[{\"name\":\"base\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"k\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"t0\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPhasePeriods\",\"inputs\":[{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"resolutionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWindowBounds\",\"inputs\":[{\"name\":\"tMin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMax\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sybilCost\",\"inputs\":[{\"name\":\"rank\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"BurnBpsSet\",\"inputs\":[{\"name\":\"burnBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CompetitionClosed\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"closer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CompetitionOpened\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"rank\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"opener\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"window\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"commitDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"resolveDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CompetitionResolved\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"winners\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"score\",\"type\":\"int256\",\"indexed\":false,\"internalType\":\"int256\"},{\"name\":\"toTreasury\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"burned\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CostParamsSet\",\"inputs\":[{\"name\":\"base\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"k\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"t0\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EntryCommitted\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"entrant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EntryRefunded\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"entrant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EntryRevealed\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"entrant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payload\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhasePeriodsSet\",\"inputs\":[{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"resolutionPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Promoted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newRank\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WindowBoundsSet\",\"inputs\":[{\"name\":\"tMin\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"tMax\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Ladder_AlreadyEntered\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_CommitmentMismatch\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_CostOverflow\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Ladder_InvalidBurnBps\",\"inputs\":[{\"name\":\"burnBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidGrowth\",\"inputs\":[{\"name\":\"k\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidPhasePeriods\",\"inputs\":[{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"resolutionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidRank\",\"inputs\":[{\"name\":\"rank\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidRankMax\",\"inputs\":[{\"name\":\"rankMax\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidReferenceWindow\",\"inputs\":[{\"name\":\"t0\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidWindow\",\"inputs\":[{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidWindowBounds\",\"inputs\":[{\"name\":\"tMin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"tMax\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"Ladder_InvalidWinner\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_LatCountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotCommitted\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotExpired\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotGovernance\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotInCommitPhase\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotInResolutionPhase\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotInRevealPhase\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_NotResolver\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_NothingToRefund\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Ladder_RankMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rank\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"required\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Ladder_UnknownCompetition\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Ladder_WrongState\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICapabilityLadder.CompetitionState\"}]},{\"type\":\"error\",\"name\":\"Ladder_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Ladder_ZeroBase\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Ladder_ZeroCommitment\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "CapabilityLadder",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6134c3806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c80638343e17011610135578063bce5dc13116100b4578063f0f4426011610079578063f0f4426014610635578063f2f0387714610648578063f36c8f5c1461065b578063f96681fa14610682578063fccc281314610695575f5ffd5b8063bce5dc13146104e0578063c54a42ab146104f3578063cff0ab9614610506578063d178a9351461060f578063d547741f14610622575f5ffd5b8063a217fddf116100fa578063a217fddf1461047d578063adb3151614610484578063aed28b0114610497578063af697a6f146104aa578063b1724b46146104bd575f5ffd5b80638343e17014610404578063874c1daf1461041757806387b2a2aa1461044257806391d1485414610462578063a168177014610475575f5ffd5b80633013ce29116101c157806361d027b31161018657806361d027b3146103995780636a146024146103775780637747c993146103aa57806378fab260146103ca5780637ad226dc146103f1575f5ffd5b80633013ce291461032d578063317aba001461035157806336568abe1461036457806341847409146103775780635e70a77014610386575f5ffd5b806323bab9291161020757806323bab929146102d0578063248a9ca3146102d8578063249d39e9146102eb57806329fc717e146103075780632f2ff15d1461031a575f5ffd5b806301ffc9a7146102435780630aebeb4e1461026b5780631914684b1461028057806319386ea81461029d578063198cad53146102bd575b5f5ffd5b6102566102513660046129b2565b61069e565b60405190151581526020015b60405180910390f35b61027e6102793660046129d9565b6106d4565b005b61028f67de0b6b3a7640000081565b604051908152602001610262565b600554600160501b900460ff165b60405160ff9091168152602001610262565b61027e6102cb3660046129f0565b610753565b6102ab602081565b61028f6102e63660046129d9565b610a02565b6102f461271081565b60405161ffff9091168152602001610262565b61028f610315366004612a9d565b610a22565b61027e610328366004612af3565b610d20565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610262565b61027e61035f366004612b16565b610d42565b61027e610372366004612af3565b610e5c565b61028f670de0b6b3a764000081565b61028f610394366004612a9d565b610e8f565b6001546001600160a01b0316610339565b6103bd6103b83660046129d9565b610f3f565b6040516102629190612b89565b61028f7f92a19c77d2ea87c7f81d50c74403cb2f401780f3ad919571121efe2bdb427eb181565b61027e6103ff366004612af3565b61105e565b610339610412366004612c62565b6111de565b6102ab610425366004612c7d565b6001600160a01b03165f9081526008602052604090205460ff1690565b610455610450366004612af3565b611250565b6040516102629190612c98565b610256610470366004612af3565b6112f4565b60075461028f565b61028f5f81565b61028f610492366004612c62565b61132a565b61027e6104a5366004612cd2565b611459565b61027e6104b8366004612d7e565b6116f4565b6104c86301e1338081565b6040516001600160401b039091168152602001610262565b61027e6104ee366004612da7565b61187f565b61027e610501366004612da7565b6119b6565b61060260408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525060408051610160810182525f546001600160a01b0390811682526001541660208201526002549181019190915260035460608201526004546001600160401b038082166080840152600160401b808304821660a0850152600160801b8304821660c0850152600160c01b909204811660e084015260055490811661010084015290810461ffff16610120830152600160501b900460ff1661014082015290565b6040516102629190612dc3565b61028f61061d366004612ebb565b611ad0565b61027e610630366004612af3565b611ae6565b61027e610643366004612c7d565b611b02565b61027e610656366004612ef3565b611b86565b61028f7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb181565b61027e610690366004612f2d565b611d65565b61033961dead81565b5f6001600160e01b03198216637965db0b60e01b14806106ce57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6106de82611dea565b60018101549091506001600160401b031642116107165760405163ac26347160e01b8152600481018390526024015b60405180910390fd5b805461ff001916610300178155604051339083907f11ac10c06e5c5a39602ea46cbdb5b7aa5d60fc029c0ddd2198c74860d16802d3905f90a35050565b61075b611e44565b6107857f92a19c77d2ea87c7f81d50c74403cb2f401780f3ad919571121efe2bdb427eb1336112f4565b6107a45760405163440c222960e01b815233600482015260240161070d565b5f6107ae84611dea565b8054909150600160901b90046001600160401b0316421115806107dd575060018101546001600160401b031642115b156107fe5760405163071fba7d60e01b81526004810185905260240161070d565b5f8061080c84860186612fb5565b8454600386015460055493955091935060ff16915f906127109061083b90600160401b900461ffff1684613083565b610845919061309a565b90505f61085282846130b9565b875461ff0019166102001788555f600389018190559091506108758b8689611e7b565b90508a7f62bafae1c8578b7f1b00756a518bbae811f483b5653c84b42fe8707931de5dde888885876040516108ad94939291906130cc565b60405180910390a25f60068660ff16815481106108cc576108cc61312d565b5f9182526020822001546001600160a01b031691505b88518110156109a3578281815181106108fd576108fd61312d565b60200260200101511561099b57816001600160a01b03166340c10f198a838151811061092b5761092b61312d565b6020026020010151670de0b6b3a76400006040518363ffffffff1660e01b815260040161096d9291906001600160a01b03929092168252602082015260400190565b5f604051808303815f87803b158015610984575f5ffd5b505af1158015610996573d5f5f3e3d5ffd5b505050505b6001016108e2565b505f546001600160a01b031683156109cf576001546109cf906001600160a01b03838116911686612048565b84156109eb576109eb6001600160a01b03821661dead87612048565b505050505050505050506109fd61207d565b505050565b5f9081525f5160206134a35f395f51905f52602052604090206001015490565b60408051610160810182525f80546001600160a01b0390811683526001541660208301526002549282019290925260035460608201526004546001600160401b038082166080840152600160401b808304821660a0850152600160801b8304821660c0850152600160c01b909204811660e084015260055490811661010084015290810461ffff16610120830152600160501b900460ff1661014082015281610acc8286866120a7565b90505f610ad98542613141565b90505f8360e0015182610aec9190613141565b90505f84610100015182610b009190613141565b905060075f8154610b1090613160565b9182905550604080516101408101825260ff8b81168252600160208084019182526001600160401b038d81168587015289811660608601528881166080860152871660a08501525f60c0850181905260e085018190526101008086018c9052610120860182905287825260099092529490942083518154931660ff198416811782559151959b5092949293849261ffff191690911790836003811115610bb857610bb8612b4c565b02179055506040828101518254606085015160808601516001600160401b03908116600160901b0267ffffffffffffffff60901b19928216600160501b0267ffffffffffffffff60501b1995831662010000029590951671ffffffffffffffffffffffffffffffff00001990941693909317939093171617835560a084015160018401805460c087015160e088015163ffffffff908116600160601b0263ffffffff60601b1991909216600160401b026bffffffffffffffffffffffff199093169490951693909317179290921617905561010083015160028301556101209092015160039091015551339060ff8a169088907fa8ecc184dea39738ecc340a1099e6f41e248f71a15d6647b6086730a163da50e90610d0d908c908a908a908a908a906001600160401b0395861681526020810194909452918416604084015283166060830152909116608082015260a00190565b60405180910390a4505050505092915050565b610d2982610a02565b610d328161215d565b610d3c838361216a565b50505050565b610d4a612212565b60408051610160810182525f546001600160a01b0390811682526001541660208201526004546001600160401b03600160401b808304821660a0850152600160801b8304821660c0850152600160c01b909204811660e084015260055480821661010085015291820461ffff16610120840152600160501b90910460ff166101408301528316608082015260608101849052908101849052610deb8161225b565b6004805467ffffffffffffffff19166001600160401b038416908117909155600384905560028590556040805186815260208101869052908101919091527f5ea3dbfc3acecdd272ef7c884b8cd8c7750fcd6e4537a795cf36c097d5a883199060600160405180910390a150505050565b6001600160a01b0381163314610e855760405163334bd91960e11b815260040160405180910390fd5b6109fd8282612584565b60408051610160810182525f80546001600160a01b0390811683526001541660208301526002549282019290925260035460608201526004546001600160401b038082166080840152600160401b808304821660a0850152600160801b8304821660c0850152600160c01b909204811660e084015260055490811661010084015290810461ffff16610120830152600160501b900460ff16610140820152610f389084846120a7565b9392505050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152610f98826125fd565b604080516101408101909152815460ff808216835291929160208401916101009004166003811115610fcc57610fcc612b4c565b6003811115610fdd57610fdd612b4c565b815281546001600160401b0362010000820481166020840152600160501b820481166040840152600160901b909104811660608301526001830154908116608083015263ffffffff600160401b8204811660a0840152600160601b9091041660c0820152600282015460e08201526003909101546101009091015292915050565b611066611e44565b5f611070836125fd565b905060038154610100900460ff16600381111561108f5761108f612b4c565b146110bb578054604051630491db3360e31b815261070d91859161010090910460ff1690600401613178565b5f838152600a602090815260408083206001600160a01b038616845290915290206001815460ff1660038111156110f4576110f4612b4c565b1415801561111857506002815460ff16600381111561111557611115612b4c565b14155b1561114857604051633a2600e160e21b8152600481018590526001600160a01b038416602482015260440161070d565b6002820154815460ff191660039081178355830180548291905f9061116e9084906130b9565b90915550506040518181526001600160a01b0385169086907fb7dd35ffacee58a9bc5e39cac7a86bfba92d2e260bc9d38f7e8e648d2683ddb69060200160405180910390a380156111cf575f546111cf906001600160a01b03168583612048565b5050506111da61207d565b5050565b5f60ff821615806111f3575060065460ff8316115b156112165760405163c2449a4360e01b815260ff8316600482015260240161070d565b6006611223600184613195565b60ff16815481106112365761123661312d565b5f918252602090912001546001600160a01b031692915050565b60408051608080820183525f808352602080840182905283850182905260608401829052868252600a81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff1660038111156112b3576112b3612b4c565b60038111156112c4576112c4612b4c565b81528154610100900460ff1615156020820152600182015460408201526002909101546060909101529392505050565b5f9182525f5160206134a35f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60408051610160810182525f80546001600160a01b0390811683526001541660208301526002549282019290925260035460608201526004546001600160401b038082166080840152600160401b808304821660a0850152600160801b8304821660c0850152600160c01b909204811660e084015260055490811661010084015290810461ffff16610120830152600160501b900460ff908116610140830181905290841611156113f3576040516352bcd3f560e11b815260ff8416600482015260240161070d565b670de0b6b3a76400005f5b8460ff168110156114515761141883838560c00151612647565b61142290856131ae565b9350670de0b6b3a764000083606001518361143d9190613083565b611447919061309a565b91506001016113fe565b505050919050565b5f611462612695565b805490915060ff600160401b82041615906001600160401b03165f811580156114885750825b90505f826001600160401b031660011480156114a35750303b155b9050811580156114b1575080155b156114cf5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156114f957845460ff60401b1916600160401b1785555b5f61150760208c018c612c7d565b6001600160a01b0316148061152357506001600160a01b038716155b1561154157604051635c91ae4d60e01b815260040160405180910390fd5b611558611553368c90038c018c6131c1565b61225b565b61156a6101608b016101408c01612c62565b60ff1688146115ab576115856101608b016101408c01612c62565b60405163399ea47160e21b815260ff90911660048201526024810189905260440161070d565b5f5b8881101561160c575f8a8a838181106115c8576115c861312d565b90506020020160208101906115dd9190612c7d565b6001600160a01b03160361160457604051635c91ae4d60e01b815260040160405180910390fd5b6001016115ad565b506116156126bd565b895f61162182826132e0565b50611630905060068a8a61293d565b5061163b5f8861216a565b506116667f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb18861216a565b506001600160a01b038616156116a2576116a07f92a19c77d2ea87c7f81d50c74403cb2f401780f3ad919571121efe2bdb427eb18761216a565b505b83156116e857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b5f6116fe84611dea565b8054909150600160501b90046001600160401b03164211158061173157508054600160901b90046001600160401b031642115b156117525760405163597ef15760e11b81526004810185905260240161070d565b5f848152600a6020908152604080832033845290915290206001815460ff16600381111561178257611782612b4c565b146117a957604051634156de7360e01b81526004810186905233602482015260440161070d565b80600101546117ba338787876126c5565b146117e157604051630dd9012560e01b81526004810186905233602482015260440161070d565b805460ff191660029081178255810183905560018281018054600c9061181690849063ffffffff600160601b9091041661346d565b92506101000a81548163ffffffff021916908363ffffffff160217905550336001600160a01b0316857fb69d57a06c419ec158451461be438939355747d816354dcb7a1ba88354db426a8560405161187091815260200190565b60405180910390a35050505050565b611887612212565b60408051610160810182525f546001600160a01b0390811682526001541660208201526002549181019190915260035460608201526004546001600160401b038082166080840152600160c01b909104811660e0830152600554808216610100840152600160401b810461ffff16610120840152600160501b900460ff1661014083015282811660c0830152831660a08201526119238161225b565b6004805477ffffffffffffffffffffffffffffffff00000000000000001916600160801b6001600160401b0385811691820267ffffffffffffffff60401b191692909217600160401b928716928302179092556040805191825260208201929092527f6174ae30fc2b0dc122d46a32aa6d0c294c058db17b2ccec412cc06b21dcf755791015b60405180910390a1505050565b6119be612212565b60408051610160810182525f546001600160a01b0390811682526001541660208201526002549181019190915260035460608201526004546001600160401b038082166080840152600160401b808304821660a0850152600160801b909204811660c084015260055491820461ffff16610120840152600160501b90910460ff16610140830152828116610100830152831660e0820152611a5e8161225b565b6005805467ffffffffffffffff19166001600160401b03848116918217909255600480546001600160c01b0316600160c01b9387169384021790556040805192835260208301919091527f64b5d7ca7f5a8725379f084eb83eb6ed9908e8212ba6d5eed4636bd88352ad0591016119a9565b5f611add858585856126c5565b95945050505050565b611aef82610a02565b611af88161215d565b610d3c8383612584565b611b0a612212565b6001600160a01b038116611b3157604051635c91ae4d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f906020015b60405180910390a150565b611b8e611e44565b5f611b9883611dea565b8054909150600160501b90046001600160401b0316421115611bd05760405163266c2f0160e21b81526004810184905260240161070d565b335f90815260086020526040902054815460ff91821691168114611c1d5781546040516301b5b8b160e31b815233600482015260ff8084166024830152909116604482015260640161070d565b82611c3a57604051620386c560e51b815260040160405180910390fd5b5f848152600a60209081526040808320338452909152812090815460ff166003811115611c6957611c69612b4c565b14611c905760405163d2dbfac960e01b81526004810186905233602482015260440161070d565b6002830154815460ff1916600190811783558083018690558085018054600890611cc990849063ffffffff600160401b9091041661346d565b92506101000a81548163ffffffff021916908363ffffffff16021790555080846003015f828254611cfa91906131ae565b90915550506040805186815260208101839052339188917f8b3457ccb702ce0be80a4902b7ed998ca53a2ff8833b7dbffa1293bb453cf08a910160405180910390a38015611d59575f54611d59906001600160a01b031633308461271d565b505050506111da61207d565b611d6d612212565b61271061ffff82161115611d9a576040516305cbeddb60e21b815261ffff8216600482015260240161070d565b6005805461ffff60401b1916600160401b61ffff8416908102919091179091556040519081527fd949768ce9d1cd66220761a45b087d22bb87575cd05a1a61448cecd328a2764990602001611b7b565b5f611df4826125fd565b905060018154610100900460ff166003811115611e1357611e13612b4c565b14611e3f578054604051630491db3360e31b815261070d91849161010090910460ff1690600401613178565b919050565b611e4c612753565b611e7960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612793565b565b606081516001600160401b03811115611e9657611e96612f48565b604051908082528060200260200182016040528015611ebf578160200160208202803683370190505b5090505f611ece846001613489565b90505f5b835181101561203f575f848281518110611eee57611eee61312d565b6020908102919091018101515f898152600a835260408082206001600160a01b0384168352909352919091209091506002815460ff166003811115611f3557611f35612b4c565b141580611f4857508054610100900460ff165b15611f7857604051630b66c78360e01b8152600481018990526001600160a01b038316602482015260440161070d565b805461ff0019166101001781556001600160a01b0382165f9081526008602052604090205460ff888116911603612035576001600160a01b0382165f908152600860205260409020805460ff191660ff86161790558451600190869085908110611fe457611fe461312d565b91151560209283029190910182015260405160ff8616815289916001600160a01b038516917f696812a7e798715444f323cfce0036f9e68eb080a24958c386223b5ef0609b2a910160405180910390a35b5050600101611ed2565b50509392505050565b612055838383600161279a565b6109fd57604051635274afe760e01b81526001600160a01b038416600482015260240161070d565b611e795f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e73565b5f83610140015160ff168360ff16106120d8576040516352bcd3f560e11b815260ff8416600482015260240161070d565b8360a001516001600160401b0316826001600160401b0316108061211157508360c001516001600160401b0316826001600160401b0316115b1561213a576040516303f2172760e21b81526001600160401b038316600482015260240161070d565b6121558461214f86606001518660ff166127fc565b84612647565b949350505050565b6121678133612836565b50565b5f5f5160206134a35f395f51905f5261218384846112f4565b612202575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556121b83390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506106ce565b5f9150506106ce565b5092915050565b61223c7f71840dc4906352362b0cdaf79870196c8e42acafade72d5d5a6d59291253ceb1336112f4565b611e7957604051635105eba960e11b815233600482015260240161070d565b60208101516001600160a01b031661228657604051635c91ae4d60e01b815260040160405180910390fd5b61014081015160ff1615806122a65750602060ff1681610140015160ff16115b156122d05761014081015160405163396649ef60e11b815260ff909116600482015260240161070d565b670de0b6b3a764000081606001511115806122f6575067de0b6b3a764000008160600151115b1561231c578060600151604051635d42421160e11b815260040161070d91815260200190565b80604001515f0361234057604051630acfea6960e11b815260040160405180910390fd5b60808101516001600160401b0316158061237357506301e133806001600160401b031681608001516001600160401b0316115b156123a2576080810151604051631b43098560e01b81526001600160401b03909116600482015260240161070d565b60a08101516001600160401b031615806123d557508060c001516001600160401b03168160a001516001600160401b0316115b806123f957506301e133806001600160401b03168160c001516001600160401b0316115b156124345760a081015160c082015160405163f917769960e01b81526001600160401b0392831660048201529116602482015260440161070d565b60e08101516001600160401b0316158061246757506301e133806001600160401b03168160e001516001600160401b0316115b8061247e57506101008101516001600160401b0316155b806124a357506301e133806001600160401b03168161010001516001600160401b0316115b156124df5760e08101516101008201516040516314cb8f5760e31b81526001600160401b0392831660048201529116602482015260440161070d565b61271061ffff1681610120015161ffff16111561251c576101208101516040516305cbeddb60e21b815261ffff909116600482015260240161070d565b5f5f612541836040015161253c856060015186610140015160ff166127fc565b61286f565b915091508115612566576125628184608001516001600160401b031661286f565b5091505b816109fd5760405163fd57469d60e01b815260040160405180910390fd5b5f5f5160206134a35f395f51905f5261259d84846112f4565b15612202575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506106ce565b5f818152600960205260408120908154610100900460ff16600381111561262657612626612b4c565b03611e3f57604051634a3485c360e11b81526004810183905260240161070d565b5f612663670de0b6b3a76400006001600160401b038416613083565b84608001516001600160401b03168486604001516126819190613083565b61268b9190613083565b612155919061309a565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006106ce565b611e79612892565b604080516001600160a01b038616602082015290810184905260608101839052608081018290523060a08201524660c08201525f9060e001604051602081830303815290604052805190602001209050949350505050565b61272b8484848460016128b7565b610d3c57604051635274afe760e01b81526001600160a01b038516600482015260240161070d565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e7957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166127f05783831516156127e4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b670de0b6b3a76400005f5b8281101561220b57670de0b6b3a76400006128228584613083565b61282c919061309a565b9150600101612807565b61284082826112f4565b6111da5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161070d565b8181028281048214831517905f9061288683151590565b81029150509250929050565b61289a612924565b611e7957604051631afcd79f60e31b815260040160405180910390fd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612913578383151615612907573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f61292d612695565b54600160401b900460ff16919050565b828054828255905f5260205f2090810192821561298e579160200282015b8281111561298e5781546001600160a01b0319166001600160a01b0384351617825560209092019160019091019061295b565b5061299a92915061299e565b5090565b5b8082111561299a575f815560010161299f565b5f602082840312156129c2575f5ffd5b81356001600160e01b031981168114610f38575f5ffd5b5f602082840312156129e9575f5ffd5b5035919050565b5f5f5f60408486031215612a02575f5ffd5b8335925060208401356001600160401b03811115612a1e575f5ffd5b8401601f81018613612a2e575f5ffd5b80356001600160401b03811115612a43575f5ffd5b866020828401011115612a54575f5ffd5b939660209190910195509293505050565b60ff81168114612167575f5ffd5b8035611e3f81612a65565b6001600160401b0381168114612167575f5ffd5b8035611e3f81612a7e565b5f5f60408385031215612aae575f5ffd5b8235612ab981612a65565b91506020830135612ac981612a7e565b809150509250929050565b6001600160a01b0381168114612167575f5ffd5b8035611e3f81612ad4565b5f5f60408385031215612b04575f5ffd5b823591506020830135612ac981612ad4565b5f5f5f60608486031215612b28575f5ffd5b83359250602084013591506040840135612b4181612a7e565b809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b6004811061216757634e487b7160e01b5f52602160045260245ffd5b612b8581612b60565b9052565b815160ff16815261014081016020830151612ba76020840182612b7c565b506040830151612bc260408401826001600160401b03169052565b506060830151612bdd60608401826001600160401b03169052565b506080830151612bf860808401826001600160401b03169052565b5060a0830151612c1360a08401826001600160401b03169052565b5060c0830151612c2b60c084018263ffffffff169052565b5060e0830151612c4360e084018263ffffffff169052565b5061010083015161010083015261012083015161012083015292915050565b5f60208284031215612c72575f5ffd5b8135610f3881612a65565b5f60208284031215612c8d575f5ffd5b8135610f3881612ad4565b81516080820190612ca881612b60565b80835250602083015115156020830152604083015160408301526060830151606083015292915050565b5f5f5f5f5f8587036101c0811215612ce8575f5ffd5b610160811215612cf6575f5ffd5b508594506101608601356001600160401b03811115612d13575f5ffd5b8601601f81018813612d23575f5ffd5b80356001600160401b03811115612d38575f5ffd5b8860208260051b8401011115612d4c575f5ffd5b60209190910194509250612d636101808701612ae8565b9150612d726101a08701612ae8565b90509295509295909350565b5f5f5f60608486031215612d90575f5ffd5b505081359360208301359350604090920135919050565b5f5f60408385031215612db8575f5ffd5b8235612ab981612a7e565b81516001600160a01b0316815261016081016020830151612def60208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151612e1e60808401826001600160401b03169052565b5060a0830151612e3960a08401826001600160401b03169052565b5060c0830151612e5460c08401826001600160401b03169052565b5060e0830151612e6f60e08401826001600160401b03169052565b50610100830151612e8c6101008401826001600160401b03169052565b50610120830151612ea461012084018261ffff169052565b5061014083015161220b61014084018260ff169052565b5f5f5f5f60808587031215612ece575f5ffd5b8435612ed981612ad4565b966020860135965060408601359560600135945092505050565b5f5f60408385031215612f04575f5ffd5b50508035926020909101359150565b61ffff81168114612167575f5ffd5b8035611e3f81612f13565b5f60208284031215612f3d575f5ffd5b8135610f3881612f13565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b0381118282101715612f7f57612f7f612f48565b60405290565b604051601f8201601f191681016001600160401b0381118282101715612fad57612fad612f48565b604052919050565b5f5f60408385031215612fc6575f5ffd5b82356001600160401b03811115612fdb575f5ffd5b8301601f81018513612feb575f5ffd5b80356001600160401b0381111561300457613004612f48565b8060051b61301460208201612f85565b9182526020818401810192908101908884111561302f575f5ffd5b6020850194505b8385101561305d578435925061304b83612ad4565b82825260209485019490910190613036565b98602097909701359750505050505050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176106ce576106ce61306f565b5f826130b457634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156106ce576106ce61306f565b608080825285519082018190525f90602087019060a0840190835b8181101561310e5783516001600160a01b03168352602093840193909201916001016130e7565b5050602084019690965250506040810192909252606090910152919050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0381811683821601908111156106ce576106ce61306f565b5f600182016131715761317161306f565b5060010190565b8281526040810161318883612b60565b8260208301529392505050565b60ff82811682821603908111156106ce576106ce61306f565b808201808211156106ce576106ce61306f565b5f6101608284031280156131d3575f5ffd5b506131dc612f5c565b6131e583612ae8565b81526131f360208401612ae8565b6020820152604083810135908201526060808401359082015261321860808401612a92565b608082015261322960a08401612a92565b60a082015261323a60c08401612a92565b60c082015261324b60e08401612a92565b60e082015261325d6101008401612a92565b6101008201526132706101208401612f22565b6101208201526132836101408401612a73565b6101408201529392505050565b5f81356106ce81612ad4565b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f81356106ce81612a7e565b5f81356106ce81612f13565b5f81356106ce81612a65565b6132f26132ec83613290565b8261329c565b61330a61330160208401613290565b6001830161329c565b60408201356002820155606082013560038201556004810161334f613331608085016132bc565b825467ffffffffffffffff19166001600160401b0391909116178255565b61338b61335e60a085016132bc565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b6133c661339a60c085016132bc565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b6133f96133d560e085016132bc565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b506005810161340e61333161010085016132bc565b61343f61341e61012085016132c8565b825461ffff60401b191660409190911b69ffff000000000000000016178255565b6109fd61344f61014085016132d4565b82805460ff60501b191660509290921b60ff60501b16919091179055565b63ffffffff81811683821601908111156106ce576106ce61306f565b60ff81811683821601908111156106ce576106ce61306f56fe02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800",
}

// CapabilityLadder is an auto generated Go binding around an Ethereum contract.
type CapabilityLadder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CapabilityLadder) GetABI() abi.ABI {
	return c.abi
}

// NewCapabilityLadder creates a new instance of CapabilityLadder.
func NewCapabilityLadder() *CapabilityLadder {
	parsed, err := CapabilityLadderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CapabilityLadder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CapabilityLadder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (capabilityLadder *CapabilityLadder) PackBPS() []byte {
	enc, err := capabilityLadder.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (capabilityLadder *CapabilityLadder) TryPackBPS() ([]byte, error) {
	return capabilityLadder.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (capabilityLadder *CapabilityLadder) UnpackBPS(data []byte) (uint16, error) {
	out, err := capabilityLadder.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (capabilityLadder *CapabilityLadder) PackBURNADDRESS() []byte {
	enc, err := capabilityLadder.abi.Pack("BURN_ADDRESS")
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
func (capabilityLadder *CapabilityLadder) TryPackBURNADDRESS() ([]byte, error) {
	return capabilityLadder.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (capabilityLadder *CapabilityLadder) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := capabilityLadder.abi.Unpack("BURN_ADDRESS", data)
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
func (capabilityLadder *CapabilityLadder) PackDEFAULTADMINROLE() []byte {
	enc, err := capabilityLadder.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (capabilityLadder *CapabilityLadder) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return capabilityLadder.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := capabilityLadder.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) PackGOVERNANCEROLE() []byte {
	enc, err := capabilityLadder.abi.Pack("GOVERNANCE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) TryPackGOVERNANCEROLE() ([]byte, error) {
	return capabilityLadder.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := capabilityLadder.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKMAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1914684b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function K_MAX() view returns(uint256)
func (capabilityLadder *CapabilityLadder) PackKMAX() []byte {
	enc, err := capabilityLadder.abi.Pack("K_MAX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKMAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1914684b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function K_MAX() view returns(uint256)
func (capabilityLadder *CapabilityLadder) TryPackKMAX() ([]byte, error) {
	return capabilityLadder.abi.Pack("K_MAX")
}

// UnpackKMAX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1914684b.
//
// Solidity: function K_MAX() view returns(uint256)
func (capabilityLadder *CapabilityLadder) UnpackKMAX(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("K_MAX", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLATREWARD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41847409.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LAT_REWARD() view returns(uint256)
func (capabilityLadder *CapabilityLadder) PackLATREWARD() []byte {
	enc, err := capabilityLadder.abi.Pack("LAT_REWARD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLATREWARD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41847409.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LAT_REWARD() view returns(uint256)
func (capabilityLadder *CapabilityLadder) TryPackLATREWARD() ([]byte, error) {
	return capabilityLadder.abi.Pack("LAT_REWARD")
}

// UnpackLATREWARD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41847409.
//
// Solidity: function LAT_REWARD() view returns(uint256)
func (capabilityLadder *CapabilityLadder) UnpackLATREWARD(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("LAT_REWARD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (capabilityLadder *CapabilityLadder) PackMAXDURATION() []byte {
	enc, err := capabilityLadder.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (capabilityLadder *CapabilityLadder) TryPackMAXDURATION() ([]byte, error) {
	return capabilityLadder.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (capabilityLadder *CapabilityLadder) UnpackMAXDURATION(data []byte) (uint64, error) {
	out, err := capabilityLadder.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRANKMAXLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23bab929.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RANK_MAX_LIMIT() view returns(uint8)
func (capabilityLadder *CapabilityLadder) PackRANKMAXLIMIT() []byte {
	enc, err := capabilityLadder.abi.Pack("RANK_MAX_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRANKMAXLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23bab929.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RANK_MAX_LIMIT() view returns(uint8)
func (capabilityLadder *CapabilityLadder) TryPackRANKMAXLIMIT() ([]byte, error) {
	return capabilityLadder.abi.Pack("RANK_MAX_LIMIT")
}

// UnpackRANKMAXLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23bab929.
//
// Solidity: function RANK_MAX_LIMIT() view returns(uint8)
func (capabilityLadder *CapabilityLadder) UnpackRANKMAXLIMIT(data []byte) (uint8, error) {
	out, err := capabilityLadder.abi.Unpack("RANK_MAX_LIMIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRESOLVERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78fab260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESOLVER_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) PackRESOLVERROLE() []byte {
	enc, err := capabilityLadder.abi.Pack("RESOLVER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESOLVERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78fab260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESOLVER_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) TryPackRESOLVERROLE() ([]byte, error) {
	return capabilityLadder.abi.Pack("RESOLVER_ROLE")
}

// UnpackRESOLVERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78fab260.
//
// Solidity: function RESOLVER_ROLE() view returns(bytes32)
func (capabilityLadder *CapabilityLadder) UnpackRESOLVERROLE(data []byte) ([32]byte, error) {
	out, err := capabilityLadder.abi.Unpack("RESOLVER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a146024.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WAD() view returns(uint256)
func (capabilityLadder *CapabilityLadder) PackWAD() []byte {
	enc, err := capabilityLadder.abi.Pack("WAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a146024.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WAD() view returns(uint256)
func (capabilityLadder *CapabilityLadder) TryPackWAD() ([]byte, error) {
	return capabilityLadder.abi.Pack("WAD")
}

// UnpackWAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (capabilityLadder *CapabilityLadder) UnpackWAD(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("WAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aebeb4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function close(uint256 id) returns()
func (capabilityLadder *CapabilityLadder) PackClose(id *big.Int) []byte {
	enc, err := capabilityLadder.abi.Pack("close", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aebeb4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function close(uint256 id) returns()
func (capabilityLadder *CapabilityLadder) TryPackClose(id *big.Int) ([]byte, error) {
	return capabilityLadder.abi.Pack("close", id)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 id, bytes32 commitment) returns()
func (capabilityLadder *CapabilityLadder) PackCommit(id *big.Int, commitment [32]byte) []byte {
	enc, err := capabilityLadder.abi.Pack("commit", id, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 id, bytes32 commitment) returns()
func (capabilityLadder *CapabilityLadder) TryPackCommit(id *big.Int, commitment [32]byte) ([]byte, error) {
	return capabilityLadder.abi.Pack("commit", id, commitment)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd178a935.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(address entrant, uint256 id, bytes32 salt, bytes32 payload) view returns(bytes32)
func (capabilityLadder *CapabilityLadder) PackCommitmentOf(entrant common.Address, id *big.Int, salt [32]byte, payload [32]byte) []byte {
	enc, err := capabilityLadder.abi.Pack("commitmentOf", entrant, id, salt, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd178a935.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(address entrant, uint256 id, bytes32 salt, bytes32 payload) view returns(bytes32)
func (capabilityLadder *CapabilityLadder) TryPackCommitmentOf(entrant common.Address, id *big.Int, salt [32]byte, payload [32]byte) ([]byte, error) {
	return capabilityLadder.abi.Pack("commitmentOf", entrant, id, salt, payload)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd178a935.
//
// Solidity: function commitmentOf(address entrant, uint256 id, bytes32 salt, bytes32 payload) view returns(bytes32)
func (capabilityLadder *CapabilityLadder) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := capabilityLadder.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCompetition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7747c993.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function competition(uint256 id) view returns((uint8,uint8,uint64,uint64,uint64,uint64,uint32,uint32,uint256,uint256))
func (capabilityLadder *CapabilityLadder) PackCompetition(id *big.Int) []byte {
	enc, err := capabilityLadder.abi.Pack("competition", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompetition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7747c993.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function competition(uint256 id) view returns((uint8,uint8,uint64,uint64,uint64,uint64,uint32,uint32,uint256,uint256))
func (capabilityLadder *CapabilityLadder) TryPackCompetition(id *big.Int) ([]byte, error) {
	return capabilityLadder.abi.Pack("competition", id)
}

// UnpackCompetition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7747c993.
//
// Solidity: function competition(uint256 id) view returns((uint8,uint8,uint64,uint64,uint64,uint64,uint32,uint32,uint256,uint256))
func (capabilityLadder *CapabilityLadder) UnpackCompetition(data []byte) (ICapabilityLadderCompetition, error) {
	out, err := capabilityLadder.abi.Unpack("competition", data)
	if err != nil {
		return *new(ICapabilityLadderCompetition), err
	}
	out0 := *abi.ConvertType(out[0], new(ICapabilityLadderCompetition)).(*ICapabilityLadderCompetition)
	return out0, nil
}

// PackCompetitionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1681770.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function competitionCount() view returns(uint256)
func (capabilityLadder *CapabilityLadder) PackCompetitionCount() []byte {
	enc, err := capabilityLadder.abi.Pack("competitionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompetitionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1681770.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function competitionCount() view returns(uint256)
func (capabilityLadder *CapabilityLadder) TryPackCompetitionCount() ([]byte, error) {
	return capabilityLadder.abi.Pack("competitionCount")
}

// UnpackCompetitionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1681770.
//
// Solidity: function competitionCount() view returns(uint256)
func (capabilityLadder *CapabilityLadder) UnpackCompetitionCount(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("competitionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEntryCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e70a770.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entryCost(uint8 rank, uint64 window) view returns(uint256)
func (capabilityLadder *CapabilityLadder) PackEntryCost(rank uint8, window uint64) []byte {
	enc, err := capabilityLadder.abi.Pack("entryCost", rank, window)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntryCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e70a770.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entryCost(uint8 rank, uint64 window) view returns(uint256)
func (capabilityLadder *CapabilityLadder) TryPackEntryCost(rank uint8, window uint64) ([]byte, error) {
	return capabilityLadder.abi.Pack("entryCost", rank, window)
}

// UnpackEntryCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e70a770.
//
// Solidity: function entryCost(uint8 rank, uint64 window) view returns(uint256)
func (capabilityLadder *CapabilityLadder) UnpackEntryCost(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("entryCost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEntryOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b2a2aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entryOf(uint256 id, address account) view returns((uint8,bool,bytes32,bytes32))
func (capabilityLadder *CapabilityLadder) PackEntryOf(id *big.Int, account common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("entryOf", id, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntryOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b2a2aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entryOf(uint256 id, address account) view returns((uint8,bool,bytes32,bytes32))
func (capabilityLadder *CapabilityLadder) TryPackEntryOf(id *big.Int, account common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("entryOf", id, account)
}

// UnpackEntryOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87b2a2aa.
//
// Solidity: function entryOf(uint256 id, address account) view returns((uint8,bool,bytes32,bytes32))
func (capabilityLadder *CapabilityLadder) UnpackEntryOf(data []byte) (ICapabilityLadderEntry, error) {
	out, err := capabilityLadder.abi.Unpack("entryOf", data)
	if err != nil {
		return *new(ICapabilityLadderEntry), err
	}
	out0 := *abi.ConvertType(out[0], new(ICapabilityLadderEntry)).(*ICapabilityLadderEntry)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (capabilityLadder *CapabilityLadder) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := capabilityLadder.abi.Pack("getRoleAdmin", role)
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
func (capabilityLadder *CapabilityLadder) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return capabilityLadder.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (capabilityLadder *CapabilityLadder) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := capabilityLadder.abi.Unpack("getRoleAdmin", data)
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
func (capabilityLadder *CapabilityLadder) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("grantRole", role, account)
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
func (capabilityLadder *CapabilityLadder) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (capabilityLadder *CapabilityLadder) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("hasRole", role, account)
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
func (capabilityLadder *CapabilityLadder) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (capabilityLadder *CapabilityLadder) UnpackHasRole(data []byte) (bool, error) {
	out, err := capabilityLadder.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaed28b01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize((address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8) p, address[] lats, address governance, address resolver) returns()
func (capabilityLadder *CapabilityLadder) PackInitialize(p ICapabilityLadderParams, lats []common.Address, governance common.Address, resolver common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("initialize", p, lats, governance, resolver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaed28b01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize((address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8) p, address[] lats, address governance, address resolver) returns()
func (capabilityLadder *CapabilityLadder) TryPackInitialize(p ICapabilityLadderParams, lats []common.Address, governance common.Address, resolver common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("initialize", p, lats, governance, resolver)
}

// PackLatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8343e170.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latOf(uint8 tier) view returns(address)
func (capabilityLadder *CapabilityLadder) PackLatOf(tier uint8) []byte {
	enc, err := capabilityLadder.abi.Pack("latOf", tier)
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
func (capabilityLadder *CapabilityLadder) TryPackLatOf(tier uint8) ([]byte, error) {
	return capabilityLadder.abi.Pack("latOf", tier)
}

// UnpackLatOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8343e170.
//
// Solidity: function latOf(uint8 tier) view returns(address)
func (capabilityLadder *CapabilityLadder) UnpackLatOf(data []byte) (common.Address, error) {
	out, err := capabilityLadder.abi.Unpack("latOf", data)
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
// Solidity: function onClaimFinalized(uint256 id, bytes outcome) returns()
func (capabilityLadder *CapabilityLadder) PackOnClaimFinalized(id *big.Int, outcome []byte) []byte {
	enc, err := capabilityLadder.abi.Pack("onClaimFinalized", id, outcome)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnClaimFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198cad53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onClaimFinalized(uint256 id, bytes outcome) returns()
func (capabilityLadder *CapabilityLadder) TryPackOnClaimFinalized(id *big.Int, outcome []byte) ([]byte, error) {
	return capabilityLadder.abi.Pack("onClaimFinalized", id, outcome)
}

// PackOpenCompetition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29fc717e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openCompetition(uint8 rank, uint64 window) returns(uint256 id)
func (capabilityLadder *CapabilityLadder) PackOpenCompetition(rank uint8, window uint64) []byte {
	enc, err := capabilityLadder.abi.Pack("openCompetition", rank, window)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenCompetition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29fc717e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openCompetition(uint8 rank, uint64 window) returns(uint256 id)
func (capabilityLadder *CapabilityLadder) TryPackOpenCompetition(rank uint8, window uint64) ([]byte, error) {
	return capabilityLadder.abi.Pack("openCompetition", rank, window)
}

// UnpackOpenCompetition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29fc717e.
//
// Solidity: function openCompetition(uint8 rank, uint64 window) returns(uint256 id)
func (capabilityLadder *CapabilityLadder) UnpackOpenCompetition(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("openCompetition", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8))
func (capabilityLadder *CapabilityLadder) PackParams() []byte {
	enc, err := capabilityLadder.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8))
func (capabilityLadder *CapabilityLadder) TryPackParams() ([]byte, error) {
	return capabilityLadder.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((address,address,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint16,uint8))
func (capabilityLadder *CapabilityLadder) UnpackParams(data []byte) (ICapabilityLadderParams, error) {
	out, err := capabilityLadder.abi.Unpack("params", data)
	if err != nil {
		return *new(ICapabilityLadderParams), err
	}
	out0 := *abi.ConvertType(out[0], new(ICapabilityLadderParams)).(*ICapabilityLadderParams)
	return out0, nil
}

// PackPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3013ce29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paymentToken() view returns(address)
func (capabilityLadder *CapabilityLadder) PackPaymentToken() []byte {
	enc, err := capabilityLadder.abi.Pack("paymentToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3013ce29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paymentToken() view returns(address)
func (capabilityLadder *CapabilityLadder) TryPackPaymentToken() ([]byte, error) {
	return capabilityLadder.abi.Pack("paymentToken")
}

// UnpackPaymentToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3013ce29.
//
// Solidity: function paymentToken() view returns(address)
func (capabilityLadder *CapabilityLadder) UnpackPaymentToken(data []byte) (common.Address, error) {
	out, err := capabilityLadder.abi.Unpack("paymentToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRankMax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19386ea8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rankMax() view returns(uint8)
func (capabilityLadder *CapabilityLadder) PackRankMax() []byte {
	enc, err := capabilityLadder.abi.Pack("rankMax")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRankMax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19386ea8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rankMax() view returns(uint8)
func (capabilityLadder *CapabilityLadder) TryPackRankMax() ([]byte, error) {
	return capabilityLadder.abi.Pack("rankMax")
}

// UnpackRankMax is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19386ea8.
//
// Solidity: function rankMax() view returns(uint8)
func (capabilityLadder *CapabilityLadder) UnpackRankMax(data []byte) (uint8, error) {
	out, err := capabilityLadder.abi.Unpack("rankMax", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRankOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x874c1daf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rankOf(address account) view returns(uint8)
func (capabilityLadder *CapabilityLadder) PackRankOf(account common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("rankOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRankOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x874c1daf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rankOf(address account) view returns(uint8)
func (capabilityLadder *CapabilityLadder) TryPackRankOf(account common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("rankOf", account)
}

// UnpackRankOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x874c1daf.
//
// Solidity: function rankOf(address account) view returns(uint8)
func (capabilityLadder *CapabilityLadder) UnpackRankOf(data []byte) (uint8, error) {
	out, err := capabilityLadder.abi.Unpack("rankOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad226dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 id, address entrant) returns()
func (capabilityLadder *CapabilityLadder) PackRefund(id *big.Int, entrant common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("refund", id, entrant)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad226dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 id, address entrant) returns()
func (capabilityLadder *CapabilityLadder) TryPackRefund(id *big.Int, entrant common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("refund", id, entrant)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (capabilityLadder *CapabilityLadder) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("renounceRole", role, callerConfirmation)
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
func (capabilityLadder *CapabilityLadder) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf697a6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, bytes32 salt, bytes32 payload) returns()
func (capabilityLadder *CapabilityLadder) PackReveal(id *big.Int, salt [32]byte, payload [32]byte) []byte {
	enc, err := capabilityLadder.abi.Pack("reveal", id, salt, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf697a6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 id, bytes32 salt, bytes32 payload) returns()
func (capabilityLadder *CapabilityLadder) TryPackReveal(id *big.Int, salt [32]byte, payload [32]byte) ([]byte, error) {
	return capabilityLadder.abi.Pack("reveal", id, salt, payload)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (capabilityLadder *CapabilityLadder) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("revokeRole", role, account)
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
func (capabilityLadder *CapabilityLadder) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("revokeRole", role, account)
}

// PackSetBurnBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf96681fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBurnBps(uint16 burnBps) returns()
func (capabilityLadder *CapabilityLadder) PackSetBurnBps(burnBps uint16) []byte {
	enc, err := capabilityLadder.abi.Pack("setBurnBps", burnBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBurnBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf96681fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBurnBps(uint16 burnBps) returns()
func (capabilityLadder *CapabilityLadder) TryPackSetBurnBps(burnBps uint16) ([]byte, error) {
	return capabilityLadder.abi.Pack("setBurnBps", burnBps)
}

// PackSetCostParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x317aba00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCostParams(uint256 base, uint256 k, uint64 t0) returns()
func (capabilityLadder *CapabilityLadder) PackSetCostParams(base *big.Int, k *big.Int, t0 uint64) []byte {
	enc, err := capabilityLadder.abi.Pack("setCostParams", base, k, t0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCostParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x317aba00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCostParams(uint256 base, uint256 k, uint64 t0) returns()
func (capabilityLadder *CapabilityLadder) TryPackSetCostParams(base *big.Int, k *big.Int, t0 uint64) ([]byte, error) {
	return capabilityLadder.abi.Pack("setCostParams", base, k, t0)
}

// PackSetPhasePeriods is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc54a42ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod) returns()
func (capabilityLadder *CapabilityLadder) PackSetPhasePeriods(revealPeriod uint64, resolutionPeriod uint64) []byte {
	enc, err := capabilityLadder.abi.Pack("setPhasePeriods", revealPeriod, resolutionPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPhasePeriods is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc54a42ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod) returns()
func (capabilityLadder *CapabilityLadder) TryPackSetPhasePeriods(revealPeriod uint64, resolutionPeriod uint64) ([]byte, error) {
	return capabilityLadder.abi.Pack("setPhasePeriods", revealPeriod, resolutionPeriod)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (capabilityLadder *CapabilityLadder) PackSetTreasury(treasury common.Address) []byte {
	enc, err := capabilityLadder.abi.Pack("setTreasury", treasury)
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
func (capabilityLadder *CapabilityLadder) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return capabilityLadder.abi.Pack("setTreasury", treasury)
}

// PackSetWindowBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbce5dc13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWindowBounds(uint64 tMin, uint64 tMax) returns()
func (capabilityLadder *CapabilityLadder) PackSetWindowBounds(tMin uint64, tMax uint64) []byte {
	enc, err := capabilityLadder.abi.Pack("setWindowBounds", tMin, tMax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWindowBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbce5dc13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWindowBounds(uint64 tMin, uint64 tMax) returns()
func (capabilityLadder *CapabilityLadder) TryPackSetWindowBounds(tMin uint64, tMax uint64) ([]byte, error) {
	return capabilityLadder.abi.Pack("setWindowBounds", tMin, tMax)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (capabilityLadder *CapabilityLadder) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := capabilityLadder.abi.Pack("supportsInterface", interfaceId)
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
func (capabilityLadder *CapabilityLadder) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return capabilityLadder.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (capabilityLadder *CapabilityLadder) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := capabilityLadder.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSybilCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb31516.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sybilCost(uint8 rank) view returns(uint256 total)
func (capabilityLadder *CapabilityLadder) PackSybilCost(rank uint8) []byte {
	enc, err := capabilityLadder.abi.Pack("sybilCost", rank)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSybilCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb31516.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sybilCost(uint8 rank) view returns(uint256 total)
func (capabilityLadder *CapabilityLadder) TryPackSybilCost(rank uint8) ([]byte, error) {
	return capabilityLadder.abi.Pack("sybilCost", rank)
}

// UnpackSybilCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadb31516.
//
// Solidity: function sybilCost(uint8 rank) view returns(uint256 total)
func (capabilityLadder *CapabilityLadder) UnpackSybilCost(data []byte) (*big.Int, error) {
	out, err := capabilityLadder.abi.Unpack("sybilCost", data)
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
func (capabilityLadder *CapabilityLadder) PackTreasury() []byte {
	enc, err := capabilityLadder.abi.Pack("treasury")
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
func (capabilityLadder *CapabilityLadder) TryPackTreasury() ([]byte, error) {
	return capabilityLadder.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (capabilityLadder *CapabilityLadder) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := capabilityLadder.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// CapabilityLadderBurnBpsSet represents a BurnBpsSet event raised by the CapabilityLadder contract.
type CapabilityLadderBurnBpsSet struct {
	BurnBps uint16
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderBurnBpsSetEventName = "BurnBpsSet"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderBurnBpsSet) ContractEventName() string {
	return CapabilityLadderBurnBpsSetEventName
}

// UnpackBurnBpsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BurnBpsSet(uint16 burnBps)
func (capabilityLadder *CapabilityLadder) UnpackBurnBpsSetEvent(log *types.Log) (*CapabilityLadderBurnBpsSet, error) {
	event := "BurnBpsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderBurnBpsSet)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderCompetitionClosed represents a CompetitionClosed event raised by the CapabilityLadder contract.
type CapabilityLadderCompetitionClosed struct {
	Id     *big.Int
	Closer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderCompetitionClosedEventName = "CompetitionClosed"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderCompetitionClosed) ContractEventName() string {
	return CapabilityLadderCompetitionClosedEventName
}

// UnpackCompetitionClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompetitionClosed(uint256 indexed id, address indexed closer)
func (capabilityLadder *CapabilityLadder) UnpackCompetitionClosedEvent(log *types.Log) (*CapabilityLadderCompetitionClosed, error) {
	event := "CompetitionClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderCompetitionClosed)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderCompetitionOpened represents a CompetitionOpened event raised by the CapabilityLadder contract.
type CapabilityLadderCompetitionOpened struct {
	Id              *big.Int
	Rank            uint8
	Opener          common.Address
	Window          uint64
	Fee             *big.Int
	CommitDeadline  uint64
	RevealDeadline  uint64
	ResolveDeadline uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderCompetitionOpenedEventName = "CompetitionOpened"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderCompetitionOpened) ContractEventName() string {
	return CapabilityLadderCompetitionOpenedEventName
}

// UnpackCompetitionOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompetitionOpened(uint256 indexed id, uint8 indexed rank, address indexed opener, uint64 window, uint256 fee, uint64 commitDeadline, uint64 revealDeadline, uint64 resolveDeadline)
func (capabilityLadder *CapabilityLadder) UnpackCompetitionOpenedEvent(log *types.Log) (*CapabilityLadderCompetitionOpened, error) {
	event := "CompetitionOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderCompetitionOpened)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderCompetitionResolved represents a CompetitionResolved event raised by the CapabilityLadder contract.
type CapabilityLadderCompetitionResolved struct {
	Id         *big.Int
	Winners    []common.Address
	Score      *big.Int
	ToTreasury *big.Int
	Burned     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderCompetitionResolvedEventName = "CompetitionResolved"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderCompetitionResolved) ContractEventName() string {
	return CapabilityLadderCompetitionResolvedEventName
}

// UnpackCompetitionResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompetitionResolved(uint256 indexed id, address[] winners, int256 score, uint256 toTreasury, uint256 burned)
func (capabilityLadder *CapabilityLadder) UnpackCompetitionResolvedEvent(log *types.Log) (*CapabilityLadderCompetitionResolved, error) {
	event := "CompetitionResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderCompetitionResolved)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderCostParamsSet represents a CostParamsSet event raised by the CapabilityLadder contract.
type CapabilityLadderCostParamsSet struct {
	Base *big.Int
	K    *big.Int
	T0   uint64
	Raw  *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderCostParamsSetEventName = "CostParamsSet"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderCostParamsSet) ContractEventName() string {
	return CapabilityLadderCostParamsSetEventName
}

// UnpackCostParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CostParamsSet(uint256 base, uint256 k, uint64 t0)
func (capabilityLadder *CapabilityLadder) UnpackCostParamsSetEvent(log *types.Log) (*CapabilityLadderCostParamsSet, error) {
	event := "CostParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderCostParamsSet)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderEntryCommitted represents a EntryCommitted event raised by the CapabilityLadder contract.
type CapabilityLadderEntryCommitted struct {
	Id         *big.Int
	Entrant    common.Address
	Commitment [32]byte
	Fee        *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderEntryCommittedEventName = "EntryCommitted"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderEntryCommitted) ContractEventName() string {
	return CapabilityLadderEntryCommittedEventName
}

// UnpackEntryCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EntryCommitted(uint256 indexed id, address indexed entrant, bytes32 commitment, uint256 fee)
func (capabilityLadder *CapabilityLadder) UnpackEntryCommittedEvent(log *types.Log) (*CapabilityLadderEntryCommitted, error) {
	event := "EntryCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderEntryCommitted)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderEntryRefunded represents a EntryRefunded event raised by the CapabilityLadder contract.
type CapabilityLadderEntryRefunded struct {
	Id      *big.Int
	Entrant common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderEntryRefundedEventName = "EntryRefunded"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderEntryRefunded) ContractEventName() string {
	return CapabilityLadderEntryRefundedEventName
}

// UnpackEntryRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EntryRefunded(uint256 indexed id, address indexed entrant, uint256 amount)
func (capabilityLadder *CapabilityLadder) UnpackEntryRefundedEvent(log *types.Log) (*CapabilityLadderEntryRefunded, error) {
	event := "EntryRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderEntryRefunded)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderEntryRevealed represents a EntryRevealed event raised by the CapabilityLadder contract.
type CapabilityLadderEntryRevealed struct {
	Id      *big.Int
	Entrant common.Address
	Payload [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderEntryRevealedEventName = "EntryRevealed"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderEntryRevealed) ContractEventName() string {
	return CapabilityLadderEntryRevealedEventName
}

// UnpackEntryRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EntryRevealed(uint256 indexed id, address indexed entrant, bytes32 payload)
func (capabilityLadder *CapabilityLadder) UnpackEntryRevealedEvent(log *types.Log) (*CapabilityLadderEntryRevealed, error) {
	event := "EntryRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderEntryRevealed)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderInitialized represents a Initialized event raised by the CapabilityLadder contract.
type CapabilityLadderInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderInitialized) ContractEventName() string {
	return CapabilityLadderInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (capabilityLadder *CapabilityLadder) UnpackInitializedEvent(log *types.Log) (*CapabilityLadderInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderInitialized)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderPhasePeriodsSet represents a PhasePeriodsSet event raised by the CapabilityLadder contract.
type CapabilityLadderPhasePeriodsSet struct {
	RevealPeriod     uint64
	ResolutionPeriod uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderPhasePeriodsSetEventName = "PhasePeriodsSet"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderPhasePeriodsSet) ContractEventName() string {
	return CapabilityLadderPhasePeriodsSetEventName
}

// UnpackPhasePeriodsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PhasePeriodsSet(uint64 revealPeriod, uint64 resolutionPeriod)
func (capabilityLadder *CapabilityLadder) UnpackPhasePeriodsSetEvent(log *types.Log) (*CapabilityLadderPhasePeriodsSet, error) {
	event := "PhasePeriodsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderPhasePeriodsSet)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderPromoted represents a Promoted event raised by the CapabilityLadder contract.
type CapabilityLadderPromoted struct {
	Account common.Address
	NewRank uint8
	Id      *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderPromotedEventName = "Promoted"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderPromoted) ContractEventName() string {
	return CapabilityLadderPromotedEventName
}

// UnpackPromotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Promoted(address indexed account, uint8 newRank, uint256 indexed id)
func (capabilityLadder *CapabilityLadder) UnpackPromotedEvent(log *types.Log) (*CapabilityLadderPromoted, error) {
	event := "Promoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderPromoted)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderRoleAdminChanged represents a RoleAdminChanged event raised by the CapabilityLadder contract.
type CapabilityLadderRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderRoleAdminChanged) ContractEventName() string {
	return CapabilityLadderRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (capabilityLadder *CapabilityLadder) UnpackRoleAdminChangedEvent(log *types.Log) (*CapabilityLadderRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderRoleGranted represents a RoleGranted event raised by the CapabilityLadder contract.
type CapabilityLadderRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderRoleGranted) ContractEventName() string {
	return CapabilityLadderRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (capabilityLadder *CapabilityLadder) UnpackRoleGrantedEvent(log *types.Log) (*CapabilityLadderRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderRoleGranted)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderRoleRevoked represents a RoleRevoked event raised by the CapabilityLadder contract.
type CapabilityLadderRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderRoleRevoked) ContractEventName() string {
	return CapabilityLadderRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (capabilityLadder *CapabilityLadder) UnpackRoleRevokedEvent(log *types.Log) (*CapabilityLadderRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderRoleRevoked)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderTreasurySet represents a TreasurySet event raised by the CapabilityLadder contract.
type CapabilityLadderTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderTreasurySet) ContractEventName() string {
	return CapabilityLadderTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address treasury)
func (capabilityLadder *CapabilityLadder) UnpackTreasurySetEvent(log *types.Log) (*CapabilityLadderTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderTreasurySet)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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

// CapabilityLadderWindowBoundsSet represents a WindowBoundsSet event raised by the CapabilityLadder contract.
type CapabilityLadderWindowBoundsSet struct {
	TMin uint64
	TMax uint64
	Raw  *types.Log // Blockchain specific contextual infos
}

const CapabilityLadderWindowBoundsSetEventName = "WindowBoundsSet"

// ContractEventName returns the user-defined event name.
func (CapabilityLadderWindowBoundsSet) ContractEventName() string {
	return CapabilityLadderWindowBoundsSetEventName
}

// UnpackWindowBoundsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WindowBoundsSet(uint64 tMin, uint64 tMax)
func (capabilityLadder *CapabilityLadder) UnpackWindowBoundsSetEvent(log *types.Log) (*CapabilityLadderWindowBoundsSet, error) {
	event := "WindowBoundsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capabilityLadder.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapabilityLadderWindowBoundsSet)
	if len(log.Data) > 0 {
		if err := capabilityLadder.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capabilityLadder.abi.Events[event].Inputs {
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
func (capabilityLadder *CapabilityLadder) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_AlreadyEntered"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderAlreadyEnteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_CommitmentMismatch"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_CostOverflow"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderCostOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidBurnBps"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidBurnBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidGrowth"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidGrowthError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidPhasePeriods"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidPhasePeriodsError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidRank"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidRankError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidRankMax"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidRankMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidReferenceWindow"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidReferenceWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidTier"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidTierError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidWindow"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidWindowBounds"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidWindowBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_InvalidWinner"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderInvalidWinnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_LatCountMismatch"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderLatCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotCommitted"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotExpired"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotGovernance"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotInCommitPhase"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotInCommitPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotInResolutionPhase"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotInResolutionPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotInRevealPhase"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotInRevealPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NotResolver"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNotResolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_NothingToRefund"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderNothingToRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_RankMismatch"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderRankMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_UnknownCompetition"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderUnknownCompetitionError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_WrongState"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_ZeroAddress"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_ZeroBase"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderZeroBaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["Ladder_ZeroCommitment"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackLadderZeroCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], capabilityLadder.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return capabilityLadder.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CapabilityLadderAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CapabilityLadder contract.
type CapabilityLadderAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CapabilityLadderAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (capabilityLadder *CapabilityLadder) UnpackAccessControlBadConfirmationError(raw []byte) (*CapabilityLadderAccessControlBadConfirmation, error) {
	out := new(CapabilityLadderAccessControlBadConfirmation)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CapabilityLadder contract.
type CapabilityLadderAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CapabilityLadderAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (capabilityLadder *CapabilityLadder) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CapabilityLadderAccessControlUnauthorizedAccount, error) {
	out := new(CapabilityLadderAccessControlUnauthorizedAccount)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderInvalidInitialization represents a InvalidInitialization error raised by the CapabilityLadder contract.
type CapabilityLadderInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func CapabilityLadderInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (capabilityLadder *CapabilityLadder) UnpackInvalidInitializationError(raw []byte) (*CapabilityLadderInvalidInitialization, error) {
	out := new(CapabilityLadderInvalidInitialization)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderAlreadyEntered represents a Ladder_AlreadyEntered error raised by the CapabilityLadder contract.
type CapabilityLadderLadderAlreadyEntered struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_AlreadyEntered(uint256 id, address account)
func CapabilityLadderLadderAlreadyEnteredErrorID() common.Hash {
	return common.HexToHash("0xd2dbfac96d8738526e28f599669b00caff53c9fe04526e48747682ea421da313")
}

// UnpackLadderAlreadyEnteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_AlreadyEntered(uint256 id, address account)
func (capabilityLadder *CapabilityLadder) UnpackLadderAlreadyEnteredError(raw []byte) (*CapabilityLadderLadderAlreadyEntered, error) {
	out := new(CapabilityLadderLadderAlreadyEntered)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_AlreadyEntered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderCommitmentMismatch represents a Ladder_CommitmentMismatch error raised by the CapabilityLadder contract.
type CapabilityLadderLadderCommitmentMismatch struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_CommitmentMismatch(uint256 id, address account)
func CapabilityLadderLadderCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x0dd90125e63c8ba794897879bcaca501afe09cdd97ebbcc632e2c2d4a3d6aec0")
}

// UnpackLadderCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_CommitmentMismatch(uint256 id, address account)
func (capabilityLadder *CapabilityLadder) UnpackLadderCommitmentMismatchError(raw []byte) (*CapabilityLadderLadderCommitmentMismatch, error) {
	out := new(CapabilityLadderLadderCommitmentMismatch)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderCostOverflow represents a Ladder_CostOverflow error raised by the CapabilityLadder contract.
type CapabilityLadderLadderCostOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_CostOverflow()
func CapabilityLadderLadderCostOverflowErrorID() common.Hash {
	return common.HexToHash("0xfd57469d7aa75d2ea27df0192bb279d4a1fcf97b8bdbe299fcdebcba7b31d236")
}

// UnpackLadderCostOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_CostOverflow()
func (capabilityLadder *CapabilityLadder) UnpackLadderCostOverflowError(raw []byte) (*CapabilityLadderLadderCostOverflow, error) {
	out := new(CapabilityLadderLadderCostOverflow)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_CostOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidBurnBps represents a Ladder_InvalidBurnBps error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidBurnBps struct {
	BurnBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidBurnBps(uint16 burnBps)
func CapabilityLadderLadderInvalidBurnBpsErrorID() common.Hash {
	return common.HexToHash("0x172fb76c28469345f32ab1b5f3fbe18de268fea08213603d835e99880c0ee929")
}

// UnpackLadderInvalidBurnBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidBurnBps(uint16 burnBps)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidBurnBpsError(raw []byte) (*CapabilityLadderLadderInvalidBurnBps, error) {
	out := new(CapabilityLadderLadderInvalidBurnBps)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidBurnBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidGrowth represents a Ladder_InvalidGrowth error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidGrowth struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidGrowth(uint256 k)
func CapabilityLadderLadderInvalidGrowthErrorID() common.Hash {
	return common.HexToHash("0xba848422186f98d3100b82a73bf6e3472125f920b41c4e7875d60c9e0d65de2a")
}

// UnpackLadderInvalidGrowthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidGrowth(uint256 k)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidGrowthError(raw []byte) (*CapabilityLadderLadderInvalidGrowth, error) {
	out := new(CapabilityLadderLadderInvalidGrowth)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidGrowth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidPhasePeriods represents a Ladder_InvalidPhasePeriods error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidPhasePeriods struct {
	RevealPeriod     uint64
	ResolutionPeriod uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod)
func CapabilityLadderLadderInvalidPhasePeriodsErrorID() common.Hash {
	return common.HexToHash("0xa65c7ab85ff1d109dcd9d1daac165b85b9e831392dc6ad3cb201bce948c3a909")
}

// UnpackLadderInvalidPhasePeriodsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidPhasePeriodsError(raw []byte) (*CapabilityLadderLadderInvalidPhasePeriods, error) {
	out := new(CapabilityLadderLadderInvalidPhasePeriods)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidPhasePeriods", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidRank represents a Ladder_InvalidRank error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidRank struct {
	Rank uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidRank(uint8 rank)
func CapabilityLadderLadderInvalidRankErrorID() common.Hash {
	return common.HexToHash("0xa579a7eaa0d10938a7986c4fa7afa72ca52462275660f037f2689c2d153edb71")
}

// UnpackLadderInvalidRankError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidRank(uint8 rank)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidRankError(raw []byte) (*CapabilityLadderLadderInvalidRank, error) {
	out := new(CapabilityLadderLadderInvalidRank)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidRank", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidRankMax represents a Ladder_InvalidRankMax error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidRankMax struct {
	RankMax uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidRankMax(uint8 rankMax)
func CapabilityLadderLadderInvalidRankMaxErrorID() common.Hash {
	return common.HexToHash("0x72cc93dee0e044aac16e2ff015e6401d75332a771a4c84dfd446e9aa987f3eb8")
}

// UnpackLadderInvalidRankMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidRankMax(uint8 rankMax)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidRankMaxError(raw []byte) (*CapabilityLadderLadderInvalidRankMax, error) {
	out := new(CapabilityLadderLadderInvalidRankMax)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidRankMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidReferenceWindow represents a Ladder_InvalidReferenceWindow error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidReferenceWindow struct {
	T0 uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidReferenceWindow(uint64 t0)
func CapabilityLadderLadderInvalidReferenceWindowErrorID() common.Hash {
	return common.HexToHash("0x1b430985250020a56b01415888c09b7d2f08d45fe9cf954280a86bc0870b8edd")
}

// UnpackLadderInvalidReferenceWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidReferenceWindow(uint64 t0)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidReferenceWindowError(raw []byte) (*CapabilityLadderLadderInvalidReferenceWindow, error) {
	out := new(CapabilityLadderLadderInvalidReferenceWindow)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidReferenceWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidTier represents a Ladder_InvalidTier error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidTier struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidTier(uint8 tier)
func CapabilityLadderLadderInvalidTierErrorID() common.Hash {
	return common.HexToHash("0xc2449a434082efcf7c126efece5f174a3f3fe6bc0b0d01a563951fb2e91a8ae3")
}

// UnpackLadderInvalidTierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidTier(uint8 tier)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidTierError(raw []byte) (*CapabilityLadderLadderInvalidTier, error) {
	out := new(CapabilityLadderLadderInvalidTier)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidTier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidWindow represents a Ladder_InvalidWindow error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidWindow struct {
	Window uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidWindow(uint64 window)
func CapabilityLadderLadderInvalidWindowErrorID() common.Hash {
	return common.HexToHash("0x0fc85c9cd86e63b262cbd01ebcb9d80fe0a791b3d690b82183949aedcfa5e65a")
}

// UnpackLadderInvalidWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidWindow(uint64 window)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidWindowError(raw []byte) (*CapabilityLadderLadderInvalidWindow, error) {
	out := new(CapabilityLadderLadderInvalidWindow)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidWindowBounds represents a Ladder_InvalidWindowBounds error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidWindowBounds struct {
	TMin uint64
	TMax uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidWindowBounds(uint64 tMin, uint64 tMax)
func CapabilityLadderLadderInvalidWindowBoundsErrorID() common.Hash {
	return common.HexToHash("0xf917769983023fd3f9e8302bd67f70db330b202736b4991159d1f2b297378eaf")
}

// UnpackLadderInvalidWindowBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidWindowBounds(uint64 tMin, uint64 tMax)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidWindowBoundsError(raw []byte) (*CapabilityLadderLadderInvalidWindowBounds, error) {
	out := new(CapabilityLadderLadderInvalidWindowBounds)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidWindowBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderInvalidWinner represents a Ladder_InvalidWinner error raised by the CapabilityLadder contract.
type CapabilityLadderLadderInvalidWinner struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_InvalidWinner(uint256 id, address account)
func CapabilityLadderLadderInvalidWinnerErrorID() common.Hash {
	return common.HexToHash("0x0b66c783b91d3b2342ff87386963dca35eb1877095e9e6c7eb1cca96ea6aa7e9")
}

// UnpackLadderInvalidWinnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_InvalidWinner(uint256 id, address account)
func (capabilityLadder *CapabilityLadder) UnpackLadderInvalidWinnerError(raw []byte) (*CapabilityLadderLadderInvalidWinner, error) {
	out := new(CapabilityLadderLadderInvalidWinner)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_InvalidWinner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderLatCountMismatch represents a Ladder_LatCountMismatch error raised by the CapabilityLadder contract.
type CapabilityLadderLadderLatCountMismatch struct {
	Expected *big.Int
	Actual   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_LatCountMismatch(uint256 expected, uint256 actual)
func CapabilityLadderLadderLatCountMismatchErrorID() common.Hash {
	return common.HexToHash("0xe67a91c4236c66073c952b90ec964588c43b3284bdf75a06acde851b4601a84a")
}

// UnpackLadderLatCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_LatCountMismatch(uint256 expected, uint256 actual)
func (capabilityLadder *CapabilityLadder) UnpackLadderLatCountMismatchError(raw []byte) (*CapabilityLadderLadderLatCountMismatch, error) {
	out := new(CapabilityLadderLadderLatCountMismatch)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_LatCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotCommitted represents a Ladder_NotCommitted error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotCommitted struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotCommitted(uint256 id, address account)
func CapabilityLadderLadderNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x4156de73aa784764702cb8418dd3d9d9b9df6d95460ba15cc24af80b0906ff54")
}

// UnpackLadderNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotCommitted(uint256 id, address account)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotCommittedError(raw []byte) (*CapabilityLadderLadderNotCommitted, error) {
	out := new(CapabilityLadderLadderNotCommitted)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotExpired represents a Ladder_NotExpired error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotExpired struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotExpired(uint256 id)
func CapabilityLadderLadderNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xac2634711ff4efd48674f1b7677b6c8fca62cfa70e52ccb11e5ffa8bdf0c4473")
}

// UnpackLadderNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotExpired(uint256 id)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotExpiredError(raw []byte) (*CapabilityLadderLadderNotExpired, error) {
	out := new(CapabilityLadderLadderNotExpired)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotGovernance represents a Ladder_NotGovernance error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotGovernance(address caller)
func CapabilityLadderLadderNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0xa20bd7523bbe014ee52e2feb7d4d817fac03a7f3b867a5e604fa522482ee16bc")
}

// UnpackLadderNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotGovernance(address caller)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotGovernanceError(raw []byte) (*CapabilityLadderLadderNotGovernance, error) {
	out := new(CapabilityLadderLadderNotGovernance)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotInCommitPhase represents a Ladder_NotInCommitPhase error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotInCommitPhase struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotInCommitPhase(uint256 id)
func CapabilityLadderLadderNotInCommitPhaseErrorID() common.Hash {
	return common.HexToHash("0x99b0bc048a97c71d3a272c9b2a413256287dcb77b108c555c46d03195b8d2ac9")
}

// UnpackLadderNotInCommitPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotInCommitPhase(uint256 id)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotInCommitPhaseError(raw []byte) (*CapabilityLadderLadderNotInCommitPhase, error) {
	out := new(CapabilityLadderLadderNotInCommitPhase)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotInCommitPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotInResolutionPhase represents a Ladder_NotInResolutionPhase error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotInResolutionPhase struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotInResolutionPhase(uint256 id)
func CapabilityLadderLadderNotInResolutionPhaseErrorID() common.Hash {
	return common.HexToHash("0x071fba7ddf9fbfe020ba27f652f2226658fdf022b5e75c0868f82b814b8366e3")
}

// UnpackLadderNotInResolutionPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotInResolutionPhase(uint256 id)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotInResolutionPhaseError(raw []byte) (*CapabilityLadderLadderNotInResolutionPhase, error) {
	out := new(CapabilityLadderLadderNotInResolutionPhase)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotInResolutionPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotInRevealPhase represents a Ladder_NotInRevealPhase error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotInRevealPhase struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotInRevealPhase(uint256 id)
func CapabilityLadderLadderNotInRevealPhaseErrorID() common.Hash {
	return common.HexToHash("0xb2fde2ae844d6b3de4a936006b1b74d9adb923cc043304d72f1759790a4f8f79")
}

// UnpackLadderNotInRevealPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotInRevealPhase(uint256 id)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotInRevealPhaseError(raw []byte) (*CapabilityLadderLadderNotInRevealPhase, error) {
	out := new(CapabilityLadderLadderNotInRevealPhase)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotInRevealPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNotResolver represents a Ladder_NotResolver error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNotResolver struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NotResolver(address caller)
func CapabilityLadderLadderNotResolverErrorID() common.Hash {
	return common.HexToHash("0x440c22295258dc1694c5af00eb9a871f515759654f493efa7918de4b29c485a1")
}

// UnpackLadderNotResolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NotResolver(address caller)
func (capabilityLadder *CapabilityLadder) UnpackLadderNotResolverError(raw []byte) (*CapabilityLadderLadderNotResolver, error) {
	out := new(CapabilityLadderLadderNotResolver)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NotResolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderNothingToRefund represents a Ladder_NothingToRefund error raised by the CapabilityLadder contract.
type CapabilityLadderLadderNothingToRefund struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_NothingToRefund(uint256 id, address account)
func CapabilityLadderLadderNothingToRefundErrorID() common.Hash {
	return common.HexToHash("0xe89803846db7045a052bcb9854031f34fe3ad2cd66894d76799efd1ea8e5a62a")
}

// UnpackLadderNothingToRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_NothingToRefund(uint256 id, address account)
func (capabilityLadder *CapabilityLadder) UnpackLadderNothingToRefundError(raw []byte) (*CapabilityLadderLadderNothingToRefund, error) {
	out := new(CapabilityLadderLadderNothingToRefund)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_NothingToRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderRankMismatch represents a Ladder_RankMismatch error raised by the CapabilityLadder contract.
type CapabilityLadderLadderRankMismatch struct {
	Account  common.Address
	Rank     uint8
	Required uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_RankMismatch(address account, uint8 rank, uint8 required)
func CapabilityLadderLadderRankMismatchErrorID() common.Hash {
	return common.HexToHash("0x0dadc588839e151dc6c80bfc0be1bc5a7a251ab24a51535e15a18855a8fc4fb8")
}

// UnpackLadderRankMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_RankMismatch(address account, uint8 rank, uint8 required)
func (capabilityLadder *CapabilityLadder) UnpackLadderRankMismatchError(raw []byte) (*CapabilityLadderLadderRankMismatch, error) {
	out := new(CapabilityLadderLadderRankMismatch)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_RankMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderUnknownCompetition represents a Ladder_UnknownCompetition error raised by the CapabilityLadder contract.
type CapabilityLadderLadderUnknownCompetition struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_UnknownCompetition(uint256 id)
func CapabilityLadderLadderUnknownCompetitionErrorID() common.Hash {
	return common.HexToHash("0x94690b86477cd48314013eb6916b51ab1009dcd0689bba417ca515a8c767e19e")
}

// UnpackLadderUnknownCompetitionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_UnknownCompetition(uint256 id)
func (capabilityLadder *CapabilityLadder) UnpackLadderUnknownCompetitionError(raw []byte) (*CapabilityLadderLadderUnknownCompetition, error) {
	out := new(CapabilityLadderLadderUnknownCompetition)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_UnknownCompetition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderWrongState represents a Ladder_WrongState error raised by the CapabilityLadder contract.
type CapabilityLadderLadderWrongState struct {
	Id    *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_WrongState(uint256 id, uint8 state)
func CapabilityLadderLadderWrongStateErrorID() common.Hash {
	return common.HexToHash("0x248ed998e7bff683362c96760185129b3018aa49f1b0c7537febfffc3f96d664")
}

// UnpackLadderWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_WrongState(uint256 id, uint8 state)
func (capabilityLadder *CapabilityLadder) UnpackLadderWrongStateError(raw []byte) (*CapabilityLadderLadderWrongState, error) {
	out := new(CapabilityLadderLadderWrongState)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderZeroAddress represents a Ladder_ZeroAddress error raised by the CapabilityLadder contract.
type CapabilityLadderLadderZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_ZeroAddress()
func CapabilityLadderLadderZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x5c91ae4d517398d9d84a854062a6de286bb1bcb5b6dd2bb683404adc08af6d19")
}

// UnpackLadderZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_ZeroAddress()
func (capabilityLadder *CapabilityLadder) UnpackLadderZeroAddressError(raw []byte) (*CapabilityLadderLadderZeroAddress, error) {
	out := new(CapabilityLadderLadderZeroAddress)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderZeroBase represents a Ladder_ZeroBase error raised by the CapabilityLadder contract.
type CapabilityLadderLadderZeroBase struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_ZeroBase()
func CapabilityLadderLadderZeroBaseErrorID() common.Hash {
	return common.HexToHash("0x159fd4d2f91c6b998acc8dfa22a4089d5b9b244b71d5f4bfeb544e41b3915da3")
}

// UnpackLadderZeroBaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_ZeroBase()
func (capabilityLadder *CapabilityLadder) UnpackLadderZeroBaseError(raw []byte) (*CapabilityLadderLadderZeroBase, error) {
	out := new(CapabilityLadderLadderZeroBase)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_ZeroBase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderLadderZeroCommitment represents a Ladder_ZeroCommitment error raised by the CapabilityLadder contract.
type CapabilityLadderLadderZeroCommitment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ladder_ZeroCommitment()
func CapabilityLadderLadderZeroCommitmentErrorID() common.Hash {
	return common.HexToHash("0x0070d8a0a806edf5a743dfb023d666abac15a2f8b3e739f528200cddd6649d72")
}

// UnpackLadderZeroCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ladder_ZeroCommitment()
func (capabilityLadder *CapabilityLadder) UnpackLadderZeroCommitmentError(raw []byte) (*CapabilityLadderLadderZeroCommitment, error) {
	out := new(CapabilityLadderLadderZeroCommitment)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "Ladder_ZeroCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderNotInitializing represents a NotInitializing error raised by the CapabilityLadder contract.
type CapabilityLadderNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func CapabilityLadderNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (capabilityLadder *CapabilityLadder) UnpackNotInitializingError(raw []byte) (*CapabilityLadderNotInitializing, error) {
	out := new(CapabilityLadderNotInitializing)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the CapabilityLadder contract.
type CapabilityLadderReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func CapabilityLadderReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (capabilityLadder *CapabilityLadder) UnpackReentrancyGuardReentrantCallError(raw []byte) (*CapabilityLadderReentrancyGuardReentrantCall, error) {
	out := new(CapabilityLadderReentrancyGuardReentrantCall)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapabilityLadderSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CapabilityLadder contract.
type CapabilityLadderSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CapabilityLadderSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (capabilityLadder *CapabilityLadder) UnpackSafeERC20FailedOperationError(raw []byte) (*CapabilityLadderSafeERC20FailedOperation, error) {
	out := new(CapabilityLadderSafeERC20FailedOperation)
	if err := capabilityLadder.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
