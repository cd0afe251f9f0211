#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a Playwright browser download, which cannot work here).
# The path is defined once, in tools/browser.py.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM="$(python3 tools/browser.py --path)"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium at $CHROMIUM." >&2
echo "Install it with: sudo apt-get install chromium   (then run make test again)" >&2
exit 1
