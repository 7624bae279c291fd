#!/usr/bin/env bash
# One-command setup for a fresh clone: the system packages the tests and the stand-in need
# (installed when run as root with apt, otherwise listed), then the npm dependencies.
# Quick when nothing is missing: it only checks.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# chromium: the stand-in's window and the e2e browser; xvfb/xauth: a display for CI;
# dbus, gnome-keyring, libsecret-tools: a real Secret Service for the keychain tests;
# libsecret-1-dev: keytar builds from source here; x11-apps, netpbm, xdotool, x11-utils: screenshots;
# openssl: the throwaway CAs and certificates of the https tests.
APT_PACKAGES=(chromium xvfb xauth dbus gnome-keyring libsecret-tools libsecret-1-dev x11-apps netpbm xdotool x11-utils openssl)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages: ${missing[*]}"
    echo "setup: install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
  fi
fi

# Node's own headers, so node-gyp builds keytar without downloading them.
if [ -f /usr/include/node/node_version.h ]; then export npm_config_nodedir=/usr; fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  # Electron's binary comes from its own download, not the npm registry: try it once, apart
  # from npm ci, so an offline machine still gets a working install.
  if ! timeout 300 node node_modules/electron/install.js >/dev/null 2>&1; then
    echo "setup: the Electron binary could not be downloaded (offline?): the app will run in the Electron stand-in (Node + Chromium)."
  fi
fi
