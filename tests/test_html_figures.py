"""The figures that lay out words are HTML built from the data rows (widgets/html_figures).

Every figure in ``tests/html_figure_cases.py`` (built from the real data with its chapter's arguments)
must follow the book's figure conventions: a caption with a title that states a finding, a source line
and the CSV; a description for screen readers; well-formed, escaped HTML with one element per line;
labelled controls outside any ``role="img"``, hidden until the script wires them; and the same bytes
from the same rows. Each figure must show every row of its data with its source. The tables behind
the figures (evidence looked up, spans computed, steps checked) are tested below them, and a browser
test checks, at a phone's width and a desktop's, that each figure fits and its controls change what
is shown.
"""

from __future__ import annotations

import html
import importlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

import widgets.render as render
from tests import html_figure_cases
from widgets import html_figures
from widgets.datapackage import allowed_values, load_resource, package_metadata
from widgets.html_figures import frame
from widgets.html_figures.case_comparison import (
    ASPECTS,
    NOT_COVERED,
    TIME_ASPECTS,
    case_comparison_figure,
    case_comparison_table,
    comparison_markdown,
    time_spans,
)
from widgets.html_figures.frame import FIGURE_ATTRIBUTE
from widgets.html_figures.proposal_stages import (
    APPROACHES,
    MAX_STEP_CHARS,
    PARTICIPANTS,
    PHASES,
    proposal_cells_table,
    proposal_stages_figure,
    proposal_steps_table,
    proposal_summary_table,
)
from widgets.html_figures.recommendations import (
    WITH_FIGURE,
    WITHOUT_FIGURE,
    recommendations_figure,
    recommendations_table,
)
from widgets.html_figures.scenario_steps import NO_ANCHOR, PATHS, scenario_steps_figure, scenario_steps_table
from widgets.html_figures.theory_comparison import theory_comparison_figure, theory_comparison_table

REPO = Path(__file__).resolve().parent.parent
# A saved notebook may hold no line longer than this (as tests/test_chart_conventions.py).
MAX_NOTEBOOK_LINE = 20_000
EVIDENCE_RESOURCES = html_figure_cases.EVIDENCE_RESOURCES
COMPARED = html_figure_cases.COMPARED_CASE_IDS
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

cases = pytest.mark.parametrize("case_id", html_figure_cases.CASE_IDS)


class _Page(HTMLParser):
    """A strict reading of a figure's HTML: every element closed in order, text and attributes collected."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict, list[str]]] = []  # (tag, attributes, enclosing tags)
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), list(self.stack)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)

    def all_text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.text))

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a, _ in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def _parse(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    page.close()
    return page


def _figure(case_id: str) -> str:
    return html_figure_cases.figure(case_id).html


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


# --- the conventions, for every figure --------------------------------------------------------------

@cases
def test_html_is_well_formed_and_one_figure(case_id):
    page = _parse(_figure(case_id))
    assert not page.errors and not page.stack, page.errors[:5]
    figures = [(a, inside) for t, a, inside in page.elements if t == "figure"]
    assert len(figures) == 1 and figures[0][1] == []
    attrs = figures[0][0]
    assert attrs["class"] == "wct-figure"
    assert attrs[FIGURE_ATTRIBUTE] == html_figure_cases.case(case_id).kind


@cases
def test_caption_states_the_finding_and_gives_the_source_and_the_csv(case_id):
    page = _parse(_figure(case_id))
    assert page.elements[1][0] == "figcaption", "the caption comes first"
    in_caption = [(t, a) for t, a, inside in page.elements if "figcaption" in inside]
    title = _parse(_figure(case_id).split('class="wct-figure-title">', 1)[1].split("</span>", 1)[0]).all_text()
    assert title == html_figure_cases.case(case_id).build().title
    assert len(title.split()) >= 5 and not title.endswith((".", ":"))
    source = _figure(case_id).split('class="wct-figure-source">', 1)[1].split("</span>", 1)[0]
    assert source.startswith("Source: ") and len(source) > 20
    csv_file = html_figure_cases.case(case_id).csv_file
    links = [a for t, a in in_caption if t == "a"]
    assert [link["href"] for link in links] == [f"../data/{csv_file}"]
    assert "download" in links[0]
    assert (REPO / "data" / csv_file).is_file()
    assert csv_file in {r["path"] for r in package_metadata()["resources"]}


@cases
def test_description_reaches_screen_readers(case_id):
    markup = _figure(case_id)
    page = _parse(markup)
    (figure,) = page.find("figure")
    (description,) = [a for t, a, _ in page.elements if t == "p" and a.get("id") == figure["aria-describedby"]]
    assert "wct-sr-only" in description["class"]
    text = markup.split(f'id="{figure["aria-describedby"]}">', 1)[1].split("</p>", 1)[0]
    assert len(text) >= 40


@cases
def test_controls_are_labelled_hidden_until_scripted_and_never_inside_an_image(case_id):
    page = _parse(_figure(case_id))
    assert not [a for _, a, _ in page.elements if a.get("role") == "img"]
    (panel,) = [a for t, a, _ in page.elements if "wct-figure-controls" in a.get("class", "")]
    assert "hidden" in panel and panel["role"] == "group" and panel["aria-label"]
    label_for = {a["for"] for a in page.find("label")}
    controls = [(t, a, inside) for t, a, inside in page.elements if t in ("select", "input")]
    assert controls
    for tag, attrs, inside in controls:
        assert attrs["id"] in label_for, f"{tag} {attrs['id']} has no label"
        assert any(k.startswith("data-wct-") for k in attrs), attrs
        if tag == "input":
            assert attrs["type"] == "radio" and "fieldset" in inside
    # Each select has exactly one option chosen at first, and every option value is matched by an item.
    markup = _figure(case_id)
    for select in re.findall(r"<select .*?</select>", markup, re.S):
        assert select.count(" selected>") <= 1
    ids = [a["id"] for _, a, _ in page.elements if "id" in a]
    assert len(ids) == len(set(ids)), "ids are unique"


@cases
def test_every_filter_and_highlight_value_matches_some_item(case_id):
    page = _parse(_figure(case_id))
    items = [a for _, a, _ in page.elements if "data-wct-item" in a]
    assert items
    markup = _figure(case_id)
    choices = [(key, value) for key, options in re.findall(
        r'<select [^>]*data-wct-(?:filter|highlight)="([^"]+)"[^>]*>(.*?)</select>', markup, re.S)
        for value in re.findall(r'<option value="([^"]*)"', options)]
    choices += [(key, value) for value, key in re.findall(
        r'<input type="radio" [^>]*value="([^"]*)" data-wct-(?:filter|highlight)="([^"]+)"', markup)]
    assert choices or "data-wct-step" in markup
    for key, value in choices:
        if value:
            assert any(value in (item.get(f"data-{key}") or "").split() for item in items), (key, value)


@cases
def test_output_is_deterministic_and_short_lined(case_id):
    first = _figure(case_id)
    again = html_figure_cases.case(case_id).build().html  # built afresh from the same rows
    assert first == again
    assert first.count("\n") > 30, "one element per line"
    for line in first.splitlines():
        assert len(json.dumps(line + "\n", ensure_ascii=False)) + 20 <= MAX_NOTEBOOK_LINE


@cases
def test_jupyter_shows_it_as_html(case_id):
    figure = html_figure_cases.figure(case_id)
    assert figure._repr_html_() == figure.html
    assert figure.title in repr(figure) and "\n" not in repr(figure)


def test_csv_links_use_the_chart_renderer_s_prefix():
    assert frame.SITE_DATA_PREFIX == render.SITE_DATA_PREFIX


def test_each_module_has_its_figure_function_and_the_package_imports_none():
    for module, function in html_figures.FIGURE_FUNCTIONS.items():
        assert callable(getattr(importlib.import_module(f"widgets.html_figures.{module}"), function))
    # A chapter that imports one figure must not read (and go stale with) the others, nor Altair.
    code = ("import sys, widgets.html_figures.theory_comparison as m; "
            "print(sorted(n for n in sys.modules if n.startswith(('widgets.html_figures.', 'altair', 'widgets.render'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert loaded.strip() == "['widgets.html_figures.frame', 'widgets.html_figures.theory_comparison']"


def test_text_is_escaped():
    rows = load_resource("theory_comparison").copy()
    rows.loc[rows.index[0], "text"] = 'Tom & Jerry <script>alert("x")</script>'
    figure = theory_comparison_figure(rows, title='A "quoted" <title> & more words', description="D" * 50)
    assert "<script>" not in figure.html
    assert "Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in figure.html
    assert "A &quot;quoted&quot; &lt;title&gt; &amp; more words" in figure.html
    assert not _parse(figure.html).errors


# --- every row appears, with its source --------------------------------------------------------------

def test_theory_figure_shows_every_cell_in_short_and_in_full():
    table = theory_comparison_table(load_resource("theory_comparison"))
    text = _parse(_figure("participatory:theories")).all_text()
    for row in table.itertuples():
        for value in (row.summary, row.text, row.attributed_to, row.source, row.theory):
            assert _words(value) in text, value
    page = _parse(_figure("participatory:theories"))
    assert len([a for a in page.find("th") if a.get("scope") == "row"]) == 4
    assert len(page.find("article")) == table["theory"].nunique()


def test_scenario_figure_shows_every_step_with_its_record_and_source():
    steps, events = load_resource("ivory_coast_steps"), load_resource("timeline_events")
    table = scenario_steps_table(steps, events)
    page = _parse(_figure("ivory_coast:scenario"))
    text = page.all_text()
    for row in table.itertuples():
        for value in (row.short, row.description, row.actor, row.worker_role, row.anchor, row.source):
            assert _words(value) in text, value
    assert len(page.find("li")) == len(steps)
    assert len(page.find("ol")) == len(PATHS)


def test_proposal_figure_shows_every_step_and_every_participant():
    steps = load_resource("policy_process_comparison")
    table = proposal_steps_table(steps)
    page = _parse(_figure("consultative_machinery:proposal"))
    text = page.all_text()
    for row in table.itertuples():
        for value in (row.step, row.description, row.participants_text, row.status_label, row.caveat, row.source):
            assert _words(value) in text, value
    assert len(page.find("li")) == len(steps)
    assert len([a for a in page.find("th") if a.get("scope") == "row"]) == len(PARTICIPANTS)
    summary = proposal_summary_table(steps).set_index(["participant", "phase", "approach"])
    row = summary.loc[("partner-workers", "negotiate", "proposed")]
    assert f"Proposal: {row['steps_with']} of {row['steps_total']} steps" in text


def test_recommendations_figure_shows_every_recommendation_with_its_evidence_and_sources():
    evidence = {name: load_resource(name) for name in EVIDENCE_RESOURCES}
    table = recommendations_table(load_resource("recommendations"), evidence)
    page = _parse(_figure("operationalizing_empowerment:recommendations"))
    text = page.all_text()
    for row in table.itertuples():
        for value in (row.recommendation, row.detail, row.evidence_text, row.source, row.recommended_by):
            assert _words(value) in text, value
        if row.evidence_source:
            assert _words(row.evidence_source) in text
    assert len(page.find("article")) == len(table)
    assert len([a for a in page.elements if "data-wct-marked" in a[1]]) == int((table["evidence_kind"] == WITH_FIGURE).sum())


def test_case_figure_shows_every_entry_its_source_and_the_computed_days(comparison, cases, events):
    table = case_comparison_table(comparison, cases, events, COMPARED)
    page = _parse(_figure("comparing_cases:comparison"))
    text = page.all_text()
    for row in table.itertuples():
        assert _words(row.text) in text
        if row.covered:
            assert _words(row.source) in text
    assert len(page.find("article")) == len(COMPARED)
    assert len([a for _, a, _ in page.elements if "data-wct-item" in a]) == len(COMPARED) * len(ASPECTS)
    for days in time_spans(comparison, events)["days"].dropna():
        assert f"{int(days)} days" in text


# --- the tables behind the figures ------------------------------------------------------------------

@pytest.fixture(scope="module")
def comparison():
    return load_resource("case_comparison")


@pytest.fixture(scope="module")
def recommendations():
    return load_resource("recommendations")


@pytest.fixture(scope="module")
def evidence():
    return {name: load_resource(name) for name in EVIDENCE_RESOURCES}


@pytest.fixture(scope="module")
def policy_steps():
    return load_resource("policy_process_comparison")


@pytest.fixture(scope="module")
def ivory_steps():
    return load_resource("ivory_coast_steps")


@pytest.fixture(scope="module")
def theories():
    return load_resource("theory_comparison")


def test_evidence_figures_are_computed_from_the_rows_they_name(recommendations, evidence):
    table = recommendations_table(recommendations, evidence).set_index("recommendation_id")
    stats = evidence["rrm_statistics"].set_index("figure_id")["value"]
    accepted, received = stats["petitions-accepted-foia-2024-06"], stats["petitions-received-foia-2024-06"]
    assert table.loc["publish-petition-decisions", "evidence_figure"] == (
        f"{accepted:.0f} of {received:.0f} ({accepted / received:.0%})")
    assert table.loc["trade-imbalance-workers-as-consumers", "evidence_figure"].startswith("$334 billion versus $505 billion")
    assert "a gap of $171 billion" in table.loc["trade-imbalance-workers-as-consumers", "evidence_figure"]
    assert table.loc["disseminate-reform-information", "evidence_figure"] == (
        "76% (RRM facilities) versus 48% (non-RRM facilities): a gap of 28 points")
    assert table.loc["redo-legitimization-votes", "evidence_figure"] == "97–99%"
    assert "I.C, fn 83" in table.loc["publish-petition-decisions", "evidence_source"]
    assert table.loc["publish-petition-decisions", "source"].startswith("Spiegelman (2024)")


def test_a_correction_to_the_evidence_row_reaches_the_figure(recommendations, evidence):
    corrected = dict(evidence)
    stats = evidence["rrm_statistics"].copy()
    stats.loc[stats["figure_id"] == "petitions-accepted-foia-2024-06", "value"] = 1
    corrected["rrm_statistics"] = stats
    figure = recommendations_figure(recommendations, corrected, title="Five words in a title", description="D" * 50)
    received = stats.set_index("figure_id").loc["petitions-received-foia-2024-06", "value"]
    assert f"1 of {received:.0f} (" in figure.html


def test_every_evidence_row_exists_and_rows_without_one_say_so(recommendations, evidence):
    table = recommendations_table(recommendations, evidence)  # raises if any named row is missing
    without = table[table["evidence_kind"] == WITHOUT_FIGURE]
    assert (without["evidence_figure"] == "").all() and (without["evidence_source"] == "").all()
    assert (table.loc[table["evidence_kind"] == WITH_FIGURE, "evidence_source"] != "").all()
    assert not table.isna().any().any()


def test_missing_or_inconsistent_evidence_is_refused(recommendations, evidence):
    row = recommendations[recommendations["recommendation_id"] == "publish-petition-decisions"].copy()
    with pytest.raises(KeyError):
        recommendations_table(row.assign(evidence_id="no-such-row"), evidence)
    with pytest.raises(ValueError):
        recommendations_table(row.assign(comparison=pd.NA), evidence)
    with pytest.raises(ValueError):
        recommendations_table(row.assign(evidence_resource=pd.NA), evidence)
    with pytest.raises(KeyError):
        recommendations_table(row, {"other_figures": evidence["other_figures"]})


def test_unknown_starting_choices_are_refused(recommendations, evidence, policy_steps, ivory_steps, theories,
                                              comparison, cases, events):
    with pytest.raises(ValueError):
        recommendations_figure(recommendations, evidence, title="T", description="D", initial_problem="Nothing")
    with pytest.raises(ValueError):
        proposal_stages_figure(policy_steps, title="T", description="D", initial_approach="future")
    with pytest.raises(ValueError):
        proposal_stages_figure(policy_steps, title="T", description="D", initial_participant="martians")
    with pytest.raises(ValueError):
        scenario_steps_figure(ivory_steps, title="T", description="D", initial_step=99)
    with pytest.raises(ValueError):
        theory_comparison_figure(theories, title="T", description="D", initial_theory="No such theory")
    with pytest.raises(ValueError):
        case_comparison_figure(comparison, cases, events, title="T", description="D", initial_aspect="colour")


def test_a_starting_choice_is_the_selected_option(recommendations, evidence):
    figure = recommendations_figure(recommendations, evidence, title="Five words in a title", description="D" * 50,
                                    initial_problem="Training misses rank-and-file workers")
    assert '<option value="training-misses-rank-and-file-workers" selected>' in figure.html


def test_each_approach_has_steps_in_every_phase(policy_steps):
    counts = policy_steps.groupby(["approach", "phase"]).size()
    for approach in APPROACHES:
        for phase in PHASES:
            assert counts.get((approach, phase), 0) >= 1, (approach, phase)


def test_every_step_names_known_participants_once(policy_steps):
    for row in policy_steps.itertuples():
        codes = row.participants.split(";")
        assert codes and set(codes) <= set(PARTICIPANTS), row.step_id
        assert len(codes) == len(set(codes)), f"{row.step_id} names a participant twice"


def test_steps_table_is_in_reading_order_with_readable_participants(policy_steps):
    table = proposal_steps_table(policy_steps)
    assert len(table) == len(policy_steps)
    keys = list(zip(table["approach"].map(list(APPROACHES).index), table["phase_order"], table["step_order"]))
    assert keys == sorted(keys)
    row = table.set_index("step_id").loc["current-enforce-ilo-observer"]
    assert row["participants_text"].endswith("ILO")
    assert row["source"].startswith("LeClercq (2026), Part V")


def test_summary_counts_agree_with_the_cells(policy_steps):
    cells = proposal_cells_table(policy_steps)
    assert len(cells) == len(policy_steps) * len(PARTICIPANTS)
    summary = proposal_summary_table(policy_steps)
    assert len(summary) == len(PHASES) * len(APPROACHES) * len(PARTICIPANTS)
    assert (summary["takes_part"] == (summary["steps_with"] > 0)).all()
    cell = summary.set_index(["phase", "approach", "participant"])["takes_part"]
    assert not cell[("negotiate", "current", "partner-workers")]
    assert cell[("negotiate", "proposed", "partner-workers")]


def test_unknown_participant_and_long_names_are_refused(policy_steps):
    broken = policy_steps.copy()
    broken.loc[0, "participants"] = "us-government;martians"
    with pytest.raises(ValueError, match="martians"):
        proposal_steps_table(broken)
    long = policy_steps.copy()
    long.loc[0, "step"] = "x" * (MAX_STEP_CHARS + 1)
    with pytest.raises(ValueError, match="longer"):
        proposal_steps_table(long)


def test_scenario_table_orders_paths_then_steps_and_names_records(ivory_steps, events):
    table = scenario_steps_table(ivory_steps, events)
    assert list(dict.fromkeys(table["path"])) == [p for p in allowed_values("ivory_coast_steps", "path")]
    for _, group in table.groupby("path"):
        assert list(group["step"]) == list(range(1, len(group) + 1))
        assert set(group["last_step"]) == {len(group)}
    anchored = ivory_steps.set_index("step_id").loc[table["step_id"], "anchor_event_id"].notna().to_numpy()
    assert (table.loc[anchored, "anchor"] != NO_ANCHOR).all()
    assert (table.loc[~anchored, "anchor"] == NO_ANCHOR).all()


def test_scenario_table_refuses_a_gap_or_an_unknown_record(ivory_steps, events):
    with pytest.raises(ValueError, match="proposed"):
        scenario_steps_table(ivory_steps[~((ivory_steps["path"] == "proposed") & (ivory_steps["step"] == 3))])
    broken = ivory_steps.copy()
    broken.loc[broken.index[0], "anchor_event_id"] = "no-such-event"
    with pytest.raises(ValueError, match="no-such-event"):
        scenario_steps_table(broken, events)


def test_theory_table_refuses_a_theory_with_a_missing_aspect(theories):
    broken = theories[~((theories["theory_id"] == "law-and-economics") & (theories["aspect"] == "predicts"))]
    with pytest.raises(ValueError, match="predicts"):
        theory_comparison_table(broken)


def test_spans_are_the_day_differences_of_the_named_events(comparison, events):
    spans = time_spans(comparison, events).set_index(["case_id", "aspect"])
    dates = events.set_index("event_id")["date"]
    for _, span in spans.iterrows():
        if pd.isna(span["start_event_id"]):
            assert pd.isna(span["days"]) and "no span" in span["days_text"]
            continue
        expected = (dates[span["end_event_id"]] - dates[span["start_event_id"]]).days
        assert span["days"] == expected and span["days_text"] == f"{expected} days"


def test_time_rows_do_not_type_a_number_of_days(comparison):
    time_rows = comparison[comparison["aspect"].isin(TIME_ASPECTS)]
    assert not time_rows["text"].str.contains(r"\d+\s+days", regex=True).any()


def test_a_span_with_a_coarse_date_is_not_computed(events):
    rows = pd.DataFrame({"case_id": ["thailand"], "aspect": ["time_to_resolution"],
                         "start_event_id": ["thailand-gsp-threat"], "end_event_id": ["thailand-gsp-suspension"]})
    span = time_spans(rows, events).iloc[0]
    assert span["days"] is None and "known only to the year" in span["days_text"]


@pytest.mark.parametrize("start, end, error", [
    ("gm-silao-review", "no-such-event", KeyError),
    ("gm-silao-election", "gm-silao-review", ValueError),
    ("gm-silao-review", None, ValueError),
])
def test_bad_spans_are_refused(events, start, end, error):
    rows = pd.DataFrame({"case_id": ["gm-silao"], "aspect": ["time_to_vote"],
                         "start_event_id": [start], "end_event_id": [end]})
    with pytest.raises(error):
        time_spans(rows, events)


def test_case_table_is_a_full_grid_and_marks_missing_cells(comparison, cases, events):
    table = case_comparison_table(comparison, cases, events, COMPARED)
    assert len(table) == len(COMPARED) * len(ASPECTS)
    missing = table[~table["covered"]]
    assert (missing["text"] == NOT_COVERED).all()
    assert ("panasonic", "remedy") in set(zip(missing["case_id"], missing["aspect"]))
    with pytest.raises(ValueError):
        case_comparison_table(comparison, cases, events, ["atlantis-plant"])


def test_markdown_has_one_row_per_covered_aspect_and_computed_days(comparison, cases, events):
    markdown = comparison_markdown(comparison, cases, events, COMPARED)
    assert len(markdown.splitlines()) == 2 + len(ASPECTS)
    spans = time_spans(comparison, events)
    gm_days = int(spans.query("case_id == 'gm-silao' and aspect == 'time_to_vote'")["days"].iloc[0])
    assert f"**{gm_days} days**" in markdown
    assert ASPECTS["time_to_vote"] not in comparison_markdown(comparison, cases, events, ["eswatini", "thailand"])


# --- in the browser ----------------------------------------------------------------------------------

# Each chapter's figure, a control to change, the value to pick, and what must then differ.
BROWSER_CASES = {
    "participatory": ("select[data-wct-filter=theory]", "law-and-economics"),
    "consultative_machinery": ("select[data-wct-highlight=participants]", "partner-workers"),
    "ivory_coast": ("select[data-wct-step]", "2"),
    "operationalizing_empowerment": ("select[data-wct-filter=problem]", "top-down-trade-governance"),
    "comparing_cases": ("select[data-wct-filter=aspect]", "remedy"),
}

_STATE = """figure => {
  const items = [...figure.querySelectorAll('[data-wct-item]')];
  return {
    status: (figure.querySelector('[data-wct-status]') || {}).textContent || '',
    shown: items.filter(i => i.getClientRects().length > 0).length,
    firstShown: (items.find(i => i.getClientRects().length > 0) || {}).textContent || '',
    matched: items.filter(i => i.classList.contains('wct-match') || i.classList.contains('wct-current')).length,
    total: items.length,
  };
}"""


@pytest.mark.slow
@pytest.mark.parametrize("chapter", list(BROWSER_CASES))
def test_figure_fits_a_phone_and_its_control_changes_what_is_shown(site_url, browser, screenshot_dir, chapter):
    selector, value = BROWSER_CASES[chapter]
    errors: list[str] = []
    for width, height in ((390, 844), (1366, 900)):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{site_url}book/{chapter}.html")
        figure = page.locator("figure[data-wct-figure]")
        assert figure.count() == 1
        page.wait_for_function("document.querySelector('.wct-figure-controls') && "
                               "!document.querySelector('.wct-figure-controls').hidden")
        box = figure.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (width, box)
        # Nothing inside the figure is wider than the figure, and the page does not scroll sideways.
        overflow = page.evaluate("""f => [...f.querySelectorAll('*')].filter(e => e.getClientRects().length &&
            e.getBoundingClientRect().right > f.getBoundingClientRect().right + 1).map(e => e.tagName + '.' +
            e.className).slice(0, 5)""", figure.element_handle())
        assert overflow == [], overflow
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        control = figure.locator(selector)
        assert control.is_visible()
        label = page.evaluate("c => c.labels.length ? c.labels[0].textContent : ''", control.element_handle())
        assert label.strip(), "the control has a visible label"
        before = figure.evaluate(_STATE)
        control.select_option(value)
        after = figure.evaluate(_STATE)
        assert after != before, (before, after)
        assert after["status"] and "{" not in after["status"], "the status line says what is shown"
        # Focus shows a ring.
        control.focus()
        outline = control.evaluate("c => getComputedStyle(c).outlineStyle + ' ' + getComputedStyle(c).outlineWidth")
        assert not outline.startswith("none"), outline
        figure.scroll_into_view_if_needed()
        figure.screenshot(path=str(screenshot_dir / f"html_figure_{chapter}_{width}.png"))
        # Print shows everything the filter hid, and no control.
        page.emulate_media(media="print")
        printed = figure.evaluate(_STATE)
        assert printed["shown"] == printed["total"]
        assert not figure.locator(".wct-figure-controls").is_visible()
        page.close()
    assert errors == []
    # Without JavaScript every item is shown and no dead control is.
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site_url}book/{chapter}.html")
    figure = page.locator("figure[data-wct-figure]")
    state = figure.evaluate(_STATE)
    assert state["shown"] == state["total"] > 0
    assert not figure.locator(".wct-figure-controls").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_each_computed_span_names_the_events_it_runs_between(comparison, cases, events):
    # The spans run between unlike endpoints (a request for review, a proclamation; a remediation plan,
    # a readmission), so a number of days must never appear without the row's own label of its ends.
    markup = _figure("comparing_cases:comparison")
    cells = [html.unescape(t) for t in re.findall(r'<span class="wct-span-ends">(.*?)</span>', markup)]
    table = case_comparison_table(comparison, cases, events, COMPARED)
    timed = table[table["aspect"].isin(TIME_ASPECTS) & table["days"].notna()]
    assert sorted(cells) == sorted(timed["short"])
