"""Recommendations map: what the sources recommend, who recommends it, which problem it answers, and
the figure it rests on.

The top panel is a grid with the problems down the side and the recommenders across the top; each
dot is one recommendation, filled when it rests on a figure in the data package and hollow when its
source gives none. Two drop-downs (Vega-Lite parameters bound to select elements, so they work in
the static page) pick a recommender and a problem: matching dots stay dark, a status line counts
them, and the panel below lists them in full with their evidence figure and source. Hovering a dot
or a listed recommendation shows who made it, the evidence figure and its date, and both sources.

The evidence figure is never typed into ``recommendations.csv``: each row names a row of another
resource (``evidence_resource`` and ``evidence_id``, optionally read against ``comparison_id``), and
:func:`recommendations_table` looks it up and phrases it, so a correction to the figure's own row
reaches this chart too. The data validator checks that every named row exists (the schema's
``x-evidenceLookup`` rule).
"""

from __future__ import annotations

import json
import textwrap

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart, wrap_lines
from widgets.datapackage import resource_schema
from widgets.formatting import figure_in_words, format_date, format_number
from widgets.theme import BACKGROUND_COLOR, BLUE, HIGHLIGHT_FILL, MUTED_COLOR, PLAIN_FILL, TEXT_COLOR

ALL = "All"
WITH_FIGURE = "Rests on a figure in the data"
WITHOUT_FIGURE = "Source gives no figure"

# Layout, in pixels and characters. Vega does not wrap text, so texts are pre-wrapped to widths (in
# characters) that fit at the font sizes used; the figure must fit the book's text column (~690 px).
COLUMN_STEP = 82          # width of one recommender's column in the grid
COLUMN_PADDING = 0.08     # share of a column left blank between cells
ROW_STEP = 34             # height of one problem's row in the grid
HEADER_CHARS = 13         # characters per line of a recommender's name above its column
PROBLEM_CHARS = 26        # characters per line of a problem's name left of its row
DOT_GAP = 17              # pixels between the dots of one grid cell
# The list below the grid is as wide as the grid's columns (it starts where they start).
LIST_TITLE_CHARS = 64     # characters per line of a recommendation's statement (12.5 px, bold)
LIST_DETAIL_CHARS = 74    # characters per line of the recommendation in full (12 px)
LIST_EVIDENCE_CHARS = 76  # characters per line of the evidence line (11.5 px)
LIST_SOURCE_CHARS = 84    # characters per line of the source line (10.5 px)
LINE_HEIGHT = 15
HEADER_LINE_HEIGHT = 13
MUTED_TEXT = MUTED_COLOR
TEXT = TEXT_COLOR
DOT_COLOR = BLUE
# The fields the grid's dots and the list draw, filter on or show in their tooltips (their data carries
# no others).
CHART_FIELDS = ["recommendation_id", "recommendation", "recommended_by", "recommender_role", "problem", "source",
                "evidence_kind", "evidence_text", "evidence_as_of", "evidence_source", "dot_offset", "title_lines",
                "detail_lines", "evidence_lines", "source_lines", "detail_offset", "evidence_offset", "source_offset"]


def _evidence_row(frames: dict[str, pd.DataFrame], resource: str, row_id: str, recommendation_id: str) -> pd.Series:
    if resource not in frames:
        raise KeyError(f"recommendation '{recommendation_id}' needs the '{resource}' resource; pass it in `evidence`")
    frame = frames[resource]
    (id_column,) = resource_schema(resource)["primaryKey"]  # rows are named by their primary key
    matches = frame[frame[id_column] == row_id]
    if len(matches) != 1:
        raise KeyError(f"recommendation '{recommendation_id}': no row '{row_id}' in {resource}")
    return matches.iloc[0]


def _figure(row: pd.Series, resource: str) -> str:
    """One evidence row phrased: 'more than 36,000', '38% (all workers)'."""
    if resource == "field_study_results":
        return f"{format_number(row['percent'], 'percent')} ({row['group']})"
    return figure_in_words(float(row["value"]), str(row["unit"]), str(row["qualifier"]), row["value_high"])


def _as_of(row: pd.Series) -> str:
    if "as_of" not in row.index or pd.isna(row["as_of"]):
        return "not dated"
    return format_date(row["as_of"], row["as_of_precision"])


def _compare(first: pd.Series, second: pd.Series, resource: str, how: str) -> str:
    """'29 of 54 (54%)' for a share; '$334 billion versus $505 billion (a gap of $171 billion)' side by side."""
    if resource == "field_study_results":
        if how != "versus":
            raise ValueError("field-study percentages can only be read 'versus' each other")
        gap = abs(float(first["percent"]) - float(second["percent"]))
        return f"{_figure(first, resource)} versus {_figure(second, resource)}: a gap of {gap:.0f} points"
    if first["unit"] != second["unit"]:
        raise ValueError(f"cannot compare '{first['unit']}' with '{second['unit']}'")
    a, b = float(first["value"]), float(second["value"])
    if how == "share of":
        return f"{_figure(first, resource)} of {_figure(second, resource)} ({a / b:.0%})"
    text = f"{_figure(first, resource)} versus {_figure(second, resource)}"
    exact = first["qualifier"] == "exactly" and second["qualifier"] == "exactly"
    if exact and first["unit"] != "percent":
        text += f" (a gap of {figure_in_words(abs(b - a), str(first['unit']))})"
    return text


def recommendations_table(recommendations: pd.DataFrame, evidence: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per recommendation, with its evidence figure looked up, phrased and sourced.

    ``evidence`` maps resource names (``rrm_statistics``, ``field_study_results``, ``other_figures``)
    to their frames. Raises KeyError if an evidence row is missing and ValueError if a row's evidence
    fields are inconsistent (a comparison without an evidence row, or a comparison without its kind).
    """
    out = []
    for rec in recommendations.itertuples():
        resource, evidence_id = rec.evidence_resource, rec.evidence_id
        has_evidence = not pd.isna(evidence_id)
        if has_evidence == pd.isna(resource):
            raise ValueError(f"recommendation '{rec.recommendation_id}': give evidence_resource and evidence_id together")
        if pd.isna(rec.comparison) != pd.isna(rec.comparison_id):
            raise ValueError(f"recommendation '{rec.recommendation_id}': give comparison and comparison_id together")
        if not pd.isna(rec.comparison_id) and not has_evidence:
            raise ValueError(f"recommendation '{rec.recommendation_id}': a comparison needs an evidence row")
        if has_evidence:
            first = _evidence_row(evidence, resource, evidence_id, rec.recommendation_id)
            rows = [first]
            if pd.isna(rec.comparison_id):
                figure = _figure(first, resource)
            else:
                second = _evidence_row(evidence, resource, rec.comparison_id, rec.recommendation_id)
                rows.append(second)
                figure = _compare(first, second, resource, rec.comparison)
            sources = list(dict.fromkeys(source_label(r["citation_key"], r["locator"]) for r in rows))
            evidence_source = "; ".join(sources)
            as_of = " and ".join(dict.fromkeys(_as_of(r) for r in rows))
            label = rec.evidence_label if not pd.isna(rec.evidence_label) else ""
            evidence_text = f"{label}: {figure}" if label else figure
        else:
            figure, evidence_source, as_of = "", "", ""
            evidence_text = "The source gives no figure for this."
        out.append({
            "recommendation_id": rec.recommendation_id,
            "recommendation": rec.recommendation,
            "detail": rec.detail,
            "recommended_by": rec.recommended_by,
            "recommender_role": "" if pd.isna(rec.recommender_role) else rec.recommender_role,
            "problem": rec.problem,
            "evidence_kind": WITH_FIGURE if has_evidence else WITHOUT_FIGURE,
            "evidence_figure": figure,
            "evidence_text": evidence_text,
            "evidence_as_of": as_of,
            "evidence_source": evidence_source,
            "source": source_label(rec.citation_key, rec.locator),
            "note": "" if pd.isna(rec.note) else rec.note,
        })
    table = pd.DataFrame(out)
    return table.astype("object").reset_index(drop=True)


def _options(table: pd.DataFrame, column: str, order: list[str] | None) -> list[str]:
    present = list(dict.fromkeys(table[column]))
    if order is None:
        return present
    unknown = [v for v in present if v not in order]
    if unknown:
        raise ValueError(f"{column} values missing from the given order: {unknown}")
    return [v for v in order if v in present]


def recommendations_chart(recommendations: pd.DataFrame, evidence: dict[str, pd.DataFrame], *, title: str,
                          description: str, problems: list[str] | None = None,
                          recommenders: list[str] | None = None, initial_problem: str = ALL,
                          initial_recommender: str = ALL) -> alt.VConcatChart:
    """A grid of recommendations (problems down, recommenders across) above a filtered list.

    ``problems`` and ``recommenders`` fix the order of rows and columns (by default, first use in the
    data); ``initial_problem`` and ``initial_recommender`` set the drop-downs at first ('All' shows
    everything).
    """
    table = recommendations_table(recommendations, evidence)
    problem_order = _options(table, "problem", problems)
    who_order = _options(table, "recommended_by", recommenders)
    for start, choices in ((initial_problem, problem_order), (initial_recommender, who_order)):
        if start != ALL and start not in choices:
            raise ValueError(f"'{start}' is not one of {choices}")

    # Dots that share a grid cell sit side by side: a pixel offset from the cell's centre.
    table["slot"] = table.groupby(["problem", "recommended_by"]).cumcount()
    table["cell_size"] = table.groupby(["problem", "recommended_by"])["recommendation_id"].transform("count")
    # xOffset without a scale counts pixels from the start of the column's band, so add half a band.
    half_band = COLUMN_STEP * (1 - COLUMN_PADDING) / 2
    table["dot_offset"] = half_band + (table["slot"] - (table["cell_size"] - 1) / 2) * DOT_GAP
    table["problem_order"] = table["problem"].map(problem_order.index)
    table = table.sort_values(["problem_order", "slot"], kind="stable").reset_index(drop=True)
    table["title_lines"] = [wrap_lines(t, LIST_TITLE_CHARS) for t in table["recommendation"]]
    table["evidence_lines"] = [wrap_lines(f"Evidence: {t}", LIST_EVIDENCE_CHARS) for t in table["evidence_text"]]
    table["source_lines"] = [wrap_lines(f"Recommended by {w}. Source: {s}", LIST_SOURCE_CHARS)
                             for w, p, s in zip(table["recommended_by"], table["problem"], table["source"])]
    table["detail_lines"] = [wrap_lines(t, LIST_DETAIL_CHARS) for t in table["detail"]]
    # Each part of a listed recommendation is pushed below the one before by a pixel offset.
    table["detail_offset"] = [(t.count("\n") + 1) * LINE_HEIGHT + 2 for t in table["title_lines"]]
    table["evidence_offset"] = [o + (d.count("\n") + 1) * LINE_HEIGHT + 3
                                for o, d in zip(table["detail_offset"], table["detail_lines"])]
    table["source_offset"] = [o + (e.count("\n") + 1) * (LINE_HEIGHT - 1) + 1
                              for o, e in zip(table["evidence_offset"], table["evidence_lines"])]

    who = alt.param(name="who", value=initial_recommender,
                    bind=alt.binding_select(options=[ALL, *who_order], name="Recommended by: "))
    problem = alt.param(name="problem", value=initial_problem,
                        bind=alt.binding_select(options=[ALL, *problem_order], name="Problem: "))
    match = f"(who === '{ALL}' || datum.recommended_by === who) && (problem === '{ALL}' || datum.problem === problem)"
    # The full text is printed in the list, not the tooltip, whose values the embedding library cuts
    # off after a few lines.
    tooltip = [alt.Tooltip("recommendation:N", title="Recommendation"),
               alt.Tooltip("recommended_by:N", title="Recommended by"),
               alt.Tooltip("recommender_role:N", title="Who that is"),
               alt.Tooltip("problem:N", title="Problem it answers"),
               alt.Tooltip("source:N", title="Source of the recommendation"),
               alt.Tooltip("evidence_text:N", title="Evidence figure"),
               alt.Tooltip("evidence_as_of:N", title="Figure as of"),
               alt.Tooltip("evidence_source:N", title="Source of the figure")]

    # The grid: every (problem, recommender) cell, shaded when it matches the drop-downs.
    cells = pd.DataFrame([{"problem": p, "recommended_by": w} for p in problem_order for w in who_order])
    header = {w: "|".join(textwrap.wrap(w, HEADER_CHARS, break_long_words=False)) for w in who_order}
    header_lines = max(h.count("|") + 1 for h in header.values())
    problem_labels = {p: "|".join(textwrap.wrap(p, PROBLEM_CHARS)) for p in problem_order}
    x = alt.X("recommended_by:N", sort=who_order, title=None,
              scale=alt.Scale(paddingInner=COLUMN_PADDING, paddingOuter=0),
              axis=alt.Axis(orient="top", labelAngle=0, labelLimit=COLUMN_STEP, domain=False, ticks=False,
                            labelFontWeight=600, labelFontSize=10.5, labelLineHeight=HEADER_LINE_HEIGHT, labelBaseline="bottom",
                            # Vega draws a multi-line label downwards from its anchor: lift the anchor so
                            # the longest name ends just above the grid.
                            labelPadding=6 + (header_lines - 1) * HEADER_LINE_HEIGHT,
                            labelExpr=f"split({json.dumps(header)}[datum.label], '|')"))
    y = alt.Y("problem:N", sort=problem_order, title=None, scale=alt.Scale(paddingInner=0.1, paddingOuter=0),
              axis=alt.Axis(domain=False, ticks=False, labelLimit=200, labelPadding=8, labelLineHeight=13,
                            labelExpr=f"split({json.dumps(problem_labels)}[datum.label], '|')"))
    backdrop = alt.Chart(cells).mark_rect(cornerRadius=3).encode(
        x=x, y=y, fill=alt.condition(match, alt.value(HIGHLIGHT_FILL), alt.value(PLAIN_FILL)))
    dots = alt.Chart().mark_point(shape="circle", size=130, strokeWidth=2, filled=True,
                                       stroke=DOT_COLOR).encode(
        x=x, y=y, xOffset=alt.XOffset("dot_offset:Q", scale=None),
        # The grid's subtitle explains filled and hollow dots: a legend of a concatenated chart is
        # placed beside the whole figure, where it is cut off in the book's text column.
        fill=alt.Fill("evidence_kind:N", scale=alt.Scale(domain=[WITH_FIGURE, WITHOUT_FIGURE],
                                                        range=[DOT_COLOR, BACKGROUND_COLOR]), legend=None),
        opacity=alt.condition(match, alt.value(1.0), alt.value(0.25)),
        tooltip=tooltip)
    grid = alt.layer(backdrop, dots).properties(
        width=alt.Step(COLUMN_STEP), height=alt.Step(ROW_STEP),
        title=alt.Title("Who recommends what, for which problem",
                        subtitle=["Each dot is one recommendation: filled if it rests on a figure in the data, hollow if its",
                                  "source gives none. Hover a dot for the recommendation, its evidence and sources."],
                        fontSize=13, fontWeight=600, subtitleFontSize=11.5, anchor="start", offset=10))

    list_width = COLUMN_STEP * len(who_order)

    # A status line: how many recommendations match, or that there are none. Precomputed for every
    # pair of drop-down choices, so an empty selection still says something.
    status_rows = []
    for w in [ALL, *who_order]:
        for p in [ALL, *problem_order]:
            chosen = table[((table["recommended_by"] == w) | (w == ALL)) & ((table["problem"] == p) | (p == ALL))]
            n, with_figure = len(chosen), int((chosen["evidence_kind"] == WITH_FIGURE).sum())
            if n == 0:
                text = "No recommendation from this recommender on this problem in the sources used here."
            else:
                text = (f"{n} recommendation{'s' if n != 1 else ''} shown; {with_figure} rest{'s' if with_figure == 1 else ''}"
                        f" on a figure in the data.")
            status_rows.append({"who_option": w, "problem_option": p, "status": text})
    status = (alt.Chart(pd.DataFrame(status_rows))
              .transform_filter("datum.who_option === who && datum.problem_option === problem")
              .mark_text(align="left", baseline="top", fontSize=12.5, fontWeight=600, color=TEXT)
              .encode(x=alt.value(0), y=alt.value(0), text="status:N")
              .properties(width=list_width, height=16))

    # The list: matching recommendations, each with its evidence line and source line below it.
    list_lines = max((t.count("\n") + d.count("\n") + e.count("\n") + s.count("\n") + 4)
                     for t, d, e, s in zip(table["title_lines"], table["detail_lines"], table["evidence_lines"],
                                           table["source_lines"]))
    list_base = alt.Chart().transform_filter(match)
    row_y = alt.Y("recommendation_id:N", sort=list(table["recommendation_id"]), title=None, axis=None,
                  scale=alt.Scale(type="band", paddingInner=0, paddingOuter=0), bandPosition=0)
    statement = list_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT,
                                    fontSize=12.5, fontWeight=600, color=TEXT).encode(
        x=alt.value(0), y=row_y, text="title_lines:N", tooltip=tooltip)
    detail_text = list_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT,
                                      fontSize=12, color=TEXT).encode(
        x=alt.value(0), y=row_y, yOffset=alt.YOffset("detail_offset:Q", scale=None), text="detail_lines:N",
        tooltip=tooltip)
    evidence_line = list_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT - 1,
                                        fontSize=11.5, fontStyle="italic", color=TEXT).encode(
        x=alt.value(0), y=row_y, yOffset=alt.YOffset("evidence_offset:Q", scale=None), text="evidence_lines:N",
        tooltip=tooltip)
    source_line = list_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT - 2,
                                      fontSize=10.5, color=MUTED_TEXT).encode(
        x=alt.value(0), y=row_y, yOffset=alt.YOffset("source_offset:Q", scale=None), text="source_lines:N",
        tooltip=tooltip)
    listing = alt.layer(statement, detail_text, evidence_line, source_line).properties(
        width=list_width, height=alt.Step(list_lines * LINE_HEIGHT + 8))

    # The recommendations are the chart's top-level data: the grid's dots and the list inherit them.
    chart = alt.vconcat(grid, status, listing, spacing=14, data=table[CHART_FIELDS]).add_params(who, problem)
    return finish_chart(
        chart, title=title,
        source="see each recommendation's tooltip; recommendations.csv, with figures looked up in other resources",
        description=description,
        table=ChartTable(table, {"recommendation": "Recommendation", "recommended_by": "Recommended by",
                                 "problem": "Problem it answers", "evidence_text": "Evidence figure",
                                 "evidence_source": "Source of the figure", "source": "Source of the recommendation"},
                         csv_file="recommendations.csv"),
    )
