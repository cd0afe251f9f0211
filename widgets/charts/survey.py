"""Survey explorer: the 2024 field study's results by group, one measure at a time."""

from __future__ import annotations

import datetime as dt
import re

import altair as alt
import pandas as pd

from widgets.bibliography import short_citation, source_label
from widgets.charts.conventions import ChartTable, finish_chart
from widgets.datapackage import allowed_values
from widgets.formatting import format_number
from widgets.i18n import check_language, say, spanish_date, spanish_number

# The fields the chart draws or shows in its tooltips (its data carries no others).
CHART_FIELDS = ["measure_label", "group", "reported_in", "percent", "percent_text", "n_text", "source", "report_locator",
                "ambiguity_note"]


# "January–March 2024": the study's period as field_study_design.csv gives it (row 'period', 'value_text').
PERIOD = re.compile(r"(?P<first>[A-Z][a-z]+)–(?P<last>[A-Z][a-z]+) (?P<year>\d{4})")
# Field study words the chart says in the reader's language (widgets/spanish/field_study.py).
SAMPLE_NOTE = ("A non-probability (snowball) sample of {workers} workers at {facilities} facilities, {period}: "
               "it describes these workers, not all Mexican auto workers.")
SOURCE = "LeClercq (2026), Part I.C, and the study report it cites."


def study_period(text: str, lang: str = "en") -> str:
    """The study's period in ``lang``: 'January–March 2024' as it is; 'enero a marzo de 2024' (Babel)."""
    if check_language(lang) == "en":
        return text
    match = PERIOD.fullmatch(text)
    if not match:
        raise ValueError(f"data/field_study_design.csv, row 'period', field 'value_text': {text!r} is not a "
                         "period such as 'January–March 2024'")
    from babel.dates import get_month_names

    months = {name: number for number, name in get_month_names("wide", locale="en").items()}
    if match["first"] not in months or match["last"] not in months:
        raise ValueError(f"data/field_study_design.csv, row 'period', field 'value_text': {text!r} names no month")
    year = int(match["year"])
    first = spanish_date(dt.date(year, months[match["first"]], 1), "month").removesuffix(f" de {year}")
    return f"{first} a {spanish_date(dt.date(year, months[match['last']], 1), 'month')}"


def _count(value: int, lang: str) -> str:
    return str(value) if lang == "en" else format_number(value, lang=lang)


def sample_note(design: pd.DataFrame, lang: str = "en") -> str:
    """The honest caveat, built from the design table: who was sampled and how (in ``lang``)."""
    by_attribute = design.set_index("attribute")
    workers = int(by_attribute.loc["workers_interviewed", "value_number"])
    facilities = int(by_attribute.loc["facilities", "value_number"])
    period = study_period(by_attribute.loc["period", "value_text"], lang)
    return say(SAMPLE_NOTE, lang, workers=_count(workers, lang), facilities=_count(facilities, lang), period=period)


def survey_table(results: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per reported figure, with the words the chart shows.

    ``lang`` is the language of those words: the measure, the group, the shares, the study report's
    page and table and the caution (:mod:`widgets.i18n`); the source column keeps the source's own
    reference ("LeClercq (2026), Pt. I.C, text at fn 87"), as every chart's does.
    """
    rows = results.copy()
    # Sources word the same measure differently ("reform" / "reforms"): one label per measure.
    rows["measure_label"] = rows["measure"].map(rows.groupby("measure")["measure_label"].first())
    if check_language(lang) == "en":
        rows["percent_text"] = [f"{p:.0f}%" for p in rows["percent"]]
        rows["n_text"] = ["not reported" if pd.isna(n) else f"{int(n):,}" for n in rows["n"]]
    else:
        rows["measure_label"] = rows["measure_label"].map(lambda text: say(text, lang))
        rows["group"] = rows["group"].map(lambda text: say(text, lang))
        rows["percent_text"] = [f"{spanish_number(p, 0)}%" for p in rows["percent"]]
        rows["n_text"] = [say("not reported", lang) if pd.isna(n) else format_number(int(n), lang=lang)
                          for n in rows["n"]]
        rows["report_locator"] = rows["report_locator"].map(lambda text: text if pd.isna(text) else say(text, lang))
        rows["ambiguity_note"] = rows["ambiguity_note"].map(lambda text: text if pd.isna(text) else say(text, lang))
    rows["reported_in"] = rows["citation_key"].map(short_citation)
    rows["source"] = [source_label(r.citation_key, r.locator) for r in rows.itertuples()]
    rows["report_locator"] = rows["report_locator"].fillna(say("not given", lang))
    rows["ambiguity_note"] = rows["ambiguity_note"].fillna("")
    columns = ["result_id", "measure_label", "group", "percent", "percent_text", "n_text", "reported_in", "source",
               "report_locator", "ambiguity_note"]
    return rows[columns].astype({c: "object" for c in columns if c != "percent"}).astype({"percent": "float"})


def survey_chart(results: pd.DataFrame, design: pd.DataFrame, *, title: str, description: str,
                 measures: list[str] | None = None, lang: str = "en") -> alt.LayerChart:
    """Bars of the share of workers in each group, for the measure picked in a drop-down.

    When two sources report the same figure, both bars are shown side by side, so a reader sees
    that they agree (or do not). The tooltip gives n where the source reports it, the locator in
    the citing source and in the underlying report, and any ambiguity about the group. ``lang`` is
    the language of the chart's words (:mod:`widgets.i18n`).
    """
    table = survey_table(results if measures is None else results[results["measure"].isin(measures)], lang)
    labels = list(dict.fromkeys(table["measure_label"]))
    base = alt.Chart(table[CHART_FIELDS])
    pick = None
    if len(labels) > 1:  # one measure needs no picker (the live explorer passes one at a time)
        pick = alt.param(name="measure", value=labels[0], bind=alt.binding_select(options=labels,
                                                                                  name=say("Measure: ", lang)))
        base = base.transform_filter(alt.datum.measure_label == pick)
    groups = [say(g, lang) for g in allowed_values("field_study_results", "group")]
    groups = [g for g in groups if g in set(table["group"])]
    y = alt.Y("group:N", title=None, sort=groups, axis=alt.Axis(labelLimit=240))
    words = {w: say(w, lang) for w in ("Measure", "Group", "Share", "Workers (n)", "Source", "In the study report",
                                       "Caution", "Share of workers (%)", "Reported in", "n", "Study report")}
    tooltip = [alt.Tooltip("measure_label:N", title=words["Measure"]), alt.Tooltip("group:N", title=words["Group"]),
               alt.Tooltip("percent_text:N", title=words["Share"]), alt.Tooltip("n_text:N", title=words["Workers (n)"]),
               alt.Tooltip("source:N", title=words["Source"]),
               alt.Tooltip("report_locator:N", title=words["In the study report"]),
               alt.Tooltip("ambiguity_note:N", title=words["Caution"])]
    bars = base.mark_bar(height={"band": 0.7}).encode(
        y=y, yOffset=alt.YOffset("reported_in:N"),
        x=alt.X("percent:Q", title=words["Share of workers (%)"], scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("reported_in:N", title=words["Reported in"]), tooltip=tooltip)
    text = base.mark_text(align="left", dx=4).encode(
        y=y, yOffset=alt.YOffset("reported_in:N"), x="percent:Q", text="percent_text:N", tooltip=tooltip)
    chart = alt.layer(bars, text).properties(width="container", height=alt.Step(26))
    if pick is not None:
        chart = chart.add_params(pick)
    return finish_chart(
        chart, title=title, source=f"{say(SOURCE, lang)} {sample_note(design, lang)}",
        description=description, lang=lang,
        table=ChartTable(table, {"measure_label": words["Measure"], "group": words["Group"],
                                 "percent_text": words["Share"], "n_text": words["n"], "source": words["Source"],
                                 "report_locator": words["Study report"], "ambiguity_note": words["Caution"]},
                         csv_file="field_study_results.csv"),
    )
