"""Figure-disagreement view: each source's value for one statistic, side by side with its date."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ChartTable, finish_chart, row_layout, row_lines
from widgets.formatting import format_date, format_figure, latest_date

# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["measure_label", "claim", "claim_lines", "claimant_type", "value", "figure_text", "reported_by", "as_of_text", "source"]


def figure_comparison_table(stats: pd.DataFrame, measure_labels: dict[str, str]) -> pd.DataFrame:
    """Tidy rows for the chart: one per (measure, source), with the words a reader sees.

    ``measure_labels`` maps measure names (from ``rrm_statistics.measure``) to plain-language
    labels, in the order the control should offer them; other measures are left out.
    """
    rows = stats[stats["measure"].isin(measure_labels)].copy()
    if rows.empty:
        raise ValueError(f"no rows for measures {list(measure_labels)}")
    rows["measure_label"] = rows["measure"].map(measure_labels)
    rows["figure_text"] = [format_figure(r.value, r.unit, r.qualifier, r.value_high) for r in rows.itertuples()]
    rows["as_of_text"] = [format_date(r.as_of, r.as_of_precision) for r in rows.itertuples()]
    # Two-line axis label (split on " | " by the chart): who claims it, then when.
    rows["claim"] = rows["reported_by"] + " | as of " + rows["as_of_text"]
    rows["claim_lines"] = rows["claim"].map(row_lines)
    rows["claimant_type"] = ["U.S. government" if str(r).startswith("USTR") else "Scholars, press and others"
                             for r in rows["reported_by"]]
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    rows["note"] = rows["note"].fillna("")
    rows["as_of_iso"] = rows["as_of"].dt.strftime("%Y-%m-%d")
    # Order by the latest day each date can mean, so "2024" sorts after "April 5, 2024".
    rows["sort_date"] = [latest_date(r.as_of, r.as_of_precision) for r in rows.itertuples()]
    order = {m: i for i, m in enumerate(measure_labels)}
    rows = rows.sort_values(by=["measure", "sort_date"], key=lambda s: s.map(order) if s.name == "measure" else s)
    columns = ["figure_id", "measure_label", "figure_text", "value", "claim", "claim_lines", "as_of_iso", "as_of_text", "reported_by",
               "claimant_type", "source", "note"]
    return rows[columns].astype({c: "object" for c in columns if c != "value"}).astype({"value": "float"}).reset_index(drop=True)


def figure_comparison_chart(stats: pd.DataFrame, measure_labels: dict[str, str], *, title: str,
                            description: str) -> alt.LayerChart:
    """Bars of each source's stated value for the statistic picked in a drop-down.

    The drop-down is a Vega-Lite parameter bound to a select element, so it works in the
    static page; hovering a bar shows the exact wording, date, claimant and source locator.
    """
    table = figure_comparison_table(stats, measure_labels)
    labels = list(dict.fromkeys(table["measure_label"]))
    pick = alt.param(name="figure", value=labels[0],
                     bind=alt.binding_select(options=labels, name="Statistic: "))
    base = alt.Chart(table[CHART_FIELDS]).transform_filter(alt.datum.measure_label == pick)
    # An explicit order: a field sort is ignored when layers share the axis. The table is already
    # in (statistic, date) order, and the filter keeps that order for the statistic shown.
    # Who claims it and when sits above each bar (wrapped), so the bars keep a phone's width.
    y = alt.Y("claim:N", title=None, sort=list(dict.fromkeys(table["claim"])), axis=None)
    rows = row_layout(table["claim_lines"])
    tooltip = [alt.Tooltip("measure_label:N", title="Statistic"),
               alt.Tooltip("figure_text:N", title="As stated"),
               alt.Tooltip("reported_by:N", title="Claimed by"),
               alt.Tooltip("as_of_text:N", title="As of"),
               alt.Tooltip("source:N", title="Source")]
    bars = base.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y,
        x=alt.X("value:Q", title="Stated figure (the lower bound where the source says 'more than')",
                axis=alt.Axis(format=",.0f", tickCount=4)),
        color=alt.Color("claimant_type:N", title="Who makes the claim",
                        scale=alt.Scale(domain=["U.S. government", "Scholars, press and others"])),
        tooltip=tooltip,
    )
    text = base.mark_text(align="left", dx=4, fontWeight=600, yOffset=rows.mark_offset).encode(
        y=y, x="value:Q", text="figure_text:N", tooltip=tooltip)
    names = rows.label(base, y, "claim_lines").encode(tooltip=tooltip)
    chart = alt.layer(bars, text, names).add_params(pick).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source="see each bar's tooltip; all rows in rrm_statistics.csv",
        description=description,
        table=ChartTable(table, {"measure_label": "Statistic", "figure_text": "As stated", "reported_by": "Claimed by",
                                 "as_of_text": "As of", "source": "Source", "note": "Note"}, csv_file="rrm_statistics.csv"),
    )
