// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ICapabilityLadder} from "./ICapabilityLadder.sol";

/// @title IGuildFactory
/// @notice Deploys a guild's whole suite in one transaction as EIP-1167 clones of fixed
/// implementations: one LAT per tier 1..rankMax, the capability ladder, the governance token,
/// the LAT-to-governance converter, the timelock and the governor, and wires every role:
///   - the ladder is the only minter of every LAT; the converter the only minter of the token;
///   - the timelock holds the ladder's DEFAULT_ADMIN_ROLE and GOVERNANCE_ROLE, is the
///     converter's governance, the LATs' `guild`, and the treasury when none is given;
///   - the governor is the timelock's only proposer and canceller; anyone may execute; the
///     timelock has no admin but itself;
///   - `resolver`, if non-zero, holds the ladder's RESOLVER_ROLE.
/// Clones are deployed with CREATE2 (salt = keccak256(abi.encode(guildId, tag))), so every
/// address of a future guild is known in advance ({predictSuite}). One factory serves many guilds.
interface IGuildFactory {
    /// @notice Implementation contracts the factory clones.
    struct Implementations {
        address lat;
        address ladder;
        address guildToken;
        address converter;
        address timelock;
        address governor;
    }

    /// @notice Governance parameters of a new guild.
    /// @param votingDelay Blocks from proposal creation to the vote snapshot and start.
    /// @param votingPeriod Blocks of voting; non-zero.
    /// @param proposalThreshold Votes (governance token units) needed to propose.
    /// @param quorumNumerator Quorum in percent (0..100) of the token supply at the snapshot.
    /// @param timelockDelay Minimum timelock delay in seconds.
    /// @param tierGrowth Converter g, 1e6 fixed point (see {IGovernanceConverter}).
    /// @param heatScale Converter heat per halving of the yield, value units, multiple of 16.
    /// @param halfLife Converter heat half-life in seconds.
    struct GovernanceParams {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint256 timelockDelay;
        uint256 tierGrowth;
        uint256 heatScale;
        uint64 halfLife;
    }

    /// @notice Everything needed to create a guild.
    /// @param name Guild name; token names derive from it ("<name> Access Tier <t>", "<name> Governance").
    /// @param symbol Guild symbol; token symbols derive from it ("<symbol>-T<t>", "g<symbol>").
    /// @param resolver Initial holder of the ladder's RESOLVER_ROLE, or zero for none yet.
    /// @param ladder Ladder parameters; a zero treasury means the guild's timelock.
    /// @param governance Governance parameters.
    struct GuildParams {
        string name;
        string symbol;
        address resolver;
        ICapabilityLadder.Params ladder;
        GovernanceParams governance;
    }

    /// @notice Addresses of one guild's contracts. New components are appended at the end.
    /// @param lats LAT per tier; lats[t - 1] is tier t.
    struct Suite {
        address ladder;
        address guildToken;
        address converter;
        address timelock;
        address governor;
        address[] lats;
    }

    /// @notice Emitted when guild `guildId` was created by `creator`.
    event GuildCreated(uint256 indexed guildId, address indexed creator, string name, Suite suite);

    /// @notice Thrown when an implementation address given to the constructor is zero.
    error Factory_ZeroImplementation();
    /// @notice Thrown when the guild name or symbol is empty.
    error Factory_EmptyMetadata();
    /// @notice Thrown when rankMax is outside 1..32 (checked before any clone is deployed).
    error Factory_InvalidRankMax(uint8 rankMax);
    /// @notice Thrown when asking for a guild id that does not exist.
    error Factory_UnknownGuild(uint256 guildId);

    /// @notice Deploys and wires a guild's suite. Parameter errors of the components bubble up
    /// (e.g. {ICapabilityLadder-Ladder_InvalidGrowth}, {IGovernanceConverter-Converter_InvalidHeatScale},
    /// OpenZeppelin's GovernorInvalidVotingPeriod and GovernorInvalidQuorumFraction).
    /// @return guildId The new guild's id (ids start at 1).
    /// @return suite The deployed addresses.
    function createGuild(GuildParams calldata params) external returns (uint256 guildId, Suite memory suite);

    /// @notice The suite of guild `guildId`; reverts for unknown ids.
    function suiteOf(uint256 guildId) external view returns (Suite memory);

    /// @notice The addresses guild `guildId` gets (or got) for a ladder with `rankMax` tiers.
    function predictSuite(uint256 guildId, uint8 rankMax) external view returns (Suite memory);

    /// @notice Number of guilds created (also the last id).
    function guildCount() external view returns (uint256);

    /// @notice The implementations cloned by this factory.
    function implementations() external view returns (Implementations memory);
}
