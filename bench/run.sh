#!/usr/bin/env bash
# The benchmarks of issues 7 and 18, started by one command from anywhere:
#
#   bench/run.sh
#
# Installs what is missing (apt: wrk, nginx, chromium, nodejs/npm; npm: lighthouse into bench/.tools), publishes the
# app and builds bench/Checkout.Bench in Release, starts the app on 127.0.0.1 with the embedded sandbox (twice, so that each
# cold-cache figure starts cold), prints every figure with its goal and writes them, with the date and the machine,
# to bench/results/latest.md (raw outputs in bench/results/raw/, git-ignored), then runs the capacity curve
# (bench/surge/run.sh: one instance, and two behind nginx with Redis). Loopback only; about ten minutes in all.
# Every process it starts is stopped on success and on failure. Knobs: BENCH_WRK_SECONDS (10), BENCH_PURCHASES (30),
# BENCH_CIRCUITS (50: live checkout visitors for figure 3), BENCH_STAMPEDE (500 per client); the curve's SURGE_STEPS, SURGE_STEP_SECONDS, SURGE_TOPOLOGIES.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD"
readonly BENCH="$ROOT/bench"
readonly RESULTS="$BENCH/results"
readonly RAW="$RESULTS/raw"
readonly TOOLS="$BENCH/.tools"
readonly LIGHTHOUSE_VERSION="12.8.2" # 13.x needs Node 22; Debian 12 has Node 18
readonly BENCH_DLL="$BENCH/Checkout.Bench/bin/Release/net10.0/Checkout.Bench.dll"
readonly WRK_SECONDS="${BENCH_WRK_SECONDS:-10}"
readonly PURCHASES="${BENCH_PURCHASES:-30}"
readonly CIRCUITS="${BENCH_CIRCUITS:-50}"
readonly STAMPEDE="${BENCH_STAMPEDE:-500}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Chromium on this kind of machine: no sandbox, no GPU, and no background traffic (only loopback is reachable).
readonly CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"

WORK="$(mktemp -d)"
readonly WORK SUMMARY="$WORK/summary.md" DETAILS="$WORK/details.md" APP_DIR="$WORK/app"

# track_pid, stop_pid, free_port; what this script started is stopped, and $WORK removed, when it ends.
# shellcheck source=../scripts/started-processes.sh
source "$ROOT/scripts/started-processes.sh"
# shellcheck source=../scripts/system-packages.sh
source "$ROOT/scripts/system-packages.sh"

ensure_packages() {
  ensure_system_packages /usr/bin/wrk:wrk /usr/sbin/nginx:nginx /usr/bin/chromium:chromium /usr/bin/node:nodejs /usr/bin/npm:npm
  if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
    echo "==> npm install lighthouse@$LIGHTHOUSE_VERSION into bench/.tools"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
  fi
}

# The app is published and laid out as the Docker image does it (publish output, then the repository's
# appsettings.json and wwwroot/ on top): the production layout is what Lighthouse should see (fingerprinted,
# pre-compressed assets). The demo's second venue and fixed sandbox keys (the Development overlay) go beside it as the
# Production overlay: the stampede figure measures both clients.
build() {
  echo "==> dotnet publish (Release) of the app, dotnet build of bench/Checkout.Bench"
  dotnet publish "$ROOT/src/Checkout.Web/Checkout.Web.csproj" -c Release --nologo -v q -o "$APP_DIR" -p:UseAppHost=false >/dev/null
  cp "$ROOT/appsettings.json" "$APP_DIR/"
  cp "$ROOT/appsettings.Development.json" "$APP_DIR/appsettings.Production.json"
  cp -R "$ROOT/wwwroot/." "$APP_DIR/wwwroot/"
  dotnet build "$BENCH/Checkout.Bench/Checkout.Bench.csproj" -c Release --nologo -v q -warnaserror >/dev/null
}

wait_for() {
  local url="$1" i
  for i in $(seq 1 120); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "ERROR: $url did not answer within 60 s" >&2
  return 1
}

# The app as a visitor meets it: Release publish, Production environment, embedded sandbox (no VoordeMensen:BaseUrl)
# with its admin endpoints switched on for the counters and the memory reading. Every benchmark visitor comes from
# 127.0.0.1, so the per-address abuse limits are raised; the per-visitor limits stay as configured.
APP_PID=""
APP_URL=""
start_app() {
  local port log="$RAW/app-$1.log"
  port="$(free_port 5391)"
  APP_URL="http://127.0.0.1:$port"
  ASPNETCORE_ENVIRONMENT=Production Sandbox__AdminEndpoints=true \
    Security__RateLimits__FormPostsPerAddress=10000 Security__RateLimits__CartCreatesPerAddress=10000 \
    Security__RateLimits__OrdersPerAddress=10000 Security__RateLimits__StatusLookupsPerAddress=10000 \
    Shop__MaxSeatsPerAddress=100000 VoordeMensen__BaseUrl= \
    dotnet "$APP_DIR/Checkout.Web.dll" --urls "$APP_URL" --contentRoot "$APP_DIR" >"$log" 2>&1 </dev/null &
  APP_PID=$!
  track_pid "$APP_PID"
  wait_for "$APP_URL/health/live"
  echo "==> app ($1) on $APP_URL, log ${log#"$ROOT"/}"
}

stop_app() {
  stop_pid "$APP_PID"
}

bench_tool() {
  local command="$1"
  shift
  dotnet "$BENCH_DLL" "$command" --base-url "$APP_URL" --summary "$SUMMARY" --details "$DETAILS" "$@"
}

figure() { # figure measured goal verdict
  echo "==> $1: $2 — goal $3 — $4"
  echo "| $1 | $2 | $3 | $4 |" >>"$SUMMARY"
}

details() { cat >>"$DETAILS"; echo >>"$DETAILS"; }

. "$BENCH/throughput.sh"
. "$BENCH/lighthouse.sh"

machine() {
  local cpu ram
  cpu="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
  ram="$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1024 / 1024 }' /proc/meminfo)"
  echo "$(nproc) cores (${cpu:-unknown CPU}), $ram RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

versions() {
  echo ".NET $(dotnet --version) SDK, $("$CHROME_PATH" --version 2>/dev/null | head -n 1), $(nginx -v 2>&1 | sed 's#nginx version: ##'), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), Lighthouse $LIGHTHOUSE_VERSION, Node $(node --version)"
}

# The capacity curve, one instance and two behind nginx: a summary row each and the details. A missed goal (exit code 1)
# is a result to report; anything else stops the run.
surge() {
  local fragment="$WORK/surge.md" code=0
  if [ -x "$BENCH/surge/run.sh" ]; then
    echo "==> bench/surge/run.sh"
    "$BENCH/surge/run.sh" "$fragment" "$SUMMARY" || code=$?
    [ "$code" -le 1 ] || { echo "ERROR: bench/surge/run.sh failed (exit code $code)" >&2; exit 1; }
    details <"$fragment"
  fi
}

write_results() {
  local out="$RESULTS/latest.md"
  {
    echo "# Benchmark results"
    echo
    echo "- **Date:** $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- **Machine:** $(machine)"
    echo "- **Software:** $(versions)"
    echo "- **Load:** load average $LOAD_BEFORE at the start, $(load) at the end (the machine is shared; figures are from one run)"
    echo "- **Command:** \`bench/run.sh\` (app: Release publish laid out like the Docker image, Production environment, embedded sandbox, loopback only)"
    echo
    echo "| Figure | Measured | Goal | Verdict |"
    echo "|---|---|---|---|"
    sort -s -t"|" -k2,2n "$SUMMARY"
    echo
    echo "## Details"
    echo
    cat "$DETAILS"
  } >"$out"
  echo "==> ${out#"$ROOT"/} written"
}

main() {
  LOAD_BEFORE="$(load)"
  mkdir -p "$RAW"
  : >"$SUMMARY"
  : >"$DETAILS"
  ensure_packages
  build

  # A fresh app for each cold-cache figure: the stampede needs an empty programme cache, the purchase budget empty
  # caches for programme, ticket types and payment methods.
  start_app stampede
  bench_tool stampede --count "$STAMPEDE"
  stop_app

  start_app flow
  bench_tool purchases --count "$PURCHASES"
  stop_app

  start_app pages
  bench_tool memory --count "$CIRCUITS"
  throughput
  lighthouse_pages
  stop_app

  surge
  write_results
}

main "$@"
