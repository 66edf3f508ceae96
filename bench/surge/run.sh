#!/usr/bin/env bash
# Capacity curve (issues 7 and 18): buyers arrive at a stepped rate — 1,500 → 3,000 → 6,000 → 12,000 → 24,000 a minute, each step
# 20 s — and each step reports errors, oversell (from the sandbox's own seat books), p50/p95/p99 per request kind and the
# CPU and memory of the shop. Run twice: against one instance, and against two instances sharing Redis behind nginx
# (the topology of docs/operations.md). The stand-alone sandbox plays VdM in both; the curve stops after a step that
# clearly fails. Everything listens on 127.0.0.1 and is stopped when this script ends.
#
#   bench/surge/run.sh <markdown-output-file> [<summary-rows-file>]
#
# Writes the markdown ("## Capacity curve: …" per topology) to the first file and appends one row per topology for
# bench/run.sh's summary table to the second. Exit code 0 when the goals are met (no oversell, a show sold out, at least
# 1,500 buyers a minute held), 1 when not, 2 on a usage or start-up problem. Knobs: SURGE_STEPS (buyers a minute,
# comma-separated), SURGE_STEP_SECONDS (20; 5–90), SURGE_TOPOLOGIES ("one two").
set -euo pipefail

[ $# -ge 1 ] && [ $# -le 2 ] || { sed -n '8p' "$0" | sed 's/^# *//' >&2; exit 2; }
OUTPUT="$(realpath -m "$1")"
SUMMARY="$(realpath -m "${2:-/dev/null}")"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
readonly ROOT="$PWD"
readonly WEB_DLL="$ROOT/src/Checkout.Web/bin/Release/net10.0/Checkout.Web.dll"
readonly SANDBOX_DLL="$ROOT/src/Checkout.Sandbox/bin/Release/net10.0/Checkout.Sandbox.dll"
readonly SURGE_DLL="$ROOT/bench/Checkout.Surge/bin/Release/net10.0/Checkout.Surge.dll"
readonly STEPS="${SURGE_STEPS:-1500,3000,6000,12000,24000}"
readonly STEP_SECONDS="${SURGE_STEP_SECONDS:-20}"
readonly TOPOLOGIES="${SURGE_TOPOLOGIES:-one two}"
# The Peppered key the sandbox accepts and the shop sends (appsettings.json carries none; unconfigured, the sandbox
# would make up its own). The surge reads seat availability with it.
PEPPERED_KEY="surge-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
readonly PEPPERED_KEY
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

WORK="$(mktemp -d -t checkout-surge.XXXXXX)"
readonly WORK
# track_pid, stop_pid, free_port; what this script started is stopped, and $WORK removed, when it ends.
# shellcheck source=../../scripts/started-processes.sh
source "$ROOT/scripts/started-processes.sh"

# Waits until $1 answers 200, or gives up after 60 s (then shows the log $3 of the process $2).
wait_ready() {
  local i
  for i in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  tail -n 30 "$3" >&2
  echo "ERROR: $1 did not answer" >&2
  exit 2
}

STARTED=""
# start <name> <port> <health path> <command…>: runs the command in the background with its output in $WORK/<name>.log
# and waits until it answers on the port; STARTED is its pid.
start() {
  local name="$1" port="$2" health="$3"
  shift 3
  "$@" >"$WORK/$name.log" 2>&1 </dev/null &
  STARTED=$!
  track_pid "$STARTED"
  if [ -n "$health" ]; then
    wait_ready "http://127.0.0.1:$port$health" "$STARTED" "$WORK/$name.log"
  else
    for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0; sleep 0.1; done
    tail -n 30 "$WORK/$name.log" >&2
    echo "ERROR: $name did not listen on $port" >&2
    exit 2
  fi
}

SANDBOX_URL=""
SANDBOX_PID=""
# VdM's stand-in as its own process (as VdM is in production): the shop's CPU and memory are then the shop's alone.
# Its request log is off; the curve resets its seats before each topology.
start_sandbox() {
  local port
  port="$(free_port 5080)"
  SANDBOX_URL="http://127.0.0.1:$port"
  start sandbox "$port" / \
    env Logging__LogLevel__Default=Warning Sandbox__Clients__demo__ApiKey="$PEPPERED_KEY" dotnet "$SANDBOX_DLL" --urls "$SANDBOX_URL"
  SANDBOX_PID="$STARTED"
  echo "==> sandbox (VdM) on $SANDBOX_URL"
}

# start_shop <name> [VAR=value…]: the shop as configured in appsettings.json (Production, request log on), with VdM at the
# sandbox. All simulated buyers share 127.0.0.1, where real ones each have their own address: the per-address limits on
# form posts and new carts are raised; the per-visitor limits stay as configured.
start_shop() {
  local name="$1" port
  shift
  port="$(free_port 5180)"
  start "$name" "$port" /health/ready env "$@" VoordeMensen__BaseUrl="$SANDBOX_URL/sandbox/" VoordeMensen__ApiKey="$PEPPERED_KEY" \
    Security__RateLimits__FormPostsPerAddress=10000 Security__RateLimits__CartCreatesPerAddress=10000 \
    Shop__MaxSeatsPerAddress=100000 dotnet "$WEB_DLL" --urls "http://127.0.0.1:$port"
  echo "==> shop $name on http://127.0.0.1:$port (pid $STARTED)"
  SHOP_PORT="$port"
}

status=0
curve() { # curve <topology> <label> <base url> <surge options…>
  local out="$WORK/curve-$1.md" label="$2" base="$3" code=0
  shift 3
  echo "==> Capacity curve: $label ($STEPS buyers a minute, $STEP_SECONDS s each)"
  dotnet "$SURGE_DLL" --base "$base" --sandbox "$SANDBOX_URL" --peppered-key "$PEPPERED_KEY" --out "$out" --summary "$SUMMARY" --label "$label" \
    --steps "$STEPS" --step-seconds "$STEP_SECONDS" --sandbox-pid "$SANDBOX_PID" "$@" || code=$?
  [ "$code" -le 1 ] || { echo "ERROR: the curve did not run ($code)" >&2; exit 2; }
  [ "$code" -eq 0 ] || status=1
  if [ "$code" -ne 0 ] && [ -s "$WORK/nginx/error.log" ]; then
    echo "--- nginx error log (last 5 lines) ---"
    tail -n 5 "$WORK/nginx/error.log"
  fi
  { cat "$out"; echo; } >>"$OUTPUT"
}

one_instance() {
  start_shop shop
  local shop="$STARTED"
  curve one "one instance" "http://127.0.0.1:$SHOP_PORT/" --shop-pids "$shop"
  stop_pid "$shop"
}

# Two instances sharing one Redis (data-protection keys, sessions, HybridCache L2) behind nginx with the routing of
# docs/operations.md: pages round-robin, /_blazor sticky by nginx's own affinity cookie. The surge's buyers open no
# circuit, so the stickiness is configured but not exercised; the access log is off (it is nginx's cost, not the shop's).
two_instances() {
  local redis_port nginx_port a b redis nginx
  redis_port="$(free_port 6390)"
  start redis "$redis_port" "" redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no
  redis="$STARTED"
  start_shop shop-a Redis__Configuration="127.0.0.1:$redis_port"
  a="$STARTED"
  local port_a="$SHOP_PORT"
  start_shop shop-b Redis__Configuration="127.0.0.1:$redis_port"
  b="$STARTED"
  local port_b="$SHOP_PORT"
  nginx_port="$(free_port 5290)"
  mkdir -p "$WORK/nginx"
  chmod 755 "$WORK" "$WORK/nginx" # nginx's workers may run as an unprivileged user
  nginx_config "$nginx_port" "127.0.0.1:$port_a" "127.0.0.1:$port_b" >"$WORK/nginx/nginx.conf"
  start nginx "$nginx_port" "" nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
  nginx="$STARTED"
  echo "==> nginx on http://127.0.0.1:$nginx_port, Redis on 127.0.0.1:$redis_port"
  curve two "two instances behind nginx, Redis" "http://127.0.0.1:$nginx_port/" --shop-pids "$a,$b" --nginx-pid "$nginx" --redis-pid "$redis"
  stop_pid "$nginx"
  stop_pid "$a"
  stop_pid "$b"
  stop_pid "$redis"
}

# The routing of docs/operations.md and tests/Checkout.E2ETests/ScaleOut/NginxBalancer.cs, on loopback without TLS.
nginx_config() {
  local port="$1" servers=""
  shift
  for server in "$@"; do servers+="        server $server;"$'\n'; done
  cat <<EOF
daemon off;
worker_processes 1;
worker_rlimit_nofile 20000;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 10000; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    proxy_max_temp_file_size 0;

    upstream pages {
$servers    }
    upstream circuits {
        hash \$cookie_checkout_affinity consistent;
$servers    }
    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ''      close;
    }
    map \$cookie_checkout_affinity \$affinity_cookie {
        ''      "checkout_affinity=\$request_id; Path=/; HttpOnly; SameSite=Lax";
        default "";
    }
    server {
        listen 127.0.0.1:$port;
        add_header Set-Cookie \$affinity_cookie always;
        location / {
            proxy_pass http://pages;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
        }
        location ^~ /_blazor {
            proxy_pass http://circuits;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 300s;
        }
        location ~ \.[A-Za-z0-9]+\$ {
            proxy_pass http://circuits;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
EOF
}

main() {
  case " $TOPOLOGIES " in
    *" two "*)
      # shellcheck source=../../scripts/system-packages.sh
      source "$ROOT/scripts/system-packages.sh"
      ensure_system_packages /usr/bin/redis-server:redis-server /usr/sbin/nginx:nginx
      ;;
  esac
  echo "==> Building the shop, the sandbox and the load generator (Release)"
  dotnet build "$ROOT/src/Checkout.Web/Checkout.Web.csproj" -c Release --nologo -v quiet -warnaserror >/dev/null
  dotnet build "$ROOT/bench/Checkout.Surge.Tests/Checkout.Surge.Tests.csproj" -c Release --nologo -v quiet -warnaserror >/dev/null
  echo "==> The load generator's own tests (how it tells refusals from errors)"
  "$ROOT/bench/Checkout.Surge.Tests/bin/Release/net10.0/Checkout.Surge.Tests" >"$WORK/surge-tests.log" 2>&1 || { cat "$WORK/surge-tests.log" >&2; exit 2; }

  : >"$OUTPUT"
  start_sandbox
  local topology
  for topology in $TOPOLOGIES; do
    case "$topology" in
      one) one_instance ;;
      two) two_instances ;;
      *) echo "ERROR: unknown topology '$topology' in SURGE_TOPOLOGIES (one, two)" >&2; exit 2 ;;
    esac
  done
  echo "==> Written to $OUTPUT"
  exit "$status"
}

main
