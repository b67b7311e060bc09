// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlement} from "./interfaces/ISettlement.sol";
import {ISettlementBatches} from "./interfaces/ISettlementBatches.sol";
import {ISettlementReceiver} from "./interfaces/ISettlementReceiver.sol";

/// @title SettlementState
/// @notice The storage of a Settlement and the effects both of its code halves need: {Settlement}
/// and {SettlementBatches}, which a Settlement reaches by DELEGATECALL from its fallback (together
/// they exceed the EIP-170 size limit). Both inherit this contract and declare no state of their
/// own, so they share one layout; the OpenZeppelin bases they use keep their state in ERC-7201
/// namespaces and transient storage.
abstract contract SettlementState {
    uint256 internal constant _BPS = 10_000;
    /// @dev Gas kept back on top of the callback limit for the CALL itself (cold access, memory).
    uint256 internal constant _CALL_OVERHEAD = 10_000;

    ISettlement.Config internal _config;
    address internal _treasury;
    uint256 internal _claimCount;
    uint256 internal _requestCount;

    mapping(ISettlement.ClaimKind kind => address) internal _verifiers;
    mapping(address target => bool) internal _targets;
    mapping(address account => ISettlement.Relayer) internal _relayers;
    mapping(uint256 claimId => ISettlement.Claim) internal _claims;
    mapping(uint256 claimId => bytes) internal _outcomes;
    mapping(uint256 requestId => ISettlement.Request) internal _requests;
    mapping(bytes32 subjectKey => uint256 claimId) internal _subjects;
    mapping(address account => uint256) internal _credits;

    uint256 internal _batchCount;
    mapping(uint256 batchId => ISettlementBatches.Batch) internal _batches;
    /// @dev Sessions whose receiver callback failed at finalization, one bit per session index.
    mapping(uint256 batchId => uint256) internal _failedCallbacks;
    /// @dev The claim an opened batch session became.
    mapping(uint256 batchId => mapping(uint256 index => uint256 claimId)) internal _sessionClaims;
    /// @dev The batch an opened session's claim belongs to (0: a claim of its own).
    mapping(uint256 claimId => uint256 batchId) internal _batchOf;
    mapping(uint256 batchId => mapping(uint256 index => ISettlementBatches.TallyRequest)) internal _tallyRequests;

    /// @dev Rejects a pending claim and slashes its bond: `rewardBps` to `by`, the rest to the treasury.
    /// A claim opened from a batch has no bond of its own: its batch is rejected instead.
    function _reject(uint256 claimId, ISettlement.Claim storage c, ISettlement.Fault fault, address by) internal {
        uint256 batchId = _batchOf[claimId];
        if (batchId != 0) {
            _rejectBatch(batchId, fault, by);
            return;
        }
        c.status = ISettlement.ClaimStatus.Rejected;
        uint128 amount = c.bond;
        emit ISettlement.ClaimRejected(claimId, fault, by, _slash(c.relayer, amount, c.rewardBps, by));
    }

    /// @dev Rejects a pending batch and every claim opened from it, and slashes the batch's bond.
    function _rejectBatch(uint256 batchId, ISettlement.Fault fault, address by) internal {
        ISettlementBatches.Batch storage b = _batches[batchId];
        b.status = ISettlement.ClaimStatus.Rejected;
        _settleOpened(batchId, b.opened, ISettlement.ClaimStatus.Rejected);
        emit ISettlementBatches.BatchRejected(batchId, fault, by, _slash(b.relayer, b.bond, b.rewardBps, by));
    }

    /// @dev Moves the claims opened from a batch (bits of `opened`) to the batch's final status.
    function _settleOpened(uint256 batchId, uint128 opened, ISettlement.ClaimStatus status) internal {
        for (uint256 i = 0; opened != 0; ++i) {
            if (opened & 1 != 0) _claims[_sessionClaims[batchId][i]].status = status;
            opened >>= 1;
        }
    }

    /// @dev Takes `amount` from `relayer`'s locked bond: `rewardBps` of it credited to `by`, the rest
    /// to the treasury. Returns the reward.
    function _slash(address relayer, uint128 amount, uint16 rewardBps, address by) internal returns (uint256 reward) {
        ISettlement.Relayer storage r = _relayers[relayer];
        r.locked -= amount;
        r.bond -= amount;
        reward = uint256(amount) * rewardBps / _BPS;
        _credits[by] += reward;
        _credits[_treasury] += amount - reward;
    }

    /// @dev Reverts {Settlement_InsufficientGas} unless a call can still be given `gasLimit`: without
    /// this check a caller could pass just too little gas, make the call run out and have its
    /// failure recorded; 63/64 of what is left is what a CALL can forward.
    function _requireGasToForward(uint256 gasLimit) internal view {
        if (gasleft() < gasLimit + gasLimit / 63 + _CALL_OVERHEAD) revert ISettlement.Settlement_InsufficientGas();
    }

    /// @dev Calls `target.onClaimFinalized(subjectId, outcome)` with the configured gas budget,
    /// copying no return data (so neither a gas sink nor a return-data bomb can hurt the caller).
    /// Callers are nonReentrant: a receiver re-entering Settlement reverts inside its own frame and the
    /// attempt counts as failed.
    function _deliver(address target, uint256 subjectId, bytes memory outcome) internal returns (bool ok) {
        uint256 gasLimit = _config.callbackGasLimit;
        _requireGasToForward(gasLimit);
        bytes memory data = abi.encodeCall(ISettlementReceiver.onClaimFinalized, (subjectId, outcome));
        assembly ("memory-safe") {
            ok := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
        }
    }
}
