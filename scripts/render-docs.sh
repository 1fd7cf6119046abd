#!/usr/bin/env bash
# Regenerates the pictures in docs/ from the samples: the README shows them.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build 2>&1 | tail -1
stakemap="$(swift build --show-bin-path)/stakemap"
db="$(mktemp -d)/stationsplein.db"
for pair in people:mensen units:afdelingen groups:doelgroepen roles:rollen links:relaties; do
    "$stakemap" import "${pair%%:*}" "samples/${pair#*:}.csv" --db "$db" 2>/dev/null
done
"$stakemap" grid --out docs/grid.png --db "$db"
