// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";

import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {SettlementHashing} from "../../src/libraries/SettlementHashing.sol";
import {TallyVerifier} from "../../src/libraries/TallyVerifier.sol";
import {SettlementBase} from "./SettlementBase.sol";

/// @notice Pins every off-chain encoding to independent constructions and to fixed test vectors.
/// The vectors are repeated in docs/settlement.md; the Go side must reproduce them bit for bit.
contract SettlementEncodingTest is SettlementBase {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    // Fixed vector inputs (docs/settlement.md, "Test vectors").
    uint256 internal constant V_CHAIN = 31_337;
    address internal constant V_SETTLEMENT = 0x00000000000000000000000000000000000000D1;
    address internal constant V_TARGET = 0x00000000000000000000000000000000000000A1;
    address internal constant V_VOTER = 0x00000000000000000000000000000000000000B1;
    address internal constant V_AUTHOR = 0x00000000000000000000000000000000000000C1;
    address internal constant V_MINER = 0x00000000000000000000000000000000000000e1;

    function test_typehashes_matchTypeStrings_succeeds() public pure {
        assertEq(
            SettlementHashing.BALLOT_TYPEHASH,
            keccak256("Ballot(bytes32 session,uint32 round,address voter,int64[] votes)"),
            "ballot"
        );
        assertEq(
            SettlementHashing.PROPOSAL_TYPEHASH,
            keccak256("Proposal(bytes32 session,uint32 round,address author,bytes32 contentHash)"),
            "proposal"
        );
        assertEq(
            SettlementHashing.EVALUATION_TYPEHASH,
            keccak256("Evaluation(bytes32 session,uint32 round,address evaluator,bytes32 contentHash,int64 score)"),
            "evaluation"
        );
        assertEq(
            SettlementHashing.POW_BATCH_TYPEHASH,
            keccak256("PowBatch(uint64 epoch,address miner,uint64[] nonces,uint32[] distances)"),
            "pow batch"
        );
    }

    function test_domainSeparator_isStandardEip712_succeeds() public view {
        bytes32 want = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("DIP Settlement"), keccak256("1"), block.chainid, address(settlement))
        );
        assertEq(settlement.domainSeparator(), want, "domain separator");
    }

    function test_ballotDigest_matchesManualEncoding_succeeds() public view {
        int64[] memory votes = new int64[](3);
        votes[0] = 3;
        votes[1] = -1;
        votes[2] = type(int64).min;
        bytes32 session = keccak256("s");
        // Arrays of atomic values: keccak256 of the elements, each as a full 32-byte word
        // (int64 sign-extended), concatenated.
        bytes memory packed;
        for (uint256 i = 0; i < votes.length; ++i) {
            packed = bytes.concat(packed, bytes32(uint256(int256(votes[i]))));
        }
        bytes32 structHash =
            keccak256(abi.encode(SettlementHashing.BALLOT_TYPEHASH, session, uint32(4), V_VOTER, keccak256(packed)));
        bytes32 want = keccak256(abi.encodePacked("\x19\x01", settlement.domainSeparator(), structHash));
        assertEq(tally.ballotDigest(settlement.domainSeparator(), session, 4, V_VOTER, votes), want, "digest");
    }

    function test_vectors_fixed_succeeds() public {
        TallyVerifier tv = new TallyVerifier();
        bytes32 domain =
            keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("DIP Settlement"), keccak256("1"), V_CHAIN, V_SETTLEMENT));
        bytes32 session = SettlementHashing.sessionId(V_TARGET, 42, 7);
        int64[] memory votes = new int64[](3);
        votes[0] = 3;
        votes[1] = -1;
        int256[] memory cumulative = new int256[](3);
        cumulative[0] = 3;
        cumulative[1] = -1;
        bytes32 content = keccak256("proposal");
        uint64[] memory nonces = new uint64[](2);
        nonces[0] = 1;
        nonces[1] = 1 << 40;
        uint32[] memory distances = new uint32[](2);
        distances[0] = 17;
        distances[1] = 3;
        ISettlement.BallotLeaf memory leaf = ISettlement.BallotLeaf({
            index: 0,
            voter: V_VOTER,
            votes: votes,
            cumulative: cumulative,
            r: bytes32(uint256(1)),
            s: bytes32(uint256(2)),
            v: 27
        });
        uint256[] memory inputs = new uint256[](2);
        inputs[0] = 42;
        inputs[1] = 7;
        bytes32[] memory three = new bytes32[](3);
        three[0] = keccak256("a");
        three[1] = keccak256("b");
        three[2] = keccak256("c");

        assertEq(domain, 0xacc108419ff6b2787b46a9ff9c2de7f68b4d9a558d5faeafb3ed27775d636bb5, "domain separator");
        assertEq(session, 0xb63ee3d117e2b61ab01ed0154a31ecf0f8f7a86e718dc007add5cab6cd3d92ca, "session");
        assertEq(
            tv.ballotDigest(domain, session, 2, V_VOTER, votes),
            0xed9ce322e05e05da9705b83490b93a69abee5839d9404029b2649c7654f917d8,
            "ballot digest"
        );
        assertEq(
            tv.proposalDigest(domain, session, 2, V_AUTHOR, content),
            0x9fc877bba574770d2294525d77579e27dd64c486856b5bc0075f66204178d513,
            "proposal digest"
        );
        assertEq(
            tv.evaluationDigest(domain, session, 2, V_VOTER, content, -5e17),
            0xa880d45c6958c21dbd9c89acc3fc1be96b10692aa67d0da4ef4d2fa6080dcf6e,
            "evaluation digest"
        );
        assertEq(
            tv.powBatchDigest(domain, 9, V_MINER, nonces, distances),
            0x217e2ddcc7d2df30e9a51f407aed50ee02ebac30b2f518a47d120c759a5f7f4a,
            "pow batch digest"
        );
        assertEq(tv.ballotLeafHash(leaf), _leafHash(leaf), "leaf hash independent");
        assertEq(
            tv.ballotLeafHash(leaf), 0xa757763f6992eaecce45499934c7070b15042320f90b24e85dbbee145333f93d, "ballot leaf"
        );
        assertEq(
            settlement.sampleLeafHash(ISettlement.ClaimKind.PowEpoch, 5, inputs),
            0x5474548ff40b022f7a81857199edc1e9ae4987f138a53b784785a87be644278d,
            "pow leaf"
        );
        assertEq(_root(three), 0x5842148bc6ebeb52af882a317c765fccd3ae80589b21a9b8cbf21abb630e46a7, "root of a,b,c");
    }
}
