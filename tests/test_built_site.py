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


def test_only_the_search_page_loads_the_search_index(built_site):
    # The theme's search-as-you-type (off here) is the only user of these scripts on other pages.
    for page in PAGES:
        html = (built_site / f"{page}.html").read_text(encoding="utf-8")
        assert "searchindex.js" not in html and "searchtools.js" not in html, page
    assert "searchindex.js" in (built_site / "search.html").read_text(encoding="utf-8")

# --- The site's chrome: descriptions, favicon, no Font Awesome, a valid root page --------------------

def _meta_description(html: str) -> str | None:
    found = re.search(r'<meta name="description" content="([^"]*)"', html)
    return found and found.group(1)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_description_drawn_from_its_overview(built_site, page):
    import html as html_module

    text = (built_site / f"{page}.html").read_text(encoding="utf-8")
    description = _meta_description(text)
    assert description, f"{page} has no <meta name=\"description\">"
    description = html_module.unescape(description)
    assert 50 <= len(description) <= 160, f"{page}: a {len(description)}-character description"
    # The overview's opening words, as the reader sees them on the page.
    prose = " ".join("".join(read_page(built_site / f"{page}.html").prose).split())
    assert description.rstrip("\u2026")[:60] in prose, f"{page}: '{description}' is not from the page"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_names_a_favicon_that_exists_and_loads_no_font_awesome(built_site, page):
    path = built_site / f"{page}.html"
    text = path.read_text(encoding="utf-8")
    icon = re.search(r'<link rel="icon" href="([^"?]+)', text)
    assert icon and (path.parent / icon.group(1)).resolve().is_file(), f"{page}: no favicon, or it is missing"
    assert "fontawesome" not in text.lower(), f"{page} still loads Font Awesome"


def test_no_font_awesome_icon_is_left_without_a_drawing(built_site):
    # Every Font Awesome class the theme writes into a page is drawn by chrome.css (a mask image);
    # one without would be an empty box where an icon was.
    css = (built_site / "_static" / "chrome.css").read_text(encoding="utf-8")
    drawn = set(re.findall(r"\.(fa-[a-z-]+) \{ --wct-icon:", css))
    used = {name for page in PAGES
            for classes in re.findall(r'class="([^"]*\bfa-[^"]*)"', (built_site / f"{page}.html").read_text(encoding="utf-8"))
            for name in classes.split() if name.startswith("fa-") and name not in ("fa-solid", "fa-lg")}
    assert used and used <= drawn, f"icons with no drawing: {sorted(used - drawn)}"


def test_chart_pages_leave_the_vega_scripts_to_the_charts(built_site):
    # No <script> tag loads vega (it would cost the first paint); a chart page names the scripts, in
    # the order they run, for the charts to load as the first one nears the viewport (widgets.render).
    import hashlib
    import json

    from widgets.sphinx_ext import CHART_SCRIPTS_ID, VEGA_SCRIPTS

    chart_pages = 0
    for page in PAGES:
        text = (built_site / f"{page}.html").read_text(encoding="utf-8")
        assert not re.findall(r"<script[^>]*src=[^>]*vendor/vega", text), f"{page} loads vega with a script tag"
        named = re.search(rf'<script type="application/json" id="{CHART_SCRIPTS_ID}">([^<]*)</script>', text)
        assert bool(named) == ('class="wct-chart"' in text), page
        if not named:
            continue
        chart_pages += 1
        urls = json.loads(named.group(1))
        assert [url.split("_static/", 1)[1].split("?")[0] for url in urls] == VEGA_SCRIPTS, urls
        for url in urls:
            address, version = url.split("?v=")
            file = (built_site / page).parent / address
            assert hashlib.sha256(file.read_bytes()).hexdigest().startswith(version), f"{page}: {url} is stale"
    assert chart_pages, "no chart page names the vega scripts"


def test_root_index_is_a_valid_redirect_to_the_first_page(built_site):
    text = (built_site / "index.html").read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>")
    assert re.search(r"<html lang=\"[a-z]+\">", text)
    title = re.search(r"<title>([^<]+)</title>", text)
    assert title and title.group(1).strip() == "Worker-Centered Trade"
    target = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', text).group(1)
    assert (built_site / target).is_file() and f'<a href="{target}">' in text


@pytest.mark.parametrize("page", PAGES)
def test_every_page_links_the_whole_book_as_a_pdf(built_site, page):
    from widgets.sphinx_ext import BOOK_PDF

    text = (built_site / f"{page}.html").read_text(encoding="utf-8")
    footer = text[text.index('class="extra_footer"'):]
    href = re.search(r'<a href="([^"]+\.pdf)"', footer).group(1)
    # `make pdf` writes the PDF at the site's root; every page's link must resolve there.
    assert (built_site / page).parent.joinpath(href).resolve() == (built_site / BOOK_PDF).resolve(), href
