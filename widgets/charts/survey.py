"""Survey explorer: the 2024 field study's results by group, one measure at a time."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import short_citation, source_label
from widgets.charts.conventions import ChartTable, finish_chart
from widgets.datapackage import allowed_values

# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["measure_label", "group", "reported_in", "percent", "percent_text", "n_text", "source", "report_locator",
                "ambiguity_note"]


def sample_note(design: pd.DataFrame) -> str:
    """The honest caveat, built from the design table: who was sampled and how."""
    by_attribute = design.set_index("attribute")
    workers = int(by_attribute.loc["workers_interviewed", "value_number"])
    facilities = int(by_attribute.loc["facilities", "value_number"])
    period = by_attribute.loc["period", "value_text"]
    return (f"A non-probability (snowball) sample of {workers} workers at {facilities} facilities, {period}: "
            "it describes these workers, not all Mexican auto workers.")


def survey_table(results: pd.DataFrame) -> pd.DataFrame:
    """One row per reported figure, with the words the chart shows."""
    rows = results.copy()
    # Sources word the same measure differently ("reform" / "reforms"): one label per measure.
    rows["measure_label"] = rows["measure"].map(rows.groupby("measure")["measure_label"].first())
    rows["percent_text"] = [f"{p:.0f}%" for p in rows["percent"]]
    rows["n_text"] = ["not reported" if pd.isna(n) else f"{int(n):,}" for n in rows["n"]]
    rows["reported_in"] = rows["citation_key"].map(short_citation)
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    rows["report_locator"] = rows["report_locator"].fillna("not given")
    rows["ambiguity_note"] = rows["ambiguity_note"].fillna("")
    columns = ["result_id", "measure_label", "group", "percent", "percent_text", "n_text", "reported_in", "source",
               "report_locator", "ambiguity_note"]
    return rows[columns].astype({c: "object" for c in columns if c != "percent"}).astype({"percent": "float"})


def survey_chart(results: pd.DataFrame, design: pd.DataFrame, *, title: str, description: str,
                 measures: list[str] | None = None) -> alt.LayerChart:
    """Bars of the share of workers in each group, for the measure picked in a drop-down.

    When two sources report the same figure, both bars are shown side by side, so a reader sees
    that they agree (or do not). The tooltip gives n where the source reports it, the locator in
    the citing source and in the underlying report, and any ambiguity about the group.
    """
    table = survey_table(results if measures is None else results[results["measure"].isin(measures)])
    labels = list(dict.fromkeys(table["measure_label"]))
    base = alt.Chart(table[CHART_FIELDS])
    pick = None
    if len(labels) > 1:  # one measure needs no picker (the live explorer passes one at a time)
        pick = alt.param(name="measure", value=labels[0], bind=alt.binding_select(options=labels, name="Measure: "))
        base = base.transform_filter(alt.datum.measure_label == pick)
    groups = [g for g in allowed_values("field_study_results", "group") if g in set(table["group"])]
    y = alt.Y("group:N", title=None, sort=groups, axis=alt.Axis(labelLimit=240))
    tooltip = [alt.Tooltip("measure_label:N", title="Measure"), alt.Tooltip("group:N", title="Group"),
               alt.Tooltip("percent_text:N", title="Share"), alt.Tooltip("n_text:N", title="Workers (n)"),
               alt.Tooltip("source:N", title="Source"), alt.Tooltip("report_locator:N", title="In the study report"),
               alt.Tooltip("ambiguity_note:N", title="Caution")]
    bars = base.mark_bar(height={"band": 0.7}).encode(
        y=y, yOffset=alt.YOffset("reported_in:N"),
        x=alt.X("percent:Q", title="Share of workers (%)", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("reported_in:N", title="Reported in"), tooltip=tooltip)
    text = base.mark_text(align="left", dx=4).encode(
        y=y, yOffset=alt.YOffset("reported_in:N"), x="percent:Q", text="percent_text:N", tooltip=tooltip)
    chart = alt.layer(bars, text).properties(width="container", height=alt.Step(26))
    if pick is not None:
        chart = chart.add_params(pick)
    return finish_chart(
        chart, title=title, source=f"LeClercq (2026), Part I.C, and the study report it cites. {sample_note(design)}",
        description=description,
        table=ChartTable(table, {"measure_label": "Measure", "group": "Group", "percent_text": "Share", "n_text": "n",
                                 "source": "Source", "report_locator": "Study report", "ambiguity_note": "Caution"},
                         csv_file="field_study_results.csv"),
    )
