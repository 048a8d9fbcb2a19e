#!/usr/bin/env bash
# Installs what Chronograph needs on a fresh Debian machine (libgraphviz-dev) and builds it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! pkg-config --exists libgvc 2>/dev/null; then
  echo "installing libgraphviz-dev…" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libgraphviz-dev >/dev/null
fi
# (-enable-testing: `swift test -c release -Xswiftc -enable-testing` in scripts/test.sh then
# reuses this build, so the dependencies, BoringSSL among them, compile once.)
swift build -c release -Xswiftc -enable-testing 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
test -x .build/release/chronograph
