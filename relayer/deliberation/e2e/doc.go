// Package e2e runs the deliberation pipeline end to end: several
// `dip relayer run` processes, `dip deliberation simulate` and a dishonest
// relayer against one anvil node. It holds tests only.
package e2e
