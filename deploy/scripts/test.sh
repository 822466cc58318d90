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
(cd "$root/Hub.Web" && npm test --silent)

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
failed=0
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  say "Running $name"
  if ! dotnet test "$root/$project" -c "$config" --no-build --nologo \
      --logger "console;verbosity=minimal" --logger "trx;LogFileName=$name.trx" --results-directory "$results"; then
    failed=1
  fi
done

say "Benchmark smoke run"
if ! "$root/benchmarks/smoke.sh"; then failed=1; fi

elapsed=$(( $(date +%s) - started ))
if [ "$failed" -ne 0 ]; then
  die "tests failed after ${elapsed}s (results in ${results#$root/})"
fi
say "All tests passed in ${elapsed}s"
