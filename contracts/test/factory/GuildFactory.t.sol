// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Vm} from "forge-std/Vm.sol";

import {GuildFactory} from "../../src/GuildFactory.sol";
import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IGovernanceConverter} from "../../src/interfaces/IGovernanceConverter.sol";
import {IGuildFactory} from "../../src/interfaces/IGuildFactory.sol";
import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {GuildFixture} from "./GuildFixture.sol";

contract GuildFactoryTest is GuildFixture {
    function test_constructor_zeroImplementation_reverts() public {
        IGuildFactory.Implementations memory i = impls;
        i.governor = address(0);
        vm.expectRevert(IGuildFactory.Factory_ZeroImplementation.selector);
        new GuildFactory(i);
    }

    function test_implementations_succeeds() public view {
        IGuildFactory.Implementations memory i = factory.implementations();
        assertEq(i.lat, impls.lat, "lat");
        assertEq(i.ladder, impls.ladder, "ladder");
        assertEq(i.guildToken, impls.guildToken, "token");
        assertEq(i.converter, impls.converter, "converter");
        assertEq(i.timelock, impls.timelock, "timelock");
        assertEq(i.governor, impls.governor, "governor");
    }

    function test_createGuild_addressesMatchPrediction_succeeds() public view {
        IGuildFactory.Suite memory p = factory.predictSuite(1, RANK_MAX);
        IGuildFactory.Suite memory s = factory.suiteOf(1);
        assertEq(s.ladder, p.ladder, "ladder");
        assertEq(s.guildToken, p.guildToken, "token");
        assertEq(s.converter, p.converter, "converter");
        assertEq(s.timelock, p.timelock, "timelock");
        assertEq(s.governor, p.governor, "governor");
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
        assertTrue(ladder.hasRole(ladder.RESOLVER_ROLE(), resolver), "resolver");
        assertFalse(ladder.hasRole(ladder.DEFAULT_ADMIN_ROLE(), address(factory)), "factory keeps nothing");

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
        assertTrue(s.ladder != suite.ladder, "guilds do not share contracts");
    }

    function test_createGuild_zeroTreasuryMeansTimelock_succeeds() public {
        IGuildFactory.GuildParams memory p = defaultParams();
        p.ladder.treasury = address(0);
        p.resolver = address(0);
        (, IGuildFactory.Suite memory s) = factory.createGuild(p);
        assertEq(ICapabilityLadder(s.ladder).treasury(), s.timelock, "treasury defaults to the timelock");
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

    function test_suiteOf_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_UnknownGuild.selector, 2));
        factory.suiteOf(2);
        vm.expectRevert(abi.encodeWithSelector(IGuildFactory.Factory_UnknownGuild.selector, 0));
        factory.suiteOf(0);
    }
}
