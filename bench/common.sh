# What the measuring scripts of bench/ share, sourced by them after setting ROOT.

# use_stakemap: STAKEMAP as given, else the release build (built now).
use_stakemap() {
    [[ -n ${STAKEMAP:-} ]] && return 0
    echo "building: swift build -c release" >&2
    (cd "$ROOT" && swift build -c release >/dev/null 2>&1) ||
        { echo "bench: swift build -c release failed (run it to see why)" >&2; exit 1; }
    STAKEMAP=$ROOT/.build/release/stakemap
}

# generated_people N DIR SEED: bench/generate.py's files of N people in DIR,
# generated when they are not there yet (links.csv is written last).
generated_people() {
    [[ -f $2/links.csv ]] && return 0
    echo "generating $1 people into $2" >&2
    python3 "$ROOT/bench/generate.py" --people "$1" --out "$2" --seed "$3" >/dev/null ||
        { echo "bench: generate.py failed" >&2; exit 1; }
}
