"""The bibliography has one entry per key, and every key the data uses resolves."""

import re
from collections import Counter
from pathlib import Path

from widgets.bibliography import short_citation

BIB = Path(__file__).resolve().parent.parent / "references.bib"


def test_no_key_is_defined_twice():
    keys = re.findall(r"^@\w+\{([^,\s]+),", BIB.read_text(encoding="utf-8"), re.M)
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_no_document_is_entered_twice_under_two_keys():
    urls = re.findall(r"^\s*url\s*=\s*\{([^}]+)\}", BIB.read_text(encoding="utf-8"), re.M)
    assert [u for u, n in Counter(urls).items() if n > 1] == []


def test_short_citation_names_author_and_year():
    assert short_citation("leclercq2023worker") == "LeClercq (2023)"
