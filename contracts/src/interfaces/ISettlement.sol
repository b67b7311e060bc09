// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title ISettlement
/// @notice One Settlement per guild settles off-chain work on chain. Relayers register with an
/// ETH bond and post claims; each claim locks `claimBond` of the relayer's bond until it
/// finalizes (bond unlocked) or fails (bond slashed). Three claim kinds:
/// - Deliberation: the quadratic-vote tally of an NSED session round. The claim's Merkle root
///   commits every signed ballot together with running per-proposal sums, so any error is
///   provable one ballot (or one pair of adjacent ballots) at a time, with gas bounded by
///   O(MAX_PROPOSALS + log2(ballots)). Missing or withheld leaves are forced out by bonded
///   leaf requests the relayer must answer.
/// - PowEpoch and InferenceSample: work items committed in a Merkle tree; after submission
///   `sampleCount` indices are drawn from a block hash that did not exist at submission time,
///   and every sampled item must be answered with a proof accepted by the kind's
///   {IProofVerifier} before a deadline.
/// A finalized claim calls `onClaimFinalized(subjectId, outcome)` on its target
/// ({ISettlementReceiver}); a failing callback is recorded and can be retried by anyone.
/// Exact encodings (EIP-712 types, leaves, results) are in docs/settlement.md.
interface ISettlement {
    /// @notice What a claim settles.
    enum ClaimKind {
        Deliberation,
        PowEpoch,
        InferenceSample
    }

    /// @notice Life cycle of a claim. Pending -> Finalized | Rejected, both terminal.
    enum ClaimStatus {
        None,
        Pending,
        Finalized,
        Rejected
    }

    /// @notice State of the receiver callback of a finalized claim.
    enum CallbackStatus {
        None,
        Delivered,
        Failed
    }

    /// @notice Why a claim was rejected.
    enum Fault {
        BadProposalSignature,
        BadBallotSignature,
        BadLength,
        OverBudget,
        IndexOutOfRange,
        BadFirstSum,
        BadFinalSum,
        BadStep,
        VoterOrder,
        DuplicateIndex,
        UnansweredRequest,
        UnansweredSample,
        SeedExpired,
        BadOutcome
    }

    /// @notice Governance parameters. Changes apply to claims submitted afterwards; each claim
    /// snapshots what it needs.
    /// @param claimBond ETH locked from the relayer's bond per pending claim (also the minimum bond).
    /// @param requestBond ETH a leaf request costs; paid to whoever answers it, refunded on rejection.
    /// @param challengeWindow Seconds a Deliberation claim can be challenged after submission.
    /// @param responseWindow Seconds to answer a leaf request; also the extra challenge time after an answer.
    /// @param proofWindow Seconds to answer every sample of a PowEpoch/InferenceSample claim after the draw.
    /// @param exitDelay Seconds between a relayer's exit request and its exit.
    /// @param sampleDelay Blocks between submission and the block whose hash seeds the sample.
    /// @param sampleCount Samples drawn per sampled claim (1..MAX_SAMPLES; fewer if the tree is smaller).
    /// @param challengerRewardBps Share of a slashed claim bond credited to the challenger; the rest
    /// goes to the treasury.
    /// @param callbackGasLimit Gas forwarded to the receiver callback.
    struct Config {
        uint128 claimBond;
        uint128 requestBond;
        uint64 challengeWindow;
        uint64 responseWindow;
        uint64 proofWindow;
        uint64 exitDelay;
        uint32 sampleDelay;
        uint8 sampleCount;
        uint16 challengerRewardBps;
        uint32 callbackGasLimit;
    }

    /// @notice A registered relayer.
    /// @param bond ETH bonded, including `locked`.
    /// @param locked Part of `bond` locked by pending claims.
    /// @param exitAt When the relayer may exit (0 if no exit was requested).
    struct Relayer {
        uint128 bond;
        uint128 locked;
        uint64 exitAt;
    }

    /// @notice A claim as stored.
    struct Claim {
        address relayer;
        ClaimKind kind;
        ClaimStatus status;
        CallbackStatus callback;
        uint32 leafCount;
        uint32 openRequests;
        address target;
        uint64 challengeEnd;
        uint64 deadline;
        address verifier;
        uint64 sampleBlock;
        uint8 samples;
        uint32 answered;
        uint256 subjectId;
        bytes32 root;
        bytes32 resultHash;
        bytes32 seed;
        uint128 bond;
        uint128 requestBond;
        uint64 responseWindow;
        uint64 proofWindow;
        uint16 rewardBps;
    }

    /// @notice A proposal of a deliberation round, carried in the result with its author's signature
    /// over `Proposal(session, round, author, contentHash)`.
    struct ProposalRecord {
        address author;
        bytes32 contentHash;
        bytes32 r;
        bytes32 s;
        uint8 v;
    }

    /// @notice The result of a Deliberation claim, submitted as `abi.encode(Tally)`.
    /// @param sessionNonce The session is `keccak256(abi.encode(target, subjectId, sessionNonce))`.
    /// @param round The round whose ballots are tallied.
    /// @param ballotCount Number of ballot leaves in the tree (indices 0..ballotCount-1).
    /// @param credits Each voter's quadratic budget: sum of votes[j]^2 <= credits.
    /// @param proposals The round's proposals; column j of every ballot votes on proposals[j].
    /// @param sums Per-proposal column sums over all ballots.
    /// @param winner argmax of `sums`, lowest index on ties.
    struct Tally {
        uint256 sessionNonce;
        uint32 round;
        uint32 ballotCount;
        uint64 credits;
        ProposalRecord[] proposals;
        int256[] sums;
        uint32 winner;
    }

    /// @notice The result of a PowEpoch or InferenceSample claim, submitted as `abi.encode(SampledResult)`.
    /// @param leafCount Number of item leaves (indices 0..leafCount-1); at least one.
    /// @param winners Passed to the receiver as the outcome's winners.
    /// @param score Passed to the receiver as the outcome's score.
    struct SampledResult {
        uint32 leafCount;
        address[] winners;
        int256 score;
    }

    /// @notice One ballot leaf of a Deliberation tree: the signed ballot and the running sums after it.
    /// @param index Position 0..ballotCount-1; voters strictly ascend with the index.
    /// @param voter The ballot's signer.
    /// @param votes One vote per proposal.
    /// @param cumulative cumulative[j] = sum of votes[j] over leaves 0..index.
    /// @param r,s,v The voter's EIP-712 signature over `Ballot(session, round, voter, votes)`.
    struct BallotLeaf {
        uint32 index;
        address voter;
        int64[] votes;
        int256[] cumulative;
        bytes32 r;
        bytes32 s;
        uint8 v;
    }

    /// @notice A bonded request for the ballot leaf at `index` of a Deliberation claim.
    struct Request {
        uint256 claimId;
        address requester;
        uint32 index;
        bool open;
        uint64 deadline;
        uint128 bond;
    }

    // ---------------------------------------------------------------- events

    /// @notice Emitted when `relayer` registers or adds to its bond.
    event RelayerBonded(address indexed relayer, uint256 amount, uint256 bond);
    /// @notice Emitted when `relayer` asks to exit; it may exit at `exitAt` once no claim is pending.
    event RelayerExitRequested(address indexed relayer, uint64 exitAt);
    /// @notice Emitted when `relayer` exited and its remaining bond was credited to it.
    event RelayerExited(address indexed relayer, uint256 amount);
    /// @notice Emitted when a claim is posted. `result` is the ABI-encoded Tally or SampledResult.
    event ClaimSubmitted(
        uint256 indexed claimId,
        address indexed relayer,
        ClaimKind kind,
        address indexed target,
        uint256 subjectId,
        bytes32 root,
        bytes result
    );
    /// @notice Emitted when the samples of a sampled claim are drawn.
    event SamplesDrawn(uint256 indexed claimId, bytes32 seed, uint32[] indices, uint64 deadline);
    /// @notice Emitted when sample `slot` (leaf `index`) of a claim was proven.
    event SampleAnswered(uint256 indexed claimId, uint8 slot, uint32 index);
    /// @notice Emitted when `requester` asks for the ballot leaf at `index`.
    event LeafRequested(
        uint256 indexed claimId, uint256 indexed requestId, uint32 index, address requester, uint64 deadline
    );
    /// @notice Emitted when a requested leaf is revealed; `leaf` is the full leaf.
    event LeafRevealed(uint256 indexed claimId, uint256 indexed requestId, BallotLeaf leaf);
    /// @notice Emitted when a claim is rejected; `by` receives the challenger reward.
    event ClaimRejected(uint256 indexed claimId, Fault fault, address indexed by, uint256 reward);
    /// @notice Emitted when a claim finalizes with `outcome = abi.encode(address[] winners, int256 score)`.
    event ClaimFinalized(uint256 indexed claimId, address indexed target, uint256 subjectId, bytes outcome);
    /// @notice Emitted after each callback attempt.
    event CallbackAttempted(uint256 indexed claimId, bool success);
    /// @notice Emitted when a request is closed without an answer: refunded, and the claim slashed if it was pending.
    event RequestClosed(uint256 indexed requestId, bool claimSlashed);
    /// @notice Emitted when `account` withdraws its credited ETH.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice Emitted when governance changes the configuration.
    event ConfigSet(Config config);
    /// @notice Emitted when governance sets the verifier of a sampled kind.
    event VerifierSet(ClaimKind kind, address verifier);
    /// @notice Emitted when governance allows or disallows a callback target.
    event TargetSet(address indexed target, bool allowed);
    /// @notice Emitted when governance changes the treasury.
    event TreasurySet(address treasury);

    // ---------------------------------------------------------------- errors

    /// @notice A required address is zero.
    error Settlement_ZeroAddress();
    /// @notice A configuration value is out of range.
    error Settlement_BadConfig();
    /// @notice The caller has no (or too little free) bond.
    error Settlement_InsufficientBond(uint256 free, uint256 needed);
    /// @notice The relayer asked to exit and cannot submit or ask again.
    error Settlement_Exiting();
    /// @notice The relayer may not exit yet (delay not over, none requested, or claims pending).
    error Settlement_ExitNotReady();
    /// @notice The target is not an allowed receiver.
    error Settlement_TargetNotAllowed(address target);
    /// @notice The (target, subject) already has a pending or finalized claim.
    error Settlement_SubjectTaken(uint256 claimId);
    /// @notice The result is malformed or internally inconsistent.
    error Settlement_BadResult();
    /// @notice The kind has no verifier configured.
    error Settlement_NoVerifier();
    /// @notice No such claim, or a claim of the wrong kind for this call.
    error Settlement_WrongClaim(uint256 claimId);
    /// @notice The claim is not pending.
    error Settlement_NotPending(uint256 claimId);
    /// @notice The supplied result bytes do not hash to the claim's result hash.
    error Settlement_ResultMismatch();
    /// @notice A leaf is not in the claim's Merkle tree.
    error Settlement_NotInTree();
    /// @notice The evidence is valid but shows no fault: the claim stands.
    error Settlement_NoFraud();
    /// @notice The challenge or request window is closed.
    error Settlement_WindowClosed();
    /// @notice The operation needs a later time or block.
    error Settlement_TooEarly();
    /// @notice A wrong ETH amount was sent.
    error Settlement_WrongValue(uint256 sent, uint256 expected);
    /// @notice An index or slot is out of range.
    error Settlement_BadIndex();
    /// @notice The request is not open.
    error Settlement_RequestClosed(uint256 requestId);
    /// @notice The samples were already drawn.
    error Settlement_AlreadyDrawn();
    /// @notice The seed block is older than 256 blocks; the claim can only fail now.
    error Settlement_SeedExpired();
    /// @notice The samples are not drawn yet.
    error Settlement_NotDrawn();
    /// @notice The sample slot was already answered.
    error Settlement_AlreadyAnswered(uint8 slot);
    /// @notice The verifier rejected the proof.
    error Settlement_ProofRejected();
    /// @notice The claim cannot finalize yet (window open, request open, or samples unanswered).
    error Settlement_NotFinalizable();
    /// @notice The claim cannot be failed (deadline not passed, or nothing missing).
    error Settlement_NotFailable();
    /// @notice The callback already succeeded or the claim is not finalized.
    error Settlement_NoRetry();
    /// @notice Not enough gas left to forward the full callback gas limit.
    error Settlement_InsufficientGas();
    /// @notice Nothing to withdraw.
    error Settlement_NothingToWithdraw();
    /// @notice The ETH transfer failed.
    error Settlement_TransferFailed();

    // ---------------------------------------------------------------- setup

    /// @notice Initializes a clone. Callable once.
    /// @param admin Governance (the guild's timelock): DEFAULT_ADMIN_ROLE, sets config, verifiers, targets.
    /// @param treasury Receives the non-reward part of slashed bonds (credited).
    /// @param tallyVerifier The shared {ITallyVerifier} judging Deliberation claims (required).
    /// @param powVerifier Verifier for PowEpoch samples (zero: kind disabled until set).
    /// @param inferenceVerifier Verifier for InferenceSample samples (zero: kind disabled until set).
    /// @param targets Allowed callback targets (the guild's ladder and escrow).
    /// @param config Initial configuration.
    function initialize(
        address admin,
        address treasury,
        address tallyVerifier,
        address powVerifier,
        address inferenceVerifier,
        address[] calldata targets,
        Config calldata config
    ) external;

    // ---------------------------------------------------------------- relayers

    /// @notice Registers the caller as relayer or adds `msg.value` to its bond.
    /// The resulting bond must be at least `claimBond`.
    function bond() external payable;

    /// @notice Starts the exit delay; the relayer cannot submit afterwards.
    function requestExit() external;

    /// @notice After the exit delay and with no pending claim, credits the whole bond to the relayer.
    function exit() external;

    // ---------------------------------------------------------------- claims

    /// @notice Posts a claim and locks `claimBond` of the caller's bond.
    /// @param kind The claim kind.
    /// @param subjectId The competition, epoch or order id the receiver knows.
    /// @param target The receiver called on finalization; must be allowed.
    /// @param root Merkle root (sorted pairs) of the claim's leaves.
    /// @param result `abi.encode(Tally)` or `abi.encode(SampledResult)`.
    /// @return claimId The new claim's id (from 1).
    function submit(ClaimKind kind, uint256 subjectId, address target, bytes32 root, bytes calldata result)
        external
        returns (uint256 claimId);

    /// @notice Proves that proposal `p` of the claim's tally is not signed by its author.
    function challengeProposal(uint256 claimId, bytes calldata result, uint32 p) external;

    /// @notice Proves a fault visible in one ballot leaf: index out of range, wrong vector
    /// length, bad signature, over budget, first running sum != votes, last running sum != sums.
    function challengeBallot(uint256 claimId, bytes calldata result, BallotLeaf calldata leaf, bytes32[] calldata proof)
        external;

    /// @notice Proves a fault between adjacent ballot leaves (cur.index == prev.index + 1):
    /// voters not strictly ascending, or cur.cumulative != prev.cumulative + cur.votes.
    function challengeStep(
        uint256 claimId,
        bytes calldata result,
        BallotLeaf calldata prev,
        bytes32[] calldata prevProof,
        BallotLeaf calldata cur,
        bytes32[] calldata curProof
    ) external;

    /// @notice Proves that two different leaves in the tree carry the same index.
    function challengeDuplicate(
        uint256 claimId,
        BallotLeaf calldata a,
        bytes32[] calldata aProof,
        BallotLeaf calldata b,
        bytes32[] calldata bProof
    ) external;

    /// @notice Requests the ballot leaf at `index` (< ballotCount) of a pending Deliberation claim,
    /// paying exactly `requestBond`. Allowed until the claim's challenge end.
    /// @return requestId The request id (from 1).
    function requestLeaf(uint256 claimId, uint32 index) external payable returns (uint256 requestId);

    /// @notice Answers a request with the leaf and its Merkle proof; anyone may answer and
    /// receives the request bond. Extends the claim's deadline to at least now + responseWindow.
    function revealLeaf(uint256 requestId, BallotLeaf calldata leaf, bytes32[] calldata proof) external;

    /// @notice Closes an unanswered request: if its claim is still pending and the request's deadline
    /// passed, the claim is rejected and the requester rewarded; if the claim is no longer pending the
    /// bond is refunded.
    function closeRequest(uint256 requestId) external;

    /// @notice Draws the samples of a PowEpoch/InferenceSample claim once `sampleBlock` is past and its
    /// hash is available; starts the proof deadline. Anyone may call.
    function drawSamples(uint256 claimId) external;

    /// @notice Answers sample `slot` with the sampled leaf's inputs, its Merkle proof and a proof the
    /// kind's verifier accepts. Anyone may call.
    function answerSample(
        uint256 claimId,
        uint8 slot,
        uint256[] calldata inputs,
        bytes32[] calldata merkleProof,
        bytes calldata zkProof
    ) external;

    /// @notice Rejects a sampled claim whose samples were never drawn in time (seed expired) or not all
    /// answered by the deadline; the caller receives the challenger reward.
    function failClaim(uint256 claimId) external;

    /// @notice Finalizes a claim (Deliberation: challenge window over and no open request; sampled:
    /// every sample answered), unlocks the bond, then calls the target. Anyone may call.
    function finalize(uint256 claimId) external;

    /// @notice Retries the callback of a finalized claim whose callback failed. Anyone may call.
    function retryCallback(uint256 claimId) external;

    /// @notice Sends the caller's credited ETH.
    function withdraw() external;

    // ---------------------------------------------------------------- governance

    /// @notice Replaces the configuration (DEFAULT_ADMIN_ROLE).
    function setConfig(Config calldata config) external;

    /// @notice Sets the verifier of a kind (DEFAULT_ADMIN_ROLE): the {ITallyVerifier} for Deliberation,
    /// an {IProofVerifier} for PowEpoch and InferenceSample. Pending claims keep the verifier they
    /// were submitted with.
    function setVerifier(ClaimKind kind, address verifier) external;

    /// @notice Allows or disallows a callback target (DEFAULT_ADMIN_ROLE).
    function setTarget(address target, bool allowed) external;

    /// @notice Sets the treasury (DEFAULT_ADMIN_ROLE).
    function setTreasury(address treasury) external;

    // ---------------------------------------------------------------- views

    /// @notice The claim `claimId`.
    function claim(uint256 claimId) external view returns (Claim memory);

    /// @notice The outcome the target receives: `abi.encode(address[] winners, int256 score)`.
    function outcomeOf(uint256 claimId) external view returns (bytes memory);

    /// @notice The request `requestId`.
    function request(uint256 requestId) external view returns (Request memory);

    /// @notice The relayer record of `account`.
    function relayer(address account) external view returns (Relayer memory);

    /// @notice ETH credited to `account` and withdrawable.
    function credit(address account) external view returns (uint256);

    /// @notice The current configuration.
    function config() external view returns (Config memory);

    /// @notice Verifier of a kind ({ITallyVerifier} for Deliberation, {IProofVerifier} otherwise).
    function verifierOf(ClaimKind kind) external view returns (address);

    /// @notice Whether `target` is an allowed receiver.
    function isTarget(address target) external view returns (bool);

    /// @notice The treasury.
    function treasury() external view returns (address);

    /// @notice The claim currently holding (target, subjectId): pending or finalized; 0 if none.
    function subjectClaim(address target, uint256 subjectId) external view returns (uint256);

    /// @notice Number of claims so far (ids are 1..claimCount).
    function claimCount() external view returns (uint256);

    /// @notice Leaf index of sample `slot` of a drawn claim.
    function sampleIndex(uint256 claimId, uint8 slot) external view returns (uint32);

    /// @notice `keccak256(abi.encode(target, subjectId, sessionNonce))`.
    function sessionId(address target, uint256 subjectId, uint256 sessionNonce) external pure returns (bytes32);

    /// @notice The EIP-712 domain separator ballots and proposals are signed under
    /// (name "DIP Settlement", version "1", this chain, this Settlement).
    function domainSeparator() external view returns (bytes32);

    /// @notice Merkle leaf of a sampled item of `kind` (PowEpoch or InferenceSample).
    function sampleLeafHash(ClaimKind kind, uint32 index, uint256[] calldata inputs) external pure returns (bytes32);
}
