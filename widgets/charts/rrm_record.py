"""The Rapid Response record: every request for review, counted, timed and set against the official counts.

One table function (:func:`rrm_record_table`) turns ``rrm_requests`` into the words and numbers a
reader sees (year, outcome, sector, state, how the case began, the spans in days); the chart
functions below draw from it, so a new row in ``data/rrm_requests.csv`` reaches every chart.

Spans are counted only between dates the sources give to the day: a date known only to the month or
the year would put a case weeks off, so such spans are left out of the distributions and counted
instead (:func:`rrm_spans_table`, ``excluded`` rows).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.bibliography import source_label
from widgets.charts.conventions import ROW_BAR_HEIGHT, ChartTable, finish_chart, row_layout, row_lines
from widgets.formatting import format_date, latest_date
from widgets.i18n import say, say_count, spanish_number, spanish_qualifier
from widgets.theme import BLUE, MUTED_COLOR, TEXT_COLOR

# The outcome categories of rrm_requests, in the reader's words and in reading order.
OUTCOMES = {
    "remediation_plan": "Course of remediation agreed",
    "company_agreement": "Agreement with the company",
    "no_denial_found": "Mexico found no denial of rights",
    "resolved_other": "Announced as resolved (form not stated)",
    "panel": "Sent to a panel",
    "open": "Open in the latest source read",
    "declined": "Petition declined (no request made)",
}
NOT_STATED = "Not stated in the sources read"
NO_SECTOR = "Sector not named in the sources read"
NO_STATE = "State not named in the sources read"
# Who petitioned: a petition that names one of these organizations among its petitioners had a U.S.
# union or organization behind it (the question LeClercq raises about who the mechanism reaches).
US_ORGANIZATIONS = ("AFL-CIO", "United Steelworkers", "Rethink Trade", "International Lawyers Assisting Workers Network")
BEGINNINGS = {
    "self": "Self-initiated by the U.S. government",
    "us": "Petition naming a U.S. union or organization",
    "mexican": "Petition by Mexican unions or groups only",
    "unnamed": "Petition, petitioners not named in the sources",
    "unknown": "Not stated in the sources read",
}
# Groupings offered by rrm_request_counts_chart: (field of rrm_record_table, words on the control).
GROUPINGS = {"year": "Year", "sector": "Sector", "state": "Mexican state", "beginning": "How the case began",
             "outcome_label": "Outcome"}
# The spans drawn as distributions: (name, words, start field, end field).
SPANS = [
    ("petition_to_request", "Petition to U.S. request for review", "petition_date", "request_date"),
    ("request_to_remedy", "Request to an agreed remedy (course of remediation or agreement)", "request_date",
     "remediation_date"),
    ("request_to_resolution", "Request to resolution announced", "request_date", "resolution_date"),
]
RECORD_CSV = "rrm_requests.csv"
YEARS_FORMAT = "%Y"


def _date_text(date, precision) -> str:
    return "" if pd.isna(date) else format_date(date, precision)


def _beginning(row) -> str:
    initiation = "" if pd.isna(row.initiation) else str(row.initiation)
    if initiation == "self-initiated":
        return BEGINNINGS["self"]
    if initiation != "petition":
        return BEGINNINGS["unknown"]
    named = "" if pd.isna(row.petitioners) else str(row.petitioners)
    if any(org in named for org in US_ORGANIZATIONS):
        return BEGINNINGS["us"]
    if not named or "not named" in named:
        return BEGINNINGS["unnamed"]
    return BEGINNINGS["mexican"]


def rrm_record_table(requests: pd.DataFrame) -> pd.DataFrame:
    """One row per request (and declined petition) with the words and numbers the chapter shows.

    ``year`` is the year of the request for review; a declined petition, which has none, counts in
    the year of the decision (its ``resolution_date``). ``end_text`` says how the case ended or where
    it stood in the latest source read. ``source`` names the source of the request date.
    """
    rows = requests.copy()
    declined = rows["request_type"] == "petition_declined"
    when = rows["request_date"].where(~declined, rows["resolution_date"])
    if when.isna().any():
        missing = rows.loc[when.isna(), "request_id"].tolist()
        raise ValueError(f"rrm_requests: no request date (or decision date) for {missing}")
    unknown = sorted(set(rows["outcome"]) - set(OUTCOMES))
    if unknown:
        raise ValueError(f"rrm_requests: outcome {unknown} has no words in widgets.charts.rrm_record.OUTCOMES")
    rows["year"] = when.dt.year.astype(int)
    rows["kind"] = ["Declined petition" if d else "Request for review" for d in declined]
    rows["outcome_label"] = rows["outcome"].map(OUTCOMES)
    rows["sector"] = rows["sector"].str.capitalize().fillna(NO_SECTOR)
    rows["state"] = rows["state"].fillna(NO_STATE)
    rows["beginning"] = [_beginning(r) for r in rows.itertuples()]
    rows["request_text"] = [_date_text(r.request_date, r.request_date_precision) for r in rows.itertuples()]
    rows["petition_text"] = [_date_text(r.petition_date, r.petition_date_precision) for r in rows.itertuples()]
    rows["end_text"] = [
        f"resolved {_date_text(r.resolution_date, r.resolution_date_precision)}" if pd.notna(r.resolution_date)
        else f"open as of {_date_text(r.open_as_of, r.open_as_of_precision)}" if pd.notna(r.open_as_of)
        else "no end date in the sources read"
        for r in rows.itertuples()]
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    # The resolution span, where both dates are known to the day (the case table shows it).
    both_days = (rows["request_date_precision"] == "day") & (rows["resolution_date_precision"] == "day")
    rows["days_to_resolution"] = (rows["resolution_date"] - rows["request_date"]).dt.days.where(both_days).astype("Int64")
    return rows.reset_index(drop=True)


def rrm_spans_table(requests: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per (request, span) whose two dates are both filled: the days between them.

    ``included`` is true only when both dates are known to the day; the others are kept (with
    ``days`` empty and ``why`` saying which date is coarse) so a chapter can count what it left out.
    ``lang`` is the language of the words (span names, facilities, dates, ``why``); ``span`` stays the key.
    """
    record = rrm_record_table(requests)
    out = []
    for name, label, start, end in SPANS:
        for r in record.itertuples():
            first, last = getattr(r, start), getattr(r, end)
            if pd.isna(first) or pd.isna(last):
                continue
            precisions = (getattr(r, f"{start}_precision"), getattr(r, f"{end}_precision"))
            coarse = [p for p in precisions if p != "day"]
            days = int((last - first).days) if not coarse else None
            if days is not None and days < 0:
                raise ValueError(f"rrm_requests, request '{r.request_id}': {end} is before {start}")
            out.append({
                "span": name, "span_label": say(label, lang), "request_id": r.request_id,
                "facility": say(r.facility, lang),
                "start_text": format_date(first, precisions[0], lang), "end_text": format_date(last, precisions[1], lang),
                "days": days, "included": not coarse,
                "why": "" if not coarse else say(f"a date is known only to the {coarse[0]}", lang),
                "source": r.source,
            })
    table = pd.DataFrame(out, columns=["span", "span_label", "request_id", "facility", "start_text", "end_text", "days",
                                       "included", "why", "source"])
    return table.astype({"days": "Float64", "included": "bool"})


def span_medians(spans: pd.DataFrame) -> pd.DataFrame:
    """Median days, and the number of cases, of each span (over the spans dated to the day)."""
    kept = spans[spans["included"]]
    grouped = kept.groupby("span", sort=False)["days"]
    medians = pd.DataFrame({"median": grouped.median().astype(float), "n": grouped.size().astype(int)})
    return medians.reindex([s[0] for s in SPANS]).dropna(subset=["median"])


def rrm_request_counts_chart(requests: pd.DataFrame, groupings: list[str], *, title: str,
                             description: str, lang: str = "en") -> alt.LayerChart:
    """Bars of the number of requests in each group; with several ``groupings`` a radio picks one.

    ``groupings`` are keys of :data:`GROUPINGS` (``year``, ``sector``, ``state``, ``beginning``,
    ``outcome_label``). Declined petitions are counted apart (a lighter bar), since no request was made.
    ``lang`` is the language of the words the chart adds (:mod:`widgets.i18n`); facilities keep their names.
    """
    unknown = [g for g in groupings if g not in GROUPINGS]
    if not groupings or unknown:
        raise ValueError(f"groupings must be among {list(GROUPINGS)}; got {groupings}")
    record = rrm_record_table(requests)
    # The words describing each facility (data/rrm_requests.csv keeps them in English).
    record["facility"] = record["facility"].map(lambda f: say(f, lang))
    parts = []
    for grouping in groupings:
        counted = (record.groupby([grouping, "kind"]).agg(count=("request_id", "size"),
                                                          facilities=("facility", lambda f: "; ".join(f)))
                   .reset_index().rename(columns={grouping: "group"}))
        counted["group"] = counted["group"].astype(str)
        if grouping != "year":
            counted["group"] = counted["group"].map(lambda g: say(g, lang))
        totals = counted.groupby("group")["count"].sum()
        if grouping == "year":
            order = sorted(totals.index)
        elif grouping == "outcome_label":
            order = [say(label, lang) for label in OUTCOMES.values() if say(label, lang) in totals.index]
        else:  # largest first, the sources' silence last
            silence = [say(g, lang) for g in (NO_SECTOR, NO_STATE, BEGINNINGS["unknown"])]
            order = sorted(totals.index, key=lambda g: (g in silence, -totals[g], g))
        counted["order"] = counted["group"].map({g: i for i, g in enumerate(order)})
        counted["grouping"] = say(GROUPINGS[grouping], lang)
        counted["total"] = counted["group"].map(totals).astype(int)
        parts.append(counted)
    position = {say(GROUPINGS[g], lang): i for i, g in enumerate(groupings)}
    table = pd.concat(parts, ignore_index=True)
    table = table.assign(position=table["grouping"].map(position)).sort_values(
        ["position", "order", "kind"], ascending=[True, True, False]).drop(columns="position")
    # The label at the end of each bar says both counts; it sits on the group's first row only.
    # (A declined petition is not a request, so its count is said apart.)
    def words(rows: pd.DataFrame) -> str:
        counts = rows.set_index("kind")["count"]
        made, declined = int(counts.get("Request for review", 0)), int(counts.get("Declined petition", 0))
        if lang != "en":
            said = [say_count("request", made, lang) if made else "", say_count("declined", declined, lang) if declined else ""]
        else:
            said = [f"{made} request{'s' if made != 1 else ''}" if made else "", f"{declined} declined" if declined else ""]
        return ", ".join(filter(None, said))

    table["total_text"] = ""
    for _, rows in table.groupby(["grouping", "group"]):
        table.loc[rows.index[0], "total_text"] = words(rows)
    table["group_lines"] = table["group"].map(row_lines)
    table["source"] = say("Sources of each request: see the case table and rrm_request_facts.csv", lang)
    kinds = ["Request for review", "Declined petition"]
    table["kind"] = table["kind"].map(lambda k: say(k, lang))
    table = table.reset_index(drop=True)
    table = table.astype({c: "object" for c in table.columns if c not in ("count", "order", "total")}).astype(
        {"count": "int", "order": "int", "total": "int"})

    labels = [say(GROUPINGS[g], lang) for g in groupings]
    fields = ["group", "group_lines", "kind", "count", "total", "total_text", "facilities", "source"]
    base = alt.Chart(table[(["grouping"] if len(groupings) > 1 else []) + fields])
    params = []
    if len(groupings) > 1:
        pick = alt.param(name="grouping", value=labels[0], bind=alt.binding_radio(options=labels, name=say("Count by: ", lang)))
        base = base.transform_filter(alt.datum.grouping == pick)
        params.append(pick)
    rows = row_layout(table["group_lines"])
    # An explicit order: a field sort is ignored when layers share the axis. Each grouping's labels
    # are its own (no label is shared between groupings), so one list orders them all.
    y = alt.Y("group:N", title=None, axis=None, sort=list(dict.fromkeys(table["group"])))
    tooltip = [alt.Tooltip("group:N", title=say("Group", lang)), alt.Tooltip("kind:N", title=say("Kind", lang)),
               alt.Tooltip("count:Q", title=say("Number", lang)),
               alt.Tooltip("facilities:N", title=say("Facilities", lang)),
               alt.Tooltip("source:N", title=say("Source", lang))]
    bars = base.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y, x=alt.X("count:Q", title=say("Number of requests", lang), stack="zero",
                     axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("kind:N", title=say("Kind", lang), scale=alt.Scale(domain=[say(k, lang) for k in kinds])),
        order=alt.Order("kind:N", sort="descending"), tooltip=tooltip)
    totals = base.transform_filter(alt.datum.total_text != "").mark_text(
        align="left", dx=4, fontWeight=600, yOffset=rows.mark_offset).encode(y=y, x="total:Q", text="total_text:N")
    names = rows.label(base, y, "group_lines").encode(tooltip=tooltip)
    chart = alt.layer(bars, totals, names)
    if params:
        chart = chart.add_params(*params)
    chart = chart.properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source=say("USTR and DOL releases, Mexican statements and the press, case by case", lang),
        description=description, lang=lang,
        table=ChartTable(table, {name: say(heading, lang) for name, heading in {
            "grouping": "Counted by", "group": "Group", "kind": "Kind", "count": "Number",
            "facilities": "Facilities", "source": "Source"}.items()}, csv_file=RECORD_CSV),
    )


# The vertical step between the names of highlighted cases stacked in one row of the durations chart.
NAME_STEP = 13


def rrm_durations_chart(requests: pd.DataFrame, *, title: str, description: str,
                        highlight: dict[str, str] | None = None, lang: str = "en") -> alt.LayerChart:
    """Each case as a dot on the days each span took, one row per span, with the median marked.

    Only spans between two dates known to the day are drawn; the note under the title says how many
    were left out for a coarser date. ``highlight`` maps ``case_id`` to a short name: those cases'
    dots are drawn in colour and named on the chart, placing them within the whole distribution.
    ``lang`` is the language of the words the chart adds (:mod:`widgets.i18n`); the ``highlight`` names
    are drawn as the caller gives them (write them in ``lang``), facilities keep their names.
    """
    highlight = highlight or {}
    spans = rrm_spans_table(requests, lang)
    kept = spans[spans["included"]].copy()
    case_of = requests.set_index("request_id")["case_id"]
    kept["name"] = [highlight.get(case, "") for case in kept["request_id"].map(case_of)]
    if kept.empty:
        raise ValueError("rrm_requests: no span has both of its dates known to the day")
    medians = span_medians(spans)
    labels = {name: say(label, lang) for name, label, _, _ in SPANS}
    kept["days"] = kept["days"].astype(int)
    kept["days_text"] = kept["days"].map(lambda d: f"{d} days" if lang == "en" else say_count("day", d, lang))
    # Dots on the same day would hide each other: spread each row's dots over a few offsets.
    kept["rank"] = kept.groupby("span").cumcount()
    kept["spread"] = ((kept["rank"] % 5 - 2) * 4).astype(float)
    # Named cases get rows of their own within the band, so their names never overprint each other.
    named_rank = kept[kept["name"] != ""].groupby("span").cumcount()
    kept.loc[named_rank.index, "spread"] = (named_rank - named_rank.groupby(kept["span"]).transform("max")) * NAME_STEP
    stacked = int(named_rank.max()) if len(named_rank) else 0  # lines the names climb above the dots
    kept["mark"] = "A case"
    marks = medians.reset_index().rename(columns={"index": "span"})
    marks["span_label"] = marks["span"].map(labels)
    marks["days"] = marks["median"]
    marks["days_text"] = [f"median {m:g} days ({n} cases)" if lang == "en" else say(
        "median {days} ({cases})", lang, days=say_count("day", 1 if m == 1 else spanish_number(m), lang),
        cases=say_count("case", n, lang)) for m, n in zip(marks["median"], marks["n"])]
    marks["facility"] = say("All cases dated to the day", lang)
    marks["start_text"] = ""
    marks["end_text"] = ""
    marks["source"] = say("computed from the cases in this row", lang)
    marks["spread"] = 0
    marks["mark"] = "Median"
    marks["name"] = ""
    fields = ["span_label", "span_lines", "facility", "start_text", "end_text", "days", "days_text", "spread", "mark",
              "name", "source"]
    table = pd.concat([kept, marks], ignore_index=True)
    table["span_lines"] = table["span_label"].map(row_lines)
    table = table[fields].astype({c: "object" for c in fields if c not in ("days", "spread")}).astype(
        {"days": "float", "spread": "float"})
    order = [say(label, lang) for name, label, _, _ in SPANS if name in set(kept["span"])]
    # One spare line under each row's name holds the median's label, above the dots.
    # (Named cases stack within the band: one more line of height keeps them off the next row's name.)
    rows = row_layout(table["span_lines"], lines=max(str(t).count("\n") + 1 for t in table["span_lines"]) + 1
                      + (2 if highlight else 0))
    # The yOffset channel replaces the mark's own offset and counts from the top of the row's band, so
    # each dot's offset includes the row's (counted from the band's centre) and half a row.
    table["spread"] = table["spread"] + rows.mark_offset + rows.step / 2
    y = alt.Y("span_label:N", title=None, axis=None, sort=order)
    tooltip = [alt.Tooltip("facility:N", title=say("Facility", lang)), alt.Tooltip("span_label:N", title=say("Span", lang)),
               alt.Tooltip("start_text:N", title=say("From", lang)), alt.Tooltip("end_text:N", title=say("To", lang)),
               alt.Tooltip("days_text:N", title=say("Days", lang)), alt.Tooltip("source:N", title=say("Source", lang))]
    base = alt.Chart(table)
    dots = base.transform_filter(alt.datum.mark == "A case").mark_point(filled=True, size=70, opacity=0.75).encode(
        y=y, yOffset=alt.YOffset("spread:Q", scale=None),
        x=alt.X("days:Q", title=say("Days (each dot is one case)", lang), scale=alt.Scale(domainMin=0), axis=alt.Axis(tickCount=5)),
        color=alt.condition("datum.name !== ''", alt.value(BLUE), alt.value(MUTED_COLOR)), tooltip=tooltip)
    # The highlighted cases, named beside their dots.
    named = base.transform_filter("datum.mark === 'A case' && datum.name !== ''").mark_text(
        align="left", baseline="middle", dx=7, fontWeight=600, color=BLUE).encode(
        y=y, yOffset=alt.YOffset("spread:Q", scale=None), x="days:Q", text="name:N", tooltip=tooltip)
    median = base.transform_filter(alt.datum.mark == "Median").mark_tick(
        thickness=3, size=ROW_BAR_HEIGHT + 12, color=TEXT_COLOR, yOffset=rows.mark_offset).encode(
        y=y, x="days:Q", tooltip=tooltip)
    median_text = base.transform_filter(alt.datum.mark == "Median").mark_text(
        align="left", dx=-2, fontWeight=600, yOffset=rows.mark_offset - ROW_BAR_HEIGHT - 6 - stacked * NAME_STEP).encode(
        y=y, x="days:Q", text="days_text:N", tooltip=tooltip)
    names = rows.label(base.transform_filter(alt.datum.mark == "Median"), y, "span_lines").encode(tooltip=tooltip)
    layers = [dots, median, median_text, names] + ([named] if highlight else [])
    chart = alt.layer(*layers).properties(width="container", height=alt.Step(rows.step))
    left_out = spans[~spans["included"]]
    source = say("request, petition and resolution dates, case by case (see each dot's tooltip)", lang)
    if len(left_out) and lang == "en":
        source += (f"; {len(left_out)} span{'s' if len(left_out) != 1 else ''} with a date known only to the month"
                   " or year left out")
    elif len(left_out):
        source += "; " + say_count("span left out", len(left_out), lang)
    return finish_chart(
        chart, title=title, source=source, description=description, lang=lang,
        table=ChartTable(table[table["mark"] == "A case"], {name: say(heading, lang) for name, heading in {
            "facility": "Facility", "span_label": "Span", "start_text": "From", "end_text": "To", "days_text": "Days",
            "source": "Source"}.items()}, csv_file=RECORD_CSV),
    )


def rrm_running_counts_table(requests: pd.DataFrame, stats: pd.DataFrame,
                             measure: str = "cases_total", lang: str = "en") -> pd.DataFrame:
    """Each official or reported running count of requests beside the record's own count at its date.

    ``stats`` is ``rrm_statistics``; rows with ``measure`` are compared. A count dated only to the
    month or year is compared with the record at the last day it can mean, and the record counts U.S.
    requests for review (not declined petitions) dated on or before that day. ``lang`` is the language
    of ``reported_by``, ``as_of_text`` and ``stated_text``.
    """
    record = rrm_record_table(requests)
    requested = record[record["kind"] == "Request for review"]
    # A request known only to the month or year counts from the first day it can mean.
    dates = requested["request_date"]
    counts = stats[stats["measure"] == measure].copy()
    if counts.empty:
        raise ValueError(f"rrm_statistics has no rows with measure '{measure}'")
    counts["as_of_day"] = [latest_date(r.as_of, r.as_of_precision) for r in counts.itertuples()]
    counts["record_count"] = [int((dates <= day).sum()) for day in counts["as_of_day"]]
    counts["as_of_text"] = [format_date(r.as_of, r.as_of_precision, lang) for r in counts.itertuples()]
    if lang == "en":
        counts["stated_text"] = [f"{r.qualifier} {r.value:,.0f}" if r.qualifier != "exactly" else f"{r.value:,.0f}"
                                 for r in counts.itertuples()]
    else:
        counts["stated_text"] = [(f"{spanish_qualifier(r.qualifier)} " if r.qualifier != "exactly" else "")
                                 + spanish_number(r.value, 0) for r in counts.itertuples()]
        counts["reported_by"] = counts["reported_by"].map(lambda who: say(who, lang))
    counts["share_found"] = [r.record_count / r.value for r in counts.itertuples()]
    counts["source"] = [source_label(r.citation_key, r.locator) for r in counts.itertuples()]
    counts = counts.sort_values("as_of_day").reset_index(drop=True)
    columns = ["figure_id", "reported_by", "as_of_day", "as_of_text", "value", "stated_text", "record_count",
               "share_found", "source"]
    return counts[columns].astype({"value": "float", "record_count": "int", "share_found": "float"})


def rrm_running_counts_chart(requests: pd.DataFrame, stats: pd.DataFrame, *, title: str,
                             description: str, lang: str = "en") -> alt.LayerChart:
    """The record's cumulative count of requests as a step line, and each reported count as a dot at its date.

    ``lang`` is the language of the words the chart adds (:mod:`widgets.i18n`)."""
    counts = rrm_running_counts_table(requests, stats, lang=lang)
    record = rrm_record_table(requests)
    requested = record[record["kind"] == "Request for review"].sort_values("request_date").reset_index(drop=True)
    ours, theirs = say("This book's record", lang), say("Count reported by a source", lang)
    if lang == "en":
        labels = [f"{r.facility} (request {r.request_text})" for r in requested.itertuples()]
        count_texts = [f"{n} requests in the record" for n in range(1, len(requested) + 1)]
        reported_labels = counts["reported_by"] + ", as of " + counts["as_of_text"]
        stated = [f"{s} (the record has {n} by then)" for s, n in zip(counts["stated_text"], counts["record_count"])]
    else:
        labels = [say("{facility} (request {date})", lang, facility=say(r.facility, lang),
                      date=format_date(r.request_date, r.request_date_precision, lang)) for r in requested.itertuples()]
        count_texts = [say_count("request in the record", n, lang) for n in range(1, len(requested) + 1)]
        reported_labels = [say("{who}, as of {date}", lang, who=w, date=d)
                           for w, d in zip(counts["reported_by"], counts["as_of_text"])]
        stated = [say("{stated} (the record has {n} by then)", lang, stated=s, n=n)
                  for s, n in zip(counts["stated_text"], counts["record_count"])]
    steps = pd.DataFrame({
        "date": requested["request_date"].dt.strftime("%Y-%m-%d"),
        "count": range(1, len(requested) + 1),
        "who": ours,
        "label": labels,
        "count_text": count_texts,
        "source": requested["source"],
    })
    dots = pd.DataFrame({
        "date": counts["as_of_day"].dt.strftime("%Y-%m-%d"),
        "count": counts["value"],
        "who": theirs,
        "label": reported_labels,
        "count_text": stated,
        "source": counts["source"],
    })
    table = pd.concat([steps, dots], ignore_index=True)
    tooltip = [alt.Tooltip("label:N", title=say("What", lang)), alt.Tooltip("count_text:N", title=say("Count", lang)),
               alt.Tooltip("source:N", title=say("Source", lang))]
    x = alt.X("date:T", title=say("Date (year)", lang),
              axis=alt.Axis(format=YEARS_FORMAT, tickCount="year", labelOverlap="greedy"))
    y = alt.Y("count:Q", title=say("Requests for review, cumulative", lang), scale=alt.Scale(domainMin=0))
    color = alt.Color("who:N", title=None, scale=alt.Scale(domain=[ours, theirs]))
    base = alt.Chart(table)
    line = base.transform_filter(alt.datum.who == ours).mark_line(interpolate="step-after").encode(
        x=x, y=y, color=color, tooltip=tooltip)
    points = base.transform_filter(alt.datum.who == ours).mark_point(size=30, filled=True).encode(
        x=x, y=y, color=color, tooltip=tooltip)
    reported = base.transform_filter(alt.datum.who == theirs).mark_point(
        size=110, filled=True, shape="diamond").encode(x=x, y=y, color=color, tooltip=tooltip)
    chart = alt.layer(line, points, reported).properties(width="container", height=300)
    return finish_chart(
        chart, title=title, description=description, lang=lang,
        source=say("each request's and each count's source (see the tooltips); a count dated only to a month or year"
                   " is drawn at the last day it can mean", lang),
        table=ChartTable(counts, {name: say(heading, lang) for name, heading in {
            "reported_by": "Reported by", "as_of_text": "As of", "stated_text": "Count stated",
            "record_count": "Requests in the record by then", "source": "Source"}.items()},
                         csv_file="rrm_statistics.csv"),
    )


# --- union votes (rrm_union_votes) ---------------------------------------------------------------------

INDEPENDENT = "independent_union"


def union_vote_shares_table(votes: pd.DataFrame, requests: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per union election with an independent union on the ballot: its share of the votes.

    The base is ``valid_votes`` where the source gives it, otherwise the votes counted for the options
    listed (then said in ``base_text``). Contract votes (legitimation) are left out: no union wins them.
    ``lang`` is the language of ``facility``, ``date_text`` and ``base_text``.
    """
    elections = votes[votes["vote_kind"] == "union_election"]
    names = requests.set_index("request_id")["facility"]
    out = []
    for vote_id, rows in elections.groupby("vote_id", sort=False):
        independent = rows[rows["option_type"] == INDEPENDENT]
        if independent.empty or rows["votes"].isna().all():
            continue
        first = rows.iloc[0]
        won = float(independent["votes"].sum())
        valid = rows["valid_votes"].dropna()
        if len(valid):
            base, base_text = float(valid.iloc[0]), f"{valid.iloc[0]:,.0f} valid votes"
        else:
            base = float(rows["votes"].sum())
            base_text = f"{base:,.0f} votes for the options listed (no valid-vote total in the source)"
        if lang != "en":
            base_text = say("{n} valid votes" if len(valid) else
                            "{n} votes for the options listed (no valid-vote total in the source)", lang,
                            n=spanish_number(base, 0))
        top = rows.loc[rows["votes"].idxmax()]
        out.append({
            "vote_id": vote_id, "request_id": first["request_id"],
            "facility": say(names.get(first["request_id"], first["request_id"]), lang),
            "date_text": format_date(first["vote_date"], first["vote_date_precision"], lang),
            "union": "; ".join(independent["option"]),
            "votes_won": won, "base": base, "share": 100 * won / base, "base_text": base_text,
            "won": bool(top["option_type"] == INDEPENDENT),
            "source": "; ".join(dict.fromkeys(source_label(r.citation_key, r.locator) for r in rows.itertuples())),
        })
    table = pd.DataFrame(out, columns=["vote_id", "request_id", "facility", "date_text", "union", "votes_won", "base",
                                       "share", "base_text", "won", "source"])
    return table.sort_values("share", ascending=False).reset_index(drop=True)


def rrm_union_votes_chart(votes: pd.DataFrame, requests: pd.DataFrame, *, title: str,
                          description: str, lang: str = "en") -> alt.LayerChart:
    """A bar per union election: the independent union's share of the votes, with a 50% rule.

    ``lang`` is the language of the words the chart adds (:mod:`widgets.i18n`); unions keep their names."""
    table = union_vote_shares_table(votes, requests, lang)
    if table.empty:
        raise ValueError("rrm_union_votes has no union election with an independent union and vote counts")
    table["row"] = table["facility"] + " | " + table["date_text"]
    table["row_lines"] = table["row"].map(row_lines)
    won, lost = say("Independent union won", lang), say("Independent union lost", lang)
    if lang == "en":
        table["share_text"] = [f"{s:.0f}% of {b}" for s, b in zip(table["share"], table["base_text"])]
        table["label"] = table["share"].map(lambda s: f"{s:.0f}%")
    else:
        table["label"] = table["share"].map(lambda s: f"{spanish_number(s, 0)}%")
        table["share_text"] = [say("{share} of {base}", lang, share=p, base=b)
                               for p, b in zip(table["label"], table["base_text"])]
    table["result"] = [won if w else lost for w in table["won"]]
    fields = ["row", "row_lines", "union", "share", "label", "share_text", "result", "source"]
    rows = row_layout(table["row_lines"])
    y = alt.Y("row:N", title=None, axis=None, sort=list(table["row"]))
    tooltip = [alt.Tooltip("row:N", title=say("Election", lang)),
               alt.Tooltip("union:N", title=say("Independent union", lang)),
               alt.Tooltip("share_text:N", title=say("Its share", lang)),
               alt.Tooltip("result:N", title=say("Result", lang)), alt.Tooltip("source:N", title=say("Source", lang))]
    base = alt.Chart(table[fields])
    bars = base.mark_bar(height=ROW_BAR_HEIGHT, yOffset=rows.mark_offset).encode(
        y=y, x=alt.X("share:Q", title=say("Independent union's share of the votes (%)", lang),
                     scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("result:N", title=say("Result", lang), scale=alt.Scale(domain=[won, lost])),
        tooltip=tooltip)
    text = base.mark_text(align="left", dx=4, fontWeight=600, yOffset=rows.mark_offset).encode(
        y=y, x="share:Q", text="label:N", tooltip=tooltip)
    names = rows.label(base, y, "row_lines").encode(tooltip=tooltip)
    half = alt.Chart(pd.DataFrame({"share": [50.0]})).mark_rule(color=MUTED_COLOR, strokeDash=[4, 3]).encode(x="share:Q")
    chart = alt.layer(bars, text, names, half).properties(width="container", height=alt.Step(rows.step))
    return finish_chart(
        chart, title=title, source=say("each election's source (see the tooltips)", lang), description=description,
        lang=lang,
        table=ChartTable(table, {name: say(heading, lang) for name, heading in {
            "facility": "Facility", "date_text": "Vote", "union": "Independent union", "share_text": "Share",
            "result": "Result", "source": "Source"}.items()}, csv_file="rrm_union_votes.csv"),
    )
