"""Timeline explorer: dated events by case, with a case picker, a brush to zoom, and sourced tooltips."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart
from widgets.formatting import format_date
from widgets.theme import MUTED_COLOR

ALL_CASES = "All cases"
# Vega cannot fit a concatenated chart to its container, so the views get a fixed width that,
# with the case labels, fits the book's text column.
PLOT_WIDTH = 400
YEAR_MS = 365 * 24 * 60 * 60 * 1000
PRECISION_LABELS = {"day": "the day", "month": "the month", "year": "the year only"}
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["date_iso", "case", "category", "date_known_to", "event", "date_text", "actors", "source"]


def timeline_table(events: pd.DataFrame, cases: pd.DataFrame, case_ids: list[str] | None = None) -> pd.DataFrame:
    """One row per event with the case's name, the date in words at its precision, and the source."""
    rows = events if case_ids is None else events[events["case_id"].isin(case_ids)]
    if rows.empty:
        raise ValueError(f"no timeline events for cases {case_ids}")
    names = cases.set_index("case_id")["name"]
    out = pd.DataFrame({
        "event_id": rows["event_id"],
        "date_iso": rows["date"].dt.strftime("%Y-%m-%d"),
        "date_text": [format_date(r.date, r.date_precision) for r in rows.itertuples()],
        "date_known_to": rows["date_precision"].map(PRECISION_LABELS),
        "case": rows["case_id"].map(names),
        "category": rows["category"],
        "event": rows["event"],
        "actors": rows["actors"].fillna("—"),
        "source": [source_label(r.citation_key, r.locator) for r in rows.itertuples()],
    })
    return out.sort_values(["date_iso", "event_id"]).astype("object").reset_index(drop=True)


def timeline_chart(events: pd.DataFrame, cases: pd.DataFrame, *, title: str, description: str,
                   case_ids: list[str] | None = None, initial_period: tuple[str, str] | None = None,
                   case_picker: bool = True, height_per_case: int = 30) -> alt.VConcatChart:
    """Events on a time axis, one row per case, coloured by category.

    Controls that work in the static page: a drop-down to show one case or all (when more than one
    case is shown), and a brush on the overview strip below to zoom the time axis (drag to select a
    period, double-click to reset). Hovering an event shows what happened, the date at the precision
    the source gives, who acted and the source.
    """
    table = timeline_table(events, cases, case_ids)
    case_names = list(dict.fromkeys(table.sort_values("date_iso")["case"]))
    if initial_period:
        start, end = (pd.Timestamp(d) for d in initial_period)
        brush = alt.selection_interval(name="period", encodings=["x"], value={"x": [
            alt.DateTime(year=start.year, month=start.month, date=start.day),
            alt.DateTime(year=end.year, month=end.month, date=end.day)]})
    else:
        brush = alt.selection_interval(name="period", encodings=["x"])
    x_title = "Date (drag on the strip below to zoom)"
    data = table[CHART_FIELDS]
    detail = alt.Chart(data)
    params = []
    if case_picker and len(case_names) > 1:
        pick = alt.param(name="case_pick", value=ALL_CASES,
                         bind=alt.binding_select(options=[ALL_CASES, *case_names], name="Case: "))
        detail = detail.transform_filter((pick == ALL_CASES) | (alt.datum.case == pick))
        params.append(pick)
    tooltip = [alt.Tooltip("event:N", title="Event"), alt.Tooltip("date_text:N", title="Date"),
               alt.Tooltip("date_known_to:N", title="Date known to"), alt.Tooltip("case:N", title="Case"),
               alt.Tooltip("category:N", title="Kind of event"), alt.Tooltip("actors:N", title="Who acted"),
               alt.Tooltip("source:N", title="Source")]
    points = detail.mark_point(filled=True, size=110, opacity=0.85, clip=True).encode(
        # Padding keeps an event at either end of the period fully visible.
        x=alt.X("date_iso:T", title=x_title, scale=alt.Scale(domain={"param": "period"}, padding=10),
                # Vega's default time labels: years when zoomed out, months when zoomed in.
                axis=alt.Axis(labelOverlap="greedy")),
        y=alt.Y("case:N", title=None, sort=case_names, axis=alt.Axis(labelLimit=200)),
        color=alt.Color("category:N", title="Kind of event"),
        shape=alt.Shape("date_known_to:N", title="Date known to",
                        scale=alt.Scale(domain=list(PRECISION_LABELS.values()), range=["circle", "square", "triangle-up"])),
        tooltip=tooltip,
    ).properties(width=PLOT_WIDTH, height=alt.Step(height_per_case))
    if params:
        points = points.add_params(*params)
    # Neutral ticks: a colour encoding here would merge with (and hide) the detail view's legend.
    overview = alt.Chart(data).mark_tick(thickness=2, size=14, opacity=0.5, color=MUTED_COLOR).encode(
        x=alt.X("date_iso:T", title="All years: drag to choose a period, double-click to reset",
                # Year labels; never more than one tick a year, however short the span.
                axis=alt.Axis(format="%Y", labelOverlap="greedy", tickMinStep=YEAR_MS)),
    ).add_params(brush).properties(width=PLOT_WIDTH, height=30)
    # resize: the view shrinks and grows as the case picker changes how many rows are shown.
    chart = alt.vconcat(points, overview, spacing=6).properties(autosize=alt.AutoSizeParams(type="pad", resize=True))
    return finish_chart(
        chart, title=title, source="the source named in each event's tooltip; all rows in timeline_events.csv",
        description=description,
        table=ChartTable(table, {"date_text": "Date", "case": "Case", "category": "Kind of event", "event": "Event",
                                 "actors": "Who acted", "source": "Source"}, csv_file="timeline_events.csv"),
    )
