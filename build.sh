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

# English CLI output: scripts/TestSummary.cs reads the summary that `dotnet test` ends with.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
readonly TEST_SUMMARY="$ROOT/scripts/TestSummary.cs"

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
  echo "==> dotnet build ${TEST_SUMMARY#"$ROOT"/} (the test run's closing summary)"
  dotnet build "$TEST_SUMMARY" --nologo -v q # its warnings are errors too (Directory.Build.props)
}

# Lists the test projects that did not pass and the failed tests, then prints the closing
# "N passed, M failed[, K skipped]" line and returns non-zero when the run is not clean. The counts are the test
# platform's summary at the end of the log; scripts/TestSummary.cs reads it, and xunit's TRX reports for the failures.
# A test project that crashed, timed out or ran no test counts as one failure, so M > 0 whenever this fails.
summarize() {
  local exit_code="$1" status=0
  echo
  if [ -d "$TRACES_DIR" ]; then echo "Playwright traces of failed browser tests: ${TRACES_DIR#"$ROOT"/}"; fi
  dotnet run --file "$TEST_SUMMARY" -- "$TEST_LOG" "$RESULTS_DIR" "$exit_code" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "ERROR: ${TEST_SUMMARY#"$ROOT"/} failed (exit code $status); the run's counts are unknown."
    echo "0 passed, 1 failed"
  fi
  return "$status"
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
