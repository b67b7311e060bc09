// Package crashtest holds the relayer's integration tests against a real
// anvil node: the SIGKILL crash loop and the fault runs (a lossy RPC proxy,
// a base-fee spike, dropped transactions, a reorg). The package has no code
// of its own; run it with `go test ./relayer/crashtest/`.
package crashtest
