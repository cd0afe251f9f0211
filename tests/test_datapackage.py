"""The data package validates, and each kind of bad input stops it with a message naming the file,
the line and the field."""

from __future__ import annotations

import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import widgets.datapackage
from widgets.datapackage import (
    PROJECT_CHECKS,
    DataPackageError,
    allowed_values,
    load_resource,
    package_metadata,
    validate_package,
)

REPO = Path(__file__).resolve().parent.parent
BROKEN = Path(__file__).parent / "fixtures" / "broken_data"

# fixture file -> (resource it replaces, field named, words the message must contain)
BROKEN_CASES = {
    "wrong_type.csv": ("rrm_statistics", "value", "'fifty-four' is not a number"),
    "impossible_date.csv": ("timeline_events", "date", "'2021-02-30' is not a real calendar date"),
    "malformed_date.csv": ("timeline_events", "date", "'12/05/2021' is not an ISO 8601 date"),
    "precision_mismatch.csv": ("timeline_events", "date", "its precision is 'month'"),
    "percent_out_of_range.csv": ("field_study_results", "percent", "148 is above the maximum 100"),
    "percent_unit_out_of_range.csv": ("rrm_statistics", "value_high", "101 is a percentage outside 0-100"),
    "missing_citation_key.csv": ("timeline_events", "citation_key", "required value is empty"),
    "unknown_citation_key.csv": ("timeline_events", "citation_key", "unknown citation key 'nosuchsource2099'"),
    "duplicate_id.csv": ("timeline_events", "event_id", "duplicate value 'fixture-good' (first used on line"),
    "unknown_case.csv": ("timeline_events", "case_id", "unknown cases 'atlantis-plant'"),
    "empty_required_field.csv": ("timeline_events", "event", "required value is empty"),
    "malformed_row.csv": ("timeline_events", None, "row has 11 cells, expected 10"),
    "value_not_allowed.csv": ("timeline_events", "category", "'treaty' is not one of the allowed values"),
    "seed_file_number.csv": ("timeline_events", "event", "'002' names a source file by its number"),
    "resource_required_field.csv": ("rrm_statistics", "measure", "required value is empty"),
    "unknown_evidence_row.csv": ("recommendations", "evidence_id",
                                 "'no-such-figure' is not a figure_id in data/other_figures.csv"),
    "evidence_fields_apart.csv": ("recommendations", "comparison_id", "is empty, but comparison is filled"),
    "rrm_dates_out_of_order.csv": ("rrm_requests", "request_date",
                                   "2025-06-01 (day) is before petition_date 2025-06-10 (day)"),
    "rrm_ordinal_gap.csv": ("rrm_requests", "ustr_ordinal", "99 leaves 42-98 unaccounted for"),
    "rrm_request_date_unsourced.csv": ("rrm_requests", "request_date",
                                       "'2025-06-01' has no source: no row of data/rrm_request_facts.csv"),
    "rrm_outcome_without_dates.csv": ("rrm_requests", "panel_request_date",
                                      "is empty, but outcome is 'panel', which needs it"),
}
# A fixture may bring rows for another resource, which are appended too (the Rapid Response record's
# fixtures need the facts that source their good values): companions/<fixture stem>.<resource>.csv.
COMPANIONS = BROKEN / "companions"
STATED_FIGURES = ["rrm_statistics", "other_figures", "case_outcomes"]


def test_real_package_is_valid():
    frames = validate_package()
    for resource in package_metadata()["resources"]:
        assert len(frames[resource["name"]]) > 0, f"{resource['name']} has no rows"


def test_loader_returns_typed_frames():
    events = load_resource("timeline_events")
    assert pd.api.types.is_datetime64_any_dtype(events["date"])
    stats = load_resource("rrm_statistics")
    assert str(stats["value"].dtype) == "Float64"
    assert load_resource("rrm_process_stages")["order"].dtype == "Int64"


def test_loader_returns_a_copy_callers_can_modify():
    first = load_resource("cases")
    first.loc[:, "name"] = "changed"
    assert (load_resource("cases")["name"] != "changed").all()


def test_every_row_has_a_locator():
    for resource in package_metadata()["resources"]:
        frame = load_resource(resource["name"])
        assert frame["locator"].notna().all() and (frame["locator"].str.len() > 0).all(), resource["name"]


def _package_with(tmp_path: Path, resource: str, broken_rows: Path) -> tuple[Path, int]:
    """A copy of the real package with the fixture's rows appended to ``resource``.

    Appending (rather than replacing the file) keeps every row other resources refer to, so foreign
    keys into the resource stay valid. Returns the package path and the file line of the fixture's
    second row, the broken one.
    """
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("incoming", ".lock"))
    shutil.copy(REPO / "references.bib", tmp_path / "references.bib")
    target = data / next(r["path"] for r in package_metadata()["resources"] if r["name"] == resource)
    existing = target.read_text(encoding="utf-8")
    if not existing.endswith("\n"):
        existing += "\n"
    header, *rows = broken_rows.read_text(encoding="utf-8").splitlines()
    assert header == existing.splitlines()[0], f"{broken_rows.name} has the wrong header for {resource}"
    target.write_text(existing + "\n".join(rows) + "\n", encoding="utf-8")
    for companion in sorted(COMPANIONS.glob(f"{broken_rows.stem}.*.csv")):
        other = data / next(r["path"] for r in package_metadata()["resources"] if r["name"] == companion.stem.split(".", 1)[1])
        before = other.read_text(encoding="utf-8")
        extra_header, *extra = companion.read_text(encoding="utf-8").splitlines()
        assert extra_header == before.splitlines()[0], f"{companion.name} has the wrong header"
        other.write_text(before + ("" if before.endswith("\n") else "\n") + "\n".join(extra) + "\n", encoding="utf-8")
    return data / "datapackage.json", len(existing.splitlines()) + 2


@pytest.mark.parametrize("fixture", sorted(BROKEN_CASES))
def test_broken_input_is_reported_with_file_line_and_field(tmp_path, fixture):
    resource, field, words = BROKEN_CASES[fixture]
    package, broken_line = _package_with(tmp_path, resource, BROKEN / fixture)
    with pytest.raises(DataPackageError) as caught:
        validate_package(package)
    problems = caught.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    target = next(r["path"] for r in package_metadata()["resources"] if r["name"] == resource)
    assert problem.file == f"data/{target}"
    assert problem.line == broken_line
    assert problem.field == field
    assert words in str(problem), str(problem)
    assert f"data/{target}, line {broken_line}" in str(caught.value)


def test_every_broken_fixture_is_exercised():
    assert sorted(p.name for p in BROKEN.glob("*.csv")) == sorted(BROKEN_CASES)
    assert {p.name.split(".")[0] + ".csv" for p in COMPANIONS.glob("*.csv")} <= set(BROKEN_CASES)


def test_missing_file_is_reported(tmp_path):
    package, _ = _package_with(tmp_path, "cases", BROKEN.parent / "no_rows" / "cases.csv")
    (package.parent / "cases.csv").unlink()
    with pytest.raises(DataPackageError, match=r"data/cases.csv: file is missing"):
        validate_package(package)


def test_validation_reports_every_problem_not_just_the_first(tmp_path):
    package, _ = _package_with(tmp_path, "timeline_events", BROKEN / "impossible_date.csv")
    stats = package.parent / "rrm_statistics.csv"
    stats.write_text(stats.read_text(encoding="utf-8") + (BROKEN / "wrong_type.csv").read_text(encoding="utf-8").splitlines()[2] + "\n",
                     encoding="utf-8")
    with pytest.raises(DataPackageError) as caught:
        validate_package(package)
    assert {p.file for p in caught.value.problems} == {"data/timeline_events.csv", "data/rrm_statistics.csv"}


@pytest.mark.parametrize("text, flagged", [
    ("As 002 says", True), ("(001, fn 3)", True), ("17 000 workers", False), ("1,002 workers", False),
    ("$1.002", False), ("2002", False), ("0024", False),
])
def test_seed_file_numbers_are_recognised_but_numbers_are_not(text, flagged):
    from widgets.datapackage import _SEED_FILE_NUMBER

    assert bool(_SEED_FILE_NUMBER.search(text)) is flagged


def test_stated_figures_share_one_schema_file_and_one_id_column():
    raw = json.loads((REPO / "data" / "datapackage.json").read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in raw["resources"]}
    assert {by_name[name]["schema"] for name in STATED_FIGURES} == {"schemas/stated_figure.json"}
    resolved = {r["name"]: r for r in package_metadata()["resources"]}
    for name in STATED_FIGURES:
        assert resolved[name]["schema"]["primaryKey"] == ["figure_id"]
        assert load_resource(name).columns[0] == "figure_id"


def test_allowed_values_come_from_the_schema():
    assert allowed_values("timeline_events", "date_precision") == ["day", "month", "year"]
    assert "usd" in allowed_values("other_figures", "unit")  # read through the shared schema file
    with pytest.raises(KeyError):
        allowed_values("timeline_events", "no_such_field")
    with pytest.raises(ValueError):
        allowed_values("timeline_events", "event")


def test_loading_a_resource_reads_only_it_and_what_it_refers_to(tmp_path):
    package, _ = _package_with(tmp_path, "timeline_events", BROKEN / "impossible_date.csv")
    # rrm_statistics refers to cases only (its empty case_id cells refer to nothing): the broken
    # timeline does not stop it, but it stops the resources that refer to the timeline.
    assert len(load_resource("rrm_statistics", package)) > 0
    with pytest.raises(DataPackageError, match="timeline_events.csv"):
        load_resource("case_comparison", package)
    with pytest.raises(DataPackageError):
        validate_package(package, frames=False)


def test_recommendations_are_checked_against_the_rows_they_name(tmp_path):
    package, _ = _package_with(tmp_path, "recommendations", BROKEN / "unknown_evidence_row.csv")
    with pytest.raises(DataPackageError, match="no-such-figure"):
        load_resource("recommendations", package)


def test_fast_validation_builds_no_frames_and_never_imports_pandas():
    code = ("import sys; from widgets.datapackage import validate_package; "
            "counts = validate_package(frames=False); "
            "assert 'pandas' not in sys.modules, 'pandas was imported'; print(sum(counts.values()))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == sum(len(load_resource(r["name"])) for r in package_metadata()["resources"])


def test_missing_schema_file_is_reported(tmp_path):
    package, _ = _package_with(tmp_path, "cases", BROKEN.parent / "no_rows" / "cases.csv")
    (package.parent / "schemas" / "stated_figure.json").unlink()
    with pytest.raises(DataPackageError, match=r"data/schemas/stated_figure.json: schema file is missing"):
        validate_package(package, frames=False)


@pytest.mark.parametrize("text, words", [
    ("@misc{broken,\n  title = {No closing brace},\n", "references.bib, line"),
    ("Only prose, no entries.\n", "no BibTeX entries"),
    ("@misc{twice, title={A}}\n@misc{twice, title={B}}\n", "twice"),
])
def test_a_malformed_bibliography_stops_validation(tmp_path, text, words):
    package, _ = _package_with(tmp_path, "cases", BROKEN.parent / "no_rows" / "cases.csv")
    (tmp_path / "references.bib").write_text(text, encoding="utf-8")
    with pytest.raises(DataPackageError) as caught:
        validate_package(package, frames=False)
    assert len(caught.value.problems) == 1 and words in str(caught.value)


def test_project_checks_are_named_documented_and_listed():
    for name, check in PROJECT_CHECKS.items():
        assert inspect.getdoc(check), f"project check '{name}' says not why it exists"
        assert f"``{name}``" in widgets.datapackage.__doc__

