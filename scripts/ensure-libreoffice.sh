#!/usr/bin/env bash
# Makes sure headless LibreOffice Calc is installed (the workbook recalculation test opens
# crorecast's .xlsx in it). Idempotent: does nothing when `soffice` is already on the PATH.
# Debian/Ubuntu only (apt); run as root or with sudo available.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc
command -v soffice >/dev/null
