"""Every chart the book shows follows the book's conventions (shared STYLE.md, "A figure").

One parametrized check per convention, over every chart in ``tests/chart_cases.py`` (built from the
real data with the arguments its chapter passes): a title that states a finding, a source line, a
description for screen readers, the data one click away as a table and a CSV, the book's theme, sane
sizes, tooltips that name the source, data that carries only the fields the chart uses, and HTML
whose lines a reviewer can read in a notebook diff.
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

import altair as alt
import pandas as pd
import pytest

import widgets.render as render
from tests import chart_cases, html_figure_cases
from widgets import html_figures, theme
from widgets.charts.conventions import SUBTITLE_WIDTH
from widgets.datapackage import package_metadata

REPO = Path(__file__).resolve().parent.parent
# A saved notebook may hold no line longer than this (JSON-escaped, with nbformat's indentation).
MAX_NOTEBOOK_LINE = 20_000
# The book's text column is about 690 px wide.
MAX_FIXED_WIDTH = 700

cases = pytest.mark.parametrize("case_id", chart_cases.CASE_IDS)


def _views(spec: dict):
    """Every view and composition in the spec, the spec itself included."""
    stack = [spec]
    while stack:
        node = stack.pop()
        yield node
        for key in ("layer", "vconcat", "hconcat", "concat"):
            stack.extend(node.get(key, []))


def _subtitle(spec: dict) -> list[str]:
    subtitle = spec["title"]["subtitle"]
    return [subtitle] if isinstance(subtitle, str) else subtitle


# --- the registry of charts ------------------------------------------------------------------------

def _figure_calls(pattern: str) -> collections.Counter:
    """(chapter, function) for every top-level call whose name matches ``pattern`` in the chapters' code."""
    calls = collections.Counter()
    for notebook in sorted((REPO / "book").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] == "code":
                for function in re.findall(rf"^({pattern})\(", "".join(cell["source"]), re.M):
                    calls[(notebook.stem, function)] += 1
    return calls


def test_every_chart_call_in_the_book_has_a_case():
    calls = _figure_calls(r"\w+_chart")
    assert calls, "no chart calls found in book/*.ipynb"
    assert collections.Counter((c.chapter, c.function) for c in chart_cases.CASES) == calls


def test_every_html_figure_call_in_the_book_has_a_case():
    # Figures that lay out words are HTML (widgets.html_figures), listed in tests/html_figure_cases.py.
    calls = _figure_calls("|".join(html_figures.FIGURE_FUNCTIONS.values()))
    assert calls, "no HTML figure calls found in book/*.ipynb"
    assert collections.Counter((c.chapter, c.function) for c in html_figure_cases.CASES) == calls


# --- what the reader sees around the chart -----------------------------------------------------------

@cases
def test_title_states_a_finding(case_id):
    text = chart_cases.spec(case_id)["title"]["text"]
    title = " ".join(text) if isinstance(text, list) else text
    # A finding is a statement, not a label such as "Timeline of events" or "Figure 2".
    assert len(title.split()) >= 5, title
    assert not re.match(r"(Chart|Figure|Timeline|Bar chart|Graph)\b", title), title
    assert not title.endswith((":", ".")), title


@cases
def test_subtitle_gives_the_source_and_names_the_csv_only_when_there_is_one(case_id):
    subtitle = _subtitle(chart_cases.spec(case_id))
    assert subtitle[0].startswith("Source: ") and len(subtitle[0]) > len("Source: ")
    assert all(len(line) <= SUBTITLE_WIDTH for line in subtitle)
    csv_file = chart_cases.case(case_id).csv_file
    data_lines = [line for line in subtitle if line.startswith("Data: ")]
    assert data_lines == ([f"Data: data/{csv_file} in this site"] if csv_file else [])


def _drawn_texts(node) -> list[str]:
    """Every title the chart draws inside its SVG (chart, subtitle, axis, legend), at any depth."""
    if isinstance(node, list):
        return [text for item in node for text in _drawn_texts(item)]
    if not isinstance(node, dict):
        return []
    found = []
    for key, value in node.items():
        if key in ("title", "subtitle") and isinstance(value, str):
            found.append(value)
        elif key in ("title", "subtitle", "text") and isinstance(value, list) and all(isinstance(v, str) for v in value):
            found += value
        else:
            found += _drawn_texts(value)
    return found


@cases
def test_how_to_use_the_controls_is_said_above_the_chart_not_drawn_in_it(case_id):
    # Instructions drawn in the SVG would print; the hint above the chart is screen-only (chrome.css).
    spec = chart_cases.spec(case_id)
    drawn = " ".join(_drawn_texts({k: v for k, v in spec.items() if k not in ("datasets", "data", "usermeta")}))
    assert not re.search(r"\b(drag|double-click|click|hover)\b", drawn, re.IGNORECASE), drawn
    hint = render.chart_hint(spec)
    if hint:
        page = render.chart_html(spec)
        assert page.index('class="wct-chart-hint"') < page.index('class="wct-chart"')


@cases
def test_description_for_screen_readers_reaches_the_page(case_id):
    spec = chart_cases.spec(case_id)
    assert len(spec["description"]) >= 40
    # The page's script names the drawn SVG (role="img") with it; the browser tests check the result.
    assert f'data-description="{spec["description"]}"' in render.chart_html(spec).replace("&#x27;", "'")


@cases
def test_the_table_under_the_chart_is_explicit_and_sourced(case_id):
    spec = chart_cases.spec(case_id)
    table = render.chart_table(spec)
    csv_file = chart_cases.case(case_id).csv_file
    if csv_file is None:  # a chart with no data of its own (the calculator's inputs are the reader's)
        assert table is None
        assert "<details" not in render.chart_html(spec)
        return
    assert table["rows"] and table["caption"]
    assert "source" in table["columns"], "every row shown names its source"
    assert all(set(table["columns"]) <= set(row) for row in table["rows"])
    assert table["csv"] == csv_file
    assert (REPO / "data" / csv_file).is_file()
    assert csv_file in {r["path"] for r in package_metadata()["resources"]}


@cases
def test_theme_is_applied(case_id):
    config = chart_cases.spec(case_id)["config"]
    assert config["font"] == theme.FONT
    assert config["range"]["category"] == theme.PALETTE
    assert config["title"]["color"] == theme.TEXT_COLOR


@cases
def test_sizes_fit_the_text_column(case_id):
    spec = chart_cases.spec(case_id)
    for view in _views(spec):
        width, height = view.get("width"), view.get("height")
        if isinstance(width, (int, float)):
            assert 0 < width <= MAX_FIXED_WIDTH, width
        elif isinstance(width, dict):
            assert 0 < width["step"] <= 120, width
        else:
            assert width in (None, "container"), width
        if isinstance(height, (int, float)):
            assert 0 < height <= 1200, height
        elif isinstance(height, dict):
            assert 0 < height["step"] <= 200, height
        else:
            assert height is None, height


@cases
def test_tooltips_name_the_source(case_id):
    tooltips = [view["encoding"]["tooltip"] for view in _views(chart_cases.spec(case_id))
                if "tooltip" in view.get("encoding", {})]
    assert tooltips
    for tooltip in tooltips:
        assert any(t.get("title", "").startswith("Source") for t in tooltip), tooltip


# --- the data in the page ------------------------------------------------------------------------------

@cases
def test_data_carries_only_the_fields_the_chart_uses(case_id):
    spec = chart_cases.spec(case_id)
    used = chart_cases.referenced_fields(spec)
    for name, columns in chart_cases.dataset_columns(spec).items():
        assert columns <= used, f"{name} carries unused columns {sorted(columns - used)}"


@cases
def test_page_holds_the_table_rows_once_and_only_short_lines(case_id):
    spec = chart_cases.spec(case_id)
    html = render.chart_html(spec)
    script = html.split("<script", 1)[1].split("</script>", 1)[0]
    assert '"usermeta"' not in script and "table_columns" not in script
    for line in html.splitlines():
        # nbformat stores each line as a JSON string, indented inside the output.
        assert len(json.dumps(line + "\n", ensure_ascii=False)) + 20 <= MAX_NOTEBOOK_LINE


# --- the reference walker behind test_data_carries_only_the_fields_the_chart_uses ----------------------

def test_walker_finds_every_kind_of_reference():
    data = pd.DataFrame({c: [1] for c in "abcdefghijklmn"})
    pick = alt.param(name="pick", value="x", bind=alt.binding_select(options=["x"], name="datum.n in a label"))
    chart = (alt.Chart(data)
             .transform_filter(alt.datum.a == pick)
             .transform_filter("datum['b'] > 0 && datum[\"c\"] < 9")
             .transform_calculate(new="datum.d * 2")
             .transform_joinaggregate(total="sum(e)", groupby=["f"])
             .transform_lookup(lookup="g", from_=alt.LookupData(pd.DataFrame({"g": [1], "h": [2]}), "g", ["h"]))
             .mark_point()
             .encode(x="i:Q", y=alt.Y("j:N", sort=alt.EncodingSortField("k")), tooltip=["l:N"],
                     opacity=alt.condition("datum.m > 1", alt.value(1), alt.value(0.5)))
             .add_params(pick, alt.selection_point(name="s", fields=["new"])))
    spec = chart.properties(title="datum.n is prose", description="datum.n is prose").to_dict()
    used = chart_cases.referenced_fields(spec)
    assert set("abcdefghijklm") <= used
    assert "n" not in used  # mentioned only in prose
    columns = chart_cases.dataset_columns(spec)
    assert any(cols == set("abcdefghijklmn") for cols in columns.values())


def test_walker_ignores_prose_labels_and_the_data_itself():
    data = pd.DataFrame({"shown": [1], "unused": ["datum.unused"]})
    chart = (alt.Chart(data).mark_text().encode(x="shown:Q", text=alt.value("datum.unused"))
             .encode(y=alt.Y("shown:Q", axis=alt.Axis(labelExpr="datum.unused + datum.label"))))
    spec = chart.properties(title=alt.Title("t", subtitle="datum.unused"), usermeta={"wct": {"table": {
        "columns": {"unused": "Unused"}, "rows": [{"unused": "x"}]}}}).to_dict()
    assert chart_cases.referenced_fields(spec) == {"shown"}


def test_walker_sees_inline_data():
    spec = alt.Chart(alt.Data(values=[{"a": 1, "b": 2}])).mark_point().encode(x="a:Q").to_dict()
    (columns,) = chart_cases.dataset_columns(spec).values()
    assert columns == {"a", "b"} and chart_cases.referenced_fields(spec) == {"a"}
