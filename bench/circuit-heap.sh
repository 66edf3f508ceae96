#!/usr/bin/env bash
# Where a live checkout circuit's memory goes (issue 18): starts the Release app with the embedded sandbox on 127.0.0.1,
# opens N checkout pages with live circuits in headless Chromium (bench/Checkout.Bench circuit-heap: the same visitors
# as figure 3), takes a dotnet-gcdump heap snapshot before and after the N circuits, and prints what the difference is
# made of per circuit: by owner (which component, its render tree, the circuit's framework parts), by type group, and
# the top types. A few minutes; loopback only; the app is stopped when the script ends.
#
#   bench/circuit-heap.sh [N]        # N circuits, default 30 (CIRCUIT_HEAP_COUNT)
#
# Writes the report to bench/results/raw/circuit-heap.md and keeps both snapshots (before.gcdump, after.gcdump) there for
# PerfView or Visual Studio (git-ignored). Installs dotnet-gcdump into bench/.tools/ when missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD"
readonly BENCH="$ROOT/bench"
readonly RAW="$BENCH/results/raw"
readonly TOOLS="$BENCH/.tools/gcdump"
readonly GCDUMP_VERSION="10.0.750501"
readonly COUNT="${1:-${CIRCUIT_HEAP_COUNT:-30}}"
readonly BENCH_DLL="$BENCH/Checkout.Bench/bin/Release/net10.0/Checkout.Bench.dll"
readonly HEAPDIFF_DLL="$BENCH/Checkout.HeapDiff/bin/Release/net10.0/Checkout.HeapDiff.dll"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[[ "$COUNT" =~ ^[0-9]+$ ]] && [ "$COUNT" -ge 1 ] && [ "$COUNT" -le 200 ] || { echo "N must be 1..200" >&2; exit 2; }

WORK="$(mktemp -d)"
readonly WORK APP_DIR="$WORK/app"
# track_pid, free_port; the app is stopped, and $WORK removed, when this script ends.
# shellcheck source=../scripts/started-processes.sh
source "$ROOT/scripts/started-processes.sh"

# shellcheck source=../scripts/system-packages.sh
source "$ROOT/scripts/system-packages.sh"
ensure_system_packages /usr/bin/chromium:chromium
if [ ! -x "$TOOLS/dotnet-gcdump" ]; then
  echo "==> dotnet tool install dotnet-gcdump $GCDUMP_VERSION into bench/.tools/gcdump"
  dotnet tool install --tool-path "$TOOLS" dotnet-gcdump --version "$GCDUMP_VERSION" >/dev/null
fi
# The snapshot reader (GCHeapDump, MemoryGraph) ships inside the tool, not in a package of its own.
GCDUMP_LIB="$(dirname "$(find "$TOOLS/.store" -name dotnet-gcdump.dll -path "*/tools/*" | head -n 1)")"
readonly GCDUMP_LIB

# Published and laid out like the Docker image, with the demo overlay as the Production overlay (as bench/run.sh does):
# the circuit's memory is measured on the assets and settings figure 3 uses.
echo "==> dotnet publish (Release) of the app; build of bench/Checkout.Bench and bench/Checkout.HeapDiff"
dotnet publish "$ROOT/src/Checkout.Web/Checkout.Web.csproj" -c Release --nologo -v q -o "$APP_DIR" -p:UseAppHost=false >/dev/null
cp "$ROOT/appsettings.json" "$APP_DIR/"
cp "$ROOT/appsettings.Development.json" "$APP_DIR/appsettings.Production.json"
cp -R "$ROOT/wwwroot/." "$APP_DIR/wwwroot/"
dotnet build "$BENCH/Checkout.Bench/Checkout.Bench.csproj" -c Release --nologo -v q -warnaserror >/dev/null
dotnet build "$BENCH/Checkout.HeapDiff/Checkout.HeapDiff.csproj" -c Release --nologo -v q -warnaserror -p:GcDumpLib="$GCDUMP_LIB" >/dev/null

port="$(free_port 5391)"
readonly APP_URL="http://127.0.0.1:$port"
mkdir -p "$RAW"
rm -f "$RAW/before.gcdump" "$RAW/after.gcdump"

# As figure 3 runs it: Production, embedded sandbox with its admin endpoints (the memory readings), per-address limits
# raised because every visitor comes from 127.0.0.1.
ASPNETCORE_ENVIRONMENT=Production Sandbox__AdminEndpoints=true \
  Security__RateLimits__FormPostsPerAddress=10000 Security__RateLimits__CartCreatesPerAddress=10000 \
  Security__RateLimits__OrdersPerAddress=10000 Security__RateLimits__StatusLookupsPerAddress=10000 \
  Shop__MaxSeatsPerAddress=100000 VoordeMensen__BaseUrl= \
  dotnet "$APP_DIR/Checkout.Web.dll" --urls "$APP_URL" --contentRoot "$APP_DIR" >"$RAW/app-circuit-heap.log" 2>&1 </dev/null &
APP_PID=$!
track_pid "$APP_PID"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$APP_URL/health/live" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$RAW/app-circuit-heap.log" >&2; exit 2; }
  sleep 0.5
done
echo "==> app on $APP_URL (pid $APP_PID), load average $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet "$BENCH_DLL" circuit-heap --base-url "$APP_URL" --count "$COUNT" --gcdump "$TOOLS/dotnet-gcdump" --pid "$APP_PID" --out "$RAW"
stop_pid "$APP_PID"

dotnet "$HEAPDIFF_DLL" "$RAW/before.gcdump" "$RAW/after.gcdump" "$COUNT" >"$RAW/circuit-heap.md"
echo "- Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RAW/circuit-heap.md"
cat "$RAW/circuit-heap.md"
echo "==> ${RAW#"$ROOT"/}/circuit-heap.md, before.gcdump and after.gcdump written"
