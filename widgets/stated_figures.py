"""Stated figures: one figure as one source states it, looked up by its id, phrased and glued.

The resources ``rrm_statistics``, ``other_figures`` and ``case_outcomes`` share one Table Schema
(``data/schemas/stated_figure.json``): each row is a figure with its id (``figure_id``), the
source's hedge (``qualifier``: "more than", "nearly"...), its unit, the date it refers to and its
source. Chapters put these figures into prose with :func:`glue_stated_figure`, so each number a
reader sees carries its source's own hedge and date, exactly as recorded in ``data/``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from widgets.bibliography import source_label
from widgets.formatting import figure_in_words, format_date, format_figure

ID_COLUMN = "figure_id"


@dataclass(frozen=True)
class StatedFigure:
    """One stated-figure row, phrased: ``text`` ('more than 36,000'), ``as_of`` ('September 2024', or '' if undated)."""

    value: float
    value_high: float | None
    unit: str
    qualifier: str
    text: str
    as_of: str
    reported_by: str
    source: str

    lang: str = "en"

    def in_words(self, decimals: int = 2) -> str:
        """The figure as a reader says it ('nearly 5 million', 'about $20 billion'): see
        :func:`widgets.formatting.figure_in_words`."""
        return figure_in_words(self.value, self.unit, self.qualifier, self.value_high, decimals=decimals,
                               lang=self.lang)


def stated_figure(frame: pd.DataFrame, figure_id: str, lang: str = "en") -> StatedFigure:
    """The figure in the row of ``frame`` (a stated-figure resource) whose ``figure_id`` is ``figure_id``,
    phrased in ``lang`` (the source label stays as the source is named).

    Raises KeyError unless exactly one row has that id.
    """
    matches = frame[frame[ID_COLUMN] == figure_id]
    if len(matches) != 1:
        raise KeyError(f"expected one row with {ID_COLUMN} = '{figure_id}', found {len(matches)}")
    row = matches.iloc[0]
    value_high = None if pd.isna(row["value_high"]) else float(row["value_high"])
    as_of = "" if pd.isna(row["as_of"]) else format_date(row["as_of"], row["as_of_precision"], lang)
    return StatedFigure(value=float(row["value"]), value_high=value_high, unit=str(row["unit"]),
                        qualifier=str(row["qualifier"]),
                        text=format_figure(row["value"], row["unit"], row["qualifier"], value_high, lang),
                        as_of=as_of, reported_by=str(row["reported_by"]),
                        source=source_label(row["citation_key"], row["locator"]), lang=lang)


def glue_stated_figure(name: str, frame: pd.DataFrame, figure_id: str, *, in_words: bool = False,
                       decimals: int = 2, as_of: bool = False, lang: str = "en") -> StatedFigure:
    """Glue one stated figure under ``name`` (for ``{glue:text}`name``` in the prose) and return it.

    The glued text is the figure as its source states it (``StatedFigure.text``: 'more than 36,000'),
    or with ``in_words=True`` as a reader says it (``StatedFigure.in_words(decimals)``: 'about $20
    billion'). With ``as_of=True`` the date the figure refers to is glued too, under ``{name}_as_of``
    ('September 2024'). ``lang="es"`` phrases both in Spanish ('más de 42.000', 'enero de 2025'). Everything glued is a plain ``str``; the returned figure's ``value`` is a
    plain ``float`` for computing derived figures.
    """
    from myst_nb import glue  # imported here: only chapters glue, and myst-nb is slow to import

    figure = stated_figure(frame, figure_id, lang)
    glue(name, figure.in_words(decimals) if in_words else figure.text, display=False)
    if as_of:
        glue(f"{name}_as_of", figure.as_of, display=False)
    return figure
