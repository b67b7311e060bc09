// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {ICapabilityLadder} from "./interfaces/ICapabilityLadder.sol";
import {IGovernanceConverter} from "./interfaces/IGovernanceConverter.sol";
import {IGuildFactory} from "./interfaces/IGuildFactory.sol";
import {IGuildGovernor} from "./interfaces/IGuildGovernor.sol";
import {IGuildToken} from "./interfaces/IGuildToken.sol";
import {ILiquidAccessToken} from "./interfaces/ILiquidAccessToken.sol";

/// @title GuildFactory
/// @notice See {IGuildFactory}.
/// @dev createGuild first computes every clone address ({predictSuite}), then runs one
/// `_deployX` step per component; each step clones its implementation at the predicted address
/// and initializes it with the other components' (predicted) addresses. A new component
/// (escrow, settlement, authority registry) adds an implementation, a Suite field, a tag and a
/// `_deployX` step.
contract GuildFactory is IGuildFactory {
    using Strings for uint256;

    uint8 private constant RANK_MAX_LIMIT = 32;
    bytes32 private constant TAG_LADDER = "ladder";
    bytes32 private constant TAG_GUILD_TOKEN = "guildToken";
    bytes32 private constant TAG_CONVERTER = "converter";
    bytes32 private constant TAG_TIMELOCK = "timelock";
    bytes32 private constant TAG_GOVERNOR = "governor";
    // LAT tags are the tier number itself (1..32), distinct from the string tags above.

    address private immutable _latImpl;
    address private immutable _ladderImpl;
    address private immutable _guildTokenImpl;
    address private immutable _converterImpl;
    address private immutable _timelockImpl;
    address private immutable _governorImpl;

    /// @inheritdoc IGuildFactory
    uint256 public guildCount;
    mapping(uint256 guildId => Suite) private _suites;

    /// @param impls Implementation contracts (each with initializers disabled); none may be zero.
    constructor(Implementations memory impls) {
        if (
            impls.lat == address(0) || impls.ladder == address(0) || impls.guildToken == address(0)
                || impls.converter == address(0) || impls.timelock == address(0) || impls.governor == address(0)
        ) revert Factory_ZeroImplementation();
        _latImpl = impls.lat;
        _ladderImpl = impls.ladder;
        _guildTokenImpl = impls.guildToken;
        _converterImpl = impls.converter;
        _timelockImpl = impls.timelock;
        _governorImpl = impls.governor;
    }

    /// @inheritdoc IGuildFactory
    function createGuild(GuildParams calldata p) external returns (uint256 guildId, Suite memory suite) {
        if (bytes(p.name).length == 0 || bytes(p.symbol).length == 0) revert Factory_EmptyMetadata();
        uint8 rankMax = p.ladder.rankMax;
        if (rankMax == 0 || rankMax > RANK_MAX_LIMIT) revert Factory_InvalidRankMax(rankMax);

        guildId = ++guildCount;
        suite = predictSuite(guildId, rankMax);
        _deployLats(guildId, suite, p);
        _deployLadder(guildId, suite, p);
        _deployGuildToken(guildId, suite, p);
        _deployConverter(guildId, suite, p);
        _deployTimelock(guildId, suite, p);
        _deployGovernor(guildId, suite, p);

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
            governor: _governorImpl
        });
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

    /// @dev The ladder: admin and governance role to the timelock, resolver role to `p.resolver`.
    function _deployLadder(uint256 guildId, Suite memory s, GuildParams calldata p) internal {
        _clone(_ladderImpl, guildId, TAG_LADDER, s.ladder);
        ICapabilityLadder.Params memory lp = p.ladder;
        if (lp.treasury == address(0)) lp.treasury = s.timelock;
        ICapabilityLadder(s.ladder).initialize(lp, s.lats, s.timelock, p.resolver);
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
