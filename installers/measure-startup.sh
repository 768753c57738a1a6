#!/usr/bin/env bash
# Start to first window of the INSTALLED Merchant Desk against a bare JavaFX window, same machine, same run:
# the runs alternate (one of each per round, after one untimed warm-up of each) and the medians are printed.
# Time = from spawning the process to reading MERCHANT_DESK_FIRST_WINDOW_SHOWN, which a window prints once
# shown when -Dmerchantdesk.startupProbe=true (then it exits).
#
# Needs: the package installed (/opt/merchant-desk), the project built (target/merchant-desk.jar and
# target/lib, for the bare window), a display (DISPLAY; Xvfb on a server).
# Usage: installers/measure-startup.sh [ROUNDS] [DATA_DIR]     (ROUNDS defaults to 5)
set -uo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
DATA=${2:-$(mktemp -d)/data}
APP_ROOT=${APP_ROOT:-/opt/merchant-desk}
MARKER=MERCHANT_DESK_FIRST_WINDOW_SHOWN
PROBE=-Dmerchantdesk.startupProbe=true
BARE=com.merchantdesk.bench.view.BareJavaFxWindow

[[ -n ${DISPLAY:-} ]] || { echo "measure-startup: DISPLAY is not set (start Xvfb)" >&2; exit 2; }
[[ -x $APP_ROOT/lib/app/merchant-desk ]] || { echo "measure-startup: $APP_ROOT is not installed" >&2; exit 2; }
[[ -f target/merchant-desk.jar ]] || { echo "measure-startup: build the project first (mvn package)" >&2; exit 2; }

# milliseconds from spawn to the marker line; "-" when the process ended without it
time_to_window() {
  local start end="" line
  start=$(date +%s%N)
  exec 3< <("$@" 2>&1)
  while IFS= read -r line <&3; do
    if [[ $line == *"$MARKER"* ]]; then end=$(date +%s%N); break; fi
  done
  while IFS= read -r line <&3; do :; done   # let it exit before the next run starts
  exec 3<&-
  if [[ -n $end ]]; then echo $(( (end - start) / 1000000 )); else echo "-"; fi
}

median() { printf '%s\n' "$@" | grep -v '^-$' | sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}'; }

# The app's own JVM options and class path, read from the launcher's .cfg as the start script does, so a
# bare window can be started exactly the same way (same options, same class-data-sharing archive).
cfg="$APP_ROOT/lib/app/Merchant Desk.cfg"
app_options=() app_classpath=()
while IFS= read -r line || [[ -n $line ]]; do
  value=${line#*=}
  value=${value//\$APPDIR/$APP_ROOT/lib/app}
  case $line in
    app.mainjar=*|app.classpath=*) app_classpath+=("$value") ;;
    java-options=*) app_options+=("$value") ;;
  esac
done < "$cfg"
app_classpath_joined=$(IFS=:; echo "${app_classpath[*]}")

# the ways to start
bare_jdk()      { java "$PROBE" -cp "target/merchant-desk.jar:target/lib/*" "$BARE"; }
bare_runtime()  { "$APP_ROOT/lib/runtime/bin/java" "$PROBE" -cp "$APP_ROOT/lib/app/merchant-desk.jar" "$BARE"; }
bare_same()     { "$APP_ROOT/lib/runtime/bin/java" "${app_options[@]}" "$PROBE" -cp "$app_classpath_joined" "$BARE"; }
app_script()    { JAVA_TOOL_OPTIONS=$PROBE "$APP_ROOT/lib/app/merchant-desk" --data-dir "$DATA"; }
app_launcher()  { JAVA_TOOL_OPTIONS=$PROBE "$APP_ROOT/bin/Merchant Desk" --data-dir "$DATA"; }
names=(bare_jdk bare_runtime bare_same app_script app_launcher)
declare -A label=(
  [bare_jdk]="bare JavaFX window, java -cp (system JDK 17)"
  [bare_runtime]="bare JavaFX window, installed runtime, default options"
  [bare_same]="bare JavaFX window, installed runtime, the app's options+archive"
  [app_script]="Merchant Desk installed: merchant-desk (menu entry, PATH)"
  [app_launcher]="Merchant Desk installed: jpackage launcher bin/Merchant Desk"
)
declare -A runs

for n in "${names[@]}"; do time_to_window "$n" > /dev/null; done   # warm-up: file cache, data folder
for ((r = 1; r <= ROUNDS; r++)); do
  for n in "${names[@]}"; do runs[$n]+="$(time_to_window "$n") "; done
done

echo "start to first window, median of $ROUNDS (ms); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A med
for n in "${names[@]}"; do
  # shellcheck disable=SC2086
  med[$n]=$(median ${runs[$n]})
  printf '  %-62s %6s   runs: %s\n' "${label[$n]}" "${med[$n]}" "${runs[$n]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
echo "  ratio app / bare (java -cp):         $(ratio "${med[app_script]}" "${med[bare_jdk]}")   (budget <= 1.5)"
echo "  ratio app / bare (installed runtime): $(ratio "${med[app_script]}" "${med[bare_runtime]}")"
echo "  ratio app / bare (the app's own options and archive): $(ratio "${med[app_script]}" "${med[bare_same]}")"
