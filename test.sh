#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
#   ./test.sh            build (GUI on) and run the whole suite
#   ./test.sh -R Money   pass arguments to ctest
# In CI (CI=true) warnings are errors and the suite also builds and runs with -DQTILL_GUI=OFF,
# proving that everything but the widgets stands without Qt Widgets.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$top"

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON

scripts/setup.sh build -DQTILL_GUI=ON -DQTILL_WERROR="$werror"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2 "$@"

if [[ "${CI:-}" == "true" ]]; then
  echo "qtill: building and testing without the GUI (-DQTILL_GUI=OFF)"
  scripts/setup.sh build-nogui -DQTILL_GUI=OFF -DQTILL_WERROR=ON
  ctest --test-dir build-nogui --output-on-failure -j 2 "$@"
fi
