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
from dataclasses import dataclass

import altair as alt

from widgets.i18n import say
from widgets.render import ChartTable

__all__ = ["ROW_BAR_HEIGHT", "ROW_LABEL_CHARS", "SUBTITLE_WIDTH", "ChartTable", "RowLayout", "finish_chart", "row_layout", "row_lines",
           "wrap_lines"]

# Vega does not wrap titles; subtitle lines longer than this are broken into several lines (the
# renderer wraps them again to the width of the reader's screen when it draws the chart).
SUBTITLE_WIDTH = 90
# Row labels drawn above their bars are wrapped at this many characters: at 12 px a line of 34
# characters is at most about 250 px wide, which fits the plot of a chart on a 360 px phone.
ROW_LABEL_CHARS = 34
ROW_LABEL_LINE_HEIGHT = 15
ROW_BAR_HEIGHT = 14  # a bar (or a dot) in a labelled row: never thinner than this, at any width


def wrap_lines(text: str, width: int, *, break_on_hyphens: bool = False) -> str:
    """``text`` wrapped at ``width`` characters, lines joined by newlines (text marks split on them
    with ``lineBreak="\\n"``)."""
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=break_on_hyphens))


@dataclass(frozen=True)
class RowLayout:
    """Where the parts of a labelled row sit, in pixels from the row's centre (see :func:`row_layout`)."""

    lines: int           # lines of the longest row label
    step: int            # height of a row
    label_offset: float  # the top of a row's label
    mark_offset: float   # the centre of a row's bar, dot or value label

    def label(self, base: alt.Chart, y: alt.Y, text: str, **mark) -> alt.Chart:
        """A layer of row labels, left-aligned above each row's marks, across the plot's whole width."""
        return base.mark_text(align="left", baseline="top", lineBreak="\n", lineHeight=ROW_LABEL_LINE_HEIGHT,
                              yOffset=self.label_offset, **mark).encode(y=y, x=alt.value(0), text=f"{text}:N")


def row_lines(label: str) -> str:
    """A row label wrapped for :func:`row_layout`; each " | " in it starts a new line."""
    return "\n".join(wrap_lines(part, ROW_LABEL_CHARS) for part in str(label).split(" | "))


def row_layout(labels, *, lines: int | None = None) -> RowLayout:
    """The layout of rows whose labels (already wrapped with ``wrap_lines``) sit above their bars.

    Long category labels on a y-axis take the width a phone needs for the bars; above the bars they
    use the plot's full width and wrap instead of being cut off. Every row gets the height of the
    longest label, so rows stay evenly spaced.
    """
    lines = lines or max(str(label).count("\n") + 1 for label in labels)
    step = 6 + lines * ROW_LABEL_LINE_HEIGHT + 4 + ROW_BAR_HEIGHT + 8
    mark = -step / 2 + 6 + lines * ROW_LABEL_LINE_HEIGHT + 4 + ROW_BAR_HEIGHT / 2
    return RowLayout(lines=lines, step=step, label_offset=-step / 2 + 6, mark_offset=mark)


def finish_chart(chart: alt.TopLevelMixin, *, title: str, source: str, description: str,
                 table: ChartTable | None, note: str | None = None,
                 title_width: int | None = None, fit_views: int | None = None,
                 hint: str | None = None, lang: str = "en") -> alt.TopLevelMixin:
    """Apply the conventions every chart in the book shares and return the chart.

    ``source`` follows "Source: " in the subtitle; a line naming the CSV follows when ``table``
    names one, then ``note`` if given. ``table`` is the data table under the chart (``None``: the
    chart has none). ``title_width`` wraps the title at that many characters, for a chart whose
    width follows the container (Vega does not wrap titles). ``fit_views`` asks the renderer to give
    each view of a vertical concatenation the container's width less that many pixels (Vega-Lite
    cannot make a concatenated view follow its container). ``hint`` tells the reader how to use the
    chart's controls; it is shown above the chart on screen, not drawn in it, so it does not print.
    ``lang`` is the chart's language (:mod:`widgets.i18n`): the words this function adds ("Source:",
    "Data:", the table's default caption) are said in it, and the renderer's own words too.
    """
    texts = [f"{say('Source', lang)}: {source}"]
    if table is not None and table.csv_file:
        texts.append(f"{say('Data', lang)}: {say('data/{csv} in this site', lang, csv=table.csv_file)}")
    if note:
        texts.append(note)
    subtitle = [line for text in texts for line in textwrap.wrap(text, SUBTITLE_WIDTH, break_on_hyphens=False)]
    wrapped = {"text": textwrap.wrap(title, title_width), "lineHeight": 20} if title_width else {"text": title}
    return chart.properties(
        title=alt.Title(**wrapped, subtitle=subtitle, subtitleLineHeight=16),
        description=description,
        usermeta={"wct": {"table": None if table is None else table.to_usermeta(say("Data behind: {title}", lang,
                                                                                    title=title)),
                          **({"lang": lang} if lang != "en" else {}),
                          **({"fit": {"views": {"inset": fit_views}}} if fit_views is not None else {}),
                          **({"hint": hint} if hint else {})}},
    )
