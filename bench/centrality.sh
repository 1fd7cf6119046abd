#!/usr/bin/env bash
# stakemap centrality benchmark (issue 15), in one run beside networkx:
#   exact betweenness at EXACT_SIZES people, networkx on the same graph at
#   NX_SIZES (networkx needed 726 s at 10,000 people, so 2,000 by default);
#   betweenness estimated from 1,000 sources and --measure degree at BIG people.
#
#   bench/centrality.sh
#
# Environment (all optional): EXACT_SIZES="2000 10000" NX_SIZES="2000"
# BIG=1000000 (empty: skip) SEED=42 STAKEMAP=path (default: swift build -c
# release). Data: bench/data/N (bench/generate.py, people.csv only);
# databases and outputs: bench/out/centrality/N.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXACT_SIZES=${EXACT_SIZES:-"2000 10000"}
NX_SIZES=" ${NX_SIZES:-2000} "
BIG=${BIG-1000000}
SEED=${SEED:-42}
OUT=$ROOT/bench/out/centrality
mkdir -p "$OUT"
source "$ROOT/bench/common.sh"
use_stakemap

seconds() { /usr/bin/time -f %e -o "$1.time" "${@:2}" > "$1"; cat "$1.time"; }

prepare() {
    local n=$1 data=$ROOT/bench/data/$1 work=$OUT/$1
    mkdir -p "$work"
    generated_people "$n" "$data" "$SEED"
    if [[ ! -f $work/people.db ]]; then
        "$STAKEMAP" import people "$data/people.csv" --db "$work/people.db.new" 2>/dev/null
        mv "$work/people.db.new" "$work/people.db"
    fi
}

for n in $EXACT_SIZES; do
    prepare "$n"
    work=$OUT/$n
    s=$(seconds "$work/betweenness.json" "$STAKEMAP" centrality --measure betweenness --top 0 --format json --db "$work/people.db")
    echo "$n people: stakemap exact betweenness $s s"
    if [[ $NX_SIZES == *" $n "* ]]; then
        python3 "$ROOT/bench/centrality_networkx.py" "$work/people.db" "$work/betweenness.json"
    fi
done

if [[ -n $BIG ]]; then
    prepare "$BIG"
    work=$OUT/$BIG
    s=$(seconds "$work/estimate.txt" "$STAKEMAP" centrality --measure betweenness --db "$work/people.db")
    echo "$BIG people: stakemap betweenness estimated from 1,000 sources $s s"
    s=$(seconds "$work/degree.txt" "$STAKEMAP" centrality --measure degree --db "$work/people.db")
    echo "$BIG people: stakemap centrality --measure degree $s s"
fi
