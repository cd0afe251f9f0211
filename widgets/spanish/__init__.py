"""The Spanish edition's words (widgets.i18n.CATALOGUE["es"]), one module per chart or figure family.

Each module holds ``WORDS`` (English text exactly as the code writes it -> Spanish) and may hold
``PLURALS`` (word -> singular and plural patterns). They are merged here; a text given two different
Spanish versions in two modules stops the import, naming both modules.
"""

from __future__ import annotations

import importlib
import pkgutil

WORDS: dict[str, str] = {}
PLURALS: dict[str, tuple[str, str]] = {}
_FROM: dict[tuple[str, str], str] = {}


def _merge(kind: str, into: dict, module_name: str, entries: dict) -> None:
    for english, spanish in entries.items():
        if english in into and into[english] != spanish:
            raise ValueError(f"widgets/spanish: {english!r} has two Spanish {kind}: "
                             f"{_FROM[kind, english]}.py and {module_name}.py")
        into[english] = spanish
        _FROM[kind, english] = module_name


for _info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
    _module = importlib.import_module(f"{__name__}.{_info.name}")
    _merge("texts", WORDS, _info.name, getattr(_module, "WORDS", {}))
    _merge("plurals", PLURALS, _info.name, getattr(_module, "PLURALS", {}))
