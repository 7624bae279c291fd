#!/usr/bin/env bash
# Usage: bash scripts/reshoot-screenshots.sh
# Every picture in docs/screenshots/ again: the screens in light and dark from the accessibility
# walk (e2e/console-a11y.spec.ts with UPDATE_SCREENSHOTS=1), the alerts and the coaching round
# (their specs' axe checks), then npm start's window (app.png).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npm run build
npm run build:harness
UPDATE_SCREENSHOTS=1 bash scripts/with-display.sh bash scripts/with-keyring.sh npx playwright test e2e/console-a11y.spec.ts e2e/console-alerts.spec.ts e2e/console-coaching-round.spec.ts
# 75 s after the window appears: the demo's first alerts (Not Ready over its 1-minute demo threshold) are up.
bash scripts/screenshot.sh docs/screenshots/app.png 75
