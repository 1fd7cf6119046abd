#!/usr/bin/env bash
# Runs every test: library tests on in-memory databases and end-to-end tests
# of the built binary. Warnings in our own code fail the build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests -Xswiftc -warnings-as-errors
swift test --skip-build --disable-swift-testing
