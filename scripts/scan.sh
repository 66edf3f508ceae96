#!/usr/bin/env bash
# A web scanner's view of the shop before a release (issue 21). Installs Debian's wapiti if it is missing, starts the
# Release build of the app in Production on 127.0.0.1 with the embedded sandbox (appsettings.json alone, as the Docker
# image runs), lets wapiti crawl and attack it for a bounded time, and prints the findings as a table: each known false
# positive with the reason it is one (scripts/ScanFindings.cs), everything else marked NEW. Not part of ./build.sh test.
#
#   scripts/scan.sh [report directory]     default artifacts/scan/; it gets wapiti.json, wapiti.log, app.log, findings.md
#
# Exit code 0 when the scan found nothing new, 1 when it did, 2 when it could not run. Knobs: SCAN_MINUTES (total
# budget, default 5, 1-30) and SCAN_ATTACK_SECONDS (per attack module, default 30). Nothing leaves the machine: the
# modules that call wapiti's own servers (ssrf, xxe) or download databases (nikto, wapp) are left out, and so is the
# bug report wapiti would send when a module fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD"
REPORT_DIR="$(realpath -m "${1:-$ROOT/artifacts/scan}")"
readonly REPORT_DIR
readonly SCAN_MINUTES="${SCAN_MINUTES:-5}"
readonly SCAN_ATTACK_SECONDS="${SCAN_ATTACK_SECONDS:-30}"
readonly APP_DLL="$ROOT/src/Checkout.Web/bin/Release/net10.0/Checkout.Web.dll"
readonly FINDINGS="$ROOT/scripts/ScanFindings.cs"
# wapiti's default modules without ssrf (it calls an external endpoint), plus csrf, crlf, methods, backup and htaccess.
readonly MODULES="blindsql,cookieflags,csp,csrf,exec,file,http_headers,permanentxss,redirect,sql,xss,crlf,methods,backup,htaccess"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en

[[ "$SCAN_MINUTES" =~ ^[0-9]+$ ]] && [ "$SCAN_MINUTES" -ge 1 ] && [ "$SCAN_MINUTES" -le 30 ] \
  || { echo "ERROR: SCAN_MINUTES must be 1-30 (got '$SCAN_MINUTES')" >&2; exit 2; }
[[ "$SCAN_ATTACK_SECONDS" =~ ^[0-9]+$ ]] && [ "$SCAN_ATTACK_SECONDS" -ge 5 ] \
  || { echo "ERROR: SCAN_ATTACK_SECONDS must be a number of seconds, at least 5 (got '$SCAN_ATTACK_SECONDS')" >&2; exit 2; }

# shellcheck source=scripts/system-packages.sh
source "$ROOT/scripts/system-packages.sh"
ensure_system_packages "/usr/bin/wapiti:wapiti"
command -v dotnet >/dev/null || { echo "ERROR: the .NET SDK (dotnet) is not on PATH" >&2; exit 2; }

WORK="$(mktemp -d -t checkout-scan.XXXXXX)"
readonly WORK
# track_pid, free_port; the app is stopped, and $WORK removed, when this script ends.
# shellcheck source=scripts/started-processes.sh
source "$ROOT/scripts/started-processes.sh"

echo "==> dotnet build (Release) of the app and of ${FINDINGS#"$ROOT"/}"
dotnet build "$ROOT/src/Checkout.Web/Checkout.Web.csproj" -c Release --nologo -v q >/dev/null
dotnet build "$FINDINGS" --nologo -v q >/dev/null

mkdir -p "$REPORT_DIR"
rm -f "$REPORT_DIR/wapiti.json" "$REPORT_DIR/wapiti.log" "$REPORT_DIR/app.log" "$REPORT_DIR/findings.md"
PORT="$(free_port 5481)"
readonly URL="http://127.0.0.1:$PORT/"
# As an operator would start a build: Production, no launch profile, the repository root as content root, no
# VoordeMensen:BaseUrl (the embedded sandbox). The limits stay as shipped: what the scanner trips over is part of the view.
ASPNETCORE_ENVIRONMENT=Production dotnet "$APP_DLL" --urls "$URL" --contentRoot "$ROOT" >"$REPORT_DIR/app.log" 2>&1 </dev/null &
APP_PID=$!
track_pid "$APP_PID"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "${URL}health/live" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$REPORT_DIR/app.log" >&2; echo "ERROR: the app did not start" >&2; exit 2; }
  sleep 0.5
done
curl -fsS -o /dev/null "${URL}health/live" || { echo "ERROR: the app did not answer on $URL" >&2; exit 2; }
echo "==> app (Production, embedded sandbox) on $URL, log ${REPORT_DIR#"$ROOT"/}/app.log"

# The crawler cannot click through the interactive checkout, so one order is placed at the sandbox (from this machine,
# which its API answers) and its payment page, status page and return URL become start pages: the simulator's forms
# and the order pages get attacked too. wapiti ships python3, which reads the JSON.
json_field() { # json_field <key or index>…: one value of the JSON on stdin
  python3 -c 'import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1:]:
    value = value[int(key)] if key.isdigit() else value[key]
print(value)' "$@"
}
api() { curl -fsS -H 'Content-Type: application/json' "$@"; }
CART="$(api -X POST -d '{}' "${URL}sandbox/v1/demo/cart" | json_field cart_id)"
DISCOUNT="$(api "${URL}sandbox/v1/demo/tickettypes/1001" | json_field 0 discount_id)"
api -X POST -d "{\"event_id\": 1001, \"numberoftickets\": 2, \"discount_id\": \"$DISCOUNT\"}" "${URL}sandbox/v1/demo/cart/$CART" >/dev/null
ORDER="$(api -X POST -d "{\"cart_id\": \"$CART\", \"payment_id\": 33, \"redirectURL\": \"${URL}order/return\", \"email\": \"scan@example.org\", \"firstname\": \"Scan\", \"lastname\": \"Wapiti\"}" \
  "${URL}sandbox/v1/demo/order/create" | json_field 0 order_key)"
echo "==> order $ORDER placed at the sandbox; its payment, status and return pages are start pages"

echo "==> $(wapiti --version 2>/dev/null | tail -n 1) for at most $SCAN_MINUTES min ($SCAN_ATTACK_SECONDS s per module): $MODULES"
started=$SECONDS
# The scan's own budget plus a margin for the report; a wapiti that overruns it is stopped, not waited for.
timeout --kill-after=30s "$((SCAN_MINUTES * 60 + 120))" \
  wapiti --url "$URL" --start "${URL}sandbox/pay/$ORDER" --start "${URL}order/$ORDER" --start "${URL}order/return?return=$ORDER" \
    --scope folder --module "$MODULES" --depth 4 --max-links-per-page 60 --max-files-per-dir 40 \
    --max-scan-time "$((SCAN_MINUTES * 60))" --max-attack-time "$SCAN_ATTACK_SECONDS" --timeout 10 \
    --flush-session --store-session "$WORK/session" --store-config "$WORK/config" --no-bugreport \
    --format json --output "$REPORT_DIR/wapiti.json" --verbose 1 >"$REPORT_DIR/wapiti.log" 2>&1 </dev/null \
  || { tail -n 30 "$REPORT_DIR/wapiti.log" >&2; [ -s "$REPORT_DIR/wapiti.json" ] || { echo "ERROR: wapiti wrote no report" >&2; exit 2; }; }
echo "==> scan took $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s; report ${REPORT_DIR#"$ROOT"/}/wapiti.json"

status=0
dotnet run --file "$FINDINGS" -- "$REPORT_DIR/wapiti.json" "$REPORT_DIR/app.log" | tee "$REPORT_DIR/findings.md" || status=${PIPESTATUS[0]}
[ "$status" -le 1 ] || { echo "ERROR: ${FINDINGS#"$ROOT"/} failed ($status)" >&2; exit 2; }
exit "$status"
