package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/settlement"
)

// deliberationBatchCommand shows and drives batched deliberation claims
// (ISettlementBatches) on a guild's Settlement: anyone may finalize a batch
// after its window or retry a failed callback, not only its relayer.
func deliberationBatchCommand() *cli.Command {
	flags := func(extra ...cli.Flag) []cli.Flag {
		fs := append(chainFlags(),
			&cli.StringFlag{Name: "settlement", Usage: "Settlement address (default: the recorded guild's)", EnvVars: []string{"DIP_SETTLEMENT"}},
			&cli.StringFlag{Name: "guild", Usage: "guild name in the deployment record (default: the only recorded guild)", EnvVars: []string{"DIP_GUILD"}},
			&cli.Uint64Flag{Name: "from-block", Usage: "search the batch's BatchSubmitted event from this block", EnvVars: []string{"DIP_FROM_BLOCK"}},
		)
		return append(fs, extra...)
	}
	return &cli.Command{
		Name:  "batch",
		Usage: "show, finalize or retry a batched deliberation claim (docs/settlement.md)",
		Subcommands: []*cli.Command{
			{
				Name:      "show",
				Usage:     "show BATCH: status, deadline, bond and each session's header, opened claim and callback",
				ArgsUsage: "BATCH",
				Flags:     flags(),
				Action: func(c *cli.Context) error {
					return withBatch(c, false, func(ctx context.Context, s *session, st *settlement.Settlement, b *settlement.Batch, headers []settlement.SessionHeader) error {
						return printBatch(ctx, c.App.Writer, st, b, headers)
					})
				},
			},
			{
				Name:      "finalize",
				Usage:     "finalize BATCH once its challenge window passed and deliver every session's outcome (anyone may)",
				ArgsUsage: "BATCH",
				Flags:     flags(),
				Action: func(c *cli.Context) error {
					return withBatch(c, true, func(ctx context.Context, s *session, st *settlement.Settlement, b *settlement.Batch, headers []settlement.SessionHeader) error {
						f, r, err := st.FinalizeBatch(ctx, s.opts(), b.ID, headers)
						if err != nil {
							return err
						}
						failed := 0
						for i := range headers {
							if !f.Delivered(i) {
								failed++
							}
						}
						fmt.Fprintf(c.App.Writer, "batch %s finalized in tx %s: %d of %d callbacks delivered\n", b.ID, r.TxHash.Hex(), len(headers)-failed, len(headers))
						if failed > 0 {
							fmt.Fprintf(c.App.Writer, "retry a failed one with 'dip deliberation batch retry %s --index I'\n", b.ID)
						}
						return nil
					})
				},
			},
			{
				Name:      "retry",
				Usage:     "retry the failed callback of session --index of a finalized BATCH (anyone may)",
				ArgsUsage: "BATCH",
				Flags:     flags(&cli.IntFlag{Name: "index", Usage: "the session's position in the batch", Value: -1, EnvVars: []string{"DIP_BATCH_INDEX"}}),
				Action: func(c *cli.Context) error {
					return withBatch(c, true, func(ctx context.Context, s *session, st *settlement.Settlement, b *settlement.Batch, headers []settlement.SessionHeader) error {
						i := c.Int("index")
						if i < 0 || i >= len(headers) {
							return fmt.Errorf("%w: --index must be a session of the batch, 0..%d", errUsage, len(headers)-1)
						}
						ok, r, err := st.RetryBatchCallback(ctx, s.opts(), b.ID, headers, uint8(i))
						if err != nil {
							return err
						}
						fmt.Fprintf(c.App.Writer, "batch %s session %d: callback %s (tx %s)\n", b.ID, i, map[bool]string{true: "delivered", false: "failed again"}[ok], r.TxHash.Hex())
						return nil
					})
				},
			},
		},
	}
}

// withBatch opens a session, attaches the Settlement, reads the batch named
// by the argument and its headers, and runs fn.
func withBatch(c *cli.Context, needSigner bool, fn func(context.Context, *session, *settlement.Settlement, *settlement.Batch, []settlement.SessionHeader) error) error {
	if c.NArg() != 1 {
		return fmt.Errorf("%w: want one BATCH id", errUsage)
	}
	id, ok := new(big.Int).SetString(c.Args().First(), 10)
	if !ok || id.Sign() <= 0 {
		return fmt.Errorf("%w: batch id %q is not a positive decimal number", errUsage, c.Args().First())
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
	defer cancel()
	s, err := openSession(ctx, c, needSigner)
	if err != nil {
		return err
	}
	defer s.Close()
	addr, err := recordedContract(c, s, "settlement", "settlement")
	if err != nil {
		return err
	}
	if err := s.requireContract(ctx, addr, "settlement"); err != nil {
		return err
	}
	st := settlement.Attach(addr, s.client)
	b, err := st.Batch(ctx, id)
	if err != nil {
		return err
	}
	if b.Status == settlement.StatusNone {
		n, err := st.BatchCount(ctx)
		if err != nil {
			return err
		}
		return fmt.Errorf("no batch %s on settlement %s (it has %s)", id, addr.Hex(), n)
	}
	ev, err := st.BatchSubmission(ctx, id, c.Uint64("from-block"))
	if err != nil {
		return fmt.Errorf("%w (pass --from-block at or before the batch's block)", err)
	}
	return fn(ctx, s, st, b, ev.Headers)
}

func printBatch(ctx context.Context, w io.Writer, st *settlement.Settlement, b *settlement.Batch, headers []settlement.SessionHeader) error {
	failed, err := st.FailedCallbacks(ctx, b.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "batch %s: %s, relayer %s\n", b.ID, b.Status, b.Relayer.Hex())
	fmt.Fprintf(w, "deadline %d (%s), bond %s ETH, %d open tally requests\n",
		b.Deadline, time.Unix(int64(b.Deadline), 0).UTC().Format(time.RFC3339), formatAmount(b.Bond, 18), b.OpenRequests)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tTARGET\tSUBJECT\tBALLOTS\tWINNER\tCONVICTION\tCLAIM\tCALLBACK")
	for i, h := range headers {
		claim := "-"
		if b.Opened(i) {
			id, err := st.SessionClaim(ctx, b.ID, uint8(i))
			if err != nil {
				return err
			}
			claim = id.String()
		}
		callback := "-"
		if b.Status == settlement.StatusFinalized {
			callback = map[bool]string{true: "delivered", false: "failed"}[failed.Bit(i) == 0]
		}
		winner := "none"
		if h.Winner != ([20]byte{}) {
			winner = h.Winner.Hex()
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i, h.Target.Hex(), h.SubjectId, strconv.FormatUint(uint64(h.BallotCount), 10),
			winner, formatAmount(h.Conviction, 18), claim, callback)
	}
	return tw.Flush()
}
