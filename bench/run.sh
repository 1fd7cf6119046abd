#!/usr/bin/env bash
# stakemap benchmark: the measurements of issue 10, each against a reference
# run in the same run, with a table of targets (PASS/MISS).
#
#   bench/run.sh                      (or: make bench)
#
# Per size it times:
#   reference  sqlite3 .import --csv people.csv into a flat table
#   import     stakemap import people people.csv (fresh.db)
#   files      stakemap import people, groups, roles and links, one after the
#              other, into a fresh files.db (only at the sizes in FILES_SIZES)
#   gaps       stakemap gaps --format json on fresh.db
#   export     stakemap export --format json on fresh.db, and
#   list       stakemap list people --format csv, both against
#              sqlite3 -json fresh.db 'SELECT * FROM edge' (the same database)
#   map, grid  stakemap map/grid --out FILE.png (not in the default steps)
#
# Environment (all optional):
#   SIZES="100000 1000000"   numbers of people to run, smallest first is the
#                            base for the gaps/map/grid scaling ratios
#   STAKEMAP=path            stakemap binary; default: `swift build -c release`
#                            and .build/release/stakemap; `none` skips it
#   BENCH_STEPS="import files gaps export list"
#                            steps to run (space or comma separated); import
#                            always runs when a step that reads fresh.db does;
#                            `data` alone only generates the data
#   FILES_SIZES="100000"     sizes at which the files step runs (when in SIZES)
#   SEED=42                  generator seed
#   REPEAT=1                 runs per measurement; the fastest one is reported
#   BENCH_WORK=bench/out/work  where the databases and outputs go (one dir per size)
#
# Data goes to bench/data/N/ (regenerated only when generate.py, N or the
# seed changed); results to bench/out/results-DATE.txt. Both are git-ignored.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
DATA=$BENCH/data
OUT=$BENCH/out
SIZES=${SIZES:-"100000 1000000"}
SEED=${SEED:-42}
REPEAT=${REPEAT:-1}
BENCH_STEPS=${BENCH_STEPS:-import files gaps export list undo}
FILES_SIZES=" ${FILES_SIZES:-100000} "
BENCH_STEPS=" ${BENCH_STEPS//,/ } "
STAKEMAP=${STAKEMAP:-}
WORK=${BENCH_WORK:-$OUT/work}
DATE=$(date +%Y%m%d-%H%M%S)
RESULTS=$OUT/results-$DATE.txt
TIME=/usr/bin/time

mkdir -p "$DATA" "$OUT" "$WORK"

die() { echo "bench: $*" >&2; exit 1; }
has_step() { [[ $BENCH_STEPS == *" $1 "* ]]; }

[[ -x $TIME ]] && $TIME -f %M true >/dev/null 2>&1 ||
    die "GNU time is needed at $TIME (Debian: apt-get install time)"
command -v sqlite3 >/dev/null || die "sqlite3 CLI not found (Debian: apt-get install sqlite3)"
command -v python3 >/dev/null || die "python3 not found"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer"
# sizes ascending, numeric
SIZES=$(printf '%s\n' $SIZES | sort -n -u | tr '\n' ' ')
for n in $SIZES; do [[ $n =~ ^[0-9]+$ ]] || die "bad size: $n"; done
BASE=${SIZES%% *}

# shellcheck source=measure.sh
source "$BENCH/measure.sh"

# (a) the people file into an empty database: fresh.db, read by the later steps
step_import() {
    local n=$1 w=$WORK/$1 csv=$DATA/$1/people.csv
    if ((!STAKEMAP_OK)); then
        row "$n" "stakemap import" "" "" "" ""
        return
    fi
    PREPARE="fresh_db $w/fresh.db"
    measure "$w/import.out" "$w/import.err" "$STAKEMAP" import people "$csv" --db "$w/fresh.db"
    PREPARE=
    if ((M_RC != 0)); then
        failed "$n" "stakemap import" "$w/import.err"
        row "$n" "stakemap import" "" "" "" ""
        return
    fi
    IMPORTED[$n]=1
    local summary
    summary=$(last_lines "$w/import.err" 1)
    note "$n stakemap: ${summary:-(no summary line on stderr)}"
    # sanity check against the schema; silent when the schema differs
    local persons
    persons=$(sqlite3 "$w/fresh.db" "SELECT count(*) FROM node WHERE kind = 'person'" 2>/dev/null) &&
        [[ $persons != "$n" ]] && note "$n stakemap: WARNING: $persons person nodes in the database, expected $n"
    local r
    r=$(ratio "$M_SECS" "${REF_SECS[$n]:-}")
    keep import "$n" "$M_SECS" "$M_MB" "$r"
    row "$n" "stakemap import" "$M_SECS" "$M_MB" "$r" "$(file_mb "$w/fresh.db")"
}

# (b) people, groups, roles and links files one after the other (the natural
# order) into an empty database, timed as one command; peak RSS is the
# largest of the four.
import_files() {
    local stakemap=$1 dir=$2 db=$3
    "$stakemap" import people "$dir/people.csv" --db "$db" &&
        "$stakemap" import groups "$dir/groups.csv" --db "$db" &&
        "$stakemap" import roles "$dir/roles.csv" --db "$db" &&
        "$stakemap" import links "$dir/links.csv" --db "$db"
}
export -f import_files
step_files() {
    local n=$1 w=$WORK/$1 label="stakemap import 4 files"
    if ((!STAKEMAP_OK)); then
        row "$n" "$label" "" "" "" ""
        return
    fi
    PREPARE="fresh_db $w/files.db"
    measure "$w/files.out" "$w/files.err" bash -c 'import_files "$@"' - "$STAKEMAP" "$DATA/$n" "$w/files.db"
    PREPARE=
    if ((M_RC != 0)); then
        failed "$n" "$label" "$w/files.err"
        row "$n" "$label" "" "" "" ""
        return
    fi
    while IFS= read -r line; do note "$n stakemap: $line"; done < <(last_lines "$w/files.err" 4)
    local r
    r=$(ratio "$M_SECS" "${REF_SECS[$n]:-}")
    keep files "$n" "$M_SECS" "$M_MB" "$r"
    row "$n" "$label" "$M_SECS" "$M_MB" "$r" "$(file_mb "$w/files.db")"
}

# step_query NAME SIZE STDOUT RATIO_TO LABEL cmd-args...: a stakemap command run
# on fresh.db after the import; its ratio is against EDGE_SECS (RATIO_TO=edge)
# or the same step at the base size (RATIO_TO=base).
step_query() {
    local name=$1 n=$2 out=$3 to=$4 label=$5; shift 5
    local w=$WORK/$n
    if ((!STAKEMAP_OK)) || [[ -z ${IMPORTED[$n]:-} ]]; then
        note "$n stakemap $name: not run (no imported database)"
        row "$n" "$label" "" "" "" ""
        return
    fi
    measure "$out" "$w/$name.err" "$STAKEMAP" "$@" --db "$w/fresh.db"
    if ((M_RC != 0)); then
        failed "$n" "stakemap $name" "$w/$name.err"
        row "$n" "$label" "" "" "" ""
        return
    fi
    STEP_SECS[$name,$n]=$M_SECS
    local r
    if [[ $to == edge ]]; then
        r=$(ratio "$M_SECS" "${EDGE_SECS[$n]:-}")
    else
        r=$(ratio "$M_SECS" "${STEP_SECS[$name,$BASE]:-}")
    fi
    keep "$name" "$n" "$M_SECS" "$M_MB" "$r"
    row "$n" "$label" "$M_SECS" "$M_MB" "$r" "$(file_mb "$out")"
}

step_gaps() { step_query gaps "$1" "$WORK/$1/gaps.json" base "stakemap gaps json" gaps --format json; }

# undo of the import (change set 1 of fresh.db) on a copy: against the import itself
step_undo() {
    local n=$1 w=$WORK/$1
    if ((!STAKEMAP_OK)) || [[ -z ${IMPORTED[$n]:-} ]]; then
        row "$n" "stakemap undo import" "" "" "" ""
        return
    fi
    PREPARE="copy_db $w/fresh.db $w/undo.db"
    measure "$w/undo.out" "$w/undo.err" "$STAKEMAP" undo --db "$w/undo.db"
    PREPARE=
    if ((M_RC != 0)); then
        failed "$n" "stakemap undo" "$w/undo.err"
        row "$n" "stakemap undo import" "" "" "" ""
        return
    fi
    note "$n stakemap: $(last_lines "$w/undo.err" 1)"
    local r
    r=$(ratio "$M_SECS" "${SECS[import,$n]:-}")
    keep undo "$n" "$M_SECS" "$M_MB" "$r"
    row "$n" "stakemap undo import" "$M_SECS" "$M_MB" "$r" "$(file_mb "$w/undo.db")"
}
copy_db() { fresh_db "$2"; cp "$1" "$2"; }

# diff from the empty graph to now: both states rebuilt in memory; against export json
step_diff() {
    local n=$1
    step_query diff "$n" "$WORK/$n/diff.json" base "stakemap diff json" diff 0 now --format json
    [[ -n ${SECS[diff,$n]:-} && -n ${SECS[export,$n]:-} ]] &&
        note "$n stakemap diff / export json: $(ratio "${SECS[diff,$n]}" "${SECS[export,$n]}")"
}

# the reference of export and list: sqlite3 prints the links of the same database
step_edge_reference() {
    local n=$1 w=$WORK/$1 label="sqlite3 -json edge"
    if [[ -z ${IMPORTED[$n]:-} ]]; then
        row "$n" "$label" "" "" "" ""
        return
    fi
    measure "$w/edge.json" "$w/edge.err" sqlite3 -json "$w/fresh.db" "SELECT * FROM edge"
    if ((M_RC != 0)); then
        note "$n sqlite3 -json failed (exit $M_RC): $(head -n 1 "$w/edge.err")"
        row "$n" "$label" "" "" "" ""
        return
    fi
    EDGE_SECS[$n]=$M_SECS
    row "$n" "$label" "$M_SECS" "$M_MB" "1.00" "$(file_mb "$w/edge.json")"
}

step_export() { step_query export "$1" "$WORK/$1/export.json" edge "stakemap export json" export --format json; }
step_list() { step_query list "$1" "$WORK/$1/list-people.csv" edge "stakemap list people csv" list people --format csv; }

step_map() {
    local n=$1 w=$WORK/$1
    rm -f "$w/map.png"
    step_query map "$n" "$w/map.out" base "stakemap map png" map --out "$w/map.png"
    [[ -n ${STEP_SECS[map,$n]:-} ]] &&
        note "$n stakemap map: ${w#$ROOT/}/map.png, $(file_mb "$w/map.png") MB; $(tail -n 1 "$w/map.err")"
}

step_grid() {
    local n=$1 w=$WORK/$1
    rm -f "$w/grid.png"
    step_query grid "$n" "$w/grid.out" base "stakemap grid png" grid --out "$w/grid.png"
    [[ -n ${STEP_SECS[grid,$n]:-} ]] && note "$n stakemap grid: ${w#$ROOT/}/grid.png, $(file_mb "$w/grid.png") MB"
}

# --- main ------------------------------------------------------------------------
main() {
    echo "# stakemap benchmark $DATE"
    echo "host: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
        "load $(cut -d' ' -f1-3 /proc/loadavg), $(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "git: $(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null) $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)"
    echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(python3 --version)"
    echo "sizes: $SIZES  steps:$BENCH_STEPS files at:$FILES_SIZES seed: $SEED  repeat: $REPEAT  generator: $GEN_HASH"
    if [[ $BENCH_STEPS == " data " ]]; then
        STAKEMAP_OK=0 STAKEMAP_WHY="data only"
    elif [[ -n ${BENCH_STEPS// /} ]] && ! [[ $BENCH_STEPS =~ ^(\ (import|files|gaps|export|list|map|grid|undo|diff))+\ $ ]]; then
        die "unknown step in BENCH_STEPS=\"$BENCH_STEPS\" (import files gaps export list map grid undo diff, or data)"
    else
        resolve_stakemap
    fi
    if ((STAKEMAP_OK)); then
        local version
        version=$("$STAKEMAP" --version 2>/dev/null | head -n 1)
        echo "stakemap: $STAKEMAP (${version:-no --version})"
    else
        echo "stakemap: SKIPPED: $STAKEMAP_WHY"
        NOTES+=("stakemap: SKIPPED: $STAKEMAP_WHY")
    fi
    echo
    for n in $SIZES; do
        echo "== $n people"
        ensure_data "$n"
        if [[ $BENCH_STEPS == " data " ]]; then echo; continue; fi
        mkdir -p "$WORK/$n"
        step_reference "$n"
        step_import "$n"
        has_step files && [[ $FILES_SIZES == *" $n "* ]] && step_files "$n"
        has_step gaps && step_gaps "$n"
        if has_step export || has_step list; then step_edge_reference "$n"; fi
        has_step export && step_export "$n"
        has_step list && step_list "$n"
        has_step map && step_map "$n"
        has_step grid && step_grid "$n"
        has_step undo && step_undo "$n"
        has_step diff && step_diff "$n"
        echo
    done

    if [[ $BENCH_STEPS == " data " ]]; then return 0; fi
    echo "== results"
    printf "$FMT" "size" "tool" "seconds" "rows/s" "peak RSS MB" "ratio" "CPU s" "file MB"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "ratio: import rows = seconds / sqlite3 .import seconds at the same size; undo = seconds / the import's;"
    echo "       export and list = seconds / sqlite3 -json edge seconds on the same database;"
    echo "       gaps/map/grid rows = seconds / the same step at $BASE people (linear scaling = size/$BASE)."
    echo "sqlite3 .import = flat table created from the CSV header, no indexes (a lower bound);"
    echo "sqlite3 -json edge = sqlite3 -json fresh.db 'SELECT * FROM edge', all links as JSON."
    echo "'-' = not run; best of $REPEAT run(s) by wall-clock seconds; CPU s = user+sys of that run"
    echo "(compare it with seconds on a busy machine); peak RSS = GNU time %M (for the 4 files: the"
    echo "largest of the 4 imports); rows/s = people per second; file MB = the database or the output."
    echo
    echo "== targets (issue 10)"
    print_targets
    if ((${#NOTES[@]})); then
        echo
        echo "notes:"
        printf '  %s\n' "${NOTES[@]}"
    fi
}

main 2>&1 | tee "$RESULTS"
rc=${PIPESTATUS[0]}
echo "results: ${RESULTS#$ROOT/}"
exit "$rc"
