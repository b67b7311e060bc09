// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AuthorityBase} from "./AuthorityRegistry.t.sol";
import {IAuthorityRegistry} from "../../src/interfaces/IAuthorityRegistry.sol";

/// @notice Builds sealed-asset parameters and computes their asset id the way escrow/keyshare does
/// (docs/keyshare.md), word by word, independently of the registry's code.
abstract contract AssetBase is AuthorityBase {
    bytes32 internal constant TAG_PARAMS = keccak256("dip.keyshare.params.v1");
    bytes32 internal constant TAG_ASSET = keccak256("dip.keyshare.asset.v1");

    address internal carol = makeAddr("carol");
    address internal lat = makeAddr("lat");
    address internal owner = makeAddr("owner");

    function setUp() public virtual override {
        super.setUp();
        _fund(carol);
        _claim(alice, "u4pru");
        _claim(bob, "u4prv");
        _claim(carol, "u4prw");
        _registerKey(alice);
        _registerKey(bob);
        _registerKey(carol);
    }

    function _registerKey(address who) internal {
        bytes memory pub = _pubkey(vm.toString(who));
        vm.prank(who);
        reg.registerKeyHolder(pub);
    }

    /// @dev A 2-of-3 seal over alice, bob and carol.
    function _seal() internal view returns (IAuthorityRegistry.AssetSeal memory s) {
        s.tokens = new address[](1);
        s.tokens[0] = lat;
        s.tier = 2;
        s.threshold = 2;
        s.holders = new address[](3);
        (s.holders[0], s.holders[1], s.holders[2]) = (alice, bob, carol);
        s.shareCommitments = new bytes32[](3);
        for (uint256 i = 0; i < 3; ++i) {
            s.shareCommitments[i] = keccak256(abi.encode("commitment", i));
        }
        s.suiteHash = keccak256("aes-256-gcm-stream-v1");
        s.chunkSize = 65_536;
        s.size = 215;
        s.ciphertextSha256 = sha256("ciphertext");
        s.keyCommitment = keccak256("key commitment");
        s.sharesHash = keccak256("shares");
    }

    /// @dev The asset id of docs/keyshare.md.
    function _id(IAuthorityRegistry.AssetSeal memory s) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(TAG_ASSET, _params(s), s.sharesHash));
    }

    /// @dev The parameters hash of docs/keyshare.md, built from packed 32-byte words.
    function _params(IAuthorityRegistry.AssetSeal memory s) internal view returns (bytes32) {
        bytes memory leaves;
        for (uint256 i = 0; i < s.holders.length; ++i) {
            leaves = bytes.concat(
                leaves,
                keccak256(
                    abi.encodePacked(
                        bytes32(i + 1),
                        bytes32(uint256(uint160(s.holders[i]))),
                        keccak256(reg.publicKeyOf(s.holders[i])),
                        s.shareCommitments[i]
                    )
                )
            );
        }
        bytes memory tokens;
        for (uint256 i = 0; i < s.tokens.length; ++i) {
            tokens = bytes.concat(tokens, bytes32(uint256(uint160(s.tokens[i]))));
        }
        bytes memory head = abi.encodePacked(
            TAG_PARAMS,
            uint256(1),
            block.chainid,
            keccak256(tokens),
            uint256(s.tier),
            uint256(s.threshold),
            s.holders.length
        );
        return keccak256(
            abi.encodePacked(
                head,
                s.suiteHash,
                uint256(s.chunkSize),
                uint256(s.size),
                s.ciphertextSha256,
                s.keyCommitment,
                keccak256(leaves)
            )
        );
    }

    function _register(address who, IAuthorityRegistry.AssetSeal memory s) internal returns (bytes32 id) {
        id = _id(s);
        vm.prank(who);
        reg.registerAsset(id, s);
    }
}

contract AuthorityRegistryAssetsTest is AssetBase {
    // ------------------------------------------------------------------ registerAsset

    function test_registerAsset_recordsAndEmits_succeeds() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _id(s);
        assertEq(reg.computeAssetId(s), id, "computeAssetId agrees with the reference hashing");
        vm.warp(1_000_000);
        vm.expectEmit(address(reg));
        emit IAuthorityRegistry.AssetRegistered(id, owner, 2, 2, 3, _params(s));
        vm.prank(owner);
        reg.registerAsset(id, s);

        IAuthorityRegistry.Asset memory a = reg.asset(id);
        assertEq(a.owner, owner, "owner is the registrant");
        assertEq(a.registeredAt, 1_000_000, "registeredAt");
        assertEq(a.tier, 2, "tier");
        assertEq(a.threshold, 2, "threshold");
        assertFalse(a.retired, "not retired");
        assertEq(a.sharesHash, s.sharesHash, "sharesHash");
        assertEq(a.paramsHash, _params(s), "paramsHash");
        assertEq(keccak256(abi.encode(TAG_ASSET, a.paramsHash, a.sharesHash)), id, "record hashes to its id");
        assertEq(a.tokens.length, 1, "one token");
        assertEq(a.tokens[0], lat, "token");
        assertEq(a.holders.length, 3, "three holders");
        assertEq(a.holders[0], alice, "slot 1");
        assertEq(a.holders[1], bob, "slot 2");
        assertEq(a.holders[2], carol, "slot 3");
    }

    function test_registerAsset_twice_reverts() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _register(owner, s);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetExists.selector, id));
        vm.prank(stranger);
        reg.registerAsset(id, s);
        assertEq(reg.asset(id).owner, owner, "first registrant keeps the record");
    }

    function test_registerAsset_idMismatch_reverts() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _id(s);
        s.tier = 1; // a cheaper tier than the manifest's
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetIdMismatch.selector, id, _id(s)));
        reg.registerAsset(id, s);
    }

    function test_registerAsset_otherChain_reverts() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _id(s);
        vm.chainId(1);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetIdMismatch.selector, id, _id(s)));
        reg.registerAsset(id, s);
    }

    function test_registerAsset_holderKeyReplaced_reverts() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _id(s);
        // bob registers another key: the shares were sealed to the old one.
        bytes memory other = _pubkey("bob's new key");
        vm.prank(bob);
        reg.registerKeyHolder(other);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetIdMismatch.selector, id, _id(s)));
        reg.registerAsset(id, s);
    }

    function test_registerAsset_unregisteredHolder_reverts() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        s.holders[1] = stranger;
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_HolderNotRegistered.selector, stranger));
        reg.registerAsset(bytes32(uint256(1)), s);

        // A holder struck after sealing can no longer be registered for.
        s = _seal();
        vm.prank(admin);
        reg.revokeCell("u4prv", true);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_HolderNotRegistered.selector, bob));
        reg.registerAsset(bytes32(uint256(1)), s);
    }

    function test_registerAsset_badParams_reverts() public {
        for (uint256 c = 0; c < 8; ++c) {
            IAuthorityRegistry.AssetSeal memory s = _seal();
            if (c == 0) s.tokens = new address[](0);
            if (c == 1) s.tokens = new address[](65);
            if (c == 2) s.tier = 0;
            if (c == 3) s.tier = 33;
            if (c == 4) s.threshold = 0;
            if (c == 5) s.threshold = 4;
            if (c == 6) s.shareCommitments = new bytes32[](2);
            if (c == 7) (s.holders, s.shareCommitments, s.threshold) = (new address[](0), new bytes32[](0), 0);
            vm.expectRevert(IAuthorityRegistry.Authority_BadAssetParams.selector);
            reg.registerAsset(bytes32(c), s);
        }
    }

    // ------------------------------------------------------------------ transferAsset / retireAsset

    function test_transferAsset_ownerOnly_succeeds() public {
        bytes32 id = _register(owner, _seal());
        vm.expectEmit(address(reg));
        emit IAuthorityRegistry.AssetTransferred(id, owner, bob);
        vm.prank(owner);
        reg.transferAsset(id, bob);
        assertEq(reg.asset(id).owner, bob, "new owner");
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAssetOwner.selector, owner));
        vm.prank(owner);
        reg.retireAsset(id);
    }

    function test_transferAsset_strangerZeroOrUnknown_reverts() public {
        bytes32 id = _register(owner, _seal());
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAssetOwner.selector, stranger));
        vm.prank(stranger);
        reg.transferAsset(id, stranger);
        vm.expectRevert(IAuthorityRegistry.Authority_ZeroAddress.selector);
        vm.prank(owner);
        reg.transferAsset(id, address(0));
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_UnknownAsset.selector, bytes32(uint256(7))));
        vm.prank(owner);
        reg.transferAsset(bytes32(uint256(7)), bob);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAssetOwner.selector, admin));
        reg.transferAsset(id, admin);
    }

    function test_retireAsset_ownerOnce_succeeds() public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _register(owner, s);
        vm.expectEmit(address(reg));
        emit IAuthorityRegistry.AssetRetired(id, owner);
        vm.prank(owner);
        reg.retireAsset(id);
        assertTrue(reg.asset(id).retired, "retired");
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetRetired.selector, id));
        vm.prank(owner);
        reg.retireAsset(id);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetExists.selector, id));
        reg.registerAsset(id, s);
    }

    function test_retireAsset_strangerOrUnknown_reverts() public {
        bytes32 id = _register(owner, _seal());
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAssetOwner.selector, stranger));
        vm.prank(stranger);
        reg.retireAsset(id);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_UnknownAsset.selector, bytes32(0)));
        reg.retireAsset(bytes32(0));
    }

    // ------------------------------------------------------------------ fuzz

    /// @dev Changing any one hashed field changes the id, so the old id no longer registers.
    function testFuzz_registerAsset_anyFieldChangeBreaksId(uint256 field, uint256 value) public {
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _id(s);
        field = bound(field, 0, 11);
        if (field == 0) s.tokens[0] = address(uint160(bound(value, 1, type(uint160).max)));
        if (field == 1) s.tier = uint8(bound(value, 1, 32));
        if (field == 2) s.threshold = uint8(bound(value, 1, 3));
        if (field == 3) (s.holders[0], s.holders[1]) = (s.holders[1], s.holders[0]);
        if (field == 4) s.shareCommitments[bound(value, 0, 2)] = keccak256(abi.encode(value, "other"));
        if (field == 5) s.suiteHash = keccak256(abi.encode(value));
        if (field == 6) s.chunkSize = uint32(bound(value, 1, type(uint32).max));
        if (field == 7) s.size = uint64(bound(value, 0, type(uint64).max));
        if (field == 8) s.ciphertextSha256 = keccak256(abi.encode(value, "sha"));
        if (field == 9) s.keyCommitment = keccak256(abi.encode(value, "key"));
        if (field == 10) s.sharesHash = keccak256(abi.encode(value, "shares"));
        if (field == 11) s.holders[2] = s.holders[0]; // a repeated holder
        vm.assume(_id(s) != id);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetIdMismatch.selector, id, _id(s)));
        reg.registerAsset(id, s);
        assertEq(reg.computeAssetId(s), _id(s), "registry and reference agree on the changed seal");
    }

    /// @dev Whoever registers first owns the record; nobody else can change it.
    function testFuzz_registerAsset_firstComeOwns(address first, address second) public {
        vm.assume(first != address(0) && second != first);
        IAuthorityRegistry.AssetSeal memory s = _seal();
        bytes32 id = _register(first, s);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_AssetExists.selector, id));
        vm.prank(second);
        reg.registerAsset(id, s);
        vm.expectRevert(abi.encodeWithSelector(IAuthorityRegistry.Authority_NotAssetOwner.selector, second));
        vm.prank(second);
        reg.retireAsset(id);
        assertEq(reg.asset(id).owner, first, "first registrant owns the record");
    }
}
