# Sourced by benchmarks/smoke.sh and benchmarks/load.sh: start and stop a hub from the Release build on free loopback
# ports with its own data folder. Needs deploy/scripts/common.sh sourced first.

# free_port — a random unprivileged port nothing listens on (the hub fails clearly if it is taken meanwhile).
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if port_free "$p"; then echo "$p"; return 0; fi
  done
  die "no free port found"
}

# hub_start DIR [extra hub args...] — sets hub_pid, hub_http, hub_mqtt; the log is DIR/hub.log.
hub_start() {
  local dir="$1"; shift
  hub_http=$(free_port)
  hub_mqtt=$(free_port)
  while [ "$hub_mqtt" = "$hub_http" ]; do hub_mqtt=$(free_port); done
  mkdir -p "$dir"

  (cd "$dir" && exec dotnet "$hub_dll" --urls "http://127.0.0.1:$hub_http" \
      --Hub:Mqtt:Port="$hub_mqtt" --Hub:Mqtt:BindAddress=127.0.0.1 \
      --Storage:DataDirectory="$dir/data" \
      --Hub:SeedConfiguration="$root/deploy/demo/site.json" "$@") >"$dir/hub.log" 2>&1 &
  hub_pid=$!
}

# hub_stop — SIGTERM, up to 10 s to finish, then SIGKILL.
hub_stop() {
  if [ -n "${hub_pid:-}" ] && kill -0 "$hub_pid" 2>/dev/null; then
    kill -TERM "$hub_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$hub_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$hub_pid" 2>/dev/null || true
    wait "$hub_pid" 2>/dev/null || true
  fi
  hub_pid=""
}

# hub_cpu_seconds — user + system CPU the hub has used so far.
hub_cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$hub_pid/stat"
}
