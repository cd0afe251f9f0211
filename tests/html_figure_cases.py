"""Every HTML figure the book shows, built from the real data package with the arguments its chapter passes.

The figures that lay out words (``widgets/html_figures``) are listed here as the charts are in
``tests/chart_cases.py``: ``tests/test_html_figures.py`` runs the book's figure conventions over all of
them, and ``tests/test_chart_conventions.py``'s coverage check keeps the list in step with the chapters
(a ``*_figure(`` call added to a chapter without a case here fails it). Titles are the chapters' own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from widgets.datapackage import allowed_values, load_resource
from widgets.html_figures.case_comparison import case_comparison_figure
from widgets.html_figures.frame import HtmlFigure
from widgets.html_figures.proposal_stages import proposal_stages_figure
from widgets.html_figures.recommendations import recommendations_figure
from widgets.html_figures.scenario_steps import scenario_steps_figure
from widgets.html_figures.theory_comparison import theory_comparison_figure

EVIDENCE_RESOURCES = ("rrm_statistics", "field_study_results", "other_figures")
COMPARED_CASE_IDS = ["gm-silao", "tridonex", "draxton", "panasonic", "caterpillar", "eswatini", "thailand"]


@dataclass(frozen=True)
class FigureCase:
    """One HTML figure of one chapter: ``id`` is ``"<chapter>:<what>"``; ``csv_file`` the CSV it links."""

    id: str
    function: str
    kind: str
    csv_file: str
    build: Callable[[], HtmlFigure]

    @property
    def chapter(self) -> str:
        return self.id.split(":")[0]


def _r(name: str):
    return load_resource(name)


CASES: list[FigureCase] = [
    FigureCase("comparing_cases:comparison", "case_comparison_figure", "case-comparison", "case_comparison.csv",
               lambda: case_comparison_figure(
                   _r("case_comparison"), _r("cases"), _r("timeline_events"), case_ids=COMPARED_CASE_IDS,
                   title="RRM cases settled in weeks; preference cases never did",
                   description="One card per case with the sources' words, and a table of the days each took.")),
    FigureCase("consultative_machinery:proposal", "proposal_stages_figure", "proposal-stages",
               "policy_process_comparison.csv", lambda: proposal_stages_figure(
                   _r("policy_process_comparison"),
                   title="Partner-country workers would help negotiate, not only complain",
                   description="A table of who takes part in each phase, above the steps of each phase as cards.")),
    FigureCase("ivory_coast:scenario", "scenario_steps_figure", "scenario-steps", "ivory_coast_steps.csv",
               lambda: scenario_steps_figure(
                   _r("ivory_coast_steps"), events=_r("timeline_events"),
                   title="Today's talks may stall over age 14; the proposal starts with workers",  # age computed there
                   description="Two numbered lists of step cards, one per path, and a drop-down to walk through them.")),
    FigureCase("operationalizing_empowerment:recommendations", "recommendations_figure", "recommendations",
               "recommendations.csv", lambda: recommendations_figure(
                   _r("recommendations"), {name: _r(name) for name in EVIDENCE_RESOURCES},
                   problems=allowed_values("recommendations", "problem"),
                   recommenders=allowed_values("recommendations", "recommended_by"),
                   title="Most recommendations are LeClercq's; several rest on no figure",
                   description="A table of the recommendations by problem and recommender, above them in full.")),
    FigureCase("participatory:theories", "theory_comparison_figure", "theory-comparison", "theory_comparison.csv",
               lambda: theory_comparison_figure(
                   _r("theory_comparison"),
                   title="Mainstream theories rely on U.S. pressure; the others on participation",
                   description="A table of the theories of compliance, with one card per theory in full below.")),
]
CASE_IDS = [case.id for case in CASES]
_BY_ID = {case.id: case for case in CASES}


def case(case_id: str) -> FigureCase:
    return _BY_ID[case_id]


@functools.cache
def figure(case_id: str) -> HtmlFigure:
    """The figure of one case, built once per test session."""
    return _BY_ID[case_id].build()
