"""The capability view: its control, encodings, tooltips, and that it never invents a complement."""

from __future__ import annotations

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.capability import CAPABILITIES, HAS, LACKS, NOT_REPORTED, capability_table
from widgets.charts.survey import sample_note
from widgets.render import chart_table


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("capability:capability")


@pytest.fixture(scope="module")
def table(results):
    return capability_table(results)


def _tooltip_titles(layer):
    return [t.get("title") for t in layer["encoding"]["tooltip"]]


def test_subtitle_carries_the_snowball_sample_caveat(spec, design):
    subtitle = " ".join(spec["title"]["subtitle"])
    assert "snowball" in subtitle
    workers = int(design.set_index("attribute").loc["workers_interviewed", "value_number"])
    assert f"{workers} workers" in subtitle and f"{workers} workers" in sample_note(design)


def test_capabilities_are_offered_in_a_bound_radio(spec):
    (param,) = spec["params"]
    assert param["name"] == "capability"
    assert param["bind"]["input"] == "radio"
    assert param["bind"]["options"] == list(CAPABILITIES)
    assert param["value"] == list(CAPABILITIES)[0]


def test_every_layer_of_figures_shows_only_the_chosen_capability(spec):
    figures = [layer for layer in spec["layer"] if "values" not in layer["data"]]
    assert len(figures) == 5  # bars, both kinds of label, the "no figure" labels and the groups' names
    for layer in figures:
        assert {"filter": "(datum.capability === capability)"} in layer["transform"]


def test_zero_line_is_one_rule_of_its_own(spec):
    (zero,) = [layer for layer in spec["layer"] if "values" in layer["data"]]
    assert zero["data"]["values"] == [{}]
    assert zero["mark"]["type"] == "rule" and zero["encoding"] == {"x": {"datum": 0}}


def test_the_table_under_the_chart_has_a_row_per_capability_and_group(spec, results):
    rows = chart_table(spec)["rows"]
    assert len(rows) == len(capability_table(results))
    assert {row["capability"] for row in rows} == set(CAPABILITIES)


def test_axis_runs_from_lacking_to_having_and_labels_are_unsigned(spec):
    x = spec["layer"][0]["encoding"]["x"]
    assert x["field"] == "signed_percent" and x["scale"]["domain"] == [-100, 100]
    assert "abs(" in x["axis"]["labelExpr"]
    assert "lacking" in x["title"] and "having" in x["title"]


def test_colour_separates_having_from_lacking(spec):
    color = spec["layer"][0]["encoding"]["color"]
    assert color["field"] == "direction" and color["scale"]["domain"] == [HAS, LACKS]


def test_tooltips_carry_source_report_locator_and_caution(spec):
    layers_with_tooltips = [layer for layer in spec["layer"] if "tooltip" in layer.get("encoding", {})]
    assert len(layers_with_tooltips) >= 4
    for layer in layers_with_tooltips:
        assert {"Source", "In the study report", "Caution", "How it is shown", "As reported"} <= set(
            _tooltip_titles(layer))


def test_mapped_measures_exist_in_the_data(results):
    mapped = {m for capability in CAPABILITIES.values() for m in capability["measures"]}
    assert mapped <= set(results["measure"])


def test_every_capability_has_one_row_per_group_or_a_no_figure_row(table, results):
    groups = set(results["group"])
    for capability in CAPABILITIES:
        rows = table[table["capability"] == capability]
        assert set(rows["group"]) == groups
        placeholders = rows[rows["direction"] == NOT_REPORTED]
        assert (placeholders["signed_percent"] == 0).all() and (placeholders["source"] == "—").all()


def test_each_figure_keeps_the_direction_and_value_its_source_states(table, results):
    for capability, mapping in CAPABILITIES.items():
        for row in results[results["measure"].isin(mapping["measures"])].itertuples():
            direction = mapping["measures"][row.measure]
            shown = table[(table["capability"] == capability) & (table["group"] == row.group)
                          & (table["direction"] == direction)]
            assert len(shown) == 1
            expected = row.percent if direction == HAS else -row.percent
            assert shown["signed_percent"].iloc[0] == expected
            assert row.result_id in shown["result_ids"].iloc[0]


def test_a_share_lacking_is_never_turned_into_a_share_having(table, results):
    """79% unaware of the RRM must not become '21% aware' for the same group."""
    unaware = results[results["measure"] == "unaware_of_rrm"].iloc[0]
    rows = table[(table["capability"] == "Knowing the RRM exists") & (table["group"] == unaware["group"])]
    assert list(rows["direction"]) == [LACKS]
    assert rows["signed_percent"].iloc[0] == -unaware["percent"]
    assert not rows["share_text"].str.contains(f"{100 - unaware['percent']:.0f}%").any()


def test_two_sources_for_one_figure_share_a_row_and_are_both_named(table):
    rows = table[(table["capability"] == "Knowing of the labor reform") & (table["group"] == "RRM facilities")]
    assert len(rows) == 1
    assert "LeClercq (2026)" in rows["source"].iloc[0] and "Spiegelman (2024)" in rows["source"].iloc[0]


def test_ambiguity_notes_reach_the_tooltip(table, results):
    noted = results.dropna(subset=["ambiguity_note"])
    for row in noted.itertuples():
        holding = table[table["result_ids"].str.contains(row.result_id, regex=False)]
        if not holding.empty:
            assert row.ambiguity_note in holding["caution"].iloc[0]


def test_table_has_no_missing_values(table):
    assert not table.isna().any().any()


def test_unknown_measures_are_refused(results):
    with pytest.raises(ValueError, match="no field-study results"):
        capability_table(results, {"Flying": {"description": "Flying", "measures": {"can_fly": HAS}}})


def test_disagreeing_sources_are_refused_rather_than_merged(results):
    row = results[results["result_id"] == "aware-reform-rrm-spiegelman2024"].copy()
    row["percent"] = 75.0
    row["result_id"] = "a-disagreeing-copy"
    with pytest.raises(ValueError, match="sources disagree"):
        capability_table(pd.concat([results, row], ignore_index=True))
