"""The whole book builds from scratch from the saved outputs, executing nothing, and a warning is an
error."""

import re

import pytest

pytestmark = pytest.mark.slow

# Sphinx prints warnings as "path:line: WARNING: message". (The kernel's own "[IPKernelApp] WARNING |"
# notices about its transport are not build warnings.)
SPHINX_WARNING = re.compile(r"^.*: WARNING: .*$", re.MULTILINE)


def test_book_builds_with_warnings_as_errors(book_build):
    if book_build.returncode is None:
        pytest.skip("WCT_BUILT_SITE reuses an existing build; unset it to test the build itself")
    assert book_build.returncode == 0, f"jupyter-book build -W failed:\n{book_build.output[-6000:]}"
    warnings = SPHINX_WARNING.findall(book_build.output)
    assert not warnings, "\n".join(warnings)


def test_build_executes_no_notebook(book_build):
    # The saved outputs are the book (strict nbval keeps them fresh); myst-nb logs each execution.
    if book_build.returncode is None:
        pytest.skip("WCT_BUILT_SITE reuses an existing build; unset it to test the build itself")
    assert "Executing notebook" not in book_build.output
    assert "Executed notebook" not in book_build.output


def test_an_incremental_build_publishes_a_changed_stylesheet(tmp_path):
    # Sphinx copies static files only when it writes some page; the book rewrites every page when a
    # static file changed (each page names its CSS by a hash of the file's content).
    import subprocess
    import sys
    from pathlib import Path

    from tools.tracked_files import copy_tracked_files

    book = copy_tracked_files(tmp_path / "book")
    build = [str(Path(sys.executable).parent / "jupyter-book"), "build", ".", "--keep-going"]
    first = subprocess.run(build, cwd=book, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    stylesheet = book / "book" / "assets" / "book.css"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "\n/* changed */\n", encoding="utf-8")
    second = subprocess.run(build, cwd=book, capture_output=True, text=True)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    assert "/* changed */" in (book / "_build" / "html" / "_static" / "book.css").read_text(encoding="utf-8")
    third = subprocess.run(build, cwd=book, capture_output=True, text=True)
    assert "targets for 0 source files that are out of date" in third.stdout, "an unchanged book rebuilt pages"
