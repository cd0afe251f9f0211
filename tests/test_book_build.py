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
