// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";

import {AuthorityRegistry} from "../../src/AuthorityRegistry.sol";
import {IAuthorityRegistry} from "../../src/interfaces/IAuthorityRegistry.sol";
import {AssetBase} from "./AuthorityRegistryAssets.t.sol";

/// @notice Registers seals over random holder subsets, tiers and thresholds (valid or not, for the
/// right or a wrong id) by random accounts, transfers and retires records (by owners and strangers),
/// and tracks what each record must be.
contract AssetHandler is Test {
    AuthorityRegistry internal reg;
    address[] internal holders;
    address[] internal actors;
    address internal lat;

    bytes32[] public ids;
    mapping(bytes32 id => address) public ghostOwner;
    mapping(bytes32 id => bool) public ghostRetired;
    mapping(bytes32 id => uint8) public ghostTier;

    constructor(AuthorityRegistry reg_, address[] memory holders_, address lat_) {
        reg = reg_;
        holders = holders_;
        lat = lat_;
        for (uint256 i = 0; i < 4; ++i) {
            actors.push(makeAddr(string.concat("actor", vm.toString(i))));
        }
    }

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    /// @dev Valid parameters most of the time; a wrong id one call in four.
    function register(uint256 actor, uint256 mask, uint256 tier, uint256 threshold, uint256 salt) external {
        bool wrongId = salt % 4 == 0;
        IAuthorityRegistry.AssetSeal memory s;
        s.tokens = new address[](1);
        s.tokens[0] = lat;
        s.tier = uint8(bound(tier, 0, 33));
        mask = bound(mask, 0, 7);
        uint256 n;
        for (uint256 i = 0; i < 3; ++i) {
            if (mask & (1 << i) != 0) ++n;
        }
        s.holders = new address[](n);
        s.shareCommitments = new bytes32[](n);
        uint256 k;
        for (uint256 i = 0; i < 3; ++i) {
            if (mask & (1 << i) == 0) continue;
            s.holders[k] = holders[i];
            s.shareCommitments[k] = keccak256(abi.encode(salt, i));
            ++k;
        }
        s.threshold = uint8(bound(threshold, 0, n));
        s.sharesHash = keccak256(abi.encode(bound(salt, 0, 3))); // small space: repeats happen
        s.chunkSize = 65_536;
        address who = actors[bound(actor, 0, actors.length - 1)];
        bytes32 id;
        try reg.computeAssetId(s) returns (bytes32 computed) {
            id = computed;
        } catch {
            id = keccak256(abi.encode(salt));
        }
        if (wrongId) id = keccak256(abi.encode(id));
        vm.prank(who);
        try reg.registerAsset(id, s) {
            ids.push(id);
            ghostOwner[id] = who;
            ghostTier[id] = s.tier;
        } catch {}
    }

    function transfer(uint256 idx, uint256 actor, uint256 to) external {
        if (ids.length == 0) return;
        bytes32 id = ids[bound(idx, 0, ids.length - 1)];
        address who = actor % 2 == 0 ? ghostOwner[id] : actors[bound(actor, 0, actors.length - 1)];
        address dest = actors[bound(to, 0, actors.length - 1)];
        vm.prank(who);
        try reg.transferAsset(id, dest) {
            ghostOwner[id] = dest;
        } catch {}
    }

    function retire(uint256 idx, uint256 actor) external {
        if (ids.length == 0) return;
        bytes32 id = ids[bound(idx, 0, ids.length - 1)];
        address who = actor % 2 == 0 ? ghostOwner[id] : actors[bound(actor, 0, actors.length - 1)];
        vm.prank(who);
        try reg.retireAsset(id) {
            ghostRetired[id] = true;
        } catch {}
    }
}

contract AuthorityRegistryAssetsInvariantTest is AssetBase {
    AssetHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory hs = new address[](3);
        (hs[0], hs[1], hs[2]) = (alice, bob, carol);
        handler = new AssetHandler(reg, hs, lat);
        // One record exists from the start, so transfers and retirements always have a target.
        handler.register(0, 7, 2, 2, 1);
        assertEq(handler.idCount(), 1, "seed record registered");
        targetContract(address(handler));
    }

    /// @notice Invariant: every registered record hashes to its own id (keccak256(abi.encode(tagAsset,
    /// paramsHash, sharesHash)) == id), has valid parameters (tier 1..32, 1 <= threshold <= holders),
    /// is owned by whoever registered it or received it from its owner, and once retired stays retired.
    function invariant_assetRecordsMatchTheirIds() public view {
        uint256 n = handler.idCount();
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = handler.ids(i);
            IAuthorityRegistry.Asset memory a = reg.asset(id);
            assertEq(keccak256(abi.encode(TAG_ASSET, a.paramsHash, a.sharesHash)), id, "record hashes to its id");
            assertEq(a.owner, handler.ghostOwner(id), "owner is the registrant or its transferee");
            assertTrue(a.owner != address(0), "registered record has an owner");
            assertEq(a.retired, handler.ghostRetired(id), "retired exactly when its owner retired it");
            assertEq(a.tier, handler.ghostTier(id), "tier as registered");
            assertTrue(a.tier >= 1 && a.tier <= 32, "tier in range");
            assertTrue(a.threshold >= 1 && a.threshold <= a.holders.length, "threshold in 1..n");
        }
    }
}
