// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlement} from "./ISettlement.sol";

/// @title ISettlementBatches
/// @notice Batched Deliberation claims: one claim settles up to MAX_BATCH_SESSIONS sessions for one
/// bond, one storage record and two transactions, so the fixed cost of a claim is shared. Each
/// session is committed by a {SessionHeader}: its ballot root, the hash of its full Tally and the
/// outcome its receiver gets. The Tally itself stays off chain while nobody disputes it.
///
/// Disputes open a session: {openSession} publishes the session's Tally (which must hash to the
/// header's), checks the header's ballot count and outcome against it, and turns the session into an
/// ordinary Deliberation claim of the Settlement, linked to the batch, against which every challenge
/// and leaf request of {ISettlement} works unchanged. Anyone holding the Tally may open a session;
/// anyone may {requestTally}, with a bond, to force the relayer to open it. A fault in any session,
/// an outcome that does not follow from its Tally, or an unanswered tally request rejects the whole
/// batch and slashes its bond.
///
/// A Settlement exposes these functions at its own address: its fallback DELEGATECALLs the
/// SettlementBatches code. Unlike single claims, a batch does not reserve its subjects (receivers
/// ignore or refuse a second outcome for a subject: the escrow acts on a Delivered order only, the
/// ladder on an open competition), and tally requests use the current `requestBond` and
/// `responseWindow`. Exact encodings: docs/settlement.md.
interface ISettlementBatches {
    /// @notice What a batch commits about one session.
    /// @param target The receiver called on finalization; must be allowed.
    /// @param subjectId The competition or order id the receiver knows.
    /// @param root Merkle root of the session's ballot leaves (as in a single Deliberation claim).
    /// @param resultHash `keccak256(abi.encode(Tally))` of the session's tally.
    /// @param ballotCount The Tally's ballotCount.
    /// @param winner The winning proposal's author; zero when every sum is zero.
    /// @param conviction The outcome's score; zero when there is no winner.
    struct SessionHeader {
        address target;
        uint256 subjectId;
        bytes32 root;
        bytes32 resultHash;
        uint32 ballotCount;
        address winner;
        int256 conviction;
    }

    /// @notice A batch as stored (three slots).
    /// @param relayer Who submitted it and whose bond is locked.
    /// @param deadline End of the challenge window; tally answers extend it.
    /// @param status Pending -> Finalized | Rejected.
    /// @param openRequests Tally requests not yet answered or closed.
    /// @param sessions Number of session headers.
    /// @param headersHash `keccak256(abi.encode(headers))`.
    /// @param bond The locked bond (claimBond at submission).
    /// @param rewardBps Share of the bond a successful challenger receives.
    /// @param opened Bit i set once session i was opened.
    struct Batch {
        address relayer;
        uint64 deadline;
        ISettlement.ClaimStatus status;
        uint8 openRequests;
        uint8 sessions;
        bytes32 headersHash;
        uint96 bond;
        uint16 rewardBps;
        uint128 opened;
    }

    /// @notice A bonded request for the Tally of one session of a pending batch.
    struct TallyRequest {
        address requester;
        uint64 deadline;
        uint128 bond;
    }

    /// @notice Emitted when a batch is posted; `headers` are its sessions in order.
    event BatchSubmitted(uint256 indexed batchId, address indexed relayer, uint64 deadline, SessionHeader[] headers);
    /// @notice Emitted when session `index` of a batch becomes claim `claimId` (a ClaimSubmitted
    /// event with the session's Tally as `result` is emitted too).
    event SessionOpened(uint256 indexed batchId, uint8 index, uint256 indexed claimId);
    /// @notice Emitted when `requester` asks for the Tally of session `index`.
    event TallyRequested(uint256 indexed batchId, uint8 index, address indexed requester, uint64 deadline);
    /// @notice Emitted when an unanswered tally request is closed: refunded, and the batch slashed if pending.
    event TallyRequestClosed(uint256 indexed batchId, uint8 index, bool batchSlashed);
    /// @notice Emitted when a batch is rejected; `by` receives the challenger reward.
    event BatchRejected(uint256 indexed batchId, ISettlement.Fault fault, address indexed by, uint256 reward);
    /// @notice Emitted when a batch finalizes; bit i of `failed` is set if session i's callback failed.
    event BatchFinalized(uint256 indexed batchId, uint256 failed);
    /// @notice Emitted after a callback retry of session `index`.
    event BatchCallbackRetried(uint256 indexed batchId, uint8 index, bool success);

    /// @notice The headers passed do not hash to the batch's.
    error Settlement_HeadersMismatch();
    /// @notice The session was already opened.
    error Settlement_AlreadyOpened(uint8 index);
    /// @notice A tally request for the session is already open.
    error Settlement_RequestOpen(uint8 index);
    /// @notice The batch has more sessions than their callbacks' gas allows (sessions x callbackGasLimit
    /// over MAX_BATCH_CALLBACK_GAS); at most `max` fit.
    error Settlement_BatchTooLarge(uint256 sessions, uint256 max);
    /// @notice These functions run only inside a Settlement, by DELEGATECALL.
    error Settlement_NotDelegated();

    /// @notice Posts a batch of 1..MAX_BATCH_SESSIONS session headers and locks `claimBond` of the
    /// caller's bond. Every target must be allowed, and sessions x callbackGasLimit must not exceed
    /// MAX_BATCH_CALLBACK_GAS (so that finalizeBatch fits one transaction whatever the receivers do;
    /// finalization uses the callbackGasLimit of its time, which governance should keep in mind).
    /// @return batchId The new batch's id (from 1; batches are numbered apart from claims).
    function submitBatch(SessionHeader[] calldata headers) external returns (uint256 batchId);

    /// @notice Opens session `index` of a pending batch with its Tally: before the batch's deadline, or
    /// after it while a tally request for the session is open. If the
    /// Tally is malformed or its ballot count or outcome differ from the header, the batch is rejected
    /// with Fault.BadOutcome and 0 is returned. Otherwise the session becomes a Deliberation claim
    /// (relayer: the batch's; no bond of its own; deadline: the batch's) and an open tally request for
    /// it is answered: its bond is credited to the caller and the batch's deadline extended to at least
    /// now + responseWindow.
    /// @return claimId The session's claim, or 0 if the batch was rejected.
    function openSession(uint256 batchId, SessionHeader[] calldata headers, uint8 index, bytes calldata result)
        external
        returns (uint256 claimId);

    /// @notice Requests, paying exactly `requestBond`, that session `index` of a pending batch be
    /// opened within `responseWindow`. Allowed until the batch's deadline.
    function requestTally(uint256 batchId, uint8 index) external payable;

    /// @notice Closes an unanswered tally request: if the batch is still pending and the request's
    /// deadline passed, the batch is rejected (Fault.UnansweredRequest) and the requester rewarded; if
    /// the batch is no longer pending the bond is refunded.
    function closeTallyRequest(uint256 batchId, uint8 index) external;

    /// @notice Finalizes a batch once its deadline and every opened session's deadline passed with no
    /// request open, unlocks the bond, then calls each session's target with
    /// `abi.encode(address[] winners, int256 conviction)` (winners: `[winner]`, or empty). Anyone may call.
    function finalizeBatch(uint256 batchId, SessionHeader[] calldata headers) external;

    /// @notice Retries the failed callback of session `index` of a finalized batch. Anyone may call.
    function retryBatchCallback(uint256 batchId, SessionHeader[] calldata headers, uint8 index) external;

    /// @notice The batch `batchId`.
    function batch(uint256 batchId) external view returns (Batch memory);

    /// @notice Number of batches so far (ids are 1..batchCount).
    function batchCount() external view returns (uint256);

    /// @notice The claim session `index` of a batch was opened as (0 if not opened).
    function sessionClaim(uint256 batchId, uint8 index) external view returns (uint256);

    /// @notice The batch a claim was opened from (0 for a claim of its own).
    function batchOf(uint256 claimId) external view returns (uint256);

    /// @notice Bit i set if session i's callback failed and was not retried successfully.
    function failedCallbacks(uint256 batchId) external view returns (uint256);

    /// @notice The open tally request of session `index` (requester zero if none).
    function tallyRequest(uint256 batchId, uint8 index) external view returns (TallyRequest memory);
}
