#!/usr/bin/env bash
# All-day memory soak of the tray app (see bench/README.md "Soak").
#
#   bench/soak.sh [--minutes M] [--interval 1m] [--length 20s] [--notice 10s] [--out DIR]
#                 [--display N] [--sample S] -- command args...
#
# Runs the app (the packaged launcher, e.g. target/installer/image/unhunch/bin/unhunch) for M
# minutes (default 120) in a fresh Xvfb, a private D-Bus session, a trayer tray host and an empty
# HOME whose settings make a micro break come after --interval of activity (long breaks, sounds
# and the daily limit off). The script is the user: it moves the pointer by one pixel every 2 s
# while no notice or break window shows (that is activity, so the break comes due), keeps still
# while one shows (so the break runs its course without being held), and lets the break window
# close by itself. One break therefore comes about every interval + notice + length + 20 s.
#
# Every --sample seconds (default 60) it appends to DIR/soak.csv:
#   utc,elapsed_s,rss_kb,pss_kb,pss_anon_kb,threads,breaks,x_windows
# (breaks = break windows seen so far; x_windows = top-level X windows of the app, mapped or not).
# DIR (default /tmp/unhunch-soak.<time>) also gets the app's output, its log and DIR/done when it
# ends. bench/soak-summary.sh DIR/soak.csv summarises it. Needs Xvfb, trayer, xdotool, x11-utils.
set -euo pipefail

minutes=120 interval=1m length=20s notice=10s out="" display="" sample=60
while (($#)); do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --interval) interval=$2; shift 2 ;;
    --length) length=$2; shift 2 ;;
    --notice) notice=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --display) display=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    --inner) inner=1; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
(($#)) || { echo "usage: bench/soak.sh [options] -- command args..." >&2; exit 2; }
out=${out:-/tmp/unhunch-soak.$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [[ -z "${inner:-}" ]] && command -v dbus-run-session >/dev/null; then
  exec dbus-run-session -- "$0" --inner --minutes "$minutes" --interval "$interval" --length "$length" \
    --notice "$notice" --out "$out" ${display:+--display "$display"} --sample "$sample" -- "$@"
fi

log() { echo "$(date -u +%H:%M:%S) $*" | tee -a "$out/soak.log" >&2; }

app_pid="" trayer_pid="" xvfb_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill -TERM "$app_pid" 2>/dev/null || true
  sleep 1
  [[ -n "$trayer_pid" ]] && kill "$trayer_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  date -u +%FT%TZ >"$out/done"
}
trap cleanup EXIT

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
cat >"$home/.config/unhunch/settings.properties" <<EOF
micro.enabled = true
micro.interval = $interval
micro.length = $length
long.enabled = false
notice.length = $notice
daily.limit.enabled = false
sounds = false
autostart = false
EOF
trayer --edge top --align right --widthtype request --height 24 --SetDockType true --transparent false \
  >/dev/null 2>&1 &
trayer_pid=$!
for _ in $(seq 100); do xwininfo -root -tree 2>/dev/null | grep -q '("panel" "trayer")' && break; sleep 0.05; done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 || true

export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
  XDG_RUNTIME_DIR="$home/.runtime"
"$@" >"$out/app.out" 2>&1 &
app_pid=$!
log "soak of $* (pid $app_pid) on $DISPLAY for $minutes min; micro break after $interval of activity, $length long, notice $notice"

visible() { xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; }
# Top-level AWT windows in the X tree, mapped or not: the notice and break window by title, AWT's
# own (the hidden owner frame, icon windows) by the names AWT gives them.
x_windows() {
  xwininfo -root -children 2>/dev/null | grep -cE '^ *0x[0-9a-f]+ "(Unhunch[^"]*|sun-awt-X11[^"]*|java-lang-Thread)"' || true
}

csv="$out/soak.csv"
echo "utc,elapsed_s,rss_kb,pss_kb,pss_anon_kb,threads,breaks,x_windows" >"$csv"
start=$(date +%s) end=$((start + minutes * 60)) next_sample=$start breaks=0 in_break=0 dx=1
while (($(date +%s) < end)); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    log "the app ended early (exit $(wait "$app_pid"; echo $?))"; app_pid=""; break
  fi
  now=$(date +%s)
  if ((now >= next_sample)); then
    read -r rss pss anon < <(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } /^Pss_Anon:/ { a = $2 }
      END { print r, p, a + 0 }' /proc/"$app_pid"/smaps_rollup)
    threads=$(awk '/^Threads:/ { print $2 }' /proc/"$app_pid"/status)
    echo "$(date -u +%FT%TZ),$((now - start)),$rss,$pss,$anon,$threads,$breaks,$(x_windows)" >>"$csv"
    next_sample=$((next_sample + sample))
  fi
  if visible '^Unhunch break$'; then
    ((in_break)) || { breaks=$((breaks + 1)); in_break=1; }
  elif visible '^Unhunch: break coming up$'; then
    in_break=0
  else
    in_break=0
    xdotool mousemove_relative -- "$dx" 0 2>/dev/null || true
    dx=$((-dx))
  fi
  sleep 2
done
log "done: $breaks breaks seen"
cp "$home/.local/state/unhunch/"*.log "$out/" 2>/dev/null || true
