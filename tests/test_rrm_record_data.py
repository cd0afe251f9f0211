"""The Rapid Response record's union votes are numbers with sources, agree with the rest of the record,
and each rule on them stops validation with a message naming the file, the line and the field."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from widgets.datapackage import DataPackageError, load_resource, package_metadata, validate_package

REPO = Path(__file__).resolve().parent.parent
VOTES = REPO / "data" / "rrm_union_votes.csv"
BROKEN_VOTES = Path(__file__).parent / "fixtures" / "broken_data" / "rrm_votes"

# The columns the chapter and its charts read (agreed with the chapter's author): changing them breaks it.
VOTE_COLUMNS = [
    "vote_id", "request_id", "vote_date", "vote_date_precision", "vote_kind", "option", "option_type",
    "votes", "valid_votes", "eligible_voters", "citation_key", "locator", "note",
]

# fixture -> (field named, words the message must contain); the fixture's second row is the broken one.
BROKEN_VOTE_CASES = {
    "valid_votes_above_eligible.csv": ("eligible_voters",
                                       "120 is below valid_votes 130 (counts must run votes <= valid_votes <= eligible_voters)"),
    "vote_options_disagree.csv": ("vote_date", "'2025-06-11' differs from '2025-06-10' on line"),
    "votes_sum_above_eligible.csv": ("votes", "give 130 votes together, more than its eligible_voters 120"),
    "legitimation_with_a_union_option.csv": ("option_type",
                                             "'independent_union' is not allowed when vote_kind is 'contract_legitimation'"),
}


def test_the_votes_table_has_the_agreed_columns():
    with VOTES.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == VOTE_COLUMNS
    schema_fields = next(r for r in package_metadata()["resources"] if r["name"] == "rrm_union_votes")["schema"]["fields"]
    assert [f["name"] for f in schema_fields] == VOTE_COLUMNS


def test_votes_are_typed_numbers_and_every_vote_names_a_request():
    votes = load_resource("rrm_union_votes")
    assert str(votes["votes"].dtype) == "Int64" and votes["votes"].notna().sum() > 0
    requests = set(load_resource("rrm_requests")["request_id"])
    assert set(votes["request_id"]) <= requests


def test_the_requests_with_a_vote_summary_are_those_with_counted_votes():
    """vote_result summarises in words; the numbers live in rrm_union_votes, for the same requests."""
    requests = load_resource("rrm_requests")
    summarised = set(requests.loc[requests["vote_result"].notna(), "request_id"])
    assert summarised == set(load_resource("rrm_union_votes")["request_id"])


def test_vote_summaries_carry_no_counts():
    for text in load_resource("rrm_requests")["vote_result"].dropna():
        assert not re.search(r"\d{1,3},\d{3}|\d+ votes|percent|%", text), text


def test_counts_agree_with_the_case_figures_where_both_give_them():
    """case_outcomes (the case chapters' figures) and the record's votes table must not drift apart."""
    votes = load_resource("rrm_union_votes")
    figures = load_resource("case_outcomes")
    request_of_case = load_resource("rrm_requests").dropna(subset=["case_id"]).set_index("case_id")["request_id"]
    checked = 0
    for _, figure in figures[figures["measure"].isin(["votes", "valid_votes", "eligible_voters"])].iterrows():
        column = figure["measure"]
        same_request = votes[votes["request_id"] == request_of_case[figure["case_id"]]]
        near = same_request[(same_request["vote_date"] - figure["as_of"]).abs().dt.days <= 2]
        assert int(figure["value"]) in set(near[column].dropna().astype(int)), figure["figure_id"]
        checked += 1
    assert checked >= 6


def _package_with_votes(tmp_path: Path, fixture: Path) -> tuple[Path, int]:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("incoming", ".lock"))
    shutil.copy(REPO / "references.bib", tmp_path / "references.bib")
    target = data / "rrm_union_votes.csv"
    existing = target.read_text(encoding="utf-8")
    header, *rows = fixture.read_text(encoding="utf-8").splitlines()
    assert header == existing.splitlines()[0], f"{fixture.name} has the wrong header"
    target.write_text(existing + "\n".join(rows) + "\n", encoding="utf-8")
    return data / "datapackage.json", len(existing.splitlines()) + 2


@pytest.mark.parametrize("fixture", sorted(BROKEN_VOTE_CASES))
def test_a_broken_vote_is_reported_with_file_line_and_field(tmp_path, fixture):
    field, words = BROKEN_VOTE_CASES[fixture]
    package, broken_line = _package_with_votes(tmp_path, BROKEN_VOTES / fixture)
    with pytest.raises(DataPackageError) as caught:
        validate_package(package, frames=False)
    problems = caught.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.file, problem.line, problem.field) == ("data/rrm_union_votes.csv", broken_line, field)
    assert words in str(problem), str(problem)
    assert f"data/rrm_union_votes.csv, line {broken_line}, field '{field}'" in str(caught.value)


def test_every_broken_vote_fixture_is_exercised():
    assert sorted(p.name for p in BROKEN_VOTES.glob("*.csv")) == sorted(BROKEN_VOTE_CASES)


def test_a_vote_may_precede_its_request():
    """Votes often come before the request (Saint-Gobain's, GM Silao's first): no date-order rule applies."""
    votes = load_resource("rrm_union_votes")
    requests = load_resource("rrm_requests").set_index("request_id")
    petition = requests["petition_date"].fillna(requests["request_date"])
    assert (votes["vote_date"] < votes["request_id"].map(petition)).any()
