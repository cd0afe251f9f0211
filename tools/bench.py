"""Benchmark the book against the stock sample book that `jupyter-book create` makes (same version).

Prints, side by side: clean full build time, rebuild time with nothing changed, rebuild time after
touching one chapter, and the transfer weight of each built page (the HTML plus every script, style,
font, image and data file the page loads, counted by Debian's Chromium with the cache off).
Not a test: it measures, it does not assert. Results are also written to _build/bench.json.

    make bench        (or: python tools/bench.py)
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
JUPYTER_BOOK = str(Path(sys.executable).parent / "jupyter-book")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _timed_build(book: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([JUPYTER_BOOK, "build", str(book), *extra], check=True, capture_output=True, cwd=book)
    return time.perf_counter() - start


def _copy_of_this_book(target: Path) -> Path:
    """A copy of the tracked files (what a clean clone has), so the bench never touches _build here."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, check=True,
                           capture_output=True, text=True).stdout.split()
    for name in files:
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def measure_builds(book: Path, chapter: Path, full_flags: list[str]) -> dict[str, float]:
    """Clean build, no-change rebuild, and rebuild after touching ``chapter``, in seconds."""
    shutil.rmtree(book / "_build", ignore_errors=True)
    clean = _timed_build(book, *full_flags)
    no_change = _timed_build(book)
    chapter.touch()
    touched = _timed_build(book)
    return {"clean_build_s": clean, "no_change_rebuild_s": no_change, "touched_chapter_rebuild_s": touched}


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
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
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


def main() -> None:
    sys.path.insert(0, str(REPO / "tests"))
    from site_pages import toc_files

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([JUPYTER_BOOK, "create", str(tmp / "stock")], check=True, capture_output=True)
        stock = tmp / "stock"
        ours = _copy_of_this_book(tmp / "ours")
        # The venv lives outside the copy; the copy's widgets must be the ones imported.
        results = {
            "stock": measure_builds(stock, stock / "markdown.md", ["--all"]),
            "ours": measure_builds(ours, ours / "book" / "rrm_at_a_glance.ipynb", ["--all", "-W", "--keep-going"]),
        }
        stock_pages = sorted(str(p.relative_to(stock / "_build" / "html")) for p in (stock / "_build" / "html").glob("*.html")
                             if p.name not in ("search.html", "genindex.html"))
        results["stock"]["pages"] = page_weights(stock / "_build" / "html", stock_pages)
        results["ours"]["pages"] = page_weights(ours / "_build" / "html", [f"{p}.html" for p in toc_files()])

    baseline = statistics.median(results["stock"]["pages"].values())
    print(f"{'':34}{'stock sample book':>20}{'this book':>14}")
    for key, label in [("clean_build_s", "clean full build (s)"), ("no_change_rebuild_s", "rebuild, nothing changed (s)"),
                       ("touched_chapter_rebuild_s", "rebuild, one chapter touched (s)")]:
        print(f"{label:34}{results['stock'][key]:>20.1f}{results['ours'][key]:>14.1f}")
    print("\nPage weight (bytes: HTML + everything it loads)")
    for name, weight in results["stock"]["pages"].items():
        print(f"  stock  {name:40}{weight:>12,}")
    for name, weight in results["ours"]["pages"].items():
        print(f"  ours   {name:40}{weight:>12,}   {weight / baseline:.2f}x the stock median page")
    results["stock_median_page_bytes"] = baseline
    out = REPO / "_build" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwritten to {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
