"""The checks authors get on `git commit` (.pre-commit-config.yaml: ruff and the notebook metadata
cleaner) pass on the whole repository, so CI enforces them; git diffs notebooks through nbdime."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from tools.tracked_files import copy_tracked_files

BIN = Path(sys.executable).parent


def _tracked_copy(target: Path) -> Path:
    """The files a commit would hold, in a fresh git repository."""
    copy_tracked_files(target)
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    return target


@pytest.mark.slow
def test_pre_commit_hooks_pass_on_every_file(tmp_path):
    copy = _tracked_copy(tmp_path / "repo")
    result = subprocess.run([str(BIN / "pre-commit"), "run", "--all-files", "--show-diff-on-failure", "--color=never"],
                            cwd=copy, capture_output=True, text=True)
    assert result.returncode == 0, (
        "pre-commit found problems (run `make hooks` once, then `.venv/bin/pre-commit run --all-files` "
        f"to fix them):\n{result.stdout[-6000:]}{result.stderr[-2000:]}")


def test_git_diffs_notebooks_with_nbdime():
    attributes = (REPO / ".gitattributes").read_text(encoding="utf-8")
    assert "*.ipynb diff=jupyternotebook merge=jupyternotebook" in attributes


def test_nbdiff_shows_a_prose_edit_as_a_few_lines(tmp_path):
    notebook = REPO / "book" / "gm_silao.ipynb"
    edited = tmp_path / "edited.ipynb"
    text = notebook.read_text(encoding="utf-8")
    first_heading = text.index('"## ')
    edited.write_text(text[:first_heading + 1] + "## An edited heading: " + text[first_heading + 4:], encoding="utf-8")
    result = subprocess.run([str(BIN / "nbdiff"), "--sources", "--no-color", str(notebook), str(edited)],
                            capture_output=True, text=True, check=True)
    changed = [line for line in result.stdout.splitlines() if line.startswith(("+", "-"))
               and not line.startswith(("+++", "---"))]
    assert any("An edited heading" in line for line in changed), result.stdout
    assert len(changed) <= 4, result.stdout
