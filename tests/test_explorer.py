"""The live explorer's controls filter what it shows, and everything shown carries its source."""

import html

import pytest

from widgets.charts.timeline import ALL_CASES
from widgets.explorer import build_explorer

pytestmark = pytest.mark.slow  # builds the live (Voila) app, which renders through vl-convert


@pytest.fixture()
def app():
    yield build_explorer()
    from widgets.render import use_book_renderer

    use_book_renderer()  # the explorer switches Altair to the live renderer; restore the book's


def test_choosing_a_case_shows_only_its_events(app):
    app.years.value = (app.years.min, app.years.max)
    everything = len(app.shown_events)
    app.case.value = "Tridonex, Matamoros"
    assert set(app.shown_events["case_id"]) == {"tridonex"}
    assert 0 < len(app.shown_events) < everything
    assert "Tridonex" in app.events_table.value and "Source" in app.events_table.value


def test_year_range_limits_the_events(app):
    app.case.value = ALL_CASES
    app.years.value = (2021, 2021)
    assert (app.shown_events["date"].dt.year == 2021).all() and len(app.shown_events) > 0


def test_empty_choice_says_so_instead_of_drawing_nothing(app):
    app.case.value = "Labor rights in U.S. trade"
    app.years.value = (2024, 2024)
    if app.shown_events.empty:
        assert "no rows match" in app.events_table.value


def test_measure_and_groups_filter_the_survey(app):
    app.groups.value = ("RRM facilities",)
    assert set(app.shown_results["group"]) <= {"RRM facilities"}
    assert "LeClercq" in app.survey_table.value and "Study report" in app.survey_table.value
    app.measure.value = app.measure.options[-1]
    assert app.shown_results["measure"].nunique() <= 1


def test_sampling_caveat_is_shown(app):
    text = " ".join(child.value for child in app.widget.children if hasattr(child, "value") and isinstance(child.value, str))
    assert "snowball" in text


# --- the Rapid Response record ------------------------------------------------------------------------

def _chart_counts(app) -> dict[str, int]:
    """The number of rows (requests and declined petitions) each bar of the drawn counts chart adds up to."""
    spec = app.shown_record_chart.to_dict()
    rows = next(iter(spec["datasets"].values()))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["group"]] = counts.get(row["group"], 0) + row["count"]
    return counts


def test_record_starts_with_every_request_and_its_counts(app):
    from widgets.charts.rrm_record import rrm_record_table
    from widgets.datapackage import load_resource

    record = rrm_record_table(load_resource("rrm_requests"))
    assert len(app.shown_requests) == len(record)
    assert f"({len(record)} rows)" in app.record_table.value
    assert sum(_chart_counts(app).values()) == len(record)
    assert "Source of the request date" in app.record_table.value
    # Every row names its source (the label of the request date's citation and its locator).
    assert all(label and html.escape(label) in app.record_table.value for label in record["source"])


def test_record_filters_by_outcome_year_sector_and_state(app):
    app.record_outcome.value = "Petition declined (no request made)"
    assert len(app.shown_requests) > 0 and set(app.shown_requests["outcome"]) == {"declined"}
    assert "none: petition declined" in app.record_table.value
    app.record_outcome.value = app.record_outcome.options[0]
    app.record_years.value = (2023, 2023)
    assert len(app.shown_requests) > 0 and set(app.shown_requests["year"]) == {2023}
    assert _chart_counts(app) == {"2023": len(app.shown_requests)}
    app.record_years.value = (app.record_years.min, app.record_years.max)
    app.record_sector.value = "Automotive parts"
    app.record_state.value = "Tamaulipas"
    chosen = app.shown_requests
    assert len(chosen) > 0 and set(chosen["sector"]) == {"Automotive parts"} and set(chosen["state"]) == {"Tamaulipas"}
    assert "Tamaulipas" in app.shown_record_chart.to_dict()["title"]["text"]


def test_record_search_ignores_case_and_accents(app):
    app.record_search.value = "goodyear"
    assert list(app.shown_requests["company"].str.contains("Goodyear")) == [True] * len(app.shown_requests) != []
    app.record_search.value = "san luis potosi"  # the city is written San Luis Potosí
    assert any("Potosí" in c for c in app.shown_requests["city"].dropna())


def test_record_grouping_changes_what_the_chart_counts(app):
    app.record_grouping.value = "state"
    groups = set(_chart_counts(app))
    assert "Tamaulipas" in groups and sum(_chart_counts(app).values()) == len(app.shown_requests)
    app.record_grouping.value = "outcome_label"
    assert "Petition declined (no request made)" in set(_chart_counts(app))


def test_record_with_no_match_says_so_and_draws_nothing(app):
    app.record_search.value = "no such facility anywhere"
    assert app.shown_requests.empty and app.shown_record_chart is None
    assert "no rows match" in app.record_table.value
