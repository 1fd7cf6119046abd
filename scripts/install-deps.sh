#!/usr/bin/env bash
# Installs the system libraries stakemap builds against (SQLite, Graphviz's C
# library, zlib for the .xlsx workbooks) when they are missing, and what the
# report's tests open it with (headless Chromium, the strict HTML5 parser
# html5lib, Pillow for the screenshot). Debian/Ubuntu; needs root or sudo.
set -euo pipefail
missing=()
for package in libsqlite3-dev libgraphviz-dev zlib1g-dev sqlite3 fonts-dejavu-core; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# For the report's tests; without Chromium's recommended packages (desktop services,
# fonts-liberation), which headless runs do not need.
report_missing=()
for package in chromium python3-html5lib python3-pil; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || report_missing+=("$package")
done
if [ ${#report_missing[@]} -gt 0 ]; then
    echo "installing ${report_missing[*]}" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    [ ${#missing[@]} -gt 0 ] || $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${report_missing[@]}" >/dev/null
fi
