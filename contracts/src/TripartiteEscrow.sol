// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ITripartiteEscrow} from "./interfaces/ITripartiteEscrow.sol";

/// @title TripartiteEscrow
/// @notice See {ITripartiteEscrow}. Deployed once as an implementation and cloned (EIP-1167) per guild.
contract TripartiteEscrow is ITripartiteEscrow, Initializable, AccessControlUpgradeable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc ITripartiteEscrow
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    /// @notice Highest guild fee governance can set.
    uint16 public constant MAX_FEE_BPS = 3000;
    /// @notice Most experts an order can have.
    uint8 public constant MAX_EXPERTS = 16;
    /// @notice Upper bound on every configurable window.
    uint64 public constant MAX_WINDOW = 365 days;
    /// @notice Where the burned part of a slashed payment-token bond goes (ERC-20s cannot all be burned).
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    uint16 private constant _BPS = 10_000;

    Config private _config;
    /// @inheritdoc ITripartiteEscrow
    address public settlement;
    /// @inheritdoc ITripartiteEscrow
    address public treasury;
    /// @inheritdoc ITripartiteEscrow
    uint256 public orderCount;
    address[] private _lats;

    mapping(uint256 orderId => Order) private _orders;
    mapping(uint256 orderId => Acceptance[]) private _acceptances;
    mapping(address token => mapping(address account => uint256)) private _credits;
    mapping(address token => uint256) private _owed;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc ITripartiteEscrow
    function initialize(
        address admin,
        address treasury_,
        address settlement_,
        address[] calldata lats,
        address[] calldata arbiters,
        Config calldata config_
    ) external initializer {
        if (admin == address(0) || treasury_ == address(0) || settlement_ == address(0)) {
            revert Escrow_ZeroAddress();
        }
        if (lats.length == 0 || lats.length > type(uint8).max) revert Escrow_BadConfig();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < arbiters.length; ++i) {
            _grantRole(ARBITER_ROLE, arbiters[i]);
        }
        for (uint256 i = 0; i < lats.length; ++i) {
            if (lats[i] == address(0)) revert Escrow_ZeroAddress();
            _lats.push(lats[i]);
        }
        settlement = settlement_;
        treasury = treasury_;
        emit TreasurySet(treasury_);
        _setConfig(config_);
    }

    // ------------------------------------------------------------------ buyer

    /// @inheritdoc ITripartiteEscrow
    function open(OrderParams calldata p) external nonReentrant returns (uint256 orderId) {
        return _open(p);
    }

    /// @inheritdoc ITripartiteEscrow
    function openWithPermit(OrderParams calldata p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (uint256 orderId)
    {
        // A permit can be front-run (its signature is public once in the mempool); if it was, the
        // allowance is already there and opening proceeds. Otherwise transferFrom below reverts.
        try IERC20Permit(p.token).permit(msg.sender, address(this), p.amount, permitDeadline, v, r, s) {} catch {}
        return _open(p);
    }

    /// @inheritdoc ITripartiteEscrow
    function cancel(uint256 orderId) external nonReentrant {
        Order storage o = _order(orderId);
        if (o.state != State.Open || _acceptances[orderId].length != 0) revert Escrow_BadState(orderId, o.state);
        if (msg.sender != o.buyer) revert Escrow_Unauthorized(msg.sender);
        _refund(orderId, o, false);
    }

    /// @inheritdoc ITripartiteEscrow
    function approveDelivery(uint256 orderId) external nonReentrant {
        Order storage o = _order(orderId);
        if (o.state != State.Delivered && o.state != State.Evaluated) revert Escrow_BadState(orderId, o.state);
        if (msg.sender != o.buyer) revert Escrow_Unauthorized(msg.sender);
        _release(orderId, o);
    }

    // ------------------------------------------------------------------ experts

    /// @inheritdoc ITripartiteEscrow
    function accept(uint256 orderId, uint8 tier, uint16 shareBps) external nonReentrant {
        Order storage o = _order(orderId);
        if (o.state != State.Open) revert Escrow_BadState(orderId, o.state);
        if (block.timestamp > o.acceptDeadline) revert Escrow_DeadlinePassed();
        if (tier < o.tier || tier > _lats.length) revert Escrow_BadTier(tier);
        if (shareBps == 0 || uint256(o.totalShareBps) + shareBps > _BPS) revert Escrow_BadShare(shareBps);
        Acceptance[] storage acc = _acceptances[orderId];
        if (msg.sender == o.buyer || acc.length >= o.maxExperts || _expertIndex(acc, msg.sender) != type(uint256).max) {
            revert Escrow_CannotAccept();
        }
        address lat = _lats[tier - 1];
        uint256 bondAmount = 10 ** IERC20Metadata(lat).decimals();

        uint16 total = o.totalShareBps + shareBps;
        o.totalShareBps = total;
        // The bond is recorded as what arrives; a LAT never charges transfer fees, so this is bondAmount.
        uint256 received = _pull(lat, msg.sender, bondAmount);
        acc.push(Acceptance({expert: msg.sender, lat: lat, bond: received, shareBps: shareBps}));
        emit OrderAccepted(orderId, msg.sender, lat, shareBps);
        if (total == _BPS) {
            o.state = State.Accepted;
            emit OrderStaffed(orderId);
        }
    }

    /// @inheritdoc ITripartiteEscrow
    function deliver(uint256 orderId, bytes32 contentHash) external nonReentrant {
        Order storage o = _order(orderId);
        if (o.state != State.Accepted) revert Escrow_BadState(orderId, o.state);
        if (_expertIndex(_acceptances[orderId], msg.sender) == type(uint256).max) {
            revert Escrow_Unauthorized(msg.sender);
        }
        if (block.timestamp > o.deliveryDeadline) revert Escrow_DeadlinePassed();
        if (contentHash == bytes32(0)) revert Escrow_BadParams();
        uint64 reviewDeadline = uint64(block.timestamp) + o.reviewWindow;
        o.state = State.Delivered;
        o.contentHash = contentHash;
        o.deadline = reviewDeadline;
        emit OrderDelivered(orderId, msg.sender, contentHash, reviewDeadline);
    }

    // ------------------------------------------------------------------ disputes

    /// @inheritdoc ITripartiteEscrow
    function dispute(uint256 orderId) external nonReentrant {
        Order storage o = _order(orderId);
        State st = o.state;
        bool buyer = msg.sender == o.buyer;
        if (st == State.Accepted) {
            if (_expertIndex(_acceptances[orderId], msg.sender) == type(uint256).max) {
                revert Escrow_Unauthorized(msg.sender);
            }
            if (block.timestamp > o.deliveryDeadline) revert Escrow_DeadlinePassed();
        } else if (st == State.Delivered || st == State.Evaluated) {
            if (!buyer) revert Escrow_Unauthorized(msg.sender);
            if (block.timestamp > o.deadline) revert Escrow_DeadlinePassed();
        } else {
            revert Escrow_BadState(orderId, st);
        }
        uint64 rulingDeadline = uint64(block.timestamp) + o.rulingWindow;
        o.state = State.Disputed;
        o.deadline = rulingDeadline;
        o.disputant = msg.sender;
        uint256 bondAmount = buyer ? o.amount * o.disputeBondBps / _BPS : 0;
        if (bondAmount != 0) {
            uint256 received = _pull(o.token, msg.sender, bondAmount);
            o.buyerBond = received;
            bondAmount = received;
        }
        emit OrderDisputed(orderId, msg.sender, bondAmount, rulingDeadline);
    }

    /// @inheritdoc ITripartiteEscrow
    function rule(uint256 orderId, uint16 buyerBps, Fault fault) external nonReentrant {
        if (!hasRole(ARBITER_ROLE, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert Escrow_Unauthorized(msg.sender);
        }
        if (buyerBps > _BPS) revert Escrow_BadBps(buyerBps);
        Order storage o = _order(orderId);
        if (o.state != State.Disputed) revert Escrow_BadState(orderId, o.state);
        if (block.timestamp > o.deadline) revert Escrow_DeadlinePassed();
        _resolve(orderId, o, buyerBps, fault, true);
    }

    /// @inheritdoc ITripartiteEscrow
    function settleTimeout(uint256 orderId) external nonReentrant {
        Order storage o = _order(orderId);
        State st = o.state;
        uint256 due;
        if (st == State.Open) due = o.acceptDeadline;
        else if (st == State.Accepted) due = o.deliveryDeadline;
        else if (st == State.Delivered || st == State.Evaluated || st == State.Disputed) due = o.deadline;
        else revert Escrow_BadState(orderId, st);
        if (block.timestamp <= due) revert Escrow_NotDue();

        if (st == State.Open) {
            // Not fully staffed in time: the buyer gets its money, partial acceptors their bonds.
            _refund(orderId, o, false);
        } else if (st == State.Accepted) {
            // Staffed but nothing delivered: the buyer gets its money and the experts' bonds are slashed.
            _refund(orderId, o, true);
        } else if (st == State.Disputed) {
            // The guild did not rule in time: the default split, no fee, nobody slashed.
            _resolve(orderId, o, o.defaultBuyerBps, Fault.None, false);
        } else {
            // The buyer stayed silent through the review (Delivered) or dispute (Evaluated) window.
            _release(orderId, o);
        }
    }

    /// @inheritdoc ITripartiteEscrow
    function onClaimFinalized(uint256 subjectId, bytes calldata outcome) external nonReentrant {
        if (msg.sender != settlement) revert Escrow_Unauthorized(msg.sender);
        Order storage o = _orders[subjectId];
        if (o.state != State.Delivered || block.timestamp > o.deadline) {
            emit EvaluationIgnored(subjectId, o.state);
            return;
        }
        (address[] memory winners, int256 score) = abi.decode(outcome, (address[], int256));
        bool passed = winners.length != 0 && score >= o.passScore
            && _expertIndex(_acceptances[subjectId], winners[0]) != type(uint256).max;
        o.score = score;
        uint64 deadline;
        if (passed) {
            deadline = uint64(block.timestamp) + o.disputeWindow;
            o.state = State.Evaluated;
        } else {
            deadline = uint64(block.timestamp) + o.rulingWindow;
            o.state = State.Disputed;
            o.disputant = msg.sender;
        }
        o.deadline = deadline;
        emit OrderEvaluated(subjectId, score, passed, deadline);
    }

    // ------------------------------------------------------------------ money

    /// @inheritdoc ITripartiteEscrow
    function withdraw(address token) external nonReentrant {
        uint256 amount = _credits[token][msg.sender];
        if (amount == 0) revert Escrow_NothingToWithdraw();
        _credits[token][msg.sender] = 0;
        _owed[token] -= amount;
        emit Withdrawn(msg.sender, token, amount);
        IERC20(token).safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ITripartiteEscrow
    function setConfig(Config calldata config_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setConfig(config_);
    }

    /// @inheritdoc ITripartiteEscrow
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert Escrow_ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ITripartiteEscrow
    function order(uint256 orderId) external view returns (Order memory) {
        return _orders[orderId];
    }

    /// @inheritdoc ITripartiteEscrow
    function acceptances(uint256 orderId) external view returns (Acceptance[] memory) {
        return _acceptances[orderId];
    }

    /// @inheritdoc ITripartiteEscrow
    function credit(address token, address account) external view returns (uint256) {
        return _credits[token][account];
    }

    /// @inheritdoc ITripartiteEscrow
    function owed(address token) external view returns (uint256) {
        return _owed[token];
    }

    /// @inheritdoc ITripartiteEscrow
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @inheritdoc ITripartiteEscrow
    function latOf(uint8 tier) external view returns (address) {
        if (tier == 0 || tier > _lats.length) revert Escrow_BadTier(tier);
        return _lats[tier - 1];
    }

    /// @inheritdoc ITripartiteEscrow
    function tierCount() external view returns (uint256) {
        return _lats.length;
    }

    // ------------------------------------------------------------------ internal

    function _open(OrderParams calldata p) private returns (uint256 orderId) {
        Config storage cfg = _config;
        if (
            p.token == address(0) || p.amount == 0 || p.tier == 0 || p.tier > _lats.length
                || p.acceptDeadline <= block.timestamp || p.deliveryDeadline <= p.acceptDeadline
                || p.deliveryDeadline > block.timestamp + cfg.maxDuration || p.reviewWindow < cfg.minReviewWindow
                || p.reviewWindow > cfg.maxReviewWindow
        ) revert Escrow_BadParams();
        orderId = ++orderCount;
        Order storage o = _orders[orderId];
        o.buyer = msg.sender;
        o.state = State.Open;
        o.tier = p.tier;
        o.feeBps = cfg.feeBps;
        o.slashBurnBps = cfg.slashBurnBps;
        o.disputeBondBps = cfg.disputeBondBps;
        o.defaultBuyerBps = cfg.defaultBuyerBps;
        o.token = p.token;
        o.acceptDeadline = p.acceptDeadline;
        o.deliveryDeadline = p.deliveryDeadline;
        o.reviewWindow = p.reviewWindow;
        o.disputeWindow = cfg.disputeWindow;
        o.rulingWindow = cfg.rulingWindow;
        o.maxExperts = cfg.maxExperts;
        o.passScore = cfg.passScore;
        o.specHash = p.specHash;
        // Fee-on-transfer tokens: the order is worth what arrived, measured by balance difference.
        uint256 received = _pull(p.token, msg.sender, p.amount);
        o.amount = received;
        emit OrderOpened(
            orderId, msg.sender, p.token, received, p.tier, p.specHash, p.acceptDeadline, p.deliveryDeadline
        );
    }

    /// @dev Pulls `amount` of `token` from `from` and returns what arrived (balance difference).
    /// Reverts {Escrow_NothingReceived} if nothing did. Callers are nonReentrant, and record the
    /// received amount right after, so a token calling back mid-transfer finds every entry point locked.
    function _pull(address token, address from, uint256 amount) private returns (uint256 received) {
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        received = IERC20(token).balanceOf(address(this)) - before;
        if (received == 0) revert Escrow_NothingReceived();
        _owed[token] += received;
    }

    /// @dev Pays the experts: fee to the treasury, the rest by shares, bonds back.
    function _release(uint256 orderId, Order storage o) private {
        o.state = State.Released;
        Acceptance[] storage acc = _acceptances[orderId];
        uint256 amount = o.amount;
        uint256 fee = amount * o.feeBps / _BPS;
        _credit(o.token, treasury, fee);
        _payExperts(acc, o.token, amount - fee);
        _returnBonds(acc);
        emit OrderReleased(orderId, amount - fee, fee);
    }

    /// @dev Refunds the buyer; the experts' bonds are returned, or slashed if `slash` (non-delivery).
    function _refund(uint256 orderId, Order storage o, bool slash) private {
        o.state = State.Refunded;
        uint256 amount = o.amount;
        _credit(o.token, o.buyer, amount);
        Acceptance[] storage acc = _acceptances[orderId];
        if (slash) _slashExperts(orderId, o, acc);
        else _returnBonds(acc);
        emit OrderRefunded(orderId, amount);
    }

    /// @dev Splits the amount: `buyerBps` to the buyer, the rest to the experts minus the fee (only
    /// when `ruled`); slashes the bonds of the side at `fault`, returns the other bonds.
    function _resolve(uint256 orderId, Order storage o, uint16 buyerBps, Fault fault, bool ruled) private {
        o.state = State.Resolved;
        address token = o.token;
        Acceptance[] storage acc = _acceptances[orderId];
        uint256 amount = o.amount;
        uint256 toBuyer = amount * buyerBps / _BPS;
        uint256 toExperts = amount - toBuyer;
        uint256 fee = ruled ? toExperts * o.feeBps / _BPS : 0;
        _credit(token, o.buyer, toBuyer);
        _credit(token, treasury, fee);
        _payExperts(acc, token, toExperts - fee);

        uint256 buyerBond = o.buyerBond;
        if (fault == Fault.Buyer && buyerBond != 0) {
            uint256 burned = buyerBond * o.slashBurnBps / _BPS;
            _payExperts(acc, token, buyerBond - burned);
            emit BondSlashed(orderId, o.buyer, token, burned, address(0), buyerBond - burned);
            if (burned != 0) {
                _owed[token] -= burned;
                // Pushed, not credited: nobody can ever withdraw for the burn address. The transfer is
                // the last step of a nonReentrant call.
                IERC20(token).safeTransfer(BURN_ADDRESS, burned);
            }
        } else {
            _credit(token, o.buyer, buyerBond);
        }
        if (fault == Fault.Experts) _slashExperts(orderId, o, acc);
        else _returnBonds(acc);
        emit OrderResolved(orderId, buyerBps, fault, ruled, msg.sender);
    }

    /// @dev Burns `slashBurnBps` of every expert bond and credits the rest to the buyer.
    function _slashExperts(uint256 orderId, Order storage o, Acceptance[] storage acc) private {
        address buyer = o.buyer;
        uint16 burnBps = o.slashBurnBps;
        uint256 n = acc.length;
        for (uint256 i = 0; i < n; ++i) {
            Acceptance storage a = acc[i];
            uint256 bondAmount = a.bond;
            if (bondAmount == 0) continue;
            a.bond = 0;
            uint256 burned = bondAmount * burnBps / _BPS;
            _credit(a.lat, buyer, bondAmount - burned);
            emit BondSlashed(orderId, a.expert, a.lat, burned, buyer, bondAmount - burned);
            if (burned != 0) {
                _owed[a.lat] -= burned;
                ERC20Burnable(a.lat).burn(burned);
            }
        }
    }

    /// @dev Credits every remaining expert bond back to its expert.
    function _returnBonds(Acceptance[] storage acc) private {
        uint256 n = acc.length;
        for (uint256 i = 0; i < n; ++i) {
            Acceptance storage a = acc[i];
            uint256 bondAmount = a.bond;
            if (bondAmount == 0) continue;
            a.bond = 0;
            _credit(a.lat, a.expert, bondAmount);
        }
    }

    /// @dev Credits `amount` to the experts by share; the rounding remainder goes to the last expert.
    function _payExperts(Acceptance[] storage acc, address token, uint256 amount) private {
        uint256 n = acc.length;
        if (amount == 0 || n == 0) return;
        uint256 paid;
        for (uint256 i = 0; i + 1 < n; ++i) {
            uint256 part = amount * acc[i].shareBps / _BPS;
            paid += part;
            _credit(token, acc[i].expert, part);
        }
        _credit(token, acc[n - 1].expert, amount - paid);
    }

    function _credit(address token, address account, uint256 amount) private {
        if (amount == 0) return;
        _credits[token][account] += amount;
        emit Credited(account, token, amount);
    }

    function _order(uint256 orderId) private view returns (Order storage o) {
        o = _orders[orderId];
        if (o.state == State.None) revert Escrow_BadState(orderId, State.None);
    }

    function _expertIndex(Acceptance[] storage acc, address who) private view returns (uint256) {
        uint256 n = acc.length;
        for (uint256 i = 0; i < n; ++i) {
            if (acc[i].expert == who) return i;
        }
        return type(uint256).max;
    }

    function _setConfig(Config calldata cfg) private {
        if (
            cfg.feeBps > MAX_FEE_BPS || cfg.slashBurnBps > _BPS || cfg.disputeBondBps > _BPS
                || cfg.defaultBuyerBps > _BPS || cfg.passScore < -1e18 || cfg.passScore > 1e18 || cfg.disputeWindow == 0
                || cfg.disputeWindow > MAX_WINDOW || cfg.rulingWindow == 0 || cfg.rulingWindow > MAX_WINDOW
                || cfg.minReviewWindow == 0 || cfg.minReviewWindow > cfg.maxReviewWindow
                || cfg.maxReviewWindow > MAX_WINDOW || cfg.maxDuration == 0 || cfg.maxDuration > MAX_WINDOW
                || cfg.maxExperts == 0 || cfg.maxExperts > MAX_EXPERTS
        ) revert Escrow_BadConfig();
        _config = cfg;
        emit ConfigSet(cfg);
    }
}
