// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {
    ERC20PermitUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {ILiquidAccessToken} from "../../src/interfaces/ILiquidAccessToken.sol";

contract LiquidAccessTokenTest is Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint256 internal constant ONE = 1e18;

    LiquidAccessToken internal impl;
    LiquidAccessToken internal lat;
    address internal guild = makeAddr("guild");
    address internal minter = makeAddr("ladder");
    address internal expert = makeAddr("expert");
    address internal buyer = makeAddr("buyer");

    function setUp() public {
        impl = new LiquidAccessToken();
        lat = _clone("DIP Guild Tier 2", "DIPG2", 2);
    }

    function _clone(string memory name, string memory symbol, uint8 tier) internal returns (LiquidAccessToken t) {
        t = LiquidAccessToken(Clones.clone(address(impl)));
        t.initialize(name, symbol, guild, tier, minter);
    }

    // --- initialize ---

    function test_initialize_setsFields_succeeds() public view {
        assertEq(lat.name(), "DIP Guild Tier 2", "name");
        assertEq(lat.symbol(), "DIPG2", "symbol");
        assertEq(lat.guild(), guild, "guild");
        assertEq(lat.tier(), 2, "tier");
        assertEq(lat.minter(), minter, "minter");
        assertEq(lat.decimals(), 18, "decimals");
        assertEq(lat.totalSupply(), 0, "supply");
    }

    function test_initialize_twice_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        lat.initialize("x", "y", guild, 1, minter);
    }

    function test_initialize_implementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize("x", "y", guild, 1, minter);
    }

    function test_initialize_zeroGuild_reverts() public {
        LiquidAccessToken t = LiquidAccessToken(Clones.clone(address(impl)));
        vm.expectRevert(ILiquidAccessToken.LAT_ZeroAddress.selector);
        t.initialize("x", "y", address(0), 1, minter);
    }

    function test_initialize_zeroMinter_reverts() public {
        LiquidAccessToken t = LiquidAccessToken(Clones.clone(address(impl)));
        vm.expectRevert(ILiquidAccessToken.LAT_ZeroAddress.selector);
        t.initialize("x", "y", guild, 1, address(0));
    }

    function test_initialize_tierZero_reverts() public {
        LiquidAccessToken t = LiquidAccessToken(Clones.clone(address(impl)));
        vm.expectRevert(abi.encodeWithSelector(ILiquidAccessToken.LAT_InvalidTier.selector, uint8(0)));
        t.initialize("x", "y", guild, 0, minter);
    }

    function test_initialize_tierTooHigh_reverts() public {
        LiquidAccessToken t = LiquidAccessToken(Clones.clone(address(impl)));
        vm.expectRevert(abi.encodeWithSelector(ILiquidAccessToken.LAT_InvalidTier.selector, uint8(33)));
        t.initialize("x", "y", guild, 33, minter);
    }

    function test_initialize_emptyName_reverts() public {
        LiquidAccessToken t = LiquidAccessToken(Clones.clone(address(impl)));
        vm.expectRevert(ILiquidAccessToken.LAT_EmptyMetadata.selector);
        t.initialize("", "y", guild, 1, minter);
    }

    function test_initialize_emptySymbol_reverts() public {
        LiquidAccessToken t = LiquidAccessToken(Clones.clone(address(impl)));
        vm.expectRevert(ILiquidAccessToken.LAT_EmptyMetadata.selector);
        t.initialize("x", "", guild, 1, minter);
    }

    // --- mint ---

    function test_mint_byMinter_succeeds() public {
        vm.prank(minter);
        lat.mint(expert, 3 * ONE);
        assertEq(lat.balanceOf(expert), 3 * ONE, "balance after mint");
        assertEq(lat.totalSupply(), 3 * ONE, "supply after mint");
    }

    function test_mint_byOther_reverts() public {
        vm.prank(guild);
        vm.expectRevert(abi.encodeWithSelector(ILiquidAccessToken.LAT_NotMinter.selector, guild));
        lat.mint(expert, ONE);
    }

    // --- redeem ---

    function test_redeem_burnsOneAndRecordsGrant_succeeds() public {
        vm.prank(minter);
        lat.mint(buyer, 2 * ONE);
        bytes32 asset = keccak256("asset-1");

        vm.recordLogs();
        vm.prank(buyer);
        bytes32 grantId = lat.redeem(asset);

        assertEq(lat.balanceOf(buyer), ONE, "exactly one token burned");
        assertEq(lat.totalSupply(), ONE, "supply reduced by one token");
        assertEq(lat.redemptions(), 1, "redemption counted");
        ILiquidAccessToken.Grant memory g = lat.grant(grantId);
        assertEq(g.holder, buyer, "grant holder");
        assertEq(g.assetId, asset, "grant asset");
        assertEq(g.tier, 2, "grant tier");
        assertEq(g.blockNumber, block.number, "grant block");

        // The AccessGranted event is the last log (after the burn's Transfer).
        Vm.Log[] memory logs = vm.getRecordedLogs();
        Vm.Log memory last = logs[logs.length - 1];
        assertEq(last.topics[0], ILiquidAccessToken.AccessGranted.selector, "AccessGranted emitted last");
        assertEq(last.topics[1], asset, "indexed asset");
        assertEq(last.topics[2], bytes32(uint256(uint160(buyer))), "indexed holder");
        assertEq(last.topics[3], grantId, "indexed grant id");
        assertEq(abi.decode(last.data, (uint8)), 2, "tier in data");
    }

    function test_redeem_sameAssetTwice_distinctGrants_succeeds() public {
        vm.prank(minter);
        lat.mint(buyer, 2 * ONE);
        vm.startPrank(buyer);
        bytes32 a = lat.redeem(keccak256("asset"));
        bytes32 b = lat.redeem(keccak256("asset"));
        vm.stopPrank();
        assertTrue(a != b, "grant ids must be unique per redemption");
    }

    function test_redeem_lessThanOneToken_reverts() public {
        vm.prank(minter);
        lat.mint(buyer, ONE - 1);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, buyer, ONE - 1, ONE));
        lat.redeem(keccak256("asset"));
    }

    function test_redeem_zeroAsset_reverts() public {
        vm.prank(minter);
        lat.mint(buyer, ONE);
        vm.prank(buyer);
        vm.expectRevert(ILiquidAccessToken.LAT_ZeroAssetId.selector);
        lat.redeem(bytes32(0));
    }

    function test_grant_unknown_reverts() public {
        bytes32 id = keccak256("nope");
        vm.expectRevert(abi.encodeWithSelector(ILiquidAccessToken.LAT_UnknownGrant.selector, id));
        lat.grant(id);
    }

    // --- permit: each clone signs under its own name ---

    function test_permit_cloneDomainUsesOwnName_succeeds() public {
        LiquidAccessToken other = _clone("Other Tier 1", "OT1", 1);
        assertTrue(lat.DOMAIN_SEPARATOR() != other.DOMAIN_SEPARATOR(), "clones must have distinct domains");
        (, string memory name,,,,,) = lat.eip712Domain();
        assertEq(name, "DIP Guild Tier 2", "domain name is the clone's name");
    }

    function test_permit_invalidSigner_reverts() public {
        address owner = makeAddr("owner");
        (address mallory, uint256 wrongKey) = makeAddrAndKey("mallory");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = _permitDigest(lat, owner, buyer, ONE, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(wrongKey, digest);
        vm.expectRevert(abi.encodeWithSelector(ERC20PermitUpgradeable.ERC2612InvalidSigner.selector, mallory, owner));
        lat.permit(owner, buyer, ONE, deadline, v, r, s);
    }

    function _permitDigest(
        LiquidAccessToken t,
        address owner,
        address spender,
        uint256 value,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", t.DOMAIN_SEPARATOR(), structHash));
    }

    // --- fuzz ---

    function testFuzz_transfer_conservesBalances(uint256 minted, uint256 sent) public {
        minted = bound(minted, 0, 1e30);
        sent = bound(sent, 0, minted);
        vm.prank(minter);
        lat.mint(expert, minted);
        vm.prank(expert);
        assertTrue(lat.transfer(buyer, sent), "transfer returns true");
        assertEq(lat.balanceOf(expert) + lat.balanceOf(buyer), minted, "balances conserved");
        assertEq(lat.balanceOf(buyer), sent, "receiver credited");
    }

    function testFuzz_permit_thenTransferFrom_succeeds(uint256 ownerSeed, uint256 value, uint256 ttl) public {
        uint256 key = bound(ownerSeed, 1, 1e60);
        address owner = vm.addr(key);
        vm.assume(owner != buyer);
        value = bound(value, 1, 1e30);
        uint256 deadline = block.timestamp + bound(ttl, 0, 365 days);
        vm.prank(minter);
        lat.mint(owner, value);
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, _permitDigest(lat, owner, buyer, value, lat.nonces(owner), deadline));
        lat.permit(owner, buyer, value, deadline, v, r, s);
        assertEq(lat.allowance(owner, buyer), value, "permit sets allowance");
        vm.prank(buyer);
        assertTrue(lat.transferFrom(owner, buyer, value), "transferFrom under permit");
        assertEq(lat.balanceOf(buyer), value, "spender received");
    }

    function testFuzz_redeem_burnsExactlyOne(uint256 balance, bytes32 asset) public {
        vm.assume(asset != bytes32(0));
        balance = bound(balance, ONE, 1e30);
        vm.prank(minter);
        lat.mint(buyer, balance);
        vm.prank(buyer);
        bytes32 id = lat.redeem(asset);
        assertEq(lat.balanceOf(buyer), balance - ONE, "one whole token burned");
        assertEq(lat.grant(id).assetId, asset, "grant bound to asset");
    }
}
