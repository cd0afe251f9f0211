"""Dates keep their precision and figures keep their source's hedge."""

import datetime as dt

import pandas as pd
import pytest

from widgets.formatting import format_date, format_figure, format_number, latest_date


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
