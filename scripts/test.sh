#!/usr/bin/env bash
# Installs what is missing, then runs every test tier and exits non-zero if
# any fails:
#   0. hygiene:     cargo fmt --check; cargo clippy -D warnings, native and wasm32
#   1. native:      cargo test (content, grading, progress, routes); the test-only sample
#                   question kind (feature sample-kind) graded, validated and packed
#   2. browser:     wasm-bindgen-test in headless Chromium (storage, components, share glue, visuals)
#   3. end to end:  the release build served under a sub-path, driven in Chromium
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
scripts/setup.sh --browser || exit 1
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

results=()
status=0
tier() {
    local name="$1"
    shift
    printf '\n\033[1m=== tier %s\033[0m\n' "$name"
    if "$@"; then
        results+=("passed  $name")
    else
        results+=("FAILED  $name")
        status=1
    fi
}

hygiene() {
    cargo fmt --check &&
        cargo clippy --locked --all-targets -- -D warnings &&
        cargo clippy --locked --target wasm32-unknown-unknown --lib --bins \
            --test browser --test browser_crash --test browser_share --test browser_visuals -- -D warnings &&
        # The sample kind compiles everywhere a kind must be handled, the views included.
        cargo clippy --locked -p zhiyuan-core --features sample-kind --all-targets -- -D warnings &&
        cargo clippy --locked --target wasm32-unknown-unknown --lib --features sample-kind -- -D warnings &&
        # The SCORM packages' build (scripts/package-scorm.sh).
        cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --features scorm -- -D warnings
}

native() {
    cargo test --locked &&
        cargo test --locked -p zhiyuan-core --features sample-kind --lib content::kinds::sample &&
        cargo test --locked --test grading --features sample-kind
}

tier "0: hygiene (cargo fmt --check, cargo clippy -D warnings native and wasm32)" hygiene
tier "1: native (cargo test; the sample kind with --features sample-kind)" native
tier "2: browser (wasm-bindgen-test, headless Chromium)" \
    cargo test --locked --target wasm32-unknown-unknown --test browser --test browser_crash --test browser_share --test browser_visuals
tier "3: end to end (release build under a sub-path, Chromium)" scripts/e2e.sh

printf '\n\033[1m=== summary\033[0m\n'
printf '%s\n' "${results[@]}"
failed=$(printf '%s\n' "${results[@]}" | grep -c '^FAILED' || true)
echo "tiers: $(( ${#results[@]} - failed )) passed, $failed failed"
exit "$status"
