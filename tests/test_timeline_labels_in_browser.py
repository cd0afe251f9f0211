"""The timelines' key-event labels ("May 2021: enforcement", "may 2021: aplicación") stay legible on a phone:
in Debian's Chromium at 390 px, on every page of both editions that draws a timeline, no two labels overlap."""

from __future__ import annotations

import pytest

from tests.site_pages import open_drawn
from widgets.book_toc import SPANISH_TOC_PATH, toc_files
from widgets.translations import site_path

pytestmark = pytest.mark.slow

PHONE = (390, 844)
# A key label is a date and a kind of event: "May 2021: enforcement", "2014: withdrawal", "abr 2021: votación".
KEY_LABELS = r"""charts => charts.flatMap(chart => [...chart.querySelectorAll('svg text')]
    .filter(t => /\d{4}: \S/.test(t.textContent))
    .map(t => { const r = t.getBoundingClientRect();
                return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }))"""


def _timeline_pages(built_site) -> list[str]:
    pages = [site_path(name, "en") for name in toc_files()] + [site_path(name, "es") for name in toc_files(SPANISH_TOC_PATH)]
    return [page for page in pages if "key_label" in (built_site / page).read_text(encoding="utf-8")]


def _overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            apart = a["right"] <= b["left"] + 1 or b["right"] <= a["left"] + 1 or a["bottom"] <= b["top"] + 1 \
                or b["bottom"] <= a["top"] + 1
            if not apart:
                found.append((a["text"], b["text"]))
    return found


def test_both_editions_have_timelines_to_check(built_site):
    pages = _timeline_pages(built_site)
    assert any(page.startswith("es/") for page in pages) and any(not page.startswith("es/") for page in pages), pages


def test_no_two_key_event_labels_overlap_on_a_phone(browser, site_url, built_site):
    problems = []
    for page_path in _timeline_pages(built_site):
        page = open_drawn(browser, site_url + page_path, *PHONE)
        labels = page.locator(".wct-chart").evaluate_all(KEY_LABELS)
        page.context.close()
        assert labels, f"{page_path}: a timeline with no key label drawn"
        problems += [f"{page_path}: '{a}' overlaps '{b}'" for a, b in _overlapping(labels)]
    assert not problems, "\n".join(problems)


def test_the_overlap_check_sees_an_overlap():
    """The geometry above can fail: two boxes sharing a corner region overlap; side by side they don't."""
    box = {"text": "a", "left": 0, "right": 100, "top": 0, "bottom": 12}
    assert _overlapping([box, {**box, "text": "b", "left": 90, "right": 190}]) == [("a", "b")]
    assert _overlapping([box, {**box, "text": "b", "left": 101, "right": 190}]) == []
