#!/usr/bin/env bash
# Benchmark smoke run, called by ./trackhub test after the unit tests. Builds nothing (the Release build must exist).
# Starts a real hub on free loopback ports with the demo site, drives it with the load generator for ~10 s at a modest
# rate (2 gateways) and requires every observation to be accepted and shown on the live view, then runs one
# BenchmarkDotNet benchmark in its shortest job to prove the harness works. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../deploy/scripts/common.sh"
. "$here/hub-process.sh"
started=$(date +%s)
loadgen_dll="$root/benchmarks/TrackHub.LoadGen/bin/$config/net10.0/TrackHub.LoadGen.dll"
bench_dll="$root/benchmarks/TrackHub.Benchmarks/bin/$config/net10.0/TrackHub.Benchmarks.dll"
for dll in "$hub_dll" "$loadgen_dll" "$bench_dll"; do
  [ -f "$dll" ] || die "smoke: ${dll#$root/} is not built; build the solution in $config first (./trackhub test does)"
done

tmp="$(mktemp -d -t trackhub-smoke.XXXXXX)"
trap 'hub_stop; rm -rf "$tmp"' EXIT
fail() {
  echo "---- hub log (last 40 lines) ----" >&2
  tail -n 40 "$tmp/hub.log" >&2 || true
  die "smoke: $*"
}

hub_start "$tmp"
say "Smoke: hub on http://127.0.0.1:$hub_http, MQTT 127.0.0.1:$hub_mqtt (data in $tmp)"

# The load generator waits for /health itself (bounded), then checks accepted == offered, every observation shown,
# latency measured and no errors (--check exits 2 otherwise).
say "Smoke: load generator, 2 gateways, 2,000 obs/s, 2 s warm-up + 8 s"
dotnet "$loadgen_dll" --broker "mqtt://127.0.0.1:$hub_mqtt" --hub "http://127.0.0.1:$hub_http" \
    --site north-depot --config "$root/deploy/demo/site.json" --gateways 2 --rate 2000 --batch 50 \
    --warmup 2s --duration 8s --drain-timeout 20s --hub-timeout 40s --json "$tmp/load.json" --check \
  || fail "the load run failed (see its report above)"
kill -0 "$hub_pid" 2>/dev/null || fail "the hub exited during the load run"
hub_stop

say "Smoke: BenchmarkDotNet harness (WireReader, dry job, in process)"
(cd "$tmp" && dotnet "$bench_dll" --filter '*WireReaderBenchmarks.ReadBatch*' --job dry --inProcess \
    --artifacts "$tmp/bdn" >"$tmp/bdn.log" 2>&1) || { tail -n 40 "$tmp/bdn.log" >&2; die "smoke: the benchmark run failed"; }
grep -q '^| ReadBatch' "$tmp/bdn.log" || { tail -n 40 "$tmp/bdn.log" >&2; die "smoke: the benchmark printed no result"; }
grep '^| ' "$tmp/bdn.log"

say "Smoke passed in $(( $(date +%s) - started )) s"
