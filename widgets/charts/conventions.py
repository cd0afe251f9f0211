"""The book's chart conventions in one place (see shared STYLE.md, "A figure").

Every chart function ends with :func:`finish_chart`, which gives the chart a title that states the
finding, a subtitle carrying the source line (and, when the chart has a CSV, where it lives in the
site), a ``description`` for screen readers, and the data table shown under the chart.

The table is passed explicitly, as a :class:`~widgets.render.ChartTable` (its rows, the columns
to show with their headings, a caption, and the CSV in ``data/`` if there is one), or as ``None``
for a chart with no data of its own. It travels to the renderer in the spec's ``usermeta`` (all an
Altair renderer receives), and ``widgets.render`` writes its rows into the page once, as HTML, and
leaves them out of the spec it hands to vega. A chart's own data should therefore hold only the
fields its marks, tooltips and expressions use: each chart function selects those columns before
it builds the chart.
"""

from __future__ import annotations

import textwrap

import altair as alt

from widgets.render import ChartTable

__all__ = ["SUBTITLE_WIDTH", "ChartTable", "finish_chart", "wrap_lines"]

# Vega does not wrap titles; subtitle lines longer than this are broken into several lines.
SUBTITLE_WIDTH = 90


def wrap_lines(text: str, width: int, *, break_on_hyphens: bool = False) -> str:
    """``text`` wrapped at ``width`` characters, lines joined by newlines (text marks split on them
    with ``lineBreak="\\n"``)."""
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=break_on_hyphens))


def finish_chart(chart: alt.TopLevelMixin, *, title: str, source: str, description: str,
                 table: ChartTable | None, note: str | None = None,
                 title_width: int | None = None) -> alt.TopLevelMixin:
    """Apply the conventions every chart in the book shares and return the chart.

    ``source`` follows "Source: " in the subtitle; a line naming the CSV follows when ``table``
    names one, then ``note`` if given. ``table`` is the data table under the chart (``None``: the
    chart has none). ``title_width`` wraps the title at that many characters, for a chart whose
    width follows the container (Vega does not wrap titles).
    """
    texts = [f"Source: {source}"]
    if table is not None and table.csv_file:
        texts.append(f"Data: data/{table.csv_file} in this site")
    if note:
        texts.append(note)
    subtitle = [line for text in texts for line in textwrap.wrap(text, SUBTITLE_WIDTH)]
    wrapped = {"text": textwrap.wrap(title, title_width), "lineHeight": 20} if title_width else {"text": title}
    return chart.properties(
        title=alt.Title(**wrapped, subtitle=subtitle, subtitleLineHeight=16),
        description=description,
        usermeta={"wct": {"table": None if table is None else table.to_usermeta(f"Data behind: {title}")}},
    )
