"""The Nu HTML checker (vnu-jar from npm, tests/checkers, on Debian's Java 17) on every built page: no error
beyond the explicit allow-list below."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.site_pages import CHECKERS, PAGES, pages_by, stale, unexpected

pytestmark = pytest.mark.slow

VNU = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"

# error message -> pages where the Nu checker reports it today. Each entry is a defect being fixed under
# issue 11: delete it when its fix lands (test_allow_list_is_not_stale says when). Anything not listed
# here fails the test.
# fmt: off
# Empty at the end of the session that wrote this test (vnu 26.9.27 found no error on any page):
# add nothing without a comment saying why and what fixes it.
KNOWN: dict[str, set[str]] = {
}
# fmt: on


@pytest.fixture(scope="module")
def errors(built_site) -> dict[str, list[dict]]:
    """page -> the checker's errors (message, line, extract), for every page of the book and the root
    pages Sphinx adds (the redirecting index.html, search.html, genindex.html)."""
    assert VNU.exists(), "vnu-jar is missing: run `make checkers` (npm ci in tests/checkers)"
    pages = ["index", "search", "genindex", *PAGES]
    files = [str(built_site / f"{page}.html") for page in pages]
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True)
    report = json.loads(result.stderr)  # the checker writes its JSON to stderr
    found: dict[str, list[dict]] = {page: [] for page in pages}
    for message in report["messages"]:
        # The checker names files as file:/path (one slash); an error with no file keeps its message.
        page = message.get("url", message["message"]).split(f"{built_site}/", 1)[-1].removesuffix(".html")
        found.setdefault(page, []).append(message)
    assert result.returncode in (0, 1) and found.keys() == set(pages), result.stderr[-2000:]
    return found


def _by_message(found: dict[str, list[dict]]) -> dict[str, set[str]]:
    return pages_by(found, lambda item: item["message"])


def test_no_html_error_beyond_the_allow_list(errors):
    new = unexpected(_by_message(errors), KNOWN)
    report = [f"{page}.html:{m.get('lastLine', '?')}: {m['message']}  [{m.get('extract', '').strip()[:120]}]"
              for page, found in errors.items() for m in found if page in new.get(m["message"], ())]
    assert not new, "Nu checker errors not in the allow-list:\n" + "\n".join(report)


def test_allow_list_is_not_stale(errors):
    gone = stale(_by_message(errors), KNOWN)
    assert not gone, f"fixed: delete these from KNOWN in {__file__}: {gone}"
