// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package settlementbatches

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

// ISettlementBatchesBatch is an auto generated low-level Go binding around an user-defined struct.
type ISettlementBatchesBatch struct {
	Relayer      common.Address
	Deadline     uint64
	Status       uint8
	OpenRequests uint8
	Sessions     uint8
	HeadersHash  [32]byte
	Bond         *big.Int
	RewardBps    uint16
	Opened       *big.Int
}

// ISettlementBatchesSessionHeader is an auto generated low-level Go binding around an user-defined struct.
type ISettlementBatchesSessionHeader struct {
	Target      common.Address
	SubjectId   *big.Int
	Root        [32]byte
	ResultHash  [32]byte
	BallotCount uint32
	Winner      common.Address
	Conviction  *big.Int
}

// ISettlementBatchesTallyRequest is an auto generated low-level Go binding around an user-defined struct.
type ISettlementBatchesTallyRequest struct {
	Requester common.Address
	Deadline  uint64
	Bond      *big.Int
}

// SettlementBatchesMetaData contains all meta data concerning the SettlementBatches contract.
var SettlementBatchesMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"MAX_BATCH_SESSIONS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TALLY_CHECK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlementBatches.Batch\",\"components\":[{\"name\":\"relayer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumISettlement.ClaimStatus\"},{\"name\":\"openRequests\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"sessions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"headersHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"rewardBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"opened\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchOf\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"closeTallyRequest\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"failedCallbacks\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"headers\",\"type\":\"tuple[]\",\"internalType\":\"structISettlementBatches.SessionHeader[]\",\"components\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ballotCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"winner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"conviction\",\"type\":\"int256\",\"internalType\":\"int256\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openSession\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"headers\",\"type\":\"tuple[]\",\"internalType\":\"structISettlementBatches.SessionHeader[]\",\"components\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ballotCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"winner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"conviction\",\"type\":\"int256\",\"internalType\":\"int256\"}]},{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"result\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestTally\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"retryBatchCallback\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"headers\",\"type\":\"tuple[]\",\"internalType\":\"structISettlementBatches.SessionHeader[]\",\"components\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ballotCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"winner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"conviction\",\"type\":\"int256\",\"internalType\":\"int256\"}]},{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sessionClaim\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitBatch\",\"inputs\":[{\"name\":\"headers\",\"type\":\"tuple[]\",\"internalType\":\"structISettlementBatches.SessionHeader[]\",\"components\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ballotCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"winner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"conviction\",\"type\":\"int256\",\"internalType\":\"int256\"}]}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"tallyRequest\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISettlementBatches.TallyRequest\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"BatchCallbackRetried\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchFinalized\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"failed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchRejected\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.Fault\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchSubmitted\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"headers\",\"type\":\"tuple[]\",\"indexed\":false,\"internalType\":\"structISettlementBatches.SessionHeader[]\",\"components\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"resultHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ballotCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"winner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"conviction\",\"type\":\"int256\",\"internalType\":\"int256\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimSubmitted\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISettlement.ClaimKind\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"subjectId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"result\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"claimId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TallyRequestClosed\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"batchSlashed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TallyRequested\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_AlreadyOpened\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Settlement_BadIndex\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_BadResult\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_Exiting\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_HeadersMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_InsufficientBond\",\"inputs\":[{\"name\":\"free\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_InsufficientGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NoRetry\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotDelegated\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotFinalizable\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_NotPending\",\"inputs\":[{\"name\":\"claimId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_RequestClosed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Settlement_RequestOpen\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Settlement_ResultMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_TargetNotAllowed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Settlement_TooEarly\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_WindowClosed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Settlement_WrongValue\",\"inputs\":[{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "SettlementBatches",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5060805161265561004f5f395f818161049a015281816105f60152818161089a01528181610b1601528181610e0e015261106301526126555ff3fe6080604052600436106100d9575f3560e01c80637976ae491161007c5780639e595842116100575780639e59584214610277578063bdc473c914610296578063c723adda146102b5578063d4187c5d146102d4575f5ffd5b80637976ae49146102135780639a429257146102265780639a920d3e1461023c575f5ffd5b80631da6686b116100b75780631da6686b14610157578063234a7ee81461018257806344ebd92d146101de5780636aef20e6146101ff575f5ffd5b806306f13056146100dd5780630eaa75fe1461010057806318c108851461012c575b5f5ffd5b3480156100e8575f5ffd5b50600e545b6040519081526020015b60405180910390f35b34801561010b575f5ffd5b5061011f61011a366004611eba565b6102f3565b6040516100f79190611ef9565b348015610137575f5ffd5b506100ed610146366004611eba565b5f9081526012602052604090205490565b348015610162575f5ffd5b506100ed610171366004611eba565b5f9081526010602052604090205490565b34801561018d575f5ffd5b506101a161019c366004611fca565b610415565b6040805182516001600160a01b031681526020808401516001600160401b031690820152918101516001600160801b0316908201526060016100f7565b3480156101e9575f5ffd5b506101fd6101f836600461203b565b610490565b005b34801561020a575f5ffd5b506100ed608081565b6101fd610221366004611fca565b6105ec565b348015610231575f5ffd5b506100ed62061a8081565b348015610247575f5ffd5b506100ed610256366004611fca565b5f91825260116020908152604080842060ff93909316845291905290205490565b348015610282575f5ffd5b506100ed610291366004612094565b61088f565b3480156102a1575f5ffd5b506101fd6102b0366004612149565b610b0c565b3480156102c0575f5ffd5b506101fd6102cf366004611fca565b610e04565b3480156102df575f5ffd5b506100ed6102ee366004612190565b611058565b6040805161012080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c0840182905260e084018290526101008401829052858252600f8152908490208451928301855280546001600160a01b0381168452600160a01b81046001600160401b0316928401929092529293919291830190600160e01b900460ff16600381111561039657610396611ed1565b60038111156103a7576103a7611ed1565b8152815460ff600160e81b820481166020840152600160f01b909104166040820152600182015460608201526002909101546001600160601b038116608083015261ffff600160601b82041660a08301526001600160801b03600160701b9091041660c09091015292915050565b60408051606080820183525f80835260208084018290529284018190528581526013835283812060ff8616825283528390208351918201845280546001600160a01b0381168352600160a01b90046001600160401b0316928201929092526001909101546001600160801b0316918101919091525b92915050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036104d957604051632adb6e9160e01b815260040160405180910390fd5b6104e16114a4565b5f848152600f60209081526040808320601090925290912054600160ff84161b60028354600160e01b900460ff16600381111561052057610520611ed1565b14158061052d5750818116155b1561054b57604051631d03d1d360e31b815260040160405180910390fd5b36610558848888886114db565b90505f61057e61056b60208401846121e4565b836020013561057985611570565b611623565b9050801561059a575f8981526010602052604090208319851690555b6040805160ff8816815282151560208201528a917f8b9c203515dd9434e2800b7a0ad57ec7e8d06c3ee7c80174f3993b93c13e03ca910160405180910390a250505050506105e66116d0565b50505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361063557604051632adb6e9160e01b815260040160405180910390fd5b61063d6114a4565b5f610647836116fa565b8054909150600160a01b90046001600160401b031642111561067c57604051631069babb60e21b815260040160405180910390fd5b805460ff600160f01b9091048116908316106106ab576040516331e874fd60e11b815260040160405180910390fd5b6002810154600160701b9004600160ff84161b166001600160801b0316156106f05760405163314a0a9560e01b815260ff831660048201526024015b60405180910390fd5b5f83815260136020908152604080832060ff86168452909152902080546001600160a01b03161561073957604051639758ecc560e01b815260ff841660048201526024016106e7565b5f8054600160801b90046001600160801b031634811461077d576040516305c6169b60e51b81523460048201526001600160801b03821660248201526044016106e7565b60018201545f9061079e90600160401b90046001600160401b031642612218565b84546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b6001600160401b03831602178555600180860180546001600160801b0319166001600160801b0386161790558654919250908690601d9061080b908490600160e81b900460ff16612237565b92506101000a81548160ff021916908360ff160217905550336001600160a01b0316877fe292e65d93d75279690b361321288bd1a77d801d558eb43e5fdadc1a826d35d2888460405161087692919060ff9290921682526001600160401b0316602082015260400190565b60405180910390a3505050505061088b6116d0565b5050565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036108d957604051632adb6e9160e01b815260040160405180910390fd5b6108e16114a4565b5f6108eb886116fa565b8054909150600160a01b90046001600160401b031642111561092057604051631069babb60e21b815260040160405180910390fd5b3661092d828989896114db565b6002830154909150600160701b9004600160ff88161b166001600160801b0316156109705760405163314a0a9560e01b815260ff871660048201526024016106e7565b80606001358585604051610985929190612250565b6040518091039020146109ab576040516373a4b6df60e01b815260040160405180910390fd5b5f5f6109b883888861174c565b91509150816109d9576109cd8b600d33611892565b5f945050505050610afa565b6109e48b858a61194a565b600284018054600160ff8b161b6001600160801b03908116600160701b8084049092161702600160701b600160f01b0319909116179055610a26848483611a8f565b5f8c815260116020908152604080832060ff8d1684528252808320849055838352601282529091208d9055909550610a60908401846121e4565b8454604080516001600160a01b03938416939092169188917fef7fb6cd8fcffd1ad55c7a307d2ab089dba7c7f9da4260fca1e6068549e2d0b091610ab3915f9160208b0135918b0135908f908f90612287565b60405180910390a460405160ff8916815285908c907fdf14d556604321f7787bb5400cc7e83583bb6c5169a86bbbbc222b64fde2993f9060200160405180910390a3505050505b610b026116d0565b9695505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610b5557604051632adb6e9160e01b815260040160405180910390fd5b610b5d6114a4565b5f610b67846116fa565b905080600101548383604051602001610b8192919061237b565b6040516020818303038152906040528051906020012014610bb557604051633a9ba5b960e11b815260040160405180910390fd5b8054600160a01b90046001600160401b031642111580610bdf57508054600160e81b900460ff1615155b15610bfd57604051639ccf982f60e01b815260040160405180910390fd5b6002810154600160701b90046001600160801b03165f5b6001600160801b03808316821c1615610cb6576001811b82166001600160801b031615610ca6575f86815260116020908152604080832084845282528083205483526009909152902060028101546001600160401b031642111580610c8657508054600160d81b900463ffffffff1615155b15610ca457604051639ccf982f60e01b815260040160405180910390fd5b505b610caf81612396565b9050610c14565b50815460ff60e01b1916600160e11b178255610cd485826002611c6c565b600282015482546001600160a01b03165f90815260086020526040902080546001600160601b0390921691601090610d1d908490600160801b90046001600160801b03166123ae565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f5f5f90505b84811015610da25736868683818110610d6257610d626123cd565b60e002919091019150610d8b9050610d7d60208301836121e4565b826020013561057984611570565b610d9957816001901b831792505b50600101610d47565b508015610dba575f8681526010602052604090208190555b857fdaf33b9129a7a0fda038b5357d925eac65b91567a5f1a3e563a27a13e542d6b782604051610dec91815260200190565b60405180910390a2505050610dff6116d0565b505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610e4d57604051632adb6e9160e01b815260040160405180910390fd5b610e556114a4565b5f82815260136020908152604080832060ff85168452825291829020825160608101845281546001600160a01b038116808352600160a01b9091046001600160401b0316938201939093526001909101546001600160801b031692810192909252610ed8576040516375d22d7160e11b815260ff831660048201526024016106e7565b5f838152600f602052604081209060018254600160e01b900460ff166003811115610f0557610f05611ed1565b149050808015610f22575082602001516001600160401b03164211155b15610f40576040516380a7c4c760e01b815260040160405180910390fd5b5f85815260136020908152604080832060ff8089168552925290912080546001600160e01b0319168155600190810180546001600160801b0319169055835490918491601d91610f9a918591600160e81b909104166123e1565b92506101000a81548160ff021916908360ff16021790555082604001516001600160801b0316600d5f855f01516001600160a01b03166001600160a01b031681526020019081526020015f205f828254610ff491906123fa565b90915550506040805160ff86168152821515602082015286917f1af3ba0f3829bb55cdca1afbd2f1a595ed0efb40fdc4d4e4f54c98831d856891910160405180910390a2801561104d5761104d85600a855f0151611892565b50505061088b6116d0565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036110a257604051632adb6e9160e01b815260040160405180910390fd5b6110aa6114a4565b818015806110b85750608081115b156110d65760405163df69b33360e01b815260040160405180910390fd5b335f90815260086020526040902060018101546001600160401b0316156111105760405163283068e360e01b815260040160405180910390fd5b5f805482546001600160801b0391821691839161113791600160801b8204811691166123ae565b6001600160801b03169050816001600160801b031681101561117e57604051635180c59760e11b8152600481018290526001600160801b03831660248201526044016106e7565b5f805b8681101561121d575f8a8a8381811061119c5761119c6123cd565b6111b292602060e09092020190810191506121e4565b9050826001600160a01b0316816001600160a01b031614611214576001600160a01b0381165f9081526007602052604090205460ff1661121057604051639b16c0d360e01b81526001600160a01b03821660048201526024016106e7565b8092505b50600101611181565b50845483908690601090611242908490600160801b90046001600160801b031661240d565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550600e5f815461127490612396565b918290555060018501549097505f90611296906001600160401b031642612218565b60408051610120810182523381526001600160401b03831660208201529192508101600181526020015f60ff1681526020018860ff1681526020018b8b6040516020016112e492919061237b565b604051602081830303815290604052805190602001208152602001611311866001600160801b0316611cf2565b6001600160601b03168152600287015461ffff65010000000000909104166020808301919091525f60409283018190528b8152600f825282902083518154928501516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039091161791909117808255918301519091829060ff60e01b1916600160e01b8360038111156113a7576113a7611ed1565b021790555060608201518154608084015160ff908116600160f01b0260ff60f01b1991909316600160e81b021661ffff60e81b199091161717815560a0820151600182015560c08201516002909101805460e0840151610100909401516001600160801b0316600160701b02600160701b600160f01b031961ffff909516600160601b026dffffffffffffffffffffffffffff199092166001600160601b03909416939093171792909216179055604051339089907fbe475a522b4a3d9837e595158036d1ca91ceda77e3ea3048571704481abdf67e9061148d9085908f908f9061242c565b60405180910390a35050505050505061048a6116d0565b6114ac611d29565b6114d960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611d69565b565b36846001015484846040516020016114f492919061237b565b604051602081830303815290604052805190602001201461152857604051633a9ba5b960e11b815260040160405180910390fd5b60ff8216831161154b576040516331e874fd60e11b815260040160405180910390fd5b83838360ff16818110611560576115606123cd565b905060e002019050949350505050565b6060805f61158460c0850160a086016121e4565b6001600160a01b0316146115f55760408051600180825281830190925290602080830190803683370190505090506115c260c0840160a085016121e4565b815f815181106115d4576115d46123cd565b60200260200101906001600160a01b031690816001600160a01b0316815250505b808360c0013560405160200161160c92919061246b565b604051602081830303815290604052915050919050565b6002545f90670100000000000000900463ffffffff16612710611647603f836124c0565b61165190836123fa565b61165b91906123fa565b5a101561167b576040516353d35a0d60e01b815260040160405180910390fd5b5f848460405160240161168f9291906124df565b60408051601f198184030181529190526020810180516001600160e01b031663198cad5360e01b17815281519192505f918291828a87f19695505050505050565b6114d95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006114d3565b5f818152600f6020526040902060018154600160e01b900460ff16600381111561172657611726611ed1565b146117475760405163e5e4b7bd60e01b8152600481018390526024016106e7565b919050565b5f8061271061175f603f62061a806124c0565b61176c9062061a806123fa565b61177691906123fa565b5a1015611796576040516353d35a0d60e01b815260040160405180910390fd5b5f805260066020527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f8546040516326837e3d60e01b81526001600160a01b039091169081906326837e3d9062061a80906117f6908990899060040161251b565b5f604051808303818786fa9350505050801561183357506040513d5f823e601f3d908101601f19168201604052611830919081019061252e565b60015b611843575f5f925092505061188a565b61185360a0890160808a016125f2565b63ffffffff168263ffffffff16148015611882575061187188611570565b805190602001208180519060200120145b945090925050505b935093915050565b5f838152600f60205260409020805460ff60e01b1916600360e01b17815560028101546118d2908590600160701b90046001600160801b03166003611c6c565b805460028201546001600160a01b038481169287927f0be7998b746a6a8aa3bf7cb880729c3d4574ea4c50621a5ed2c3e968841798a392889261192e929116906001600160601b03811690600160601b900461ffff1689611d70565b60405161193c92919061260d565b60405180910390a350505050565b5f83815260136020908152604080832060ff85168452909152902080546001600160a01b031661197a5750505050565b6001810154335f908152600d6020526040812080546001600160801b03909316929091906119a99084906123fa565b90915550505f84815260136020908152604080832060ff8087168552925290912080546001600160e01b0319168155600190810180546001600160801b0319169055845490918591601d91611a08918591600160e81b909104166123e1565b92506101000a81548160ff021916908360ff1602179055505f5f60010160089054906101000a90046001600160401b031642611a449190612218565b84549091506001600160401b03600160a01b90910481169082161115611a8857835467ffffffffffffffff60a01b1916600160a01b6001600160401b038316021784555b5050505050565b5f5f5f905060045f8154611aa290612396565b91829055505f818152600960209081526040909120875481546001600160a01b039091166001600160b01b031990911617600160a81b1763ffffffff60b81b1916600160b81b63ffffffff881602178155919350611b02908601866121e4565b6001820180546001600160a01b03929092166001600160a01b031983168117825588546001600160401b03600160a01b91829004811682026001600160e01b031990951690921793909317909155875460028401805467ffffffffffffffff19169390910490911691909117905560065f806002811115611b8557611b85611ed1565b815260208082019290925260409081015f205460028085018054600160401b6001600160a01b03909416840268010000000000000000600160e01b0319909116179055928801356004850155908701356005840155606090960135600683015582546008830180546001600160801b03600160801b93849004811684029116179055600193909301546009909201805467ffffffffffffffff1981166001600160401b039890940497909716928317815596015461ffff600160601b9091041690910271ffff0000000000000000ffffffffffffffff199094161792909217909255919050565b5f5b6001600160801b038316156105e6576001831615611cd1575f848152601160209081526040808320848452825280832054835260099091529020805483919060ff60a81b1916600160a81b836003811115611ccb57611ccb611ed1565b02179055505b6001836001600160801b0316901c925080611ceb90612396565b9050611c6e565b5f6001600160601b03821115611d25576040516306dfcc6560e41b815260606004820152602481018390526044016106e7565b5090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156114d957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6001600160a01b0384165f908152600860205260408120805485908290601090611dab908490600160801b90046001600160801b03166123ae565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555084815f015f8282829054906101000a90046001600160801b0316611df391906123ae565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506127108461ffff16866001600160801b0316611e33919061262b565b611e3d91906124c0565b6001600160a01b0384165f908152600d6020526040812080549294508492909190611e699084906123fa565b90915550611e829050826001600160801b038716612642565b6003546001600160a01b03165f908152600d602052604081208054909190611eab9084906123fa565b90915550919695505050505050565b5f60208284031215611eca575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60048110611ef557611ef5611ed1565b9052565b81516001600160a01b031681526020808301516001600160401b031690820152604080830151610120830191611f3190840182611ee5565b506060830151611f46606084018260ff169052565b506080830151611f5b608084018260ff169052565b5060a083015160a083015260c0830151611f8060c08401826001600160601b03169052565b5060e0830151611f9660e084018261ffff169052565b50610100830151611fb36101008401826001600160801b03169052565b5092915050565b803560ff81168114611747575f5ffd5b5f5f60408385031215611fdb575f5ffd5b82359150611feb60208401611fba565b90509250929050565b5f5f83601f840112612004575f5ffd5b5081356001600160401b0381111561201a575f5ffd5b60208301915083602060e083028501011115612034575f5ffd5b9250929050565b5f5f5f5f6060858703121561204e575f5ffd5b8435935060208501356001600160401b0381111561206a575f5ffd5b61207687828801611ff4565b9094509250612089905060408601611fba565b905092959194509250565b5f5f5f5f5f5f608087890312156120a9575f5ffd5b8635955060208701356001600160401b038111156120c5575f5ffd5b6120d189828a01611ff4565b90965094506120e4905060408801611fba565b925060608701356001600160401b038111156120fe575f5ffd5b8701601f8101891361210e575f5ffd5b80356001600160401b03811115612123575f5ffd5b896020828401011115612134575f5ffd5b60208201935080925050509295509295509295565b5f5f5f6040848603121561215b575f5ffd5b8335925060208401356001600160401b03811115612177575f5ffd5b61218386828701611ff4565b9497909650939450505050565b5f5f602083850312156121a1575f5ffd5b82356001600160401b038111156121b6575f5ffd5b6121c285828601611ff4565b90969095509350505050565b80356001600160a01b0381168114611747575f5ffd5b5f602082840312156121f4575f5ffd5b6121fd826121ce565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561048a5761048a612204565b60ff818116838216019081111561048a5761048a612204565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f6003871061229857612298611ed1565b868252856020830152846040830152608060608301526122bc60808301848661225f565b979650505050505050565b63ffffffff811681146122d8575f5ffd5b50565b8183526020830192505f815f5b84811015612371576001600160a01b03612301836121ce565b1686526020828101359087015260408083013590870152606080830135908701526080820135612330816122c7565b63ffffffff1660808701526001600160a01b0361234f60a084016121ce565b1660a087015260c0828101359087015260e095860195909101906001016122e8565b5093949350505050565b602081525f61238e6020830184866122db565b949350505050565b5f600182016123a7576123a7612204565b5060010190565b6001600160801b03828116828216039081111561048a5761048a612204565b634e487b7160e01b5f52603260045260245ffd5b60ff828116828216039081111561048a5761048a612204565b8082018082111561048a5761048a612204565b6001600160801b03818116838216019081111561048a5761048a612204565b6001600160401b0384168152604060208201525f61244e6040830184866122db565b95945050505050565b634e487b7160e01b5f52604160045260245ffd5b604080825283519082018190525f9060208501906060840190835b818110156124ad5783516001600160a01b0316835260209384019390920191600101612486565b5050602093909301939093525092915050565b5f826124da57634e487b7160e01b5f52601260045260245ffd5b500490565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b602081525f61238e60208301848661225f565b5f5f6040838503121561253f575f5ffd5b825161254a816122c7565b60208401519092506001600160401b03811115612565575f5ffd5b8301601f81018513612575575f5ffd5b80516001600160401b0381111561258e5761258e612457565b604051601f8201601f19908116603f011681016001600160401b03811182821017156125bc576125bc612457565b6040528181528282016020018710156125d3575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b5f60208284031215612602575f5ffd5b81356121fd816122c7565b60408101600e841061262157612621611ed1565b9281526020015290565b808202811582820484141761048a5761048a612204565b8181038181111561048a5761048a61220456",
}

// SettlementBatches is an auto generated Go binding around an Ethereum contract.
type SettlementBatches struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettlementBatches) GetABI() abi.ABI {
	return c.abi
}

// NewSettlementBatches creates a new instance of SettlementBatches.
func NewSettlementBatches() *SettlementBatches {
	parsed, err := SettlementBatchesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementBatches{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementBatches) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXBATCHSESSIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aef20e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH_SESSIONS() view returns(uint256)
func (settlementBatches *SettlementBatches) PackMAXBATCHSESSIONS() []byte {
	enc, err := settlementBatches.abi.Pack("MAX_BATCH_SESSIONS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCHSESSIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aef20e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH_SESSIONS() view returns(uint256)
func (settlementBatches *SettlementBatches) TryPackMAXBATCHSESSIONS() ([]byte, error) {
	return settlementBatches.abi.Pack("MAX_BATCH_SESSIONS")
}

// UnpackMAXBATCHSESSIONS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6aef20e6.
//
// Solidity: function MAX_BATCH_SESSIONS() view returns(uint256)
func (settlementBatches *SettlementBatches) UnpackMAXBATCHSESSIONS(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("MAX_BATCH_SESSIONS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTALLYCHECKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a429257.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TALLY_CHECK_GAS() view returns(uint256)
func (settlementBatches *SettlementBatches) PackTALLYCHECKGAS() []byte {
	enc, err := settlementBatches.abi.Pack("TALLY_CHECK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTALLYCHECKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a429257.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TALLY_CHECK_GAS() view returns(uint256)
func (settlementBatches *SettlementBatches) TryPackTALLYCHECKGAS() ([]byte, error) {
	return settlementBatches.abi.Pack("TALLY_CHECK_GAS")
}

// UnpackTALLYCHECKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a429257.
//
// Solidity: function TALLY_CHECK_GAS() view returns(uint256)
func (settlementBatches *SettlementBatches) UnpackTALLYCHECKGAS(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("TALLY_CHECK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint256 batchId) view returns((address,uint64,uint8,uint8,uint8,bytes32,uint96,uint16,uint128))
func (settlementBatches *SettlementBatches) PackBatch(batchId *big.Int) []byte {
	enc, err := settlementBatches.abi.Pack("batch", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint256 batchId) view returns((address,uint64,uint8,uint8,uint8,bytes32,uint96,uint16,uint128))
func (settlementBatches *SettlementBatches) TryPackBatch(batchId *big.Int) ([]byte, error) {
	return settlementBatches.abi.Pack("batch", batchId)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eaa75fe.
//
// Solidity: function batch(uint256 batchId) view returns((address,uint64,uint8,uint8,uint8,bytes32,uint96,uint16,uint128))
func (settlementBatches *SettlementBatches) UnpackBatch(data []byte) (ISettlementBatchesBatch, error) {
	out, err := settlementBatches.abi.Unpack("batch", data)
	if err != nil {
		return *new(ISettlementBatchesBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementBatchesBatch)).(*ISettlementBatchesBatch)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (settlementBatches *SettlementBatches) PackBatchCount() []byte {
	enc, err := settlementBatches.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (settlementBatches *SettlementBatches) TryPackBatchCount() ([]byte, error) {
	return settlementBatches.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (settlementBatches *SettlementBatches) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18c10885.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchOf(uint256 claimId) view returns(uint256)
func (settlementBatches *SettlementBatches) PackBatchOf(claimId *big.Int) []byte {
	enc, err := settlementBatches.abi.Pack("batchOf", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18c10885.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchOf(uint256 claimId) view returns(uint256)
func (settlementBatches *SettlementBatches) TryPackBatchOf(claimId *big.Int) ([]byte, error) {
	return settlementBatches.abi.Pack("batchOf", claimId)
}

// UnpackBatchOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18c10885.
//
// Solidity: function batchOf(uint256 claimId) view returns(uint256)
func (settlementBatches *SettlementBatches) UnpackBatchOf(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("batchOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCloseTallyRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc723adda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeTallyRequest(uint256 batchId, uint8 index) returns()
func (settlementBatches *SettlementBatches) PackCloseTallyRequest(batchId *big.Int, index uint8) []byte {
	enc, err := settlementBatches.abi.Pack("closeTallyRequest", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseTallyRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc723adda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeTallyRequest(uint256 batchId, uint8 index) returns()
func (settlementBatches *SettlementBatches) TryPackCloseTallyRequest(batchId *big.Int, index uint8) ([]byte, error) {
	return settlementBatches.abi.Pack("closeTallyRequest", batchId, index)
}

// PackFailedCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da6686b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failedCallbacks(uint256 batchId) view returns(uint256)
func (settlementBatches *SettlementBatches) PackFailedCallbacks(batchId *big.Int) []byte {
	enc, err := settlementBatches.abi.Pack("failedCallbacks", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailedCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da6686b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failedCallbacks(uint256 batchId) view returns(uint256)
func (settlementBatches *SettlementBatches) TryPackFailedCallbacks(batchId *big.Int) ([]byte, error) {
	return settlementBatches.abi.Pack("failedCallbacks", batchId)
}

// UnpackFailedCallbacks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1da6686b.
//
// Solidity: function failedCallbacks(uint256 batchId) view returns(uint256)
func (settlementBatches *SettlementBatches) UnpackFailedCallbacks(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("failedCallbacks", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdc473c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeBatch(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers) returns()
func (settlementBatches *SettlementBatches) PackFinalizeBatch(batchId *big.Int, headers []ISettlementBatchesSessionHeader) []byte {
	enc, err := settlementBatches.abi.Pack("finalizeBatch", batchId, headers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdc473c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeBatch(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers) returns()
func (settlementBatches *SettlementBatches) TryPackFinalizeBatch(batchId *big.Int, headers []ISettlementBatchesSessionHeader) ([]byte, error) {
	return settlementBatches.abi.Pack("finalizeBatch", batchId, headers)
}

// PackOpenSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e595842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openSession(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers, uint8 index, bytes result) returns(uint256 claimId)
func (settlementBatches *SettlementBatches) PackOpenSession(batchId *big.Int, headers []ISettlementBatchesSessionHeader, index uint8, result []byte) []byte {
	enc, err := settlementBatches.abi.Pack("openSession", batchId, headers, index, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e595842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openSession(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers, uint8 index, bytes result) returns(uint256 claimId)
func (settlementBatches *SettlementBatches) TryPackOpenSession(batchId *big.Int, headers []ISettlementBatchesSessionHeader, index uint8, result []byte) ([]byte, error) {
	return settlementBatches.abi.Pack("openSession", batchId, headers, index, result)
}

// UnpackOpenSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e595842.
//
// Solidity: function openSession(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers, uint8 index, bytes result) returns(uint256 claimId)
func (settlementBatches *SettlementBatches) UnpackOpenSession(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("openSession", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7976ae49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestTally(uint256 batchId, uint8 index) payable returns()
func (settlementBatches *SettlementBatches) PackRequestTally(batchId *big.Int, index uint8) []byte {
	enc, err := settlementBatches.abi.Pack("requestTally", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7976ae49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestTally(uint256 batchId, uint8 index) payable returns()
func (settlementBatches *SettlementBatches) TryPackRequestTally(batchId *big.Int, index uint8) ([]byte, error) {
	return settlementBatches.abi.Pack("requestTally", batchId, index)
}

// PackRetryBatchCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ebd92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryBatchCallback(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers, uint8 index) returns()
func (settlementBatches *SettlementBatches) PackRetryBatchCallback(batchId *big.Int, headers []ISettlementBatchesSessionHeader, index uint8) []byte {
	enc, err := settlementBatches.abi.Pack("retryBatchCallback", batchId, headers, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryBatchCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ebd92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryBatchCallback(uint256 batchId, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers, uint8 index) returns()
func (settlementBatches *SettlementBatches) TryPackRetryBatchCallback(batchId *big.Int, headers []ISettlementBatchesSessionHeader, index uint8) ([]byte, error) {
	return settlementBatches.abi.Pack("retryBatchCallback", batchId, headers, index)
}

// PackSessionClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a920d3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessionClaim(uint256 batchId, uint8 index) view returns(uint256)
func (settlementBatches *SettlementBatches) PackSessionClaim(batchId *big.Int, index uint8) []byte {
	enc, err := settlementBatches.abi.Pack("sessionClaim", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessionClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a920d3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessionClaim(uint256 batchId, uint8 index) view returns(uint256)
func (settlementBatches *SettlementBatches) TryPackSessionClaim(batchId *big.Int, index uint8) ([]byte, error) {
	return settlementBatches.abi.Pack("sessionClaim", batchId, index)
}

// UnpackSessionClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a920d3e.
//
// Solidity: function sessionClaim(uint256 batchId, uint8 index) view returns(uint256)
func (settlementBatches *SettlementBatches) UnpackSessionClaim(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("sessionClaim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4187c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch((address,uint256,bytes32,bytes32,uint32,address,int256)[] headers) returns(uint256 batchId)
func (settlementBatches *SettlementBatches) PackSubmitBatch(headers []ISettlementBatchesSessionHeader) []byte {
	enc, err := settlementBatches.abi.Pack("submitBatch", headers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4187c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch((address,uint256,bytes32,bytes32,uint32,address,int256)[] headers) returns(uint256 batchId)
func (settlementBatches *SettlementBatches) TryPackSubmitBatch(headers []ISettlementBatchesSessionHeader) ([]byte, error) {
	return settlementBatches.abi.Pack("submitBatch", headers)
}

// UnpackSubmitBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4187c5d.
//
// Solidity: function submitBatch((address,uint256,bytes32,bytes32,uint32,address,int256)[] headers) returns(uint256 batchId)
func (settlementBatches *SettlementBatches) UnpackSubmitBatch(data []byte) (*big.Int, error) {
	out, err := settlementBatches.abi.Unpack("submitBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTallyRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x234a7ee8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tallyRequest(uint256 batchId, uint8 index) view returns((address,uint64,uint128))
func (settlementBatches *SettlementBatches) PackTallyRequest(batchId *big.Int, index uint8) []byte {
	enc, err := settlementBatches.abi.Pack("tallyRequest", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTallyRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x234a7ee8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tallyRequest(uint256 batchId, uint8 index) view returns((address,uint64,uint128))
func (settlementBatches *SettlementBatches) TryPackTallyRequest(batchId *big.Int, index uint8) ([]byte, error) {
	return settlementBatches.abi.Pack("tallyRequest", batchId, index)
}

// UnpackTallyRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x234a7ee8.
//
// Solidity: function tallyRequest(uint256 batchId, uint8 index) view returns((address,uint64,uint128))
func (settlementBatches *SettlementBatches) UnpackTallyRequest(data []byte) (ISettlementBatchesTallyRequest, error) {
	out, err := settlementBatches.abi.Unpack("tallyRequest", data)
	if err != nil {
		return *new(ISettlementBatchesTallyRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementBatchesTallyRequest)).(*ISettlementBatchesTallyRequest)
	return out0, nil
}

// SettlementBatchesBatchCallbackRetried represents a BatchCallbackRetried event raised by the SettlementBatches contract.
type SettlementBatchesBatchCallbackRetried struct {
	BatchId *big.Int
	Index   uint8
	Success bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesBatchCallbackRetriedEventName = "BatchCallbackRetried"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesBatchCallbackRetried) ContractEventName() string {
	return SettlementBatchesBatchCallbackRetriedEventName
}

// UnpackBatchCallbackRetriedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchCallbackRetried(uint256 indexed batchId, uint8 index, bool success)
func (settlementBatches *SettlementBatches) UnpackBatchCallbackRetriedEvent(log *types.Log) (*SettlementBatchesBatchCallbackRetried, error) {
	event := "BatchCallbackRetried"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesBatchCallbackRetried)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesBatchFinalized represents a BatchFinalized event raised by the SettlementBatches contract.
type SettlementBatchesBatchFinalized struct {
	BatchId *big.Int
	Failed  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesBatchFinalizedEventName = "BatchFinalized"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesBatchFinalized) ContractEventName() string {
	return SettlementBatchesBatchFinalizedEventName
}

// UnpackBatchFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFinalized(uint256 indexed batchId, uint256 failed)
func (settlementBatches *SettlementBatches) UnpackBatchFinalizedEvent(log *types.Log) (*SettlementBatchesBatchFinalized, error) {
	event := "BatchFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesBatchFinalized)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesBatchRejected represents a BatchRejected event raised by the SettlementBatches contract.
type SettlementBatchesBatchRejected struct {
	BatchId *big.Int
	Fault   uint8
	By      common.Address
	Reward  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesBatchRejectedEventName = "BatchRejected"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesBatchRejected) ContractEventName() string {
	return SettlementBatchesBatchRejectedEventName
}

// UnpackBatchRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRejected(uint256 indexed batchId, uint8 fault, address indexed by, uint256 reward)
func (settlementBatches *SettlementBatches) UnpackBatchRejectedEvent(log *types.Log) (*SettlementBatchesBatchRejected, error) {
	event := "BatchRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesBatchRejected)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesBatchSubmitted represents a BatchSubmitted event raised by the SettlementBatches contract.
type SettlementBatchesBatchSubmitted struct {
	BatchId  *big.Int
	Relayer  common.Address
	Deadline uint64
	Headers  []ISettlementBatchesSessionHeader
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesBatchSubmittedEventName = "BatchSubmitted"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesBatchSubmitted) ContractEventName() string {
	return SettlementBatchesBatchSubmittedEventName
}

// UnpackBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSubmitted(uint256 indexed batchId, address indexed relayer, uint64 deadline, (address,uint256,bytes32,bytes32,uint32,address,int256)[] headers)
func (settlementBatches *SettlementBatches) UnpackBatchSubmittedEvent(log *types.Log) (*SettlementBatchesBatchSubmitted, error) {
	event := "BatchSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesBatchSubmitted)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesClaimSubmitted represents a ClaimSubmitted event raised by the SettlementBatches contract.
type SettlementBatchesClaimSubmitted struct {
	ClaimId   *big.Int
	Relayer   common.Address
	Kind      uint8
	Target    common.Address
	SubjectId *big.Int
	Root      [32]byte
	Result    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesClaimSubmittedEventName = "ClaimSubmitted"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesClaimSubmitted) ContractEventName() string {
	return SettlementBatchesClaimSubmittedEventName
}

// UnpackClaimSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSubmitted(uint256 indexed claimId, address indexed relayer, uint8 kind, address indexed target, uint256 subjectId, bytes32 root, bytes result)
func (settlementBatches *SettlementBatches) UnpackClaimSubmittedEvent(log *types.Log) (*SettlementBatchesClaimSubmitted, error) {
	event := "ClaimSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesClaimSubmitted)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesSessionOpened represents a SessionOpened event raised by the SettlementBatches contract.
type SettlementBatchesSessionOpened struct {
	BatchId *big.Int
	Index   uint8
	ClaimId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesSessionOpenedEventName = "SessionOpened"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesSessionOpened) ContractEventName() string {
	return SettlementBatchesSessionOpenedEventName
}

// UnpackSessionOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionOpened(uint256 indexed batchId, uint8 index, uint256 indexed claimId)
func (settlementBatches *SettlementBatches) UnpackSessionOpenedEvent(log *types.Log) (*SettlementBatchesSessionOpened, error) {
	event := "SessionOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesSessionOpened)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesTallyRequestClosed represents a TallyRequestClosed event raised by the SettlementBatches contract.
type SettlementBatchesTallyRequestClosed struct {
	BatchId      *big.Int
	Index        uint8
	BatchSlashed bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesTallyRequestClosedEventName = "TallyRequestClosed"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesTallyRequestClosed) ContractEventName() string {
	return SettlementBatchesTallyRequestClosedEventName
}

// UnpackTallyRequestClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TallyRequestClosed(uint256 indexed batchId, uint8 index, bool batchSlashed)
func (settlementBatches *SettlementBatches) UnpackTallyRequestClosedEvent(log *types.Log) (*SettlementBatchesTallyRequestClosed, error) {
	event := "TallyRequestClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesTallyRequestClosed)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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

// SettlementBatchesTallyRequested represents a TallyRequested event raised by the SettlementBatches contract.
type SettlementBatchesTallyRequested struct {
	BatchId   *big.Int
	Index     uint8
	Requester common.Address
	Deadline  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementBatchesTallyRequestedEventName = "TallyRequested"

// ContractEventName returns the user-defined event name.
func (SettlementBatchesTallyRequested) ContractEventName() string {
	return SettlementBatchesTallyRequestedEventName
}

// UnpackTallyRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TallyRequested(uint256 indexed batchId, uint8 index, address indexed requester, uint64 deadline)
func (settlementBatches *SettlementBatches) UnpackTallyRequestedEvent(log *types.Log) (*SettlementBatchesTallyRequested, error) {
	event := "TallyRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementBatches.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementBatchesTallyRequested)
	if len(log.Data) > 0 {
		if err := settlementBatches.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBatches.abi.Events[event].Inputs {
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
func (settlementBatches *SettlementBatches) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_AlreadyOpened"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementAlreadyOpenedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_BadIndex"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_BadResult"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementBadResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_Exiting"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_HeadersMismatch"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementHeadersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_InsufficientBond"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementInsufficientBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_InsufficientGas"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_NoRetry"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementNoRetryError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_NotDelegated"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_NotFinalizable"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementNotFinalizableError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_NotPending"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_RequestClosed"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementRequestClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_RequestOpen"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementRequestOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_ResultMismatch"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementResultMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_TargetNotAllowed"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementTargetNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_TooEarly"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_WindowClosed"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementBatches.abi.Errors["Settlement_WrongValue"].ID.Bytes()[:4]) {
		return settlementBatches.UnpackSettlementWrongValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementBatchesReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the SettlementBatches contract.
type SettlementBatchesReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SettlementBatchesReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (settlementBatches *SettlementBatches) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SettlementBatchesReentrancyGuardReentrantCall, error) {
	out := new(SettlementBatchesReentrancyGuardReentrantCall)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the SettlementBatches contract.
type SettlementBatchesSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SettlementBatchesSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (settlementBatches *SettlementBatches) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SettlementBatchesSafeCastOverflowedUintDowncast, error) {
	out := new(SettlementBatchesSafeCastOverflowedUintDowncast)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementAlreadyOpened represents a Settlement_AlreadyOpened error raised by the SettlementBatches contract.
type SettlementBatchesSettlementAlreadyOpened struct {
	Index uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_AlreadyOpened(uint8 index)
func SettlementBatchesSettlementAlreadyOpenedErrorID() common.Hash {
	return common.HexToHash("0x314a0a95f62c9e21b14961f8063cea12b8d5145e4f17f172f6b8c99a88210374")
}

// UnpackSettlementAlreadyOpenedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_AlreadyOpened(uint8 index)
func (settlementBatches *SettlementBatches) UnpackSettlementAlreadyOpenedError(raw []byte) (*SettlementBatchesSettlementAlreadyOpened, error) {
	out := new(SettlementBatchesSettlementAlreadyOpened)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_AlreadyOpened", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementBadIndex represents a Settlement_BadIndex error raised by the SettlementBatches contract.
type SettlementBatchesSettlementBadIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadIndex()
func SettlementBatchesSettlementBadIndexErrorID() common.Hash {
	return common.HexToHash("0x63d0e9fae424c6448eadc119e830692dd093fd591f6da8ad45fbad7110d01cdc")
}

// UnpackSettlementBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadIndex()
func (settlementBatches *SettlementBatches) UnpackSettlementBadIndexError(raw []byte) (*SettlementBatchesSettlementBadIndex, error) {
	out := new(SettlementBatchesSettlementBadIndex)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementBadResult represents a Settlement_BadResult error raised by the SettlementBatches contract.
type SettlementBatchesSettlementBadResult struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_BadResult()
func SettlementBatchesSettlementBadResultErrorID() common.Hash {
	return common.HexToHash("0xdf69b333edb98bf85295e0a9351cdd846defa5bf3ebb3aca033ca5d017949988")
}

// UnpackSettlementBadResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_BadResult()
func (settlementBatches *SettlementBatches) UnpackSettlementBadResultError(raw []byte) (*SettlementBatchesSettlementBadResult, error) {
	out := new(SettlementBatchesSettlementBadResult)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_BadResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementExiting represents a Settlement_Exiting error raised by the SettlementBatches contract.
type SettlementBatchesSettlementExiting struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_Exiting()
func SettlementBatchesSettlementExitingErrorID() common.Hash {
	return common.HexToHash("0x283068e36f70ef1b07999b0b2491d4fedf2b2eff8f6d06589a666b52f2a6ff80")
}

// UnpackSettlementExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_Exiting()
func (settlementBatches *SettlementBatches) UnpackSettlementExitingError(raw []byte) (*SettlementBatchesSettlementExiting, error) {
	out := new(SettlementBatchesSettlementExiting)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_Exiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementHeadersMismatch represents a Settlement_HeadersMismatch error raised by the SettlementBatches contract.
type SettlementBatchesSettlementHeadersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_HeadersMismatch()
func SettlementBatchesSettlementHeadersMismatchErrorID() common.Hash {
	return common.HexToHash("0x75374b72b400da1a029519e6b3e570c99ee67e12df90adf3f925c0fd1fc5161f")
}

// UnpackSettlementHeadersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_HeadersMismatch()
func (settlementBatches *SettlementBatches) UnpackSettlementHeadersMismatchError(raw []byte) (*SettlementBatchesSettlementHeadersMismatch, error) {
	out := new(SettlementBatchesSettlementHeadersMismatch)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_HeadersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementInsufficientBond represents a Settlement_InsufficientBond error raised by the SettlementBatches contract.
type SettlementBatchesSettlementInsufficientBond struct {
	Free   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_InsufficientBond(uint256 free, uint256 needed)
func SettlementBatchesSettlementInsufficientBondErrorID() common.Hash {
	return common.HexToHash("0xa3018b2e8b79d600fd08f82a7a8f2fb4f3888b21e0f94a6a0af3c697d80d3e3e")
}

// UnpackSettlementInsufficientBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_InsufficientBond(uint256 free, uint256 needed)
func (settlementBatches *SettlementBatches) UnpackSettlementInsufficientBondError(raw []byte) (*SettlementBatchesSettlementInsufficientBond, error) {
	out := new(SettlementBatchesSettlementInsufficientBond)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_InsufficientBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementInsufficientGas represents a Settlement_InsufficientGas error raised by the SettlementBatches contract.
type SettlementBatchesSettlementInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_InsufficientGas()
func SettlementBatchesSettlementInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x53d35a0d42015f13e73827ab27d3a7a15a68d2682bde29b8ec840914fed771d6")
}

// UnpackSettlementInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_InsufficientGas()
func (settlementBatches *SettlementBatches) UnpackSettlementInsufficientGasError(raw []byte) (*SettlementBatchesSettlementInsufficientGas, error) {
	out := new(SettlementBatchesSettlementInsufficientGas)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementNoRetry represents a Settlement_NoRetry error raised by the SettlementBatches contract.
type SettlementBatchesSettlementNoRetry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NoRetry()
func SettlementBatchesSettlementNoRetryErrorID() common.Hash {
	return common.HexToHash("0xe81e8e9865624b901c5d879eedddb942431c8ff4618e903f8de3e279f7fe8c5a")
}

// UnpackSettlementNoRetryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NoRetry()
func (settlementBatches *SettlementBatches) UnpackSettlementNoRetryError(raw []byte) (*SettlementBatchesSettlementNoRetry, error) {
	out := new(SettlementBatchesSettlementNoRetry)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_NoRetry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementNotDelegated represents a Settlement_NotDelegated error raised by the SettlementBatches contract.
type SettlementBatchesSettlementNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotDelegated()
func SettlementBatchesSettlementNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x2adb6e91e3a780d1b913864b3c84a8b3e9ac12b78a4ba5db6cfc7615589ebaa3")
}

// UnpackSettlementNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotDelegated()
func (settlementBatches *SettlementBatches) UnpackSettlementNotDelegatedError(raw []byte) (*SettlementBatchesSettlementNotDelegated, error) {
	out := new(SettlementBatchesSettlementNotDelegated)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementNotFinalizable represents a Settlement_NotFinalizable error raised by the SettlementBatches contract.
type SettlementBatchesSettlementNotFinalizable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotFinalizable()
func SettlementBatchesSettlementNotFinalizableErrorID() common.Hash {
	return common.HexToHash("0x9ccf982ff5451ce2cc705722310d7b87dd97720be66698b9535948dcd566b965")
}

// UnpackSettlementNotFinalizableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotFinalizable()
func (settlementBatches *SettlementBatches) UnpackSettlementNotFinalizableError(raw []byte) (*SettlementBatchesSettlementNotFinalizable, error) {
	out := new(SettlementBatchesSettlementNotFinalizable)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_NotFinalizable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementNotPending represents a Settlement_NotPending error raised by the SettlementBatches contract.
type SettlementBatchesSettlementNotPending struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_NotPending(uint256 claimId)
func SettlementBatchesSettlementNotPendingErrorID() common.Hash {
	return common.HexToHash("0xe5e4b7bd7688667616928c86d3026769d2a79142bfd3077428f79190c0bf4f1b")
}

// UnpackSettlementNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_NotPending(uint256 claimId)
func (settlementBatches *SettlementBatches) UnpackSettlementNotPendingError(raw []byte) (*SettlementBatchesSettlementNotPending, error) {
	out := new(SettlementBatchesSettlementNotPending)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementRequestClosed represents a Settlement_RequestClosed error raised by the SettlementBatches contract.
type SettlementBatchesSettlementRequestClosed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_RequestClosed(uint256 requestId)
func SettlementBatchesSettlementRequestClosedErrorID() common.Hash {
	return common.HexToHash("0xeba45ae25ad380563398952b9cf5346d29e62433caa4c4efae5c1ea0ce1e4aa8")
}

// UnpackSettlementRequestClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_RequestClosed(uint256 requestId)
func (settlementBatches *SettlementBatches) UnpackSettlementRequestClosedError(raw []byte) (*SettlementBatchesSettlementRequestClosed, error) {
	out := new(SettlementBatchesSettlementRequestClosed)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_RequestClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementRequestOpen represents a Settlement_RequestOpen error raised by the SettlementBatches contract.
type SettlementBatchesSettlementRequestOpen struct {
	Index uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_RequestOpen(uint8 index)
func SettlementBatchesSettlementRequestOpenErrorID() common.Hash {
	return common.HexToHash("0x9758ecc579354d76a48ca4d810704219bba22cf3ed802d63c33518cea8c58d46")
}

// UnpackSettlementRequestOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_RequestOpen(uint8 index)
func (settlementBatches *SettlementBatches) UnpackSettlementRequestOpenError(raw []byte) (*SettlementBatchesSettlementRequestOpen, error) {
	out := new(SettlementBatchesSettlementRequestOpen)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_RequestOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementResultMismatch represents a Settlement_ResultMismatch error raised by the SettlementBatches contract.
type SettlementBatchesSettlementResultMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_ResultMismatch()
func SettlementBatchesSettlementResultMismatchErrorID() common.Hash {
	return common.HexToHash("0x73a4b6df26de2cb1228649560f45b64042b4425d557c163b0487eb71f433bee4")
}

// UnpackSettlementResultMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_ResultMismatch()
func (settlementBatches *SettlementBatches) UnpackSettlementResultMismatchError(raw []byte) (*SettlementBatchesSettlementResultMismatch, error) {
	out := new(SettlementBatchesSettlementResultMismatch)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_ResultMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementTargetNotAllowed represents a Settlement_TargetNotAllowed error raised by the SettlementBatches contract.
type SettlementBatchesSettlementTargetNotAllowed struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_TargetNotAllowed(address target)
func SettlementBatchesSettlementTargetNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9b16c0d3e04825872762a573dfe86f9062a5dad55e1dd2ec8322e8e694d3d4a6")
}

// UnpackSettlementTargetNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_TargetNotAllowed(address target)
func (settlementBatches *SettlementBatches) UnpackSettlementTargetNotAllowedError(raw []byte) (*SettlementBatchesSettlementTargetNotAllowed, error) {
	out := new(SettlementBatchesSettlementTargetNotAllowed)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_TargetNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementTooEarly represents a Settlement_TooEarly error raised by the SettlementBatches contract.
type SettlementBatchesSettlementTooEarly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_TooEarly()
func SettlementBatchesSettlementTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x80a7c4c7d9f3f56766285cfafca383fb01b1f49e617310191befa9648d911457")
}

// UnpackSettlementTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_TooEarly()
func (settlementBatches *SettlementBatches) UnpackSettlementTooEarlyError(raw []byte) (*SettlementBatchesSettlementTooEarly, error) {
	out := new(SettlementBatchesSettlementTooEarly)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementWindowClosed represents a Settlement_WindowClosed error raised by the SettlementBatches contract.
type SettlementBatchesSettlementWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_WindowClosed()
func SettlementBatchesSettlementWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x41a6eaec57d6abd0add82f3f2a9a25d00ac249f907993203d5f3e73ec6cea522")
}

// UnpackSettlementWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_WindowClosed()
func (settlementBatches *SettlementBatches) UnpackSettlementWindowClosedError(raw []byte) (*SettlementBatchesSettlementWindowClosed, error) {
	out := new(SettlementBatchesSettlementWindowClosed)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBatchesSettlementWrongValue represents a Settlement_WrongValue error raised by the SettlementBatches contract.
type SettlementBatchesSettlementWrongValue struct {
	Sent     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Settlement_WrongValue(uint256 sent, uint256 expected)
func SettlementBatchesSettlementWrongValueErrorID() common.Hash {
	return common.HexToHash("0xb8c2d3604c88d5729595e382d39a6030340ad09d3e8a75fcf81a9c6cf6d19363")
}

// UnpackSettlementWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Settlement_WrongValue(uint256 sent, uint256 expected)
func (settlementBatches *SettlementBatches) UnpackSettlementWrongValueError(raw []byte) (*SettlementBatchesSettlementWrongValue, error) {
	out := new(SettlementBatchesSettlementWrongValue)
	if err := settlementBatches.abi.UnpackIntoInterface(out, "Settlement_WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
