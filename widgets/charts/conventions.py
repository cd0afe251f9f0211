"""The book's chart conventions in one place (see shared STYLE.md, "A chart").

A title that states the finding, a subtitle carrying the source line, a ``description`` for
screen readers, and ``usermeta`` that tells the renderer which columns to show in the data table
under the chart and which CSV in the site holds the full data.
"""

from __future__ import annotations

import textwrap

import altair as alt

# Vega does not wrap titles; subtitle lines longer than this are broken into several lines.
SUBTITLE_WIDTH = 90


def wrap_lines(text: str, width: int, *, break_on_hyphens: bool = False) -> str:
    """``text`` wrapped at ``width`` characters, lines joined by newlines (text marks split on them
    with ``lineBreak="\\n"``)."""
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=break_on_hyphens))


def finish_chart(chart: alt.TopLevelMixin, *, title: str, source: str, description: str,
                 table_columns: dict[str, str], csv_file: str) -> alt.TopLevelMixin:
    """Apply the conventions every chart in the book shares and return the chart."""
    subtitle = [line for text in (f"Source: {source}", f"Data: data/{csv_file} in this site")
                for line in textwrap.wrap(text, SUBTITLE_WIDTH)]
    return chart.properties(
        title=alt.Title(text=title, subtitle=subtitle, subtitleLineHeight=16),
        description=description,
        usermeta={"wct": {"table_columns": table_columns, "csv": csv_file,
                          "table_caption": f"Data behind: {title}"}},
    )
