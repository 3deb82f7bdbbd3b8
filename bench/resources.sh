#!/usr/bin/env bash
# Resource budget of a tray app, measured from outside the process (see bench/README.md).
#
#   bench/resources.sh [--runs N] [--settle S] [--idle S] [--after-break S] [--label L] [--no-peers] [-- command args...]
#   bench/resources.sh [options] --app "LABEL=command args" --app "LABEL2=command args" [--deb LABEL=FILE.deb]
#
# --app (repeatable) measures several commands in one table, in interleaved rounds (run 1 of each,
# then run 2 of each, ...), e.g. the packaged app before and after a change and the README's way
# (`java @target/unhunch.args -jar target/unhunch.jar`). --deb (repeatable) prints the package's
# size and its installed size (Installed-Size) first; without a command, those of the installed
# `unhunch` package.
#
# Without a command it measures the installed `unhunch` (then `workrave`, if installed, for
# comparison). Each run gets a fresh Xvfb, a private D-Bus session (dbus-run-session) when
# available, a trayer tray host and an empty HOME. Per run it records:
#   ready   seconds from process start until a new icon docks in trayer (xwininfo polled)
#   rss/pss MB after --settle seconds (/proc/PID/smaps_rollup)
#   cpu     utime+stime seconds over the next --idle seconds (/proc/PID/stat)
#   wake/s  voluntary+nonvoluntary context switches per second over that window, summed over
#           threads (/proc/PID/task/*/status)
#   threads at the end of the window
#   brk PSS PSS --after-break s (default 60) after the first break has ended: for Unhunch only,
#           which takes one with `command break micro` (30 s with the default settings, then its
#           window lingers up to 20 s); "-" for peers or with --after-break 0
#   brk thr threads at that moment
# and prints the median of the runs. Needs Xvfb, trayer, xwininfo (x11-utils).
set -euo pipefail

runs=3 settle=30 idle=120 after_break=60 label="" peers=1
apps=() debs=()
while (($#)); do
  case "$1" in
    --app) apps+=("$2"); shift 2 ;;
    --deb) debs+=("$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    --after-break) after_break=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --no-peers) peers=0; shift ;;
    --one-run) shift; one_run=1 ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# Counts the windows below trayer's panel in the window tree (docked icons and their children).
docked_windows() {
  xwininfo -root -tree 2>/dev/null | awk '
    /\("panel" "trayer"\)/ { match($0, /^ */); base = RLENGTH; inside = 1; next }
    inside && /0x[0-9a-f]+/ { match($0, /^ */); if (RLENGTH <= base) { inside = 0 } else { n++ } }
    END { print n + 0 }'
}

# "tid switches" per thread: voluntary + nonvoluntary context switches.
ctx_switches() {
  local task
  for task in /proc/"$1"/task/*; do
    awk -v tid="${task##*/}" '/^(non)?voluntary_ctxt_switches/ { s += $2 } END { print tid, s + 0 }' \
      "$task/status" 2>/dev/null || true
  done
}

# Switches between two snapshots: threads alive at both count their difference, threads born in
# between count in full (those that ended in between are lost: a slight undercount).
ctx_delta() {
  awk 'NR == FNR { before[$1] = $2; next } { s += $2 - ($1 in before ? before[$1] : 0) } END { print s + 0 }' "$1" "$2"
}

cpu_ticks() {
  # fields 14 and 15 after the command name, which may hold spaces: cut at the last ')'
  sed 's/.*) //' /proc/"$1"/stat | awk '{ print $12 + $13 }'
}

# Takes one break in Unhunch (`command break micro`), waits until its window has gone, then
# --after-break seconds more; prints "pss threads" then, or "- -" when it cannot.
after_first_break() {
  local app_pid=$1; shift
  if ((after_break <= 0)) || [[ "$(basename "$1")" != unhunch* && "$*" != *unhunch* ]]; then
    echo "- -"; return
  fi
  if ! "$@" break micro >/dev/null 2>&1; then echo "- -"; return; fi
  local t
  for t in $(seq 40); do xwininfo -name "Unhunch break" 2>/dev/null | grep -q IsViewable && break; sleep 0.25; done
  for t in $(seq 120); do xwininfo -name "Unhunch break" 2>/dev/null | grep -q IsViewable || break; sleep 1; done
  sleep "$after_break"
  awk -v t="$(awk '/^Threads:/ { print $2 }' /proc/"$app_pid"/status)" \
    '/^Pss:/ { printf "%.0f %s\n", $2 / 1024, t }' /proc/"$app_pid"/smaps_rollup
}

# One measurement in the current (private) D-Bus session: prints
# "ready rss pss cpu wake threads brk-pss brk-threads".
measure_once() {
  local xvfb_pid trayer_pid app_pid display home t0 t1 ready base
  exec 3< <(Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null & echo "pid $!")
  read -r _ xvfb_pid <&3
  read -r display <&3
  export DISPLAY=":$display"
  home=$(mktemp -d)
  trayer --edge top --align right --widthtype request --height 24 --SetDockType true --transparent false \
    >/dev/null 2>&1 &
  trayer_pid=$!
  trap 'kill ${app_pid:-} ${trayer_pid:-} ${xvfb_pid:-} 2>/dev/null || true' EXIT
  for _ in $(seq 100); do xwininfo -root -tree 2>/dev/null | grep -q '("panel" "trayer")' && break; sleep 0.05; done
  base=$(docked_windows)
  # On a desktop the accessibility bus already runs; start it now, not inside the app's start-up.
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 || true

  # a returning user: a settings file exists, so the first-run sheet (and its window look) stays away
  mkdir -m 700 -p "$home/.config/unhunch" && install -m 600 /dev/null "$home/.config/unhunch/settings.properties"
  t0=$(date +%s%N)
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
    "$@" >"$home/app.out" 2>&1 &
  app_pid=$!
  ready=timeout
  while kill -0 "$app_pid" 2>/dev/null; do
    if (($(docked_windows) > base)); then
      t1=$(date +%s%N); ready=$(awk -v d=$((t1 - t0)) 'BEGIN { printf "%.2f", d / 1e9 }'); break
    fi
    (($(date +%s%N) - t0 > 60000000000)) && break
    sleep 0.01
  done
  # wait until `settle` seconds after the start, then read memory and open the idle window
  sleep "$(awk -v t0="$t0" -v now="$(date +%s%N)" -v s="$settle" 'BEGIN { r = s - (now - t0) / 1e9; print (r > 0 ? r : 0) }')"
  local rss pss c0 w0 c1 w1 threads
  rss=$(awk '/^Rss:/ { printf "%.0f", $2 / 1024 }' /proc/"$app_pid"/smaps_rollup)
  pss=$(awk '/^Pss:/ { printf "%.0f", $2 / 1024 }' /proc/"$app_pid"/smaps_rollup)
  c0=$(cpu_ticks "$app_pid"); ctx_switches "$app_pid" >"$home/ctx0"
  sleep "$idle"
  c1=$(cpu_ticks "$app_pid"); ctx_switches "$app_pid" >"$home/ctx1"
  w0=0; w1=$(ctx_delta "$home/ctx0" "$home/ctx1")
  threads=$(awk '/^Threads:/ { print $2 }' /proc/"$app_pid"/status)
  local after
  after=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
    after_first_break "$app_pid" "$@")
  kill -TERM "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true
  kill "$trayer_pid" "$xvfb_pid" 2>/dev/null; wait "$trayer_pid" 2>/dev/null || true
  rm -rf "$home"
  awk -v r="$ready" -v rss="$rss" -v pss="$pss" -v c="$((c1 - c0))" -v w="$((w1 - w0))" -v i="$idle" \
    -v hz="$(getconf CLK_TCK)" -v t="$threads" -v a="$after" \
    'BEGIN { printf "%s %s %s %.2f %.2f %s %s\n", r, rss, pss, c / hz, w / i, t, a }'
}

if [[ -n "${one_run:-}" ]]; then
  measure_once "$@"
  exit 0
fi

# Median of a column over the runs (the lower middle value for an even count); "timeout" counts
# as the slowest.
median() {
  sed 's/^timeout$/99999/' | sort -n | awk '{ v[NR] = $1 } END { m = v[int((NR + 1) / 2)]; print (m == 99999 ? "timeout" : m) }'
}

one_run_of() {
  if command -v dbus-run-session >/dev/null; then
    dbus-run-session -- "$0" --settle "$settle" --idle "$idle" --after-break "$after_break" --one-run -- "$@" 2>/dev/null | tail -1
  else
    "$0" --settle "$settle" --idle "$idle" --after-break "$after_break" --one-run -- "$@" | tail -1
  fi
}

# Median of each column over the given result lines, as one table row.
row() {
  local name=$1; shift
  local cols=()
  for col in 1 2 3 4 5 6 7 8; do
    cols+=("$(printf '%s\n' "$@" | awk -v c="$col" '{ print $c }' | median)")
  done
  printf '| %-34s | %7s | %6s | %6s | %7s | %6s | %7s | %7s | %7s |\n' "$name" "${cols[0]}" "${cols[1]}" \
    "${cols[2]}" "${cols[3]}" "${cols[4]}" "${cols[5]}" "${cols[6]}" "${cols[7]}"
}

bench() {
  local name=$1; shift
  local out=()
  for ((i = 1; i <= runs; i++)); do
    out+=("$(one_run_of "$@")")
    echo "  run $i: ${out[-1]}" >&2
  done
  row "$name" "${out[@]}"
}

# Sizes in MB (10^6 bytes): the .deb file and what it installs (dpkg's Installed-Size, KiB).
sizes() {
  local label file
  printf '| %-34s | %9s | %12s |\n|%s|-----------|--------------|\n' "package" ".deb MB" "installed MB" \
    "$(printf -- '-%.0s' {1..36})"
  if ((${#debs[@]} == 0)) && dpkg-query -W unhunch >/dev/null 2>&1; then
    printf '| %-34s | %9s | %12s |\n' "unhunch (installed)" "-" \
      "$(dpkg-query -W -f '${Installed-Size}' unhunch | awk '{ printf "%.1f", $1 * 1024 / 1e6 }')"
  fi
  for entry in "${debs[@]}"; do
    label=${entry%%=*} file=${entry#*=}
    printf '| %-34s | %9s | %12s |\n' "$label" "$(stat -c %s "$file" | awk '{ printf "%.1f", $1 / 1e6 }')" \
      "$(dpkg-deb -f "$file" Installed-Size | awk '{ printf "%.1f", $1 * 1024 / 1e6 }')"
  done
  echo
}

sizes
echo "median of $runs runs; memory at ${settle} s; CPU and wake-ups over ${idle} s idle;" \
  "brk = ${after_break} s after the first break" >&2
printf '| %-34s | %7s | %6s | %6s | %7s | %6s | %7s | %7s | %7s |\n' "app" "ready s" "RSS MB" "PSS MB" "CPU s" \
  "wake/s" "threads" "brk PSS" "brk thr"
printf '|%s|---------|--------|--------|---------|--------|---------|---------|---------|\n' "$(printf -- '-%.0s' {1..36})"
if ((${#apps[@]})); then
  declare -A results
  for ((i = 1; i <= runs; i++)); do
    for ((a = 0; a < ${#apps[@]}; a++)); do
      # word splitting on purpose: "LABEL=command args" (no quoting inside)
      read -r -a cmd <<<"${apps[a]#*=}"
      results[$a,$i]=$(one_run_of "${cmd[@]}")
      echo "  round $i, ${apps[a]%%=*}: ${results[$a,$i]}" >&2
    done
  done
  for ((a = 0; a < ${#apps[@]}; a++)); do
    out=()
    for ((i = 1; i <= runs; i++)); do out+=("${results[$a,$i]}"); done
    row "${apps[a]%%=*}" "${out[@]}"
  done
  exit 0
fi
if (($#)); then
  bench "${label:-$1}" "$@"
else
  bench "${label:-unhunch (installed)}" unhunch
fi
if ((peers)) && [[ -z "${label}" ]]; then
  for peer in workrave rsibreak safeeyes stretchly; do
    command -v "$peer" >/dev/null && bench "$peer" "$peer"
  done
fi
exit 0
