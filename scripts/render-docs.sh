#!/usr/bin/env bash
# Regenerates the pictures in docs/ from samples/ (and a generated 2,000-person
# organisation for the folded example), in English and (kaart-nl, grid-nl) Dutch:
#
#   scripts/render-docs.sh            builds in release mode first
#   STAKEMAP=path/to/stakemap scripts/render-docs.sh
#
# The date in the titles is the date of the last commit that changed samples/
# (DOCS_DATE overrides it), so the pictures only change when the data does.
set -euo pipefail
cd "$(dirname "$0")/.."
stakemap="${STAKEMAP:-}"
if [[ -z $stakemap ]]; then
  swift build -c release >/dev/null
  stakemap=.build/release/stakemap
fi
date="${DOCS_DATE:-$(git log -1 --format=%cs -- samples 2>/dev/null || date +%F)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The project is named after the database file: "stationsplein".
db="$work/stationsplein.db"
"$stakemap" init --db "$db" 2>/dev/null
for pair in "people mensen.csv" "units afdelingen.csv" "groups doelgroepen.csv" "roles rollen.csv" "links relaties.csv"; do
  read -r kind file <<<"$pair"
  "$stakemap" import "$kind" "samples/$file" --db "$db" 2>/dev/null
done
"$stakemap" map --db "$db" --out docs/kaart.png --date "$date" --lang en
"$stakemap" grid --db "$db" --out docs/grid.png --date "$date" --lang en
"$stakemap" map --db "$db" --out docs/kaart-nl.png --date "$date" --lang nl
"$stakemap" grid --db "$db" --out docs/grid-nl.png --date "$date" --lang nl
"$stakemap" map --db "$db" --out docs/kaart-hoekstra.png --date "$date" --lang en \
  --focus p.hoekstra@veldhoven-noord.nl --depth 1

# The report's first screen, in headless Chromium with networking off (scripts/check-report.py does the same).
"$stakemap" report --db "$db" --out "$work/rapport.html" --date "$date" --lang nl --title "Herinrichting Stationsplein"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
  --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" \
  --screenshot="$PWD/docs/report.png" "file://$work/rapport.html" 2>/dev/null

# Folding: 2,000 generated people (bench/generate.py, seed 42).
python3 bench/generate.py --people 2000 --out "$work/g2k" >/dev/null
big="$work/gemeente-bench.db"
"$stakemap" import people "$work/g2k/people.csv" --db "$big" 2>/dev/null
"$stakemap" map --db "$big" --out docs/kaart-2000.png --date "$date" --lang en
