// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

import {ISettlement} from "../interfaces/ISettlement.sol";
import {ITallyVerifier} from "../interfaces/ITallyVerifier.sol";
import {SettlementHashing} from "./SettlementHashing.sol";

/// @title TallyVerifier
/// @notice See {ITallyVerifier}. Stateless and pure: deployed once, shared by every guild's
/// Settlement (it lives apart from Settlement so that Settlement stays under the EIP-170 size limit).
/// @dev Gas per challenge is O(P + log2 n) for P <= MAX_PROPOSALS proposals and n ballots: one or two
/// leaf hashes over 2P+7 words, one or two Merkle paths, at most one ecrecover, one pass over P.
contract TallyVerifier is ITallyVerifier {
    /// @dev What the fault functions need to know about the claim under challenge.
    struct Context {
        bytes32 domainSeparator;
        bytes32 root;
        bytes32 session;
    }

    /// @notice Most proposals a deliberation round may have; bounds every challenge's gas.
    uint256 public constant MAX_PROPOSALS = 64;
    /// @notice Conviction is fixed point with this unit.
    int256 public constant ONE = 1e18;

    /// @inheritdoc ITallyVerifier
    function checkTally(bytes calldata result) external pure returns (uint32 ballotCount, bytes memory outcome) {
        ISettlement.Tally memory t = abi.decode(result, (ISettlement.Tally));
        uint256 n = t.proposals.length;
        if (n == 0 || n > MAX_PROPOSALS || t.sums.length != n || t.winner >= n) {
            revert ISettlement.Settlement_BadResult();
        }
        int256 best = t.sums[t.winner];
        uint256 absSum;
        for (uint256 j = 0; j < n; ++j) {
            int256 s = t.sums[j];
            // argmax with the lowest index on ties: nothing beats the winner, nothing before it ties.
            if (s > best || (j < t.winner && s == best)) revert ISettlement.Settlement_BadResult();
            // Checked: -type(int256).min and an overflowing absSum revert, rejecting absurd sums.
            absSum += s < 0 ? uint256(-s) : uint256(s);
        }
        ballotCount = t.ballotCount;
        // With no ballot there is no leaf to challenge, so the sums must be zero right away.
        if (ballotCount == 0 && absSum != 0) revert ISettlement.Settlement_BadResult();
        address[] memory winners;
        int256 conviction;
        if (absSum != 0) {
            winners = new address[](1);
            winners[0] = t.proposals[t.winner].author;
            // forge-lint: disable-next-line(unsafe-typecast)
            conviction = best * ONE / int256(absSum); // absSum <= 2^255 or the sum above reverted
        }
        outcome = abi.encode(winners, conviction);
    }

    /// @inheritdoc ITallyVerifier
    function proposalFault(uint256 claimId, bytes calldata result, uint32 p) external view returns (ISettlement.Fault) {
        (Context memory ctx, ISettlement.Tally memory t) = _load(claimId, result);
        if (p >= t.proposals.length) revert ISettlement.Settlement_BadIndex();
        ISettlement.ProposalRecord memory pr = t.proposals[p];
        bytes32 digest = MessageHashUtils.toTypedDataHash(
            ctx.domainSeparator, SettlementHashing.proposalStructHash(ctx.session, t.round, pr.author, pr.contentHash)
        );
        if (_signedBy(digest, pr.author, pr.v, pr.r, pr.s)) revert ISettlement.Settlement_NoFraud();
        return ISettlement.Fault.BadProposalSignature;
    }

    /// @inheritdoc ITallyVerifier
    function ballotFault(
        uint256 claimId,
        bytes calldata result,
        ISettlement.BallotLeaf calldata leaf,
        bytes32[] calldata proof
    ) external view returns (ISettlement.Fault) {
        (Context memory ctx, ISettlement.Tally memory t) = _load(claimId, result);
        _requireInTree(ctx.root, proof, leaf);
        uint256 n = t.sums.length;
        if (leaf.index >= t.ballotCount) return ISettlement.Fault.IndexOutOfRange;
        if (leaf.votes.length != n || leaf.cumulative.length != n) return ISettlement.Fault.BadLength;
        bytes32 digest = MessageHashUtils.toTypedDataHash(
            ctx.domainSeparator, SettlementHashing.ballotStructHash(ctx.session, t.round, leaf.voter, leaf.votes)
        );
        if (!_signedBy(digest, leaf.voter, leaf.v, leaf.r, leaf.s)) return ISettlement.Fault.BadBallotSignature;
        uint256 squares;
        for (uint256 j = 0; j < n; ++j) {
            int256 x = leaf.votes[j];
            // |x| <= 2^63, so x*x <= 2^126 and MAX_PROPOSALS of them stay below 2^132: no overflow.
            // forge-lint: disable-next-line(unsafe-typecast)
            squares += uint256(x * x);
        }
        if (squares > t.credits) return ISettlement.Fault.OverBudget;
        if (leaf.index == 0) {
            for (uint256 j = 0; j < n; ++j) {
                if (leaf.cumulative[j] != int256(leaf.votes[j])) return ISettlement.Fault.BadFirstSum;
            }
        }
        if (leaf.index == t.ballotCount - 1) {
            for (uint256 j = 0; j < n; ++j) {
                if (leaf.cumulative[j] != t.sums[j]) return ISettlement.Fault.BadFinalSum;
            }
        }
        revert ISettlement.Settlement_NoFraud();
    }

    /// @inheritdoc ITallyVerifier
    function stepFault(
        uint256 claimId,
        bytes calldata result,
        ISettlement.BallotLeaf calldata prev,
        bytes32[] calldata prevProof,
        ISettlement.BallotLeaf calldata cur,
        bytes32[] calldata curProof
    ) external view returns (ISettlement.Fault) {
        (Context memory ctx, ISettlement.Tally memory t) = _load(claimId, result);
        if (uint256(cur.index) != uint256(prev.index) + 1) revert ISettlement.Settlement_BadIndex();
        _requireInTree(ctx.root, prevProof, prev);
        _requireInTree(ctx.root, curProof, cur);
        return _stepFault(t.sums.length, prev, cur);
    }

    /// @inheritdoc ITallyVerifier
    function duplicateFault(
        uint256 claimId,
        ISettlement.BallotLeaf calldata a,
        bytes32[] calldata aProof,
        ISettlement.BallotLeaf calldata b,
        bytes32[] calldata bProof
    ) external view returns (ISettlement.Fault) {
        bytes32 root = ISettlement(msg.sender).claim(claimId).root;
        if (a.index != b.index) revert ISettlement.Settlement_BadIndex();
        bytes32 la = SettlementHashing.ballotLeaf(a);
        bytes32 lb = SettlementHashing.ballotLeaf(b);
        if (la == lb) revert ISettlement.Settlement_NoFraud();
        if (!MerkleProof.verifyCalldata(aProof, root, la) || !MerkleProof.verifyCalldata(bProof, root, lb)) {
            revert ISettlement.Settlement_NotInTree();
        }
        return ISettlement.Fault.DuplicateIndex;
    }

    /// @inheritdoc ITallyVerifier
    function checkRevealed(uint256 requestId, ISettlement.BallotLeaf calldata leaf, bytes32[] calldata proof)
        external
        view
    {
        ISettlement.Request memory q = ISettlement(msg.sender).request(requestId);
        if (leaf.index != q.index) revert ISettlement.Settlement_BadIndex();
        _requireInTree(ISettlement(msg.sender).claim(q.claimId).root, proof, leaf);
    }

    /// @inheritdoc ITallyVerifier
    function ballotLeafHash(ISettlement.BallotLeaf calldata leaf) external pure returns (bytes32) {
        return SettlementHashing.ballotLeaf(leaf);
    }

    /// @inheritdoc ITallyVerifier
    function ballotDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address voter, int64[] calldata votes)
        external
        pure
        returns (bytes32)
    {
        return MessageHashUtils.toTypedDataHash(
            domainSeparator, SettlementHashing.ballotStructHash(session, round, voter, votes)
        );
    }

    /// @inheritdoc ITallyVerifier
    function proposalDigest(bytes32 domainSeparator, bytes32 session, uint32 round, address author, bytes32 contentHash)
        external
        pure
        returns (bytes32)
    {
        return MessageHashUtils.toTypedDataHash(
            domainSeparator, SettlementHashing.proposalStructHash(session, round, author, contentHash)
        );
    }

    /// @inheritdoc ITallyVerifier
    function evaluationDigest(
        bytes32 domainSeparator,
        bytes32 session,
        uint32 round,
        address evaluator,
        bytes32 contentHash,
        int64 score
    ) external pure returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(
            domainSeparator, SettlementHashing.evaluationStructHash(session, round, evaluator, contentHash, score)
        );
    }

    /// @inheritdoc ITallyVerifier
    function powBatchDigest(
        bytes32 domainSeparator,
        uint64 epoch,
        address miner,
        uint64[] calldata nonces,
        uint32[] calldata distances
    ) external pure returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(
            domainSeparator, SettlementHashing.powBatchStructHash(epoch, miner, nonces, distances)
        );
    }

    // ------------------------------------------------------------------ internal

    /// @dev Reads claim `claimId` from the calling Settlement and decodes its tally from `result`.
    function _load(uint256 claimId, bytes calldata result)
        private
        view
        returns (Context memory ctx, ISettlement.Tally memory t)
    {
        ISettlement.Claim memory c = ISettlement(msg.sender).claim(claimId);
        if (keccak256(result) != c.resultHash) revert ISettlement.Settlement_ResultMismatch();
        t = abi.decode(result, (ISettlement.Tally));
        ctx = Context({
            domainSeparator: ISettlement(msg.sender).domainSeparator(),
            root: c.root,
            session: SettlementHashing.sessionId(c.target, c.subjectId, t.sessionNonce)
        });
    }

    function _requireInTree(bytes32 root, bytes32[] calldata proof, ISettlement.BallotLeaf calldata leaf) private pure {
        if (!MerkleProof.verifyCalldata(proof, root, SettlementHashing.ballotLeaf(leaf))) {
            revert ISettlement.Settlement_NotInTree();
        }
    }

    function _stepFault(uint256 n, ISettlement.BallotLeaf calldata prev, ISettlement.BallotLeaf calldata cur)
        private
        pure
        returns (ISettlement.Fault)
    {
        if (cur.voter <= prev.voter) return ISettlement.Fault.VoterOrder;
        if (
            prev.votes.length != n || prev.cumulative.length != n || cur.votes.length != n || cur.cumulative.length != n
        ) return ISettlement.Fault.BadLength;
        for (uint256 j = 0; j < n; ++j) {
            bool ok;
            // Wrapping arithmetic on purpose: with checked addition a relayer could plant running sums
            // near the int256 limits so that the check reverts and the step becomes unchallengeable.
            // Wrapping loses nothing: two int256 values equal modulo 2^256 are equal, and every true
            // running sum (at most 2^32 int64 votes) fits in int256, so a chain consistent modulo 2^256
            // from the exactly checked first leaf is exactly the true chain.
            unchecked {
                ok = prev.cumulative[j] + int256(cur.votes[j]) == cur.cumulative[j];
            }
            if (!ok) return ISettlement.Fault.BadStep;
        }
        revert ISettlement.Settlement_NoFraud();
    }

    function _signedBy(bytes32 digest, address signer, uint8 v, bytes32 r, bytes32 s) private pure returns (bool) {
        (address got, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
        return err == ECDSA.RecoverError.NoError && got == signer;
    }
}
