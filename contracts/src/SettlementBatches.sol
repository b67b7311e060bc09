// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ISettlement} from "./interfaces/ISettlement.sol";
import {ISettlementBatches} from "./interfaces/ISettlementBatches.sol";
import {ITallyVerifier} from "./interfaces/ITallyVerifier.sol";
import {SettlementState} from "./SettlementState.sol";

/// @title SettlementBatches
/// @notice See {ISettlementBatches}. The second half of a Settlement's code: deployed by the
/// Settlement implementation's constructor and only ever run by DELEGATECALL from a Settlement's
/// fallback, on that Settlement's storage ({SettlementState}).
contract SettlementBatches is ISettlementBatches, SettlementState, ReentrancyGuardTransient {
    using SafeCast for uint256;

    /// @notice Most sessions per batch (the opened set is a uint128 bitmap).
    uint256 public constant MAX_BATCH_SESSIONS = 128;
    /// @notice Gas given to the tally check when a session is opened: enough for the largest tally
    /// (TallyVerifier.MAX_PROPOSALS proposals) with a wide margin, so that an opener cannot make an
    /// honest batch fail the check by sending too little gas.
    uint256 public constant TALLY_CHECK_GAS = 400_000;
    /// @notice Most callback gas one batch may reserve (sessions x callbackGasLimit): finalizeBatch must
    /// fit one transaction (EIP-7825 caps a transaction at 2^24 gas) even if every receiver spends its
    /// whole budget.
    uint256 public constant MAX_BATCH_CALLBACK_GAS = 15_000_000;

    address private immutable _SELF = address(this);

    /// @dev Only by DELEGATECALL: called directly, this contract's own (empty) storage is meaningless.
    modifier delegated() {
        if (address(this) == _SELF) revert Settlement_NotDelegated();
        _;
    }

    /// @inheritdoc ISettlementBatches
    function submitBatch(SessionHeader[] calldata headers) external delegated nonReentrant returns (uint256 batchId) {
        uint256 n = headers.length;
        if (n == 0 || n > MAX_BATCH_SESSIONS) revert ISettlement.Settlement_BadResult();
        ISettlement.Relayer storage r = _relayers[msg.sender];
        if (r.exitAt != 0) revert ISettlement.Settlement_Exiting();
        ISettlement.Config storage cfg = _config;
        if (n * cfg.callbackGasLimit > MAX_BATCH_CALLBACK_GAS) {
            revert Settlement_BatchTooLarge(n, MAX_BATCH_CALLBACK_GAS / cfg.callbackGasLimit);
        }
        uint128 needed = cfg.claimBond;
        uint256 free = r.bond - r.locked;
        if (free < needed) revert ISettlement.Settlement_InsufficientBond(free, needed);
        address allowed;
        for (uint256 i = 0; i < n; ++i) {
            address target = headers[i].target;
            // Sessions of one batch mostly share a target: check each distinct run once.
            if (i == 0 || target != allowed) {
                if (!_targets[target]) revert ISettlement.Settlement_TargetNotAllowed(target);
                allowed = target;
            }
        }
        r.locked += needed;
        batchId = ++_batchCount;
        uint64 deadline = uint64(block.timestamp) + cfg.challengeWindow;
        _batches[batchId] = Batch({
            relayer: msg.sender,
            deadline: deadline,
            status: ISettlement.ClaimStatus.Pending,
            openRequests: 0,
            sessions: uint8(n),
            headersHash: keccak256(abi.encode(headers)),
            bond: uint256(needed).toUint96(),
            rewardBps: cfg.challengerRewardBps,
            opened: 0
        });
        emit BatchSubmitted(batchId, msg.sender, deadline, headers);
    }

    /// @inheritdoc ISettlementBatches
    function openSession(uint256 batchId, SessionHeader[] calldata headers, uint8 index, bytes calldata result)
        external
        delegated
        nonReentrant
        returns (uint256 claimId)
    {
        Batch storage b = _pendingBatch(batchId);
        // After the deadline only the answer to an open tally request (made up to the deadline) is allowed.
        if (block.timestamp > b.deadline && _tallyRequests[batchId][index].requester == address(0)) {
            revert ISettlement.Settlement_WindowClosed();
        }
        SessionHeader calldata h = _header(b, headers, index);
        if (b.opened & (uint128(1) << index) != 0) revert Settlement_AlreadyOpened(index);
        if (keccak256(result) != h.resultHash) revert ISettlement.Settlement_ResultMismatch();
        (bool ok, uint32 ballotCount) = _tallyMatches(h, result);
        if (!ok) {
            _rejectBatch(batchId, ISettlement.Fault.BadOutcome, msg.sender);
            return 0;
        }
        _answerRequest(batchId, b, index);
        b.opened |= uint128(1) << index;
        claimId = _openClaim(b, h, ballotCount);
        _sessionClaims[batchId][index] = claimId;
        _batchOf[claimId] = batchId;
        emit ISettlement.ClaimSubmitted(
            claimId, b.relayer, ISettlement.ClaimKind.Deliberation, h.target, h.subjectId, h.root, result
        );
        emit SessionOpened(batchId, index, claimId);
    }

    /// @inheritdoc ISettlementBatches
    function requestTally(uint256 batchId, uint8 index) external payable delegated nonReentrant {
        Batch storage b = _pendingBatch(batchId);
        if (block.timestamp > b.deadline) revert ISettlement.Settlement_WindowClosed();
        if (index >= b.sessions) revert ISettlement.Settlement_BadIndex();
        if (b.opened & (uint128(1) << index) != 0) revert Settlement_AlreadyOpened(index);
        TallyRequest storage q = _tallyRequests[batchId][index];
        if (q.requester != address(0)) revert Settlement_RequestOpen(index);
        ISettlement.Config storage cfg = _config;
        uint128 bond = cfg.requestBond;
        if (msg.value != bond) revert ISettlement.Settlement_WrongValue(msg.value, bond);
        uint64 deadline = uint64(block.timestamp) + cfg.responseWindow;
        q.requester = msg.sender;
        q.deadline = deadline;
        q.bond = bond;
        b.openRequests += 1;
        emit TallyRequested(batchId, index, msg.sender, deadline);
    }

    /// @inheritdoc ISettlementBatches
    function closeTallyRequest(uint256 batchId, uint8 index) external delegated nonReentrant {
        TallyRequest memory q = _tallyRequests[batchId][index];
        if (q.requester == address(0)) revert ISettlement.Settlement_RequestClosed(index);
        Batch storage b = _batches[batchId];
        bool slash = b.status == ISettlement.ClaimStatus.Pending;
        if (slash && block.timestamp <= q.deadline) revert ISettlement.Settlement_TooEarly();

        delete _tallyRequests[batchId][index];
        b.openRequests -= 1;
        _credits[q.requester] += q.bond;
        emit TallyRequestClosed(batchId, index, slash);
        if (slash) _rejectBatch(batchId, ISettlement.Fault.UnansweredRequest, q.requester);
    }

    /// @inheritdoc ISettlementBatches
    function finalizeBatch(uint256 batchId, SessionHeader[] calldata headers) external delegated nonReentrant {
        Batch storage b = _pendingBatch(batchId);
        _checkHeaders(b, headers);
        if (block.timestamp <= b.deadline || b.openRequests != 0) revert ISettlement.Settlement_NotFinalizable();
        uint128 opened = b.opened;
        for (uint256 i = 0; opened >> i != 0; ++i) {
            if (opened & (uint128(1) << i) == 0) continue;
            // A revealed leaf may have moved an opened session's deadline past the batch's.
            ISettlement.Claim storage c = _claims[_sessionClaims[batchId][i]];
            if (block.timestamp <= c.deadline || c.openRequests != 0) revert ISettlement.Settlement_NotFinalizable();
        }
        b.status = ISettlement.ClaimStatus.Finalized;
        _settleOpened(batchId, opened, ISettlement.ClaimStatus.Finalized);
        _relayers[b.relayer].locked -= b.bond;

        uint256 failed;
        for (uint256 i = 0; i < headers.length; ++i) {
            SessionHeader calldata h = headers[i];
            if (!_deliver(h.target, h.subjectId, _outcome(h))) failed |= uint256(1) << i;
        }
        if (failed != 0) _failedCallbacks[batchId] = failed;
        emit BatchFinalized(batchId, failed);
    }

    /// @inheritdoc ISettlementBatches
    function retryBatchCallback(uint256 batchId, SessionHeader[] calldata headers, uint8 index)
        external
        delegated
        nonReentrant
    {
        Batch storage b = _batches[batchId];
        uint256 failed = _failedCallbacks[batchId];
        uint256 bit = uint256(1) << index;
        if (b.status != ISettlement.ClaimStatus.Finalized || failed & bit == 0) {
            revert ISettlement.Settlement_NoRetry();
        }
        SessionHeader calldata h = _header(b, headers, index);
        bool ok = _deliver(h.target, h.subjectId, _outcome(h));
        if (ok) _failedCallbacks[batchId] = failed & ~bit;
        emit BatchCallbackRetried(batchId, index, ok);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISettlementBatches
    function batch(uint256 batchId) external view returns (Batch memory) {
        return _batches[batchId];
    }

    /// @inheritdoc ISettlementBatches
    function batchCount() external view returns (uint256) {
        return _batchCount;
    }

    /// @inheritdoc ISettlementBatches
    function sessionClaim(uint256 batchId, uint8 index) external view returns (uint256) {
        return _sessionClaims[batchId][index];
    }

    /// @inheritdoc ISettlementBatches
    function batchOf(uint256 claimId) external view returns (uint256) {
        return _batchOf[claimId];
    }

    /// @inheritdoc ISettlementBatches
    function failedCallbacks(uint256 batchId) external view returns (uint256) {
        return _failedCallbacks[batchId];
    }

    /// @inheritdoc ISettlementBatches
    function tallyRequest(uint256 batchId, uint8 index) external view returns (TallyRequest memory) {
        return _tallyRequests[batchId][index];
    }

    // ------------------------------------------------------------------ internal

    /// @dev Answers the open tally request of session `index`, if any: its bond goes to whoever
    /// published the tally, and challengers get a full response window to look at it.
    function _answerRequest(uint256 batchId, Batch storage b, uint8 index) private {
        TallyRequest storage q = _tallyRequests[batchId][index];
        if (q.requester == address(0)) return;
        // As for leaf requests, an answer after the request's deadline is too late: close it instead.
        if (block.timestamp > q.deadline) revert ISettlement.Settlement_WindowClosed();
        _credits[msg.sender] += q.bond;
        delete _tallyRequests[batchId][index];
        b.openRequests -= 1;
        uint64 extended = uint64(block.timestamp) + _config.responseWindow;
        if (extended > b.deadline) b.deadline = extended;
    }

    /// @dev Records an opened session as a Deliberation claim of the batch's relayer, with no bond of
    /// its own and the batch's deadline.
    function _openClaim(Batch storage b, SessionHeader calldata h, uint32 ballotCount)
        private
        returns (uint256 claimId)
    {
        ISettlement.Config storage cfg = _config;
        claimId = ++_claimCount;
        ISettlement.Claim storage c = _claims[claimId];
        c.relayer = b.relayer;
        c.kind = ISettlement.ClaimKind.Deliberation;
        c.status = ISettlement.ClaimStatus.Pending;
        c.leafCount = ballotCount;
        c.target = h.target;
        c.challengeEnd = b.deadline;
        c.deadline = b.deadline;
        c.verifier = _verifiers[ISettlement.ClaimKind.Deliberation];
        c.subjectId = h.subjectId;
        c.root = h.root;
        c.resultHash = h.resultHash;
        c.requestBond = cfg.requestBond;
        c.responseWindow = cfg.responseWindow;
        c.rewardBps = b.rewardBps;
    }

    function _pendingBatch(uint256 batchId) private view returns (Batch storage b) {
        b = _batches[batchId];
        if (b.status != ISettlement.ClaimStatus.Pending) revert ISettlement.Settlement_NotPending(batchId);
    }

    /// @dev Checks `headers` are the batch's and returns the one at `index`.
    function _header(Batch storage b, SessionHeader[] calldata headers, uint8 index)
        private
        view
        returns (SessionHeader calldata)
    {
        _checkHeaders(b, headers);
        if (index >= headers.length) revert ISettlement.Settlement_BadIndex();
        return headers[index];
    }

    function _checkHeaders(Batch storage b, SessionHeader[] calldata headers) private view {
        if (keccak256(abi.encode(headers)) != b.headersHash) revert Settlement_HeadersMismatch();
    }

    /// @dev The receiver outcome a header commits: `abi.encode(address[] winners, int256 conviction)`.
    function _outcome(SessionHeader calldata h) private pure returns (bytes memory) {
        address[] memory winners;
        if (h.winner != address(0)) {
            winners = new address[](1);
            winners[0] = h.winner;
        }
        return abi.encode(winners, h.conviction);
    }

    /// @dev Whether `result` is a well-formed tally whose ballot count and outcome are the header's,
    /// by the judge's check run with a fixed gas budget (a revert means a malformed tally).
    function _tallyMatches(SessionHeader calldata h, bytes calldata result)
        private
        view
        returns (bool ok, uint32 ballotCount)
    {
        _requireGasToForward(TALLY_CHECK_GAS);
        ITallyVerifier verifier = ITallyVerifier(_verifiers[ISettlement.ClaimKind.Deliberation]);
        try verifier.checkTally{gas: TALLY_CHECK_GAS}(result) returns (uint32 n, bytes memory outcome) {
            return (n == h.ballotCount && keccak256(outcome) == keccak256(_outcome(h)), n);
        } catch {
            return (false, 0);
        }
    }
}
