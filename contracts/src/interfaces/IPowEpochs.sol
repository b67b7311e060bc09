// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ICapabilityLadder} from "./ICapabilityLadder.sol";

/// @title IPowEpochs
/// @notice Publishes the proof-of-work epoch of a CapabilityLadder competition (acip/pow,
/// docs/pow.md "Epochs on chain") and checks nonce statements against it. Epoch number = the
/// competition id (below 2^32: it is the high half of every nonce of the epoch).
///
/// Life of the epoch of competition `id`:
///   1. {scheduleEpoch} (PUBLISHER_ROLE) while entries are open (`now <= commitDeadline`): fixes
///      the model spec word, the difficulty D, the number of calibration samples and the mining
///      window, so entrants know what they enter for. The seed does not exist yet.
///   2. {requestSeed} (anyone) once entries are closed (`now > commitDeadline`): fixes
///      `seedBlock = block.number + SEED_DELAY`, a block that is not mined yet.
///   3. {drawSeed} (anyone) once `seedBlock` is mined and its hash still available (256 blocks):
///      `seed = keccak256(abi.encode(blockhash(seedBlock), chainid, this, ladder, id))`. If nobody
///      draws within 256 blocks, {requestSeed} may be called again (a new seed block). Mining
///      runs from the draw to `miningEnd = now + miningWindow`.
///   4. {publishThreshold} (PUBLISHER_ROLE) before `miningEnd`: the distance threshold, which
///      must be `pow.Calibrate(params, calibrationSamples).Threshold` for the drawn seed (the
///      distance distribution depends on the seed, so the threshold cannot be fixed earlier). The
///      calibration is deterministic: miners compute it themselves right after the draw and start
///      mining, and relayers refuse an epoch whose published threshold differs.
/// Miners are the competition's entrants: they commit and reveal on the ladder as for any
/// competition (the payload is free), mine after the seed is drawn and send signed batches to a
/// relayer, which posts one PowEpoch claim (target the ladder, subject `id`) on the guild's
/// Settlement; the claim's winners must be revealed entrants, which {checkStatement} enforces
/// for every sampled nonce.
///
/// Bias: the seed block is fixed before its hash exists, and {drawSeed} has no input, so no
/// caller chooses among seeds; the proposer of `seedBlock` knows the seed about one slot before
/// everybody else and can withhold its block (losing its reward) to re-roll once per withheld
/// block; a re-request needs 256 blocks without any {drawSeed}. A seed cannot be steered towards
/// a "good" model either: whether a seed favours someone is only learnt by mining on it. The
/// publisher draws nothing: its only choice after the draw, the threshold, is checkable by anyone.
interface IPowEpochs {
    /// @notice One competition's epoch.
    /// @param specWord The model spec (`pow.Spec.Word()`: d | L<<10 | H<<20 | T<<30 | F<<40); nonzero once scheduled.
    /// @param difficulty D: about one nonce in D is valid (verifiers use it for the plausibility test).
    /// @param calibrationSamples Nonces `pow.Calibrate` measures to derive the threshold from the seed.
    /// @param threshold A nonce is valid when its distance is at most this (meaningful once published).
    /// @param miningWindow Seconds of mining after the seed is drawn.
    /// @param seedBlock The block whose hash seeds the epoch (0 until requested).
    /// @param miningEnd End of mining, unix seconds (0 until the seed is drawn).
    /// @param published True once the threshold is published (statements can be checked).
    /// @param seed The epoch seed (zero until drawn).
    struct Epoch {
        uint64 specWord;
        uint64 difficulty;
        uint32 calibrationSamples;
        uint32 threshold;
        uint64 miningWindow;
        uint64 seedBlock;
        uint64 miningEnd;
        bool published;
        bytes32 seed;
    }

    /// @notice Emitted when the epoch of competition `id` was scheduled.
    event EpochScheduled(uint256 indexed id, uint64 specWord, uint64 difficulty, uint32 threshold, uint64 miningWindow);
    /// @notice Emitted when the seed block of competition `id`'s epoch was fixed.
    event SeedRequested(uint256 indexed id, uint64 seedBlock);
    /// @notice Emitted when the seed of competition `id`'s epoch was drawn; mining ends at `miningEnd`.
    event SeedDrawn(uint256 indexed id, bytes32 seed, uint256 seedElement, uint64 miningEnd);
    /// @notice Emitted when the threshold of competition `id`'s epoch was published.
    event EpochPublished(uint256 indexed id, uint32 threshold);

    /// @notice A constructor address is zero.
    error PowEpochs_ZeroAddress();
    /// @notice The competition id does not fit in 32 bits (the epoch bits of a nonce).
    error PowEpochs_IdTooLarge(uint256 id);
    /// @notice A schedule parameter is invalid (zero spec word, difficulty, samples or window, or
    /// a window that cannot end before the competition's resolution deadline).
    error PowEpochs_BadParams();
    /// @notice The competition is not open on the ladder.
    error PowEpochs_CompetitionNotOpen(uint256 id);
    /// @notice Scheduling after the competition's entries closed.
    error PowEpochs_EntriesClosed(uint256 id);
    /// @notice Requesting a seed while the competition's entries are still open.
    error PowEpochs_EntriesOpen(uint256 id);
    /// @notice The epoch of `id` is already scheduled.
    error PowEpochs_AlreadyScheduled(uint256 id);
    /// @notice The epoch of `id` is not scheduled.
    error PowEpochs_NotScheduled(uint256 id);
    /// @notice A seed request is still live (its block hash is or will be available).
    error PowEpochs_SeedRequested(uint256 id);
    /// @notice No seed was requested for `id`.
    error PowEpochs_NoSeedRequest(uint256 id);
    /// @notice The seed block is not mined yet.
    error PowEpochs_TooEarly(uint256 id);
    /// @notice The seed block's hash is no longer available; request a new seed.
    error PowEpochs_SeedExpired(uint256 id);
    /// @notice The seed of `id` is already drawn.
    error PowEpochs_SeedAlreadyDrawn(uint256 id);
    /// @notice The threshold of `id` is already published.
    error PowEpochs_AlreadyPublished(uint256 id);
    /// @notice Publishing the threshold after the mining window ended.
    error PowEpochs_MiningOver(uint256 id);
    /// @notice The seed of `id` is not drawn yet.
    error PowEpochs_SeedNotDrawn(uint256 id);
    /// @notice The threshold of `id` is not published yet.
    error PowEpochs_NotPublished(uint256 id);
    /// @notice A nonce statement does not have the five inputs [seed, miner, nonce, distance, threshold].
    error PowEpochs_WrongInputCount(uint256 got);
    /// @notice The statement's seed element is not the epoch's.
    error PowEpochs_WrongSeed(uint256 got, uint256 want);
    /// @notice The statement's threshold is not the epoch's.
    error PowEpochs_WrongThreshold(uint256 got, uint256 want);
    /// @notice The statement's nonce is not a nonce of the epoch (high 32 bits = id, below 2^64).
    error PowEpochs_NonceOutsideEpoch(uint256 nonce);
    /// @notice The statement's miner is not a 160-bit address that revealed an entry in the competition.
    error PowEpochs_NotEntrant(uint256 miner);

    /// @notice Schedules the epoch of competition `id`. PUBLISHER_ROLE; only while its entries
    /// are open, once per competition; `commitDeadline + miningWindow` must be before its
    /// resolution deadline.
    function scheduleEpoch(
        uint256 id,
        uint64 specWord,
        uint64 difficulty,
        uint32 calibrationSamples,
        uint64 miningWindow
    ) external;

    /// @notice Fixes the seed block of `id`'s epoch (`block.number + SEED_DELAY`). Anyone, once
    /// entries are closed; again only after the previous request's hash expired undrawn.
    function requestSeed(uint256 id) external;

    /// @notice Draws `id`'s seed from the seed block's hash. Anyone.
    function drawSeed(uint256 id) external;

    /// @notice Publishes `id`'s threshold (the seed's calibrated threshold). PUBLISHER_ROLE; once,
    /// after the seed is drawn and no later than `miningEnd`.
    function publishThreshold(uint256 id, uint32 threshold) external;

    /// @notice Reverts unless `inputs` is a nonce statement of `id`'s published epoch:
    /// `[seedElement, miner, nonce, distance, threshold]` with the epoch's seed element and
    /// threshold, a nonce of epoch `id`, and a miner that revealed an entry in the competition.
    /// Whether the distance is the model's and within the threshold is the circuit's business.
    /// @return specWord The epoch's spec word (the circuit the proof must be for).
    function checkStatement(uint256 id, uint256[] calldata inputs) external view returns (uint64 specWord);

    /// @notice The epoch of competition `id` (all zero if not scheduled).
    function epochOf(uint256 id) external view returns (Epoch memory);

    /// @notice The seed as a BN254 scalar (`uint256(seed) % r`, `pow.SeedElement`); reverts unless drawn.
    function seedElement(uint256 id) external view returns (uint256);

    /// @notice The ladder whose competitions this contract publishes epochs for.
    function ladder() external view returns (ICapabilityLadder);
}
