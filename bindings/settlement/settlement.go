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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SAMPLES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"answerSample\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"inputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"merkleProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"zkProof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bond\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"challengeBallot\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeDuplicate\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"aProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"b\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"bProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeProposal\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"p\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeStep\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"prev\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"prevProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"cur\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"curProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Claim\",\"components\":[{\"name\":\"relayer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimStatus\"},{\"name\":\"callback\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.CallbackStatus\"},{\"name\":\"leafCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"openRequests\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"challengeEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sampleBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"samples\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"answered\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"closeRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"credit\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"drawSamples\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"exit\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"failClaim\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tallyVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"powVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"inferenceVerifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"config_\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outcomeOf\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"relayer\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Relayer\",\"components\":[{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"locked\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"exitAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Request\",\"components\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"open\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestExit\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestLeaf\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"retryCallback\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revealLeaf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sampleIndex\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sampleLeafHash\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"inputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"sessionId\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sessionNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"setConfig\",\"inputs\":[{\"name\":\"config_\",\"type\":\"tuple\",\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"subjectClaim\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submit\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifierOf\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimKind\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CallbackAttempted\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimFinalized\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimRejected\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.Fault\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimSubmitted\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"result\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConfigSet\",\"inputs\":[{\"name\":\"config\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structISettlement.Config\",\"components\":[{\"name\":\"claimBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"requestBond\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responseWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exitDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sampleDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sampleCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"challengerRewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeafRequested\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeafRevealed\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structISettlement.BallotLeaf\",\"components\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"int64[]\",\"internalType\":\"int64[]\"},{\"name\":\"cumulative\",\"type\":\"int256[]\",\"internalType\":\"int256[]\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RelayerBonded\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RelayerExitRequested\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"exitAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RelayerExited\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RequestClosed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"claimSlashed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SampleAnswered\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"index\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SamplesDrawn\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"indices\",\"type\":\"uint32[]\",\"indexed\":false,\"internalType\":\"uint32[]\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TargetSet\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierSet\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_AlreadyAnswered\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Settlement_AlreadyDrawn\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadIndex\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadResult\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_ExitNotReady\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_Exiting\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_InsufficientBond\",\"inputs\":[{\"name\":\"free\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_InsufficientGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoFraud\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoRetry\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoVerifier\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotDrawn\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotFailable\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotFinalizable\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotInTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotPending\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_ProofRejected\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_RequestClosed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_ResultMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_SeedExpired\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_SubjectTaken\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_TargetNotAllowed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Settlement_TooEarly\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_TransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_WindowClosed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_WrongClaim\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_WrongValue\",\"inputs\":[{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_ZeroAddress\",\"inputs\":[]}]",
	ID:  "Settlement",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b615a13806100d65f395ff3fe608060405260043610610280575f3560e01c80638c06fe8311610155578063c9b5ef8e116100be578063deb9663411610078578063deb9663414610a88578063e9fad8ee14610ab6578063f0282b7f14610aca578063f0f4426014610ae9578063f698da2514610b08578063fd1b439e14610b1c575f5ffd5b8063c9b5ef8e146107e8578063cd370524146108a8578063d547741f146108c7578063d5d44d80146108e6578063d810a05f1461091a578063d845a4b31461094e575f5ffd5b8063b3daabf51161010f578063b3daabf514610721578063b8c9b58514610740578063ba779f6c1461075f578063bb79ea6a1461077e578063c44f1301146107aa578063c6bf0d5b146107c9575f5ffd5b80638c06fe83146106655780638da4d3c91461068457806391d1485414610699578063a217fddf146106b8578063aa2a4fbb146106cb578063aa642274146106ea575f5ffd5b8063379607f5116101f757806364c9ec6f116101b157806364c9ec6f146104cd57806369a1e531146104d557806379502c55146104f45780637f8e3b4e1461060b57806380ffe77f1461061f57806384b0196e1461063e575f5ffd5b8063379607f51461040a5780633ccfd60b14610436578063404e4ab81461044a578063411752521461047057806342f698fd1461048f57806361d027b3146104ae575f5ffd5b8063248a9ca311610248578063248a9ca31461034e578063260750d91461037b5780632f2ff15d1461038e5780632fb8ff97146103ad578063360df796146103cc57806336568abe146103eb575f5ffd5b80630138c60d146102845780630198707f146102a557806301ffc9a7146102e157806305261aea1461031057806323850d901461032f575b5f5ffd5b34801561028f575f5ffd5b506102a361029e3660046140d1565b610b3b565b005b3480156102b0575f5ffd5b506102c46102bf3660046140f6565b610bcd565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156102ec575f5ffd5b506103006102fb36600461410f565b610c13565b60405190151581526020016102d8565b34801561031b575f5ffd5b506102a361032a3660046140d1565b610c49565b34801561033a575f5ffd5b506102a3610349366004614193565b610e4b565b348015610359575f5ffd5b5061036d6103683660046140d1565b610e75565b6040519081526020016102d8565b61036d610389366004614278565b610e95565b348015610399575f5ffd5b506102a36103a83660046142bc565b611167565b3480156103b8575f5ffd5b506102a36103c73660046142e6565b611189565b3480156103d7575f5ffd5b5061036d6103e636600461430e565b611259565b3480156103f6575f5ffd5b506102a36104053660046142bc565b6112d9565b348015610415575f5ffd5b506104296104243660046140d1565b611311565b6040516102d89190614377565b348015610441575f5ffd5b506102a36115a4565b348015610455575f5ffd5b5061045e602081565b60405160ff90911681526020016102d8565b34801561047b575f5ffd5b506102a361048a3660046145a8565b611699565b34801561049a575f5ffd5b506102a36104a9366004614613565b6116ba565b3480156104b9575f5ffd5b506003546102c4906001600160a01b031681565b6102a36116d1565b3480156104e0575f5ffd5b506102a36104ef36600461462e565b6117d7565b3480156104ff575f5ffd5b506105fe60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060408051610140810182525f546001600160801b038082168352600160801b918290041660208301526001546001600160401b0380821694840194909452600160401b81048416606084015290810483166080830152600160c01b900490911660a082015260025463ffffffff80821660c084015260ff64010000000083041660e084015261ffff65010000000000830416610100840152600160381b9091041661012082015290565b6040516102d89190614727565b348015610616575f5ffd5b506102a3611803565b34801561062a575f5ffd5b506102a361063936600461481e565b6118fc565b348015610649575f5ffd5b5061065261198b565b6040516102d897969594939291906148b4565b348015610670575f5ffd5b5061036d61067f366004614923565b6119cd565b34801561068f575f5ffd5b5061036d60045481565b3480156106a4575f5ffd5b506103006106b33660046142bc565b611a3d565b3480156106c3575f5ffd5b5061036d5f81565b3480156106d6575f5ffd5b5061036d6106e5366004614981565b611a73565b3480156106f5575f5ffd5b506103006107043660046149f3565b6001600160a01b03165f9081526007602052604090205460ff1690565b34801561072c575f5ffd5b5061036d61073b366004614a0c565b611ce3565b34801561074b575f5ffd5b506102a361075a366004614a3c565b611d26565b34801561076a575f5ffd5b506102a36107793660046140d1565b611f37565b348015610789575f5ffd5b5061079d6107983660046140d1565b612017565b6040516102d89190614a92565b3480156107b5575f5ffd5b506102a36107c43660046140d1565b6120b6565b3480156107d4575f5ffd5b506102a36107e3366004614aa4565b6122ac565b3480156107f3575f5ffd5b5061086f6108023660046149f3565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0394909416845260088252928290208251938401835280546001600160801b038082168652600160801b9091041691840191909152600101546001600160401b03169082015290565b6040805182516001600160801b03908116825260208085015190911690820152918101516001600160401b0316908201526060016102d8565b3480156108b3575f5ffd5b506102a36108c2366004614b5f565b6126ff565b3480156108d2575f5ffd5b506102a36108e13660046142bc565b6127bb565b3480156108f1575f5ffd5b5061036d6109003660046149f3565b6001600160a01b03165f908152600d602052604090205490565b348015610925575f5ffd5b50610939610934366004614c16565b6127d7565b60405163ffffffff90911681526020016102d8565b348015610959575f5ffd5b50610a1e6109683660046140d1565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f908152600b6020908152604091829020825160c0810184528154815260018201546001600160a01b03811693820193909352600160a01b830463ffffffff1693810193909352600160c01b90910460ff1615156060830152600201546001600160401b0381166080830152600160401b90046001600160801b031660a082015290565b6040516102d89190815181526020808301516001600160a01b03169082015260408083015163ffffffff16908201526060808301511515908201526080808301516001600160401b03169082015260a0918201516001600160801b03169181019190915260c00190565b348015610a93575f5ffd5b50610a9e6276a70081565b6040516001600160401b0390911681526020016102d8565b348015610ac1575f5ffd5b506102a3612858565b348015610ad5575f5ffd5b506102a3610ae43660046140d1565b61295c565b348015610af4575f5ffd5b506102a3610b033660046149f3565b612afb565b348015610b13575f5ffd5b5061036d612b80565b348015610b27575f5ffd5b506102a3610b36366004614c39565b612b8e565b610b43612bb7565b5f81815260096020526040902060028154600160a81b900460ff166003811115610b6f57610b6f614336565b141580610b99575060028154600160b01b900460ff166002811115610b9657610b96614336565b14155b15610bb757604051631d03d1d360e31b815260040160405180910390fd5b610bc18282612bec565b50610bca612d28565b50565b5f60065f836002811115610be357610be3614336565b6002811115610bf457610bf4614336565b815260208101919091526040015f20546001600160a01b031692915050565b5f6001600160e01b03198216637965db0b60e01b1480610c4357506301ffc9a760e01b6001600160e01b03198316145b92915050565b610c51612bb7565b5f81815260096020526040902060018154600160a81b900460ff166003811115610c7d57610c7d614336565b14610ca35760405163e5e4b7bd60e01b8152600481018390526024015b60405180910390fd5b5f8154600160a01b900460ff166002811115610cc157610cc1614336565b03610d125760028101546001600160401b031642111580610cef57508054600160d81b900463ffffffff1615155b15610d0d57604051639ccf982f60e01b815260040160405180910390fd5b610d6d565b60078101541580610d4f57506003810154610d3690600160401b900460ff16612d52565b6003820154600160481b900463ffffffff908116911614155b15610d6d57604051639ccf982f60e01b815260040160405180910390fd5b8054600160a91b60ff60a81b1982161782556008808301546001600160a01b039092165f9081526020919091526040902080546001600160801b0392831692601091610dc2918591600160801b900416614cdb565b82546001600160801b039182166101009390930a928302919092021990911617905550600181015460048201545f848152600a60205260409081902090516001600160a01b039093169285927f6f0fb37dbf3e99482cb7ba189f122af5008c49175e2103123fd760f9d4ae88fd92610e3992614d2c565b60405180910390a3610bc18282612bec565b610e53612bb7565b610e64876308fb648f60e01b612d64565b610e6c612d28565b50505050505050565b5f9081525f5160206159f35f395f51905f52602052604090206001015490565b5f610e9e612bb7565b5f610ea884612db3565b6001810154909150600160a01b90046001600160401b0316421115610ee057604051631069babb60e21b815260040160405180910390fd5b805463ffffffff600160b81b909104811690841610610f12576040516331e874fd60e11b815260040160405180910390fd5b6008810154600160801b90046001600160801b03163414610f635760088101546040516305c6169b60e51b8152346004820152600160801b9091046001600160801b03166024820152604401610c9a565b60055f8154610f7190614dba565b918290555060098201549092505f90610f93906001600160401b031642614dd2565b90506040518060c00160405280868152602001336001600160a01b031681526020018563ffffffff168152602001600115158152602001826001600160401b03168152602001346001600160801b0316815250600b5f8581526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a81548163ffffffff021916908363ffffffff16021790555060608201518160010160186101000a81548160ff0219169083151502179055506080820151816002015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160020160086101000a8154816001600160801b0302191690836001600160801b031602179055509050506001825f01601b8282829054906101000a900463ffffffff166110f19190614df1565b82546101009290920a63ffffffff8181021990931691831602179091556040805191871682523360208301526001600160401b0384169082015284915086907fb0b1a9a1c4ed63bc9541a55cc0552dd1ec9b29ce08870203d237460ecca800ad9060600160405180910390a35050610c43612d28565b61117082610e75565b61117981612e44565b6111838383612e4e565b50505050565b5f61119381612e44565b5f8360028111156111a6576111a6614336565b1480156111ba57506001600160a01b038216155b156111d757604051628b898760e31b815260040160405180910390fd5b8160065f8560028111156111ed576111ed614336565b60028111156111fe576111fe614336565b81526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b031602179055505f5160206159d35f395f51905f52838360405161124c929190614e0d565b60405180910390a1505050565b604080516001600160a01b038416602080830191909152818301849052825180830384018152606090920183528151918101919091205f908152600c825282812054808252600990925291822054600390600160a81b900460ff16818111156112c4576112c4614336565b146112cf57806112d1565b5f5b949350505050565b6001600160a01b03811633146113025760405163334bd91960e11b815260040160405180910390fd5b61130c8282612ef6565b505050565b6113c3604080516102c081019091525f808252602082019081526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e08201819052610200820181905261022082018190526102409091015290565b5f8281526009602090815260409182902082516102c0810190935280546001600160a01b03811684529091830190600160a01b900460ff16600281111561140c5761140c614336565b600281111561141d5761141d614336565b81528154602090910190600160a81b900460ff16600381111561144257611442614336565b600381111561145357611453614336565b81528154602090910190600160b01b900460ff16600281111561147857611478614336565b600281111561148957611489614336565b8152815463ffffffff600160b81b820481166020840152600160d81b9091048116604083015260018301546001600160a01b0380821660608501526001600160401b03600160a01b90920482166080850152600285015480831660a0860152600160401b9081900490911660c0850152600385015480831660e086015260ff82820416610100860152600160481b900490921661012084015260048401546101408401526005840154610160840152600684015461018084015260078401546101a084015260088401546001600160801b038082166101c0860152600160801b91829004166101e08501526009909401548082166102008501529182041661022083015261ffff929004919091166102409091015292915050565b6115ac612bb7565b335f908152600d6020526040812054908190036115dc5760405163683bdf5160e01b815260040160405180910390fd5b335f818152600d602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59061161f9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114611666576040519150601f19603f3d011682016040523d82523d5f602084013e61166b565b606091505b505090508061168d576040516332a7232f60e11b815260040160405180910390fd5b5050611697612d28565b565b6116a1612bb7565b6116b284635e3e6c7960e01b612d64565b611183612d28565b5f6116c481612e44565b6116cd82612f6f565b5050565b6116d9612bb7565b335f90815260086020526040902060018101546001600160401b0316156117135760405163283068e360e01b815260040160405180910390fd5b80545f9061172b9034906001600160801b0316614e32565b5f549091506001600160801b031634158061174557508082105b1561176d57604051635180c59760e11b81526004810183905260248101829052604401610c9a565b611776826131e5565b83546001600160801b0319166001600160801b0391909116178355604080513481526020810184905233917f2a9760062016191d6e6ba88b3f092c659b386e74ad4a27a19979901f47a0e9ed910160405180910390a2505050611697612d28565b6117df612bb7565b6117f08963309ddd8760e11b612d64565b6117f8612d28565b505050505050505050565b335f908152600860205260408120805490916001600160801b039091169003611854575f8054604051635180c59760e11b815260048101929092526001600160801b03166024820152604401610c9a565b60018101546001600160401b0316156118805760405163283068e360e01b815260040160405180910390fd5b6001545f9061189f90600160c01b90046001600160401b031642614dd2565b60018301805467ffffffffffffffff19166001600160401b03831690811790915560405190815290915033907f23c8a40e7b7a6a12831afac658a498250ad925c564ae1d5b70b02fddf43d1e1d9060200160405180910390a25050565b5f61190681612e44565b6001600160a01b03831661192c57604051628b898760e31b815260040160405180910390fd5b6001600160a01b0383165f81815260076020908152604091829020805460ff191686151590811790915591519182527fd79dab7c1ad9be25388690df227462ca1accba2033dbdbd3011ff0eb30c25088910160405180910390a2505050565b5f6060805f5f5f606061199c61321c565b6119a46132ef565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f808560028111156119e1576119e1614336565b03611a0157604051631408159960e11b81525f6004820152602401610c9a565b5f6001866002811115611a1657611a16614336565b14611a22576003611a25565b60025b9050611a3381868686613340565b9695505050505050565b5f9182525f5160206159f35f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611a7c612bb7565b5f611a878688613395565b905060045f8154611a9790614dba565b91829055505f828152600c6020908152604080832084905583835260099091528120919350896002811115611ace57611ace614336565b03611ae457611adf83828787613513565b611af1565b611af183828b888861366f565b8054336001600160a01b03198216811783555f918b9184916001600160a81b03191660ff60a01b1990911617600160a01b836002811115611b3457611b34614336565b0217905550815460ff60a81b1916600160a81b1782556001820180546001600160a01b0319166001600160a01b038a161790556004820189905560058201879055604051611b859087908790614e59565b604080519182900390912060068401558154600880850180546001600160801b039384166001600160801b0319918216811783558654600160801b9081900486168102909117909255600186018054600989018054600160401b928390046001600160401b0390811667ffffffffffffffff19831681178455945491909516909317928590049093160217808255600287015461ffff60801b199091166501000000000090910461ffff1683021790558454335f908152602093909352939091208054938316939092601092611c6092869291900416614e68565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550876001600160a01b0316336001600160a01b0316857fef7fb6cd8fcffd1ad55c7a307d2ab089dba7c7f9da4260fca1e6068549e2d0b08d8d8c8c8c604051611cd0959493929190614eaf565b60405180910390a4505050611a33612d28565b604080516001600160a01b038516602080830191909152818301859052606080830185905283518084039091018152608090920190925280519101205f906112d1565b611d2e612bb7565b5f848152600b602052604090206001810154600160c01b900460ff16611d6a576040516375d22d7160e11b815260048101869052602401610c9a565b80545f90815260096020526040902060018154600160a81b900460ff166003811115611d9857611d98614336565b14611dbc57815460405163e5e4b7bd60e01b81526004810191909152602401610c9a565b60028201546001600160401b0316421115611dea57604051631069babb60e21b815260040160405180910390fd5b6002810154611e1090600160401b90046001600160a01b031663d726b8ab60e01b6137c6565b506001828101805460ff60c01b1916905581548290601b90611e40908490600160d81b900463ffffffff16614ee8565b825463ffffffff9182166101009390930a92830291909202199091161790555060098101545f90611e7a906001600160401b031642614dd2565b60028301549091506001600160401b039081169082161115611eb55760028201805467ffffffffffffffff19166001600160401b0383161790555b6002830154335f908152600d602052604081208054600160401b9093046001600160801b031692909190611eea908490614e32565b909155505082546040518891907f67d9ee558c5723c8e72ebf2a56373e785f0c09a4e3cd792af7872b7356bd457b90611f24908a90614faf565b60405180910390a3505050611183612d28565b611f3f612bb7565b5f611f498261385c565b60078101549091505f90611f98576003820154611f71906001600160401b0316610100614e32565b4311611f9057604051630fee4ec960e11b815260040160405180910390fd5b50600c612001565b60028201546001600160401b031642111580611fdf57506003820154611fc790600160401b900460ff16612d52565b6003830154600160481b900463ffffffff9081169116145b15611ffd57604051630fee4ec960e11b815260040160405180910390fd5b50600b5b61200d838383336138e8565b5050610bca612d28565b5f818152600a6020526040902080546060919061203390614cfa565b80601f016020809104026020016040519081016040528092919081815260200182805461205f90614cfa565b80156120aa5780601f10612081576101008083540402835291602001916120aa565b820191905f5260205f20905b81548152906001019060200180831161208d57829003601f168201915b50505050509050919050565b6120be612bb7565b5f6120c88261385c565b6007810154909150156120ee576040516358d5174160e01b815260040160405180910390fd5b60038101546001600160401b031643811061211c576040516380a7c4c760e01b815260040160405180910390fd5b80408061213c5760405163b1238e7360e01b815260040160405180910390fd5b604080516020808201849052818301879052825180830384018152606090920190925280519101206007840181905560098401545f9061218c90600160401b90046001600160401b031642614dd2565b60028601805467ffffffffffffffff19166001600160401b03838116919091179091556003870154919250600160401b90910460ff16905f9082908111156121d6576121d6614e45565b6040519080825280602002602001820160405280156121ff578160200160208202803683370190505b5090505f5b8260ff168160ff16101561226057875461222e9086908390600160b81b900463ffffffff16613aa8565b828260ff16815181106122435761224361506e565b63ffffffff90921660209283029190910190910152600101612204565b50877fa6d27b1c8fbf1548f97885e097f628ba6d409fef16ef4f59e5e447c0fb9e383a85838660405161229593929190615082565b60405180910390a250505050505050610bca612d28565b5f6122b5613af1565b805490915060ff600160401b82041615906001600160401b03165f811580156122db5750825b90505f826001600160401b031660011480156122f65750303b155b905081158015612304575080155b156123225760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561234c57845460ff60401b1916600160401b1785555b6001600160a01b038d16158061236957506001600160a01b038c16155b8061237b57506001600160a01b038b16155b1561239857604051628b898760e31b815260040160405180910390fd5b6123a0613b19565b6123e96040518060400160405280600e81526020016d1112540814d95d1d1b195b595b9d60921b815250604051806040016040528060018152602001603160f81b815250613b21565b6123f35f8e612e4e565b50600380546001600160a01b0319166001600160a01b038e169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a161244e86612f6f565b5f80805260066020527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f880546001600160a01b0319166001600160a01b038e161790556040515f5160206159d35f395f51905f52916124ae918e90614e0d565b60405180910390a160015f81905260066020527f3e5fec24aa4dc4e5aee2e025e51e1392c72a2500577559fae9665c6d52bd6a3180546001600160a01b0319166001600160a01b038d161790556040515f5160206159d35f395f51905f5291612518918d90614e0d565b60405180910390a160025f81905260066020527f8819ef417987f8ae7a81f42cdfb18815282fe989326fbff903d13cf0e03ace2980546001600160a01b0319166001600160a01b038c161790556040515f5160206159d35f395f51905f5291612582918c90614e0d565b60405180910390a15f5b878110156126a9575f8989838181106125a7576125a761506e565b90506020020160208101906125bc91906149f3565b6001600160a01b0316036125e257604051628b898760e31b815260040160405180910390fd5b600160075f8b8b858181106125f9576125f961506e565b905060200201602081019061260e91906149f3565b6001600160a01b0316815260208101919091526040015f20805460ff19169115159190911790558888828181106126475761264761506e565b905060200201602081019061265c91906149f3565b6001600160a01b03167fd79dab7c1ad9be25388690df227462ca1accba2033dbdbd3011ff0eb30c250886001604051612699911515815260200190565b60405180910390a260010161258c565b5083156126f057845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050505050565b612707612bb7565b5f6127118961385c565b90505f5f612723838b8b8b8b8b613b33565b91509150612734838a8a8888613c71565b6003830180546cffffffff000000000000000000198116600160481b9182900463ffffffff90811685821617909202179091556040805160ff8d16815291841660208301528c917fa571d2ea12908b5ccf2c8b26531ef7ac796b8ba71a0b909a865cd934d0977336910160405180910390a25050506127b1612d28565b5050505050505050565b6127c482610e75565b6127cd81612e44565b6111838383612ef6565b5f82815260096020526040812060078101546128065760405163202c0cdf60e11b815260040160405180910390fd5b600381015460ff600160401b909104811690841610612838576040516331e874fd60e11b815260040160405180910390fd5b600781015481546112d191908590600160b81b900463ffffffff16613aa8565b612860612bb7565b335f90815260086020526040902060018101546001600160401b03161580612894575060018101546001600160401b031642105b806128af57508054600160801b90046001600160801b031615155b156128cd5760405163177714c160e01b815260040160405180910390fd5b8054335f908152600860209081526040808320838155600101805467ffffffffffffffff19169055600d909152812080546001600160801b0390931692839290612918908490614e32565b909155505060405181815233907fe1d2051646a6a1a96f30223e348f61b475d7a0f2e77c6690049362286c7aade59060200160405180910390a25050611697612d28565b612964612bb7565b5f818152600b602052604090206001810154600160c01b900460ff166129a0576040516375d22d7160e11b815260048101839052602401610c9a565b80545f8181526009602052604081209060018254600160a81b900460ff1660038111156129cf576129cf614336565b1490508080156129ec575060028401546001600160401b03164211155b15612a0a576040516380a7c4c760e01b815260040160405180910390fd5b6001848101805460ff60c01b1916905582548390601b90612a39908490600160d81b900463ffffffff16614ee8565b825463ffffffff9182166101009390930a928302919092021990911617905550600184015460028501546001600160a01b039091165f818152600d60205260408120805492936001600160801b03600160401b9091041692909190612a9f908490614e32565b9091555050604051821515815286907fd204805208bb5b5fea6f63d5baa0b02392e939d9ff87e412b2f2ceacde50e0999060200160405180910390a28115612aee57612aee8484600a846138e8565b5050505050610bca612d28565b5f612b0581612e44565b6001600160a01b038216612b2b57604051628b898760e31b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f612b89613db7565b905090565b612b96612bb7565b612ba78663ac7383df60e01b612d64565b612baf612d28565b505050505050565b612bbf613dc0565b61169760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613e00565b600254600160381b900463ffffffff16612710612c0a603f836150fb565b612c149083614e32565b612c1e9190614e32565b5a1015612c3e576040516353d35a0d60e01b815260040160405180910390fd5b60048201545f848152600a602052604080822090519192612c6492909190602401614d2c565b60408051601f198184030181529190526020810180516001600160e01b031663198cad5360e01b178152600185015482519293506001600160a01b0316915f9182918291828689f1905080612cba576002612cbd565b60015b8554869060ff60b01b1916600160b01b836002811115612cdf57612cdf614336565b0217905550857f5ac56ed027087e6f93a6cf2db7df8d2820ee5fd1df1e1dd50e326c5e1a72374a82604051612d18911515815260200190565b60405180910390a2505050505050565b6116975f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612be6565b5f610c43600160ff841681901b61510e565b5f612d6e83613e07565b90505f612d928260020160089054906101000a90046001600160a01b0316846137c6565b9050611183848383806020019051810190612dad9190615121565b336138e8565b5f81815260096020526040902060018154600160a81b900460ff166003811115612ddf57612ddf614336565b14612e005760405163e5e4b7bd60e01b815260048101839052602401610c9a565b5f8154600160a01b900460ff166002811115612e1e57612e1e614336565b14612e3f57604051631408159960e11b815260048101839052602401610c9a565b919050565b610bca8133613e42565b5f5f5160206159f35f395f51905f52612e678484611a3d565b612ee6575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612e9c3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610c43565b5f915050610c43565b5092915050565b5f5f5160206159f35f395f51905f52612f0f8484611a3d565b15612ee6575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610c43565b612f7c602082018261515e565b6001600160801b03161580612fa75750612f9c604082016020830161515e565b6001600160801b0316155b80612fc85750612fbd6060820160408301615198565b6001600160401b0316155b80612fed57506276a700612fe26060830160408401615198565b6001600160401b0316115b8061300e57506130036080820160608301615198565b6001600160401b0316155b8061303357506276a7006130286080830160608401615198565b6001600160401b0316115b80613054575061304960a0820160808301615198565b6001600160401b0316155b8061307957506276a70061306e60a0830160808401615198565b6001600160401b0316115b8061309e57506276a70061309360c0830160a08401615198565b6001600160401b0316115b806130bc57506130b460e0820160c083016151b3565b63ffffffff16155b806130dc575060806130d460e0830160c084016151b3565b63ffffffff16115b806130f857506130f3610100820160e083016151ce565b60ff16155b8061311657506020613111610100830160e084016151ce565b60ff16115b80613137575061271061313161012083016101008401615203565b61ffff16115b8061315a5750615208613152610140830161012084016151b3565b63ffffffff16105b8061317e575062989680613176610140830161012084016151b3565b63ffffffff16115b1561319c5760405163fdc6954560e01b815260040160405180910390fd5b805f6131a8828261525a565b9050507fb4aa938be7093e5fb4b5f0a2096a626c56d3b2e3dba8548c9533760818b4dc53816040516131da919061544c565b60405180910390a150565b5f6001600160801b03821115613218576040516306dfcc6560e41b81526080600482015260248101839052604401610c9a565b5090565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1009161326d90614cfa565b80601f016020809104026020016040519081016040528092919081815260200182805461329990614cfa565b80156132e45780601f106132bb576101008083540402835291602001916132e4565b820191905f5260205f20905b8154815290600101906020018083116132c757829003601f168201915b505050505091505090565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10380546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1009161326d90614cfa565b5f84848484604051602001613358949392919061554e565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050949350505050565b335f90815260086020526040812060018101546001600160401b0316156133cf5760405163283068e360e01b815260040160405180910390fd5b80545f906133ef906001600160801b03600160801b820481169116614cdb565b5f546001600160801b039182169250168082101561342a57604051635180c59760e11b81526004810183905260248101829052604401610c9a565b6001600160a01b0386165f9081526007602052604090205460ff1661346d57604051639b16c0d360e01b81526001600160a01b0387166004820152602401610c9a565b604080516001600160a01b038816602082015290810186905260600160408051601f1981840301815291815281516020928301205f818152600c90935291205490945080158015906134e8575060035f82815260096020526040902054600160a81b900460ff1660038111156134e5576134e5614336565b14155b1561350957604051633cf57b0d60e01b815260048101829052602401610c9a565b5050505092915050565b5f80805260066020527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f8546040516326837e3d60e01b81526001600160a01b039091169190819083906326837e3d90613572908890889060040161559d565b5f60405180830381865afa15801561358c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526135b39190810190615608565b600288018054600160401b600160e01b031916600160401b6001600160a01b0388160217905560015491935091505f906135f6906001600160401b031642614dd2565b875463ffffffff60b81b1916600160b81b63ffffffff86160217885560018801805467ffffffffffffffff60a01b1916600160a01b6001600160401b0384169081029190911790915560028901805467ffffffffffffffff191690911790555f898152600a602052604090209091506117f883826156f9565b5f60065f85600281111561368557613685614336565b600281111561369657613696614336565b815260208101919091526040015f20546001600160a01b03169050806136cf57604051634ce3d0ed60e01b815260040160405180910390fd5b5f5f6136db8585613e7b565b600280548a5463ffffffff60b81b1916600160b81b63ffffffff86811691909102919091178c558b83018054600160401b600160e01b031916600160401b6001600160a01b038b1602179055915493955091935064010000000090910460ff1691613747911643614dd2565b60038901805467ffffffffffffffff19166001600160401b039290921691909117905560ff811663ffffffff8416106137805780613782565b825b60038901805460ff92909216600160401b0260ff60401b199092169190911790555f898152600a602052604090206137ba83826156f9565b50505050505050505050565b60605f6001600160a01b038416836137e136600481866157b3565b6040516020016137f3939291906157da565b60408051601f198184030181529082905261380d916157fd565b5f60405180830381855afa9150503d805f8114613845576040519150601f19603f3d011682016040523d82523d5f602084013e61384a565b606091505b509250905080612eef57815160208301fd5b5f81815260096020526040902060018154600160a81b900460ff16600381111561388857613888614336565b146138a95760405163e5e4b7bd60e01b815260048101839052602401610c9a565b5f8154600160a01b900460ff1660028111156138c7576138c7614336565b03612e3f57604051631408159960e11b815260048101839052602401610c9a565b8254600360a81b60ff60a81b1982161784556008808501546001600160a01b039092165f9081526020919091526040902080546001600160801b039283169283918391601091613941918591600160801b900416614cdb565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555081815f015f8282829054906101000a90046001600160801b03166139899190614cdb565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f6127108660090160109054906101000a900461ffff1661ffff16846001600160801b03166139dc9190615813565b6139e691906150fb565b6001600160a01b0385165f908152600d6020526040812080549293508392909190613a12908490614e32565b90915550613a2b9050816001600160801b03851661510e565b6003546001600160a01b03165f908152600d602052604081208054909190613a54908490614e32565b92505081905550836001600160a01b0316877f06f4b2bb81bffaf7f4aa72b5657c41379913c3c9ab3e425541a09e584754c67c8784604051613a9792919061582a565b60405180910390a350505050505050565b5f8163ffffffff168484604051602001613acf92919091825260ff16602082015260400190565b604051602081830303815290604052805190602001205f1c6112d19190615848565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610c43565b611697613eef565b613b29613eef565b6116cd8282613f14565b60078601545f90819080613b5a5760405163202c0cdf60e11b815260040160405180910390fd5b60028901546001600160401b0316421115613b8857604051631069babb60e21b815260040160405180910390fd5b600389015460ff600160401b909104811690891610613bba576040516331e874fd60e11b815260040160405180910390fd5b6003890154600160ff8a161b9250600160481b9004821663ffffffff1615613bfa576040516333e7637560e01b815260ff89166004820152602401610c9a565b8854613c169082908a90600160b81b900463ffffffff16613aa8565b92505f60018a54600160a01b900460ff166002811115613c3857613c38614336565b14613c44576003613c47565b60025b9050613c648a600501548787613c5f85898e8e613340565b613f77565b5050965096945050505050565b5f613c7d846001614e32565b6001600160401b03811115613c9457613c94614e45565b604051908082528060200260200182016040528015613cbd578160200160208202803683370190505b5090508560040154815f81518110613cd757613cd761506e565b60209081029190910101525f5b84811015613d3657858582818110613cfe57613cfe61506e565b9050602002013582826001613d139190614e32565b81518110613d2357613d2361506e565b6020908102919091010152600101613ce4565b506002860154604051631e8e1e1360e01b8152600160401b9091046001600160a01b031690631e8e1e1390613d739086908690869060040161585b565b5f6040518083038186803b158015613d89575f5ffd5b505afa925050508015613d9a575060015b612baf576040516309faf81360e41b815260040160405180910390fd5b5f612b89613fa0565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561169757604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f613e1182612db3565b60028101549091506001600160401b0316421115612e3f57604051631069babb60e21b815260040160405180910390fd5b613e4c8282611a3d565b6116cd5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610c9a565b5f606081613e8b84860186615880565b805190915063ffffffff165f03613eb55760405163df69b33360e01b815260040160405180910390fd5b805f0151925080602001518160400151604051602001613ed692919061597d565b6040516020818303038152906040529150509250929050565b613ef7614013565b61169757604051631afcd79f60e31b815260040160405180910390fd5b613f1c613eef565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d102613f6884826156f9565b506003810161118383826156f9565b613f838383868461402c565b6111835760405163059946e760e41b815260040160405180910390fd5b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f613fca614043565b613fd2614058565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b5f61401c613af1565b54600160401b900460ff16919050565b5f82614039868685614061565b1495945050505050565b5f61404c61321c565b80519060200120905090565b5f61404c6132ef565b5f81815b848110156140995761408f828787848181106140835761408361506e565b905060200201356140a2565b9150600101614065565b50949350505050565b5f8183106140bc575f8281526020849052604090206140ca565b5f8381526020839052604090205b9392505050565b5f602082840312156140e1575f5ffd5b5035919050565b803560038110612e3f575f5ffd5b5f60208284031215614106575f5ffd5b6140ca826140e8565b5f6020828403121561411f575f5ffd5b81356001600160e01b0319811681146140ca575f5ffd5b5f60e08284031215614146575f5ffd5b50919050565b5f5f83601f84011261415c575f5ffd5b5081356001600160401b03811115614172575f5ffd5b6020830191508360208260051b850101111561418c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a0312156141a9575f5ffd5b8735965060208801356001600160401b038111156141c5575f5ffd5b6141d18a828b01614136565b96505060408801356001600160401b038111156141ec575f5ffd5b6141f88a828b0161414c565b90965094505060608801356001600160401b03811115614216575f5ffd5b6142228a828b01614136565b93505060808801356001600160401b0381111561423d575f5ffd5b6142498a828b0161414c565b989b979a50959850939692959293505050565b63ffffffff81168114610bca575f5ffd5b8035612e3f8161425c565b5f5f60408385031215614289575f5ffd5b82359150602083013561429b8161425c565b809150509250929050565b80356001600160a01b0381168114612e3f575f5ffd5b5f5f604083850312156142cd575f5ffd5b823591506142dd602084016142a6565b90509250929050565b5f5f604083850312156142f7575f5ffd5b614300836140e8565b91506142dd602084016142a6565b5f5f6040838503121561431f575f5ffd5b614328836142a6565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b60038110610bca57610bca614336565b6143638161434a565b9052565b6004811061436357614363614336565b81516001600160a01b031681526102c08101602083015161439b602084018261435a565b5060408301516143ae6040840182614367565b5060608301516143c1606084018261435a565b5060808301516143d9608084018263ffffffff169052565b5060a08301516143f160a084018263ffffffff169052565b5060c083015161440c60c08401826001600160a01b03169052565b5060e083015161442760e08401826001600160401b03169052565b506101008301516144446101008401826001600160401b03169052565b506101208301516144616101208401826001600160a01b03169052565b5061014083015161447e6101408401826001600160401b03169052565b5061016083015161449561016084018260ff169052565b506101808301516144af61018084018263ffffffff169052565b506101a08301516101a08301526101c08301516101c08301526101e08301516101e08301526102008301516102008301526102208301516144fc6102208401826001600160801b03169052565b506102408301516145196102408401826001600160801b03169052565b506102608301516145366102608401826001600160401b03169052565b506102808301516145536102808401826001600160401b03169052565b506102a0830151612eef6102a084018261ffff169052565b5f5f83601f84011261457b575f5ffd5b5081356001600160401b03811115614591575f5ffd5b60208301915083602082850101111561418c575f5ffd5b5f5f5f5f606085870312156145bb575f5ffd5b8435935060208501356001600160401b038111156145d7575f5ffd5b6145e38782880161456b565b90945092505060408501356145f78161425c565b939692955090935050565b5f6101408284031215614146575f5ffd5b5f6101408284031215614624575f5ffd5b6140ca8383614602565b5f5f5f5f5f5f5f5f5f60c08a8c031215614646575f5ffd5b8935985060208a01356001600160401b03811115614662575f5ffd5b61466e8c828d0161456b565b90995097505060408a01356001600160401b0381111561468c575f5ffd5b6146988c828d01614136565b96505060608a01356001600160401b038111156146b3575f5ffd5b6146bf8c828d0161414c565b90965094505060808a01356001600160401b038111156146dd575f5ffd5b6146e98c828d01614136565b93505060a08a01356001600160401b03811115614704575f5ffd5b6147108c828d0161414c565b915080935050809150509295985092959850929598565b81516001600160801b031681526101408101602083015161475360208401826001600160801b03169052565b50604083015161476e60408401826001600160401b03169052565b50606083015161478960608401826001600160401b03169052565b5060808301516147a460808401826001600160401b03169052565b5060a08301516147bf60a08401826001600160401b03169052565b5060c08301516147d760c084018263ffffffff169052565b5060e08301516147ec60e084018260ff169052565b5061010083015161480461010084018261ffff169052565b50610120830151612eef61012084018263ffffffff169052565b5f5f6040838503121561482f575f5ffd5b614838836142a6565b91506020830135801515811461429b575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b828110156148aa57815186526020958601959091019060010161488c565b5093949350505050565b60ff60f81b8816815260e060208201525f6148d260e083018961484c565b82810360408401526148e4818961484c565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050614915818561487a565b9a9950505050505050505050565b5f5f5f5f60608587031215614936575f5ffd5b61493f856140e8565b9350602085013561494f8161425c565b925060408501356001600160401b03811115614969575f5ffd5b6149758782880161414c565b95989497509550505050565b5f5f5f5f5f5f60a08789031215614996575f5ffd5b61499f876140e8565b9550602087013594506149b4604088016142a6565b93506060870135925060808701356001600160401b038111156149d5575f5ffd5b6149e189828a0161456b565b979a9699509497509295939492505050565b5f60208284031215614a03575f5ffd5b6140ca826142a6565b5f5f5f60608486031215614a1e575f5ffd5b614a27846142a6565b95602085013595506040909401359392505050565b5f5f5f5f60608587031215614a4f575f5ffd5b8435935060208501356001600160401b03811115614a6b575f5ffd5b614a7787828801614136565b93505060408501356001600160401b03811115614969575f5ffd5b602081525f6140ca602083018461484c565b5f5f5f5f5f5f5f5f610200898b031215614abc575f5ffd5b614ac5896142a6565b9750614ad360208a016142a6565b9650614ae160408a016142a6565b9550614aef60608a016142a6565b9450614afd60808a016142a6565b935060a08901356001600160401b03811115614b17575f5ffd5b614b238b828c0161414c565b9094509250614b3790508a60c08b01614602565b90509295985092959890939650565b60ff81168114610bca575f5ffd5b8035612e3f81614b46565b5f5f5f5f5f5f5f5f60a0898b031215614b76575f5ffd5b883597506020890135614b8881614b46565b965060408901356001600160401b03811115614ba2575f5ffd5b614bae8b828c0161414c565b90975095505060608901356001600160401b03811115614bcc575f5ffd5b614bd88b828c0161414c565b90955093505060808901356001600160401b03811115614bf6575f5ffd5b614c028b828c0161456b565b999c989b5096995094979396929594505050565b5f5f60408385031215614c27575f5ffd5b82359150602083013561429b81614b46565b5f5f5f5f5f5f60808789031215614c4e575f5ffd5b8635955060208701356001600160401b03811115614c6a575f5ffd5b614c7689828a0161456b565b90965094505060408701356001600160401b03811115614c94575f5ffd5b614ca089828a01614136565b93505060608701356001600160401b03811115614cbb575f5ffd5b6149e189828a0161414c565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038281168282160390811115610c4357610c43614cc7565b600181811c90821680614d0e57607f821691505b60208210810361414657634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f5f8354614d4381614cfa565b806040860152600182165f8114614d615760018114614d7d57614dae565b60ff1983166060870152606082151560051b8701019350614dae565b865f5260205f205f5b83811015614da557815488820160600152600190910190602001614d86565b87016060019450505b50919695505050505050565b5f60018201614dcb57614dcb614cc7565b5060010190565b6001600160401b038181168382160190811115610c4357610c43614cc7565b63ffffffff8181168382160190811115610c4357610c43614cc7565b60408101614e1a8461434a565b9281526001600160a01b039190911660209091015290565b80820180821115610c4357610c43614cc7565b634e487b7160e01b5f52604160045260245ffd5b818382375f9101908152919050565b6001600160801b038181168382160190811115610c4357610c43614cc7565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b614eb88661434a565b858152846020820152836040820152608060608201525f614edd608083018486614e87565b979650505050505050565b63ffffffff8281168282160390811115610c4357610c43614cc7565b5f5f8335601e19843603018112614f19575f5ffd5b83016020810192503590506001600160401b03811115614f37575f5ffd5b8060051b360382131561418c575f5ffd5b8183526020830192505f815f5b848110156148aa5781358060070b808214614f6e575f5ffd5b8752506020958601959190910190600101614f55565b8183526020830192505f815f5b848110156148aa578135865260209586019590910190600101614f91565b602081525f8235614fbf8161425c565b63ffffffff166020838101919091526001600160a01b0390614fe29085016142a6565b166040830152614ff56040840184614f04565b60e0606085015261500b61010085018284614f48565b91505061501b6060850185614f04565b848303601f19016080860152615032838284614f84565b608087013560a08781019190915287013560c08088019190915290935061505d925086019050614b54565b60ff811660e0850152509392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60608201858352606060208401528085518083526080850191506020870192505f5b818110156150c957835163ffffffff168352602093840193909201916001016150a5565b505080925050506001600160401b0383166040830152949350505050565b634e487b7160e01b5f52601260045260245ffd5b5f82615109576151096150e7565b500490565b81810381811115610c4357610c43614cc7565b5f60208284031215615131575f5ffd5b8151600d81106140ca575f5ffd5b6001600160801b0381168114610bca575f5ffd5b8035612e3f8161513f565b5f6020828403121561516e575f5ffd5b81356140ca8161513f565b6001600160401b0381168114610bca575f5ffd5b8035612e3f81615179565b5f602082840312156151a8575f5ffd5b81356140ca81615179565b5f602082840312156151c3575f5ffd5b81356140ca8161425c565b5f602082840312156151de575f5ffd5b81356140ca81614b46565b61ffff81168114610bca575f5ffd5b8035612e3f816151e9565b5f60208284031215615213575f5ffd5b81356140ca816151e9565b5f8135610c438161513f565b5f8135610c4381615179565b5f8135610c438161425c565b5f8135610c4381614b46565b5f8135610c43816151e9565b81356152658161513f565b6001600160801b0381166001600160801b0319835416178255506152ae61528e6020840161521e565b82546001600160801b031660809190911b6001600160801b031916178255565b600181016152df6152c16040850161522a565b825467ffffffffffffffff19166001600160401b0391909116178255565b6153206152ee6060850161522a565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b61535b61532f6080850161522a565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b61538e61536a60a0850161522a565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b50600281016153b96153a260c08501615236565b825463ffffffff191663ffffffff91909116178255565b6153e46153c860e08501615242565b825464ff00000000191660209190911b64ff0000000016178255565b6154146153f4610100850161524e565b825466ffff0000000000191660289190911b66ffff000000000016178255565b61130c6154246101208501615236565b82546affffffff00000000000000191660389190911b6affffffff0000000000000016178255565b610140810161546b8261545e85615153565b6001600160801b03169052565b61547760208401615153565b6001600160801b031660208301526154916040840161518d565b6001600160401b031660408301526154ab6060840161518d565b6001600160401b031660608301526154c56080840161518d565b6001600160401b031660808301526154df60a0840161518d565b6001600160401b031660a08301526154f960c0840161426d565b63ffffffff1660c083015261551060e08401614b54565b60ff1660e083015261552561010084016151f8565b61ffff1661010083015261553c610120840161426d565b63ffffffff8116610120840152612eef565b60ff8516815263ffffffff8416602082015260606040820181905281018290525f6001600160fb1b03831115615582575f5ffd5b8260051b808560808501379190910160800195945050505050565b602081525f6112d1602083018486614e87565b604051606081016001600160401b03811182821017156155d2576155d2614e45565b60405290565b604051601f8201601f191681016001600160401b038111828210171561560057615600614e45565b604052919050565b5f5f60408385031215615619575f5ffd5b82516156248161425c565b60208401519092506001600160401b0381111561563f575f5ffd5b8301601f8101851361564f575f5ffd5b80516001600160401b0381111561566857615668614e45565b61567b601f8201601f19166020016155d8565b81815286602083850101111561568f575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b601f82111561130c57805f5260205f20601f840160051c810160208510156156d35750805b601f840160051c820191505b818110156156f2575f81556001016156df565b5050505050565b81516001600160401b0381111561571257615712614e45565b615726816157208454614cfa565b846156ae565b6020601f821160018114615758575f83156157415750848201515b5f19600385901b1c1916600184901b1784556156f2565b5f84815260208120601f198516915b828110156157875787850151825560209485019460019092019101615767565b50848210156157a457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f5f858511156157c1575f5ffd5b838611156157cd575f5ffd5b5050820193919092039150565b6001600160e01b031984168152818360048301375f910160040190815292915050565b5f82518060208501845e5f920191825250919050565b8082028115828204841417610c4357610c43614cc7565b60408101600d841061583e5761583e614336565b9281526020015290565b5f82615856576158566150e7565b500690565b604081525f61586e604083018587614e87565b8281036020840152611a33818561487a565b5f60208284031215615890575f5ffd5b81356001600160401b038111156158a5575f5ffd5b8201606081850312156158b6575f5ffd5b6158be6155b0565b81356158c98161425c565b815260208201356001600160401b038111156158e3575f5ffd5b8201601f810186136158f3575f5ffd5b80356001600160401b0381111561590c5761590c614e45565b8060051b61591c602082016155d8565b91825260208184018101929081019089841115615937575f5ffd5b6020850194505b838510156159605761594f856142a6565b82526020948501949091019061593e565b602086015250505050604091820135918101919091529392505050565b604080825283519082018190525f9060208501906060840190835b818110156159bf5783516001600160a01b0316835260209384019390920191600101615998565b505060209390930193909352509291505056fec58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e0602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800",
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
