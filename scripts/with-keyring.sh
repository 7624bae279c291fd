#!/usr/bin/env bash
# Usage: scripts/with-keyring.sh <command...>
# Runs <command> with a private D-Bus session bus and an unlocked gnome-keyring Secret Service
# (a throwaway keyring in a temp dir), so tests use a real keychain and never the user's own.
set -euo pipefail
if [ -z "${WITH_KEYRING_INNER:-}" ]; then
  export WITH_KEYRING_INNER=1
  exec dbus-run-session -- "$0" "$@"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the password on stdin, creates the "login" collection and unlocks it: no prompt.
eval "$(printf '%s' "${KEYRING_PASSWORD:-ci-keyring}" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
