#!/usr/bin/env bash
# Builds the release under a sub-path and runs the end-to-end journeys
# (tests/e2e/*.test.mjs) in Debian's Chromium through playwright-core, then
# the SCORM packages (a second build, with relative URLs) for scorm.test.mjs.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
export E2E_BASE_PATH="${E2E_BASE_PATH:-/zhiyuan/app/}"
trunk build --release --public-url "$E2E_BASE_PATH"
scripts/package-scorm.sh
node --test --test-concurrency=1 tests/e2e/
