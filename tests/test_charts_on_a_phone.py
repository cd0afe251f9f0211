"""The charts that plot numbers or dates, in Debian's Chromium on a phone and on a desktop screen.

At 390×844 every chart and its drawing fit the screen and the page never scrolls sideways; at
1366×900 no chart text is cut short with "…" (labels wrap instead). Each chart is screenshotted at
both sizes into ``_build/screenshots/`` (``<page>-chart<N>-<width>.png``) for a person to look at.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# The chapters whose charts plot numbers or dates (timelines, bars, dot plots, the calculator).
PAGES = ["history", "capability", "compliance", "rrm_at_a_glance", "gm_silao", "tridonex", "draxton", "eswatini",
         "thailand", "field_study"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}

# For every chart: its box, its SVG's box, the right edge of the furthest drawn text (text can
# overflow an SVG drawn with `overflow: visible`), and any text cut short with "…".
MEASURE = """() => [...document.querySelectorAll('.wct-chart')].map(chart => {
  const svg = chart.querySelector('svg.marks');
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')];
  const visible = texts.filter(t => t.closest('[clip-path]') === null);
  return {chart: chart.getBoundingClientRect().right, svgLeft: box.left, svgRight: box.right,
          textLeft: Math.min(...visible.map(t => t.getBoundingClientRect().left), box.left),
          textRight: Math.max(...visible.map(t => t.getBoundingClientRect().right), box.right),
          cut: texts.map(t => t.textContent).filter(t => t.includes('\u2026'))};
})"""


def _open(browser, url: str, viewport: dict):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(url, wait_until="load")
    count = page.locator(".wct-chart").count()
    # Charts may draw only as they near the viewport: bring each one into view until all have drawn.
    for i in range(count):
        page.locator(".wct-chart").nth(i).scroll_into_view_if_needed()
    page.wait_for_function("n => document.querySelectorAll('.wct-chart svg.marks').length === n", arg=count,
                           timeout=20000)
    page.wait_for_timeout(400)  # the draw script redraws once after a resize; let it settle
    return page, count


def _screenshots(page, count: int, screenshot_dir, name: str, width: int) -> None:
    for i in range(count):
        figure = page.locator(".wct-chart-figure").nth(i)
        figure.scroll_into_view_if_needed()
        figure.screenshot(path=str(screenshot_dir / f"{name}-chart{i + 1}-{width}.png"))


@pytest.mark.parametrize("name", PAGES)
def test_charts_fit_a_phone_screen(browser, site_url, screenshot_dir, name):
    page, count = _open(browser, f"{site_url}book/{name}.html", PHONE)
    assert count, f"{name} has no chart"
    width = PHONE["width"]
    _screenshots(page, count, screenshot_dir, name, width)
    for i, chart in enumerate(page.evaluate(MEASURE), 1):
        where = f"{name}, chart {i}"
        assert chart["chart"] <= width, f"{where}: the chart's box is wider than the screen ({chart})"
        assert chart["svgLeft"] >= 0 and chart["svgRight"] <= width, f"{where}: the drawing is off the screen ({chart})"
        assert chart["textLeft"] >= 0 and chart["textRight"] <= width, f"{where}: text runs off the screen ({chart})"
    scroll = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll[0] <= scroll[1], f"{name} scrolls sideways on a phone: {scroll}"
    page.context.close()


@pytest.mark.parametrize("name", PAGES)
def test_chart_text_is_never_cut_short_on_a_desktop(browser, site_url, screenshot_dir, name):
    page, count = _open(browser, f"{site_url}book/{name}.html", DESKTOP)
    cut = {i: chart["cut"] for i, chart in enumerate(page.evaluate(MEASURE), 1) if chart["cut"]}
    assert not cut, f"{name}: chart text cut short with an ellipsis: {cut}"
    _screenshots(page, count, screenshot_dir, name, DESKTOP["width"])
    page.context.close()
