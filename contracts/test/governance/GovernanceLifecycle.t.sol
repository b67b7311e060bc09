// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";

import {GuildGovernor} from "../../src/governance/GuildGovernor.sol";
import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IGuildGovernor} from "../../src/interfaces/IGuildGovernor.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";

/// @notice A whole governance round on a factory-created suite: experts climb the ladder, burn
/// LAT into votes, and change a ladder parameter through proposal, vote, timelock queue and
/// execution.
contract GovernanceLifecycleTest is GuildFixture {
    /// @dev Climbs `who` to rank 2, converts its tier-2 LAT and self-delegates.
    function _voter(address who) internal returns (uint256 votes) {
        climbTo(who, 2);
        vm.startPrank(who);
        lat(2).approve(address(converter), 1e18);
        votes = converter.convert(2, 1e18, 0);
        gtoken.delegate(who);
        vm.stopPrank();
    }

    function _proposal(bytes memory data)
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](1);
        targets[0] = address(ladder);
        values = new uint256[](1);
        calldatas = new bytes[](1);
        calldatas[0] = data;
    }

    function test_lifecycle_ladderParameterChange_succeeds() public {
        _voter(alice);
        vm.roll(block.number + 1);

        bytes memory call = abi.encodeCall(ICapabilityLadder.setCostParams, (BASE * 3, 3e18, T0));
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = _proposal(call);
        string memory description = "raise the entry cost";
        bytes32 descHash = keccak256(bytes(description));

        vm.prank(alice);
        uint256 id = governor.propose(targets, values, calldatas, description);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Pending), "pending");
        assertEq(governor.proposalSnapshot(id), block.number + VOTING_DELAY, "snapshot fixed at creation");

        vm.roll(block.number + VOTING_DELAY + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Active), "active");
        vm.prank(alice);
        governor.castVote(id, 1);

        vm.roll(block.number + VOTING_PERIOD);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Succeeded), "succeeded");

        governor.queue(targets, values, calldatas, descHash);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Queued), "queued");
        // The timelock's delay has not passed: the operation is Waiting, not Ready.
        bytes32 opId = timelock.hashOperationBatch(targets, values, calldatas, 0, bytes20(address(governor)) ^ descHash);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockControllerUpgradeable.TimelockUnexpectedOperationState.selector,
                opId,
                bytes32(1 << uint8(TimelockControllerUpgradeable.OperationState.Ready))
            )
        );
        governor.execute(targets, values, calldatas, descHash);

        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, descHash);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Executed), "executed");

        ICapabilityLadder.Params memory p = ladder.params();
        assertEq(p.base, BASE * 3, "base changed by governance");
        assertEq(p.k, 3e18, "k changed by governance");
    }

    function test_lifecycle_votesAfterSnapshot_doNotCount_succeeds() public {
        _voter(alice);
        vm.roll(block.number + 1);
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _proposal(abi.encodeCall(ICapabilityLadder.setBurnBps, (0)));
        vm.prank(alice);
        uint256 id = governor.propose(targets, values, calldatas, "no burn");

        vm.roll(block.number + VOTING_DELAY + 1);
        // Bob acquires votes after the snapshot block: they do not count for this proposal.
        uint256 bobVotes = _voter(bob);
        assertGt(bobVotes, 0, "bob converted");
        assertEq(governor.getVotes(bob, governor.proposalSnapshot(id)), 0, "no weight at the snapshot");
        vm.prank(bob);
        governor.castVote(id, 0);
        (uint256 against,,) = governor.proposalVotes(id);
        assertEq(against, 0, "late weight is zero");
    }

    function test_lifecycle_quorumNotReached_defeated_succeeds() public {
        uint256 aliceVotes = _voter(alice);
        _voter(bob);
        vm.roll(block.number + 1);
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            _proposal(abi.encodeCall(ICapabilityLadder.setBurnBps, (0)));
        vm.prank(alice);
        uint256 id = governor.propose(targets, values, calldatas, "no burn");
        vm.roll(block.number + VOTING_DELAY + 1);
        assertEq(governor.quorum(block.number - 1), gtoken.totalSupply() * QUORUM / 100, "quorum fraction");
        assertGt(aliceVotes, 0, "alice can vote");
        vm.prank(bob);
        governor.castVote(id, 0); // bob against, alice absent
        vm.roll(block.number + VOTING_PERIOD);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated), "defeated");
    }

    function test_governorSettings_onlyGovernance_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, alice));
        vm.prank(alice);
        governor.setVotingPeriod(10);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, alice));
        vm.prank(alice);
        governor.updateQuorumNumerator(50);
    }

    function test_governor_wiring_succeeds() public view {
        assertEq(governor.name(), "Oracle Guild Governor", "name");
        assertEq(address(governor.token()), address(gtoken), "token");
        assertEq(governor.timelock(), address(timelock), "timelock");
        assertEq(governor.votingDelay(), VOTING_DELAY, "delay");
        assertEq(governor.votingPeriod(), VOTING_PERIOD, "period");
        assertEq(governor.quorumNumerator(), QUORUM, "quorum");
        assertEq(governor.proposalThreshold(), 0, "threshold");
    }

    function test_governor_initializeImplementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        GuildGovernor(payable(impls.governor)).initialize("g", address(1), payable(address(1)), 1, 1, 0, 4);
    }

    function test_governor_initializeZeroAddress_reverts() public {
        GuildGovernor g = GuildGovernor(payable(Clones.clone(impls.governor)));
        vm.expectRevert(IGuildGovernor.Governor_ZeroAddress.selector);
        g.initialize("g", address(0), payable(address(timelock)), 1, 1, 0, 4);
    }
}
