"""The committed notebooks are the book: fresh with respect to their code, data and widgets, saved in
the form that re-executing writes (so re-running changes no byte), and readable in a diff."""

from __future__ import annotations

import json

import nbformat
import pytest

from tools import execute_notebooks as tool
from widgets.book_toc import toc_files

NOTEBOOKS = tool.notebooks_in_toc()
MAX_LINE = 20_000


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_saved_outputs_are_fresh(path):
    reasons = tool.stale_reasons(path)
    assert not reasons, (f"{path.relative_to(tool.REPO)} is stale ({'; '.join(reasons)}): "
                         "run `make notebooks` and commit the result")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_saved_exactly_as_re_executing_writes_it(path):
    text = path.read_text(encoding="utf-8")
    notebook = nbformat.reads(text, as_version=4)
    assert not [c.id for c in notebook.cells if "execution" in c.metadata], "execution timestamps are saved"
    assert "version" not in notebook.metadata.get("language_info", {}), "the Python patch version is saved"
    tool.normalize(notebook)
    assert nbformat.writes(notebook) + "\n" == text, "not in nbformat's own layout: run `make notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_line_is_too_long_to_review(path):
    longest = max(path.read_text(encoding="utf-8").splitlines(), key=len)
    assert len(longest) <= MAX_LINE, f"a {len(longest):,}-character line: {longest[:120]}…"


def test_manifest_covers_exactly_the_notebooks_in_the_book():
    assert set(tool.read_manifest()) == {p.relative_to(tool.REPO).as_posix() for p in NOTEBOOKS}
    assert all(f"{name}.ipynb" in tool.read_manifest() or not (tool.REPO / f"{name}.ipynb").exists()
               for name in toc_files())


def test_inputs_are_recorded_and_no_chapter_depends_on_another():
    # So an edit to one chapter makes that chapter, and only it, stale.
    for name, entry in tool.read_manifest().items():
        assert any(i.startswith("widgets/") for i in entry["inputs"]), f"{name}: no widgets module recorded"
        assert not [i for i in entry["inputs"] if i.startswith("book/")], name


def test_a_changed_input_or_code_cell_makes_the_chapter_stale():
    path = tool.REPO / "book" / "gm_silao.ipynb"
    entry = tool.read_manifest()["book/gm_silao.ipynb"]
    already = set(tool.stale_reasons(path, {"book/gm_silao.ipynb": entry}))  # empty when the book is fresh

    def new_reasons(changed_entry: dict) -> set[str]:
        return set(tool.stale_reasons(path, {"book/gm_silao.ipynb": changed_entry})) - already

    some_input = sorted(entry["inputs"])[0]
    assert new_reasons({**entry, "inputs": {**entry["inputs"], some_input: "0" * 64}}) == {f"{some_input} changed"}
    gone = {**entry, "inputs": {**entry["inputs"], "widgets/gone.py": "0" * 64}}
    assert new_reasons(gone) == {"widgets/gone.py, which it read, no longer exists"}
    assert new_reasons({**entry, "code": "0" * 64}) == {"its code cells changed"}
    assert "never executed" in tool.stale_reasons(path, {})[0]


def test_a_prose_edit_does_not_make_the_chapter_stale():
    notebook = nbformat.read(tool.REPO / "book" / "gm_silao.ipynb", as_version=4)
    before = tool.code_hash(notebook)
    next(c for c in notebook.cells if c.cell_type == "markdown").source += "\n\nOne more sentence."
    assert tool.code_hash(notebook) == before


@pytest.mark.slow
def test_re_executing_an_unchanged_notebook_changes_no_byte():
    fixture = tool.REPO / "tests" / "fixtures" / "notebooks" / "chart_and_glue.ipynb"
    first, entry = tool.run_notebook(fixture)
    second, _ = tool.run_notebook(fixture)
    assert first == second
    saved = json.loads(first)
    assert all(c["outputs"] for c in saved["cells"][2:]), "the fixture's chart and table were not drawn"
    assert "data/cases.csv" in entry["inputs"] and "widgets/charts/timeline.py" in entry["inputs"]
