#!/usr/bin/env bash
# Runs one command on an X server of its own: installers/build-installers.xml uses it for the AppCDS training
# run when the build has no display (build server, CI), so the app opens a real GTK window and the class
# list holds what a seller's desktop loads. Usage: with-xvfb.sh COMMAND [ARG...]; exits with the command's
# status. Xvfb picks a free display itself (-displayfd, no lock-file guessing), accepts only clients with
# this run's cookie, and is stopped when the command ends, fails, or this script is stopped (the build's
# timeout sends SIGTERM). XVFB names another X server binary with Xvfb's options.
set -uo pipefail

XVFB=${XVFB:-Xvfb}
PACKAGES="xvfb libgtk-3-0 xauth"
die() {
  echo "with-xvfb: $*" >&2
  echo "with-xvfb: on Debian/Ubuntu: apt-get install -y --no-install-recommends $PACKAGES" >&2
  echo "with-xvfb: or build on a desktop, or without the start-up archive: -Dinstaller.cds=false" >&2
  exit 127
}
(($#)) || { echo "usage: with-xvfb.sh COMMAND [ARG...]" >&2; exit 2; }
command -v "$XVFB" > /dev/null || die "no display (DISPLAY is unset) and no X server to start one: '$XVFB' not found (Debian package xvfb)"
command -v xauth > /dev/null || die "xauth not found (Debian package xauth), needed to give the X server a cookie"
ldconfig=$(PATH=$PATH:/sbin:/usr/sbin command -v ldconfig)
# (not "ldconfig -p | grep -q": grep stops early, ldconfig gets SIGPIPE and pipefail calls it a miss)
if [[ -n $ldconfig && $("$ldconfig" -p) != *libgtk-3.so.0* ]]; then
  die "GTK 3 not found (Debian package libgtk-3-0): JavaFX opens its window through it"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/merchant-desk-xvfb.XXXXXX") || exit 1
xvfb_pid="" child=""
cleanup() {
  trap '' PIPE   # a reader of our stderr that has gone must not stop the clean-up half way
  [[ -n $child ]] && kill -KILL "$child" 2> /dev/null
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2> /dev/null && wait "$xvfb_pid" 2> /dev/null
  rm -rf "$tmp"
  [[ -n $xvfb_pid ]] && echo "with-xvfb: Xvfb (pid $xvfb_pid) stopped" >&2
}
trap cleanup EXIT
# a signal ends the command at once (the build gave up on it), then the EXIT trap stops Xvfb
trap 'exit 143' TERM INT HUP

# The server reads its cookies from the file at start; the client's entry, for the display it picked, is
# added once the number is known (the server does not match cookies to display numbers).
auth=$tmp/Xauthority
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
touch "$auth" && xauth -q -f "$auth" add :0 MIT-MAGIC-COOKIE-1 "$cookie" || die "xauth could not write $auth"

# Xvfb writes the display number to the pipe once it accepts connections (EOF if it fails to start)
mkfifo "$tmp/displayfd"
"$XVFB" -displayfd 3 -auth "$auth" -nolisten tcp -screen 0 1280x800x24 3> "$tmp/displayfd" > "$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
display=""
read -r display < "$tmp/displayfd"
if [[ ! $display =~ ^[0-9]+$ ]]; then
  echo "with-xvfb: $XVFB did not start:" >&2
  cat "$tmp/xvfb.log" >&2
  exit 1
fi
xauth -q -f "$auth" add ":$display" MIT-MAGIC-COOKIE-1 "$cookie"
echo "with-xvfb: Xvfb :$display (pid $xvfb_pid) for: $1" >&2

DISPLAY=:$display XAUTHORITY=$auth "$@" &
child=$!
wait "$child"
status=$?
child=""
exit "$status"
