"""Every chapter has the bones of a report's chapter (STYLE.md, "A chapter"): its findings first, each
with a figure from the data, then what the reader will learn, and at the end the takeaways, questions,
exercises and sources an instructor assigns against."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from widgets.book_toc import chapter_files
from widgets.course_materials import chapter_materials

REPO_CHAPTERS = [(caption, file) for caption, file in chapter_files() if caption != "For readers, instructors and authors"]
FINDINGS_BOX = re.compile(r"```\{admonition\} Findings\n:class: wct-findings\n(.*?)\n```", re.S)
# The Rapid Response record's findings each carry a chart, so they are a section, not a box.
FINDINGS_SECTION = re.compile(r"^## Findings\n(.*?)(?=^## |\Z)", re.S | re.M)


def _markdown(file: str) -> str:
    cells = nbformat.read(f"{file}.ipynb", as_version=4).cells
    return "\n\n".join(c.source for c in cells if c.cell_type == "markdown")


@pytest.mark.parametrize("file", [file for _, file in REPO_CHAPTERS])
def test_chapter_opens_with_three_findings_each_with_a_figure_from_the_data(file):
    text = _markdown(file)
    found = FINDINGS_BOX.search(text) or FINDINGS_SECTION.search(text)
    assert found, f"{file}: no Findings box"
    assert found.start() < text.index("{admonition} In this chapter"), f"{file}: findings come after the objectives"
    bullets = re.findall(r"^- (.+(?:\n(?!- ).+)*)", found.group(1), re.M)
    assert len(bullets) == 3, f"{file}: {len(bullets)} findings"
    for bullet in bullets:
        assert "{glue:text}`" in bullet or "{glue}`" in bullet, f"{file}: a finding without a glued figure: {bullet[:80]}"


@pytest.mark.parametrize("file", [file for _, file in REPO_CHAPTERS])
def test_chapter_ends_with_takeaways_questions_exercises_and_sources(file):
    text = _markdown(file)
    materials = chapter_materials(Path(f"{file}.ipynb"))
    assert 3 <= len(materials["objectives"]) <= 5, f"{file}: {len(materials['objectives'])} objectives"
    headings = re.findall(r"^## (.+)$", text, re.M)
    for needed in ("Key takeaways", "Discussion questions", "Exercises", "Sources"):
        assert needed in headings, f"{file}: no '## {needed}'"
    order = [headings.index(h) for h in ("Key takeaways", "Discussion questions", "Exercises", "Sources")]
    assert order == sorted(order), f"{file}: end sections out of order: {headings}"
