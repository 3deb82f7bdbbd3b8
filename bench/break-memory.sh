#!/usr/bin/env bash
# What a break leaves behind in the tray process (see bench/README.md "Memory after breaks").
#
#   bench/break-memory.sh [--breaks N] [--after S] [--settle S] [--nmt] [--display N] [--out DIR]
#                         -- command args...
#
# Starts the app (e.g. target/installer/image/unhunch/bin/unhunch) in a fresh Xvfb, private D-Bus
# session, trayer and empty HOME (micro breaks of 10 s, no sounds), waits --settle s (default 40),
# then takes N breaks (default 20) one after the other with `command break micro`, each left to
# run its course; --after s (default 30) after each break window has gone it reads
# /proc/PID/smaps_rollup. Prints one line per moment:
#   moment rss_kb pss_kb pss_anon_kb threads x_windows
# (x_windows = top-level AWT windows in the X tree, mapped or not). With --nmt the JVM runs with
# -XX:NativeMemoryTracking=summary and DIR gets, before the first break and after breaks 1, 10 and
# N: `jcmd VM.native_memory summary`, `pmap -X`, the class histogram and the thread names.
set -euo pipefail

breaks=20 after=30 settle=40 nmt=0 display="" out=""
while (($#)); do
  case "$1" in
    --breaks) breaks=$2; shift 2 ;;
    --after) after=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --nmt) nmt=1; shift ;;
    --display) display=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --inner) inner=1; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
(($#)) || { echo "usage: bench/break-memory.sh [options] -- command args..." >&2; exit 2; }
out=${out:-$(mktemp -d /tmp/unhunch-break-memory.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [[ -z "${inner:-}" ]] && command -v dbus-run-session >/dev/null; then
  opts=(--breaks "$breaks" --after "$after" --settle "$settle" --out "$out")
  ((nmt)) && opts+=(--nmt)
  [[ -n "$display" ]] && opts+=(--display "$display")
  exec dbus-run-session -- "$0" --inner "${opts[@]}" -- "$@" 2> >(grep -v '^dbus-daemon\|SpiRegistry' >&2)
fi

app_pid="" trayer_pid="" xvfb_pid=""
trap 'kill ${app_pid:-} 2>/dev/null; sleep 1; kill ${trayer_pid:-} ${xvfb_pid:-} 2>/dev/null || true' EXIT
if [[ -n "$display" ]]; then
  Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do xdpyinfo -display ":$display" >/dev/null 2>&1 && break; sleep 0.1; done
else
  exec 3< <(Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null & echo "pid $!")
  read -r _ xvfb_pid <&3
  read -r display <&3
fi
export DISPLAY=":$display"
home="$out/home"
rm -rf "$home"
mkdir -p "$home/.config/unhunch" "$home/.local/state" "$home/.runtime"
chmod 700 "$home/.runtime"
printf 'micro.length = 10s\nlong.enabled = false\nsounds = false\nautostart = false\n' \
  >"$home/.config/unhunch/settings.properties"
trayer --edge top --align right --widthtype request --height 24 --SetDockType true --transparent false \
  >/dev/null 2>&1 &
trayer_pid=$!
for _ in $(seq 100); do xwininfo -root -tree 2>/dev/null | grep -q '("panel" "trayer")' && break; sleep 0.05; done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 || true
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
  XDG_RUNTIME_DIR="$home/.runtime"
if ((nmt)); then
  export JAVA_TOOL_OPTIONS="-XX:NativeMemoryTracking=summary"
fi
"$@" >"$out/app.out" 2>&1 &
app_pid=$!
unset JAVA_TOOL_OPTIONS
jcmd=$(command -v jcmd || true)
[[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd ]] && jcmd=/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd

x_windows() {
  xwininfo -root -children 2>/dev/null | grep -cE '^ *0x[0-9a-f]+ "(Unhunch[^"]*|sun-awt-X11[^"]*|java-lang-Thread)"' || true
}
snapshot() {
  local moment=$1
  awk -v m="$moment" -v t="$(awk '/^Threads:/ { print $2 }' /proc/"$app_pid"/status)" -v x="$(x_windows)" '
    /^Rss:/ { r = $2 } /^Pss:/ { p = $2 } /^Pss_Anon:/ { a = $2 }
    END { printf "%-9s %8d %8d %8d %4d %3d\n", m, r, p, a, t, x }' /proc/"$app_pid"/smaps_rollup
  if ((nmt)) && [[ -n "$jcmd" ]]; then
    "$jcmd" "$app_pid" VM.native_memory summary >"$out/nmt-$moment.txt" 2>&1 || true
    "$jcmd" "$app_pid" GC.class_histogram >"$out/histo-$moment.txt" 2>&1 || true
    pmap -X "$app_pid" >"$out/pmap-$moment.txt" 2>&1 || true
    for t in /proc/"$app_pid"/task/*; do cat "$t/comm"; done | sort >"$out/threads-$moment.txt"
  fi
}

sleep "$settle"
echo "moment     rss_kb   pss_kb  anon_kb thr  xw"
snapshot pre
for ((i = 1; i <= breaks; i++)); do
  "$@" break micro >/dev/null 2>&1 || echo "break $i refused" >&2
  for _ in $(seq 20); do xdotool search --onlyvisible --name '^Unhunch break$' >/dev/null 2>&1 && break; sleep 0.5; done
  # the break (10 s), then the window's 20 s linger
  while xdotool search --onlyvisible --name '^Unhunch break$' >/dev/null 2>&1; do sleep 1; done
  sleep "$after"
  if ((i == 1 || i == 10 || i == breaks)) || ((!nmt)); then
    snapshot "post-$i"
  fi
done
