#!/usr/bin/env bash
# What one "don't interrupt" check costs: sets up a desktop to ask (its own Xvfb with openbox and a
# focused window, a private session bus with dconf, a private PulseAudio with a silent microphone
# that parecord records from), then runs InterruptionCheckBenchmark against it.
# Usage: bench/interrupt-checks.sh [runs]     (after: mvn -B -q test-compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work"/{home,config,runtime,pulse} && chmod 700 "$work"/runtime "$work"/pulse

display=":$((600 + RANDOM % 300))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY="$display" HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
DBUS_SESSION_BUS_ADDRESS=disabled: openbox --sm-disable >/dev/null 2>&1 & pids+=($!)
eval "$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | { read -r a; read -r p; echo "export DBUS_SESSION_BUS_ADDRESS='$a'; buspid=$p"; })"
pids+=("$buspid")
export GSETTINGS_BACKEND=dconf
PULSE_RUNTIME_PATH="$work/pulse" pulseaudio -n --daemonize=no --use-pid-file=false --exit-idle-time=-1 \
  -L "module-null-sink sink_name=speakers" -L "module-null-source source_name=mic" \
  -L "module-native-protocol-unix auth-anonymous=1 socket=$work/pulse/native" >/dev/null 2>&1 & pids+=($!)
export PULSE_SERVER="unix:$work/pulse/native"
sleep 2
xmessage -title work "a focused window" >/dev/null 2>&1 & pids+=($!)
parecord --device=mic "$work/call.wav" & pids+=($!)
sleep 1

cp="target/test-classes:target/classes:$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
echo "== the microphone in use (parecord), the rest not =="
java -cp "$cp" dev.unhunch.platform.interrupt.InterruptionCheckBenchmark "$runs"
