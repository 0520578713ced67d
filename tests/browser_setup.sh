#!/bin/sh
# Headless Chromium and its WebDriver for the browser tests (tests/outputs/test_report.py).
# When they are missing, installs the Debian packages chromium and chromium-driver with apt-get
# (as root, or through sudo without a password). In CI (CI=true) a failure stops `make test`;
# elsewhere the browser tests are then skipped, with a message, and every other test runs.
command -v chromium >/dev/null && command -v chromedriver >/dev/null && exit 0
echo "make test: the browser tests need Chromium; installing the Debian packages chromium and" \
     "chromium-driver with apt-get"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
if command -v apt-get >/dev/null \
    && $SUDO apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        chromium chromium-driver; then
    exit 0
fi
if [ "$CI" = "true" ]; then
    echo "make test: could not install Chromium, which CI needs for the browser tests" >&2
    exit 1
fi
echo "make test: could not install Chromium (needs apt-get and root or password-less sudo):" \
     "the browser tests will be skipped" >&2
exit 0
