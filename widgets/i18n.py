"""The book's languages: the words charts and figures use, in English and in Spanish, and the Spanish
way of writing numbers and dates.

English is the language the code is written in: :func:`say` returns an English text as it is, so
English output is exactly what it was before the Spanish edition existed. In Spanish it looks the text
up in :data:`CATALOGUE`; a text with no entry stops the notebook with a message naming it, so a chart
never shows English on a Spanish page by accident.

Spanish numbers and dates are written by Babel (CLDR), not by hand: "4 de febrero de 2022",
"más de 36.000". :data:`NUMBER_LOCALE` is the CLDR locale used for numbers. The issue asks for
"36.000" (CLDR ``es``); Mexico's own convention (CLDR ``es_MX``) writes "36,000" and "47%": changing
this one constant switches the whole edition.
"""

from __future__ import annotations

import datetime as dt

from widgets import spanish

LANGUAGES = ("en", "es")
NUMBER_LOCALE = "es"
DATE_LOCALE = "es_MX"

# A source's hedge, as the stated-figure resources record it (data/schemas/stated_figure.json).
QUALIFIERS = {"more than": "más de", "nearly": "casi", "about": "alrededor de", "at least": "al menos"}

# English text -> Spanish text. Keys are exactly the English the code writes.
CATALOGUE: dict[str, dict[str, str]] = {"es": spanish.WORDS}
# Counted words, one and many: English keeps its own code; Spanish takes them from widgets/spanish/.
PLURALS: dict[str, dict[str, tuple[str, str]]] = {"es": spanish.PLURALS}


def check_language(lang: str) -> str:
    """``lang`` if the book has that language, else a ValueError naming the ones it has."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}': the book is written in {', '.join(LANGUAGES)}")
    return lang


def say(text: str, lang: str = "en", **fields) -> str:
    """``text`` in ``lang`` (English as it is), with ``fields`` filled in (``str.format``)."""
    if check_language(lang) != "en":
        try:
            text = CATALOGUE[lang][text]
        except KeyError:
            raise KeyError(f"widgets/i18n.py: no {lang} text for {text!r}; add it to a module of widgets/spanish/") from None
    return text.format(**fields) if fields else text


def say_name(text: str, lang: str = "en") -> str:
    """A name as ``lang`` shows it: names stay as they are ('USTR', 'SINTTIA'); a description that is not a
    name ('other labor groups', 'La Coalición (a group critics tie to the CTM)') is said in ``lang`` when
    the catalogue has it."""
    return text if check_language(lang) == "en" else CATALOGUE[lang].get(text, text)


def say_count(word: str, n: int, lang: str) -> str:
    """``n`` and ``word`` in ``lang``, singular or plural ('1 solicitud', '3 solicitudes')."""
    try:
        one, many = PLURALS[check_language(lang)][word]
    except KeyError:
        raise KeyError(f"widgets/i18n.py: no {lang} plural for {word!r}; add it to PLURALS in a module of widgets/spanish/") from None
    return (one if n == 1 else many).format(n=n)


def table_number(value: float, lang: str) -> str:
    """A number in a data table, as ``lang`` writes it, with every decimal it has ('36.000', '0,47')."""
    from babel.numbers import format_decimal

    check_language(lang)
    if lang == "en":
        return f"{value:,}"
    return format_decimal(value, locale=NUMBER_LOCALE, decimal_quantization=False, group_separator=_grouped(value))


def _grouped(value: float) -> bool:
    """Whether Spanish groups the digits of ``value``: CLDR's ``es`` data set minimumGroupingDigits to 2
    (four-digit numbers are written together: 2023, 1500; 36.000), which Babel does not apply itself."""
    return abs(value) >= 10_000


def spanish_number(value: float, decimals: int | None = None) -> str:
    """'36.000', '1,5': a number as Spanish writes it (``decimals``: fixed, else 0 or 1 as needed)."""
    from babel.numbers import format_decimal

    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=NUMBER_LOCALE, group_separator=_grouped(value))


def spanish_date(date: dt.date, precision: str) -> str:
    """'4 de febrero de 2022', 'febrero de 2022' or '2022', by ``precision`` (day, month or year); 'short
    month' is the abbreviated form a label on a chart needs ('abr 2021')."""
    from babel.dates import format_date, format_skeleton

    if precision == "day":
        return format_date(date, "long", locale=DATE_LOCALE)
    if precision == "month":
        return format_skeleton("yMMMM", date, locale=DATE_LOCALE)
    if precision == "year":
        return str(date.year)
    if precision == "short month":
        return format_skeleton("yMMM", date, locale=DATE_LOCALE)
    raise ValueError(f"unknown date precision '{precision}'")


def spanish_qualifier(qualifier: str) -> str:
    if qualifier not in QUALIFIERS:
        raise KeyError(f"widgets/i18n.py: no Spanish words for the qualifier '{qualifier}'; add it to QUALIFIERS")
    return QUALIFIERS[qualifier]
