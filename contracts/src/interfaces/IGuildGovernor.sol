// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IGuildGovernor
/// @notice A guild's Governor: OpenZeppelin Governor with simple counting (against, for,
/// abstain), {GovernorSettings} (voting delay, voting period and proposal threshold, each
/// changeable only by a passed proposal), votes read from the guild token ({IGuildToken},
/// ERC20Votes, block-number clock) at the proposal snapshot, a quorum that is a fraction of the
/// token's total supply at that snapshot, and a {TimelockController} that queues and executes
/// every passed proposal (the timelock, not the governor, holds the guild's roles).
/// @dev Snapshot: `proposalSnapshot(id) = clock() at propose + votingDelay`, fixed when the
/// proposal is created; weight acquired or delegated after that block does not count. With a
/// voting delay of 0 the snapshot is the creation block itself.
interface IGuildGovernor {
    /// @notice Thrown when the token or timelock given to {initialize} is the zero address.
    error Governor_ZeroAddress();

    /// @notice Initializes a freshly cloned governor. Callable once.
    /// @param name_ Governor name, also its EIP-712 domain name for signed votes.
    /// @param token_ The guild's ERC20Votes governance token.
    /// @param timelock_ The guild's timelock; this governor must hold its proposer role.
    /// @param votingDelay_ Blocks between proposal creation and the vote snapshot/start.
    /// @param votingPeriod_ Blocks during which votes are accepted; must be non-zero.
    /// @param proposalThreshold_ Votes (governance token base units) needed to propose.
    /// @param quorumNumerator_ Quorum as a percentage (denominator 100) of the total supply at the snapshot.
    function initialize(
        string calldata name_,
        address token_,
        address payable timelock_,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 proposalThreshold_,
        uint256 quorumNumerator_
    ) external;
}
