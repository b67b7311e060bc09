// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {ICapabilityLadder} from "./interfaces/ICapabilityLadder.sol";
import {IAuthorityRegistry} from "./interfaces/IAuthorityRegistry.sol";
import {IGovernanceConverter} from "./interfaces/IGovernanceConverter.sol";
import {IGuildFactory} from "./interfaces/IGuildFactory.sol";
import {IGuildGovernor} from "./interfaces/IGuildGovernor.sol";
import {IGuildToken} from "./interfaces/IGuildToken.sol";
import {ILiquidAccessToken} from "./interfaces/ILiquidAccessToken.sol";
import {ISettlement} from "./interfaces/ISettlement.sol";
import {ITripartiteEscrow} from "./interfaces/ITripartiteEscrow.sol";

/// @title GuildFactory
/// @notice See {IGuildFactory}.
/// @dev createGuild first computes every clone address ({predictSuite}), then runs one
/// `_deployX` step per component; each step clones its implementation at the predicted address
/// and initializes it with the other components' (predicted) addresses. A new component adds an
/// implementation, a Suite field (both at the end), a tag and a `_deployX` step. The shared
/// TallyVerifier is not cloned: its address is an immutable taken with the implementations.
contract GuildFactory is IGuildFactory {
    using Strings for uint256;

    uint8 private constant RANK_MAX_LIMIT = 32;
    bytes32 private constant TAG_LADDER = "ladder";
    bytes32 private constant TAG_GUILD_TOKEN = "guildToken";
    bytes32 private constant TAG_CONVERTER = "converter";
    bytes32 private constant TAG_TIMELOCK = "timelock";
    bytes32 private constant TAG_GOVERNOR = "governor";
    bytes32 private constant TAG_ESCROW = "escrow";
    bytes32 private constant TAG_SETTLEMENT = "settlement";
    bytes32 private constant TAG_AUTHORITY = "authority";
    // Role ids of CapabilityLadder (AccessControl), needed to add the optional extra resolver.
    bytes32 private constant DEFAULT_ADMIN_ROLE = 0x00;
    bytes32 private constant GOVERNANCE_ROLE = keccak256("GOVERNANCE_ROLE");
    bytes32 private constant RESOLVER_ROLE = keccak256("RESOLVER_ROLE");
    // LAT tags are the tier number itself (1..32), distinct from the string tags above.

    address private immutable _latImpl;
    address private immutable _ladderImpl;
    address private immutable _guildTokenImpl;
    address private immutable _converterImpl;
    address private immutable _timelockImpl;
    address private immutable _governorImpl;
    address private immutable _escrowImpl;
    address private immutable _settlementImpl;
    address private immutable _authorityImpl;
    address private immutable _tallyVerifier;

    /// @inheritdoc IGuildFactory
    uint256 public guildCount;
    mapping(uint256 guildId => Suite) private _suites;

    /// @param impls Implementation contracts (each with initializers disabled) and the shared
    /// TallyVerifier; none may be zero.
    constructor(Implementations memory impls) {
        if (
            impls.lat == address(0) || impls.ladder == address(0) || impls.guildToken == address(0)
                || impls.converter == address(0) || impls.timelock == address(0) || impls.governor == address(0)
                || impls.escrow == address(0) || impls.settlement == address(0) || impls.authority == address(0)
                || impls.tallyVerifier == address(0)
        ) revert Factory_ZeroImplementation();
        _latImpl = impls.lat;
        _ladderImpl = impls.ladder;
        _guildTokenImpl = impls.guildToken;
        _converterImpl = impls.converter;
        _timelockImpl = impls.timelock;
        _governorImpl = impls.governor;
        _escrowImpl = impls.escrow;
        _settlementImpl = impls.settlement;
        _authorityImpl = impls.authority;
        _tallyVerifier = impls.tallyVerifier;
    }

    /// @inheritdoc IGuildFactory
    function createGuild(GuildParams calldata p) external returns (uint256 guildId, Suite memory suite) {
        _validate(p);

        guildId = ++guildCount;
        suite = predictSuite(guildId, p.ladder.rankMax);
        // The guild treasury: the ladder's, the escrow's and the Settlement's.
        address treasury = p.ladder.treasury == address(0) ? suite.timelock : p.ladder.treasury;
        _deployLats(guildId, suite, p);
        _deployLadder(guildId, suite, p, treasury);
        _deployGuildToken(guildId, suite, p);
        _deployConverter(guildId, suite, p);
        _deployTimelock(guildId, suite, p);
        _deployGovernor(guildId, suite, p);
        _deploySettlement(guildId, suite, p, treasury);
        _deployEscrow(guildId, suite, p, treasury);
        _deployAuthority(guildId, suite, p);

        _suites[guildId] = suite;
        emit GuildCreated(guildId, msg.sender, p.name, suite);
    }

    /// @inheritdoc IGuildFactory
    function suiteOf(uint256 guildId) external view returns (Suite memory) {
        if (guildId == 0 || guildId > guildCount) revert Factory_UnknownGuild(guildId);
        return _suites[guildId];
    }

    /// @inheritdoc IGuildFactory
    function predictSuite(uint256 guildId, uint8 rankMax) public view returns (Suite memory suite) {
        suite.ladder = _predict(_ladderImpl, guildId, TAG_LADDER);
        suite.guildToken = _predict(_guildTokenImpl, guildId, TAG_GUILD_TOKEN);
        suite.converter = _predict(_converterImpl, guildId, TAG_CONVERTER);
        suite.timelock = _predict(_timelockImpl, guildId, TAG_TIMELOCK);
        suite.governor = _predict(_governorImpl, guildId, TAG_GOVERNOR);
        suite.escrow = _predict(_escrowImpl, guildId, TAG_ESCROW);
        suite.settlement = _predict(_settlementImpl, guildId, TAG_SETTLEMENT);
        suite.authority = _predict(_authorityImpl, guildId, TAG_AUTHORITY);
        suite.lats = new address[](rankMax);
        for (uint256 t = 1; t <= rankMax; ++t) {
            suite.lats[t - 1] = _predict(_latImpl, guildId, bytes32(t));
        }
    }

    /// @inheritdoc IGuildFactory
    function implementations() external view returns (Implementations memory) {
        return Implementations({
            lat: _latImpl,
            ladder: _ladderImpl,
            guildToken: _guildTokenImpl,
            converter: _converterImpl,
            timelock: _timelockImpl,
            governor: _governorImpl,
            escrow: _escrowImpl,
            settlement: _settlementImpl,
            authority: _authorityImpl,
            tallyVerifier: _tallyVerifier
        });
    }

    /// @dev What no single component checks, or what spans components; runs before any clone.
    function _validate(GuildParams calldata p) internal view {
        if (bytes(p.name).length == 0 || bytes(p.symbol).length == 0) revert Factory_EmptyMetadata();
        uint8 rankMax = p.ladder.rankMax;
        if (rankMax == 0 || rankMax > RANK_MAX_LIMIT) revert Factory_InvalidRankMax(rankMax);
        SettlementParams calldata sp = p.settlement;
        if (sp.config.challengeWindow >= p.ladder.resolutionPeriod) {
            revert Factory_ChallengeWindowTooLong(sp.config.challengeWindow, p.ladder.resolutionPeriod);
        }
        _checkCode(sp.powVerifier);
        _checkCode(sp.inferenceVerifier);
        address[] calldata arbiters = p.escrow.arbiters;
        for (uint256 i; i < arbiters.length; ++i) {
            if (arbiters[i] == address(0)) revert Factory_ZeroArbiter(i);
        }
        AuthorityParams calldata ap = p.authority;
        if ((ap.commitToken == address(0)) != (ap.commitAmount == 0)) {
            revert Factory_InvalidCommitment(ap.commitToken, ap.commitAmount);
        }
        _checkCode(ap.commitToken);
    }

    /// @dev A non-zero address must hold code (a typo or an EOA would fail only when first used).
    function _checkCode(address account) internal view {
        if (account != address(0) && account.code.length == 0) revert Factory_NotAContract(account);
    }

    /// @dev One LAT per tier, minted only by the ladder; `guild` is the timelock.
    function _deployLats(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        for (uint256 t = 1; t <= s.lats.length; ++t) {
            _clone(_latImpl, guildId, bytes32(t), s.lats[t - 1]);
            string memory tier = t.toString();
            ILiquidAccessToken(s.lats[t - 1])
                .initialize(
                    string.concat(p.name, " Access Tier ", tier),
                    string.concat(p.symbol, "-T", tier),
                    s.timelock,
                    uint8(t),
                    s.ladder
                );
        }
    }

    /// @dev The ladder: admin and governance role to the timelock, resolver role to the Settlement
    /// (and to `p.resolver` if non-zero).
    function _deployLadder(uint256 guildId, Suite memory s, GuildParams calldata p, address treasury) internal {
        _clone(_ladderImpl, guildId, TAG_LADDER, s.ladder);
        ICapabilityLadder.Params memory lp = p.ladder;
        lp.treasury = treasury;
        if (p.resolver == address(0)) {
            ICapabilityLadder(s.ladder).initialize(lp, s.lats, s.timelock, s.settlement);
            return;
        }
        // initialize takes one resolver: to add the extra one, the factory is the ladder's admin for
        // the rest of this call, then hands both roles to the timelock and renounces its own.
        ICapabilityLadder(s.ladder).initialize(lp, s.lats, address(this), s.settlement);
        IAccessControl ac = IAccessControl(s.ladder);
        ac.grantRole(RESOLVER_ROLE, p.resolver);
        ac.grantRole(GOVERNANCE_ROLE, s.timelock);
        ac.grantRole(DEFAULT_ADMIN_ROLE, s.timelock);
        ac.renounceRole(GOVERNANCE_ROLE, address(this));
        ac.renounceRole(DEFAULT_ADMIN_ROLE, address(this));
    }

    /// @dev The governance token, minted only by the converter.
    function _deployGuildToken(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        _clone(_guildTokenImpl, guildId, TAG_GUILD_TOKEN, s.guildToken);
        IGuildToken(s.guildToken)
            .initialize(string.concat(p.name, " Governance"), string.concat("g", p.symbol), s.converter);
    }

    /// @dev The converter, parameterized by the timelock only.
    function _deployConverter(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        _clone(_converterImpl, guildId, TAG_CONVERTER, s.converter);
        IGovernanceConverter(s.converter)
            .initialize(
                s.ladder,
                s.guildToken,
                s.timelock,
                p.governance.tierGrowth,
                p.governance.heatScale,
                p.governance.halfLife
            );
    }

    /// @dev The timelock: the governor proposes and cancels, anyone executes, no external admin.
    function _deployTimelock(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        _clone(_timelockImpl, guildId, TAG_TIMELOCK, s.timelock);
        address[] memory proposers = new address[](1);
        proposers[0] = s.governor;
        address[] memory executors = new address[](1); // address(0): open execution
        TimelockControllerUpgradeable(payable(s.timelock))
            .initialize(p.governance.timelockDelay, proposers, executors, address(0));
    }

    /// @dev The governor: votes from the guild token, proposals executed by the timelock.
    function _deployGovernor(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        _clone(_governorImpl, guildId, TAG_GOVERNOR, s.governor);
        GovernanceParams calldata g = p.governance;
        IGuildGovernor(s.governor)
            .initialize(
                string.concat(p.name, " Governor"),
                s.guildToken,
                payable(s.timelock),
                g.votingDelay,
                g.votingPeriod,
                g.proposalThreshold,
                g.quorumNumerator
            );
    }

    /// @dev The Settlement: judges Deliberation claims with the shared TallyVerifier and calls back
    /// only into the ladder and the escrow.
    function _deploySettlement(uint256 guildId, Suite memory s, GuildParams calldata p, address treasury) internal {
        _clone(_settlementImpl, guildId, TAG_SETTLEMENT, s.settlement);
        address[] memory targets = new address[](2);
        targets[0] = s.ladder;
        targets[1] = s.escrow;
        SettlementParams calldata sp = p.settlement;
        ISettlement(s.settlement)
            .initialize(s.timelock, treasury, _tallyVerifier, sp.powVerifier, sp.inferenceVerifier, targets, sp.config);
    }

    /// @dev The escrow: experts bond the suite's LATs; evaluations come from the Settlement.
    function _deployEscrow(uint256 guildId, Suite memory s, GuildParams calldata p, address treasury) internal {
        _clone(_escrowImpl, guildId, TAG_ESCROW, s.escrow);
        ITripartiteEscrow(s.escrow)
            .initialize(s.timelock, treasury, s.settlement, s.lats, p.escrow.arbiters, p.escrow.config);
    }

    /// @dev The authority registry, administered by the timelock.
    function _deployAuthority(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        _clone(_authorityImpl, guildId, TAG_AUTHORITY, s.authority);
        IAuthorityRegistry(s.authority).initialize(s.timelock, p.authority.commitToken, p.authority.commitAmount);
    }

    /// @dev Clones `impl` with the component's salt; the address always equals the prediction.
    function _clone(address impl, uint256 guildId, bytes32 tag, address predicted) internal {
        address deployed = Clones.cloneDeterministic(impl, _salt(guildId, tag));
        // Same implementation, salt and deployer as in _predict: equal by CREATE2's definition.
        assert(deployed == predicted);
    }

    function _predict(address impl, uint256 guildId, bytes32 tag) internal view returns (address) {
        return Clones.predictDeterministicAddress(impl, _salt(guildId, tag));
    }

    function _salt(uint256 guildId, bytes32 tag) internal pure returns (bytes32) {
        return keccak256(abi.encode(guildId, tag));
    }
}
