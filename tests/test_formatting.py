"""Dates keep their precision and figures keep their source's hedge."""

import datetime as dt

import pandas as pd
import pytest

from widgets.formatting import (
    days_between,
    dollars_in_words,
    figure_in_words,
    format_date,
    format_figure,
    format_number,
    latest_date,
    months_between,
)


@pytest.mark.parametrize("precision, expected", [("day", "May 12, 2021"), ("month", "May 2021"), ("year", "2021")])
def test_date_is_shown_at_its_precision(precision, expected):
    assert format_date(dt.date(2021, 5, 12), precision) == expected


def test_unknown_precision_is_refused():
    with pytest.raises(ValueError):
        format_date(dt.date(2021, 5, 1), "week")


def test_latest_date_orders_imprecise_dates_after_precise_ones():
    assert latest_date(pd.Timestamp("2024-01-01"), "year") == pd.Timestamp("2024-12-31")
    assert latest_date(pd.Timestamp("2024-02-01"), "month") == pd.Timestamp("2024-02-29")
    assert latest_date(pd.Timestamp("2024-04-05"), "day") < latest_date(pd.Timestamp("2024-01-01"), "year")


@pytest.mark.parametrize("args, expected", [
    ((36000, "workers", "more than"), "more than 36,000"),
    ((30, "count", "nearly"), "nearly 30"),
    ((54, "count", "exactly"), "54"),
    ((6000000, "usd", "more than"), "more than $6,000,000"),
    ((97, "percent", "range", 99), "97–99%"),
    ((98, "percent", "about"), "about 98%"),
])
def test_figure_keeps_the_sources_wording(args, expected):
    assert format_figure(*args) == expected


def test_range_without_upper_bound_is_refused():
    with pytest.raises(ValueError):
        format_figure(97, "percent", "range", None)


def test_number_formats_return_plain_strings():
    assert format_number(2.5) == "2.5" and type(format_number(3.0)) is str


@pytest.mark.parametrize("args, kwargs, words", [
    ((1.3e9,), {}, "$1.3 billion"),
    ((2e10, "about"), {}, "about $20 billion"),
    ((8.17e8,), {}, "$817 million"),
    ((5e7, "range", 6e7), {}, "$50–60 million"),
    ((49_749_000, "more than"), {}, "more than $49.75 million"),
    ((49_749_000, "more than"), {"decimals": 1}, "more than $49.7 million"),
    ((5e6,), {"decimals": 0}, "$5 million"),
])
def test_dollars_in_words(args, kwargs, words):
    assert dollars_in_words(*args, **kwargs) == words


def test_a_dollar_range_needs_its_upper_end():
    with pytest.raises(ValueError):
        dollars_in_words(5e7, "range", pd.NA)


@pytest.mark.parametrize("args, words", [
    ((5e9, "usd"), "$5 billion"),
    ((5e6, "jobs", "nearly"), "nearly 5 million"),
    ((5e5, "jobs", "range", 1.1e6), "0.5–1.1 million"),
    ((36000, "workers", "more than"), "more than 36,000"),
    ((97, "percent", "range", 99), "97–99%"),
    ((17.2, "percent"), "17.2%"),
])
def test_figure_in_words(args, words):
    assert figure_in_words(*args) == words


def test_spans_between_dates_are_plain_ints():
    start, end = pd.Timestamp("2020-07-01"), pd.Timestamp("2021-05-12")
    assert days_between(start, end) == 315 and type(days_between(start, end)) is int
    assert days_between(end, start) == -315
    assert months_between(start, end) == 10 and type(months_between(start, end)) is int
    assert months_between(dt.date(2021, 5, 31), dt.date(2021, 6, 1)) == 1
