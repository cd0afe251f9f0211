"""Binder: the repository's configuration (binder/) installs the book's lock, and the "launch the live
explorer" links in the README and on the landing page open the explorer notebook that exists here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.lockfiles import BOOK_LOCK, REPO, SUPPORTED, logical_lines
from widgets import binder_link

BINDER = REPO / "binder"
LINK = re.compile(r"https://mybinder\.org/v2/gh/[^\s)>\]]+")


def binder_links_in(text: str) -> list[str]:
    """Complete Binder addresses (a placeholder in angle brackets is not one)."""
    return [url for url in LINK.findall(text) if "<" not in url]


def test_binder_installs_exactly_the_book_lock():
    lines = [text for _, text in logical_lines(BINDER / "requirements.txt")]
    assert lines == ["-r ../requirements-lock.txt"]
    assert (BINDER / lines[0].split()[1]).resolve() == BOOK_LOCK


def test_binder_runs_the_python_the_suite_runs_on():
    assert (BINDER / "runtime.txt").read_text().strip() == f"python-{SUPPORTED[0]}"
    # With a binder/ folder, Binder ignores configuration at the root: none is left there to mislead.
    assert not (REPO / "runtime.txt").exists()


def test_binder_post_build_installs_the_book_package_and_the_explorer_template():
    post_build = BINDER / "postBuild"
    assert post_build.stat().st_mode & 0o111, "binder/postBuild must be executable"
    text = post_build.read_text(encoding="utf-8")
    assert "pip install --no-cache-dir --no-deps --no-build-isolation -e ." in text
    template = re.search(r"cp -r (\S+) ", text).group(1)
    assert (REPO / template / "conf.json").is_file(), template
    assert json.dumps({"VoilaConfiguration": {"template": Path(template).name}}) in text
    assert f"--template={Path(template).name}" in (REPO / "Makefile").read_text()


def test_launch_link_opens_the_explorer_notebook():
    url = binder_link.explorer_url("someone/worker-centered-trade")
    parts = urlsplit(url)
    assert re.fullmatch(r"/v2/gh/someone/worker-centered-trade/HEAD", parts.path), url
    urlpath = parse_qs(parts.query)["urlpath"][0]
    assert urlpath.startswith("voila/render/"), url
    notebook = REPO / urlpath.removeprefix("voila/render/")
    assert notebook.suffix == ".ipynb" and notebook.is_file(), f"{url}: {notebook} does not exist"
    with pytest.raises(ValueError, match="owner/name"):
        binder_link.explorer_url("OWNER REPO")


def test_the_publishing_workflow_s_repository_wins_over_the_configured_one(monkeypatch):
    monkeypatch.setenv("GITHUB_REPOSITORY", "from/workflow")
    assert binder_link.publishing_repository("from/config") == "from/workflow"
    monkeypatch.delenv("GITHUB_REPOSITORY")
    assert binder_link.publishing_repository("from/config") == "from/config"
    assert binder_link.publishing_repository("") == ""


def test_landing_page_and_readme_carry_the_link_without_a_placeholder():
    landing = (REPO / "book" / "index.ipynb").read_text(encoding="utf-8")
    assert "{explorer-on-binder}`" in landing
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "voila/render/" + binder_link.EXPLORER_NOTEBOOK in readme
    for text in (landing, readme):
        assert "OWNER/REPO" not in text and not binder_links_in(text), "a hard-coded Binder address"

