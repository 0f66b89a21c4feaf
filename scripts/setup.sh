#!/usr/bin/env bash
# Shared by ./run.sh and ./test.sh: installs the Debian packages Qtill needs (only those missing),
# then configures and builds. Idempotent; fast when nothing changed.
#
#   scripts/setup.sh BUILD_DIR [extra cmake args...]
#   QTILL_TARGETS="qtill qtillctl" scripts/setup.sh …   build only these targets (and what they need);
#                                                       unset: build everything (the tests too)
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:?build dir}"
shift

# Every package the build, the app and the tests use. Add new dependencies here in the same commit.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libgl-dev libqt6svg6
  libsodium-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-cjk sqlite3
  cups-daemon cups-client libcups2-dev libusb-1.0-0-dev qt6-serialport-dev
  cups
  libzxing-dev qt6-multimedia-dev libpcsclite-dev
  libicu-dev libsqlite3-dev
  libqt6sql6-psql postgresql-15 postgresql-client-15 libpq-dev
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "qtill: installing ${#missing[@]} missing package(s): ${missing[*]}"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "qtill: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ccache keys on paths relative to the checkout, so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$top"
export CCACHE_NOHASHDIR=1

jobs="${QTILL_JOBS:-2}"
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S "$top" -B "$build_dir" -G Ninja "$@" >/dev/null
else
  # Re-apply options cheaply (cmake only regenerates when something changed).
  cmake -S "$top" -B "$build_dir" "$@" >/dev/null
fi
targets=()
for t in ${QTILL_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build_dir" -j "$jobs" "${targets[@]}"
