"""Helpers shared by the whole-site checks (axe, the Nu checker, page widths): the pages to check, a page
opened with every chart drawn, and the explicit allow-lists' bookkeeping."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from widgets.book_toc import toc_files

REPO = Path(__file__).resolve().parent.parent
CHECKERS = REPO / "tests" / "checkers" / "node_modules"
PAGES = toc_files()


def open_drawn(browser, url: str, width: int = 1366, height: int = 900):
    """A fresh page at ``width``×``height`` that refuses requests leaving 127.0.0.1, with every chart drawn.

    Each chart is scrolled into view first, so charts that draw only as they near the viewport draw too.
    """
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_()
               if urlparse(route.request.url).hostname in ("127.0.0.1", None) else route.abort())
    page.goto(url, wait_until="load")
    charts = page.locator(".wct-chart")
    count = charts.count()
    for index in range(count):
        charts.nth(index).scroll_into_view_if_needed()
    if count:
        page.wait_for_function("n => document.querySelectorAll('.wct-chart svg').length >= n", arg=count,
                               timeout=30_000)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(200)
    return page


AXE = CHECKERS / "axe-core" / "axe.min.js"
AXE_BLOCKING = ("serious", "critical")


def axe_violations(page) -> list[dict]:
    """axe-core's serious and critical violations in an open page: rule id, impact, count and a target."""
    assert AXE.exists(), "axe-core is missing: run `make checkers` (npm ci in tests/checkers)"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async levels => (await axe.run(document, {resultTypes: ['violations']})).violations
               .filter(v => levels.includes(v.impact))
               .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,
                           target: v.nodes[0].target.join(' '), help: v.help}))""", list(AXE_BLOCKING))


def unexpected(found: dict[str, set[str]], known: dict[str, set[str]]) -> dict[str, set[str]]:
    """What ``found`` (key -> pages) holds beyond the allow-list ``known`` (key -> pages)."""
    extra = {key: pages - known.get(key, set()) for key, pages in found.items()}
    return {key: pages for key, pages in extra.items() if pages}


def stale(found: dict[str, set[str]], known: dict[str, set[str]],
          borderline: frozenset[tuple[str, str]] = frozenset()) -> dict[str, set[str]]:
    """Allow-list entries that no longer occur: delete them, so they cannot come back unnoticed.

    ``borderline`` holds (key, page) entries that are allowed but need not occur (a few pixels from an
    edge, they come and go with a machine's font metrics).
    """
    gone = {key: {page for page in pages - found.get(key, set()) if (key, page) not in borderline}
            for key, pages in known.items()}
    return {key: pages for key, pages in gone.items() if pages}


def pages_by(found: dict[str, list[dict]], key) -> dict[str, set[str]]:
    """``found`` (page -> items) regrouped as key(item) -> the pages where such an item occurs."""
    grouped: dict[str, set[str]] = {}
    for page_path, items in found.items():
        for item in items:
            grouped.setdefault(key(item), set()).add(page_path)
    return grouped
