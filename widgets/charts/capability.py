"""Capability view: which of the capabilities empowerment needs each group of surveyed workers had.

The 2024 field study reports its findings in both directions: some figures are shares of workers
who *have* a capability ("76% were aware of the reform"), others shares who *lack* one ("79% were
unaware of the RRM"). This view keeps each figure in the direction its source states it. A share
lacking a capability is drawn to the left of zero and never turned into a share having it, because
the complement is not what the source says (its wording may cover more than one question, and its
base may be unclear). Groups the sources give no figure for are shown as such, not left out.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ChartTable, finish_chart, row_layout, row_lines
from widgets.charts.survey import sample_note
from widgets.datapackage import allowed_values
from widgets.formatting import format_number
from widgets.theme import AXIS_COLOR, MUTED_COLOR

HAS = "have it"
LACKS = "lack it"
NOT_REPORTED = "no figure reported"
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["capability", "capability_text", "group", "group_lines", "direction", "signed_percent", "label", "share_text",
                "as_reported", "shown_as", "source", "report_locator", "caution"]

# Each capability a reader can pick: a plain description, and the field-study measures
# (``field_study_results.measure``) that report it, each with the direction the figure is stated in.
CAPABILITIES: dict[str, dict] = {
    "Knowing of the labor reform": {
        "description": "Knowing of the labor reform: aware of Mexico's labor law reform",
        "measures": {"aware_of_labor_law_reform": HAS},
    },
    "Understanding the vote": {
        "description": ("Understanding the vote: understanding the new democratic processes (such as the "
                        "legitimization vote) the labor reform introduced"),
        "measures": {"understood_democratic_processes": HAS, "received_training_and_understood_processes": HAS},
    },
    "Knowing the RRM exists": {
        "description": "Knowing the mechanism exists: aware of the Rapid Response Mechanism (RRM)",
        "measures": {"aware_of_rrm": HAS, "unaware_of_rrm": LACKS},
    },
    "Willing to use the RRM": {
        "description": "Being willing to use the mechanism: would use the RRM",
        "measures": {"would_use_rrm": HAS, "would_not_use_rrm": LACKS},
    },
}

_SHOWN_AS = {
    HAS: "The source reports the share of workers who have this capability.",
    LACKS: ("The source reports the share who lack this capability; it gives no share who have it, so "
            "none is drawn (100 minus this figure is not what the source says)."),
    NOT_REPORTED: "The sources used give no percentage for this group on this capability.",
}


def _joined(values) -> str:
    """Distinct non-empty values in order, joined for a tooltip line."""
    return "; ".join(dict.fromkeys(v for v in values if isinstance(v, str) and v))


def capability_table(results: pd.DataFrame, capabilities: dict[str, dict] | None = None) -> pd.DataFrame:
    """One row per (capability, group): the figure in its stated direction, or a 'no figure' row.

    When several sources report the same figure for a group they share one row, and the tooltip
    names them all. Raises ValueError if a mapped measure is missing from ``results`` or if sources
    give different figures for the same capability, group and direction (show those with
    ``survey_chart``, which sets them side by side).
    """
    capabilities = CAPABILITIES if capabilities is None else capabilities
    missing = {m for spec in capabilities.values() for m in spec["measures"]} - set(results["measure"])
    if missing:
        raise ValueError(f"no field-study results for measures {sorted(missing)}")
    order = allowed_values("field_study_results", "group")
    groups = [g for g in order if g in set(results["group"])] + sorted(set(results["group"]) - set(order))
    rows = []
    for capability, spec in capabilities.items():
        reported = results[results["measure"].isin(spec["measures"])].copy()
        reported["direction"] = reported["measure"].map(spec["measures"])
        for group in groups:
            in_group = reported[reported["group"] == group]
            if in_group.empty:
                rows.append({"capability": capability, "capability_text": spec["description"], "group": group,
                             "direction": NOT_REPORTED, "percent": 0.0, "signed_percent": 0.0,
                             "label": NOT_REPORTED, "share_text": "not reported", "as_reported": "—",
                             "shown_as": _SHOWN_AS[NOT_REPORTED], "source": "—", "report_locator": "—",
                             "caution": "", "result_ids": ""})
                continue
            for direction, figures in in_group.groupby("direction", sort=False):
                if figures["percent"].nunique() > 1:
                    raise ValueError(f"sources disagree on '{capability}' for {group} ({direction}): "
                                     f"{sorted(figures['percent'])}; use survey_chart to show them side by side")
                percent = float(figures["percent"].iloc[0])
                share = format_number(percent, "percent")
                rows.append({
                    "capability": capability, "capability_text": spec["description"], "group": group,
                    "direction": direction, "percent": percent,
                    "signed_percent": percent if direction == HAS else -percent,
                    "label": share, "share_text": f"{share} {direction}",
                    "as_reported": f"{share}: {_joined(figures['measure_label'])}",
                    "shown_as": _SHOWN_AS[direction],
                    "source": _joined(source_label(r.citation_key, r.locator) for r in figures.itertuples()),
                    "report_locator": _joined(figures["report_locator"]) or "not given",
                    "caution": _joined(figures["ambiguity_note"]),
                    "result_ids": _joined(figures["result_id"]),
                })
    table = pd.DataFrame(rows)
    table["group_lines"] = table["group"].map(row_lines)
    text_columns = [c for c in table.columns if c not in ("percent", "signed_percent")]
    return table.astype({c: "object" for c in text_columns}).astype({"percent": "float", "signed_percent": "float"})


def capability_chart(results: pd.DataFrame, design: pd.DataFrame, *, title: str, description: str,
                     capabilities: dict[str, dict] | None = None) -> alt.LayerChart:
    """Diverging bars: for the capability picked with radio buttons, who has it and who lacks it.

    Shares of workers who have the capability run right of zero, shares who lack it run left, each
    only where a source states it; a group with no figure is labelled "no figure reported". The
    radio buttons are a Vega-Lite parameter, so they work in the static page. Hovering shows the
    source's wording, the locator in the citing source and in the study report, and any ambiguity.
    The subtitle carries the snowball-sample caveat from the study design.
    """
    table = capability_table(results, capabilities)
    options = list(dict.fromkeys(table["capability"]))
    pick = alt.param(name="capability", value=options[0],
                     bind=alt.binding_radio(options=options, name="Capability: "))
    base = alt.Chart(table[CHART_FIELDS]).transform_filter(alt.datum.capability == pick)
    groups = list(dict.fromkeys(table["group"]))
    # Each group's name sits above its bar, so the bars keep a phone's width.
    y = alt.Y("group:N", title=None, sort=groups, axis=None)
    rows = row_layout(table["group_lines"])
    x = alt.X("signed_percent:Q", scale=alt.Scale(domain=[-100, 100]),
              title="◀ share of workers lacking it  |  share of workers having it ▶",
              axis=alt.Axis(values=list(range(-100, 101, 50)), labelExpr="abs(datum.value) + '%'"))
    tooltip = [alt.Tooltip("capability_text:N", title="Capability"), alt.Tooltip("group:N", title="Group"),
               alt.Tooltip("share_text:N", title="Share"), alt.Tooltip("as_reported:N", title="As reported"),
               alt.Tooltip("shown_as:N", title="How it is shown"), alt.Tooltip("source:N", title="Source"),
               alt.Tooltip("report_locator:N", title="In the study report"),
               alt.Tooltip("caution:N", title="Caution")]
    reported = base.transform_filter(alt.datum.direction != NOT_REPORTED)
    bars = reported.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y, x=x, tooltip=tooltip,
        color=alt.Color("direction:N", title="What the source reports", scale=alt.Scale(domain=[HAS, LACKS]),
                        legend=alt.Legend(labelExpr="'share of workers who ' + datum.label")))
    has_labels = base.transform_filter(alt.datum.direction == HAS).mark_text(
        align="left", dx=4, fontWeight=600, yOffset=rows.mark_offset).encode(
        y=y, x="signed_percent:Q", text="label:N", tooltip=tooltip)
    lacks_labels = base.transform_filter(alt.datum.direction == LACKS).mark_text(
        align="right", dx=-4, fontWeight=600, yOffset=rows.mark_offset).encode(y=y, x="signed_percent:Q", text="label:N", tooltip=tooltip)
    missing = base.transform_filter(alt.datum.direction == NOT_REPORTED).mark_text(
        align="left", dx=6, fontStyle="italic", color=MUTED_COLOR, yOffset=rows.mark_offset).encode(
        y=y, x="signed_percent:Q", text="label:N", tooltip=tooltip)
    # The zero line: one rule, from a one-row dataset of its own.
    zero = alt.Chart(alt.Data(values=[{}])).mark_rule(color=AXIS_COLOR).encode(x=alt.datum(0))
    names = rows.label(base, y, "group_lines").encode(tooltip=tooltip)
    chart = alt.layer(bars, zero, has_labels, lacks_labels, missing, names).add_params(pick).properties(
        width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title,
        source=f"LeClercq (2026), Part I.C, and the study report it cites; Spiegelman (2024). {sample_note(design)}",
        description=description,
        table=ChartTable(table, {"capability": "Capability", "group": "Group", "share_text": "Share",
                                 "as_reported": "As reported", "source": "Source", "report_locator": "Study report",
                                 "caution": "Caution"}, csv_file="field_study_results.csv"),
    )
