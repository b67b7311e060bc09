#!/usr/bin/env bash
# setup.sh installs the project's Solidity toolchain from the npm registry:
# Foundry, solcjs and OpenZeppelin through package-lock.json, and forge-std
# extracted from the @chainlink/contracts tarball (the forge-std npm package is
# broken; see ../shared/TOOLCHAIN.md). Idempotent: a second run is a no-op.
set -euo pipefail
cd "$(dirname "$0")/.."

FORGE_STD_TARBALL_PKG="@chainlink/contracts@1.5.0"
FORGE_STD_DIR="lib/forge-std/src"
STAMP="node_modules/.dip-setup-stamp"

lock_hash() { sha256sum package-lock.json | cut -d' ' -f1; }

if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$(lock_hash)" ]]; then
  echo "setup: npm ci (Foundry, solcjs, OpenZeppelin)"
  npm ci --no-audit --no-fund --loglevel=error
  lock_hash > "$STAMP"
fi

if [[ ! -f "$FORGE_STD_DIR/Test.sol" ]]; then
  echo "setup: forge-std from $FORGE_STD_TARBALL_PKG"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack "$FORGE_STD_TARBALL_PKG" --silent >/dev/null)
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/src/v0.8/vendor/forge-std/src
  mkdir -p "$(dirname "$FORGE_STD_DIR")"
  rm -rf "$FORGE_STD_DIR"
  mv "$tmp/package/src/v0.8/vendor/forge-std/src" "$FORGE_STD_DIR"
fi

for tool in forge anvil cast; do
  [[ -x "node_modules/.bin/$tool" ]] || { echo "setup: node_modules/.bin/$tool missing after npm ci" >&2; exit 1; }
done
