"""Re-execute the chapter notebooks in place, so they are committed with fresh outputs.

Strict nbval compares each saved output with a fresh run, so run this after editing a chapter,
its data, or a widget it calls:  make notebooks   (or: python tools/execute_notebooks.py book/x.ipynb)
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

BOOK_DIR = Path(__file__).resolve().parent.parent / "book"


def execute(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    # Run from the book folder, as jupyter-book and nbval do.
    NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(notebook, path)
    print(f"executed {path.relative_to(BOOK_DIR.parent)}")


if __name__ == "__main__":
    targets = [Path(p).resolve() for p in sys.argv[1:]] or sorted(BOOK_DIR.glob("*.ipynb"))
    for target in targets:
        execute(target)
