// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Vm} from "forge-std/Vm.sol";

import {GuildFactory} from "../../src/GuildFactory.sol";
import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IGovernanceConverter} from "../../src/interfaces/IGovernanceConverter.sol";
import {IGuildFactory} from "../../src/interfaces/IGuildFactory.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {ITripartiteEscrow} from "../../src/interfaces/ITripartiteEscrow.sol";
import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {AuthorityRegistry} from "../../src/AuthorityRegistry.sol";
import {Settlement} from "../../src/Settlement.sol";
import {TripartiteEscrow} from "../../src/TripartiteEscrow.sol";
import {SettlementMockVerifier} from "../mocks/SettlementMockVerifier.sol";
import {GuildFixture} from "./GuildFixture.sol";

contract GuildFactoryTest is GuildFixture {
    function test_constructor_zeroImplementation_reverts() public {
        for (uint256 f; f < 10; ++f) {
            IGuildFactory.Implementations memory i = impls;
            if (f == 0) i.lat = address(0);
            if (f == 1) i.ladder = address(0);
            if (f == 2) i.guildToken = address(0);
            if (f == 3) i.converter = address(0);
            if (f == 4) i.timelock = address(0);
            if (f == 5) i.governor = address(0);
            if (f == 6) i.escrow = address(0);
            if (f == 7) i.settlement = address(0);
            if (f == 8) i.authority = address(0);
            if (f == 9) i.tallyVerifier = address(0);
            vm.expectRevert(IGuildFactory.Factory_ZeroImplementation.selector);
            new GuildFactory(i);
        }
    }

    function test_implementations_succeeds() public view {
        IGuildFactory.Implementations memory i = factory.implementations();
        assertEq(i.lat, impls.lat, "lat");
        assertEq(i.ladder, impls.ladder, "ladder");
        assertEq(i.guildToken, impls.guildToken, "token");
        assertEq(i.converter, impls.converter, "converter");
        assertEq(i.timelock, impls.timelock, "timelock");
        assertEq(i.governor, impls.governor, "governor");
        assertEq(i.escrow, impls.escrow, "escrow");
        assertEq(i.settlement, impls.settlement, "settlement");
        assertEq(i.authority, impls.authority, "authority");
        assertEq(i.tallyVerifier, impls.tallyVerifier, "tally verifier");
    }

    function test_createGuild_addressesMatchPrediction_succeeds() public view {
        IGuildFactory.Suite memory p = factory.predictSuite(1, RANK_MAX);
        IGuildFactory.Suite memory s = factory.suiteOf(1);
        assertEq(s.ladder, p.ladder, "ladder");
        assertEq(s.guildToken, p.guildToken, "token");
        assertEq(s.converter, p.converter, "converter");
        assertEq(s.timelock, p.timelock, "timelock");
        assertEq(s.governor, p.governor, "governor");
        assertEq(s.escrow, p.escrow, "escrow");
        assertEq(s.settlement, p.settlement, "settlement");
        assertEq(s.authority, p.authority, "authority");
        assertGt(s.escrow.code.length, 0, "escrow deployed");
        assertGt(s.settlement.code.length, 0, "settlement deployed");
        assertGt(s.authority.code.length, 0, "authority deployed");
        assertEq(s.lats.length, RANK_MAX, "one LAT per tier");
        for (uint256 t; t < RANK_MAX; ++t) {
            assertEq(s.lats[t], p.lats[t], "lat address");
            assertGt(s.lats[t].code.length, 0, "deployed");
        }
        assertEq(factory.guildCount(), 1, "count");
    }

    function test_createGuild_wiresRoles_succeeds() public view {
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            LiquidAccessToken l = lat(t);
            assertEq(l.minter(), address(ladder), "ladder is the only minter");
            assertEq(l.guild(), address(timelock), "guild is the timelock");
            assertEq(l.tier(), t, "tier");
            assertEq(l.name(), string.concat("Oracle Guild Access Tier ", vm.toString(uint256(t))), "name");
            assertEq(l.symbol(), string.concat("ORC-T", vm.toString(uint256(t))), "symbol");
        }
        assertEq(gtoken.minter(), address(converter), "converter mints votes");
        assertEq(converter.governance(), address(timelock), "timelock governs the converter");
        assertEq(converter.ladder(), address(ladder), "converter reads the ladder");
        assertTrue(ladder.hasRole(ladder.DEFAULT_ADMIN_ROLE(), address(timelock)), "timelock admin");
        assertTrue(ladder.hasRole(ladder.GOVERNANCE_ROLE(), address(timelock)), "timelock governance");
        assertTrue(ladder.hasRole(ladder.RESOLVER_ROLE(), address(settlement)), "settlement resolves");
        assertTrue(ladder.hasRole(ladder.RESOLVER_ROLE(), resolver), "extra resolver");
        assertFalse(ladder.hasRole(ladder.DEFAULT_ADMIN_ROLE(), address(factory)), "factory keeps no admin");
        assertFalse(ladder.hasRole(ladder.GOVERNANCE_ROLE(), address(factory)), "factory keeps no governance");
        assertFalse(ladder.hasRole(ladder.RESOLVER_ROLE(), address(factory)), "factory does not resolve");

        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(governor)), "governor proposes");
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(governor)), "governor cancels");
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)), "anyone executes");
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(timelock)), "self-administered");
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(factory)), "no factory admin");
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY, "delay");
        assertEq(governor.timelock(), address(timelock), "governor -> timelock");
    }

    function test_createGuild_emitsSuite_succeeds() public {
        IGuildFactory.Suite memory p = factory.predictSuite(2, RANK_MAX);
        vm.recordLogs();
        vm.prank(alice);
        (uint256 id, IGuildFactory.Suite memory s) = factory.createGuild(defaultParams());
        assertEq(id, 2, "second guild");
        assertEq(s.ladder, p.ladder, "returned suite");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        Vm.Log memory created = logs[logs.length - 1];
        assertEq(created.emitter, address(factory), "factory event");
        assertEq(created.topics[0], IGuildFactory.GuildCreated.selector, "GuildCreated");
        assertEq(uint256(created.topics[1]), 2, "guild id");
        assertEq(address(uint160(uint256(created.topics[2]))), alice, "creator");
        (string memory name, IGuildFactory.Suite memory emitted) =
            abi.decode(created.data, (string, IGuildFactory.Suite));
        assertEq(name, "Oracle Guild", "name");
        assertEq(emitted.governor, p.governor, "governor");
        assertEq(emitted.lats.length, RANK_MAX, "lats");
        assertEq(emitted.lats[4], p.lats[4], "top lat");
        assertEq(emitted.escrow, p.escrow, "escrow");
        assertEq(emitted.settlement, p.settlement, "settlement");
        assertEq(emitted.authority, p.authority, "authority");
        assertTrue(s.ladder != suite.ladder, "guilds do not share contracts");
    }

    function test_createGuild_zeroTreasuryMeansTimelock_succeeds() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.ladder.treasury = address(0);
        p.resolver = address(0);
        (, IGuildFactory.Suite memory s) = factory.createGuild(p);
        assertEq(ICapabilityLadder(s.ladder).treasury(), s.timelock, "treasury defaults to the timelock");
        assertEq(Settlement(payable(s.settlement)).treasury(), s.timelock, "settlement treasury");
        assertEq(TripartiteEscrow(s.escrow).treasury(), s.timelock, "escrow treasury");
    }

    function test_createGuild_wiresSettlement_succeeds() public view {
        bytes32 admin = settlement.DEFAULT_ADMIN_ROLE();
        assertTrue(settlement.hasRole(admin, address(timelock)), "timelock admin");
        assertFalse(settlement.hasRole(admin, address(factory)), "no factory admin");
        assertEq(settlement.treasury(), treasury, "guild treasury");
        assertEq(
            settlement.verifierOf(ISettlement.ClaimKind.Deliberation), impls.tallyVerifier, "shared tally verifier"
        );
        assertEq(settlement.verifierOf(ISettlement.ClaimKind.PowEpoch), address(0), "pow disabled");
        assertEq(settlement.verifierOf(ISettlement.ClaimKind.InferenceSample), address(0), "inference disabled");
        assertTrue(settlement.isTarget(address(ladder)), "ladder is a target");
        assertTrue(settlement.isTarget(address(escrow)), "escrow is a target");
        assertFalse(settlement.isTarget(address(timelock)), "timelock is not a target");
        assertFalse(settlement.isTarget(address(authority)), "authority is not a target");
        ISettlement.Config memory c = settlement.config();
        assertEq(c.claimBond, CLAIM_BOND, "claim bond");
        assertEq(c.challengeWindow, CHALLENGE, "challenge window");
        assertEq(c.callbackGasLimit, 500_000, "callback gas");
    }

    function test_createGuild_wiresEscrow_succeeds() public view {
        bytes32 admin = escrow.DEFAULT_ADMIN_ROLE();
        assertTrue(escrow.hasRole(admin, address(timelock)), "timelock admin");
        assertFalse(escrow.hasRole(admin, address(factory)), "no factory admin");
        assertEq(escrow.settlement(), address(settlement), "settlement evaluates");
        assertEq(escrow.treasury(), treasury, "guild treasury");
        assertTrue(escrow.hasRole(escrow.ARBITER_ROLE(), arbiter), "arbiter");
        assertEq(escrow.tierCount(), RANK_MAX, "one LAT per tier");
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            assertEq(escrow.latOf(t), suite.lats[t - 1], "escrow LAT is the suite's");
        }
        assertEq(escrow.config().feeBps, FEE_BPS, "fee");
    }

    function test_createGuild_wiresAuthority_succeeds() public view {
        bytes32 admin = authority.DEFAULT_ADMIN_ROLE();
        assertTrue(authority.hasRole(admin, address(timelock)), "timelock admin");
        assertFalse(authority.hasRole(admin, address(factory)), "no factory admin");
        assertEq(authority.commitToken(), address(0), "grants only");
        assertEq(authority.commitAmount(), 0, "no amount");
    }

    function test_createGuild_optionalParams_succeeds() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        address pow = address(new SettlementMockVerifier());
        address inference = address(new SettlementMockVerifier());
        p.settlement.powVerifier = pow;
        p.settlement.inferenceVerifier = inference;
        p.authority = IGuildFactory.AuthorityParams({commitToken: address(payment), commitAmount: 5e18});
        p.escrow.arbiters = new address[](0);
        (, IGuildFactory.Suite memory s) = factory.createGuild(p);
        Settlement st = Settlement(payable(s.settlement));
        assertEq(st.verifierOf(ISettlement.ClaimKind.PowEpoch), pow, "pow verifier");
        assertEq(st.verifierOf(ISettlement.ClaimKind.InferenceSample), inference, "inference verifier");
        assertEq(AuthorityRegistry(s.authority).commitToken(), address(payment), "commit token");
        assertEq(AuthorityRegistry(s.authority).commitAmount(), 5e18, "commit amount");
        TripartiteEscrow e = TripartiteEscrow(s.escrow);
        assertFalse(e.hasRole(e.ARBITER_ROLE(), arbiter), "no arbiter");
    }

    function test_createGuild_noExtraResolver_succeeds() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.resolver = address(0);
        (, IGuildFactory.Suite memory s) = factory.createGuild(p);
        ICapabilityLadder l = ICapabilityLadder(s.ladder);
        bytes32 resolverRole = ladder.RESOLVER_ROLE();
        assertTrue(ladder.hasRole(resolverRole, address(settlement)), "fixture guild's settlement");
        assertTrue(_hasRole(s.ladder, resolverRole, s.settlement), "settlement resolves");
        assertFalse(_hasRole(s.ladder, resolverRole, resolver), "no extra resolver");
        assertTrue(_hasRole(s.ladder, bytes32(0), s.timelock), "timelock admin");
        assertTrue(_hasRole(s.ladder, ladder.GOVERNANCE_ROLE(), s.timelock), "timelock governance");
        assertFalse(_hasRole(s.ladder, bytes32(0), address(factory)), "no factory admin");
        // Nobody but the Settlement reports outcomes.
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotResolver.selector, resolver));
        l.onClaimFinalized(1, abi.encode(new address[](0), int256(0)));
    }

    function test_createGuild_timelockGovernsNewComponents_succeeds() public {
        address pow = address(new SettlementMockVerifier());
        vm.startPrank(address(timelock));
        settlement.setVerifier(ISettlement.ClaimKind.PowEpoch, pow);
        escrow.grantRole(escrow.ARBITER_ROLE(), bob);
        authority.grantCell("u4pruyd", carol);
        vm.stopPrank();
        assertEq(settlement.verifierOf(ISettlement.ClaimKind.PowEpoch), pow, "verifier set later");
        assertTrue(escrow.hasRole(escrow.ARBITER_ROLE(), bob), "arbiter appointed");
        assertTrue(authority.isAuthority(carol), "cell granted");
    }

    function test_createGuild_challengeWindowTooLong_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.settlement.config.challengeWindow = RESOLUTION;
        vm.expectRevert(
            abi.encodeWithSelector(IGuildFactory.Factory_ChallengeWindowTooLong.selector, RESOLUTION, RESOLUTION)
        );
        factory.createGuild(p);
    }

    function test_createGuild_zeroArbiter_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.escrow.arbiters = new address[](2);
        p.escrow.arbiters[0] = arbiter;
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_ZeroArbiter.selector, 1));
        factory.createGuild(p);
    }

    function test_createGuild_invalidCommitment_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.authority = IGuildFactory.AuthorityParams({commitToken: address(payment), commitAmount: 0});
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_InvalidCommitment.selector, address(payment), 0));
        factory.createGuild(p);
        p.authority = IGuildFactory.AuthorityParams({commitToken: address(0), commitAmount: 1});
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_InvalidCommitment.selector, address(0), 1));
        factory.createGuild(p);
    }

    function test_createGuild_notAContract_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.settlement.powVerifier = alice;
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_NotAContract.selector, alice));
        factory.createGuild(p);
        p = defaultParams();
        p.settlement.inferenceVerifier = bob;
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_NotAContract.selector, bob));
        factory.createGuild(p);
        p = defaultParams();
        p.authority = IGuildFactory.AuthorityParams({commitToken: carol, commitAmount: 1});
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_NotAContract.selector, carol));
        factory.createGuild(p);
    }

    function test_createGuild_settlementAndEscrowBounds_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.settlement.config.claimBond = 0;
        vm.expectRevert(ISettlement.Settlement_BadConfig.selector);
        factory.createGuild(p);
        p = defaultParams();
        p.escrow.config.maxExperts = 0;
        vm.expectRevert(ITripartiteEscrow.Escrow_BadConfig.selector);
        factory.createGuild(p);
    }

    function test_createGuild_maxRanks_succeeds() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.ladder.rankMax = 32;
        p.ladder.base = 1;
        uint256 gasBefore = gasleft();
        (, IGuildFactory.Suite memory s) = factory.createGuild(p);
        uint256 used = gasBefore - gasleft();
        assertEq(s.lats.length, 32, "32 tiers");
        assertLt(used, 15_000_000, "fits comfortably in a block");
        assertEq(LiquidAccessToken(s.lats[31]).tier(), 32, "top tier");
    }

    function test_createGuild_emptyMetadata_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.name = "";
        vm.expectRevert(IGuildFactory.Factory_EmptyMetadata.selector);
        factory.createGuild(p);
        p = defaultParams();
        p.symbol = "";
        vm.expectRevert(IGuildFactory.Factory_EmptyMetadata.selector);
        factory.createGuild(p);
    }

    function test_createGuild_rankMaxBounds_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.ladder.rankMax = 0;
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_InvalidRankMax.selector, 0));
        factory.createGuild(p);
        p.ladder.rankMax = 33;
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_InvalidRankMax.selector, 33));
        factory.createGuild(p);
    }

    function test_createGuild_zeroPaymentToken_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.ladder.paymentToken = address(0);
        vm.expectRevert(ICapabilityLadder.Ladder_ZeroAddress.selector);
        factory.createGuild(p);
    }

    function test_createGuild_ladderBounds_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.ladder.k = 1e18;
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidGrowth.selector, 1e18));
        factory.createGuild(p);
        p = defaultParams();
        p.ladder.base = type(uint256).max;
        vm.expectRevert(ICapabilityLadder.Ladder_CostOverflow.selector);
        factory.createGuild(p);
    }

    function test_createGuild_converterBounds_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.governance.heatScale = 17;
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidHeatScale.selector, 17));
        factory.createGuild(p);
    }

    function test_createGuild_governorBounds_reverts() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.governance.votingPeriod = 0;
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidVotingPeriod.selector, 0));
        factory.createGuild(p);
        p = defaultParams();
        p.governance.quorumNumerator = 101;
        vm.expectRevert(abi.encodeWithSignature("GovernorInvalidQuorumFraction(uint256,uint256)", 101, 100));
        factory.createGuild(p);
    }

    function _hasRole(address target, bytes32 role, address account) internal view returns (bool) {
        return IAccessControl(target).hasRole(role, account);
    }

    function test_suiteOf_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_UnknownGuild.selector, 2));
        factory.suiteOf(2);
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_UnknownGuild.selector, 0));
        factory.suiteOf(0);
    }
}
