"""Chart specifications: the controls, encodings and conventions a reader relies on."""

from __future__ import annotations

import pytest

from tests import chart_cases
from widgets.charts.figure_comparison import figure_comparison_table

MEASURES = {"workers_benefited": "Workers said to have benefited", "cases_total": "RRM cases"}


@pytest.fixture(scope="module")
def figure_spec():
    return chart_cases.spec("rrm_at_a_glance:figures")


@pytest.fixture(scope="module")
def process_spec():
    return chart_cases.spec("rrm_at_a_glance:process")


def _tooltip_titles(layer):
    return [t.get("title") for t in layer["encoding"]["tooltip"]]


def test_figure_chart_offers_each_measure_in_a_bound_select(figure_spec):
    (param,) = figure_spec["params"]
    assert param["bind"]["input"] == "select"
    assert param["bind"]["options"] == list(chart_cases.RRM_MEASURES.values())
    assert param["value"] == "Workers said to have benefited"


def test_figure_chart_filters_on_the_selected_measure(figure_spec):
    for layer in figure_spec["layer"]:
        assert {"filter": "(datum.measure_label === figure)"} in layer["transform"]


def test_figure_chart_tooltips_carry_the_source(figure_spec):
    for layer in figure_spec["layer"]:
        assert "Source" in _tooltip_titles(layer) and "As stated" in _tooltip_titles(layer)


def test_figure_table_keeps_every_source_row_and_orders_by_date(stats):
    table = figure_comparison_table(stats, MEASURES)
    expected = stats["measure"].isin(MEASURES).sum()
    assert len(table) == expected
    workers = table[table["measure_label"] == MEASURES["workers_benefited"]]
    assert workers["claim"].iloc[-1].startswith("USTR (Ambassador Tai's letter")  # the latest, January 2025
    assert not table.isna().any().any()


def test_figure_table_refuses_unknown_measures(stats):
    with pytest.raises(ValueError):
        figure_comparison_table(stats, {"no_such_measure": "Nothing"})


def test_process_chart_has_a_route_radio_and_dims_other_routes(process_spec):
    (param,) = process_spec["params"]
    assert param["bind"]["input"] == "radio" and "panel" in param["bind"]["options"]
    bars = process_spec["layer"][0]
    assert "route" in bars["encoding"]["opacity"]["condition"]["test"]


def test_process_chart_orders_stages_by_their_number(process_spec):
    order = process_spec["layer"][0]["encoding"]["y"]["sort"]
    assert [int(step.split(".")[0]) for step in order] == sorted(int(step.split(".")[0]) for step in order)


def test_process_chart_tooltips_carry_the_source(process_spec):
    for layer in process_spec["layer"]:
        assert "Source" in _tooltip_titles(layer)


# --- timeline explorer -------------------------------------------------------------------------

from widgets import render  # noqa: E402
from widgets.charts import survey_chart, timeline_chart  # noqa: E402
from widgets.charts.survey import sample_note, survey_table  # noqa: E402
from widgets.charts.timeline import ALL_CASES, key_events, timeline_table  # noqa: E402


@pytest.fixture(scope="module")
def timeline_spec(events, cases):
    """Every event of every case, with the default controls."""
    return timeline_chart(events, cases, title="T", description="D").to_dict()


def test_timeline_offers_all_cases_and_each_case(timeline_spec, cases, events):
    spec = timeline_spec
    detail, overview = spec["vconcat"]
    # Altair lifts a concatenated chart's parameters to the top level.
    pick = next(p for p in spec["params"] if p["name"] == "case_pick")
    assert pick["bind"]["input"] == "select" and pick["bind"]["options"][0] == ALL_CASES
    assert set(pick["bind"]["options"][1:]) == set(cases["name"][cases["case_id"].isin(events["case_id"])])
    points = detail["layer"][0]
    assert {"filter": f"((case_pick === '{ALL_CASES}') || (datum.case === case_pick))"} in points["transform"]


def test_timeline_brush_on_the_strip_sets_the_detail_domain(events, cases):
    spec = timeline_chart(events, cases, title="T", description="D", initial_period=("2017-01-01", "2025-12-31")).to_dict()
    detail, overview = spec["vconcat"]
    brush = next(p for p in spec["params"] if p["name"] == "period")
    assert brush["views"] == [overview["name"]]
    assert brush["select"]["type"] == "interval" and brush["select"]["encodings"] == ["x"]
    assert brush["value"]["x"][0]["year"] == 2017
    assert all(layer["encoding"]["x"]["scale"]["domain"] == {"param": "period"}
               for layer in detail["layer"] if "field" in layer["encoding"]["x"])


def test_timeline_for_one_case_has_no_case_picker(events, cases):
    spec = timeline_chart(events, cases, title="T", description="D", case_ids=["tridonex"]).to_dict()
    assert [p["name"] for p in spec["params"]] == ["period"]


def test_timeline_tooltip_gives_date_at_its_precision_and_source(timeline_spec, events, cases):
    spec = timeline_spec
    titles = [t["title"] for t in spec["vconcat"][0]["layer"][0]["encoding"]["tooltip"]]
    assert {"Event", "Date", "Date known to", "Who acted", "Source"} <= set(titles)
    table = timeline_table(events, cases)
    year_only = table[table["date_known_to"] == "the year only"]
    assert year_only["date_text"].str.fullmatch(r"\d{4}").all()


def test_timeline_date_axes_carry_years_and_fit_the_container(timeline_spec):
    detail, overview = timeline_spec["vconcat"]
    for axis in (detail["layer"][0]["encoding"]["x"]["axis"], overview["encoding"]["x"]["axis"]):
        assert "%Y" in axis["labelExpr"] and "'%b'" not in axis["labelExpr"]
        assert "width" in axis["tickCount"]["expr"]  # fewer labels on a narrow screen
    assert render.chart_fit(timeline_spec) == {"views": {"inset": 8}}


def test_timeline_labels_each_rows_first_event_and_a_distant_last_one(events, cases):
    table = key_events(timeline_table(events, cases, ["gm-silao", "history"]))
    for _, rows in table.groupby("case"):
        labelled = rows[rows["key_label"] != ""]
        assert labelled.index[0] == rows.index[0] and labelled["key_role"].iloc[0] == "first"
        assert len(labelled) <= 2
        assert labelled["key_label"].str.match(r"^(\w+ )?\d{4}: \w+").all(), labelled["key_label"].tolist()
    # With a period, only the events in it are labelled.
    zoomed = key_events(timeline_table(events, cases, ["history"]), ("2017-01-01", "2025-12-31"))
    assert (zoomed.loc[zoomed["key_label"] != "", "date_iso"] >= "2017").all()


def test_timeline_refuses_unknown_cases(events, cases):
    with pytest.raises(ValueError):
        timeline_table(events, cases, ["atlantis-plant"])


# --- survey explorer ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def survey_spec():
    return chart_cases.spec("field_study:survey")


def test_survey_offers_each_measure_once(survey_spec, results):
    (pick,) = survey_spec["params"]
    assert len(pick["bind"]["options"]) == results["measure"].nunique()


def test_survey_tooltip_has_n_source_and_report_locator(survey_spec, results):
    titles = [t["title"] for t in survey_spec["layer"][0]["encoding"]["tooltip"]]
    assert {"Workers (n)", "Source", "In the study report", "Caution"} <= set(titles)
    assert set(survey_table(results)["n_text"]) <= {"not reported"} | {f"{n:,}" for n in results["n"].dropna()}


def test_survey_states_the_sampling_caveat_from_the_data(survey_spec, design):
    subtitle = " ".join(survey_spec["title"]["subtitle"])
    assert "snowball" in subtitle and "130 workers" in subtitle
    workers = int(design.set_index("attribute").loc["workers_interviewed", "value_number"])
    assert f"{workers} workers" in sample_note(design)


def test_survey_axis_is_zero_to_hundred_percent(survey_spec):
    assert survey_spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [0, 100]


def test_timeline_can_leave_out_its_case_picker(events, cases):
    spec = timeline_chart(events, cases, title="T", description="D", case_picker=False).to_dict()
    assert [p["name"] for p in spec["params"]] == ["period"]


def test_survey_with_one_measure_has_no_picker(results, design):
    one = results[results["measure"] == results["measure"].iloc[0]]
    spec = survey_chart(one, design, title="S", description="D").to_dict()
    assert "params" not in spec
