#!/usr/bin/env bash
# Times in-process rendering (StakeMapKit's Graphviz.render, through the
# stakemap-bench harness, release build) against the `dot` program on the same DOT file: a
# generated clustered map of 150 people and 300 influence links.
#
#   bench/render-vs-dot.sh [runs] [format]     defaults: 5 png
#
# The in-process side runs in one process: run 1 pays plugin loading and font
# cache set-up (as one `stakemap map` call would), later runs reuse them.
# Every `dot` run is a fresh process. Medians are compared; on a shared machine
# expect some noise, so read the ratio as "about".
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
format="${2:-png}"
scratch=".build-gv"
out="bench/out"
mkdir -p "$out"
dotfile="$out/map-150.dot"

python3 - "$dotfile" <<'PY'
import random, sys
random.seed(150)
people, links, units = 150, 300, 12
lines = ['digraph "map" {', '  graph [compound="true", rankdir="LR"];',
         '  node [fillcolor="#eef3fb", shape="box", style="rounded,filled"];']
for side, members in (("org", range(0, 8)), ("outside", range(8, units))):
    lines.append(f'  subgraph "cluster_{side}" {{')
    lines.append(f'    graph [label="{side}"];')
    for unit in members:
        lines.append(f'    subgraph "cluster_u{unit}" {{')
        lines.append(f'      graph [label="Unit {unit}"];')
        for person in range(unit, people, units):
            lines.append(f'      "p{person}" [label="Person {person}\\nrole {person % 7}"];')
        lines.append('    }')
    lines.append('  }')
for _ in range(links):
    a, b = random.sample(range(people), 2)
    lines.append(f'  "p{a}" -> "p{b}" [penwidth={random.randint(1, 5)}];')
lines.append('}')
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
echo "map: $dotfile ($(grep -c '"p[0-9]*" \[label=' "$dotfile") people in 12 clusters, $(grep -c -- '->' "$dotfile") links), format $format, $runs runs each"

swift build -c release --scratch-path "$scratch" --product stakemap-bench >/dev/null 2>"$out/bench-build.txt" \
  || { cat "$out/bench-build.txt"; exit 2; }
"$scratch/release/stakemap-bench" render "$dotfile" "$runs" "$format" "$out/in-process.$format" \
  >"$out/bench-run.txt" 2>&1 \
  || { echo "the in-process runs failed; see $out/bench-run.txt"; exit 2; }
inproc=$(grep '^bench-run ' "$out/bench-run.txt" | awk '{print $2}')
[[ -n "$inproc" ]] || { echo "no timings; see $out/bench-run.txt"; exit 2; }

cli=""
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  dot -T"$format" "$dotfile" -o "$out/dot-cli.$format"
  end=$(date +%s.%N)
  cli+="$(echo "$end - $start" | bc -l)"$'\n'
done

python3 - "$inproc" "$cli" <<'PY'
import statistics, sys
inproc = [float(x) for x in sys.argv[1].split()]
cli = [float(x) for x in sys.argv[2].split()]
fmt = lambda xs: " ".join(f"{x:.3f}" for x in xs)
print(f"in-process runs (s): {fmt(inproc)}")
print(f"dot -T runs     (s): {fmt(cli)}")
warm = inproc[1:] or inproc
m_cold, m_warm, m_cli = inproc[0], statistics.median(warm), statistics.median(cli)
print(f"in-process first run {m_cold:.3f} s, median of later runs {m_warm:.3f} s; dot median {m_cli:.3f} s")
print(f"ratio in-process/dot: first run {m_cold / m_cli:.2f}, later runs {m_warm / m_cli:.2f}")
PY
if cmp -s "$out/in-process.$format" "$out/dot-cli.$format"; then
  echo "output: byte-identical to dot -T$format"
else
  echo "output: differs from dot -T$format ($(wc -c <"$out/in-process.$format") vs $(wc -c <"$out/dot-cli.$format") bytes)"
fi
