"""Build one PDF of the whole book with Debian's Chromium (no LaTeX): `make pdf`.

1. ``jupyter-book build . --builder singlehtml`` into ``_build/pdf/singlehtml`` (the whole book as one
   page, from the committed outputs; nothing is executed).
2. That page is opened in Chromium (through Playwright, from a local server; anything outside
   127.0.0.1 is refused), with print media, and every chart is drawn before printing (each one is
   scrolled into view, so charts that draw only near the viewport draw too).
3. A contents page is put in front: each chapter's title, linked to the chapter, with its page number.
   Page numbers need two passes: the book is printed once with placeholder numbers, ``pdftotext``
   finds the page each chapter starts on (every chapter starts on a new page, its title first), and
   the book is printed again with the real numbers. The tool then checks the numbers in the final PDF.
4. Every page has a footer with the book's title and "page N of M"; the PDF has a document outline
   (bookmarks) from the headings and is tagged.

Output: ``_build/pdf/worker-centered-trade.pdf``; with ``--copy-into-site`` (as `make pdf` runs it) also
``_build/html/worker-centered-trade.pdf``, beside the site's pages, which link to it as
``../worker-centered-trade.pdf``. Publish with `make book pdf`, then ``_build/html``.

    make pdf          (or: .venv/bin/python tools/build_pdf.py [--work-dir DIR] [--output FILE])
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script: make `tools` and `widgets` importable

from tools.browser import launch_chromium  # noqa: E402
from tools.serve_gzip import serving  # noqa: E402
from widgets.book_toc import toc_files  # noqa: E402
from widgets.sphinx_ext import BOOK_PDF as PDF_NAME  # noqa: E402  (the name every page links to)

JUPYTER_BOOK = str(Path(sys.executable).parent / "jupyter-book")
OUT_DIR = REPO / "_build" / "pdf"
PRINT_PAGE = "print.html"
PLACEHOLDER = "000"

# Only what a PDF needs beyond the book's own print stylesheet: the contents page, and each chapter
# starting on a new page (which is also how pass 2 finds where chapters start).
PDF_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
#wct-pdf-contents { break-after: page; font-family: inherit; }
#wct-pdf-contents .title { font-size: 2.4em; font-weight: 600; margin: 0 0 .8em; }
#wct-pdf-contents ol { list-style: none; padding: 0; margin: 0; }
#wct-pdf-contents li { display: flex; align-items: baseline; gap: .4em; margin: .25em 0; }
#wct-pdf-contents li.part { font-weight: 700; margin-top: .9em; }
#wct-pdf-contents a { color: inherit; text-decoration: none; }
#wct-pdf-contents .leader { flex: 1; border-bottom: 1px dotted #888; }
#wct-pdf-contents .page { min-width: 2.5em; text-align: right; font-variant-numeric: tabular-nums; }
.wct-pdf-chapter { break-before: page; }
/* The single page's navigation, header and footer: the contents page and the page footer replace them. */
.bd-header, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-header-article, .bd-footer, .bd-footer-article,
.prev-next-area, .skip-link, #pst-skip-link, .search-button-field,
#jb-print-docs-body { display: none !important; }
/* The theme hides an article's first h1 in print (its print header repeats it); here that is the
   opening page's title, which must stay. */
.bd-main .bd-content .bd-article .wct-pdf-chapter > h1:first-of-type { display: block !important; }
"""

FOOTER = ('<div style="font-size:8px; width:100%; padding:0 16mm; display:flex; justify-content:space-between;'
          ' font-family:sans-serif; color:#555;"><span>{title}</span>'
          '<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>')


def build_singlehtml(out: Path) -> Path:
    """The whole book as one HTML page; returns the folder of the built site."""
    subprocess.run([JUPYTER_BOOK, "build", str(REPO), "--builder", "singlehtml", "--path-output", str(out)],
                   check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return out / "_build" / "singlehtml"


def print_page(site: Path) -> Path:
    """The book's single page, written at the site's root.

    Sphinx's singlehtml builder writes the root document (book/index) to ``book/index.html`` but makes
    its links relative to the site's root (``_static/…``, ``book/index.html#…``): at the root they
    resolve, and links into the book become links within the PDF.
    """
    page = (site / "book" / "index.html").read_text(encoding="utf-8")
    page = page.replace('href="book/index.html#', 'href="#').replace('"../data/', '"data/')
    target = site / PRINT_PAGE
    target.write_text(page, encoding="utf-8")
    return target


def chapters() -> list[tuple[str | None, str]]:
    """(part caption or None, document name) for every page of the book, in _toc.yml order."""
    import yaml

    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    entries: list[tuple[str | None, str]] = [(None, toc["root"])]
    for part in toc.get("parts", []):
        for index, chapter in enumerate(part["chapters"]):
            entries.append((part["caption"] if index == 0 else None, chapter["file"]))
    assert [doc for _, doc in entries] == toc_files(), "the contents list must follow _toc.yml"
    return entries


def _prepare(page, title: str, numbers: dict[str, str]) -> dict[str, str]:
    """Mark each chapter, insert the contents page and the PDF's stylesheet; return chapter titles."""
    page.add_style_tag(content=PDF_CSS)
    docs = [doc for _, doc in chapters()]
    titles = page.evaluate(
        """docs => Object.fromEntries(docs.map(doc => {
               // singlehtml marks where each document starts with an empty <span id="document-…">
               // before its section; the root document is the article's first section.
               const marker = document.getElementById('document-' + doc);
               const section = marker ? marker.nextElementSibling
                                      : document.querySelector('article.bd-article section');
               if (!section) return [doc, null];
               section.classList.add('wct-pdf-chapter');
               const heading = section.querySelector('h1, h2');
               if (!heading) return [doc, null];
               // The heading's own text, without Sphinx's "#" permalink.
               const clone = heading.cloneNode(true);
               clone.querySelectorAll('.headerlink').forEach(e => e.remove());
               return [doc, clone.textContent.trim()];
           }))""", docs)
    missing = [doc for doc, text in titles.items() if not text]
    if missing:
        raise SystemExit(f"build_pdf: no chapter section found for {missing} in the single-page build")
    rows = []
    for part, doc in chapters():
        if part:
            rows.append(f'<li class="part">{html.escape(part)}</li>')
        rows.append(f'<li><a href="#document-{doc}">{html.escape(titles[doc])}</a><span class="leader"></span>'
                    f'<span class="page">{numbers.get(doc, PLACEHOLDER)}</span></li>')
    # The title is not an h1: the theme's print stylesheet hides an article's first h1.
    contents = (f'<nav id="wct-pdf-contents"><p class="title">{html.escape(title)}</p><h2>Contents</h2>'
                f'<ol>{"".join(rows)}</ol></nav>')
    page.evaluate("""markup => {
        const main = document.querySelector('article.bd-article') || document.body;
        main.insertAdjacentHTML('afterbegin', markup);
    }""", contents)
    return titles


def _draw_every_chart(page) -> int:
    """Scroll every chart into view (charts may draw only near the viewport) and wait for all to draw."""
    count = page.locator(".wct-chart").count()
    for index in range(count):
        page.locator(".wct-chart").nth(index).scroll_into_view_if_needed()
        page.wait_for_timeout(20)
    if count:
        page.wait_for_function("n => document.querySelectorAll('.wct-chart svg').length >= n", arg=count,
                               timeout=120_000)
    page.evaluate("window.scrollTo(0, 0)")
    return count


def render(browser, url: str, pdf: Path, title: str, numbers: dict[str, str]) -> tuple[dict[str, str], int]:
    context = browser.new_context(viewport={"width": 1100, "height": 1400})
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url)
               or route.request.url.startswith("data:") else route.abort())
    page.goto(url + PRINT_PAGE, wait_until="load", timeout=120_000)
    charts = _draw_every_chart(page)
    titles = _prepare(page, title, numbers)
    page.emulate_media(media="print")
    # Let the book's own print handlers run (e.g. opening collapsed data tables).
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.wait_for_timeout(300)
    page.pdf(path=str(pdf), format="A4", print_background=True, display_header_footer=True,
             header_template="<span></span>", footer_template=FOOTER.format(title=html.escape(title)),
             margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"},
             outline=True, tagged=True)
    context.close()
    return titles, charts


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def chapter_start_pages(pdf: Path, titles: dict[str, str]) -> dict[str, int]:
    """The page on which each chapter starts: the first page, after the last one found, whose first
    lines of text are exactly the chapter's title (every chapter starts a page)."""
    pages = page_texts(pdf)
    found: dict[str, int] = {}
    after = 1  # the contents page comes first
    for doc, title in titles.items():
        wanted = _words(title)
        for number in range(after + 1, len(pages) + 1):
            lines = [line for line in pages[number - 1].splitlines() if line.strip()]
            # The title may wrap: it is the first one, two or three lines, exactly.
            if any(_words(" ".join(lines[:n])) == wanted for n in (1, 2, 3)):
                found[doc] = number
                after = number
                break
        else:
            raise SystemExit(f"build_pdf: could not find where {title!r} starts in {pdf}")
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build one PDF of the whole book with Chromium.")
    parser.add_argument("--work-dir", type=Path, default=OUT_DIR,
                        help="where the single-page build goes (default _build/pdf)")
    parser.add_argument("--skip-build", action="store_true", help="reuse the single-page build in --work-dir")
    parser.add_argument("--output", type=Path, default=OUT_DIR / PDF_NAME)
    parser.add_argument("--copy-into-site", action="store_true",
                        help=f"also copy the PDF into _build/html as {PDF_NAME} (the site's pages link to it)")
    args = parser.parse_args(argv)
    import yaml
    from playwright.sync_api import sync_playwright

    title = yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))["title"]
    site = args.work_dir / "_build" / "singlehtml"
    if not (args.skip_build and (site / "book" / "index.html").exists()):
        site = build_singlehtml(args.work_dir)
    print_page(site)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with serving(site) as url, sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = launch_chromium(playwright)
        draft = Path(tmp) / "draft.pdf"
        titles, charts = render(browser, url, draft, title, {})
        starts = chapter_start_pages(draft, titles)
        width = len(PLACEHOLDER)
        numbers = {doc: str(number).rjust(width) for doc, number in starts.items()}
        render(browser, url, args.output, title, numbers)
        browser.close()
    final = chapter_start_pages(args.output, titles)
    if final != starts:  # the numbers must not move the chapters they point to
        raise SystemExit(f"build_pdf: chapter pages moved between passes: {starts} -> {final}")
    pages = subprocess.run(["pdfinfo", str(args.output)], check=True, capture_output=True, text=True).stdout
    count = re.search(r"^Pages:\s+(\d+)", pages, re.M).group(1)
    if args.copy_into_site:
        site_html = REPO / "_build" / "html"
        site_html.mkdir(parents=True, exist_ok=True)
        shutil.copy2(args.output, site_html / PDF_NAME)
    print(f"{args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}: "
          f"{count} pages, {len(titles)} chapters, {charts} charts drawn")


if __name__ == "__main__":
    main()
