// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package governor

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

// GuildGovernorMetaData contains all meta data concerning the GuildGovernor contract.
var GuildGovernorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLOCK_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"COUNTING_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVote\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReason\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParams\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParamsBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"clock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"getProposalId\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotesWithParams\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hashProposal\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"name_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timelock_\",\"type\":\"address\",\"internalType\":\"addresspayable\"},{\"name\":\"votingDelay_\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"votingPeriod_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"proposalThreshold_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumNumerator_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onERC1155BatchReceived\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC1155Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC721Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposalDeadline\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalEta\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalNeedsQueuing\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalProposer\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalSnapshot\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalThreshold\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalVotes\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"againstVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"forVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"abstainVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"propose\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"description\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"queue\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumDenominator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"relay\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"setProposalThreshold\",\"inputs\":[{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingDelay\",\"inputs\":[{\"name\":\"newVotingDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingPeriod\",\"inputs\":[{\"name\":\"newVotingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"state\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC5805\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateQuorumNumerator\",\"inputs\":[{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateTimelock\",\"inputs\":[{\"name\":\"newTimelock\",\"type\":\"address\",\"internalType\":\"contractTimelockControllerUpgradeable\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCanceled\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCreated\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"targets\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"signatures\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"indexed\":false,\"internalType\":\"bytes[]\"},{\"name\":\"voteStart\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voteEnd\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"description\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalExecuted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalQueued\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"etaSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalThresholdSet\",\"inputs\":[{\"name\":\"oldProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumNumeratorUpdated\",\"inputs\":[{\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TimelockChange\",\"inputs\":[{\"name\":\"oldTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCast\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCastWithParams\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingDelaySet\",\"inputs\":[{\"name\":\"oldVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingPeriodSet\",\"inputs\":[{\"name\":\"oldVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ERC6372InconsistentClock\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorAlreadyCastVote\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorAlreadyQueuedProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorDisabledDeposit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInsufficientProposerVotes\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidProposalLength\",\"inputs\":[{\"name\":\"targets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"calldatas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"values\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidQuorumFraction\",\"inputs\":[{\"name\":\"quorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumDenominator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidSignature\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteType\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVotingPeriod\",\"inputs\":[{\"name\":\"votingPeriod\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorNonexistentProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorOnlyExecutor\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorProposalQueueingFailed\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorProposalQueueingNotRequired\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorRestrictedProposer\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnableToCancel\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnexpectedProposalState\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"},{\"name\":\"expectedStates\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Governor_ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "GuildGovernor",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b614a96806100d65f395ff3fe6080604052600436106102c2575f3560e01c80637ecebe001161016f578063bc197c81116100d8578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc1146109c8578063f23a6e61146109e7578063f8ce560a14610a06578063fc0c546a14610a25575f5ffd5b8063deaaa7cc14610957578063e540d01d1461098a578063eb9019d4146109a9575f5ffd5b8063bc197c811461088e578063c01f9e37146108ad578063c28bc2fa146108cc578063c59057e4146108df578063d33219b4146108fe578063dd4e2ba514610912575f5ffd5b8063a7713a7011610129578063a7713a70146107c7578063a890c910146107db578063a8f8a668146107fa578063a9a9529414610819578063ab58fb8e14610838578063b58131b01461087a575f5ffd5b80637ecebe00146106d157806384b0196e146107245780638ff262e31461074b57806391ddadf41461076a57806397c3d334146107955780639a802a6d146107a8575f5ffd5b80633e4f49e61161022b57806356781388116101e557806360c4247f116101c057806360c4247f1461065557806379051887146106745780637b3c71d3146106935780637d5e81e2146106b2575f5ffd5b806356781388146105f85780635b8d0e0d146106175780635f398a1414610636575f5ffd5b80633e4f49e6146104e2578063438596321461050e578063452115d6146105625780634bf5d7e914610581578063544ffc9c1461059557806354fd4d50146105cf575f5ffd5b8063160cbed71161027c578063160cbed7146104175780632656227d146104365780632d63f693146104495780632fe3e261146104685780633932abb11461049b5780633b6dd8ec146104c3575f5ffd5b806301ffc9a7146102fd57806302a251a31461033157806306f3f9e61461036857806306fdde0314610387578063143489d0146103a8578063150b7a02146103df575f5ffd5b366102f957306102d0610a39565b6001600160a01b0316146102f757604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610308575f5ffd5b5061031c610317366004613895565b610a47565b60405190151581526020015b60405180910390f35b34801561033c575f5ffd5b505f5160206149f65f395f51905f5254600160301b900463ffffffff165b604051908152602001610328565b348015610373575f5ffd5b506102f76103823660046138bc565b610ab3565b348015610392575f5ffd5b5061039b610ac7565b6040516103289190613901565b3480156103b3575f5ffd5b506103c76103c23660046138bc565b610b68565b6040516001600160a01b039091168152602001610328565b3480156103ea575f5ffd5b506103fe6103f93660046139ea565b610b8e565b6040516001600160e01b03199091168152602001610328565b348015610422575f5ffd5b5061035a610431366004613bba565b610bd0565b61035a610444366004613bba565b610ce5565b348015610454575f5ffd5b5061035a6104633660046138bc565b610e6c565b348015610473575f5ffd5b5061035a7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156104a6575f5ffd5b505f5160206149f65f395f51905f525465ffffffffffff1661035a565b3480156104ce575f5ffd5b506102f76104dd366004613cb7565b610e98565b3480156104ed575f5ffd5b506105016104fc3660046138bc565b611034565b6040516103289190613d82565b348015610519575f5ffd5b5061031c610528366004613d90565b5f9182525f516020614a365f395f51905f52602090815260408084206001600160a01b039390931684526003909201905290205460ff1690565b34801561056d575f5ffd5b5061035a61057c366004613bba565b61103e565b34801561058c575f5ffd5b5061039b61109f565b3480156105a0575f5ffd5b506105b46105af3660046138bc565b611119565b60408051938452602084019290925290820152606001610328565b3480156105da575f5ffd5b506040805180820190915260018152603160f81b602082015261039b565b348015610603575f5ffd5b5061035a610612366004613dce565b61114a565b348015610622575f5ffd5b5061035a610631366004613df8565b611171565b348015610641575f5ffd5b5061035a610650366004613eb4565b61122e565b348015610660575f5ffd5b5061035a61066f3660046138bc565b611276565b34801561067f575f5ffd5b506102f761068e366004613f35565b6112a9565b34801561069e575f5ffd5b5061035a6106ad366004613f50565b6112ba565b3480156106bd575f5ffd5b5061035a6106cc366004613fa5565b61130a565b3480156106dc575f5ffd5b5061035a6106eb366004614061565b6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb00602052604090205490565b34801561072f575f5ffd5b506107386113c0565b60405161032897969594939291906140b6565b348015610756575f5ffd5b5061035a610765366004614125565b611402565b348015610775575f5ffd5b5061077e61145a565b60405165ffffffffffff9091168152602001610328565b3480156107a0575f5ffd5b50606461035a565b3480156107b3575f5ffd5b5061035a6107c2366004614172565b6114c8565b3480156107d2575f5ffd5b5061035a6114d4565b3480156107e6575f5ffd5b506102f76107f5366004614061565b61150e565b348015610805575f5ffd5b5061035a610814366004613bba565b61151f565b348015610824575f5ffd5b5061031c6108333660046138bc565b61152c565b348015610843575f5ffd5b5061035a6108523660046138bc565b5f9081525f5160206149d65f395f51905f52602052604090206001015465ffffffffffff1690565b348015610885575f5ffd5b5061035a611534565b348015610899575f5ffd5b506103fe6108a83660046141c6565b61154a565b3480156108b8575f5ffd5b5061035a6108c73660046138bc565b61158d565b6102f76108da36600461425d565b6115eb565b3480156108ea575f5ffd5b5061035a6108f9366004613bba565b611667565b348015610909575f5ffd5b506103c76116a0565b34801561091d575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261039b565b348015610962575f5ffd5b5061035a7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610995575f5ffd5b506102f76109a436600461429c565b6116c1565b3480156109b4575f5ffd5b5061035a6109c33660046142b5565b6116d2565b3480156109d3575f5ffd5b506102f76109e23660046138bc565b6116f1565b3480156109f2575f5ffd5b506103fe610a013660046142df565b611702565b348015610a11575f5ffd5b5061035a610a203660046138bc565b611745565b348015610a30575f5ffd5b506103c76117cd565b5f610a426116a0565b905090565b5f6001600160e01b031982166366defe7760e11b1480610a7757506001600160e01b031982166332a2ad4360e11b145b80610a9257506001600160e01b03198216630271189760e51b145b80610aad57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610abb6117f5565b610ac48161187e565b50565b5f516020614a765f395f51905f528054606091908190610ae690614336565b80601f0160208091040260200160405190810160405280929190818152602001828054610b1290614336565b8015610b5d5780601f10610b3457610100808354040283529160200191610b5d565b820191905f5260205f20905b815481529060010190602001808311610b4057829003601f168201915b505050505091505090565b5f9081525f5160206149d65f395f51905f5260205260409020546001600160a01b031690565b5f30610b98610a39565b6001600160a01b031614610bbf57604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f516020614a765f395f51905f5281610bec8787878761151f565b90505f610bf88261152c565b9050610c0d82610c086004611934565b611956565b5080610c345760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c42838a8a8a8a611993565b905065ffffffffffff811615610cbc575f83815260018581016020908152604092839020909101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610cd8565b60405163ab2d031160e01b815260048101849052602401610c2b565b5090979650505050505050565b5f5f516020614a765f395f51905f5281610d018787878761151f565b90505f610d0d8261152c565b9050610d2982610c0883610d22576004611934565b6005611934565b505f8281526001840160205260409020805460ff60f01b1916600160f01b17905530610d53610a39565b6001600160a01b031614610dde575f5b8851811015610ddc57306001600160a01b0316898281518110610d8857610d8861436e565b60200260200101516001600160a01b031603610dd457610dd4878281518110610db357610db361436e565b602002602001015180519060200120856002016119a190919063ffffffff16565b600101610d63565b505b610deb82898989896119c2565b30610df4610a39565b6001600160a01b031614158015610e22575060028301546001600160801b03808216600160801b9092041614155b15610e2e575f60028401555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a1509695505050505050565b5f9081525f5160206149d65f395f51905f526020526040902054600160a01b900465ffffffffffff1690565b5f610ea16119d6565b805490915060ff600160401b82041615906001600160401b03165f81158015610ec75750825b90505f826001600160401b03166001148015610ee25750303b155b905081158015610ef0575080155b15610f0e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610f3857845460ff60401b1916600160401b1785555b6001600160a01b038b161580610f5557506001600160a01b038a16155b15610f7357604051637b69adb360e11b815260040160405180910390fd5b610fb18d8d8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506119fe92505050565b610fbc898989611a36565b610fc4611a49565b610fcd8b611a53565b610fd686611a64565b610fdf8a611a75565b831561102557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050505050565b5f610aad82611a86565b5f5f61104c8686868661151f565b9050336110598282611bd1565b61108857604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c2b565b61109487878787611c1a565b979650505050505050565b60606110a96117cd565b6001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561110557506040513d5f823e601f3d908101601f191682016040526111029190810190614382565b60015b61111457610a4261145a611c27565b919050565b5f8181525f516020614a365f395f51905f5260205260409020805460018201546002909201549091905b9193909250565b5f8033905061116984828560405180602001604052805f815250611c3d565b949350505050565b5f6111b788888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611c5e9050565b6111df576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c2b565b61122288878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611d0e915050565b98975050505050505050565b5f8033905061109487828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611d0e915050565b5f7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0006112a28184611dec565b9392505050565b6112b16117f5565b610ac481611e39565b5f8033905061130086828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c3d92505050565b9695505050505050565b5f336113168184611ebb565b61133e5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610c2b565b5f611347611534565b905080156113b3575f61137583600161135e61145a565b611368919061440a565b65ffffffffffff166116d2565b9050818110156113b157604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610c2b565b505b6110948787878786611f3f565b5f6060805f5f5f60606113d1612190565b6113d96121e1565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61140f85858585612232565b611437576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c2b565b61145185848660405180602001604052805f815250611c3d565b95945050505050565b5f6114636117cd565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114bc575060408051601f3d908101601f191682019092526114b991810190614428565b60015b61111457610a4261229e565b5f6111698484846122a8565b5f7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0006114ff81612322565b6001600160d01b031691505090565b6115166117f5565b610ac481612366565b5f61145185858585611667565b5f6001610aad565b5f610a425f516020614a165f395f51905f525490565b5f30611554610a39565b6001600160a01b03161461157b57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181525f5160206149d65f395f51905f5260205260408120545f516020614a765f395f51905f52906115dc90600160d01b810463ffffffff1690600160a01b900465ffffffffffff16614443565b65ffffffffffff169392505050565b6115f36117f5565b5f5f856001600160a01b0316858585604051611610929190614461565b5f6040518083038185875af1925050503d805f811461164a576040519150601f19603f3d011682016040523d82523d5f602084013e61164f565b606091505b509150915061165e82826123db565b50505050505050565b5f8484848460405160200161167f9493929190614503565b60408051601f19818403018152919052805160209091012095945050505050565b5f805f516020614a565f395f51905f525b546001600160a01b031692915050565b6116c96117f5565b610ac481612418565b5f6112a283836116ec60408051602081019091525f815290565b6122a8565b6116f96117f5565b610ac4816124c5565b5f3061170c610a39565b6001600160a01b03161461173357604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610aad6117516117cd565b6001600160a01b0316638e539e8c846040518263ffffffff1660e01b815260040161177e91815260200190565b602060405180830381865afa158015611799573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117bd919061454d565b6117c684611276565b6064612512565b5f807f3ba4977254e415696610a40ebf2258dbfa0ec6a2ff64e84bfe715ff16977cc006116b1565b5f516020614a765f395f51905f523361180c610a39565b6001600160a01b031614611835576040516347096e4760e01b8152336004820152602401610c2b565b3061183e610a39565b6001600160a01b031614610ac4575f803660405161185d929190614461565b604051809103902090505b80611875836002016125c2565b03611868575050565b7fe770710421fd2cad75ad828c61aa98f2d77d423a440b67872d0f65554148e0006064808311156118cc5760405163243e544560e01b81526004810184905260248101829052604401610c2b565b5f6118d56114d4565b90506118f36118e261145a565b6118eb866125e1565b859190612618565b505060408051828152602081018690527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a150505050565b5f81600781111561194757611947613d4e565b600160ff919091161b92915050565b5f5f61196184611034565b90505f8361196e83611934565b16036112a2578381846040516331b75e4d60e01b8152600401610c2b93929190614564565b5f6113008686868686612632565b5f6119ac83836127d8565b9050806119bd576119bd604161283d565b505050565b6119cf858585858561284e565b5050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610aad565b611a066128ef565b611a2d81611a286040805180820190915260018152603160f81b602082015290565b612914565b610ac48161297d565b611a3e6128ef565b6119bd83838361299e565b611a516128ef565b565b611a5b6128ef565b610ac4816129c1565b611a6c6128ef565b610ac481612a0a565b611a7d6128ef565b610ac481612a12565b5f5f516020614a565f395f51905f5281611a9f84612a1a565b90506005816007811115611ab557611ab5613d4e565b14611ac1579392505050565b5f848152600183016020526040908190205483549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611b18573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b3c9190614586565b15611b4c57506005949350505050565b8254604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611b92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bb69190614586565b15611bc657506007949350505050565b506002949350505050565b5f80611bdc84611034565b6007811115611bed57611bed613d4e565b1480156112a25750611bfe83610b68565b6001600160a01b0316826001600160a01b031614905092915050565b5f61145185858585612b86565b6060610aad611c388363ffffffff16565b612c2f565b5f61145185858585611c5960408051602081019091525f815290565b611d0e565b5f61109485611d087f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611c938c612ca1565b8b516020808e01919091208c518d830120604051611ced98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612ce2565b84612d0e565b5f611d1d86610c086001611934565b505f611d3286611d2c89610e6c565b856122a8565b90505f611d428888888588612d7e565b905083515f03611d9857866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611d8b94939291906145a5565b60405180910390a2611094565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611dd99594939291906145cc565b60405180910390a2979650505050505050565b5f5f5f611df885612e87565b9250925050838265ffffffffffff161115611e2557611e20611e1985612edf565b8690612f11565b611e27565b805b6001600160d01b031695945050505050565b5f5160206149f65f395f51905f52546040805165ffffffffffff9283168152918316602083015280515f516020614a165f395f51905f52927fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a9392908290030190a1600101805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611ed2576001915050610aad565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611f0357600192505050610aad565b5f5f611f1386602a860386612fb3565b915091508115806110945750866001600160a01b0316816001600160a01b031614979650505050505050565b5f805f516020614a765f395f51905f529050611f64878787878051906020012061151f565b915085518751141580611f7957508451875114155b80611f8357508651155b15611fb857865185518751604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c2b565b5f828152600182016020526040902054600160a01b900465ffffffffffff16156120035781611fe683611034565b6040516331b75e4d60e01b8152610c2b9291905f90600401614564565b5f6120215f5160206149f65f395f51905f525465ffffffffffff1690565b61202961145a565b65ffffffffffff1661203b9190614605565b90505f6120615f5160206149f65f395f51905f525463ffffffff600160301b9091041690565b5f858152600185016020526040902080546001600160a01b0319166001600160a01b03881617815590915061209583612edf565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b199091161781556120c28261305c565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815589517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090869088908d908d906001600160401b0381111561212557612125613927565b60405190808252806020026020018201604052801561215857816020015b60608152602001906001900390816121435790505b508d896121658a82614605565b8f60405161217b99989796959493929190614618565b60405180910390a15050505095945050505050565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10091610ae690614336565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10380546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10091610ae690614336565b5f61145183611d087ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886122678a612ca1565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611ced565b5f610a4243612edf565b5f6122b16117cd565b604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156122fe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611169919061454d565b80545f90801561235e576123488361233b6001846146f3565b5f91825260209091200190565b54600160301b90046001600160d01b03166112a2565b5f9392505050565b5f516020614a565f395f51905f528054604080516001600160a01b039283168152918416602083015280517f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b2264019281900390910190a180546001600160a01b0319166001600160a01b0392909216919091179055565b606082156123ea575080610aad565b8151156123ff576123fa8261308c565b610aad565b60405163d6bda27560e01b815260040160405180910390fd5b5f516020614a165f395f51905f5263ffffffff82165f0361244e5760405163f1cfbf0560e01b81525f6004820152602401610c2b565b60018101546040805163ffffffff600160301b9093048316815291841660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a1600101805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b5f516020614a165f395f51905f528054604080519182526020820184905280517fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc054619281900390910190a155565b5f5f5f61251f8686613094565b91509150815f036125435783818161253957612539614706565b04925050506112a2565b81841161255a5761255a600385150260111861283d565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f6125ce846130b0565b91509150816112a2576112a2603161283d565b5f6001600160d01b03821115612614576040516306dfcc6560e41b815260d0600482015260248101839052604401610c2b565b5090565b5f80612625858585613124565b915091505b935093915050565b5f516020614a565f395f51905f5280546040805163793d064960e11b815290515f939284926001600160a01b039091169163f27a0c92916004808201926020929091908290030181865afa15801561268c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126b0919061454d565b90505f3060601b6bffffffffffffffffffffffff19168518835460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612700908b908b908b905f90889060040161471a565b602060405180830381865afa15801561271b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061273f919061454d565b5f8a815260018501602052604080822092909255845491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161278a918c918c918c919088908a90600401614767565b5f604051808303815f87803b1580156127a1575f5ffd5b505af11580156127b3573d5f5f3e3d5ffd5b505050506127cb82426127c69190614605565b612edf565b9998505050505050505050565b81545f906001600160801b03600160801b820481169181166001830190911603612805575f915050610aad565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b5f516020614a565f395f51905f52805460405163e38335e560e01b81526001600160a01b039091169063e38335e59034906128a9908990899089905f906bffffffffffffffffffffffff193060601b168b189060040161471a565b5f604051808303818588803b1580156128c0575f5ffd5b505af11580156128d2573d5f5f3e3d5ffd5b5050505f9788525050600101602052505060408320929092555050565b6128f7613274565b611a5157604051631afcd79f60e31b815260040160405180910390fd5b61291c6128ef565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1026129688482614802565b50600381016129778382614802565b50505050565b6129856128ef565b5f516020614a765f395f51905f52806119bd8382614802565b6129a66128ef565b6129af83611e39565b6129b882612418565b6119bd816124c5565b6129c96128ef565b7f3ba4977254e415696610a40ebf2258dbfa0ec6a2ff64e84bfe715ff16977cc0080546001600160a01b0319166001600160a01b0392909216919091179055565b610abb6128ef565b6115166128ef565b5f8181525f5160206149d65f395f51905f526020526040812080545f516020614a765f395f51905f52919060ff600160f01b8204811691600160f81b9004168115612a6b5750600795945050505050565b8015612a7d5750600295945050505050565b5f612a8787610e6c565b9050805f03612aac57604051636ad0607560e01b815260048101889052602401610c2b565b5f612ab561145a565b65ffffffffffff169050808210612ad357505f979650505050505050565b5f612add8961158d565b9050818110612af55750600198975050505050505050565b612afe8961328d565b1580612b2957505f8981525f516020614a365f395f51905f5260205260409020805460019091015411155b15612b3d5750600398975050505050505050565b5f8981525f5160206149d65f395f51905f52602052604090206001015465ffffffffffff165f03612b775750600498975050505050505050565b50600598975050505050505050565b5f5f516020614a565f395f51905f5281612ba2878787876132d2565b5f8181526001840160205260409020549091508015612c2457825460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612bfd575f5ffd5b505af1158015612c0f573d5f5f3e3d5ffd5b5050505f838152600185016020526040812055505b509695505050505050565b6060612c3961229e565b65ffffffffffff168265ffffffffffff1614612c68576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b5f610aad612cee6133a3565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612d6c575f5f612d2c85856133ac565b5090925090505f816003811115612d4557612d45613d4e565b148015612d635750856001600160a01b0316826001600160a01b0316145b925050506112a2565b612d778484846133f5565b90506112a2565b5f8581525f516020614a365f395f51905f52602081815260408084206001600160a01b03891685526003810190925283205460ff1615612ddc576040516371c6af4960e01b81526001600160a01b0388166004820152602401610c2b565b6001600160a01b0387165f9081526003820160205260409020805460ff1916600117905560ff8616612e255784815f015f828254612e1a9190614605565b90915550612e7b9050565b5f1960ff871601612e435784816001015f828254612e1a9190614605565b60011960ff871601612e625784816002015f828254612e1a9190614605565b6040516303599be160e11b815260040160405180910390fd5b50929695505050505050565b80545f9081908190808203612ea5575f5f5f93509350935050611143565b5f612eb58661233b6001856146f3565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611143915050565b5f65ffffffffffff821115612614576040516306dfcc6560e41b81526030600482015260248101839052604401610c2b565b81545f9081816005811115612f6d575f612f2a8461345a565b612f3490856146f3565b5f8881526020902090915081015465ffffffffffff9081169087161015612f5d57809150612f6b565b612f68816001614605565b92505b505b5f612f7a878785856135ad565b90508015612fa757612f918761233b6001846146f3565b54600160301b90046001600160d01b0316611094565b505f9695505050505050565b5f5f8451831180612fc357508284115b15612fd257505f90508061262a565b5f612fde856001614605565b84118015613006575061060f60f31b612ffa8787016020015190565b6001600160f01b031916145b90505f61301682151560026148bc565b613021906028614605565b90508061302e87876146f3565b0361304f575f5f613040898989613603565b909650945061262a9350505050565b5f5f93509350505061262a565b5f63ffffffff821115612614576040516306dfcc6560e41b81526020600482015260248101839052604401610c2b565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b90041681036130db57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f908190801561321a575f6131408761233b6001856146f3565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561318357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036131bc57825465ffffffffffff16600160301b6001600160d01b0389160217835561320c565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061262a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161262a565b5f61327d6119d6565b54600160401b900460ff16919050565b5f8181525f516020614a365f395f51905f52602081905260408220600281015460018201546132bc9190614605565b6132c8610a2086610e6c565b1115949350505050565b5f5f516020614a765f395f51905f52816132ee8787878761151f565b905061333c816132fe6007611934565b6133086006611934565b6133126002611934565b600161331f6007826148d3565b61332a9060026149c7565b61333491906146f3565b181818611956565b505f8181526001830160205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906133919083815260200190565b60405180910390a19695505050505050565b5f610a426136c4565b5f5f5f83516041036133e3576020840151604085015160608601515f1a6133d588828585613737565b9550955095505050506133ee565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60018211613467575090565b816001600160801b82106134805760809190911c9060401b5b600160401b82106134965760409190911c9060201b5b64010000000082106134ad5760209190911c9060101b5b6201000082106134c25760109190911c9060081b5b61010082106134d65760089190911c9060041b5b601082106134e95760049190911c9060021b5b600482106134f55760011b5b600302600190811c9081858161350d5761350d614706565b048201901c9050600181858161352557613525614706565b048201901c9050600181858161353d5761353d614706565b048201901c9050600181858161355557613555614706565b048201901c9050600181858161356d5761356d614706565b048201901c9050600181858161358557613585614706565b048201901c90506135a481858161359e5761359e614706565b04821190565b90039392505050565b5f5b818310156135fb575f85815260209020838316600285851804019081015465ffffffffffff868116911611156135e7578092506135f5565b6135f2816001614605565b93505b506135af565b509392505050565b5f808481613612866001614605565b8511801561363a575061060f60f31b61362e8388016020015190565b6001600160f01b031916145b90505f61364a82151560026148bc565b90505f80613658838a614605565b90505b878110156136b3575f6136796136748784016020015190565b6137ff565b9050600f8160ff161115613698575f5f9750975050505050505061262a565b6136a36010846148bc565b60ff90911601915060010161365b565b506001999098509650505050505050565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6136ee613877565b6136f661388c565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561377057505f915060039050826137f5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156137c1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166137ec57505f9250600191508290506137f5565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156138185750603a8160ff16105b1561382657602f1901610aad565b60608160ff1611801561383c575060678160ff16105b1561384a5760561901610aad565b60408160ff16118015613860575060478160ff16105b1561386e5760361901610aad565b5060ff92915050565b5f613880612190565b80519060200120905090565b5f6138806121e1565b5f602082840312156138a5575f5ffd5b81356001600160e01b0319811681146112a2575f5ffd5b5f602082840312156138cc575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6112a260208301846138d3565b6001600160a01b0381168114610ac4575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561396357613963613927565b604052919050565b5f6001600160401b0382111561398357613983613927565b50601f01601f191660200190565b5f6139a361399e8461396b565b61393b565b90508281528383830111156139b6575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126139db575f5ffd5b6112a283833560208501613991565b5f5f5f5f608085870312156139fd575f5ffd5b8435613a0881613913565b93506020850135613a1881613913565b92506040850135915060608501356001600160401b03811115613a39575f5ffd5b613a45878288016139cc565b91505092959194509250565b5f6001600160401b03821115613a6957613a69613927565b5060051b60200190565b5f82601f830112613a82575f5ffd5b8135613a9061399e82613a51565b8082825260208201915060208360051b860101925085831115613ab1575f5ffd5b602085015b83811015613ad7578035613ac981613913565b835260209283019201613ab6565b5095945050505050565b5f82601f830112613af0575f5ffd5b8135613afe61399e82613a51565b8082825260208201915060208360051b860101925085831115613b1f575f5ffd5b602085015b83811015613ad7578035835260209283019201613b24565b5f82601f830112613b4b575f5ffd5b8135613b5961399e82613a51565b8082825260208201915060208360051b860101925085831115613b7a575f5ffd5b602085015b83811015613ad75780356001600160401b03811115613b9c575f5ffd5b613bab886020838a01016139cc565b84525060209283019201613b7f565b5f5f5f5f60808587031215613bcd575f5ffd5b84356001600160401b03811115613be2575f5ffd5b613bee87828801613a73565b94505060208501356001600160401b03811115613c09575f5ffd5b613c1587828801613ae1565b93505060408501356001600160401b03811115613c30575f5ffd5b613c3c87828801613b3c565b949793965093946060013593505050565b5f5f83601f840112613c5d575f5ffd5b5081356001600160401b03811115613c73575f5ffd5b602083019150836020828501011115613c8a575f5ffd5b9250929050565b65ffffffffffff81168114610ac4575f5ffd5b803563ffffffff81168114611114575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215613cce575f5ffd5b88356001600160401b03811115613ce3575f5ffd5b613cef8b828c01613c4d565b9099509750506020890135613d0381613913565b95506040890135613d1381613913565b94506060890135613d2381613c91565b9350613d3160808a01613ca4565b979a969950949793969295929450505060a08201359160c0013590565b634e487b7160e01b5f52602160045260245ffd5b60088110613d7e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610aad8284613d62565b5f5f60408385031215613da1575f5ffd5b823591506020830135613db381613913565b809150509250929050565b803560ff81168114611114575f5ffd5b5f5f60408385031215613ddf575f5ffd5b82359150613def60208401613dbe565b90509250929050565b5f5f5f5f5f5f5f60c0888a031215613e0e575f5ffd5b87359650613e1e60208901613dbe565b95506040880135613e2e81613913565b945060608801356001600160401b03811115613e48575f5ffd5b613e548a828b01613c4d565b90955093505060808801356001600160401b03811115613e72575f5ffd5b613e7e8a828b016139cc565b92505060a08801356001600160401b03811115613e99575f5ffd5b613ea58a828b016139cc565b91505092959891949750929550565b5f5f5f5f5f60808688031215613ec8575f5ffd5b85359450613ed860208701613dbe565b935060408601356001600160401b03811115613ef2575f5ffd5b613efe88828901613c4d565b90945092505060608601356001600160401b03811115613f1c575f5ffd5b613f28888289016139cc565b9150509295509295909350565b5f60208284031215613f45575f5ffd5b81356112a281613c91565b5f5f5f5f60608587031215613f63575f5ffd5b84359350613f7360208601613dbe565b925060408501356001600160401b03811115613f8d575f5ffd5b613f9987828801613c4d565b95989497509550505050565b5f5f5f5f60808587031215613fb8575f5ffd5b84356001600160401b03811115613fcd575f5ffd5b613fd987828801613a73565b94505060208501356001600160401b03811115613ff4575f5ffd5b61400087828801613ae1565b93505060408501356001600160401b0381111561401b575f5ffd5b61402787828801613b3c565b92505060608501356001600160401b03811115614042575f5ffd5b8501601f81018713614052575f5ffd5b613a4587823560208401613991565b5f60208284031215614071575f5ffd5b81356112a281613913565b5f8151808452602084019350602083015f5b828110156140ac57815186526020958601959091019060010161408e565b5093949350505050565b60ff60f81b8816815260e060208201525f6140d460e08301896138d3565b82810360408401526140e681896138d3565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050614117818561407c565b9a9950505050505050505050565b5f5f5f5f60808587031215614138575f5ffd5b8435935061414860208601613dbe565b9250604085013561415881613913565b915060608501356001600160401b03811115613a39575f5ffd5b5f5f5f60608486031215614184575f5ffd5b833561418f81613913565b92506020840135915060408401356001600160401b038111156141b0575f5ffd5b6141bc868287016139cc565b9150509250925092565b5f5f5f5f5f60a086880312156141da575f5ffd5b85356141e581613913565b945060208601356141f581613913565b935060408601356001600160401b0381111561420f575f5ffd5b61421b88828901613ae1565b93505060608601356001600160401b03811115614236575f5ffd5b61424288828901613ae1565b92505060808601356001600160401b03811115613f1c575f5ffd5b5f5f5f5f60608587031215614270575f5ffd5b843561427b81613913565b93506020850135925060408501356001600160401b03811115613f8d575f5ffd5b5f602082840312156142ac575f5ffd5b6112a282613ca4565b5f5f604083850312156142c6575f5ffd5b82356142d181613913565b946020939093013593505050565b5f5f5f5f5f60a086880312156142f3575f5ffd5b85356142fe81613913565b9450602086013561430e81613913565b9350604086013592506060860135915060808601356001600160401b03811115613f1c575f5ffd5b600181811c9082168061434a57607f821691505b60208210810361436857634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614392575f5ffd5b81516001600160401b038111156143a7575f5ffd5b8201601f810184136143b7575f5ffd5b80516143c561399e8261396b565b8181528560208385010111156143d9575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610aad57610aad6143f6565b5f60208284031215614438575f5ffd5b81516112a281613c91565b65ffffffffffff8181168382160190811115610aad57610aad6143f6565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b828110156140ac5781516001600160a01b0316865260209586019590910190600101614482565b5f82825180855260208501945060208160051b830101602085015f5b838110156144f757601f198584030188526144e18383516138d3565b60209889019890935091909101906001016144c5565b50909695505050505050565b608081525f6145156080830187614470565b8281036020840152614527818761407c565b9050828103604084015261453b81866144a9565b91505082606083015295945050505050565b5f6020828403121561455d575f5ffd5b5051919050565b838152606081016145786020830185613d62565b826040830152949350505050565b5f60208284031215614596575f5ffd5b815180151581146112a2575f5ffd5b84815260ff84166020820152826040820152608060608201525f61130060808301846138d3565b85815260ff8516602082015283604082015260a060608201525f6145f360a08301856138d3565b828103608084015261122281856138d3565b80820180821115610aad57610aad6143f6565b8981526001600160a01b0389166020820152610120604082018190525f906146429083018a614470565b8281036060840152614654818a61407c565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156146ab57601f198684030185526146958383516138d3565b6020958601959093509190910190600101614679565b505085810360a08701526146bf818b6144a9565b93505050508560c08401528460e08401528281036101008401526146e381856138d3565b9c9b505050505050505050505050565b81810381811115610aad57610aad6143f6565b634e487b7160e01b5f52601260045260245ffd5b60a081525f61472c60a0830188614470565b828103602084015261473e818861407c565b9050828103604084015261475281876144a9565b60608401959095525050608001529392505050565b60c081525f61477960c0830189614470565b828103602084015261478b818961407c565b9050828103604084015261479f81886144a9565b60608401969096525050608081019290925260a0909101529392505050565b601f8211156119bd57805f5260205f20601f840160051c810160208510156147e35750805b601f840160051c820191505b818110156119cf575f81556001016147ef565b81516001600160401b0381111561481b5761481b613927565b61482f816148298454614336565b846147be565b6020601f821160018114614861575f831561484a5750848201515b5f19600385901b1c1916600184901b1784556119cf565b5f84815260208120601f198516915b828110156148905787850151825560209485019460019092019101614870565b50848210156148ad57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082028115828204841417610aad57610aad6143f6565b60ff8181168382160190811115610aad57610aad6143f6565b6001815b600184111561262a5780850481111561490b5761490b6143f6565b600184161561491957908102905b60019390931c9280026148f0565b5f8261493557506001610aad565b8161494157505f610aad565b816001811461495757600281146149615761497d565b6001915050610aad565b60ff841115614972576149726143f6565b50506001821b610aad565b5060208310610133831016604e8410600b84101617156149a0575081810a610aad565b6149ac5f1984846148ec565b805f19048211156149bf576149bf6143f6565b029392505050565b5f6112a260ff84168361492756fe7c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb0100d7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd0100d7616c8fe29c6c2fbe1d0c5bc8f2faa4c35b43746e70b24b4d532752affd00a1cefa0f43667ef127a258e673c94202a79b656e62899531c4376d87a7f398000d5829787b8befdbc6044ef7457d8a95c2a04bc99235349f1a212c063e59d4007c712897014dbe49c045ef1299aa2d5f9e67e48eea4403efa21f1e0f3ac0cb00",
}

// GuildGovernor is an auto generated Go binding around an Ethereum contract.
type GuildGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GuildGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewGuildGovernor creates a new instance of GuildGovernor.
func NewGuildGovernor() *GuildGovernor {
	parsed, err := GuildGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GuildGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GuildGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (guildGovernor *GuildGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := guildGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (guildGovernor *GuildGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return guildGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (guildGovernor *GuildGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := guildGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (guildGovernor *GuildGovernor) PackCLOCKMODE() []byte {
	enc, err := guildGovernor.abi.Pack("CLOCK_MODE")
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
func (guildGovernor *GuildGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return guildGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (guildGovernor *GuildGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := guildGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (guildGovernor *GuildGovernor) PackCOUNTINGMODE() []byte {
	enc, err := guildGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (guildGovernor *GuildGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return guildGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (guildGovernor *GuildGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := guildGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (guildGovernor *GuildGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := guildGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (guildGovernor *GuildGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return guildGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (guildGovernor *GuildGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := guildGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (guildGovernor *GuildGovernor) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := guildGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return guildGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (guildGovernor *GuildGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := guildGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return guildGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (guildGovernor *GuildGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := guildGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (guildGovernor *GuildGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := guildGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return guildGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (guildGovernor *GuildGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := guildGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (guildGovernor *GuildGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := guildGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (guildGovernor *GuildGovernor) PackClock() []byte {
	enc, err := guildGovernor.abi.Pack("clock")
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
func (guildGovernor *GuildGovernor) TryPackClock() ([]byte, error) {
	return guildGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (guildGovernor *GuildGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (guildGovernor *GuildGovernor) PackEip712Domain() []byte {
	enc, err := guildGovernor.abi.Pack("eip712Domain")
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
func (guildGovernor *GuildGovernor) TryPackEip712Domain() ([]byte, error) {
	return guildGovernor.abi.Pack("eip712Domain")
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
func (guildGovernor *GuildGovernor) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := guildGovernor.abi.Unpack("eip712Domain", data)
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

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (guildGovernor *GuildGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := guildGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (guildGovernor *GuildGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return guildGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (guildGovernor *GuildGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (guildGovernor *GuildGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := guildGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return guildGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (guildGovernor *GuildGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := guildGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (guildGovernor *GuildGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := guildGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (guildGovernor *GuildGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return guildGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (guildGovernor *GuildGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := guildGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (guildGovernor *GuildGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := guildGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (guildGovernor *GuildGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return guildGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (guildGovernor *GuildGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b6dd8ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, address token_, address timelock_, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 quorumNumerator_) returns()
func (guildGovernor *GuildGovernor) PackInitialize(name string, token common.Address, timelock common.Address, votingDelay *big.Int, votingPeriod uint32, proposalThreshold *big.Int, quorumNumerator *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("initialize", name, token, timelock, votingDelay, votingPeriod, proposalThreshold, quorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b6dd8ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, address token_, address timelock_, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 quorumNumerator_) returns()
func (guildGovernor *GuildGovernor) TryPackInitialize(name string, token common.Address, timelock common.Address, votingDelay *big.Int, votingPeriod uint32, proposalThreshold *big.Int, quorumNumerator *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("initialize", name, token, timelock, votingDelay, votingPeriod, proposalThreshold, quorumNumerator)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (guildGovernor *GuildGovernor) PackName() []byte {
	enc, err := guildGovernor.abi.Pack("name")
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
func (guildGovernor *GuildGovernor) TryPackName() ([]byte, error) {
	return guildGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (guildGovernor *GuildGovernor) UnpackName(data []byte) (string, error) {
	out, err := guildGovernor.abi.Unpack("name", data)
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
func (guildGovernor *GuildGovernor) PackNonces(owner common.Address) []byte {
	enc, err := guildGovernor.abi.Pack("nonces", owner)
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
func (guildGovernor *GuildGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return guildGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := guildGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := guildGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := guildGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := guildGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := guildGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (guildGovernor *GuildGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := guildGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (guildGovernor *GuildGovernor) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (guildGovernor *GuildGovernor) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (guildGovernor *GuildGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := guildGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (guildGovernor *GuildGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (guildGovernor *GuildGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (guildGovernor *GuildGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := guildGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (guildGovernor *GuildGovernor) PackProposalThreshold() []byte {
	enc, err := guildGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackProposalThreshold() ([]byte, error) {
	return guildGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (guildGovernor *GuildGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (guildGovernor *GuildGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (guildGovernor *GuildGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := guildGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (guildGovernor *GuildGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := guildGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return guildGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (guildGovernor *GuildGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := guildGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (guildGovernor *GuildGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return guildGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (guildGovernor *GuildGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) PackQuorum(timepoint *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (guildGovernor *GuildGovernor) PackQuorumDenominator() []byte {
	enc, err := guildGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return guildGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (guildGovernor *GuildGovernor) PackQuorumNumerator0() []byte {
	enc, err := guildGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return guildGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (guildGovernor *GuildGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := guildGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (guildGovernor *GuildGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return guildGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (guildGovernor *GuildGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (guildGovernor *GuildGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (guildGovernor *GuildGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (guildGovernor *GuildGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (guildGovernor *GuildGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := guildGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (guildGovernor *GuildGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return guildGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (guildGovernor *GuildGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (guildGovernor *GuildGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (guildGovernor *GuildGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := guildGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (guildGovernor *GuildGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := guildGovernor.abi.Pack("supportsInterface", interfaceId)
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
func (guildGovernor *GuildGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return guildGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (guildGovernor *GuildGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := guildGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (guildGovernor *GuildGovernor) PackTimelock() []byte {
	enc, err := guildGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (guildGovernor *GuildGovernor) TryPackTimelock() ([]byte, error) {
	return guildGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (guildGovernor *GuildGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := guildGovernor.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (guildGovernor *GuildGovernor) PackToken() []byte {
	enc, err := guildGovernor.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (guildGovernor *GuildGovernor) TryPackToken() ([]byte, error) {
	return guildGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (guildGovernor *GuildGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := guildGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (guildGovernor *GuildGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := guildGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (guildGovernor *GuildGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return guildGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (guildGovernor *GuildGovernor) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := guildGovernor.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (guildGovernor *GuildGovernor) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return guildGovernor.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (guildGovernor *GuildGovernor) PackVersion() []byte {
	enc, err := guildGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (guildGovernor *GuildGovernor) TryPackVersion() ([]byte, error) {
	return guildGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (guildGovernor *GuildGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := guildGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (guildGovernor *GuildGovernor) PackVotingDelay() []byte {
	enc, err := guildGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackVotingDelay() ([]byte, error) {
	return guildGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (guildGovernor *GuildGovernor) PackVotingPeriod() []byte {
	enc, err := guildGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (guildGovernor *GuildGovernor) TryPackVotingPeriod() ([]byte, error) {
	return guildGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (guildGovernor *GuildGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := guildGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// GuildGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the GuildGovernor contract.
type GuildGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const GuildGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (GuildGovernorEIP712DomainChanged) ContractEventName() string {
	return GuildGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (guildGovernor *GuildGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*GuildGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorInitialized represents a Initialized event raised by the GuildGovernor contract.
type GuildGovernorInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const GuildGovernorInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (GuildGovernorInitialized) ContractEventName() string {
	return GuildGovernorInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (guildGovernor *GuildGovernor) UnpackInitializedEvent(log *types.Log) (*GuildGovernorInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorInitialized)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorProposalCanceled represents a ProposalCanceled event raised by the GuildGovernor contract.
type GuildGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GuildGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (GuildGovernorProposalCanceled) ContractEventName() string {
	return GuildGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (guildGovernor *GuildGovernor) UnpackProposalCanceledEvent(log *types.Log) (*GuildGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorProposalCreated represents a ProposalCreated event raised by the GuildGovernor contract.
type GuildGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const GuildGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (GuildGovernorProposalCreated) ContractEventName() string {
	return GuildGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (guildGovernor *GuildGovernor) UnpackProposalCreatedEvent(log *types.Log) (*GuildGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorProposalExecuted represents a ProposalExecuted event raised by the GuildGovernor contract.
type GuildGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GuildGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (GuildGovernorProposalExecuted) ContractEventName() string {
	return GuildGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (guildGovernor *GuildGovernor) UnpackProposalExecutedEvent(log *types.Log) (*GuildGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorProposalQueued represents a ProposalQueued event raised by the GuildGovernor contract.
type GuildGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GuildGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (GuildGovernorProposalQueued) ContractEventName() string {
	return GuildGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (guildGovernor *GuildGovernor) UnpackProposalQueuedEvent(log *types.Log) (*GuildGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the GuildGovernor contract.
type GuildGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const GuildGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (GuildGovernorProposalThresholdSet) ContractEventName() string {
	return GuildGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (guildGovernor *GuildGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*GuildGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the GuildGovernor contract.
type GuildGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const GuildGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (GuildGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return GuildGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (guildGovernor *GuildGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*GuildGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorTimelockChange represents a TimelockChange event raised by the GuildGovernor contract.
type GuildGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const GuildGovernorTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (GuildGovernorTimelockChange) ContractEventName() string {
	return GuildGovernorTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (guildGovernor *GuildGovernor) UnpackTimelockChangeEvent(log *types.Log) (*GuildGovernorTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorTimelockChange)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorVoteCast represents a VoteCast event raised by the GuildGovernor contract.
type GuildGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const GuildGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (GuildGovernorVoteCast) ContractEventName() string {
	return GuildGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (guildGovernor *GuildGovernor) UnpackVoteCastEvent(log *types.Log) (*GuildGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the GuildGovernor contract.
type GuildGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const GuildGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (GuildGovernorVoteCastWithParams) ContractEventName() string {
	return GuildGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (guildGovernor *GuildGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*GuildGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorVotingDelaySet represents a VotingDelaySet event raised by the GuildGovernor contract.
type GuildGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const GuildGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (GuildGovernorVotingDelaySet) ContractEventName() string {
	return GuildGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (guildGovernor *GuildGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*GuildGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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

// GuildGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the GuildGovernor contract.
type GuildGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const GuildGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (GuildGovernorVotingPeriodSet) ContractEventName() string {
	return GuildGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (guildGovernor *GuildGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*GuildGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != guildGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GuildGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := guildGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range guildGovernor.abi.Events[event].Inputs {
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
func (guildGovernor *GuildGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["Governor_ZeroAddress"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackGovernorZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], guildGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return guildGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GuildGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the GuildGovernor contract.
type GuildGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func GuildGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (guildGovernor *GuildGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*GuildGovernorCheckpointUnorderedInsertion, error) {
	out := new(GuildGovernorCheckpointUnorderedInsertion)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the GuildGovernor contract.
type GuildGovernorERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func GuildGovernorERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (guildGovernor *GuildGovernor) UnpackERC6372InconsistentClockError(raw []byte) (*GuildGovernorERC6372InconsistentClock, error) {
	out := new(GuildGovernorERC6372InconsistentClock)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorFailedCall represents a FailedCall error raised by the GuildGovernor contract.
type GuildGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func GuildGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (guildGovernor *GuildGovernor) UnpackFailedCallError(raw []byte) (*GuildGovernorFailedCall, error) {
	out := new(GuildGovernorFailedCall)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the GuildGovernor contract.
type GuildGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func GuildGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (guildGovernor *GuildGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*GuildGovernorGovernorAlreadyCastVote, error) {
	out := new(GuildGovernorGovernorAlreadyCastVote)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the GuildGovernor contract.
type GuildGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func GuildGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (guildGovernor *GuildGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*GuildGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(GuildGovernorGovernorAlreadyQueuedProposal)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the GuildGovernor contract.
type GuildGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func GuildGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (guildGovernor *GuildGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*GuildGovernorGovernorDisabledDeposit, error) {
	out := new(GuildGovernorGovernorDisabledDeposit)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the GuildGovernor contract.
type GuildGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func GuildGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (guildGovernor *GuildGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*GuildGovernorGovernorInsufficientProposerVotes, error) {
	out := new(GuildGovernorGovernorInsufficientProposerVotes)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the GuildGovernor contract.
type GuildGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func GuildGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (guildGovernor *GuildGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*GuildGovernorGovernorInvalidProposalLength, error) {
	out := new(GuildGovernorGovernorInvalidProposalLength)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the GuildGovernor contract.
type GuildGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func GuildGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (guildGovernor *GuildGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*GuildGovernorGovernorInvalidQuorumFraction, error) {
	out := new(GuildGovernorGovernorInvalidQuorumFraction)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the GuildGovernor contract.
type GuildGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func GuildGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (guildGovernor *GuildGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*GuildGovernorGovernorInvalidSignature, error) {
	out := new(GuildGovernorGovernorInvalidSignature)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the GuildGovernor contract.
type GuildGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func GuildGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (guildGovernor *GuildGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*GuildGovernorGovernorInvalidVoteParams, error) {
	out := new(GuildGovernorGovernorInvalidVoteParams)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the GuildGovernor contract.
type GuildGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func GuildGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (guildGovernor *GuildGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*GuildGovernorGovernorInvalidVoteType, error) {
	out := new(GuildGovernorGovernorInvalidVoteType)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the GuildGovernor contract.
type GuildGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func GuildGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (guildGovernor *GuildGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*GuildGovernorGovernorInvalidVotingPeriod, error) {
	out := new(GuildGovernorGovernorInvalidVotingPeriod)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the GuildGovernor contract.
type GuildGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func GuildGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (guildGovernor *GuildGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*GuildGovernorGovernorNonexistentProposal, error) {
	out := new(GuildGovernorGovernorNonexistentProposal)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the GuildGovernor contract.
type GuildGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func GuildGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (guildGovernor *GuildGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*GuildGovernorGovernorOnlyExecutor, error) {
	out := new(GuildGovernorGovernorOnlyExecutor)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the GuildGovernor contract.
type GuildGovernorGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func GuildGovernorGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (guildGovernor *GuildGovernor) UnpackGovernorProposalQueueingFailedError(raw []byte) (*GuildGovernorGovernorProposalQueueingFailed, error) {
	out := new(GuildGovernorGovernorProposalQueueingFailed)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the GuildGovernor contract.
type GuildGovernorGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func GuildGovernorGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (guildGovernor *GuildGovernor) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*GuildGovernorGovernorProposalQueueingNotRequired, error) {
	out := new(GuildGovernorGovernorProposalQueueingNotRequired)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the GuildGovernor contract.
type GuildGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func GuildGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (guildGovernor *GuildGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*GuildGovernorGovernorRestrictedProposer, error) {
	out := new(GuildGovernorGovernorRestrictedProposer)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the GuildGovernor contract.
type GuildGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func GuildGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (guildGovernor *GuildGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*GuildGovernorGovernorUnableToCancel, error) {
	out := new(GuildGovernorGovernorUnableToCancel)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the GuildGovernor contract.
type GuildGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func GuildGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (guildGovernor *GuildGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*GuildGovernorGovernorUnexpectedProposalState, error) {
	out := new(GuildGovernorGovernorUnexpectedProposalState)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorGovernorZeroAddress represents a Governor_ZeroAddress error raised by the GuildGovernor contract.
type GuildGovernorGovernorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Governor_ZeroAddress()
func GuildGovernorGovernorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xf6d35b66864ec92bd57f86a0b162542cb10621ae72b51896216fce99b04c57d4")
}

// UnpackGovernorZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Governor_ZeroAddress()
func (guildGovernor *GuildGovernor) UnpackGovernorZeroAddressError(raw []byte) (*GuildGovernorGovernorZeroAddress, error) {
	out := new(GuildGovernorGovernorZeroAddress)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "Governor_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the GuildGovernor contract.
type GuildGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func GuildGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (guildGovernor *GuildGovernor) UnpackInvalidAccountNonceError(raw []byte) (*GuildGovernorInvalidAccountNonce, error) {
	out := new(GuildGovernorInvalidAccountNonce)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorInvalidInitialization represents a InvalidInitialization error raised by the GuildGovernor contract.
type GuildGovernorInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func GuildGovernorInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (guildGovernor *GuildGovernor) UnpackInvalidInitializationError(raw []byte) (*GuildGovernorInvalidInitialization, error) {
	out := new(GuildGovernorInvalidInitialization)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorNotInitializing represents a NotInitializing error raised by the GuildGovernor contract.
type GuildGovernorNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func GuildGovernorNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (guildGovernor *GuildGovernor) UnpackNotInitializingError(raw []byte) (*GuildGovernorNotInitializing, error) {
	out := new(GuildGovernorNotInitializing)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GuildGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the GuildGovernor contract.
type GuildGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func GuildGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (guildGovernor *GuildGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*GuildGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(GuildGovernorSafeCastOverflowedUintDowncast)
	if err := guildGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}
