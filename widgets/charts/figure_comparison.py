"""Figure-disagreement view: each source's value for one statistic, side by side with its date."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ChartTable, finish_chart, row_layout, row_lines
from widgets.formatting import format_date, format_figure, latest_date
from widgets.i18n import say

US_GOVERNMENT = "U.S. government"
OTHERS = "Scholars, press and others"

# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["measure_label", "claim", "claim_lines", "claimant_type", "value", "figure_text", "reported_by", "as_of_text", "source"]


def _as_of(date_text: str, precision: str, lang: str) -> str:
    """'as of May 2021'; in Spanish 'al 5 de abril de 2024' for a day, 'a febrero de 2024' otherwise."""
    if lang == "en":
        return "as of " + date_text
    return say("as of the day {date}" if precision == "day" else "as of {date}", lang, date=date_text)


def figure_comparison_table(stats: pd.DataFrame, measure_labels: dict[str, str], lang: str = "en") -> pd.DataFrame:
    """Tidy rows for the chart: one per (measure, source), with the words a reader sees.

    ``measure_labels`` maps measure names (from ``rrm_statistics.measure``) to plain-language
    labels, in the order the control should offer them; other measures are left out. With ``lang``
    other than English the figures, dates, claimants and notes are said in it (:mod:`widgets.i18n`;
    data/rrm_statistics.csv keeps them in English); the source stays as the source is named.
    """
    rows = stats[stats["measure"].isin(measure_labels)].copy()
    if rows.empty:
        raise ValueError(f"no rows for measures {list(measure_labels)}")
    rows["measure_label"] = rows["measure"].map(measure_labels)
    if lang == "en":
        rows["figure_text"] = [format_figure(r.value, r.unit, r.qualifier, r.value_high) for r in rows.itertuples()]
        rows["as_of_text"] = [format_date(r.as_of, r.as_of_precision) for r in rows.itertuples()]
    else:
        rows["figure_text"] = [format_figure(r.value, r.unit, r.qualifier, r.value_high, lang) for r in rows.itertuples()]
        rows["as_of_text"] = [format_date(r.as_of, r.as_of_precision, lang) for r in rows.itertuples()]
    rows["claimant_type"] = [US_GOVERNMENT if str(r).startswith("USTR") else OTHERS for r in rows["reported_by"]]
    if lang != "en":
        rows["claimant_type"] = rows["claimant_type"].map(lambda text: say(text, lang))
        for column in ("reported_by", "note"):
            rows[column] = rows[column].map(lambda text: say(text, lang), na_action="ignore")
    # Two-line axis label (split on " | " by the chart): who claims it, then when.
    rows["claim"] = [f"{r.reported_by} | {_as_of(r.as_of_text, r.as_of_precision, lang)}" for r in rows.itertuples()]
    rows["claim_lines"] = rows["claim"].map(row_lines)
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
                            description: str, lang: str = "en") -> alt.LayerChart:
    """Bars of each source's stated value for the statistic picked in a drop-down.

    The drop-down is a Vega-Lite parameter bound to a select element, so it works in the
    static page; hovering a bar shows the exact wording, date, claimant and source locator.
    ``lang`` is the language of the chart's words (:mod:`widgets.i18n`); ``measure_labels`` are
    given in it.
    """
    table = figure_comparison_table(stats, measure_labels, lang)
    labels = list(dict.fromkeys(table["measure_label"]))
    pick = alt.param(name="figure", value=labels[0],
                     bind=alt.binding_select(options=labels, name=say("Statistic: ", lang)))
    base = alt.Chart(table[CHART_FIELDS]).transform_filter(alt.datum.measure_label == pick)
    # An explicit order: a field sort is ignored when layers share the axis. The table is already
    # in (statistic, date) order, and the filter keeps that order for the statistic shown.
    # Who claims it and when sits above each bar (wrapped), so the bars keep a phone's width.
    y = alt.Y("claim:N", title=None, sort=list(dict.fromkeys(table["claim"])), axis=None)
    rows = row_layout(table["claim_lines"])
    words = {w: say(w, lang) for w in ("Statistic", "As stated", "Claimed by", "As of", "Source", "Note")}
    tooltip = [alt.Tooltip("measure_label:N", title=words["Statistic"]),
               alt.Tooltip("figure_text:N", title=words["As stated"]),
               alt.Tooltip("reported_by:N", title=words["Claimed by"]),
               alt.Tooltip("as_of_text:N", title=words["As of"]),
               alt.Tooltip("source:N", title=words["Source"])]
    bars = base.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y,
        x=alt.X("value:Q", title=say("Stated figure (the lower bound where the source says 'more than')", lang),
                axis=alt.Axis(format=",.0f", tickCount=4)),
        color=alt.Color("claimant_type:N", title=say("Who makes the claim", lang),
                        scale=alt.Scale(domain=[say(US_GOVERNMENT, lang), say(OTHERS, lang)])),
        tooltip=tooltip,
    )
    text = base.mark_text(align="left", dx=4, fontWeight=600, yOffset=rows.mark_offset).encode(
        y=y, x="value:Q", text="figure_text:N", tooltip=tooltip)
    names = rows.label(base, y, "claim_lines").encode(tooltip=tooltip)
    chart = alt.layer(bars, text, names).add_params(pick).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source=say("see each bar's tooltip; all rows in rrm_statistics.csv", lang),
        description=description, lang=lang,
        table=ChartTable(table, {"measure_label": words["Statistic"], "figure_text": words["As stated"],
                                 "reported_by": words["Claimed by"], "as_of_text": words["As of"],
                                 "source": words["Source"], "note": words["Note"]}, csv_file="rrm_statistics.csv"),
    )
