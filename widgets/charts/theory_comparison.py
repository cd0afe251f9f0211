"""Theory comparison: what each theory of compliance assumes, predicts and prescribes, and where it falls short.

A grid with the theories as columns and the four aspects as rows shows a short phrase in each cell;
a drop-down (a Vega-Lite parameter bound to a select element, so it works in the static page)
highlights one theory's column and fills the panel below with that theory's full text and source.
Hovering any cell shows its full text, whose argument it states, and the source.

:func:`theory_comparison_markdown` renders the same rows as a Markdown table, so a chapter can print
the comparison as text from the same CSV and the two can never drift apart.
"""

from __future__ import annotations

import json
import textwrap

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart, wrap_lines
from widgets.datapackage import allowed_values
from widgets.formatting import markdown_table_cell
from widgets.theme import BACKGROUND_COLOR, HIGHLIGHT_FILL, MUTED_COLOR, PLAIN_FILL, TEXT_COLOR

# The aspects' order (the grid's rows) is the schema's: allowed_values("theory_comparison", "aspect").
ASPECT_LABELS = {"assumes": "Assumes", "predicts": "Predicts", "prescribes": "Prescribes",
                 "falls short": "Falls short"}

# Layout, in pixels and characters. Vega does not wrap text, so the table pre-wraps each text to
# a width in characters that fits its column at the font size used (about 6.3 px a character).
# The whole figure must fit the book's text column (about 690 px at common screen widths).
COLUMN_STEP = 112        # width of one theory's column in the grid
SUMMARY_CHARS = 17       # characters per line of a grid cell
HEADER_CHARS = 16        # characters per line of a theory's name above its column
DETAIL_TEXT_CHARS = 74   # characters per line of the full text in the panel below
DETAIL_SOURCE_CHARS = 84  # characters per line of the source line under it (smaller type)
DETAIL_TEXT_X = 84       # where the full text starts in the panel, right of the aspect's name
LINE_HEIGHT = 15
HEADER_LINE_HEIGHT = 14
MUTED_TEXT = MUTED_COLOR
TEXT = TEXT_COLOR
# The fields the grid and the panel draw, filter on or show in their tooltips: both views read one
# dataset that carries no others.
CHART_FIELDS = ["theory", "aspect_label", "summary_lines", "text", "text_lines", "attributed_to", "source",
                "source_lines", "source_offset"]


def theory_comparison_table(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per (theory, aspect), in the book's order, with the wrapped words the chart shows.

    Raises ValueError if a theory lacks one of the four aspects, so a gap in the data shows up as
    an error rather than as an empty cell.
    """
    rows = comparison.copy()
    aspects = allowed_values("theory_comparison", "aspect")
    unknown = set(rows["aspect"]) - set(aspects)
    if unknown:
        raise ValueError(f"unknown aspects: {sorted(unknown)}")
    for theory, group in rows.groupby("theory"):
        missing = [a for a in aspects if a not in set(group["aspect"])]
        if missing:
            raise ValueError(f"theory '{theory}' has no row for: {', '.join(missing)}")
    rows["aspect_order"] = rows["aspect"].map(aspects.index)
    rows = rows.sort_values(["theory_order", "aspect_order"]).reset_index(drop=True)
    rows["aspect_label"] = rows["aspect"].map(ASPECT_LABELS)
    rows["summary_lines"] = [wrap_lines(s, SUMMARY_CHARS) for s in rows["summary"]]
    rows["text_lines"] = [wrap_lines(t, DETAIL_TEXT_CHARS) for t in rows["text"]]
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    rows["source_lines"] = [wrap_lines(f"{r.attributed_to}. Source: {r.source}", DETAIL_SOURCE_CHARS)
                            for r in rows.itertuples()]
    columns = ["theory_id", "theory", "theory_order", "aspect", "aspect_label", "summary", "summary_lines", "text",
               "text_lines", "attributed_to", "source", "source_lines"]
    out = rows[columns]
    return out.astype({c: "object" for c in columns if c != "theory_order"}).astype({"theory_order": "int"})


def theory_comparison_markdown(comparison: pd.DataFrame) -> str:
    """The comparison as a Markdown table: one row per (theory, aspect), text with its attribution and source.

    A long table rather than a grid: in a book's text column, one wide text column reads far better
    than four narrow ones. The theory's name is printed on the first of its rows only.
    """
    table = theory_comparison_table(comparison)

    lines = ["| Theory | Aspect | What the sources say |", "|---|---|---|"]
    previous = None
    for row in table.itertuples():
        name = f"**{markdown_table_cell(row.theory)}**" if row.theory != previous else ""
        previous = row.theory
        lines.append(f"| {name} | {row.aspect_label} | {markdown_table_cell(row.text)} "
                     f"*({markdown_table_cell(row.attributed_to)}; {markdown_table_cell(row.source)})* |")
    return "\n".join(lines)


def theory_comparison_chart(comparison: pd.DataFrame, *, title: str, description: str,
                            initial_theory: str | None = None) -> alt.VConcatChart:
    """A grid of short phrases (theories across, aspects down) above a panel with one theory in full.

    The drop-down picks the theory: its column is shaded in the grid and its four full texts, with
    their sources, fill the panel. ``initial_theory`` (a theory's display name) sets the start;
    by default the first theory in the book's order.
    """
    table = theory_comparison_table(comparison)
    theories = list(dict.fromkeys(table["theory"]))
    start = initial_theory or theories[0]
    if start not in theories:
        raise ValueError(f"initial_theory '{start}' is not one of {theories}")
    pick = alt.param(name="theory_pick", value=start,
                     bind=alt.binding_select(options=theories, name="Show a theory in full: "))
    chosen = alt.datum.theory == pick
    aspect_labels = [ASPECT_LABELS[a] for a in allowed_values("theory_comparison", "aspect")]
    tooltip = [alt.Tooltip("theory:N", title="Theory"), alt.Tooltip("aspect_label:N", title="Aspect"),
               alt.Tooltip("text:N", title="In full"), alt.Tooltip("attributed_to:N", title="Whose argument"),
               alt.Tooltip("source:N", title="Source")]

    # The grid. Theory names go above the columns, split into lines on "|" by the axis labelExpr.
    header = {t: "|".join(textwrap.wrap(t, HEADER_CHARS)) for t in theories}
    label_lines = max(len(h.split("|")) for h in header.values())
    summary_lines = max(s.count("\n") + 1 for s in table["summary_lines"])
    # In the panel, each row's source is pushed below its text by a pixel offset (yOffset without a
    # scale) from the text's line count.
    data = table.assign(source_offset=[(t.count("\n") + 1) * LINE_HEIGHT + 3 for t in table["text_lines"]])
    data = data[CHART_FIELDS]
    grid_base = alt.Chart(data)
    x = alt.X("theory:N", sort=theories, title=None,
              axis=alt.Axis(orient="top", labelAngle=0, labelLimit=COLUMN_STEP, domain=False, ticks=False,
                            labelFontWeight=600, labelLineHeight=HEADER_LINE_HEIGHT, labelBaseline="bottom",
                            # Vega draws a multi-line label downwards from its anchor: lift the anchor
                            # so the longest name ends just above the grid.
                            labelPadding=6 + (label_lines - 1) * HEADER_LINE_HEIGHT,
                            labelExpr=f"split({json.dumps(header)}[datum.label], '|')"))
    y = alt.Y("aspect_label:N", sort=aspect_labels, title=None,
              axis=alt.Axis(domain=False, ticks=False, labelFontWeight=600, labelPadding=8))
    cells = grid_base.mark_rect(stroke=BACKGROUND_COLOR, strokeWidth=3, cornerRadius=3).encode(
        x=x, y=y, tooltip=tooltip,
        fill=alt.condition(chosen, alt.value(HIGHLIGHT_FILL), alt.value(PLAIN_FILL)))
    # Vega draws a multi-line text downwards from its anchor, so anchor it at the top of the band.
    top = alt.Y("aspect_label:N", sort=aspect_labels, bandPosition=0, title=None)
    words = grid_base.mark_text(lineBreak="\n", lineHeight=LINE_HEIGHT - 1, fontSize=11, baseline="top",
                                dy=11).encode(
        x=x, y=top, text="summary_lines:N", tooltip=tooltip,
        color=alt.condition(chosen, alt.value(TEXT), alt.value(MUTED_TEXT)))
    grid = alt.layer(cells, words).properties(
        width=alt.Step(COLUMN_STEP), height=alt.Step(summary_lines * LINE_HEIGHT + 22),
        title=alt.Title("The theories side by side (short phrases; hover a cell for the full text and source)",
                        fontSize=13, fontWeight=500, anchor="start", offset=10))

    # The panel: the chosen theory's four aspects in full, each followed by its source.
    detail_lines = max(t.count("\n") + s.count("\n") + 2 for t, s in zip(table["text_lines"], table["source_lines"]))
    panel_base = alt.Chart(data).transform_filter(chosen)
    # A band scale without padding, so each aspect's text starts at the top of its own band.
    row_y = alt.Y("aspect_label:N", sort=aspect_labels, bandPosition=0, title=None, axis=None,
                  scale=alt.Scale(type="band", paddingInner=0, paddingOuter=0))
    panel_width = COLUMN_STEP * len(theories)
    aspect_text = panel_base.mark_text(align="left", baseline="top", fontWeight=600, fontSize=12).encode(
        x=alt.value(0), y=row_y, text="aspect_label:N")
    full_text = panel_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT,
                                     fontSize=12).encode(
        x=alt.value(DETAIL_TEXT_X), y=row_y, text="text_lines:N", tooltip=tooltip)
    source_text = panel_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT - 2,
                                       fontSize=10.5, color=MUTED_TEXT).encode(
        x=alt.value(DETAIL_TEXT_X), y=row_y, yOffset=alt.YOffset("source_offset:Q", scale=None),
        text="source_lines:N", tooltip=tooltip)
    panel = alt.layer(aspect_text, full_text, source_text).properties(
        width=panel_width, height=alt.Step(detail_lines * LINE_HEIGHT + 12),
        title=alt.Title(alt.expr("'In full: ' + theory_pick"), fontSize=13, fontWeight=600, anchor="start"))

    chart = alt.vconcat(grid, panel, spacing=24).add_params(pick)
    return finish_chart(
        chart, title=title,
        source="LeClercq (2023), Parts II-III, and the authors she cites; see each cell's tooltip",
        description=description,
        table=ChartTable(table, {"theory": "Theory", "aspect_label": "Aspect", "text": "In the book's words",
                                 "attributed_to": "Whose argument", "source": "Source"},
                         csv_file="theory_comparison.csv"),
    )
