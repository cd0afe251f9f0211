"""Shared fixtures: one real book build per session, a local static server, and Debian's Chromium.

Set WCT_BUILT_SITE=/path/to/_build/html to reuse an existing build while iterating on the tests
(the build test itself still needs a real build and is skipped in that case).

Tests that build the book, drive a browser or a Voila server, and the strict nbval run of every
notebook are marked ``slow``: ``pytest -m "not slow"`` is the seconds-long inner loop, and
``make test`` runs everything.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.browser import CHROMIUM, launch_chromium

REPO = Path(__file__).resolve().parent.parent
JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"
SCREENSHOT_DIR = REPO / "_build" / "screenshots"


# Notebooks that tests execute themselves; nbval must not collect them.
collect_ignore_glob = ["fixtures/*"]


def pytest_collection_modifyitems(items):
    # Strict nbval executes every notebook: the slowest part of the suite.
    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.slow)


@dataclass
class BuildResult:
    returncode: int | None  # None when an existing build was reused
    output: str
    html: Path


@pytest.fixture(scope="session")
def book_build(tmp_path_factory) -> BuildResult:
    """A clean build of the whole book from its saved outputs, with warnings as errors: the English
    edition, then the Spanish one (es/_config.yml, es/_toc.yml) published in it at es/, as `make book`
    builds them."""
    reuse = os.environ.get("WCT_BUILT_SITE")
    if reuse:
        return BuildResult(None, "", Path(reuse))
    out = tmp_path_factory.mktemp("book")
    html = out / "_build" / "html"
    build = [str(JUPYTER_BOOK), "build", str(REPO), "--all", "-W", "--keep-going"]
    english = subprocess.run([*build, "--path-output", str(out)], capture_output=True, text=True, cwd=REPO)
    output = english.stdout + english.stderr
    if english.returncode:
        return BuildResult(english.returncode, output, html)
    spanish = subprocess.run([*build, "--config", "es/_config.yml", "--toc", "es/_toc.yml",
                              "--path-output", str(out / "es")], capture_output=True, text=True, cwd=REPO)
    output += spanish.stdout + spanish.stderr
    if spanish.returncode == 0:
        shutil.copytree(out / "es" / "_build" / "html", html / "es")
    return BuildResult(spanish.returncode, output, html)


@pytest.fixture(scope="session")
def built_site(book_build: BuildResult) -> Path:
    """The built HTML folder; fails (does not skip) if the build produced nothing."""
    index = book_build.html / "index.html"
    assert index.exists(), f"the book did not build:\n{book_build.output[-4000:]}"
    return book_build.html


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """Serve the built site on 127.0.0.1; the server is stopped by its PID afterwards."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(built_site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"static server on port {port} did not answer")
        yield url
    finally:
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded Playwright browser)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `bash tools/ensure_chromium.sh`"
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


# --- the data package, loaded once per session for the tests that read it -------------------------

def _resource_fixture(name: str):
    @pytest.fixture(scope="session")
    def fixture():
        from widgets.datapackage import load_resource

        return load_resource(name)

    return fixture


cases = _resource_fixture("cases")
events = _resource_fixture("timeline_events")
stats = _resource_fixture("rrm_statistics")
results = _resource_fixture("field_study_results")
design = _resource_fixture("field_study_design")
