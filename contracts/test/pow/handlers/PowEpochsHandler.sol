// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {CapabilityLadder} from "../../../src/CapabilityLadder.sol";
import {IPowEpochs} from "../../../src/interfaces/IPowEpochs.sol";
import {PowEpochs} from "../../../src/PowEpochs.sol";

/// @notice Drives PowEpochs through random schedules, seed requests and draws, threshold
/// publications, block rolls and time warps, recording the first seed and threshold each epoch
/// got so invariants can check they never change.
contract PowEpochsHandler is CommonBase, StdUtils {
    PowEpochs internal immutable EPOCHS;
    CapabilityLadder internal immutable LADDER;
    address internal immutable PUBLISHER;

    uint256[] public ids;
    mapping(uint256 id => bytes32) public ghostSeed;
    mapping(uint256 id => uint64) public ghostDrawnAt;
    mapping(uint256 id => uint32) public ghostThreshold;
    mapping(uint256 id => bool) public ghostPublished;

    constructor(PowEpochs epochs_, CapabilityLadder ladder_, address publisher_) {
        EPOCHS = epochs_;
        LADDER = ladder_;
        PUBLISHER = publisher_;
    }

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    function openAndSchedule(uint64 window, uint32 samples) external {
        uint256 id = LADDER.openCompetition(0, 1 hours);
        window = uint64(bound(window, 1, 2 days));
        samples = uint32(bound(samples, 1, 10_000));
        vm.prank(PUBLISHER);
        EPOCHS.scheduleEpoch(id, 4 | 1 << 10 | 2 << 20 | 4 << 30 | 8 << 40, 4, samples, window);
        ids.push(id);
    }

    function requestSeed(uint256 pick) external {
        if (ids.length == 0) return;
        uint256 id = ids[pick % ids.length];
        try EPOCHS.requestSeed(id) {} catch {}
    }

    function drawSeed(uint256 pick) external {
        if (ids.length == 0) return;
        uint256 id = ids[pick % ids.length];
        try EPOCHS.drawSeed(id) {
            if (ghostSeed[id] == bytes32(0)) {
                ghostSeed[id] = EPOCHS.epochOf(id).seed;
                ghostDrawnAt[id] = uint64(block.timestamp);
            }
        } catch {}
    }

    function publish(uint256 pick, uint32 threshold) external {
        if (ids.length == 0) return;
        uint256 id = ids[pick % ids.length];
        vm.prank(PUBLISHER);
        try EPOCHS.publishThreshold(id, threshold) {
            if (!ghostPublished[id]) {
                ghostPublished[id] = true;
                ghostThreshold[id] = threshold;
            }
        } catch {}
    }

    function roll(uint16 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 300));
    }

    function warp(uint32 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, 2 hours));
    }
}
