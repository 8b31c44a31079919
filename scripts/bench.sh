#!/usr/bin/env bash
# The benchmark: builds the release under the sub-path, then
#   1. every file in dist/ with raw, gzip -9 and brotli sizes, and timings in
#      headless Chromium with 4x CPU throttling (scripts/bench.mjs);
#   2. a student's first and returning visit from a shared quiz link, side by
#      side with quizdown 0.4.1 on slow 4G + 4x CPU, the critical path against
#      its 200 KB budget, and Lighthouse on home, a chapter, a quiz and the
#      quizdown page (scripts/bench/first-visit.mjs).
# Benchmark-only tools (quizdown, Lighthouse) live in scripts/bench/ and are
# installed here, never by the test command. Not a test: it measures and
# reports. Record results in BENCHMARKS.md.
#   scripts/bench.sh [runs]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
scripts/setup.sh --browser
if [ ! -d scripts/bench/node_modules/quizdown ] || [ scripts/bench/package-lock.json -nt scripts/bench/node_modules/.package-lock.json ]; then
    echo "[bench] installing quizdown and Lighthouse from the npm registry (scripts/bench/package-lock.json)"
    (cd scripts/bench && npm ci --no-audit --no-fund)
fi
export E2E_BASE_PATH="${E2E_BASE_PATH:-/zhiyuan/app/}"
trunk build --release --public-url "$E2E_BASE_PATH"
node scripts/bench.mjs "$@"
node scripts/bench/first-visit.mjs "$@"
