#!/usr/bin/env bash
# stakemap report benchmark (issue 17): at each size, the time and peak memory
# of `stakemap report`, the size of the page, and how long headless Chromium
# takes to open it and take its screenshot (scripts/check-report.py, which also
# checks the page: no console message, no request, A4 print, strict HTML5).
# Targets: report < 15 s, page < 25 MB, screenshot < 10 s.
#
#   bench/report.sh                 (or: make bench-report)
#
# Environment (all optional): SIZES="100000 1000000" SEED=42 STAKEMAP=path
# (default: swift build -c release). Data: bench/data/N (bench/generate.py;
# `make bench-data` makes the same); databases, pages and screenshots:
# bench/out/report/N.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${SIZES:-"100000 1000000"}
SEED=${SEED:-42}
OUT=$ROOT/bench/out/report
PYTHON=python3
[[ -x /usr/bin/python3 ]] && PYTHON=/usr/bin/python3
mkdir -p "$OUT"
source "$ROOT/bench/common.sh"
use_stakemap

prepare() {
    local n=$1 data=$ROOT/bench/data/$1 work=$OUT/$1
    mkdir -p "$work"
    generated_people "$n" "$data" "$SEED"
    if [[ ! -f $work/project.db ]]; then
        rm -f "$work/project.db.new"
        for kind in people groups roles links; do
            "$STAKEMAP" import "$kind" "$data/$kind.csv" --db "$work/project.db.new" 2>/dev/null && continue
            # At 1M people the generator's contact cells of the biggest groups pass the import's
            # 1,000 characters a cell; the contacts are in people.csv (contact_for) anyway.
            [[ $kind == groups ]] || exit 1
            "$PYTHON" -c 'import csv, sys
rows = csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))
out = csv.DictWriter(sys.stdout, [f for f in rows.fieldnames if f != "contact"], extrasaction="ignore")
out.writeheader(); out.writerows(rows)' "$data/groups.csv" > "$work/groups-without-contact.csv"
            "$STAKEMAP" import groups "$work/groups-without-contact.csv" --db "$work/project.db.new" 2>/dev/null
        done
        mv "$work/project.db.new" "$work/project.db"
    fi
}

verdict() { awk -v value="$1" -v limit="$2" 'BEGIN { print (value < limit ? "PASS" : "MISS") }'; }

printf '%-9s %-8s %10s %8s %10s %12s  %s\n' people lang "report s" "RSS MB" "page MB" "screenshot s" "checks"
for n in $SIZES; do
    prepare "$n"
    work=$OUT/$n
    for lang in en nl; do
        page=$work/rapport-$lang.html
        /usr/bin/time -f "%e %M" -o "$work/time-$lang.txt" "$STAKEMAP" report --out "$page" --lang "$lang" \
            --db "$work/project.db" 2>/dev/null
        read -r seconds kilobytes < "$work/time-$lang.txt"
        megabytes=$(awk -v b="$(stat -c %s "$page")" 'BEGIN { printf "%.2f", b / 1048576 }')
        "$PYTHON" "$ROOT/scripts/check-report.py" "$page" "$work/check-$lang" > "$work/check-$lang.json"
        screenshot=$("$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"]["screenshot"])' "$work/check-$lang.json")
        checks=$("$PYTHON" -c '
import json, sys
c = json.load(open(sys.argv[1]))
problems = [k for k in ("console", "requests", "html5_errors") if c[k]]
if c["non_white"] == 0: problems.append("blank")
print("ok" if not problems else "FAIL: " + ", ".join(problems))' "$work/check-$lang.json")
        printf '%-9s %-8s %10s %8d %10s %12s  %s; report %s, size %s, screenshot %s\n' "$n" "$lang" "$seconds" \
            $((kilobytes / 1024)) "$megabytes" "$screenshot" "$checks" "$(verdict "$seconds" 15)" \
            "$(verdict "$megabytes" 25)" "$(verdict "$screenshot" 10)"
    done
done
