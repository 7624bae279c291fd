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
APT_PACKAGES=(xvfb xauth dbus gnome-keyring libsecret-tools libsecret-1-dev x11-apps netpbm xdotool x11-utils openssl)
# Real Electron brings its own Chromium (CI's real-Electron jobs set E2E_ELECTRON=real).
[ "${E2E_ELECTRON:-}" = real ] || APT_PACKAGES+=(chromium)

# Root installs; elsewhere (a CI runner, a developer) sudo does when it needs no password.
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo -n)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null && ${as_root[@]+"${as_root[@]}"} true 2>/dev/null; then
    echo "setup: installing system packages: ${missing[*]}"
    ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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
  # GNU timeout only: macOS has none, and Windows' timeout.exe is a pause command. Without it
  # the download is left to its own network timeouts.
  bounded=(); timeout --version >/dev/null 2>&1 && bounded=(timeout 300)
  if ! ${bounded[@]+"${bounded[@]}"} node node_modules/electron/install.js >/dev/null 2>&1; then
    echo "setup: the Electron binary could not be downloaded (offline?): the app will run in the Electron stand-in (Node + Chromium)."
  fi
fi

# Electron's setuid sandbox helper must belong to root with mode 4755 where the kernel forbids
# unprivileged user namespaces (Ubuntu 24.04 runners); npm installs it as the user.
sandbox=node_modules/electron/dist/chrome-sandbox
if [ -f "$sandbox" ] && [ "$(uname)" = Linux ] && [ ! -u "$sandbox" ] && ${as_root[@]+"${as_root[@]}"} true 2>/dev/null; then
  ${as_root[@]+"${as_root[@]}"} chown root:root "$sandbox" && ${as_root[@]+"${as_root[@]}"} chmod 4755 "$sandbox"
fi
