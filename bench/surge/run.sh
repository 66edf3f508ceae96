#!/usr/bin/env bash
# Surge test (issue 7): 1,500 buyers per minute arrive at the event list for 60 s, 10 % of them reserve; the shop runs
# from the Release build with the embedded sandbox on 127.0.0.1 and is stopped when this script ends.
#
#   bench/surge/run.sh <markdown-output-file>
#
# Prints the figures and writes them as a markdown fragment ("## Surge") to the file. Exit code 0 when the goals are
# met (no errors, no oversell, at least one event sold out), 1 when not, 2 on a usage or start-up problem.
# SURGE_SECONDS (default 60, at most 90) and SURGE_RATE (arrivals per second, default 25) shorten a trial run.
set -euo pipefail

[ $# -eq 1 ] || { sed -n '4p' "$0" | sed 's/^# *//' >&2; exit 2; }
OUTPUT="$(realpath -m "$1")"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
readonly ROOT="$PWD"
readonly WEB_DLL="$ROOT/src/Checkout.Web/bin/Release/net10.0/Checkout.Web.dll"
readonly SURGE_DLL="$ROOT/bench/Checkout.Surge/bin/Release/net10.0/Checkout.Surge.dll"
readonly APP_LOG="$(mktemp -t checkout-surge-app.XXXXXX.log)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "==> Building the shop and the load generator (Release)"
dotnet build "$ROOT/src/Checkout.Web/Checkout.Web.csproj" -c Release --nologo -v quiet -warnaserror >/dev/null
dotnet build "$ROOT/bench/Checkout.Surge/Checkout.Surge.csproj" -c Release --nologo -v quiet -warnaserror >/dev/null

# A free loopback port: nothing answers a connection attempt on it.
port=5180
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  port=$((port + 1))
  [ "$port" -lt 5280 ] || { echo "ERROR: no free port in 5180-5279" >&2; exit 2; }
done
readonly BASE="http://127.0.0.1:$port/"

app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -f "$APP_LOG"
}
trap stop_app EXIT

# All simulated buyers share 127.0.0.1, where real ones each have their own address: the per-address limits on form
# posts and new carts are raised for this run; the per-visitor limits stay as configured.
echo "==> Starting the shop on $BASE (embedded sandbox)"
Security__RateLimits__FormPostsPerAddress=10000 Security__RateLimits__CartCreatesPerAddress=10000 \
  dotnet "$WEB_DLL" --urls "$BASE" >"$APP_LOG" 2>&1 &
app_pid=$!

for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "${BASE}health/ready" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$APP_LOG" >&2; echo "ERROR: the shop did not start" >&2; exit 2; }
  sleep 0.5
done
curl -fsS -o /dev/null "${BASE}health/ready" || { tail -n 30 "$APP_LOG" >&2; echo "ERROR: the shop is not ready" >&2; exit 2; }

echo "==> Surge"
status=0
dotnet "$SURGE_DLL" --base "$BASE" --out "$OUTPUT" --seconds "${SURGE_SECONDS:-60}" --rate "${SURGE_RATE:-25}" || status=$?
if [ "$status" -ne 0 ] && [ -s "$APP_LOG" ]; then
  echo "--- shop log (last 20 lines) ---"
  tail -n 20 "$APP_LOG"
fi
exit "$status"
