#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests — nothing of the machine's own PostgreSQL is touched.
#
#   scripts/pgcluster.sh start DIR   initdb in DIR/data (as an unprivileged user: PostgreSQL refuses to run
#                                    as root, and CI runs as root), listening only on a socket in DIR;
#                                    prints the server's address for QTILL_TEST_PG
#   scripts/pgcluster.sh stop DIR    stops it and removes DIR
#
# Durability is switched off (fsync, full-page writes): the data lives for one test run.
set -euo pipefail
cmd="${1:?start|stop}"
dir="${2:?folder}"
bin=/usr/lib/postgresql/15/bin

run=()
if [[ $(id -u) -eq 0 ]]; then
  run=(runuser -u postgres --)
fi

case "$cmd" in
start)
  mkdir -p "$dir"
  [[ ${#run[@]} -gt 0 ]] && chown postgres "$dir"
  chmod 700 "$dir"
  "${run[@]}" "$bin/initdb" -D "$dir/data" -U qtill --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://qtill@/postgres?host=$dir"
  ;;
stop)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
