"""Short, human-readable labels for the book's citation keys (for tooltips and source lines)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pybtex.database import parse_file

BIB_PATH = Path(__file__).resolve().parent.parent / "references.bib"


def _clean(text: str) -> str:
    return re.sub(r"[{}]", "", text).replace("\\'e", "é").replace("\\'a", "á")


@functools.lru_cache(maxsize=None)
def _entries(path: str) -> dict:
    return parse_file(path, bib_format="bibtex").entries


def short_citation(key: str, bib_path: Path = BIB_PATH) -> str:
    """'LeClercq (2026)'-style label for ``key``; raises KeyError for an unknown key."""
    entries = _entries(str(bib_path))
    if key not in entries:
        raise KeyError(f"unknown citation key '{key}' (not in {bib_path.name})")
    entry = entries[key]
    people = entry.persons.get("author", [])
    if people:
        names = [_clean(" ".join(p.last_names)) for p in people]
        who = names[0] if len(names) == 1 else (" & ".join(names) if len(names) == 2 else f"{names[0]} et al.")
    else:
        who = _clean(entry.fields.get("institution") or entry.fields.get("organization") or entry.fields.get("title", key))
    year = entry.fields.get("year", "n.d.")
    return f"{who} ({year})"


def source_label(key: str, locator: str) -> str:
    """'LeClercq (2026), Pt. I.C, fn 87' — the citation plus where in it."""
    return f"{short_citation(key)}, {locator}"
