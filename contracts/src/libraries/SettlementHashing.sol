// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlement} from "../interfaces/ISettlement.sol";

/// @title SettlementHashing
/// @notice The EIP-712 struct hashes and Merkle leaf hashes every Settlement participant must
/// reproduce bit for bit (the Go relayer mirrors this file; docs/settlement.md states it in prose).
/// Struct hashes follow EIP-712 `hashStruct`: `keccak256(abi.encode(TYPEHASH, fields...))` with
/// arrays replaced by `keccak256` of the concatenation of their 32-byte-encoded elements.
/// Leaves are double hashed, `keccak256(bytes.concat(keccak256(abi.encode(tag, ...))))`, so no
/// 64-byte inner node of the tree can be passed off as a leaf; nodes hash the sorted pair
/// (OpenZeppelin MerkleProof).
library SettlementHashing {
    /// @notice EIP-712 type of a quadratic ballot.
    bytes32 internal constant BALLOT_TYPEHASH =
        keccak256("Ballot(bytes32 session,uint32 round,address voter,int64[] votes)");
    /// @notice EIP-712 type of a proposal.
    bytes32 internal constant PROPOSAL_TYPEHASH =
        keccak256("Proposal(bytes32 session,uint32 round,address author,bytes32 contentHash)");
    /// @notice EIP-712 type of an evaluation (score in [-1e18, 1e18]; never of one's own proposal).
    bytes32 internal constant EVALUATION_TYPEHASH =
        keccak256("Evaluation(bytes32 session,uint32 round,address evaluator,bytes32 contentHash,int64 score)");
    /// @notice EIP-712 type of a proof-of-work batch.
    bytes32 internal constant POW_BATCH_TYPEHASH =
        keccak256("PowBatch(uint64 epoch,address miner,uint64[] nonces,uint32[] distances)");

    /// @notice Leaf tags: the first word of every leaf preimage, separating leaf kinds.
    uint8 internal constant LEAF_BALLOT = 1;
    uint8 internal constant LEAF_POW = 2;
    uint8 internal constant LEAF_INFERENCE = 3;

    /// @notice `hashStruct(Ballot)`.
    function ballotStructHash(bytes32 session, uint32 round, address voter, int64[] calldata votes)
        internal
        pure
        returns (bytes32)
    {
        // abi.encodePacked pads every array element to 32 bytes (sign-extended for int64), which is
        // exactly EIP-712's encoding of an array of atomic values.
        return keccak256(abi.encode(BALLOT_TYPEHASH, session, round, voter, keccak256(abi.encodePacked(votes))));
    }

    /// @notice `hashStruct(Proposal)`.
    function proposalStructHash(bytes32 session, uint32 round, address author, bytes32 contentHash)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(PROPOSAL_TYPEHASH, session, round, author, contentHash));
    }

    /// @notice `hashStruct(Evaluation)`.
    function evaluationStructHash(bytes32 session, uint32 round, address evaluator, bytes32 contentHash, int64 score)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(EVALUATION_TYPEHASH, session, round, evaluator, contentHash, score));
    }

    /// @notice `hashStruct(PowBatch)`.
    function powBatchStructHash(uint64 epoch, address miner, uint64[] calldata nonces, uint32[] calldata distances)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                POW_BATCH_TYPEHASH,
                epoch,
                miner,
                keccak256(abi.encodePacked(nonces)),
                keccak256(abi.encodePacked(distances))
            )
        );
    }

    /// @notice Merkle leaf of a ballot leaf:
    /// `keccak256(bytes.concat(keccak256(abi.encode(uint8(1), index, voter, votes, cumulative, r, s, v))))`.
    function ballotLeaf(ISettlement.BallotLeaf calldata leaf) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                keccak256(
                    abi.encode(LEAF_BALLOT, leaf.index, leaf.voter, leaf.votes, leaf.cumulative, leaf.r, leaf.s, leaf.v)
                )
            )
        );
    }

    /// @notice Merkle leaf of a sampled item: `keccak256(bytes.concat(keccak256(abi.encode(tag, index, inputs))))`
    /// with tag 2 (PowEpoch) or 3 (InferenceSample).
    function sampleLeaf(uint8 tag, uint32 index, uint256[] calldata inputs) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(tag, index, inputs))));
    }

    /// @notice The session id a Deliberation claim about (target, subjectId) must tally.
    function sessionId(address target, uint256 subjectId, uint256 sessionNonce) internal pure returns (bytes32) {
        return keccak256(abi.encode(target, subjectId, sessionNonce));
    }
}
