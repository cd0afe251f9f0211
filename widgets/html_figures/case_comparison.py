"""Case comparison: the book's cases side by side, aspect by aspect, with the days each RRM case
took computed from the timeline rather than typed.

``data/case_comparison.csv`` holds one row per (case, aspect) in the book's words. A time row names
the two timeline events its span runs between; :func:`time_spans` looks both up in
``timeline_events.csv`` and counts the days, but only when the source dates both to the day.

The figure gives one card per case (what the instrument reaches, then every aspect in the sources'
words with its source) and a table of the computed days. A drop-down picks the aspect to compare:
the cards keep that aspect only, and the table marks its column when it is a time aspect.

``lang`` (default English) is the language of every word the reader sees: the headings and controls,
and the data's own words (cases, entries, locators), which ``data/`` keeps in English and
:mod:`widgets.spanish.comparing_cases` gives in Spanish, keyed by the exact English text. The
English output is the same with or without it.
"""

from __future__ import annotations

import pandas as pd

from widgets.bibliography import source_label
from widgets.formatting import format_date, markdown_table_cell
from widgets.html_figures.frame import Choice, HtmlFigure, esc, figure_html, figure_id, select, status_line, token
from widgets.i18n import say, spanish_number

KIND = "case-comparison"
ALL_ASPECTS = "All aspects"

# The aspects in reading order, with the words the reader sees.
ASPECTS = {
    "instrument": "Instrument",
    "target": "Target",
    "initiated_by": "Who initiated",
    "time_to_resolution": "Time to resolution",
    "time_to_vote": "Time to a new union election",
    "remedy": "Remedy",
    "beneficiaries": "Who benefited",
    "criticism": "What critics raised",
}
TIME_ASPECTS = ("time_to_resolution", "time_to_vote")
NOT_COVERED = "Not covered by the sources this book uses."
# What an instrument reaches: one facility (the RRM) or a whole country or sector (preference programs).
FAMILIES = {"USMCA RRM": "One facility (USMCA RRM)", "GSP": "A country or its sectors (trade preferences)",
            "AGOA": "A country or its sectors (trade preferences)"}
OTHER_FAMILY = "Other"
SPANS_CAPTION = "How long the cases took: days between the two events each entry names, computed from the timeline"
FIGURE_SOURCE = ("the source named in each entry; all rows in case_comparison.csv, days computed from"
                 " timeline_events.csv")

def time_spans(comparison: pd.DataFrame, events: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The span behind each time row: its two events, their dates and the days between them.

    ``days`` is missing (``None``) when a row names no events (the text says why: no resolution,
    no case opened) or when either event is dated only to the month or year. A row naming an
    event that is not in ``events``, naming only one event, or running backwards raises an error,
    so a typo in the data cannot turn into a wrong number. ``lang`` is the language of the texts
    (dates and ``days_text``).
    """
    by_id = events.set_index("event_id")
    rows = []
    for row in comparison[comparison["aspect"].isin(TIME_ASPECTS)].itertuples():
        start_id = None if pd.isna(row.start_event_id) else str(row.start_event_id)
        end_id = None if pd.isna(row.end_event_id) else str(row.end_event_id)
        where = f"case_comparison row ({row.case_id}, {row.aspect})"
        record = {"case_id": row.case_id, "aspect": row.aspect, "start_event_id": start_id, "end_event_id": end_id,
                  "start_text": "", "end_text": "", "days": None,
                  "days_text": say("no span to count (see the text)", lang)}
        if (start_id is None) != (end_id is None):
            raise ValueError(f"{where} names only one event; a span needs a start and an end")
        if start_id is not None:
            for event_id in (start_id, end_id):
                if event_id not in by_id.index:
                    raise KeyError(f"{where} names event '{event_id}', which is not in timeline_events.csv")
            start, end = by_id.loc[start_id], by_id.loc[end_id]
            record["start_text"] = format_date(start["date"], start["date_precision"], lang)
            record["end_text"] = format_date(end["date"], end["date_precision"], lang)
            coarse = [p for p in (start["date_precision"], end["date_precision"]) if p != "day"]
            if coarse:
                record["days_text"] = say(f"not computable: a date is known only to the {coarse[0]}", lang)
            else:
                days = int((end["date"] - start["date"]).days)
                if days < 0:
                    raise ValueError(f"{where} ends ({end_id}) before it starts ({start_id})")
                record["days"] = days
                record["days_text"] = f"{days} days" if lang == "en" else say("{days} days", lang,
                                                                               days=spanish_number(days))
        rows.append(record)
    return pd.DataFrame(rows, columns=["case_id", "aspect", "start_event_id", "end_event_id", "start_text", "end_text",
                                       "days", "days_text"])


def case_comparison_table(comparison: pd.DataFrame, cases: pd.DataFrame, events: pd.DataFrame,
                          case_ids: list[str] | None = None, lang: str = "en") -> pd.DataFrame:
    """A full grid of case x aspect with the words the figure shows; empty cells say so.

    ``case_ids`` chooses the cases and their order (default: order of first appearance in
    ``comparison``). Time cells carry the computed days. ``lang`` is the language of the words.
    """
    order = case_ids or list(dict.fromkeys(comparison["case_id"]))
    unknown = [c for c in order if c not in set(cases["case_id"])]
    if unknown:
        raise ValueError(f"unknown cases {unknown}")
    names = cases.set_index("case_id")["name"]
    families = cases.set_index("case_id")["instrument"].map(lambda i: FAMILIES.get(i, OTHER_FAMILY))
    spans = time_spans(comparison, events, lang).set_index(["case_id", "aspect"])
    given = comparison.set_index(["case_id", "aspect"])
    rows = []
    for case_id in order:
        for aspect, label in ASPECTS.items():
            record = {"case_id": case_id, "case": say(names[case_id], lang), "family": say(families[case_id], lang),
                      "aspect": aspect, "aspect_label": say(label, lang), "covered": (case_id, aspect) in given.index,
                      "short": "—", "text": say(NOT_COVERED, lang), "source": "", "days": None, "days_text": ""}
            if record["covered"]:
                row = given.loc[(case_id, aspect)]
                record.update(short=say(str(row["short"]), lang), text=say(str(row["text"]), lang),
                              source=source_label(row["citation_key"], say(row["locator"], lang)))
            if (case_id, aspect) in spans.index:
                span = spans.loc[(case_id, aspect)]
                record.update(days=span["days"], days_text=span["days_text"])
                if span["start_event_id"] is None or pd.isna(span["start_event_id"]):
                    record["days_text"] = record["short"]  # the row's own words: "No case opened"
            rows.append(record)
    table = pd.DataFrame(rows)
    table["days"] = table["days"].astype("float")
    columns = ["case_id", "case", "family", "aspect", "aspect_label", "covered", "short", "text", "source", "days",
               "days_text"]
    kinds = {c: "object" for c in columns if c not in ("covered", "days")}
    return table[columns].astype(kinds).astype({"covered": "bool", "days": "float"})


def comparison_markdown(comparison: pd.DataFrame, cases: pd.DataFrame, events: pd.DataFrame,
                        case_ids: list[str] | None = None, lang: str = "en") -> str:
    """The grid as a Markdown table: one row per aspect, one column per case, short words in each cell.

    Time cells give the computed days with the span's short description; an aspect that none of the
    cases covers (a union election, for the trade-preference cases) is left out. ``lang``: the words' language.
    """
    table = case_comparison_table(comparison, cases, events, case_ids, lang)
    order = list(dict.fromkeys(table["case"]))

    def cell(row) -> str:
        words = row.short
        if row.aspect in TIME_ASPECTS and row.covered and pd.notna(row.days):
            words = f"**{row.days_text}**: {row.short}"
        return markdown_table_cell(words)

    lines = ["| | " + " | ".join(order) + " |", "|---" * (len(order) + 1) + "|"]
    for aspect, label in ASPECTS.items():
        cells = table[table["aspect"] == aspect].set_index("case")
        if not cells["covered"].any():
            continue
        lines.append(f"| **{say(label, lang)}** | " + " | ".join(cell(cells.loc[name]) for name in order) + " |")
    return "\n".join(lines)


def case_comparison_figure(comparison: pd.DataFrame, cases: pd.DataFrame, events: pd.DataFrame, *, title: str,
                           description: str, case_ids: list[str] | None = None,
                           initial_aspect: str | None = "initiated_by", lang: str = "en") -> HtmlFigure:
    """One card per case with the sources' words on each aspect, and a table of the computed days.

    ``initial_aspect`` (an aspect code, or ``None`` for all) is the drop-down's first choice; ``lang``
    the language of every word the figure shows.
    """
    if initial_aspect is not None and initial_aspect not in ASPECTS:
        raise ValueError(f"unknown aspect '{initial_aspect}'; choose from {list(ASPECTS)}")
    table = case_comparison_table(comparison, cases, events, case_ids, lang)
    fid = figure_id(KIND, title)
    # The family's class name comes from its English words, the same in every language.
    family_class = cases.set_index("case_id")["instrument"].map(lambda i: token(FAMILIES.get(i, OTHER_FAMILY)))
    choices = [Choice("", say(ALL_ASPECTS, lang)), *(Choice(token(a), say(label, lang)) for a, label in ASPECTS.items())]
    controls = [*select(fid, "aspect", say("Compare the cases by:", lang), choices,
                        token(initial_aspect) if initial_aspect else "", "filter"),
                *status_line(say("Entries shown: {shown} of {total}.", lang))]
    body = ['<div class="wct-cards">']
    for case_id, group in table.groupby("case_id", sort=False):
        first = group.iloc[0]
        body += [f'<article class="wct-card" data-wct-group aria-labelledby="{fid}-{case_id}">',
                 f'<h3 id="{fid}-{case_id}">{esc(first["case"])}</h3>',
                 f'<p><span class="wct-badge wct-family-{family_class[case_id]}">{esc(first["family"])}</span></p>',
                 "<dl>"]
        for row in group.itertuples():
            missing = "" if row.covered else " wct-not-covered"
            body += [f'<div class="wct-entry{missing}" data-wct-item data-aspect="{token(row.aspect)}">',
                     f"<dt>{esc(row.aspect_label)}</dt>", "<dd>", f"<p>{esc(row.text)}</p>"]
            if row.aspect in TIME_ASPECTS and row.covered and pd.notna(row.days):
                body.append(f'<p class="wct-days">{esc(say("Computed span: ", lang))}{esc(row.days_text)}</p>')
            if row.source:
                body.append(f'<p class="wct-source">{esc(say("Source: ", lang))}{esc(row.source)}</p>')
            body += ["</dd>", "</div>"]
        body += ["</dl>", "</article>"]
    body.append("</div>")

    # The days: a table, with a bar beside each number for the eye (hidden from screen readers,
    # which read the number).
    spans = table[table["aspect"].isin(TIME_ASPECTS)].set_index(["case_id", "aspect"])
    longest = float(spans["days"].max()) if spans["days"].notna().any() else 1.0
    body += ['<table class="wct-matrix wct-spans">',
             # The spans do not share endpoints (a request for review, a proclamation; a remediation plan, a
             # readmission), so each cell names its own, in the data's words.
             f"<caption>{esc(say(SPANS_CAPTION, lang))}</caption>", "<thead>", "<tr>",
             f'<th scope="col">{esc(say("Case", lang))}</th>']
    body += [f'<th scope="col" data-wct-mark data-aspect="{token(a)}">{esc(say(ASPECTS[a], lang))}</th>'
             for a in TIME_ASPECTS]
    body += ["</tr>", "</thead>", "<tbody>"]
    for case_id, group in table.groupby("case_id", sort=False):
        body += ["<tr>", f'<th scope="row">{esc(group.iloc[0]["case"])}</th>']
        for aspect in TIME_ASPECTS:
            span = spans.loc[(case_id, aspect)]
            if not span["covered"]:
                cell = "—"
            elif pd.isna(span["days"]):
                cell = esc(span["days_text"])
            else:
                share = round(100 * float(span["days"]) / longest, 1)
                cell = (f'<span class="wct-bar-track" aria-hidden="true"><span class="wct-bar wct-bar-{token(aspect)}"'
                        f' style="width: {share}%"></span></span> {esc(span["days_text"])}'
                        f'<br><span class="wct-span-ends">{esc(span["short"])}</span>')
            body.append(f'<td data-label="{esc(say(ASPECTS[aspect], lang))}" data-wct-mark data-aspect="{token(aspect)}">'
                        f"{cell}</td>")
        body.append("</tr>")
    body += ["</tbody>", "</table>"]
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source=say(FIGURE_SOURCE, lang), csv_file="case_comparison.csv", lang=lang)
