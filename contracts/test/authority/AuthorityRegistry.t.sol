// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";

import {AuthorityRegistry} from "../../src/AuthorityRegistry.sol";
import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {IAuthorityRegistry} from "../../src/interfaces/IAuthorityRegistry.sol";

/// @notice Shared setup: a registry clone whose commitment token is a burnable LAT clone.
abstract contract AuthorityBase is Test {
    uint256 internal constant COMMIT = 100e18;

    address internal admin = makeAddr("timelock");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal stranger = makeAddr("stranger");

    AuthorityRegistry internal impl;
    AuthorityRegistry internal reg;
    LiquidAccessToken internal token;

    function setUp() public virtual {
        token = LiquidAccessToken(Clones.clone(address(new LiquidAccessToken())));
        token.initialize("Commit", "CMT", admin, 1, address(this));
        impl = new AuthorityRegistry();
        reg = AuthorityRegistry(Clones.clone(address(impl)));
        reg.initialize(admin, address(token), COMMIT);
        _fund(alice);
        _fund(bob);
    }

    function _fund(address who) internal {
        token.mint(who, 10 * COMMIT);
        vm.prank(who);
        token.approve(address(reg), type(uint256).max);
    }

    function _claim(address who, string memory cell) internal {
        vm.prank(who);
        reg.claimCell(cell);
    }

    /// @dev A valid uncompressed secp256k1 public key for `name`'s key.
    function _pubkey(string memory name) internal returns (bytes memory) {
        Vm.Wallet memory w = vm.createWallet(name);
        return abi.encodePacked(bytes1(0x04), bytes32(w.publicKeyX), bytes32(w.publicKeyY));
    }
}

contract AuthorityRegistryTest is AuthorityBase {
    // ------------------------------------------------------------------ initialize

    function test_initialize_setsState_succeeds() public view {
        assertEq(reg.commitToken(), address(token), "token");
        assertEq(reg.commitAmount(), COMMIT, "amount");
        assertTrue(reg.hasRole(reg.DEFAULT_ADMIN_ROLE(), admin), "admin");
    }

    function test_initialize_twiceOrImplementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        reg.initialize(admin, address(token), COMMIT);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(admin, address(token), COMMIT);
    }

    function test_initialize_zeroAdmin_reverts() public {
        AuthorityRegistry r = AuthorityRegistry(Clones.clone(address(impl)));
        vm.expectRevert(IAuthorityRegistry.Authority_ZeroAddress.selector);
        r.initialize(address(0), address(token), COMMIT);
    }

    // ------------------------------------------------------------------ cells

    function test_claimCell_burnsCommitment_succeeds() public {
        uint256 supply = token.totalSupply();
        vm.expectEmit(false, true, false, true, address(reg));
        emit IAuthorityRegistry.CellClaimed("u33d", alice, COMMIT);
        _claim(alice, "u33d");
        assertEq(token.totalSupply(), supply - COMMIT, "burned");
        assertEq(reg.cell("u33d").holder, alice, "held");
        assertFalse(reg.cell("u33d").granted, "bought, not granted");
        assertEq(reg.cellCount(alice), 1, "count");
        assertTrue(reg.isAuthority(alice), "authority");
        assertEq(reg.heldBelow("u33"), 1, "ancestor counter");
        assertEq(reg.heldBelow("u"), 1, "root counter");
    }

    function test_claimCell_badName_reverts() public {
        string[8] memory bad = ["", "u33du33du33du", "a", "i", "l", "o", "U", "u3-"];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(alice);
            vm.expectRevert(IAuthorityRegistry.Authority_BadCell.selector);
            reg.claimCell(bad[i]);
        }
        _claim(alice, "0123456789bc"); // 12 characters, digits and letters
    }

    function test_claimCell_overlap_reverts() public {
        _claim(alice, "u33d");
        string[3] memory clash = ["u33d", "u33", "u33dbc"];
        for (uint256 i = 0; i < clash.length; ++i) {
            vm.prank(bob);
            vm.expectRevert(IAuthorityRegistry.Authority_Overlap.selector);
            reg.claimCell(clash[i]);
        }
        _claim(bob, "u33e"); // a sibling is fine
        _claim(bob, "u34");
        assertFalse(reg.isAvailable("u3"), "ancestor of held cells");
        assertTrue(reg.isAvailable("u35"), "free sibling");
        assertFalse(reg.isAvailable("a"), "bad name is never available");
    }

    function test_claimCell_disabledOrNoAllowance_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(); // ERC20InsufficientAllowance from the token
        reg.claimCell("u33d");
        vm.prank(admin);
        reg.setCommitAmount(0);
        vm.prank(alice);
        vm.expectRevert(IAuthorityRegistry.Authority_ClaimDisabled.selector);
        reg.claimCell("u33d");
        AuthorityRegistry r = AuthorityRegistry(Clones.clone(address(impl)));
        r.initialize(admin, address(0), COMMIT);
        vm.prank(alice);
        vm.expectRevert(IAuthorityRegistry.Authority_ClaimDisabled.selector);
        r.claimCell("u33d");
    }

    function test_grantCell_admin_succeeds() public {
        uint256 supply = token.totalSupply();
        vm.prank(admin);
        reg.grantCell("gcpv", bob);
        assertEq(reg.cell("gcpv").holder, bob, "granted");
        assertTrue(reg.cell("gcpv").granted, "flag");
        assertEq(token.totalSupply(), supply, "nothing burned");
    }

    function test_grantCell_notAdminOrZero_reverts() public {
        bytes32 role = reg.DEFAULT_ADMIN_ROLE();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        reg.grantCell("gcpv", alice);
        vm.prank(admin);
        vm.expectRevert(IAuthorityRegistry.Authority_ZeroAddress.selector);
        reg.grantCell("gcpv", address(0));
    }

    function test_releaseCell_freesPrefixes_succeeds() public {
        _claim(alice, "u33d");
        vm.prank(alice);
        reg.releaseCell("u33d");
        assertEq(reg.cell("u33d").holder, address(0), "freed");
        assertEq(reg.heldBelow("u"), 0, "counters cleared");
        assertFalse(reg.isAuthority(alice), "no longer an authority");
        _claim(bob, "u3"); // the ancestor is claimable again
    }

    function test_releaseCell_notHolder_reverts() public {
        _claim(alice, "u33d");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotHolder.selector, bob));
        reg.releaseCell("u33d");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotHolder.selector, bob));
        reg.releaseCell("zzz");
    }

    function test_revokeCell_strikeBansHolder_succeeds() public {
        _claim(alice, "u33d");
        _claim(alice, "gcpv");
        vm.startPrank(alice);
        reg.registerKeyHolder(_pubkey("alice-ecies"));
        reg.issueDid(bob, keccak256("doc"));
        vm.stopPrank();
        vm.prank(admin);
        reg.revokeCell("u33d", true);
        assertTrue(reg.struck(alice), "struck");
        assertFalse(reg.isAuthority(alice), "not an authority although it holds gcpv");
        assertFalse(reg.isDidValid(bob), "DIDs of a struck issuer are invalid");
        assertEq(reg.keyHolders().length, 0, "key holder removed");
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_Struck.selector, alice));
        reg.grantCell("u33d", alice);
        // Anyone may evict the struck holder from its remaining cell.
        vm.prank(stranger);
        reg.evict("gcpv");
        assertEq(reg.cellCount(alice), 0, "evicted");
    }

    function test_revokeCell_withoutStrike_succeeds() public {
        _claim(alice, "u33d");
        vm.prank(admin);
        reg.revokeCell("u33d", false);
        assertFalse(reg.struck(alice), "not struck");
        _claim(alice, "u33d"); // may come back by paying again
    }

    function test_revokeCell_notAdminOrUnheld_reverts() public {
        bytes32 role = reg.DEFAULT_ADMIN_ROLE();
        _claim(alice, "u33d");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, role));
        reg.revokeCell("u33d", true);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotHolder.selector, address(0)));
        reg.revokeCell("u33e", true);
    }

    function test_evict_notStruck_reverts() public {
        _claim(alice, "u33d");
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotStruck.selector, alice));
        reg.evict("u33d");
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotHolder.selector, address(0)));
        reg.evict("u33e");
    }

    // ------------------------------------------------------------------ DIDs

    function test_issueDid_recordsAndFormats_succeeds() public {
        _claim(alice, "u33d");
        string memory want =
            string.concat("did:dip:", vm.toString(block.chainid), ":", vm.toLowercase(vm.toString(bob)));
        vm.prank(alice);
        vm.expectEmit(true, true, false, true, address(reg));
        emit IAuthorityRegistry.DidIssued(bob, alice, keccak256("doc"), want);
        reg.issueDid(bob, keccak256("doc"));
        assertEq(reg.didOf(bob), want, "did string");
        IAuthorityRegistry.Did memory d = reg.didRecord(bob);
        assertEq(d.issuer, alice, "issuer");
        assertEq(d.documentHash, keccak256("doc"), "document");
        assertTrue(reg.isDidValid(bob), "valid");
    }

    function test_issueDid_notAuthorityOrExisting_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAuthority.selector, alice));
        reg.issueDid(bob, keccak256("doc"));
        _claim(alice, "u33d");
        vm.prank(alice);
        reg.issueDid(bob, keccak256("doc"));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_DidExists.selector, bob));
        reg.issueDid(bob, keccak256("doc2"));
        vm.prank(alice);
        vm.expectRevert(IAuthorityRegistry.Authority_ZeroAddress.selector);
        reg.issueDid(address(0), keccak256("doc"));
    }

    function test_updateDid_issuerOnly_succeeds() public {
        _claim(alice, "u33d");
        vm.prank(alice);
        reg.issueDid(bob, keccak256("doc"));
        vm.prank(alice);
        reg.updateDid(bob, keccak256("doc2"));
        assertEq(reg.didRecord(bob).documentHash, keccak256("doc2"), "updated");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_Unauthorized.selector, bob));
        reg.updateDid(bob, keccak256("doc3"));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NoDid.selector, stranger));
        reg.updateDid(stranger, keccak256("doc"));
    }

    function test_revokeDid_issuerOrAdmin_succeeds() public {
        _claim(alice, "u33d");
        vm.startPrank(alice);
        reg.issueDid(bob, keccak256("doc"));
        reg.issueDid(stranger, keccak256("doc"));
        reg.revokeDid(bob);
        vm.stopPrank();
        assertFalse(reg.isDidValid(bob), "revoked by issuer");
        vm.prank(admin);
        reg.revokeDid(stranger);
        assertFalse(reg.isDidValid(stranger), "revoked by governance");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NoDid.selector, bob));
        reg.revokeDid(bob);
        // Re-issue after revocation.
        vm.prank(alice);
        reg.issueDid(bob, keccak256("doc-new"));
        assertTrue(reg.isDidValid(bob), "re-issued");
    }

    function test_revokeDid_stranger_reverts() public {
        _claim(alice, "u33d");
        vm.prank(alice);
        reg.issueDid(bob, keccak256("doc"));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_Unauthorized.selector, stranger));
        reg.revokeDid(bob);
    }

    function test_isDidValid_afterIssuerExits_succeeds() public {
        _claim(alice, "u33d");
        vm.prank(alice);
        reg.issueDid(bob, keccak256("doc"));
        vm.prank(alice);
        reg.releaseCell("u33d");
        assertTrue(reg.isDidValid(bob), "a graceful exit keeps issued DIDs valid");
    }

    // ------------------------------------------------------------------ key holders

    function test_registerKeyHolder_validKey_succeeds() public {
        _claim(alice, "u33d");
        _claim(bob, "gcpv");
        bytes memory ka = _pubkey("alice-ecies");
        bytes memory kb = _pubkey("bob-ecies");
        vm.prank(alice);
        reg.registerKeyHolder(ka);
        vm.prank(bob);
        reg.registerKeyHolder(kb);
        assertEq(reg.publicKeyOf(alice), ka, "alice key");
        address[] memory hs = reg.keyHolders();
        assertEq(hs.length, 2, "two holders");
        vm.prank(alice);
        reg.registerKeyHolder(kb); // replace, no duplicate entry
        assertEq(reg.keyHolders().length, 2, "still two");
        vm.prank(alice);
        reg.deregisterKeyHolder();
        hs = reg.keyHolders();
        assertEq(hs.length, 1, "one left");
        assertEq(hs[0], bob, "bob moved into the gap");
        assertEq(reg.publicKeyOf(alice).length, 0, "key cleared");
    }

    function test_registerKeyHolder_badKey_reverts() public {
        _claim(alice, "u33d");
        bytes memory good = _pubkey("alice-ecies");
        bytes memory wrongPrefix = bytes.concat(good);
        wrongPrefix[0] = 0x02;
        bytes memory offCurve = bytes.concat(good);
        offCurve[64] = offCurve[64] ^ 0x01;
        bytes memory xTooBig = abi.encodePacked(bytes1(0x04), type(uint256).max, uint256(1));
        bytes[4] memory bad = [wrongPrefix, offCurve, xTooBig, bytes.concat(good, hex"00")];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(alice);
            vm.expectRevert(IAuthorityRegistry.Authority_BadPublicKey.selector);
            reg.registerKeyHolder(bad[i]);
        }
    }

    function test_registerKeyHolder_notAuthority_reverts() public {
        bytes memory k = _pubkey("x");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAuthority.selector, alice));
        reg.registerKeyHolder(k);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotKeyHolder.selector, alice));
        reg.deregisterKeyHolder();
    }

    function test_releaseCell_lastCellDropsKeyHolder_succeeds() public {
        _claim(alice, "u33d");
        _claim(alice, "gcpv");
        vm.prank(alice);
        reg.registerKeyHolder(_pubkey("alice-ecies"));
        vm.prank(alice);
        reg.releaseCell("u33d");
        assertEq(reg.keyHolders().length, 1, "still holds a cell");
        vm.prank(alice);
        reg.releaseCell("gcpv");
        assertEq(reg.keyHolders().length, 0, "no cell, no key holding");
    }

    // ------------------------------------------------------------------ fuzz

    /// @notice Two cells can both be held iff neither is a prefix of the other.
    function testFuzz_claimCell_exclusiveAlongPrefixes(uint256 seedA, uint256 seedB) public {
        string memory a = _cell(seedA);
        string memory b = _cell(seedB);
        _claim(alice, a);
        bool clash = _isPrefix(a, b) || _isPrefix(b, a);
        vm.prank(bob);
        if (clash) vm.expectRevert(IAuthorityRegistry.Authority_Overlap.selector);
        reg.claimCell(b);
        assertEq(reg.cellCount(bob), clash ? 0 : 1, "held iff no prefix relation");
    }

    /// @dev A random 1..4 character cell over a 3-letter alphabet, so prefixes collide often.
    function _cell(uint256 seed) internal pure returns (string memory) {
        uint256 n = seed % 4 + 1;
        bytes memory b = new bytes(n);
        bytes3 alphabet = "u3d";
        for (uint256 i = 0; i < n; ++i) {
            b[i] = alphabet[(seed >> (8 * (i + 1))) % 3];
        }
        return string(b);
    }

    function _isPrefix(string memory p, string memory s) internal pure returns (bool) {
        bytes memory pb = bytes(p);
        bytes memory sb = bytes(s);
        if (pb.length > sb.length) return false;
        for (uint256 i = 0; i < pb.length; ++i) {
            if (pb[i] != sb[i]) return false;
        }
        return true;
    }
}
