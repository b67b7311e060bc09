#!/usr/bin/env bash
# test.sh runs every check `make test` promises, timing each stage:
# go vet, forge build, bindings drift, forge tests (unit, fuzz, invariant),
# gas snapshot check, and every Go test (simulated chain, anvil, crash tests).
set -euo pipefail
cd "$(dirname "$0")/.."

stage() {
  local name="$1"; shift
  local start=$SECONDS
  echo "=== $name"
  "$@"
  echo "=== $name: ok ($((SECONDS - start))s)"
}

stage "go vet" go vet ./...
stage "forge build" make --no-print-directory contracts
stage "bindings drift" make --no-print-directory check-bindings
stage "forge test" make --no-print-directory test-forge
stage "gas snapshot" make --no-print-directory check-snapshots
stage "go test" make --no-print-directory test-go
