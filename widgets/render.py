"""The book's one chart renderer.

Altair's default HTML loads vega from a CDN and gives every chart a random element id. In the
published site there is no network, and strict nbval compares saved outputs with fresh ones, so
this renderer emits HTML that

* calls the vendored ``vegaEmbed`` (the Sphinx extension ``widgets.sphinx_ext`` adds the scripts
  to every page that holds a chart),
* names the chart's element by a hash of its spec (the same chart always gets the same id), and
* carries the chart's description for screen readers and, under a toggle, the data behind it as
  a table.

Importing this module registers the renderer and the theme. In Voila or live Jupyter, call
:func:`use_live_renderer` instead: it switches to Altair's offline ``jupyter`` renderer.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json

import altair as alt

from widgets.theme import register_theme

RENDERER_NAME = "worker-centered-trade-book"
CHART_CLASS = "wct-chart"
# Chapters live in book/, and the Sphinx extension publishes data/ at the site root.
SITE_DATA_PREFIX = "../data/"
# Export stays (PNG/SVG are produced in the page); the source and editor actions would link out.
EMBED_OPTIONS = {"actions": {"export": True, "source": False, "compiled": False, "editor": False},
                 "renderer": "svg"}

_chart_numbers = itertools.count(1)


def html_table(rows: list[dict], columns: dict[str, str], caption: str, css_class: str | None = None) -> str:
    """An escaped, accessible HTML table of ``rows``: ``columns`` maps field names to headings."""
    head = "".join(f"<th scope=\"col\">{html.escape(label)}</th>" for label in columns.values())
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(row.get(name)))}</td>" for name in columns) + "</tr>"
        for row in rows
    )
    opening = f'<table class="{html.escape(css_class)}">' if css_class else "<table>"
    return (f"{opening}<caption>{html.escape(caption)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _table_html(spec: dict) -> str:
    """The chart's data as an HTML table, described by the chart's ``usermeta``."""
    meta = spec.get("usermeta", {}).get("wct", {})
    columns: dict[str, str] = meta.get("table_columns", {})
    datasets = spec.get("datasets", {})
    if not columns or not datasets:
        return ""
    rows = next(iter(datasets.values()))
    csv_file = meta.get("csv")
    download = (f' <a class="wct-chart-csv" href="{SITE_DATA_PREFIX}{html.escape(csv_file)}" download>'
                f"Download {html.escape(csv_file)} (all rows, with sources)</a>") if csv_file else ""
    table = html_table(rows, columns, meta.get("table_caption", "The data behind this chart"))
    return (f"<details class=\"wct-chart-data\"><summary>Show the data behind this chart</summary>{download}"
            f"{table}</details>")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    return str(value)


def chart_html(spec: dict) -> str:
    """Return self-contained HTML (no external address, no random id) that draws ``spec``."""
    spec_json = json.dumps(spec, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(spec_json.encode("utf-8")).hexdigest()[:12]
    element_id = f"{CHART_CLASS}-{digest}-{next(_chart_numbers)}"
    description = html.escape(spec.get("description", ""), quote=True)
    # "</" inside a <script> would end it early; JSON allows the escaped form.
    safe_json = spec_json.replace("</", "<\\/")
    options = json.dumps(EMBED_OPTIONS, sort_keys=True)
    return f"""<figure class="{CHART_CLASS}-figure">
<div class="{CHART_CLASS}" id="{element_id}" role="img" aria-label="{description}"></div>
<script type="text/javascript">
(function () {{
  var el = document.getElementById("{element_id}");
  function draw() {{
    if (typeof vegaEmbed === "undefined") {{ el.textContent = "This chart needs JavaScript and the book's vega scripts."; return; }}
    vegaEmbed(el, {safe_json}, {options}).catch(function (err) {{ el.textContent = "The chart could not be drawn: " + err; }});
  }}
  if (document.readyState === "loading") {{ document.addEventListener("DOMContentLoaded", draw); }} else {{ draw(); }}
}})();
</script>
{_table_html(spec)}
</figure>"""


def book_renderer(spec: dict, **metadata) -> dict:
    """Altair renderer entry point: a MIME bundle with the book's HTML."""
    return {"text/html": chart_html(spec)}


def use_book_renderer() -> None:
    """Render charts as static HTML for the published book (the default)."""
    alt.renderers.enable(RENDERER_NAME)


def use_live_renderer() -> None:
    """Render charts with Altair's offline ``jupyter`` renderer (Voila, JupyterLab): no CDN."""
    alt.renderers.enable("jupyter", offline=True)


alt.renderers.register(RENDERER_NAME, book_renderer)
register_theme()
use_book_renderer()
