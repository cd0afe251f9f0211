"""Chart specifications: the controls, encodings and conventions a reader relies on."""

from __future__ import annotations

import pytest

from widgets.charts import figure_comparison_chart, rrm_process_chart
from widgets.charts.figure_comparison import figure_comparison_table
from widgets.datapackage import load_resource

MEASURES = {"workers_benefited": "Workers said to have benefited", "cases_total": "RRM cases"}


@pytest.fixture(scope="module")
def stats():
    return load_resource("rrm_statistics")


@pytest.fixture(scope="module")
def figure_spec(stats):
    return figure_comparison_chart(stats, MEASURES, title="A finding", description="Described").to_dict()


@pytest.fixture(scope="module")
def process_spec():
    return rrm_process_chart(load_resource("rrm_process_stages"), title="Stages", description="Described").to_dict()


def _tooltip_titles(layer):
    return [t.get("title") for t in layer["encoding"]["tooltip"]]


def test_every_chart_has_title_source_line_and_description(figure_spec, process_spec):
    for spec in (figure_spec, process_spec):
        assert spec["title"]["text"]
        assert any(line.startswith("Source:") for line in spec["title"]["subtitle"])
        assert spec["description"] == "Described"
        assert spec["usermeta"]["wct"]["csv"].endswith(".csv")


def test_figure_chart_offers_each_measure_in_a_bound_select(figure_spec):
    (param,) = figure_spec["params"]
    assert param["bind"]["input"] == "select"
    assert param["bind"]["options"] == list(MEASURES.values())
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
