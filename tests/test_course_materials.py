"""The instructors' page collects every chapter's objectives, questions and exercises, never solutions."""

import re

from widgets.book_toc import chapter_files
from widgets.course_materials import REPO, chapter_materials, instructor_markdown


def test_every_chapter_contributes_objectives_questions_and_exercises():
    for _, file in chapter_files():
        if file == "book/data":
            continue
        materials = chapter_materials(REPO / f"{file}.ipynb")
        assert materials["objectives"], file
        assert materials["discussion"], file
        assert materials["exercises"], file


def test_solutions_are_left_out_and_glue_points_at_the_chapter():
    text = instructor_markdown()
    assert ":class: dropdown" not in text and "admonition} Solution" not in text
    roles = re.findall(r"\{glue(?::\w+)?\}`([^`]*)`", text)
    assert roles and all(re.fullmatch(r"[a-z_]+\.ipynb::\w+:s", r) for r in roles), roles


def test_reference_pages_without_exercises_get_no_empty_entry():
    text = instructor_markdown()
    assert "### Data" not in text and "### For instructors" not in text
    assert text.count("### ") == len([f for _, f in chapter_files() if f != "book/data"])


def test_exercises_that_need_python_are_marked_in_bold():
    text = instructor_markdown()
    marked = re.findall(r"^\s*\d+\.\s+\*\*\(Python\)\*\*", text, re.M)
    assert marked, "no exercise is marked (Python)"
    assert not re.search(r"^\s*\d+\.\s+\(Python\)", text, re.M), "an unbolded (Python) mark is left"
