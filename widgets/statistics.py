"""Look up one stated figure from the data package and phrase it for the reader.

Chapters glue these strings into prose, so each figure a reader sees carries its source's own
hedge ("more than", "nearly") and the date it refers to, exactly as recorded in ``data/``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from widgets.bibliography import source_label
from widgets.formatting import format_date, format_figure


@dataclass(frozen=True)
class StatedFigure:
    """One row of a figures table, phrased: ``text`` ('more than 36,000'), ``as_of`` ('September 2024')."""

    value: float
    text: str
    as_of: str
    reported_by: str
    source: str


def stated_figure(frame: pd.DataFrame, row_id: str, id_column: str = "stat_id") -> StatedFigure:
    """The figure in the row whose ``id_column`` equals ``row_id``; KeyError if there is none."""
    matches = frame[frame[id_column] == row_id]
    if len(matches) != 1:
        raise KeyError(f"expected one row with {id_column} = '{row_id}', found {len(matches)}")
    row = matches.iloc[0]
    as_of = "" if pd.isna(row["as_of"]) else format_date(row["as_of"], row["as_of_precision"])
    return StatedFigure(value=float(row["value"]),
                        text=format_figure(row["value"], row["unit"], row["qualifier"], row["value_high"]),
                        as_of=as_of, reported_by=str(row["reported_by"]),
                        source=source_label(row["citation_key"], row["locator"]))
