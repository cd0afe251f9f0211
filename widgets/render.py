"""The book's one chart renderer.

Altair's default HTML loads vega from a CDN and gives every chart a random element id. In the
published site there is no network, and strict nbval compares saved outputs with fresh ones, so
this renderer emits HTML that

* calls the vendored ``vegaEmbed``, loading the scripts only when the first chart nears the viewport
  (the Sphinx extension ``widgets.sphinx_ext`` names them on every page that holds a chart),
* names the chart's element by a hash of its spec (the same chart always gets the same id),
* carries the chart's description for screen readers and, under a toggle, the data behind it as
  a table, with a link to the CSV in the site when the table names one, and
* lays the spec and the table out over many short lines (one data row per line), so a saved
  notebook has no line a reviewer cannot read in a diff.

The contract with the chart functions: a chart passes its table explicitly, as a :class:`ChartTable`
(rows, the columns to show with their headings, a caption and the CSV, if any), or ``None`` when it
has no data of its own (the expected-sanction calculator: its inputs are the reader's).
``widgets.charts.conventions.finish_chart`` stores it under ``usermeta["wct"]["table"]`` in the spec,
which is all an Altair renderer receives; this renderer takes it out again before the spec goes to
``vegaEmbed``, so the table's rows are written into the page once, as HTML.

Importing this module registers the renderer and the theme. In Voila or live Jupyter, call
:func:`use_live_renderer` instead: it switches to Altair's offline ``jupyter`` renderer.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import html
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass

import altair as alt
import pandas as pd
from altair.utils.data import to_values

from widgets.i18n import CATALOGUE, check_language, say, table_number
from widgets.theme import dark_variant, register_theme
from widgets.translations import SITE_DATA_PREFIXES

RENDERER_NAME = "worker-centered-trade-book"
CHART_CLASS = "wct-chart"
# Chapters live in book/ (Spanish ones in book/es/), and the Sphinx extension publishes data/ at the
# site's root (each edition's): widgets.translations.SITE_DATA_PREFIXES.
SITE_DATA_PREFIX = SITE_DATA_PREFIXES["en"]
# Export stays (PNG/SVG are produced in the page); the source and editor actions would link out.
EMBED_OPTIONS = {"actions": {"export": True, "source": False, "compiled": False, "editor": False},
                 "renderer": "svg"}
# Where a chart's table travels in its spec: ``spec["usermeta"][USERMETA_KEY]["table"]``.
USERMETA_KEY = "wct"
# A JSON object or array whose compact form is longer than this is laid out one member per line;
# each row of a dataset gets a line of its own whatever its length.
JSON_LINE_WIDTH = 100
# The fields of a chart's table that name its sources: in a chart not in English their cells stay in
# the sources' language (English locators), marked as such (see :func:`_sources_language`).
SOURCE_FIELDS = frozenset({"source"})

_chart_numbers = itertools.count(1)


@dataclass(frozen=True)
class ChartTable:
    """The data behind a chart, shown as a table under it.

    ``rows`` is a DataFrame (or a list of records); ``columns`` maps the fields to show, in order,
    to their headings; ``caption`` describes the table (``finish_chart`` defaults it to the chart's
    title); ``csv_file`` names the file in ``data/`` that holds every row with its source, or is
    ``None`` when there is none to link.
    """

    rows: pd.DataFrame | list[dict]
    columns: dict[str, str]
    caption: str | None = None
    csv_file: str | None = None

    def to_usermeta(self, default_caption: str) -> dict:
        """The table as plain JSON (only the columns shown), for ``usermeta``."""
        frame = self.rows if isinstance(self.rows, pd.DataFrame) else pd.DataFrame.from_records(self.rows)
        missing = [name for name in self.columns if name not in frame.columns]
        if missing:
            raise KeyError(f"the table's rows have no column {missing}")
        # The same conversion Altair applies to a chart's data (NaN to null, dates to ISO text).
        rows = to_values(frame[list(self.columns)].reset_index(drop=True))["values"]
        return {"columns": dict(self.columns), "rows": rows, "caption": self.caption or default_caption,
                "csv": self.csv_file}


def _book_metadata(spec: dict) -> dict:
    """What ``finish_chart`` stored for this renderer in the spec: its table, hint and fit."""
    return spec.get("usermeta", {}).get(USERMETA_KEY, {})


def chart_table(spec: dict) -> dict | None:
    """The table a chart carries (see :class:`ChartTable`), or ``None``."""
    return _book_metadata(spec).get("table")


def chart_hint(spec: dict) -> str | None:
    """How to use the chart's controls (``finish_chart(hint=...)``), shown above it on screen only."""
    return _book_metadata(spec).get("hint")


def chart_language(spec: dict) -> str:
    """The language the chart is written in (``finish_chart(lang=...)``); English unless it says otherwise."""
    return check_language(_book_metadata(spec).get("lang", "en"))


def chart_fit(spec: dict) -> dict:
    """How the draw script fits the chart to its container, beyond wrapping its titles (see
    :data:`DRAW_SCRIPT`): ``{"views": {"inset": px}}`` gives every view of a vertical concatenation
    the container's width less ``inset`` pixels. Set by ``finish_chart(fit_views=...)``."""
    return _book_metadata(spec).get("fit") or {}


def html_table(rows: list[dict], columns: dict[str, str], caption: str, css_class: str | None = None,
               cell_lang: Callable[[str, str], str | None] | None = None, lang: str = "en") -> str:
    """An escaped, accessible HTML table of ``rows``: ``columns`` maps field names to headings.

    ``cell_lang(field, text)``, when given, names the language of a cell written in another language
    than the page's (its ``lang`` attribute), or returns ``None``. Numbers are written as ``lang``
    writes them ("36,000"; "36.000"). One table row per line, so a saved notebook's diff shows which
    rows changed.
    """
    def cell(name: str, value) -> str:
        text = _cell(value, lang)
        other = cell_lang(name, text) if cell_lang else None
        opening = f'<td lang="{html.escape(other)}">' if other else "<td>"
        return f"{opening}{html.escape(text)}</td>"

    head = "".join(f"<th scope=\"col\">{html.escape(label)}</th>" for label in columns.values())
    body = "\n".join(
        "<tr>" + "".join(cell(name, row.get(name)) for name in columns) + "</tr>"
        for row in rows
    )
    opening = f'<table class="{html.escape(css_class)}">' if css_class else "<table>"
    return (f"{opening}<caption>{html.escape(caption)}</caption>\n"
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>")


def _table_html(table: dict | None, lang: str = "en") -> str:
    """The chart's table under a toggle, with a link to its CSV when it names one."""
    if not table or not table.get("columns"):
        return ""
    csv_file = table.get("csv")
    download = (f' <a class="wct-chart-csv" href="{SITE_DATA_PREFIXES[lang]}{html.escape(csv_file)}" download>'
                f"{html.escape(say('Download {csv} (all rows, with sources)', lang, csv=csv_file))}</a>"
                if csv_file else "")
    rows = html_table(table["rows"], table["columns"], table.get("caption") or say("The data behind this chart", lang),
                      cell_lang=None if lang == "en" else _sources_language(lang), lang=lang)
    return (f"<details class=\"wct-chart-data\"><summary>{say('Show the data behind this chart', lang)}</summary>"
            f"{download}\n{rows}\n</details>")


@functools.cache
def _catalogue_texts(lang: str) -> frozenset[str]:
    """Every text the catalogue says in ``lang``, gathered once rather than for every chart."""
    return frozenset(CATALOGUE[lang].values())


def _sources_language(lang: str) -> Callable[[str, str], str | None]:
    """In a chart not in English, which cells of its table stay in English: a source column's
    locators ("LeClercq (2026), text at fn 138") are the sources' own references, kept as written
    (marked ``lang="en"``), unless the cell is one of the book's own texts in ``lang`` (a note such
    as "see the case table" said in :mod:`widgets.i18n`)."""
    own = _catalogue_texts(lang)

    def language(field: str, text: str) -> str | None:
        return "en" if field in SOURCE_FIELDS and text and text not in own else None

    return language


def _cell(value, lang: str = "en") -> str:
    if value is None:
        return ""
    if lang != "en" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return table_number(value, lang)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    return str(value)


def _compact(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _is_records(value) -> bool:
    """A list of flat objects: a dataset's rows (or, say, a tooltip's fields)."""
    return (isinstance(value, list) and bool(value)
            and all(isinstance(item, dict) and not any(isinstance(v, (dict, list)) for v in item.values())
                    for item in value))


def spec_json(value, depth: int = 0) -> str:
    """``value`` as JSON over short lines: compact where it fits in :data:`JSON_LINE_WIDTH`
    characters, otherwise one member per line, indented by depth; each object of a list of flat
    objects (a dataset's rows) stays whole on its own line. The same value always gives the same text."""
    compact = _compact(value)
    if not isinstance(value, (dict, list)) or not value or depth + len(compact) <= JSON_LINE_WIDTH:
        return compact
    pad = " " * (depth + 1)
    if isinstance(value, dict):
        members = [f"{pad}{_compact(key)}:{spec_json(value[key], depth + 1)}" for key in sorted(value)]
        return "{\n" + ",\n".join(members) + "\n" + " " * depth + "}"
    if _is_records(value):
        members = [pad + _compact(item) for item in value]
    else:
        members = [pad + spec_json(item, depth + 1) for item in value]
    return "[\n" + ",\n".join(members) + "\n" + " " * depth + "]"


def _embedded_spec(spec: dict) -> dict:
    """The spec without the table it carries: the page holds the table's rows once, as HTML."""
    if USERMETA_KEY not in spec.get("usermeta", {}):
        return spec
    embedded = copy.copy(spec)
    embedded["usermeta"] = {k: v for k, v in spec["usermeta"].items() if k != USERMETA_KEY}
    if not embedded["usermeta"]:
        del embedded["usermeta"]
    return embedded


def _script_safe(text: str) -> str:
    """JSON text that cannot end or confuse the <script> it sits in (JSON allows every escape used)."""
    # "</" would end the script early; "<!--" would start an HTML comment; U+2028/U+2029 end a line in JS.
    return (text.replace("</", "<\\/").replace("<!--", "\\u003c!--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# The draw step, one function shared by every chart on a page (defined once, by whichever chart's
# script runs first). Before handing the spec to vegaEmbed it fits the chart to its container:
# * titles and subtitles are wrapped to the container's width (Vega does not wrap them), measured
#   with the theme's font on a canvas;
# * when the chart asks for it (``fit_views``), every view of a vertical concatenation gets the
#   container's width (Vega-Lite cannot give a concatenated view ``width: "container"``);
# and it draws again when the container's width changes (a phone turned sideways).
# Only the drawing depends on the reader's screen: the HTML saved in a notebook stays the same.
DRAW_SCRIPT = """
window.wctDrawChart = window.wctDrawChart || function (el, spec, options, fit) {
  var font = (spec.config && spec.config.font) || "sans-serif";
  var canvas = document.createElement("canvas").getContext("2d");
  function wrap(text, size, weight, width) {
    canvas.font = (weight || "normal") + " " + size + "px " + font;
    var lines = [], line = "";
    String(text).split(/\\s+/).forEach(function (word) {
      var next = line ? line + " " + word : word;
      if (line && canvas.measureText(next).width > width) { lines.push(line); line = word; } else { line = next; }
    });
    if (line) { lines.push(line); }
    return lines;
  }
  function fitted(width) {
    var s = JSON.parse(JSON.stringify(spec));
    var pad = (s.config && typeof s.config.padding === "number") ? s.config.padding : 8;
    // vega-embed keeps 38 px on the right for its actions menu.
    var inner = Math.max(160, width - (options.actions === false ? 0 : 38) - 2 * pad - 4);
    var t = s.title, tc = (s.config && s.config.title) || {};
    if (t && typeof t === "object") {
      var words = Array.isArray(t.text) ? t.text.join(" ") : t.text;
      t.text = wrap(words, tc.fontSize || 16, tc.fontWeight || "bold", inner);
      if (t.text.length > 1 && !t.lineHeight) { t.lineHeight = Math.round(1.25 * (tc.fontSize || 16)); }
      if (t.subtitle) {
        // The subtitle's lines come wrapped for a wide screen: join each paragraph (a "Source:" or
        // "Data:" line and the lines that continue it) and wrap it again for this one.
        var paragraphs = [];
        (Array.isArray(t.subtitle) ? t.subtitle : [t.subtitle]).forEach(function (line, i) {
          if (i === 0 || /^(Source|Data): /.test(line)) { paragraphs.push(line); }
          else { paragraphs[paragraphs.length - 1] += " " + line; }
        });
        t.subtitle = [].concat.apply([], paragraphs.map(function (line) {
          return wrap(line, tc.subtitleFontSize || 12, "normal", inner);
        }));
      }
    }
    // Axis titles too: a title wider than the plot would push the chart off the screen. The plot can
    // be narrower than the chart (labels at the ends of bars), so they wrap at 60% of its width.
    (function walk(node) {
      if (!node || typeof node !== "object") { return; }
      if (node.encoding && node.encoding.x && typeof node.encoding.x.title === "string") {
        var lines = wrap(node.encoding.x.title, 12, "500", 0.6 * inner);
        if (lines.length > 1) { node.encoding.x.title = lines; }
      }
      ["layer", "vconcat", "hconcat", "concat"].forEach(function (key) { (node[key] || []).forEach(walk); });
    })(s);
    if (fit && fit.views && Array.isArray(s.vconcat)) {
      s.vconcat.forEach(function (view) { if (typeof view.width === "number") { view.width = inner - (fit.views.inset || 0); } });
    }
    return s;
  }
  var drawnWidth = 0, view = null;
  function draw() {
    var width = el.clientWidth || 640;
    if (Math.abs(width - drawnWidth) < 2) { return; }
    drawnWidth = width;
    if (view) { view.finalize(); }
    vegaEmbed(el, fitted(width), options).then(function (result) { view = result; })
      .catch(function (err) { el.textContent = "The chart could not be drawn: " + err; });
  }
  draw();
  if (typeof ResizeObserver !== "undefined") {
    var timer = null;
    new ResizeObserver(function () { clearTimeout(timer); timer = setTimeout(draw, 150); }).observe(el);
  }
};
"""


# --- The reader's side of drawing (owned with the site chrome, widgets/sphinx_ext.py) ---------------
# Defined once per page, by whichever chart's script runs first:
# * a chart draws only as it nears the viewport (IntersectionObserver), so a page's charts do not
#   all compete for the main thread at load; printing draws every chart first (beforeprint, and the
#   print media query for print emulation);
# * on a dark page (pydata-sphinx-theme's ``data-theme="dark"``) a chart is drawn with the theme's
#   dark variant (:func:`widgets.theme.dark_variant`), and drawn again when the reader switches;
# * once drawn, the SVG is the chart's image for assistive technology (``role="img"``, named by the
#   chart's description; its marks, brush rectangles included, are then presentational), while the
#   bound controls and vega-embed's menu stay outside it, the menu's summary named.
READER_SCRIPT = """
window.wctWhenNear = window.wctWhenNear || (function () {
  var dark = __DARK__;
  var entries = [];
  function isDark() { return document.documentElement.dataset.theme === "dark"; }
  function recolor(value) {
    if (typeof value === "string") {
      var known = dark.colors[value.toLowerCase()];
      if (known) { return known; }
      return value.replace(/#[0-9a-fA-F]{6}\\b/g, function (hex) { return dark.colors[hex.toLowerCase()] || hex; });
    }
    if (Array.isArray(value)) { return value.map(recolor); }
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (key) { out[key] = recolor(value[key]); });
      return out;
    }
    return value;
  }
  function merge(base, extra) {
    var out = Object.assign({}, base);
    Object.keys(extra).forEach(function (key) {
      var b = out[key], e = extra[key];
      out[key] = (b && typeof b === "object" && !Array.isArray(b) && typeof e === "object") ? merge(b, e) : e;
    });
    return out;
  }
  window.wctReaderSpec = function (spec) {
    if (!isDark()) { return spec; }
    var themed = recolor(spec);
    themed.config = merge(themed.config || {}, dark.config);
    return themed;
  };
  function label(entry) {
    var el = entry.el, svg = el.querySelector("svg.marks"), summary = el.querySelector("details > summary");
    if (svg && svg.getAttribute("role") !== "img") {
      svg.setAttribute("role", "img");
      svg.removeAttribute("aria-roledescription");
      svg.setAttribute("aria-label", el.getAttribute("data-description") || "Chart");
    }
    // An image's parts are not announced; axe still asks each role inside it (brush rectangles) for a name.
    if (svg) { svg.querySelectorAll("[role]:not([aria-hidden])").forEach(function (n) { n.setAttribute("aria-hidden", "true"); }); }
    if (summary && !summary.hasAttribute("aria-label")) { summary.setAttribute("aria-label", "Save the chart as an image"); }
  }
  // The vega scripts, one after another (each needs the one before), once for the page. While they
  // load, an AMD loader's define is hidden, so their UMD builds register globals (vegaEmbed).
  var loading = null;
  function loadScripts() {
    if (typeof vegaEmbed !== "undefined") { return Promise.resolve(); }
    if (loading) { return loading; }
    var named = document.getElementById("wct-chart-scripts");
    var urls = named ? JSON.parse(named.textContent) : [];
    loading = urls.reduce(function (chain, url) {
      return chain.then(function () {
        return new Promise(function (resolve, reject) {
          var script = document.createElement("script"), amd = window.define;
          window.define = undefined;
          script.src = url;
          script.onload = function () { window.define = amd; resolve(); };
          script.onerror = function () { window.define = amd; reject(new Error(url)); };
          document.head.appendChild(script);
        });
      });
    }, Promise.resolve());
    return loading;
  }
  function draw(entry) {
    entry.dark = isDark();
    var watcher = new MutationObserver(function () { label(entry); });
    watcher.observe(entry.el, {childList: true, subtree: true});
    // Each chart draws in a task of its own, so the page stays responsive between them.
    function later() { setTimeout(function () { entry.draw(entry.el); }, 0); }
    loadScripts().then(later, later);
  }
  function drawSoon(entry) { if (!entry.drawn) { entry.drawn = true; draw(entry); } }
  function drawAll() { entries.forEach(drawSoon); }
  var near = ("IntersectionObserver" in window) ? new IntersectionObserver(function (seen) {
    seen.forEach(function (item) {
      if (!item.isIntersecting) { return; }
      near.unobserve(item.target);
      entries.forEach(function (entry) { if (entry.el === item.target) { drawSoon(entry); } });
    });
  }, {rootMargin: "400px 0px"}) : null;
  window.addEventListener("beforeprint", drawAll);
  var print = window.matchMedia && window.matchMedia("print");
  if (print && print.addEventListener) { print.addEventListener("change", function (e) { if (e.matches) { drawAll(); } }); }
  new MutationObserver(function () {
    entries.forEach(function (entry) {
      if (!entry.drawn || entry.dark === isDark()) { return; }
      // A fresh element: the old drawing's resize watcher stays with the element it watched.
      var fresh = entry.el.cloneNode(false);
      entry.el.parentNode.replaceChild(fresh, entry.el);
      entry.el = fresh;
      draw(entry);
    });
  }).observe(document.documentElement, {attributes: true, attributeFilter: ["data-theme"]});
  return function (el, drawInto) {
    var entry = {el: el, draw: drawInto, drawn: false};
    entries.push(entry);
    if (near) { near.observe(el); } else { drawSoon(entry); }
  };
})();
""".replace("__DARK__", spec_json(dark_variant(), 2))
# --- end of the reader's side ------------------------------------------------------------------------


# The page's scripts in another language: the words they show, and the subtitle's paragraph starts.
SCRIPT_WORDS = ["The chart could not be drawn: ", "Save the chart as an image",
                "This chart needs JavaScript and the book's vega scripts."]
# vega-embed's actions menu (its i18n option), for a chart not in English.
EMBED_WORDS = {"es": {"SVG_ACTION": "Guardar como SVG", "PNG_ACTION": "Guardar como PNG",
                      "CLICK_TO_VIEW_ACTIONS": "Ver las acciones"}}
# How a chart not in English writes the numbers and dates Vega draws (axes, "Apr 2021", "1,000"):
# d3-format and d3-time-format locale objects, passed to vega-embed as its ``formatLocale`` and
# ``timeFormatLocale`` options. Spanish follows the edition's text (widgets.i18n: NUMBER_LOCALE "es",
# "36.000"; DATE_LOCALE "es_MX"): a decimal comma, a point between thousands, and CLDR es_MX's month and
# day names. Written here, not fetched: the site has no network.
FORMAT_LOCALES = {"es": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["$", ""]}}
TIME_FORMAT_LOCALES = {"es": {
    "dateTime": "%A, %e de %B de %Y, %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["a.m.", "p.m."],
    "days": ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "shortDays": ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
    "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"],
    "shortMonths": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
}}


def embed_options(lang: str) -> dict:
    """vega-embed's options for a chart in ``lang``: English, :data:`EMBED_OPTIONS` as they are; another
    language adds its words for the actions menu and its number and date formats (these set Vega's
    formats for the page, whose charts are all in its language)."""
    if lang == "en":
        return EMBED_OPTIONS
    return {**EMBED_OPTIONS, "i18n": EMBED_WORDS[lang], "formatLocale": FORMAT_LOCALES[lang],
            "timeFormatLocale": TIME_FORMAT_LOCALES[lang]}


def _scripts(lang: str) -> str:
    """The draw and reader scripts, in ``lang`` (English: exactly as written above)."""
    scripts = DRAW_SCRIPT + READER_SCRIPT
    if lang == "en":
        return scripts
    scripts = scripts.replace("/^(Source|Data): /", f"/^({say('Source', lang)}|{say('Data', lang)}): /")
    for words in SCRIPT_WORDS:
        scripts = scripts.replace(words, say(words, lang).replace('"', '\\"'))
    return scripts


def chart_html(spec: dict) -> str:
    """Return self-contained HTML (no external address, no random id) that draws ``spec``."""
    lang = chart_language(spec)
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()[:12]
    element_id = f"{CHART_CLASS}-{digest}-{next(_chart_numbers)}"
    description = html.escape(spec.get("description", ""), quote=True)
    safe_json = _script_safe(spec_json(_embedded_spec(spec)))
    options = json.dumps(embed_options(lang), sort_keys=True, ensure_ascii=False)
    fit = json.dumps(chart_fit(spec), sort_keys=True)
    hint = chart_hint(spec)
    hint_html = f'<p class="{CHART_CLASS}-hint">{html.escape(hint)}</p>\n' if hint else ""
    return f"""<figure class="{CHART_CLASS}-figure">
{hint_html}<div class="{CHART_CLASS}" id="{element_id}" data-description="{description}"></div>
<script type="text/javascript">{_scripts(lang)}(function () {{
  var el = document.getElementById("{element_id}");
  var spec = {safe_json};
  function draw(target) {{
    if (typeof vegaEmbed === "undefined") {{ target.textContent = {json.dumps(say("This chart needs JavaScript and the book's vega scripts.", lang))}; return; }}
    window.wctDrawChart(target, window.wctReaderSpec(spec), {options}, {fit});
  }}
  function start() {{ window.wctWhenNear(el, draw); }}
  if (document.readyState === "loading") {{ document.addEventListener("DOMContentLoaded", start); }} else {{ start(); }}
}})();
</script>
{_table_html(chart_table(spec), lang)}
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
