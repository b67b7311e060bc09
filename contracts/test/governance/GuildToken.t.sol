// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {GuildToken} from "../../src/governance/GuildToken.sol";
import {IGuildToken} from "../../src/interfaces/IGuildToken.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";

contract GuildTokenTest is GuildFixture {
    function test_initialize_metadata_succeeds() public view {
        assertEq(gtoken.name(), "Oracle Guild Governance", "name");
        assertEq(gtoken.symbol(), "gORC", "symbol");
        assertEq(gtoken.decimals(), 36, "decimals");
        assertEq(gtoken.minter(), address(converter), "minter is the converter");
        assertEq(gtoken.CLOCK_MODE(), "mode=blocknumber&from=default", "block clock");
    }

    function test_initialize_implementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        GuildToken(impls.guildToken).initialize("a", "b", address(1));
    }

    function test_initialize_invalid_reverts() public {
        GuildToken t = GuildToken(Clones.clone(impls.guildToken));
        vm.expectRevert(IGuildToken.GuildToken_ZeroAddress.selector);
        t.initialize("a", "b", address(0));
        vm.expectRevert(IGuildToken.GuildToken_EmptyMetadata.selector);
        t.initialize("", "b", address(1));
        vm.expectRevert(IGuildToken.GuildToken_EmptyMetadata.selector);
        t.initialize("a", "", address(1));
    }

    function test_mint_notMinter_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGuildToken.GuildToken_NotMinter.selector, alice));
        gtoken.mint(alice, 1);
    }

    function test_mint_votesAfterDelegation_succeeds() public {
        vm.prank(address(converter));
        gtoken.mint(alice, 5e36);
        assertEq(gtoken.getVotes(alice), 0, "no votes before delegating");
        vm.prank(alice);
        gtoken.delegate(alice);
        assertEq(gtoken.getVotes(alice), 5e36, "votes after self-delegation");
        vm.roll(block.number + 1);
        assertEq(gtoken.getPastVotes(alice, block.number - 1), 5e36, "checkpointed");
        vm.prank(alice);
        gtoken.transfer(bob, 2e36);
        assertEq(gtoken.getVotes(alice), 3e36, "votes follow the balance");
    }

    function test_permit_ownDomain_succeeds() public {
        (address dave, uint256 pk) = makeAddrAndKey("dave");
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                dave,
                bob,
                7,
                0,
                block.timestamp
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(pk, keccak256(abi.encodePacked("\x19\x01", gtoken.DOMAIN_SEPARATOR(), structHash)));
        gtoken.permit(dave, bob, 7, block.timestamp, v, r, s);
        assertEq(gtoken.allowance(dave, bob), 7, "allowance from permit");
        assertEq(gtoken.nonces(dave), 1, "nonce used");
        (, string memory name,,, address verifying,,) = gtoken.eip712Domain();
        assertEq(name, "Oracle Guild Governance", "clone signs under its own name");
        assertEq(verifying, address(gtoken), "clone is the verifying contract");
    }
}
