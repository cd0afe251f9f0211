"""The magnitude chart: a bound reference picker, a log axis, ratios computed in Vega, sourced tooltips."""

from __future__ import annotations

import math

import pytest

from tests import chart_cases
from widgets.charts.magnitude import magnitude_chart, magnitude_table
from widgets.datapackage import load_resource

LABELS = {
    "thailand-us-goods-trade-deficit-2019": "U.S. goods trade deficit with Thailand",
    "thailand-gsp-preferences-suspended-2019": "GSP preferences suspended",
    "thailand-suspension-export-loss-tpso-2019": "Estimated loss of Thai exports",
}
KINDS = {
    "thailand-us-goods-trade-deficit-2019": "Trade balance",
    "thailand-gsp-preferences-suspended-2019": "Trade affected",
    "thailand-suspension-export-loss-tpso-2019": "Estimated cost",
}


@pytest.fixture(scope="module")
def figures():
    return load_resource("other_figures")


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("thailand:magnitude")


def test_reference_is_a_select_bound_to_every_figure_starting_at_the_chosen_one(spec):
    (param,) = spec["params"]
    assert param["name"] == "reference"
    assert param["bind"]["input"] == "select"
    assert param["bind"]["options"] == list(chart_cases.THAILAND_LABELS.values())
    assert param["value"] == chart_cases.THAILAND_LABELS["thailand-gsp-preferences-suspended-2019"]


def test_reference_defaults_to_the_first_figure(figures):
    spec = magnitude_chart(figures, LABELS, KINDS, title="T", description="D").to_dict()
    assert spec["params"][0]["value"] == next(iter(LABELS.values()))


def test_ratios_are_computed_in_vega_against_the_chosen_figure(spec):
    for layer in spec["layer"]:
        steps = layer["transform"]
        assert {"calculate": "datum.label === reference ? datum.value : 0", "as": "reference_low"} in steps
        assert any(step.get("joinaggregate") for step in steps)
        ratio = next(step for step in steps if step.get("as") == "ratio_text")
        assert "datum.value / datum.reference_value" in ratio["calculate"]


def test_every_layer_shares_one_log_scale(spec):
    for layer in spec["layer"]:
        x = layer["encoding"]["x"]
        if "field" not in x:  # the row names, at the left edge
            continue
        assert x["scale"]["type"] == "log"
        assert x["title"].startswith("U.S. dollars, logarithmic scale")


def test_a_dashed_line_marks_the_chosen_figure(spec):
    marker = spec["layer"][0]
    assert marker["mark"]["strokeDash"] == [5, 4]
    assert {"filter": "datum.label === reference"} in marker["transform"]


def test_tooltips_carry_wording_claimant_and_source(spec):
    for layer in spec["layer"][1:]:
        titles = [t["title"] for t in layer["encoding"]["tooltip"]]
        assert {"As stated", "Claimed by", "Source", "Compared with the chosen figure"} <= set(titles)


def test_table_keeps_order_ranges_and_wording(figures):
    table = magnitude_table(figures, LABELS, KINDS)
    assert list(table["label"]) == list(LABELS.values())
    loss = table.set_index("figure_id").loc["thailand-suspension-export-loss-tpso-2019"]
    assert loss["value"] < loss["value_high"] and loss["figure_text"] == "$28.8–32.8 million"
    deficit = table.set_index("figure_id").loc["thailand-us-goods-trade-deficit-2019"]
    assert deficit["figure_text"] == "about $20 billion" and deficit["value_high"] == deficit["value"]
    assert table["source"].str.contains("Pt. II.C.1").any()
    assert not table.isna().any().any()


def test_table_refuses_unknown_ids_missing_kinds_and_other_units(figures):
    with pytest.raises(KeyError):
        magnitude_table(figures, {"no-such-figure": "Nothing"}, {"no-such-figure": "x"})
    with pytest.raises(KeyError):
        magnitude_table(figures, LABELS, {})
    counts = {"thailand-suspended-tariff-lines-2019": "Tariff lines"}
    with pytest.raises(ValueError):
        magnitude_table(figures, counts, counts)


def test_gridlines_fall_on_powers_of_ten(spec):
    values = spec["layer"][1]["encoding"]["x"]["axis"]["values"]
    assert values and all(abs(v - 10 ** round(math.log10(v))) < 1e-6 * v for v in values)
