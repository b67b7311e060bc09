// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlement} from "./ISettlement.sol";

/// @title ITallyVerifier
/// @notice The judge of Deliberation claims. Settlement keeps the claim state and the money; the
/// judge decides, from evidence alone, whether a tally is well formed and whether evidence proves a
/// fault. It holds no state: the fault functions read the claim from the calling Settlement
/// (`ISettlement(msg.sender).claim(claimId)` and its `domainSeparator()`), so one deployment serves
/// every guild. Their argument lists equal those of the Settlement functions that forward to them,
/// which lets Settlement forward its calldata unchanged (keeping Settlement under the EIP-170 limit).
/// Faults are reported as {ISettlement.Fault}; "no fault" and bad evidence revert with the
/// {ISettlement} errors (`Settlement_NoFraud`, `Settlement_NotInTree`, `Settlement_ResultMismatch`,
/// `Settlement_BadIndex`, `Settlement_BadResult`), which Settlement bubbles up unchanged, so clients
/// decode them with the Settlement ABI. Exact encodings: docs/settlement.md.
interface ITallyVerifier {
    /// @notice Checks a Tally at submission and derives the receiver outcome.
    /// @return ballotCount The number of ballot leaves the tree must hold.
    /// @return outcome `abi.encode(address[] winners, int256 conviction)`; winners is
    /// `[proposals[winner].author]`, or empty with conviction 0 when every sum is zero.
    function checkTally(bytes calldata result) external pure returns (uint32 ballotCount, bytes memory outcome);

    /// @notice The fault if proposal `p` of claim `claimId`'s tally is not signed by its author.
    function proposalFault(uint256 claimId, bytes calldata result, uint32 p) external view returns (ISettlement.Fault);

    /// @notice The fault visible in one ballot leaf proven to be in the claim's tree: index out of
    /// range, wrong vector length, bad signature, over budget, first or last running sum wrong.
    function ballotFault(
        uint256 claimId,
        bytes calldata result,
        ISettlement.BallotLeaf calldata leaf,
        bytes32[] calldata proof
    ) external view returns (ISettlement.Fault);

    /// @notice The fault between two adjacent ballot leaves proven to be in the claim's tree.
    function stepFault(
        uint256 claimId,
        bytes calldata result,
        ISettlement.BallotLeaf calldata prev,
        bytes32[] calldata prevProof,
        ISettlement.BallotLeaf calldata cur,
        bytes32[] calldata curProof
    ) external view returns (ISettlement.Fault);

    /// @notice The fault if two different leaves with the same index are both in the claim's tree.
    function duplicateFault(
        uint256 claimId,
        ISettlement.BallotLeaf calldata a,
        bytes32[] calldata aProof,
        ISettlement.BallotLeaf calldata b,
        bytes32[] calldata bProof
    ) external view returns (ISettlement.Fault);

    /// @notice Reverts unless `leaf` answers request `requestId` of the calling Settlement: its index is
    /// the requested one ({Settlement_BadIndex}) and it is in the tree of the request's claim
    /// ({Settlement_NotInTree}).
    function checkRevealed(uint256 requestId, ISettlement.BallotLeaf calldata leaf, bytes32[] calldata proof)
        external
        view;

    /// @notice Merkle leaf hash of a ballot leaf.
    function ballotLeafHash(ISettlement.BallotLeaf calldata leaf) external pure returns (bytes32);

    /// @notice EIP-712 digest of `Ballot(session, round, voter, votes)` under `domainSeparator`.
    function ballotDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address voter, int64[] calldata votes)
        external
        pure
        returns (bytes32);

    /// @notice EIP-712 digest of `Proposal(session, round, author, contentHash)` under `domainSeparator`.
    function proposalDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address author, bytes32 contentHash)
        external
        pure
        returns (bytes32);

    /// @notice EIP-712 digest of `Evaluation(session, round, evaluator, contentHash, score)` (not recounted on chain).
    function evaluationDigest(
        bytes32 domainSeparator,
        bytes32 session,
        uint32 round,
        address evaluator,
        bytes32 contentHash,
        int64 score
    ) external pure returns (bytes32);

    /// @notice EIP-712 digest of `PowBatch(epoch, miner, nonces, distances)` (checked off chain by relayers).
    function powBatchDigest(
        bytes32 domainSeparator,
        uint64 epoch,
        address miner,
        uint64[] calldata nonces,
        uint32[] calldata distances
    ) external pure returns (bytes32);
}
