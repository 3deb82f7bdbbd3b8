#!/usr/bin/env bash
# Installer stage of CI (run by .ci/run after `mvn -B verify`; as root or with sudo, Debian 12):
# builds the .deb, installs it with apt, runs `unhunch --version` from the PATH, starts the app
# under Xvfb with a trayer tray host, checks that its icon docks, quits it, removes the package
# and checks that the user's settings survive.
#   installer/ci-install-test.sh [path/to/unhunch_*.deb]   (builds one when no .deb is given)
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
step() { printf '\n== %s (%ds)\n' "$*" "$SECONDS"; }
fail() { echo "ci-install-test: FAILED: $*" >&2; exit 1; }

deb=${1:-}
if [ -z "$deb" ]; then
  step "Building the .deb (tests already ran in mvn -B verify)"
  mvn -B -q -Pinstaller -DskipTests -Dinstaller.types=app-image,deb package
  deb=$(ls target/installer/unhunch_*.deb)
fi
deb=$(realpath "$deb")
echo "$deb: $(du -h "$deb" | cut -f1)"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

step "Installing with apt"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
depends=$(dpkg-query -W -f='${Depends}' unhunch)
for lib in libgtk-3-0 libayatana-appindicator3-1 libxext6; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
desktop=$(ls /usr/share/applications/*unhunch*.desktop) || fail "no desktop entry installed"
grep -q '^Categories=Utility;' "$desktop" || fail "desktop entry without Utility category"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$icon" ] || fail "desktop entry's icon $icon is missing"

step "unhunch --version from the PATH"
[ "$(command -v unhunch)" = /usr/bin/unhunch ] || fail "unhunch is not /usr/bin/unhunch: $(command -v unhunch)"
version=$(unhunch --version) || fail "unhunch --version exited with $?"
echo "$version"
[[ "$version" == Unhunch* ]] || fail "unexpected --version output"
# A start-up archive (Java 25 runtimes) must match the installed jars, else the JVM silently
# ignores it. App classes can only come from the app's own archive, not from the JDK's default one.
if grep -q '^java-options=-XX:AOTCache=' /usr/lib/unhunch/app/unhunch.cfg; then
  shared=$(JAVA_TOOL_OPTIONS=-Xlog:class+load unhunch --version 2>/dev/null \
    | grep 'dev\.unhunch\|picocli' | grep -c 'source: shared objects file' || true)
  echo "app classes loaded from the start-up archive: $shared"
  ((shared > 20)) || fail "the start-up archive is not used after installation"
else
  echo "no start-up archive in this package (runtime: $(sed -n 's/^JAVA_VERSION=//p' /usr/lib/unhunch/runtime/release))"
fi

step "Starting it under Xvfb with a tray host"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_STATE_HOME="$work/home/.local/state"
mkdir -p "$XDG_CONFIG_HOME/unhunch"
echo "# a user's settings: must survive removing the package" >"$XDG_CONFIG_HOME/unhunch/settings.properties"
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null & echo "$!")
read -r xvfb_pid <&3; pids+=("$xvfb_pid")
read -r display <&3
export DISPLAY=":$display"
trayer --edge top --align right --widthtype request --height 24 --SetDockType true --transparent false >/dev/null 2>&1 &
pids+=("$!")
docked() {
  xwininfo -root -tree | awk '/\("panel" "trayer"\)/ { inside = 1; match($0, /^ */); base = RLENGTH; next }
    inside { match($0, /^ */); if (RLENGTH <= base && /0x/) exit; if (/"Unhunch"/) { found = 1; exit } }
    END { exit !found }'
}
for _ in $(seq 100); do xwininfo -root -tree | grep -q '("panel" "trayer")' && break; sleep 0.1; done
started=$(date +%s%N)
unhunch >"$work/app.out" 2>&1 &
app=$!; pids+=("$app")
until docked; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.out"; fail "unhunch exited before its icon docked"; }
  (($(date +%s%N) - started < 60000000000)) || { cat "$work/app.out"; fail "no icon docked in 60 s"; }
  sleep 0.05
done
echo "icon docked after $((($(date +%s%N) - started) / 1000000)) ms"
grep -h ' started in ' "$XDG_STATE_HOME"/unhunch/*.log || true
echo "$(ls /proc/"$app"/task | wc -l) threads"

step "Quitting"
if unhunch --help 2>/dev/null | grep -qw quit; then
  unhunch quit
  how="unhunch quit"
else
  kill -TERM "$app"    # until the CLI's `unhunch quit` lands on main
  how="SIGTERM"
fi
quit_at=$(date +%s%N)
while kill -0 "$app" 2>/dev/null && (($(date +%s%N) - quit_at < 1000000000)); do sleep 0.02; done
if kill -0 "$app" 2>/dev/null; then
  kill -KILL "$app"
  fail "still running 1 s after $how"
fi
echo "exited $((($(date +%s%N) - quit_at) / 1000000)) ms after $how"

step "Removing the package"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq unhunch >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get remove"; }
[ ! -e /usr/bin/unhunch ] || fail "/usr/bin/unhunch left behind"
[ ! -e /usr/lib/unhunch ] || fail "/usr/lib/unhunch left behind"
! ls /usr/share/applications/*unhunch*.desktop >/dev/null 2>&1 || fail "desktop entry left behind"
[ -f "$XDG_CONFIG_HOME/unhunch/settings.properties" ] || fail "the user's settings were removed"
echo "package removed, the user's settings kept"
step "Installer stage passed"
