// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Script, console} from "forge-std/Script.sol";

import {AuthorityRegistry} from "../src/AuthorityRegistry.sol";
import {CapabilityLadder} from "../src/CapabilityLadder.sol";
import {GuildFactory} from "../src/GuildFactory.sol";
import {GovernanceConverter} from "../src/governance/GovernanceConverter.sol";
import {GuildGovernor} from "../src/governance/GuildGovernor.sol";
import {GuildTimelock} from "../src/governance/GuildTimelock.sol";
import {GuildToken} from "../src/governance/GuildToken.sol";
import {ICapabilityLadder} from "../src/interfaces/ICapabilityLadder.sol";
import {IGuildFactory} from "../src/interfaces/IGuildFactory.sol";
import {ISettlement} from "../src/interfaces/ISettlement.sol";
import {ITripartiteEscrow} from "../src/interfaces/ITripartiteEscrow.sol";
import {TallyVerifier} from "../src/libraries/TallyVerifier.sol";
import {LiquidAccessToken} from "../src/LiquidAccessToken.sol";
import {Settlement} from "../src/Settlement.sol";
import {MockERC20} from "../src/test-support/MockERC20.sol";
import {TripartiteEscrow} from "../src/TripartiteEscrow.sol";

/// @title Deploy
/// @notice Deploys every implementation, the shared TallyVerifier and the GuildFactory. With
/// DEPLOY_DEMO_GUILD=true it also deploys a MockERC20 payment token and creates one demo guild
/// (the broadcaster is an extra resolver next to the guild's Settlement, and its arbiter). Against anvil:
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
            governor: address(new GuildGovernor()),
            escrow: address(new TripartiteEscrow()),
            settlement: address(new Settlement()),
            authority: address(new AuthorityRegistry()),
            tallyVerifier: address(new TallyVerifier())
        });
        factory = new GuildFactory(impls);
        console.log("GuildFactory", address(factory));
        console.log("impl LiquidAccessToken", impls.lat);
        console.log("impl CapabilityLadder", impls.ladder);
        console.log("impl GuildToken", impls.guildToken);
        console.log("impl GovernanceConverter", impls.converter);
        console.log("impl GuildTimelock", impls.timelock);
        console.log("impl GuildGovernor", impls.governor);
        console.log("impl TripartiteEscrow", impls.escrow);
        console.log("impl Settlement", impls.settlement);
        console.log("impl AuthorityRegistry", impls.authority);
        console.log("impl TallyVerifier", impls.tallyVerifier);
        if (demo) _demo(factory);
        vm.stopBroadcast();
    }

    function _demo(GuildFactory factory) internal {
        MockERC20 payment = new MockERC20("Demo Payment", "DPAY", 18);
        (, address sender,) = vm.readCallers();
        address[] memory arbiters = new address[](1);
        arbiters[0] = sender;
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
                }),
                settlement: IGuildFactory.SettlementParams({
                    powVerifier: address(0),
                    inferenceVerifier: address(0),
                    config: ISettlement.Config({
                        claimBond: 1 ether,
                        requestBond: 0.05 ether,
                        challengeWindow: 1 days,
                        responseWindow: 6 hours,
                        proofWindow: 12 hours,
                        exitDelay: 3 days,
                        sampleDelay: 4,
                        sampleCount: 3,
                        challengerRewardBps: 5000,
                        callbackGasLimit: 500_000
                    })
                }),
                escrow: IGuildFactory.EscrowParams({arbiters: arbiters, config: _escrowConfig()}),
                authority: IGuildFactory.AuthorityParams({commitToken: address(0), commitAmount: 0})
            })
        );
        console.log("MockERC20", address(payment));
        console.log("guild id", id);
        console.log("ladder", s.ladder);
        console.log("guild token", s.guildToken);
        console.log("converter", s.converter);
        console.log("timelock", s.timelock);
        console.log("governor", s.governor);
        console.log("escrow", s.escrow);
        console.log("settlement", s.settlement);
        console.log("authority", s.authority);
    }

    function _escrowConfig() internal pure returns (ITripartiteEscrow.Config memory) {
        return ITripartiteEscrow.Config({
            feeBps: 500,
            slashBurnBps: 5000,
            disputeBondBps: 1000,
            defaultBuyerBps: 5000,
            passScore: 5e17,
            disputeWindow: 2 days,
            rulingWindow: 7 days,
            minReviewWindow: 1 days,
            maxReviewWindow: 30 days,
            maxDuration: 180 days,
            maxExperts: 4
        });
    }
}
