# Shared by build.sh and bench/run.sh (sourced, not run): installing Debian packages a fresh machine lacks.
POLICY_RC_D="/usr/sbin/policy-rc.d"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs each "<file that proves it is installed>:<Debian package>" whose file is missing; exits 1 if apt fails.
ensure_system_packages() {
  local entry missing=()
  for entry in "$@"; do
    [ -e "${entry%%:*}" ] || missing+=("${entry#*:}")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0

  echo "==> Installing system packages: ${missing[*]}"
  local log status=0 own_policy=false
  log="$(mktemp)"
  # Servers (nginx, redis) must not start from their post-install scripts: without an init system that step fails,
  # with one it would leave a daemon on port 80. A policy-rc.d that exits 101 tells invoke-rc.d not to start
  # anything; one that already exists (Docker images ship it) is left alone.
  if [ ! -e "$POLICY_RC_D" ]; then
    as_root sh -c "printf '#!/bin/sh\nexit 101\n' >'$POLICY_RC_D' && chmod 755 '$POLICY_RC_D'"
    own_policy=true
  fi
  { as_root apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1 || status=$?
  [ "$own_policy" = true ] && as_root rm -f "$POLICY_RC_D"
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log" >&2
    echo "ERROR: apt-get could not install ${missing[*]}" >&2
    exit 1
  fi
  rm -f "$log"
}
