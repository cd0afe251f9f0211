"""`make pdf`'s tool, run for real (single-page build, Debian's Chromium, poppler's pdftotext): one PDF of
the whole book with a contents page whose page numbers are true, every chapter, numbered pages,
extractable text and every chart drawn."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from widgets.book_toc import toc_files

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
# 23 pages of prose, figures and a 20-page bibliography print to a couple of hundred A4 pages; a PDF
# far shorter than this has lost chapters or printed only what fits on screen.
MIN_PAGES = 120


def source_title(doc: str) -> str:
    """A page's title as its author wrote it: the first level-1 heading of its Markdown or notebook."""
    path = REPO / f"{doc}.md"
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
    else:
        cells = json.loads((REPO / f"{doc}.ipynb").read_text(encoding="utf-8"))["cells"]
        lines = [line for cell in cells if cell["cell_type"] == "markdown" for line in "".join(cell["source"]).splitlines()]
    heading = next(line for line in lines if line.startswith("# "))
    return re.sub(r"\{[a-z]+\}`([^`<]*?)\s*(<[^>]*>)?`", r"\1", heading[2:]).strip()  # {term}`X` -> X


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pdf")
    output = work / "worker-centered-trade.pdf"
    result = subprocess.run([sys.executable, "tools/build_pdf.py", "--work-dir", str(work), "--output", str(output)],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return output


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def test_page_count_is_that_of_a_whole_book(pdf, pages):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert count >= MIN_PAGES, f"{count} pages"
    assert len(pages) == count
    assert re.search(r"^Tagged:\s+yes", info, re.M), "the PDF should be tagged (structure for screen readers)"


def test_text_is_extractable_on_every_page(pages):
    body = [page.rsplit("page", 1)[0] for page in pages]  # without the footer
    assert sum(len(words(page).split()) for page in body) > 40_000
    empty = [number for number, page in enumerate(body, 1) if len(words(page).split()) < 5]
    assert not empty, f"pages with no extractable text: {empty}"


def test_every_page_is_numbered(pages):
    total = len(pages)
    unnumbered = [number for number, page in enumerate(pages, 1)
                  if not re.search(rf"page {number} of {total}\s*$", page.rstrip())]
    assert not unnumbered, f"pages without 'page N of {total}' in the footer: {unnumbered[:20]}"


def test_contents_lists_every_chapter_of_the_toc_with_its_true_page(pages):
    contents = pages[0]
    assert "Contents" in contents
    for doc in toc_files():
        title = source_title(doc)
        rows = (re.fullmatch(r"\s*(.*\S)\s+(\d+)\s*", line) for line in contents.splitlines())
        row = next((r for r in rows if r and words(r.group(1)) == words(title)), None)
        assert row, f"{title!r} ({doc}) is not in the contents page with a page number"
        number = int(row.group(2))
        first_lines = " ".join(line for line in pages[number - 1].splitlines() if line.strip())
        assert words(first_lines).startswith(words(title)), f"the contents say {title!r} starts on page {number}"


def test_every_chapter_title_is_in_the_text(pages):
    body = words(" ".join(pages[1:]))
    missing = [doc for doc in toc_files() if words(source_title(doc)) not in body]
    assert not missing, missing


def test_every_chart_is_drawn_before_printing(pdf, pages):
    # Each chart draws a "Data: <file> in this site" line in its SVG; it reaches the PDF only if drawn.
    single = (pdf.parent / "_build" / "singlehtml" / "book" / "index.html").read_text(encoding="utf-8")
    expected = len(re.findall(r"Data: data/[\w.]+ in this site", single))
    drawn = sum(len(re.findall(r"Data: data/[\w.]+ in this site", page)) for page in pages)
    assert expected > 0 and drawn == expected, (drawn, expected)
