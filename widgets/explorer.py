"""The live explorer: one ipywidgets app (run in Voila) over the book's timeline, its Rapid Response
record and its field-study data.

A reader picks a case, a range of years, a survey measure and the groups of workers to compare;
the timeline chart, the table of events, the survey chart and its table update, each row with its
source. For the Rapid Response record, the reader filters the requests by outcome, year, sector and
Mexican state and searches facility and company names; the table of matching requests and the chart
of their counts (by a grouping the reader picks) update. Unlike the static book, this runs Python callbacks, so it needs a kernel (``make explore``).

The app is built by :func:`build_explorer`, which returns an :class:`Explorer` whose controls and
outputs are attributes, so tests can drive it without a browser.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import ipywidgets as w
import pandas as pd
from IPython.display import display

from widgets.charts import survey_chart, timeline_chart
from widgets.charts.rrm_record import (
    GROUPINGS,
    NO_SECTOR,
    NO_STATE,
    OUTCOMES,
    rrm_record_table,
    rrm_request_counts_chart,
)
from widgets.charts.survey import sample_note, survey_table
from widgets.charts.timeline import ALL_CASES, timeline_table
from widgets.datapackage import allowed_values, load_resource
from widgets.plain_text import without_accents
from widgets.render import html_table, use_live_renderer


def _html_table(frame: pd.DataFrame, columns: dict[str, str], caption: str) -> str:
    """The book's HTML table of ``frame`` with its row count, or a sentence when there are no rows."""
    if frame.empty:
        return f"<p><em>{html.escape(caption)}: no rows match these choices.</em></p>"
    return html_table(frame.to_dict("records"), columns, f"{caption} ({len(frame)} row{'' if len(frame) == 1 else 's'})", "wct-explorer-table")


ALL_OUTCOMES = "All outcomes"
ALL_SECTORS = "All sectors"
ALL_STATES = "All states"
# The record's columns shown in the explorer's table: field of rrm_record_table -> heading.
RECORD_COLUMNS = {"facility": "Facility", "company": "Company", "state": "State", "sector": "Sector",
                  "request_text": "Request for review", "outcome_label": "Outcome", "end_text": "Where it stands",
                  "source": "Source of the request date"}
# The fields the text search looks in.
SEARCHED = ("facility", "company", "parent", "city")


def _folded(text) -> str:
    """Lower case without accents, so "mondelez" finds "Mondelēz" and "queretaro" "Querétaro"."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return without_accents(str(text)).casefold()


def filter_record(record: pd.DataFrame, *, outcome: str = ALL_OUTCOMES, years: tuple[int, int] | None = None,
                  sector: str = ALL_SECTORS, state: str = ALL_STATES, text: str = "") -> pd.DataFrame:
    """The rows of ``record`` (from :func:`rrm_record_table`) that match every choice.

    ``outcome``, ``sector`` and ``state`` are the words the table shows (or the "All ..." choice);
    ``years`` bounds the record's ``year`` (the request's, or a declined petition's decision);
    ``text`` must occur, ignoring case and accents, in the facility, company, parent or city.
    """
    keep = pd.Series(True, index=record.index)
    if outcome != ALL_OUTCOMES:
        keep &= record["outcome_label"] == outcome
    if years is not None:
        keep &= record["year"].between(*years)
    if sector != ALL_SECTORS:
        keep &= record["sector"] == sector
    if state != ALL_STATES:
        keep &= record["state"] == state
    words = _folded(text).split()
    if words:
        haystack = record[list(SEARCHED)].apply(lambda row: " ".join(_folded(v) for v in row), axis=1)
        keep &= haystack.map(lambda h: all(word in h for word in words))
    return record[keep]


@dataclass
class Explorer:
    """The app's widget tree and its controls and outputs."""

    widget: w.Widget
    case: w.Dropdown
    years: w.IntRangeSlider
    measure: w.Dropdown
    groups: w.SelectMultiple
    timeline_out: w.Output
    events_table: w.HTML
    survey_out: w.Output
    survey_table: w.HTML
    record_outcome: w.Dropdown
    record_years: w.IntRangeSlider
    record_sector: w.Dropdown
    record_state: w.Dropdown
    record_search: w.Text
    record_grouping: w.Dropdown
    record_out: w.Output
    record_table: w.HTML
    shown_events: pd.DataFrame = field(default_factory=pd.DataFrame)
    shown_results: pd.DataFrame = field(default_factory=pd.DataFrame)
    shown_requests: pd.DataFrame = field(default_factory=pd.DataFrame)
    shown_record_chart: object | None = None  # the counts chart last drawn (None when nothing matches)


def build_explorer() -> Explorer:
    """Build the explorer over the validated data package; charts use the offline live renderer."""
    use_live_renderer()
    events = load_resource("timeline_events")
    cases = load_resource("cases")
    results = load_resource("field_study_results")
    design = load_resource("field_study_design")
    names = cases.set_index("case_id")["name"]
    case_options = [ALL_CASES] + [names[c] for c in dict.fromkeys(events.sort_values("date")["case_id"])]
    first_year, last_year = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    labelled = survey_table(results)
    measure_options = list(dict.fromkeys(labelled["measure_label"]))
    group_options = [g for g in allowed_values("field_study_results", "group") if g in set(results["group"])]

    style = {"description_width": "9em"}
    layout = w.Layout(width="32em")
    case = w.Dropdown(options=case_options, value=ALL_CASES, description="Case", style=style, layout=layout)
    years = w.IntRangeSlider(value=(2017, last_year), min=first_year, max=last_year, step=1,
                             description="Years", style=style, layout=layout, continuous_update=False)
    measure = w.Dropdown(options=measure_options, value=measure_options[0], description="Survey measure",
                         style=style, layout=layout)
    groups = w.SelectMultiple(options=group_options, value=tuple(group_options), description="Groups",
                              style=style, layout=w.Layout(width="32em", height="6.5em"))
    timeline_out, survey_out = w.Output(), w.Output()
    events_html, survey_html = w.HTML(), w.HTML()

    requests = load_resource("rrm_requests")
    record = rrm_record_table(requests)
    record_first, record_last = int(record["year"].min()), int(record["year"].max())
    outcome_options = [ALL_OUTCOMES] + [label for label in OUTCOMES.values() if label in set(record["outcome_label"])]
    record_outcome = w.Dropdown(options=outcome_options, value=ALL_OUTCOMES, description="Outcome", style=style,
                                layout=layout)
    record_years = w.IntRangeSlider(value=(record_first, record_last), min=record_first, max=record_last, step=1,
                                    description="Years", style=style, layout=layout, continuous_update=False)
    # The sources' silence ("... not named in the sources read") comes last.
    record_sector = w.Dropdown(options=[ALL_SECTORS] + sorted(set(record["sector"]), key=lambda v: (v == NO_SECTOR, v)),
                               value=ALL_SECTORS,
                               description="Sector", style=style, layout=layout)
    record_state = w.Dropdown(options=[ALL_STATES] + sorted(set(record["state"]), key=lambda v: (v == NO_STATE, v)),
                              value=ALL_STATES,
                              description="Mexican state", style=style, layout=layout)
    record_search = w.Text(value="", placeholder="facility or company, e.g. Goodyear", description="Search names",
                           style=style, layout=layout, continuous_update=False)
    record_grouping = w.Dropdown(options=[(label, key) for key, label in GROUPINGS.items()], value="year",
                                 description="Count by", style=style, layout=layout)
    record_out, record_html = w.Output(), w.HTML()
    app = Explorer(w.VBox(), case, years, measure, groups, timeline_out, events_html, survey_out, survey_html,
                   record_outcome, record_years, record_sector, record_state, record_search, record_grouping,
                   record_out, record_html)

    def update_timeline(_=None) -> None:
        chosen = events[events["date"].dt.year.between(*years.value)]
        if case.value != ALL_CASES:
            chosen = chosen[chosen["case_id"].map(names) == case.value]
        app.shown_events = chosen
        timeline_out.clear_output(wait=True)
        with timeline_out:
            if chosen.empty:
                display(w.HTML("<p><em>No dated events for this case in these years.</em></p>"))
            else:
                display(timeline_chart(
                    chosen, cases, case_ids=list(dict.fromkeys(chosen["case_id"])), case_picker=False,
                    title=f"{case.value}: {len(chosen)} dated events, {years.value[0]}–{years.value[1]}",
                    description="Timeline of the events chosen in the explorer, one row per case."))
        table = timeline_table(chosen, cases) if not chosen.empty else pd.DataFrame()
        events_html.value = _html_table(
            table, {"date_text": "Date", "case": "Case", "event": "Event", "actors": "Who acted", "source": "Source"},
            "Events shown")

    def update_survey(_=None) -> None:
        measure_name = labelled.loc[labelled["measure_label"] == measure.value, "result_id"]
        chosen = results[results["result_id"].isin(measure_name) & results["group"].isin(groups.value)]
        app.shown_results = chosen
        survey_out.clear_output(wait=True)
        with survey_out:
            if chosen.empty:
                display(w.HTML("<p><em>The study reports this measure for none of the chosen groups.</em></p>"))
            else:
                display(survey_chart(chosen, design, title=measure.value,
                                     description="Bar chart of the chosen survey measure by group of workers."))
        table = survey_table(chosen) if not chosen.empty else pd.DataFrame()
        survey_html.value = _html_table(
            table, {"group": "Group", "percent_text": "Share", "n_text": "n", "source": "Source",
                    "report_locator": "Study report", "ambiguity_note": "Caution"}, "Survey figures shown")

    def update_record(_=None) -> None:
        chosen = filter_record(record, outcome=record_outcome.value, years=record_years.value,
                               sector=record_sector.value, state=record_state.value, text=record_search.value)
        app.shown_requests = chosen
        app.shown_record_chart = None
        record_out.clear_output(wait=True)
        with record_out:
            if chosen.empty:
                display(w.HTML("<p><em>No request in the record matches these choices.</em></p>"))
            else:
                made = int((chosen["kind"] == "Request for review").sum())
                declined = len(chosen) - made
                counted = [f"{made} request{'s' if made != 1 else ''} for review" if made else "",
                           f"{declined} declined petition{'s' if declined != 1 else ''}" if declined else ""]
                grouping = GROUPINGS[record_grouping.value].lower()
                first, last = record_years.value
                where = [v for v, everything in ((record_outcome.value, ALL_OUTCOMES), (record_sector.value, ALL_SECTORS),
                                                 (record_state.value, ALL_STATES)) if v != everything]
                if record_search.value.strip():
                    where.append(f"“{record_search.value.strip()}”")
                app.shown_record_chart = rrm_request_counts_chart(
                    requests[requests["request_id"].isin(chosen["request_id"])], [record_grouping.value],
                    title=(f"{' and '.join(filter(None, counted)).capitalize()}, {first}–{last}"
                           f"{': ' + ', '.join(where) if where else ''}, by {grouping}"),
                    description=(f"Bar chart of the Rapid Response requests chosen in the explorer, counted by "
                                 f"{grouping}, with declined petitions in a lighter bar."))
                display(app.shown_record_chart)
        shown = chosen.assign(request_text=chosen["request_text"].where(
            chosen["kind"] == "Request for review", "none: petition declined"))
        record_html.value = _html_table(shown, RECORD_COLUMNS, "Rapid Response requests shown")

    for control in (case, years):
        control.observe(update_timeline, names="value")
    for control in (measure, groups):
        control.observe(update_survey, names="value")
    for control in (record_outcome, record_years, record_sector, record_state, record_search, record_grouping):
        control.observe(update_record, names="value")
    update_timeline()
    update_survey()
    update_record()

    intro = w.HTML(
        "<h1>Worker-Centered Trade: data explorer</h1>"
        "<p>Choose a case and a range of years to see its dated events; filter the Rapid Response record's "
        "requests by outcome, year, sector and Mexican state, or search for a facility or company; and choose a "
        "survey measure and groups of workers to compare results of the 2024 field study. Every row names its "
        "source; the data are the book's data package (<code>data/</code>), validated before this page "
        "loads.</p>")
    record_note = (
        "<p>Every request for review under the USMCA's Rapid Response mechanism that the sources read report "
        "through 2025, with the petitions the United States declined (counted in the year of the decision). "
        "Official counts are higher: the record lacks requests whose dates no source read gives. Download "
        "<code>rrm_requests.csv</code> and its sources, <code>rrm_request_facts.csv</code>, from the book's "
        "Data page.</p>")
    app.widget = w.VBox([
        intro,
        w.HTML("<h2>Timeline</h2>"), w.VBox([case, years]), timeline_out, events_html,
        w.HTML("<h2>The Rapid Response record</h2>"), w.HTML(record_note),
        w.VBox([record_outcome, record_years, record_sector, record_state, record_search, record_grouping]),
        record_out, record_html,
        w.HTML("<h2>2024 field study</h2>"), w.HTML(f"<p><strong>Read with care:</strong> {html.escape(sample_note(design))}</p>"),
        w.VBox([measure, groups]), survey_out, survey_html,
    ])
    return app
