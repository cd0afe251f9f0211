"""Benchmark the book against the stock sample book that `jupyter-book create` makes (same version),
in one run, so both are timed on the same machine under the same load.

Each timing is repeated (``--runs``, at least 3) with the two books interleaved, and reported as the
median, minimum and maximum:

* a clean ``jupyter-book build .`` (no ``_build``), also per built page;
* a rebuild with nothing changed;
* a rebuild after touching one chapter, and after a one-sentence prose edit to it;
* for this book, which chapters ``make notebooks`` re-executes after a one-line code edit to one;
* the transfer weight of each built page (the HTML plus every script, style, font, image and data
  file it loads, counted by Debian's Chromium with the cache off);
* the readers' budgets: Lighthouse 12 (tests/checkers, on Debian's Chromium) on this book's built site
  served with gzip as a static host serves it (tools/serve_gzip.py), mobile (Lighthouse's default,
  simulated throttling) and desktop (``--preset=desktop``): the performance, accessibility,
  best-practices and SEO scores, LCP and TBT of each page, and each page's uncompressed weight. By
  default on a representative set (the landing page, a text page, three chart pages); ``--all-pages``
  runs every page (23 × 2 Lighthouse runs, several minutes).

It measures; it does not assert. The budgets are printed beside the figures, each with a met/MISSED
line. Results are also written to _build/bench.json.

    make bench                               (or: python tools/bench.py --runs 5)
    make bench BENCH_ARGS=--all-pages        Lighthouse on every page
    make bench BENCH_ARGS=--readers-only     only the readers' budgets (Lighthouse, page weight)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script: make `tools` and `widgets` importable

from tools.browser import CHROMIUM, CHROMIUM_ARGS, launch_chromium  # noqa: E402
from tools.serve_gzip import serving  # noqa: E402
from widgets.book_toc import SPANISH_TOC_PATH, toc_files  # noqa: E402

JUPYTER_BOOK = str(Path(sys.executable).parent / "jupyter-book")
SENTENCE = "This sentence was added by the benchmark."


def _timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    return time.perf_counter() - start


def _build(book: Path) -> float:
    return _timed([JUPYTER_BOOK, "build", "."], book)


def _copy_of_this_book(target: Path) -> Path:
    """A copy of the tracked files (what a clean clone has), so the bench never touches _build here."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, check=True,
                           capture_output=True, text=True).stdout.splitlines()
    for name in files:
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _with_sentence(lines: list[str]) -> list[str]:
    """``lines`` with one sentence added at the end of the first paragraph of plain prose."""
    for index, line in enumerate(lines):
        ends_paragraph = index + 1 == len(lines) or not lines[index + 1].strip()
        if line[:1].isalpha() and ends_paragraph:
            return [*lines[:index], line.rstrip("\n") + " " + SENTENCE + line[len(line.rstrip("\n")):],
                    *lines[index + 1:]]
    raise ValueError("no paragraph of prose to edit")


def _add_sentence(page: Path) -> None:
    """Add one sentence to the first paragraph of prose (a Markdown file, or a notebook's first Markdown
    cell that has one), as an author's one-sentence edit."""
    if page.suffix == ".ipynb":
        notebook = json.loads(page.read_text(encoding="utf-8"))
        for cell in (c for c in notebook["cells"] if c["cell_type"] == "markdown"):
            try:
                cell["source"] = _with_sentence(cell["source"])
                break
            except ValueError:
                continue
        page.write_text(json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        page.write_text("".join(_with_sentence(page.read_text(encoding="utf-8").splitlines(keepends=True))),
                        encoding="utf-8")


def one_round(book: Path, page: Path) -> dict[str, float]:
    """One clean build, a no-change rebuild, a rebuild after touching ``page`` and after a one-sentence
    edit to it (the edit is undone afterwards), in seconds."""
    shutil.rmtree(book / "_build", ignore_errors=True)
    original = page.read_bytes()
    clean = _build(book)
    no_change = _build(book)
    page.touch()
    touched = _build(book)
    _add_sentence(page)
    edited = _build(book)
    page.write_bytes(original)
    return {"clean_build_s": clean, "no_change_rebuild_s": no_change, "touched_page_rebuild_s": touched,
            "sentence_edit_rebuild_s": edited}


def notebooks_re_executed_after_code_edit(book: Path, chapter: Path) -> list[str]:
    """Which notebooks `make notebooks` re-executes after a one-line edit to a code cell of ``chapter``."""
    notebook = json.loads(chapter.read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    cell["source"].insert(0, "# A one-line edit made by the benchmark.\n")
    chapter.write_text(json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "tools/execute_notebooks.py"], cwd=book, check=True,
                            capture_output=True, text=True)
    return [line.split()[1].rstrip(":") for line in result.stdout.splitlines() if line.startswith("executed ")]


def page_weights(html_dir: Path, pages: list[str]) -> dict[str, int]:
    """Bytes transferred to show each page in Chromium, cache disabled, served from 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    port = 8700 + (hash(str(html_dir)) % 200)
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(html_dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    weights: dict[str, int] = {}
    try:
        time.sleep(1)
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for page_path in pages:
                context = browser.new_context()
                page = context.new_page()
                page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
                sizes: list[int] = []

                def record(response, sizes=sizes):
                    try:
                        sizes.append(len(response.body()))
                    except Exception:  # a redirect or aborted request has no body
                        pass

                page.on("response", record)
                page.goto(f"http://127.0.0.1:{port}/{page_path}", wait_until="networkidle")
                weights[page_path] = sum(sizes)
                context.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return weights


# --- the readers' budgets: Lighthouse on the site served with gzip, and page weight ---------------

LIGHTHOUSE = REPO / "tests" / "checkers" / "node_modules" / ".bin" / "lighthouse"
# The landing page, a text page and three chart pages (timelines; three charts; the survey chart).
REPRESENTATIVE_PAGES = ["book/index", "book/authors", "book/history", "book/rrm_at_a_glance", "book/field_study"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
MB = 1_000_000
BUDGETS = {"performance": {"mobile": 0.90, "desktop": 0.98}, "accessibility": 1.0, "best-practices": 1.0,
           "seo": 1.0}
PAGE_WEIGHT_BUDGET = {"text": 1.0 * MB, "chart": 2.0 * MB}


def lighthouse(url: str, form: str, out: Path) -> dict:
    """One Lighthouse run on ``url`` (``form``: mobile or desktop): the four scores, LCP and TBT in ms."""
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}", "--quiet",
               f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"]
    if form == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    report = json.loads(out.read_text(encoding="utf-8"))
    result = {name: report["categories"][name]["score"] for name in CATEGORIES}
    result["lcp_ms"] = report["audits"]["largest-contentful-paint"]["numericValue"]
    result["tbt_ms"] = report["audits"]["total-blocking-time"]["numericValue"]
    return result


def page_kind(html_dir: Path, page: str) -> str:
    """'chart' for a page that draws Vega-Lite charts, else 'text' (their page-weight budgets differ)."""
    return "chart" if "vegaEmbed(" in (html_dir / f"{page}.html").read_text(encoding="utf-8") else "text"


def readers_budgets(html_dir: Path, pages: list[str], every_page: list[str] | None = None) -> dict:
    """Lighthouse (mobile and desktop) on ``pages`` served with gzip, and the weight of ``every_page``
    (default: every page of the English edition)."""
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `make checkers` (npm ci in tests/checkers)")
    scores: dict[str, dict[str, dict]] = {}
    with serving(html_dir) as url, tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            for form in ("mobile", "desktop"):
                scores.setdefault(page, {})[form] = lighthouse(f"{url}{page}.html", form, Path(tmp) / "report.json")
                print(f"  lighthouse {form:7} {page}: " + ", ".join(
                    f"{k} {v:.2f}" if k in CATEGORIES else f"{k} {v:,.0f}" for k, v in scores[page][form].items()),
                    flush=True)
    every_page = every_page or toc_files()
    weights = page_weights(html_dir, [f"{p}.html" for p in every_page])
    return {"lighthouse": scores,
            "page_weight": {p: {"bytes": weights[f"{p}.html"], "kind": page_kind(html_dir, p)} for p in every_page}}


def report_readers_budgets(results: dict) -> None:
    scores, weights = results["lighthouse"], results["page_weight"]
    print("\nLighthouse 12, site served with gzip (score 0-1; LCP and TBT in ms)")
    print(f"  {'page':36}{'form':9}{'perf':>6}{'a11y':>6}{'b.p.':>6}{'seo':>6}{'LCP':>8}{'TBT':>7}")
    for page, forms in scores.items():
        for form, r in forms.items():
            print(f"  {page:36}{form:9}{r['performance']:6.2f}{r['accessibility']:6.2f}"
                  f"{r['best-practices']:6.2f}{r['seo']:6.2f}{r['lcp_ms']:8,.0f}{r['tbt_ms']:7,.0f}")
    print("\nReaders' budgets:")
    for category, budget in BUDGETS.items():
        for form in ("mobile", "desktop"):
            floor = budget[form] if isinstance(budget, dict) else budget
            below = {page: forms[form][category] for page, forms in scores.items() if forms[form][category] < floor}
            label = f"Lighthouse {form} {category} >= {floor:.2f} on every page measured ({len(scores)})"
            print(f"  {'MISSED ' if below else 'met    '} {label}"
                  + (f": {', '.join(f'{p} {v:.2f}' for p, v in below.items())}" if below else ""))
    print("\nPage weight, uncompressed (HTML + everything it loads)")
    for page, w in weights.items():
        print(f"  {page:36}{w['kind']:7}{w['bytes'] / MB:7.2f} MB")
    for kind, budget in PAGE_WEIGHT_BUDGET.items():
        over = {page: w["bytes"] for page, w in weights.items() if w["kind"] == kind and w["bytes"] > budget}
        count = sum(w["kind"] == kind for w in weights.values())
        label = f"page weight <= {budget / MB:.1f} MB on every {kind} page ({count})"
        print(f"  {'MISSED ' if over else 'met    '} {label}"
              + (f": {', '.join(f'{p} {b / MB:.2f} MB' for p, b in over.items())}" if over else ""))


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark this book against the stock sample book.")
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each timing (at least 3)")
    parser.add_argument("--all-pages", action="store_true", help="Lighthouse on every page, not a representative set")
    parser.add_argument("--readers-only", action="store_true",
                        help="only the readers' budgets (Lighthouse and page weight), skipping the build timings")
    parser.add_argument("--site", type=Path, help="with --readers-only: an existing built site (default: build one)")
    parser.add_argument("--spanish", action="store_true",
                        help="with --readers-only: the Spanish edition's pages (es/ in the site), all of them")
    args = parser.parse_args(argv)
    runs = max(3, args.runs)
    lighthouse_pages = toc_files() if args.all_pages else REPRESENTATIVE_PAGES
    every_page = None
    if args.spanish and not (args.readers_only and args.site):
        parser.error("--spanish measures a site make book built: give --readers-only --site _build/html")
    if args.spanish:
        lighthouse_pages = every_page = ["es/" + name for name in toc_files(SPANISH_TOC_PATH)]
    out = REPO / "_build" / "bench.json"
    out.parent.mkdir(exist_ok=True)

    if args.readers_only:
        with tempfile.TemporaryDirectory() as tmp:
            site = args.site
            if site is None:
                book = _copy_of_this_book(Path(tmp) / "ours")
                _build(book)
                site = book / "_build" / "html"
            readers = readers_budgets(site, lighthouse_pages, every_page)
        report_readers_budgets(readers)
        out.write_text(json.dumps({"readers": readers}, indent=2), encoding="utf-8")
        print(f"\nwritten to {out.relative_to(REPO)}")
        return

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([JUPYTER_BOOK, "create", str(tmp / "stock")], check=True, capture_output=True)
        stock = tmp / "stock"
        ours = _copy_of_this_book(tmp / "ours")
        books = {"stock": (stock, stock / "markdown.md"), "ours": (ours, ours / "book" / "gm_silao.ipynb")}
        timings: dict[str, dict[str, list[float]]] = {name: {} for name in books}
        for _ in range(runs):
            for name, (book, page) in books.items():  # interleaved: both see the same machine state
                for key, seconds in one_round(book, page).items():
                    timings[name].setdefault(key, []).append(seconds)
        pages = {name: len(toc_files(book / "_toc.yml")) for name, (book, _) in books.items()}
        results: dict = {name: {key: _summary(values) for key, values in timings[name].items()} for name in books}
        for name in books:
            results[name]["pages_built"] = pages[name]
            results[name]["clean_build_s_per_page"] = _summary([t / pages[name] for t in timings[name]["clean_build_s"]])
        results["ours"]["notebooks_re_executed_after_one_line_code_edit"] = notebooks_re_executed_after_code_edit(
            ours, ours / "book" / "gm_silao.ipynb")
        stock_html = stock / "_build" / "html"
        stock_pages = sorted(str(p.relative_to(stock_html)) for p in stock_html.glob("*.html")
                             if p.name not in ("search.html", "genindex.html"))
        results["stock"]["page_bytes"] = page_weights(stock_html, stock_pages)
        results["ours"]["page_bytes"] = page_weights(ours / "_build" / "html", [f"{p}.html" for p in toc_files()])
        results["readers"] = readers_budgets(ours / "_build" / "html", lighthouse_pages)

    _report(results, runs)
    report_readers_budgets(results["readers"])
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwritten to {out.relative_to(REPO)}")


def _report(results: dict, runs: int) -> None:
    stock, ours = results["stock"], results["ours"]

    def cell(summary: dict) -> str:
        return f"{summary['median']:6.2f} ({summary['min']:.2f}–{summary['max']:.2f})"

    print(f"Timings in seconds over {runs} runs: median (min–max)")
    print(f"{'':34}{'stock sample book':>26}{'this book':>26}{'ratio':>8}")
    for key, label in [("clean_build_s", "clean build"), ("clean_build_s_per_page", "clean build per page"),
                       ("no_change_rebuild_s", "rebuild, nothing changed"),
                       ("touched_page_rebuild_s", "rebuild, one page touched"),
                       ("sentence_edit_rebuild_s", "rebuild, one-sentence edit")]:
        ratio = ours[key]["median"] / stock[key]["median"]
        print(f"{label:34}{cell(stock[key]):>26}{cell(ours[key]):>26}{ratio:>7.2f}x")
    print(f"pages built: stock {stock['pages_built']}, this book {ours['pages_built']}")
    print("\nBudgets (medians, same run):")
    checks = [
        ("clean build per page <= 1.5x stock", ours["clean_build_s_per_page"]["median"]
         <= 1.5 * stock["clean_build_s_per_page"]["median"]),
        ("no-change rebuild <= 1.2x stock", ours["no_change_rebuild_s"]["median"]
         <= 1.2 * stock["no_change_rebuild_s"]["median"]),
        ("one-sentence edit rebuild <= 1.5x stock's one-page rebuild", ours["sentence_edit_rebuild_s"]["median"]
         <= 1.5 * stock["touched_page_rebuild_s"]["median"]),
        ("make notebooks after a one-line edit re-executes that chapter alone",
         ours["notebooks_re_executed_after_one_line_code_edit"] == ["book/gm_silao.ipynb"]),
    ]
    for label, ok in checks:
        print(f"  {'met    ' if ok else 'MISSED '} {label}")
    print(f"  notebooks re-executed: {', '.join(ours['notebooks_re_executed_after_one_line_code_edit']) or 'none'}")
    baseline = statistics.median(stock["page_bytes"].values())
    print("\nPage weight (bytes: HTML + everything it loads)")
    for name, weight in stock["page_bytes"].items():
        print(f"  stock  {name:40}{weight:>12,}")
    for name, weight in ours["page_bytes"].items():
        print(f"  ours   {name:40}{weight:>12,}   {weight / baseline:.2f}x the stock median page")
    results["stock_median_page_bytes"] = baseline


if __name__ == "__main__":
    main()
