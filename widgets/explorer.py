"""The live explorer: one ipywidgets app (run in Voila) over the book's timeline and field-study data.

A reader picks a case, a range of years, a survey measure and the groups of workers to compare;
the timeline chart, the table of events, the survey chart and its table update, each row with its
source. Unlike the static book, this runs Python callbacks, so it needs a kernel (``make explore``).

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
from widgets.charts.survey import sample_note, survey_table
from widgets.charts.timeline import ALL_CASES, timeline_table
from widgets.datapackage import allowed_values, load_resource
from widgets.render import html_table, use_live_renderer


def _html_table(frame: pd.DataFrame, columns: dict[str, str], caption: str) -> str:
    """The book's HTML table of ``frame`` with its row count, or a sentence when there are no rows."""
    if frame.empty:
        return f"<p><em>{html.escape(caption)}: no rows match these choices.</em></p>"
    return html_table(frame.to_dict("records"), columns, f"{caption} ({len(frame)} rows)", "wct-explorer-table")


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
    shown_events: pd.DataFrame = field(default_factory=pd.DataFrame)
    shown_results: pd.DataFrame = field(default_factory=pd.DataFrame)


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
    app = Explorer(w.VBox(), case, years, measure, groups, timeline_out, events_html, survey_out, survey_html)

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

    for control in (case, years):
        control.observe(update_timeline, names="value")
    for control in (measure, groups):
        control.observe(update_survey, names="value")
    update_timeline()
    update_survey()

    intro = w.HTML(
        "<h1>Worker-Centered Trade: data explorer</h1>"
        "<p>Choose a case and a range of years to see its dated events, and a survey measure and groups of "
        "workers to compare results of the 2024 field study. Every row names its source; the data are the "
        "book's data package (<code>data/</code>), validated before this page loads.</p>")
    app.widget = w.VBox([
        intro,
        w.HTML("<h2>Timeline</h2>"), w.VBox([case, years]), timeline_out, events_html,
        w.HTML("<h2>2024 field study</h2>"), w.HTML(f"<p><strong>Read with care:</strong> {html.escape(sample_note(design))}</p>"),
        w.VBox([measure, groups]), survey_out, survey_html,
    ])
    return app
