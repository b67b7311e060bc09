#!/usr/bin/env bash
# bench.sh runs every Go benchmark (BENCH_PKGS narrows it, BENCH_FILTER picks
# benchmarks) and the forge gas report. Results print to stdout and are saved
# under bench/results/ (ignored); docs/benchmarks.md records the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs="${BENCH_PKGS:-./...}"
filter="${BENCH_FILTER:-.}"
mkdir -p bench/results
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="bench/results/go-$stamp.txt"

echo "=== go benchmarks ($pkgs, filter $filter) -> $out"
{ uname -m; nproc; grep -m1 'model name' /proc/cpuinfo || true; go version; } | tee "$out"
go test -run '^$' -bench "$filter" -benchmem -timeout 180m $pkgs | tee -a "$out"

echo "=== forge gas report"
FOUNDRY_SOLC="$PWD/tools/solc" PATH="$PWD/node_modules/.bin:$PATH" \
  forge test --root "$PWD" --gas-report --no-match-test 'testFuzz|invariant' | tee "bench/results/gas-$stamp.txt" | tail -80

# --- relayer ---------------------------------------------------------------
# relayer/store and relayer/txmgr, at fixed counts: a run against anvil with
# 1-second blocks must carry many transactions to mean anything. Results go
# to bench/results/relayer-<stamp>.txt and docs/benchmarks.md (Relayer).
# Skip with BENCH_RELAYER=0.
if [[ "${BENCH_RELAYER:-1}" == 1 ]]; then
  rout="bench/results/relayer-$stamp.txt"
  echo "=== relayer benchmarks -> $rout"
  { uname -m; nproc; go version; } > "$rout"
  go test -run '^$' -bench 'StoreStateChange' -benchtime 1000x ./relayer/store/ | tee -a "$rout"
  go test -run '^$' -bench 'ConfirmedAutomine' -benchtime 1000x ./relayer/txmgr/ | tee -a "$rout"
  go test -run '^$' -bench 'Confirmed1sBlocks' -benchtime 128x ./relayer/txmgr/ | tee -a "$rout"
fi
