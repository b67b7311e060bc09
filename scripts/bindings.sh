#!/usr/bin/env bash
# bindings.sh regenerates the Go bindings in bindings/<pkg>/ from forge's
# build output with `go tool abigen --v2`. The contracts to bind are listed in
# bindings/CONTRACTS, one per line: "<ContractName> <package>". Run through
# `make bindings`, which compiles first.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

while read -r contract pkg; do
  [[ -z "${contract}" || "${contract}" == \#* ]] && continue
  artifact="out/${contract}.sol/${contract}.json"
  [[ -f "$artifact" ]] || { echo "bindings: $artifact not found (is ${contract} in contracts/src?)" >&2; exit 1; }
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    fs.writeFileSync(process.argv[2], JSON.stringify(a.abi));
    fs.writeFileSync(process.argv[3], a.bytecode.object.replace(/^0x/, ""));
  ' "$artifact" "$tmp/$contract.abi" "$tmp/$contract.bin"
  mkdir -p "bindings/$pkg"
  go tool abigen --v2 --abi "$tmp/$contract.abi" --bin "$tmp/$contract.bin" \
    --pkg "$pkg" --type "$contract" --out "bindings/$pkg/$pkg.go"
done < bindings/CONTRACTS
