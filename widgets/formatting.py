"""Turn typed values from the data package into the words a reader sees.

Dates are shown at the precision the source gives (a month-precise date never gains a day), and
figures keep the source's own hedge ("more than 36,000"). Every function returns plain ``str``,
ready for myst-nb ``glue``.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def format_date(date: dt.date | pd.Timestamp, precision: str) -> str:
    """'May 12, 2021', 'May 2021' or '2021', according to ``precision`` (day, month or year)."""
    if precision == "day":
        return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"
    if precision == "month":
        return f"{_MONTHS[date.month - 1]} {date.year}"
    if precision == "year":
        return str(date.year)
    raise ValueError(f"unknown date precision '{precision}'")


def latest_date(date: dt.date | pd.Timestamp, precision: str) -> pd.Timestamp:
    """The last day a date of this precision can mean ('2024', year → 2024-12-31), for ordering.

    A figure dated only '2024' may come from late 2024, so it must not sort before April 2024.
    """
    stamp = pd.Timestamp(date)
    if precision == "day":
        return stamp
    if precision == "month":
        return stamp + pd.offsets.MonthEnd(0)
    if precision == "year":
        return stamp + pd.offsets.YearEnd(0)
    raise ValueError(f"unknown date precision '{precision}'")


def format_number(value: float, unit: str = "count") -> str:
    """A number with thousands separators; US dollars with a $ sign; percentages with %."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if unit == "usd":
        return f"${text}"
    if unit == "percent":
        return f"{text}%"
    return text


def format_figure(value: float, unit: str, qualifier: str, value_high: float | None = None) -> str:
    """The figure as its source states it, e.g. 'more than 36,000', 'nearly 30', '97–99%'."""
    if qualifier == "range":
        if value_high is None or pd.isna(value_high):
            raise ValueError("a range needs value_high")
        low = format_number(value, unit).rstrip("%")
        return f"{low}–{format_number(value_high, unit)}"
    number = format_number(value, unit)
    return number if qualifier == "exactly" else f"{qualifier} {number}"


def markdown_table_cell(text) -> str:
    """``text`` made safe for a cell of a Markdown (pipe) table."""
    return str(text).replace("|", "\\|")
