# Shared by bench/run.sh, bench/surge/run.sh, bench/hoarder.sh, bench/circuit-heap.sh and scripts/scan.sh (sourced, not
# run): every process such a script starts is stopped again when it ends, on success and on failure (also on Ctrl-C),
# and its temporary directory $WORK (if it set one) is removed; and free loopback ports to start them on.
#
#   source "$ROOT/scripts/started-processes.sh"
#   app ... & track_pid $!       # stopped at exit unless stop_pid stopped it first
#   port="$(free_port 5391)"     # the first port from 5391 on that nothing listens on (100 tried); exits 2 if none

STARTED_PIDS=()

# Remembers a process this script started, so that the exit stops it.
track_pid() {
  STARTED_PIDS+=("$1")
}

# Stops a process this script started and forgets it, so that the exit never signals a reused id.
stop_pid() {
  local pid kept=()
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  for pid in "${STARTED_PIDS[@]}"; do
    [ "$pid" = "$1" ] || kept+=("$pid")
  done
  STARTED_PIDS=("${kept[@]}")
}

stop_started_processes() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  STARTED_PIDS=()
  if [ -n "${WORK:-}" ]; then rm -rf "$WORK"; fi
}
trap stop_started_processes EXIT
trap 'exit 130' INT TERM

# free_port <first> [<how many to try> (100)]: a loopback port nothing answers a connection attempt on.
free_port() {
  local port
  for port in $(seq "$1" $(($1 + ${2:-100} - 1))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "ERROR: no free port in $1-$(($1 + ${2:-100} - 1))" >&2
  exit 2
}
