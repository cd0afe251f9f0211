"""The frame every HTML figure shares: caption, controls, status line, CSV link.

Figures that lay out words (cards, matrices of text, step lists) are HTML built from the data rows,
not Vega-Lite: HTML reflows on a phone, can be selected and copied, and screen readers read it. Each
figure is a ``<figure class="wct-figure" data-wct-figure="KIND">`` whose ``<figcaption>`` states the
finding and the source and links the CSV. Its controls are native, labelled form elements; the one
script ``book/assets/figures.js`` (added by ``widgets.sphinx_ext`` to pages that hold a figure) wires
them, declaratively:

* a control with ``data-wct-filter="KEY"`` shows only the items (``data-wct-item``) whose
  ``data-KEY`` holds its value among its space-separated tokens (an empty value shows all); a group
  (``data-wct-group``) with no item left shown is hidden with them;
* a control with ``data-wct-highlight="KEY"`` marks the matching items (class ``wct-match``) and
  hides nothing;
* a control with ``data-wct-step`` marks items whose ``data-step`` is reached and the current one
  (on a path that has ended, its ``data-last-step``);
* a ``data-wct-status`` line says what the controls left shown, from its template.

Without JavaScript every item is shown and the controls stay hidden (``hidden``, removed by the
script): nothing depends on the script, which only narrows or marks what is already in the page.
The output is deterministic (ids come from a hash of the figure's kind and title) and has one element
per line, so a saved notebook's diff stays readable.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from widgets.i18n import say
from widgets.translations import SITE_DATA_PREFIXES

FIGURE_CLASS = "wct-figure"
# The same prefixes as widgets.render's, from the one table; not imported from the renderer, so that a
# chapter with only HTML figures does not load Altair or go stale when the chart renderer changes.
SITE_DATA_PREFIX = SITE_DATA_PREFIXES["en"]
FIGURE_ATTRIBUTE = "data-wct-figure"


def esc(value) -> str:
    """Text (or any value) escaped for HTML content and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def token(value) -> str:
    """A value as one token of a space-separated attribute (``data-problem="offshoring-of-u-s-jobs"``)."""
    text = "".join(c.lower() if c.isalnum() else "-" for c in str(value))
    return "-".join(part for part in text.split("-") if part)


@dataclass(frozen=True)
class HtmlFigure:
    """A figure as HTML: Jupyter shows ``_repr_html_``, so a saved notebook's output is the HTML."""

    kind: str
    title: str
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:  # the text/plain twin of the output: short and deterministic
        return f"<{self.kind} figure: {self.title}>"

    def __str__(self) -> str:
        return self.html


@dataclass(frozen=True)
class Choice:
    """One option of a control: the value items match on, and the words the reader sees."""

    value: str
    label: str


def figure_id(kind: str, title: str) -> str:
    digest = hashlib.sha256((kind + "\n" + title).encode("utf-8")).hexdigest()[:8]
    return f"wct-{kind}-{digest}"


def select(fid: str, name: str, label: str, choices: Sequence[Choice], selected: str, role: str) -> list[str]:
    """A labelled drop-down. ``role`` is ``filter``, ``highlight`` or ``step``, with ``name`` its key."""
    control_id = f"{fid}-{name}"
    lines = ['<div class="wct-control">',
             f'<label for="{control_id}">{esc(label)}</label>',
             f'<select id="{control_id}" data-wct-{role}="{esc(name)}">']
    for choice in choices:
        mark = " selected" if choice.value == selected else ""
        lines.append(f'<option value="{esc(choice.value)}"{mark}>{esc(choice.label)}</option>')
    return [*lines, "</select>", "</div>"]


def radios(fid: str, name: str, legend: str, choices: Sequence[Choice], selected: str, role: str) -> list[str]:
    """A labelled group of radio buttons (a fieldset with a legend)."""
    lines = ['<fieldset class="wct-control wct-radios">', f"<legend>{esc(legend)}</legend>"]
    for i, choice in enumerate(choices):
        control_id = f"{fid}-{name}-{i}"
        mark = " checked" if choice.value == selected else ""
        # Each button and its label stay together when the group wraps on a phone.
        lines.append('<span class="wct-radio">')
        lines.append(f'<input type="radio" id="{control_id}" name="{fid}-{name}" value="{esc(choice.value)}"'
                     f' data-wct-{role}="{esc(name)}"{mark}>')
        lines.append(f'<label for="{control_id}">{esc(choice.label)}</label>')
        lines.append("</span>")
    return [*lines, "</fieldset>"]


def status_line(template: str) -> list[str]:
    """A polite live region the script fills in from ``template`` ({shown}, {total}, {matched}, {marked})."""
    return [f'<p class="wct-figure-status" role="status" data-wct-status="{esc(template)}"></p>']


def figure_html(kind: str, *, title: str, source: str, csv_file: str | None, description: str,
                controls: Iterable[str], body: Iterable[str], controls_label: str | None = None,
                lang: str = "en") -> HtmlFigure:
    """The whole figure: caption (title, source, CSV link), hidden-until-scripted controls, body.

    ``description`` says what the figure holds and what the controls do; it is written for screen
    readers (visually hidden, and the figure's ``aria-describedby``), as a chart's description is.
    ``lang`` is the language of the frame's own words (the caller gives title, source and description
    in it); ``controls_label`` defaults to "Explore this figure" in that language.
    """
    if not title or not source or not description:
        raise ValueError("an HTML figure needs a title, a source and a description")
    fid = figure_id(kind, title)
    lines = [f'<figure class="{FIGURE_CLASS}" {FIGURE_ATTRIBUTE}="{esc(kind)}" id="{fid}"'
             f' aria-describedby="{fid}-description">',
             '<figcaption class="wct-figure-caption">',
             f'<span class="wct-figure-title">{esc(title)}</span>',
             f'<span class="wct-figure-source">{esc(say("Source: {source}.", lang, source=source))}</span>']
    if csv_file:
        lines.append(f'<a class="wct-figure-csv" href="{SITE_DATA_PREFIXES[lang]}{esc(csv_file)}" download>'
                     f"{esc(say('Download {csv} (all rows, with sources)', lang, csv=csv_file))}</a>")
    lines += ["</figcaption>", f'<p class="wct-figure-description wct-sr-only" id="{fid}-description">{esc(description)}</p>']
    control_lines = list(controls)
    if control_lines:
        lines += [f'<div class="wct-figure-controls" role="group" aria-label="{esc(controls_label or say("Explore this figure", lang))}" hidden>',
                  *control_lines, "</div>"]
    lines += list(body)
    lines.append("</figure>")
    # Controls need the figure's id to be unique; the caller builds them with the same id.
    return HtmlFigure(kind, title, "\n".join(lines))
