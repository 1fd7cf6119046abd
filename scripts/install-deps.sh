#!/usr/bin/env bash
# Installs the system libraries stakemap builds against (SQLite, Graphviz's C
# library, zlib for the .xlsx workbooks, the pictures' font) when they are
# missing, and what the report's tests open it with (headless Chromium, the
# strict HTML5 parser html5lib, Pillow for the screenshot). Debian/Ubuntu;
# needs root or sudo.
set -euo pipefail
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
updated=no

# install_missing [apt-get option…] -- package…: installs those not installed yet.
install_missing() {
    local options=() missing=() package
    while [ "$1" != "--" ]; do options+=("$1"); shift; done
    shift
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    echo "installing ${missing[*]}" >&2
    if [ $updated = no ]; then $sudo_cmd apt-get update -qq; updated=yes; fi
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${options[@]}" "${missing[@]}" >/dev/null
}

install_missing -- libsqlite3-dev libgraphviz-dev zlib1g-dev sqlite3 fonts-dejavu-core
# For the report's tests; without Chromium's recommended packages (desktop
# services, fonts-liberation), which headless runs do not need.
install_missing --no-install-recommends -- chromium python3-html5lib python3-pil
