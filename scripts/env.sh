# Sourced by the scripts: puts the project's npm tools (wasm-opt) on PATH
# ahead of anything else, so Trunk finds the pinned version and never downloads.
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
