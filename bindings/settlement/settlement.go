// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package settlement

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

// ISettlementBallotLeaf is an auto generated low-level Go binding around an user-defined struct.
type ISettlementBallotLeaf struct {
	Index      uint32
	Voter      common.Address
	Votes      []int64
	Cumulative []*big.Int
	R          [32]byte
	S          [32]byte
	V          uint8
}

// ISettlementClaim is an auto generated low-level Go binding around an user-defined struct.
type ISettlementClaim struct {
	Relayer        common.Address
	Kind           uint8
	Status         uint8
	Callback       uint8
	LeafCount      uint32
	OpenRequests   uint32
	Target         common.Address
	ChallengeEnd   uint64
	Deadline       uint64
	Verifier       common.Address
	SampleBlock    uint64
	Samples        uint8
	Answered       uint32
	SubjectId      *big.Int
	Root           [32]byte
	ResultHash     [32]byte
	Seed           [32]byte
	Bond           *big.Int
	RequestBond    *big.Int
	ResponseWindow uint64
	ProofWindow    uint64
	RewardBps      uint16
}

// ISettlementConfig is an auto generated low-level Go binding around an user-defined struct.
type ISettlementConfig struct {
	ClaimBond           *big.Int
	RequestBond         *big.Int
	ChallengeWindow     uint64
	ResponseWindow      uint64
	ProofWindow         uint64
	ExitDelay           uint64
	SampleDelay         uint32
	SampleCount         uint8
	ChallengerRewardBps uint16
	CallbackGasLimit    uint32
}

// ISettlementRelayer is an auto generated low-level Go binding around an user-defined struct.
type ISettlementRelayer struct {
	Bond   *big.Int
	Locked *big.Int
	ExitAt uint64
}

// ISettlementRequest is an auto generated low-level Go binding around an user-defined struct.
type ISettlementRequest struct {
	ClaimId   *big.Int
	Requester common.Address
	Index     uint32
	Open      bool
	Deadline  uint64
	Bond      *big.Int
}

// SettlementMetaData contains all meta data concerning the Settlement contract.
var SettlementMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"fallback\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"BATCHES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SAMPLES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"answerSample\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"inputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"merkleProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"zkProof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bond\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"challengeBallot\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeDuplicate\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"aProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"b\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"bProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeProposal\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"p\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeStep\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"prev\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"prevProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"cur\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"curProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Claim\",\"components\":[{\"name\":\"relayer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimStatus\"},{\"name\":\"callback\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.CallbackStatus\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"openRequests\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"challengeEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sampleBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"samples\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"answered\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"closeRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"credit\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"drawSamples\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"exit\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"failClaim\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tallyVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"powVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"inferenceVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"config_\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outcomeOf\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"relayer\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Relayer\",\"components\":[{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"locked\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"exitAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Request\",\"components\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"open\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestExit\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestLeaf\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"retryCallback\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revealLeaf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sampleIndex\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sampleLeafHash\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"sessionId\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sessionNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"setConfig\",\"inputs\":[{\"name\":\"config_\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"subjectClaim\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submit\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifierOf\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchRejected\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.Fault\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallbackAttempted\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimFinalized\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimRejected\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.Fault\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimSubmitted\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"result\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConfigSet\",\"inputs\":[{\"name\":\"config\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeafRequested\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeafRevealed\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RelayerBonded\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RelayerExitRequested\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"exitAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RelayerExited\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RequestClosed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"claimSlashed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SampleAnswered\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"index\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SamplesDrawn\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"indices\",\"type\":\"uint32[]\",\"indexed\":false,\"internalType\":\"uint32[]\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TargetSet\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierSet\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_AlreadyAnswered\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Settlement_AlreadyDrawn\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadIndex\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadResult\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_ExitNotReady\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_Exiting\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_InsufficientBond\",\"inputs\":[{\"name\":\"free\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_InsufficientGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoFraud\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoRetry\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoVerifier\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotDrawn\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotFailable\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotFinalizable\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotInTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotPending\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_ProofRejected\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_RequestClosed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_ResultMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_SeedExpired\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_SubjectTaken\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_TargetNotAllowed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Settlement_TooEarly\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_TransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_WindowClosed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_WrongClaim\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_WrongValue\",\"inputs\":[{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_ZeroAddress\",\"inputs\":[]}]",
	ID:  "Settlement",
	Bin: "0x60a060405234801561000f575f5ffd5b5061001861004f565b60405161002490610101565b604051809103905ff08015801561003d573d5f5f3e3d5ffd5b506001600160a01b031660805261010e565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161561009f5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100fe5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61272c80615e0c83390190565b608051615cdf61012d5f395f818161029401526109740152615cdf5ff3fe608060405260043610610292575f3560e01c80638da4d3c911610159578063cd370524116100c0578063deb9663411610079578063deb9663414610b04578063e9fad8ee14610b32578063f0282b7f14610b46578063f0f4426014610b65578063f698da2514610b84578063fd1b439e14610b9857610292565b8063cd370524146108f1578063d547741f14610910578063d5d44d801461092f578063d7d58dce14610963578063d810a05f14610996578063d845a4b3146109ca57610292565b8063b8c9b58511610112578063b8c9b58514610789578063ba779f6c146107a8578063bb79ea6a146107c7578063c44f1301146107f3578063c6bf0d5b14610812578063c9b5ef8e1461083157610292565b80638da4d3c9146106ce57806391d14854146106e2578063a217fddf14610701578063aa2a4fbb14610714578063aa64227414610733578063b3daabf51461076a57610292565b80633ccfd60b116101fd57806369a1e531116101b657806369a1e5311461051f57806379502c551461053e5780637f8e3b4e1461065557806380ffe77f1461066957806384b0196e146106885780638c06fe83146106af57610292565b80633ccfd60b14610482578063404e4ab81461049657806341175252146104bc57806342f698fd146104db57806361d027b3146104fa57806364c9ec6f1461051757610292565b8063260750d91161024f578063260750d9146103c75780632f2ff15d146103da5780632fb8ff97146103f9578063360df7961461041857806336568abe14610437578063379607f51461045657610292565b80630138c60d146102d05780630198707f146102f157806301ffc9a71461032d57806305261aea1461035c57806323850d901461037b578063248a9ca31461039a575b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e806102cb573d5ffd5b503d5ff35b3480156102db575f5ffd5b506102ef6102ea366004614385565b610bb7565b005b3480156102fc575f5ffd5b5061031061030b3660046143aa565b610c49565b6040516001600160a01b0390911681526020015b60405180910390f35b348015610338575f5ffd5b5061034c6103473660046143c3565b610c8f565b6040519015158152602001610324565b348015610367575f5ffd5b506102ef610376366004614385565b610cc5565b348015610386575f5ffd5b506102ef610395366004614447565b610ede565b3480156103a5575f5ffd5b506103b96103b4366004614385565b610f08565b604051908152602001610324565b6103b96103d536600461452c565b610f28565b3480156103e5575f5ffd5b506102ef6103f4366004614570565b6111fa565b348015610404575f5ffd5b506102ef61041336600461459a565b61121c565b348015610423575f5ffd5b506103b96104323660046145c2565b6112ec565b348015610442575f5ffd5b506102ef610451366004614570565b61136c565b348015610461575f5ffd5b50610475610470366004614385565b6113a4565b604051610324919061462b565b34801561048d575f5ffd5b506102ef611637565b3480156104a1575f5ffd5b506104aa602081565b60405160ff9091168152602001610324565b3480156104c7575f5ffd5b506102ef6104d636600461485c565b61172c565b3480156104e6575f5ffd5b506102ef6104f53660046148c7565b61174d565b348015610505575f5ffd5b506003546001600160a01b0316610310565b6102ef611764565b34801561052a575f5ffd5b506102ef6105393660046148e2565b61186a565b348015610549575f5ffd5b5061064860408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060408051610140810182525f546001600160801b038082168352600160801b918290041660208301526001546001600160401b0380821694840194909452600160401b81048416606084015290810483166080830152600160c01b900490911660a082015260025463ffffffff80821660c084015260ff64010000000083041660e084015261ffff65010000000000830416610100840152600160381b9091041661012082015290565b60405161032491906149db565b348015610660575f5ffd5b506102ef611896565b348015610674575f5ffd5b506102ef610683366004614ad2565b61198f565b348015610693575f5ffd5b5061069c611a1f565b6040516103249796959493929190614b68565b3480156106ba575f5ffd5b506103b96106c9366004614bd7565b611a61565b3480156106d9575f5ffd5b506004546103b9565b3480156106ed575f5ffd5b5061034c6106fc366004614570565b611ad1565b34801561070c575f5ffd5b506103b95f81565b34801561071f575f5ffd5b506103b961072e366004614c35565b611b07565b34801561073e575f5ffd5b5061034c61074d366004614ca7565b6001600160a01b03165f9081526007602052604090205460ff1690565b348015610775575f5ffd5b506103b9610784366004614cc0565b611d77565b348015610794575f5ffd5b506102ef6107a3366004614cf0565b611dba565b3480156107b3575f5ffd5b506102ef6107c2366004614385565b611fcb565b3480156107d2575f5ffd5b506107e66107e1366004614385565b6120ab565b6040516103249190614d46565b3480156107fe575f5ffd5b506102ef61080d366004614385565b61214a565b34801561081d575f5ffd5b506102ef61082c366004614d58565b612340565b34801561083c575f5ffd5b506108b861084b366004614ca7565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0394909416845260088252928290208251938401835280546001600160801b038082168652600160801b9091041691840191909152600101546001600160401b03169082015290565b6040805182516001600160801b03908116825260208085015190911690820152918101516001600160401b031690820152606001610324565b3480156108fc575f5ffd5b506102ef61090b366004614e13565b612793565b34801561091b575f5ffd5b506102ef61092a366004614570565b61284f565b34801561093a575f5ffd5b506103b9610949366004614ca7565b6001600160a01b03165f908152600d602052604090205490565b34801561096e575f5ffd5b506103107f000000000000000000000000000000000000000000000000000000000000000081565b3480156109a1575f5ffd5b506109b56109b0366004614eca565b61286b565b60405163ffffffff9091168152602001610324565b3480156109d5575f5ffd5b50610a9a6109e4366004614385565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f908152600b6020908152604091829020825160c0810184528154815260018201546001600160a01b03811693820193909352600160a01b830463ffffffff1693810193909352600160c01b90910460ff1615156060830152600201546001600160401b0381166080830152600160401b90046001600160801b031660a082015290565b6040516103249190815181526020808301516001600160a01b03169082015260408083015163ffffffff16908201526060808301511515908201526080808301516001600160401b03169082015260a0918201516001600160801b03169181019190915260c00190565b348015610b0f575f5ffd5b50610b1a6276a70081565b6040516001600160401b039091168152602001610324565b348015610b3d575f5ffd5b506102ef6128ec565b348015610b51575f5ffd5b506102ef610b60366004614385565b6129f0565b348015610b70575f5ffd5b506102ef610b7f366004614ca7565b612b8f565b348015610b8f575f5ffd5b506103b9612c14565b348015610ba3575f5ffd5b506102ef610bb2366004614eed565b612c22565b610bbf612c4b565b5f81815260096020526040902060028154600160a81b900460ff166003811115610beb57610beb6145ea565b141580610c15575060028154600160b01b900460ff166002811115610c1257610c126145ea565b14155b15610c3357604051631d03d1d360e31b815260040160405180910390fd5b610c3d8282612c80565b50610c46612da4565b50565b5f60065f836002811115610c5f57610c5f6145ea565b6002811115610c7057610c706145ea565b815260208101919091526040015f20546001600160a01b031692915050565b5f6001600160e01b03198216637965db0b60e01b1480610cbf57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610ccd612c4b565b5f81815260096020526040902060018154600160a81b900460ff166003811115610cf957610cf96145ea565b14610d1f5760405163e5e4b7bd60e01b8152600481018390526024015b60405180910390fd5b5f8154600160a01b900460ff166002811115610d3d57610d3d6145ea565b03610da55760028101546001600160401b031642111580610d6b57508054600160d81b900463ffffffff1615155b80610d8257505f8281526012602052604090205415155b15610da057604051639ccf982f60e01b815260040160405180910390fd5b610e00565b60078101541580610de257506003810154610dc990600160401b900460ff16612dce565b6003820154600160481b900463ffffffff908116911614155b15610e0057604051639ccf982f60e01b815260040160405180910390fd5b8054600160a91b60ff60a81b1982161782556008808301546001600160a01b039092165f9081526020919091526040902080546001600160801b0392831692601091610e55918591600160801b900416614f8f565b82546001600160801b039182166101009390930a928302919092021990911617905550600181015460048201545f848152600a60205260409081902090516001600160a01b039093169285927f6f0fb37dbf3e99482cb7ba189f122af5008c49175e2103123fd760f9d4ae88fd92610ecc92614fe0565b60405180910390a3610c3d8282612c80565b610ee6612c4b565b610ef7876308fb648f60e01b612de0565b610eff612da4565b50505050505050565b5f9081525f516020615cbf5f395f51905f52602052604090206001015490565b5f610f31612c4b565b5f610f3b84612e2f565b6001810154909150600160a01b90046001600160401b0316421115610f7357604051631069babb60e21b815260040160405180910390fd5b805463ffffffff600160b81b909104811690841610610fa5576040516331e874fd60e11b815260040160405180910390fd5b6008810154600160801b90046001600160801b03163414610ff65760088101546040516305c6169b60e51b8152346004820152600160801b9091046001600160801b03166024820152604401610d16565b60055f81546110049061506e565b918290555060098201549092505f90611026906001600160401b031642615086565b90506040518060c00160405280868152602001336001600160a01b031681526020018563ffffffff168152602001600115158152602001826001600160401b03168152602001346001600160801b0316815250600b5f8581526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a81548163ffffffff021916908363ffffffff16021790555060608201518160010160186101000a81548160ff0219169083151502179055506080820151816002015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160020160086101000a8154816001600160801b0302191690836001600160801b031602179055509050506001825f01601b8282829054906101000a900463ffffffff1661118491906150a5565b82546101009290920a63ffffffff8181021990931691831602179091556040805191871682523360208301526001600160401b0384169082015284915086907fb0b1a9a1c4ed63bc9541a55cc0552dd1ec9b29ce08870203d237460ecca800ad9060600160405180910390a35050610cbf612da4565b61120382610f08565b61120c81612ec0565b6112168383612eca565b50505050565b5f61122681612ec0565b5f836002811115611239576112396145ea565b14801561124d57506001600160a01b038216155b1561126a57604051628b898760e31b815260040160405180910390fd5b8160065f856002811115611280576112806145ea565b6002811115611291576112916145ea565b81526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b031602179055505f516020615c9f5f395f51905f5283836040516112df9291906150c1565b60405180910390a1505050565b604080516001600160a01b038416602080830191909152818301849052825180830384018152606090920183528151918101919091205f908152600c825282812054808252600990925291822054600390600160a81b900460ff1681811115611357576113576145ea565b146113625780611364565b5f5b949350505050565b6001600160a01b03811633146113955760405163334bd91960e11b815260040160405180910390fd5b61139f8282612f72565b505050565b611456604080516102c081019091525f808252602082019081526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e08201819052610200820181905261022082018190526102409091015290565b5f8281526009602090815260409182902082516102c0810190935280546001600160a01b03811684529091830190600160a01b900460ff16600281111561149f5761149f6145ea565b60028111156114b0576114b06145ea565b81528154602090910190600160a81b900460ff1660038111156114d5576114d56145ea565b60038111156114e6576114e66145ea565b81528154602090910190600160b01b900460ff16600281111561150b5761150b6145ea565b600281111561151c5761151c6145ea565b8152815463ffffffff600160b81b820481166020840152600160d81b9091048116604083015260018301546001600160a01b0380821660608501526001600160401b03600160a01b90920482166080850152600285015480831660a0860152600160401b9081900490911660c0850152600385015480831660e086015260ff82820416610100860152600160481b900490921661012084015260048401546101408401526005840154610160840152600684015461018084015260078401546101a084015260088401546001600160801b038082166101c0860152600160801b91829004166101e08501526009909401548082166102008501529182041661022083015261ffff929004919091166102409091015292915050565b61163f612c4b565b335f908152600d60205260408120549081900361166f5760405163683bdf5160e01b815260040160405180910390fd5b335f818152600d602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906116b29084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f81146116f9576040519150601f19603f3d011682016040523d82523d5f602084013e6116fe565b606091505b5050905080611720576040516332a7232f60e11b815260040160405180910390fd5b505061172a612da4565b565b611734612c4b565b61174584635e3e6c7960e01b612de0565b611216612da4565b5f61175781612ec0565b61176082612feb565b5050565b61176c612c4b565b335f90815260086020526040902060018101546001600160401b0316156117a65760405163283068e360e01b815260040160405180910390fd5b80545f906117be9034906001600160801b03166150e6565b5f549091506001600160801b03163415806117d857508082105b1561180057604051635180c59760e11b81526004810183905260248101829052604401610d16565b61180982613261565b83546001600160801b0319166001600160801b0391909116178355604080513481526020810184905233917f2a9760062016191d6e6ba88b3f092c659b386e74ad4a27a19979901f47a0e9ed910160405180910390a250505061172a612da4565b611872612c4b565b6118838963309ddd8760e11b612de0565b61188b612da4565b505050505050505050565b335f908152600860205260408120805490916001600160801b0390911690036118e7575f8054604051635180c59760e11b815260048101929092526001600160801b03166024820152604401610d16565b60018101546001600160401b0316156119135760405163283068e360e01b815260040160405180910390fd5b6001545f9061193290600160c01b90046001600160401b031642615086565b60018301805467ffffffffffffffff19166001600160401b03831690811790915560405190815290915033907f23c8a40e7b7a6a12831afac658a498250ad925c564ae1d5b70b02fddf43d1e1d9060200160405180910390a25050565b5f61199981612ec0565b6001600160a01b0383166119bf57604051628b898760e31b815260040160405180910390fd5b6001600160a01b0383165f81815260076020908152604091829020805460ff191686151590811790915591519182527fd79dab7c1ad9be25388690df227462ca1accba2033dbdbd3011ff0eb30c2508891015b60405180910390a2505050565b5f6060805f5f5f6060611a30613298565b611a3861336b565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f80856002811115611a7557611a756145ea565b03611a9557604051631408159960e11b81525f6004820152602401610d16565b5f6001866002811115611aaa57611aaa6145ea565b14611ab6576003611ab9565b60025b9050611ac7818686866133bc565b9695505050505050565b5f9182525f516020615cbf5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611b10612c4b565b5f611b1b8688613411565b905060045f8154611b2b9061506e565b91829055505f828152600c6020908152604080832084905583835260099091528120919350896002811115611b6257611b626145ea565b03611b7857611b738382878761358f565b611b85565b611b8583828b88886136eb565b8054336001600160a01b03198216811783555f918b9184916001600160a81b03191660ff60a01b1990911617600160a01b836002811115611bc857611bc86145ea565b0217905550815460ff60a81b1916600160a81b1782556001820180546001600160a01b0319166001600160a01b038a161790556004820189905560058201879055604051611c19908790879061510d565b604080519182900390912060068401558154600880850180546001600160801b039384166001600160801b0319918216811783558654600160801b9081900486168102909117909255600186018054600989018054600160401b928390046001600160401b0390811667ffffffffffffffff19831681178455945491909516909317928590049093160217808255600287015461ffff60801b199091166501000000000090910461ffff1683021790558454335f908152602093909352939091208054938316939092601092611cf49286929190041661511c565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550876001600160a01b0316336001600160a01b0316857fef7fb6cd8fcffd1ad55c7a307d2ab089dba7c7f9da4260fca1e6068549e2d0b08d8d8c8c8c604051611d64959493929190615163565b60405180910390a4505050611ac7612da4565b604080516001600160a01b038516602080830191909152818301859052606080830185905283518084039091018152608090920190925280519101205f90611364565b611dc2612c4b565b5f848152600b602052604090206001810154600160c01b900460ff16611dfe576040516375d22d7160e11b815260048101869052602401610d16565b80545f90815260096020526040902060018154600160a81b900460ff166003811115611e2c57611e2c6145ea565b14611e5057815460405163e5e4b7bd60e01b81526004810191909152602401610d16565b60028201546001600160401b0316421115611e7e57604051631069babb60e21b815260040160405180910390fd5b6002810154611ea490600160401b90046001600160a01b031663d726b8ab60e01b613842565b506001828101805460ff60c01b1916905581548290601b90611ed4908490600160d81b900463ffffffff1661519c565b825463ffffffff9182166101009390930a92830291909202199091161790555060098101545f90611f0e906001600160401b031642615086565b60028301549091506001600160401b039081169082161115611f495760028201805467ffffffffffffffff19166001600160401b0383161790555b6002830154335f908152600d602052604081208054600160401b9093046001600160801b031692909190611f7e9084906150e6565b909155505082546040518891907f67d9ee558c5723c8e72ebf2a56373e785f0c09a4e3cd792af7872b7356bd457b90611fb8908a90615263565b60405180910390a3505050611216612da4565b611fd3612c4b565b5f611fdd826138d8565b60078101549091505f9061202c576003820154612005906001600160401b03166101006150e6565b431161202457604051630fee4ec960e11b815260040160405180910390fd5b50600c612095565b60028201546001600160401b0316421115806120735750600382015461205b90600160401b900460ff16612dce565b6003830154600160481b900463ffffffff9081169116145b1561209157604051630fee4ec960e11b815260040160405180910390fd5b50600b5b6120a183838333613964565b5050610c46612da4565b5f818152600a602052604090208054606091906120c790614fae565b80601f01602080910402602001604051908101604052809291908181526020018280546120f390614fae565b801561213e5780601f106121155761010080835404028352916020019161213e565b820191905f5260205f20905b81548152906001019060200180831161212157829003601f168201915b50505050509050919050565b612152612c4b565b5f61215c826138d8565b600781015490915015612182576040516358d5174160e01b815260040160405180910390fd5b60038101546001600160401b03164381106121b0576040516380a7c4c760e01b815260040160405180910390fd5b8040806121d05760405163b1238e7360e01b815260040160405180910390fd5b604080516020808201849052818301879052825180830384018152606090920190925280519101206007840181905560098401545f9061222090600160401b90046001600160401b031642615086565b60028601805467ffffffffffffffff19166001600160401b03838116919091179091556003870154919250600160401b90910460ff16905f90829081111561226a5761226a6150f9565b604051908082528060200260200182016040528015612293578160200160208202803683370190505b5090505f5b8260ff168160ff1610156122f45787546122c29086908390600160b81b900463ffffffff16613a1d565b828260ff16815181106122d7576122d7615322565b63ffffffff90921660209283029190910190910152600101612298565b50877fa6d27b1c8fbf1548f97885e097f628ba6d409fef16ef4f59e5e447c0fb9e383a85838660405161232993929190615336565b60405180910390a250505050505050610c46612da4565b5f612349613a66565b805490915060ff600160401b82041615906001600160401b03165f8115801561236f5750825b90505f826001600160401b0316600114801561238a5750303b155b905081158015612398575080155b156123b65760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156123e057845460ff60401b1916600160401b1785555b6001600160a01b038d1615806123fd57506001600160a01b038c16155b8061240f57506001600160a01b038b16155b1561242c57604051628b898760e31b815260040160405180910390fd5b612434613a8e565b61247d6040518060400160405280600e81526020016d1112540814d95d1d1b195b595b9d60921b815250604051806040016040528060018152602001603160f81b815250613a96565b6124875f8e612eca565b50600380546001600160a01b0319166001600160a01b038e169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16124e286612feb565b5f80805260066020527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f880546001600160a01b0319166001600160a01b038e161790556040515f516020615c9f5f395f51905f5291612542918e906150c1565b60405180910390a160015f81905260066020527f3e5fec24aa4dc4e5aee2e025e51e1392c72a2500577559fae9665c6d52bd6a3180546001600160a01b0319166001600160a01b038d161790556040515f516020615c9f5f395f51905f52916125ac918d906150c1565b60405180910390a160025f81905260066020527f8819ef417987f8ae7a81f42cdfb18815282fe989326fbff903d13cf0e03ace2980546001600160a01b0319166001600160a01b038c161790556040515f516020615c9f5f395f51905f5291612616918c906150c1565b60405180910390a15f5b8781101561273d575f89898381811061263b5761263b615322565b90506020020160208101906126509190614ca7565b6001600160a01b03160361267657604051628b898760e31b815260040160405180910390fd5b600160075f8b8b8581811061268d5761268d615322565b90506020020160208101906126a29190614ca7565b6001600160a01b0316815260208101919091526040015f20805460ff19169115159190911790558888828181106126db576126db615322565b90506020020160208101906126f09190614ca7565b6001600160a01b03167fd79dab7c1ad9be25388690df227462ca1accba2033dbdbd3011ff0eb30c25088600160405161272d911515815260200190565b60405180910390a2600101612620565b50831561278457845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050505050565b61279b612c4b565b5f6127a5896138d8565b90505f5f6127b7838b8b8b8b8b613aa8565b915091506127c8838a8a8888613be6565b6003830180546cffffffff000000000000000000198116600160481b9182900463ffffffff90811685821617909202179091556040805160ff8d16815291841660208301528c917fa571d2ea12908b5ccf2c8b26531ef7ac796b8ba71a0b909a865cd934d0977336910160405180910390a2505050612845612da4565b5050505050505050565b61285882610f08565b61286181612ec0565b6112168383612f72565b5f828152600960205260408120600781015461289a5760405163202c0cdf60e11b815260040160405180910390fd5b600381015460ff600160401b9091048116908416106128cc576040516331e874fd60e11b815260040160405180910390fd5b6007810154815461136491908590600160b81b900463ffffffff16613a1d565b6128f4612c4b565b335f90815260086020526040902060018101546001600160401b03161580612928575060018101546001600160401b031642105b8061294357508054600160801b90046001600160801b031615155b156129615760405163177714c160e01b815260040160405180910390fd5b8054335f908152600860209081526040808320838155600101805467ffffffffffffffff19169055600d909152812080546001600160801b03909316928392906129ac9084906150e6565b909155505060405181815233907fe1d2051646a6a1a96f30223e348f61b475d7a0f2e77c6690049362286c7aade59060200160405180910390a2505061172a612da4565b6129f8612c4b565b5f818152600b602052604090206001810154600160c01b900460ff16612a34576040516375d22d7160e11b815260048101839052602401610d16565b80545f8181526009602052604081209060018254600160a81b900460ff166003811115612a6357612a636145ea565b149050808015612a80575060028401546001600160401b03164211155b15612a9e576040516380a7c4c760e01b815260040160405180910390fd5b6001848101805460ff60c01b1916905582548390601b90612acd908490600160d81b900463ffffffff1661519c565b825463ffffffff9182166101009390930a928302919092021990911617905550600184015460028501546001600160a01b039091165f818152600d60205260408120805492936001600160801b03600160401b9091041692909190612b339084906150e6565b9091555050604051821515815286907fd204805208bb5b5fea6f63d5baa0b02392e939d9ff87e412b2f2ceacde50e0999060200160405180910390a28115612b8257612b828484600a84613964565b5050505050610c46612da4565b5f612b9981612ec0565b6001600160a01b038216612bbf57604051628b898760e31b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f612c1d613d2c565b905090565b612c2a612c4b565b612c3b8663ac7383df60e01b612de0565b612c43612da4565b505050505050565b612c53613d35565b61172a60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613d75565b600181015460048201545f848152600a6020526040812080549193612d38936001600160a01b0390911692909190612cb790614fae565b80601f0160208091040260200160405190810160405280929190818152602001828054612ce390614fae565b8015612d2e5780601f10612d0557610100808354040283529160200191612d2e565b820191905f5260205f20905b815481529060010190602001808311612d1157829003601f168201915b5050505050613d7c565b905080612d46576002612d49565b60015b8254839060ff60b01b1916600160b01b836002811115612d6b57612d6b6145ea565b0217905550827f5ac56ed027087e6f93a6cf2db7df8d2820ee5fd1df1e1dd50e326c5e1a72374a82604051611a12911515815260200190565b61172a5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612c7a565b5f610cbf600160ff841681901b61539b565b5f612dea83613dec565b90505f612e0e8260020160089054906101000a90046001600160a01b031684613842565b9050611216848383806020019051810190612e2991906153ae565b33613964565b5f81815260096020526040902060018154600160a81b900460ff166003811115612e5b57612e5b6145ea565b14612e7c5760405163e5e4b7bd60e01b815260048101839052602401610d16565b5f8154600160a01b900460ff166002811115612e9a57612e9a6145ea565b14612ebb57604051631408159960e11b815260048101839052602401610d16565b919050565b610c468133613e27565b5f5f516020615cbf5f395f51905f52612ee38484611ad1565b612f62575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612f183390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610cbf565b5f915050610cbf565b5092915050565b5f5f516020615cbf5f395f51905f52612f8b8484611ad1565b15612f62575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610cbf565b612ff860208201826153eb565b6001600160801b03161580613023575061301860408201602083016153eb565b6001600160801b0316155b8061304457506130396060820160408301615425565b6001600160401b0316155b8061306957506276a70061305e6060830160408401615425565b6001600160401b0316115b8061308a575061307f6080820160608301615425565b6001600160401b0316155b806130af57506276a7006130a46080830160608401615425565b6001600160401b0316115b806130d057506130c560a0820160808301615425565b6001600160401b0316155b806130f557506276a7006130ea60a0830160808401615425565b6001600160401b0316115b8061311a57506276a70061310f60c0830160a08401615425565b6001600160401b0316115b80613138575061313060e0820160c08301615440565b63ffffffff16155b806131585750608061315060e0830160c08401615440565b63ffffffff16115b80613174575061316f610100820160e0830161545b565b60ff16155b806131925750602061318d610100830160e0840161545b565b60ff16115b806131b357506127106131ad61012083016101008401615490565b61ffff16115b806131d657506152086131ce61014083016101208401615440565b63ffffffff16105b806131fa5750629896806131f261014083016101208401615440565b63ffffffff16115b156132185760405163fdc6954560e01b815260040160405180910390fd5b805f61322482826154e7565b9050507fb4aa938be7093e5fb4b5f0a2096a626c56d3b2e3dba8548c9533760818b4dc538160405161325691906156d9565b60405180910390a150565b5f6001600160801b03821115613294576040516306dfcc6560e41b81526080600482015260248101839052604401610d16565b5090565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100916132e990614fae565b80601f016020809104026020016040519081016040528092919081815260200182805461331590614fae565b80156133605780601f1061333757610100808354040283529160200191613360565b820191905f5260205f20905b81548152906001019060200180831161334357829003601f168201915b505050505091505090565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10380546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100916132e990614fae565b5f848484846040516020016133d494939291906157db565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050949350505050565b335f90815260086020526040812060018101546001600160401b03161561344b5760405163283068e360e01b815260040160405180910390fd5b80545f9061346b906001600160801b03600160801b820481169116614f8f565b5f546001600160801b03918216925016808210156134a657604051635180c59760e11b81526004810183905260248101829052604401610d16565b6001600160a01b0386165f9081526007602052604090205460ff166134e957604051639b16c0d360e01b81526001600160a01b0387166004820152602401610d16565b604080516001600160a01b038816602082015290810186905260600160408051601f1981840301815291815281516020928301205f818152600c9093529120549094508015801590613564575060035f82815260096020526040902054600160a81b900460ff166003811115613561576135616145ea565b14155b1561358557604051633cf57b0d60e01b815260048101829052602401610d16565b5050505092915050565b5f80805260066020527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f8546040516326837e3d60e01b81526001600160a01b039091169190819083906326837e3d906135ee908890889060040161582a565b5f60405180830381865afa158015613608573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261362f9190810190615895565b600288018054600160401b600160e01b031916600160401b6001600160a01b0388160217905560015491935091505f90613672906001600160401b031642615086565b875463ffffffff60b81b1916600160b81b63ffffffff86160217885560018801805467ffffffffffffffff60a01b1916600160a01b6001600160401b0384169081029190911790915560028901805467ffffffffffffffff191690911790555f898152600a6020526040902090915061188b8382615986565b5f60065f856002811115613701576137016145ea565b6002811115613712576137126145ea565b815260208101919091526040015f20546001600160a01b031690508061374b57604051634ce3d0ed60e01b815260040160405180910390fd5b5f5f6137578585613e60565b600280548a5463ffffffff60b81b1916600160b81b63ffffffff86811691909102919091178c558b83018054600160401b600160e01b031916600160401b6001600160a01b038b1602179055915493955091935064010000000090910460ff16916137c3911643615086565b60038901805467ffffffffffffffff19166001600160401b039290921691909117905560ff811663ffffffff8416106137fc57806137fe565b825b60038901805460ff92909216600160401b0260ff60401b199092169190911790555f898152600a602052604090206138368382615986565b50505050505050505050565b60605f6001600160a01b0384168361385d3660048186615a40565b60405160200161386f93929190615a67565b60408051601f198184030181529082905261388991615a8a565b5f60405180830381855afa9150503d805f81146138c1576040519150601f19603f3d011682016040523d82523d5f602084013e6138c6565b606091505b509250905080612f6b57815160208301fd5b5f81815260096020526040902060018154600160a81b900460ff166003811115613904576139046145ea565b146139255760405163e5e4b7bd60e01b815260048101839052602401610d16565b5f8154600160a01b900460ff166002811115613943576139436145ea565b03612ebb57604051631408159960e11b815260048101839052602401610d16565b5f84815260126020526040902054801561398957613983818484613ed4565b50611216565b835460ff60a81b198116600360a81b178555600885015460098601546001600160801b03909116916001600160a01b038581169289927f06f4b2bb81bffaf7f4aa72b5657c41379913c3c9ab3e425541a09e584754c67c9289926139ff9291909116908790600160801b900461ffff168a613f91565b604051613a0d929190615aa0565b60405180910390a3505050505050565b5f8163ffffffff168484604051602001613a4492919091825260ff16602082015260400190565b604051602081830303815290604052805190602001205f1c6113649190615ad2565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610cbf565b61172a6140db565b613a9e6140db565b6117608282614100565b60078601545f90819080613acf5760405163202c0cdf60e11b815260040160405180910390fd5b60028901546001600160401b0316421115613afd57604051631069babb60e21b815260040160405180910390fd5b600389015460ff600160401b909104811690891610613b2f576040516331e874fd60e11b815260040160405180910390fd5b6003890154600160ff8a161b9250600160481b9004821663ffffffff1615613b6f576040516333e7637560e01b815260ff89166004820152602401610d16565b8854613b8b9082908a90600160b81b900463ffffffff16613a1d565b92505f60018a54600160a01b900460ff166002811115613bad57613bad6145ea565b14613bb9576003613bbc565b60025b9050613bd98a600501548787613bd485898e8e6133bc565b614163565b5050965096945050505050565b5f613bf28460016150e6565b6001600160401b03811115613c0957613c096150f9565b604051908082528060200260200182016040528015613c32578160200160208202803683370190505b5090508560040154815f81518110613c4c57613c4c615322565b60209081029190910101525f5b84811015613cab57858582818110613c7357613c73615322565b9050602002013582826001613c8891906150e6565b81518110613c9857613c98615322565b6020908102919091010152600101613c59565b506002860154604051631e8e1e1360e01b8152600160401b9091046001600160a01b031690631e8e1e1390613ce890869086908690600401615ae5565b5f6040518083038186803b158015613cfe575f5ffd5b505afa925050508015613d0f575060015b612c43576040516309faf81360e41b815260040160405180910390fd5b5f612c1d61418c565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561172a57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6002545f90600160381b900463ffffffff16613d97816141ff565b5f8484604051602401613dab929190615b0a565b60408051601f198184030181529190526020810180516001600160e01b031663198cad5360e01b17815281519192505f918291828a87f19695505050505050565b5f613df682612e2f565b60028101549091506001600160401b0316421115612ebb57604051631069babb60e21b815260040160405180910390fd5b613e318282611ad1565b6117605760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610d16565b5f606081613e7084860186615b22565b805190915063ffffffff165f03613e9a5760405163df69b33360e01b815260040160405180910390fd5b805f0151925080602001518160400151604051602001613ebb929190615c1f565b6040516020818303038152906040529150509250929050565b5f838152600f60205260409020805460ff60e01b1916600360e01b1781556002810154613f14908590600160701b90046001600160801b03166003614241565b805460028201546001600160a01b038481169287927f0be7998b746a6a8aa3bf7cb880729c3d4574ea4c50621a5ed2c3e968841798a3928892613f75929116906bffffffffffffffffffffffff811690600160601b900461ffff1689613f91565b604051613f83929190615aa0565b60405180910390a350505050565b6001600160a01b0384165f908152600860205260408120805485908290601090613fcc908490600160801b90046001600160801b0316614f8f565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555084815f015f8282829054906101000a90046001600160801b03166140149190614f8f565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506127108461ffff16866001600160801b03166140549190615c74565b61405e9190615c8b565b6001600160a01b0384165f908152600d602052604081208054929450849290919061408a9084906150e6565b909155506140a39050826001600160801b03871661539b565b6003546001600160a01b03165f908152600d6020526040812080549091906140cc9084906150e6565b90915550919695505050505050565b6140e36142c7565b61172a57604051631afcd79f60e31b815260040160405180910390fd5b6141086140db565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1026141548482615986565b50600381016112168382615986565b61416f838386846142e0565b6112165760405163059946e760e41b815260040160405180910390fd5b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6141b66142f7565b6141be61430c565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b61271061420d603f83615c8b565b61421790836150e6565b61422191906150e6565b5a1015610c46576040516353d35a0d60e01b815260040160405180910390fd5b5f5b6001600160801b038316156112165760018316156142a6575f848152601160209081526040808320848452825280832054835260099091529020805483919060ff60a81b1916600160a81b8360038111156142a0576142a06145ea565b02179055505b6001836001600160801b0316901c9250806142c09061506e565b9050614243565b5f6142d0613a66565b54600160401b900460ff16919050565b5f826142ed868685614315565b1495945050505050565b5f614300613298565b80519060200120905090565b5f61430061336b565b5f81815b8481101561434d576143438287878481811061433757614337615322565b90506020020135614356565b9150600101614319565b50949350505050565b5f818310614370575f82815260208490526040902061437e565b5f8381526020839052604090205b9392505050565b5f60208284031215614395575f5ffd5b5035919050565b803560038110612ebb575f5ffd5b5f602082840312156143ba575f5ffd5b61437e8261439c565b5f602082840312156143d3575f5ffd5b81356001600160e01b03198116811461437e575f5ffd5b5f60e082840312156143fa575f5ffd5b50919050565b5f5f83601f840112614410575f5ffd5b5081356001600160401b03811115614426575f5ffd5b6020830191508360208260051b8501011115614440575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a03121561445d575f5ffd5b8735965060208801356001600160401b03811115614479575f5ffd5b6144858a828b016143ea565b96505060408801356001600160401b038111156144a0575f5ffd5b6144ac8a828b01614400565b90965094505060608801356001600160401b038111156144ca575f5ffd5b6144d68a828b016143ea565b93505060808801356001600160401b038111156144f1575f5ffd5b6144fd8a828b01614400565b989b979a50959850939692959293505050565b63ffffffff81168114610c46575f5ffd5b8035612ebb81614510565b5f5f6040838503121561453d575f5ffd5b82359150602083013561454f81614510565b809150509250929050565b80356001600160a01b0381168114612ebb575f5ffd5b5f5f60408385031215614581575f5ffd5b823591506145916020840161455a565b90509250929050565b5f5f604083850312156145ab575f5ffd5b6145b48361439c565b91506145916020840161455a565b5f5f604083850312156145d3575f5ffd5b6145dc8361455a565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b60038110610c4657610c466145ea565b614617816145fe565b9052565b60048110614617576146176145ea565b81516001600160a01b031681526102c08101602083015161464f602084018261460e565b506040830151614662604084018261461b565b506060830151614675606084018261460e565b50608083015161468d608084018263ffffffff169052565b5060a08301516146a560a084018263ffffffff169052565b5060c08301516146c060c08401826001600160a01b03169052565b5060e08301516146db60e08401826001600160401b03169052565b506101008301516146f86101008401826001600160401b03169052565b506101208301516147156101208401826001600160a01b03169052565b506101408301516147326101408401826001600160401b03169052565b5061016083015161474961016084018260ff169052565b5061018083015161476361018084018263ffffffff169052565b506101a08301516101a08301526101c08301516101c08301526101e08301516101e08301526102008301516102008301526102208301516147b06102208401826001600160801b03169052565b506102408301516147cd6102408401826001600160801b03169052565b506102608301516147ea6102608401826001600160401b03169052565b506102808301516148076102808401826001600160401b03169052565b506102a0830151612f6b6102a084018261ffff169052565b5f5f83601f84011261482f575f5ffd5b5081356001600160401b03811115614845575f5ffd5b602083019150836020828501011115614440575f5ffd5b5f5f5f5f6060858703121561486f575f5ffd5b8435935060208501356001600160401b0381111561488b575f5ffd5b6148978782880161481f565b90945092505060408501356148ab81614510565b939692955090935050565b5f61014082840312156143fa575f5ffd5b5f61014082840312156148d8575f5ffd5b61437e83836148b6565b5f5f5f5f5f5f5f5f5f60c08a8c0312156148fa575f5ffd5b8935985060208a01356001600160401b03811115614916575f5ffd5b6149228c828d0161481f565b90995097505060408a01356001600160401b03811115614940575f5ffd5b61494c8c828d016143ea565b96505060608a01356001600160401b03811115614967575f5ffd5b6149738c828d01614400565b90965094505060808a01356001600160401b03811115614991575f5ffd5b61499d8c828d016143ea565b93505060a08a01356001600160401b038111156149b8575f5ffd5b6149c48c828d01614400565b915080935050809150509295985092959850929598565b81516001600160801b0316815261014081016020830151614a0760208401826001600160801b03169052565b506040830151614a2260408401826001600160401b03169052565b506060830151614a3d60608401826001600160401b03169052565b506080830151614a5860808401826001600160401b03169052565b5060a0830151614a7360a08401826001600160401b03169052565b5060c0830151614a8b60c084018263ffffffff169052565b5060e0830151614aa060e084018260ff169052565b50610100830151614ab861010084018261ffff169052565b50610120830151612f6b61012084018263ffffffff169052565b5f5f60408385031215614ae3575f5ffd5b614aec8361455a565b91506020830135801515811461454f575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b82811015614b5e578151865260209586019590910190600101614b40565b5093949350505050565b60ff60f81b8816815260e060208201525f614b8660e0830189614b00565b8281036040840152614b988189614b00565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050614bc98185614b2e565b9a9950505050505050505050565b5f5f5f5f60608587031215614bea575f5ffd5b614bf38561439c565b93506020850135614c0381614510565b925060408501356001600160401b03811115614c1d575f5ffd5b614c2987828801614400565b95989497509550505050565b5f5f5f5f5f5f60a08789031215614c4a575f5ffd5b614c538761439c565b955060208701359450614c686040880161455a565b93506060870135925060808701356001600160401b03811115614c89575f5ffd5b614c9589828a0161481f565b979a9699509497509295939492505050565b5f60208284031215614cb7575f5ffd5b61437e8261455a565b5f5f5f60608486031215614cd2575f5ffd5b614cdb8461455a565b95602085013595506040909401359392505050565b5f5f5f5f60608587031215614d03575f5ffd5b8435935060208501356001600160401b03811115614d1f575f5ffd5b614d2b878288016143ea565b93505060408501356001600160401b03811115614c1d575f5ffd5b602081525f61437e6020830184614b00565b5f5f5f5f5f5f5f5f610200898b031215614d70575f5ffd5b614d798961455a565b9750614d8760208a0161455a565b9650614d9560408a0161455a565b9550614da360608a0161455a565b9450614db160808a0161455a565b935060a08901356001600160401b03811115614dcb575f5ffd5b614dd78b828c01614400565b9094509250614deb90508a60c08b016148b6565b90509295985092959890939650565b60ff81168114610c46575f5ffd5b8035612ebb81614dfa565b5f5f5f5f5f5f5f5f60a0898b031215614e2a575f5ffd5b883597506020890135614e3c81614dfa565b965060408901356001600160401b03811115614e56575f5ffd5b614e628b828c01614400565b90975095505060608901356001600160401b03811115614e80575f5ffd5b614e8c8b828c01614400565b90955093505060808901356001600160401b03811115614eaa575f5ffd5b614eb68b828c0161481f565b999c989b5096995094979396929594505050565b5f5f60408385031215614edb575f5ffd5b82359150602083013561454f81614dfa565b5f5f5f5f5f5f60808789031215614f02575f5ffd5b8635955060208701356001600160401b03811115614f1e575f5ffd5b614f2a89828a0161481f565b90965094505060408701356001600160401b03811115614f48575f5ffd5b614f5489828a016143ea565b93505060608701356001600160401b03811115614f6f575f5ffd5b614c9589828a01614400565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038281168282160390811115610cbf57610cbf614f7b565b600181811c90821680614fc257607f821691505b6020821081036143fa57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f5f8354614ff781614fae565b806040860152600182165f8114615015576001811461503157615062565b60ff1983166060870152606082151560051b8701019350615062565b865f5260205f205f5b838110156150595781548882016060015260019091019060200161503a565b87016060019450505b50919695505050505050565b5f6001820161507f5761507f614f7b565b5060010190565b6001600160401b038181168382160190811115610cbf57610cbf614f7b565b63ffffffff8181168382160190811115610cbf57610cbf614f7b565b604081016150ce846145fe565b9281526001600160a01b039190911660209091015290565b80820180821115610cbf57610cbf614f7b565b634e487b7160e01b5f52604160045260245ffd5b818382375f9101908152919050565b6001600160801b038181168382160190811115610cbf57610cbf614f7b565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b61516c866145fe565b858152846020820152836040820152608060608201525f61519160808301848661513b565b979650505050505050565b63ffffffff8281168282160390811115610cbf57610cbf614f7b565b5f5f8335601e198436030181126151cd575f5ffd5b83016020810192503590506001600160401b038111156151eb575f5ffd5b8060051b3603821315614440575f5ffd5b8183526020830192505f815f5b84811015614b5e5781358060070b808214615222575f5ffd5b8752506020958601959190910190600101615209565b8183526020830192505f815f5b84811015614b5e578135865260209586019590910190600101615245565b602081525f823561527381614510565b63ffffffff166020838101919091526001600160a01b039061529690850161455a565b1660408301526152a960408401846151b8565b60e060608501526152bf610100850182846151fc565b9150506152cf60608501856151b8565b848303601f190160808601526152e6838284615238565b608087013560a08781019190915287013560c080880191909152909350615311925086019050614e08565b60ff811660e0850152509392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60608201858352606060208401528085518083526080850191506020870192505f5b8181101561537d57835163ffffffff16835260209384019390920191600101615359565b505080925050506001600160401b0383166040830152949350505050565b81810381811115610cbf57610cbf614f7b565b5f602082840312156153be575f5ffd5b8151600e811061437e575f5ffd5b6001600160801b0381168114610c46575f5ffd5b8035612ebb816153cc565b5f602082840312156153fb575f5ffd5b813561437e816153cc565b6001600160401b0381168114610c46575f5ffd5b8035612ebb81615406565b5f60208284031215615435575f5ffd5b813561437e81615406565b5f60208284031215615450575f5ffd5b813561437e81614510565b5f6020828403121561546b575f5ffd5b813561437e81614dfa565b61ffff81168114610c46575f5ffd5b8035612ebb81615476565b5f602082840312156154a0575f5ffd5b813561437e81615476565b5f8135610cbf816153cc565b5f8135610cbf81615406565b5f8135610cbf81614510565b5f8135610cbf81614dfa565b5f8135610cbf81615476565b81356154f2816153cc565b6001600160801b0381166001600160801b03198354161782555061553b61551b602084016154ab565b82546001600160801b031660809190911b6001600160801b031916178255565b6001810161556c61554e604085016154b7565b825467ffffffffffffffff19166001600160401b0391909116178255565b6155ad61557b606085016154b7565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b6155e86155bc608085016154b7565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b61561b6155f760a085016154b7565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b506002810161564661562f60c085016154c3565b825463ffffffff191663ffffffff91909116178255565b61567161565560e085016154cf565b825464ff00000000191660209190911b64ff0000000016178255565b6156a161568161010085016154db565b825466ffff0000000000191660289190911b66ffff000000000016178255565b61139f6156b161012085016154c3565b82546affffffff00000000000000191660389190911b6affffffff0000000000000016178255565b61014081016156f8826156eb856153e0565b6001600160801b03169052565b615704602084016153e0565b6001600160801b0316602083015261571e6040840161541a565b6001600160401b031660408301526157386060840161541a565b6001600160401b031660608301526157526080840161541a565b6001600160401b0316608083015261576c60a0840161541a565b6001600160401b031660a083015261578660c08401614521565b63ffffffff1660c083015261579d60e08401614e08565b60ff1660e08301526157b26101008401615485565b61ffff166101008301526157c96101208401614521565b63ffffffff8116610120840152612f6b565b60ff8516815263ffffffff8416602082015260606040820181905281018290525f6001600160fb1b0383111561580f575f5ffd5b8260051b808560808501379190910160800195945050505050565b602081525f61136460208301848661513b565b604051606081016001600160401b038111828210171561585f5761585f6150f9565b60405290565b604051601f8201601f191681016001600160401b038111828210171561588d5761588d6150f9565b604052919050565b5f5f604083850312156158a6575f5ffd5b82516158b181614510565b60208401519092506001600160401b038111156158cc575f5ffd5b8301601f810185136158dc575f5ffd5b80516001600160401b038111156158f5576158f56150f9565b615908601f8201601f1916602001615865565b81815286602083850101111561591c575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b601f82111561139f57805f5260205f20601f840160051c810160208510156159605750805b601f840160051c820191505b8181101561597f575f815560010161596c565b5050505050565b81516001600160401b0381111561599f5761599f6150f9565b6159b3816159ad8454614fae565b8461593b565b6020601f8211600181146159e5575f83156159ce5750848201515b5f19600385901b1c1916600184901b17845561597f565b5f84815260208120601f198516915b82811015615a1457878501518255602094850194600190920191016159f4565b5084821015615a3157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f5f85851115615a4e575f5ffd5b83861115615a5a575f5ffd5b5050820193919092039150565b6001600160e01b031984168152818360048301375f910160040190815292915050565b5f82518060208501845e5f920191825250919050565b60408101600e8410615ab457615ab46145ea565b9281526020015290565b634e487b7160e01b5f52601260045260245ffd5b5f82615ae057615ae0615abe565b500690565b604081525f615af860408301858761513b565b8281036020840152611ac78185614b2e565b828152604060208201525f6113646040830184614b00565b5f60208284031215615b32575f5ffd5b81356001600160401b03811115615b47575f5ffd5b820160608185031215615b58575f5ffd5b615b6061583d565b8135615b6b81614510565b815260208201356001600160401b03811115615b85575f5ffd5b8201601f81018613615b95575f5ffd5b80356001600160401b03811115615bae57615bae6150f9565b8060051b615bbe60208201615865565b91825260208184018101929081019089841115615bd9575f5ffd5b6020850194505b83851015615c0257615bf18561455a565b825260209485019490910190615be0565b602086015250505050604091820135918101919091529392505050565b604080825283519082018190525f9060208501906060840190835b81811015615c615783516001600160a01b0316835260209384019390920191600101615c3a565b5050602093909301939093525092915050565b8082028115828204841417610cbf57610cbf614f7b565b5f82615c9957615c99615abe565b50049056fec58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e0602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680060a060405230608052348015610013575f5ffd5b506080516126dd61004f5f395f81816104bb01528181610617015281816108bb01528181610b6501528181610e1c015261107101526126dd5ff3fe6080604052600436106100e4575f3560e01c80636aef20e6116100875780639e595842116100575780639e59584214610298578063bdc473c9146102b7578063c723adda146102d6578063d4187c5d146102f5575f5ffd5b80636aef20e6146102205780637976ae49146102345780639a429257146102475780639a920d3e1461025d575f5ffd5b80631da6686b116100c25780631da6686b14610162578063234a7ee81461018d5780634359f8eb146101e957806344ebd92d146101ff575f5ffd5b806306f13056146100e85780630eaa75fe1461010b57806318c1088514610137575b5f5ffd5b3480156100f3575f5ffd5b50600e545b6040519081526020015b60405180910390f35b348015610116575f5ffd5b5061012a610125366004611f45565b610314565b6040516101029190611f84565b348015610142575f5ffd5b506100f8610151366004611f45565b5f9081526012602052604090205490565b34801561016d575f5ffd5b506100f861017c366004611f45565b5f9081526010602052604090205490565b348015610198575f5ffd5b506101ac6101a7366004612055565b610436565b6040805182516001600160a01b031681526020808401516001600160401b031690820152918101516001600160801b031690820152606001610102565b3480156101f4575f5ffd5b506100f862e4e1c081565b34801561020a575f5ffd5b5061021e6102193660046120c6565b6104b1565b005b34801561022b575f5ffd5b506100f8608081565b61021e610242366004612055565b61060d565b348015610252575f5ffd5b506100f862061a8081565b348015610268575f5ffd5b506100f8610277366004612055565b5f91825260116020908152604080842060ff93909316845291905290205490565b3480156102a3575f5ffd5b506100f86102b236600461211f565b6108b0565b3480156102c2575f5ffd5b5061021e6102d13660046121d4565b610b5b565b3480156102e1575f5ffd5b5061021e6102f0366004612055565b610e12565b348015610300575f5ffd5b506100f861030f36600461221b565b611066565b6040805161012080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c0840182905260e084018290526101008401829052858252600f8152908490208451928301855280546001600160a01b0381168452600160a01b81046001600160401b0316928401929092529293919291830190600160e01b900460ff1660038111156103b7576103b7611f5c565b60038111156103c8576103c8611f5c565b8152815460ff600160e81b820481166020840152600160f01b909104166040820152600182015460608201526002909101546001600160601b038116608083015261ffff600160601b82041660a08301526001600160801b03600160701b9091041660c09091015292915050565b60408051606080820183525f80835260208084018290529284018190528581526013835283812060ff8616825283528390208351918201845280546001600160a01b0381168352600160a01b90046001600160401b0316928201929092526001909101546001600160801b0316918101919091525b92915050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036104fa57604051632adb6e9160e01b815260040160405180910390fd5b610502611526565b5f848152600f60209081526040808320601090925290912054600160ff84161b60028354600160e01b900460ff16600381111561054157610541611f5c565b14158061054e5750818116155b1561056c57604051631d03d1d360e31b815260040160405180910390fd5b366105798488888861155d565b90505f61059f61058c602084018461226f565b836020013561059a856115b1565b611664565b905080156105bb575f8981526010602052604090208319851690555b6040805160ff8816815282151560208201528a917f8b9c203515dd9434e2800b7a0ad57ec7e8d06c3ee7c80174f3993b93c13e03ca910160405180910390a250505050506106076116d4565b50505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361065657604051632adb6e9160e01b815260040160405180910390fd5b61065e611526565b5f610668836116fe565b8054909150600160a01b90046001600160401b031642111561069d57604051631069babb60e21b815260040160405180910390fd5b805460ff600160f01b9091048116908316106106cc576040516331e874fd60e11b815260040160405180910390fd5b6002810154600160701b9004600160ff84161b166001600160801b0316156107115760405163314a0a9560e01b815260ff831660048201526024015b60405180910390fd5b5f83815260136020908152604080832060ff86168452909152902080546001600160a01b03161561075a57604051639758ecc560e01b815260ff84166004820152602401610708565b5f8054600160801b90046001600160801b031634811461079e576040516305c6169b60e51b81523460048201526001600160801b0382166024820152604401610708565b60018201545f906107bf90600160401b90046001600160401b0316426122a3565b84546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b6001600160401b03831602178555600180860180546001600160801b0319166001600160801b0386161790558654919250908690601d9061082c908490600160e81b900460ff166122c2565b92506101000a81548160ff021916908360ff160217905550336001600160a01b0316877fe292e65d93d75279690b361321288bd1a77d801d558eb43e5fdadc1a826d35d2888460405161089792919060ff9290921682526001600160401b0316602082015260400190565b60405180910390a350505050506108ac6116d4565b5050565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036108fa57604051632adb6e9160e01b815260040160405180910390fd5b610902611526565b5f61090c886116fe565b8054909150600160a01b90046001600160401b03164211801561095157505f88815260136020908152604080832060ff891684529091529020546001600160a01b0316155b1561096f57604051631069babb60e21b815260040160405180910390fd5b3661097c8289898961155d565b6002830154909150600160701b9004600160ff88161b166001600160801b0316156109bf5760405163314a0a9560e01b815260ff87166004820152602401610708565b806060013585856040516109d49291906122db565b6040518091039020146109fa576040516373a4b6df60e01b815260040160405180910390fd5b5f5f610a07838888611750565b9150915081610a2857610a1c8b600d3361185a565b5f945050505050610b49565b610a338b858a611912565b600284018054600160ff8b161b6001600160801b03908116600160701b8084049092161702600160701b600160f01b0319909116179055610a75848483611a89565b5f8c815260116020908152604080832060ff8d1684528252808320849055838352601282529091208d9055909550610aaf9084018461226f565b8454604080516001600160a01b03938416939092169188917fef7fb6cd8fcffd1ad55c7a307d2ab089dba7c7f9da4260fca1e6068549e2d0b091610b02915f9160208b0135918b0135908f908f90612312565b60405180910390a460405160ff8916815285908c907fdf14d556604321f7787bb5400cc7e83583bb6c5169a86bbbbc222b64fde2993f9060200160405180910390a3505050505b610b516116d4565b9695505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610ba457604051632adb6e9160e01b815260040160405180910390fd5b610bac611526565b5f610bb6846116fe565b9050610bc3818484611c66565b8054600160a01b90046001600160401b031642111580610bed57508054600160e81b900460ff1615155b15610c0b57604051639ccf982f60e01b815260040160405180910390fd5b6002810154600160701b90046001600160801b03165f5b6001600160801b03808316821c1615610cc4576001811b82166001600160801b031615610cb4575f86815260116020908152604080832084845282528083205483526009909152902060028101546001600160401b031642111580610c9457508054600160d81b900463ffffffff1615155b15610cb257604051639ccf982f60e01b815260040160405180910390fd5b505b610cbd81612352565b9050610c22565b50815460ff60e01b1916600160e11b178255610ce285826002611cb2565b600282015482546001600160a01b03165f90815260086020526040902080546001600160601b0390921691601090610d2b908490600160801b90046001600160801b031661236a565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f5f5f90505b84811015610db05736868683818110610d7057610d70612389565b60e002919091019150610d999050610d8b602083018361226f565b826020013561059a846115b1565b610da757816001901b831792505b50600101610d55565b508015610dc8575f8681526010602052604090208190555b857fdaf33b9129a7a0fda038b5357d925eac65b91567a5f1a3e563a27a13e542d6b782604051610dfa91815260200190565b60405180910390a2505050610e0d6116d4565b505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610e5b57604051632adb6e9160e01b815260040160405180910390fd5b610e63611526565b5f82815260136020908152604080832060ff85168452825291829020825160608101845281546001600160a01b038116808352600160a01b9091046001600160401b0316938201939093526001909101546001600160801b031692810192909252610ee6576040516375d22d7160e11b815260ff83166004820152602401610708565b5f838152600f602052604081209060018254600160e01b900460ff166003811115610f1357610f13611f5c565b149050808015610f30575082602001516001600160401b03164211155b15610f4e576040516380a7c4c760e01b815260040160405180910390fd5b5f85815260136020908152604080832060ff8089168552925290912080546001600160e01b0319168155600190810180546001600160801b0319169055835490918491601d91610fa8918591600160e81b9091041661239d565b92506101000a81548160ff021916908360ff16021790555082604001516001600160801b0316600d5f855f01516001600160a01b03166001600160a01b031681526020019081526020015f205f82825461100291906123b6565b90915550506040805160ff86168152821515602082015286917f1af3ba0f3829bb55cdca1afbd2f1a595ed0efb40fdc4d4e4f54c98831d856891910160405180910390a2801561105b5761105b85600a855f015161185a565b5050506108ac6116d4565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036110b057604051632adb6e9160e01b815260040160405180910390fd5b6110b8611526565b818015806110c65750608081115b156110e45760405163df69b33360e01b815260040160405180910390fd5b335f90815260086020526040902060018101546001600160401b03161561111e5760405163283068e360e01b815260040160405180910390fd5b6002545f9062e4e1c09061113f90600160381b900463ffffffff16856123c9565b1115611188576002810154839061116690600160381b900463ffffffff1662e4e1c06123e0565b604051634080ceb160e11b815260048101929092526024820152604401610708565b805482546001600160801b03918216915f916111ae91600160801b82048116911661236a565b6001600160801b03169050816001600160801b03168110156111f557604051635180c59760e11b8152600481018290526001600160801b0383166024820152604401610708565b5f805b8681101561129f575f8a8a8381811061121357611213612389565b61122992602060e090920201908101915061226f565b905081158061124a5750826001600160a01b0316816001600160a01b031614155b15611296576001600160a01b0381165f9081526007602052604090205460ff1661129257604051639b16c0d360e01b81526001600160a01b0382166004820152602401610708565b8092505b506001016111f8565b508454839086906010906112c4908490600160801b90046001600160801b03166123ff565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550600e5f81546112f690612352565b918290555060018501549097505f90611318906001600160401b0316426122a3565b60408051610120810182523381526001600160401b03831660208201529192508101600181526020015f60ff1681526020018860ff1681526020018b8b6040516020016113669291906124cf565b604051602081830303815290604052805190602001208152602001611393866001600160801b0316611d38565b6001600160601b03168152600287015461ffff65010000000000909104166020808301919091525f60409283018190528b8152600f825282902083518154928501516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039091161791909117808255918301519091829060ff60e01b1916600160e01b83600381111561142957611429611f5c565b021790555060608201518154608084015160ff908116600160f01b0260ff60f01b1991909316600160e81b021661ffff60e81b199091161717815560a0820151600182015560c08201516002909101805460e0840151610100909401516001600160801b0316600160701b02600160701b600160f01b031961ffff909516600160601b026dffffffffffffffffffffffffffff199092166001600160601b03909416939093171792909216179055604051339089907fbe475a522b4a3d9837e595158036d1ca91ceda77e3ea3048571704481abdf67e9061150f9085908f908f906124ea565b60405180910390a3505050505050506104ab6116d4565b61152e611d6f565b61155b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611daf565b565b36611569858585611c66565b60ff8216831161158c576040516331e874fd60e11b815260040160405180910390fd5b83838360ff168181106115a1576115a1612389565b905060e002019050949350505050565b6060805f6115c560c0850160a0860161226f565b6001600160a01b03161461163657604080516001808252818301909252906020808301908036833701905050905061160360c0840160a0850161226f565b815f8151811061161557611615612389565b60200260200101906001600160a01b031690816001600160a01b0316815250505b808360c0013560405160200161164d929190612529565b604051602081830303815290604052915050919050565b6002545f90600160381b900463ffffffff1661167f81611db6565b5f848460405160240161169392919061257e565b60408051601f198184030181529190526020810180516001600160e01b031663198cad5360e01b17815281519192505f918291828a87f19695505050505050565b61155b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611555565b5f818152600f6020526040902060018154600160e01b900460ff16600381111561172a5761172a611f5c565b1461174b5760405163e5e4b7bd60e01b815260048101839052602401610708565b919050565b5f5f61175e62061a80611db6565b5f805260066020527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f8546040516326837e3d60e01b81526001600160a01b039091169081906326837e3d9062061a80906117be90899089906004016125ba565b5f604051808303818786fa935050505080156117fb57506040513d5f823e601f3d908101601f191682016040526117f891908101906125cd565b60015b61180b575f5f9250925050611852565b61181b60a0890160808a01612691565b63ffffffff168263ffffffff1614801561184a5750611839886115b1565b805190602001208180519060200120145b945090925050505b935093915050565b5f838152600f60205260409020805460ff60e01b1916600360e01b178155600281015461189a908590600160701b90046001600160801b03166003611cb2565b805460028201546001600160a01b038481169287927f0be7998b746a6a8aa3bf7cb880729c3d4574ea4c50621a5ed2c3e968841798a39288926118f6929116906001600160601b03811690600160601b900461ffff1689611dfb565b6040516119049291906126ac565b60405180910390a350505050565b5f83815260136020908152604080832060ff85168452909152902080546001600160a01b03166119425750505050565b8054600160a01b90046001600160401b031642111561197457604051631069babb60e21b815260040160405180910390fd5b6001810154335f908152600d6020526040812080546001600160801b03909316929091906119a39084906123b6565b90915550505f84815260136020908152604080832060ff8087168552925290912080546001600160e01b0319168155600190810180546001600160801b0319169055845490918591601d91611a02918591600160e81b9091041661239d565b92506101000a81548160ff021916908360ff1602179055505f5f60010160089054906101000a90046001600160401b031642611a3e91906122a3565b84549091506001600160401b03600160a01b90910481169082161115611a8257835467ffffffffffffffff60a01b1916600160a01b6001600160401b038316021784555b5050505050565b5f5f5f905060045f8154611a9c90612352565b91829055505f818152600960209081526040909120875481546001600160a01b039091166001600160b01b031990911617600160a81b1763ffffffff60b81b1916600160b81b63ffffffff881602178155919350611afc9086018661226f565b6001820180546001600160a01b03929092166001600160a01b031983168117825588546001600160401b03600160a01b91829004811682026001600160e01b031990951690921793909317909155875460028401805467ffffffffffffffff19169390910490911691909117905560065f806002811115611b7f57611b7f611f5c565b815260208082019290925260409081015f205460028085018054600160401b6001600160a01b03909416840268010000000000000000600160e01b0319909116179055928801356004850155908701356005840155606090960135600683015582546008830180546001600160801b03600160801b93849004811684029116179055600193909301546009909201805467ffffffffffffffff1981166001600160401b039890940497909716928317815596015461ffff600160601b9091041690910271ffff0000000000000000ffffffffffffffff199094161792909217909255919050565b82600101548282604051602001611c7e9291906124cf565b6040516020818303038152906040528051906020012014610e0d57604051633a9ba5b960e11b815260040160405180910390fd5b5f5b6001600160801b03831615610607576001831615611d17575f848152601160209081526040808320848452825280832054835260099091529020805483919060ff60a81b1916600160a81b836003811115611d1157611d11611f5c565b02179055505b6001836001600160801b0316901c925080611d3190612352565b9050611cb4565b5f6001600160601b03821115611d6b576040516306dfcc6560e41b81526060600482015260248101839052604401610708565b5090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561155b57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b612710611dc4603f836123e0565b611dce90836123b6565b611dd891906123b6565b5a1015611df8576040516353d35a0d60e01b815260040160405180910390fd5b50565b6001600160a01b0384165f908152600860205260408120805485908290601090611e36908490600160801b90046001600160801b031661236a565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555084815f015f8282829054906101000a90046001600160801b0316611e7e919061236a565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506127108461ffff16866001600160801b0316611ebe91906123c9565b611ec891906123e0565b6001600160a01b0384165f908152600d6020526040812080549294508492909190611ef49084906123b6565b90915550611f0d9050826001600160801b0387166126ca565b6003546001600160a01b03165f908152600d602052604081208054909190611f369084906123b6565b90915550919695505050505050565b5f60208284031215611f55575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60048110611f8057611f80611f5c565b9052565b81516001600160a01b031681526020808301516001600160401b031690820152604080830151610120830191611fbc90840182611f70565b506060830151611fd1606084018260ff169052565b506080830151611fe6608084018260ff169052565b5060a083015160a083015260c083015161200b60c08401826001600160601b03169052565b5060e083015161202160e084018261ffff169052565b5061010083015161203e6101008401826001600160801b03169052565b5092915050565b803560ff8116811461174b575f5ffd5b5f5f60408385031215612066575f5ffd5b8235915061207660208401612045565b90509250929050565b5f5f83601f84011261208f575f5ffd5b5081356001600160401b038111156120a5575f5ffd5b60208301915083602060e0830285010111156120bf575f5ffd5b9250929050565b5f5f5f5f606085870312156120d9575f5ffd5b8435935060208501356001600160401b038111156120f5575f5ffd5b6121018782880161207f565b9094509250612114905060408601612045565b905092959194509250565b5f5f5f5f5f5f60808789031215612134575f5ffd5b8635955060208701356001600160401b03811115612150575f5ffd5b61215c89828a0161207f565b909650945061216f905060408801612045565b925060608701356001600160401b03811115612189575f5ffd5b8701601f81018913612199575f5ffd5b80356001600160401b038111156121ae575f5ffd5b8960208284010111156121bf575f5ffd5b60208201935080925050509295509295509295565b5f5f5f604084860312156121e6575f5ffd5b8335925060208401356001600160401b03811115612202575f5ffd5b61220e8682870161207f565b9497909650939450505050565b5f5f6020838503121561222c575f5ffd5b82356001600160401b03811115612241575f5ffd5b61224d8582860161207f565b90969095509350505050565b80356001600160a01b038116811461174b575f5ffd5b5f6020828403121561227f575f5ffd5b61228882612259565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156104ab576104ab61228f565b60ff81811683821601908111156104ab576104ab61228f565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f6003871061232357612323611f5c565b868252856020830152846040830152608060608301526123476080830184866122ea565b979650505050505050565b5f600182016123635761236361228f565b5060010190565b6001600160801b0382811682821603908111156104ab576104ab61228f565b634e487b7160e01b5f52603260045260245ffd5b60ff82811682821603908111156104ab576104ab61228f565b808201808211156104ab576104ab61228f565b80820281158282048414176104ab576104ab61228f565b5f826123fa57634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160801b0381811683821601908111156104ab576104ab61228f565b63ffffffff81168114611df8575f5ffd5b8183526020830192505f815f5b848110156124c5576001600160a01b0361245583612259565b16865260208281013590870152604080830135908701526060808301359087015260808201356124848161241e565b63ffffffff1660808701526001600160a01b036124a360a08401612259565b1660a087015260c0828101359087015260e0958601959091019060010161243c565b5093949350505050565b602081525f6124e260208301848661242f565b949350505050565b6001600160401b0384168152604060208201525f61250c60408301848661242f565b95945050505050565b634e487b7160e01b5f52604160045260245ffd5b604080825283519082018190525f9060208501906060840190835b8181101561256b5783516001600160a01b0316835260209384019390920191600101612544565b5050602093909301939093525092915050565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b602081525f6124e26020830184866122ea565b5f5f604083850312156125de575f5ffd5b82516125e98161241e565b60208401519092506001600160401b03811115612604575f5ffd5b8301601f81018513612614575f5ffd5b80516001600160401b0381111561262d5761262d612515565b604051601f8201601f19908116603f011681016001600160401b038111828210171561265b5761265b612515565b604052818152828201602001871015612672575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b5f602082840312156126a1575f5ffd5b81356122888161241e565b60408101600e84106126c0576126c0611f5c565b9281526020015290565b818103818111156104ab576104ab61228f56",
}

// Settlement is an auto generated Go binding around an Ethereum contract.
type Settlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Settlement) GetABI() abi.ABI {
	return c.abi
}

// NewSettlement creates a new instance of Settlement.
func NewSettlement() *Settlement {
	parsed, err := SettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Settlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Settlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBATCHES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7d58dce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BATCHES() view returns(address)
func (settlement *Settlement) PackBATCHES() []byte {
	enc, err := settlement.abi.Pack("BATCHES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBATCHES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7d58dce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BATCHES() view returns(address)
func (settlement *Settlement) TryPackBATCHES() ([]byte, error) {
	return settlement.abi.Pack("BATCHES")
}

// UnpackBATCHES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7d58dce.
//
// Solidity: function BATCHES() view returns(address)
func (settlement *Settlement) UnpackBATCHES(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("BATCHES", data)
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
func (settlement *Settlement) PackDEFAULTADMINROLE() []byte {
	enc, err := settlement.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (settlement *Settlement) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return settlement.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (settlement *Settlement) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSAMPLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404e4ab8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SAMPLES() view returns(uint8)
func (settlement *Settlement) PackMAXSAMPLES() []byte {
	enc, err := settlement.abi.Pack("MAX_SAMPLES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSAMPLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404e4ab8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SAMPLES() view returns(uint8)
func (settlement *Settlement) TryPackMAXSAMPLES() ([]byte, error) {
	return settlement.abi.Pack("MAX_SAMPLES")
}

// UnpackMAXSAMPLES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x404e4ab8.
//
// Solidity: function MAX_SAMPLES() view returns(uint8)
func (settlement *Settlement) UnpackMAXSAMPLES(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("MAX_SAMPLES", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (settlement *Settlement) PackMAXWINDOW() []byte {
	enc, err := settlement.abi.Pack("MAX_WINDOW")
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
func (settlement *Settlement) TryPackMAXWINDOW() ([]byte, error) {
	return settlement.abi.Pack("MAX_WINDOW")
}

// UnpackMAXWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (settlement *Settlement) UnpackMAXWINDOW(data []byte) (uint64, error) {
	out, err := settlement.abi.Unpack("MAX_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnswerSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd370524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerSample(uint256 claimId, uint8 slot, uint256[] inputs, bytes32[] merkleProof, bytes zkProof) returns()
func (settlement *Settlement) PackAnswerSample(claimId *big.Int, slot uint8, inputs []*big.Int, merkleProof [][32]byte, zkProof []byte) []byte {
	enc, err := settlement.abi.Pack("answerSample", claimId, slot, inputs, merkleProof, zkProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd370524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerSample(uint256 claimId, uint8 slot, uint256[] inputs, bytes32[] merkleProof, bytes zkProof) returns()
func (settlement *Settlement) TryPackAnswerSample(claimId *big.Int, slot uint8, inputs []*big.Int, merkleProof [][32]byte, zkProof []byte) ([]byte, error) {
	return settlement.abi.Pack("answerSample", claimId, slot, inputs, merkleProof, zkProof)
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() payable returns()
func (settlement *Settlement) PackBond() []byte {
	enc, err := settlement.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() payable returns()
func (settlement *Settlement) TryPackBond() ([]byte, error) {
	return settlement.abi.Pack("bond")
}

// PackChallengeBallot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd1b439e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeBallot(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) returns()
func (settlement *Settlement) PackChallengeBallot(claimId *big.Int, result []byte, leaf ISettlementBallotLeaf, proof [][32]byte) []byte {
	enc, err := settlement.abi.Pack("challengeBallot", claimId, result, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeBallot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd1b439e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeBallot(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) returns()
func (settlement *Settlement) TryPackChallengeBallot(claimId *big.Int, result []byte, leaf ISettlementBallotLeaf, proof [][32]byte) ([]byte, error) {
	return settlement.abi.Pack("challengeBallot", claimId, result, leaf, proof)
}

// PackChallengeDuplicate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23850d90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeDuplicate(uint256 claimId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) a, bytes32[] aProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) b, bytes32[] bProof) returns()
func (settlement *Settlement) PackChallengeDuplicate(claimId *big.Int, a ISettlementBallotLeaf, aProof [][32]byte, b ISettlementBallotLeaf, bProof [][32]byte) []byte {
	enc, err := settlement.abi.Pack("challengeDuplicate", claimId, a, aProof, b, bProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeDuplicate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23850d90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeDuplicate(uint256 claimId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) a, bytes32[] aProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) b, bytes32[] bProof) returns()
func (settlement *Settlement) TryPackChallengeDuplicate(claimId *big.Int, a ISettlementBallotLeaf, aProof [][32]byte, b ISettlementBallotLeaf, bProof [][32]byte) ([]byte, error) {
	return settlement.abi.Pack("challengeDuplicate", claimId, a, aProof, b, bProof)
}

// PackChallengeProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41175252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeProposal(uint256 claimId, bytes result, uint32 p) returns()
func (settlement *Settlement) PackChallengeProposal(claimId *big.Int, result []byte, p uint32) []byte {
	enc, err := settlement.abi.Pack("challengeProposal", claimId, result, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41175252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeProposal(uint256 claimId, bytes result, uint32 p) returns()
func (settlement *Settlement) TryPackChallengeProposal(claimId *big.Int, result []byte, p uint32) ([]byte, error) {
	return settlement.abi.Pack("challengeProposal", claimId, result, p)
}

// PackChallengeStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a1e531.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeStep(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) prev, bytes32[] prevProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) cur, bytes32[] curProof) returns()
func (settlement *Settlement) PackChallengeStep(claimId *big.Int, result []byte, prev ISettlementBallotLeaf, prevProof [][32]byte, cur ISettlementBallotLeaf, curProof [][32]byte) []byte {
	enc, err := settlement.abi.Pack("challengeStep", claimId, result, prev, prevProof, cur, curProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a1e531.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeStep(uint256 claimId, bytes result, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) prev, bytes32[] prevProof, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) cur, bytes32[] curProof) returns()
func (settlement *Settlement) TryPackChallengeStep(claimId *big.Int, result []byte, prev ISettlementBallotLeaf, prevProof [][32]byte, cur ISettlementBallotLeaf, curProof [][32]byte) ([]byte, error) {
	return settlement.abi.Pack("challengeStep", claimId, result, prev, prevProof, cur, curProof)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 claimId) view returns((address,uint8,uint8,uint8,uint32,uint32,address,uint64,uint64,address,uint64,uint8,uint32,uint256,bytes32,bytes32,bytes32,uint128,uint128,uint64,uint64,uint16))
func (settlement *Settlement) PackClaim(claimId *big.Int) []byte {
	enc, err := settlement.abi.Pack("claim", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 claimId) view returns((address,uint8,uint8,uint8,uint32,uint32,address,uint64,uint64,address,uint64,uint8,uint32,uint256,bytes32,bytes32,bytes32,uint128,uint128,uint64,uint64,uint16))
func (settlement *Settlement) TryPackClaim(claimId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("claim", claimId)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x379607f5.
//
// Solidity: function claim(uint256 claimId) view returns((address,uint8,uint8,uint8,uint32,uint32,address,uint64,uint64,address,uint64,uint8,uint32,uint256,bytes32,bytes32,bytes32,uint128,uint128,uint64,uint64,uint16))
func (settlement *Settlement) UnpackClaim(data []byte) (ISettlementClaim, error) {
	out, err := settlement.abi.Unpack("claim", data)
	if err != nil {
		return *new(ISettlementClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementClaim)).(*ISettlementClaim)
	return out0, nil
}

// PackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCount() view returns(uint256)
func (settlement *Settlement) PackClaimCount() []byte {
	enc, err := settlement.abi.Pack("claimCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCount() view returns(uint256)
func (settlement *Settlement) TryPackClaimCount() ([]byte, error) {
	return settlement.abi.Pack("claimCount")
}

// UnpackClaimCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint256)
func (settlement *Settlement) UnpackClaimCount(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("claimCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCloseRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0282b7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeRequest(uint256 requestId) returns()
func (settlement *Settlement) PackCloseRequest(requestId *big.Int) []byte {
	enc, err := settlement.abi.Pack("closeRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0282b7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeRequest(uint256 requestId) returns()
func (settlement *Settlement) TryPackCloseRequest(requestId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("closeRequest", requestId)
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32))
func (settlement *Settlement) PackConfig() []byte {
	enc, err := settlement.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32))
func (settlement *Settlement) TryPackConfig() ([]byte, error) {
	return settlement.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32))
func (settlement *Settlement) UnpackConfig(data []byte) (ISettlementConfig, error) {
	out, err := settlement.abi.Unpack("config", data)
	if err != nil {
		return *new(ISettlementConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementConfig)).(*ISettlementConfig)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (settlement *Settlement) PackCredit(account common.Address) []byte {
	enc, err := settlement.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (settlement *Settlement) TryPackCredit(account common.Address) ([]byte, error) {
	return settlement.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (settlement *Settlement) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) PackDomainSeparator() []byte {
	enc, err := settlement.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) TryPackDomainSeparator() ([]byte, error) {
	return settlement.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDrawSamples is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44f1301.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawSamples(uint256 claimId) returns()
func (settlement *Settlement) PackDrawSamples(claimId *big.Int) []byte {
	enc, err := settlement.abi.Pack("drawSamples", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawSamples is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44f1301.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawSamples(uint256 claimId) returns()
func (settlement *Settlement) TryPackDrawSamples(claimId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("drawSamples", claimId)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlement *Settlement) PackEip712Domain() []byte {
	enc, err := settlement.abi.Pack("eip712Domain")
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
func (settlement *Settlement) TryPackEip712Domain() ([]byte, error) {
	return settlement.abi.Pack("eip712Domain")
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
func (settlement *Settlement) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := settlement.abi.Unpack("eip712Domain", data)
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

// PackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exit() returns()
func (settlement *Settlement) PackExit() []byte {
	enc, err := settlement.abi.Pack("exit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exit() returns()
func (settlement *Settlement) TryPackExit() ([]byte, error) {
	return settlement.abi.Pack("exit")
}

// PackFailClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba779f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failClaim(uint256 claimId) returns()
func (settlement *Settlement) PackFailClaim(claimId *big.Int) []byte {
	enc, err := settlement.abi.Pack("failClaim", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba779f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failClaim(uint256 claimId) returns()
func (settlement *Settlement) TryPackFailClaim(claimId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("failClaim", claimId)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 claimId) returns()
func (settlement *Settlement) PackFinalize(claimId *big.Int) []byte {
	enc, err := settlement.abi.Pack("finalize", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 claimId) returns()
func (settlement *Settlement) TryPackFinalize(claimId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("finalize", claimId)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (settlement *Settlement) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := settlement.abi.Pack("getRoleAdmin", role)
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
func (settlement *Settlement) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return settlement.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (settlement *Settlement) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("getRoleAdmin", data)
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
func (settlement *Settlement) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := settlement.abi.Pack("grantRole", role, account)
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
func (settlement *Settlement) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlement.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (settlement *Settlement) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := settlement.abi.Pack("hasRole", role, account)
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
func (settlement *Settlement) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlement.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (settlement *Settlement) UnpackHasRole(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6bf0d5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address treasury_, address tallyVerifier, address powVerifier, address inferenceVerifier, address[] targets, (uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32) config_) returns()
func (settlement *Settlement) PackInitialize(admin common.Address, treasury common.Address, tallyVerifier common.Address, powVerifier common.Address, inferenceVerifier common.Address, targets []common.Address, config ISettlementConfig) []byte {
	enc, err := settlement.abi.Pack("initialize", admin, treasury, tallyVerifier, powVerifier, inferenceVerifier, targets, config)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6bf0d5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address treasury_, address tallyVerifier, address powVerifier, address inferenceVerifier, address[] targets, (uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32) config_) returns()
func (settlement *Settlement) TryPackInitialize(admin common.Address, treasury common.Address, tallyVerifier common.Address, powVerifier common.Address, inferenceVerifier common.Address, targets []common.Address, config ISettlementConfig) ([]byte, error) {
	return settlement.abi.Pack("initialize", admin, treasury, tallyVerifier, powVerifier, inferenceVerifier, targets, config)
}

// PackIsTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa642274.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTarget(address target) view returns(bool)
func (settlement *Settlement) PackIsTarget(target common.Address) []byte {
	enc, err := settlement.abi.Pack("isTarget", target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa642274.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTarget(address target) view returns(bool)
func (settlement *Settlement) TryPackIsTarget(target common.Address) ([]byte, error) {
	return settlement.abi.Pack("isTarget", target)
}

// UnpackIsTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa642274.
//
// Solidity: function isTarget(address target) view returns(bool)
func (settlement *Settlement) UnpackIsTarget(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isTarget", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOutcomeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb79ea6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outcomeOf(uint256 claimId) view returns(bytes)
func (settlement *Settlement) PackOutcomeOf(claimId *big.Int) []byte {
	enc, err := settlement.abi.Pack("outcomeOf", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutcomeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb79ea6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outcomeOf(uint256 claimId) view returns(bytes)
func (settlement *Settlement) TryPackOutcomeOf(claimId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("outcomeOf", claimId)
}

// UnpackOutcomeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb79ea6a.
//
// Solidity: function outcomeOf(uint256 claimId) view returns(bytes)
func (settlement *Settlement) UnpackOutcomeOf(data []byte) ([]byte, error) {
	out, err := settlement.abi.Unpack("outcomeOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5ef8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relayer(address account) view returns((uint128,uint128,uint64))
func (settlement *Settlement) PackRelayer(account common.Address) []byte {
	enc, err := settlement.abi.Pack("relayer", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5ef8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relayer(address account) view returns((uint128,uint128,uint64))
func (settlement *Settlement) TryPackRelayer(account common.Address) ([]byte, error) {
	return settlement.abi.Pack("relayer", account)
}

// UnpackRelayer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9b5ef8e.
//
// Solidity: function relayer(address account) view returns((uint128,uint128,uint64))
func (settlement *Settlement) UnpackRelayer(data []byte) (ISettlementRelayer, error) {
	out, err := settlement.abi.Unpack("relayer", data)
	if err != nil {
		return *new(ISettlementRelayer), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementRelayer)).(*ISettlementRelayer)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (settlement *Settlement) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := settlement.abi.Pack("renounceRole", role, callerConfirmation)
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
func (settlement *Settlement) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return settlement.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd845a4b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(uint256 requestId) view returns((uint256,address,uint32,bool,uint64,uint128))
func (settlement *Settlement) PackRequest(requestId *big.Int) []byte {
	enc, err := settlement.abi.Pack("request", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd845a4b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(uint256 requestId) view returns((uint256,address,uint32,bool,uint64,uint128))
func (settlement *Settlement) TryPackRequest(requestId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("request", requestId)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd845a4b3.
//
// Solidity: function request(uint256 requestId) view returns((uint256,address,uint32,bool,uint64,uint128))
func (settlement *Settlement) UnpackRequest(data []byte) (ISettlementRequest, error) {
	out, err := settlement.abi.Unpack("request", data)
	if err != nil {
		return *new(ISettlementRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementRequest)).(*ISettlementRequest)
	return out0, nil
}

// PackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestExit() returns()
func (settlement *Settlement) PackRequestExit() []byte {
	enc, err := settlement.abi.Pack("requestExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestExit() returns()
func (settlement *Settlement) TryPackRequestExit() ([]byte, error) {
	return settlement.abi.Pack("requestExit")
}

// PackRequestLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x260750d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestLeaf(uint256 claimId, uint32 index) payable returns(uint256 requestId)
func (settlement *Settlement) PackRequestLeaf(claimId *big.Int, index uint32) []byte {
	enc, err := settlement.abi.Pack("requestLeaf", claimId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x260750d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestLeaf(uint256 claimId, uint32 index) payable returns(uint256 requestId)
func (settlement *Settlement) TryPackRequestLeaf(claimId *big.Int, index uint32) ([]byte, error) {
	return settlement.abi.Pack("requestLeaf", claimId, index)
}

// UnpackRequestLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x260750d9.
//
// Solidity: function requestLeaf(uint256 claimId, uint32 index) payable returns(uint256 requestId)
func (settlement *Settlement) UnpackRequestLeaf(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("requestLeaf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0138c60d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryCallback(uint256 claimId) returns()
func (settlement *Settlement) PackRetryCallback(claimId *big.Int) []byte {
	enc, err := settlement.abi.Pack("retryCallback", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0138c60d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryCallback(uint256 claimId) returns()
func (settlement *Settlement) TryPackRetryCallback(claimId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("retryCallback", claimId)
}

// PackRevealLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8c9b585.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealLeaf(uint256 requestId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) returns()
func (settlement *Settlement) PackRevealLeaf(requestId *big.Int, leaf ISettlementBallotLeaf, proof [][32]byte) []byte {
	enc, err := settlement.abi.Pack("revealLeaf", requestId, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8c9b585.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealLeaf(uint256 requestId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf, bytes32[] proof) returns()
func (settlement *Settlement) TryPackRevealLeaf(requestId *big.Int, leaf ISettlementBallotLeaf, proof [][32]byte) ([]byte, error) {
	return settlement.abi.Pack("revealLeaf", requestId, leaf, proof)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (settlement *Settlement) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := settlement.abi.Pack("revokeRole", role, account)
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
func (settlement *Settlement) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlement.abi.Pack("revokeRole", role, account)
}

// PackSampleIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd810a05f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleIndex(uint256 claimId, uint8 slot) view returns(uint32)
func (settlement *Settlement) PackSampleIndex(claimId *big.Int, slot uint8) []byte {
	enc, err := settlement.abi.Pack("sampleIndex", claimId, slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd810a05f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleIndex(uint256 claimId, uint8 slot) view returns(uint32)
func (settlement *Settlement) TryPackSampleIndex(claimId *big.Int, slot uint8) ([]byte, error) {
	return settlement.abi.Pack("sampleIndex", claimId, slot)
}

// UnpackSampleIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd810a05f.
//
// Solidity: function sampleIndex(uint256 claimId, uint8 slot) view returns(uint32)
func (settlement *Settlement) UnpackSampleIndex(data []byte) (uint32, error) {
	out, err := settlement.abi.Unpack("sampleIndex", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSampleLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c06fe83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleLeafHash(uint8 kind, uint32 index, uint256[] inputs) pure returns(bytes32)
func (settlement *Settlement) PackSampleLeafHash(kind uint8, index uint32, inputs []*big.Int) []byte {
	enc, err := settlement.abi.Pack("sampleLeafHash", kind, index, inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c06fe83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleLeafHash(uint8 kind, uint32 index, uint256[] inputs) pure returns(bytes32)
func (settlement *Settlement) TryPackSampleLeafHash(kind uint8, index uint32, inputs []*big.Int) ([]byte, error) {
	return settlement.abi.Pack("sampleLeafHash", kind, index, inputs)
}

// UnpackSampleLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c06fe83.
//
// Solidity: function sampleLeafHash(uint8 kind, uint32 index, uint256[] inputs) pure returns(bytes32)
func (settlement *Settlement) UnpackSampleLeafHash(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("sampleLeafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSessionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3daabf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessionId(address target, uint256 subjectId, uint256 sessionNonce) pure returns(bytes32)
func (settlement *Settlement) PackSessionId(target common.Address, subjectId *big.Int, sessionNonce *big.Int) []byte {
	enc, err := settlement.abi.Pack("sessionId", target, subjectId, sessionNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3daabf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessionId(address target, uint256 subjectId, uint256 sessionNonce) pure returns(bytes32)
func (settlement *Settlement) TryPackSessionId(target common.Address, subjectId *big.Int, sessionNonce *big.Int) ([]byte, error) {
	return settlement.abi.Pack("sessionId", target, subjectId, sessionNonce)
}

// UnpackSessionId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3daabf5.
//
// Solidity: function sessionId(address target, uint256 subjectId, uint256 sessionNonce) pure returns(bytes32)
func (settlement *Settlement) UnpackSessionId(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("sessionId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42f698fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig((uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32) config_) returns()
func (settlement *Settlement) PackSetConfig(config ISettlementConfig) []byte {
	enc, err := settlement.abi.Pack("setConfig", config)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42f698fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig((uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32) config_) returns()
func (settlement *Settlement) TryPackSetConfig(config ISettlementConfig) ([]byte, error) {
	return settlement.abi.Pack("setConfig", config)
}

// PackSetTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80ffe77f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTarget(address target, bool allowed) returns()
func (settlement *Settlement) PackSetTarget(target common.Address, allowed bool) []byte {
	enc, err := settlement.abi.Pack("setTarget", target, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80ffe77f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTarget(address target, bool allowed) returns()
func (settlement *Settlement) TryPackSetTarget(target common.Address, allowed bool) ([]byte, error) {
	return settlement.abi.Pack("setTarget", target, allowed)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (settlement *Settlement) PackSetTreasury(treasury common.Address) []byte {
	enc, err := settlement.abi.Pack("setTreasury", treasury)
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
func (settlement *Settlement) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return settlement.abi.Pack("setTreasury", treasury)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fb8ff97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(uint8 kind, address verifier) returns()
func (settlement *Settlement) PackSetVerifier(kind uint8, verifier common.Address) []byte {
	enc, err := settlement.abi.Pack("setVerifier", kind, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fb8ff97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(uint8 kind, address verifier) returns()
func (settlement *Settlement) TryPackSetVerifier(kind uint8, verifier common.Address) ([]byte, error) {
	return settlement.abi.Pack("setVerifier", kind, verifier)
}

// PackSubjectClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x360df796.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subjectClaim(address target, uint256 subjectId) view returns(uint256)
func (settlement *Settlement) PackSubjectClaim(target common.Address, subjectId *big.Int) []byte {
	enc, err := settlement.abi.Pack("subjectClaim", target, subjectId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubjectClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x360df796.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subjectClaim(address target, uint256 subjectId) view returns(uint256)
func (settlement *Settlement) TryPackSubjectClaim(target common.Address, subjectId *big.Int) ([]byte, error) {
	return settlement.abi.Pack("subjectClaim", target, subjectId)
}

// UnpackSubjectClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x360df796.
//
// Solidity: function subjectClaim(address target, uint256 subjectId) view returns(uint256)
func (settlement *Settlement) UnpackSubjectClaim(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("subjectClaim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa2a4fbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(uint8 kind, uint256 subjectId, address target, bytes32 root, bytes result) returns(uint256 claimId)
func (settlement *Settlement) PackSubmit(kind uint8, subjectId *big.Int, target common.Address, root [32]byte, result []byte) []byte {
	enc, err := settlement.abi.Pack("submit", kind, subjectId, target, root, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa2a4fbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(uint8 kind, uint256 subjectId, address target, bytes32 root, bytes result) returns(uint256 claimId)
func (settlement *Settlement) TryPackSubmit(kind uint8, subjectId *big.Int, target common.Address, root [32]byte, result []byte) ([]byte, error) {
	return settlement.abi.Pack("submit", kind, subjectId, target, root, result)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa2a4fbb.
//
// Solidity: function submit(uint8 kind, uint256 subjectId, address target, bytes32 root, bytes result) returns(uint256 claimId)
func (settlement *Settlement) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("submit", data)
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
func (settlement *Settlement) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := settlement.abi.Pack("supportsInterface", interfaceId)
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
func (settlement *Settlement) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return settlement.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (settlement *Settlement) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (settlement *Settlement) PackTreasury() []byte {
	enc, err := settlement.abi.Pack("treasury")
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
func (settlement *Settlement) TryPackTreasury() ([]byte, error) {
	return settlement.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (settlement *Settlement) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0198707f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierOf(uint8 kind) view returns(address)
func (settlement *Settlement) PackVerifierOf(kind uint8) []byte {
	enc, err := settlement.abi.Pack("verifierOf", kind)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0198707f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierOf(uint8 kind) view returns(address)
func (settlement *Settlement) TryPackVerifierOf(kind uint8) ([]byte, error) {
	return settlement.abi.Pack("verifierOf", kind)
}

// UnpackVerifierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0198707f.
//
// Solidity: function verifierOf(uint8 kind) view returns(address)
func (settlement *Settlement) UnpackVerifierOf(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("verifierOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (settlement *Settlement) PackWithdraw() []byte {
	enc, err := settlement.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (settlement *Settlement) TryPackWithdraw() ([]byte, error) {
	return settlement.abi.Pack("withdraw")
}

// SettlementBatchRejected represents a BatchRejected event raised by the Settlement contract.
type SettlementBatchRejected struct {
	BatchId *big.Int
	Fault   uint8
	By      common.Address
	Reward  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementBatchRejectedEventName = "BatchRejected"

// ContractEventName returns the user-defined event name.
func (SettlementBatchRejected) ContractEventName() string {
	return SettlementBatchRejectedEventName
}

// UnpackBatchRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRejected(uint256 indexed batchId, uint8 fault, address indexed by, uint256 reward)
func (settlement *Settlement) UnpackBatchRejectedEvent(log *types.Log) (*SettlementBatchRejected, error) {
	event := "BatchRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchRejected)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementCallbackAttempted represents a CallbackAttempted event raised by the Settlement contract.
type SettlementCallbackAttempted struct {
	ClaimId *big.Int
	Success bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementCallbackAttemptedEventName = "CallbackAttempted"

// ContractEventName returns the user-defined event name.
func (SettlementCallbackAttempted) ContractEventName() string {
	return SettlementCallbackAttemptedEventName
}

// UnpackCallbackAttemptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackAttempted(uint256 indexed claimId, bool success)
func (settlement *Settlement) UnpackCallbackAttemptedEvent(log *types.Log) (*SettlementCallbackAttempted, error) {
	event := "CallbackAttempted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementCallbackAttempted)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementClaimFinalized represents a ClaimFinalized event raised by the Settlement contract.
type SettlementClaimFinalized struct {
	ClaimId   *big.Int
	Target    common.Address
	SubjectId *big.Int
	Outcome   []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementClaimFinalizedEventName = "ClaimFinalized"

// ContractEventName returns the user-defined event name.
func (SettlementClaimFinalized) ContractEventName() string {
	return SettlementClaimFinalizedEventName
}

// UnpackClaimFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimFinalized(uint256 indexed claimId, address indexed target, uint256 subjectId, bytes outcome)
func (settlement *Settlement) UnpackClaimFinalizedEvent(log *types.Log) (*SettlementClaimFinalized, error) {
	event := "ClaimFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementClaimFinalized)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementClaimRejected represents a ClaimRejected event raised by the Settlement contract.
type SettlementClaimRejected struct {
	ClaimId *big.Int
	Fault   uint8
	By      common.Address
	Reward  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementClaimRejectedEventName = "ClaimRejected"

// ContractEventName returns the user-defined event name.
func (SettlementClaimRejected) ContractEventName() string {
	return SettlementClaimRejectedEventName
}

// UnpackClaimRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimRejected(uint256 indexed claimId, uint8 fault, address indexed by, uint256 reward)
func (settlement *Settlement) UnpackClaimRejectedEvent(log *types.Log) (*SettlementClaimRejected, error) {
	event := "ClaimRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementClaimRejected)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementClaimSubmitted represents a ClaimSubmitted event raised by the Settlement contract.
type SettlementClaimSubmitted struct {
	ClaimId   *big.Int
	Relayer   common.Address
	Kind      uint8
	Target    common.Address
	SubjectId *big.Int
	Root      [32]byte
	Result    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementClaimSubmittedEventName = "ClaimSubmitted"

// ContractEventName returns the user-defined event name.
func (SettlementClaimSubmitted) ContractEventName() string {
	return SettlementClaimSubmittedEventName
}

// UnpackClaimSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSubmitted(uint256 indexed claimId, address indexed relayer, uint8 kind, address indexed target, uint256 subjectId, bytes32 root, bytes result)
func (settlement *Settlement) UnpackClaimSubmittedEvent(log *types.Log) (*SettlementClaimSubmitted, error) {
	event := "ClaimSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementClaimSubmitted)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementConfigSet represents a ConfigSet event raised by the Settlement contract.
type SettlementConfigSet struct {
	Config ISettlementConfig
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementConfigSetEventName = "ConfigSet"

// ContractEventName returns the user-defined event name.
func (SettlementConfigSet) ContractEventName() string {
	return SettlementConfigSetEventName
}

// UnpackConfigSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigSet((uint128,uint128,uint64,uint64,uint64,uint64,uint32,uint8,uint16,uint32) config)
func (settlement *Settlement) UnpackConfigSetEvent(log *types.Log) (*SettlementConfigSet, error) {
	event := "ConfigSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementConfigSet)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementEIP712DomainChanged represents a EIP712DomainChanged event raised by the Settlement contract.
type SettlementEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SettlementEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (SettlementEIP712DomainChanged) ContractEventName() string {
	return SettlementEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (settlement *Settlement) UnpackEIP712DomainChangedEvent(log *types.Log) (*SettlementEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementInitialized represents a Initialized event raised by the Settlement contract.
type SettlementInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (SettlementInitialized) ContractEventName() string {
	return SettlementInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (settlement *Settlement) UnpackInitializedEvent(log *types.Log) (*SettlementInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementInitialized)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementLeafRequested represents a LeafRequested event raised by the Settlement contract.
type SettlementLeafRequested struct {
	ClaimId   *big.Int
	RequestId *big.Int
	Index     uint32
	Requester common.Address
	Deadline  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementLeafRequestedEventName = "LeafRequested"

// ContractEventName returns the user-defined event name.
func (SettlementLeafRequested) ContractEventName() string {
	return SettlementLeafRequestedEventName
}

// UnpackLeafRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeafRequested(uint256 indexed claimId, uint256 indexed requestId, uint32 index, address requester, uint64 deadline)
func (settlement *Settlement) UnpackLeafRequestedEvent(log *types.Log) (*SettlementLeafRequested, error) {
	event := "LeafRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementLeafRequested)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementLeafRevealed represents a LeafRevealed event raised by the Settlement contract.
type SettlementLeafRevealed struct {
	ClaimId   *big.Int
	RequestId *big.Int
	Leaf      ISettlementBallotLeaf
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementLeafRevealedEventName = "LeafRevealed"

// ContractEventName returns the user-defined event name.
func (SettlementLeafRevealed) ContractEventName() string {
	return SettlementLeafRevealedEventName
}

// UnpackLeafRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeafRevealed(uint256 indexed claimId, uint256 indexed requestId, (uint32,address,int64[],int256[],bytes32,bytes32,uint8) leaf)
func (settlement *Settlement) UnpackLeafRevealedEvent(log *types.Log) (*SettlementLeafRevealed, error) {
	event := "LeafRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementLeafRevealed)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRelayerBonded represents a RelayerBonded event raised by the Settlement contract.
type SettlementRelayerBonded struct {
	Relayer common.Address
	Amount  *big.Int
	Bond    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementRelayerBondedEventName = "RelayerBonded"

// ContractEventName returns the user-defined event name.
func (SettlementRelayerBonded) ContractEventName() string {
	return SettlementRelayerBondedEventName
}

// UnpackRelayerBondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerBonded(address indexed relayer, uint256 amount, uint256 bond)
func (settlement *Settlement) UnpackRelayerBondedEvent(log *types.Log) (*SettlementRelayerBonded, error) {
	event := "RelayerBonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRelayerBonded)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRelayerExitRequested represents a RelayerExitRequested event raised by the Settlement contract.
type SettlementRelayerExitRequested struct {
	Relayer common.Address
	ExitAt  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementRelayerExitRequestedEventName = "RelayerExitRequested"

// ContractEventName returns the user-defined event name.
func (SettlementRelayerExitRequested) ContractEventName() string {
	return SettlementRelayerExitRequestedEventName
}

// UnpackRelayerExitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerExitRequested(address indexed relayer, uint64 exitAt)
func (settlement *Settlement) UnpackRelayerExitRequestedEvent(log *types.Log) (*SettlementRelayerExitRequested, error) {
	event := "RelayerExitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRelayerExitRequested)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRelayerExited represents a RelayerExited event raised by the Settlement contract.
type SettlementRelayerExited struct {
	Relayer common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementRelayerExitedEventName = "RelayerExited"

// ContractEventName returns the user-defined event name.
func (SettlementRelayerExited) ContractEventName() string {
	return SettlementRelayerExitedEventName
}

// UnpackRelayerExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerExited(address indexed relayer, uint256 amount)
func (settlement *Settlement) UnpackRelayerExitedEvent(log *types.Log) (*SettlementRelayerExited, error) {
	event := "RelayerExited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRelayerExited)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRequestClosed represents a RequestClosed event raised by the Settlement contract.
type SettlementRequestClosed struct {
	RequestId    *big.Int
	ClaimSlashed bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const SettlementRequestClosedEventName = "RequestClosed"

// ContractEventName returns the user-defined event name.
func (SettlementRequestClosed) ContractEventName() string {
	return SettlementRequestClosedEventName
}

// UnpackRequestClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestClosed(uint256 indexed requestId, bool claimSlashed)
func (settlement *Settlement) UnpackRequestClosedEvent(log *types.Log) (*SettlementRequestClosed, error) {
	event := "RequestClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRequestClosed)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRoleAdminChanged represents a RoleAdminChanged event raised by the Settlement contract.
type SettlementRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const SettlementRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (SettlementRoleAdminChanged) ContractEventName() string {
	return SettlementRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (settlement *Settlement) UnpackRoleAdminChangedEvent(log *types.Log) (*SettlementRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRoleGranted represents a RoleGranted event raised by the Settlement contract.
type SettlementRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (SettlementRoleGranted) ContractEventName() string {
	return SettlementRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (settlement *Settlement) UnpackRoleGrantedEvent(log *types.Log) (*SettlementRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRoleGranted)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRoleRevoked represents a RoleRevoked event raised by the Settlement contract.
type SettlementRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (SettlementRoleRevoked) ContractEventName() string {
	return SettlementRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (settlement *Settlement) UnpackRoleRevokedEvent(log *types.Log) (*SettlementRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRoleRevoked)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementSampleAnswered represents a SampleAnswered event raised by the Settlement contract.
type SettlementSampleAnswered struct {
	ClaimId *big.Int
	Slot    uint8
	Index   uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementSampleAnsweredEventName = "SampleAnswered"

// ContractEventName returns the user-defined event name.
func (SettlementSampleAnswered) ContractEventName() string {
	return SettlementSampleAnsweredEventName
}

// UnpackSampleAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SampleAnswered(uint256 indexed claimId, uint8 slot, uint32 index)
func (settlement *Settlement) UnpackSampleAnsweredEvent(log *types.Log) (*SettlementSampleAnswered, error) {
	event := "SampleAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementSampleAnswered)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementSamplesDrawn represents a SamplesDrawn event raised by the Settlement contract.
type SettlementSamplesDrawn struct {
	ClaimId  *big.Int
	Seed     [32]byte
	Indices  []uint32
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementSamplesDrawnEventName = "SamplesDrawn"

// ContractEventName returns the user-defined event name.
func (SettlementSamplesDrawn) ContractEventName() string {
	return SettlementSamplesDrawnEventName
}

// UnpackSamplesDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SamplesDrawn(uint256 indexed claimId, bytes32 seed, uint32[] indices, uint64 deadline)
func (settlement *Settlement) UnpackSamplesDrawnEvent(log *types.Log) (*SettlementSamplesDrawn, error) {
	event := "SamplesDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementSamplesDrawn)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementTargetSet represents a TargetSet event raised by the Settlement contract.
type SettlementTargetSet struct {
	Target  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTargetSetEventName = "TargetSet"

// ContractEventName returns the user-defined event name.
func (SettlementTargetSet) ContractEventName() string {
	return SettlementTargetSetEventName
}

// UnpackTargetSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TargetSet(address indexed target, bool allowed)
func (settlement *Settlement) UnpackTargetSetEvent(log *types.Log) (*SettlementTargetSet, error) {
	event := "TargetSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTargetSet)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementTreasurySet represents a TreasurySet event raised by the Settlement contract.
type SettlementTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (SettlementTreasurySet) ContractEventName() string {
	return SettlementTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address treasury)
func (settlement *Settlement) UnpackTreasurySetEvent(log *types.Log) (*SettlementTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTreasurySet)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementVerifierSet represents a VerifierSet event raised by the Settlement contract.
type SettlementVerifierSet struct {
	Kind     uint8
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementVerifierSetEventName = "VerifierSet"

// ContractEventName returns the user-defined event name.
func (SettlementVerifierSet) ContractEventName() string {
	return SettlementVerifierSetEventName
}

// UnpackVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierSet(uint8 kind, address verifier)
func (settlement *Settlement) UnpackVerifierSetEvent(log *types.Log) (*SettlementVerifierSet, error) {
	event := "VerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementVerifierSet)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementWithdrawn represents a Withdrawn event raised by the Settlement contract.
type SettlementWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (SettlementWithdrawn) ContractEventName() string {
	return SettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (settlement *Settlement) UnpackWithdrawnEvent(log *types.Log) (*SettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementWithdrawn)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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
func (settlement *Settlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlement.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return settlement.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return settlement.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return settlement.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return settlement.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return settlement.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_AlreadyAnswered"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementAlreadyAnsweredError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_AlreadyDrawn"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_BadConfig"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_BadIndex"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_BadResult"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementBadResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_ExitNotReady"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementExitNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_Exiting"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_InsufficientBond"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementInsufficientBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_InsufficientGas"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NoFraud"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNoFraudError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NoRetry"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNoRetryError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NoVerifier"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNoVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NotDrawn"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNotDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NotFailable"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNotFailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NotFinalizable"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNotFinalizableError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NotInTree"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNotInTreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NotPending"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_NothingToWithdraw"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_ProofRejected"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementProofRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_RequestClosed"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementRequestClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_ResultMismatch"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementResultMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_SeedExpired"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementSeedExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_SubjectTaken"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementSubjectTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_TargetNotAllowed"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementTargetNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_TooEarly"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_TransferFailed"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_WindowClosed"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_WrongClaim"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementWrongClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_WrongValue"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementWrongValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["Settlement_ZeroAddress"].ID.Bytes()[:4]) {
		return settlement.UnpackSettlementZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Settlement contract.
type SettlementAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func SettlementAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (settlement *Settlement) UnpackAccessControlBadConfirmationError(raw []byte) (*SettlementAccessControlBadConfirmation, error) {
	out := new(SettlementAccessControlBadConfirmation)
	if err := settlement.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Settlement contract.
type SettlementAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func SettlementAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (settlement *Settlement) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*SettlementAccessControlUnauthorizedAccount, error) {
	out := new(SettlementAccessControlUnauthorizedAccount)
	if err := settlement.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidInitialization represents a InvalidInitialization error raised by the Settlement contract.
type SettlementInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func SettlementInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (settlement *Settlement) UnpackInvalidInitializationError(raw []byte) (*SettlementInvalidInitialization, error) {
	out := new(SettlementInvalidInitialization)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotInitializing represents a NotInitializing error raised by the Settlement contract.
type SettlementNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func SettlementNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (settlement *Settlement) UnpackNotInitializingError(raw []byte) (*SettlementNotInitializing, error) {
	out := new(SettlementNotInitializing)
	if err := settlement.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Settlement contract.
type SettlementReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SettlementReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (settlement *Settlement) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SettlementReentrancyGuardReentrantCall, error) {
	out := new(SettlementReentrancyGuardReentrantCall)
	if err := settlement.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Settlement contract.
type SettlementSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SettlementSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (settlement *Settlement) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SettlementSafeCastOverflowedUintDowncast, error) {
	out := new(SettlementSafeCastOverflowedUintDowncast)
	if err := settlement.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementAlreadyAnswered represents a Settlement_AlreadyAnswered error raised by the Settlement contract.
type SettlementSettlementAlreadyAnswered struct {
	Slot uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_AlreadyAnswered(uint8 slot)
func SettlementSettlementAlreadyAnsweredErrorID() common.Hash {
	return common.HexToHash("0x33e763754439665c598c6555f1db8786bdabed4f8d66eb122f05bbd7de7ae195")
}

// UnpackSettlementAlreadyAnsweredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_AlreadyAnswered(uint8 slot)
func (settlement *Settlement) UnpackSettlementAlreadyAnsweredError(raw []byte) (*SettlementSettlementAlreadyAnswered, error) {
	out := new(SettlementSettlementAlreadyAnswered)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_AlreadyAnswered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementAlreadyDrawn represents a Settlement_AlreadyDrawn error raised by the Settlement contract.
type SettlementSettlementAlreadyDrawn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_AlreadyDrawn()
func SettlementSettlementAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0x58d517417d935bdb9921dcdc9061f654822a9501676b51a39d8437b63270a8f7")
}

// UnpackSettlementAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_AlreadyDrawn()
func (settlement *Settlement) UnpackSettlementAlreadyDrawnError(raw []byte) (*SettlementSettlementAlreadyDrawn, error) {
	out := new(SettlementSettlementAlreadyDrawn)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_AlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementBadConfig represents a Settlement_BadConfig error raised by the Settlement contract.
type SettlementSettlementBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadConfig()
func SettlementSettlementBadConfigErrorID() common.Hash {
	return common.HexToHash("0xfdc69545811771a21b02d2dcb0937b04a08c631e177ae3d265c08f0ea5482100")
}

// UnpackSettlementBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadConfig()
func (settlement *Settlement) UnpackSettlementBadConfigError(raw []byte) (*SettlementSettlementBadConfig, error) {
	out := new(SettlementSettlementBadConfig)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementBadIndex represents a Settlement_BadIndex error raised by the Settlement contract.
type SettlementSettlementBadIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadIndex()
func SettlementSettlementBadIndexErrorID() common.Hash {
	return common.HexToHash("0x63d0e9fae424c6448eadc119e830692dd093fd591f6da8ad45fbad7110d01cdc")
}

// UnpackSettlementBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadIndex()
func (settlement *Settlement) UnpackSettlementBadIndexError(raw []byte) (*SettlementSettlementBadIndex, error) {
	out := new(SettlementSettlementBadIndex)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementBadResult represents a Settlement_BadResult error raised by the Settlement contract.
type SettlementSettlementBadResult struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadResult()
func SettlementSettlementBadResultErrorID() common.Hash {
	return common.HexToHash("0xdf69b333edb98bf85295e0a9351cdd846defa5bf3ebb3aca033ca5d017949988")
}

// UnpackSettlementBadResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadResult()
func (settlement *Settlement) UnpackSettlementBadResultError(raw []byte) (*SettlementSettlementBadResult, error) {
	out := new(SettlementSettlementBadResult)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_BadResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementExitNotReady represents a Settlement_ExitNotReady error raised by the Settlement contract.
type SettlementSettlementExitNotReady struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_ExitNotReady()
func SettlementSettlementExitNotReadyErrorID() common.Hash {
	return common.HexToHash("0x177714c1db6ea66fbf1f01590dc13b3d667c6df007cec3494fe655f15da8bdbc")
}

// UnpackSettlementExitNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_ExitNotReady()
func (settlement *Settlement) UnpackSettlementExitNotReadyError(raw []byte) (*SettlementSettlementExitNotReady, error) {
	out := new(SettlementSettlementExitNotReady)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_ExitNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementExiting represents a Settlement_Exiting error raised by the Settlement contract.
type SettlementSettlementExiting struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_Exiting()
func SettlementSettlementExitingErrorID() common.Hash {
	return common.HexToHash("0x283068e36f70ef1b07999b0b2491d4fedf2b2eff8f6d06589a666b52f2a6ff80")
}

// UnpackSettlementExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_Exiting()
func (settlement *Settlement) UnpackSettlementExitingError(raw []byte) (*SettlementSettlementExiting, error) {
	out := new(SettlementSettlementExiting)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_Exiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementInsufficientBond represents a Settlement_InsufficientBond error raised by the Settlement contract.
type SettlementSettlementInsufficientBond struct {
	Free   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_InsufficientBond(uint256 free, uint256 needed)
func SettlementSettlementInsufficientBondErrorID() common.Hash {
	return common.HexToHash("0xa3018b2e8b79d600fd08f82a7a8f2fb4f3888b21e0f94a6a0af3c697d80d3e3e")
}

// UnpackSettlementInsufficientBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_InsufficientBond(uint256 free, uint256 needed)
func (settlement *Settlement) UnpackSettlementInsufficientBondError(raw []byte) (*SettlementSettlementInsufficientBond, error) {
	out := new(SettlementSettlementInsufficientBond)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_InsufficientBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementInsufficientGas represents a Settlement_InsufficientGas error raised by the Settlement contract.
type SettlementSettlementInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_InsufficientGas()
func SettlementSettlementInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x53d35a0d42015f13e73827ab27d3a7a15a68d2682bde29b8ec840914fed771d6")
}

// UnpackSettlementInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_InsufficientGas()
func (settlement *Settlement) UnpackSettlementInsufficientGasError(raw []byte) (*SettlementSettlementInsufficientGas, error) {
	out := new(SettlementSettlementInsufficientGas)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNoFraud represents a Settlement_NoFraud error raised by the Settlement contract.
type SettlementSettlementNoFraud struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NoFraud()
func SettlementSettlementNoFraudErrorID() common.Hash {
	return common.HexToHash("0xbdb0e52a819167eb418e3b152aa24593f695fbe874cf7ce1bf88d18ca6e2f4a6")
}

// UnpackSettlementNoFraudError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NoFraud()
func (settlement *Settlement) UnpackSettlementNoFraudError(raw []byte) (*SettlementSettlementNoFraud, error) {
	out := new(SettlementSettlementNoFraud)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NoFraud", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNoRetry represents a Settlement_NoRetry error raised by the Settlement contract.
type SettlementSettlementNoRetry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NoRetry()
func SettlementSettlementNoRetryErrorID() common.Hash {
	return common.HexToHash("0xe81e8e9865624b901c5d879eedddb942431c8ff4618e903f8de3e279f7fe8c5a")
}

// UnpackSettlementNoRetryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NoRetry()
func (settlement *Settlement) UnpackSettlementNoRetryError(raw []byte) (*SettlementSettlementNoRetry, error) {
	out := new(SettlementSettlementNoRetry)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NoRetry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNoVerifier represents a Settlement_NoVerifier error raised by the Settlement contract.
type SettlementSettlementNoVerifier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NoVerifier()
func SettlementSettlementNoVerifierErrorID() common.Hash {
	return common.HexToHash("0x4ce3d0ed32a6e4c41463c3412ababcb9f52ceb48b680a7413366f176627549fd")
}

// UnpackSettlementNoVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NoVerifier()
func (settlement *Settlement) UnpackSettlementNoVerifierError(raw []byte) (*SettlementSettlementNoVerifier, error) {
	out := new(SettlementSettlementNoVerifier)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NoVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNotDrawn represents a Settlement_NotDrawn error raised by the Settlement contract.
type SettlementSettlementNotDrawn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotDrawn()
func SettlementSettlementNotDrawnErrorID() common.Hash {
	return common.HexToHash("0x405819be2ba0ae8b3b1c0c3ff0ea540e15e16fff20fe74544b8ffa0414e64602")
}

// UnpackSettlementNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotDrawn()
func (settlement *Settlement) UnpackSettlementNotDrawnError(raw []byte) (*SettlementSettlementNotDrawn, error) {
	out := new(SettlementSettlementNotDrawn)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NotDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNotFailable represents a Settlement_NotFailable error raised by the Settlement contract.
type SettlementSettlementNotFailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotFailable()
func SettlementSettlementNotFailableErrorID() common.Hash {
	return common.HexToHash("0x1fdc9d922a6a8f16f7fafd3b36dc3f848cbec3585563fe6839fc427258186144")
}

// UnpackSettlementNotFailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotFailable()
func (settlement *Settlement) UnpackSettlementNotFailableError(raw []byte) (*SettlementSettlementNotFailable, error) {
	out := new(SettlementSettlementNotFailable)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NotFailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNotFinalizable represents a Settlement_NotFinalizable error raised by the Settlement contract.
type SettlementSettlementNotFinalizable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotFinalizable()
func SettlementSettlementNotFinalizableErrorID() common.Hash {
	return common.HexToHash("0x9ccf982ff5451ce2cc705722310d7b87dd97720be66698b9535948dcd566b965")
}

// UnpackSettlementNotFinalizableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotFinalizable()
func (settlement *Settlement) UnpackSettlementNotFinalizableError(raw []byte) (*SettlementSettlementNotFinalizable, error) {
	out := new(SettlementSettlementNotFinalizable)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NotFinalizable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNotInTree represents a Settlement_NotInTree error raised by the Settlement contract.
type SettlementSettlementNotInTree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotInTree()
func SettlementSettlementNotInTreeErrorID() common.Hash {
	return common.HexToHash("0x59946e704bf7c4665ebfb7a2b1b7f983d69985a69fa9948195000d55683aeea2")
}

// UnpackSettlementNotInTreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotInTree()
func (settlement *Settlement) UnpackSettlementNotInTreeError(raw []byte) (*SettlementSettlementNotInTree, error) {
	out := new(SettlementSettlementNotInTree)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NotInTree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNotPending represents a Settlement_NotPending error raised by the Settlement contract.
type SettlementSettlementNotPending struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotPending(uint256 claimId)
func SettlementSettlementNotPendingErrorID() common.Hash {
	return common.HexToHash("0xe5e4b7bd7688667616928c86d3026769d2a79142bfd3077428f79190c0bf4f1b")
}

// UnpackSettlementNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotPending(uint256 claimId)
func (settlement *Settlement) UnpackSettlementNotPendingError(raw []byte) (*SettlementSettlementNotPending, error) {
	out := new(SettlementSettlementNotPending)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementNothingToWithdraw represents a Settlement_NothingToWithdraw error raised by the Settlement contract.
type SettlementSettlementNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NothingToWithdraw()
func SettlementSettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0x683bdf5146b664234beedd58eaa440140cb85674a84e3550b96ee88bc74f383d")
}

// UnpackSettlementNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NothingToWithdraw()
func (settlement *Settlement) UnpackSettlementNothingToWithdrawError(raw []byte) (*SettlementSettlementNothingToWithdraw, error) {
	out := new(SettlementSettlementNothingToWithdraw)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementProofRejected represents a Settlement_ProofRejected error raised by the Settlement contract.
type SettlementSettlementProofRejected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_ProofRejected()
func SettlementSettlementProofRejectedErrorID() common.Hash {
	return common.HexToHash("0x9faf8130fc39105c9114f2f8c1b97a8d66a16395682a0ceedb1623a2323c62fa")
}

// UnpackSettlementProofRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_ProofRejected()
func (settlement *Settlement) UnpackSettlementProofRejectedError(raw []byte) (*SettlementSettlementProofRejected, error) {
	out := new(SettlementSettlementProofRejected)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_ProofRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementRequestClosed represents a Settlement_RequestClosed error raised by the Settlement contract.
type SettlementSettlementRequestClosed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_RequestClosed(uint256 requestId)
func SettlementSettlementRequestClosedErrorID() common.Hash {
	return common.HexToHash("0xeba45ae25ad380563398952b9cf5346d29e62433caa4c4efae5c1ea0ce1e4aa8")
}

// UnpackSettlementRequestClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_RequestClosed(uint256 requestId)
func (settlement *Settlement) UnpackSettlementRequestClosedError(raw []byte) (*SettlementSettlementRequestClosed, error) {
	out := new(SettlementSettlementRequestClosed)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_RequestClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementResultMismatch represents a Settlement_ResultMismatch error raised by the Settlement contract.
type SettlementSettlementResultMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_ResultMismatch()
func SettlementSettlementResultMismatchErrorID() common.Hash {
	return common.HexToHash("0x73a4b6df26de2cb1228649560f45b64042b4425d557c163b0487eb71f433bee4")
}

// UnpackSettlementResultMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_ResultMismatch()
func (settlement *Settlement) UnpackSettlementResultMismatchError(raw []byte) (*SettlementSettlementResultMismatch, error) {
	out := new(SettlementSettlementResultMismatch)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_ResultMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementSeedExpired represents a Settlement_SeedExpired error raised by the Settlement contract.
type SettlementSettlementSeedExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_SeedExpired()
func SettlementSettlementSeedExpiredErrorID() common.Hash {
	return common.HexToHash("0xb1238e732dbfba62e9f7fb4cfa059d39bd24fc8f619b98057be285b8ec7a10d9")
}

// UnpackSettlementSeedExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_SeedExpired()
func (settlement *Settlement) UnpackSettlementSeedExpiredError(raw []byte) (*SettlementSettlementSeedExpired, error) {
	out := new(SettlementSettlementSeedExpired)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_SeedExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementSubjectTaken represents a Settlement_SubjectTaken error raised by the Settlement contract.
type SettlementSettlementSubjectTaken struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_SubjectTaken(uint256 claimId)
func SettlementSettlementSubjectTakenErrorID() common.Hash {
	return common.HexToHash("0x3cf57b0d0990950b6dc1487c343aa5cf5c5858af3144705e7ec84176b1c6c2f2")
}

// UnpackSettlementSubjectTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_SubjectTaken(uint256 claimId)
func (settlement *Settlement) UnpackSettlementSubjectTakenError(raw []byte) (*SettlementSettlementSubjectTaken, error) {
	out := new(SettlementSettlementSubjectTaken)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_SubjectTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementTargetNotAllowed represents a Settlement_TargetNotAllowed error raised by the Settlement contract.
type SettlementSettlementTargetNotAllowed struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_TargetNotAllowed(address target)
func SettlementSettlementTargetNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9b16c0d3e04825872762a573dfe86f9062a5dad55e1dd2ec8322e8e694d3d4a6")
}

// UnpackSettlementTargetNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_TargetNotAllowed(address target)
func (settlement *Settlement) UnpackSettlementTargetNotAllowedError(raw []byte) (*SettlementSettlementTargetNotAllowed, error) {
	out := new(SettlementSettlementTargetNotAllowed)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_TargetNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementTooEarly represents a Settlement_TooEarly error raised by the Settlement contract.
type SettlementSettlementTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_TooEarly()
func SettlementSettlementTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x80a7c4c7d9f3f56766285cfafca383fb01b1f49e617310191befa9648d911457")
}

// UnpackSettlementTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_TooEarly()
func (settlement *Settlement) UnpackSettlementTooEarlyError(raw []byte) (*SettlementSettlementTooEarly, error) {
	out := new(SettlementSettlementTooEarly)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementTransferFailed represents a Settlement_TransferFailed error raised by the Settlement contract.
type SettlementSettlementTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_TransferFailed()
func SettlementSettlementTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x654e465e67565b31530c012ed7bcbecf67437725f5c5f1e9ebb8afb0a59a3402")
}

// UnpackSettlementTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_TransferFailed()
func (settlement *Settlement) UnpackSettlementTransferFailedError(raw []byte) (*SettlementSettlementTransferFailed, error) {
	out := new(SettlementSettlementTransferFailed)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementWindowClosed represents a Settlement_WindowClosed error raised by the Settlement contract.
type SettlementSettlementWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_WindowClosed()
func SettlementSettlementWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x41a6eaec57d6abd0add82f3f2a9a25d00ac249f907993203d5f3e73ec6cea522")
}

// UnpackSettlementWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_WindowClosed()
func (settlement *Settlement) UnpackSettlementWindowClosedError(raw []byte) (*SettlementSettlementWindowClosed, error) {
	out := new(SettlementSettlementWindowClosed)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementWrongClaim represents a Settlement_WrongClaim error raised by the Settlement contract.
type SettlementSettlementWrongClaim struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_WrongClaim(uint256 claimId)
func SettlementSettlementWrongClaimErrorID() common.Hash {
	return common.HexToHash("0x28102b328a09bc6d976ca3a75ecad5fb81428bb3f0ea1ec03a66dea42bdc6559")
}

// UnpackSettlementWrongClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_WrongClaim(uint256 claimId)
func (settlement *Settlement) UnpackSettlementWrongClaimError(raw []byte) (*SettlementSettlementWrongClaim, error) {
	out := new(SettlementSettlementWrongClaim)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_WrongClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementWrongValue represents a Settlement_WrongValue error raised by the Settlement contract.
type SettlementSettlementWrongValue struct {
	Sent     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_WrongValue(uint256 sent, uint256 expected)
func SettlementSettlementWrongValueErrorID() common.Hash {
	return common.HexToHash("0xb8c2d3604c88d5729595e382d39a6030340ad09d3e8a75fcf81a9c6cf6d19363")
}

// UnpackSettlementWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_WrongValue(uint256 sent, uint256 expected)
func (settlement *Settlement) UnpackSettlementWrongValueError(raw []byte) (*SettlementSettlementWrongValue, error) {
	out := new(SettlementSettlementWrongValue)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettlementZeroAddress represents a Settlement_ZeroAddress error raised by the Settlement contract.
type SettlementSettlementZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_ZeroAddress()
func SettlementSettlementZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x045c4c38f05d343fc6bc209cf6d3479303771abd6ccb2ff85718f7ce5749a32b")
}

// UnpackSettlementZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_ZeroAddress()
func (settlement *Settlement) UnpackSettlementZeroAddressError(raw []byte) (*SettlementSettlementZeroAddress, error) {
	out := new(SettlementSettlementZeroAddress)
	if err := settlement.abi.UnpackIntoInterface(out, "Settlement_ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
