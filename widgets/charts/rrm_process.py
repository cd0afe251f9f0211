"""RRM case-process view: the stages of a case in order, with the time limit each one carries."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ROW_LABEL_CHARS, ChartTable, finish_chart, row_layout, wrap_lines
from widgets.datapackage import allowed_values
from widgets.i18n import say

ALL_ROUTES = "all routes"  # the control's first option: no route highlighted
EVERY_CASE = "all cases"  # the path of stages that every case goes through, whatever its route
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["step", "step_lines", "stage", "actor", "path", "days", "has_deadline", "deadline_text", "deadline_basis", "description",
                "source"]


def rrm_process_table(stages: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per stage with the words the chart shows; stages without a limit get 0 days.

    With ``lang`` other than English the stage, who acts, the route, what the clock runs from and what
    happens are said in it (:mod:`widgets.i18n`; data/rrm_process_stages.csv keeps them in English);
    the source stays as the source is named."""
    rows = stages.sort_values("order").copy()
    if lang != "en":
        for column in ("stage", "actor", "path", "deadline_basis", "description"):
            rows[column] = rows[column].map(lambda text: say(text, lang), na_action="ignore")
    rows["step"] = rows["order"].astype(str) + ". " + rows["stage"]
    rows["step_lines"] = [wrap_lines(step, ROW_LABEL_CHARS) for step in rows["step"]]
    rows["has_deadline"] = rows["deadline_days"].notna()
    rows["days"] = rows["deadline_days"].fillna(0).astype(int)
    if lang == "en":
        rows["deadline_text"] = [f"{int(d)} days" if pd.notna(d) else "no time limit in the sources cited"
                                 for d in rows["deadline_days"]]
    else:
        rows["deadline_text"] = [say("{days} days", lang, days=int(d)) if pd.notna(d)
                                 else say("no time limit in the sources cited", lang) for d in rows["deadline_days"]]
    rows["deadline_basis"] = rows["deadline_basis"].fillna("")
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    columns = ["order", "step", "step_lines", "stage", "actor", "path", "days", "has_deadline", "deadline_text", "deadline_basis",
               "description", "source"]
    out = rows[columns].reset_index(drop=True)
    return out.astype({c: "object" for c in columns if c not in ("order", "days", "has_deadline")}).astype(
        {"order": "int", "days": "int", "has_deadline": "bool"})


def rrm_process_chart(stages: pd.DataFrame, *, title: str, description: str, lang: str = "en") -> alt.LayerChart:
    """Stages top to bottom with a bar for each time limit; a radio control highlights one route.

    Stages on every route stay highlighted; the control dims the stages of the other route, so a
    reader sees which steps a remediated case and a panel case go through. ``lang`` is the language of
    the chart's words and of the stages (:mod:`widgets.i18n`).
    """
    table = rrm_process_table(stages, lang)
    paths = [say(p, lang) for p in allowed_values("rrm_process_stages", "path")]
    all_routes, every_case = say(ALL_ROUTES, lang), say(EVERY_CASE, lang)
    routes = [all_routes, *(p for p in paths if p != every_case)]
    route = alt.param(name="route", value=all_routes,
                      bind=alt.binding_radio(options=routes, name=say("Highlight the route: ", lang)))
    on_route = (route == all_routes) | (alt.datum.path == every_case) | (alt.datum.path == route)
    # An explicit order: a field sort is ignored when layers share the axis. Each stage's name sits
    # above its bar (wrapped), not on the axis, so the bars keep the width of a phone's screen.
    y = alt.Y("step:N", title=None, sort=list(table["step"]), axis=None)
    rows = row_layout(table["step_lines"])
    words = {w: say(w, lang) for w in ("Stage", "Who acts", "Route", "Time limit", "Counted from", "What happens", "Source")}
    tooltip = [alt.Tooltip("stage:N", title=words["Stage"]), alt.Tooltip("actor:N", title=words["Who acts"]),
               alt.Tooltip("path:N", title=words["Route"]), alt.Tooltip("deadline_text:N", title=words["Time limit"]),
               alt.Tooltip("deadline_basis:N", title=words["Counted from"]),
               alt.Tooltip("description:N", title=words["What happens"]), alt.Tooltip("source:N", title=words["Source"])]
    opacity = alt.condition(on_route, alt.value(1.0), alt.value(0.2))
    base = alt.Chart(table[CHART_FIELDS])
    bars = base.transform_filter(alt.datum.has_deadline).mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y, x=alt.X("days:Q", title=say("Days allowed for the stage", lang), scale=alt.Scale(domainMin=0)),
        color=alt.Color("path:N", title=words["Route"], scale=alt.Scale(domain=paths)),
        opacity=opacity, tooltip=tooltip)
    labels = base.mark_text(align="left", dx=4, yOffset=rows.mark_offset).encode(
        y=y, x="days:Q", text="deadline_text:N", opacity=opacity, tooltip=tooltip)
    names = rows.label(base, y, "step_lines").encode(opacity=opacity, tooltip=tooltip)
    chart = alt.layer(bars, labels, names).add_params(route).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title,
        source=say("19 U.S.C. 4646; USMCA Annex 31-A as described by USTR, LeClercq (2023) and law-firm explainers", lang),
        description=description, lang=lang,
        table=ChartTable(table, {"step": words["Stage"], "actor": words["Who acts"], "path": words["Route"],
                                 "deadline_text": words["Time limit"], "deadline_basis": words["Counted from"],
                                 "source": words["Source"]}, csv_file="rrm_process_stages.csv"),
    )
