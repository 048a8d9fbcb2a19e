#!/usr/bin/env bash
# The test command: unit and command-line tests, then the accuracy floor on the dev set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift format lint --strict -r Sources Tests Package.swift
swift test 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]|^(◇|↳) ' 
python3 scripts/check-accuracy.py
