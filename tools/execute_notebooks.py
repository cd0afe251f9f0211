"""Re-execute the chapters whose inputs changed, and save their outputs so that they diff cleanly.

The committed outputs are the book: ``jupyter-book build`` renders them without executing anything,
and strict nbval in ``make test`` proves they equal a fresh run. This tool keeps them fresh:

* A chapter's inputs are its code cells and every file inside the repository that it reads when it
  runs: the ``data/`` files it loads, ``references.bib``, the ``widgets/`` modules it imports. They
  are recorded while the chapter runs (``tools/record_inputs.py``), hashed, and kept in
  ``book/notebook_inputs.json``. A chapter is stale when any of those hashes no longer matches.
* Outputs are written deterministically: no execution timestamps, no Python patch version, and a
  notebook whose outputs did not change is not rewritten at all (its bytes and mtime stay).

    make notebooks                                   # re-execute the stale chapters (2 at a time)
    python tools/execute_notebooks.py --check        # list stale chapters and why; exit 1 if any
    python tools/execute_notebooks.py --all          # re-execute every chapter
    python tools/execute_notebooks.py book/x.ipynb   # re-execute these, stale or not
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
BOOK_DIR = REPO / "book"
MANIFEST = BOOK_DIR / "notebook_inputs.json"
RECORDER = Path(__file__).resolve().parent / "record_inputs.py"
TIMEOUT_S = 180
# Paths a chapter may open that are not inputs of its outputs.
_NOT_INPUTS = (".venv/", "_build/", ".git/", "tools/record_inputs.py")


def notebooks_in_toc() -> list[Path]:
    """Every notebook the two editions build (``_toc.yml``, then ``es/_toc.yml``), in reading order."""
    from widgets.book_toc import SPANISH_TOC_PATH, toc_files

    names = toc_files() + toc_files(SPANISH_TOC_PATH)
    return [REPO / f"{name}.ipynb" for name in names if (REPO / f"{name}.ipynb").exists()]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_hash(notebook: nbformat.NotebookNode) -> str:
    """A hash of the code cells' sources, in order: prose edits do not make a chapter stale."""
    sources = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    return _sha256(json.dumps(sources).encode("utf-8"))


def _repo_relative(path: str) -> str | None:
    """``path`` as an input named relative to the repository, or None if it is not an input."""
    real = Path(path)
    if real.parent.name == "__pycache__" and real.suffix == ".pyc":  # cached bytecode → its source
        real = real.parent.parent / f"{real.name.split('.')[0]}.py"
    try:
        relative = real.relative_to(REPO).as_posix()
    except ValueError:
        return None
    if relative.startswith(_NOT_INPUTS) or not real.is_file():
        return None
    return relative


def read_manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else {}


def write_manifest(manifest: dict) -> None:
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def update_manifest(entries: dict, keep: set[str]) -> None:
    """Merge ``entries`` into the manifest on disk and drop names not in ``keep``, under a lock, so two
    runs on different chapters at once do not undo each other's entries."""
    import fcntl

    with open(MANIFEST.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        manifest = {name: entry for name, entry in {**read_manifest(), **entries}.items() if name in keep}
        write_manifest(manifest)


def stale_reasons(path: Path, manifest: dict | None = None) -> list[str]:
    """Why the saved outputs of ``path`` may no longer match a fresh run (empty when fresh)."""
    manifest = read_manifest() if manifest is None else manifest
    name = path.relative_to(REPO).as_posix()
    entry = manifest.get(name)
    if entry is None:
        return [f"{name} has no entry in {MANIFEST.relative_to(REPO)} (never executed by this tool)"]
    reasons = []
    if code_hash(nbformat.read(path, as_version=4)) != entry["code"]:
        reasons.append("its code cells changed")
    for input_name, digest in sorted(entry["inputs"].items()):
        input_path = REPO / input_name
        if not input_path.is_file():
            reasons.append(f"{input_name}, which it read, no longer exists")
        elif _sha256(input_path.read_bytes()) != digest:
            reasons.append(f"{input_name} changed")
    return reasons


def normalize(notebook: nbformat.NotebookNode) -> None:
    """Drop what changes from run to run although the outputs do not (the pre-commit cleaner, nbstripout,
    drops the same keys: see .pre-commit-config.yaml)."""
    notebook.metadata.get("language_info", {}).pop("version", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)


def run_notebook(path: Path) -> tuple[str, dict]:
    """Run ``path`` top to bottom in a fresh kernel; return its text as it would be saved, and its
    manifest entry (the hash of its code cells and of each repository file it read)."""
    from nbclient import NotebookClient

    path = path.resolve()
    notebook = nbformat.read(path, as_version=4)
    with tempfile.NamedTemporaryFile("r", suffix=".log", encoding="utf-8") as log:
        # The kernel inherits these; tools/record_inputs.py reads them at start-up.
        os.environ.update(WCT_INPUTS_LOG=log.name, WCT_REPO_ROOT=str(REPO))
        client = NotebookClient(
            notebook, timeout=TIMEOUT_S, kernel_name="python3",
            # Run from the chapter's folder, as jupyter-book and nbval do.
            resources={"metadata": {"path": str(path.parent)}},
            extra_arguments=[f"--IPKernelApp.exec_files={json.dumps([str(RECORDER)])}"])
        client.execute()
        opened = log.read().splitlines()
    normalize(notebook)
    own_name = path.relative_to(REPO).as_posix()
    inputs = {name: _sha256((REPO / name).read_bytes())
              for name in sorted(set(filter(None, map(_repo_relative, opened)))) if name != own_name}
    text = nbformat.writes(notebook)
    text += "" if text.endswith("\n") else "\n"  # as nbformat.write ends a file
    return text, {"code": code_hash(notebook), "inputs": inputs}


def execute(path: Path) -> tuple[str, dict, bool]:
    """Re-execute ``path`` and save it if its outputs changed; return (name, manifest entry, changed)."""
    path = path.resolve()
    text, entry = run_notebook(path)
    changed = text.encode("utf-8") != path.read_bytes()
    if changed:
        path.write_text(text, encoding="utf-8")
    return path.relative_to(REPO).as_posix(), entry, changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="execute these (default: the stale ones)")
    parser.add_argument("--all", action="store_true", help="execute every notebook in the table of contents")
    parser.add_argument("--check", action="store_true", help="only list stale notebooks; exit 1 if any")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks executed at once (default 2)")
    args = parser.parse_args(argv)

    manifest = read_manifest()
    every = notebooks_in_toc()
    if args.notebooks:
        targets = [p.resolve() for p in args.notebooks]
    elif args.all:
        targets = every
    else:
        targets = []
        for path in every:
            reasons = stale_reasons(path, manifest)
            if reasons:
                print(f"{path.relative_to(REPO)} is stale: {'; '.join(reasons)}")
                targets.append(path)
    if args.check:
        if targets:
            print("Run `make notebooks` to re-execute them (then commit the notebooks and "
                  f"{MANIFEST.relative_to(REPO)}).")
        return 1 if targets else 0
    in_book = {path.relative_to(REPO).as_posix() for path in every}
    if not targets:
        print("Every notebook is up to date with its code, data and widgets.")
        update_manifest({}, in_book)
        return 0
    executed = {}
    with ProcessPoolExecutor(max_workers=max(1, min(args.jobs, len(targets)))) as pool:
        for name, entry, changed in pool.map(execute, targets):
            executed[name] = entry
            print(f"executed {name}: {'outputs changed' if changed else 'outputs unchanged, file not rewritten'}")
    update_manifest(executed, in_book)
    return 0


if __name__ == "__main__":
    sys.exit(main())
