// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

import {ICapabilityLadder} from "./interfaces/ICapabilityLadder.sol";
import {IPowEpochs} from "./interfaces/IPowEpochs.sol";

/// @title PowEpochs
/// @notice See {IPowEpochs}. Deployed once per guild next to its ladder (not cloned): it only
/// reads the ladder, and the ladder needs nothing from it.
contract PowEpochs is IPowEpochs, AccessControl {
    /// @notice Role allowed to schedule epochs (the guild's epoch publisher, e.g. its timelock or an operator).
    bytes32 public constant PUBLISHER_ROLE = keccak256("PUBLISHER_ROLE");
    /// @notice Blocks between a seed request and the block whose hash seeds the epoch.
    uint64 public constant SEED_DELAY = 2;
    /// @notice BN254 scalar field modulus r (the seed element is the seed reduced mod r).
    uint256 public constant FIELD_MODULUS =
        21_888_242_871_839_275_222_246_405_745_257_275_088_548_364_400_416_034_343_698_204_186_575_808_495_617;
    /// @notice Public inputs of a nonce statement: seed, miner, nonce, distance, threshold.
    uint256 public constant INPUT_COUNT = 5;

    ICapabilityLadder private immutable _LADDER;

    mapping(uint256 id => Epoch) private _epochs;

    /// @param ladder_ The guild's CapabilityLadder (may be a predicted clone address without code yet).
    /// @param admin Receives DEFAULT_ADMIN_ROLE (the guild's timelock).
    /// @param publisher Receives PUBLISHER_ROLE unless zero.
    constructor(ICapabilityLadder ladder_, address admin, address publisher) {
        if (address(ladder_) == address(0) || admin == address(0)) revert PowEpochs_ZeroAddress();
        _LADDER = ladder_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (publisher != address(0)) _grantRole(PUBLISHER_ROLE, publisher);
    }

    // ---------------------------------------------------------------- epochs

    /// @inheritdoc IPowEpochs
    function scheduleEpoch(
        uint256 id,
        uint64 specWord,
        uint64 difficulty,
        uint32 calibrationSamples,
        uint64 miningWindow
    ) external onlyRole(PUBLISHER_ROLE) {
        if (id > type(uint32).max) revert PowEpochs_IdTooLarge(id);
        ICapabilityLadder.Competition memory c = _openCompetition(id);
        if (block.timestamp > c.commitDeadline) revert PowEpochs_EntriesClosed(id);
        if (specWord == 0 || difficulty == 0 || calibrationSamples == 0 || miningWindow == 0) {
            revert PowEpochs_BadParams();
        }
        // Both are uint64 seconds: the sum fits in uint256 without overflow.
        if (uint256(c.commitDeadline) + miningWindow >= c.resolveDeadline) revert PowEpochs_BadParams();
        Epoch storage e = _epochs[id];
        if (e.specWord != 0) revert PowEpochs_AlreadyScheduled(id);
        e.specWord = specWord;
        e.difficulty = difficulty;
        e.calibrationSamples = calibrationSamples;
        e.miningWindow = miningWindow;
        emit EpochScheduled(id, specWord, difficulty, calibrationSamples, miningWindow);
    }

    /// @inheritdoc IPowEpochs
    function requestSeed(uint256 id) external {
        Epoch storage e = _scheduled(id);
        if (e.seed != bytes32(0)) revert PowEpochs_SeedAlreadyDrawn(id);
        ICapabilityLadder.Competition memory c = _openCompetition(id);
        if (block.timestamp <= c.commitDeadline) revert PowEpochs_EntriesOpen(id);
        uint64 prev = e.seedBlock;
        // A request may only be replaced once its block hash can no longer be read (undrawn for
        // 256 blocks): otherwise a caller could re-roll a seed it has already seen.
        if (prev != 0 && block.number <= uint256(prev) + 256) revert PowEpochs_SeedRequested(id);
        uint64 seedBlock = uint64(block.number) + SEED_DELAY;
        e.seedBlock = seedBlock;
        emit SeedRequested(id, seedBlock);
    }

    /// @inheritdoc IPowEpochs
    function drawSeed(uint256 id) external {
        Epoch storage e = _scheduled(id);
        if (e.seed != bytes32(0)) revert PowEpochs_SeedAlreadyDrawn(id);
        uint64 seedBlock = e.seedBlock;
        if (seedBlock == 0) revert PowEpochs_NoSeedRequest(id);
        if (block.number <= seedBlock) revert PowEpochs_TooEarly(id);
        bytes32 bh = blockhash(seedBlock);
        if (bh == bytes32(0)) revert PowEpochs_SeedExpired(id);
        bytes32 seed = keccak256(abi.encode(bh, block.chainid, address(this), address(_LADDER), id));
        // A zero seed marks "not drawn"; keccak256 returning zero is not a practical concern, but
        // map it away so the state machine stays sound.
        if (seed == bytes32(0)) seed = bytes32(uint256(1));
        uint64 miningEnd = uint64(block.timestamp) + e.miningWindow;
        e.seed = seed;
        e.miningEnd = miningEnd;
        emit SeedDrawn(id, seed, uint256(seed) % FIELD_MODULUS, miningEnd);
    }

    /// @inheritdoc IPowEpochs
    function publishThreshold(uint256 id, uint32 threshold) external onlyRole(PUBLISHER_ROLE) {
        Epoch storage e = _scheduled(id);
        if (e.seed == bytes32(0)) revert PowEpochs_SeedNotDrawn(id);
        if (e.published) revert PowEpochs_AlreadyPublished(id);
        if (block.timestamp > e.miningEnd) revert PowEpochs_MiningOver(id);
        e.threshold = threshold;
        e.published = true;
        emit EpochPublished(id, threshold);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IPowEpochs
    function checkStatement(uint256 id, uint256[] calldata inputs) external view returns (uint64 specWord) {
        Epoch storage e = _epochs[id];
        if (!e.published) revert PowEpochs_NotPublished(id);
        bytes32 seed = e.seed;
        if (inputs.length != INPUT_COUNT) revert PowEpochs_WrongInputCount(inputs.length);
        uint256 want = uint256(seed) % FIELD_MODULUS;
        if (inputs[0] != want) revert PowEpochs_WrongSeed(inputs[0], want);
        if (inputs[4] != e.threshold) revert PowEpochs_WrongThreshold(inputs[4], e.threshold);
        uint256 nonce = inputs[2];
        if (nonce >> 32 != id) revert PowEpochs_NonceOutsideEpoch(nonce);
        uint256 miner = inputs[1];
        if (miner > type(uint160).max) revert PowEpochs_NotEntrant(miner);
        ICapabilityLadder.Entry memory entry = _LADDER.entryOf(id, address(uint160(miner)));
        if (entry.status != ICapabilityLadder.EntryStatus.Revealed) revert PowEpochs_NotEntrant(miner);
        return e.specWord;
    }

    /// @inheritdoc IPowEpochs
    function epochOf(uint256 id) external view returns (Epoch memory) {
        return _epochs[id];
    }

    /// @inheritdoc IPowEpochs
    function seedElement(uint256 id) external view returns (uint256) {
        bytes32 seed = _epochs[id].seed;
        if (seed == bytes32(0)) revert PowEpochs_SeedNotDrawn(id);
        return uint256(seed) % FIELD_MODULUS;
    }

    /// @inheritdoc IPowEpochs
    function ladder() external view returns (ICapabilityLadder) {
        return _LADDER;
    }

    // ---------------------------------------------------------------- internal

    function _scheduled(uint256 id) internal view returns (Epoch storage e) {
        e = _epochs[id];
        if (e.specWord == 0) revert PowEpochs_NotScheduled(id);
    }

    function _openCompetition(uint256 id) internal view returns (ICapabilityLadder.Competition memory c) {
        c = _LADDER.competition(id);
        if (c.state != ICapabilityLadder.CompetitionState.Open) revert PowEpochs_CompetitionNotOpen(id);
    }
}
