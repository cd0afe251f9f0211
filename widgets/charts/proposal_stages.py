"""Who takes part, step by step: current U.S. procedures beside LeClercq's consultative proposal.

The chart reads ``policy_process_comparison`` (one row per approach, phase and step, with the
participants of each step) and draws two things a reader can compare:

* an overview grid, phases down and participants across, with two squares in each cell: the left
  one for current U.S. practice, the right one for LeClercq's proposal, filled where that
  participant takes part in at least one step of the phase;
* below it, one small grid per phase listing the steps of the approach chosen with a radio control,
  with a dot where a participant takes part, coloured by whether the step is in use now, kept,
  revised, new or an alternative.

A drop-down highlights one participant's column in every grid. Both controls are Vega-Lite
parameters bound to HTML inputs, so they work in the static page. Every mark's tooltip carries the
step's description and its source with the locator.
"""

from __future__ import annotations

import json
import textwrap

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ChartTable, finish_chart
from widgets.theme import (
    ABSENT_COLOR,
    BACKGROUND_COLOR,
    CURRENT_PROPOSED_COLORS,
    HIGHLIGHT_BAND_FILL,
    ROW_RULE_COLOR,
    STEP_STATUS_COLORS,
)

# Participant codes as the data package spells them, in the order of the columns (U.S. side, then
# the partner's side, then those who belong to neither), with a display label and header lines.
PARTICIPANTS = {
    "us-government": ("U.S. government", ["U.S.", "government"]),
    "us-workers": ("U.S. workers and unions", ["U.S.", "workers,", "unions"]),
    "us-employers": ("U.S. employers", ["U.S.", "employers"]),
    "partner-government": ("Partner government", ["Partner", "government"]),
    "partner-workers": ("Partner-country workers and unions", ["Partner", "workers,", "unions"]),
    "partner-employers": ("Partner-country employers and facilities", ["Partner", "employers"]),
    "civil-society": ("Civil society and the public", ["Civil", "society,", "public"]),
    "ilo": ("ILO", ["ILO"]),
}
PHASES = {"negotiate": "Negotiate", "monitor": "Monitor", "enforce": "Enforce"}
APPROACHES = {"current": "Current U.S. practice", "proposed": "LeClercq's proposal"}
STATUSES = {"in use": "In use now", "kept": "Kept from current practice", "revised": "Current practice, revised",
            "new": "New in the proposal", "alternative": "An alternative she offers"}
EVERYONE = "everyone"
# The words of a step that the step grids look up (by step_id) for their labels and tooltips.
LOOKUP_FIELDS = ["step", "approach_label", "status_label", "participants_text", "description", "caveat", "source",
                 "note"]
# The fields each view draws, filters on or shows in its tooltips (its data carries no others).
SUMMARY_FIELDS = ["phase_label", "approach_label", "participant_label", "takes_part", "steps_text", "sources"]
CELL_FIELDS = ["step_id", "phase", "step_order", "participant", "participant_label", "takes_part", "takes_part_text"]

# Colours: the theme's palette (Okabe & Ito). Current practice in orange, the proposal in blue,
# so the two squares of a cell stay distinguishable under the common forms of colour blindness.
APPROACH_COLORS = CURRENT_PROPOSED_COLORS
STATUS_COLORS = STEP_STATUS_COLORS

# Layout, in pixels. The figure must fit the book's text column (about 690 px).
COLUMN_STEP = 56      # width of one participant's column ("government" must fit at the header's size)
LABEL_WIDTH = 160     # room for the step names left of every grid, so the columns line up
ROW_STEP = 32         # height of one step's row (two lines of label)
HEADER_LINE_HEIGHT = 12
STEP_LINE_CHARS = 24  # step names are wrapped to lines of this many characters
MAX_STEP_CHARS = 40   # so that a name never needs more than two lines


def _participant_codes(cell: str, step_id: str) -> list[str]:
    codes = [c.strip() for c in cell.split(";") if c.strip()]
    unknown = [c for c in codes if c not in PARTICIPANTS]
    if unknown:
        raise ValueError(f"step '{step_id}' names unknown participants: {', '.join(unknown)}")
    return codes


def proposal_steps_table(steps: pd.DataFrame) -> pd.DataFrame:
    """One row per step, in the chart's order, with the words the tooltips and the data table show.

    Raises ValueError for an unknown participant, phase, approach or status, or a step name too long
    for the chart, so a slip in the data shows up as an error rather than as a missing dot.
    """
    rows = steps.copy()
    for column, allowed in (("phase", PHASES), ("approach", APPROACHES), ("status", STATUSES)):
        unknown = set(rows[column]) - set(allowed)
        if unknown:
            raise ValueError(f"unknown {column} values: {sorted(unknown)}")
    too_long = rows.loc[rows["step"].str.len() > MAX_STEP_CHARS, "step_id"].tolist()
    if too_long:
        raise ValueError(f"step names longer than {MAX_STEP_CHARS} characters: {too_long}")
    codes = [_participant_codes(cell, step_id) for cell, step_id in zip(rows["participants"], rows["step_id"])]
    rows["participant_codes"] = [";".join(c) for c in codes]
    rows["participants_text"] = [", ".join(PARTICIPANTS[c][0] for c in cs) for cs in codes]
    rows["approach_label"] = rows["approach"].map(APPROACHES)
    rows["approach_order"] = rows["approach"].map(list(APPROACHES).index)
    rows["phase_label"] = rows["phase"].map(PHASES)
    rows["phase_order"] = rows["phase"].map(list(PHASES).index)
    rows["status_label"] = rows["status"].map(STATUSES)
    rows["caveat"] = rows["caveat"].fillna("").replace("", "None raised in this source")
    rows["note"] = rows["note"].fillna("")
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    rows = rows.sort_values(["approach_order", "phase_order", "step_order"]).reset_index(drop=True)
    columns = ["step_id", "approach", "approach_label", "phase", "phase_label", "phase_order", "step_order", "step",
               "participant_codes", "participants_text", "status", "status_label", "description", "caveat",
               "source", "note"]
    out = rows[columns]
    ints = ("phase_order", "step_order")
    return out.astype({c: "object" for c in columns if c not in ints}).astype({c: "int" for c in ints})


def proposal_cells_table(steps: pd.DataFrame) -> pd.DataFrame:
    """One row per step and participant: does that participant take part in that step?

    Only the keys and the answer; the chart looks up each step's words from
    :func:`proposal_steps_table` by ``step_id`` rather than repeating them for every participant.
    """
    table = proposal_steps_table(steps)
    records = []
    for row in table.itertuples():
        present = set(row.participant_codes.split(";"))
        for order, (code, (label, _)) in enumerate(PARTICIPANTS.items()):
            records.append({"step_id": row.step_id, "approach": row.approach, "phase": row.phase,
                            "step_order": row.step_order, "participant": code, "participant_label": label,
                            "participant_order": order, "takes_part": code in present,
                            "takes_part_text": "takes part" if code in present else "no part in this step"})
    return pd.DataFrame.from_records(records)


def proposal_summary_table(steps: pd.DataFrame) -> pd.DataFrame:
    """One row per phase, participant and approach: in how many of the phase's steps the participant takes part.

    ``steps_text`` names those steps and ``sources`` their sources with locators, for the tooltip.
    """
    words = proposal_steps_table(steps).set_index("step_id")[["step", "source"]]
    cells = proposal_cells_table(steps).join(words, on="step_id")
    records = []
    for (phase, approach, code), group in cells.groupby(["phase", "approach", "participant"], sort=False):
        present = group[group["takes_part"]]
        total = len(group)
        names = "; ".join(present["step"])
        records.append({
            "phase": phase, "phase_label": PHASES[phase], "phase_order": list(PHASES).index(phase),
            "approach": approach, "approach_label": APPROACHES[approach],
            "participant": code, "participant_label": PARTICIPANTS[code][0],
            "takes_part": bool(len(present)), "steps_with": len(present), "steps_total": total,
            "steps_text": (f"{len(present)} of the {total} steps listed: {names}" if len(present)
                           else f"none of the {total} steps listed"),
            "sources": "; ".join(dict.fromkeys(present["source"])) or "see the steps below",
        })
    return pd.DataFrame.from_records(records)


def _side_label_expr() -> str:
    """Legend labels that say which square of a cell stands for which approach."""
    current = json.dumps(APPROACHES["current"])
    return f"datum.label === {current} ? {json.dumps(APPROACHES['current'] + ' (left square)')} : " \
           f"{json.dumps(APPROACHES['proposed'] + ' (right square)')}"


def _step_label_expr(names) -> str:
    """A labelExpr that splits each step name into the lines it was wrapped to (Vega does not wrap)."""
    wrapped = {name: "|".join(textwrap.wrap(name, STEP_LINE_CHARS, break_on_hyphens=False)) for name in names}
    return f"split({json.dumps(wrapped)}[datum.label], '|')"


def _participant_axis(orient: str, show_labels: bool = True) -> alt.Axis:
    header = {label: "|".join(lines) for label, lines in PARTICIPANTS.values()}
    lines = max(len(v) for _, v in PARTICIPANTS.values())
    return alt.Axis(orient=orient, labelAngle=0, domain=False, ticks=False, labels=show_labels, title=None,
                    labelFontSize=10, labelLineHeight=HEADER_LINE_HEIGHT, labelLimit=COLUMN_STEP + 8,
                    labelBaseline="bottom" if orient == "top" else "top",
                    # Vega draws a multi-line label downwards from its anchor: lift a top label's
                    # anchor so the longest header ends just above the grid.
                    labelPadding=6 + ((lines - 1) * HEADER_LINE_HEIGHT if orient == "top" else 0),
                    labelExpr=f"split({json.dumps(header)}[datum.label], '|')")


def proposal_stages_chart(steps: pd.DataFrame, *, title: str, description: str,
                          initial_approach: str = "current", initial_participant: str = EVERYONE) -> alt.VConcatChart:
    """The overview grid above one grid of steps per phase; a radio picks the approach, a drop-down a participant.

    ``initial_approach`` is ``"current"`` or ``"proposed"``; ``initial_participant`` a participant code
    (e.g. ``"partner-workers"``) or ``"everyone"``.
    """
    if initial_approach not in APPROACHES:
        raise ValueError(f"initial_approach must be one of {list(APPROACHES)}")
    if initial_participant != EVERYONE and initial_participant not in PARTICIPANTS:
        raise ValueError(f"initial_participant must be 'everyone' or one of {list(PARTICIPANTS)}")
    steps_table = proposal_steps_table(steps)
    cells = proposal_cells_table(steps)
    summary = proposal_summary_table(steps)
    participant_labels = [label for label, _ in PARTICIPANTS.values()]

    approach = alt.param(name="approach_pick", value=APPROACHES[initial_approach],
                         bind=alt.binding_radio(options=list(APPROACHES.values()), name="Show the steps of: "))
    who = alt.param(name="who_pick",
                    value=EVERYONE if initial_participant == EVERYONE else PARTICIPANTS[initial_participant][0],
                    bind=alt.binding_select(options=[EVERYONE, *participant_labels],
                                            name="Highlight who takes part: "))
    in_focus = (who == EVERYONE) | (alt.datum.participant_label == who)
    x = alt.X("participant_label:N", sort=participant_labels, scale=alt.Scale(domain=participant_labels),
              axis=_participant_axis("top"))
    x_plain = alt.X("participant_label:N", sort=participant_labels, scale=alt.Scale(domain=participant_labels),
                    axis=_participant_axis("top", show_labels=False))
    width = COLUMN_STEP * len(PARTICIPANTS)

    # The overview: phases down, participants across, current (left) and proposed (right) squares.
    summary_tooltip = [alt.Tooltip("approach_label:N", title="Approach"), alt.Tooltip("phase_label:N", title="Phase"),
                       alt.Tooltip("participant_label:N", title="Who"),
                       alt.Tooltip("steps_text:N", title="Takes part in"), alt.Tooltip("sources:N", title="Source")]
    approach_scale = alt.Scale(domain=list(APPROACHES.values()), range=APPROACH_COLORS)
    overview_base = alt.Chart(summary[SUMMARY_FIELDS])
    column_band = overview_base.transform_filter(in_focus & (who != EVERYONE)).mark_rect(
        color=HIGHLIGHT_BAND_FILL).encode(x=x, y=alt.Y("phase_label:N", sort=list(PHASES.values()), title=None))
    squares = overview_base.mark_point(shape="square", size=170, strokeWidth=1.6, filled=False).encode(
        x=x, xOffset=alt.XOffset("approach_label:N", sort=list(APPROACHES.values()),
                                 scale=alt.Scale(paddingOuter=0.6)),
        y=alt.Y("phase_label:N", sort=list(PHASES.values()), title=None,
                axis=alt.Axis(domain=False, ticks=False, labelFontWeight=600, minExtent=LABEL_WIDTH,
                              maxExtent=LABEL_WIDTH)),
        stroke=alt.Stroke("approach_label:N", scale=approach_scale, legend=None),
        # The legend hangs on the fill channel: Vega-Lite merges the two channels' legends and drops
        # the pair when either of them switches its legend off.
        fill=alt.condition("datum.takes_part",
                           alt.Fill("approach_label:N", scale=approach_scale,
                                    legend=alt.Legend(title="Squares", orient="bottom", direction="vertical",
                                                      symbolType="square", labelExpr=_side_label_expr())),
                           alt.value(BACKGROUND_COLOR)),
        opacity=alt.condition(in_focus, alt.value(1.0), alt.value(0.25)),
        tooltip=summary_tooltip)
    overview = alt.layer(column_band, squares).properties(
        width=width, height=alt.Step(34),
        title=alt.Title("Who takes part in each phase (filled: in at least one step)", fontSize=13,
                        fontWeight=500, anchor="start", frame="bounds", offset=8))

    # One grid of steps per phase, for the approach picked with the radio control.
    step_tooltip = [alt.Tooltip("step:N", title="Step"), alt.Tooltip("approach_label:N", title="Approach"),
                    alt.Tooltip("status_label:N", title="Status"),
                    alt.Tooltip("participants_text:N", title="Who takes part"),
                    alt.Tooltip("description:N", title="What happens"),
                    alt.Tooltip("caveat:N", title="Risk or limit the source raises"),
                    alt.Tooltip("source:N", title="Source"), alt.Tooltip("note:N", title="Other sources")]
    status_scale = alt.Scale(domain=list(STATUSES.values()), range=STATUS_COLORS)
    step_words = steps_table[["step_id", *LOOKUP_FIELDS]]
    panels = []
    for index, (phase, phase_label) in enumerate(PHASES.items()):
        base = alt.Chart(cells[CELL_FIELDS]).transform_filter(alt.datum.phase == phase).transform_lookup(
            lookup="step_id", from_=alt.LookupData(step_words, "step_id", LOOKUP_FIELDS)).transform_filter(
            alt.datum.approach_label == approach)
        y = alt.Y("step:N", title=None, sort=alt.EncodingSortField("step_order", order="ascending"),
                  axis=alt.Axis(domain=False, ticks=False, labelLimit=LABEL_WIDTH - 8, minExtent=LABEL_WIDTH,
                                maxExtent=LABEL_WIDTH, labelFontSize=11, labelLineHeight=13,
                                labelExpr=_step_label_expr(steps_table["step"])))
        rows = base.transform_filter(alt.datum.participant == "us-government").mark_rule(
            color=ROW_RULE_COLOR).encode(y=y)
        absent = base.transform_filter(~alt.datum.takes_part).mark_point(
            size=14, filled=True, color=ABSENT_COLOR).encode(
            x=x_plain, y=y, opacity=alt.condition(in_focus, alt.value(1.0), alt.value(0.35)),
            tooltip=[alt.Tooltip("participant_label:N", title="Who"),
                     alt.Tooltip("takes_part_text:N", title="In this step"), *step_tooltip])
        present = base.transform_filter(alt.datum.takes_part).mark_point(size=150, filled=True).encode(
            x=x_plain, y=y,
            color=alt.Color("status_label:N", scale=status_scale,
                            legend=alt.Legend(title="Dots: the step is", orient="bottom", direction="vertical")
                            if index == len(PHASES) - 1 else None),
            opacity=alt.condition(in_focus, alt.value(1.0), alt.value(0.2)),
            tooltip=[alt.Tooltip("participant_label:N", title="Who"),
                     alt.Tooltip("takes_part_text:N", title="In this step"), *step_tooltip])
        panels.append(alt.layer(rows, absent, present).properties(
            width=width, height=alt.Step(ROW_STEP),
            title=alt.Title(alt.expr(f"'{phase_label} \u00b7 ' + approach_pick"), fontSize=13,
                            fontWeight=600, anchor="start", frame="bounds", offset=6)))

    # The step grids change height with the approach shown; "resize" makes Vega re-measure the
    # chart then, so it does not spill over the controls below it.
    chart = alt.vconcat(overview, *panels, spacing=18).add_params(approach, who).resolve_scale(
        color="independent", x="shared").properties(autosize=alt.AutoSizeParams(type="pad", resize=True))
    return finish_chart(
        chart, title=title,
        source="LeClercq (2023), Part IV, for the proposal; U.S. statutes, USTR and LeClercq (2023, 2026) for current practice",
        description=description,
        table=ChartTable(steps_table, {"approach_label": "Approach", "phase_label": "Phase", "step": "Step",
                                       "participants_text": "Who takes part", "status_label": "Status",
                                       "description": "What happens", "caveat": "Risk or limit the source raises",
                                       "source": "Source"}, csv_file="policy_process_comparison.csv"),
    )
