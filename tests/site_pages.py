"""Helpers for tests that read the built site: the pages the table of contents promises."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def toc_files() -> list[str]:
    """Every file named in _toc.yml (root first), without extension, e.g. 'book/index'."""
    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc.get("parts", toc.get("chapters", [])))
    return files


def chapter_notebooks() -> list[Path]:
    """The chapter notebooks in the table of contents."""
    return [REPO / f"{f}.ipynb" for f in toc_files() if (REPO / f"{f}.ipynb").exists()]
