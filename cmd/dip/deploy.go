package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/internal/deployments"
)

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the guild factory and its implementation contracts, idempotently, and record them",
		Description: "Deploys every implementation the factory clones, then the GuildFactory, and records\n" +
			"each address in deployments/<chainId>.json (--deployments), which every other command\n" +
			"reads. Running it again skips each contract whose recorded address already holds the\n" +
			"code this build would deploy; a missing or different contract (a reset chain, a new\n" +
			"version) is deployed again. --mock-payment adds an open-mint ERC-20 for entry fees,\n" +
			"on local dev chains only. Foundry users: contracts/script/Deploy.s.sol does the same.",
		Flags: append(chainFlags(),
			&cli.BoolFlag{Name: "mock-payment", Usage: "also deploy a development payment token anyone can mint (dev chains only)", EnvVars: []string{"DIP_DEPLOY_MOCK_PAYMENT"}},
		),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, err := openSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			mock := c.Bool("mock-payment")
			if mock && !isDevChain(s.chainID) {
				return fmt.Errorf("--mock-payment is refused on chain %s: its token can be minted by anyone; pass a real token to 'dip guild create --payment-token'", s.chainID)
			}
			steps, err := acip.Deploy(ctx, s.client, s.opts(), s.record, acip.DeployOptions{
				MockPayment: mock,
				Save:        func(r *deployments.Record) error { return r.Save(s.dir) },
			})
			w := c.App.Writer
			for _, st := range steps {
				if st.Skipped() {
					fmt.Fprintf(w, "kept      %-20s %s  (%s)\n", st.Name, st.Address.Hex(), st.Reason)
					continue
				}
				fmt.Fprintf(w, "deployed  %-20s %s  tx %s  gas %s  (%s)\n", st.Name, st.Address.Hex(), st.Receipt.TxHash.Hex(), groupDigits(st.Receipt.GasUsed), st.Reason)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "record    %s (chain %s)\n", deployments.Path(s.dir, s.chainID.Uint64()), s.chainID)
			return nil
		},
	}
}
