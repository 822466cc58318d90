#!/usr/bin/env bash
# ./trackhub hub|edge [args]: run one part from the Release build.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
part="$1"; shift
case "$part" in
  hub)  [ -f "$hub_dll" ] || { build_web; build_dotnet; }; exec dotnet "$hub_dll" "$@" ;;
  edge) [ -f "$edge_dll" ] || build_dotnet; exec dotnet "$edge_dll" "$@" ;;
esac
