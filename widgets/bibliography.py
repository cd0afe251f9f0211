"""The book's bibliography, parsed one way: pybtex reads ``references.bib``, latexcodec decodes its LaTeX.

:func:`parse_bibliography` is the one reader (the data validator takes its citation keys from it);
:func:`latex_to_text` turns a field's LaTeX into the text a reader sees (``Desir{\\'e}e`` → Desirée,
``L\\&E`` → L&E, ``\\$19m`` → $19m, protective braces dropped); :func:`citation_labels` makes the
author-year labels ("USTR 2021a") that the text, the bibliography, tooltips and source lines all show
(:func:`short_citation`, :func:`source_label`), unique across the file.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass
from pathlib import Path

from widgets.plain_text import without_accents

BIB_PATH = Path(__file__).resolve().parent.parent / "references.bib"

# Authors cited by a short form where that reads better: "USTR 2021a" in the text, and
# "Office of the United States Trade Representative (USTR)" in the bibliography. Each organisation is
# spelled exactly this way in references.bib (tests/test_citation_labels.py holds the spelling to one).
SHORT_NAMES = {
    "Office of the United States Trade Representative": "USTR",
    "U.S. Department of Labor": "DOL",
}
# Fields that hold an address, not text: never LaTeX-decoded.
RAW_FIELDS = frozenset({"url", "doi", "eprint", "file", "urldate"})
_MONTHS = {name: number for number, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


class BibliographyError(ValueError):
    """A bibliography file that is missing, not BibTeX, or that pybtex cannot parse.

    ``path`` is the file, ``line`` the line pybtex stopped at (or None), ``reason`` what is wrong.
    """

    def __init__(self, path: Path | str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = Path(path), reason, line
        super().__init__(f"{path}{f', line {line}' if line else ''}: {reason}")


@functools.cache
def _parse(path: str, mtime_ns: int):
    from pybtex.database import parse_file
    from pybtex.exceptions import PybtexError

    try:
        data = parse_file(path, bib_format="bibtex")
    except PybtexError as err:  # syntax errors, a key defined twice
        raise BibliographyError(path, f"pybtex cannot parse it as BibTeX: {err}", getattr(err, "lineno", None)) from None
    if not data.entries:
        raise BibliographyError(path, "no BibTeX entries found (is it a BibTeX file?)")
    return data


def parse_bibliography(path: Path = BIB_PATH):
    """The parsed BibTeX file (a ``pybtex.database.BibliographyData``), cached until the file changes.

    Raises :class:`BibliographyError` if the file is missing, is not a ``.bib`` file, holds no entries
    or does not parse (pybtex runs in strict mode, so a key defined twice is an error too).
    """
    path = Path(path)
    if path.suffix != ".bib":
        raise BibliographyError(path, "not a BibTeX file (expected a .bib file)")
    if not path.is_file():
        raise BibliographyError(path, "bibliography file is missing")
    return _parse(str(path.resolve()), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=1)
def _latex_decoder_class():
    from latexcodec import codec, lexer

    # latexcodec's own table decodes accents, \& and -- but not \$ (it reads $ as math mode);
    # this decoder uses a copy of the table that also knows \$, so the library's global table stays as is.
    table = codec.LatexUnicodeTable(lexer.LatexIncrementalDecoder())
    table.register(codec.UnicodeLatexTranslation(unicode="$", latex="\\$", encode=False, decode=True,
                                                 text_mode=True, math_mode=False))
    return type("BookLatexDecoder", (codec.UnicodeLatexIncrementalDecoder,), {"table": table})


@functools.lru_cache(maxsize=4096)
def latex_to_text(latex: str) -> str:
    """A BibTeX field's LaTeX as plain text: accents and escapes decoded, protective braces dropped."""
    from pybtex.backends.plaintext import Backend
    from pybtex.markup import LaTeXParser

    decoded = _latex_decoder_class()().decode(latex, final=True)
    # latexcodec turns ``double'' quotes into “ ” but leaves `single' ones as typed: pair them here.
    decoded = re.sub(r"`([^`']*)'", "\u2018\\1\u2019", decoded).replace("`", "\u2018")
    # The backend named directly: render_as("text") looks it up among the installed entry points on
    # every call, which made each label cost milliseconds.
    return LaTeXParser(decoded).parse().render(Backend())


@dataclass(frozen=True)
class CitationLabel:
    """How the book cites one entry: ``who`` ("USTR", "LeClercq", "Feliz Leon and DiMaggio") and
    ``year`` with its letter where two entries would otherwise read alike ("2021a", "n.d.-b")."""

    who: str
    year: str

    def __str__(self) -> str:
        return f"{self.who} {self.year}"


def person_name(person) -> str:
    """A person's cited name (their last names, or an organisation's name), decoded: 'LeClercq'."""
    return latex_to_text(" ".join(person.prelast_names + person.last_names))


def display_name(name: str) -> str:
    """An organisation's name as the bibliography gives it, with its short form where it has one."""
    return f"{name} ({SHORT_NAMES[name]})" if name in SHORT_NAMES else name


def _who(entry) -> str:
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [SHORT_NAMES.get(person_name(p), person_name(p)) for p in people]
    if not names:
        return latex_to_text(entry.fields.get("title", entry.key))
    if len(names) == 1:
        return names[0]
    return " and ".join(names) if len(names) == 2 else f"{names[0]} et al."


def _date_key(entry) -> tuple[int, int, int]:
    """The entry's date as (year, month, day); parts it does not give sort last (99)."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", entry.fields.get("date", "").strip())
    if match:
        return tuple(int(part) if part else 99 for part in match.groups())
    year = entry.fields.get("year", "")
    month = entry.fields.get("month", "").strip().lower()[:3]
    return (int(year) if year.isdigit() else 9999, _MONTHS.get(month, int(month) if month.isdigit() else 99), 99)


def _suffix(index: int) -> str:
    letters = string.ascii_lowercase
    return letters[index] if index < len(letters) else _suffix(index // len(letters) - 1) + letters[index % len(letters)]


def label_sort_key(entry, label: CitationLabel) -> tuple:
    """Where the entry stands in the bibliography: by label (who, then year and letter)."""
    who = without_accents(label.who).casefold()
    return (who, label.year[:4] if label.year[:4].isdigit() else "~", label.year, entry.key)


def citation_labels(entries) -> dict[str, CitationLabel]:
    """Author-year labels for ``entries`` (pybtex ``Entry`` objects), unique among them.

    Entries that would read alike ("USTR 2021") get letters in the order of their dates, then titles,
    then keys: "USTR 2021a", "USTR 2021b"; undated ones "n.d.-a", "n.d.-b".
    """
    groups: dict[tuple[str, str], list] = {}
    for entry in entries:
        groups.setdefault((_who(entry), entry.fields.get("year", "").strip() or "n.d."), []).append(entry)
    labels = {}
    for (who, year), group in groups.items():
        if len(group) == 1:
            labels[group[0].key] = CitationLabel(who, year)
            continue
        group.sort(key=lambda e: (_date_key(e), latex_to_text(e.fields.get("title", "")).casefold(), e.key))
        for index, entry in enumerate(group):
            letter = _suffix(index)
            labels[entry.key] = CitationLabel(who, f"n.d.-{letter}" if year == "n.d." else f"{year}{letter}")
    return labels


@functools.cache
def _book_labels(path: str, mtime_ns: int) -> dict[str, CitationLabel]:
    return citation_labels(_parse(path, mtime_ns).entries.values())


def book_citation_labels(bib_path: Path = BIB_PATH) -> dict[str, CitationLabel]:
    """Every entry's label, unique across the whole bibliography file (cached until it changes)."""
    parse_bibliography(bib_path)  # the same checks and messages as every other reader
    path = Path(bib_path)
    return _book_labels(str(path.resolve()), path.stat().st_mtime_ns)


def citation_label(key: str, bib_path: Path = BIB_PATH) -> CitationLabel:
    """The label the text and the bibliography give ``key``; raises KeyError for an unknown key."""
    labels = book_citation_labels(bib_path)
    if key not in labels:
        raise KeyError(f"unknown citation key '{key}' (not in {Path(bib_path).name})")
    return labels[key]


def short_citation(key: str, bib_path: Path = BIB_PATH) -> str:
    """'LeClercq (2026)', 'USTR (2021a)': the in-text label for ``key``; KeyError for an unknown key."""
    label = citation_label(key, bib_path)
    return f"{label.who} ({label.year})"


def source_label(key: str, locator: str) -> str:
    """'LeClercq (2026), Pt. I.C, fn 87' — the citation plus where in it."""
    return f"{short_citation(key)}, {locator}"
