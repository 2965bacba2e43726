#!/usr/bin/env bash
# Installs Debian's `chromium`, which the browser tests drive through playwright-core
# (`test/_browser/chromium.ts`): Playwright cannot download its own browsers here, and only the
# npm registry and Debian's archive are reachable. Idempotent: nothing to do when `chromium` is
# already on PATH. Non-interactive; uses sudo when not run as root.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "ensure-chromium: $(command -v chromium) is installed"
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends chromium
command -v chromium >/dev/null 2>&1 || { echo "ensure-chromium: chromium is still not on PATH" >&2; exit 1; }
echo "ensure-chromium: installed $(command -v chromium)"
