// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ICapabilityLadder} from "./interfaces/ICapabilityLadder.sol";
import {ILiquidAccessToken} from "./interfaces/ILiquidAccessToken.sol";
import {ISettlementReceiver} from "./interfaces/ISettlementReceiver.sol";

/// @title CapabilityLadder
/// @notice See {ICapabilityLadder}. Deployed once as an implementation and cloned (EIP-1167)
/// per guild. The ladder is the only minter of the guild's LATs.
contract CapabilityLadder is ICapabilityLadder, AccessControlUpgradeable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to report competition outcomes (the guild's Settlement).
    bytes32 public constant RESOLVER_ROLE = keccak256("RESOLVER_ROLE");
    /// @notice Role allowed to set parameters (the guild's timelock).
    bytes32 public constant GOVERNANCE_ROLE = keccak256("GOVERNANCE_ROLE");
    /// @notice Fixed-point scale of k.
    uint256 public constant WAD = 1e18;
    /// @notice Largest allowed k (16.0).
    uint256 public constant K_MAX = 16e18;
    /// @notice Largest allowed rankMax (the LAT's MAX_TIER).
    uint8 public constant RANK_MAX_LIMIT = 32;
    /// @notice Upper bound of every duration parameter (t0, tMax, revealPeriod, resolutionPeriod).
    uint64 public constant MAX_DURATION = 365 days;
    /// @notice Basis-point denominator of the burn share.
    uint16 public constant BPS = 10_000;
    /// @notice LAT units minted to each promoted winner (one whole token).
    uint256 public constant LAT_REWARD = 1e18;
    /// @notice Where the burn share of fees is sent: ERC-20s in general cannot be burned by a
    /// third party, so "burn" means a transfer to this conventional unspendable address.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    Params private _params;
    address[] private _lats;
    uint256 private _competitionCount;
    mapping(address account => uint8) private _ranks;
    mapping(uint256 id => Competition) private _competitions;
    mapping(uint256 id => mapping(address account => Entry)) private _entries;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }

    modifier onlyGovernance() {
        _checkGovernance();
        _;
    }

    /// @inheritdoc ICapabilityLadder
    function initialize(Params calldata p, address[] calldata lats, address governance, address resolver)
        external
        initializer
    {
        if (p.paymentToken == address(0) || governance == address(0)) revert Ladder_ZeroAddress();
        _validate(p);
        if (lats.length != p.rankMax) revert Ladder_LatCountMismatch(p.rankMax, lats.length);
        for (uint256 i; i < lats.length; ++i) {
            if (lats[i] == address(0)) revert Ladder_ZeroAddress();
        }
        __AccessControl_init();
        _params = p;
        _lats = lats;
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        _grantRole(GOVERNANCE_ROLE, governance);
        if (resolver != address(0)) _grantRole(RESOLVER_ROLE, resolver);
    }

    // ---------------------------------------------------------------- competitions

    /// @inheritdoc ICapabilityLadder
    function openCompetition(uint8 rank, uint64 window) external returns (uint256 id) {
        Params memory p = _params;
        uint256 fee = _entryCost(p, rank, window);
        uint64 commitDeadline = uint64(block.timestamp) + window;
        uint64 revealDeadline = commitDeadline + p.revealPeriod;
        uint64 resolveDeadline = revealDeadline + p.resolutionPeriod;
        id = ++_competitionCount;
        _competitions[id] = Competition({
            rank: rank,
            state: CompetitionState.Open,
            window: window,
            commitDeadline: commitDeadline,
            revealDeadline: revealDeadline,
            resolveDeadline: resolveDeadline,
            entrants: 0,
            revealed: 0,
            fee: fee,
            pot: 0
        });
        emit CompetitionOpened(id, rank, msg.sender, window, fee, commitDeadline, revealDeadline, resolveDeadline);
    }

    /// @inheritdoc ICapabilityLadder
    function commit(uint256 id, bytes32 commitment) external nonReentrant {
        Competition storage c = _openCompetition(id);
        if (block.timestamp > c.commitDeadline) revert Ladder_NotInCommitPhase(id);
        uint8 rank = _ranks[msg.sender];
        if (rank != c.rank) revert Ladder_RankMismatch(msg.sender, rank, c.rank);
        if (commitment == bytes32(0)) revert Ladder_ZeroCommitment();
        Entry storage e = _entries[id][msg.sender];
        if (e.status != EntryStatus.None) revert Ladder_AlreadyEntered(id, msg.sender);

        uint256 fee = c.fee;
        e.status = EntryStatus.Committed;
        e.commitment = commitment;
        c.entrants += 1;
        c.pot += fee;
        emit EntryCommitted(id, msg.sender, commitment, fee);

        if (fee != 0) IERC20(_params.paymentToken).safeTransferFrom(msg.sender, address(this), fee);
    }

    /// @inheritdoc ICapabilityLadder
    function reveal(uint256 id, bytes32 salt, bytes32 payload) external {
        Competition storage c = _openCompetition(id);
        if (block.timestamp <= c.commitDeadline || block.timestamp > c.revealDeadline) {
            revert Ladder_NotInRevealPhase(id);
        }
        Entry storage e = _entries[id][msg.sender];
        if (e.status != EntryStatus.Committed) revert Ladder_NotCommitted(id, msg.sender);
        if (_commitment(msg.sender, id, salt, payload) != e.commitment) {
            revert Ladder_CommitmentMismatch(id, msg.sender);
        }
        e.status = EntryStatus.Revealed;
        e.payload = payload;
        c.revealed += 1;
        emit EntryRevealed(id, msg.sender, payload);
    }

    /// @inheritdoc ISettlementReceiver
    /// @dev `outcome = abi.encode(address[] winners, int256 score)`. Only RESOLVER_ROLE, only in
    /// the resolution phase of an open competition. Every winner must be a revealed entrant,
    /// listed once. A winner whose rank is still the competition's rank moves up one rank and
    /// receives LAT_REWARD of the next tier; one already promoted by a concurrent competition of
    /// the same rank keeps its rank (no account ever moves more than one rank per win). The whole
    /// pot (fees of revealed and unrevealed entries) goes to the treasury minus
    /// floor(pot * burnBps / 10_000), which is sent to BURN_ADDRESS.
    function onClaimFinalized(uint256 id, bytes calldata outcome) external nonReentrant {
        if (!hasRole(RESOLVER_ROLE, msg.sender)) revert Ladder_NotResolver(msg.sender);
        Competition storage c = _openCompetition(id);
        if (block.timestamp <= c.revealDeadline || block.timestamp > c.resolveDeadline) {
            revert Ladder_NotInResolutionPhase(id);
        }
        (address[] memory winners, int256 score) = abi.decode(outcome, (address[], int256));

        uint8 rank = c.rank;
        uint256 pot = c.pot;
        uint256 burned = pot * _params.burnBps / BPS;
        uint256 toTreasury = pot - burned;
        c.state = CompetitionState.Resolved;
        c.pot = 0;
        bool[] memory promoted = _recordWinners(id, rank, winners);
        emit CompetitionResolved(id, winners, score, toTreasury, burned);

        // Tier rank + 1 sits at index rank.
        ILiquidAccessToken lat = ILiquidAccessToken(_lats[rank]);
        for (uint256 i; i < winners.length; ++i) {
            if (promoted[i]) lat.mint(winners[i], LAT_REWARD);
        }
        IERC20 token = IERC20(_params.paymentToken);
        if (toTreasury != 0) token.safeTransfer(_params.treasury, toTreasury);
        if (burned != 0) token.safeTransfer(BURN_ADDRESS, burned);
    }

    /// @inheritdoc ICapabilityLadder
    function close(uint256 id) external {
        Competition storage c = _openCompetition(id);
        if (block.timestamp <= c.resolveDeadline) revert Ladder_NotExpired(id);
        c.state = CompetitionState.Closed;
        emit CompetitionClosed(id, msg.sender);
    }

    /// @inheritdoc ICapabilityLadder
    function refund(uint256 id, address entrant) external nonReentrant {
        Competition storage c = _competitionOf(id);
        if (c.state != CompetitionState.Closed) revert Ladder_WrongState(id, c.state);
        Entry storage e = _entries[id][entrant];
        if (e.status != EntryStatus.Committed && e.status != EntryStatus.Revealed) {
            revert Ladder_NothingToRefund(id, entrant);
        }
        uint256 fee = c.fee;
        e.status = EntryStatus.Refunded;
        c.pot -= fee;
        emit EntryRefunded(id, entrant, fee);

        if (fee != 0) IERC20(_params.paymentToken).safeTransfer(entrant, fee);
    }

    // ---------------------------------------------------------------- governance

    /// @inheritdoc ICapabilityLadder
    function setCostParams(uint256 base, uint256 k, uint64 t0) external onlyGovernance {
        Params memory p = _params;
        (p.base, p.k, p.t0) = (base, k, t0);
        _validate(p);
        (_params.base, _params.k, _params.t0) = (base, k, t0);
        emit CostParamsSet(base, k, t0);
    }

    /// @inheritdoc ICapabilityLadder
    function setWindowBounds(uint64 tMin, uint64 tMax) external onlyGovernance {
        Params memory p = _params;
        (p.tMin, p.tMax) = (tMin, tMax);
        _validate(p);
        (_params.tMin, _params.tMax) = (tMin, tMax);
        emit WindowBoundsSet(tMin, tMax);
    }

    /// @inheritdoc ICapabilityLadder
    function setPhasePeriods(uint64 revealPeriod, uint64 resolutionPeriod) external onlyGovernance {
        Params memory p = _params;
        (p.revealPeriod, p.resolutionPeriod) = (revealPeriod, resolutionPeriod);
        _validate(p);
        (_params.revealPeriod, _params.resolutionPeriod) = (revealPeriod, resolutionPeriod);
        emit PhasePeriodsSet(revealPeriod, resolutionPeriod);
    }

    /// @inheritdoc ICapabilityLadder
    function setBurnBps(uint16 burnBps) external onlyGovernance {
        if (burnBps > BPS) revert Ladder_InvalidBurnBps(burnBps);
        _params.burnBps = burnBps;
        emit BurnBpsSet(burnBps);
    }

    /// @inheritdoc ICapabilityLadder
    function setTreasury(address treasury_) external onlyGovernance {
        if (treasury_ == address(0)) revert Ladder_ZeroAddress();
        _params.treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc ICapabilityLadder
    function entryCost(uint8 rank, uint64 window) external view returns (uint256) {
        return _entryCost(_params, rank, window);
    }

    /// @inheritdoc ICapabilityLadder
    function sybilCost(uint8 rank) external view returns (uint256 total) {
        Params memory p = _params;
        if (rank > p.rankMax) revert Ladder_InvalidRank(rank);
        uint256 kPow = WAD;
        for (uint256 r; r < rank; ++r) {
            total += _cost(p, kPow, p.tMax);
            kPow = kPow * p.k / WAD;
        }
    }

    /// @inheritdoc ICapabilityLadder
    function commitmentOf(address entrant, uint256 id, bytes32 salt, bytes32 payload) external view returns (bytes32) {
        return _commitment(entrant, id, salt, payload);
    }

    /// @inheritdoc ICapabilityLadder
    function rankOf(address account) external view returns (uint8) {
        return _ranks[account];
    }

    /// @inheritdoc ICapabilityLadder
    function latOf(uint8 tier) external view returns (address) {
        if (tier == 0 || tier > _lats.length) revert Ladder_InvalidTier(tier);
        return _lats[tier - 1];
    }

    /// @inheritdoc ICapabilityLadder
    function competition(uint256 id) external view returns (Competition memory) {
        return _competitionOf(id);
    }

    /// @inheritdoc ICapabilityLadder
    function entryOf(uint256 id, address account) external view returns (Entry memory) {
        return _entries[id][account];
    }

    /// @inheritdoc ICapabilityLadder
    function competitionCount() external view returns (uint256) {
        return _competitionCount;
    }

    /// @inheritdoc ICapabilityLadder
    function params() external view returns (Params memory) {
        return _params;
    }

    /// @inheritdoc ICapabilityLadder
    function paymentToken() external view returns (address) {
        return _params.paymentToken;
    }

    /// @inheritdoc ICapabilityLadder
    function treasury() external view returns (address) {
        return _params.treasury;
    }

    /// @inheritdoc ICapabilityLadder
    function rankMax() external view returns (uint8) {
        return _params.rankMax;
    }

    // ---------------------------------------------------------------- internal

    function _checkGovernance() internal view {
        if (!hasRole(GOVERNANCE_ROLE, msg.sender)) revert Ladder_NotGovernance(msg.sender);
    }

    function _competitionOf(uint256 id) internal view returns (Competition storage c) {
        c = _competitions[id];
        if (c.state == CompetitionState.None) revert Ladder_UnknownCompetition(id);
    }

    function _openCompetition(uint256 id) internal view returns (Competition storage c) {
        c = _competitionOf(id);
        if (c.state != CompetitionState.Open) revert Ladder_WrongState(id, c.state);
    }

    /// @dev Marks every winner (checked: revealed, listed once) and promotes those still at `rank`.
    function _recordWinners(uint256 id, uint8 rank, address[] memory winners)
        internal
        returns (bool[] memory promoted)
    {
        promoted = new bool[](winners.length);
        // rank < rankMax <= 32, so rank + 1 cannot overflow.
        uint8 next = rank + 1;
        for (uint256 i; i < winners.length; ++i) {
            address w = winners[i];
            Entry storage e = _entries[id][w];
            if (e.status != EntryStatus.Revealed || e.won) revert Ladder_InvalidWinner(id, w);
            e.won = true;
            if (_ranks[w] == rank) {
                _ranks[w] = next;
                promoted[i] = true;
                emit Promoted(w, next, id);
            }
        }
    }

    function _commitment(address entrant, uint256 id, bytes32 salt, bytes32 payload) internal view returns (bytes32) {
        return keccak256(abi.encode(entrant, id, salt, payload, address(this), block.chainid));
    }

    /// @dev floor(base * kPow(rank) * t0 / (window * 1e18)) after checking rank and window.
    function _entryCost(Params memory p, uint8 rank, uint64 window) internal pure returns (uint256) {
        if (rank >= p.rankMax) revert Ladder_InvalidRank(rank);
        if (window < p.tMin || window > p.tMax) revert Ladder_InvalidWindow(window);
        return _cost(p, _kPow(p.k, rank), window);
    }

    /// @dev No overflow: kPow <= kPow(rankMax) and _validate checked base * kPow(rankMax) * t0.
    function _cost(Params memory p, uint256 kPow, uint64 window) internal pure returns (uint256) {
        return p.base * kPow * p.t0 / (uint256(window) * WAD);
    }

    /// @dev kPow(0) = 1e18, kPow(i + 1) = floor(kPow(i) * k / 1e18). With k <= 16e18 and
    /// n <= 32, kPow(i) <= 16^32 * 1e18 < 2^188, so kPow(i) * k < 2^252 never overflows.
    function _kPow(uint256 k, uint256 n) internal pure returns (uint256 p) {
        p = WAD;
        for (uint256 i; i < n; ++i) {
            p = p * k / WAD;
        }
    }

    function _validate(Params memory p) internal pure {
        if (p.treasury == address(0)) revert Ladder_ZeroAddress();
        if (p.rankMax == 0 || p.rankMax > RANK_MAX_LIMIT) revert Ladder_InvalidRankMax(p.rankMax);
        if (p.k <= WAD || p.k > K_MAX) revert Ladder_InvalidGrowth(p.k);
        if (p.base == 0) revert Ladder_ZeroBase();
        if (p.t0 == 0 || p.t0 > MAX_DURATION) revert Ladder_InvalidReferenceWindow(p.t0);
        if (p.tMin == 0 || p.tMin > p.tMax || p.tMax > MAX_DURATION) {
            revert Ladder_InvalidWindowBounds(p.tMin, p.tMax);
        }
        if (
            p.revealPeriod == 0 || p.revealPeriod > MAX_DURATION || p.resolutionPeriod == 0
                || p.resolutionPeriod > MAX_DURATION
        ) revert Ladder_InvalidPhasePeriods(p.revealPeriod, p.resolutionPeriod);
        if (p.burnBps > BPS) revert Ladder_InvalidBurnBps(p.burnBps);
        (bool ok, uint256 n) = Math.tryMul(p.base, _kPow(p.k, p.rankMax));
        if (ok) (ok,) = Math.tryMul(n, p.t0);
        if (!ok) revert Ladder_CostOverflow();
    }
}
