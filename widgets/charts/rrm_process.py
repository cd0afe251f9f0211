"""RRM case-process view: the stages of a case in order, with the time limit each one carries."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ROW_LABEL_CHARS, ChartTable, finish_chart, row_layout, wrap_lines
from widgets.datapackage import allowed_values

ALL_ROUTES = "all routes"  # the control's first option: no route highlighted
EVERY_CASE = "all cases"  # the path of stages that every case goes through, whatever its route
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["step", "step_lines", "stage", "actor", "path", "days", "has_deadline", "deadline_text", "deadline_basis", "description",
                "source"]


def rrm_process_table(stages: pd.DataFrame) -> pd.DataFrame:
    """One row per stage with the words the chart shows; stages without a limit get 0 days."""
    rows = stages.sort_values("order").copy()
    rows["step"] = rows["order"].astype(str) + ". " + rows["stage"]
    rows["step_lines"] = [wrap_lines(step, ROW_LABEL_CHARS) for step in rows["step"]]
    rows["has_deadline"] = rows["deadline_days"].notna()
    rows["days"] = rows["deadline_days"].fillna(0).astype(int)
    rows["deadline_text"] = [f"{int(d)} days" if pd.notna(d) else "no time limit in the texts read"
                             for d in rows["deadline_days"]]
    rows["deadline_basis"] = rows["deadline_basis"].fillna("")
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    columns = ["order", "step", "step_lines", "stage", "actor", "path", "days", "has_deadline", "deadline_text", "deadline_basis",
               "description", "source"]
    out = rows[columns].reset_index(drop=True)
    return out.astype({c: "object" for c in columns if c not in ("order", "days", "has_deadline")}).astype(
        {"order": "int", "days": "int", "has_deadline": "bool"})


def rrm_process_chart(stages: pd.DataFrame, *, title: str, description: str) -> alt.LayerChart:
    """Stages top to bottom with a bar for each time limit; a radio control highlights one route.

    Stages on every route stay highlighted; the control dims the stages of the other route, so a
    reader sees which steps a remediated case and a panel case go through.
    """
    table = rrm_process_table(stages)
    paths = allowed_values("rrm_process_stages", "path")
    routes = [ALL_ROUTES, *(p for p in paths if p != EVERY_CASE)]
    route = alt.param(name="route", value=ALL_ROUTES,
                      bind=alt.binding_radio(options=routes, name="Highlight the route: "))
    on_route = (route == ALL_ROUTES) | (alt.datum.path == EVERY_CASE) | (alt.datum.path == route)
    # An explicit order: a field sort is ignored when layers share the axis. Each stage's name sits
    # above its bar (wrapped), not on the axis, so the bars keep the width of a phone's screen.
    y = alt.Y("step:N", title=None, sort=list(table["step"]), axis=None)
    rows = row_layout(table["step_lines"])
    tooltip = [alt.Tooltip("stage:N", title="Stage"), alt.Tooltip("actor:N", title="Who acts"),
               alt.Tooltip("path:N", title="Route"), alt.Tooltip("deadline_text:N", title="Time limit"),
               alt.Tooltip("deadline_basis:N", title="Counted from"), alt.Tooltip("description:N", title="What happens"),
               alt.Tooltip("source:N", title="Source")]
    opacity = alt.condition(on_route, alt.value(1.0), alt.value(0.2))
    base = alt.Chart(table[CHART_FIELDS])
    bars = base.transform_filter(alt.datum.has_deadline).mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y, x=alt.X("days:Q", title="Days allowed for the stage", scale=alt.Scale(domainMin=0)),
        color=alt.Color("path:N", title="Route", scale=alt.Scale(domain=paths)),
        opacity=opacity, tooltip=tooltip)
    labels = base.mark_text(align="left", dx=4, yOffset=rows.mark_offset).encode(
        y=y, x="days:Q", text="deadline_text:N", opacity=opacity, tooltip=tooltip)
    names = rows.label(base, y, "step_lines").encode(opacity=opacity, tooltip=tooltip)
    chart = alt.layer(bars, labels, names).add_params(route).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title,
        source="19 U.S.C. 4646; USMCA Annex 31-A as described by USTR, LeClercq (2023) and law-firm explainers",
        description=description,
        table=ChartTable(table, {"step": "Stage", "actor": "Who acts", "path": "Route", "deadline_text": "Time limit",
                                 "deadline_basis": "Counted from", "source": "Source"}, csv_file="rrm_process_stages.csv"),
    )
