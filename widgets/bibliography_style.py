"""The bibliography's formatting style for the site: pybtex's ``plain`` style, remembered across builds.

sphinxcontrib-bibtex formats every cited entry on every build, even when nothing changed, because the
labels must be known before references are resolved. With this book's 170-odd sources that was most
of a no-change rebuild beyond the stock book's. :class:`RememberedPlainStyle` formats exactly as
``plain`` does, but keeps each result keyed on everything that shapes it (the label, the entry's type,
fields and people), and ``widgets.sphinx_ext`` stores those results with the build's doctrees between
builds. A changed entry has a new key, so it is formatted afresh; results no build used are dropped.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from pybtex.backends.plaintext import Backend as PlaintextBackend
from pybtex.plugin import register_plugin
from pybtex.style.formatting.plain import Style as PlainStyle

STYLE_NAME = "wct-plain"
_remembered: dict[tuple, object] = {}
_used: set[tuple] = set()


def _key(style: PlainStyle, label: str, entry) -> tuple:
    people = tuple((role, tuple(str(person) for person in persons)) for role, persons in sorted(entry.persons.items()))
    return (type(style).__name__, label, entry.key, entry.type, tuple(sorted(entry.fields.items())), people)


class RememberedPlainStyle(PlainStyle):
    """pybtex's ``plain`` formatting, with each formatted entry remembered (see the module docstring)."""

    def format_entry(self, label, entry, bib_data=None):
        key = _key(self, label, entry)
        _used.add(key)
        if key not in _remembered:
            _remembered[key] = super().format_entry(label, entry, bib_data=bib_data)
        return _remembered[key]


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


register_plugin("pybtex.style.formatting", STYLE_NAME, RememberedPlainStyle)
# pybtex looks a plugin up among every installed package's entry points at each call, and
# sphinxcontrib-bibtex asks for the plain-text backend once per citation (~10 ms each). Registered at
# run time (the same class its entry point names), it is found first, without the scan.
register_plugin("pybtex.backends", "plaintext", PlaintextBackend, force=True)
