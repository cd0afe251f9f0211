"""Theory comparison: what each theory of compliance assumes, predicts and prescribes, and where it falls short.

A table puts the theories across and the four aspects down, a short phrase in each cell; below it, one
card per theory gives the four aspects in full, each with whose argument it is and its source. A
drop-down picks a theory: its column is marked in the table and only its card stays shown (choose
"All theories" to see every card; without JavaScript all are shown).
"""

from __future__ import annotations

import pandas as pd

from widgets.bibliography import source_label
from widgets.datapackage import allowed_values
from widgets.html_figures.frame import Choice, HtmlFigure, esc, figure_html, figure_id, select, status_line, token

KIND = "theory-comparison"
# The aspects' order (the table's rows) is the schema's: allowed_values("theory_comparison", "aspect").
ASPECT_LABELS = {"assumes": "Assumes", "predicts": "Predicts", "prescribes": "Prescribes",
                 "falls short": "Falls short"}
ALL_THEORIES = "All theories"


def theory_comparison_table(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per (theory, aspect), in the book's order, with the aspect's label and the source.

    Raises ValueError if a theory lacks one of the four aspects, so a gap in the data shows up as
    an error rather than as an empty cell.
    """
    rows = comparison.copy()
    aspects = allowed_values("theory_comparison", "aspect")
    unknown = set(rows["aspect"]) - set(aspects)
    if unknown:
        raise ValueError(f"unknown aspects: {sorted(unknown)}")
    for theory, group in rows.groupby("theory"):
        missing = [a for a in aspects if a not in set(group["aspect"])]
        if missing:
            raise ValueError(f"theory '{theory}' has no row for: {', '.join(missing)}")
    rows["aspect_order"] = rows["aspect"].map(aspects.index)
    rows = rows.sort_values(["theory_order", "aspect_order"]).reset_index(drop=True)
    rows["aspect_label"] = rows["aspect"].map(ASPECT_LABELS)
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    columns = ["theory_id", "theory", "theory_order", "aspect", "aspect_label", "summary", "text", "attributed_to",
               "source"]
    out = rows[columns]
    return out.astype({c: "object" for c in columns if c != "theory_order"}).astype({"theory_order": "int"})


def theory_comparison_figure(comparison: pd.DataFrame, *, title: str, description: str,
                             initial_theory: str | None = None) -> HtmlFigure:
    """The table of short phrases above one card per theory in full; a drop-down picks a theory.

    ``initial_theory`` (a theory's display name) is the drop-down's first choice; by default all theories.
    """
    table = theory_comparison_table(comparison)
    theories = list(dict.fromkeys(table["theory"]))
    if initial_theory is not None and initial_theory not in theories:
        raise ValueError(f"initial_theory '{initial_theory}' is not one of {theories}")
    aspects = list(dict.fromkeys(table["aspect_label"]))
    fid = figure_id(KIND, title)
    choices = [Choice("", ALL_THEORIES), *(Choice(token(t), t) for t in theories)]
    controls = [*select(fid, "theory", "Show a theory in full:", choices,
                        token(initial_theory) if initial_theory else "", "filter"),
                *status_line("Theories shown in full: {shown} of {total}.")]

    cells = table.set_index(["theory", "aspect_label"])
    body = ['<table class="wct-matrix">',
            "<caption>The theories side by side, in short phrases</caption>",
            "<thead>", "<tr>", '<th scope="col">Aspect</th>']
    body += [f'<th scope="col" data-wct-mark data-theory="{token(t)}">{esc(t)}</th>' for t in theories]
    body += ["</tr>", "</thead>", "<tbody>"]
    for aspect in aspects:
        body += ["<tr>", f'<th scope="row">{esc(aspect)}</th>']
        body += [f'<td data-label="{esc(t)}" data-wct-mark data-theory="{token(t)}">'
                 f"{esc(cells.loc[(t, aspect), 'summary'])}</td>" for t in theories]
        body.append("</tr>")
    body += ["</tbody>", "</table>", '<div class="wct-cards">']
    for theory, group in table.groupby("theory", sort=False):
        body += [f'<article class="wct-card" data-wct-item data-theory="{token(theory)}">',
                 f"<h3>{esc(theory)}</h3>", "<dl>"]
        for row in group.itertuples():
            body += [f"<dt>{esc(row.aspect_label)}</dt>", "<dd>", f"<p>{esc(row.text)}</p>",
                     f'<p class="wct-source">{esc(row.attributed_to)}. Source: {esc(row.source)}</p>', "</dd>"]
        body += ["</dl>", "</article>"]
    body.append("</div>")
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source="LeClercq (2023), Parts II-III, and the authors she cites, as named in each card",
                       csv_file="theory_comparison.csv")
