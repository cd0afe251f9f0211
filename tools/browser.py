"""Debian's Chromium, as the browser tests and the benchmark launch it: the path and flags in one place.

Never a browser that Playwright downloads (``playwright install`` cannot work on these machines);
``tools/ensure_chromium.sh`` installs Debian's package when it is missing.
"""

from __future__ import annotations

import sys

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps trying to reach the (closed) network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch_chromium(playwright):
    """A headless Debian Chromium browser, driven by Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


if __name__ == "__main__":
    print(CHROMIUM if "--path" in sys.argv[1:] else " ".join([CHROMIUM, *CHROMIUM_ARGS]))
