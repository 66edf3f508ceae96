#!/usr/bin/env bash
# Build and test entry point for a fresh Debian 12 machine with the .NET SDK.
#
#   ./build.sh test   install missing system packages, restore, build (warnings are errors), run every test
#                     project; the last line is "N passed, M failed[, K skipped]"
#   ./build.sh build  restore and build only
#   ./build.sh run    run the web app from the repository root (its content root); app arguments follow
#                     "--", e.g. ./build.sh run -- --urls http://127.0.0.1:5080
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
readonly ROOT="$PWD"
readonly SOLUTION="Checkout.sln"
readonly CONFIGURATION="Release"
readonly RESULTS_DIR="$ROOT/artifacts/test-results"
readonly TRACES_DIR="$ROOT/artifacts/playwright-traces"
readonly TEST_LOG="$RESULTS_DIR/dotnet-test.log"
# A hung test must not eat CI's 90 minutes (a full run takes a few minutes here). Every browser test has its own
# limit; each test project is cancelled after TEST_PROJECT_TIMEOUT, and the whole test run, with every process it
# started, is killed after TEST_RUN_TIMEOUT even if a cancelled project does not end.
readonly TEST_PROJECT_TIMEOUT="30m"
readonly TEST_RUN_TIMEOUT="40m"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# ---------------------------------------------------------------------------------------------------------
# System packages: "<file that proves it is installed>:<Debian package>". Each is installed only when missing.
# Add servers the tests need here (e.g. "/usr/bin/redis-server:redis-server", "/usr/sbin/nginx:nginx").
# ---------------------------------------------------------------------------------------------------------
readonly SYSTEM_PACKAGES=(
  "/usr/bin/chromium:chromium" # Playwright E2E tests drive Debian's Chromium (no browser download here)
  "/usr/bin/redis-server:redis-server" # scale-out tests share data-protection keys and sessions through Redis
  "/usr/sbin/nginx:nginx"              # the two-instance E2E routes a purchase through nginx (alternating + sticky)
)
# shellcheck source=scripts/system-packages.sh
source "$ROOT/scripts/system-packages.sh"

require_dotnet() {
  command -v dotnet >/dev/null || {
    echo "ERROR: the .NET SDK (dotnet) is not on PATH; global.json names the version." >&2
    exit 1
  }
}

build() {
  require_dotnet
  echo "==> dotnet restore"
  dotnet restore "$SOLUTION" --nologo
  echo "==> dotnet build ($CONFIGURATION, warnings are errors)"
  dotnet build "$SOLUTION" -c "$CONFIGURATION" --no-restore --nologo -warnaserror
}

# Sums one counter attribute over all TRX files (each file has one <Counters .../> element).
trx_counter() {
  local name="$1" total=0 value trx
  for trx in "$RESULTS_DIR"/*.trx; do
    [ -e "$trx" ] || continue
    value="$(grep -o '<Counters [^>]*>' "$trx" | sed -n "s/.* $name=\"\([0-9]*\)\".*/\1/p" || true)"
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

# Test projects whose TRX file reports zero tests (xunit writes one even when nothing ran).
empty_reports() {
  { grep -l '<Counters total="0"' "$RESULTS_DIR"/*.trx 2>/dev/null || true; } | wc -l
}

# Prints the closing "N passed, M failed[, K skipped]" line and returns non-zero when the run is not clean.
# A test project that crashed, timed out or ran no test counts as one failure, so M > 0 whenever this fails.
summarize() {
  local exit_code="$1"
  local passed failed skipped projects reports missing empty problems
  passed="$(trx_counter passed)"
  failed=$(($(trx_counter failed) + $(trx_counter error) + $(trx_counter timeout) + $(trx_counter aborted)))
  skipped="$(trx_counter notExecuted)"
  projects="$(grep -c '^Running tests from ' "$TEST_LOG" || true)"
  reports="$(find "$RESULTS_DIR" -maxdepth 1 -name '*.trx' | wc -l)"
  missing=$((projects > reports ? projects - reports : 0))
  empty="$(empty_reports)"
  problems=$((missing + empty))

  echo
  [ "$missing" -gt 0 ] && echo "ERROR: $missing test project(s) wrote no results (crashed or timed out); see above." >&2
  [ "$empty" -gt 0 ] && echo "ERROR: $empty test project(s) ran no test." >&2
  if [ "$projects" -eq 0 ]; then
    problems=$((problems + 1))
    echo "ERROR: dotnet test started no test project." >&2
  elif [ $((passed + failed)) -eq 0 ] && [ "$problems" -eq 0 ]; then
    problems=1
    echo "ERROR: no test ran (all skipped?)." >&2
  elif [ "$exit_code" -ne 0 ] && [ "$failed" -eq 0 ] && [ "$problems" -eq 0 ]; then
    problems=1
    echo "ERROR: dotnet test exited with code $exit_code; see above." >&2
  fi
  if [ "$failed" -gt 0 ]; then
    echo "Failed tests (their output is above):"
    perl "$ROOT/scripts/failed-tests.pl" "$RESULTS_DIR"/*.trx || true
    if [ -d "$TRACES_DIR" ]; then echo "Playwright traces of failed browser tests: $TRACES_DIR"; fi
  fi

  failed=$((failed + problems))
  local line="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
  echo "$line"
  [ "$failed" -eq 0 ] && [ "$exit_code" -eq 0 ]
}

run_tests() {
  rm -rf "$RESULTS_DIR" "$TRACES_DIR"
  mkdir -p "$RESULTS_DIR"
  echo "==> dotnet test (results in ${RESULTS_DIR#"$ROOT"/})"
  # One test project at a time: the browser and integration suites each start apps, browsers and servers, and on
  # 2 cores running them side by side turns healthy upstream calls into timeouts.
  # The log is followed with `tail --pid` rather than a pipe: a pipe stays open as long as any process that inherited
  # it lives (a browser or server a test left behind), and would keep this script waiting after the tests ended.
  : >"$TEST_LOG"
  timeout --kill-after=1m "$TEST_RUN_TIMEOUT" \
    dotnet test --solution "$SOLUTION" -c "$CONFIGURATION" --no-build --no-progress --no-ansi \
    --max-parallel-test-modules 1 --results-directory "$RESULTS_DIR" \
    -- --report-xunit-trx --timeout "$TEST_PROJECT_TIMEOUT" --show-stdout Failed --show-stderr Failed \
    >"$TEST_LOG" 2>&1 </dev/null &
  local test_pid=$! exit_code=0
  tail -n +1 -f --pid="$test_pid" "$TEST_LOG"
  wait "$test_pid" || exit_code=$?
  if [ "$exit_code" -eq 124 ] || [ "$exit_code" -eq 137 ]; then
    echo "ERROR: the test run did not end within $TEST_RUN_TIMEOUT and was killed; processes still running:" >&2
    ps -eo pid,etime,args --sort=start_time | grep -E 'dotnet|chrom|node|redis|nginx' | grep -v grep >&2 || true
  fi
  summarize "$exit_code"
}

usage() {
  sed -n '2,8s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

case "${1:-}" in
  test)
    ensure_system_packages "${SYSTEM_PACKAGES[@]}"
    build
    run_tests
    ;;
  build)
    build
    ;;
  run)
    require_dotnet
    shift
    exec dotnet run --project src/Checkout.Web "$@"
    ;;
  *)
    usage
    ;;
esac
