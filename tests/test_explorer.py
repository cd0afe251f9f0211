"""The live explorer's controls filter what it shows, and everything shown carries its source."""

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
