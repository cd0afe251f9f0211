"""The expected-sanction calculator: its sliders, its comply/violate rule, and its labelling as hypothetical.

The rule is checked twice: by evaluating the chart's own Vega expression (vl-convert runs the real
Vega engine, so the verdict text it draws is what a reader sees) and against a plain Python
statement of the law-and-economics rule.
"""

from __future__ import annotations

import json
import re

import pytest
import vl_convert as vlc

from tests import chart_cases
from widgets.charts.expected_sanction import (
    COMPLIES,
    DECISION_EXPR,
    DEFAULT_GAIN,
    DEFAULT_PENALTY,
    DEFAULT_PROBABILITY,
    GAIN,
    INDIFFERENT,
    PENALTY,
    PROBABILITY,
    TITLE_WIDTH,
    VIOLATES,
    expected_sanction_chart,
)
from widgets.render import chart_html, chart_table

VL_VERSION = "6.4"  # the Vega-Lite version Altair 6.3 writes (spec schema v6.4.1)


def _spec(**inputs) -> dict:
    return expected_sanction_chart(title="A finding", description="Described", **inputs).to_dict()


def _rational_choice(probability_pct: int, penalty: int, gain: int) -> str:
    """The law-and-economics rule in Python: comply when expected penalty exceeds the gain."""
    expected = probability_pct / 100 * penalty
    if abs(expected - gain) < 1e-9:
        return INDIFFERENT
    return COMPLIES if expected > gain else VIOLATES


def _drawn_texts(spec: dict) -> list[str]:
    # Vega cannot measure a "container" width outside a page; give it a fixed one.
    text = json.dumps(spec).replace('"width": "container"', '"width": 640')
    svg = vlc.vegalite_to_svg(text, vl_version=VL_VERSION)
    # A text of several lines is drawn as one <tspan> a line: read them as one text, a space between.
    texts = [re.sub(r"</tspan><tspan[^>]*>", " ", t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)]
    return [re.sub(r"<[^>]+>", "", t).replace("&lt;", "<").replace("&gt;", ">") for t in texts]


def _calculations(spec: dict) -> dict[str, str]:
    found = {}
    for layer in spec["layer"]:
        for step in layer.get("transform", []):
            if "calculate" in step:
                found.setdefault(step["as"], step["calculate"])
    return found


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("compliance:expected_sanction")


def test_three_sliders_are_bound_range_inputs_with_illustrative_defaults(spec):
    params = {p["name"]: p for p in spec["params"]}
    assert set(params) == {PROBABILITY, PENALTY, GAIN}
    for name, default, top in ((PROBABILITY, DEFAULT_PROBABILITY, 100), (PENALTY, DEFAULT_PENALTY, 100),
                               (GAIN, DEFAULT_GAIN, 100)):
        bind = params[name]["bind"]
        assert bind["input"] == "range"
        assert (bind["min"], bind["max"], bind["step"]) == (0, top, 1)
        assert bind["name"].strip()  # a visible label next to the slider
        assert params[name]["value"] == default
    assert "Probability" in params[PROBABILITY]["bind"]["name"]


def test_starting_values_are_labelled_illustrative_and_the_chart_says_it_holds_no_data(spec):
    subtitle = " ".join(spec["title"]["subtitle"])
    assert subtitle.startswith("Source:")
    assert "hypothetical" in subtitle and "not data" in subtitle
    assert f"({DEFAULT_PROBABILITY}%, penalty {DEFAULT_PENALTY}, gain {DEFAULT_GAIN}) are illustrative" in subtitle
    assert "Data:" not in subtitle  # no CSV to name
    assert chart_table(spec) is None and "<details" not in chart_html(spec)  # no table of invented rows


def test_title_is_wrapped_for_a_narrow_container(spec):
    lines = spec["title"]["text"]
    assert isinstance(lines, list) and len(lines) > 1 and all(len(line) <= TITLE_WIDTH for line in lines)


def test_decision_field_uses_the_comply_violate_expression(spec):
    calculations = _calculations(spec)
    assert calculations["decision"] == DECISION_EXPR
    assert DECISION_EXPR.startswith(f"{PROBABILITY} * {PENALTY} > 100 * {GAIN} ? '{COMPLIES}'")
    assert calculations["expected"] in (f"{PROBABILITY} * {PENALTY} / 100", f"datum.x * {PENALTY} / 100")


@pytest.mark.parametrize("probability, penalty, gain", [
    (30, 50, 20),   # expected 15 < 20
    (60, 50, 20),   # expected 30 > 20
    (40, 50, 20),   # exactly at break-even
    (100, 10, 20),  # certain enforcement, penalty too small
    (1, 100, 0),    # nothing to gain
    (0, 100, 5),    # never enforced
])
def test_vega_draws_the_same_verdict_as_the_rational_rule(probability, penalty, gain):
    texts = _drawn_texts(_spec(probability=probability, penalty=penalty, gain=gain))
    verdict = _rational_choice(probability, penalty, gain)
    assert f"A purely rational facility {verdict}." in texts
    assert any(t.startswith(f"Expected penalty = {probability}% × {penalty} = ") for t in texts)


def test_break_even_probability_is_labelled_where_it_exists():
    assert "Break-even: 40%" in _drawn_texts(_spec(probability=30, penalty=50, gain=20))
    texts = _drawn_texts(_spec(probability=50, penalty=10, gain=20))
    assert not any(t.startswith("Break-even:") for t in texts)
    assert any(t.startswith("No break-even") for t in texts)


def test_tooltips_carry_the_source_and_say_the_inputs_are_hypothetical(spec):
    tooltip_layers = [layer for layer in spec["layer"] if "tooltip" in layer.get("encoding", {})]
    assert tooltip_layers
    for layer in tooltip_layers:
        assert "Source" in [t.get("title") for t in layer["encoding"]["tooltip"]]
        assert "hypothetical inputs, not data" in _calculations({"layer": [layer]})["source"]


def test_inputs_outside_the_sliders_are_refused():
    with pytest.raises(ValueError):
        _spec(probability=120)
    with pytest.raises(ValueError):
        _spec(gain=-1)
