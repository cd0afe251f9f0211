"""Case comparison: the book's cases side by side, one aspect at a time, with the days each RRM case
took computed from the timeline rather than typed.

``data/case_comparison.csv`` holds one row per (case, aspect) in the book's words. A time row names
the two timeline events its span runs between; :func:`time_spans` looks both up in
``timeline_events.csv`` and counts the days, but only when the source dates both to the day.
"""

from __future__ import annotations

import textwrap

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart, wrap_lines
from widgets.formatting import format_date, markdown_table_cell
from widgets.theme import MISSING_TEXT_COLOR, SPAN_COLORS, TEXT_COLOR

# The aspects in reading order, with the words the reader sees.
ASPECTS = {
    "instrument": "Instrument",
    "target": "Target",
    "initiated_by": "Who initiated",
    "time_to_resolution": "Time to resolution",
    "time_to_vote": "Time to a new union election",
    "remedy": "Remedy",
    "beneficiaries": "Who benefited",
    "criticism": "What critics raised",
}
TIME_ASPECTS = ("time_to_resolution", "time_to_vote")
NOT_COVERED = "Not covered by the sources this book uses."
# What an instrument reaches: one facility (the RRM) or a whole country or sector (preference programs).
FAMILIES = {"USMCA RRM": "One facility (USMCA RRM)", "GSP": "A country or its sectors (trade preferences)",
            "AGOA": "A country or its sectors (trade preferences)"}
OTHER_FAMILY = "Other"
# Vega does not wrap text: the card text is broken into lines of this many characters, and the
# plots get a fixed width because a concatenated chart cannot fit its container.
WRAP = 64
PLOT_WIDTH = 400
LINE_HEIGHT = 15
# Case names on the axis are broken into lines of this many characters (Vega splits on " | ").
NAME_WRAP = 22
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["case", "case_axis", "family", "aspect", "aspect_label", "covered", "text", "text_wrapped", "source",
                "days", "days_text", "label_x"]


def time_spans(comparison: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The span behind each time row: its two events, their dates and the days between them.

    ``days`` is missing (``None``) when a row names no events (the text says why: no resolution,
    no case opened) or when either event is dated only to the month or year. A row naming an
    event that is not in ``events``, naming only one event, or running backwards raises an error,
    so a typo in the data cannot turn into a wrong number.
    """
    by_id = events.set_index("event_id")
    rows = []
    for row in comparison[comparison["aspect"].isin(TIME_ASPECTS)].itertuples():
        start_id = None if pd.isna(row.start_event_id) else str(row.start_event_id)
        end_id = None if pd.isna(row.end_event_id) else str(row.end_event_id)
        where = f"case_comparison row ({row.case_id}, {row.aspect})"
        record = {"case_id": row.case_id, "aspect": row.aspect, "start_event_id": start_id, "end_event_id": end_id,
                  "start_text": "", "end_text": "", "days": None, "days_text": "no span to count (see the text)"}
        if (start_id is None) != (end_id is None):
            raise ValueError(f"{where} names only one event; a span needs a start and an end")
        if start_id is not None:
            for event_id in (start_id, end_id):
                if event_id not in by_id.index:
                    raise KeyError(f"{where} names event '{event_id}', which is not in timeline_events.csv")
            start, end = by_id.loc[start_id], by_id.loc[end_id]
            record["start_text"] = format_date(start["date"], start["date_precision"])
            record["end_text"] = format_date(end["date"], end["date_precision"])
            coarse = [p for p in (start["date_precision"], end["date_precision"]) if p != "day"]
            if coarse:
                record["days_text"] = f"not computable: a date is known only to the {coarse[0]}"
            else:
                days = int((end["date"] - start["date"]).days)
                if days < 0:
                    raise ValueError(f"{where} ends ({end_id}) before it starts ({start_id})")
                record["days"] = days
                record["days_text"] = f"{days} days"
        rows.append(record)
    return pd.DataFrame(rows, columns=["case_id", "aspect", "start_event_id", "end_event_id", "start_text", "end_text",
                                       "days", "days_text"])


def case_comparison_table(comparison: pd.DataFrame, cases: pd.DataFrame, events: pd.DataFrame,
                          case_ids: list[str] | None = None) -> pd.DataFrame:
    """A full grid of case x aspect with the words the chart shows; empty cells say so.

    ``case_ids`` chooses the cases and their order (default: order of first appearance in
    ``comparison``). Time cells carry the computed days.
    """
    order = case_ids or list(dict.fromkeys(comparison["case_id"]))
    unknown = [c for c in order if c not in set(cases["case_id"])]
    if unknown:
        raise ValueError(f"unknown cases {unknown}")
    names = cases.set_index("case_id")["name"]
    families = cases.set_index("case_id")["instrument"].map(lambda i: FAMILIES.get(i, OTHER_FAMILY))
    spans = time_spans(comparison, events).set_index(["case_id", "aspect"])
    given = comparison.set_index(["case_id", "aspect"])
    rows = []
    for case_id in order:
        for aspect, label in ASPECTS.items():
            record = {"case_id": case_id, "case": names[case_id], "family": families[case_id], "aspect": aspect,
                      "aspect_label": label, "covered": (case_id, aspect) in given.index,
                      "short": "—", "text": NOT_COVERED, "source": "", "days": None, "days_text": ""}
            if record["covered"]:
                row = given.loc[(case_id, aspect)]
                record.update(short=str(row["short"]), text=str(row["text"]),
                              source=source_label(row["citation_key"], row["locator"]))
            if (case_id, aspect) in spans.index:
                span = spans.loc[(case_id, aspect)]
                record.update(days=span["days"], days_text=span["days_text"])
                if span["start_event_id"] is None or pd.isna(span["start_event_id"]):
                    record["days_text"] = record["short"]  # the row's own words: "No case opened"
            rows.append(record)
    table = pd.DataFrame(rows)
    table["text_wrapped"] = table["text"].map(lambda text: wrap_lines(text, WRAP, break_on_hyphens=True))
    table["case_axis"] = table["case"].map(lambda name: " | ".join(textwrap.wrap(name, NAME_WRAP)))
    table["days"] = table["days"].astype("float")
    table["label_x"] = table["days"].fillna(0.0)
    columns = ["case_id", "case", "case_axis", "family", "aspect", "aspect_label", "covered", "short", "text", "text_wrapped",
               "source", "days", "days_text", "label_x"]
    kinds = {c: "object" for c in columns if c not in ("covered", "days", "label_x")}
    return table[columns].astype(kinds).astype({"covered": "bool", "days": "float", "label_x": "float"})


def comparison_markdown(comparison: pd.DataFrame, cases: pd.DataFrame, events: pd.DataFrame,
                        case_ids: list[str] | None = None) -> str:
    """The grid as a Markdown table: one row per aspect, one column per case, short words in each cell.

    Time cells give the computed days with the span's short description; an aspect that none of the
    cases covers (a union election, for the trade-preference cases) is left out.
    """
    table = case_comparison_table(comparison, cases, events, case_ids)
    order = list(dict.fromkeys(table["case"]))

    def cell(row) -> str:
        words = row.short
        if row.aspect in TIME_ASPECTS and row.covered and pd.notna(row.days):
            words = f"**{row.days_text}**: {row.short}"
        return markdown_table_cell(words)

    lines = ["| | " + " | ".join(order) + " |", "|---" * (len(order) + 1) + "|"]
    for aspect, label in ASPECTS.items():
        cells = table[table["aspect"] == aspect].set_index("case")
        if not cells["covered"].any():
            continue
        lines.append(f"| **{label}** | " + " | ".join(cell(cells.loc[name]) for name in order) + " |")
    return "\n".join(lines)


def case_comparison_chart(comparison: pd.DataFrame, cases: pd.DataFrame, events: pd.DataFrame, *, title: str,
                          description: str, case_ids: list[str] | None = None,
                          initial_aspect: str = "initiated_by") -> alt.VConcatChart:
    """Two linked views of the cases: what the sources say on one aspect, and how long each case took.

    * Top: one card per case for the aspect picked in a drop-down (a Vega-Lite parameter bound to a
      select element, so it works in the static page); the marker says what the instrument reaches.
    * Bottom: days from the U.S. request for review to the first announced settlement and to a new
      union election, computed from ``timeline_events.csv``; cases with no span say why.
    * Clicking a case's card highlights that case in both views (double-click to clear). Every
      mark's tooltip gives the full text and its source.
    """
    if initial_aspect not in ASPECTS:
        raise ValueError(f"unknown aspect '{initial_aspect}'; choose from {list(ASPECTS)}")
    table = case_comparison_table(comparison, cases, events, case_ids)
    order = list(dict.fromkeys(table["case_axis"]))
    pick = alt.param(name="aspect_pick", value=ASPECTS[initial_aspect],
                     bind=alt.binding_select(options=list(ASPECTS.values()), name="Compare the cases by: "))
    focus = alt.selection_point(name="case_focus", fields=["case"], on="click", clear="dblclick")
    opacity = alt.condition(focus, alt.value(1.0), alt.value(0.25))
    axis = alt.Axis(labelLimit=170, labelFontWeight=600, labelExpr="split(datum.label, ' | ')", labelPadding=6)
    y = alt.Y("case_axis:N", title=None, sort=order, axis=axis)
    families = [f for f in dict.fromkeys([*FAMILIES.values(), OTHER_FAMILY]) if f in set(table["family"])]
    family_color = alt.Color("family:N", title="What the instrument reaches", scale=alt.Scale(domain=families))
    tooltip = [alt.Tooltip("case:N", title="Case"), alt.Tooltip("aspect_label:N", title="Aspect"),
               alt.Tooltip("text:N", title="What the sources say"), alt.Tooltip("days_text:N", title="Computed span"),
               alt.Tooltip("source:N", title="Source")]

    lines = int(table["text_wrapped"].str.count("\n").max()) + 1
    data = table[CHART_FIELDS]
    cards_base = alt.Chart(data).transform_filter(alt.datum.aspect_label == pick)
    markers = cards_base.mark_square(size=150).encode(y=y, x=alt.value(6), color=family_color, opacity=opacity,
                                                      tooltip=tooltip)
    words = cards_base.mark_text(align="left", baseline="middle", lineBreak="\n", lineHeight=LINE_HEIGHT).encode(
        y=y, x=alt.value(22), text="text_wrapped:N",
        color=alt.condition(alt.datum.covered, alt.value(TEXT_COLOR), alt.value(MISSING_TEXT_COLOR)),
        opacity=opacity, tooltip=tooltip)
    cards = alt.layer(markers, words).add_params(pick, focus).properties(
        width=PLOT_WIDTH, height=alt.Step(lines * LINE_HEIGHT + 14),
        title=alt.Title("What the sources say, case by case (choose the aspect below the chart)", fontSize=13,
                        fontWeight=500))

    time_labels = [ASPECTS[a] for a in TIME_ASPECTS]
    spans = alt.Chart(data).transform_filter(alt.FieldOneOfPredicate(field="aspect", oneOf=list(TIME_ASPECTS)))
    span_y = alt.Y("case_axis:N", title=None, sort=order, axis=axis)
    # Room to the right of the longest bar for its label.
    longest = float(table["days"].max()) if table["days"].notna().any() else 1.0
    offset = alt.YOffset("aspect_label:N", sort=time_labels, scale=alt.Scale(domain=time_labels))
    span_tooltip = [alt.Tooltip("case:N", title="Case"), alt.Tooltip("aspect_label:N", title="Span"),
                    alt.Tooltip("days_text:N", title="Days (computed)"), alt.Tooltip("text:N", title="Events used"),
                    alt.Tooltip("source:N", title="Source")]
    bars = spans.transform_filter("isValid(datum.days)").mark_bar(height={"band": 0.8}).encode(
        y=span_y, yOffset=offset,
        x=alt.X("days:Q", title="Days from the U.S. request for review (computed from the timeline)",
                scale=alt.Scale(domain=[0, longest * 1.25], nice=False)),
        color=alt.Color("aspect_label:N", title="Span", sort=time_labels,
                        scale=alt.Scale(domain=time_labels, range=SPAN_COLORS)),
        opacity=opacity, tooltip=span_tooltip)
    bar_labels = spans.transform_filter(alt.datum.covered).mark_text(align="left", dx=4, fontSize=11).encode(
        y=span_y, yOffset=offset, x="label_x:Q", text="days_text:N", opacity=opacity, tooltip=span_tooltip)
    # The click selection lives on the cards only (Altair merges a selection added to two views with a
    # warning); the bars read it, so a case clicked above is highlighted here too.
    timing = alt.layer(bars, bar_labels).properties(
        width=PLOT_WIDTH, height=alt.Step(16),
        title=alt.Title("How long the cases took (click a case's card above to highlight it)", fontSize=13,
                        fontWeight=500))

    chart = alt.vconcat(cards, timing, spacing=18).resolve_scale(color="independent").properties(
        autosize=alt.AutoSizeParams(type="pad", resize=True))
    return finish_chart(
        chart, title=title,
        source="the source named in each tooltip; all rows in case_comparison.csv, days computed from timeline_events.csv",
        description=description,
        table=ChartTable(table, {"case": "Case", "aspect_label": "Aspect", "text": "What the sources say",
                                 "days_text": "Computed span", "source": "Source"}, csv_file="case_comparison.csv"),
    )
