"""The two-path scenario walk-through: its data, the cards and panel a reader steps through, and the
Markdown twin."""

from __future__ import annotations

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts import scenario_steps as module
from widgets.charts.scenario_steps import (
    DETAIL_PARTS,
    NO_ANCHOR,
    PATHS,
    scenario_steps_chart,
    scenario_steps_markdown,
    scenario_steps_table,
)
from widgets.datapackage import load_resource

# The vega-tooltip stylesheet clips a value at 7em (about six lines of 300px); longer texts would be cut.
MAX_TEXT_CHARS = 250
MAX_CARD_LINES = 2  # a card is sized for the longest label; keep labels short


@pytest.fixture(scope="module")
def steps():
    return load_resource("ivory_coast_steps")


@pytest.fixture(scope="module")
def timeline():
    return load_resource("timeline_events")


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("ivory_coast:scenario")


def _tooltip_titles(layer):
    return [t.get("title") for t in layer["encoding"].get("tooltip", [])]


def _step_param(spec):
    (param,) = [p for p in spec["params"] if p["name"] == "step"]
    return param


# --- the data --------------------------------------------------------------------------------------

def test_both_paths_are_numbered_from_one_without_gaps(steps):
    assert set(steps["path"]) == set(PATHS)
    for _, group in steps.groupby("path"):
        assert sorted(group["step"]) == list(range(1, len(group) + 1))
    assert not steps.duplicated(["path", "step"]).any()


def test_texts_fit_the_tooltip_and_labels_fit_a_card(steps):
    for column in ["description", "worker_role", "actor"]:
        assert steps[column].str.len().max() <= MAX_TEXT_CHARS, column
    table = scenario_steps_table(steps)
    assert max(c.count("\n") + 1 for c in table["card_lines"]) <= MAX_CARD_LINES


def test_every_anchor_is_a_dated_event_of_the_ivory_coast_case(steps, timeline):
    anchors = steps["anchor_event_id"].dropna()
    assert len(anchors) > 0
    cases = timeline.set_index("event_id").loc[list(anchors), "case_id"]
    assert set(cases) == {"ivory-coast"}


def test_every_step_says_what_workers_can_do(steps):
    assert steps["worker_role"].notna().all() and (steps["worker_role"].str.len() > 0).all()


# --- the table the chart draws -----------------------------------------------------------------------

def test_table_orders_paths_then_steps_and_knows_each_path_length(steps):
    table = scenario_steps_table(steps)
    assert list(dict.fromkeys(table["path"])) == list(PATHS)
    for _, group in table.groupby("path"):
        assert list(group["step"]) == sorted(group["step"])
        assert set(group["last_step"]) == {len(group)}


def test_table_names_the_real_record_or_says_the_step_is_imagined(steps, timeline):
    table = scenario_steps_table(steps, timeline)
    anchored = table[steps.set_index("step_id").loc[table["step_id"], "anchor_event_id"].notna().to_numpy()]
    assert (anchored["anchor"] != NO_ANCHOR).all()
    assert anchored["anchor_date"].str.len().gt(0).all()
    assert (table.loc[~table.index.isin(anchored.index), "anchor"] == NO_ANCHOR).all()


def test_table_wraps_lines_within_their_widths_and_loses_no_word(steps, timeline):
    table = scenario_steps_table(steps, timeline)
    assert all(len(line) <= module.CARD_CHARS for c in table["card_lines"] for line in c.split("\n"))
    for part, label in DETAIL_PARTS.items():
        lines = table[f"{part}_lines"]
        assert all(len(line) <= module.DETAIL_CHARS for text in lines for line in text.split("\n"))
        assert (lines.str.replace("\n", " ") == label + table[part]).all()


def test_panel_parts_are_stacked_in_order_without_overlap(steps, timeline):
    table = scenario_steps_table(steps, timeline)
    parts = list(DETAIL_PARTS)
    for row in table.itertuples():
        offsets = [getattr(row, f"{p}_offset") for p in parts]
        assert offsets == sorted(offsets) and offsets[0] == 0
        for part, following in zip(parts, parts[1:]):
            lines = getattr(row, f"{part}_lines").count("\n") + 1
            assert getattr(row, f"{following}_offset") >= getattr(row, f"{part}_offset") + lines * module.DETAIL_LINE_HEIGHT


def test_table_refuses_a_gap_in_a_path(steps):
    broken = steps[~((steps["path"] == "proposed") & (steps["step"] == 3))]
    with pytest.raises(ValueError, match="proposed"):
        scenario_steps_table(broken)


def test_table_refuses_an_unknown_anchor(steps, timeline):
    broken = steps.copy()
    broken.loc[broken.index[0], "anchor_event_id"] = "no-such-event"
    with pytest.raises(ValueError, match="no-such-event"):
        scenario_steps_table(broken, timeline)


# --- the chart ---------------------------------------------------------------------------------------

def test_cards_and_panel_read_one_dataset_of_steps(spec, steps):
    (rows,) = spec["datasets"].values()
    assert len(rows) == len(steps)


def test_a_bound_slider_runs_over_every_step_of_the_longer_path(spec, steps):
    param = _step_param(spec)
    assert param["bind"]["input"] == "range"
    assert param["bind"]["min"] == 1 and param["bind"]["max"] == int(steps["step"].max())
    assert param["bind"]["step"] == 1
    assert param["value"] == 1


def test_initial_step_can_be_chosen_and_must_exist(steps):
    spec = scenario_steps_chart(steps, title="T", description="D", initial_step=4).to_dict()
    assert _step_param(spec)["value"] == 4
    for bad in (0, int(steps["step"].max()) + 1):
        with pytest.raises(ValueError):
            scenario_steps_chart(steps, title="T", description="D", initial_step=bad)


def test_paths_stand_side_by_side_with_steps_down(spec):
    grid, _ = spec["vconcat"]
    cards, words = grid["layer"]
    assert cards["mark"]["type"] == "rect"
    assert cards["encoding"]["x"]["field"] == "path_label"
    assert cards["encoding"]["x"]["sort"] == list(PATHS.values())
    assert cards["encoding"]["y"]["field"] == "step_label"


def test_the_slider_reveals_reached_steps_and_outlines_the_chosen_one(spec):
    grid, _ = spec["vconcat"]
    cards, words = grid["layer"]
    assert cards["encoding"]["fillOpacity"]["condition"]["test"] == "(datum.step <= step)"
    assert words["encoding"]["color"]["condition"]["test"] == "(datum.step <= step)"
    outline = cards["encoding"]["stroke"]["condition"]["test"]
    # A shorter path keeps its last step outlined once the slider passes its end.
    assert outline == "(min(step,datum.last_step) === datum.step)"
    assert cards["encoding"]["strokeWidth"]["condition"]["test"] == outline


def test_panel_shows_the_chosen_step_of_each_path_in_full(spec):
    _, panel = spec["vconcat"]
    fields = set()
    for layer in panel["layer"]:
        assert {"filter": "(min(step,datum.last_step) === datum.step)"} in layer["transform"]
        fields.add(layer["encoding"]["text"]["field"])
    assert fields == {"heading", *(f"{part}_lines" for part in DETAIL_PARTS)}
    assert panel["title"]["text"] == {"expr": "'At step ' + step + ', in full'"}
    heading = next(t for t in panel["layer"][0]["transform"] if t.get("as") == "heading")
    assert "(last step)" in heading["calculate"]


def test_tooltips_carry_full_text_workers_part_and_source(spec):
    grid, panel = spec["vconcat"]
    for layer in [*grid["layer"], *panel["layer"][1:]]:
        titles = _tooltip_titles(layer)
        for title in ["What happens", "Who acts", "What workers can do", "Real record it builds on", "Source"]:
            assert title in titles


def test_phases_have_a_fixed_colour_each(spec):
    grid, _ = spec["vconcat"]
    fill = grid["layer"][0]["encoding"]["fill"]
    assert fill["scale"]["domain"] == ["Negotiation", "Monitoring", "Enforcement"]
    assert len(fill["scale"]["range"]) == 3


# --- the Markdown twin ------------------------------------------------------------------------------

def test_markdown_table_holds_every_step_with_its_source(steps, timeline):
    markdown = scenario_steps_markdown(steps, timeline)
    lines = markdown.splitlines()
    assert lines[0] == "| Step | What happens | What workers can do |"
    assert len(lines) == 2 + len(PATHS) + len(steps)  # a heading row per path, then its steps
    for row in steps.itertuples():
        assert row.description in markdown
        assert row.actor in markdown
        assert row.worker_role in markdown
        assert row.locator in markdown


def test_markdown_heads_each_path_once_in_order(steps):
    markdown = scenario_steps_markdown(steps)
    headings = [f"| **{label}** | | |" for label in PATHS.values()]
    positions = [markdown.index(h) for h in headings]
    assert positions == sorted(positions)
    assert all(markdown.count(h) == 1 for h in headings)


def test_markdown_escapes_pipes():
    frame = pd.DataFrame({"step_id": ["a-1"], "path": ["current"], "step": [1], "phase": ["negotiation"],
                          "short": ["A | B"], "description": ["x | y"], "actor": ["Someone"], "worker_role": ["w"],
                          "anchor_event_id": [pd.NA], "citation_key": ["leclercq2023worker"], "locator": ["Pt. IV"]})
    first = scenario_steps_markdown(frame).splitlines()[3]
    assert first.count(" | ") == 2  # only the column separators are unescaped
    assert "A \\| B" in first and "x \\| y" in first
