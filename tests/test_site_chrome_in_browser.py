"""The site's chrome in a real browser (Debian's Chromium): no console errors, charts drawn as they
near the viewport, a dark mode that draws the charts dark too, a visible focus ring, and print.

The checks that the pages' charts draw and their controls work are in test_site_in_browser.py.
"""

from __future__ import annotations

import re

import pytest

from widgets.book_toc import toc_files
from widgets.theme import DARK_BACKGROUND_COLOR

pytestmark = pytest.mark.slow

# The chapter with the most charts: its last chart starts several screens below the first.
MANY_CHARTS = "book/rrm_at_a_glance"
CHART_PAGE = "book/gm_silao"


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgb({r}, {g}, {b})"


def _open(browser, url: str, **context_options):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, **context_options)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    # vega-embed warns when vega reports another version than the spec was compiled for.
    page.on("console", lambda m: "current version of" in m.text and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("response", lambda r: r.status >= 400 and page.problems.append(f"{r.status}: {r.url}"))
    page.on("requestfailed", lambda r: page.problems.append(f"failed: {r.url}"))
    page.goto(url, wait_until="load")
    return page


def _draw_every_chart(page) -> int:
    charts = page.locator(".wct-chart")
    for i in range(charts.count()):
        charts.nth(i).scroll_into_view_if_needed()
    if charts.count():
        page.wait_for_function("n => document.querySelectorAll('.wct-chart svg.marks').length === n",
                               arg=charts.count(), timeout=20000)
    return charts.count()


@pytest.mark.parametrize("page_path", [*toc_files(), "search"])
def test_page_logs_no_error_and_fetches_nothing_missing(browser, site_url, page_path):
    page = _open(browser, site_url + page_path + ".html" + ("?q=Silao" if page_path == "search" else ""))
    if page_path == "search":  # the search page runs a search as it loads
        page.wait_for_selector("#search-results li", timeout=10000)
    _draw_every_chart(page)
    page.wait_for_timeout(300)
    assert not page.problems, page.problems
    page.context.close()


def test_charts_draw_as_they_near_the_viewport(browser, site_url):
    page = _open(browser, site_url + MANY_CHARTS + ".html")
    page.wait_for_timeout(1000)
    charts = page.locator(".wct-chart")
    last = charts.nth(charts.count() - 1)
    assert last.evaluate("e => e.getBoundingClientRect().top") > 900 + 400, "the last chart starts too high"
    assert last.locator("svg.marks").count() == 0, "a chart far below the screen was drawn at load"
    assert _draw_every_chart(page) >= 3
    page.context.close()


def test_drawn_chart_is_an_image_named_by_its_description_with_controls_outside_it(browser, site_url):
    page = _open(browser, site_url + CHART_PAGE + ".html")
    _draw_every_chart(page)
    for chart in page.locator(".wct-chart").all():
        svg = chart.locator("svg.marks")
        assert svg.get_attribute("role") == "img"
        assert svg.get_attribute("aria-label") == chart.get_attribute("data-description")
        assert chart.get_attribute("role") is None
        # Nothing inside the image asks to be announced on its own, and no control sits inside it.
        assert svg.locator("[role]:not([aria-hidden=true])").count() == 0
        assert svg.locator("input, select, button, summary").count() == 0
        summary = chart.locator(".vega-embed > details > summary")
        if summary.count():
            assert summary.get_attribute("aria-label")
    page.context.close()


def test_dark_mode_draws_charts_dark_and_redraws_when_the_reader_switches(browser, site_url):
    page = _open(browser, site_url + CHART_PAGE + ".html", color_scheme="dark")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    _draw_every_chart(page)
    backgrounds = page.locator(".wct-chart svg.marks").evaluate_all("els => els.map(e => e.style.backgroundColor)")
    assert backgrounds and set(backgrounds) == {_rgb(DARK_BACKGROUND_COLOR)}
    # The output panel behind a chart is the page itself, not the theme's light box.
    panel = page.locator(".cell_output .text_html", has=page.locator(".wct-chart")).first
    assert panel.evaluate("e => getComputedStyle(e).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
    page.evaluate("document.documentElement.dataset.theme = 'light'")
    page.wait_for_function("() => [...document.querySelectorAll('.wct-chart svg.marks')].every("
                           "s => s.style.backgroundColor === 'white' || s.style.backgroundColor === 'rgb(255, 255, 255)')",
                           timeout=15000)
    assert not page.problems, page.problems
    page.context.close()


@pytest.mark.parametrize("target", [".bd-header-article .primary-toggle", ".dropdown-download-buttons > button"])
def test_keyboard_focus_shows_a_ring(browser, site_url, target):
    page = _open(browser, site_url + CHART_PAGE + ".html")
    element = page.locator(target).first
    for _ in range(40):
        page.keyboard.press("Tab")
        if element.evaluate("e => e === document.activeElement"):
            break
    else:
        pytest.fail(f"Tab never reached {target}")
    style = element.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }")
    assert style[0] != "none" and float(style[1].rstrip("px")) >= 2, style
    page.context.close()


def test_print_shows_every_chart_with_its_data_and_hides_the_controls(browser, site_url):
    page = _open(browser, site_url + MANY_CHARTS + ".html")
    charts = page.locator(".wct-chart").count()
    page.emulate_media(media="print")
    # Printing draws every chart, even those never scrolled to.
    page.wait_for_function("n => document.querySelectorAll('.wct-chart svg.marks').length === n", arg=charts,
                           timeout=20000)
    for table in page.locator("details.wct-chart-data table").all():
        assert table.bounding_box() and table.bounding_box()["height"] > 0, "a chart's data table is not printed"
    for hidden in (".vega-bindings", ".vega-embed > details", "details.wct-chart-data > summary", ".bd-sidebar-primary",
                   ".bd-header-article", "#pst-primary-sidebar"):
        assert all(not e.is_visible() for e in page.locator(hidden).all()), f"{hidden} prints"
    # Nothing wider than the page: every chart fits the article's width.
    widths = page.evaluate("() => [document.querySelector('.bd-article').clientWidth,"
                           " ...[...document.querySelectorAll('.wct-chart svg.marks')].map(s => s.getBoundingClientRect().width)]")
    assert max(widths[1:]) <= widths[0] + 1, widths
    page.context.close()


def test_one_search_control_per_page_and_it_searches(browser, site_url):
    page = _open(browser, site_url + CHART_PAGE + ".html")
    visible = [e for e in page.locator(".search-button__button, .search-button-field").all() if e.is_visible()]
    assert len(visible) == 1, f"{len(visible)} search controls visible"
    visible[0].click()
    page.keyboard.type("Silao")
    page.keyboard.press("Enter")
    page.wait_for_selector("#search-results li", timeout=10000)
    assert not page.problems, page.problems
    page.context.close()


def test_text_is_about_seventy_to_eighty_characters_wide(browser, site_url):
    page = _open(browser, site_url + CHART_PAGE + ".html")
    median = page.evaluate("""() => {
      const counts = [];
      for (const p of document.querySelectorAll('.bd-article section > p')) {
        const lines = {}, range = document.createRange(), walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i); range.setEnd(node, i + 1);
            const r = range.getClientRects()[0];
            if (r) { const y = Math.round(r.top); lines[y] = (lines[y] || 0) + 1; }
          }
        }
        const full = Object.values(lines); full.pop(); counts.push(...full);  // a paragraph's last line is short
      }
      counts.sort((a, b) => a - b);
      return counts[Math.floor(counts.length / 2)];
    }""")
    assert 68 <= median <= 82, f"lines of {median} characters"
    page.context.close()


def test_wordmark_and_favicon_are_the_books(browser, site_url):
    page = _open(browser, site_url + CHART_PAGE + ".html")
    shown = page.locator(".navbar-brand img.logo__image").filter(visible=True)
    assert shown.count() == 1
    assert re.search(r"wordmark-light\.svg$", shown.get_attribute("src"))
    assert shown.evaluate("i => i.complete && i.naturalWidth > 0")
    icon = page.locator('link[rel="icon"]').get_attribute("href")
    assert icon.split("?")[0].endswith("favicon.svg")
    page.context.close()
