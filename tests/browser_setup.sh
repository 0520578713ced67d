#!/bin/sh
# Installs headless Chromium and its WebDriver for tests/test_report.py (Debian; needs root). Idempotent.
set -e
command -v chromium >/dev/null && command -v chromedriver >/dev/null && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
