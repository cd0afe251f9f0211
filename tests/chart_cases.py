"""Every chart the book shows, built from the real data package with the arguments its chapter passes.

Figures that lay out words are HTML, not charts: their cases are in ``tests/html_figure_cases.py``.

The chart tests share these cases instead of each building its own copy of a chart:
``tests/test_chart_conventions.py`` runs the book's conventions over all of them, and the tests of
one chart pick theirs with :func:`spec`. ``test_every_chart_call_in_the_book_has_a_case`` keeps the
list in step with the chapters: a chart added to a chapter without a case here fails it.

Titles are the chapters' own; a chapter that computes numbers into a title has them written out here.
Descriptions are shortened: only their presence matters to the tests.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import altair as alt

from widgets.charts import figure_comparison_chart, rrm_process_chart, survey_chart, timeline_chart
from widgets.charts.capability import capability_chart
from widgets.charts.expected_sanction import expected_sanction_chart
from widgets.charts.magnitude import magnitude_chart
from widgets.charts.rrm_record import (
    rrm_durations_chart,
    rrm_request_counts_chart,
    rrm_running_counts_chart,
    rrm_union_votes_chart,
)
from widgets.charts.source_dates import source_dates_chart
from widgets.charts.union_vote import union_vote_chart
from widgets.datapackage import load_resource


@dataclass(frozen=True)
class ChartCase:
    """One chart of one chapter: ``id`` is ``"<chapter>:<what>"``; ``csv_file`` the CSV its table links."""

    id: str
    function: str
    csv_file: str | None
    build: Callable[[], alt.TopLevelMixin]

    @property
    def chapter(self) -> str:
        return self.id.split(":")[0]


def _events(ids: list[str]):
    events = load_resource("timeline_events")
    return events[events["event_id"].isin(ids)]


def _case_events(case_id: str):
    """A case's events plus the Mexican letter on migrant workers (gm_silao and tridonex show it)."""
    events = load_resource("timeline_events")
    return events[(events["case_id"] == case_id) | (events["event_id"] == "mexico-migrant-labor-letter")]


def _history_cases():
    short = {"history": "Labor rights in U.S. trade", "usmca": "USMCA and Mexico's reform",
             "worker-centered-policy": "Biden and Trump policies"}
    cases = load_resource("cases")
    return cases.assign(name=cases["case_id"].map(short).fillna(cases["name"]))


RRM_CASE_IDS = ["gm-silao", "tridonex", "panasonic", "teksid-hierro", "saint-gobain", "draxton", "caterpillar"]
HISTORY_CASE_IDS = ["history", "usmca", "worker-centered-policy"]
COMPLIANCE_EVENT_IDS = [
    "eswatini-agoa-exclusion", "eswatini-withdrawal", "thailand-gsp-threat", "thailand-gsp-suspension",
    "thailand-new-markets-report", "tridonex-petition", "tridonex-review", "uschamber-objection",
    "mexico-economy-tridonex", "tridonex-agreement", "tridonex-election", "mexico-migrant-labor-letter"]
RRM_MEASURES = {"workers_benefited": "Workers said to have benefited",
                "cases_total": "RRM cases (requests for review)",
                "petitions_received": "Petitions received",
                "petitions_accepted": "Petitions accepted",
                "cases_self_initiated": "Cases the U.S. started itself"}
THAILAND_LABELS = {
    "thailand-us-goods-trade-deficit-2019": "U.S. goods deficit with Thailand, 2019",
    "thailand-us-goods-deficit-2018-ustr": "U.S. goods deficit with Thailand, 2018",
    "thailand-gsp-trade-2018": "Thailand's GSP trade, 2018",
    "thailand-gsp-preferences-suspended-2019": "Suspended over worker rights, 2019",
    "thailand-pork-suspension-2020": "Suspended over pork access, 2020",
    "thailand-suspension-tariff-cost-commerce-2019": "Yearly tariffs, 2019 cut (Commerce Ministry)",
    "thailand-suspension-tariff-cost-tpso-2019": "Added export cost, 2019 cut (trade office)",
    "thailand-suspension-export-loss-tpso-2019": "Fall in affected exports (trade office)",
    "thailand-pork-suspension-cost-bangkokpost-2020": "Cost in the headline of fn 141 (pork cut)"}
THAILAND_KINDS = {
    "thailand-us-goods-trade-deficit-2019": "U.S. trade deficit",
    "thailand-us-goods-deficit-2018-ustr": "U.S. trade deficit",
    "thailand-gsp-trade-2018": "Trade under GSP preferences",
    "thailand-gsp-preferences-suspended-2019": "Preferences suspended",
    "thailand-pork-suspension-2020": "Preferences suspended",
    "thailand-suspension-tariff-cost-commerce-2019": "Estimated cost to Thai exporters",
    "thailand-suspension-tariff-cost-tpso-2019": "Estimated cost to Thai exporters",
    "thailand-suspension-export-loss-tpso-2019": "Estimated cost to Thai exporters",
    "thailand-pork-suspension-cost-bangkokpost-2020": "Estimated cost to Thai exporters"}


def _r(name: str):
    return load_resource(name)


CASES: list[ChartCase] = [
    ChartCase("capability:capability", "capability_chart", "field_study_results.csv", lambda: capability_chart(
        _r("field_study_results"), _r("field_study_design"),
        title="RRM-facility workers more often knew of the labor reform and the mechanism",
        description="Diverging bar chart of the 2024 field study's findings for one capability at a time.")),
    ChartCase("compliance:expected_sanction", "expected_sanction_chart", None, lambda: expected_sanction_chart(
        title="A purely rational facility complies only when the expected penalty exceeds the gain",
        description="Interactive line chart of a hypothetical cost-benefit model with three sliders.")),
    ChartCase("compliance:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _events(COMPLIANCE_EVENT_IDS), _r("cases"),
        title="Withdrawn preferences led to new markets; Tridonex drew protests",
        description="Timeline of the enforcement episodes this chapter discusses, one row per case.")),
    ChartCase("draxton:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _r("cases"), case_ids=["draxton", "gm-silao"],
        title="A fast vote, then a fight that outlasted the 'resolution'",
        description="Timeline of dated events in the Draxton case, with GM Silao for comparison.")),
    ChartCase("eswatini:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _r("cases"), case_ids=["eswatini"], initial_period=("2013-09-01", "2018-09-30"),
        title="Swaziland lost AGOA in 2015 and regained it in 2017",
        description="Timeline of the dated events in the Eswatini case.")),
    ChartCase("eswatini:source_dates", "source_dates_chart", "event_dates_by_source.csv", lambda: source_dates_chart(
        _r("event_dates_by_source"), case_id="eswatini", initial_event="Swaziland loses AGOA eligibility",
        title="The sources' dates differ more in precision than in substance",
        description="Range chart of how each source dates an event in the Eswatini case.")),
    ChartCase("field_study:survey", "survey_chart", "field_study_results.csv", lambda: survey_chart(
        _r("field_study_results"), _r("field_study_design"),
        title="Workers at RRM facilities were better informed than others",
        description="Bar chart of the 2024 field study's results for a measure chosen in a drop-down.")),
    ChartCase("gm_silao:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _case_events("gm-silao"), _r("cases"), case_ids=["gm-silao", "usmca"],
        title="At Silao, a request in May 2021 led to a new union by February 2022",
        description="Timeline of the GM Silao case, with the Mexican letter on migrant workers.")),
    ChartCase("gm_silao:union_vote", "union_vote_chart", "case_outcomes.csv", lambda: union_vote_chart(
        _r("case_outcomes"), "gm-silao",
        title="SINTTIA won most of the valid ballots at Silao",  # the chapter computes the share into it
        description="Bar chart of the votes for each union in the February 2022 election at GM Silao.")),
    ChartCase("history:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _history_cases(), case_ids=HISTORY_CASE_IDS,
        title="Most of the dated events since 1890 fall in 2017–2025",  # the chapter computes the share
        description="Timeline of dated events from 1890 to 2025 in three rows.")),
    ChartCase("history:timeline_2017", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _history_cases(), case_ids=HISTORY_CASE_IDS,
        initial_period=("2017-01-01", "2025-12-31"),
        title="2017–2025: one agreement, three administrations",
        description="The same timeline as Figure 1, opened on 2017 to 2025.")),
    ChartCase("ivory_coast:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _r("cases"), case_ids=["ivory-coast"],
        title="ILO records and one meeting anchor the hypothetical",
        description="Timeline of the real, dated records behind LeClercq's Ivory Coast hypothetical.")),
    ChartCase("index:by_year", "rrm_request_counts_chart", "rrm_requests.csv", lambda: rrm_request_counts_chart(
        _r("rrm_requests"), ["year"], title="Requests for review peaked in 2023",
        description="Bar chart of the U.S. requests for review by year, declined petitions apart.")),
    ChartCase("rrm_at_a_glance:process", "rrm_process_chart", "rrm_process_stages.csv", lambda: rrm_process_chart(
        _r("rrm_process_stages"), title="An RRM case runs on deadlines of days, not years",
        description="Horizontal bar chart of the stages of a Rapid Response Mechanism case in order.")),
    ChartCase("rrm_at_a_glance:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _r("cases"), case_ids=RRM_CASE_IDS,
        title="The first RRM cases moved from request to election within months",
        description="Timeline of the dated events in the Rapid Response Mechanism cases this book covers.")),
    ChartCase("rrm_at_a_glance:figures", "figure_comparison_chart", "rrm_statistics.csv",
              lambda: figure_comparison_chart(
                  _r("rrm_statistics"), RRM_MEASURES,
                  title="Each source counts the RRM's reach differently, and the counts grew over time",
                  description="Bar chart comparing, for a statistic chosen in a drop-down, each source's value.")),
    # The Rapid Response record: titles the chapter computes from the data are written out here.
    ChartCase("rrm_record:by_year", "rrm_request_counts_chart", "rrm_requests.csv", lambda: rrm_request_counts_chart(
        _r("rrm_requests"), ["year"], title="Requests for review peaked in 2023",
        description="Bar chart of the requests for review in the record by year, declined petitions apart.")),
    ChartCase("rrm_record:durations", "rrm_durations_chart", "rrm_requests.csv", lambda: rrm_durations_chart(
        _r("rrm_requests"), title="Petitions became requests in about a month; resolutions took about two",
        description="Strip plot of the days each case took, one row per span, with the median marked.")),
    ChartCase("comparing_cases:durations", "rrm_durations_chart", "rrm_requests.csv", lambda: rrm_durations_chart(
        _r("rrm_requests"), title="Draxton took the longest to resolve of the cases dated to the day",
        description="Strip plot of the days each case took, with the three cases the book follows named.",
        highlight={"gm-silao": "GM Silao", "tridonex": "Tridonex", "draxton": "Draxton"})),
    ChartCase("rrm_record:running_counts", "rrm_running_counts_chart", "rrm_statistics.csv",
              lambda: rrm_running_counts_chart(
                  _r("rrm_requests"), _r("rrm_statistics"),
                  title="The record finds fewer requests than the official counts at each date",
                  description="Step line of the record's cumulative requests with each reported count as a dot.")),
    ChartCase("rrm_record:sector_state", "rrm_request_counts_chart", "rrm_requests.csv",
              lambda: rrm_request_counts_chart(
                  _r("rrm_requests"), ["sector", "state"], title="Most requests concern auto parts plants in a few states",
                  description="Bar chart of requests by sector or by Mexican state, picked with a radio control.")),
    ChartCase("rrm_record:beginnings", "rrm_request_counts_chart", "rrm_requests.csv",
              lambda: rrm_request_counts_chart(
                  _r("rrm_requests"), ["beginning"], title="Most cases began with a petition from Mexican unions",
                  description="Bar chart of requests by how the case began: self-initiated or petition, and by whom.")),
    ChartCase("rrm_record:outcomes", "rrm_request_counts_chart", "rrm_requests.csv",
              lambda: rrm_request_counts_chart(
                  _r("rrm_requests"), ["outcome_label"], title="Remediation was the most common recorded end",
                  description="Bar chart of requests by outcome category, declined petitions apart.")),
    ChartCase("rrm_record:union_votes", "rrm_union_votes_chart", "rrm_union_votes.csv",
              lambda: rrm_union_votes_chart(
                  _r("rrm_union_votes"), _r("rrm_requests"),
                  title="Independent unions won every election with a reported count",
                  description="Bar chart of the independent union's share of the votes in each union election.")),
    ChartCase("thailand:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _r("timeline_events"), _r("cases"), case_ids=["thailand", "eswatini"],
        initial_period=("2013-01-01", "2021-06-30"),
        title="Years of review, one penalty, then silence on worker rights",
        description="Timeline of dated events in the Thai GSP case, with Eswatini for comparison.")),
    ChartCase("thailand:magnitude", "magnitude_chart", "other_figures.csv", lambda: magnitude_chart(
        _r("other_figures"), THAILAND_LABELS, THAILAND_KINDS, reference="thailand-gsp-preferences-suspended-2019",
        title="A small penalty beside the deficit, and a smaller cost to exporters",
        description="Dot plot on a logarithmic dollar scale of nine figures in the Thai GSP case.")),
    ChartCase("tridonex:timeline", "timeline_chart", "timeline_events.csv", lambda: timeline_chart(
        _case_events("tridonex"), _r("cases"), case_ids=["tridonex", "usmca"],
        title="Mexico's letter on migrant workers predates the Tridonex deal",
        description="Timeline of the Tridonex case, with the Mexican letter on migrant workers.")),
    ChartCase("tridonex:union_vote", "union_vote_chart", "case_outcomes.csv", lambda: union_vote_chart(
        _r("case_outcomes"), "tridonex",
        title="SNITIS won most of the votes for a union, a minority of the roll",  # computed in the chapter
        description="Bar chart of the votes for SNITIS and SITPME in the Tridonex election.")),
]
CASE_IDS = [case.id for case in CASES]
_BY_ID = {case.id: case for case in CASES}


@functools.cache
def chart(case_id: str) -> alt.TopLevelMixin:
    """The chart of one case, built once per test session."""
    return _BY_ID[case_id].build()


@functools.cache
def _spec(case_id: str) -> str:
    return json.dumps(chart(case_id).to_dict())


def spec(case_id: str) -> dict:
    """A fresh copy of the case's Vega-Lite spec (a test may change its copy freely)."""
    return json.loads(_spec(case_id))


def case(case_id: str) -> ChartCase:
    return _BY_ID[case_id]


# --- what a spec's data is, and what in the spec refers to it ------------------------------------

# Keys whose values say nothing about the data: prose (titles, descriptions, control labels, a
# constant's words), the theme, the data itself, and the table the chart carries for the renderer
# (it has its own rows). An axis or legend labelExpr's ``datum`` is the label, not a data row.
_NOT_REFERENCES = {"title", "subtitle", "description", "$schema", "config", "datasets", "values", "usermeta",
                   "bind", "labelExpr"}
# Keys whose value names a field (or a list of fields) of the data.
_FIELD_KEYS = {"field", "lookup", "key", "pivot"}
_FIELD_LIST_KEYS = {"fields", "groupby", "fold", "flatten"}
_DATUM = re.compile(r"""datum\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])(.*?)\2\s*\])""")


def dataset_columns(spec: dict) -> dict[str, set[str]]:
    """Every dataset in the spec, named or inline, with the columns its rows carry."""
    found = {name: {column for row in rows for column in row} for name, rows in spec.get("datasets", {}).items()}
    stack = [(spec, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            data = node.get("data")
            if isinstance(data, dict) and isinstance(data.get("values"), list):
                found[f"{path}/data"] = {c for row in data["values"] if isinstance(row, dict) for c in row}
            stack.extend((value, f"{path}/{key}") for key, value in node.items() if key != "datasets")
        elif isinstance(node, list):
            stack.extend((value, f"{path}/{i}") for i, value in enumerate(node))
    return found


def referenced_fields(spec) -> set[str]:
    """The fields the spec refers to outside its data and its prose.

    A field is referred to by name (``field`` in an encoding, a tooltip, a sort, a filter predicate or
    an aggregate; ``fields`` of a selection or a lookup; ``groupby``; a lookup's ``key``) or inside an
    expression (``datum.x``, ``datum['x']``, ``datum["x"]`` in a filter, a calculation or a condition).
    Titles, descriptions, control labels, constant values and the theme are prose or style, never
    references; the data and the chart's table are what is referred to.
    """
    found: set[str] = set()
    stack = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _NOT_REFERENCES or (key == "value" and isinstance(value, str)):
                    continue
                if key in _FIELD_KEYS and isinstance(value, str):
                    found.add(value)
                elif key in _FIELD_LIST_KEYS and isinstance(value, list):
                    found.update(v for v in value if isinstance(v, str))
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            found.update(name or quoted for name, _, quoted in _DATUM.findall(node))
    return found
