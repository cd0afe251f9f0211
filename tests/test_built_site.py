"""Checks of the built HTML: every page exists, nothing leaks through unrendered, nothing loads from
outside the site, and no broken values reach the reader."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

from widgets.book_toc import toc_files

pytestmark = pytest.mark.slow

PAGES = toc_files()
# Tags and the attribute through which each would load something into the page.
LOADING_ATTRIBUTES = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
                      "video": "src", "embed": "src", "object": "data", "track": "src"}
LINK_RELS_THAT_LOAD = {"stylesheet", "preload", "modulepreload", "icon", "shortcut icon", "manifest", "prefetch"}
UNRENDERED = re.compile(r"\{(glue|glue:text|glue:figure|glue:any|cite|cite:p|cite:t|term|numref|ref|doc|eval)\}`|\{glue")


class _PageReader(HTMLParser):
    """Collects what a page loads, the text a reader sees (outside script and style), and that text
    outside code (where the book may show MyST syntax on purpose, as the authors' page does)."""

    def __init__(self):
        super().__init__()
        self.loads: list[str] = []
        self.text: list[str] = []
        self.prose: list[str] = []
        self._skip = 0
        self._code = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("code", "pre"):
            self._code += 1
        if tag in LOADING_ATTRIBUTES and attrs.get(LOADING_ATTRIBUTES[tag]):
            self.loads.append(attrs[LOADING_ATTRIBUTES[tag]])
        if tag == "link" and (attrs.get("rel") or "").lower() in LINK_RELS_THAT_LOAD and attrs.get("href"):
            self.loads.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in ("code", "pre") and self._code:
            self._code -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)
            if not self._code:
                self.prose.append(data)


def read_page(path: Path) -> _PageReader:
    reader = _PageReader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def is_external(address: str) -> bool:
    parsed = urlparse(address)
    return bool(parsed.scheme in ("http", "https") or address.startswith("//"))


@pytest.mark.parametrize("page", PAGES)
def test_every_toc_page_was_built(built_site, page):
    assert (built_site / f"{page}.html").exists(), f"{page} is in _toc.yml but was not built"


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_nothing_from_outside_the_site(built_site, page):
    html = (built_site / f"{page}.html").read_text(encoding="utf-8")
    external = [a for a in read_page(built_site / f"{page}.html").loads if is_external(a)]
    assert not external, f"{page} loads from outside the site: {external}"
    for cdn in ("cdn.jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com", "cdn.plot.ly", "polyfill.io"):
        assert cdn not in html.lower(), f"{page} mentions {cdn}"


def test_stylesheets_load_nothing_from_outside_the_site(built_site):
    for css in built_site.rglob("*.css"):
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8", errors="replace"))
        external = [u for u in urls if is_external(u)]
        assert not external, f"{css.relative_to(built_site)} loads {external}"


@pytest.mark.parametrize("page", PAGES)
def test_no_unrendered_roles_or_broken_values(built_site, page):
    reader = read_page(built_site / f"{page}.html")
    text, prose = " ".join(reader.text), " ".join(reader.prose)
    assert not UNRENDERED.search(prose), f"{page} shows raw MyST: {UNRENDERED.search(prose).group(0)}"
    for bad in ("undefined", "NaN", "np.float64", "np.int64", "<NA>", "Traceback"):
        assert bad not in text, f"{page} shows '{bad}' to the reader"


def test_data_files_are_published_with_the_site(built_site):
    import json

    package = json.loads((built_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        assert (built_site / "data" / resource["path"]).exists(), resource["path"]
        if isinstance(resource["schema"], str):  # a shared schema file, e.g. schemas/stated_figure.json
            assert (built_site / "data" / resource["schema"]).exists(), resource["schema"]


def test_pages_without_charts_do_not_load_vega(built_site):
    for page in PAGES:
        html = (built_site / f"{page}.html").read_text(encoding="utf-8")
        has_chart = 'class="wct-chart"' in html
        loads_vega = "vendor/vega.min.js" in html
        assert has_chart == loads_vega, f"{page}: chart={has_chart} but vega loaded={loads_vega}"
