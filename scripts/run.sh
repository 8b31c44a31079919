#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 with live reload.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
scripts/setup.sh
exec trunk serve "$@"
