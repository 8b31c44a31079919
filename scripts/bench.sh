#!/usr/bin/env bash
# The benchmark: builds the release and prints every file in dist/ with raw,
# gzip -9 and brotli sizes against the 250 KB gzip budget, then times the app
# in headless Chromium with 4x CPU throttling (medians of several runs).
# Not a test: it measures and reports. Record results in BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
scripts/setup.sh --browser
export E2E_BASE_PATH="${E2E_BASE_PATH:-/zhiyuan/app/}"
trunk build --release --public-url "$E2E_BASE_PATH"
node scripts/bench.mjs "$@"
