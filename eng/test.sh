#!/usr/bin/env bash
# Runs every Kura test. Installs and starts what the tests need (a PostgreSQL server from
# Debian's packages on a private port), runs the whole solution's tests, and ends with one line:
#   N passed, N failed, N skipped
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

log() { printf '[kura-test] %s\n' "$*" >&2; }

ensure_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    log "installing PostgreSQL server from Debian's packages"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null \
      || { log "could not install postgresql"; return 1; }
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_DIR=$(mktemp -d /tmp/kura-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U kura --auth=trust -E UTF8 >/dev/null || return 1
  # A port left busy by another server must not fail the run: try the next one.
  local started=""
  for PG_PORT in $(seq "${KURA_TEST_PG_PORT:-55432}" "$(( ${KURA_TEST_PG_PORT:-55432} + 9 ))"); do
    if "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
      started=yes; break
    fi
  done
  [ -n "$started" ] || { cat "$PG_DIR/log" >&2; return 1; }
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop)
  export KURA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=kura;Database=postgres"
  log "PostgreSQL running on 127.0.0.1:$PG_PORT"
}

PG_STOP=()
cleanup() { [ ${#PG_STOP[@]} -gt 0 ] && "${PG_STOP[@]}" >/dev/null 2>&1; [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"; }
trap cleanup EXIT

ensure_postgres || { log "PostgreSQL could not be started"; echo "0 passed, 1 failed"; exit 1; }

results=$(mktemp -d /tmp/kura-test-results.XXXXXX)
log "building"
if ! dotnet build Kura.slnx -c Release -nologo -v q; then
  echo "0 passed, 1 failed"; exit 1
fi
log "running tests"
dotnet test Kura.slnx -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
status=$?

sum() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed); failed=$(sum failed); total=$(sum total); executed=$(sum executed)
skipped=$(( total - executed ))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
