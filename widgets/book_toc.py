"""The book's table of contents (``_toc.yml``), read in one place for the build helpers, tools and tests."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
TOC_PATH = REPO / "_toc.yml"
# The Spanish edition's table of contents; its pages not yet translated are links ('url'), not files.
SPANISH_TOC_PATH = REPO / "es" / "_toc.yml"


@functools.cache
def _toc(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def toc_files(toc_path: Path = TOC_PATH) -> list[str]:
    """Every file the table of contents names (root first), without extension, e.g. 'book/index'."""
    toc = _toc(toc_path)
    return [toc["root"]] + [chapter["file"] for _, chapter in _chapters(toc)]


def chapter_files(toc_path: Path = TOC_PATH) -> list[tuple[str, str]]:
    """(part caption, file) for every chapter notebook in the table of contents, in order."""
    return [(caption, chapter["file"]) for caption, chapter in _chapters(_toc(toc_path))
            if (toc_path.parent / f"{chapter['file']}.ipynb").exists()]


def _chapters(toc: dict) -> list[tuple[str, dict]]:
    """(part caption, entry) for every file entry: in parts or straight under the root, sections included."""
    parts = toc.get("parts") or [{"caption": "", "chapters": toc.get("chapters", [])}]
    found: list[tuple[str, dict]] = []

    def walk(caption: str, entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                found.append((caption, entry))
            walk(caption, entry.get("sections", []))

    for part in parts:
        walk(part.get("caption", ""), part.get("chapters", []))
    return found
