"""The bibliography's styles for the site: author-year labels that are unique, titles as written, LaTeX decoded.

Four pybtex/sphinxcontrib-bibtex plugins, registered at run time under the name ``wct-author-year`` (so
neither library scans the installed packages' entry points to find them; ``_config.yml`` names them):

* :class:`AuthorYearLabelStyle` (``pybtex.style.labels``): each entry's label is its author-year label
  from :func:`widgets.bibliography.citation_labels` ("LeClercq 2026", "USTR 2021a"), computed over the
  whole of ``references.bib`` so that a label means one document everywhere: in the text, in the
  bibliography, in tooltips and in chart source lines. Entries that would read alike get letters in the
  order of their dates, then titles.
* :class:`AuthorYearSortingStyle` (``pybtex.style.sorting``): the bibliography in label order.
* :class:`BookStyle` (``pybtex.style.formatting``): pybtex's ``plain`` layout, sorted by those labels,
  except that titles keep their capitals, every text field is decoded from LaTeX by the book's one
  decoder (``\\$19m`` reads $19m), an organisation with a short form is named with it ("Office of the
  United States Trade Representative (USTR)"), and only the reader-facing ``note`` field is shown
  (notes for the authors live in ``annote``, which no style renders).
* :class:`AuthorYearReferenceStyle` (``sphinxcontrib.bibtex.style.referencing``): in-text citations
  "[USTR 2021a]", "LeClercq [2026]", "[LeClercq 2026; DOL 2024]", built from the same labels.

sphinxcontrib-bibtex formats every cited entry on every build, even when nothing changed, because the
labels must be known before references are resolved. :class:`BookStyle` keeps each result keyed on
everything that shapes it (the style's version, the label, the entry's type, fields and people), and
``widgets.sphinx_ext`` stores those results with the build's doctrees between builds. A changed entry
has a new key, so it is formatted afresh; results no build used are dropped.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

import pybtex.plugin
from pybtex.backends.plaintext import Backend as PlaintextBackend
from pybtex.database import Entry, Person
from pybtex.richtext import Text
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.sorting import BaseSortingStyle
from pybtex.style.template import field, join, node, sentence
from sphinxcontrib.bibtex.plugin import register_plugin as register_referencing_plugin
from sphinxcontrib.bibtex.style.referencing import GroupReferenceStyle
from sphinxcontrib.bibtex.style.referencing.basic_author_year import (
    BasicAuthorYearParentheticalReferenceStyle,
    BasicAuthorYearTextualReferenceStyle,
)
from sphinxcontrib.bibtex.style.referencing.extra_author import ExtraAuthorReferenceStyle
from sphinxcontrib.bibtex.style.referencing.extra_empty import ExtraEmptyReferenceStyle
from sphinxcontrib.bibtex.style.referencing.extra_label import ExtraLabelReferenceStyle
from sphinxcontrib.bibtex.style.referencing.extra_year import ExtraYearReferenceStyle
from sphinxcontrib.bibtex.style.template import join2, post_text, pre_text, reference

from widgets.bibliography import (
    RAW_FIELDS,
    SHORT_NAMES,
    CitationLabel,
    book_citation_labels,
    citation_labels,
    display_name,
    label_sort_key,
    latex_to_text,
    person_name,
)

STYLE_NAME = "wct-author-year"
# Part of every remembered entry's key: bump it when the formatting changes, so old results are not reused.
STYLE_VERSION = 2
_remembered: dict[tuple, object] = {}
_used: set[tuple] = set()


def labels_for(entries) -> list[CitationLabel]:
    """The labels of ``entries``: the book's own (unique across references.bib) when every entry is one
    of its entries, else labels made unique among ``entries`` alone (a bibliography built elsewhere)."""
    entries = list(entries)
    try:
        book = book_citation_labels()
    except Exception:  # no references.bib next to the package: label the entries among themselves
        book = {}
    if all(entry.key in book for entry in entries):
        return [book[entry.key] for entry in entries]
    own = citation_labels(entries)
    return [own[entry.key] for entry in entries]


def label_of(entry) -> CitationLabel:
    """One entry's label (the book's, or the entry's own author and year)."""
    return labels_for([entry])[0]


class AuthorYearLabelStyle(BaseLabelStyle):
    """Labels "LeClercq 2026", "USTR 2021a": see :func:`labels_for`."""

    def format_labels(self, sorted_entries):
        for label in labels_for(sorted_entries):
            yield str(label)


class AuthorYearSortingStyle(BaseSortingStyle):
    """The bibliography in the order of its labels: by author, then year and letter."""

    def sort(self, entries):
        entries = list(entries)
        order = sorted(zip(entries, labels_for(entries)), key=lambda pair: label_sort_key(*pair))
        return [entry for entry, _ in order]


def _key(style, label: str, entry) -> tuple:
    people = tuple((role, tuple(str(person) for person in persons)) for role, persons in sorted(entry.persons.items()))
    return (type(style).__name__, STYLE_VERSION, label, entry.key, entry.type, tuple(sorted(entry.fields.items())), people)


def _relatexed(text: str) -> str:
    """Decoded text in the form pybtex's LaTeX reader gives back unchanged (it reads % as a comment)."""
    return text.replace("%", "\\%")


def reader_entry(entry) -> Entry:
    """``entry`` as readers see it: text fields decoded from LaTeX, organisations named with their short
    form, and ``annote`` (notes for the authors) left out."""
    fields = {name: (value if name.lower() in RAW_FIELDS else _relatexed(latex_to_text(value)))
              for name, value in entry.fields.items() if name.lower() != "annote"}
    persons = {}
    for role, people in entry.persons.items():
        persons[role] = [Person("{" + display_name(person_name(p)) + "}") if person_name(p) in SHORT_NAMES else p
                         for p in people]
    copy = Entry(entry.type, fields=fields, persons=persons)
    copy.key = entry.key
    return copy


class BookStyle(PlainStyle):
    """pybtex's ``plain`` layout with the book's labels, order, capitals and decoding (module docstring)."""

    default_label_style = STYLE_NAME
    default_sorting_style = STYLE_NAME

    def format_title(self, e, which_field, as_sentence=True):
        # plain's title is field(..., apply_func=capitalize), which lowercases every unbraced word
        # ("Neal, blumenauer, kildee statement"); the book shows titles as their publishers wrote them.
        title = field(which_field)
        return sentence[title] if as_sentence else title

    def format_entry(self, label, entry, bib_data=None):
        key = _key(self, label, entry)
        _used.add(key)
        if key not in _remembered:
            _remembered[key] = super().format_entry(label, reader_entry(entry), bib_data=bib_data)
        return _remembered[key]


# --- in-text citations -------------------------------------------------------------------------------


@node
def label_who(children, data):
    """The cited author part of the entry's label: 'USTR', 'LeClercq', 'Feliz Leon and DiMaggio'."""
    return Text(label_of(data["entry"]).who)


@node
def label_year(children, data):
    """The year part of the entry's label, with its letter: '2021a', 'n.d.-b'."""
    return Text(label_of(data["entry"]).year)


@dataclass
class _Parenthetical(BasicAuthorYearParentheticalReferenceStyle):
    def inner(self, role_name):
        return join2(sep1=self.pre_text_sep, sep2=self.post_text_sep)[
            pre_text, reference[join(sep=self.author_year_sep)[label_who, label_year]], post_text]


@dataclass
class _Textual(BasicAuthorYearTextualReferenceStyle):
    def inner(self, role_name):
        return join(sep=self.text_reference_sep)[
            label_who,
            join[self.bracket.left,
                 join2(sep1=self.pre_text_sep, sep2=self.post_text_sep)[pre_text, reference[label_year], post_text],
                 self.bracket.right],
        ]


@dataclass
class _Author(ExtraAuthorReferenceStyle):
    def inner(self, role_name):
        return reference[label_who]


@dataclass
class _Year(ExtraYearReferenceStyle):
    def inner(self, role_name):
        return reference[label_year]


@dataclass
class AuthorYearReferenceStyle(GroupReferenceStyle):
    """In-text citations by the book's labels: '[USTR 2021a]', 'LeClercq [2026]', '[A 2020; B 2021]'."""

    author_year_sep: str = " "
    citation_sep: str = "; "

    def __post_init__(self):
        from sphinxcontrib.bibtex.style.referencing import BracketStyle

        bracket = BracketStyle(sep=self.citation_sep)
        self.styles.extend([
            _Parenthetical(bracket=bracket, author_year_sep=self.author_year_sep),
            _Textual(bracket=bracket),
            _Author(bracket=bracket),
            ExtraLabelReferenceStyle(bracket=bracket),
            _Year(bracket=bracket),
            ExtraEmptyReferenceStyle(),
        ])
        super().__post_init__()


def load(path: Path) -> None:
    """Start from the formatted entries a previous build stored at ``path`` (none if it is unreadable)."""
    _remembered.clear()
    _used.clear()
    try:
        _remembered.update(pickle.loads(path.read_bytes()))
    except Exception:  # missing, from another pybtex version, or damaged: format everything afresh
        _remembered.clear()


def save(path: Path) -> None:
    """Store the entries this build used at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({key: _remembered[key] for key in _used if key in _remembered}))


pybtex.plugin.register_plugin("pybtex.style.labels", STYLE_NAME, AuthorYearLabelStyle)
pybtex.plugin.register_plugin("pybtex.style.sorting", STYLE_NAME, AuthorYearSortingStyle)
pybtex.plugin.register_plugin("pybtex.style.formatting", STYLE_NAME, BookStyle)
register_referencing_plugin("sphinxcontrib.bibtex.style.referencing", STYLE_NAME, AuthorYearReferenceStyle)
# pybtex looks a plugin up among every installed package's entry points at each call, and
# sphinxcontrib-bibtex asks for the plain-text backend once per citation (~10 ms each). Registered at
# run time (the same class its entry point names), it is found first, without the scan.
pybtex.plugin.register_plugin("pybtex.backends", "plaintext", PlaintextBackend, force=True)
