// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlementReceiver} from "./ISettlementReceiver.sol";

/// @title ITripartiteEscrow
/// @notice One escrow per guild between a buyer, the experts who do the work, and the guild as
/// arbiter. A buyer opens an order (payment token and amount, required LAT tier, spec hash,
/// deadlines); experts holding LAT of at least that tier accept it by bonding one whole LAT each
/// and naming their share; once the shares reach 100% the order is Accepted; an expert delivers a
/// content hash; the buyer accepts, or a settled deliberation evaluates the delivery, or the buyer
/// stays silent and the experts are paid when the review window ends. Disputes go to the guild
/// (governance or its arbiter committee), which rules a split and whose bonds are slashed.
///
/// States and exits (every non-terminal state has a deadline after which {settleTimeout} moves it on):
/// - Open      -> Accepted (shares reach 100%) | Refunded (buyer cancels before any acceptance,
///                or acceptDeadline passes)
/// - Accepted  -> Delivered | Disputed (an expert disputes) | Refunded (deliveryDeadline passes:
///                buyer refunded, expert bonds slashed for non-delivery)
/// - Delivered -> Released (buyer accepts, or review window passes) | Evaluated (passing score) |
///                Disputed (buyer disputes, or failing score)
/// - Evaluated -> Released (buyer accepts, or dispute window passes) | Disputed (buyer disputes)
/// - Disputed  -> Resolved (ruling, or the default split once the ruling window passes)
/// Money only moves by credit: every payout is credited to an account and pulled with {withdraw}.
interface ITripartiteEscrow is ISettlementReceiver {
    /// @notice Order states; Released, Refunded and Resolved are terminal.
    enum State {
        None,
        Open,
        Accepted,
        Delivered,
        Evaluated,
        Disputed,
        Released,
        Refunded,
        Resolved
    }

    /// @notice Whose bond a ruling slashes.
    enum Fault {
        None,
        Experts,
        Buyer
    }

    /// @notice What the buyer asks for.
    /// @param token The ERC-20 the buyer pays in.
    /// @param amount The amount the buyer sends; the order records what actually arrived.
    /// @param tier The minimum LAT tier an expert must bond (1..lats.length).
    /// @param specHash Hash of the work specification (off chain).
    /// @param acceptDeadline Until when experts can accept.
    /// @param deliveryDeadline Until when an expert can deliver.
    /// @param reviewWindow Seconds the buyer has to review a delivery.
    struct OrderParams {
        address token;
        uint256 amount;
        uint8 tier;
        bytes32 specHash;
        uint64 acceptDeadline;
        uint64 deliveryDeadline;
        uint64 reviewWindow;
    }

    /// @notice An expert's acceptance.
    /// @param expert The expert.
    /// @param lat The LAT contract bonded (tier >= the order's tier).
    /// @param bond The LAT amount bonded (one whole token).
    /// @param shareBps The expert's share of the experts' payout, in basis points.
    struct Acceptance {
        address expert;
        address lat;
        uint256 bond;
        uint16 shareBps;
    }

    /// @notice An order as stored. Fee, windows and slashing parameters are snapshotted at opening.
    struct Order {
        address buyer;
        State state;
        uint8 tier;
        uint16 totalShareBps;
        uint16 feeBps;
        uint16 slashBurnBps;
        uint16 disputeBondBps;
        uint16 defaultBuyerBps;
        address token;
        uint64 acceptDeadline;
        uint64 deliveryDeadline;
        uint64 reviewWindow;
        uint64 disputeWindow;
        uint64 rulingWindow;
        uint64 deadline;
        uint8 maxExperts;
        address disputant;
        uint256 amount;
        uint256 buyerBond;
        bytes32 specHash;
        bytes32 contentHash;
        int256 score;
        int256 passScore;
    }

    /// @notice Governance parameters; each order snapshots them at opening.
    /// @param feeBps Guild fee on the experts' payout, credited to the treasury (<= MAX_FEE_BPS).
    /// @param slashBurnBps Share of a slashed bond that is burned; the rest goes to the other side.
    /// @param disputeBondBps Bond a disputing buyer posts, in basis points of the order amount.
    /// @param defaultBuyerBps Buyer's share when a dispute is not ruled in time (no fee, no slashing).
    /// @param passScore Lowest evaluation score (1e18 fixed point) that passes.
    /// @param disputeWindow Seconds the buyer may dispute after a passing evaluation.
    /// @param rulingWindow Seconds the guild has to rule a dispute.
    /// @param minReviewWindow Shortest review window a buyer may ask for.
    /// @param maxReviewWindow Longest review window a buyer may ask for.
    /// @param maxDuration Longest time from opening to the delivery deadline.
    /// @param maxExperts Most experts per order (<= MAX_EXPERTS).
    struct Config {
        uint16 feeBps;
        uint16 slashBurnBps;
        uint16 disputeBondBps;
        uint16 defaultBuyerBps;
        int256 passScore;
        uint64 disputeWindow;
        uint64 rulingWindow;
        uint64 minReviewWindow;
        uint64 maxReviewWindow;
        uint64 maxDuration;
        uint8 maxExperts;
    }

    // ---------------------------------------------------------------- events

    /// @notice Emitted when `buyer` opens an order; `amount` is what arrived.
    event OrderOpened(
        uint256 indexed orderId,
        address indexed buyer,
        address token,
        uint256 amount,
        uint8 tier,
        bytes32 specHash,
        uint64 acceptDeadline,
        uint64 deliveryDeadline
    );
    /// @notice Emitted when `expert` accepts with a bond of `lat`.
    event OrderAccepted(uint256 indexed orderId, address indexed expert, address lat, uint16 shareBps);
    /// @notice Emitted when the shares reach 100% and work can start.
    event OrderStaffed(uint256 indexed orderId);
    /// @notice Emitted when `expert` delivers `contentHash`; the buyer may review until `reviewDeadline`.
    event OrderDelivered(uint256 indexed orderId, address indexed expert, bytes32 contentHash, uint64 reviewDeadline);
    /// @notice Emitted when a settled evaluation arrives; `passed` moves the order to Evaluated,
    /// otherwise to Disputed.
    event OrderEvaluated(uint256 indexed orderId, int256 score, bool passed, uint64 deadline);
    /// @notice Emitted when a settlement outcome arrives for an order not awaiting one (ignored).
    event EvaluationIgnored(uint256 indexed orderId, State state);
    /// @notice Emitted when `by` disputes (`by` is the Settlement when an evaluation failed).
    event OrderDisputed(uint256 indexed orderId, address indexed by, uint256 buyerBond, uint64 rulingDeadline);
    /// @notice Emitted when the experts are paid.
    event OrderReleased(uint256 indexed orderId, uint256 expertsPaid, uint256 fee);
    /// @notice Emitted when the buyer is refunded.
    event OrderRefunded(uint256 indexed orderId, uint256 amount);
    /// @notice Emitted when a dispute is resolved; `ruled` is false for the default after the ruling window.
    event OrderResolved(uint256 indexed orderId, uint16 buyerBps, Fault fault, bool ruled, address by);
    /// @notice Emitted for every slashed bond.
    event BondSlashed(
        uint256 indexed orderId, address indexed from, address token, uint256 burned, address to, uint256 paid
    );
    /// @notice Emitted when `account` is credited `amount` of `token`.
    event Credited(address indexed account, address indexed token, uint256 amount);
    /// @notice Emitted when `account` withdraws.
    event Withdrawn(address indexed account, address indexed token, uint256 amount);
    /// @notice Emitted when governance changes the configuration.
    event ConfigSet(Config config);
    /// @notice Emitted when governance changes the treasury.
    event TreasurySet(address treasury);

    // ---------------------------------------------------------------- errors

    /// @notice A required address is zero.
    error Escrow_ZeroAddress();
    /// @notice A configuration value is out of range.
    error Escrow_BadConfig();
    /// @notice Order parameters are out of range (amount, tier, deadlines, review window).
    error Escrow_BadParams();
    /// @notice Nothing (or not what was expected) arrived from the token transfer.
    error Escrow_NothingReceived();
    /// @notice The order is not in a state that allows this.
    error Escrow_BadState(uint256 orderId, State state);
    /// @notice The caller may not do this on this order.
    error Escrow_Unauthorized(address caller);
    /// @notice The deadline for this action has passed.
    error Escrow_DeadlinePassed();
    /// @notice No timeout is due yet.
    error Escrow_NotDue();
    /// @notice The tier is below the order's tier or has no LAT.
    error Escrow_BadTier(uint8 tier);
    /// @notice The share is zero or would take the total above 100%.
    error Escrow_BadShare(uint16 shareBps);
    /// @notice The expert already accepted this order, or the order has no free slot.
    error Escrow_CannotAccept();
    /// @notice A basis-point argument is above 10000.
    error Escrow_BadBps(uint16 bps);
    /// @notice Nothing to withdraw.
    error Escrow_NothingToWithdraw();

    // ---------------------------------------------------------------- setup

    /// @notice Initializes a clone. Callable once.
    /// @param admin Governance (the guild's timelock): DEFAULT_ADMIN_ROLE; may rule disputes, set config,
    /// appoint arbiters (ARBITER_ROLE).
    /// @param treasury Receives guild fees (credited).
    /// @param settlement The guild's Settlement, the only caller of {onClaimFinalized}.
    /// @param lats The guild's LAT per tier: `lats[t-1]` is tier t.
    /// @param arbiters The initial arbiter committee (ARBITER_ROLE); may be empty.
    /// @param config Initial configuration.
    function initialize(
        address admin,
        address treasury,
        address settlement,
        address[] calldata lats,
        address[] calldata arbiters,
        Config calldata config
    ) external;

    // ---------------------------------------------------------------- buyer

    /// @notice Opens an order, pulling `p.amount` of `p.token` from the caller (approval needed).
    /// @return orderId The new order's id (from 1).
    function open(OrderParams calldata p) external returns (uint256 orderId);

    /// @notice Like {open} after an ERC-2612 permit for exactly `p.amount`. A failing permit (e.g.
    /// front-run) is ignored when the allowance already suffices.
    function openWithPermit(OrderParams calldata p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (uint256 orderId);

    /// @notice Cancels an Open order nobody has accepted yet; the amount is credited back to the buyer.
    function cancel(uint256 orderId) external;

    /// @notice The buyer accepts a Delivered or Evaluated order: the experts are paid.
    function approveDelivery(uint256 orderId) external;

    // ---------------------------------------------------------------- experts

    /// @notice Accepts an Open order by bonding one whole LAT of tier `tier` (>= the order's tier),
    /// taking `shareBps` of the experts' payout. The buyer cannot accept its own order.
    function accept(uint256 orderId, uint8 tier, uint16 shareBps) external;

    /// @notice An accepted expert delivers `contentHash` of an Accepted order before the delivery deadline.
    function deliver(uint256 orderId, bytes32 contentHash) external;

    // ---------------------------------------------------------------- disputes

    /// @notice Disputes an order: an expert while Accepted (before the delivery deadline); the buyer
    /// while Delivered (before the review deadline) or Evaluated (before the dispute deadline),
    /// posting `disputeBondBps` of the amount as bond (approval needed).
    function dispute(uint256 orderId) external;

    /// @notice Rules a Disputed order before its ruling deadline (ARBITER_ROLE or DEFAULT_ADMIN_ROLE):
    /// the buyer gets `buyerBps` of the amount, the experts the rest minus the guild fee, and the
    /// bonds of the side at `fault` are slashed.
    function rule(uint256 orderId, uint16 buyerBps, Fault fault) external;

    /// @notice Applies the timeout exit that is due. Anyone may call.
    function settleTimeout(uint256 orderId) external;

    /// @notice Only the Settlement: records a settled evaluation of order `subjectId`.
    /// @dev outcome = `abi.encode(address[] winners, int256 score)`. The evaluation passes iff
    /// `winners` is non-empty, `winners[0]` is one of the order's experts and `score >= passScore`.
    /// It counts only while the order is Delivered and its review window is open; otherwise it is
    /// ignored (event, no revert).
    function onClaimFinalized(uint256 subjectId, bytes calldata outcome) external;

    // ---------------------------------------------------------------- money

    /// @notice Sends the caller everything credited to it in `token`.
    function withdraw(address token) external;

    // ---------------------------------------------------------------- governance

    /// @notice Replaces the configuration for orders opened afterwards (DEFAULT_ADMIN_ROLE).
    function setConfig(Config calldata config) external;

    /// @notice Sets the treasury (DEFAULT_ADMIN_ROLE).
    function setTreasury(address treasury) external;

    // ---------------------------------------------------------------- views

    /// @notice The order `orderId`.
    function order(uint256 orderId) external view returns (Order memory);

    /// @notice The acceptances of order `orderId`.
    function acceptances(uint256 orderId) external view returns (Acceptance[] memory);

    /// @notice `token` credited to `account`.
    function credit(address token, address account) external view returns (uint256);

    /// @notice Sum of everything the escrow owes in `token` (open orders, bonds, credits); equals
    /// its balance of `token` for any token without rebasing.
    function owed(address token) external view returns (uint256);

    /// @notice The current configuration.
    function config() external view returns (Config memory);

    /// @notice LAT of tier `tier`.
    function latOf(uint8 tier) external view returns (address);

    /// @notice Number of tiers.
    function tierCount() external view returns (uint256);

    /// @notice The Settlement allowed to call {onClaimFinalized}.
    function settlement() external view returns (address);

    /// @notice The treasury.
    function treasury() external view returns (address);

    /// @notice Number of orders so far (ids 1..orderCount).
    function orderCount() external view returns (uint256);

    /// @notice Role that may rule disputes (besides DEFAULT_ADMIN_ROLE).
    function ARBITER_ROLE() external view returns (bytes32);
}
