"""The recommendations chart: two bound drop-downs, evidence figures looked up (not typed), sourced tooltips."""

from __future__ import annotations

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.recommendations import (
    ALL,
    WITH_FIGURE,
    WITHOUT_FIGURE,
    recommendations_chart,
    recommendations_table,
)
from widgets.datapackage import load_resource, package_metadata
from widgets.render import chart_table

EVIDENCE_RESOURCES = ["rrm_statistics", "field_study_results", "other_figures"]


@pytest.fixture(scope="module")
def recommendations():
    return load_resource("recommendations")


@pytest.fixture(scope="module")
def evidence():
    return {name: load_resource(name) for name in EVIDENCE_RESOURCES}


@pytest.fixture(scope="module")
def allowed():
    resource = next(r for r in package_metadata()["resources"] if r["name"] == "recommendations")
    return {f["name"]: f["constraints"]["enum"] for f in resource["schema"]["fields"] if "enum" in f.get("constraints", {})}


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("operationalizing_empowerment:recommendations")


def _recommendation_rows(spec):
    """The rows the grid's dots and the list draw: the chart's top-level data."""
    return spec["datasets"][spec["data"]["name"]]


def _layers(spec):
    """Every single-view chart in the spec, however deeply it is concatenated or layered."""
    stack, found = [spec], []
    while stack:
        node = stack.pop()
        children = node.get("vconcat", []) + node.get("layer", [])
        if children:
            stack.extend(children)
        elif "mark" in node:
            found.append(node)
    return found


def test_the_table_under_the_chart_is_the_recommendations_with_their_evidence(spec, recommendations):
    table = chart_table(spec)
    assert len(table["rows"]) == len(recommendations)
    assert set(recommendations["recommendation"]) == {row["recommendation"] for row in table["rows"]}
    assert "evidence_text" in table["columns"]
    drawn = _recommendation_rows(spec)
    assert {row["recommendation_id"] for row in drawn} == set(recommendations["recommendation_id"])


def test_two_drop_downs_bound_to_recommender_and_problem(spec, allowed):
    params = {p["name"]: p for p in spec["params"]}
    assert set(params) == {"who", "problem"}
    for name, options in (("who", allowed["recommended_by"]), ("problem", allowed["problem"])):
        assert params[name]["bind"]["input"] == "select"
        assert params[name]["bind"]["options"][0] == ALL
        # Every option in the schema's order (all of them are used by at least one row).
        assert params[name]["bind"]["options"][1:] == options
    assert params["who"]["value"] == ALL
    assert params["problem"]["value"] == "Training misses rank-and-file workers"


def test_list_and_dots_respond_to_both_drop_downs(spec):
    layers = _layers(spec)
    text_layers = [layer for layer in layers if layer["mark"]["type"] == "text" and "lineBreak" in layer["mark"]]
    assert len(text_layers) == 4  # statement, full text, evidence line, source line
    for layer in text_layers:
        (step,) = [t for t in layer["transform"] if "filter" in t]
        assert "datum.recommended_by === who" in step["filter"] and "datum.problem === problem" in step["filter"]
    dots = next(layer for layer in layers if layer["mark"]["type"] == "point")
    assert "datum.problem === problem" in dots["encoding"]["opacity"]["condition"]["test"]
    assert dots["encoding"]["xOffset"]["scale"] is None


def test_tooltips_carry_the_evidence_figure_and_both_sources(spec):
    tooltip_layers = [layer for layer in _layers(spec) if "tooltip" in layer.get("encoding", {})]
    assert len(tooltip_layers) == 5  # the dots and the four parts of each listed recommendation
    for layer in tooltip_layers:
        titles = {t["title"] for t in layer["encoding"]["tooltip"]}
        assert {"Recommendation", "Evidence figure", "Source of the figure", "Source of the recommendation"} <= titles


def test_status_line_has_one_row_per_pair_of_choices(spec, allowed):
    status = next(layer for layer in _layers(spec)
                  if any("datum.who_option === who" in str(t.get("filter", "")) for t in layer.get("transform", [])))
    rows = spec["datasets"][status["data"]["name"]]
    assert len(rows) == (len(allowed["recommended_by"]) + 1) * (len(allowed["problem"]) + 1)
    empty = next(r for r in rows if r["who_option"] == "Tao" and r["problem_option"] == "Offshoring of U.S. jobs")
    assert empty["status"].startswith("No recommendation")


def test_evidence_figures_are_computed_from_the_rows_they_name(recommendations, evidence):
    table = recommendations_table(recommendations, evidence).set_index("recommendation_id")
    stats = evidence["rrm_statistics"].set_index("figure_id")["value"]
    accepted, received = stats["petitions-accepted-foia-2024-06"], stats["petitions-received-foia-2024-06"]
    assert table.loc["publish-petition-decisions", "evidence_figure"] == (
        f"{accepted:.0f} of {received:.0f} ({accepted / received:.0%})")
    assert table.loc["trade-imbalance-workers-as-consumers", "evidence_figure"].startswith("$334 billion versus $505 billion")
    assert "a gap of $171 billion" in table.loc["trade-imbalance-workers-as-consumers", "evidence_figure"]
    assert table.loc["disseminate-reform-information", "evidence_figure"] == (
        "76% (RRM facilities) versus 48% (non-RRM facilities): a gap of 28 points")
    assert table.loc["redo-legitimization-votes", "evidence_figure"] == "97–99%"
    assert "I.C, fn 83" in table.loc["publish-petition-decisions", "evidence_source"]
    assert table.loc["publish-petition-decisions", "source"].startswith("Spiegelman (2024)")


def test_a_correction_to_the_evidence_row_reaches_the_chart(recommendations, evidence):
    corrected = {name: frame.copy() for name, frame in evidence.items()}
    frame = corrected["other_figures"]
    frame.loc[frame["figure_id"] == "undocumented-workers-us", "value"] = 9_000_000
    table = recommendations_table(recommendations, corrected).set_index("recommendation_id")
    assert table.loc["immigration-livable-wages", "evidence_figure"] == "about 9 million"


def test_every_evidence_row_exists_and_rows_without_one_say_so(recommendations, evidence):
    table = recommendations_table(recommendations, evidence)  # raises if any named row is missing
    without = table[table["evidence_kind"] == WITHOUT_FIGURE]
    assert (without["evidence_figure"] == "").all() and (without["evidence_source"] == "").all()
    assert (table.loc[table["evidence_kind"] == WITH_FIGURE, "evidence_source"] != "").all()
    assert not table.isna().any().any()


def test_missing_or_inconsistent_evidence_is_refused(recommendations, evidence):
    row = recommendations[recommendations["recommendation_id"] == "publish-petition-decisions"].copy()
    broken = row.assign(evidence_id="no-such-row")
    with pytest.raises(KeyError):
        recommendations_table(broken, evidence)
    with pytest.raises(ValueError):
        recommendations_table(row.assign(comparison=pd.NA), evidence)
    with pytest.raises(ValueError):
        recommendations_table(row.assign(evidence_resource=pd.NA), evidence)
    with pytest.raises(KeyError):
        recommendations_table(row, {"other_figures": evidence["other_figures"]})


def test_unknown_starting_choice_is_refused(recommendations, evidence):
    with pytest.raises(ValueError):
        recommendations_chart(recommendations, evidence, title="t", description="d", initial_problem="Nothing")


def test_dots_sharing_a_cell_sit_side_by_side_around_its_centre(spec):
    rows = _recommendation_rows(spec)
    cell = [r["dot_offset"] for r in rows
            if r["problem"] == "Training misses rank-and-file workers" and r["recommended_by"] == "LeClercq"]
    alone = [r["dot_offset"] for r in rows if r["recommendation_id"] == "take-stock-of-rrm"]
    assert len(cell) == 2 and cell[0] != cell[1]
    assert sum(cell) / 2 == pytest.approx(alone[0])
