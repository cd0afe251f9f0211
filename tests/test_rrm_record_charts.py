"""The Rapid Response record's charts and case table count what the CSV holds.

Every expected number here is computed afresh from the CSV files with pandas, independently of
``widgets.charts.rrm_record`` and ``widgets.html_figures.rrm_case_table``; the chart conventions
themselves are checked for these charts by tests/test_chart_conventions.py (tests/chart_cases.py).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from tests import chart_cases
from widgets.charts.rrm_record import (
    rrm_durations_chart,
    rrm_record_table,
    rrm_running_counts_table,
    rrm_spans_table,
    span_medians,
    union_vote_shares_table,
)
from widgets.datapackage import load_resource
from widgets.html_figures.rrm_case_table import rrm_case_table_figure

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def csv():
    """The record read straight from the CSV, not through the book's loader."""
    frame = pd.read_csv(DATA / "rrm_requests.csv", dtype=str)
    for column in [c for c in frame.columns if c.endswith("_date") or c == "open_as_of"]:
        frame[column] = pd.to_datetime(frame[column])
    return frame


@pytest.fixture(scope="module")
def requests():
    return load_resource("rrm_requests")


def _data_rows(case_id: str) -> list[dict]:
    spec = chart_cases.spec(case_id)
    (rows,) = spec["datasets"].values()
    return rows


def test_requests_by_year_match_the_csv(csv):
    made = csv[csv["request_type"] == "request_for_review"]
    expected = made["request_date"].dt.year.value_counts().to_dict()
    declined = csv[csv["request_type"] == "petition_declined"]
    expected_declined = declined["resolution_date"].dt.year.value_counts().to_dict()
    rows = _data_rows("rrm_record:by_year")
    drawn = {int(r["group"]): r["count"] for r in rows if r["kind"] == "Request for review"}
    drawn_declined = {int(r["group"]): r["count"] for r in rows if r["kind"] == "Declined petition"}
    assert drawn == expected
    assert drawn_declined == expected_declined
    assert sum(drawn.values()) + sum(drawn_declined.values()) == len(csv)


def test_sector_and_state_counts_match_the_csv(csv):
    rows = _data_rows("rrm_record:sector_state")
    made = csv[csv["request_type"] == "request_for_review"]
    states = {r["group"]: r["count"] for r in rows if r["grouping"] == "Mexican state" and r["kind"] == "Request for review"}
    for state, n in made["state"].value_counts().items():
        assert states[state] == n
    assert sum(states.values()) == len(made)
    sectors = {r["group"]: r["count"] for r in rows if r["grouping"] == "Sector" and r["kind"] == "Request for review"}
    for sector, n in made["sector"].str.capitalize().value_counts().items():
        assert sectors[sector] == n


def test_self_initiated_and_petitions_match_the_csv(csv):
    rows = _data_rows("rrm_record:beginnings")
    made = csv[csv["request_type"] == "request_for_review"]
    self_initiated = sum(r["count"] for r in rows if r["group"].startswith("Self-initiated"))
    assert self_initiated == (made["initiation"] == "self-initiated").sum()
    petitions = sum(r["count"] for r in rows if r["group"].startswith("Petition") and r["kind"] == "Request for review")
    assert petitions == (made["initiation"] == "petition").sum()


def test_outcome_counts_match_the_csv(csv):
    record = rrm_record_table(load_resource("rrm_requests"))
    labels = dict(zip(record["outcome"], record["outcome_label"]))
    rows = _data_rows("rrm_record:outcomes")
    drawn = {}
    for r in rows:
        drawn[r["group"]] = drawn.get(r["group"], 0) + r["count"]
    assert drawn == {labels[o]: n for o, n in csv["outcome"].value_counts().items()}


def test_spans_are_day_differences_of_day_precise_dates_only(csv, requests):
    spans = rrm_spans_table(requests)
    kept = spans[spans["included"]].set_index(["request_id", "span"])
    pairs = {"petition_to_request": ("petition_date", "request_date"),
             "request_to_remedy": ("request_date", "remediation_date"),
             "request_to_resolution": ("request_date", "resolution_date")}
    expected_kept, expected_left_out = 0, 0
    for name, (start, end) in pairs.items():
        both = csv[csv[start].notna() & csv[end].notna()]
        day = both[(both[f"{start}_precision"] == "day") & (both[f"{end}_precision"] == "day")]
        expected_kept += len(day)
        expected_left_out += len(both) - len(day)
        for row in day.itertuples():
            assert kept.loc[(row.request_id, name), "days"] == (getattr(row, end) - getattr(row, start)).days
        days = [(getattr(r, end) - getattr(r, start)).days for r in day.itertuples()]
        if days:
            assert span_medians(spans).loc[name, "median"] == pd.Series(days).median()
    assert len(kept) == expected_kept
    assert int((~spans["included"]).sum()) == expected_left_out
    # The chart draws exactly the kept spans, one dot each, and says how many it left out.
    spec = chart_cases.spec("rrm_record:durations")
    (rows,) = spec["datasets"].values()
    assert sum(r["mark"] == "A case" for r in rows) == expected_kept
    subtitle = " ".join(spec["title"]["subtitle"])
    if expected_left_out:
        assert f"{expected_left_out} span" in subtitle


def test_a_month_precise_date_leaves_its_span_out(requests):
    changed = requests.copy()
    row = changed.index[changed["request_id"] == "us-2021-tridonex"][0]
    changed.loc[row, "petition_date_precision"] = "month"
    changed.loc[row, "petition_date"] = pd.Timestamp("2021-05-01")
    spans = rrm_spans_table(changed).set_index(["request_id", "span"])
    assert not spans.loc[("us-2021-tridonex", "petition_to_request"), "included"]
    assert pd.isna(spans.loc[("us-2021-tridonex", "petition_to_request"), "days"])
    assert "known only to the month" in rrm_durations_chart(changed, title="Five words in a title", description="D" * 50
                                                            ).to_dict()["title"]["subtitle"][0] + " ".join(
        rrm_durations_chart(changed, title="Five words in a title", description="D" * 50).to_dict()["title"]["subtitle"])


def test_running_counts_compare_each_count_with_the_record_at_its_date(csv):
    stats = pd.read_csv(DATA / "rrm_statistics.csv", dtype={"value": float})
    totals = stats[stats["measure"] == "cases_total"]
    table = rrm_running_counts_table(load_resource("rrm_requests"), load_resource("rrm_statistics")).set_index("figure_id")
    assert set(table.index) == set(totals["figure_id"])
    made = csv[csv["request_type"] == "request_for_review"]
    for row in totals.itertuples():
        day = pd.Timestamp(row.as_of)
        day = {"day": day, "month": day + pd.offsets.MonthEnd(0), "year": day + pd.offsets.YearEnd(0)}[row.as_of_precision]
        assert table.loc[row.figure_id, "record_count"] == (made["request_date"] <= day).sum()
        assert table.loc[row.figure_id, "value"] == row.value


def test_union_vote_shares_match_the_csv():
    votes = pd.read_csv(DATA / "rrm_union_votes.csv")
    shares = union_vote_shares_table(load_resource("rrm_union_votes"), load_resource("rrm_requests")).set_index("vote_id")
    elections = votes[votes["vote_kind"] == "union_election"]
    for vote_id, rows in elections.groupby("vote_id"):
        independent = rows[rows["option_type"] == "independent_union"]
        if independent.empty or rows["votes"].isna().all():
            assert vote_id not in shares.index
            continue
        base = rows["valid_votes"].dropna().iloc[0] if rows["valid_votes"].notna().any() else rows["votes"].sum()
        assert shares.loc[vote_id, "share"] == pytest.approx(100 * independent["votes"].sum() / base)


def test_an_unknown_outcome_is_refused(requests):
    broken = requests.copy()
    broken.loc[broken.index[0], "outcome"] = "vanished"
    with pytest.raises(ValueError, match="vanished"):
        rrm_record_table(broken)


# --- the case table ------------------------------------------------------------------------------------

class _Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.controls, self.labels, self.captions, self.live, self.links = [], [], set(), 0, [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "data-wct-case-row" in a:
            self.rows.append(a)
        if tag in ("select", "input"):
            self.controls.append(a)
        if tag == "label":
            self.labels.add(a.get("for"))
        if tag == "caption":
            self.captions += 1
        if a.get("aria-live") == "polite":
            self.live.append(a)
        if tag == "a":
            self.links.append(a.get("href", ""))


@pytest.fixture(scope="module")
def table_html(requests):
    return rrm_case_table_figure(requests, load_resource("rrm_request_facts"), title="Every request in the record, listed",
                                 description="A table of every request, with filters, a search and sortable columns.").html


def test_case_table_has_a_row_per_request_and_its_filters(csv, table_html):
    page = _Rows()
    page.feed(table_html)
    assert len(page.rows) == len(csv)
    assert sorted(r["data-year"] for r in page.rows) == sorted(
        str(d.year) for d in csv["request_date"].fillna(csv["resolution_date"]))
    filters = {c.get("data-wct-case-filter") for c in page.controls if "data-wct-case-filter" in c}
    assert filters == {"outcome", "year", "sector"}
    assert any("data-wct-case-search" in c and c.get("type") == "search" for c in page.controls)
    assert all(c["id"] in page.labels for c in page.controls), "every control has a label"
    assert page.captions == 1 and page.live
    # Every option of every filter matches some row.
    for key, options in re.findall(r'data-wct-case-filter="(\w+)">(.*?)</select>', table_html, re.S):
        for value in re.findall(r'<option value="([^"]+)"', options):
            assert any(value in r[f"data-{key}"].split() for r in page.rows), (key, value)


def test_case_table_links_every_source_of_every_row(table_html):
    facts = pd.read_csv(DATA / "rrm_request_facts.csv")
    requests = pd.read_csv(DATA / "rrm_requests.csv")
    rows = table_html.split("<tr data-wct-case-row")[1:]
    assert len(rows) == len(requests)
    keys = {rid: set(g["citation_key"]) for rid, g in facts.groupby("request_id")}
    assert sorted(re.search(r'data-request-id="([^"]+)"', row).group(1) for row in rows) == sorted(requests["request_id"])
    for row in rows:
        request_id = re.search(r'data-request-id="([^"]+)"', row).group(1)
        linked = set(re.findall(r'href="bibliography.html#cite-([^"]+)"', row))
        expected = {k.lower().replace("_", "-") for k in keys.get(request_id, set())}
        assert expected <= linked, (request_id, expected - linked)


def test_case_table_shows_days_only_for_day_precise_spans(csv, table_html):
    both = csv[(csv["request_date_precision"] == "day") & (csv["resolution_date_precision"] == "day")]
    values = re.findall(r'data-label="Days to resolution" data-value="(\d*)"', table_html)
    assert sorted(int(v) for v in values if v) == sorted((both["resolution_date"] - both["request_date"]).dt.days)


def test_durations_chart_names_the_highlighted_cases_and_only_them():
    from widgets.charts.rrm_record import rrm_durations_chart

    requests = load_resource("rrm_requests")
    spec = rrm_durations_chart(requests, title="A title that states a finding here", description="d" * 40,
                               highlight={"draxton": "Draxton"}).to_dict()
    rows = next(iter(spec["datasets"].values()))
    named = {row["facility"] for row in rows if row["name"]}
    draxton = set(requests.loc[requests["case_id"] == "draxton", "facility"])
    assert named and named <= draxton
    assert any(layer["mark"]["type"] == "text" and "datum.name" in str(layer.get("transform")) for layer in spec["layer"])


def test_case_table_names_the_date_too_coarse_to_count_days_from():
    from widgets.html_figures.rrm_case_table import rrm_case_rows

    requests, facts = load_resource("rrm_requests"), load_resource("rrm_request_facts")
    rows = rrm_case_rows(requests, facts).set_index("request_id")
    coarse_request = requests[(requests["request_date_precision"] != "day") & requests["resolution_date"].notna()
                              & (requests["request_type"] == "request_for_review")]
    assert len(coarse_request), "the record has a month-dated request with a resolution"
    for request_id, precision in zip(coarse_request["request_id"], coarse_request["request_date_precision"]):
        assert f"(the request is dated only to the {precision})" in rows.loc[request_id, "days_text"]
