// Package zkbench holds the zk benchmarks behind docs/benchmarks.md (zk
// section): the headline multiply-accumulates per second of the Freivalds
// layer circuit, constraint counts per MAC and per committed weight, prover
// throughput and memory, verification gas and verification in Go.
//
// Run them with `make bench` (all Go benchmarks) or, for this package only:
//
//	go test -run '^$' -bench . -benchtime 1x -timeout 60m ./bench/zk/
//
// Keys for the real circuits are generated on first use into
// $DIP_ZK_KEYS_DIR (default: the user cache directory, see zk.DefaultKeyRoot)
// and reused; the first run therefore includes one-off setups.
package zkbench
