#!/usr/bin/env bash
# stakemap benchmark of Excel workbooks (issue 16): importing people from an
# .xlsx against the same rows from CSV, and exporting a workbook.
#
#   bench/xlsx.sh                (or: make bench-xlsx)
#
# The people of bench/generate.py (N, default 100,000) are imported into a
# database; that is exported as CSV and as a workbook, and both people files
# are imported again into fresh databases, timed:
#   import csv    stakemap import people people.csv
#   import xlsx   stakemap import people project.xlsx --sheet people
#   export xlsx   stakemap export --format xlsx (all five sheets)
# When LibreOffice is installed, people.csv is also saved as .xlsx by it
# (shared strings, as Excel writes them) and that import is timed too:
#   import lo     stakemap import people people-libreoffice.xlsx
# Targets: the xlsx import within 2x the CSV import, its peak RSS under
# 200 MB; the xlsx export under 10 s. The two imports must give the same
# JSON export (checked). Release build, fastest of REPEAT runs.
#
# Environment: N=100000  REPEAT=1  SEED=42  STAKEMAP=path (default: build
# release)  BENCH_WORK=bench/out/xlsx
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-100000}
REPEAT=${REPEAT:-1}
SEED=${SEED:-42}
WORK=${BENCH_WORK:-$ROOT/bench/out/xlsx}
DATA=$ROOT/bench/data/$N
TIME=/usr/bin/time

die() { echo "bench-xlsx: $*" >&2; exit 1; }
[[ -x $TIME ]] || die "GNU time is needed at $TIME (Debian: apt-get install time)"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer"

source "$ROOT/bench/common.sh"
use_stakemap
mkdir -p "$WORK" "$DATA"
generated_people "$N" "$DATA" "$SEED"

# measure NAME cmd...: fastest wall time of REPEAT runs in M_SECS, its peak RSS (MB) in M_MB.
measure() {
    local name=$1 i t0 t1 secs best= bestkb= tf
    shift
    tf=$(mktemp)
    for ((i = 0; i < REPEAT; i++)); do
        [[ -n ${PREPARE:-} ]] && $PREPARE
        t0=$(date +%s%N)
        $TIME -f "%M" -o "$tf" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || die "$name failed: $(tail -n 3 "$WORK/$name.err")"
        t1=$(date +%s%N)
        secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$secs bestkb=$(tail -n 1 "$tf")
        fi
    done
    rm -f "$tf"
    M_SECS=$best
    M_MB=$(awk -v k="$bestkb" 'BEGIN { printf "%.1f", k / 1024 }')
}
fresh() { rm -f "$WORK/$1" "$WORK/$1-wal" "$WORK/$1-shm"; }

cd "$WORK" || die "no $WORK"
fresh source.db
echo "importing $N people into source.db (not timed)"
"$STAKEMAP" import people "$DATA/people.csv" --db source.db 2>/dev/null || die "import of people.csv failed"
rm -rf csv && "$STAKEMAP" export --format csv --out csv --db source.db 2>/dev/null || die "export csv failed"

PREPARE="rm -f project.xlsx"
measure export-xlsx "$STAKEMAP" export --format xlsx --out project.xlsx --db source.db
EXPORT_SECS=$M_SECS EXPORT_MB=$M_MB
PREPARE="fresh csv.db"
measure import-csv "$STAKEMAP" import people csv/people.csv --db csv.db
CSV_SECS=$M_SECS CSV_MB=$M_MB
PREPARE="fresh xlsx.db"
measure import-xlsx "$STAKEMAP" import people project.xlsx --sheet people --db xlsx.db
XLSX_SECS=$M_SECS XLSX_MB=$M_MB
PREPARE=
LO_SECS= LO_MB= LO_SAME=
if command -v soffice >/dev/null; then
    rm -rf lo && mkdir lo && cp csv/people.csv lo/people-libreoffice.csv
    (cd lo && timeout 900 soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx people-libreoffice.csv >/dev/null 2>&1)
    if [[ -f lo/people-libreoffice.xlsx ]]; then
        PREPARE="fresh lo.db"
        measure import-lo "$STAKEMAP" import people lo/people-libreoffice.xlsx --db lo.db
        LO_SECS=$M_SECS LO_MB=$M_MB
        PREPARE=
        "$STAKEMAP" export --format json --db lo.db >lo.json
    fi
fi

"$STAKEMAP" export --format json --db csv.db >csv.json && "$STAKEMAP" export --format json --db xlsx.db >xlsx.json
cmp -s csv.json xlsx.json && SAME=yes || SAME=NO

RATIO=$(awk -v a="$XLSX_SECS" -v b="$CSV_SECS" 'BEGIN { printf "%.2f", a / b }')
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v < l) ? "PASS" : "MISS" }'; }
XLSX_MB_FILE=$(awk -v b="$(stat -c %s project.xlsx)" 'BEGIN { printf "%.1f", b / 1e6 }')
CSV_MB_FILE=$(awk -v b="$(stat -c %s csv/people.csv)" 'BEGIN { printf "%.1f", b / 1e6 }')
{
    echo
    echo "$N people, $(date -u '+%Y-%m-%d %H:%M UTC'), fastest of $REPEAT, load $(cut -d' ' -f1-3 /proc/loadavg)"
    printf "%-36s %9s %10s\n" "measure" "seconds" "peak RSS"
    printf "%-36s %9s %7s MB\n" "import people people.csv ($CSV_MB_FILE MB)" "$CSV_SECS" "$CSV_MB"
    printf "%-36s %9s %7s MB\n" "import people project.xlsx ($XLSX_MB_FILE MB)" "$XLSX_SECS" "$XLSX_MB"
    printf "%-36s %9s %7s MB\n" "export --format xlsx (5 sheets)" "$EXPORT_SECS" "$EXPORT_MB"
    if [[ -n $LO_SECS ]]; then
        cmp -s csv.json lo.json && LO_SAME=yes || LO_SAME=NO
        printf "%-36s %9s %7s MB  (%sx, same JSON: %s)\n" "import people, saved by LibreOffice" "$LO_SECS" "$LO_MB" \
            "$(awk -v a="$LO_SECS" -v b="$CSV_SECS" 'BEGIN { printf "%.2f", a / b }')" "$LO_SAME"
    fi
    echo
    printf "%-44s %10s %10s  %s\n" "target" "limit" "measured" "result"
    printf "%-44s %10s %10s  %s\n" "xlsx import / csv import" "<= 2x" "${RATIO}x" \
        "$(awk -v r="$RATIO" 'BEGIN { print (r <= 2) ? "PASS" : "MISS" }')"
    printf "%-44s %10s %10s  %s\n" "xlsx import peak RSS" "< 200 MB" "$XLSX_MB MB" "$(verdict "$XLSX_MB" 200)"
    printf "%-44s %10s %10s  %s\n" "export --format xlsx" "< 10 s" "$EXPORT_SECS s" "$(verdict "$EXPORT_SECS" 10)"
    printf "%-44s %10s %10s  %s\n" "same JSON from both imports" "yes" "$SAME" "$([[ $SAME == yes ]] && echo PASS || echo MISS)"
} | tee "$WORK/results-$(date +%Y%m%d-%H%M%S).txt"
