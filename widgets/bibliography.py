"""The book's bibliography, parsed one way: pybtex reads ``references.bib``, latexcodec decodes its LaTeX.

:func:`parse_bibliography` is the one reader (the data validator takes its citation keys from it);
:func:`latex_to_text` turns a field's LaTeX into the text a reader sees (``Desir{\\'e}e`` → Desirée,
``L\\&E`` → L&E, ``\\$19m`` → $19m, protective braces dropped); :func:`short_citation` and
:func:`source_label` give the labels tooltips and source lines show.
"""

from __future__ import annotations

import functools
from pathlib import Path

BIB_PATH = Path(__file__).resolve().parent.parent / "references.bib"


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
    # The backend named directly: render_as("text") looks it up among the installed entry points on
    # every call, which made each label cost milliseconds.
    return LaTeXParser(decoded).parse().render(Backend())


def short_citation(key: str, bib_path: Path = BIB_PATH) -> str:
    """'LeClercq (2026)'-style label for ``key``; raises KeyError for an unknown key."""
    entries = parse_bibliography(bib_path).entries
    if key not in entries:
        raise KeyError(f"unknown citation key '{key}' (not in {Path(bib_path).name})")
    entry = entries[key]
    people = entry.persons.get("author", [])
    if people:
        names = [latex_to_text(" ".join(p.last_names)) for p in people]
        who = names[0] if len(names) == 1 else (" & ".join(names) if len(names) == 2 else f"{names[0]} et al.")
    else:
        who = latex_to_text(entry.fields.get("institution") or entry.fields.get("organization")
                            or entry.fields.get("title", key))
    year = entry.fields.get("year", "n.d.")
    return f"{who} ({year})"


def source_label(key: str, locator: str) -> str:
    """'LeClercq (2026), Pt. I.C, fn 87' — the citation plus where in it."""
    return f"{short_citation(key)}, {locator}"
