// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

import {AuthorityRegistry} from "../../src/AuthorityRegistry.sol";
import {AuthorityBase} from "./AuthorityRegistry.t.sol";

/// @notice Claims, grants, releases, revocations (with and without strike), evictions and key
/// registrations over every cell of length 1..3 in a 3-letter alphabet (39 cells), so prefix
/// clashes are frequent.
contract AuthorityHandler is Test {
    AuthorityRegistry internal reg;
    address internal admin;
    address[] public holders;
    string[] public cells;
    bytes[] internal keys;

    constructor(AuthorityRegistry reg_, address admin_, address[] memory holders_) {
        reg = reg_;
        admin = admin_;
        holders = holders_;
        for (uint256 i = 0; i < holders_.length; ++i) {
            Vm.Wallet memory w = vm.createWallet(string.concat("ecies", vm.toString(i)));
            keys.push(abi.encodePacked(bytes1(0x04), w.publicKeyX, w.publicKeyY));
        }
        bytes3 alphabet = "u3d";
        for (uint256 a = 0; a < 3; ++a) {
            cells.push(string(abi.encodePacked(alphabet[a])));
            for (uint256 b = 0; b < 3; ++b) {
                cells.push(string(abi.encodePacked(alphabet[a], alphabet[b])));
                for (uint256 c = 0; c < 3; ++c) {
                    cells.push(string(abi.encodePacked(alphabet[a], alphabet[b], alphabet[c])));
                }
            }
        }
    }

    function cellCount() external view returns (uint256) {
        return cells.length;
    }

    function holderCount() external view returns (uint256) {
        return holders.length;
    }

    function claim(uint256 who, uint256 cell) external {
        vm.prank(holders[who % holders.length]);
        try reg.claimCell(cells[cell % cells.length]) {} catch {}
    }

    function grant(uint256 who, uint256 cell) external {
        vm.prank(admin);
        try reg.grantCell(cells[cell % cells.length], holders[who % holders.length]) {} catch {}
    }

    function release(uint256 cell) external {
        string memory c = cells[cell % cells.length];
        address h = reg.cell(c).holder;
        if (h == address(0)) return;
        vm.prank(h);
        reg.releaseCell(c);
    }

    function revoke(uint256 cell, bool strike) external {
        vm.prank(admin);
        try reg.revokeCell(cells[cell % cells.length], strike) {} catch {}
    }

    function evict(uint256 cell) external {
        try reg.evict(cells[cell % cells.length]) {} catch {}
    }

    function registerKey(uint256 who) external {
        uint256 k = who % holders.length;
        vm.prank(holders[k]);
        try reg.registerKeyHolder(keys[k]) {} catch {}
    }
}

/// forge-config: default.invariant.runs = 32
contract AuthorityRegistryInvariantTest is AuthorityBase {
    AuthorityHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory hs = new address[](4);
        for (uint256 i = 0; i < 4; ++i) {
            hs[i] = makeAddr(string.concat("holder", vm.toString(i)));
            _fund(hs[i]);
            token.mint(hs[i], 1000 * COMMIT);
        }
        handler = new AuthorityHandler(reg, admin, hs);
        targetContract(address(handler));
    }

    /// @notice Invariant: no held cell is a prefix of another held cell, every prefix counter equals
    /// the number of held cells strictly below it, and holders' cell counts add up to the held cells.
    function invariant_cellsExclusive() public view {
        uint256 n = handler.cellCount();
        string[] memory names = new string[](n);
        bool[] memory held = new bool[](n);
        uint256 heldCount;
        for (uint256 i = 0; i < n; ++i) {
            names[i] = handler.cells(i);
            held[i] = reg.cell(names[i]).holder != address(0);
            if (held[i]) heldCount++;
        }
        for (uint256 i = 0; i < n; ++i) {
            uint256 below;
            for (uint256 j = 0; j < n; ++j) {
                if (i != j && held[j] && _isPrefix(names[i], names[j])) {
                    below++;
                    assertFalse(held[i], "an ancestor of a held cell is held");
                }
            }
            assertEq(reg.heldBelow(names[i]), below, "prefix counter");
        }
        uint256 counted;
        for (uint256 h = 0; h < handler.holderCount(); ++h) {
            counted += reg.cellCount(handler.holders(h));
        }
        assertEq(counted, heldCount, "cell counts add up");
    }

    /// @notice Invariant: every registered key holder is a current, unstruck authority, listed once.
    function invariant_keyHoldersAreAuthorities() public view {
        address[] memory ks = reg.keyHolders();
        for (uint256 i = 0; i < ks.length; ++i) {
            assertTrue(reg.cellCount(ks[i]) > 0, "key holder holds a cell");
            assertFalse(reg.struck(ks[i]), "key holder not struck");
            assertEq(reg.publicKeyOf(ks[i]).length, 65, "key stored");
            for (uint256 j = i + 1; j < ks.length; ++j) {
                assertTrue(ks[i] != ks[j], "listed once");
            }
        }
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
