"""The Spanish edition as readers get it (issue 14): every translated page built into the site at es/, its
charts drawn in Debian's Chromium, nothing wider than a phone, no serious or critical axe violation, the
language switcher and the hreflang links working both ways, and no English left in the translated text
beyond what is English on purpose (citations, code, the sources' own titles, names)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from tests.site_pages import axe_violations, open_drawn
from tests.test_pages_on_a_phone import DELIBERATE_SCROLLERS, MEASURE, VIEWPORTS
from widgets.translations import TRANSLATED, published_site_url, site_path

pytestmark = pytest.mark.slow

# (English page, Spanish page) as published: "book/index.html", "es/book/es/index.html".
PAIRS = [(site_path(en, "en"), site_path(es, "es")) for en, es in TRANSLATED.items()]
SPANISH = [es for _, es in PAIRS]

# Words that are English and never Spanish: one of them in the text means a sentence left in English.
ENGLISH_WORDS = frozenset(
    "the and of with which that from this these those to is are was were for by into its their has have "
    "been be or but not on at it an who what when where would could should will".split())

# Names that are English words but stay as they are in Spanish text (proper nouns). Add one only with a
# comment saying whose name it is.
PROPER_NOUNS = [
    "Worker-Centered Trade",  # the book's own name, in the footer's "Por Los autores de Worker-Centered Trade"
    "CC BY 4.0",  # the Creative Commons licence's own identifier, the same in its Spanish deed (About page)
]

# The visible text of a page, with every collapsed block opened and the charts' SVG text (titles, axes,
# legends) included, and without what is English on purpose: text marked lang="en" (the link back to the
# English page), citations ("[LeClercq 2026, Part I.A.3]"), code, the list of sources (each source keeps
# its own language), and the English term each glossary entry gives in parentheses.
SPANISH_TEXT = """() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const removed = '[lang]:not(html):not([lang^="es"]), .bibtex-citation, code, pre, kbd, .citation-list, .headerlink';
  document.querySelectorAll(removed).forEach(el => el.remove());
  document.querySelectorAll('dl.glossary > dt').forEach(dt => {
    dt.textContent = dt.textContent.replace(/\\s*\\([^()]*\\)\\s*$/, '');
  });
  const svgText = [...document.querySelectorAll('.wct-chart svg text')].map(t => t.textContent);
  return document.body.innerText + '\\n' + svgText.join('\\n');
}"""


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.alternates: dict[str, str] = {}
        self.switcher: str | None = None
        self._in_switch = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "p" and "wct-language-switch" in (attrs.get("class") or ""):
            self._in_switch = True
        elif tag == "a" and self._in_switch and self.switcher is None:
            self.switcher = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_switch = False


def _head(built_site: Path, page_path: str) -> _Head:
    parser = _Head()
    parser.feed((built_site / page_path).read_text(encoding="utf-8"))
    return parser


def _resolve(page_path: str, href: str) -> str:
    """A link's target as a path from the site's root: absolute hreflang links (a build that knows its
    address, WCT_SITE_URL) start with the site's address, relative ones are resolved from the page."""
    site = published_site_url(_configured_site_url())
    if site and href.startswith(site):
        return href.removeprefix(site)
    return urljoin("http://site/" + page_path, href).removeprefix("http://site/")


def _configured_site_url() -> str:
    config = yaml.safe_load((Path(__file__).resolve().parent.parent / "_config.yml").read_text(encoding="utf-8"))
    return (config.get("sphinx", {}).get("config") or {}).get("wct_site_url", "")


@pytest.mark.parametrize("page_path", SPANISH)
def test_every_spanish_page_is_built_in_spanish(built_site, page_path):
    assert (built_site / page_path).is_file(), f"{page_path} is not in the built site"
    assert _head(built_site, page_path).lang == "es"


@pytest.mark.parametrize(("english", "spanish"), PAIRS)
def test_hreflang_links_join_the_two_editions_both_ways(built_site, english, spanish):
    for here, lang, other, other_lang in ((english, "en", spanish, "es"), (spanish, "es", english, "en")):
        alternates = _head(built_site, here).alternates
        assert set(alternates) == {"en", "es"}, f"{here}: hreflang links {alternates}"
        assert _resolve(here, alternates[lang]) == here, f"{here}: hreflang={lang} does not point at itself"
        assert _resolve(here, alternates[other_lang]) == other, f"{here}: hreflang={other_lang} misses {other}"


@pytest.mark.parametrize(("english", "spanish"), PAIRS)
def test_the_language_switcher_leads_to_the_other_edition_both_ways(browser, site_url, english, spanish):
    for start, lang, target, target_lang in ((english, "en", spanish, "es"), (spanish, "es", english, "en")):
        page = browser.new_page()
        page.goto(site_url + start)
        assert page.evaluate("document.documentElement.lang") == lang
        with page.expect_navigation():
            page.locator(".wct-language-switch a").click()
        assert page.url == site_url + target, f"the switcher on {start} leads to {page.url}"
        assert page.evaluate("document.documentElement.lang") == target_lang
        page.close()


@pytest.mark.parametrize("page_path", SPANISH)
def test_every_chart_on_a_spanish_page_is_drawn(browser, site_url, page_path):
    page = open_drawn(browser, site_url + page_path)
    charts = page.locator(".wct-chart").count()
    drawn = page.locator(".wct-chart svg").count()
    errors = page.locator(".wct-chart").evaluate_all("els => els.map(e => e.innerText).filter(t => /No se pudo/.test(t))")
    page.context.close()
    assert drawn >= charts and not errors, f"{page_path}: {drawn} of {charts} charts drawn; {errors}"


def test_the_landing_page_has_its_chart(browser, site_url):
    page = open_drawn(browser, site_url + site_path(TRANSLATED["book/index"], "es"))
    assert page.locator(".wct-chart svg").count() >= 1
    page.context.close()


@pytest.mark.parametrize("page_path", SPANISH)
@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_a_spanish_page_fits_the_screen(browser, site_url, page_path, width, height):
    page = open_drawn(browser, site_url + page_path, width=width, height=height)
    found = page.evaluate(MEASURE, DELIBERATE_SCROLLERS)
    page.context.close()
    assert not found, f"{page_path} at {width}px: " + "; ".join(f"{f['kind']}: {f['detail']}" for f in found)


@pytest.mark.parametrize("page_path", SPANISH)
def test_no_serious_or_critical_axe_violation_on_a_spanish_page(browser, site_url, page_path):
    page = open_drawn(browser, site_url + page_path)
    found = axe_violations(page)
    page.context.close()
    assert not found, "\n".join(f"{page_path}: {v['id']} ({v['impact']}, {v['nodes']}×) {v['help']}; e.g. {v['target']}"
                                for v in found)


@pytest.mark.parametrize("page_path", SPANISH)
def test_no_english_left_on_a_spanish_page(browser, site_url, page_path):
    page = open_drawn(browser, site_url + page_path)
    text = page.evaluate(SPANISH_TEXT)
    page.context.close()
    for name in PROPER_NOUNS:
        text = text.replace(name, " ")
    left = [line.strip() for line in text.splitlines()
            if ENGLISH_WORDS & set(re.findall(r"[^\W\d_]+", line.lower()))]
    assert not left, f"{page_path}: English left in the text:\n" + "\n".join(left)


def test_the_english_check_finds_english(browser, site_url):
    """The check above can fail: an English page's text is full of English words."""
    page = open_drawn(browser, site_url + "book/index.html")
    text = page.evaluate(SPANISH_TEXT)
    page.context.close()
    assert len(ENGLISH_WORDS & set(re.findall(r"[^\W\d_]+", text.lower()))) >= 5


@pytest.mark.parametrize("page_path", SPANISH)
def test_links_to_english_chapters_carry_a_drawn_mark_not_a_missing_glyph(browser, site_url, page_path):
    """The sidebar marks links that leave the edition; without the theme's icon font, its glyph would be
    an empty box (chrome.css draws the mark as a mask instead)."""
    page = browser.new_page()
    page.goto(site_url + page_path)
    marks = page.locator("nav.bd-links a.reference.external").evaluate_all(
        """els => els.map(a => { const s = getComputedStyle(a, '::after');
                                 return {content: s.content, mask: s.maskImage || s.webkitMaskImage}; })""")
    page.close()
    assert marks, f"{page_path}: no link to an English chapter in the sidebar"
    wrong = [m for m in marks if m["content"] not in ('""', "none") or m["mask"] in ("", "none")]
    assert not wrong, f"{page_path}: {len(wrong)} sidebar links drawn with a font glyph: {wrong[0]}"
