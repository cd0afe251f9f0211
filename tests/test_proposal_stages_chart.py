"""Current procedures beside LeClercq's proposal: the data, the tables and the chart a reader explores."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.proposal_stages import (
    APPROACHES,
    EVERYONE,
    LOOKUP_FIELDS,
    MAX_STEP_CHARS,
    PARTICIPANTS,
    PHASES,
    proposal_cells_table,
    proposal_stages_chart,
    proposal_steps_table,
    proposal_summary_table,
)
from widgets.datapackage import load_resource
from widgets.render import chart_table

# The vega-tooltip stylesheet shows a value at most 300px wide and 7em high (about 280 characters).
MAX_TOOLTIP_CHARS = 280


@pytest.fixture(scope="module")
def steps():
    return load_resource("policy_process_comparison")


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("consultative_machinery:proposal")


def _overview(spec):
    return spec["vconcat"][0]


def _panels(spec):
    return spec["vconcat"][1:]


def _titles(layer):
    return [t.get("title") for t in layer["encoding"].get("tooltip", [])]


# --- the data --------------------------------------------------------------------------------------

def test_each_approach_has_steps_in_every_phase(steps):
    counts = steps.groupby(["approach", "phase"]).size()
    for approach in APPROACHES:
        for phase in PHASES:
            assert counts.get((approach, phase), 0) >= 1, (approach, phase)


def test_step_order_runs_from_one_within_each_phase(steps):
    for _, group in steps.groupby(["approach", "phase"]):
        assert sorted(group["step_order"]) == list(range(1, len(group) + 1))


def test_every_step_names_known_participants(steps):
    for row in steps.itertuples():
        codes = row.participants.split(";")
        assert codes and set(codes) <= set(PARTICIPANTS), row.step_id
        assert len(codes) == len(set(codes)), f"{row.step_id} names a participant twice"


def test_statuses_match_the_approach(steps):
    assert set(steps.loc[steps["approach"] == "current", "status"]) == {"in use"}
    assert "in use" not in set(steps.loc[steps["approach"] == "proposed", "status"])


def test_the_proposal_is_attributed_to_leclercq_2023(steps):
    proposed = steps[steps["approach"] == "proposed"]
    assert (proposed["citation_key"] == "leclercq2023worker").all()
    assert proposed["locator"].str.startswith("Part IV").all()


def test_texts_fit_the_tooltip_and_names_fit_the_axis(steps):
    assert steps["description"].str.len().max() <= MAX_TOOLTIP_CHARS
    assert steps["caveat"].dropna().str.len().max() <= MAX_TOOLTIP_CHARS
    assert steps["note"].dropna().str.len().max() <= MAX_TOOLTIP_CHARS
    assert steps["step"].str.len().max() <= MAX_STEP_CHARS


# --- the tables ------------------------------------------------------------------------------------

def test_steps_table_is_in_reading_order_with_readable_participants(steps):
    table = proposal_steps_table(steps)
    assert len(table) == len(steps)
    keys = list(zip(table["approach"].map(list(APPROACHES).index), table["phase_order"], table["step_order"]))
    assert keys == sorted(keys)
    row = table.set_index("step_id").loc["current-enforce-ilo-observer"]
    assert row["participants_text"].endswith("ILO")
    assert row["source"].startswith("LeClercq (2026), Part V")


def test_cells_table_has_one_row_per_step_and_participant(steps):
    cells = proposal_cells_table(steps)
    assert len(cells) == len(steps) * len(PARTICIPANTS)
    taken = cells[cells["takes_part"]].groupby("step_id")["participant"].apply(set)
    expected = steps.set_index("step_id")["participants"].str.split(";").apply(set)
    assert taken.sort_index().equals(expected.sort_index())


def test_summary_counts_agree_with_the_cells(steps):
    summary = proposal_summary_table(steps)
    assert len(summary) == len(PHASES) * len(APPROACHES) * len(PARTICIPANTS)
    assert (summary["takes_part"] == (summary["steps_with"] > 0)).all()
    assert (summary["steps_with"] <= summary["steps_total"]).all()
    # Partner-country workers: no part in negotiating today, a part in the proposal (LeClercq 2023, Part IV.B.1).
    cell = summary.set_index(["phase", "approach", "participant"])["takes_part"]
    assert not cell[("negotiate", "current", "partner-workers")]
    assert cell[("negotiate", "proposed", "partner-workers")]
    assert summary["steps_text"].str.len().max() <= MAX_TOOLTIP_CHARS
    assert summary["sources"].str.len().max() <= MAX_TOOLTIP_CHARS


def test_unknown_participant_and_long_names_are_refused(steps):
    broken = steps.copy()
    broken.loc[0, "participants"] = "us-government;martians"
    with pytest.raises(ValueError, match="martians"):
        proposal_steps_table(broken)
    long = steps.copy()
    long.loc[0, "step"] = "x" * (MAX_STEP_CHARS + 1)
    with pytest.raises(ValueError, match="longer"):
        proposal_steps_table(long)


# --- the chart -------------------------------------------------------------------------------------

def test_the_data_table_under_the_chart_lists_the_steps_in_reading_order(spec, steps):
    rows = chart_table(spec)["rows"]
    assert len(rows) == len(steps)
    assert [row["step"] for row in rows] == list(proposal_steps_table(steps)["step"])


def test_step_grids_look_up_each_step_s_words_once(spec, steps):
    # The cells carry keys only; the words come from one dataset of steps, not one copy per participant.
    lookup = next(t for t in _panels(spec)[0]["layer"][0]["transform"] if "lookup" in t)
    words = spec["datasets"][lookup["from"]["data"]["name"]]
    assert len(words) == len(steps) and set(words[0]) == {"step_id", *LOOKUP_FIELDS}


def test_a_radio_switches_between_current_and_proposed(spec):
    param = next(p for p in spec["params"] if p["name"] == "approach_pick")
    assert param["bind"]["input"] == "radio"
    assert param["bind"]["options"] == list(APPROACHES.values())
    assert param["value"] == APPROACHES["current"]


def test_a_select_highlights_one_participant(spec):
    param = next(p for p in spec["params"] if p["name"] == "who_pick")
    assert param["bind"]["input"] == "select"
    assert param["bind"]["options"] == [EVERYONE, *(label for label, _ in PARTICIPANTS.values())]
    assert param["value"] == EVERYONE


def test_initial_values_can_be_chosen_and_must_exist(steps):
    spec = proposal_stages_chart(steps, title="T", description="D", initial_approach="proposed",
                                 initial_participant="partner-workers").to_dict()
    values = {p["name"]: p["value"] for p in spec["params"]}
    assert values == {"approach_pick": APPROACHES["proposed"], "who_pick": PARTICIPANTS["partner-workers"][0]}
    with pytest.raises(ValueError):
        proposal_stages_chart(steps, title="T", description="D", initial_approach="future")
    with pytest.raises(ValueError):
        proposal_stages_chart(steps, title="T", description="D", initial_participant="martians")


def test_overview_puts_participants_across_phases_down_and_approaches_side_by_side(spec):
    squares = _overview(spec)["layer"][1]
    encoding = squares["encoding"]
    assert encoding["x"]["field"] == "participant_label"
    assert encoding["x"]["sort"] == [label for label, _ in PARTICIPANTS.values()]
    assert encoding["y"]["field"] == "phase_label" and encoding["y"]["sort"] == list(PHASES.values())
    assert encoding["xOffset"]["field"] == "approach_label"
    # Filled where the participant takes part, hollow where not.
    assert encoding["fill"]["condition"]["test"] == "datum.takes_part"
    assert encoding["fill"]["value"] == "white"


def test_every_grid_dims_participants_other_than_the_one_chosen(spec):
    layers = [_overview(spec)["layer"][1], *(p["layer"][i] for p in _panels(spec) for i in (1, 2))]
    for layer in layers:
        assert "who_pick" in layer["encoding"]["opacity"]["condition"]["test"]


def test_one_step_grid_per_phase_shows_the_chosen_approach(spec):
    panels = _panels(spec)
    assert len(panels) == len(PHASES)
    for panel, phase in zip(panels, PHASES):
        for layer in panel["layer"]:
            filters = [t["filter"] for t in layer["transform"] if "filter" in t]
            assert f"(datum.phase === '{phase}')" in filters
            assert "(datum.approach_label === approach_pick)" in filters
            lookup = next(t for t in layer["transform"] if "lookup" in t)
            assert lookup["lookup"] == "step_id" and lookup["from"]["fields"] == LOOKUP_FIELDS
        assert "approach_pick" in json.dumps(panel["title"])


def test_steps_keep_their_order_within_a_phase(spec):
    for panel in _panels(spec):
        y = panel["layer"][2]["encoding"]["y"]
        assert y["field"] == "step" and y["sort"] == {"field": "step_order", "order": "ascending"}


def test_tooltips_carry_the_step_and_its_source(spec):
    overview_titles = _titles(_overview(spec)["layer"][1])
    assert "Source" in overview_titles and "Takes part in" in overview_titles
    for panel in _panels(spec):
        for layer in panel["layer"][1:]:
            titles = _titles(layer)
            for expected in ("Step", "Who takes part", "What happens", "Risk or limit the source raises", "Source"):
                assert expected in titles


def test_dots_are_coloured_by_status_with_a_fixed_legend(spec):
    dots = _panels(spec)[-1]["layer"][2]
    color = dots["encoding"]["color"]
    assert color["field"] == "status_label"
    assert color["scale"]["domain"] == ["In use now", "Kept from current practice", "Current practice, revised",
                                        "New in the proposal", "An alternative she offers"]
    # Only the last grid draws the legend, so it appears once.
    assert all(p["layer"][2]["encoding"]["color"].get("legend", {}) is None for p in _panels(spec)[:-1])


def test_chart_renders_without_vega_lite_errors(steps):
    vlc = pytest.importorskip("vl_convert")
    chart = proposal_stages_chart(steps, title="T", description="D")
    svg = vlc.vegalite_to_svg(json.dumps(chart.to_dict()))
    assert "<svg" in svg
    for label in pd.unique(steps.loc[steps["approach"] == "current", "step"]):
        assert label.replace("&", "&amp;").replace("'", "&#39;") in svg or label in svg


def test_chart_resizes_when_the_approach_changes_its_height(spec):
    # Without resize, a taller set of steps would spill over the controls under the chart.
    assert spec["autosize"] == {"type": "pad", "resize": True}
