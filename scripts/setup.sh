#!/usr/bin/env bash
# Installs only what is missing, from the package registries, and says why.
#   scripts/setup.sh            build tools: wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --browser  also Debian's chromium, chromium-driver and fonts-noto-cjk (as root)
# Idempotent: when everything is there it only checks versions.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Rust: rust-toolchain.toml pins the channel and the wasm target; rustup
# installs both on first use. Make sure the target is really there.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing the wasm32-unknown-unknown target (the app compiles to WebAssembly)"
    rustup target add wasm32-unknown-unknown
fi

# Trunk builds and serves the app. 0.22 needs a newer rustc than we pin.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (builds and serves the app; takes about 16 minutes on 2 cores)"
    cargo install "trunk@$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
    echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WBG_VERSION: update [tools] in Trunk.toml" >&2
    exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $WBG_VERSION (must equal the wasm-bindgen version in Cargo.lock)"
    cargo install "wasm-bindgen-cli@$WBG_VERSION"
fi

# wasm-opt 132, playwright-core, jsqr, pngjs and scorm-again come from the npm registry (package-lock.json).
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q 'version 132' \
    || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/jsqr ] || [ ! -d node_modules/terser ] || [ ! -d node_modules/scorm-again ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages: binaryen@132 (wasm-opt) and terser (JS glue) for release builds, playwright-core, jsqr, pngjs, scorm-again (a SCORM platform's API for the end-to-end tests)"
    npm ci --no-audit --no-fund
fi

# The browser tiers need Chromium and its driver, and a Chinese font: without
# one, Chinese renders as boxes and the classroom checks measure the wrong text.
has_cjk_font() {
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh family)" ]; }
}
if [ "${1:-}" = "--browser" ]; then
    missing=() why=()
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        missing+=(chromium chromium-driver) why+=("chromium and chromium-driver (browser and end-to-end tests)")
    fi
    if ! has_cjk_font; then
        missing+=(fonts-noto-cjk) why+=("fonts-noto-cjk (a Chinese font: without one Chinese renders as boxes in the browser tests)")
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ]; then
            for w in "${why[@]}"; do say "installing Debian's $w"; done
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
        else
            echo "missing: ${missing[*]}: install them with 'sudo apt-get install ${missing[*]}'" >&2
            exit 1
        fi
    fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
