"""Turn typed values from the data package into the words a reader sees.

Dates are shown at the precision the source gives (a month-precise date never gains a day), and
figures keep the source's own hedge ("more than 36,000"). Figures come two ways: :func:`format_figure`
writes every digit ('more than $6,000,000'); :func:`figure_in_words` and :func:`dollars_in_words` say
large amounts as a reader would ('nearly 5 million', 'about $20 billion'). The text functions return
plain ``str`` and the span functions (:func:`days_between`, :func:`months_between`) plain ``int``,
ready for myst-nb ``glue``.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from widgets import i18n

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def format_date(date: dt.date | pd.Timestamp, precision: str, lang: str = "en") -> str:
    """'May 12, 2021', 'May 2021' or '2021', according to ``precision`` (day, month or year).

    With ``lang="es"``: '12 de mayo de 2021', 'mayo de 2021' (Babel, :mod:`widgets.i18n`)."""
    if i18n.check_language(lang) == "es":
        return i18n.spanish_date(date, precision)
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


def format_number(value: float, unit: str = "count", lang: str = "en") -> str:
    """A number with thousands separators; US dollars with a $ sign; percentages with %."""
    if i18n.check_language(lang) == "es":
        text = i18n.spanish_number(value)
        return f"{text} dólares" if unit == "usd" else f"{text}%" if unit == "percent" else text
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if unit == "usd":
        return f"${text}"
    if unit == "percent":
        return f"{text}%"
    return text


def format_figure(value: float, unit: str, qualifier: str, value_high: float | None = None,
                  lang: str = "en") -> str:
    """The figure as its source states it, e.g. 'more than 36,000', 'nearly 30', '97–99%'
    (``lang="es"``: 'más de 36.000', 'casi 30', '97–99 %')."""
    if qualifier == "range":
        if value_high is None or pd.isna(value_high):
            raise ValueError("a range needs value_high")
        low = format_number(value, lang=lang) if lang == "es" else format_number(value, unit).rstrip("%")
        return f"{low}–{format_number(value_high, unit, lang)}"
    number = format_number(value, unit, lang)
    if qualifier == "exactly":
        return number
    return f"{i18n.spanish_qualifier(qualifier) if lang == 'es' else qualifier} {number}"


def dollars_in_words(value: float, qualifier: str = "exactly", value_high: float | None = None, *,
                     decimals: int = 2, lang: str = "en") -> str:
    """'$1.3 billion', 'about $20 billion', '$28.8–32.8 million': a dollar figure as a reader says it.

    The source's hedge comes first, as in :func:`format_figure`; a range is written once, in the scale
    of its upper end. Amounts keep at most ``decimals`` decimals in that scale, without trailing zeros
    ('$49.75 million'; with ``decimals=1``, '$49.7 million').
    """
    top = value if value_high is None or pd.isna(value_high) else value_high
    if i18n.check_language(lang) == "es":
        return _spanish_amount_in_words(value, qualifier, value_high, top, decimals, " de dólares", " dólares")
    scale, word = (1e9, "billion") if top >= 1e9 else (1e6, "million") if top >= 1e6 else (1, "")

    def number(amount: float) -> str:
        text = f"{amount / scale:,.{decimals}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    text = f"${number(value)}"
    if qualifier == "range":
        if value_high is None or pd.isna(value_high):
            raise ValueError("a range needs value_high")
        text = f"${number(value)}–{number(value_high)}"
    text = f"{text} {word}".rstrip()
    return text if qualifier in ("exactly", "range") else f"{qualifier} {text}"


def _spanish_amount_in_words(value: float, qualifier: str, value_high: float | None, top: float, decimals: int,
                             large_suffix: str, small_suffix: str) -> str:
    """'más de 6 millones de dólares', 'alrededor de 20.000 millones de dólares' (Spanish says a
    billion as 'mil millones', so amounts of a billion or more are written in millions)."""
    scale = 1e6 if top >= 1e6 else 1

    def number(amount: float) -> str:
        text = i18n.spanish_number(round(amount / scale, decimals), decimals)
        return text.rstrip("0").rstrip(",") if "," in text else text

    text = f"{number(value)}–{number(value_high)}" if qualifier == "range" else number(value)
    if qualifier == "range" and (value_high is None or pd.isna(value_high)):
        raise ValueError("a range needs value_high")
    if scale == 1:
        text += small_suffix
    else:
        text += (" millón" if text == "1" else " millones") + large_suffix
    return text if qualifier in ("exactly", "range") else f"{i18n.spanish_qualifier(qualifier)} {text}"


def figure_in_words(value: float, unit: str, qualifier: str = "exactly", value_high: float | None = None, *,
                    decimals: int = 2, lang: str = "en") -> str:
    """A figure as a reader says it: '$505 billion', 'nearly 5 million', 'more than 36,000', '97–99%'.

    Dollars are said as in :func:`dollars_in_words`, other counts of a million or more in millions (with
    at most ``decimals`` decimals), and everything else as :func:`format_figure` writes it.
    """
    if unit == "usd":
        return dollars_in_words(value, qualifier, value_high, decimals=decimals, lang=lang)
    top = value if value_high is None or pd.isna(value_high) else value_high
    if i18n.check_language(lang) == "es":
        if unit != "percent" and top >= 1e6:
            return _spanish_amount_in_words(value, qualifier, value_high, top, decimals, "", "")
        return format_figure(value, unit, qualifier, value_high, lang)
    if unit != "percent" and top >= 1e6:
        def millions(amount: float) -> str:
            text = f"{amount / 1e6:,.{decimals}f}"
            return text.rstrip("0").rstrip(".") if "." in text else text
        text = (f"{millions(value)}–{millions(value_high)} million" if qualifier == "range"
                else f"{millions(value)} million")
        return text if qualifier in ("exactly", "range") else f"{qualifier} {text}"
    return format_figure(value, unit, qualifier, value_high)


def days_between(start: dt.date | pd.Timestamp, end: dt.date | pd.Timestamp) -> int:
    """Whole days from ``start`` to ``end`` (negative if ``end`` comes first).

    Only meaningful for dates known to the day; a chapter computing a span says which events it runs between.
    """
    return int((pd.Timestamp(end) - pd.Timestamp(start)).days)


def months_between(start: dt.date | pd.Timestamp, end: dt.date | pd.Timestamp) -> int:
    """Calendar months from the month of ``start`` to the month of ``end`` (the days are ignored).

    ``months_between(2020-07-01, 2021-05-12)`` is 10: July 2020 to May 2021.
    """
    return (end.year - start.year) * 12 + end.month - start.month


def markdown_table_cell(text) -> str:
    """``text`` made safe for a cell of a Markdown (pipe) table."""
    return str(text).replace("|", "\\|")
