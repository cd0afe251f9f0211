"""Every page of the book at 390×844 (a phone) and 1366×900, in Debian's Chromium, with every chart drawn:
the page never scrolls sideways, and no element reaches past the screen's edges, except inside a scroll
container the page provides on purpose (a code block, a table's scroller, a wide data table), beyond the
explicit allow-list below."""

from __future__ import annotations

import pytest

from tests.site_pages import PAGES, open_drawn, pages_by, stale, unexpected

pytestmark = pytest.mark.slow

VIEWPORTS = [(390, 844), (1366, 900)]

# Containers that scroll sideways on purpose: what reaches past the screen inside one is reachable.
DELIBERATE_SCROLLERS = ".pst-scrollable-table-container, div.highlight, pre, mjx-container, .wct-scroll"

# What is wrong, as "<what> at <width>px" -> pages where it is known today. Each entry is a defect being
# fixed under issue 11: delete it when its fix lands (test_allow_list_is_not_stale says when).
# Anything not listed here fails the test.
# fmt: off
KNOWN: dict[str, set[str]] = {}
# fmt: on

# In the page: the page's own sideways scroll, then each outermost element that reaches past the
# viewport's left or right edge and is not inside a deliberate scroller, named by what it is.
# Inside an SVG only text counts (a group's box includes clipped-away geometry; its labels do not).
MEASURE = """deliberate => {
  const width = window.innerWidth;
  const kind = el => {
    if (el.closest('.wct-chart-data')) return 'chart data table';
    if (el.closest('form.vega-bindings, .vega-bindings')) return 'chart control';
    if (el.closest('.wct-chart')) return 'chart';
    if (el.closest('.wct-chart-figure, [data-wct-figure]')) return 'figure';
    if (el.closest('.prev-next-area')) return 'previous/next links';
    if (el.closest('table')) return 'table';
    const parent = el.parentElement;
    return el.tagName.toLowerCase() + [...el.classList].slice(0, 1).map(c => '.' + c).join('')
           + ' in ' + parent.tagName.toLowerCase() + [...parent.classList].slice(0, 1).map(c => '.' + c).join('');
  };
  const path = el => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement)
      parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].slice(0, 2).map(c => '.' + c).join(''));
    return parts.join(' > ');
  };
  const scrollsOnPurpose = el => {
    const scroller = el.closest(deliberate);
    if (scroller) return true;
    if (!el.closest('table')) return false;  // a wide table in a sideways-scrolling box is a table scroller
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const overflow = getComputedStyle(e).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return e.getBoundingClientRect().right <= width + 1;
    }
    return false;
  };
  const offending = new Set();
  const found = [];
  const scrollWidth = document.scrollingElement.scrollWidth;
  if (scrollWidth > width) found.push({kind: 'page scrolls sideways', detail: `scrollWidth ${scrollWidth} > ${width}`});
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg' && el.tagName.toLowerCase() !== 'text') continue;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
    if (box.right <= width + 1 && box.left >= -1) continue;
    offending.add(el);
    if (offending.has(el.parentElement) || scrollsOnPurpose(el)) continue;
    found.push({kind: kind(el), detail: `${path(el)}: ${Math.round(box.left)}..${Math.round(box.right)} px`});
  }
  return found;
}"""


@pytest.fixture(scope="module")
def overflows(browser, site_url) -> dict[str, dict[str, list[dict]]]:
    """"<width>" -> page -> what reaches past the screen (kind, detail)."""
    found: dict[str, dict[str, list[dict]]] = {}
    for width, height in VIEWPORTS:
        for page_path in PAGES:
            page = open_drawn(browser, site_url + page_path + ".html", width, height)
            found.setdefault(str(width), {})[page_path] = page.evaluate(MEASURE, DELIBERATE_SCROLLERS)
            page.context.close()
    return found


def _by_kind(overflows) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for width, pages in overflows.items():
        for kind, page_paths in pages_by(pages, lambda item, width=width: f"{item['kind']} at {width}px").items():
            kinds.setdefault(kind, set()).update(page_paths)
    return kinds


def test_nothing_is_wider_than_the_screen_beyond_the_allow_list(overflows):
    new = unexpected(_by_kind(overflows), KNOWN)
    report = [f"{width}px {page_path}: {item['kind']}: {item['detail']}"
              for width, pages in overflows.items() for page_path, found in pages.items() for item in found
              if page_path in new.get(f"{item['kind']} at {width}px", ())]
    assert not new, "wider than the screen, not in the allow-list:\n" + "\n".join(report)


# Entries that sit within a few pixels of the edge and come and go between machines (font metrics):
# allowed, but not required to occur.
BORDERLINE: frozenset[tuple[str, str]] = frozenset()


def test_allow_list_is_not_stale(overflows):
    gone = stale(_by_kind(overflows), KNOWN, BORDERLINE)
    assert not gone, f"fixed: delete these from KNOWN in {__file__}: {gone}"


def test_the_measure_sees_what_reaches_past_the_screen(browser, site_url):
    # The check itself: a block wider than a phone, outside any scroller, must be reported.
    page = open_drawn(browser, site_url + "book/about.html", 390, 844)
    page.evaluate("""() => { const block = document.createElement('div');
                             block.className = 'too-wide'; block.style.width = '600px'; block.textContent = 'x';
                             document.querySelector('article').append(block); }""")
    found = page.evaluate(MEASURE, DELIBERATE_SCROLLERS)
    page.context.close()
    assert any(item["kind"].startswith("div.too-wide in article") for item in found), found
