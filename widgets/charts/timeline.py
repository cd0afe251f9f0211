"""Timeline explorer: dated events by case, with a case picker, a brush to zoom, and sourced tooltips."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart, row_layout
from widgets.charts.source_dates import YEARS_ON_LABELS
from widgets.formatting import format_date
from widgets.i18n import say, say_name
from widgets.theme import MUTED_COLOR, TEXT_COLOR

ALL_CASES = "All cases"
# Vega-Lite cannot fit a concatenated chart to its container: the views are drawn this wide, and
# the book's renderer gives them the container's width when it draws the chart (``fit_views``).
PLOT_WIDTH = 400
# The events labelled on the chart: where each case's row begins and where it ends. The last is
# labelled only when it lies at least this share of the chart's span after the first, so the two
# labels of a row cannot run into each other, even on a phone.
KEY_EVENT_MIN_GAP = 0.8
PRECISION_LABELS = {"day": "the day", "month": "the month", "year": "the year only"}
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["date_iso", "case", "category", "date_known_to", "event", "date_text", "actors", "source", "key_label",
                "key_align", "key_role"]


def key_events(table: pd.DataFrame, period: tuple[str, str] | None = None, lang: str = "en") -> pd.DataFrame:
    """The table with ``key_label`` ("May 2021: enforcement") on each row's first event and, when it
    is far enough from it (``KEY_EVENT_MIN_GAP``), its last. ``key_role`` is "first" or "last";
    ``key_align`` says which way the label runs from its mark: into the chart, never off its edge.
    With a ``period`` (the one the chart opens on), only events in it are labelled."""
    dates = pd.to_datetime(table["date_iso"])
    if period:
        start, end = (pd.Timestamp(d) for d in period)
        dates = dates[(dates >= start) & (dates <= end)]
    span = (dates.max() - dates.min()) or pd.Timedelta(days=1)
    out = table.assign(key_label="", key_align="", key_role="")
    middle = dates.min() + span / 2

    def label(i: int) -> str:  # the date to the month at most: a label short enough for a phone
        precision = "year" if out.at[i, "date_known_to"] == say(PRECISION_LABELS["year"], lang) else "month"
        if precision == "month" and lang == "es":  # "mayo de 2021" runs into the next label at 390 px
            precision = "short month"
        return f"{format_date(dates[i], precision, lang)}: {out.at[i, 'category']}"

    for _, rows in out.loc[dates.index].groupby("case", sort=False):
        first, last = rows.index[0], rows.index[-1]
        out.loc[first, ["key_label", "key_align", "key_role"]] = [
            label(first), "left" if dates[first] <= middle else "right", "first"]
        if last != first and (dates[last] - dates[first]) >= KEY_EVENT_MIN_GAP * span:
            out.loc[last, ["key_label", "key_align", "key_role"]] = [label(last), "right", "last"]
    return out


def timeline_table(events: pd.DataFrame, cases: pd.DataFrame, case_ids: list[str] | None = None,
                   lang: str = "en") -> pd.DataFrame:
    """One row per event with the case's name, the date in words at its precision, and the source.

    With ``lang`` other than English the case, kind, event and actors are said in it
    (:mod:`widgets.i18n`; actors' names stay as they are); the source stays as the source is named."""
    rows = events if case_ids is None else events[events["case_id"].isin(case_ids)]
    if rows.empty:
        raise ValueError(f"no timeline events for cases {case_ids}")
    names = cases.set_index("case_id")["name"]
    out = pd.DataFrame({
        "event_id": rows["event_id"],
        "date_iso": rows["date"].dt.strftime("%Y-%m-%d"),
        "date_text": [format_date(r.date, r.date_precision, lang) for r in rows.itertuples()],
        "date_known_to": rows["date_precision"].map({k: say(v, lang) for k, v in PRECISION_LABELS.items()}),
        "case": rows["case_id"].map(names),
        "category": rows["category"],
        "event": rows["event"],
        "actors": rows["actors"].fillna("—"),
        "source": [source_label(r.citation_key, r.locator) for r in rows.itertuples()],
    })
    if lang != "en":
        for column in ("case", "category", "event"):
            out[column] = out[column].map(lambda text: say(text, lang))
        out["actors"] = out["actors"].map(lambda text: "; ".join(say_name(a, lang) for a in text.split("; ")))
    return out.sort_values(["date_iso", "event_id"]).astype("object").reset_index(drop=True)


def timeline_chart(events: pd.DataFrame, cases: pd.DataFrame, *, title: str, description: str,
                   case_ids: list[str] | None = None, initial_period: tuple[str, str] | None = None,
                   case_picker: bool = True, height_per_case: int = 30, lang: str = "en") -> alt.VConcatChart:
    """Events on a time axis, one row per case, coloured by category.

    Controls that work in the static page: a drop-down to show one case or all (when more than one
    case is shown), and a brush on the overview strip below to zoom the time axis (drag to select a
    period, double-click to reset). Hovering an event shows what happened, the date at the precision
    the source gives, who acted and the source. ``lang`` is the language of the chart's words and of
    the events (:mod:`widgets.i18n`).
    """
    table = timeline_table(events, cases, case_ids, lang)
    case_names = list(dict.fromkeys(table.sort_values("date_iso")["case"]))
    if initial_period:
        start, end = (pd.Timestamp(d) for d in initial_period)
        brush = alt.selection_interval(name="period", encodings=["x"], value={"x": [
            alt.DateTime(year=start.year, month=start.month, date=start.day),
            alt.DateTime(year=end.year, month=end.month, date=end.day)]})
    else:
        brush = alt.selection_interval(name="period", encodings=["x"])
    x_title = say("Date", lang)
    data = key_events(table, initial_period, lang)[CHART_FIELDS]
    # Each case's name sits above its row, so the time axis keeps the width of a phone's screen.
    rows = row_layout(case_names, lines=1)
    y = alt.Y("case:N", title=None, sort=case_names, axis=None)
    detail = alt.Chart(data)
    params = []
    if case_picker and len(case_names) > 1:
        all_cases = say(ALL_CASES, lang)
        pick = alt.param(name="case_pick", value=all_cases,
                         bind=alt.binding_select(options=[all_cases, *case_names], name=say("Case: ", lang)))
        detail = detail.transform_filter((pick == all_cases) | (alt.datum.case == pick))
        params.append(pick)
    words = {w: say(w, lang) for w in ("Event", "Date", "Date known to", "Case", "Kind of event", "Who acted", "Source")}
    tooltip = [alt.Tooltip("event:N", title=words["Event"]), alt.Tooltip("date_text:N", title=words["Date"]),
               alt.Tooltip("date_known_to:N", title=words["Date known to"]), alt.Tooltip("case:N", title=words["Case"]),
               alt.Tooltip("category:N", title=words["Kind of event"]),
               alt.Tooltip("actors:N", title=words["Who acted"]), alt.Tooltip("source:N", title=words["Source"])]
    points = detail.mark_point(filled=True, size=110, opacity=0.85, clip=True, yOffset=rows.mark_offset).encode(
        # Padding keeps an event at either end of the period fully visible.
        x=alt.X("date_iso:T", title=x_title, scale=alt.Scale(domain={"param": "period"}, padding=10),
                # A year on every label, and no more labels than the width holds.
                axis=alt.Axis(labelOverlap="greedy", labelExpr=YEARS_ON_LABELS, tickCount={"expr": "ceil(width / 90)"})),
        y=y,
        color=alt.Color("category:N", title=words["Kind of event"]),
        shape=alt.Shape("date_known_to:N", title=words["Date known to"],
                        scale=alt.Scale(domain=[say(v, lang) for v in PRECISION_LABELS.values()],
                                        range=["circle", "square", "triangle-up"])),
        tooltip=tooltip,
    )
    # One name per row: drawn from the row's first event.
    names = detail.transform_filter("datum.key_role === 'first'").mark_text(
        align="left", baseline="top", fontWeight=600, yOffset=rows.label_offset).encode(y=y, x=alt.value(0), text="case:N")
    # The key events' dates and kinds, under their marks: the first runs right, the last runs left.
    keyed = detail.transform_filter("datum.key_label !== ''")
    key_text = {"baseline": "top", "fontSize": 11, "color": TEXT_COLOR, "clip": True,
                "yOffset": rows.mark_offset + 8}
    key_x = alt.X("date_iso:T", scale=alt.Scale(domain={"param": "period"}, padding=10))
    first_labels = keyed.transform_filter("datum.key_align === 'left'").mark_text(
        align="left", dx=-4, **key_text).encode(x=key_x, y=y, text="key_label:N", tooltip=tooltip)
    last_labels = keyed.transform_filter("datum.key_align === 'right'").mark_text(
        align="right", dx=4, **key_text).encode(x=key_x, y=y, text="key_label:N", tooltip=tooltip)
    points = alt.layer(points, names, first_labels, last_labels).properties(
        width=PLOT_WIDTH, height=alt.Step(max(height_per_case, rows.step + 14)))
    if params:
        points = points.add_params(*params)
    # Neutral ticks: a colour encoding here would merge with (and hide) the detail view's legend.
    overview = alt.Chart(data).mark_tick(thickness=2, size=14, opacity=0.5, color=MUTED_COLOR).encode(
        x=alt.X("date_iso:T", title=say("All years", lang),
                # A year on every label, and no more labels than the width holds.
                axis=alt.Axis(labelOverlap="greedy", labelExpr=YEARS_ON_LABELS, tickCount={"expr": "ceil(width / 90)"})),
    ).add_params(brush).properties(width=PLOT_WIDTH, height=30)
    # resize: the view shrinks and grows as the case picker changes how many rows are shown.
    chart = alt.vconcat(points, overview, spacing=6).properties(autosize=alt.AutoSizeParams(type="pad", resize=True))
    return finish_chart(
        chart, title=title, source=say("the source named in each event's tooltip; all rows in timeline_events.csv", lang),
        description=description, fit_views=8, lang=lang,
        hint=(say("Drag across the strip of all years to choose a period; double-click it to show every year.", lang)
              + (say(" The drop-down shows one row.", lang) if params else "")),
        table=ChartTable(table, {"date_text": words["Date"], "case": words["Case"], "category": words["Kind of event"],
                                 "event": words["Event"], "actors": words["Who acted"], "source": words["Source"]},
                         csv_file="timeline_events.csv"),
    )
