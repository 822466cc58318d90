# Shared by the scripts in deploy/scripts. Sourced, not run.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
config="${TRACKHUB_CONFIGURATION:-Release}"
hub_dll="$root/Hub.Server/bin/$config/net10.0/TrackHub.Hub.Server.dll"
edge_dll="$root/Gateway.Edge/bin/$config/net10.0/TrackHub.Gateway.Edge.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'trackhub: %s\n' "$*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed. $2"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi
}

# apt_install PACKAGE... — installs the Debian packages that are missing.
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing ${missing[*]} (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_web — the wall-screen UI, from npm packages only (no CDN).
build_web() {
  need npm "Install Node.js 20 and npm."
  local web="$root/Hub.Web"
  if [ ! -d "$web/node_modules" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    say "Installing the web UI's npm packages"
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  say "Building the web UI"
  (cd "$web" && npm run --silent build)
}

# build_dotnet — the hub and the edge gateway (Release).
build_dotnet() {
  need dotnet "Install the .NET 10 SDK."
  say "Building TrackHub ($config)"
  dotnet build "$root/TrackHub.sln" -c "$config" -nologo -clp:ErrorsOnly -v:q
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
