"""An independent check of the data package: frictionless-py judges it by the same ``datapackage.json``.

The book's own validator (``widgets.datapackage``) gives file/line/field messages and enforces the
book's rules; frictionless checks what the Table Schema standard says. The real data must pass both,
and every broken fixture that frictionless can judge must fail in both, at the same row. The rest are
the book's own rules, which frictionless cannot see; each is listed with the reason.
"""

from __future__ import annotations

import frictionless
import pytest
from test_datapackage import BROKEN, BROKEN_CASES, REPO, _package_with

from widgets.datapackage import DataPackageError, validate_package

# Broken fixtures that only the book's validator can judge, and why.
BOOK_RULES_ONLY = {
    "unknown_citation_key.csv": "citation keys resolve in references.bib (x-citation)",
    "seed_file_number.csv": "project check: texts name sources, not the numbers of the files they arrived as",
    "precision_mismatch.csv": "a date matches its stated precision (x-datePrecisionField)",
    "percent_unit_out_of_range.csv": "a percentage lies in 0-100 only where the row's unit is percent (x-percentWhen)",
    "resource_required_field.csv": "fields one resource always fills beyond its shared schema (x-requiredFields)",
    "unknown_evidence_row.csv": "a recommendation's evidence row exists in the resource the row names (x-evidenceLookup)",
    "evidence_fields_apart.csv": "paired fields are filled together (x-filledTogether)",
    "rrm_dates_out_of_order.csv": "a record's dates run in order, allowing for their precision (x-dateOrder)",
    "rrm_ordinal_gap.csv": "USTR's numbers have no gap that is not documented (x-ordinalGaps)",
    "rrm_request_date_unsourced.csv": "every value of the record, the request date first, has a sourced fact (x-factsCover)",
    "rrm_outcome_without_dates.csv": "an outcome has the dates it implies (x-implies)",
}
JUDGED_BY_BOTH = sorted(set(BROKEN_CASES) - set(BOOK_RULES_ONLY))


def _errors(report) -> list:
    return [error for task in report.tasks for error in task.errors] + list(report.errors)


def test_the_real_package_passes_frictionless():
    report = frictionless.validate(str(REPO / "data" / "datapackage.json"))
    assert report.valid, [error.message for error in _errors(report)][:10]


def test_frictionless_reads_the_shared_schema_file_and_the_book_properties():
    package = frictionless.Package(str(REPO / "data" / "datapackage.json"))
    outcomes = package.get_resource("case_outcomes")
    assert outcomes.schema.primary_key == ["figure_id"]  # from schemas/stated_figure.json
    assert outcomes.schema.foreign_keys[0]["reference"]["resource"] == "cases"
    assert "x-bibliography" in package.custom


def test_every_fixture_is_sorted_into_one_of_the_two_lists():
    assert set(BOOK_RULES_ONLY) <= set(BROKEN_CASES)
    assert all(BOOK_RULES_ONLY.values())


@pytest.mark.parametrize("fixture", JUDGED_BY_BOTH)
def test_broken_fixture_fails_in_both_validators_at_the_same_row(tmp_path, fixture):
    resource, field, _ = BROKEN_CASES[fixture]
    package, broken_line = _package_with(tmp_path, resource, BROKEN / fixture)
    with pytest.raises(DataPackageError):
        validate_package(package, frames=False)
    report = frictionless.validate(str(package))
    assert not report.valid
    errors = _errors(report)
    rows = {getattr(error, "row_number", None) for error in errors}
    assert broken_line in rows, [error.message for error in errors]
    fields = {getattr(error, "field_name", None) for error in errors}
    if field is not None and fields - {None, ""}:
        assert field in fields, [error.message for error in errors]


@pytest.mark.parametrize("fixture", sorted(BOOK_RULES_ONLY))
def test_book_rules_fail_only_in_the_books_validator(tmp_path, fixture):
    resource, _, _ = BROKEN_CASES[fixture]
    package, _ = _package_with(tmp_path, resource, BROKEN / fixture)
    with pytest.raises(DataPackageError):
        validate_package(package, frames=False)
    report = frictionless.validate(str(package))
    # If frictionless learns to judge one of these, move it to the shared list.
    assert report.valid, [error.message for error in _errors(report)]
