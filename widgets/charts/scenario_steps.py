"""Two paths through a hypothetical, step by step: LeClercq's Ivory Coast scenario under current U.S.
procedures and under her proposal.

The paths stand side by side as two columns of cards, one card per step. A slider (a Vega-Lite
parameter bound to a range input, so it works in the static page) walks through the steps: cards up
to the chosen step are filled in, later ones stay faint, and the chosen step is outlined on both
paths. A panel below prints the chosen step of each path in full (what happens, who acts, what
workers can do, the real record it builds on, and the source); when one path is shorter, the panel
holds its last step, marked as the last. Hovering any card shows the same text.

:func:`scenario_steps_markdown` renders the same rows as a Markdown table, so a chapter can print
the steps as text from the same CSV and the two can never drift apart.
"""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart, wrap_lines
from widgets.datapackage import allowed_values
from widgets.formatting import format_date, markdown_table_cell
from widgets.theme import FAINT_TEXT_COLOR, MUTED_COLOR, OUTLINE_COLOR, PHASE_COLORS, TEXT_COLOR

# Labels of the schema's paths and phases (their order is the schema's: see allowed_values).
PATHS = {"current": "Current U.S. approach", "proposed": "LeClercq's proposal"}
PHASE_LABELS = {"negotiation": "Negotiation", "monitoring": "Monitoring", "enforcement": "Enforcement"}
# The theme's first three colours (Okabe & Ito), one per phase.
PHASE_COLOURS = PHASE_COLORS
NO_ANCHOR = "none (an imagined step)"
# The parts of a step the panel prints, in order, each as its own text mark so that a small gap
# separates them (Vega drops empty lines inside one text mark).
DETAIL_PARTS = {"description": "", "actor": "Who acts: ", "worker_role": "What workers can do: ",
                "anchor": "Real record it builds on: ", "source": "Source: "}
PART_GAP = 6

# Layout, in pixels and characters. Vega does not wrap text, so the table pre-wraps each text to a
# width in characters that fits its column at the font size used (about 6.3 px a character at 11 px).
# Both columns together must fit the book's text column (about 690 px at common screen widths).
COLUMN_STEP = 300        # width of one path's column
COLUMN_GAP = 0.06        # gap between the columns, as a share of a column (the band scale's paddingInner)
CARD_CHARS = 42          # characters per line of a card's label
DETAIL_CHARS = 46        # characters per line of the panel's full text
LINE_HEIGHT = 14
DETAIL_LINE_HEIGHT = 14
REACHED_FILL_OPACITY = 0.3
FUTURE_FILL_OPACITY = 0.06
TEXT = TEXT_COLOR
FUTURE_TEXT = FAINT_TEXT_COLOR
MUTED_TEXT = MUTED_COLOR
# The fields the cards and the panel draw, compute with or show in their tooltips (their data carries
# no others).
CHART_FIELDS = ["path", "path_label", "step", "last_step", "step_label", "phase_label", "card", "card_lines",
                "description", "actor", "worker_role", "anchor", "source",
                *(f"{part}_{kind}" for part in DETAIL_PARTS for kind in ("lines", "offset"))]


def _anchors(steps: pd.DataFrame, events: pd.DataFrame | None) -> list[tuple[str, str]]:
    """For each step, the (date in words, event) of the real record it builds on, or ('', '')."""
    ids = steps["anchor_event_id"]
    if events is None:
        return [("", "") if pd.isna(i) else ("", str(i)) for i in ids]
    by_id = events.set_index("event_id")
    missing = sorted({str(i) for i in ids.dropna()} - set(by_id.index))
    if missing:
        raise ValueError(f"anchor events not in the timeline: {', '.join(missing)}")
    anchors = []
    for event_id in ids:
        if pd.isna(event_id):
            anchors.append(("", ""))
            continue
        event = by_id.loc[event_id]
        anchors.append((format_date(event["date"], event["date_precision"]), str(event["event"])))
    return anchors


def scenario_steps_table(steps: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (path, step), in order, with the wrapped words the chart shows.

    ``events`` (timeline_events) turns each step's ``anchor_event_id`` into the dated record in
    words. Raises ValueError for an unknown path or phase, or if a path's steps are not numbered
    1, 2, 3... without gaps, so a gap in the data shows up as an error rather than a blank card.
    """
    rows = steps.copy()
    unknown = (set(rows["path"]) - set(PATHS)) | (set(rows["phase"]) - set(PHASE_LABELS))
    if unknown:
        raise ValueError(f"paths or phases with no label here: {sorted(unknown)}")
    for path, group in rows.groupby("path"):
        numbers = sorted(int(n) for n in group["step"])
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"path '{path}' has steps {numbers}; expected 1 to {len(numbers)} without gaps")
    rows["path_order"] = rows["path"].map(allowed_values("ivory_coast_steps", "path").index)
    rows = rows.sort_values(["path_order", "step"]).reset_index(drop=True)
    rows["step"] = rows["step"].astype(int)
    rows["path_label"] = rows["path"].map(PATHS)
    rows["phase_label"] = rows["phase"].map(PHASE_LABELS)
    rows["last_step"] = rows.groupby("path")["step"].transform("max").astype(int)
    rows["step_label"] = [f"Step {n}" for n in rows["step"]]
    rows["card"] = [f"{r.step}. {r.short}" for r in rows.itertuples()]
    rows["card_lines"] = [wrap_lines(c, CARD_CHARS) for c in rows["card"]]
    anchors = _anchors(rows, events)
    rows["anchor_date"] = [date for date, _ in anchors]
    rows["anchor_event"] = [event for _, event in anchors]
    rows["anchor"] = [NO_ANCHOR if not event else (f"{date}: {event}" if date else event) for date, event in anchors]
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    # The panel's parts, wrapped, and how far below the first line each one starts (in pixels).
    offset = pd.Series(0, index=rows.index)
    for part, label in DETAIL_PARTS.items():
        rows[f"{part}_lines"] = [wrap_lines(label + str(text), DETAIL_CHARS) for text in rows[part]]
        rows[f"{part}_offset"] = offset
        offset = offset + rows[f"{part}_lines"].str.count("\n").add(1) * DETAIL_LINE_HEIGHT + PART_GAP
    rows["detail_height"] = offset - PART_GAP
    columns = ["step_id", "path", "path_label", "step", "last_step", "step_label", "phase", "phase_label", "short",
               "card", "card_lines", "description", "actor", "worker_role", "anchor_date", "anchor_event", "anchor",
               "source", *(f"{part}_{kind}" for part in DETAIL_PARTS for kind in ("lines", "offset")), "detail_height"]
    numeric = ["step", "last_step", "detail_height", *(f"{part}_offset" for part in DETAIL_PARTS)]
    out = rows[columns]
    return out.astype({c: "object" for c in columns if c not in numeric}).astype({c: "int" for c in numeric})


def scenario_steps_markdown(steps: pd.DataFrame, events: pd.DataFrame | None = None) -> str:
    """The steps as a Markdown table: a heading row for each path, then one row per step.

    Three columns, not one per field: in a book's text column, two wide text columns read far better
    than five narrow ones. Who acts, the real record a step builds on and the source sit in the
    "What happens" cell.
    """
    table = scenario_steps_table(steps, events)

    lines = ["| Step | What happens | What workers can do |", "|---|---|---|"]
    for path_label, group in table.groupby("path_label", sort=False):
        lines.append(f"| **{markdown_table_cell(path_label)}** | | |")
        for row in group.itertuples():
            anchor = ""
            if row.anchor_event:
                when = f" of {row.anchor_date}" if row.anchor_date else ""
                anchor = f" *Builds on a real record{when}:* {markdown_table_cell(row.anchor_event)}"
            lines.append(f"| {row.step} ({row.phase}) | **{markdown_table_cell(row.short)}.** {markdown_table_cell(row.description)} "
                         f"*Who acts:* {markdown_table_cell(row.actor)}.{anchor} *({markdown_table_cell(row.source)})* | {markdown_table_cell(row.worker_role)} |")
    return "\n".join(lines)


def scenario_steps_chart(steps: pd.DataFrame, *, title: str, description: str,
                         events: pd.DataFrame | None = None, initial_step: int = 1) -> alt.VConcatChart:
    """Two columns of step cards (one per path) above a panel with the chosen step of each path in full.

    The slider, named ``step``, runs from 1 to the longer path's last step; ``initial_step`` sets
    where it starts. ``events`` (timeline_events) lets the tooltips and the panel name the real,
    dated record a step builds on.
    """
    table = scenario_steps_table(steps, events)
    max_step = int(table["step"].max())
    if not 1 <= initial_step <= max_step:
        raise ValueError(f"initial_step must be between 1 and {max_step}, not {initial_step}")
    step = alt.param(name="step", value=initial_step,
                     bind=alt.binding_range(min=1, max=max_step, step=1, name="Walk through the steps: "))
    reached = alt.datum.step <= step
    # On a path that has ended, its last step stays the one shown and outlined.
    shown = alt.expr.min(step, alt.datum.last_step) == alt.datum.step
    path_codes = [p for p in allowed_values("ivory_coast_steps", "path") if p in set(table["path"])]
    paths = [PATHS[p] for p in path_codes]
    step_labels = [f"Step {n}" for n in range(1, max_step + 1)]
    tooltip = [alt.Tooltip("path_label:N", title="Path"), alt.Tooltip("card:N", title="Step"),
               alt.Tooltip("phase_label:N", title="Phase"), alt.Tooltip("description:N", title="What happens"),
               alt.Tooltip("actor:N", title="Who acts"), alt.Tooltip("worker_role:N", title="What workers can do"),
               alt.Tooltip("anchor:N", title="Real record it builds on"), alt.Tooltip("source:N", title="Source")]

    # The cards.
    card_lines = max(c.count("\n") + 1 for c in table["card_lines"])
    base = alt.Chart(table[CHART_FIELDS])
    x = alt.X("path_label:N", sort=paths, title=None,
              scale=alt.Scale(paddingInner=COLUMN_GAP, paddingOuter=0),
              axis=alt.Axis(orient="top", labelAngle=0, domain=False, ticks=False, labelFontWeight=600,
                            labelFontSize=13, labelPadding=8, labelLimit=COLUMN_STEP))
    y = alt.Y("step_label:N", sort=step_labels, title=None,
              scale=alt.Scale(paddingInner=0.12, paddingOuter=0.04),
              axis=alt.Axis(domain=False, ticks=False, labelPadding=6, labelColor=MUTED_TEXT))
    cards = base.mark_rect(cornerRadius=4).encode(
        x=x, y=y, tooltip=tooltip,
        fill=alt.Fill("phase_label:N", title="Phase",
                      scale=alt.Scale(domain=[PHASE_LABELS[p] for p in allowed_values("ivory_coast_steps", "phase")],
                                      range=PHASE_COLOURS),
                      legend=alt.Legend(orient="bottom", direction="horizontal")),
        fillOpacity=alt.condition(reached, alt.value(REACHED_FILL_OPACITY), alt.value(FUTURE_FILL_OPACITY)),
        stroke=alt.condition(shown, alt.value(TEXT), alt.value(OUTLINE_COLOR)),
        strokeWidth=alt.condition(shown, alt.value(2.5), alt.value(0.5)))
    # Vega draws a multi-line text downwards from its anchor, so anchor it at the top of the band.
    top = alt.Y("step_label:N", sort=step_labels, bandPosition=0, title=None)
    left = alt.X("path_label:N", sort=paths, bandPosition=0, title=None)
    words = base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=LINE_HEIGHT, fontSize=11.5,
                           dx=8, dy=7).encode(
        x=left, y=top, text="card_lines:N", tooltip=tooltip,
        color=alt.condition(reached, alt.value(TEXT), alt.value(FUTURE_TEXT)))
    grid = alt.layer(cards, words).properties(
        width=COLUMN_STEP * len(paths), height=alt.Step(card_lines * LINE_HEIGHT + 18))

    # The panel: the step each path shows, in full, one text mark per part.
    panel_base = base.transform_filter(shown).transform_calculate(
        heading="'Step ' + datum.step + ' of ' + datum.last_step + ' \u00b7 ' + datum.phase_label"
                " + (step >= datum.last_step ? ' (last step)' : '')")
    # Each path's text starts at the left edge of its column in the cards above, placed in pixels:
    # a band scale with paddingInner p over n columns of total width w has a step of w / (n - p).
    width = COLUMN_STEP * len(paths)
    band_step = width / (len(paths) - COLUMN_GAP)
    starts = {code: round(i * band_step, 1) for i, code in enumerate(path_codes)}
    panel_base = panel_base.transform_calculate(
        column_x=" : ".join(f"datum.path === {json.dumps(code)} ? {x}" for code, x in starts.items()) + " : 0")
    panel_x = alt.X("column_x:Q", scale=None, axis=None)
    heading = panel_base.mark_text(align="left", baseline="top", fontWeight="bold", fontSize=12, dx=2).encode(
        x=panel_x, y=alt.value(0), text="heading:N")
    parts = [panel_base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=DETAIL_LINE_HEIGHT,
                                  fontSize=11, dx=2, color=MUTED_TEXT if part == "source" else TEXT).encode(
        x=panel_x, y=alt.value(22), yOffset=alt.YOffset(f"{part}_offset:Q", scale=None),
        text=f"{part}_lines:N", tooltip=tooltip) for part in DETAIL_PARTS]
    panel = alt.layer(heading, *parts).properties(
        width=width, height=int(table["detail_height"].max()) + 26,
        title=alt.Title(alt.expr("'At step ' + step + ', in full'"), fontSize=13, fontWeight=600, anchor="start"))

    chart = alt.vconcat(grid, panel, spacing=18).add_params(step)
    return finish_chart(
        chart, title=title,
        source="LeClercq (2023), Part IV (a hypothetical); real records as named in each tooltip",
        description=description,
        table=ChartTable(table, {"path_label": "Path", "step": "Step", "phase_label": "Phase",
                                 "description": "What happens", "actor": "Who acts",
                                 "worker_role": "What workers can do", "anchor": "Real record it builds on",
                                 "source": "Source"}, csv_file="ivory_coast_steps.csv"),
    )
