// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IPowEpochs} from "../../src/interfaces/IPowEpochs.sol";
import {PowEpochs} from "../../src/PowEpochs.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";
import {PowEpochsHandler} from "./handlers/PowEpochsHandler.sol";

contract PowEpochsInvariantTest is GuildFixture {
    PowEpochs internal epochs;
    PowEpochsHandler internal handler;

    function setUp() public override {
        super.setUp();
        address publisher = makeAddr("publisher");
        epochs = new PowEpochs(ICapabilityLadder(address(ladder)), address(timelock), publisher);
        handler = new PowEpochsHandler(epochs, ladder, publisher);
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = PowEpochsHandler.openAndSchedule.selector;
        selectors[1] = PowEpochsHandler.requestSeed.selector;
        selectors[2] = PowEpochsHandler.drawSeed.selector;
        selectors[3] = PowEpochsHandler.publish.selector;
        selectors[4] = PowEpochsHandler.roll.selector;
        selectors[5] = PowEpochsHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev Invariant: an epoch's seed, once drawn, never changes (no re-roll after anyone saw it),
    /// and its mining end is the draw time plus the window.
    function invariant_seedFixedOnceDrawn() public view {
        uint256 n = handler.idCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            IPowEpochs.Epoch memory e = epochs.epochOf(id);
            assertEq(e.seed, handler.ghostSeed(id), "seed is the first one drawn");
            if (e.seed != bytes32(0)) {
                assertEq(e.miningEnd, handler.ghostDrawnAt(id) + e.miningWindow, "mining end = draw + window");
            } else {
                assertEq(e.miningEnd, 0, "no mining end before the draw");
            }
        }
    }

    /// @dev Invariant: a threshold is published at most once, only after the draw, and never changes.
    function invariant_thresholdFixedOncePublished() public view {
        uint256 n = handler.idCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            IPowEpochs.Epoch memory e = epochs.epochOf(id);
            assertEq(e.published, handler.ghostPublished(id), "published flag");
            if (e.published) {
                assertTrue(e.seed != bytes32(0), "published only after the draw");
                assertEq(e.threshold, handler.ghostThreshold(id), "threshold is the first one published");
            }
        }
    }
}
