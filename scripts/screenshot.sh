#!/usr/bin/env bash
# Usage: scripts/screenshot.sh [out.png] [seconds]
# Runs `npm start` in a private Xvfb display, waits for the app's window, and saves a
# screenshot of the whole screen: the proof that the app opens a real window.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-docs/screenshots/app.png}"
if [ -z "${SCREENSHOT_INNER:-}" ]; then
  export SCREENSHOT_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
mkdir -p "$(dirname "$out")"
npm start >/tmp/screenshot-start.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if xdotool search --onlyvisible --name 'Supervisor Softphone' >/dev/null 2>&1; then break; fi
  sleep 0.5
done
xdotool search --onlyvisible --name 'Supervisor Softphone' >/dev/null || { cat /tmp/screenshot-start.log; echo 'no app window appeared' >&2; exit 1; }
sleep "${2:-2}" # let the first paint settle
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$out"
echo "saved $out"
