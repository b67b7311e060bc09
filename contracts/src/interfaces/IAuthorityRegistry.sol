// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IAuthorityRegistry
/// @notice Authority nodes of a guild. An authority holds one or more jurisdiction cells, each
/// named by a geohash prefix (1..MAX_PRECISION characters of "0123456789bcdefghjkmnpqrstuvwxyz").
/// A cell is obtained by burning `commitAmount` of the commitment token, or by a governance grant.
/// Cells are exclusive along prefixes: while a cell is held, neither any of its ancestors (shorter
/// prefixes) nor any of its descendants (longer cells starting with it) can be held, so every point
/// on the map has at most one authority. Authorities issue and revoke DIDs
/// (`did:dip:<chainId>:<lowercase 0x address>`, each with a document hash) and may register as
/// key-share holders with a secp256k1 public key (ECIES) for escrowed IP.
///
/// Exit and revocation: a holder may release a cell at any time (the burned commitment is not
/// returned). Governance may revoke a cell; revoking with `strike` also bans the holder: its DIDs
/// stop resolving as valid, it loses its key-holder registration, it can never hold a cell again,
/// and anyone may evict it from its remaining cells. An account that holds no cell any more stops
/// being a key holder; DIDs it issued stay valid (unless struck or revoked one by one).
///
/// Sealed assets (docs/keyshare.md): the owner of a sealed asset registers its public parameters
/// under its asset id, first come. The registry recomputes the asset id from the manifest's
/// parameters (chain id, accepted LAT tokens, tier, threshold, holders with their registered keys
/// and share commitments, cipher, key commitment, encrypted-shares hash), so a record always
/// describes exactly the manifest whose id it carries, and every holder is a registered key holder
/// whose registered key is the one its share was sealed to. A record never changes; its owner may
/// hand it over or retire it (holders then stop releasing). A new tier, token or holder set is a
/// new seal with a new asset id.
interface IAuthorityRegistry {
    /// @notice A held cell.
    struct Cell {
        address holder;
        uint64 since;
        bool granted;
    }

    /// @notice A DID record, keyed by its subject address.
    struct Did {
        address issuer;
        uint64 issuedAt;
        uint64 updatedAt;
        bool revoked;
        bytes32 documentHash;
    }

    /// @notice A registered sealed asset.
    /// @param owner May transfer or retire the record (the account that registered it, or its successor).
    /// @param registeredAt Block timestamp of the registration.
    /// @param tier Lowest LAT tier whose grants unlock the asset.
    /// @param threshold Shares needed to rebuild the data key (t).
    /// @param retired Set by the owner: holders release nothing more for the asset.
    /// @param paramsHash The manifest's parameters hash (everything but the encrypted shares).
    /// @param sharesHash keccak256 of the concatenated keccak256 of each encrypted share.
    /// @param tokens LAT contracts whose grants are accepted.
    /// @param holders Key holders in slot order (slot i + 1 is `holders[i]`, n = length).
    struct Asset {
        address owner;
        uint64 registeredAt;
        uint8 tier;
        uint8 threshold;
        bool retired;
        bytes32 paramsHash;
        bytes32 sharesHash;
        address[] tokens;
        address[] holders;
    }

    /// @notice A manifest's public parameters, from which `registerAsset` recomputes the asset id
    /// (field meanings and hashing in docs/keyshare.md; the chain id is this chain's).
    /// @param tokens Accepted LAT contracts, manifest order (1..64).
    /// @param tier Lowest accepted tier (1..32).
    /// @param threshold t (1..n).
    /// @param holders Key holders in slot order (1..255); each must be a registered key holder
    /// whose registered public key is the one its share is encrypted to.
    /// @param shareCommitments The manifest's salted commitment of each slot's share, slot order.
    /// @param suiteHash keccak256 of the cipher suite name.
    /// @param chunkSize Plaintext bytes per authenticated chunk.
    /// @param size Ciphertext size in bytes.
    /// @param ciphertextSha256 SHA-256 of the ciphertext.
    /// @param keyCommitment The manifest's commitment of the data key.
    /// @param sharesHash keccak256 of the concatenated keccak256 of each encrypted share.
    struct AssetSeal {
        address[] tokens;
        uint8 tier;
        uint8 threshold;
        address[] holders;
        bytes32[] shareCommitments;
        bytes32 suiteHash;
        uint32 chunkSize;
        uint64 size;
        bytes32 ciphertextSha256;
        bytes32 keyCommitment;
        bytes32 sharesHash;
    }

    /// @notice Emitted when `holder` obtains `cell` by burning `burned` commitment tokens.
    event CellClaimed(string cell, address indexed holder, uint256 burned);
    /// @notice Emitted when governance grants `cell` to `holder`.
    event CellGranted(string cell, address indexed holder);
    /// @notice Emitted when `holder` gives `cell` up.
    event CellReleased(string cell, address indexed holder);
    /// @notice Emitted when `cell` is taken from `holder` by governance (or by eviction after a strike).
    event CellRevoked(string cell, address indexed holder, bool struck);
    /// @notice Emitted when governance bans `holder`.
    event HolderStruck(address indexed holder);
    /// @notice Emitted when `issuer` issues (or re-issues) the DID of `subject`.
    event DidIssued(address indexed subject, address indexed issuer, bytes32 documentHash, string did);
    /// @notice Emitted when the issuer updates the document hash of `subject`'s DID.
    event DidUpdated(address indexed subject, bytes32 documentHash);
    /// @notice Emitted when `subject`'s DID is revoked by `by`.
    event DidRevoked(address indexed subject, address indexed by);
    /// @notice Emitted when `holder` registers or replaces its key-share public key.
    event KeyHolderRegistered(address indexed holder, bytes publicKey);
    /// @notice Emitted when `holder` stops being a key holder.
    event KeyHolderRemoved(address indexed holder);
    /// @notice Emitted when governance sets the commitment amount.
    event CommitAmountSet(uint256 amount);
    /// @notice Emitted when `owner` registers the sealed asset `assetId`.
    event AssetRegistered(
        bytes32 indexed assetId, address indexed owner, uint8 tier, uint8 threshold, uint256 shares, bytes32 paramsHash
    );
    /// @notice Emitted when the owner of `assetId` hands it over to `to`.
    event AssetTransferred(bytes32 indexed assetId, address indexed from, address indexed to);
    /// @notice Emitted when the owner of `assetId` retires it.
    event AssetRetired(bytes32 indexed assetId, address indexed owner);

    /// @notice A required address is zero.
    error Authority_ZeroAddress();
    /// @notice The cell name is empty, too long or not geohash base32.
    error Authority_BadCell();
    /// @notice The cell, one of its ancestors or one of its descendants is held.
    error Authority_Overlap();
    /// @notice Claiming by burn is disabled (no commitment token or amount set).
    error Authority_ClaimDisabled();
    /// @notice The account is banned.
    error Authority_Struck(address account);
    /// @notice The caller does not hold the cell, or the cell is not held.
    error Authority_NotHolder(address caller);
    /// @notice The caller holds no cell (or is struck).
    error Authority_NotAuthority(address caller);
    /// @notice The cell's holder is not struck, so it cannot be evicted.
    error Authority_NotStruck(address holder);
    /// @notice The subject already has a valid DID.
    error Authority_DidExists(address subject);
    /// @notice The subject has no DID, or it is revoked.
    error Authority_NoDid(address subject);
    /// @notice The caller may not change this DID.
    error Authority_Unauthorized(address caller);
    /// @notice The public key is not an uncompressed secp256k1 point (0x04 || x || y on the curve).
    error Authority_BadPublicKey();
    /// @notice The caller is not a key holder.
    error Authority_NotKeyHolder(address caller);
    /// @notice An asset is already registered under this id.
    error Authority_AssetExists(bytes32 assetId);
    /// @notice No asset is registered under this id.
    error Authority_UnknownAsset(bytes32 assetId);
    /// @notice The caller does not own the asset record.
    error Authority_NotAssetOwner(address caller);
    /// @notice The asset is retired.
    error Authority_AssetRetired(bytes32 assetId);
    /// @notice The asset parameters are out of range (tokens 1..64, tier 1..32, holders 1..255,
    /// one commitment per holder, threshold 1..n).
    error Authority_BadAssetParams();
    /// @notice A listed holder is not a registered key holder.
    error Authority_HolderNotRegistered(address holder);
    /// @notice The parameters do not hash to the asset id (wrong chain, other keys, other fields).
    error Authority_AssetIdMismatch(bytes32 assetId, bytes32 computed);

    /// @notice Initializes a clone. Callable once.
    /// @param admin Governance (the guild's timelock): DEFAULT_ADMIN_ROLE, grants and revokes cells,
    /// revokes DIDs, sets the commitment amount.
    /// @param commitToken ERC-20 with `burnFrom` (e.g. the guild's governance token or a LAT); zero
    /// disables claiming by burn (cells are then only granted).
    /// @param commitAmount Amount burned per claimed cell.
    function initialize(address admin, address commitToken, uint256 commitAmount) external;

    /// @notice Claims `cell` by burning `commitAmount` of the commitment token from the caller
    /// (approval needed).
    function claimCell(string calldata cell) external;

    /// @notice Governance grants `cell` to `holder` (DEFAULT_ADMIN_ROLE).
    function grantCell(string calldata cell, address holder) external;

    /// @notice The holder gives `cell` up.
    function releaseCell(string calldata cell) external;

    /// @notice Governance takes `cell` from its holder (DEFAULT_ADMIN_ROLE); with `strike`, bans the holder.
    function revokeCell(string calldata cell, bool strike) external;

    /// @notice Anyone frees `cell` if its holder is struck.
    function evict(string calldata cell) external;

    /// @notice Sets the amount burned per claimed cell (DEFAULT_ADMIN_ROLE).
    function setCommitAmount(uint256 amount) external;

    /// @notice An authority issues the DID of `subject` with `documentHash` (re-issue allowed after revocation).
    function issueDid(address subject, bytes32 documentHash) external;

    /// @notice The issuer updates the document hash of a valid DID.
    function updateDid(address subject, bytes32 documentHash) external;

    /// @notice The issuer or governance revokes the DID of `subject`.
    function revokeDid(address subject) external;

    /// @notice An authority registers (or replaces) its key-share public key: 65 bytes, 0x04 || x || y.
    function registerKeyHolder(bytes calldata publicKey) external;

    /// @notice The caller stops being a key holder.
    function deregisterKeyHolder() external;

    /// @notice Registers the sealed asset `assetId` with the caller as owner, after recomputing the id
    /// from `seal` (with this chain's id and each holder's registered public key). First come: an id
    /// can be registered once.
    function registerAsset(bytes32 assetId, AssetSeal calldata seal) external;

    /// @notice The owner hands the record of `assetId` over to `to` (not zero).
    function transferAsset(bytes32 assetId, address to) external;

    /// @notice The owner retires `assetId`: holders release no more shares of it. Irreversible.
    function retireAsset(bytes32 assetId) external;

    /// @notice The record of `assetId` (owner zero if not registered).
    function asset(bytes32 assetId) external view returns (Asset memory);

    /// @notice The asset id `seal` describes on this chain with the holders' current registered keys
    /// (what `registerAsset` checks `assetId` against). Reverts like `registerAsset` on bad parameters
    /// or an unregistered holder.
    function computeAssetId(AssetSeal calldata seal) external view returns (bytes32);

    /// @notice The cell record (holder zero if free).
    function cell(string calldata name) external view returns (Cell memory);

    /// @notice Number of held cells strictly below the prefix `name`.
    function heldBelow(string calldata name) external view returns (uint256);

    /// @notice Whether `cell` could be claimed or granted now (well formed, no overlap).
    function isAvailable(string calldata name) external view returns (bool);

    /// @notice Number of cells `account` holds.
    function cellCount(address account) external view returns (uint256);

    /// @notice Whether `account` holds a cell and is not struck.
    function isAuthority(address account) external view returns (bool);

    /// @notice Whether `account` is banned.
    function struck(address account) external view returns (bool);

    /// @notice The DID record of `subject`.
    function didRecord(address subject) external view returns (Did memory);

    /// @notice Whether `subject` has a DID that is issued, not revoked, and whose issuer is not struck.
    function isDidValid(address subject) external view returns (bool);

    /// @notice `did:dip:<chainId>:<lowercase 0x address>` of `subject`.
    function didOf(address subject) external view returns (string memory);

    /// @notice The registered key holders.
    function keyHolders() external view returns (address[] memory);

    /// @notice The public key of `holder` (empty if not a key holder).
    function publicKeyOf(address holder) external view returns (bytes memory);

    /// @notice The commitment token (zero: claiming by burn disabled).
    function commitToken() external view returns (address);

    /// @notice Amount burned per claimed cell.
    function commitAmount() external view returns (uint256);
}
