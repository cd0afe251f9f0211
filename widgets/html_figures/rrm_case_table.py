"""The Rapid Response record as an interactive case table: every request (and declined petition) as a row.

A real ``<table>`` with a caption, built from ``rrm_requests`` with each row's sources from
``rrm_request_facts``: facility and company, state, sector, request date, outcome, days from the
request to its resolution (only where both dates are known to the day), and the sources, one click
away under a toggle, each linked to its entry in the book's bibliography.

The controls (filters by outcome, year and sector, a text search) and the sortable column headings are
wired by the case-table section of ``book/assets/figures.js``; they use their own attributes
(``data-wct-case-*``), not the declarative ones of :mod:`widgets.html_figures.frame`, because a text
search and sorting are beyond those. Without JavaScript the whole table is shown and the controls
stay hidden. On a phone each row is shown as a card (``book/assets/figures.css``), so nothing
scrolls sideways.
"""

from __future__ import annotations

import pandas as pd

from widgets.bibliography import short_citation
from widgets.charts.rrm_record import OUTCOMES  # the outcome categories in the reader's words
from widgets.html_figures.frame import Choice, HtmlFigure, esc, figure_html, figure_id, token
from widgets.plain_text import without_accents

KIND = "rrm-case-table"
CSV_FILE = "rrm_requests.csv"
BIBLIOGRAPHY_PAGE = "bibliography.html"
NOT_NAMED = "not named in the sources read"
# What each field of the record is, in a reader's words (for "which source gives what").
FIELD_WORDS = {
    "ustr_ordinal": "USTR's number", "facility": "facility", "company": "company", "parent": "parent company",
    "city": "city", "state": "state", "sector": "sector", "initiation": "how the case began",
    "petitioners": "petitioners", "how_learned": "how the U.S. learned of it", "petition_date": "petition date",
    "request_date": "request date", "mexico_reply_date": "Mexico's reply", "mexico_determination_date":
    "Mexico's determination", "remediation_date": "remedy agreed", "panel_request_date": "panel request",
    "panel_determination_date": "panel determination", "resolution_date": "resolution", "open_as_of": "open as of",
    "outcome": "outcome", "back_pay_usd": "back pay", "reinstatements": "reinstatements",
    "workers_covered": "workers covered", "vote_result": "union vote",
}
# Columns: (key, heading, how the script sorts it: "text", "date" or "number").
COLUMNS = [
    ("facility", "Facility and company", "text"),
    ("state", "State", "text"),
    ("sector", "Sector", "text"),
    ("request", "Request for review", "date"),
    ("outcome", "Outcome", "text"),
    ("days", "Days to resolution", "number"),
    ("sources", "Sources", None),
]


def bibliography_anchor(key: str) -> str:
    """The id of ``key``'s entry on the bibliography page, as ``bibtex_cite_id = "cite-{key}"`` makes it."""
    from docutils.nodes import make_id  # the rule Sphinx applies to every id it writes

    return make_id(f"cite-{key}")


def _plain(text: str) -> str:
    """Lower case without accents, so a search for 'queretaro' finds 'Querétaro'."""
    return without_accents(str(text)).lower()


def _date(value, precision) -> tuple[str, str]:
    """(words, sortable ISO text) for a date at its precision; empty when missing."""
    from widgets.formatting import format_date

    if pd.isna(value):
        return "", ""
    return format_date(value, precision), pd.Timestamp(value).strftime("%Y-%m-%d")


def rrm_case_rows(requests: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """One row per request with the words the table shows and its sources (key, label, fields given)."""
    unknown = sorted(set(requests["outcome"]) - set(OUTCOMES))
    if unknown:
        raise ValueError(f"rrm_requests: outcome {unknown} has no words in {__name__}.OUTCOMES")
    by_request = {rid: rows for rid, rows in facts.groupby("request_id", sort=False)}
    # Missing values as None: pandas' NA cannot be compared.
    requests = requests.astype(object).where(requests.notna(), None)
    out = []
    for r in requests.itertuples():
        declined = r.request_type == "petition_declined"
        request_text, request_iso = _date(r.request_date, r.request_date_precision)
        decided_text, decided_iso = _date(r.resolution_date, r.resolution_date_precision)
        when_iso = request_iso or decided_iso
        if not when_iso:
            raise ValueError(f"rrm_requests, request '{r.request_id}': no request date (or decision date)")
        both_days = r.request_date_precision == "day" and r.resolution_date_precision == "day"
        days = int((r.resolution_date - r.request_date).days) if both_days and not declined else None
        if pd.notna(r.resolution_date) and not declined:
            if days is not None:
                days_text = f"{days} days"
            else:  # name the date that is too coarse to count days from: the request's, or the resolution's
                which, precision = next((name, p) for name, p in (("request", r.request_date_precision),
                                                                   ("resolution", r.resolution_date_precision))
                                        if p != "day")
                days_text = f"resolved {decided_text} (the {which} is dated only to the {precision})"
        elif declined:
            days_text = f"no request; declined {decided_text}"
        elif pd.notna(r.open_as_of):
            days_text = f"open as of {_date(r.open_as_of, r.open_as_of_precision)[0]}"
        else:
            days_text = "no end date in the sources read"
        fact_rows = by_request.get(r.request_id, pd.DataFrame(columns=["citation_key", "field", "locator"]))
        sources = []
        for key, given in fact_rows.groupby("citation_key", sort=False):
            fields = list(dict.fromkeys(FIELD_WORDS.get(f, f.replace("_", " ")) for f in given["field"]
                                        if not str(f).endswith(("_precision", "_qualifier"))))
            sources.append({"key": key, "label": short_citation(key), "fields": ", ".join(fields)})
        if r.citation_key not in {s["key"] for s in sources}:
            sources.insert(0, {"key": r.citation_key, "label": short_citation(r.citation_key), "fields": "request date"})
        place = ", ".join(str(v) for v in (r.city, r.state) if pd.notna(v))
        out.append({
            "request_id": r.request_id, "facility": r.facility, "company": r.company or "",
            "parent": "" if pd.isna(r.parent) else r.parent, "place": place,
            "state": r.state if pd.notna(r.state) else f"State {NOT_NAMED}",
            "sector": str(r.sector).capitalize() if pd.notna(r.sector) else f"Sector {NOT_NAMED}",
            "year": int(when_iso[:4]), "declined": declined,
            "request_text": request_text if not declined else f"No request (petition declined {decided_text})",
            "request_iso": when_iso, "outcome": r.outcome, "outcome_label": OUTCOMES[r.outcome],
            "days": days, "days_text": days_text, "sources": sources,
        })
    return pd.DataFrame(out)


def _sources_cell(fid: str, row: dict) -> list[str]:
    count = len(row["sources"])
    lines = ["<details>", f"<summary>{count} source{'s' if count != 1 else ''}</summary>", "<ul>"]
    for source in row["sources"]:
        what = f": {esc(source['fields'])}" if source["fields"] else ""
        lines.append(f'<li><a href="{BIBLIOGRAPHY_PAGE}#{esc(bibliography_anchor(source["key"]))}">'
                     f"{esc(source['label'])}</a>{what}</li>")
    return [*lines, "</ul>", "</details>"]


def _select(fid: str, name: str, label: str, choices: list[Choice]) -> list[str]:
    control_id = f"{fid}-{name}"
    lines = ['<div class="wct-control">', f'<label for="{control_id}">{esc(label)}</label>',
             f'<select id="{control_id}" data-wct-case-filter="{esc(name)}">']
    lines += [f'<option value="{esc(c.value)}">{esc(c.label)}</option>' for c in choices]
    return [*lines, "</select>", "</div>"]


def rrm_case_table_figure(requests: pd.DataFrame, facts: pd.DataFrame, *, title: str, description: str) -> HtmlFigure:
    """Every request of the record as a row of a filterable, searchable, sortable table."""
    rows = rrm_case_rows(requests, facts).sort_values("request_iso", kind="stable")
    fid = figure_id(KIND, title)
    outcomes = [o for o in OUTCOMES if o in set(rows["outcome"])]
    sectors = sorted(dict.fromkeys(rows["sector"]))
    controls = [
        '<div class="wct-control wct-case-search">',
        f'<label for="{fid}-search">Search facility, company, place, sector or source</label>',
        f'<input type="search" id="{fid}-search" data-wct-case-search autocomplete="off">',
        "</div>",
        *_select(fid, "outcome", "Outcome", [Choice("", "All outcomes"),
                                              *(Choice(token(o), OUTCOMES[o]) for o in outcomes)]),
        *_select(fid, "year", "Year", [Choice("", "All years"),
                                        *(Choice(str(y), str(y)) for y in sorted(set(rows["year"])))]),
        *_select(fid, "sector", "Sector", [Choice("", "All sectors"), *(Choice(token(s), s) for s in sectors)]),
        '<p class="wct-figure-status" role="status" aria-live="polite" data-wct-case-status'
        ' data-template="Requests shown: {shown} of {total}."></p>',
    ]
    total = len(rows)
    body = [f'<div class="wct-case-table-wrap" id="{fid}-wrap">',
            '<table class="wct-case-table" data-wct-case-table>',
            f"<caption>Every request in the record ({total} rows), in order of the request date; a declined "
            "petition is dated by the decision. Days to resolution are counted only where both dates are known "
            "to the day.</caption>",
            "<thead>", "<tr>"]
    for key, heading, sort in COLUMNS:
        attrs = f' data-sort="{sort}" data-key="{key}"' if sort else ""
        body.append(f'<th scope="col"{attrs}>{esc(heading)}</th>')
    body += ["</tr>", "</thead>", "<tbody>"]
    for row in rows.to_dict("records"):
        search = _plain(" ".join([row["facility"], row["company"], row["parent"], row["place"], row["sector"],
                                  row["outcome_label"], *(s["label"] for s in row["sources"])]))
        body.append(f'<tr data-wct-case-row data-request-id="{esc(row["request_id"])}" data-outcome="{token(row["outcome"])}" data-year="{row["year"]}"'
                    f' data-sector="{token(row["sector"])}" data-search="{esc(search)}">')
        company = (row["company"] or "company not named") + (f" (parent: {row['parent']})" if row["parent"] else "")
        body.append(f'<th scope="row" data-label="Facility" data-value="{esc(_plain(row["facility"]))}">'
                    f'<span class="wct-case-facility">{esc(row["facility"])}</span>'
                    f'<span class="wct-case-company">{esc(company)}</span></th>')
        body.append(f'<td data-label="State" data-value="{esc(_plain(row["state"]))}">{esc(row["state"])}</td>')
        body.append(f'<td data-label="Sector" data-value="{esc(_plain(row["sector"]))}">{esc(row["sector"])}</td>')
        body.append(f'<td data-label="Request" data-value="{row["request_iso"]}">{esc(row["request_text"])}</td>')
        body.append(f'<td data-label="Outcome" data-value="{esc(_plain(row["outcome_label"]))}">'
                    f'{esc(row["outcome_label"])}</td>')
        days_value = "" if row["days"] is None or pd.isna(row["days"]) else str(int(row["days"]))
        body.append(f'<td data-label="Days to resolution" data-value="{days_value}">{esc(row["days_text"])}</td>')
        body += ['<td data-label="Sources">', *_sources_cell(fid, row), "</td>"]
        body.append("</tr>")
    body += ["</tbody>", "</table>", "</div>",
             '<p class="wct-case-empty" data-wct-case-empty hidden>No request matches these choices.</p>']
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source="USTR and DOL releases, Mexican government statements, law-firm trackers and the press,"
                              " as listed for each row; all rows in rrm_requests.csv, each value's source in"
                              " rrm_request_facts.csv",
                       csv_file=CSV_FILE, controls_label="Filter and search the requests")
