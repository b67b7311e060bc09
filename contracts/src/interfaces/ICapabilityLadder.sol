// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlementReceiver} from "./ISettlementReceiver.sol";

/// @title ICapabilityLadder
/// @notice A guild's capability ladder (ACIP). Every account has a rank in 0..rankMax (0 by
/// default). A competition for rank R (R < rankMax) with time window T is open to accounts of
/// rank exactly R; entering costs `entryCost(R, T) = base * k^R * t0 / T` payment-token units.
/// Entrants commit to a hidden payload during the window, reveal it afterwards, and the guild's
/// resolver (Settlement) reports the winners through {onClaimFinalized}: each winner must be a
/// revealed entrant, moves to rank R + 1 and receives one LAT (1e18 units) of tier R + 1. Fees
/// of a resolved competition go to the treasury, minus a burn share. A competition nobody
/// resolves before its resolution deadline can be closed by anyone, and every entry (revealed
/// or only committed) is then refunded in full.
///
/// Phases of competition `id` opened at time `s` with window T:
///   commit  : s <= now <= s + T                         ({commit})
///   reveal  : s + T < now <= s + T + revealPeriod        ({reveal})
///   resolve : revealDeadline < now <= revealDeadline + resolutionPeriod ({onClaimFinalized})
///   expired : now > resolveDeadline                      ({close}, then {refund})
///
/// Roles (OpenZeppelin AccessControl): `DEFAULT_ADMIN_ROLE` and `GOVERNANCE_ROLE` belong to the
/// guild's timelock; `GOVERNANCE_ROLE` calls the parameter setters; `RESOLVER_ROLE` (granted by
/// the admin; the guild's Settlement later) calls {onClaimFinalized}.
///
/// Fixed-point and bounds (exact integer operations in docs/economics.md):
///   kPow(0) = 1e18, kPow(i+1) = floor(kPow(i) * k / 1e18);
///   cost(R, T) = floor(base * kPow(R) * t0 / (T * 1e18));
///   sybilCost(R) = sum_{r < R} cost(r, tMax).
/// k is in (1e18, K_MAX]; every parameter set is rejected unless `base * kPow(rankMax) * t0`
/// fits in 256 bits, which bounds every cost and every sybilCost (at most 32 terms each below
/// 2^256 / 1e18) so no view or entry can overflow.
interface ICapabilityLadder is ISettlementReceiver {
    /// @notice Lifecycle of a competition.
    enum CompetitionState {
        None,
        Open,
        Resolved,
        Closed
    }

    /// @notice Lifecycle of one entry.
    enum EntryStatus {
        None,
        Committed,
        Revealed,
        Refunded
    }

    /// @notice Ladder parameters (set at initialization; all but the token and rankMax changeable by governance).
    /// @param paymentToken ERC-20 the entry fees are paid in. Fixed.
    /// @param treasury Receives fees of resolved competitions (minus the burn share).
    /// @param base Entry cost at rank 0 and window t0, in payment-token units; > 0.
    /// @param k Per-rank cost growth, 1e18 fixed point, in (1e18, K_MAX].
    /// @param t0 Reference window in seconds, in (0, MAX_DURATION].
    /// @param tMin Shortest competition window in seconds; 0 < tMin <= tMax.
    /// @param tMax Longest competition window in seconds; tMax <= MAX_DURATION.
    /// @param revealPeriod Seconds of the reveal phase, in (0, MAX_DURATION].
    /// @param resolutionPeriod Seconds in which the resolver may report, in (0, MAX_DURATION].
    /// @param burnBps Share of a resolved competition's fees that is burned, in basis points (<= 10_000).
    /// @param rankMax Highest rank, in 1..32; one LAT tier per rank 1..rankMax. Fixed.
    struct Params {
        address paymentToken;
        address treasury;
        uint256 base;
        uint256 k;
        uint64 t0;
        uint64 tMin;
        uint64 tMax;
        uint64 revealPeriod;
        uint64 resolutionPeriod;
        uint16 burnBps;
        uint8 rankMax;
    }

    /// @notice A competition.
    /// @param rank The rank R entrants must hold; winners move to R + 1.
    /// @param state Lifecycle state.
    /// @param window The window T in seconds (commit phase length; prices the entry).
    /// @param commitDeadline Last second of the commit phase (inclusive).
    /// @param revealDeadline Last second of the reveal phase (inclusive).
    /// @param resolveDeadline Last second in which the resolver may report (inclusive).
    /// @param entrants Number of commitments.
    /// @param revealed Number of reveals.
    /// @param fee Entry cost, fixed when the competition was opened.
    /// @param pot Fees currently held for this competition.
    struct Competition {
        uint8 rank;
        CompetitionState state;
        uint64 window;
        uint64 commitDeadline;
        uint64 revealDeadline;
        uint64 resolveDeadline;
        uint32 entrants;
        uint32 revealed;
        uint256 fee;
        uint256 pot;
    }

    /// @notice One account's entry in a competition.
    /// @param status Lifecycle state.
    /// @param won True once the entry was reported as a winner.
    /// @param commitment The committed hash, see {commitmentOf}.
    /// @param payload The revealed payload (zero until revealed), e.g. a content hash of the work.
    struct Entry {
        EntryStatus status;
        bool won;
        bytes32 commitment;
        bytes32 payload;
    }

    /// @notice Emitted when competition `id` for `rank` is opened.
    event CompetitionOpened(
        uint256 indexed id,
        uint8 indexed rank,
        address indexed opener,
        uint64 window,
        uint256 fee,
        uint64 commitDeadline,
        uint64 revealDeadline,
        uint64 resolveDeadline
    );
    /// @notice Emitted when `entrant` committed to competition `id` and paid `fee`.
    event EntryCommitted(uint256 indexed id, address indexed entrant, bytes32 commitment, uint256 fee);
    /// @notice Emitted when `entrant` revealed `payload` in competition `id`.
    event EntryRevealed(uint256 indexed id, address indexed entrant, bytes32 payload);
    /// @notice Emitted when `account` moved to `newRank` by winning competition `id` (and received one LAT of tier `newRank`).
    event Promoted(address indexed account, uint8 newRank, uint256 indexed id);
    /// @notice Emitted when the resolver reported `winners` of competition `id`; `toTreasury` and `burned` are the fee split.
    event CompetitionResolved(uint256 indexed id, address[] winners, int256 score, uint256 toTreasury, uint256 burned);
    /// @notice Emitted when an unresolved competition `id` was closed after its resolution deadline.
    event CompetitionClosed(uint256 indexed id, address indexed closer);
    /// @notice Emitted when `entrant`'s fee `amount` for closed competition `id` was refunded.
    event EntryRefunded(uint256 indexed id, address indexed entrant, uint256 amount);
    /// @notice Emitted when governance set the cost parameters.
    event CostParamsSet(uint256 base, uint256 k, uint64 t0);
    /// @notice Emitted when governance set the window bounds.
    event WindowBoundsSet(uint64 tMin, uint64 tMax);
    /// @notice Emitted when governance set the phase periods.
    event PhasePeriodsSet(uint64 revealPeriod, uint64 resolutionPeriod);
    /// @notice Emitted when governance set the burn share.
    event BurnBpsSet(uint16 burnBps);
    /// @notice Emitted when governance set the treasury.
    event TreasurySet(address treasury);

    /// @notice Thrown when a required address is zero.
    error Ladder_ZeroAddress();
    /// @notice Thrown when rankMax is outside 1..32.
    error Ladder_InvalidRankMax(uint8 rankMax);
    /// @notice Thrown when k is outside (1e18, K_MAX].
    error Ladder_InvalidGrowth(uint256 k);
    /// @notice Thrown when base is zero.
    error Ladder_ZeroBase();
    /// @notice Thrown when t0 is zero or above MAX_DURATION.
    error Ladder_InvalidReferenceWindow(uint64 t0);
    /// @notice Thrown when the window bounds are not 0 < tMin <= tMax <= MAX_DURATION.
    error Ladder_InvalidWindowBounds(uint64 tMin, uint64 tMax);
    /// @notice Thrown when a phase period is zero or above MAX_DURATION.
    error Ladder_InvalidPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod);
    /// @notice Thrown when the burn share exceeds 10_000 bps.
    error Ladder_InvalidBurnBps(uint16 burnBps);
    /// @notice Thrown when base * kPow(rankMax) * t0 does not fit in 256 bits.
    error Ladder_CostOverflow();
    /// @notice Thrown when the number of LAT addresses differs from rankMax.
    error Ladder_LatCountMismatch(uint256 expected, uint256 actual);
    /// @notice Thrown when a competition rank is not below rankMax, or a sybilCost rank is above rankMax.
    error Ladder_InvalidRank(uint8 rank);
    /// @notice Thrown when a LAT tier is outside 1..rankMax.
    error Ladder_InvalidTier(uint8 tier);
    /// @notice Thrown when a competition window is outside [tMin, tMax].
    error Ladder_InvalidWindow(uint64 window);
    /// @notice Thrown when competition `id` does not exist.
    error Ladder_UnknownCompetition(uint256 id);
    /// @notice Thrown when competition `id` is not in the state the call needs.
    error Ladder_WrongState(uint256 id, CompetitionState state);
    /// @notice Thrown when committing outside the commit phase.
    error Ladder_NotInCommitPhase(uint256 id);
    /// @notice Thrown when revealing outside the reveal phase.
    error Ladder_NotInRevealPhase(uint256 id);
    /// @notice Thrown when the resolver reports outside the resolution phase.
    error Ladder_NotInResolutionPhase(uint256 id);
    /// @notice Thrown when closing before the resolution deadline has passed.
    error Ladder_NotExpired(uint256 id);
    /// @notice Thrown when an entrant's rank differs from the competition's rank.
    error Ladder_RankMismatch(address account, uint8 rank, uint8 required);
    /// @notice Thrown when an account enters the same competition twice.
    error Ladder_AlreadyEntered(uint256 id, address account);
    /// @notice Thrown when committing the zero hash.
    error Ladder_ZeroCommitment();
    /// @notice Thrown when revealing without a (still unrevealed) commitment.
    error Ladder_NotCommitted(uint256 id, address account);
    /// @notice Thrown when the revealed salt and payload do not hash to the commitment.
    error Ladder_CommitmentMismatch(uint256 id, address account);
    /// @notice Thrown when a reported winner is not a revealed entrant of the competition, or is reported twice.
    error Ladder_InvalidWinner(uint256 id, address account);
    /// @notice Thrown when refunding an entry that does not exist or was already refunded.
    error Ladder_NothingToRefund(uint256 id, address account);
    /// @notice Thrown when a caller without RESOLVER_ROLE reports an outcome.
    error Ladder_NotResolver(address caller);
    /// @notice Thrown when a caller without GOVERNANCE_ROLE sets a parameter.
    error Ladder_NotGovernance(address caller);

    /// @notice Initializes a freshly cloned ladder. Callable once.
    /// @param params Ladder parameters, validated as documented on {Params}.
    /// @param lats LAT addresses for tiers 1..rankMax (index 0 is tier 1); this ladder must be their minter.
    /// @param governance Receives DEFAULT_ADMIN_ROLE and GOVERNANCE_ROLE (the guild's timelock).
    /// @param resolver Receives RESOLVER_ROLE unless zero (then governance grants it later).
    function initialize(Params calldata params, address[] calldata lats, address governance, address resolver) external;

    /// @notice Opens a competition for `rank` with window `window`; anyone may open one.
    /// @return id The new competition's id (ids start at 1).
    function openCompetition(uint8 rank, uint64 window) external returns (uint256 id);

    /// @notice Enters competition `id` with `commitment` (see {commitmentOf}), paying its fee.
    /// @dev Needs rank == the competition's rank and an allowance of the fee to this ladder.
    function commit(uint256 id, bytes32 commitment) external;

    /// @notice Reveals the caller's entry in competition `id`.
    function reveal(uint256 id, bytes32 salt, bytes32 payload) external;

    /// @notice Closes competition `id` if it was not resolved by its resolution deadline. Anyone.
    function close(uint256 id) external;

    /// @notice Refunds `entrant`'s fee in closed competition `id` to `entrant`. Anyone.
    function refund(uint256 id, address entrant) external;

    /// @notice Sets base, k and t0. GOVERNANCE_ROLE; applies to competitions opened afterwards.
    function setCostParams(uint256 base, uint256 k, uint64 t0) external;

    /// @notice Sets the window bounds. GOVERNANCE_ROLE.
    function setWindowBounds(uint64 tMin, uint64 tMax) external;

    /// @notice Sets the reveal and resolution periods. GOVERNANCE_ROLE; applies to competitions opened afterwards.
    function setPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod) external;

    /// @notice Sets the burn share in basis points. GOVERNANCE_ROLE.
    function setBurnBps(uint16 burnBps) external;

    /// @notice Sets the treasury. GOVERNANCE_ROLE.
    function setTreasury(address treasury) external;

    /// @notice Entry cost of a competition for `rank` with window `window`:
    /// floor(base * kPow(rank) * t0 / (window * 1e18)). Reverts unless rank < rankMax and tMin <= window <= tMax.
    function entryCost(uint8 rank, uint64 window) external view returns (uint256);

    /// @notice Total entry fees to climb from rank 0 to `rank` at the cheapest window tMax:
    /// sum_{r < rank} entryCost(r, tMax). Reverts unless rank <= rankMax.
    function sybilCost(uint8 rank) external view returns (uint256);

    /// @notice The commitment an entrant must submit:
    /// keccak256(abi.encode(entrant, id, salt, payload, address(this), block.chainid)).
    function commitmentOf(address entrant, uint256 id, bytes32 salt, bytes32 payload) external view returns (bytes32);

    /// @notice Rank of `account` (0 if it never won).
    function rankOf(address account) external view returns (uint8);

    /// @notice LAT of `tier` (1..rankMax); reverts otherwise.
    function latOf(uint8 tier) external view returns (address);

    /// @notice Competition `id`; reverts for unknown ids.
    function competition(uint256 id) external view returns (Competition memory);

    /// @notice `account`'s entry in competition `id` (status None if it never entered).
    function entryOf(uint256 id, address account) external view returns (Entry memory);

    /// @notice Number of competitions opened so far (also the last id).
    function competitionCount() external view returns (uint256);

    /// @notice The current parameters.
    function params() external view returns (Params memory);

    /// @notice The payment token of entry fees.
    function paymentToken() external view returns (address);

    /// @notice The treasury receiving fees.
    function treasury() external view returns (address);

    /// @notice The highest rank.
    function rankMax() external view returns (uint8);
}
