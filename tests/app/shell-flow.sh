#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's "Try it from a shell" walk, run as written: espalierd with a settings file, an
# enrollment link from espalierctl, one simulated iPhone, a lock, and a clean stop.
# Usage: shell-flow.sh <build-dir>   (inside a keyring session: tests/support/with-keyring.sh)
set -euo pipefail
build=$1
dir=$(mktemp -d)
daemon=""
device=""
cleanup() {
    [ -n "$device" ] && kill "$device" 2>/dev/null || true
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
# Below Linux's ephemeral range (32768 and up), where the other tests' port-0 listeners and
# outgoing connections land: a pair chosen there once collided with one of them.
port=$((20000 + RANDOM % 12000))
admin=$((port + 1))

cat > "$dir/espalierd.ini" <<INI
[store]
database = espalier.sqlite
[server]
listen = 127.0.0.1
port = $port
public_url = https://127.0.0.1:$port
[push]
topic = com.apple.mgmt.External.11111111-2222-3333-4444-555555555555
[admin]
port = $admin
INI

"$build/app/espalierd/espalierd" --config "$dir/espalierd.ini" > "$dir/daemon.log" 2>&1 &
daemon=$!
for _ in $(seq 600); do grep -q "Engine running" "$dir/daemon.log" && break; sleep 0.1; done
grep -q "Engine running" "$dir/daemon.log" || { cat "$dir/daemon.log"; exit 1; }

export ESPALIER_URL=http://127.0.0.1:$admin
export ESPALIER_TOKEN_FILE="$dir/admin.token"
ctl() { "$build/app/espalierctl/espalierctl" --token-file "$ESPALIER_TOKEN_FILE" "$@"; }

url=$(ctl link create --label "Front desk iPhone" | grep -o 'https://[^ ]*' | head -1)
[ -n "$url" ] || { echo "no enrollment link"; exit 1; }

"$build/tools/devicesim/espalier-devicesim" --kind iphone --interval 0.5 "$url" > "$dir/device.log" 2>&1 &
device=$!
for _ in $(seq 600); do grep -q "^enrolled" "$dir/device.log" && break; sleep 0.1; done
udid=$(grep -o 'UDID [A-F0-9-]*' "$dir/device.log" | cut -d' ' -f2)
[ -n "$udid" ] || { cat "$dir/device.log"; exit 1; }

ctl devices | grep -q "$udid"
uuid=$(ctl command DeviceLock "$udid" message="Please return this iPhone to the front desk" | tail -1)
ctl wait "$uuid" --timeout 30
ctl show "$uuid" | grep -q '"MessageResult": "Success"'

kill -TERM "$daemon"
wait "$daemon"
daemon=""
grep -q "Engine stopped" "$dir/daemon.log"
echo "shell flow: ok ($udid locked by $uuid)"
