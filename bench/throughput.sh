# Figure 1 (sourced by bench/run.sh): the event list and an event page served by the app vs. the same HTML served by nginx as a static
# file, with the same wrk settings, in the same run. Both servers and wrk share this machine's cores.

readonly WRK_THREADS=2 WRK_CONNECTIONS=32

run_wrk() { # url name → requests per second
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d2s "$1" >/dev/null # warm-up (JIT, connections, page cache)
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --latency "$1" >"$RAW/wrk-$2.txt"
  awk '/^Requests\/sec:/ { print int($2) }' "$RAW/wrk-$2.txt"
}

wrk_latency() { # name percentile(50%|99%) → latency as wrk prints it
  awk -v p="$2" '$1 == p { print $2 }' "$RAW/wrk-$1.txt"
}

start_nginx() { # root port
  local dir="$WORK/nginx"
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<EOF
worker_processes auto;
pid $dir/nginx.pid;
daemon off;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  default_type text/html;
  server {
    listen 127.0.0.1:$2;
    root $1;
    index index.html;
  }
}
EOF
  nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" &
  NGINX_PID=$!
  track_pid "$NGINX_PID"
  wait_for "http://127.0.0.1:$2/"
}

# The page compared besides the programme: an orderable performance of the demo (Hamlet), its order form included.
readonly EVENT_PATH="${BENCH_EVENT_PATH:-event/1001}"

throughput() {
  local www="$WORK/www" port
  mkdir -p "$www"
  chmod 755 "$WORK" "$www" # nginx's workers run as nobody
  curl -fsS "$APP_URL/" -o "$www/index.html"
  curl -fsS "$APP_URL/$EVENT_PATH" -o "$www/event.html"
  port="$(free_port 5491)"
  start_nginx "$www" "$port"

  echo "==> wrk ${WRK_SECONDS}s, $WRK_THREADS threads, $WRK_CONNECTIONS connections: app, then nginx, per page"
  compare_page "Event-list throughput" "/" "index.html" "$port" list
  compare_page "Event-page throughput" "/$EVENT_PATH" "event.html" "$port" event
  stop_pid "$NGINX_PID"
}

compare_page() { # title app-path nginx-file nginx-port name
  local app nginx_rps ratio verdict
  app="$(run_wrk "$APP_URL$2" "app-$5")"
  nginx_rps="$(run_wrk "http://127.0.0.1:$4/$3" "nginx-$5")"

  ratio="$(awk -v a="$app" -v n="$nginx_rps" 'BEGIN { printf "%.1f", (n > 0 ? 100 * a / n : 0) }')"
  if awk -v r="$ratio" 'BEGIN { exit !(r >= 50) }'; then verdict="met"; else
    verdict="**missed** by $(awk -v r="$ratio" 'BEGIN { printf "%.1f", 50 - r }') percentage points"
  fi
  figure "1. $1 (\`$2\`)" "app $app req/s = $ratio % of nginx ($nginx_rps req/s)" "≥ 50 % of nginx" "$verdict"
  details <<EOF
### 1. $1 (\`$2\`)

\`wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s\` (after a 2 s warm-up each) against the app's \`$2\` (static SSR, served from
the output cache after its first render: the same bytes for every visitor, no cookie, no nonce) and against nginx serving
the same HTML ($(wc -c <"$WORK/www/$3") bytes, saved from the app) as a static file, over loopback, one after the other. wrk
and the server share the machine's $(nproc) cores; the app logs the render at Information and the cache hits at Debug (below the configured level; docs/operations.md, "Logs").

| Server | Requests/s | p50 latency | p99 latency |
|---|---|---|---|
| app | $app | $(wrk_latency "app-$5" 50%) | $(wrk_latency "app-$5" 99%) |
| nginx (static file) | $nginx_rps | $(wrk_latency "nginx-$5" 50%) | $(wrk_latency "nginx-$5" 99%) |
| **app / nginx** | **$ratio %** | | |
EOF
}
