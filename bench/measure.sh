# The measuring, reporting and data helpers of bench/run.sh, sourced by it
# (its settings and the steps stay there).

# --- measuring ---------------------------------------------------------------
# measure STDOUT_FILE STDERR_FILE cmd...: runs cmd REPEAT times (PREPARE, when
# set, runs before each, untimed); sets M_RC (exit status of the last run),
# M_SECS (fastest wall time, ms precision), M_CPU (user+sys CPU seconds of
# that run) and M_MB (its peak RSS).
PREPARE=
measure() {
    local out=$1 err=$2; shift 2
    local i t0 t1 secs kb cpu best= bestkb= bestcpu= tf
    tf=$(mktemp)
    for ((i = 0; i < REPEAT; i++)); do
        [[ -n $PREPARE ]] && $PREPARE
        t0=$(date +%s%N)
        $TIME -f "%M %U %S" -o "$tf" "$@" >"$out" 2>"$err"
        M_RC=$?
        t1=$(date +%s%N)
        ((M_RC == 0)) || break
        secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        read -r kb cpu < <(tail -n 1 "$tf" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }')
        if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$secs bestkb=$kb bestcpu=$cpu
        fi
    done
    rm -f "$tf"
    M_SECS=${best:-} M_CPU=${bestcpu:-} M_MB=
    [[ -n $bestkb ]] && M_MB=$(awk -v k="$bestkb" 'BEGIN { printf "%.1f", k / 1024 }')
}

fresh_db() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }
file_mb() { [[ -f $1 ]] && awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }' || echo "-"; }

# --- result table --------------------------------------------------------------
ROWS=()
FMT="%-9s  %-26s  %9s  %10s  %12s  %7s  %7s  %8s\n"
# row SIZE TOOL SECS MB RATIO FILEMB (SECS empty: not run; reasons go in notes);
# the CPU column comes from M_CPU
row() {
    local n=$1 tool=$2 secs=$3 mb=$4 ratio=$5 filemb=$6 rps="-" cpu="-"
    if [[ -n $secs ]]; then
        rps=$(awk -v n="$n" -v s="$secs" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }')
        cpu=${M_CPU:--}
    else
        secs="-" mb="-" ratio="-"
    fi
    ROWS+=("$(printf "$FMT" "$n" "$tool" "$secs" "$rps" "${mb:--}" "${ratio:--}" "$cpu" "${filemb:--}")")
}
ratio() { # ratio A B -> A/B with 2 decimals, or "-"
    [[ -n $1 && -n $2 ]] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }' || echo "-"
}

# What each step measured, for the targets: SECS[step,n], MB[step,n], RATIO[step,n].
declare -A SECS MB RATIO
keep() { SECS[$1,$2]=$3 MB[$1,$2]=$4 RATIO[$1,$2]=$5; }

# The targets of issue 10 ("Done when"): step|what|limit|size|label. what is
# ratio (at most limit times the step's reference), rss (peak RSS under limit
# MB), secs (under limit seconds) or show (printed, no target). Each target is
# checked at every size run; only the size it names counts (PASS/MISS), the
# others are shown in lower case in parentheses.
TARGETS=(
    "import|ratio|4|1000000|import people / sqlite3 .import"
    "import|rss|200|1000000|import people peak RSS"
    "files|ratio|5|100000|import 4 files / sqlite3 .import"
    "gaps|secs|5|1000000|gaps --format json"
    "gaps|rss||1000000|gaps peak RSS"
    "export|ratio|10|1000000|export json / sqlite3 -json edge"
    "export|rss|200|1000000|export json peak RSS"
    "list|ratio|10|1000000|list people csv / sqlite3 -json edge"
    "list|rss|200|1000000|list people csv peak RSS"
    "undo|ratio||100000|undo of the import / the import"
    "undo|ratio||1000000|undo of the import / the import"
)
TFMT="%-9s  %-38s  %10s  %10s  %s\n"
print_targets() {
    local t step what limit size label n target measured value met result counted=0 passed=0
    printf "$TFMT" "size" "measure" "target" "measured" "result"
    for t in "${TARGETS[@]}"; do
        IFS='|' read -r step what limit size label <<<"$t"
        for n in $SIZES; do
            has_step "$step" || continue
            [[ $step == files && $FILES_SIZES != *" $n "* ]] && continue
            case $what in
                ratio) target="<= ${limit}x" value=${RATIO[$step,$n]:-} measured=${value:+${value}x} ;;
                rss) target="< $limit MB" value=${MB[$step,$n]:-} measured=${value:+$value MB} ;;
                secs) target="< $limit s" value=${SECS[$step,$n]:-} measured=${value:+$value s} ;;
            esac
            if [[ -z $limit ]]; then
                target="-" result="-"
            elif [[ -z $value || $value == - ]]; then
                measured="-" result="NOT RUN"
            else
                if [[ $what == ratio ]]; then
                    met=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v <= l) ? 1 : 0 }')
                else
                    met=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v < l) ? 1 : 0 }')
                fi
                ((met)) && result=PASS || result=MISS
            fi
            if [[ -n $limit && $n == "$size" ]]; then
                counted=$((counted + 1))
                [[ $result == PASS ]] && passed=$((passed + 1))
            elif [[ $result != - ]]; then
                result="(${result,,})"
            fi
            printf "$TFMT" "$n" "$label" "$target" "${measured:--}" "$result"
        done
    done
    echo
    echo "targets at the sizes issue 10 names: $passed of $counted PASS"
}
# --- stakemap binary -----------------------------------------------------------
STAKEMAP_OK=1
STAKEMAP_WHY=
resolve_stakemap() {
    if [[ $STAKEMAP == none || $STAKEMAP == skip ]]; then
        STAKEMAP_OK=0 STAKEMAP_WHY="skipped (STAKEMAP=$STAKEMAP)"
        return
    fi
    if [[ -z $STAKEMAP ]]; then
        if ! command -v swift >/dev/null; then
            STAKEMAP_OK=0 STAKEMAP_WHY="no binary: swift not found and STAKEMAP not set"
            return
        fi
        local log=$OUT/build-$DATE.log t0=$SECONDS
        echo "building: swift build -c release (log: ${log#$ROOT/})"
        if (cd "$ROOT" && swift build -c release) >"$log" 2>&1; then
            echo "built in $((SECONDS - t0)) s"
            STAKEMAP=$ROOT/.build/release/stakemap
        else
            STAKEMAP_OK=0 STAKEMAP_WHY="swift build -c release failed (see ${log#$ROOT/})"
            tail -n 5 "$log" | sed 's/^/  | /'
            return
        fi
    fi
    if [[ ! -x $STAKEMAP ]]; then
        STAKEMAP_OK=0 STAKEMAP_WHY="binary missing or not executable: $STAKEMAP"
    fi
}

# --- data ----------------------------------------------------------------------
GEN_HASH=$(cat "$BENCH"/generate*.py | sha256sum | cut -c1-16)
DATA_FILES="people.csv groups.csv roles.csv links.csv"
ensure_data() {
    local n=$1 dir=$DATA/$1 stamp="generate.py=$GEN_HASH people=$1 seed=$SEED" f complete=1
    for f in $DATA_FILES; do [[ -f $dir/$f ]] || complete=0; done
    if ((complete)) && [[ -f $dir/.stamp && $(cat "$dir/.stamp") == "$stamp" ]]; then
        echo "data: reusing ${dir#$ROOT/}/ (people.csv $(file_mb "$dir/people.csv") MB)"
        [[ -f $dir/generator.txt ]] && sed 's/^/  /' "$dir/generator.txt"
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "data: generating $n people into ${dir#$ROOT/}/"
    measure "$dir/generator.txt" "$dir/generator.err" python3 "$BENCH/generate.py" --people "$n" --out "$dir" --seed "$SEED"
    if ((M_RC != 0)); then
        cat "$dir/generator.err" >&2
        die "generator failed for $n"
    fi
    sed -i "s|$ROOT/||" "$dir/generator.txt"
    echo "generated in $M_SECS s ($M_CPU s CPU), peak RSS $M_MB MB" >>"$dir/generator.txt"
    sed 's/^/  /' "$dir/generator.txt"
    echo "$stamp" >"$dir/.stamp"
}

# --- steps -----------------------------------------------------------------------
declare -A IMPORTED REF_SECS EDGE_SECS STEP_SECS
NOTES=()
note() { NOTES+=("$*"); echo "  $*"; }
# last_lines FILE N: the last N non-empty lines of FILE, for the notes
last_lines() { grep -v '^[[:space:]]*$' "$1" | tail -n "$2"; }
failed() { # failed SIZE LABEL ERRFILE: notes a failed measurement
    note "$1 $2 FAILED (exit $M_RC); last lines of stderr:"
    while IFS= read -r line; do note "  | $line"; done < <(last_lines "$3" 5)
}

step_reference() {
    local n=$1 w=$WORK/$1 csv=$DATA/$1/people.csv
    PREPARE="fresh_db $w/ref.db"
    measure "$w/ref.out" "$w/ref.err" sqlite3 "$w/ref.db" ".import --csv \"$csv\" people"
    PREPARE=
    if ((M_RC != 0)); then
        note "$n sqlite3 .import failed (exit $M_RC): $(head -n 1 "$w/ref.err")"
        row "$n" "sqlite3 .import" "" "" "" ""
        return
    fi
    local count
    count=$(sqlite3 "$w/ref.db" "SELECT count(*) FROM people" 2>/dev/null)
    [[ $count == "$n" ]] || note "$n sqlite3: WARNING: $count rows in the flat table, expected $n"
    [[ -s $w/ref.err ]] && note "$n sqlite3 stderr: $(head -n 1 "$w/ref.err")"
    REF_SECS[$n]=$M_SECS
    echo "  sqlite3 .import: $M_SECS s ($M_CPU s CPU), $M_MB MB peak, $count rows"
    row "$n" "sqlite3 .import" "$M_SECS" "$M_MB" "1.00" "$(file_mb "$w/ref.db")"
}
