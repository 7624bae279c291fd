#!/usr/bin/env bash
# Usage: scripts/with-display.sh <command...>
# Runs <command> with an X display: the current one, or a private Xvfb when there is none
# (CI, ssh). Real Electron and headed Chromium both need one.
set -euo pipefail
if [ -n "${DISPLAY:-}" ]; then exec "$@"; fi
if ! command -v xvfb-run >/dev/null; then
  echo "No X display and no xvfb-run: install xvfb (scripts/setup.sh does) or set DISPLAY." >&2
  exit 1
fi
exec xvfb-run -a -s "-screen 0 1280x800x24" "$@"
