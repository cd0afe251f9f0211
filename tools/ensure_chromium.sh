#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a Playwright browser download, which cannot work here).
# The path is defined once, in tools/browser.py. The PDF (tools/build_pdf.py, tests/test_pdf.py) is
# read with poppler-utils' pdftotext and pdfinfo, and the Nu HTML checker (tests/test_html_validity.py)
# runs on Java 17: all three come from Debian, installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM="$(python3 tools/browser.py --path)"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the browser, PDF and HTML tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need Debian's ${missing[*]} (chromium at $CHROMIUM)." >&2
echo "Install with: sudo apt-get install ${missing[*]}   (then run make test again)" >&2
exit 1
