"""Who takes part, step by step: current U.S. procedures beside LeClercq's consultative proposal.

The figure reads ``policy_process_comparison`` (one row per approach, phase and step, with the
participants of each step) and lays out two things a reader can compare:

* an overview table, participants down and phases across, saying in how many of the phase's steps
  each participant takes part, now and under LeClercq's proposal;
* then, phase by phase, the steps of each approach as numbered cards: what happens, who takes part,
  whether the step is in use now, kept, revised, new or an alternative, the risk the source raises,
  and the source.

Radio buttons show the steps of one approach or both; a drop-down marks one participant's row in
the table and the steps it takes part in, and a status line counts them.
"""

from __future__ import annotations

import pandas as pd

from widgets.bibliography import source_label
from widgets.html_figures.frame import (
    Choice,
    HtmlFigure,
    esc,
    figure_html,
    figure_id,
    radios,
    select,
    status_line,
    token,
)

KIND = "proposal-stages"
EVERYONE = "everyone"
BOTH = "both"

# Participant codes as the data package spells them, in the order of the columns (U.S. side, then
# the partner's side, then those who belong to neither), with the words the reader sees.
PARTICIPANTS = {
    "us-government": "U.S. government",
    "us-workers": "U.S. workers and unions",
    "us-employers": "U.S. employers",
    "partner-government": "Partner government",
    "partner-workers": "Partner-country workers and unions",
    "partner-employers": "Partner-country employers and facilities",
    "civil-society": "Civil society and the public",
    "ilo": "ILO",
}
PHASES = {"negotiate": "Negotiate", "monitor": "Monitor", "enforce": "Enforce"}
APPROACHES = {"current": "Current U.S. practice", "proposed": "LeClercq's proposal"}
# How the overview table names the approaches in its cells (its caption says what they stand for).
APPROACH_SHORT = {"current": "Now", "proposed": "Proposal"}
STATUSES = {"in use": "In use now", "kept": "Kept from current practice", "revised": "Current practice, revised",
            "new": "New in the proposal", "alternative": "An alternative she offers"}

# Step names stay short enough to read as a card's heading.
MAX_STEP_CHARS = 40


def _participant_codes(cell: str, step_id: str) -> list[str]:
    codes = [c.strip() for c in cell.split(";") if c.strip()]
    unknown = [c for c in codes if c not in PARTICIPANTS]
    if unknown:
        raise ValueError(f"step '{step_id}' names unknown participants: {', '.join(unknown)}")
    return codes


def proposal_steps_table(steps: pd.DataFrame) -> pd.DataFrame:
    """One row per step, in reading order, with the words the figure shows.

    Raises ValueError for an unknown participant, phase, approach or status, or a step name too long
    for a card's heading, so a slip in the data shows up as an error rather than as a missing step.
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
    rows["participants_text"] = [", ".join(PARTICIPANTS[c] for c in cs) for cs in codes]
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

    Only the keys and the answer; each step's words are in :func:`proposal_steps_table`.
    """
    table = proposal_steps_table(steps)
    records = []
    for row in table.itertuples():
        present = set(row.participant_codes.split(";"))
        for order, (code, label) in enumerate(PARTICIPANTS.items()):
            records.append({"step_id": row.step_id, "approach": row.approach, "phase": row.phase,
                            "step_order": row.step_order, "participant": code, "participant_label": label,
                            "participant_order": order, "takes_part": code in present,
                            "takes_part_text": "takes part" if code in present else "no part in this step"})
    return pd.DataFrame.from_records(records)


def proposal_summary_table(steps: pd.DataFrame) -> pd.DataFrame:
    """One row per phase, participant and approach: in how many of the phase's steps the participant takes part.

    ``steps_text`` names those steps and ``sources`` their sources with locators.
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
            "participant": code, "participant_label": PARTICIPANTS[code],
            "takes_part": bool(len(present)), "steps_with": len(present), "steps_total": total,
            "steps_text": (f"{len(present)} of the {total} steps listed: {names}" if len(present)
                           else f"none of the {total} steps listed"),
            "sources": "; ".join(dict.fromkeys(present["source"])) or "see the steps below",
        })
    return pd.DataFrame.from_records(records)


def _count_text(row: pd.Series) -> str:
    if not row["steps_with"]:
        return f"none of {row['steps_total']} steps"
    return f"{row['steps_with']} of {row['steps_total']} steps"


def proposal_stages_figure(steps: pd.DataFrame, *, title: str, description: str, initial_approach: str = BOTH,
                           initial_participant: str = EVERYONE) -> HtmlFigure:
    """The overview table above the steps of each phase; radios pick the approach, a drop-down a participant.

    ``initial_approach`` is ``"both"``, ``"current"`` or ``"proposed"``; ``initial_participant`` a
    participant code (e.g. ``"partner-workers"``) or ``"everyone"``.
    """
    if initial_approach != BOTH and initial_approach not in APPROACHES:
        raise ValueError(f"initial_approach must be 'both' or one of {list(APPROACHES)}")
    if initial_participant != EVERYONE and initial_participant not in PARTICIPANTS:
        raise ValueError(f"initial_participant must be 'everyone' or one of {list(PARTICIPANTS)}")
    table = proposal_steps_table(steps)
    summary = proposal_summary_table(steps).set_index(["participant", "phase", "approach"])
    fid = figure_id(KIND, title)
    approach_choices = [Choice("", "Both"), *(Choice(code, label) for code, label in APPROACHES.items())]
    who_choices = [Choice("", "Everyone"), *(Choice(code, label) for code, label in PARTICIPANTS.items())]
    controls = [*radios(fid, "approach", "Show the steps of:", approach_choices,
                        "" if initial_approach == BOTH else initial_approach, "filter"),
                *select(fid, "participants", "Highlight who takes part:", who_choices,
                        "" if initial_participant == EVERYONE else initial_participant, "highlight"),
                *status_line("Steps shown: {shown} of {total}; with the participant highlighted: {matched}.")]

    body = ['<table class="wct-matrix">',
            "<caption>Who takes part in each phase: in how many of the steps listed, now (current U.S. practice)"
            " and under LeClercq's proposal</caption>", "<thead>", "<tr>", '<th scope="col">Participant</th>']
    body += [f'<th scope="col">{esc(label)}</th>' for label in PHASES.values()]
    body += ["</tr>", "</thead>", "<tbody>"]
    for code, label in PARTICIPANTS.items():
        body += [f'<tr data-wct-mark data-participants="{code}">', f'<th scope="row">{esc(label)}</th>']
        for phase, phase_label in PHASES.items():
            parts = []
            for approach in APPROACHES:
                row = summary.loc[(code, phase, approach)]
                state = "yes" if row["takes_part"] else "no"
                parts.append(f'<span class="wct-take-part wct-take-part-{state} wct-approach-{approach}">'
                             f"{APPROACH_SHORT[approach]}: {esc(_count_text(row))}</span>")
            body.append(f'<td data-label="{esc(phase_label)}">' + " ".join(parts) + "</td>")
        body.append("</tr>")
    body += ["</tbody>", "</table>"]
    for phase, phase_label in PHASES.items():
        body += [f'<section class="wct-phase-steps" aria-labelledby="{fid}-{phase}">',
                 f'<h3 id="{fid}-{phase}">{esc(phase_label)}</h3>', '<div class="wct-paths">']
        for approach, approach_label in APPROACHES.items():
            group = table[(table["phase"] == phase) & (table["approach"] == approach)]
            body += [f'<div class="wct-path" data-wct-group data-approach="{approach}">',
                     f"<h4>{esc(approach_label)}</h4>", '<ol class="wct-steps">']
            for row in group.itertuples():
                codes = row.participant_codes.replace(";", " ")
                body += [f'<li class="wct-card wct-step wct-status-{token(row.status)}" data-wct-item'
                         f' data-approach="{approach}" data-participants="{codes}">',
                         f'<p class="wct-step-title"><strong>{esc(row.step)}</strong>'
                         f' <span class="wct-badge">{esc(row.status_label)}</span></p>',
                         f"<p>{esc(row.description)}</p>", "<dl>",
                         f"<dt>Who takes part</dt><dd>{esc(row.participants_text)}</dd>",
                         f"<dt>Risk or limit the source raises</dt><dd>{esc(row.caveat)}</dd>", "</dl>",
                         f'<p class="wct-source">Source: {esc(row.source)}'
                         + (f". Other sources: {esc(row.note)}" if row.note else "") + "</p>", "</li>"]
            body += ["</ol>", "</div>"]
        body += ["</div>", "</section>"]
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source="LeClercq (2023), Part IV, for the proposal; U.S. statutes, USTR and LeClercq (2023, 2026)"
                              " for current practice",
                       csv_file="policy_process_comparison.csv")
