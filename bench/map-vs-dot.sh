#!/usr/bin/env bash
# Times `stakemap map` rendering in-process against the Graphviz programs on the
# same DOT, as a ratio (goal: <= 1.0).
#
#   bench/map-vs-dot.sh DB [runs]        defaults: 3 runs; STAKEMAP=path/to/stakemap
#
# stakemap draws a map in two passes: `dot` places the boxes and nodes without
# the links, then neato's no-op layout draws the links on the fixed positions.
# The command-line equivalent is `dot -Tdot layout.dot`, the links appended,
# `neato -n2 -Tpng`. Both sides start fresh processes each run (plugin loading
# and font set-up included); the in-process time is the render phase that
# `STAKEMAP_TRACE=1 stakemap map` reports, without loading the database.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?usage: bench/map-vs-dot.sh DB [runs]}"
runs="${2:-3}"
stakemap="${STAKEMAP:-.build/release/stakemap}"
out="bench/out/map-vs-dot"
mkdir -p "$out"

"$stakemap" map --db "$db" --out "$out/map.dot" --date 2000-01-01 2>"$out/map-dot.txt"
grep -v 'constraint="false"' "$out/map.dot" >"$out/layout.dot"
grep 'constraint="false"' "$out/map.dot" >"$out/links.dot" || true
echo "map: $(cat "$out/map-dot.txt") from $db; $runs runs each"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

inproc=""
for _ in $(seq "$runs"); do
  STAKEMAP_TRACE=1 "$stakemap" map --db "$db" --out "$out/in-process.png" --date 2000-01-01 2>"$out/trace.txt"
  inproc+="$(awk '/render:/ { print $2 }' "$out/trace.txt")"$'\n'
done

cli=""
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  dot -Tdot "$out/layout.dot" -o "$out/positioned.dot" 2>/dev/null
  { sed '$d' "$out/positioned.dot"; cat "$out/links.dot"; echo '}'; } >"$out/pass2.dot"
  neato -n2 -Tpng "$out/pass2.dot" -o "$out/dot-cli.png" 2>/dev/null
  end=$(date +%s.%N)
  cli+="$(echo "$end - $start" | bc -l)"$'\n'
done

m_in=$(printf '%s' "$inproc" | median)
m_cli=$(printf '%s' "$cli" | median)
echo "in-process render (s): $(echo $inproc)"
echo "dot | neato -n2  (s): $(echo $cli)"
awk -v a="$m_in" -v b="$m_cli" 'BEGIN { printf "medians: in-process %.3f s, command line %.3f s, ratio %.2f\n", a, b, a / b }'
