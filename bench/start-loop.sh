#!/usr/bin/env bash
# Start/kill loops of the built jar: does a start ever hang, and does a start whose X server dies
# under it ever leave a process holding the lock? Run on demand (minutes), not in CI:
#
#   bench/start-loop.sh [--starts N] [--mode hang|xkill] [--jar PATH] [--java PATH]
#
# hang  (default): one Xvfb + trayer for the whole loop; each start gets a fresh HOME and runtime
#       directory, and counts as good when `unhunch status` answers with the engine counting
#       within 15 s. A start that does not is a hang: its native stacks (gdb/eu-stack if present)
#       and log are kept under $out, then it is killed.
# xkill: a fresh Xvfb + trayer per start; the X server is killed at a random 0–1 s after launch.
#       After 20 s no process may still hold the lock (lsof/fuser on unhunch.lock, or a live PID
#       written in it); one that does is a "husk".
# Prints one summary line: "mode starts good hangs husks".
set -uo pipefail

starts=200 mode=hang jar=target/unhunch.jar java=java
while (($#)); do
  case "$1" in
    --starts) starts=$2; shift 2 ;;
    --mode) mode=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --java) java=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "no $jar: mvn -B -q package -DskipTests first" >&2; exit 2; }
jar=$(readlink -f "$jar")
out=$(mktemp -d /tmp/unhunch-start-loop.XXXXXX)
echo "start-loop: mode=$mode starts=$starts jar=$jar, evidence in $out"

free_display() {
  local n
  for n in $(seq 120 199); do
    [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ] || { echo $n; return; }
  done
  return 1
}

start_x() { # starts Xvfb and trayer on :$1; sets xvfb and trayer PIDs
  Xvfb :"$1" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do DISPLAY=:$1 xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
  DISPLAY=:$1 trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
  trayer=$!
  sleep 0.3
}

stop_pid() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; }

run_status() { # prints the engine's stage of the instance in $XDG_RUNTIME_DIR, or nothing; $1: seconds left
  timeout "$1" "$java" -XX:TieredStopAtLevel=1 -jar "$jar" status 2>/dev/null | sed -n 's/^ *stage: *//p'
}

holds_lock() { # true when a live process has the lock file open
  local lock=$1 pid
  [ -e "$lock" ] || return 1
  for pid in /proc/[0-9]*; do
    ls -l "$pid"/fd 2>/dev/null | grep -qF -- "$lock" && return 0
  done
  return 1
}

good=0 hangs=0 husks=0
if [ "$mode" = hang ]; then
  display=$(free_display); start_x "$display"
fi
for i in $(seq "$starts"); do
  home=$(mktemp -d /tmp/unhunch-loop-home.XXXXXX)
  export HOME=$home XDG_RUNTIME_DIR=$home/run XDG_CONFIG_HOME=$home/.config XDG_STATE_HOME=$home/.local/state
  mkdir -m 700 -p "$XDG_RUNTIME_DIR"
  # a returning user: with a settings file there is no first-run sheet
  mkdir -m 700 -p "$XDG_CONFIG_HOME/unhunch" && install -m 600 /dev/null "$XDG_CONFIG_HOME/unhunch/settings.properties"
  if [ "$mode" = xkill ]; then
    display=$(free_display); start_x "$display"
  fi
  export DISPLAY=:$display
  "$java" -jar "$jar" >"$home/app.out" 2>&1 &
  app=$!
  if [ "$mode" = xkill ]; then
    sleep "0.$(printf '%03d' $((RANDOM % 1000)))"
    stop_pid "$xvfb"
    for _ in $(seq 200); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$app" 2>/dev/null && holds_lock "$XDG_RUNTIME_DIR/unhunch/unhunch.lock"; then
      husks=$((husks + 1))
      cp -r "$home" "$out/husk-$i" 2>/dev/null
      echo "start $i: process $app still holds the lock 20 s after its X server died"
    else
      good=$((good + 1))
    fi
    kill -9 "$app" 2>/dev/null; wait "$app" 2>/dev/null
    stop_pid "$trayer"
  else
    answered=""
    deadline=$((SECONDS + 15))
    while ((SECONDS < deadline)); do
      status=$(run_status $((deadline - SECONDS)))
      if [ "$status" = counting ]; then
        answered=1; break
      fi
      kill -0 "$app" 2>/dev/null || break
      sleep 0.2
    done
    if [ -n "$answered" ]; then
      good=$((good + 1))
    else
      hangs=$((hangs + 1))
      mkdir -p "$out/hang-$i"
      cp -r "$home/.local/state" "$home/app.out" "$out/hang-$i/" 2>/dev/null
      command -v eu-stack >/dev/null && eu-stack -p "$app" >"$out/hang-$i/stacks.txt" 2>&1
      timeout 5 jstack "$app" >"$out/hang-$i/jstack.txt" 2>&1
      DISPLAY=:$display timeout 3 xdpyinfo >/dev/null 2>&1 || echo "start $i: the X server does not answer either"
      echo "start $i: no 'counting' status within 15 s (last: ${status:-nothing}); log: $(grep -c ' started in ' "$home"/.local/state/unhunch/*.log 2>/dev/null) start line(s)"
    fi
    kill "$app" 2>/dev/null
    for _ in $(seq 30); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$app" 2>/dev/null; wait "$app" 2>/dev/null
  fi
  rm -rf "$home"
  ((i % 20 == 0)) && echo "… $i starts: $good good, $hangs hangs, $husks husks"
done
[ "$mode" = hang ] && { stop_pid "$trayer"; stop_pid "$xvfb"; }
echo "start-loop: mode=$mode starts=$starts good=$good hangs=$hangs husks=$husks"
