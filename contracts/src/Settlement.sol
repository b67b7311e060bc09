// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {EIP712Upgradeable} from "@openzeppelin/contracts-upgradeable/utils/cryptography/EIP712Upgradeable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IProofVerifier} from "./interfaces/IProofVerifier.sol";
import {ISettlement} from "./interfaces/ISettlement.sol";
import {ITallyVerifier} from "./interfaces/ITallyVerifier.sol";
import {SettlementHashing} from "./libraries/SettlementHashing.sol";
import {SettlementBatches} from "./SettlementBatches.sol";
import {SettlementState} from "./SettlementState.sol";

/// @title Settlement
/// @notice See {ISettlement}. Deployed once as an implementation and cloned (EIP-1167) per guild;
/// the EIP-712 domain ("DIP Settlement", "1", chain id, this clone's address) lives in storage.
/// Batched claims ({ISettlementBatches}) live in a second contract, {SettlementBatches}, which the
/// fallback runs by DELEGATECALL on this contract's storage; the two together exceed EIP-170.
contract Settlement is
    ISettlement,
    SettlementState,
    Initializable,
    AccessControlUpgradeable,
    EIP712Upgradeable,
    ReentrancyGuardTransient
{
    using SafeCast for uint256;

    /// @notice Most samples drawn per sampled claim (the answered set is a uint32 bitmap).
    uint8 public constant MAX_SAMPLES = 32;
    /// @notice Upper bound on every configurable window.
    uint64 public constant MAX_WINDOW = 90 days;

    /// @notice The {SettlementBatches} code every clone of this implementation delegates batch calls to.
    address public immutable BATCHES;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
        BATCHES = address(new SettlementBatches());
    }

    /// @notice Runs {ISettlementBatches} calls: DELEGATECALLs {BATCHES} with the calldata unchanged.
    fallback() external payable {
        address batches = BATCHES;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), batches, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @inheritdoc ISettlement
    function initialize(
        address admin,
        address treasury_,
        address tallyVerifier,
        address powVerifier,
        address inferenceVerifier,
        address[] calldata targets,
        Config calldata config_
    ) external initializer {
        if (admin == address(0) || treasury_ == address(0) || tallyVerifier == address(0)) {
            revert Settlement_ZeroAddress();
        }
        __AccessControl_init();
        __EIP712_init("DIP Settlement", "1");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _treasury = treasury_;
        emit TreasurySet(treasury_);
        _setConfig(config_);
        _verifiers[ClaimKind.Deliberation] = tallyVerifier;
        emit VerifierSet(ClaimKind.Deliberation, tallyVerifier);
        _verifiers[ClaimKind.PowEpoch] = powVerifier;
        emit VerifierSet(ClaimKind.PowEpoch, powVerifier);
        _verifiers[ClaimKind.InferenceSample] = inferenceVerifier;
        emit VerifierSet(ClaimKind.InferenceSample, inferenceVerifier);
        for (uint256 i = 0; i < targets.length; ++i) {
            if (targets[i] == address(0)) revert Settlement_ZeroAddress();
            _targets[targets[i]] = true;
            emit TargetSet(targets[i], true);
        }
    }

    // ------------------------------------------------------------------ relayers

    /// @inheritdoc ISettlement
    function bond() external payable nonReentrant {
        Relayer storage r = _relayers[msg.sender];
        if (r.exitAt != 0) revert Settlement_Exiting();
        uint256 total = r.bond + msg.value;
        uint256 minimum = _config.claimBond;
        if (msg.value == 0 || total < minimum) revert Settlement_InsufficientBond(total, minimum);
        r.bond = total.toUint128();
        emit RelayerBonded(msg.sender, msg.value, total);
    }

    /// @inheritdoc ISettlement
    function requestExit() external {
        Relayer storage r = _relayers[msg.sender];
        if (r.bond == 0) revert Settlement_InsufficientBond(0, _config.claimBond);
        if (r.exitAt != 0) revert Settlement_Exiting();
        uint64 exitAt = uint64(block.timestamp) + _config.exitDelay;
        r.exitAt = exitAt;
        emit RelayerExitRequested(msg.sender, exitAt);
    }

    /// @inheritdoc ISettlement
    function exit() external nonReentrant {
        Relayer storage r = _relayers[msg.sender];
        if (r.exitAt == 0 || block.timestamp < r.exitAt || r.locked != 0) revert Settlement_ExitNotReady();
        uint256 amount = r.bond;
        delete _relayers[msg.sender];
        _credits[msg.sender] += amount;
        emit RelayerExited(msg.sender, amount);
    }

    // ------------------------------------------------------------------ claims

    /// @inheritdoc ISettlement
    function submit(ClaimKind kind, uint256 subjectId, address target, bytes32 root, bytes calldata result)
        external
        nonReentrant
        returns (uint256 claimId)
    {
        bytes32 key = _checkSubmitter(target, subjectId);
        claimId = ++_claimCount;
        _subjects[key] = claimId;
        Claim storage c = _claims[claimId];
        if (kind == ClaimKind.Deliberation) {
            _initDeliberation(claimId, c, result);
        } else {
            _initSampled(claimId, c, kind, result);
        }
        Config storage cfg = _config;
        c.relayer = msg.sender;
        c.kind = kind;
        c.status = ClaimStatus.Pending;
        c.target = target;
        c.subjectId = subjectId;
        c.root = root;
        c.resultHash = keccak256(result);
        c.bond = cfg.claimBond;
        c.requestBond = cfg.requestBond;
        c.responseWindow = cfg.responseWindow;
        c.proofWindow = cfg.proofWindow;
        c.rewardBps = cfg.challengerRewardBps;
        _relayers[msg.sender].locked += cfg.claimBond;
        emit ClaimSubmitted(claimId, msg.sender, kind, target, subjectId, root, result);
    }

    // ------------------------------------------------------------------ deliberation challenges

    // The challenge functions forward their calldata unchanged to the claim's judge, which decodes
    // it (see {_challenge}); the named parameters are only mentioned to keep them in the ABI.

    /// @inheritdoc ISettlement
    function challengeProposal(uint256 claimId, bytes calldata result, uint32 p) external nonReentrant {
        (result, p);
        _challenge(claimId, ITallyVerifier.proposalFault.selector);
    }

    /// @inheritdoc ISettlement
    function challengeBallot(uint256 claimId, bytes calldata result, BallotLeaf calldata leaf, bytes32[] calldata proof)
        external
        nonReentrant
    {
        (result, leaf, proof);
        _challenge(claimId, ITallyVerifier.ballotFault.selector);
    }

    /// @inheritdoc ISettlement
    function challengeStep(
        uint256 claimId,
        bytes calldata result,
        BallotLeaf calldata prev,
        bytes32[] calldata prevProof,
        BallotLeaf calldata cur,
        bytes32[] calldata curProof
    ) external nonReentrant {
        (result, prev, prevProof, cur, curProof);
        _challenge(claimId, ITallyVerifier.stepFault.selector);
    }

    /// @inheritdoc ISettlement
    function challengeDuplicate(
        uint256 claimId,
        BallotLeaf calldata a,
        bytes32[] calldata aProof,
        BallotLeaf calldata b,
        bytes32[] calldata bProof
    ) external nonReentrant {
        (a, aProof, b, bProof);
        _challenge(claimId, ITallyVerifier.duplicateFault.selector);
    }

    /// @inheritdoc ISettlement
    function requestLeaf(uint256 claimId, uint32 index) external payable nonReentrant returns (uint256 requestId) {
        Claim storage c = _pendingDeliberation(claimId);
        if (block.timestamp > c.challengeEnd) revert Settlement_WindowClosed();
        if (index >= c.leafCount) revert Settlement_BadIndex();
        if (msg.value != c.requestBond) revert Settlement_WrongValue(msg.value, c.requestBond);
        requestId = ++_requestCount;
        uint64 deadline = uint64(block.timestamp) + c.responseWindow;
        _requests[requestId] = Request({
            claimId: claimId,
            requester: msg.sender,
            index: index,
            open: true,
            deadline: deadline,
            bond: uint128(msg.value)
        });
        c.openRequests += 1;
        emit LeafRequested(claimId, requestId, index, msg.sender, deadline);
    }

    /// @inheritdoc ISettlement
    function revealLeaf(uint256 requestId, BallotLeaf calldata leaf, bytes32[] calldata proof) external nonReentrant {
        Request storage q = _requests[requestId];
        if (!q.open) revert Settlement_RequestClosed(requestId);
        Claim storage c = _claims[q.claimId];
        if (c.status != ClaimStatus.Pending) revert Settlement_NotPending(q.claimId);
        if (block.timestamp > q.deadline) revert Settlement_WindowClosed();
        (leaf, proof); // checked by the judge from the forwarded calldata, emitted below
        _forward(c.verifier, ITallyVerifier.checkRevealed.selector);

        q.open = false;
        c.openRequests -= 1;
        uint64 extended = uint64(block.timestamp) + c.responseWindow;
        if (extended > c.deadline) c.deadline = extended;
        _credits[msg.sender] += q.bond;
        emit LeafRevealed(q.claimId, requestId, leaf);
    }

    /// @inheritdoc ISettlement
    function closeRequest(uint256 requestId) external nonReentrant {
        Request storage q = _requests[requestId];
        if (!q.open) revert Settlement_RequestClosed(requestId);
        uint256 claimId = q.claimId;
        Claim storage c = _claims[claimId];
        bool slash = c.status == ClaimStatus.Pending;
        if (slash && block.timestamp <= q.deadline) revert Settlement_TooEarly();

        q.open = false;
        c.openRequests -= 1;
        address requester = q.requester;
        _credits[requester] += q.bond;
        emit RequestClosed(requestId, slash);
        if (slash) _reject(claimId, c, Fault.UnansweredRequest, requester);
    }

    // ------------------------------------------------------------------ sampled claims

    /// @inheritdoc ISettlement
    function drawSamples(uint256 claimId) external nonReentrant {
        Claim storage c = _pendingSampled(claimId);
        if (c.seed != bytes32(0)) revert Settlement_AlreadyDrawn();
        uint256 sampleBlock = c.sampleBlock;
        if (block.number <= sampleBlock) revert Settlement_TooEarly();
        bytes32 bh = blockhash(sampleBlock);
        // blockhash is zero for blocks older than 256: the seed can no longer be drawn fairly.
        if (bh == bytes32(0)) revert Settlement_SeedExpired();
        bytes32 seed = keccak256(abi.encode(bh, claimId));
        c.seed = seed;
        uint64 deadline = uint64(block.timestamp) + c.proofWindow;
        c.deadline = deadline;
        uint8 n = c.samples;
        uint32[] memory indices = new uint32[](n);
        for (uint8 i = 0; i < n; ++i) {
            indices[i] = _sampleIndex(seed, i, c.leafCount);
        }
        emit SamplesDrawn(claimId, seed, indices, deadline);
    }

    /// @inheritdoc ISettlement
    function answerSample(
        uint256 claimId,
        uint8 slot,
        uint256[] calldata inputs,
        bytes32[] calldata merkleProof,
        bytes calldata zkProof
    ) external nonReentrant {
        Claim storage c = _pendingSampled(claimId);
        (uint32 index, uint32 bit) = _checkSample(c, slot, inputs, merkleProof);
        _verifySample(c, inputs, zkProof);
        c.answered |= bit;
        emit SampleAnswered(claimId, slot, index);
    }

    /// @inheritdoc ISettlement
    function failClaim(uint256 claimId) external nonReentrant {
        Claim storage c = _pendingSampled(claimId);
        Fault fault;
        if (c.seed == bytes32(0)) {
            // blockhash(sampleBlock) stops being available once block.number > sampleBlock + 256.
            if (block.number <= uint256(c.sampleBlock) + 256) revert Settlement_NotFailable();
            fault = Fault.SeedExpired;
        } else {
            if (block.timestamp <= c.deadline || c.answered == _fullMask(c.samples)) revert Settlement_NotFailable();
            fault = Fault.UnansweredSample;
        }
        _reject(claimId, c, fault, msg.sender);
    }

    // ------------------------------------------------------------------ finalization

    /// @inheritdoc ISettlement
    function finalize(uint256 claimId) external nonReentrant {
        Claim storage c = _claims[claimId];
        if (c.status != ClaimStatus.Pending) revert Settlement_NotPending(claimId);
        if (c.kind == ClaimKind.Deliberation) {
            // A session opened from a batch finalizes with its batch (finalizeBatch).
            if (block.timestamp <= c.deadline || c.openRequests != 0 || _batchOf[claimId] != 0) {
                revert Settlement_NotFinalizable();
            }
        } else {
            if (c.seed == bytes32(0) || c.answered != _fullMask(c.samples)) revert Settlement_NotFinalizable();
        }
        c.status = ClaimStatus.Finalized;
        _relayers[c.relayer].locked -= c.bond;
        emit ClaimFinalized(claimId, c.target, c.subjectId, _outcomes[claimId]);
        _callback(claimId, c);
    }

    /// @inheritdoc ISettlement
    function retryCallback(uint256 claimId) external nonReentrant {
        Claim storage c = _claims[claimId];
        if (c.status != ClaimStatus.Finalized || c.callback != CallbackStatus.Failed) revert Settlement_NoRetry();
        _callback(claimId, c);
    }

    /// @inheritdoc ISettlement
    function withdraw() external nonReentrant {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert Settlement_NothingToWithdraw();
        _credits[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert Settlement_TransferFailed();
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ISettlement
    function setConfig(Config calldata config_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setConfig(config_);
    }

    /// @inheritdoc ISettlement
    function setVerifier(ClaimKind kind, address verifier) external onlyRole(DEFAULT_ADMIN_ROLE) {
        // Deliberation is always enabled; the sampled kinds may be switched off with the zero address.
        if (kind == ClaimKind.Deliberation && verifier == address(0)) revert Settlement_ZeroAddress();
        _verifiers[kind] = verifier;
        emit VerifierSet(kind, verifier);
    }

    /// @inheritdoc ISettlement
    function setTarget(address target, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (target == address(0)) revert Settlement_ZeroAddress();
        _targets[target] = allowed;
        emit TargetSet(target, allowed);
    }

    /// @inheritdoc ISettlement
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert Settlement_ZeroAddress();
        _treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISettlement
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc ISettlement
    function claimCount() external view returns (uint256) {
        return _claimCount;
    }

    /// @inheritdoc ISettlement
    function claim(uint256 claimId) external view returns (Claim memory) {
        return _claims[claimId];
    }

    /// @inheritdoc ISettlement
    function outcomeOf(uint256 claimId) external view returns (bytes memory) {
        return _outcomes[claimId];
    }

    /// @inheritdoc ISettlement
    function request(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @inheritdoc ISettlement
    function relayer(address account) external view returns (Relayer memory) {
        return _relayers[account];
    }

    /// @inheritdoc ISettlement
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    /// @inheritdoc ISettlement
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @inheritdoc ISettlement
    function verifierOf(ClaimKind kind) external view returns (address) {
        return _verifiers[kind];
    }

    /// @inheritdoc ISettlement
    function isTarget(address target) external view returns (bool) {
        return _targets[target];
    }

    /// @inheritdoc ISettlement
    function subjectClaim(address target, uint256 subjectId) external view returns (uint256) {
        uint256 id = _subjects[keccak256(abi.encode(target, subjectId))];
        return _claims[id].status == ClaimStatus.Rejected ? 0 : id;
    }

    /// @inheritdoc ISettlement
    function sampleIndex(uint256 claimId, uint8 slot) external view returns (uint32) {
        Claim storage c = _claims[claimId];
        if (c.seed == bytes32(0)) revert Settlement_NotDrawn();
        if (slot >= c.samples) revert Settlement_BadIndex();
        return _sampleIndex(c.seed, slot, c.leafCount);
    }

    /// @inheritdoc ISettlement
    function sessionId(address target, uint256 subjectId, uint256 sessionNonce) external pure returns (bytes32) {
        return SettlementHashing.sessionId(target, subjectId, sessionNonce);
    }

    /// @inheritdoc ISettlement
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @inheritdoc ISettlement
    function sampleLeafHash(ClaimKind kind, uint32 index, uint256[] calldata inputs) external pure returns (bytes32) {
        if (kind == ClaimKind.Deliberation) revert Settlement_WrongClaim(0);
        uint8 tag = kind == ClaimKind.PowEpoch ? SettlementHashing.LEAF_POW : SettlementHashing.LEAF_INFERENCE;
        return SettlementHashing.sampleLeaf(tag, index, inputs);
    }

    // ------------------------------------------------------------------ internal: checks

    /// @dev Checks the caller may submit about (target, subjectId); returns the subject key.
    function _checkSubmitter(address target, uint256 subjectId) private view returns (bytes32 key) {
        Relayer storage r = _relayers[msg.sender];
        if (r.exitAt != 0) revert Settlement_Exiting();
        uint256 free = r.bond - r.locked;
        uint256 needed = _config.claimBond;
        if (free < needed) revert Settlement_InsufficientBond(free, needed);
        if (!_targets[target]) revert Settlement_TargetNotAllowed(target);
        key = keccak256(abi.encode(target, subjectId));
        uint256 holder = _subjects[key];
        if (holder != 0 && _claims[holder].status != ClaimStatus.Rejected) revert Settlement_SubjectTaken(holder);
    }

    function _initDeliberation(uint256 claimId, Claim storage c, bytes calldata result) private {
        address verifier = _verifiers[ClaimKind.Deliberation];
        (uint32 ballotCount, bytes memory outcome) = ITallyVerifier(verifier).checkTally(result);
        c.verifier = verifier;
        uint64 end = uint64(block.timestamp) + _config.challengeWindow;
        c.leafCount = ballotCount;
        c.challengeEnd = end;
        c.deadline = end;
        _outcomes[claimId] = outcome;
    }

    function _initSampled(uint256 claimId, Claim storage c, ClaimKind kind, bytes calldata result) private {
        address verifier = _verifiers[kind];
        if (verifier == address(0)) revert Settlement_NoVerifier();
        (uint32 leafCount, bytes memory outcome) = _checkSampled(result);
        uint8 wanted = _config.sampleCount;
        c.leafCount = leafCount;
        c.verifier = verifier;
        c.sampleBlock = uint64(block.number) + _config.sampleDelay;
        c.samples = leafCount < wanted ? uint8(leafCount) : wanted;
        _outcomes[claimId] = outcome;
    }

    /// @dev Checks that sample `slot` is open and `inputs` is the sampled leaf; returns its index and bit.
    function _checkSample(Claim storage c, uint8 slot, uint256[] calldata inputs, bytes32[] calldata merkleProof)
        private
        view
        returns (uint32 index, uint32 bit)
    {
        bytes32 seed = c.seed;
        if (seed == bytes32(0)) revert Settlement_NotDrawn();
        if (block.timestamp > c.deadline) revert Settlement_WindowClosed();
        if (slot >= c.samples) revert Settlement_BadIndex();
        bit = uint32(1) << slot;
        if (c.answered & bit != 0) revert Settlement_AlreadyAnswered(slot);
        index = _sampleIndex(seed, slot, c.leafCount);
        uint8 tag = c.kind == ClaimKind.PowEpoch ? SettlementHashing.LEAF_POW : SettlementHashing.LEAF_INFERENCE;
        _requireInTree(c.root, merkleProof, SettlementHashing.sampleLeaf(tag, index, inputs));
    }

    /// @dev Calls the claim's verifier with `[subjectId, inputs...]`; reverts {Settlement_ProofRejected}.
    function _verifySample(Claim storage c, uint256[] calldata inputs, bytes calldata zkProof) private view {
        uint256[] memory pub = new uint256[](inputs.length + 1);
        pub[0] = c.subjectId;
        for (uint256 i = 0; i < inputs.length; ++i) {
            pub[i + 1] = inputs[i];
        }
        // verifyProof is a view: a STATICCALL, so the verifier cannot re-enter or change state.
        try IProofVerifier(c.verifier).verifyProof(zkProof, pub) {}
        catch {
            revert Settlement_ProofRejected();
        }
    }

    /// @dev Validates a SampledResult at submission.
    function _checkSampled(bytes calldata result) private pure returns (uint32 leafCount, bytes memory outcome) {
        SampledResult memory s = abi.decode(result, (SampledResult));
        if (s.leafCount == 0) revert Settlement_BadResult();
        leafCount = s.leafCount;
        outcome = abi.encode(s.winners, s.score);
    }

    function _openDeliberation(uint256 claimId) private view returns (Claim storage c) {
        c = _pendingDeliberation(claimId);
        if (block.timestamp > c.deadline) revert Settlement_WindowClosed();
    }

    /// @dev Forwards this call's arguments to the claim's judge under `selector` and rejects the claim
    /// with the fault it returns. The judge's reverts (no fraud, bad evidence) bubble up unchanged.
    function _challenge(uint256 claimId, bytes4 selector) private {
        Claim storage c = _openDeliberation(claimId);
        bytes memory ret = _forward(c.verifier, selector);
        _reject(claimId, c, abi.decode(ret, (Fault)), msg.sender);
    }

    /// @dev STATICCALLs `judge` with `selector` and this call's arguments (identical argument lists, see
    /// {ITallyVerifier}); bubbles a revert up unchanged.
    function _forward(address judge, bytes4 selector) private view returns (bytes memory ret) {
        bool ok;
        (ok, ret) = judge.staticcall(bytes.concat(selector, msg.data[4:]));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }

    function _pendingDeliberation(uint256 claimId) private view returns (Claim storage c) {
        c = _claims[claimId];
        if (c.status != ClaimStatus.Pending) revert Settlement_NotPending(claimId);
        if (c.kind != ClaimKind.Deliberation) revert Settlement_WrongClaim(claimId);
    }

    function _pendingSampled(uint256 claimId) private view returns (Claim storage c) {
        c = _claims[claimId];
        if (c.status != ClaimStatus.Pending) revert Settlement_NotPending(claimId);
        if (c.kind == ClaimKind.Deliberation) revert Settlement_WrongClaim(claimId);
    }

    function _requireInTree(bytes32 root, bytes32[] calldata proof, bytes32 leaf) private pure {
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert Settlement_NotInTree();
    }

    function _sampleIndex(bytes32 seed, uint8 slot, uint32 leafCount) private pure returns (uint32) {
        return uint32(uint256(keccak256(abi.encode(seed, slot))) % leafCount);
    }

    function _fullMask(uint8 samples) private pure returns (uint32) {
        return uint32((uint256(1) << samples) - 1);
    }

    // ------------------------------------------------------------------ internal: effects

    /// @dev Calls the target ({_deliver}) and records the result.
    function _callback(uint256 claimId, Claim storage c) private {
        bool ok = _deliver(c.target, c.subjectId, _outcomes[claimId]);
        c.callback = ok ? CallbackStatus.Delivered : CallbackStatus.Failed;
        emit CallbackAttempted(claimId, ok);
    }

    function _setConfig(Config calldata cfg) private {
        if (
            cfg.claimBond == 0 || cfg.requestBond == 0 || cfg.challengeWindow == 0 || cfg.challengeWindow > MAX_WINDOW
                || cfg.responseWindow == 0 || cfg.responseWindow > MAX_WINDOW || cfg.proofWindow == 0
                || cfg.proofWindow > MAX_WINDOW || cfg.exitDelay > MAX_WINDOW || cfg.sampleDelay == 0
                || cfg.sampleDelay > 128 || cfg.sampleCount == 0 || cfg.sampleCount > MAX_SAMPLES
                || cfg.challengerRewardBps > _BPS || cfg.callbackGasLimit < 21_000 || cfg.callbackGasLimit > 10_000_000
        ) revert Settlement_BadConfig();
        _config = cfg;
        emit ConfigSet(cfg);
    }
}
