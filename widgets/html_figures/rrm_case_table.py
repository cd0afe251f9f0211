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
from widgets.i18n import say, say_count
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


def _english_bibliography() -> str:
    """The English bibliography page as a Spanish edition page (``book/es/``) reaches it."""
    from widgets.translations import relative_url

    return relative_url("book/es/rrm_record", "es", "book/bibliography", "en")


def _plain(text: str) -> str:
    """Lower case without accents, so a search for 'queretaro' finds 'Querétaro'."""
    return without_accents(str(text)).lower()


def _date(value, precision, lang: str = "en") -> tuple[str, str]:
    """(words, sortable ISO text) for a date at its precision; empty when missing."""
    from widgets.formatting import format_date

    if pd.isna(value):
        return "", ""
    return format_date(value, precision, lang), pd.Timestamp(value).strftime("%Y-%m-%d")


def rrm_case_rows(requests: pd.DataFrame, facts: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per request with the words the table shows and its sources (key, label, fields given).

    ``lang`` is the language of the words (:mod:`widgets.i18n`); names of companies, places and sources
    stay as they are, and ``outcome`` stays the key."""
    unknown = sorted(set(requests["outcome"]) - set(OUTCOMES))
    if unknown:
        raise ValueError(f"rrm_requests: outcome {unknown} has no words in {__name__}.OUTCOMES")
    by_request = {rid: rows for rid, rows in facts.groupby("request_id", sort=False)}
    # Missing values as None: pandas' NA cannot be compared.
    requests = requests.astype(object).where(requests.notna(), None)
    out = []
    for r in requests.itertuples():
        declined = r.request_type == "petition_declined"
        request_text, request_iso = _date(r.request_date, r.request_date_precision, lang)
        decided_text, decided_iso = _date(r.resolution_date, r.resolution_date_precision, lang)
        when_iso = request_iso or decided_iso
        if not when_iso:
            raise ValueError(f"rrm_requests, request '{r.request_id}': no request date (or decision date)")
        both_days = r.request_date_precision == "day" and r.resolution_date_precision == "day"
        days = int((r.resolution_date - r.request_date).days) if both_days and not declined else None
        if pd.notna(r.resolution_date) and not declined:
            if days is not None:
                days_text = f"{days} days" if lang == "en" else say_count("day", days, lang)
            else:  # name the date that is too coarse to count days from: the request's, or the resolution's
                which, precision = next((name, p) for name, p in (("request", r.request_date_precision),
                                                                   ("resolution", r.resolution_date_precision))
                                        if p != "day")
                days_text = say(f"resolved {{date}} (the {which} is dated only to the {precision})", lang,
                                date=decided_text)
        elif declined:
            days_text = say("no request; declined {date}", lang, date=decided_text)
        elif pd.notna(r.open_as_of):
            days_text = say("open as of {date}", lang, date=_date(r.open_as_of, r.open_as_of_precision, lang)[0])
        else:
            days_text = say("no end date in the sources read", lang)
        fact_rows = by_request.get(r.request_id, pd.DataFrame(columns=["citation_key", "field", "locator"]))
        sources = []
        for key, given in fact_rows.groupby("citation_key", sort=False):
            fields = list(dict.fromkeys(say(FIELD_WORDS.get(f, f.replace("_", " ")), lang) for f in given["field"]
                                        if not str(f).endswith(("_precision", "_qualifier"))))
            sources.append({"key": key, "label": short_citation(key), "fields": ", ".join(fields)})
        if r.citation_key not in {s["key"] for s in sources}:
            sources.insert(0, {"key": r.citation_key, "label": short_citation(r.citation_key),
                               "fields": say("request date", lang)})
        place = ", ".join(str(v) for v in (r.city, r.state) if pd.notna(v))
        out.append({
            "request_id": r.request_id, "facility": say(r.facility, lang), "company": r.company or "",
            "parent": "" if pd.isna(r.parent) else say(r.parent, lang), "place": place,
            "state": r.state if pd.notna(r.state) else say(f"State {NOT_NAMED}", lang),
            "sector": say(str(r.sector).capitalize() if pd.notna(r.sector) else f"Sector {NOT_NAMED}", lang),
            "year": int(when_iso[:4]), "declined": declined,
            "request_text": request_text if not declined else say("No request (petition declined {date})", lang,
                                                                  date=decided_text),
            "request_iso": when_iso, "outcome": r.outcome, "outcome_label": say(OUTCOMES[r.outcome], lang),
            "days": days, "days_text": days_text, "sources": sources,
        })
    return pd.DataFrame(out)


def _sources_cell(fid: str, row: dict, lang: str = "en") -> list[str]:
    count = len(row["sources"])
    said = f"{count} source{'s' if count != 1 else ''}" if lang == "en" else say_count("source", count, lang)
    lines = ["<details>", f"<summary>{esc(said)}</summary>", "<ul>"]
    # A Spanish page links the English edition's bibliography, and says the source's label is English.
    page, mark = (BIBLIOGRAPHY_PAGE, "") if lang == "en" else (_english_bibliography(), ' hreflang="en" lang="en"')
    for source in row["sources"]:
        what = f": {esc(source['fields'])}" if source["fields"] else ""
        lines.append(f'<li><a href="{page}#{esc(bibliography_anchor(source["key"]))}"{mark}>'
                     f"{esc(source['label'])}</a>{what}</li>")
    return [*lines, "</ul>", "</details>"]


def _select(fid: str, name: str, label: str, choices: list[Choice]) -> list[str]:
    control_id = f"{fid}-{name}"
    lines = ['<div class="wct-control">', f'<label for="{control_id}">{esc(label)}</label>',
             f'<select id="{control_id}" data-wct-case-filter="{esc(name)}">']
    lines += [f'<option value="{esc(c.value)}">{esc(c.label)}</option>' for c in choices]
    return [*lines, "</select>", "</div>"]


def rrm_case_table_figure(requests: pd.DataFrame, facts: pd.DataFrame, *, title: str, description: str,
                          lang: str = "en") -> HtmlFigure:
    """Every request of the record as a row of a filterable, searchable, sortable table.

    ``lang`` is the language of every word the table adds (:mod:`widgets.i18n`): controls, headings,
    outcomes, sectors, dates, the status line; the script (``book/assets/figures.js``) adds none."""
    rows = rrm_case_rows(requests, facts, lang).sort_values("request_iso", kind="stable")
    fid = figure_id(KIND, title)
    outcomes = [o for o in OUTCOMES if o in set(rows["outcome"])]
    sectors = sorted(dict.fromkeys(rows["sector"]))
    if lang != "en":  # the sources' silence last, as in English (where "Sector not named" sorts last by itself)
        sectors = sorted(sectors, key=lambda s: (s == say(f"Sector {NOT_NAMED}", lang), _plain(s)))
    controls = [
        '<div class="wct-control wct-case-search">',
        f'<label for="{fid}-search">{esc(say("Search facility, company, place, sector or source", lang))}</label>',
        f'<input type="search" id="{fid}-search" data-wct-case-search autocomplete="off">',
        "</div>",
        *_select(fid, "outcome", say("Outcome", lang), [Choice("", say("All outcomes", lang)),
                                                        *(Choice(token(o), say(OUTCOMES[o], lang)) for o in outcomes)]),
        *_select(fid, "year", say("Year", lang), [Choice("", say("All years", lang)),
                                                  *(Choice(str(y), str(y)) for y in sorted(set(rows["year"])))]),
        *_select(fid, "sector", say("Sector", lang), [Choice("", say("All sectors", lang)),
                                                      *(Choice(token(s), s) for s in sectors)]),
        '<p class="wct-figure-status" role="status" aria-live="polite" data-wct-case-status'
        f' data-template="{esc(say("Requests shown: {shown} of {total}.", lang))}"></p>',
    ]
    total = len(rows)
    body = [f'<div class="wct-case-table-wrap" id="{fid}-wrap">',
            '<table class="wct-case-table" data-wct-case-table>',
            "<caption>" + esc(say("Every request in the record ({total} rows), in order of the request date; a declined "
                                  "petition is dated by the decision. Days to resolution are counted only where both "
                                  "dates are known to the day.", lang, total=total)) + "</caption>",
            "<thead>", "<tr>"]
    for key, heading, sort in COLUMNS:
        attrs = f' data-sort="{sort}" data-key="{key}"' if sort else ""
        body.append(f'<th scope="col"{attrs}>{esc(say(heading, lang))}</th>')
    body += ["</tr>", "</thead>", "<tbody>"]
    for row in rows.to_dict("records"):
        search = _plain(" ".join([row["facility"], row["company"], row["parent"], row["place"], row["sector"],
                                  row["outcome_label"], *(s["label"] for s in row["sources"])]))
        body.append(f'<tr data-wct-case-row data-request-id="{esc(row["request_id"])}" data-outcome="{token(row["outcome"])}" data-year="{row["year"]}"'
                    f' data-sector="{token(row["sector"])}" data-search="{esc(search)}">')
        company = (row["company"] or say("company not named", lang)) + (
            say(" (parent: {parent})", lang, parent=row["parent"]) if row["parent"] else "")
        label = {name: esc(say(name, lang)) for name in ("Facility", "State", "Sector", "Request", "Outcome",
                                                          "Days to resolution", "Sources")}
        body.append(f'<th scope="row" data-label="{label["Facility"]}" data-value="{esc(_plain(row["facility"]))}">'
                    f'<span class="wct-case-facility">{esc(row["facility"])}</span>'
                    f'<span class="wct-case-company">{esc(company)}</span></th>')
        body.append(f'<td data-label="{label["State"]}" data-value="{esc(_plain(row["state"]))}">{esc(row["state"])}</td>')
        body.append(f'<td data-label="{label["Sector"]}" data-value="{esc(_plain(row["sector"]))}">'
                    f'{esc(row["sector"])}</td>')
        body.append(f'<td data-label="{label["Request"]}" data-value="{row["request_iso"]}">'
                    f'{esc(row["request_text"])}</td>')
        body.append(f'<td data-label="{label["Outcome"]}" data-value="{esc(_plain(row["outcome_label"]))}">'
                    f'{esc(row["outcome_label"])}</td>')
        days_value = "" if row["days"] is None or pd.isna(row["days"]) else str(int(row["days"]))
        body.append(f'<td data-label="{label["Days to resolution"]}" data-value="{days_value}">'
                    f'{esc(row["days_text"])}</td>')
        body += [f'<td data-label="{label["Sources"]}">', *_sources_cell(fid, row, lang), "</td>"]
        body.append("</tr>")
    body += ["</tbody>", "</table>", "</div>",
             f'<p class="wct-case-empty" data-wct-case-empty hidden>{esc(say("No request matches these choices.", lang))}</p>']
    source = ("USTR and DOL releases, Mexican government statements, law-firm trackers and the press,"
              " as listed for each row; all rows in rrm_requests.csv, each value's source in"
              " rrm_request_facts.csv")
    return figure_html(KIND, title=title, description=description, controls=controls, body=body,
                       source=say(source, lang), csv_file=CSV_FILE,
                       controls_label=say("Filter and search the requests", lang), lang=lang)
