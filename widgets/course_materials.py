"""Collect each chapter's learning objectives, discussion questions and exercises for instructors.

The "For instructors" page is generated from the chapters themselves, so it always matches them:
``widgets.sphinx_ext`` puts :func:`instructor_markdown` where the page has a ``{course-materials}``
block, at every build. Exercise solutions (in dropdown admonitions) are left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from widgets.book_toc import chapter_files

REPO = Path(__file__).resolve().parent.parent
_GLUE_ROLE = re.compile(r"\{(glue(?::\w+)?)\}`([^`:]+)`")
# An exercise that needs Python starts with "(Python)"; the instructors' page shows the mark in bold.
_PYTHON_MARK = re.compile(r"^([ \t]*\d+\.[ \t]+)\(Python\)", re.M)
_SOLUTION = re.compile(r"\n[ \t]*:::+\{admonition\}\s*Solution.*?\n[ \t]*:::+[ \t]*(?=\n|$)", re.S)


def chapter_materials(path: Path) -> dict:
    """Title, objectives, discussion questions and exercises (without solutions) of one chapter."""
    text = "\n\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    # Glued values live in the chapter's notebook: paste them from there ("doc::key"). The explicit
    # ":s" format is needed because {glue:text} splits a format spec off at the last colon.
    text = _GLUE_ROLE.sub(lambda m: f"{{{m.group(1)}}}`{path.name}::{m.group(2)}:s`", text)
    title = re.search(r"^# (.+)$", text, re.M).group(1).strip()
    objectives = re.search(r"```\{admonition\} In this chapter.*?\n(.*?)```", text, re.S)
    objective_items = re.findall(r"^\d+\.\s+(.+(?:\n(?!\d+\.)\s+.+)*)", objectives.group(1), re.M) if objectives else []

    def section(name: str) -> str:
        found = re.search(rf"^## {name}\s*\n(.*?)(?=^## |\Z)", text, re.S | re.M)
        return _SOLUTION.sub("", found.group(1)).strip() if found else ""

    return {"title": title, "objectives": [" ".join(o.split()) for o in objective_items],
            "discussion": section("Discussion questions"),
            "exercises": _PYTHON_MARK.sub(r"\1**(Python)**", section("Exercises"))}


def chapter_paths() -> list[Path]:
    """The chapter notebooks the instructors' page is generated from."""
    return [REPO / f"{file}.ipynb" for _, file in chapter_files()]


def instructor_markdown() -> str:
    """Markdown for the instructors' page: per chapter, its objectives, questions and exercises."""
    lines: list[str] = []
    for part, file in chapter_files():
        materials = chapter_materials(REPO / f"{file}.ipynb")
        if not (materials["objectives"] or materials["discussion"] or materials["exercises"]):
            continue  # a reference page (the Data page), not a chapter to teach from
        lines += [f"### {materials['title']}", "", f"*{part}* · [Read the chapter]({Path(file).name})", ""]
        if materials["objectives"]:
            lines += ["**Learning objectives**", ""] + [f"- {o}" for o in materials["objectives"]] + [""]
        for heading, key in (("Discussion questions", "discussion"), ("Exercises (solutions are in the chapter)", "exercises")):
            if materials[key]:
                lines += [f"**{heading}**", "", materials[key], ""]
    return "\n".join(lines)
