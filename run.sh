#!/usr/bin/env bash
# Installs what is missing, builds the app and qtillctl (not the tests), creates the demo store on first start, and opens Qtill.
#   ./run.sh                     open Qtill on the demo store
#   ./run.sh --offscreen         run without a display (for checks)
#   ./run.sh --screenshot DIR    render every screen to PNG files in DIR
#   ./run.sh --db PATH           use another database file
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$top"

# Only what it runs: the app and qtillctl (./test.sh builds the rest into the same folder).
QTILL_TARGETS="qtill qtillctl" scripts/setup.sh build -DQTILL_GUI=ON
exec "$top/build/src/app/qtill" --demo "$@"
