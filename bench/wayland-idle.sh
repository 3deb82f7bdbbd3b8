#!/usr/bin/env bash
# Wake-ups of the app on a GNOME-like Wayland session far from a break, with a stand-in for
# Mutter's IdleMonitor (src/test/.../MutterStandIn) on a private dbus-daemon: how many calls the
# app makes to the monitor per minute and how often its threads wake. See bench/README.md.
#
#   bench/wayland-idle.sh [--display :N] [--window S] [--user active|away] [JAR]
#
# JAR defaults to target/unhunch.jar. Needs: mvn -B -o -q test-compile package -DskipTests,
# Xvfb, trayer, dbus-daemon. Everything it starts is stopped by PID at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
display=:91 window=60 user=active
while [[ $# -gt 0 ]]; do
    case "$1" in
        --display) display=$2; shift 2 ;;
        --window) window=$2; shift 2 ;;
        --user) user=$2; shift 2 ;;
        *) break ;;
    esac
done
jar=$(realpath "${1:-target/unhunch.jar}")
work=$(mktemp -d /tmp/unhunch-wlbench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
per_thread() { # "tid comm switches" per thread
    local t
    for t in /proc/$app/task/*; do
        printf '%s %s %s\n' "${t##*/}" "$(tr ' ' _ < "$t/comm")" \
            "$(awk '/ctxt_switches/ {s += $2} END {print s+0}' "$t/status" 2>/dev/null || echo 0)"
    done
}
trap cleanup EXIT

cp=$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & pids+=($!)
sleep 1
DISPLAY=$display trayer >/dev/null 2>&1 & pids+=($!)
dbus-daemon --session --nofork --nopidfile --print-address=1 > "$work/bus" 2>/dev/null & pids+=($!)
for _ in $(seq 50); do [[ -s $work/bus ]] && break; sleep 0.1; done
bus=$(head -1 "$work/bus")
java -cp "target/test-classes:target/classes:$cp" dev.unhunch.bench.MutterStandInMain "$bus" "$user" \
    > "$work/standin" 2>/dev/null & pids+=($!)
for _ in $(seq 100); do grep -q ready "$work/standin" 2>/dev/null && break; sleep 0.1; done

mkdir -p "$work/home" "$work/rt"; chmod 700 "$work/rt"
env -i PATH="$PATH" HOME="$work/home" XDG_RUNTIME_DIR="$work/rt" DISPLAY="$display" \
    XDG_SESSION_TYPE=wayland XDG_CURRENT_DESKTOP=GNOME WAYLAND_DISPLAY=wayland-bench \
    DBUS_SESSION_BUS_ADDRESS="$bus" java -jar "$jar" > "$work/app" 2>&1 & app=$!; pids+=($app)

switches() { # voluntary+nonvoluntary context switches, all threads or the named one
    local sum=0 t
    for t in /proc/$app/task/*; do
        [[ -n ${1:-} && $(cat "$t/comm" 2>/dev/null) != "$1" ]] && continue
        sum=$((sum + $(awk '/ctxt_switches/ {s += $2} END {print s+0}' "$t/status" 2>/dev/null || echo 0)))
    done
    echo $sum
}
calls() { tail -1 "$work/standin" | awk '{print $3, $4}'; }
sleep 25 # start-up and the first-run sheet settle
kill -0 "$app" || { echo "the app is not running:"; tail -20 "$work/app"; exit 1; }
read -r c0 g0 < <(calls); a0=$(switches); e0=$(switches unhunch-engine); t0=$(date +%s.%N); per_thread > "$work/t0"
sleep "$window"
read -r c1 g1 < <(calls); a1=$(switches); e1=$(switches unhunch-engine); t1=$(date +%s.%N); per_thread > "$work/t1"
secs=$(echo "$t1 - $t0" | bc)
wait_line=$(grep -o 'Heartbeat: .*' "$work/home/.local/state/unhunch/unhunch0.log" | head -1)
printf '%s\n' "$jar ($user user)" "$wait_line"
# the stand-in prints every 5 s: its counts lag by up to 5 s at both ends, which cancels out
printf 'over %.0f s: Mutter calls %d (GetIdletime %d) = %.1f/min; wake-ups all threads %.2f/s, engine %.2f/s\n' \
    "$secs" $((c1 - c0)) $((g1 - g0)) "$(echo "($c1 - $c0) * 60 / $secs" | bc -l)" \
    "$(echo "($a1 - $a0) / $secs" | bc -l)" "$(echo "($e1 - $e0) / $secs" | bc -l)"
echo "busiest threads (switches in the window):"
join "$work/t0" "$work/t1" | awk '{print $5 - $3, $2}' | sort -rn | head -14
