"""The theory comparison: its data, the grid and panel a reader explores, and the Markdown twin."""

from __future__ import annotations

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.theory_comparison import (
    ASPECT_LABELS,
    theory_comparison_chart,
    theory_comparison_markdown,
    theory_comparison_table,
)
from widgets.datapackage import allowed_values, load_resource

ASPECTS = allowed_values("theory_comparison", "aspect")

# The vega-tooltip stylesheet clips a value at 7em (about six lines of 300px); longer texts would be cut.
MAX_TEXT_CHARS = 250
MAX_SUMMARY_LINES = 5  # a grid cell is sized for the longest phrase; keep phrases short


@pytest.fixture(scope="module")
def comparison():
    return load_resource("theory_comparison")


@pytest.fixture(scope="module")
def spec():
    return chart_cases.spec("participatory:theories")  # initial_theory="Behavioral compliance"


def _layers(spec):
    grid, panel = spec["vconcat"]
    return grid, panel


def _tooltip_titles(layer):
    return [t.get("title") for t in layer["encoding"].get("tooltip", [])]


# --- the data --------------------------------------------------------------------------------------

def test_every_theory_states_all_four_aspects_once(comparison):
    counts = comparison.groupby("theory_id")["aspect"].apply(sorted)
    assert all(aspects == sorted(ASPECTS) for aspects in counts)
    assert not comparison.duplicated(["theory_id", "aspect"]).any()


def test_each_theory_has_one_name_and_one_position(comparison):
    per_theory = comparison.groupby("theory_id")[["theory", "theory_order"]].nunique()
    assert (per_theory == 1).all().all()
    orders = comparison.drop_duplicates("theory_id")["theory_order"]
    assert orders.is_unique


def test_the_book_covers_the_five_theories_in_order(comparison):
    names = comparison.sort_values("theory_order").drop_duplicates("theory_id")["theory_id"].tolist()
    assert names == ["law-and-economics", "transnational-legal-process", "compliance-disconnect",
                     "behavioral-compliance", "ilo-participatory-model"]


def test_cell_texts_fit_the_tooltip_and_the_grid(comparison):
    assert comparison["text"].str.len().max() <= MAX_TEXT_CHARS
    table = theory_comparison_table(comparison)
    assert max(s.count("\n") + 1 for s in table["summary_lines"]) <= MAX_SUMMARY_LINES


# --- the grid and the panel ------------------------------------------------------------------------

def test_a_bound_select_offers_every_theory_in_order(spec, comparison):
    (param,) = [p for p in spec["params"] if p["name"] == "theory_pick"]
    expected = comparison.sort_values("theory_order").drop_duplicates("theory_id")["theory"].tolist()
    assert param["bind"]["input"] == "select"
    assert param["bind"]["options"] == expected
    assert param["value"] == "Behavioral compliance"
    default = theory_comparison_chart(comparison, title="T", description="D").to_dict()
    assert next(p for p in default["params"] if p["name"] == "theory_pick")["value"] == expected[0]


def test_initial_theory_can_be_chosen_and_must_exist(comparison):
    name = "Behavioral compliance"
    spec = theory_comparison_chart(comparison, title="T", description="D", initial_theory=name).to_dict()
    assert next(p for p in spec["params"] if p["name"] == "theory_pick")["value"] == name
    with pytest.raises(ValueError):
        theory_comparison_chart(comparison, title="T", description="D", initial_theory="No such theory")


def test_grid_has_theories_across_and_aspects_down_in_order(spec, comparison):
    grid, _ = _layers(spec)
    cells, words = grid["layer"]
    assert cells["mark"]["type"] == "rect"
    x, y = cells["encoding"]["x"], cells["encoding"]["y"]
    assert x["field"] == "theory" and x["sort"] == list(dict.fromkeys(
        comparison.sort_values("theory_order")["theory"]))
    assert y["field"] == "aspect_label" and y["sort"] == [ASPECT_LABELS[a] for a in ASPECTS]


def test_the_selected_theory_is_highlighted_in_the_grid(spec):
    grid, _ = _layers(spec)
    cells, words = grid["layer"]
    assert "theory_pick" in cells["encoding"]["fill"]["condition"]["test"]
    assert "theory_pick" in words["encoding"]["color"]["condition"]["test"]


def test_long_text_is_split_into_lines_the_marks_break_on(spec):
    grid, panel = _layers(spec)
    words = grid["layer"][1]
    assert words["mark"]["lineBreak"] == "\n" and words["encoding"]["text"]["field"] == "summary_lines"
    full_text = panel["layer"][1]
    assert full_text["mark"]["lineBreak"] == "\n" and full_text["encoding"]["text"]["field"] == "text_lines"


def test_panel_shows_only_the_selected_theory(spec):
    _, panel = _layers(spec)
    for layer in panel["layer"]:
        assert {"filter": "(datum.theory === theory_pick)"} in layer["transform"]
    assert panel["title"]["text"] == {"expr": "'In full: ' + theory_pick"}


def test_tooltips_carry_full_text_and_source(spec):
    grid, panel = _layers(spec)
    for layer in [*grid["layer"], panel["layer"][1], panel["layer"][2]]:
        titles = _tooltip_titles(layer)
        assert "In full" in titles and "Source" in titles and "Whose argument" in titles


def test_table_wraps_lines_within_their_widths(comparison):
    table = theory_comparison_table(comparison)
    from widgets.charts import theory_comparison as module
    assert all(len(line) <= module.SUMMARY_CHARS for s in table["summary_lines"] for line in s.split("\n"))
    assert all(len(line) <= module.DETAIL_TEXT_CHARS for s in table["text_lines"] for line in s.split("\n"))
    # Wrapping only inserts line breaks: no word is lost.
    assert (table["text_lines"].str.replace("\n", " ") == table["text"]).all()


def test_table_refuses_a_theory_with_a_missing_aspect(comparison):
    broken = comparison[~((comparison["theory_id"] == "law-and-economics") & (comparison["aspect"] == "predicts"))]
    with pytest.raises(ValueError, match="predicts"):
        theory_comparison_table(broken)


# --- the Markdown twin ------------------------------------------------------------------------------

def test_markdown_table_holds_every_cell_with_its_source(comparison):
    markdown = theory_comparison_markdown(comparison)
    lines = markdown.splitlines()
    assert lines[0] == "| Theory | Aspect | What the sources say |"
    assert len(lines) == 2 + len(comparison)
    for row in comparison.itertuples():
        assert row.text in markdown
        assert row.locator in markdown


def test_markdown_names_each_theory_once_in_order(comparison):
    markdown = theory_comparison_markdown(comparison)
    names = comparison.sort_values("theory_order").drop_duplicates("theory_id")["theory"]
    positions = [markdown.index(f"**{name}**") for name in names]
    assert positions == sorted(positions)
    assert all(markdown.count(f"**{name}**") == 1 for name in names)


def test_markdown_escapes_pipes():
    frame = pd.DataFrame({"theory_id": ["t"] * 4, "theory": ["A | B"] * 4, "theory_order": [1] * 4,
                          "aspect": ASPECTS, "summary": ["s"] * 4, "text": ["x | y"] * 4,
                          "attributed_to": ["Someone"] * 4, "citation_key": ["leclercq2023worker"] * 4,
                          "locator": ["Pt. III"] * 4})
    markdown = theory_comparison_markdown(frame)
    first = markdown.splitlines()[2]
    assert first.count(" | ") == 2  # only the column separators are unescaped
    assert "A \\| B" in first and "x \\| y" in first
