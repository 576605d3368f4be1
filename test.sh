#!/usr/bin/env bash
# The one test command. On a fresh Debian machine it installs what is missing (chromium,
# fonts-noto-cjk, postgresql), starts PostgreSQL with a throw-away test database, builds the
# solution once, runs every test project (tests/*/*.Tests.csproj) and ends with one line:
#   N passed, N failed
# The exit status is non-zero when a test failed or a project could not be built or run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
CONFIGURATION=Release
RESULTS="$ROOT/artifacts/test-results"
# A database of its own per run, so two runs on one machine (two checkouts) never wipe each other's.
PG_DB="portal_test_$$"
PG_USER=portal_test
PG_PASSWORD=portal_test
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "==> $*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

install_missing() {
  local missing=() package
  for package in chromium fonts-noto-cjk postgresql; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "Installing ${missing[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
  fi
  command -v dotnet >/dev/null || { echo "The .NET SDK (see global.json) is required: https://dot.net" >&2; exit 1; }
}

PG_STARTED=""
PG_VERSION=""
PG_CLUSTER=""
PG_PORT=""

start_postgres() {
  local line status
  line=$(pg_lsclusters -h | sort -V | tail -n 1)
  if [ -z "$line" ]; then
    PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    log "Creating PostgreSQL $PG_VERSION cluster"
    $SUDO pg_createcluster "$PG_VERSION" main >/dev/null
    line=$(pg_lsclusters -h | sort -V | tail -n 1)
  fi
  read -r PG_VERSION PG_CLUSTER PG_PORT status _ <<<"$line"
  if [ "$status" != "online" ]; then
    log "Starting PostgreSQL $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
    $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    PG_STARTED=1
  fi
  for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then break; fi
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { echo "PostgreSQL did not become ready on port $PG_PORT" >&2; exit 1; }

  log "Creating a fresh database $PG_DB"
  as_postgres psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
  END IF;
END\$\$;
DROP DATABASE IF EXISTS $PG_DB WITH (FORCE);
CREATE DATABASE $PG_DB OWNER $PG_USER;
SQL
  export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DB;Username=$PG_USER;Password=$PG_PASSWORD"
}

stop_postgres() {
  if [ -n "$PG_PORT" ]; then
    as_postgres psql -q -p "$PG_PORT" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE);" >/dev/null 2>&1 || true
  fi
  if [ -n "$PG_STARTED" ]; then
    $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop >/dev/null 2>&1 || true
    PG_STARTED=""
  fi
}
trap stop_postgres EXIT

# Reads passed/failed from a TRX file's <Counters .../> element.
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }

install_missing
start_postgres
dotnet tool restore >/dev/null || log "dotnet tool restore failed (only needed for 'dotnet ef'); continuing"

mapfile -t PROJECTS < <(ls tests/*/*.Tests.csproj | sort)
passed=0
failed=0

log "Building Portal.sln ($CONFIGURATION)"
build_ok=1
dotnet build Portal.sln -c "$CONFIGURATION" -nologo -v quiet || build_ok=""
# A test project that is not (yet) in the solution is built on its own.
in_solution=$(dotnet sln Portal.sln list | tr '\\' '/')
for project in "${PROJECTS[@]}"; do
  if [ -n "$build_ok" ] && ! grep -qxF "$project" <<<"$in_solution"; then
    log "Building $project (not in Portal.sln)"
    dotnet build "$project" -c "$CONFIGURATION" -nologo -v quiet || build_ok=""
  fi
done

if [ -z "$build_ok" ]; then
  echo "The build failed; no tests were run." >&2
  stop_postgres
  echo "0 passed, 1 failed"
  exit 1
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
for project in "${PROJECTS[@]}"; do
  name=$(basename "$project" .csproj)
  log "Testing $name"
  status=0
  dotnet test "$project" --no-build -c "$CONFIGURATION" --results-directory "$RESULTS" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" || status=$?
  trx="$RESULTS/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "$name did not run (exit $status)." >&2
    failed=$((failed + 1))
    continue
  fi
  p=$(counter "$trx" passed)
  f=$(counter "$trx" failed)
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "$name exited with $status without a failed test: counted as one failure." >&2
    failed=$((failed + 1))
  fi
  echo "$name: $p passed, $f failed" >&2
done

stop_postgres
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
