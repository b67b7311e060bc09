package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
)

// errUsage marks errors caused by how dip was invoked (exit code 2).
var errUsage = errors.New("usage")

// commands lists dip's command groups; each lives in its own file.
func commands() []*cli.Command {
	return []*cli.Command{
		demoCommand(),
		deployCommand(),
		guildCommand(),
		acipCommand(),
		govCommand(),
		escrowCommand(),
		authorityCommand(),
		assetCommand(),
		accessCommand(),
		relayerCommand(),
		deliberationCommand(),
		zkCommand(),
		powCommand(),
		versionCommand(),
	}
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "dip",
		Usage:                "decentralized intellectual property markets on Ethereum",
		Version:              version,
		HideVersion:          true,
		Writer:               stdout,
		ErrWriter:            stderr,
		Commands:             commands(),
		EnableBashCompletion: true,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return fmt.Errorf("%w: %s", errUsage, err)
		},
		CommandNotFound: func(c *cli.Context, name string) {
			// Reported by run through the returned error below.
		},
	}
	app.ExitErrHandler = func(*cli.Context, error) {} // run reports errors itself
	setUsageErrors(app.Commands)
	return app
}

// setUsageErrors makes every subcommand report bad flags as one line.
func setUsageErrors(cmds []*cli.Command) {
	for _, c := range cmds {
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return fmt.Errorf("%w: %s", errUsage, err)
		}
		setUsageErrors(c.Subcommands)
	}
}

// run executes dip with args and returns the process exit code: 0 on
// success, 1 on failure, 2 on a usage error. It never lets a panic reach the
// user as a stack trace.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "dip: internal error: %v (please report this with the command you ran)\n", r)
			if strings.Contains(strings.Join(args, " "), "--debug") {
				fmt.Fprintf(stderr, "%s\n", debug.Stack())
			}
			code = 1
		}
	}()
	app := newApp(stdout, stderr)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && app.Command(args[1]) == nil && args[1] != "help" && args[1] != "h" {
		fmt.Fprintf(stderr, "dip: unknown command %q; run 'dip --help' for the list\n", args[1])
		return 2
	}
	if err := app.Run(args); err != nil {
		msg := err.Error()
		if errors.Is(err, errUsage) {
			fmt.Fprintf(stderr, "dip: %s; run with --help for usage\n", strings.TrimPrefix(msg, errUsage.Error()+": "))
			return 2
		}
		fmt.Fprintf(stderr, "dip: %s\n", oneLine(msg))
		return 1
	}
	return 0
}

// oneLine folds a multi-line error into one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version of dip",
		Action: func(c *cli.Context) error {
			_, err := fmt.Fprintf(c.App.Writer, "dip %s\n", version)
			return err
		},
	}
}
