"""The dates-by-source chart: its controls, encodings, spans and sourced tooltips."""

from __future__ import annotations

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.source_dates import source_dates_chart, source_dates_table
from widgets.datapackage import allowed_values, load_resource

LOSS = "Swaziland loses AGOA eligibility"


@pytest.fixture(scope="module")
def dates():
    return load_resource("event_dates_by_source")


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("eswatini:source_dates")  # case_id="eswatini", initial_event=LOSS


def _param(spec, name):
    return next(p for p in spec["params"] if p["name"] == name)


def test_event_picker_is_a_bound_select_over_the_events(spec, dates):
    pick = _param(spec, "dated_event_pick")
    assert pick["bind"]["input"] == "select"
    assert set(pick["bind"]["options"]) == set(dates.loc[dates["case_id"] == "eswatini", "dated_event"])
    assert pick["value"] == LOSS
    for layer in spec["layer"]:
        assert {"filter": "(datum.dated_event === dated_event_pick)"} in layer["transform"]


def test_legend_click_highlights_a_moment(spec):
    highlight = _param(spec, "moment_pick")
    assert highlight["bind"] == "legend" and highlight["select"]["fields"] == ["moment"]
    for layer in spec["layer"][:2]:  # the spans and the days (the third layer names the rows)
        assert layer["encoding"]["opacity"]["condition"]["param"] == "moment_pick"
        assert layer["encoding"]["color"]["scale"]["domain"] == allowed_values("event_dates_by_source", "moment")


def test_spans_run_from_earliest_day_to_the_day_after_the_latest(spec):
    bars, points, names = spec["layer"]
    assert names["mark"]["type"] == "text" and names["encoding"]["text"]["field"] == "claim_lines"
    assert bars["mark"]["type"] == "bar"
    assert bars["encoding"]["x"]["field"] == "start_iso" and bars["encoding"]["x2"]["field"] == "end_iso"
    assert points["mark"]["type"] == "point" and points["encoding"]["x"]["field"] == "mid_iso"
    assert {"filter": "(datum.precision === 'day')"} in points["transform"]


def test_tooltips_carry_the_wording_and_the_source(spec):
    for layer in spec["layer"]:
        titles = [t["title"] for t in layer["encoding"]["tooltip"]]
        assert {"In the source's words", "Can mean", "Claimed by", "Source"} <= set(titles)


def test_table_spans_match_precision(dates):
    table = source_dates_table(dates, "eswatini")
    assert len(table) == (dates["case_id"] == "eswatini").sum()
    assert not table.isna().any().any()
    year = table[table["wording"].str.contains("In 2015")].iloc[0]
    assert (year["start_iso"], year["end_iso"]) == ("2015-01-01", "2016-01-01")
    assert year["can_mean"] == "any day from January 1, 2015 to December 31, 2015"
    day = table[table["precision"] == "day"]
    assert (pd.to_datetime(day["end_iso"]) - pd.to_datetime(day["start_iso"])).dt.days.eq(1).all()


def test_table_orders_events_by_their_earliest_dating(dates):
    table = source_dates_table(dates, "eswatini")
    firsts = table.groupby("dated_event", sort=False)["start_iso"].min()
    assert list(firsts) == sorted(firsts)


def test_refuses_unknown_case_event_and_reversed_span(dates):
    with pytest.raises(ValueError):
        source_dates_table(dates, "atlantis")
    with pytest.raises(ValueError):
        source_dates_chart(dates, title="T", description="D", initial_event="Nothing happened")
    broken = dates.copy()
    broken.loc[broken.index[0], "latest"] = broken.loc[broken.index[0], "earliest"] - pd.Timedelta(days=3)
    with pytest.raises(ValueError):
        source_dates_table(broken)
