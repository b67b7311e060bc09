// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";

import {AuthorityRegistry} from "../../src/AuthorityRegistry.sol";
import {CapabilityLadder} from "../../src/CapabilityLadder.sol";
import {GuildFactory} from "../../src/GuildFactory.sol";
import {GovernanceConverter} from "../../src/governance/GovernanceConverter.sol";
import {GuildGovernor} from "../../src/governance/GuildGovernor.sol";
import {GuildTimelock} from "../../src/governance/GuildTimelock.sol";
import {GuildToken} from "../../src/governance/GuildToken.sol";
import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IGuildFactory} from "../../src/interfaces/IGuildFactory.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {ITripartiteEscrow} from "../../src/interfaces/ITripartiteEscrow.sol";
import {TallyVerifier} from "../../src/libraries/TallyVerifier.sol";
import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {Settlement} from "../../src/Settlement.sol";
import {MockERC20} from "../../src/test-support/MockERC20.sol";
import {TripartiteEscrow} from "../../src/TripartiteEscrow.sol";

/// @notice Shared setup of the ladder, governance and factory tests: implementations, a
/// factory, a payment token and one guild created through the factory with default parameters
/// (`resolver` is an extra resolver next to the guild's Settlement, so ladder tests can resolve
/// competitions directly).
abstract contract GuildFixture is Test {
    uint8 internal constant RANK_MAX = 5;
    uint256 internal constant BASE = 100e18;
    uint256 internal constant K = 2e18;
    uint64 internal constant T0 = 1 days;
    uint64 internal constant T_MIN = 1 hours;
    uint64 internal constant T_MAX = 7 days;
    uint64 internal constant REVEAL = 1 days;
    uint64 internal constant RESOLUTION = 2 days;
    uint16 internal constant BURN_BPS = 1000;

    uint48 internal constant VOTING_DELAY = 1;
    uint32 internal constant VOTING_PERIOD = 50;
    uint256 internal constant QUORUM = 4;
    uint256 internal constant TIMELOCK_DELAY = 1 days;
    uint256 internal constant G = 2e6;
    /// @dev Ten tier-1 LAT worth of value (1e18 units * weight 1e6 each); a multiple of 16.
    uint256 internal constant HEAT_SCALE = 1e25;
    uint64 internal constant HALF_LIFE = 7 days;

    // Settlement (as in contracts/test/settlement/SettlementBase.sol); CHALLENGE < RESOLUTION.
    uint128 internal constant CLAIM_BOND = 1 ether;
    uint128 internal constant REQUEST_BOND = 0.05 ether;
    uint64 internal constant CHALLENGE = 1 days;
    // Escrow (as in contracts/test/escrow/EscrowBase.sol).
    uint16 internal constant FEE_BPS = 500;

    address internal resolver = makeAddr("resolver");
    address internal treasury = makeAddr("treasury");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal arbiter = makeAddr("arbiter");

    MockERC20 internal payment;
    GuildFactory internal factory;
    IGuildFactory.Implementations internal impls;
    IGuildFactory.Suite internal suite;
    CapabilityLadder internal ladder;
    GovernanceConverter internal converter;
    GuildToken internal gtoken;
    GuildGovernor internal governor;
    GuildTimelock internal timelock;
    Settlement internal settlement;
    TripartiteEscrow internal escrow;
    AuthorityRegistry internal authority;

    uint256 private _saltNonce;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(100);
        payment = new MockERC20("Pay", "PAY", 18);
        impls = IGuildFactory.Implementations({
            lat: address(new LiquidAccessToken()),
            ladder: address(new CapabilityLadder()),
            guildToken: address(new GuildToken()),
            converter: address(new GovernanceConverter()),
            timelock: address(new GuildTimelock()),
            governor: address(new GuildGovernor()),
            escrow: address(new TripartiteEscrow()),
            settlement: address(new Settlement()),
            authority: address(new AuthorityRegistry()),
            tallyVerifier: address(new TallyVerifier())
        });
        factory = new GuildFactory(impls);
        (, IGuildFactory.Suite memory s) = factory.createGuild(defaultParams());
        _useSuite(s);
    }

    function defaultLadderParams() internal view returns (ICapabilityLadder.Params memory) {
        return ICapabilityLadder.Params({
            paymentToken: address(payment),
            treasury: treasury,
            base: BASE,
            k: K,
            t0: T0,
            tMin: T_MIN,
            tMax: T_MAX,
            revealPeriod: REVEAL,
            resolutionPeriod: RESOLUTION,
            burnBps: BURN_BPS,
            rankMax: RANK_MAX
        });
    }

    function defaultParams() internal view returns (IGuildFactory.GuildParams memory) {
        return IGuildFactory.GuildParams({
            name: "Oracle Guild",
            symbol: "ORC",
            resolver: resolver,
            ladder: defaultLadderParams(),
            governance: IGuildFactory.GovernanceParams({
                votingDelay: VOTING_DELAY,
                votingPeriod: VOTING_PERIOD,
                proposalThreshold: 0,
                quorumNumerator: QUORUM,
                timelockDelay: TIMELOCK_DELAY,
                tierGrowth: G,
                heatScale: HEAT_SCALE,
                halfLife: HALF_LIFE
            }),
            settlement: IGuildFactory.SettlementParams({
                powVerifier: address(0), inferenceVerifier: address(0), config: defaultSettlementConfig()
            }),
            escrow: IGuildFactory.EscrowParams({arbiters: one(arbiter), config: defaultEscrowConfig()}),
            authority: IGuildFactory.AuthorityParams({commitToken: address(0), commitAmount: 0})
        });
    }

    function defaultSettlementConfig() internal pure returns (ISettlement.Config memory) {
        return ISettlement.Config({
            claimBond: CLAIM_BOND,
            requestBond: REQUEST_BOND,
            challengeWindow: CHALLENGE,
            responseWindow: 6 hours,
            proofWindow: 12 hours,
            exitDelay: 3 days,
            sampleDelay: 4,
            sampleCount: 3,
            challengerRewardBps: 5000,
            callbackGasLimit: 500_000
        });
    }

    function defaultEscrowConfig() internal pure returns (ITripartiteEscrow.Config memory) {
        return ITripartiteEscrow.Config({
            feeBps: FEE_BPS,
            slashBurnBps: 5000,
            disputeBondBps: 1000,
            defaultBuyerBps: 5000,
            passScore: 5e17,
            disputeWindow: 2 days,
            rulingWindow: 7 days,
            minReviewWindow: 1 days,
            maxReviewWindow: 30 days,
            maxDuration: 180 days,
            maxExperts: 4
        });
    }

    function _useSuite(IGuildFactory.Suite memory s) internal {
        suite = s;
        ladder = CapabilityLadder(s.ladder);
        converter = GovernanceConverter(s.converter);
        gtoken = GuildToken(s.guildToken);
        governor = GuildGovernor(payable(s.governor));
        timelock = GuildTimelock(payable(s.timelock));
        settlement = Settlement(payable(s.settlement));
        escrow = TripartiteEscrow(s.escrow);
        authority = AuthorityRegistry(s.authority);
    }

    function lat(uint8 tier) internal view returns (LiquidAccessToken) {
        return LiquidAccessToken(suite.lats[tier - 1]);
    }

    /// @dev Funds `who` with payment tokens and approves the ladder.
    function fund(address who, uint256 amount) internal {
        payment.mint(who, amount);
        vm.prank(who);
        payment.approve(address(ladder), type(uint256).max);
    }

    function salted(address who, uint256 id) internal pure returns (bytes32 salt, bytes32 payload) {
        salt = keccak256(abi.encode("salt", who, id));
        payload = keccak256(abi.encode("work", who, id));
    }

    /// @dev Opens a competition for `rank` with window T0.
    function open(uint8 rank) internal returns (uint256 id) {
        id = ladder.openCompetition(rank, T0);
    }

    /// @dev Commits `who` to `id` (funding it with the fee first).
    function enter(uint256 id, address who) internal {
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        fund(who, c.fee);
        (bytes32 salt, bytes32 payload) = salted(who, id);
        bytes32 commitment = ladder.commitmentOf(who, id, salt, payload);
        vm.prank(who);
        ladder.commit(id, commitment);
    }

    function revealAs(uint256 id, address who) internal {
        (bytes32 salt, bytes32 payload) = salted(who, id);
        vm.prank(who);
        ladder.reveal(id, salt, payload);
    }

    function toRevealPhase(uint256 id) internal {
        vm.warp(ladder.competition(id).commitDeadline + 1);
    }

    function toResolutionPhase(uint256 id) internal {
        vm.warp(ladder.competition(id).revealDeadline + 1);
    }

    function resolve(uint256 id, address[] memory winners) internal {
        vm.prank(resolver);
        ladder.onClaimFinalized(id, abi.encode(winners, int256(1e18)));
    }

    function one(address a) internal pure returns (address[] memory arr) {
        arr = new address[](1);
        arr[0] = a;
    }

    /// @dev Runs one full competition at `who`'s rank that `who` wins.
    function climbOnce(address who) internal {
        uint256 id = open(ladder.rankOf(who));
        enter(id, who);
        toRevealPhase(id);
        revealAs(id, who);
        toResolutionPhase(id);
        resolve(id, one(who));
    }

    function climbTo(address who, uint8 rank) internal {
        while (ladder.rankOf(who) < rank) {
            climbOnce(who);
        }
    }
}
