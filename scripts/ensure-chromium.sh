#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium (the HTML report's browser test
# drives it through playwright-core; Playwright's own browser download is not reachable).
# Idempotent: does nothing when the browser is already there. Debian/Ubuntu only (apt).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium
test -x /usr/bin/chromium
