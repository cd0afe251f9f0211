"""The explorer served by Voila on 127.0.0.1: it renders without showing code, a control changes the
output, and the server is stopped by its PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, _free_port

pytestmark = pytest.mark.slow

VOILA = Path(sys.executable).parent / "voila"


@pytest.fixture(scope="module")
def voila_url():
    port = _free_port()
    # The same command as `make explore`: the project's template (no CDN) found through JUPYTER_PATH.
    env = {**os.environ, "JUPYTER_PATH": str(REPO / "explorer" / "jupyter")}
    server = subprocess.Popen(
        [str(VOILA), "explorer/explorer.ipynb", "--template=wct", "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1"], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        # Ready when the port accepts connections (any page request would execute the notebook).
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("voila did not start")
        yield url
    finally:
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


def _open_explorer(browser, voila_url):
    """The explorer in a fresh page that refuses requests leaving 127.0.0.1: the page, the refused
    addresses and the page's script errors (both lists fill as the test goes)."""
    page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    outside, errors = [], []
    page.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else (outside.append(r.request.url), r.abort()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(voila_url, timeout=120000)
    return page, outside, errors


def test_explorer_updates_when_a_case_is_chosen(browser, voila_url, screenshot_dir):
    page, outside, errors = _open_explorer(browser, voila_url)
    context = page.context
    case = page.locator(".widget-dropdown select").first  # the "Case" control (ipywidgets)
    case.wait_for(timeout=120000)
    table = page.locator("table.wct-explorer-table").first
    table.wait_for(timeout=60000)
    page.locator(".vega-embed svg, canvas").first.wait_for(timeout=60000)
    before = table.inner_text()
    caption = table.locator("caption").inner_text()
    page.screenshot(path=str(screenshot_dir / "explorer_start.png"), full_page=True)
    case.select_option(label="Tridonex, Matamoros")
    # The Python callback runs in the kernel; wait for the events table it rewrites.
    page.wait_for_function("c => document.querySelector('table.wct-explorer-table caption').textContent !== c",
                           arg=caption, timeout=60000)
    after = table.inner_text()
    rows = table.locator("tbody tr")
    assert rows.count() > 0 and all("Tridonex" in r for r in rows.all_inner_texts())
    page.screenshot(path=str(screenshot_dir / "explorer_tridonex.png"), full_page=True)
    assert before != after and "Source" in after
    body = page.locator("body").inner_text()
    assert "build_explorer" not in body and "import " not in body, "Voila must not show the notebook's code"
    assert "snowball" in body
    assert not outside, outside
    assert not errors, errors
    context.close()


def test_record_search_filters_the_requests_in_the_page(browser, voila_url, screenshot_dir):
    page, outside, errors = _open_explorer(browser, voila_url)
    context = page.context
    table = page.locator("table.wct-explorer-table", has=page.locator("caption", has_text="Rapid Response requests"))
    table.wait_for(timeout=120000)
    caption = table.locator("caption").inner_text()
    everything = table.locator("tbody tr").count()
    search = page.get_by_placeholder("facility or company, e.g. Goodyear")
    search.fill("goodyear")
    search.press("Enter")  # the search updates on Enter (continuous_update=False)
    page.wait_for_function(
        "c => [...document.querySelectorAll('table.wct-explorer-table caption')].some("
        "e => e.textContent.startsWith('Rapid Response requests') && e.textContent !== c)",
        arg=caption, timeout=60000)
    rows = table.locator("tbody tr")
    assert 0 < rows.count() < everything and all("Goodyear" in r for r in rows.all_inner_texts())
    # The counts chart is redrawn for the selection (vega renders it after the table arrives): its title
    # names the search.
    page.wait_for_function("() => document.body.innerText.includes('“goodyear”')", timeout=60000)
    table.scroll_into_view_if_needed()  # Voila's page scrolls inside its own container: show the record
    page.screenshot(path=str(screenshot_dir / "explorer_record_goodyear.png"))
    assert not outside, outside
    assert not errors, errors
    context.close()
