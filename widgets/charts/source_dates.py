"""Dates-by-source view: how each source dates the same event, drawn as the span its wording allows."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ChartTable, finish_chart, row_layout, row_lines
from widgets.datapackage import allowed_values
from widgets.formatting import format_date

# Every date label carries its year: "2015" at a new year, "Jun 2014" within one (Vega's default
# labels drop the year inside a year: "April October").
YEARS_ON_LABELS = ("month(datum.value) === 0 && date(datum.value) === 1 ? timeFormat(datum.value, '%Y') "
                   ": timeFormat(datum.value, '%b %Y')")
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["dated_event", "claim", "claim_lines", "start_iso", "end_iso", "mid_iso", "precision", "moment", "wording", "can_mean",
                "reported_by", "source", "note"]


def _can_mean(earliest: pd.Timestamp, latest: pd.Timestamp) -> str:
    """'June 26, 2014', or 'any day from January 1, 2015 to December 31, 2015'."""
    if earliest == latest:
        return format_date(earliest, "day")
    return f"any day from {format_date(earliest, 'day')} to {format_date(latest, 'day')}"


def source_dates_table(dates: pd.DataFrame, case_id: str | None = None) -> pd.DataFrame:
    """One row per source's dating, with the span it can mean and the words a reader sees.

    ``dates`` is the ``event_dates_by_source`` resource. Events keep the order of their earliest
    dating; within an event, datings run from the earliest to the latest.
    """
    rows = dates if case_id is None else dates[dates["case_id"] == case_id]
    if rows.empty:
        raise ValueError(f"no datings for case {case_id!r}")
    bad = rows[rows["latest"] < rows["earliest"]]
    if not bad.empty:
        raise ValueError(f"latest is before earliest in {list(bad['dating_id'])}")
    out = pd.DataFrame({
        "dating_id": rows["dating_id"],
        "dated_event": rows["dated_event"],
        "wording": "\u201c" + rows["wording"] + "\u201d",
        # Two-line axis label (split on " | " by the chart): who, then their words.
        "claim": rows["reported_by"] + " | \u201c" + rows["wording"] + "\u201d",
        "start_iso": rows["earliest"].dt.strftime("%Y-%m-%d"),
        # The bar ends at the start of the day after the latest day, so "2015" fills the whole year.
        "end_iso": (rows["latest"] + pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d"),
        # Day-precise datings are marked at midday, the middle of their one-day span.
        "mid_iso": (rows["earliest"] + pd.Timedelta(hours=12)).dt.strftime("%Y-%m-%dT%H:%M:%S"),
        "can_mean": [_can_mean(r.earliest, r.latest) for r in rows.itertuples()],
        "precision": rows["precision"],
        "moment": rows["moment"],
        "source_type": rows["source_type"],
        "reported_by": rows["reported_by"],
        "source": [source_label(r.citation_key, r.locator) for r in rows.itertuples()],
        "note": rows["note"].fillna(""),
        "_earliest": rows["earliest"],
        "_latest": rows["latest"],
    })
    out["claim_lines"] = out["claim"].map(row_lines)
    first = out.groupby("dated_event")["_earliest"].transform("min")
    out = out.assign(_first=first).sort_values(["_first", "_earliest", "_latest", "dating_id"])
    return out.drop(columns=["_first", "_earliest", "_latest"]).astype("object").reset_index(drop=True)


def source_dates_chart(dates: pd.DataFrame, *, title: str, description: str,
                       case_id: str | None = None, initial_event: str | None = None) -> alt.LayerChart:
    """Each source's date for the event picked in a drop-down, as the span of days its words allow.

    A year ("in 2015") is a bar across the whole year, a range ("2014–15") a bar across both, and a
    day a point, so a reader sees at once which datings can agree. Controls that work in the static
    page: a drop-down (a Vega-Lite parameter bound to a select element) picks the event, and
    clicking a legend entry highlights the datings that mark that moment (the decision, the day it
    took effect, or an unspecified moment). Hovering shows the source's own words, every day they
    can mean, what the date marks, who says so and the source locator. ``initial_event`` is the
    event shown first (by default the one dated earliest).
    """
    table = source_dates_table(dates, case_id)
    events = list(dict.fromkeys(table["dated_event"]))
    if initial_event is not None and initial_event not in events:
        raise ValueError(f"no datings for event {initial_event!r}; the events are {events}")
    pick = alt.param(name="dated_event_pick", value=initial_event or events[0],
                     bind=alt.binding_select(options=events, name="Event: "))
    highlight = alt.selection_point(name="moment_pick", fields=["moment"], bind="legend")
    base = alt.Chart(table[CHART_FIELDS]).transform_filter(alt.datum.dated_event == pick)
    # Who dates it and in what words sits above each bar (wrapped), so the time axis keeps a phone's width.
    y = alt.Y("claim:N", title=None, sort=list(table["claim"]), axis=None)
    rows = row_layout(table["claim_lines"])
    x_title = "Date (a bar covers every day the source's words can mean)"
    x = alt.X("start_iso:T", title=x_title, scale=alt.Scale(padding=14),
              # Years on every label ("Jun 2014"), however far the reader zooms.
              axis=alt.Axis(labelOverlap="greedy", grid=True, labelExpr=YEARS_ON_LABELS, tickCount={"expr": "ceil(width / 90)"}))
    color = alt.Color("moment:N", title="What the date marks",
                      scale=alt.Scale(domain=allowed_values("event_dates_by_source", "moment")),
                      legend=alt.Legend(titleLimit=400))
    opacity = alt.condition(highlight, alt.value(0.9), alt.value(0.15))
    tooltip = [alt.Tooltip("dated_event:N", title="Event"),
               alt.Tooltip("wording:N", title="In the source's words"),
               alt.Tooltip("can_mean:N", title="Can mean"),
               alt.Tooltip("moment:N", title="What the date marks"),
               alt.Tooltip("reported_by:N", title="Claimed by"),
               alt.Tooltip("source:N", title="Source"),
               alt.Tooltip("note:N", title="Note")]
    spans = base.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        x=x, x2="end_iso:T", y=y, color=color, opacity=opacity, tooltip=tooltip,
    ).add_params(highlight)
    # A single day is too thin to see as a bar, so day-precise datings are also drawn as points.
    days = base.transform_filter(alt.datum.precision == "day").mark_point(
        filled=True, size=120, shape="diamond", yOffset=rows.mark_offset).encode(
        # The same colour definition as the bars: a layer with legend=None would hide the merged legend.
        x=alt.X("mid_iso:T", title=x_title), y=y, color=color, opacity=opacity, tooltip=tooltip)
    names = rows.label(base, y, "claim_lines").encode(tooltip=tooltip)
    chart = alt.layer(spans, days, names).add_params(pick).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source="the source named in each tooltip; all rows in event_dates_by_source.csv",
        description=description,
        hint="Click a colour in the legend to highlight the datings of that moment; hover a bar for its source.",
        table=ChartTable(table, {"dated_event": "Event", "reported_by": "Claimed by", "wording": "In the source's words",
                                 "can_mean": "Can mean", "moment": "What the date marks", "source": "Source"},
                         csv_file="event_dates_by_source.csv"),
    )
