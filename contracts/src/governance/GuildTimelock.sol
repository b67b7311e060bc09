// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";

/// @title GuildTimelock
/// @notice A guild's TimelockController, cloneable: OpenZeppelin's upgradeable timelock with
/// `initialize(minDelay, proposers, executors, admin)` (inherited) and an implementation that
/// can never be initialized itself. The guild factory initializes each clone with the guild's
/// governor as the only proposer (and canceller), anyone as executor and no admin, so the
/// timelock administers itself: its roles and delay change only through passed proposals.
/// It holds the guild's governance roles on the ladder and the converter, and is the LAT
/// `guild` and default treasury.
contract GuildTimelock is TimelockControllerUpgradeable {
    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }
}
