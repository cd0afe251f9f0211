"""The Rapid Response case table in the built site, in Debian's Chromium: search, filters, sorting, a
phone's width, and the whole table without JavaScript. Expected counts come from the CSV."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "data"
PAGE = "book/rrm_record.html"
TABLE = "figure[data-wct-figure] table[data-wct-case-table]"
VISIBLE_ROWS = """t => [...t.querySelectorAll('tr[data-wct-case-row]')].filter(r => r.getClientRects().length > 0)
                         .map(r => r.getAttribute('data-request-id'))"""


@pytest.fixture(scope="module")
def record() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "rrm_requests.csv", dtype=str)
    frame["year"] = pd.to_datetime(frame["request_date"].fillna(frame["resolution_date"])).dt.year
    return frame


@pytest.mark.parametrize("width, height", [(390, 844), (1366, 900)])
def test_search_and_filters_change_the_visible_rows(site_url, browser, screenshot_dir, record, width, height):
    errors: list[str] = []
    page = browser.new_page(viewport={"width": width, "height": height})
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + PAGE)
    table = page.locator(TABLE)
    figure = page.locator("figure[data-wct-figure='rrm-case-table']")
    page.wait_for_function("!document.querySelector(\"figure[data-wct-figure='rrm-case-table'] .wct-figure-controls\").hidden")
    status = figure.locator("[data-wct-case-status]")
    assert table.evaluate(VISIBLE_ROWS) and len(table.evaluate(VISIBLE_ROWS)) == len(record)
    assert status.text_content() == f"Requests shown: {len(record)} of {len(record)}."

    # Search: a facility name typed in lower case and without accents.
    search = figure.get_by_label("Search facility, company, place, sector or source")
    search.fill("tridonex")
    shown = table.evaluate(VISIBLE_ROWS)
    assert shown == record.loc[record["facility"].str.contains("Tridonex"), "request_id"].tolist()
    assert status.text_content() == f"Requests shown: {len(shown)} of {len(record)}."
    search.fill("queretaro")  # the record writes Querétaro
    assert set(table.evaluate(VISIBLE_ROWS)) >= set(record.loc[record["state"] == "Querétaro", "request_id"])
    search.fill("")

    # Filters: an outcome, then a year on top of it.
    figure.get_by_label("Outcome").select_option("panel")
    assert sorted(table.evaluate(VISIBLE_ROWS)) == sorted(record.loc[record["outcome"] == "panel", "request_id"])
    year = int(record.loc[record["outcome"] == "panel", "year"].max())
    figure.get_by_label("Year").select_option(str(year))
    expected = record[(record["outcome"] == "panel") & (record["year"] == year)]
    assert sorted(table.evaluate(VISIBLE_ROWS)) == sorted(expected["request_id"])
    assert status.text_content() == f"Requests shown: {len(expected)} of {len(record)}."
    assert status.get_attribute("aria-live") == "polite"

    # Nothing matches: the table says so.
    search.fill("no such facility anywhere")
    assert table.evaluate(VISIBLE_ROWS) == []
    assert figure.locator("[data-wct-case-empty]").is_visible()
    search.fill("")
    figure.get_by_label("Outcome").select_option("")
    figure.get_by_label("Year").select_option("")

    # Sorting: the request-date heading orders the rows; a second click reverses them.
    button = table.locator("thead th[data-key='request'] button")
    button.click()
    dates = table.evaluate("t => [...t.querySelectorAll('tbody tr')].map(r => r.children[3].getAttribute('data-value'))")
    assert dates == sorted(dates)
    assert table.locator("thead th[data-key='request']").get_attribute("aria-sort") == "ascending"
    button.click()
    dates = table.evaluate("t => [...t.querySelectorAll('tbody tr')].map(r => r.children[3].getAttribute('data-value'))")
    assert dates == sorted(dates, reverse=True)

    # It fits the screen: nothing in the figure is wider than the page.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    figure.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / f"rrm_case_table_{width}.png"))
    assert errors == []
    page.close()


def test_without_javascript_the_whole_table_is_shown(site_url, browser, record):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + PAGE)
    table = page.locator(TABLE)
    assert len(table.evaluate(VISIBLE_ROWS)) == len(record)
    assert not page.locator("figure[data-wct-figure='rrm-case-table'] .wct-figure-controls").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
