#!/usr/bin/env bash
# The test command: unit and command-line tests, the accuracy floor on the dev set, then the
# validation of every annotated article of data/annotated.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift format lint --strict -r Sources Tests Package.swift
# (The tests are swift-testing ones: XCTest's empty "Executed 0 tests" report is left out.)
swift test 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]|^(◇|↳) |^Test Suite .(All tests|Selected tests|[A-Za-z]+\.xctest). (started|passed)|Executed 0 tests' 
python3 scripts/check-accuracy.py
python3 scripts/annotation/validate.py
