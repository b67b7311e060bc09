// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ICapabilityLadder} from "./ICapabilityLadder.sol";
import {ISettlement} from "./ISettlement.sol";
import {ITripartiteEscrow} from "./ITripartiteEscrow.sol";

/// @title IGuildFactory
/// @notice Deploys a guild's whole suite in one transaction as EIP-1167 clones of fixed
/// implementations: one LAT per tier 1..rankMax, the capability ladder, the governance token,
/// the LAT-to-governance converter, the timelock, the governor, the Settlement, the
/// TripartiteEscrow and the AuthorityRegistry, and wires every role:
///   - the ladder is the only minter of every LAT; the converter the only minter of the token;
///   - the timelock holds DEFAULT_ADMIN_ROLE of the ladder, Settlement, escrow and authority
///     registry, the ladder's GOVERNANCE_ROLE, is the converter's governance and the LATs' `guild`;
///   - the guild treasury (`ladder.treasury`, or the timelock when zero) receives the ladder's
///     fees, the escrow's fees and the treasury share of slashed Settlement bonds;
///   - the governor is the timelock's only proposer and canceller; anyone may execute; the
///     timelock has no admin but itself;
///   - the Settlement holds the ladder's RESOLVER_ROLE and is the escrow's `settlement`; its
///     allowed callback targets are exactly the ladder and the escrow; it judges Deliberation
///     claims with the factory's shared TallyVerifier (see {Implementations});
///   - the escrow bonds the suite's LATs (`latOf(t) == lats[t - 1]`);
///   - `resolver`, if non-zero, holds the ladder's RESOLVER_ROLE as well (tests, demos, a guild
///     that resolves by hand until its relayers run). To grant it, the factory initializes the
///     ladder with itself as governance, grants the roles and renounces its own in the same call,
///     so the factory never keeps a role once createGuild returns.
/// Clones are deployed with CREATE2 (salt = keccak256(abi.encode(guildId, tag))), so every
/// address of a future guild is known in advance ({predictSuite}). One factory serves many guilds.
interface IGuildFactory {
    /// @notice Implementation contracts the factory clones, and the shared TallyVerifier.
    /// New entries are appended at the end.
    /// @param tallyVerifier Not cloned: the stateless {ITallyVerifier} deployed once and given to
    /// every guild's Settlement as its Deliberation judge (a guild's governance may replace it
    /// through `Settlement.setVerifier`).
    struct Implementations {
        address lat;
        address ladder;
        address guildToken;
        address converter;
        address timelock;
        address governor;
        address escrow;
        address settlement;
        address authority;
        address tallyVerifier;
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

    /// @notice Settlement parameters of a new guild.
    /// @param powVerifier {IProofVerifier} of PowEpoch samples; zero disables the kind until
    /// governance calls `setVerifier`. Must hold code when non-zero.
    /// @param inferenceVerifier {IProofVerifier} of InferenceSample samples; same rules.
    /// @param config Initial configuration (bounds in {ISettlement-Config}); its challengeWindow
    /// must be shorter than the ladder's resolutionPeriod, or a deliberation resolving a
    /// competition could never finalize in time.
    struct SettlementParams {
        address powVerifier;
        address inferenceVerifier;
        ISettlement.Config config;
    }

    /// @notice Escrow parameters of a new guild.
    /// @param arbiters Initial ARBITER_ROLE holders (may be empty; none may be zero).
    /// @param config Initial configuration (bounds in {ITripartiteEscrow-Config}).
    struct EscrowParams {
        address[] arbiters;
        ITripartiteEscrow.Config config;
    }

    /// @notice AuthorityRegistry parameters of a new guild: both zero means cells are only granted
    /// by governance; both non-zero lets anyone claim a cell by burning `commitAmount` of
    /// `commitToken` (an ERC-20 with `burnFrom`, holding code).
    struct AuthorityParams {
        address commitToken;
        uint256 commitAmount;
    }

    /// @notice Everything needed to create a guild.
    /// @param name Guild name; token names derive from it ("<name> Access Tier <t>", "<name> Governance").
    /// @param symbol Guild symbol; token symbols derive from it ("<symbol>-T<t>", "g<symbol>").
    /// @param resolver Extra holder of the ladder's RESOLVER_ROLE besides the guild's Settlement,
    /// or zero (the production setting: only settled claims resolve competitions).
    /// @param ladder Ladder parameters; `treasury` is the guild treasury (also the escrow's and the
    /// Settlement's); zero means the guild's timelock.
    /// @param governance Governance parameters.
    /// @param settlement Settlement parameters.
    /// @param escrow Escrow parameters.
    /// @param authority AuthorityRegistry parameters.
    struct GuildParams {
        string name;
        string symbol;
        address resolver;
        ICapabilityLadder.Params ladder;
        GovernanceParams governance;
        SettlementParams settlement;
        EscrowParams escrow;
        AuthorityParams authority;
    }

    /// @notice Addresses of one guild's contracts. New components are appended at the end.
    /// @param lats LAT per tier; lats[t - 1] is tier t.
    /// @param escrow The TripartiteEscrow (orders paid through the guild, settled by `settlement`).
    /// @param settlement The Settlement (relayer claims; the ladder's and the escrow's resolver).
    /// @param authority The AuthorityRegistry (jurisdiction cells, DIDs, key-share holders).
    struct Suite {
        address ladder;
        address guildToken;
        address converter;
        address timelock;
        address governor;
        address[] lats;
        address escrow;
        address settlement;
        address authority;
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
    /// @notice Thrown when escrow arbiter `index` is the zero address.
    error Factory_ZeroArbiter(uint256 index);
    /// @notice Thrown when exactly one of the authority commit token and amount is zero.
    error Factory_InvalidCommitment(address token, uint256 amount);
    /// @notice Thrown when a verifier or the commit token is non-zero but holds no code.
    error Factory_NotAContract(address account);
    /// @notice Thrown when the Settlement's challenge window is not shorter than the ladder's
    /// resolution period.
    error Factory_ChallengeWindowTooLong(uint64 challengeWindow, uint64 resolutionPeriod);

    /// @notice Deploys and wires a guild's suite. The factory checks what spans components or no
    /// component checks (Factory_* errors, before any clone is deployed); parameter errors of the
    /// components bubble up (e.g. {ICapabilityLadder-Ladder_InvalidGrowth},
    /// {IGovernanceConverter-Converter_InvalidHeatScale}, OpenZeppelin's GovernorInvalidVotingPeriod
    /// and GovernorInvalidQuorumFraction, {ISettlement-Settlement_BadConfig},
    /// {ITripartiteEscrow-Escrow_BadConfig}).
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
