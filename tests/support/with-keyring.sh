#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-keyring.sh <program> [args...]
#
# Runs <program> in a private D-Bus session bus with a fresh, unlocked gnome-keyring that serves
# the Secret Service (org.freedesktop.secrets), inside a throwaway HOME and XDG directories, and
# exits with the program's status (128+N when signal N ended it). Status 125 means the session
# itself could not be set up; its log is printed. Works as root in a bare container: it needs no
# X11, no systemd user session and no dbus-launch, only dbus-daemon, dbus-send (dbus-bin, which
# dbus-daemon depends on) and gnome-keyring-daemon.
#
# Both daemons are children of this script, and it waits for each to exit before it removes the
# temporary directory, so nothing outlives it, not even as a zombie. That is why it starts the bus
# itself instead of using dbus-run-session: dbus-run-session only signals its dbus-daemon and does
# not reap it, and in a container whose init does not reap either the daemon stays <defunct>.
#
# The keyring daemon runs in the foreground and closes its stdout once the Secret Service is on
# the bus, so the script waits on that instead of polling; the program never races the daemon's
# start-up and never triggers D-Bus activation of a second, locked daemon.
#
# ESPALIER_KEYRING_LOCKED=1 locks the login keyring before the program starts, for tests of how
# a locked keyring answers.

set -u

readonly self=${0##*/}

if [ $# -eq 0 ]; then
    echo "usage: $self <program> [args...]" >&2
    exit 2
fi

for tool in dbus-daemon dbus-send gnome-keyring-daemon mktemp mkfifo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$self: $tool not found; install dbus and gnome-keyring (tools/install-deps.sh)" >&2
        exit 125
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/espalier-keyring.XXXXXXXX") || exit 125
log="$root/session.log"
bus_pid=
keyring_pid=
program_pid=

stop() {
    # Reap what is still running, newest first, and only then remove the files they use.
    local pid
    for pid in "$program_pid" "$keyring_pid" "$bus_pid"; do
        [ -n "$pid" ] || continue
        kill -TERM "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    program_pid= keyring_pid= bus_pid=
    rm -rf -- "$root"
}
trap stop EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

setup_failed() {
    echo "$self: $1" >&2
    [ -s "$log" ] && sed "s/^/$self: | /" "$log" >&2
    exit 125
}

# A private environment for the daemons and the program: keyrings land in XDG_DATA_HOME, the
# daemon's control socket in XDG_RUNTIME_DIR, anything else in HOME. Nothing of the caller's
# desktop session may leak in, or libsecret would talk to the real keyring.
for dir in home config data cache runtime; do
    mkdir -m 0700 "$root/$dir" || setup_failed "cannot create $root/$dir"
done
export HOME="$root/home"
export XDG_CONFIG_HOME="$root/config"
export XDG_DATA_HOME="$root/data"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK XDG_SESSION_ID

# The session bus. dbus-daemon writes its address once it listens, then keeps running.
mkfifo "$root/bus-address" || setup_failed "cannot create a FIFO in $root"
dbus-daemon --session --nofork --nopidfile --print-address=1 \
    </dev/null >"$root/bus-address" 2>>"$log" &
bus_pid=$!
IFS= read -r address <"$root/bus-address"
if [ -z "$address" ]; then
    setup_failed "dbus-daemon did not start"
fi
export DBUS_SESSION_BUS_ADDRESS="$address"

# The keyring. With --unlock it reads a password on stdin and creates the login keyring with it,
# unlocked; the keyring is thrown away with $root, so the password protects nothing.
mkfifo "$root/keyring-ready" || setup_failed "cannot create a FIFO in $root"
gnome-keyring-daemon --foreground --unlock --components=secrets \
    <<<"espalier-test-keyring" >"$root/keyring-ready" 2>>"$log" &
keyring_pid=$!
cat "$root/keyring-ready" >/dev/null # returns once the daemon is ready, or has died
if ! kill -0 "$keyring_pid" 2>/dev/null; then
    wait "$keyring_pid"
    keyring_pid=
    setup_failed "gnome-keyring-daemon did not start"
fi
owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>>"$log")
case $owner in
*"boolean true"*) ;;
*) setup_failed "gnome-keyring-daemon runs but does not serve org.freedesktop.secrets" ;;
esac

if [ "${ESPALIER_KEYRING_LOCKED:-0}" = 1 ]; then
    # Locking needs no prompt, unlocking would; with no desktop to show one, it stays locked.
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.Lock \
        array:objpath:/org/freedesktop/secrets/collection/login >/dev/null 2>>"$log" ||
        setup_failed "could not lock the login keyring"
fi

# The program runs in the background so that a signal to this script is handled at once; its
# stdin is passed on explicitly because a background job would otherwise read /dev/null.
"$@" <&0 &
program_pid=$!
wait "$program_pid"
status=$?
program_pid=
exit "$status"
