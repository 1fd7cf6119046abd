#!/usr/bin/env bash
# Renders a clustered map 50 times in-process (png/svg/pdf, every layout, plus
# broken maps) under valgrind and reports what is definitely lost -- split into
# what StakeMapKit owns and what is Graphviz's (see graphviz-2.42.supp).
#
#   bench/leakcheck.sh [runs]        default 50; exit status 1 if we leak
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
scratch=".build-gv"
out="bench/out"
mkdir -p "$out"
log="$out/leakcheck-valgrind.txt"

swift build --scratch-path "$scratch" --product stakemap-bench >/dev/null
harness="$scratch/debug/stakemap-bench"

echo "valgrind: $runs renders (slow, about a second each)..."
valgrind -v --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --num-callers=40 --suppressions=bench/graphviz-2.42.supp --log-file="$log" \
    "$harness" leakcheck "$runs" >"$out/leakcheck-run.txt" 2>&1 \
  || { echo "the leak check failed; see $out/leakcheck-run.txt"; exit 2; }
grep -q "leakcheck rendered $runs maps" "$out/leakcheck-run.txt" \
  || { echo "the leak check did not run; see $out/leakcheck-run.txt"; exit 2; }

ours=$(grep -m1 "definitely lost:" "$log" | sed 's/.*definitely lost: //')
ours_indirect=$(grep -m1 "indirectly lost:" "$log" | sed 's/.*indirectly lost: //')
memory_errors=$(grep -c -E "Invalid (read|write|free)|uninitialised|Mismatched free" "$log" || true)
echo
echo "Graphviz-internal and harness leaks (suppressed, direct + indirect; see bench/graphviz-2.42.supp):"
grep "used_suppression" "$log" | sed -E 's/.*used_suppression: +([0-9]+) ([^ ]+) .*suppressed: (.*)/  \2: \3 (\1 records)/' | sort
echo
echo "StakeMapKit (everything not suppressed):"
echo "  definitely lost: $ours"
echo "  (indirectly lost, $ours_indirect, hangs off the suppressed Graphviz"
echo "   blocks above: an indirect block is only reachable from a definitely lost one)"
echo "  invalid reads/writes/frees, uninitialised uses: $memory_errors"
echo "  (full valgrind log: $log)"
[[ "$ours" == "0 bytes in 0 blocks" && "$memory_errors" == 0 ]]
