"""The case comparison: its data, the spans it computes from the timeline, and the chart's controls."""

from __future__ import annotations

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.case_comparison import (
    ASPECTS,
    NOT_COVERED,
    TIME_ASPECTS,
    case_comparison_chart,
    case_comparison_table,
    comparison_markdown,
    time_spans,
)
from widgets.datapackage import load_resource

CASE_IDS = chart_cases.COMPARED_CASE_IDS


@pytest.fixture(scope="module")
def comparison():
    return load_resource("case_comparison")


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("comparing_cases:comparison")


# --- data ---------------------------------------------------------------------------------------

def test_the_five_main_cases_are_compared_on_every_aspect_but_the_vote(comparison):
    for case_id in ["gm-silao", "tridonex", "draxton", "eswatini", "thailand"]:
        aspects = set(comparison.loc[comparison["case_id"] == case_id, "aspect"])
        assert set(ASPECTS) - {"time_to_vote"} <= aspects, case_id


def test_every_event_a_time_row_names_is_in_the_timeline(comparison, events):
    known = set(events["event_id"])
    for column in ["start_event_id", "end_event_id"]:
        named = set(comparison[column].dropna())
        assert named <= known, named - known
    # Only time rows name events.
    assert comparison.loc[~comparison["aspect"].isin(TIME_ASPECTS), ["start_event_id", "end_event_id"]].isna().all().all()


def test_time_rows_do_not_type_a_number_of_days(comparison):
    time_rows = comparison[comparison["aspect"].isin(TIME_ASPECTS)]
    assert not time_rows["text"].str.contains(r"\d+\s+days", regex=True).any()


# --- spans --------------------------------------------------------------------------------------

def test_spans_are_the_day_differences_of_the_named_events(comparison, events):
    spans = time_spans(comparison, events).set_index(["case_id", "aspect"])
    dates = events.set_index("event_id")["date"]
    for _, span in spans.iterrows():
        if pd.isna(span["start_event_id"]):
            assert pd.isna(span["days"]) and "no span" in span["days_text"]
            continue
        expected = (dates[span["end_event_id"]] - dates[span["start_event_id"]]).days
        assert span["days"] == expected and span["days_text"] == f"{expected} days"
    assert spans.loc[("gm-silao", "time_to_vote"), "days"] == (pd.Timestamp("2022-02-03") - pd.Timestamp("2021-05-12")).days


def test_a_span_with_a_coarse_date_is_not_computed(events):
    rows = pd.DataFrame({"case_id": ["thailand"], "aspect": ["time_to_resolution"],
                         "start_event_id": ["thailand-gsp-threat"], "end_event_id": ["thailand-gsp-suspension"]})
    span = time_spans(rows, events).iloc[0]
    assert span["days"] is None and "known only to the year" in span["days_text"]


@pytest.mark.parametrize("start, end, error", [
    ("gm-silao-review", "no-such-event", KeyError),
    ("gm-silao-election", "gm-silao-review", ValueError),
    ("gm-silao-review", None, ValueError),
])
def test_bad_spans_are_refused(events, start, end, error):
    rows = pd.DataFrame({"case_id": ["gm-silao"], "aspect": ["time_to_vote"],
                         "start_event_id": [start], "end_event_id": [end]})
    with pytest.raises(error):
        time_spans(rows, events)


# --- table and Markdown -------------------------------------------------------------------------

def test_table_is_a_full_grid_and_marks_missing_cells(comparison, cases, events):
    table = case_comparison_table(comparison, cases, events, CASE_IDS)
    assert len(table) == len(CASE_IDS) * len(ASPECTS)
    missing = table[~table["covered"]]
    assert (missing["text"] == NOT_COVERED).all()
    assert ("panasonic", "remedy") in set(zip(missing["case_id"], missing["aspect"]))
    assert table.loc[table["covered"], "source"].str.len().gt(0).all()


def test_table_refuses_unknown_cases(comparison, cases, events):
    with pytest.raises(ValueError):
        case_comparison_table(comparison, cases, events, ["atlantis-plant"])


def test_markdown_has_one_row_per_aspect_and_computed_days(comparison, cases, events):
    markdown = comparison_markdown(comparison, cases, events, CASE_IDS)
    lines = markdown.splitlines()
    assert len(lines) == 2 + len(ASPECTS)
    assert lines[0].count("|") == len(CASE_IDS) + 2
    spans = time_spans(comparison, events)
    gm_days = int(spans.query("case_id == 'gm-silao' and aspect == 'time_to_vote'")["days"].iloc[0])
    assert f"**{gm_days} days**" in markdown


# --- chart spec ---------------------------------------------------------------------------------

def test_aspect_drop_down_offers_every_aspect_and_filters_the_cards(spec):
    pick = next(p for p in spec["params"] if p["name"] == "aspect_pick")
    assert pick["bind"]["input"] == "select"
    assert pick["bind"]["options"] == list(ASPECTS.values())
    assert pick["value"] == ASPECTS["initiated_by"]
    cards = spec["vconcat"][0]
    for layer in cards["layer"]:
        assert {"filter": "(datum.aspect_label === aspect_pick)"} in layer["transform"]


def test_click_on_a_case_highlights_it_in_both_views(spec):
    focus = next(p for p in spec["params"] if p["name"] == "case_focus")
    assert focus["select"]["type"] == "point" and focus["select"]["fields"] == ["case"]
    for view in spec["vconcat"]:
        layer = view["layer"][0]
        assert layer["encoding"]["opacity"]["condition"]["param"] == "case_focus"


def test_span_bars_show_computed_days_only(spec):
    bars = spec["vconcat"][1]["layer"][0]
    assert bars["encoding"]["x"]["field"] == "days"
    assert {"filter": "isValid(datum.days)"} in bars["transform"]


def test_tooltips_carry_full_text_and_source(spec):
    for view in spec["vconcat"]:
        for layer in view["layer"]:
            titles = [t["title"] for t in layer["encoding"]["tooltip"]]
            assert "Source" in titles
            assert "What the sources say" in titles or "Events used" in titles


def test_unknown_initial_aspect_is_refused(comparison, cases, events):
    with pytest.raises(ValueError):
        case_comparison_chart(comparison, cases, events, title="T", description="D", initial_aspect="colour")


def test_markdown_leaves_out_an_aspect_no_case_covers(comparison, cases, events):
    markdown = comparison_markdown(comparison, cases, events, ["caterpillar", "eswatini", "thailand"])
    assert ASPECTS["time_to_vote"] not in markdown
    assert ASPECTS["remedy"] in markdown
