// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {IAuthorityRegistry} from "./interfaces/IAuthorityRegistry.sol";

/// @title AuthorityRegistry
/// @notice See {IAuthorityRegistry}. Deployed once as an implementation and cloned (EIP-1167) per guild.
/// @dev Exclusivity costs O(length) per change: holding a cell writes a counter on each of its proper
/// prefixes (`_below`), so "some descendant is held" is one read and "some ancestor is held" is at
/// most MAX_PRECISION reads.
contract AuthorityRegistry is IAuthorityRegistry, Initializable, AccessControlUpgradeable, ReentrancyGuardTransient {
    /// @notice Longest cell name (a 12-character geohash is a few centimetres wide).
    uint256 public constant MAX_PRECISION = 12;
    /// @dev Manifest format (docs/keyshare.md) whose asset ids `registerAsset` recomputes.
    uint256 private constant _MANIFEST_VERSION = 1;
    uint256 private constant _MAX_TOKENS = 64;
    uint256 private constant _MAX_TIER = 32;
    uint256 private constant _MAX_SHARES = 255;
    /// @dev keccak256("dip.keyshare.params.v1") and keccak256("dip.keyshare.asset.v1").
    bytes32 private constant _TAG_PARAMS = keccak256("dip.keyshare.params.v1");
    bytes32 private constant _TAG_ASSET = keccak256("dip.keyshare.asset.v1");
    /// @dev The secp256k1 field prime.
    uint256 private constant _P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    /// @inheritdoc IAuthorityRegistry
    address public commitToken;
    /// @inheritdoc IAuthorityRegistry
    uint256 public commitAmount;

    mapping(bytes32 cellKey => Cell) private _cells;
    mapping(bytes32 cellKey => uint256) private _below;
    mapping(address account => uint256) private _cellCount;
    mapping(address account => bool) private _struck;
    mapping(address subject => Did) private _dids;
    mapping(address holder => bytes) private _publicKeys;
    address[] private _keyHolders;
    /// @dev Position + 1 in `_keyHolders`; 0 when not a key holder.
    mapping(address holder => uint256) private _keyHolderPos;
    mapping(bytes32 assetId => Asset) private _assets;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IAuthorityRegistry
    function initialize(address admin, address commitToken_, uint256 commitAmount_) external initializer {
        if (admin == address(0)) revert Authority_ZeroAddress();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        commitToken = commitToken_;
        commitAmount = commitAmount_;
        emit CommitAmountSet(commitAmount_);
    }

    // ------------------------------------------------------------------ cells

    /// @inheritdoc IAuthorityRegistry
    function claimCell(string calldata name) external nonReentrant {
        address token = commitToken;
        uint256 amount = commitAmount;
        if (token == address(0) || amount == 0) revert Authority_ClaimDisabled();
        _hold(name, msg.sender, false);
        emit CellClaimed(name, msg.sender, amount);
        ERC20Burnable(token).burnFrom(msg.sender, amount);
    }

    /// @inheritdoc IAuthorityRegistry
    function grantCell(string calldata name, address holder) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (holder == address(0)) revert Authority_ZeroAddress();
        _hold(name, holder, true);
        emit CellGranted(name, holder);
    }

    /// @inheritdoc IAuthorityRegistry
    function releaseCell(string calldata name) external {
        address holder = _cells[_key(name)].holder;
        if (holder == address(0) || holder != msg.sender) revert Authority_NotHolder(msg.sender);
        _free(name, holder);
        emit CellReleased(name, holder);
    }

    /// @inheritdoc IAuthorityRegistry
    function revokeCell(string calldata name, bool strike) external onlyRole(DEFAULT_ADMIN_ROLE) {
        address holder = _cells[_key(name)].holder;
        if (holder == address(0)) revert Authority_NotHolder(address(0));
        _free(name, holder);
        emit CellRevoked(name, holder, strike);
        if (strike && !_struck[holder]) {
            _struck[holder] = true;
            _removeKeyHolder(holder);
            emit HolderStruck(holder);
        }
    }

    /// @inheritdoc IAuthorityRegistry
    function evict(string calldata name) external {
        address holder = _cells[_key(name)].holder;
        if (holder == address(0)) revert Authority_NotHolder(address(0));
        if (!_struck[holder]) revert Authority_NotStruck(holder);
        _free(name, holder);
        emit CellRevoked(name, holder, true);
    }

    /// @inheritdoc IAuthorityRegistry
    function setCommitAmount(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        commitAmount = amount;
        emit CommitAmountSet(amount);
    }

    // ------------------------------------------------------------------ DIDs

    /// @inheritdoc IAuthorityRegistry
    function issueDid(address subject, bytes32 documentHash) external {
        _checkAuthority(msg.sender);
        if (subject == address(0)) revert Authority_ZeroAddress();
        Did storage d = _dids[subject];
        if (d.issuer != address(0) && !d.revoked) revert Authority_DidExists(subject);
        uint64 nowTs = uint64(block.timestamp);
        _dids[subject] =
            Did({issuer: msg.sender, issuedAt: nowTs, updatedAt: nowTs, revoked: false, documentHash: documentHash});
        emit DidIssued(subject, msg.sender, documentHash, didOf(subject));
    }

    /// @inheritdoc IAuthorityRegistry
    function updateDid(address subject, bytes32 documentHash) external {
        Did storage d = _dids[subject];
        if (d.issuer == address(0) || d.revoked) revert Authority_NoDid(subject);
        if (d.issuer != msg.sender || _struck[msg.sender]) revert Authority_Unauthorized(msg.sender);
        d.documentHash = documentHash;
        d.updatedAt = uint64(block.timestamp);
        emit DidUpdated(subject, documentHash);
    }

    /// @inheritdoc IAuthorityRegistry
    function revokeDid(address subject) external {
        Did storage d = _dids[subject];
        if (d.issuer == address(0) || d.revoked) revert Authority_NoDid(subject);
        if (d.issuer != msg.sender && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert Authority_Unauthorized(msg.sender);
        }
        d.revoked = true;
        d.updatedAt = uint64(block.timestamp);
        emit DidRevoked(subject, msg.sender);
    }

    // ------------------------------------------------------------------ key holders

    /// @inheritdoc IAuthorityRegistry
    function registerKeyHolder(bytes calldata publicKey) external {
        _checkAuthority(msg.sender);
        _checkPublicKey(publicKey);
        _publicKeys[msg.sender] = publicKey;
        if (_keyHolderPos[msg.sender] == 0) {
            _keyHolders.push(msg.sender);
            _keyHolderPos[msg.sender] = _keyHolders.length;
        }
        emit KeyHolderRegistered(msg.sender, publicKey);
    }

    /// @inheritdoc IAuthorityRegistry
    function deregisterKeyHolder() external {
        if (_keyHolderPos[msg.sender] == 0) revert Authority_NotKeyHolder(msg.sender);
        _removeKeyHolder(msg.sender);
    }

    // ------------------------------------------------------------------ sealed assets

    /// @inheritdoc IAuthorityRegistry
    function registerAsset(bytes32 assetId, AssetSeal calldata seal) external {
        if (_assets[assetId].owner != address(0)) revert Authority_AssetExists(assetId);
        (bytes32 computed, bytes32 paramsHash) = _assetId(seal);
        if (computed != assetId) revert Authority_AssetIdMismatch(assetId, computed);
        Asset storage a = _assets[assetId];
        a.owner = msg.sender;
        a.registeredAt = uint64(block.timestamp);
        a.tier = seal.tier;
        a.threshold = seal.threshold;
        a.paramsHash = paramsHash;
        a.sharesHash = seal.sharesHash;
        a.tokens = seal.tokens;
        a.holders = seal.holders;
        emit AssetRegistered(assetId, msg.sender, seal.tier, seal.threshold, seal.holders.length, paramsHash);
    }

    /// @inheritdoc IAuthorityRegistry
    function transferAsset(bytes32 assetId, address to) external {
        if (to == address(0)) revert Authority_ZeroAddress();
        Asset storage a = _ownedAsset(assetId);
        a.owner = to;
        emit AssetTransferred(assetId, msg.sender, to);
    }

    /// @inheritdoc IAuthorityRegistry
    function retireAsset(bytes32 assetId) external {
        Asset storage a = _ownedAsset(assetId);
        if (a.retired) revert Authority_AssetRetired(assetId);
        a.retired = true;
        emit AssetRetired(assetId, msg.sender);
    }

    /// @inheritdoc IAuthorityRegistry
    function asset(bytes32 assetId) external view returns (Asset memory) {
        return _assets[assetId];
    }

    /// @inheritdoc IAuthorityRegistry
    function computeAssetId(AssetSeal calldata seal) external view returns (bytes32 id) {
        (id,) = _assetId(seal);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IAuthorityRegistry
    function cell(string calldata name) external view returns (Cell memory) {
        return _cells[_key(name)];
    }

    /// @inheritdoc IAuthorityRegistry
    function heldBelow(string calldata name) external view returns (uint256) {
        return _below[_key(name)];
    }

    /// @inheritdoc IAuthorityRegistry
    function isAvailable(string calldata name) external view returns (bool) {
        if (!_validCell(name)) return false;
        return !_overlaps(name);
    }

    /// @inheritdoc IAuthorityRegistry
    function cellCount(address account) external view returns (uint256) {
        return _cellCount[account];
    }

    /// @inheritdoc IAuthorityRegistry
    function isAuthority(address account) public view returns (bool) {
        return _cellCount[account] != 0 && !_struck[account];
    }

    /// @inheritdoc IAuthorityRegistry
    function struck(address account) external view returns (bool) {
        return _struck[account];
    }

    /// @inheritdoc IAuthorityRegistry
    function didRecord(address subject) external view returns (Did memory) {
        return _dids[subject];
    }

    /// @inheritdoc IAuthorityRegistry
    function isDidValid(address subject) external view returns (bool) {
        Did storage d = _dids[subject];
        return d.issuer != address(0) && !d.revoked && !_struck[d.issuer];
    }

    /// @inheritdoc IAuthorityRegistry
    function didOf(address subject) public view returns (string memory) {
        return string.concat("did:dip:", Strings.toString(block.chainid), ":", Strings.toHexString(subject));
    }

    /// @inheritdoc IAuthorityRegistry
    function keyHolders() external view returns (address[] memory) {
        return _keyHolders;
    }

    /// @inheritdoc IAuthorityRegistry
    function publicKeyOf(address holder) external view returns (bytes memory) {
        return _publicKeys[holder];
    }

    // ------------------------------------------------------------------ internal

    /// @dev Gives `name` to `holder` after checking the name and that no ancestor, the cell itself or
    /// any descendant is held.
    function _hold(string calldata name, address holder, bool granted) private {
        if (!_validCell(name)) revert Authority_BadCell();
        if (_struck[holder]) revert Authority_Struck(holder);
        if (_overlaps(name)) revert Authority_Overlap();
        bytes32 key = _key(name);
        _cells[key] = Cell({holder: holder, since: uint64(block.timestamp), granted: granted});
        _cellCount[holder] += 1;
        uint256 n = bytes(name).length;
        for (uint256 i = 1; i < n; ++i) {
            _below[_prefixKey(name, i)] += 1;
        }
    }

    /// @dev Frees `name`; an account left without cells stops being a key holder.
    function _free(string calldata name, address holder) private {
        delete _cells[_key(name)];
        uint256 n = bytes(name).length;
        for (uint256 i = 1; i < n; ++i) {
            _below[_prefixKey(name, i)] -= 1;
        }
        uint256 left = _cellCount[holder] - 1;
        _cellCount[holder] = left;
        if (left == 0) _removeKeyHolder(holder);
    }

    function _overlaps(string calldata name) private view returns (bool) {
        if (_below[_key(name)] != 0) return true;
        uint256 n = bytes(name).length;
        for (uint256 i = 1; i <= n; ++i) {
            if (_cells[_prefixKey(name, i)].holder != address(0)) return true;
        }
        return false;
    }

    function _removeKeyHolder(address holder) private {
        uint256 pos = _keyHolderPos[holder];
        if (pos == 0) return;
        uint256 last = _keyHolders.length;
        if (pos != last) {
            address moved = _keyHolders[last - 1];
            _keyHolders[pos - 1] = moved;
            _keyHolderPos[moved] = pos;
        }
        _keyHolders.pop();
        delete _keyHolderPos[holder];
        delete _publicKeys[holder];
        emit KeyHolderRemoved(holder);
    }

    /// @dev The record of `assetId`, which the caller must own.
    function _ownedAsset(bytes32 assetId) private view returns (Asset storage a) {
        a = _assets[assetId];
        if (a.owner == address(0)) revert Authority_UnknownAsset(assetId);
        if (a.owner != msg.sender) revert Authority_NotAssetOwner(msg.sender);
    }

    /// @dev Recomputes the asset id of docs/keyshare.md from `seal`, this chain's id and the holders'
    /// registered keys; returns it with the parameters hash.
    function _assetId(AssetSeal calldata seal) private view returns (bytes32 id, bytes32 paramsHash) {
        uint256 n = seal.holders.length;
        uint256 nTokens = seal.tokens.length;
        if (
            nTokens == 0 || nTokens > _MAX_TOKENS || seal.tier == 0 || seal.tier > _MAX_TIER || n == 0
                || n > _MAX_SHARES || seal.shareCommitments.length != n || seal.threshold == 0 || seal.threshold > n
        ) revert Authority_BadAssetParams();
        // Two abi.encode halves of static words concatenate to the single abi.encode of docs/keyshare.md.
        paramsHash = keccak256(
            bytes.concat(
                abi.encode(
                    _TAG_PARAMS,
                    _MANIFEST_VERSION,
                    block.chainid,
                    keccak256(abi.encodePacked(seal.tokens)),
                    seal.tier,
                    seal.threshold,
                    n
                ),
                abi.encode(
                    seal.suiteHash,
                    seal.chunkSize,
                    seal.size,
                    seal.ciphertextSha256,
                    seal.keyCommitment,
                    _holdersHash(seal.holders, seal.shareCommitments)
                )
            )
        );
        id = keccak256(abi.encode(_TAG_ASSET, paramsHash, seal.sharesHash));
    }

    /// @dev keccak256 of the slot leaves keccak256(abi.encode(uint8 index, address holder,
    /// keccak256(registered public key), bytes32 commitment)), concatenated in slot order.
    function _holdersHash(address[] calldata holders, bytes32[] calldata commitments) private view returns (bytes32) {
        uint256 n = holders.length;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            address h = holders[i];
            if (_keyHolderPos[h] == 0) revert Authority_HolderNotRegistered(h);
            leaves[i] = keccak256(abi.encode(i + 1, h, keccak256(_publicKeys[h]), commitments[i]));
        }
        return keccak256(abi.encodePacked(leaves));
    }

    function _checkAuthority(address account) private view {
        if (!isAuthority(account)) revert Authority_NotAuthority(account);
    }

    /// @dev Accepts only an uncompressed point 0x04 || x || y with x, y < p and y^2 = x^3 + 7 (mod p).
    function _checkPublicKey(bytes calldata key) private pure {
        if (key.length != 65 || key[0] != 0x04) revert Authority_BadPublicKey();
        uint256 x = uint256(bytes32(key[1:33]));
        uint256 y = uint256(bytes32(key[33:65]));
        if (x >= _P || y >= _P) revert Authority_BadPublicKey();
        uint256 lhs = mulmod(y, y, _P);
        uint256 rhs = addmod(mulmod(mulmod(x, x, _P), x, _P), 7, _P);
        if (lhs != rhs) revert Authority_BadPublicKey();
    }

    /// @dev Geohash base32: digits and lowercase letters except a, i, l, o.
    function _validCell(string calldata name) private pure returns (bool) {
        bytes calldata b = bytes(name);
        uint256 n = b.length;
        if (n == 0 || n > MAX_PRECISION) return false;
        for (uint256 i = 0; i < n; ++i) {
            bytes1 ch = b[i];
            bool digit = ch >= "0" && ch <= "9";
            bool letter = ch >= "b" && ch <= "z" && ch != "i" && ch != "l" && ch != "o";
            if (!digit && !letter) return false;
        }
        return true;
    }

    function _key(string calldata name) private pure returns (bytes32) {
        return keccak256(bytes(name));
    }

    /// @dev keccak256 of the first `len` bytes of `name` (equal to `_key` of that prefix).
    function _prefixKey(string calldata name, uint256 len) private pure returns (bytes32) {
        return keccak256(bytes(name)[:len]);
    }
}
