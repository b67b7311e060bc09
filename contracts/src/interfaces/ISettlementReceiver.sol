// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title ISettlementReceiver
/// @notice Implemented by contracts that act on finalized Settlement claims: the
/// capability ladder (a competition's winners) and the tripartite escrow (an order's
/// evaluation score). Settlement calls it once per finalized claim; a revert is recorded
/// by Settlement and can be retried, it never blocks finalization.
interface ISettlementReceiver {
    /// @notice Called by Settlement when the claim about `subjectId` has finalized.
    /// @param subjectId The competition id (ladder) or order id (escrow) the claim was about.
    /// @param outcome `abi.encode(address[] winners, int256 score)`: for a deliberation, the
    /// author of the winning proposal and the conviction (winner's sum / sum of absolute sums,
    /// 1e18 fixed point, in [-1e18, 1e18]); for a PoW epoch, the miners whose verified valid-nonce
    /// counts met the epoch's bar and the total verified count.
    function onClaimFinalized(uint256 subjectId, bytes calldata outcome) external;
}
