#!/usr/bin/env bash
# benchmarks/load.sh [loadgen options] RATE... — for each rate (observations/s), a fresh hub (Release build, free
# loopback ports, empty SQLite, demo site) and one load-generator run against it; prints each report and the hub's CPU
# use, and keeps the JSON reports in benchmarks/results/ (ignored by git).
# Example: benchmarks/load.sh --gateways 4 --duration 30s 5000 20000 50000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../deploy/scripts/common.sh"
. "$here/hub-process.sh"
loadgen_dll="$root/benchmarks/TrackHub.LoadGen/bin/$config/net10.0/TrackHub.LoadGen.dll"
[ -f "$hub_dll" ] && [ -f "$loadgen_dll" ] || die "build first: dotnet build TrackHub.sln -c $config"

options=()
rates=()
while [ $# -gt 0 ]; do
  case "$1" in
    --*) options+=("$1" "$2"); shift 2 ;;
    *) rates+=("$1"); shift ;;
  esac
done
[ ${#rates[@]} -gt 0 ] || die "usage: benchmarks/load.sh [loadgen options] RATE..."

results="$here/results"
mkdir -p "$results"
tmp="$(mktemp -d -t trackhub-load.XXXXXX)"
trap 'hub_stop; rm -rf "$tmp"' EXIT
for rate in "${rates[@]}"; do
  hub_start "$tmp/hub-$rate" --Logging:LogLevel:Default=Warning
  say "Load: $rate obs/s against a fresh hub on http://127.0.0.1:$hub_http (MQTT $hub_mqtt)"
  json="$results/load-$rate-$(date +%Y%m%dT%H%M%S).json"
  dotnet "$loadgen_dll" --broker "mqtt://127.0.0.1:$hub_mqtt" --hub "http://127.0.0.1:$hub_http" \
      --config "$root/deploy/demo/site.json" --rate "$rate" --json "$json" "${options[@]}" || echo "(the run reported failure)"
  echo "  hub CPU       $(hub_cpu_seconds) s (whole process life: start, warm-up, run, drain)"
  hub_stop
done
