"""The Spanish edition's translations, checked against the English pages they translate.

Each Spanish page (listed in :data:`widgets.translations.TRANSLATED`) records which version of its
English page it translates: a notebook in its metadata (``metadata.wct.translates``), a Markdown page
in its front matter (``wct_translates``), as ``{"source": "book/index.ipynb", "sha256": ...}``. The
hash (:func:`english_digest`) covers what a translator translates: a notebook's markdown cells and its
code cells' source (not outputs, so re-executing changes nothing), or a Markdown page's whole text.

``python tools/translations.py`` lists the Spanish pages whose English page changed since (exit 1 if
any) and the glued figures that disagree; after bringing a translation up to date, ``--stamp PAGE``
records the English page's current hash in it. The checks on glued figures
(:func:`glued_figure_problems`) compare the two pages' glued values as numbers: each text is read in its
own language (English "more than 42,000", "January 2025"; Spanish "más de 42.000", "enero de 2025"), so a
figure typed, retyped or recomputed differently in one edition is caught.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from widgets.translations import TRANSLATED  # noqa: E402

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
GLUE_MIME = "application/papermill.record/text/plain"


def english_digest(path: Path) -> str:
    """The hash of what a translator translates in the English page at ``path``."""
    digest = hashlib.sha256()
    if path.suffix == ".ipynb":
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            digest.update(cell["cell_type"].encode() + b"\0" + source.encode("utf-8") + b"\0")
    else:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def recorded(spanish: Path) -> dict:
    """What the Spanish page says it translates: ``{"source": ..., "sha256": ...}``."""
    if spanish.suffix == ".ipynb":
        meta = json.loads(spanish.read_text(encoding="utf-8"))["metadata"].get("wct", {}).get("translates")
    else:
        match = FRONT_MATTER.match(spanish.read_text(encoding="utf-8"))
        meta = (yaml.safe_load(match.group(1)) or {}).get("wct_translates") if match else None
    if not meta or "source" not in meta or "sha256" not in meta:
        raise ValueError(f"{spanish.relative_to(REPO)}: records no English version it translates "
                         "(metadata.wct.translates in a notebook, wct_translates in a Markdown page's front matter)")
    return meta


def pairs() -> list[tuple[Path, Path]]:
    """(English page, Spanish page) for every translated page."""
    found = []
    for english, spanish in TRANSLATED.items():
        paths = []
        for docname in (english, spanish):
            candidates = [REPO / f"{docname}{suffix}" for suffix in (".ipynb", ".md")]
            existing = [p for p in candidates if p.is_file()]
            if len(existing) != 1:
                raise FileNotFoundError(f"widgets/translations.py names {docname}, which is not one page in book/")
            paths.append(existing[0])
        found.append((paths[0], paths[1]))
    return found


def stale_translations() -> list[str]:
    """One line per Spanish page whose English page changed since it was translated."""
    lines = []
    for english, spanish in pairs():
        meta = recorded(spanish)
        if meta["source"] != str(english.relative_to(REPO)):
            lines.append(f"{spanish.relative_to(REPO)} says it translates {meta['source']}, "
                         f"not {english.relative_to(REPO)}")
        elif meta["sha256"] != english_digest(english):
            lines.append(f"{spanish.relative_to(REPO)} translates an older {english.relative_to(REPO)}: "
                         f"update the translation, then run `python tools/translations.py --stamp {spanish.relative_to(REPO)}`")
    return lines


def glued_values(path: Path) -> dict[str, str]:
    """Every value a notebook glues (name -> text), from its saved outputs."""
    if path.suffix != ".ipynb":
        return {}
    values = {}
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name and GLUE_MIME in output.get("data", {}):
                text = output["data"][GLUE_MIME]
                values[name] = (text if isinstance(text, str) else "".join(text)).strip("'\"")
    return values


def _month_numbers() -> dict[str, int]:
    from babel.dates import get_month_names

    months = {}
    for locale in ("en", "es"):
        for number, name in get_month_names("wide", locale=locale).items():
            months[name.lower()] = number
    return months


def numbers_in(text: str, lang: str) -> list[float]:
    """The numbers a glued text states, in order, read in ``lang``: months become their numbers,
    'million'/'millones' multiplies, thousands separators and decimal marks follow the language."""
    from babel.numbers import parse_decimal

    from widgets.i18n import NUMBER_LOCALE

    locale = NUMBER_LOCALE if lang == "es" else "en_US"
    months = _month_numbers()
    found: list[float] = []
    for token in re.findall(r"\d[\d.,]*\d|\d|[^\W\d_]+", text):
        word = token.lower()
        if word in months:
            found.append(float(months[word]))
        elif word in ("million", "millón", "millones") and found:
            found[-1] *= 1e6
        elif word == "billion" and found:
            found[-1] *= 1e9
        elif token[0].isdigit():
            found.append(float(parse_decimal(token, locale=locale, strict=False)))
    return found


def glued_figure_problems() -> list[str]:
    """One line per Spanish page's glued figure that its English page does not glue, or glues with
    another value."""
    problems = []
    for english, spanish in pairs():
        theirs, ours = glued_values(english), glued_values(spanish)
        for name, text in ours.items():
            where = f"{spanish.relative_to(REPO)}: glued figure '{name}'"
            if name not in theirs:
                problems.append(f"{where} is not glued by {english.relative_to(REPO)}")
            elif sorted(numbers_in(text, "es")) != sorted(numbers_in(theirs[name], "en")):
                problems.append(f"{where} is {text!r} here but {theirs[name]!r} in {english.relative_to(REPO)}")
    return problems


def stamp(spanish: Path) -> None:
    """Record in ``spanish`` the current hash of the English page it translates."""
    english = {s: e for e, s in pairs()}[spanish.resolve()]
    meta = {"source": str(english.relative_to(REPO)), "sha256": english_digest(english)}
    if spanish.suffix == ".ipynb":
        notebook = json.loads(spanish.read_text(encoding="utf-8"))
        notebook["metadata"].setdefault("wct", {})["translates"] = meta
        spanish.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        text = spanish.read_text(encoding="utf-8")
        block = f"wct_translates:\n  source: {meta['source']}\n  sha256: {meta['sha256']}"
        match = FRONT_MATTER.match(text)
        if match:
            kept = re.sub(r"wct_translates:\n(?:  .*\n?)*", "", match.group(1) + "\n").strip()
            text = f"---\n{(kept + chr(10)) if kept else ''}{block}\n---\n" + text[match.end():]
        else:
            text = f"---\n{block}\n---\n" + text
        spanish.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stamp", type=Path, metavar="PAGE", help="record the English page's current hash in PAGE")
    args = parser.parse_args()
    if args.stamp:
        stamp(args.stamp)
        return 0
    problems = stale_translations() + glued_figure_problems()
    for line in problems:
        print(line)
    if not problems:
        print(f"{len(TRANSLATED)} translated pages, all up to date with their English pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
