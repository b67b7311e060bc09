// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Script, console} from "forge-std/Script.sol";

import {CapabilityLadder} from "../src/CapabilityLadder.sol";
import {GuildFactory} from "../src/GuildFactory.sol";
import {GovernanceConverter} from "../src/governance/GovernanceConverter.sol";
import {GuildGovernor} from "../src/governance/GuildGovernor.sol";
import {GuildTimelock} from "../src/governance/GuildTimelock.sol";
import {GuildToken} from "../src/governance/GuildToken.sol";
import {ICapabilityLadder} from "../src/interfaces/ICapabilityLadder.sol";
import {IGuildFactory} from "../src/interfaces/IGuildFactory.sol";
import {LiquidAccessToken} from "../src/LiquidAccessToken.sol";
import {MockERC20} from "../src/test-support/MockERC20.sol";

/// @title Deploy
/// @notice Deploys every implementation and the GuildFactory. With DEPLOY_DEMO_GUILD=true it
/// also deploys a MockERC20 payment token and creates one demo guild (the broadcaster is its
/// resolver). Against anvil:
///   forge script contracts/script/Deploy.s.sol --root . --rpc-url http://127.0.0.1:8545 \
///     --broadcast --private-key <anvil dev key>
/// (with FOUNDRY_SOLC and PATH as the Makefile sets them). Addresses are printed.
contract Deploy is Script {
    function run() external returns (GuildFactory factory, IGuildFactory.Implementations memory impls) {
        bool demo = vm.envOr("DEPLOY_DEMO_GUILD", false);
        vm.startBroadcast();
        impls = IGuildFactory.Implementations({
            lat: address(new LiquidAccessToken()),
            ladder: address(new CapabilityLadder()),
            guildToken: address(new GuildToken()),
            converter: address(new GovernanceConverter()),
            timelock: address(new GuildTimelock()),
            governor: address(new GuildGovernor())
        });
        factory = new GuildFactory(impls);
        console.log("GuildFactory", address(factory));
        console.log("impl LiquidAccessToken", impls.lat);
        console.log("impl CapabilityLadder", impls.ladder);
        console.log("impl GuildToken", impls.guildToken);
        console.log("impl GovernanceConverter", impls.converter);
        console.log("impl GuildTimelock", impls.timelock);
        console.log("impl GuildGovernor", impls.governor);
        if (demo) _demo(factory);
        vm.stopBroadcast();
    }

    function _demo(GuildFactory factory) internal {
        MockERC20 payment = new MockERC20("Demo Payment", "DPAY", 18);
        (, address sender,) = vm.readCallers();
        (uint256 id, IGuildFactory.Suite memory s) = factory.createGuild(
            IGuildFactory.GuildParams({
                name: "Demo Guild",
                symbol: "DEMO",
                resolver: sender,
                ladder: ICapabilityLadder.Params({
                    paymentToken: address(payment),
                    treasury: address(0),
                    base: 10e18,
                    k: 2e18,
                    t0: 1 days,
                    tMin: 1 hours,
                    tMax: 7 days,
                    revealPeriod: 1 days,
                    resolutionPeriod: 2 days,
                    burnBps: 1000,
                    rankMax: 5
                }),
                governance: IGuildFactory.GovernanceParams({
                    votingDelay: 1,
                    votingPeriod: 50,
                    proposalThreshold: 0,
                    quorumNumerator: 4,
                    timelockDelay: 1 hours,
                    tierGrowth: 2e6,
                    heatScale: 1e25,
                    halfLife: 7 days
                })
            })
        );
        console.log("MockERC20", address(payment));
        console.log("guild id", id);
        console.log("ladder", s.ladder);
        console.log("guild token", s.guildToken);
        console.log("converter", s.converter);
        console.log("timelock", s.timelock);
        console.log("governor", s.governor);
    }
}
