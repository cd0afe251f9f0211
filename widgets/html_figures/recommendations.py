"""Recommendations: what the sources recommend, who recommends it, which problem it answers, and
the figure it rests on.

A table counts the recommendations by problem (down) and recommender (across). Below it, the
recommendations are listed by problem, each with its detail, its evidence figure (as of when, and
from which source) and the source of the recommendation. Two drop-downs pick a recommender and a
problem: the list keeps the matching recommendations, the table marks the matching row and column,
and a status line counts what is shown.

The evidence figure is never typed into ``recommendations.csv``: each row names a row of another
resource (``evidence_resource`` and ``evidence_id``, optionally read against ``comparison_id``), and
:func:`recommendations_table` looks it up and phrases it, so a correction to the figure's own row
reaches this figure too. The data validator checks that every named row exists (the schema's
``x-evidenceLookup`` rule).
"""

from __future__ import annotations

import pandas as pd

from widgets.bibliography import source_label
from widgets.datapackage import resource_schema
from widgets.formatting import figure_in_words, format_date, format_number
from widgets.html_figures.frame import Choice, HtmlFigure, esc, figure_html, figure_id, select, status_line, token

KIND = "recommendations"
ALL = "All"
WITH_FIGURE = "Rests on a figure in the data"
WITHOUT_FIGURE = "Source gives no figure"


def _evidence_row(frames: dict[str, pd.DataFrame], resource: str, row_id: str, recommendation_id: str) -> pd.Series:
    if resource not in frames:
        raise KeyError(f"recommendation '{recommendation_id}' needs the '{resource}' resource; pass it in `evidence`")
    frame = frames[resource]
    (id_column,) = resource_schema(resource)["primaryKey"]  # rows are named by their primary key
    matches = frame[frame[id_column] == row_id]
    if len(matches) != 1:
        raise KeyError(f"recommendation '{recommendation_id}': no row '{row_id}' in {resource}")
    return matches.iloc[0]


def _figure(row: pd.Series, resource: str) -> str:
    """One evidence row phrased: 'more than 36,000', '38% (all workers)'."""
    if resource == "field_study_results":
        return f"{format_number(row['percent'], 'percent')} ({row['group']})"
    return figure_in_words(float(row["value"]), str(row["unit"]), str(row["qualifier"]), row["value_high"])


def _as_of(row: pd.Series) -> str:
    if "as_of" not in row.index or pd.isna(row["as_of"]):
        return "not dated"
    return format_date(row["as_of"], row["as_of_precision"])


def _compare(first: pd.Series, second: pd.Series, resource: str, how: str) -> str:
    """'29 of 54 (54%)' for a share; '$334 billion versus $505 billion (a gap of $171 billion)' side by side."""
    if resource == "field_study_results":
        if how != "versus":
            raise ValueError("field-study percentages can only be read 'versus' each other")
        gap = abs(float(first["percent"]) - float(second["percent"]))
        return f"{_figure(first, resource)} versus {_figure(second, resource)}: a gap of {gap:.0f} points"
    if first["unit"] != second["unit"]:
        raise ValueError(f"cannot compare '{first['unit']}' with '{second['unit']}'")
    a, b = float(first["value"]), float(second["value"])
    if how == "share of":
        return f"{_figure(first, resource)} of {_figure(second, resource)} ({a / b:.0%})"
    text = f"{_figure(first, resource)} versus {_figure(second, resource)}"
    exact = first["qualifier"] == "exactly" and second["qualifier"] == "exactly"
    if exact and first["unit"] != "percent":
        text += f" (a gap of {figure_in_words(abs(b - a), str(first['unit']))})"
    return text


def recommendations_table(recommendations: pd.DataFrame, evidence: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per recommendation, with its evidence figure looked up, phrased and sourced.

    ``evidence`` maps resource names (``rrm_statistics``, ``field_study_results``, ``other_figures``)
    to their frames. Raises KeyError if an evidence row is missing and ValueError if a row's evidence
    fields are inconsistent (a comparison without an evidence row, or a comparison without its kind).
    """
    out = []
    for rec in recommendations.itertuples():
        resource, evidence_id = rec.evidence_resource, rec.evidence_id
        has_evidence = not pd.isna(evidence_id)
        if has_evidence == pd.isna(resource):
            raise ValueError(f"recommendation '{rec.recommendation_id}': give evidence_resource and evidence_id together")
        if pd.isna(rec.comparison) != pd.isna(rec.comparison_id):
            raise ValueError(f"recommendation '{rec.recommendation_id}': give comparison and comparison_id together")
        if not pd.isna(rec.comparison_id) and not has_evidence:
            raise ValueError(f"recommendation '{rec.recommendation_id}': a comparison needs an evidence row")
        if has_evidence:
            first = _evidence_row(evidence, resource, evidence_id, rec.recommendation_id)
            rows = [first]
            if pd.isna(rec.comparison_id):
                figure = _figure(first, resource)
            else:
                second = _evidence_row(evidence, resource, rec.comparison_id, rec.recommendation_id)
                rows.append(second)
                figure = _compare(first, second, resource, rec.comparison)
            sources = list(dict.fromkeys(source_label(r["citation_key"], r["locator"]) for r in rows))
            evidence_source = "; ".join(sources)
            as_of = " and ".join(dict.fromkeys(_as_of(r) for r in rows))
            label = rec.evidence_label if not pd.isna(rec.evidence_label) else ""
            evidence_text = f"{label}: {figure}" if label else figure
        else:
            figure, evidence_source, as_of = "", "", ""
            evidence_text = "The source gives no figure for this."
        out.append({
            "recommendation_id": rec.recommendation_id,
            "recommendation": rec.recommendation,
            "detail": rec.detail,
            "recommended_by": rec.recommended_by,
            "recommender_role": "" if pd.isna(rec.recommender_role) else rec.recommender_role,
            "problem": rec.problem,
            "evidence_kind": WITH_FIGURE if has_evidence else WITHOUT_FIGURE,
            "evidence_figure": figure,
            "evidence_text": evidence_text,
            "evidence_as_of": as_of,
            "evidence_source": evidence_source,
            "source": source_label(rec.citation_key, rec.locator),
            "note": "" if pd.isna(rec.note) else rec.note,
        })
    table = pd.DataFrame(out)
    return table.astype("object").reset_index(drop=True)


def _options(table: pd.DataFrame, column: str, order: list[str] | None) -> list[str]:
    present = list(dict.fromkeys(table[column]))
    if order is None:
        return present
    unknown = [v for v in present if v not in order]
    if unknown:
        raise ValueError(f"{column} values missing from the given order: {unknown}")
    return [v for v in order if v in present]


def recommendations_figure(recommendations: pd.DataFrame, evidence: dict[str, pd.DataFrame], *, title: str,
                           description: str, problems: list[str] | None = None,
                           recommenders: list[str] | None = None, initial_problem: str = ALL,
                           initial_recommender: str = ALL) -> HtmlFigure:
    """A table of counts (problems down, recommenders across) above the recommendations, listed by problem.

    ``problems`` and ``recommenders`` fix the order of rows and columns (by default, first use in the
    data); ``initial_problem`` and ``initial_recommender`` set the drop-downs at first ('All' shows
    everything).
    """
    table = recommendations_table(recommendations, evidence)
    problem_order = _options(table, "problem", problems)
    who_order = _options(table, "recommended_by", recommenders)
    for start, choices in ((initial_problem, problem_order), (initial_recommender, who_order)):
        if start != ALL and start not in choices:
            raise ValueError(f"'{start}' is not one of {choices}")
    fid = figure_id(KIND, title)
    who_choices = [Choice("", ALL), *(Choice(token(w), w) for w in who_order)]
    problem_choices = [Choice("", ALL), *(Choice(token(p), p) for p in problem_order)]
    controls = [*select(fid, "who", "Recommended by:", who_choices,
                        "" if initial_recommender == ALL else token(initial_recommender), "filter"),
                *select(fid, "problem", "Problem:", problem_choices,
                        "" if initial_problem == ALL else token(initial_problem), "filter"),
                *status_line("Recommendations shown: {shown} of {total}; resting on a figure in the data: {marked}.")]

    counts = table.groupby(["problem", "recommended_by"]).agg(
        n=("recommendation_id", "size"), with_figure=("evidence_kind", lambda k: int((k == WITH_FIGURE).sum())))
    body = ['<table class="wct-matrix">',
            "<caption>Who recommends what, for which problem: the number of recommendations"
            " (in brackets, how many rest on a figure in the data)</caption>",
            "<thead>", "<tr>", '<th scope="col">Problem</th>']
    body += [f'<th scope="col" data-wct-mark data-who="{token(w)}">{esc(w)}</th>' for w in who_order]
    body += ["</tr>", "</thead>", "<tbody>"]
    for problem in problem_order:
        body += [f'<tr data-wct-mark data-problem="{token(problem)}">', f'<th scope="row">{esc(problem)}</th>']
        for who in who_order:
            empty = ""
            if (problem, who) in counts.index:
                n, with_figure = counts.loc[(problem, who)]
                text = f"{n} ({with_figure})"
            else:
                # A phone's stacked rows leave out the empty cells (class wct-empty).
                text, empty = "—", ' class="wct-empty"'
            body.append(f'<td{empty} data-label="{esc(who)}" data-wct-mark data-who="{token(who)}"'
                        f' data-problem="{token(problem)}">{text}</td>')
        body.append("</tr>")
    body += ["</tbody>", "</table>"]
    for problem in problem_order:
        group = table[table["problem"] == problem]
        body += [f'<section class="wct-group" data-wct-group aria-labelledby="{fid}-{token(problem)}">',
                 f'<h3 id="{fid}-{token(problem)}">{esc(problem)}</h3>', '<div class="wct-cards">']
        for row in group.itertuples():
            marked = " data-wct-marked" if row.evidence_kind == WITH_FIGURE else ""
            role = f" ({esc(row.recommender_role)})" if row.recommender_role else ""
            evidence = f"Evidence: {esc(row.evidence_text)}"
            if row.evidence_source:
                evidence = (f'<span class="wct-badge">{esc(WITH_FIGURE)}</span> {evidence}'
                            f" (as of {esc(row.evidence_as_of)}; source: {esc(row.evidence_source)})")
            body += [f'<article class="wct-card" data-wct-item data-who="{token(row.recommended_by)}"'
                     f' data-problem="{token(problem)}"{marked}>',
                     f"<h4>{esc(row.recommendation)}</h4>",
                     f"<p>{esc(row.detail)}</p>",
                     f'<p class="wct-evidence">{evidence}</p>',
                     f'<p class="wct-source">Recommended by {esc(row.recommended_by)}{role}.'
                     f" Source: {esc(row.source)}</p>", "</article>"]
        body += ["</div>", "</section>"]
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source="each recommendation's own, as listed; recommendations.csv, with figures looked up in"
                              " other resources",
                       csv_file="recommendations.csv")
