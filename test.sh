#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
#   ./test.sh            build (GUI on) and run the whole suite
#   ./test.sh -R Money   pass arguments to ctest
# A throwaway PostgreSQL 15 server (scripts/pgcluster.sh) runs for the whole run and is removed at the
# end, also when a test fails; its address is QTILL_TEST_PG. The GUI pass runs on SQLite (tests that
# need a server whatever the engine use QTILL_TEST_PG). In CI (CI=true) warnings are errors and the
# suite also builds and runs with -DQTILL_GUI=OFF — that pass runs every domain and CLI test on
# PostgreSQL (QTILL_TEST_ENGINE=postgresql), proving that everything but the widgets stands without
# Qt Widgets and on both engines.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$top"

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON

scripts/setup.sh build -DQTILL_GUI=ON -DQTILL_WERROR="$werror"

pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/qtill-pg.XXXXXX")"
trap 'scripts/pgcluster.sh stop "$pg_dir"' EXIT
QTILL_TEST_PG="$(scripts/pgcluster.sh start "$pg_dir")"
export QTILL_TEST_PG
echo "qtill: test server at $QTILL_TEST_PG"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2 "$@"

if [[ "${CI:-}" == "true" ]]; then
  echo "qtill: building and testing without the GUI (-DQTILL_GUI=OFF), on PostgreSQL"
  scripts/setup.sh build-nogui -DQTILL_GUI=OFF -DQTILL_WERROR=ON
  QTILL_TEST_ENGINE=postgresql ctest --test-dir build-nogui --output-on-failure -j 2 "$@"
fi
