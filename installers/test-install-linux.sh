#!/usr/bin/env bash
# Install test of the Linux packages (docs/installers.md). Run as root on Debian/Ubuntu with apt:
#   installers/test-install-linux.sh [--skip-build] [--no-rpm] [--measure]
# Builds the .deb and .rpm of this tree (version from the pom) and a newer .deb (patch + 1) with no display,
# as a build server does (the build starts its own Xvfb for the AppCDS training run), checks that a build
# whose training run cannot reach its window fails and that -Dinstaller.cds=false still builds, then:
# installs the .deb, starts the installed app under Xvfb (window + screenshot), checks SQLite from the
# installed app and that its native library comes from the installed image, creates data, installs the
# newer .deb over it and checks the data, removes the package and checks the seller's data folder is
# untouched; then the same install/start checks for the .rpm (rpm -i --nodeps, or extracted with rpm2cpio).
# Prints one PASS/FAIL line per check and exits 1 if any failed. The machine's own merchant-desk package,
# if any, is replaced. The seller's home is a scratch HOME under $WORK.
set -uo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
WORK=${WORK:-/tmp/merchant-desk-install-test}
SHOT=${SHOT:-$SRC/docs/images/installed-window.png}
APP_ROOT=/opt/merchant-desk
MARKER=MERCHANT_DESK_FIRST_WINDOW_SHOWN
PROBE=-Dmerchantdesk.startupProbe=true

BUILD=1 RPM=1 MEASURE=0
for a in "$@"; do
  case $a in
    --skip-build) BUILD=0 ;;
    --no-rpm) RPM=0 ;;
    --measure) MEASURE=1 ;;
    *) echo "usage: $0 [--skip-build] [--no-rpm] [--measure]" >&2; exit 2 ;;
  esac
done

PASSED=0 FAILED=0
pass() { echo "PASS: $*"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL: $*"; FAILED=$((FAILED + 1)); }
check() { local what=$1; shift; if "$@" > /dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }
step() { echo; echo "== $*"; }
info() { echo "   $*"; }

[[ $(id -u) == 0 ]] || { echo "run as root (installs packages)" >&2; exit 2; }

# First pass: the tools, then the script runs itself again under the same Xvfb wrapper as the build's
# training run, for the installed app's window (a free display from Xvfb itself, stopped when the script
# ends). The builds below unset DISPLAY again, as on a build server.
if [[ -z ${MERCHANT_DESK_TEST_XVFB:-} ]]; then
  step "tools"
  need=()
  for t in Xvfb:xvfb xauth:xauth xdotool:xdotool import:imagemagick sqlite3:sqlite3 rpmbuild:rpm rpm2cpio:rpm \
           cpio:cpio fakeroot:fakeroot mvn:maven; do
    command -v "${t%%:*}" > /dev/null || need+=("${t#*:}")
  done
  dpkg -s libgtk-3-0 > /dev/null 2>&1 || need+=(libgtk-3-0)
  if ((${#need[@]})); then
    info "apt-get install ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" > /dev/null
  fi
  exec env MERCHANT_DESK_TEST_XVFB=1 installers/linux/with-xvfb.sh "$SRC/installers/test-install-linux.sh" "$@"
fi
mkdir -p "$WORK"
APP_PIDS=()
cleanup() { for p in "${APP_PIDS[@]}"; do kill "$p" 2> /dev/null; done; }
trap cleanup EXIT
info "Xvfb on $DISPLAY"

V1=$(sed -n '0,/<artifactId>merchant-desk<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
V1=${V1%-SNAPSHOT}
IFS=. read -r major minor patch <<< "$V1"
V2="$major.$minor.$((patch + 1))"

# ---------------------------------------------------------------------------------------------------------
# The build as on a build server: no display (the script's own Xvfb is for the installed app only)
headless_mvn() { env -u DISPLAY -u XAUTHORITY mvn -B -q -Pinstaller "$@"; }
IMAGE_CLASSLIST="target/installer/image/Merchant Desk/lib/app/merchant-desk.classlist"
TRAINING_LOG=target/installer/training/training.log
# the Xvfb the build's training run used: "with-xvfb: Xvfb :N (pid P) for: …" in its log
training_xvfb_pid() { sed -n 's/^with-xvfb: Xvfb :[0-9]* (pid \([0-9]*\)) for: .*/\1/p' "$TRAINING_LOG" 2> /dev/null | head -1; }
check_training_xvfb_stopped() {
  local pid; pid=$(training_xvfb_pid)
  if [[ -z $pid ]]; then fail "$1: the training run's log names no Xvfb ($TRAINING_LOG)"
  elif [[ -e /proc/$pid ]] && grep -qs Xvfb "/proc/$pid/cmdline"; then fail "$1: its Xvfb (pid $pid) still runs"
  else pass "$1: its Xvfb (pid $pid) was stopped"; fi
}

if ((BUILD)); then
  step "build $V1 (.deb, .rpm) and $V2 (.deb) with no display (DISPLAY unset)"
  rm -rf "$WORK/v1" "$WORK/v2"; mkdir -p "$WORK/v1" "$WORK/v2"
  start=$(date +%s)
  if headless_mvn clean package -DskipTests -Dinstaller.rpm=$( ((RPM)) && echo true || echo false) > "$WORK/build-v1.log" 2>&1; then
    cp target/installer/dist/* "$WORK/v1/"
    pass "build $V1 in $(($(date +%s) - start)) s: $(cd "$WORK/v1" && ls | tr '\n' ' ')"
    check "AppCDS training run reached the first window (class list in the image)" test -s "$IMAGE_CLASSLIST"
    check "the training run ran on the build's own Xvfb" test -n "$(training_xvfb_pid)"
    check_training_xvfb_stopped "build $V1"
    check "the class list holds GTK glass (com/sun/glass/ui/gtk/GtkApplication), no Monocle" \
      bash -c "grep -qx 'com/sun/glass/ui/gtk/GtkApplication' '$IMAGE_CLASSLIST' && ! grep -qi monocle '$IMAGE_CLASSLIST'"
    info "class list: $(wc -l < "$IMAGE_CLASSLIST") lines, $(grep -c '^com/merchantdesk/' "$IMAGE_CLASSLIST") app classes"
  else
    fail "build $V1 (see $WORK/build-v1.log)"; tail -30 "$WORK/build-v1.log"; exit 1
  fi
  start=$(date +%s)
  if headless_mvn package -DskipTests -Dinstaller.version="$V2" -Dinstaller.rpm=false > "$WORK/build-v2.log" 2>&1; then
    cp target/installer/dist/*.deb "$WORK/v2/"
    pass "build $V2 in $(($(date +%s) - start)) s: $(cd "$WORK/v2" && ls | tr '\n' ' ')"
  else
    fail "build $V2 (see $WORK/build-v2.log)"; tail -30 "$WORK/build-v2.log"; exit 1
  fi

  # what a build without a working training run does: fails, names what to install, stops its Xvfb; and
  # the explicit opt-out. App image only (no packages): these builds stop before them or need none.
  step "builds whose training run cannot reach the window fail; -Dinstaller.cds=false opts out"
  NOPKG=(-DskipTests -Dinstaller.deb=false -Dinstaller.rpm=false)
  if XVFB=/nonexistent/Xvfb headless_mvn package "${NOPKG[@]}" > "$WORK/build-no-xvfb.log" 2>&1; then
    fail "a build with no display and no Xvfb fails (it succeeded; see $WORK/build-no-xvfb.log)"
  else
    check "a build with no display and no Xvfb fails and names the package (xvfb) to install" \
      grep -q 'apt-get install -y --no-install-recommends xvfb' "$WORK/build-no-xvfb.log"
  fi
  # JavaFX cannot load a toolkit of that name: the app dies before any window, after Xvfb started
  if JAVA_TOOL_OPTIONS=-Dglass.platform=NoSuchToolkit headless_mvn package "${NOPKG[@]}" > "$WORK/build-no-window.log" 2>&1; then
    fail "a build whose training run dies before its window fails (it succeeded; see $WORK/build-no-window.log)"
  else
    check "a build whose training run dies before its window fails (not a warning)" \
      grep -q 'The AppCDS training run did not reach the first window' "$WORK/build-no-window.log"
    check_training_xvfb_stopped "the failed training run"
  fi
  if XVFB=/nonexistent/Xvfb headless_mvn package "${NOPKG[@]}" -Dinstaller.cds=false > "$WORK/build-no-cds.log" 2>&1; then
    check "-Dinstaller.cds=false builds without a display or Xvfb, and without a class list" \
      test -d "target/installer/image/Merchant Desk/lib/app" -a ! -e "$IMAGE_CLASSLIST"
  else
    fail "-Dinstaller.cds=false builds without a display or Xvfb (see $WORK/build-no-cds.log)"
  fi
fi
DEB1=$(ls "$WORK"/v1/*.deb) DEB2=$(ls "$WORK"/v2/*.deb) RPM1=$(ls "$WORK"/v1/*.rpm 2> /dev/null | head -1)
size() { du -h "$1" | cut -f1; }
info "$(basename "$DEB1"): $(size "$DEB1")  $( [[ -n $RPM1 ]] && echo "$(basename "$RPM1"): $(size "$RPM1")")"

# ---------------------------------------------------------------------------------------------------------
SELLER=$WORK/seller                     # the seller's HOME: data lands in $SELLER/.local/share/merchant-desk
DATA=$SELLER/.local/share/merchant-desk
DB=$DATA/merchant-desk.db
# Runs a command as the seller would: their HOME (Java takes user.home from the password file, so it is
# set too) and no XDG_DATA_HOME. JOPTS adds JVM options (the launcher reads JAVA_TOOL_OPTIONS).
seller() { env -u XDG_DATA_HOME HOME="$SELLER" JAVA_TOOL_OPTIONS="-Duser.home=$SELLER${JOPTS:+ $JOPTS}" "$@"; }
has_cli() { seller merchant-desk --help 2>&1 | grep -qw "$1"; }

latest_migration() {
  ls src/main/resources/db/migration/ | sed -n 's/^V\([0-9]*\)__.*\.sql$/\1/p' | sort -n | tail -1
}
user_version() { sqlite3 "$DB" 'PRAGMA user_version;' 2> /dev/null; }
count_rows() { sqlite3 "$DB" "SELECT count(*) FROM $1;" 2> /dev/null; }

# Starts the installed app without a command; waits for its window; leaves APP set.
open_window() {
  local log=$1
  # a simple command in the background, so $! is the app's own process (env and the script exec)
  env -u XDG_DATA_HOME HOME="$SELLER" JAVA_TOOL_OPTIONS="-Duser.home=$SELLER" "$2" > "$log" 2>&1 &
  APP=$!; APP_PIDS+=("$APP")
  WID=$(timeout 60 xdotool search --sync --onlyvisible --name "Merchant Desk" 2> /dev/null | head -1)
  [[ -n $WID ]]
}
close_window() { kill "$APP" 2> /dev/null; wait "$APP" 2> /dev/null; }

# The probe: the window prints the marker once shown and the app exits by itself.
probe() { JOPTS=$PROBE seller timeout 90 "$@" 2>&1 | grep -q "$MARKER"; }

step "clean start: no merchant-desk installed, empty seller home"
if dpkg -s merchant-desk > /dev/null 2>&1; then apt-get remove -y -qq merchant-desk > /dev/null 2>&1; fi
if rpm -q merchant-desk > /dev/null 2>&1; then rpm -e --nodeps merchant-desk > /dev/null 2>&1; fi
rm -rf "$SELLER" "$APP_ROOT"; mkdir -p "$SELLER"
check "nothing installed at $APP_ROOT" test ! -e "$APP_ROOT"

step "install $(basename "$DEB1") with apt-get"
if (cd "$(dirname "$DEB1")" && apt-get install -y "./$(basename "$DEB1")") > "$WORK/apt-install-v1.log" 2>&1; then
  pass "apt-get install $(basename "$DEB1")"
else
  fail "apt-get install $(basename "$DEB1") (see $WORK/apt-install-v1.log)"; tail -20 "$WORK/apt-install-v1.log"; exit 1
fi
check "dpkg reports merchant-desk $V1-1 installed" bash -c "dpkg -s merchant-desk | grep -q '^Version: $V1-1'"
check "merchant-desk command on PATH (/usr/bin/merchant-desk -> $APP_ROOT/lib/app/merchant-desk)" \
  bash -c "[[ \$(readlink -f /usr/bin/merchant-desk) == $APP_ROOT/lib/app/merchant-desk ]]"
check "menu entry installed (Categories Office)" \
  bash -c "grep -qs 'Categories=Office' /usr/share/applications/merchant-desk-Merchant_Desk.desktop"
check "AppCDS archive made for the install location ($APP_ROOT/lib/merchant-desk.jsa)" test -s "$APP_ROOT/lib/merchant-desk.jsa"
# -Xshare:on: the JVM refuses to start unless it maps and accepts the archive (class path, runtime)
JOPTS="-Xshare:on -Xlog:cds=info" seller merchant-desk --version > "$WORK/xshare-on.log" 2>&1
# (the launcher names it $APPDIR/../merchant-desk.jsa: "Opened archive /opt/merchant-desk/lib/app/../merchant-desk.jsa.")
check "installed app starts with -Xshare:on (archive accepted) and opens its merchant-desk.jsa" \
  bash -c "grep -q 'Merchant Desk $V1' '$WORK/xshare-on.log' && grep -q 'Opened archive $APP_ROOT/lib/\(app/\.\./\)\?merchant-desk\.jsa' '$WORK/xshare-on.log'"
info "installed size: $(du -sh "$APP_ROOT" | cut -f1) ($(du -sh "$APP_ROOT/lib/merchant-desk.jsa" 2> /dev/null | cut -f1) of it the AppCDS archive)"
check "installed app prints its version ($V1)" bash -c "merchant-desk --version 2>&1 | grep -q 'Merchant Desk $V1'"

step "start the installed app under Xvfb (seller's default data folder)"
if open_window "$WORK/window-v1.log" merchant-desk; then
  pass "main window 'Merchant Desk' is on screen (xdotool window $WID)"
  sleep 3
  import -window root "$WORK/first-window.png" && pass "screenshot of the first start: $WORK/first-window.png" || fail "screenshot"
  maps=$(grep -o '/[^ ]*libsqlitejdbc[^ ]*' "/proc/$APP/maps" 2> /dev/null | sort -u)
  if [[ $maps == "$APP_ROOT/lib/app/native/libsqlitejdbc.so" ]]; then
    pass "the window's process mapped sqlite's native library from the installed image ($maps)"
  else
    info "the window's process has mapped: ${maps:-no sqlite library}"
  fi
  shared=$(grep -c 'merchant-desk.jsa' "/proc/$APP/maps")
  check "the window's process maps the AppCDS archive" test "$shared" -gt 0
else
  fail "main window 'Merchant Desk' did not appear within 60 s (log: $WORK/window-v1.log)"; tail -20 "$WORK/window-v1.log"
fi
close_window
check "probe: the installed app's main window printed $MARKER and exited" probe merchant-desk

step "SQLite from the installed app"
# the app's temp folders, to show sqlite-jdbc does not unpack its library there
rm -rf "$WORK/apptmp"; mkdir -p "$WORK/apptmp"
TMPDIRS="-Djava.io.tmpdir=$WORK/apptmp -Dorg.sqlite.tmpdir=$WORK/apptmp"
check "data folder created in the seller's home ($DATA)" test -d "$DATA"
if has_cli demo; then
  info "CLI has 'demo': filling the demo shop from the installed launcher"
  JOPTS=$TMPDIRS seller env LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/ld-demo" merchant-desk demo > "$WORK/demo.log" 2>&1 \
    && pass "merchant-desk demo (exit 0)" || { fail "merchant-desk demo"; tail -20 "$WORK/demo.log"; }
  lib=$(grep -ho 'file=[^ ]*libsqlitejdbc[^ ]*' "$WORK"/ld-demo.* 2> /dev/null | sort -u | sed 's/file=//')
  [[ $lib == "$APP_ROOT/lib/app/native/libsqlitejdbc.so" ]] \
    && pass "sqlite native library loaded from the installed image: $lib" \
    || fail "sqlite native library loaded from the installed image (loaded: ${lib:-none})"
  if has_cli products; then
    seller merchant-desk products list > "$WORK/products-v1.txt" 2> /dev/null \
      && pass "merchant-desk products list: $(wc -l < "$WORK/products-v1.txt") lines" || fail "merchant-desk products list"
  fi
else
  info "this build's CLI has no 'demo' command yet: the window's database is the data"
fi
check "database $DB exists" test -s "$DB"
check "database passes PRAGMA quick_check" bash -c "[[ \$(sqlite3 '$DB' 'PRAGMA quick_check;') == ok ]]"
UV1=$(user_version); P1=$(count_rows product); M1=$(count_rows stock_movement)
check "database schema version (PRAGMA user_version = ${UV1:-none}) >= 1" test "${UV1:-0}" -ge 1
info "data made by $V1: $P1 products, $M1 stock movements"
if [[ -z $(ls "$WORK"/ld-demo.* 2> /dev/null) ]]; then
  # no CLI command touched SQLite: show where the window's library came from with the dynamic loader's log
  JOPTS="$PROBE $TMPDIRS" seller env LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/ld-window" timeout 90 merchant-desk > /dev/null 2>&1
  lib=$(grep -ho 'file=[^ ]*libsqlitejdbc[^ ]*' "$WORK"/ld-window.* 2> /dev/null | sort -u | sed 's/file=//')
  [[ $lib == "$APP_ROOT/lib/app/native/libsqlitejdbc.so" ]] \
    && pass "sqlite native library loaded from the installed image: $lib" \
    || fail "sqlite native library loaded from the installed image (loaded: ${lib:-none})"
fi
# the screenshot for the docs: the installed app's window on the seller's data
if open_window "$WORK/window-v1-data.log" merchant-desk; then
  sleep 4
  mkdir -p "$(dirname "$SHOT")"
  import -window root "$SHOT" && pass "screenshot of the installed app on the seller's data: $SHOT" || fail "screenshot"
else
  fail "main window did not appear on the seller's data (log: $WORK/window-v1-data.log)"
fi
close_window
check "sqlite-jdbc unpacked nothing into the app's temp folder" bash -c "[[ -z \$(ls -A '$WORK/apptmp') ]]"

# AppCDS: where the window's classes came from, with the archive required (-Xshare:on)
rm -f "$WORK/classload.txt"
JOPTS="$PROBE -Xshare:on -Xlog:class+load=info:file=$WORK/classload.txt" seller timeout 90 merchant-desk 2>&1 \
  | grep -q "$MARKER" && pass "probe with -Xshare:on: the window printed $MARKER" || fail "probe with -Xshare:on"
shared=$(grep 'com.merchantdesk' "$WORK/classload.txt" 2> /dev/null | grep -c 'shared objects file')
total=$(grep -c 'com.merchantdesk' "$WORK/classload.txt" 2> /dev/null)
check "most app classes come from the AppCDS archive ($shared of $total com.merchantdesk classes)" \
  test "$((${shared:-0} * 2))" -gt "${total:-0}"
check "GTK glass comes from the AppCDS archive (com.sun.glass.ui.gtk.GtkApplication)" \
  grep -q 'com.sun.glass.ui.gtk.GtkApplication source: shared objects file' "$WORK/classload.txt"
info "all classes from the archive: $(grep -c 'shared objects file' "$WORK/classload.txt") of $(grep -c 'source:' "$WORK/classload.txt")"

if ((MEASURE)); then
  step "start-up: installed app against a bare JavaFX window"
  installers/measure-startup.sh 5 "$DATA" | tee "$WORK/startup.txt"
fi

# ---------------------------------------------------------------------------------------------------------
step "upgrade: install $(basename "$DEB2") over $V1"
if (cd "$(dirname "$DEB2")" && apt-get install -y "./$(basename "$DEB2")") > "$WORK/apt-install-v2.log" 2>&1; then pass "apt-get install $(basename "$DEB2")"
else fail "apt-get install $(basename "$DEB2") (see $WORK/apt-install-v2.log)"; tail -20 "$WORK/apt-install-v2.log"; fi
check "dpkg reports merchant-desk $V2-1 installed" bash -c "dpkg -s merchant-desk | grep -q '^Version: $V2-1'"
check "merchant-desk still on PATH after the upgrade" test -x /usr/bin/merchant-desk
check "menu entry still installed after the upgrade" test -f /usr/share/applications/merchant-desk-Merchant_Desk.desktop
check "AppCDS archive remade for $V2" bash -c "[[ -s $APP_ROOT/lib/merchant-desk.jsa && $APP_ROOT/lib/merchant-desk.jsa -nt $DEB2 ]]"
check "installed app now reports $V2" bash -c "merchant-desk --version 2>&1 | grep -q 'Merchant Desk $V2'"
check "probe: the upgraded app's main window printed $MARKER and exited" probe merchant-desk
if has_cli products; then
  seller merchant-desk products list > "$WORK/products-v2.txt" 2> /dev/null
  check "$V2 lists the same products as $V1 made" cmp -s "$WORK/products-v1.txt" "$WORK/products-v2.txt"
fi
UV2=$(user_version); P2=$(count_rows product); M2=$(count_rows stock_movement)
info "after the upgrade: user_version $UV1 -> $UV2, products $P1 -> $P2, stock movements $M1 -> $M2"
check "the data $V1 made is still there (products $P1 -> $P2, movements $M1 -> $M2)" \
  test "$P1" = "$P2" -a "$M1" = "$M2" -a -n "$P2"
check "database migrated to this build's latest schema (user_version $UV2 = V$(latest_migration))" \
  test "$UV2" = "$(latest_migration)"
check "database passes PRAGMA quick_check after the upgrade" bash -c "[[ \$(sqlite3 '$DB' 'PRAGMA quick_check;') == ok ]]"

# ---------------------------------------------------------------------------------------------------------
step "remove the package"
before=$(cd "$DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
if apt-get remove -y merchant-desk > "$WORK/apt-remove.log" 2>&1; then pass "apt-get remove merchant-desk"
else fail "apt-get remove merchant-desk (see $WORK/apt-remove.log)"; fi
check "package gone (dpkg)" bash -c "! dpkg -s merchant-desk 2> /dev/null | grep -q '^Status: install ok installed'"
check "$APP_ROOT removed (AppCDS archive included)" test ! -e "$APP_ROOT"
check "/usr/bin/merchant-desk removed" test ! -e /usr/bin/merchant-desk
check "menu entry removed" test ! -e /usr/share/applications/merchant-desk-Merchant_Desk.desktop
after=$(cd "$DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
check "seller's data folder untouched ($(echo "$after" | wc -l) files, same checksums)" test "$before" = "$after"
check "database still readable after removal" bash -c "[[ \$(sqlite3 '$DB' 'PRAGMA quick_check;') == ok ]]"

# ---------------------------------------------------------------------------------------------------------
if ((RPM)) && [[ -n $RPM1 ]]; then
  step "rpm: $(basename "$RPM1")"
  info "requires: $(rpm -qp --requires "$RPM1" 2> /dev/null | grep -v '^rpmlib\|^/bin/sh' | tr '\n' ' ')"
  rm -rf "$WORK/rpmroot"; mkdir -p "$WORK/rpmroot"
  (cd "$WORK/rpmroot" && rpm2cpio "$RPM1" | cpio -idm --quiet)
  check "rpm2cpio: the .rpm holds the same files as the .deb (less the .deb's share/doc/copyright)" bash -c \
    "diff <(cd '$WORK/rpmroot' && find opt -type f | sort) <(dpkg-deb -c '$DEB1' | awk '{print substr(\$0, index(\$0, \"./opt\") + 2)}' | grep -v '/\$' | grep -v /share/doc/ | sort)"
  RPMDATA=$WORK/rpm-data
  check "extracted .rpm: the app's window printed $MARKER and exited" \
    probe "$WORK/rpmroot$APP_ROOT/lib/app/merchant-desk" --data-dir "$RPMDATA"
  check "extracted .rpm: the app created its database" test -s "$RPMDATA/merchant-desk.db"

  # a real rpm install on this Debian machine: dependencies cannot be checked here (--nodeps)
  if rpm -i --nodeps "$RPM1" > "$WORK/rpm-install.log" 2>&1; then
    pass "rpm -i --nodeps $(basename "$RPM1") (%post ran)"
    check "rpm: merchant-desk on PATH" bash -c "[[ \$(readlink -f /usr/bin/merchant-desk) == $APP_ROOT/lib/app/merchant-desk ]]"
    check "rpm: menu entry installed" test -f /usr/share/applications/merchant-desk-Merchant_Desk.desktop
    check "rpm: AppCDS archive made for the install location" test -s "$APP_ROOT/lib/merchant-desk.jsa"
    check "rpm: installed app's main window printed $MARKER and exited" probe merchant-desk
    check "rpm: installed app opened the seller's existing database" bash -c "[[ \$(sqlite3 '$DB' 'PRAGMA user_version;') == $UV2 ]]"
    if rpm -e --nodeps merchant-desk > "$WORK/rpm-remove.log" 2>&1; then pass "rpm -e merchant-desk (%preun ran)"
    else fail "rpm -e merchant-desk (see $WORK/rpm-remove.log)"; fi
    check "rpm: $APP_ROOT removed" test ! -e "$APP_ROOT"
    check "rpm: /usr/bin/merchant-desk removed" test ! -e /usr/bin/merchant-desk
    check "rpm: menu entry removed" test ! -e /usr/share/applications/merchant-desk-Merchant_Desk.desktop
    check "rpm: seller's data folder still there" test -s "$DB"
  else
    fail "rpm -i --nodeps (see $WORK/rpm-install.log)"; tail -10 "$WORK/rpm-install.log"
  fi
  info "not checked here: the .rpm's dependencies (gtk3, xdg-utils) on a Fedora/RHEL/openSUSE system"
fi

echo
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
