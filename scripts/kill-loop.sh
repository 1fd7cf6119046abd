#!/usr/bin/env bash
# Kills stakemap with SIGKILL at random moments and checks that the database
# is never damaged and always exactly as before or as after the command.
#
#   scripts/kill-loop.sh [ROUNDS]        (default 50; STAKEMAP=path to the binary,
#                                         default .build/debug/stakemap)
#
# Six commands, in turn: `init` of a new database, an import into a new
# database, an import into a database that already holds people, two edit
# commands on that database (`set` of one person, `merge` of a unit with 250
# people into another), and `undo` of that import of 10,000 people (then the
# journal must hold exactly one undo in the after state and none before). After each
# kill: `PRAGMA integrity_check` must say ok, and `export --format json` must be
# byte for byte the state before the command (for a new database: no file at
# all) or the state after it. Prints one line per round and the totals.
set -u
rounds=${1:-50}
stakemap=${STAKEMAP:-.build/debug/stakemap}
stakemap=$(cd "$(dirname "$stakemap")" && pwd)/$(basename "$stakemap")
work=$(mktemp -d /tmp/stakemap-kill-loop.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

# Two people files: a.csv (10,000 people) and b.csv (10,000 more, influencing a's).
people() {  # prefix, count, influenced prefix
    awk -v p="$1" -v n="$2" -v q="$3" 'BEGIN {
        print "id,name,unit,influences,notes"
        for (i = 1; i <= n; i++)
            printf "%s%d,Persoon %s %d,Gemeente/Team %s%d,%s%d,notitie %d\n", p, i, p, i, p, i % 40, q, (i * 7) % n + 1, i
    }'
}
people a 10000 a > a.csv
people b 10000 a > b.csv

"$stakemap" import people a.csv --db base.db 2>/dev/null || { echo "cannot make base.db"; exit 1; }
"$stakemap" export --format json --db base.db > base.json
cp base.db full.db && "$stakemap" import people b.csv --db full.db 2>/dev/null
"$stakemap" export --format json --db full.db > full.json
"$stakemap" init --db empty.db 2>/dev/null && "$stakemap" export --format json --db empty.db > empty.json
"$stakemap" import people b.csv --db new.db 2>/dev/null
"$stakemap" export --format json --db new.db > new.json
edit_set=(set a5 --power 4 --unit "Gemeente/Team a7")
edit_merge=(merge gemeente-team-a1 --into gemeente-team-a2)
cp base.db set.db && "$stakemap" "${edit_set[@]}" --db set.db 2>/dev/null
"$stakemap" export --format json --db set.db > set.json
cp base.db merge.db && "$stakemap" "${edit_merge[@]}" --db merge.db 2>/dev/null
"$stakemap" export --format json --db merge.db > merge.json
rm -f base.db-* full.db-* empty.db* new.db* set.db* merge.db*

# How long each command takes here: its kills fall anywhere in 0 … 1.2 × that.
declare -A span
milliseconds() {  # what, then the command
    local what=$1 start
    shift
    rm -f timing.db*
    case $what in import-existing | edit-*) cp base.db timing.db ;; undo) cp full.db timing.db ;; esac
    start=$(date +%s%N)
    "$stakemap" "$@" --db timing.db >/dev/null 2>&1
    span[$what]=$((($(date +%s%N) - start) / 1000000 * 12 / 10 + 1))
    rm -f timing.db*
}
milliseconds init init
milliseconds import-new import people b.csv
milliseconds import-existing import people b.csv
milliseconds edit-set "${edit_set[@]}"
milliseconds edit-merge "${edit_merge[@]}"
milliseconds undo undo

declare -A count
failures=0
for ((round = 1; round <= rounds; round++)); do
    case $((round % 6)) in
        0) what=init; before=absent; after=empty.json; cmd=(init) ;;
        1) what=import-new; before=absent; after=new.json; cmd=(import people b.csv) ;;
        2) what=import-existing; before=base.json; after=full.json; cmd=(import people b.csv) ;;
        3) what=edit-set; before=base.json; after=set.json; cmd=("${edit_set[@]}") ;;
        4) what=edit-merge; before=base.json; after=merge.json; cmd=("${edit_merge[@]}") ;;
        5) what=undo; before=full.json; after=base.json; cmd=(undo) ;;
    esac
    existing=$([ "$before" = absent ] && echo no || echo yes)
    if [ "$what" = undo ]; then cp full.db round.db; elif [ "$existing" = yes ]; then cp base.db round.db; else rm -f round.db; fi
    delay=$((RANDOM % (${span[$what]} + 1)))
    "$stakemap" "${cmd[@]}" --db round.db >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    status=$?
    killed=$([ $status -eq 137 ] && echo killed || echo finished)
    if [ ! -e round.db ]; then
        state=absent
    elif [ "$(sqlite3 round.db 'PRAGMA integrity_check' 2>&1)" != ok ]; then
        state=damaged
    else
        "$stakemap" export --format json --db round.db > round.json 2>/dev/null
        if cmp -s round.json "$before"; then state=before
        elif cmp -s round.json "$after"; then state=after
        else state=other; fi
        if [ "$what" = undo ]; then
            undos=$(sqlite3 round.db 'SELECT count(*) FROM change_set WHERE undoes IS NOT NULL')
            [ "$state/$undos" = before/0 ] || [ "$state/$undos" = after/1 ] || state="$state-journal-$undos"
        fi
    fi
    case $state in
        absent) ok=$([ "$before" = absent ] && echo yes || echo no) ;;
        before | after) ok=yes ;;
        *) ok=no ;;
    esac
    [ "$ok" = yes ] || failures=$((failures + 1))
    count[$what $killed $state]=$((${count[$what $killed $state]:-0} + 1))
    leftovers=$(ls | grep -c '^round\.db\.new-')
    echo "round $round: $what, kill after ${delay} ms: $killed, database $state, $leftovers leftover copies ($ok)"
    # The next command that makes the database removes a killed one's copy.
    if [ "$existing" = no ]; then rm -f round.db round.db-wal round.db-shm; fi
    "$stakemap" init --db round.db >/dev/null 2>&1
    if ls | grep -q '^round\.db\.new-'; then
        echo "round $round: a copy left by a killed stakemap was not removed"
        failures=$((failures + 1))
    fi
    rm -f round.db round.db-wal round.db-shm round.json
done
echo
echo "$rounds rounds; kill windows: init 0-${span[init]} ms, import-new 0-${span[import-new]} ms," \
    "import-existing 0-${span[import-existing]} ms, edit-set 0-${span[edit-set]} ms, edit-merge 0-${span[edit-merge]} ms," \
    "undo 0-${span[undo]} ms"
echo "command, killed or finished, state of the database: rounds"
for key in "${!count[@]}"; do echo "  $key: ${count[$key]}"; done | sort
echo "failures: $failures"
[ $failures -eq 0 ]
