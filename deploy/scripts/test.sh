#!/usr/bin/env bash
# ./trackhub test: install what the tests need, build everything, run every test.
# The tests start their own servers (PostgreSQL, Mosquitto, headless Chromium) on free loopback ports.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
started=$(date +%s)

# Real servers, from Debian packages (never a downloaded browser).
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql
apt_install mosquitto chromium
export TRACKHUB_CHROMIUM="${TRACKHUB_CHROMIUM:-/usr/bin/chromium}"

build_web
say "Web UI unit tests"
(cd "$root/Hub.Web" && npm test --silent >"$root/.trackhub-web-tests.log" 2>&1) \
  || { cat "$root/.trackhub-web-tests.log"; die "the web UI's unit tests failed (output above)"; }
grep -E '^# (pass|fail) ' "$root/.trackhub-web-tests.log" | tr '\n' ' '; echo
rm -f "$root/.trackhub-web-tests.log"

build_dotnet

say "Checking that the EF Core model and the migrations agree (SQLite and PostgreSQL)"
(cd "$root" && dotnet tool restore >/dev/null)
for context in SqliteTrackHubDbContext PostgresTrackHubDbContext; do
  (cd "$root" && dotnet ef migrations has-pending-model-changes --no-build --configuration "$config" \
      --project Hub.Server/TrackHub.Hub.Server.csproj --context "$context" >/dev/null) \
    || die "the model has changes that no $context migration covers: add a migration"
done

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"
failed=()
summary=()
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  say "Running $name"
  log="$results/$name.log"
  if ! dotnet test "$root/$project" -c "$config" --no-build --nologo \
      --logger "console;verbosity=minimal" --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | tee "$log"; then
    failed+=("$name")
  fi
  summary+=("$({ grep -E '^(Passed|Failed)!' "$log" || echo "No result!"; } | tail -n 1 | sed -E 's/ - [^ ]+\.dll.*//')  $name")
  # The names of the tests that failed, to repeat at the end.
  { grep -E '^\s+Failed [A-Za-z]' "$log" || true; } | sed -E 's/^\s+Failed /    /; s/ \[[^]]*\]$//' >>"$results/failed-tests.txt"
done

say "Benchmark smoke run"
if ! "$root/benchmarks/smoke.sh"; then failed+=("benchmark smoke run"); fi

elapsed=$(( $(date +%s) - started ))
printf '\n'
say "Summary"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
  if [ -s "$results/failed-tests.txt" ]; then
    printf '\nFailed tests:\n'; cat "$results/failed-tests.txt"
  fi
  die "failed after ${elapsed}s: ${failed[*]} (logs and .trx files in ${results#$root/})"
fi
say "All tests passed in ${elapsed}s"
