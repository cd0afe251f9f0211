"""Magnitude comparison: dollar figures of very different sizes on one log scale, each read against a
figure the reader picks (for example, trade preferences suspended against the trade deficit).
"""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart, row_layout, row_lines
from widgets.formatting import dollars_in_words, format_date
from widgets.theme import MUTED_COLOR


def magnitude_table(figures: pd.DataFrame, labels: dict[str, str], kinds: dict[str, str]) -> pd.DataFrame:
    """Tidy rows for the chart, one per figure, in the order of ``labels``.

    ``figures`` has the columns of ``other_figures.csv``; ``labels`` maps a ``figure_id`` to the short
    label the chart shows and ``kinds`` maps it to what the figure measures (the colour legend).
    Every figure must be in U.S. dollars.
    """
    missing = [figure_id for figure_id in labels if figure_id not in set(figures["figure_id"])]
    if missing:
        raise KeyError(f"no rows for figure ids {missing}")
    if set(labels) - set(kinds):
        raise KeyError(f"no kind given for {sorted(set(labels) - set(kinds))}")
    rows = figures.set_index("figure_id").loc[list(labels)].reset_index()
    if (rows["unit"] != "usd").any():
        raise ValueError("a magnitude chart compares U.S. dollar figures only")
    high = rows["value_high"].where(rows["value_high"].notna(), rows["value"])
    table = pd.DataFrame({
        "figure_id": rows["figure_id"],
        "label": rows["figure_id"].map(labels),
        "kind": rows["figure_id"].map(kinds),
        "value": rows["value"].astype(float),
        "value_high": high.astype(float),
        "figure_text": [dollars_in_words(r.value, r.qualifier, r.value_high) for r in rows.itertuples()],
        "as_of_text": ["not dated" if pd.isna(r.as_of) else format_date(r.as_of, r.as_of_precision)
                       for r in rows.itertuples()],
        "reported_by": rows["reported_by"],
        "source": [source_label(r.citation_key, r.locator) for r in rows.itertuples()],
        "note": rows["note"].fillna(""),
    })
    # Two-line axis label (split on " | " by the chart): what the figure is, then its value.
    table["row_label"] = table["label"] + " | " + table["figure_text"]
    table["row_lines"] = table["row_label"].map(row_lines)
    text_columns = [c for c in table.columns if c not in ("value", "value_high")]
    return table.astype({c: "object" for c in text_columns}).reset_index(drop=True)


# The fields the chart draws, computes with or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["label", "kind", "value", "value_high", "row_label", "row_lines", "figure_text", "as_of_text", "reported_by", "source",
                "note"]


def _ratio_words(field: str) -> str:
    """Vega expression: a ratio as '6.5%' below one, '15×' from one up."""
    return (f"({field} >= 1 ? format({field}, '.2~r') + '×' : format({field} * 100, '.2~r') + '%')")


def magnitude_chart(figures: pd.DataFrame, labels: dict[str, str], kinds: dict[str, str], *, title: str,
                    description: str, reference: str | None = None) -> alt.LayerChart:
    """Dollar figures on a logarithmic axis, each labelled as a share or multiple of a chosen figure.

    A drop-down (a Vega-Lite parameter bound to a select element, so it works in the static page)
    picks the figure to compare with; a dashed line marks it, and every other figure's label becomes
    its share ('6.5%') or multiple ('15×') of it. Ranges are drawn as a line from low to high.
    Hovering shows the figure as its source words it, the date, the claimant, the source and notes.
    ``reference`` is the ``figure_id`` chosen at first (default: the first in ``labels``).
    """
    table = magnitude_table(figures, labels, kinds)
    options = list(table["label"])
    start = labels[reference] if reference is not None else options[0]
    pick = alt.param(name="reference", value=start,
                     bind=alt.binding_select(options=options, name="Compare each figure with: "))
    ratio_low, ratio_high = "datum.value / datum.reference_value", "datum.value_high / datum.reference_value"
    base = (alt.Chart(table[CHART_FIELDS])
            .transform_calculate(reference_low="datum.label === reference ? datum.value : 0")
            .transform_joinaggregate(reference_value="max(reference_low)")
            .transform_calculate(
                is_reference="datum.label === reference",
                ratio_text=(f"datum.label === reference ? 'the chosen figure' : "
                            f"(datum.value_high > datum.value ? {_ratio_words(ratio_low)} + '–' + "
                            f"{_ratio_words(ratio_high)} : {_ratio_words(ratio_low)})")))
    low, high = float(table["value"].min()), float(table["value_high"].max())
    # The labels sit at the upper end of each figure, so every layer shares one scale, axis and title.
    domain = [low / 3, high * 25]  # room on the right for the labels
    # Gridlines and labels at powers of ten only: a log axis otherwise draws every 2, 3, ... 9 in between.
    decades = [10.0 ** k for k in range(math.ceil(math.log10(domain[0])), math.floor(math.log10(domain[1])) + 1)]
    x_scale = alt.Scale(type="log", domain=domain, nice=False)
    x_axis = alt.Axis(values=decades, labelExpr=("datum.value >= 1e9 ? '$' + format(datum.value / 1e9, ',') + 'bn' : "
                                                 "'$' + format(datum.value / 1e6, ',') + 'm'"))
    x_title = "U.S. dollars, logarithmic scale (each gridline is ten times the one before)"
    x = alt.X("value:Q", title=x_title, scale=x_scale, axis=x_axis)
    # What each figure is sits above its dot (wrapped), so the scale keeps a phone's width.
    y = alt.Y("row_label:N", title=None, sort=list(table["row_label"]), axis=None)
    rows = row_layout(table["row_lines"])
    tooltip = [alt.Tooltip("label:N", title="Figure"), alt.Tooltip("figure_text:N", title="As stated"),
               alt.Tooltip("ratio_text:N", title="Compared with the chosen figure"),
               alt.Tooltip("as_of_text:N", title="As of"), alt.Tooltip("reported_by:N", title="Claimed by"),
               alt.Tooltip("source:N", title="Source"), alt.Tooltip("note:N", title="Note")]
    color = alt.Color("kind:N", title="What the figure measures")
    spans = base.mark_rule(strokeWidth=4, opacity=0.7, yOffset=rows.mark_offset).encode(x=x, x2="value_high:Q", y=y, color=color,
                                                              tooltip=tooltip)
    points = base.mark_point(filled=True, size=120, opacity=0.95, yOffset=rows.mark_offset).encode(
        x=x, y=y, color=color, tooltip=tooltip,
        shape=alt.condition("datum.label === reference", alt.value("diamond"), alt.value("circle")))
    ratio_labels = base.mark_text(align="left", dx=9, fontWeight=600, yOffset=rows.mark_offset).encode(
        x=alt.X("value_high:Q", title=x_title, scale=x_scale, axis=x_axis), y=y, text="ratio_text:N",
        tooltip=tooltip)
    marker = base.transform_filter("datum.label === reference").mark_rule(strokeDash=[5, 4], color=MUTED_COLOR).encode(
        x=x)
    names = rows.label(base, y, "row_lines").encode(tooltip=tooltip)
    chart = alt.layer(marker, spans, points, ratio_labels, names).add_params(pick).properties(
        width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source="see each figure's tooltip; all rows in other_figures.csv",
        description=description,
        table=ChartTable(table, {"label": "Figure", "figure_text": "As stated", "as_of_text": "As of",
                                 "reported_by": "Claimed by", "source": "Source", "note": "Note"},
                         csv_file="other_figures.csv"),
    )
