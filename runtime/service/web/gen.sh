#!/bin/sh
# Builds the page's verifier: cmd/zkinfer-wasm for GOOS=js GOARCH=wasm,
# stripped, gzipped without a name or a time (the same bytes from the
# same sources and Go), and Go's wasm_exec.js beside it.
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
GOOS=js GOARCH=wasm go build -trimpath -buildvcs=false -ldflags=-s -o "$out/zkinfer.wasm" ../../../cmd/zkinfer-wasm
gzip -9 -n -c "$out/zkinfer.wasm" > assets/zkinfer.wasm.gz
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" assets/wasm_exec.js
chmod 644 assets/wasm_exec.js
