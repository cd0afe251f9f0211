"""A bad row in data/ stops `jupyter-book build` with a message naming the file, the line and the field,
even when an earlier build of the same book passed validation."""

from __future__ import annotations

import csv
import subprocess
from types import SimpleNamespace

import pytest

from conftest import JUPYTER_BOOK
from tools.tracked_files import copy_tracked_files
from widgets import sphinx_ext


def test_the_validation_stamp_changes_with_the_data(tmp_path):
    book = copy_tracked_files(tmp_path / "book")
    app = SimpleNamespace(srcdir=str(book), doctreedir=str(tmp_path / "doctrees"))
    before = sphinx_ext._validation_inputs_digest(app)
    assert sphinx_ext._validation_inputs_digest(app) == before
    with (book / "data" / "cases.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert sphinx_ext._validation_inputs_digest(app) != before


@pytest.mark.slow
def test_a_bad_row_stops_the_build_after_a_good_stamp(tmp_path):
    book = copy_tracked_files(tmp_path / "book")
    # As if an earlier build had validated these very files...
    app = SimpleNamespace(srcdir=str(book), doctreedir=str(book / "_build" / ".doctrees"))
    stamp = book / "_build" / ".doctrees" / "wct-validated-data.sha256"
    stamp.parent.mkdir(parents=True)
    stamp.write_text(sphinx_ext._validation_inputs_digest(app), encoding="utf-8")
    # ...then an author types an impossible date.
    events = book / "data" / "timeline_events.csv"
    with events.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    broken = list(rows[1])
    broken[rows[0].index("event_id")] = "fixture-impossible-date"
    broken[rows[0].index("date")] = "2021-02-30"
    with events.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(broken)
    lines = rows
    result = subprocess.run([str(JUPYTER_BOOK), "build", "."], cwd=book, capture_output=True, text=True)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"data/timeline_events.csv, line {len(lines) + 1}, field 'date'" in output, output[-3000:]
    assert "not a real calendar date" in output
