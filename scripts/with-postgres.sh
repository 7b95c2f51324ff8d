#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server on loopback:
#   scripts/with-postgres.sh pytest tests/web
# Uses DATABASE_URL as is when it already points at PostgreSQL.
set -euo pipefail
if [[ "${DATABASE_URL:-}" == postgres* ]]; then exec "$@"; fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then echo "endqi: error: PostgreSQL is not installed (run scripts/system-deps.sh)" >&2; exit 1; fi
dir=$(mktemp -d /tmp/endqi-pg.XXXXXX)
port=${ENDQI_PG_PORT:-55432}
while (echo > /dev/tcp/127.0.0.1/$port) >/dev/null 2>&1; do port=$((port + 1)); done
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
  chown postgres "$dir"; as_pg=(runuser -u postgres --)
fi
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U endqi -E UTF8 >/dev/null
# A free-looking port can still be taken by an outgoing connection's ephemeral port
# by the time the server binds it: try the next few.
for attempt in 1 2 3 4 5 6 7 8; do
  if "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
    start >/dev/null; then
    break
  fi
  if [ "$attempt" -eq 8 ]; then
    echo "endqi: error: PostgreSQL did not start (see $dir/log)" >&2; tail -n 5 "$dir/log" >&2; exit 1
  fi
  port=$((port + 1 + RANDOM % 50))
done
"$pgbin/psql" -h 127.0.0.1 -p "$port" -U endqi -d postgres -qc "CREATE DATABASE endqi" >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
DATABASE_URL="postgres://endqi@127.0.0.1:$port/endqi" "$@"
