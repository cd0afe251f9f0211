"""The data package is published with the site (every CSV can be downloaded, and data/rrm_record_notes.md
documents the record): its notes speak of sources, like the book's text, never of how the book was made
("not in the seeds; found with the search tool", "the stored copy")."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from tests.test_prose import making_words

DATA = Path(__file__).resolve().parent.parent / "data"
# Beyond the prose check's words: how sources were held while the book was drafted.
STORED = re.compile(r"\bstored (?:copy|copies|sources?|public pages)\b", re.IGNORECASE)


def _texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) for every text a reader of ``path`` sees: each CSV field, or the Markdown file."""
    if path.suffix == ".md":
        return [(path.name, path.read_text(encoding="utf-8"))]
    with path.open(encoding="utf-8", newline="") as handle:
        return [(f"{path.name}, line {line}, field '{field}'", value)
                for line, row in enumerate(csv.DictReader(handle), start=2) for field, value in row.items() if value]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.csv")) + sorted(DATA.glob("*.md")), ids=lambda p: p.name)
def test_the_data_package_speaks_of_sources_not_of_the_making(path):
    found = [f"{where}: {hit}" for where, text in _texts(path)
             for hit in [*making_words(text), *(m.group(0) for m in STORED.finditer(text))]]
    assert found == []


def test_the_check_finds_the_making():
    assert making_words("Not in the seeds; found with the search tool.")
    assert STORED.search("the stored copy gives only the month")
