#!/usr/bin/env bash
# The main job: set up, build, print the timeline of seeds/ and render its actor graph to SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.build/release/chronograph timeline print seeds/
.build/release/chronograph graph render --svg -o out/seeds-graph.svg seeds/
echo "graph written to out/seeds-graph.svg" >&2
