#!/usr/bin/env bash
# The seat hoarder of issue 16, played against the Release build of the shop with its embedded sandbox, on 127.0.0.1
# only: many fresh cookies from one address, IPv6 neighbours of one /64 (X-Forwarded-For, with 127.0.0.1 trusted as the
# proxy), and one visitor toggling the donation in a browser. Reports, from the sandbox's own books, the seats one
# address could hold and how long the toggling visitor kept theirs. Bounded: about HOARDER_RUN_SECONDS + 2 minutes.
#
#   bench/hoarder.sh <markdown-output-file> [<source tree>]
#
# <source tree>: the checkout whose shop is attacked (default: this repository), e.g. a worktree of the commit before the
# fix, for a before/after comparison; the hoarder (bench/Checkout.Bench hoarder) always comes from this repository.
# Holds last 1 minute (Sandbox:HoldMinutes, Shop:HoldMinutes) and a selection at most 3 (Shop:MaxHoldMinutes), so "how
# long" fits in a few minutes; the caps per visitor and address and the rate limits are left at their defaults.
# Knobs: HOARDER_BOTS (60), HOARDER_RUN_SECONDS (300). Exit code: 0 when every attack was held to its goal, 1 if not,
# 2 on a usage or start-up problem.
set -euo pipefail

[ $# -ge 1 ] && [ $# -le 2 ] || { sed -n '8p' "$0" | sed 's/^# *//' >&2; exit 2; }
OUTPUT="$(realpath -m "$1")"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD"
readonly SOURCE="$(realpath "${2:-$ROOT}")"
readonly BENCH_DLL="$ROOT/bench/Checkout.Bench/bin/Release/net10.0/Checkout.Bench.dll"
readonly BOTS="${HOARDER_BOTS:-60}"
readonly RUN_SECONDS="${HOARDER_RUN_SECONDS:-300}"
readonly MAX_HOLD_MINUTES=3
readonly KEY="hoarder-bench-key"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

WORK="$(mktemp -d -t checkout-hoarder.XXXXXX)"
readonly WORK APP_DIR="$WORK/app"
# track_pid, free_port; the shop is stopped, and $WORK removed, when this script ends.
# shellcheck source=../scripts/started-processes.sh
source "$ROOT/scripts/started-processes.sh"

echo "==> dotnet publish (Release) of the shop in $SOURCE, dotnet build of bench/Checkout.Bench"
dotnet publish "$SOURCE/src/Checkout.Web/Checkout.Web.csproj" -c Release --nologo -v q -o "$APP_DIR" -p:UseAppHost=false >/dev/null
cp "$SOURCE/appsettings.json" "$APP_DIR/"
cp -R "$SOURCE/wwwroot/." "$APP_DIR/wwwroot/"
dotnet build "$ROOT/bench/Checkout.Bench/Checkout.Bench.csproj" -c Release --nologo -v q -warnaserror >/dev/null

PORT="$(free_port 5491)"
readonly URL="http://127.0.0.1:$PORT"
ASPNETCORE_ENVIRONMENT=Production VoordeMensen__BaseUrl= VoordeMensen__ApiKey="$KEY" Sandbox__Clients__demo__ApiKey="$KEY" \
  Sandbox__HoldMinutes=1 Shop__HoldMinutes=1 Shop__MaxHoldMinutes="$MAX_HOLD_MINUTES" ForwardedHeaders__KnownProxies__0=127.0.0.1 \
  dotnet "$APP_DIR/Checkout.Web.dll" --urls "$URL" --contentRoot "$APP_DIR" >"$WORK/app.log" 2>&1 </dev/null &
APP_PID=$!
track_pid "$APP_PID"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$URL/health/live" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
if ! curl -fsS -o /dev/null "$URL/health/live" 2>/dev/null; then
  tail -n 30 "$WORK/app.log" >&2
  echo "ERROR: the shop did not start" >&2
  exit 2
fi

COMMIT="$(git -C "$SOURCE" rev-parse --short HEAD 2>/dev/null || echo unknown)"
{
  echo "## Seat hoarder against $COMMIT ($(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1 /proc/loadavg))"
  echo
  echo "| Attack | Measured (sandbox's books) | Goal | Verdict |"
  echo "|---|---|---|---|"
} >"$OUTPUT"
STATUS=0
dotnet "$BENCH_DLL" hoarder --base-url "$URL" --summary "$OUTPUT" --count "$BOTS" --key "$KEY" --cap 40 \
  --max-hold-seconds $((MAX_HOLD_MINUTES * 60)) --run-seconds "$RUN_SECONDS" || STATUS=$?
[ "$STATUS" -le 1 ] || { tail -n 30 "$WORK/app.log" >&2; exit 2; }
grep -q '\*\*missed\*\*' "$OUTPUT" && exit 1
exit 0
