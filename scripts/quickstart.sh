#!/usr/bin/env bash
# Installs what is missing, builds stakemap, imports the bundled samples into a
# fresh database (demo/stationsplein.db: the maps are titled after it), shows
# where the project stands and the gaps, and draws the pictures for the plan of
# approach and the report for the team session into demo/. Everything it
# prints comes from stakemap, so in the language stakemap speaks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build 2>&1 | tail -1
stakemap="$(swift build --show-bin-path)/stakemap"
mkdir -p demo
rm -f demo/stationsplein.db demo/stationsplein.db-wal demo/stationsplein.db-shm
export STAKEMAP_DB=demo/stationsplein.db
"$stakemap" import people samples/mensen.csv
"$stakemap" import units samples/afdelingen.csv
"$stakemap" import groups samples/doelgroepen.csv
"$stakemap" import roles samples/rollen.csv
"$stakemap" import links samples/relaties.csv
echo
"$stakemap" status
echo
"$stakemap" gaps
echo
"$stakemap" map --out demo/kaart.png
"$stakemap" grid --out demo/grid.png
"$stakemap" report --out demo/rapport.html
