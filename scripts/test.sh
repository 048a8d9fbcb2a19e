#!/usr/bin/env bash
# The test command: unit and command-line tests, the accuracy floor on the dev set, then the
# validation of every annotated article of data/annotated.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift format lint --strict -r Sources Tests Package.swift
# The stores and the explorer (issue 14): PostgreSQL and headless Chromium from Debian's
# packages, and a throwaway PostgreSQL cluster for the tests, stopped on exit.
if [ -z "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null)" ] || ! command -v psql >/dev/null || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing postgresql, chromium, chromium-driver for the tests…" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql chromium chromium-driver >/dev/null
fi
PGDIR=$(mktemp -d /tmp/chronograph-pg.XXXXXX)
trap 'bash scripts/postgres.sh stop "$PGDIR"' EXIT
CHRONOGRAPH_TEST_POSTGRES=$(bash scripts/postgres.sh start "$PGDIR")
export CHRONOGRAPH_TEST_POSTGRES
# (The tests are swift-testing ones: XCTest's empty "Executed 0 tests" report is left out.)
# (In release, on the build scripts/setup.sh made: the dependencies compile once.)
swift test -c release -Xswiftc -enable-testing 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]|^(◇|↳) |^Test Suite .(All tests|Selected tests|[A-Za-z]+\.xctest). (started|passed)|Executed 0 tests' 
# Shared ingest (issue 14): three workers on PostgreSQL, one killed with kill -9, against one SQLite process.
python3 scripts/bench-workers.py .build/release/chronograph --postgres "$CHRONOGRAPH_TEST_POSTGRES" --articles 600 --lease 5
# The explorer page in headless Chromium (issue 14).
python3 scripts/browser-test.py .build/release/chronograph
python3 scripts/check-accuracy.py
python3 scripts/annotation/validate.py
