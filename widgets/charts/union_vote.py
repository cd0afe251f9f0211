"""Union-election view: each union's votes at one facility, as counts or as shares of a chosen base."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ChartTable, finish_chart, row_layout, row_lines
from widgets.formatting import format_number
from widgets.i18n import say, say_name, spanish_number

VOTES = "Number of votes"
# Each base a share can be taken of: (measure in case_outcomes, label on the control, what the base
# counts, label of the computed remainder). A base is offered only when the data hold a figure for it.
BASES = [
    ("valid_votes", "Share of valid ballots", "valid ballots", "Other unions on the ballot (computed)"),
    ("eligible_voters", "Share of eligible workers", "eligible workers",
     "No vote for a listed union (computed)"),
]
STATED = "Stated by the source"
COMPUTED = "Computed here"
# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["basis", "group", "group_lines", "value", "label", "kind", "how", "source"]


def _one_row(rows: pd.DataFrame, measure: str) -> pd.Series | None:
    """The single figure for ``measure``; several figures for one base would make the share ambiguous."""
    found = rows[rows["measure"] == measure]
    if len(found) > 1:
        raise ValueError(f"more than one '{measure}' figure; the base of the share would be ambiguous")
    return None if found.empty else found.iloc[0]


def _percent(share: float, lang: str) -> str:
    """'77.8%' (English), '77,8%' (Spanish, :mod:`widgets.i18n`)."""
    return f"{share:.1f}%" if lang == "en" else f"{spanish_number(share, 1)}%"


def _votes(value: float, lang: str) -> str:
    return f"{format_number(value, lang=lang)} {say('votes', lang)}"


def union_vote_table(outcomes: pd.DataFrame, case_id: str, lang: str = "en") -> pd.DataFrame:
    """Long table for the chart: one row per union (or computed remainder) per way of showing it.

    Reads rows of ``case_outcomes`` with measure ``votes`` (one per union, named in ``subject``) and,
    where present, one ``valid_votes`` and one ``eligible_voters`` figure. Shares and remainders are
    computed here, never stored, and each row says how it was obtained and from which sources.
    ``lang`` is the language of the words the table adds (sources stay as they are named).
    """
    rows = outcomes[outcomes["case_id"] == case_id]
    votes = rows[rows["measure"] == "votes"].sort_values("value", ascending=False)
    if votes.empty:
        raise ValueError(f"no union vote counts for case '{case_id}'")
    if votes["subject"].isna().any():
        raise ValueError("every vote count needs the union it is for in 'subject'")
    total = float(votes["value"].sum())
    out = []
    for rank, r in enumerate(votes.itertuples()):
        out.append({"basis": say(VOTES, lang), "group": say_name(r.subject, lang), "value": float(r.value), "order": rank,
                    "label": _votes(r.value, lang), "kind": say(STATED, lang),
                    "how": say("as reported", lang), "source": source_label(r.citation_key, r.locator)})
    for measure, basis, noun, remainder_label in BASES:
        base = _one_row(rows, measure)
        if base is None:
            continue
        base_value = float(base["value"])
        base_text = f"{format_number(base_value, lang=lang)} {say(noun, lang)}"
        base_source = source_label(base["citation_key"], base["locator"])
        for rank, r in enumerate(votes.itertuples()):
            share = 100 * float(r.value) / base_value
            out.append({"basis": say(basis, lang), "group": say_name(r.subject, lang), "value": share, "order": rank,
                        "label": _percent(share, lang), "kind": say(COMPUTED, lang),
                        "how": f"{_votes(r.value, lang)} ÷ {base_text}",
                        "source": f"{source_label(r.citation_key, r.locator)}; {base_source}"})
        rest = base_value - total
        if rest > 0:
            share = 100 * rest / base_value
            listed = say("{votes} for the listed unions", lang, votes=_votes(total, lang))
            out.append({"basis": say(basis, lang), "group": say(remainder_label, lang), "value": share,
                        "order": len(votes), "label": _percent(share, lang), "kind": say(COMPUTED, lang),
                        "how": f"({base_text} − {listed}) ÷ {base_text}",
                        "source": base_source})
    table = pd.DataFrame(out)
    table["group_lines"] = table["group"].map(row_lines)
    return table.astype({c: "object" for c in table.columns if c not in ("value", "order")}).astype(
        {"value": "float", "order": "int"})


def union_vote_chart(outcomes: pd.DataFrame, case_id: str, *, title: str, description: str,
                     lang: str = "en") -> alt.LayerChart:
    """Bars of each union's votes; a radio control re-expresses them as shares of a base.

    The radio is a Vega-Lite parameter bound to an input, so it works in the static page. The
    bases offered depend on the data: valid ballots where a source counts them, eligible workers
    where a source gives the voter roll. Hovering a bar shows the figure, how a share was computed
    and every source it rests on. ``lang`` is the language of the chart's words (:mod:`widgets.i18n`).
    """
    table = union_vote_table(outcomes, case_id, lang)
    options = list(dict.fromkeys(table["basis"]))
    pick = alt.param(name="basis", value=say(VOTES, lang), bind=alt.binding_radio(options=options,
                                                                                   name=say("Show as: ", lang)))
    base = alt.Chart(table[CHART_FIELDS]).transform_filter(alt.datum.basis == pick)
    # An explicit order: a field sort is ignored when layers share the axis.
    groups = list(dict.fromkeys(table.sort_values("order")["group"]))
    # Each union's name sits above its bar (wrapped), so the bars keep a phone's width.
    y = alt.Y("group:N", title=None, sort=groups, axis=None)
    rows = row_layout(table["group_lines"])
    words = {w: say(w, lang) for w in ("Union", "Figure", "Shown as", "How obtained", "Source")}
    tooltip = [alt.Tooltip("group:N", title=words["Union"]), alt.Tooltip("label:N", title=words["Figure"]),
               alt.Tooltip("basis:N", title=words["Shown as"]), alt.Tooltip("how:N", title=words["How obtained"]),
               alt.Tooltip("source:N", title=words["Source"])]
    bars = base.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y,
        x=alt.X("value:Q", title=say("Votes, or percent of the base chosen below", lang), scale=alt.Scale(domainMin=0),
                axis=alt.Axis(format=",.0f", tickCount=4)),
        color=alt.Color("kind:N", title=words["Figure"], scale=alt.Scale(domain=[say(STATED, lang), say(COMPUTED, lang)])),
        tooltip=tooltip,
    )
    text = base.mark_text(align="left", dx=4, fontWeight=600, yOffset=rows.mark_offset).encode(
        y=y, x="value:Q", text="label:N", tooltip=tooltip)
    names = rows.label(base, y, "group_lines").encode(tooltip=tooltip)
    chart = alt.layer(bars, text, names).add_params(pick).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source=say("see each bar's tooltip; all rows in case_outcomes.csv", lang),
        description=description, lang=lang,
        table=ChartTable(table, {"basis": words["Shown as"], "group": words["Union"], "label": words["Figure"],
                                 "how": words["How obtained"], "source": words["Source"]}, csv_file="case_outcomes.csv"),
    )
