"""The union-election chart: its control, filter, encodings, computed shares and sourced tooltips."""

from __future__ import annotations

import pandas as pd
import pytest

from widgets.charts.union_vote import COMPUTED, VOTES, union_vote_chart, union_vote_table


def _row(figure_id, measure, value, subject=None, label="Votes"):
    return {"figure_id": figure_id, "case_id": "tridonex", "measure": measure, "measure_label": label,
            "subject": subject, "value": value, "value_high": None, "unit": "votes", "qualifier": "exactly",
            "as_of": pd.Timestamp("2022-02-28"), "as_of_precision": "day", "reported_by": "Someone",
            "citation_key": "leclercq2023worker", "locator": "Pt. I.B.2", "note": None}


@pytest.fixture(scope="module")
def outcomes():
    return pd.DataFrame([
        _row("a", "votes", 60.0, "Union A"),
        _row("b", "votes", 20.0, "Union B"),
        _row("v", "valid_votes", 90.0, label="Valid ballots"),
        _row("e", "eligible_voters", 100.0, label="Workers eligible to vote"),
    ])


@pytest.fixture(scope="module")
def spec(outcomes):
    return union_vote_chart(outcomes, "tridonex", title="A finding", description="Described").to_dict()


def test_radio_offers_counts_and_each_base_the_data_hold(spec):
    (param,) = spec["params"]
    assert param["name"] == "basis" and param["value"] == VOTES
    assert param["bind"]["input"] == "radio"
    assert param["bind"]["options"] == [VOTES, "Share of valid ballots", "Share of eligible workers"]


def test_every_layer_filters_on_the_chosen_basis_and_encodes_bars(spec):
    for layer in spec["layer"]:
        assert {"filter": "(datum.basis === basis)"} in layer["transform"]
    bars = spec["layer"][0]
    assert bars["mark"]["type"] == "bar"
    assert bars["encoding"]["x"]["field"] == "value" and bars["encoding"]["y"]["field"] == "group"
    assert bars["encoding"]["y"]["sort"][:2] == ["Union A", "Union B"]


def test_tooltips_carry_source_and_how_obtained(spec):
    for layer in spec["layer"]:
        titles = [t["title"] for t in layer["encoding"]["tooltip"]]
        assert "Source" in titles and "How obtained" in titles


def test_shares_and_remainders_are_computed_from_the_stated_figures(outcomes):
    table = union_vote_table(outcomes, "tridonex")
    valid = table[table["basis"] == "Share of valid ballots"].set_index("group")["value"]
    assert valid["Union A"] == pytest.approx(100 * 60 / 90)
    assert valid.iloc[-1] == pytest.approx(100 * 10 / 90)  # other unions on the ballot
    eligible = table[table["basis"] == "Share of eligible workers"]
    assert eligible["value"].sum() == pytest.approx(100)
    assert set(table.loc[table["basis"] != VOTES, "kind"]) == {COMPUTED}
    assert not table.isna().any().any()


def test_bases_missing_from_the_data_are_not_offered(outcomes):
    only_votes = outcomes[outcomes["measure"] == "votes"]
    table = union_vote_table(only_votes, "tridonex")
    assert list(dict.fromkeys(table["basis"])) == [VOTES]


def test_refuses_a_case_without_vote_counts_or_with_two_bases(outcomes):
    with pytest.raises(ValueError):
        union_vote_table(outcomes, "gm-silao")
    doubled = pd.concat([outcomes, outcomes[outcomes["measure"] == "valid_votes"]])
    with pytest.raises(ValueError):
        union_vote_table(doubled, "tridonex")


def test_works_on_the_book_data():
    from widgets.datapackage import load_resource

    outcomes = load_resource("case_outcomes")
    for case_id in ("gm-silao", "tridonex"):
        table = union_vote_table(outcomes, case_id)
        assert (table["basis"] == VOTES).sum() >= 2
