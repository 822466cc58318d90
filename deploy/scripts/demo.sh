#!/usr/bin/env bash
# ./trackhub demo: hub (embedded MQTT broker + SQLite) + an edge gateway playing the demo scenario + the wall screen.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

keep=0; open_browser=1
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    --no-open) open_browser=0 ;;
    *) die "demo: unknown option '$arg' (try ./trackhub help)" ;;
  esac
done

http_port="${TRACKHUB_HTTP_PORT:-5080}"
mqtt_port="${TRACKHUB_MQTT_PORT:-1883}"
url="http://localhost:$http_port"
data="$root/.trackhub/demo"

port_free "$http_port" || die "port $http_port is in use (another TrackHub?). Stop it or set TRACKHUB_HTTP_PORT."
port_free "$mqtt_port" || die "port $mqtt_port is in use (an MQTT broker such as Mosquitto?). Stop it or set TRACKHUB_MQTT_PORT."

build_web
build_dotnet

if [ "$keep" -eq 0 ]; then rm -rf "$data"; fi
mkdir -p "$data/edge"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
# Ctrl-C is the normal way to end the demo: stop both parts and exit quietly.
on_interrupt() {
  trap - INT TERM EXIT
  echo
  say "Stopping"
  stop_all
  exit 0
}
trap on_interrupt INT TERM
trap stop_all EXIT

say "Starting the hub on $url (MQTT on port $mqtt_port, data in ${data#$root/})"
dotnet "$hub_dll" \
  --urls "$url" \
  --Storage:DataDirectory="$data" \
  --Hub:SeedConfiguration="$root/deploy/demo/site.json" \
  --Hub:Mqtt:Port="$mqtt_port" \
  >"$data/hub.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fsS "$url/health" >/dev/null 2>&1; then break; fi
  kill -0 "${pids[0]}" 2>/dev/null || { tail -n 30 "$data/hub.log" >&2; die "the hub stopped while starting (log above, full log in $data/hub.log)"; }
  sleep 0.5
done
curl -fsS "$url/health" >/dev/null 2>&1 || die "the hub did not become healthy in 60 s (see $data/hub.log)"

say "Starting the edge gateway with the demo scenario"
# The demo's edge configuration, pointed at this run's broker port and data folder.
sed -e "s|mqtt://localhost:1883|mqtt://localhost:$mqtt_port|" \
    -e "s|\"stateDirectory\": \"[^\"]*\"|\"stateDirectory\": \"$data/edge\"|" \
    -e "s|\"site\": \"site.json\"|\"site\": \"$root/deploy/demo/site.json\"|" \
    "$root/deploy/demo/edge.json" >"$data/edge.json"
dotnet "$edge_dll" run --config "$data/edge.json" >"$data/edge.log" 2>&1 &
pids+=($!)

cat <<TXT

  TrackHub demo is running.
    Wall screen:   $url
    Assets:        $url/assets.html
    API:           $url/openapi/v1.json
    Logs:          ${data#$root/}/hub.log, ${data#$root/}/edge.log

  Within two minutes you should see gate passages both ways and the generator's 250 h service come due.
  Press Ctrl-C to stop.

TXT

if [ "$open_browser" -eq 1 ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  xdg-open "$url" >/dev/null 2>&1 || true
fi

# Stop everything as soon as one part stops, and say which and why.
status=0
wait -n "${pids[@]}" || status=$?
names=(hub edge)
for i in 0 1; do
  if ! kill -0 "${pids[$i]}" 2>/dev/null; then
    printf '\nThe %s stopped (exit %s). Last lines of %s:\n' "${names[$i]}" "$status" "${data#$root/}/${names[$i]}.log"
    tail -n 15 "$data/${names[$i]}.log" | cut -c1-400 || true
  fi
done
exit "$status"
