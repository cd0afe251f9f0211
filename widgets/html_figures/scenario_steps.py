"""Two paths through a hypothetical, step by step: LeClercq's Ivory Coast scenario under current U.S.
procedures and under her proposal.

The paths stand side by side (stacked on a phone) as two numbered lists of step cards; each card
gives the step's phase, what happens, who acts, what workers can do, the real record it builds on and
the source. A drop-down walks through the steps: cards up to the chosen step are marked as reached
and the chosen step is outlined on both paths (on a path that has ended, its last step). Nothing is
hidden: every card is always in the page.
"""

from __future__ import annotations

import pandas as pd

from widgets.bibliography import source_label
from widgets.datapackage import allowed_values
from widgets.formatting import format_date
from widgets.html_figures.frame import Choice, HtmlFigure, esc, figure_html, figure_id, select, status_line, token

KIND = "scenario-steps"
# Labels of the schema's paths and phases (their order is the schema's: see allowed_values).
PATHS = {"current": "Current U.S. approach", "proposed": "LeClercq's proposal"}
PHASE_LABELS = {"negotiation": "Negotiation", "monitoring": "Monitoring", "enforcement": "Enforcement"}
NO_ANCHOR = "none (an imagined step)"
ALL_STEPS = "Every step"


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
    """One row per (path, step), in order, with the words the figure shows.

    ``events`` (timeline_events) turns each step's ``anchor_event_id`` into the dated record in
    words. Raises ValueError for an unknown path or phase, or if a path's steps are not numbered
    1, 2, 3... without gaps, so a gap in the data shows up as an error rather than a missing card.
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
    anchors = _anchors(rows, events)
    rows["anchor_date"] = [date for date, _ in anchors]
    rows["anchor_event"] = [event for _, event in anchors]
    rows["anchor"] = [NO_ANCHOR if not event else (f"{date}: {event}" if date else event) for date, event in anchors]
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    columns = ["step_id", "path", "path_label", "step", "last_step", "phase", "phase_label", "short",
               "description", "actor", "worker_role", "anchor_date", "anchor_event", "anchor", "source"]
    out = rows[columns]
    numeric = ["step", "last_step"]
    return out.astype({c: "object" for c in columns if c not in numeric}).astype({c: "int" for c in numeric})


def scenario_steps_figure(steps: pd.DataFrame, *, title: str, description: str,
                          events: pd.DataFrame | None = None, initial_step: int | None = None) -> HtmlFigure:
    """Two numbered lists of step cards, one per path, and a drop-down that walks through the steps.

    ``events`` (timeline_events) lets each card name the real, dated record it builds on;
    ``initial_step`` is the drop-down's first choice (by default, every step shown as reached).
    """
    table = scenario_steps_table(steps, events)
    max_step = int(table["step"].max())
    if initial_step is not None and not 1 <= initial_step <= max_step:
        raise ValueError(f"initial_step must be between 1 and {max_step}, not {initial_step}")
    fid = figure_id(KIND, title)
    choices = [Choice("", ALL_STEPS), *(Choice(str(n), f"Step {n}") for n in range(1, max_step + 1))]
    controls = [*select(fid, "step", "Walk through the steps:", choices,
                        "" if initial_step is None else str(initial_step), "step"),
                *status_line("Steps reached: {marked} of {total}.")]
    body = ['<div class="wct-paths">']
    for path, group in table.groupby("path", sort=False):
        label = group["path_label"].iloc[0]
        body += [f'<section class="wct-path" data-path="{token(path)}" aria-labelledby="{fid}-{token(path)}">',
                 f'<h3 id="{fid}-{token(path)}">{esc(label)} ({len(group)} steps)</h3>', '<ol class="wct-steps">']
        for row in group.itertuples():
            last = " (last step)" if row.step == row.last_step else ""
            body += [f'<li class="wct-card wct-step" data-wct-item data-step="{row.step}"'
                     f' data-last-step="{row.last_step}" data-phase="{token(row.phase)}">',
                     f'<p class="wct-step-heading"><span class="wct-phase wct-phase-{token(row.phase)}">'
                     f"{esc(row.phase_label)}</span> Step {row.step} of {row.last_step}{last}</p>",
                     f"<h4>{esc(row.short)}</h4>",
                     f"<p>{esc(row.description)}</p>", "<dl>",
                     f"<dt>Who acts</dt><dd>{esc(row.actor)}</dd>",
                     f"<dt>What workers can do</dt><dd>{esc(row.worker_role)}</dd>",
                     f"<dt>Real record it builds on</dt><dd>{esc(row.anchor)}</dd>", "</dl>",
                     f'<p class="wct-source">Source: {esc(row.source)}</p>', "</li>"]
        body += ["</ol>", "</section>"]
    body.append("</div>")
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source="LeClercq (2023), Part IV (a hypothetical); real records as named in each step",
                       csv_file="ivory_coast_steps.csv")
