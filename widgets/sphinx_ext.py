"""Sphinx extension that ties the book to its data and its vendored chart scripts.

* At the start of every build it validates ``data/`` (see :mod:`widgets.datapackage`), unless the
  data, the bibliography and the validator are unchanged since they last passed: a bad row stops the
  build with a message naming file, line and field.
* On pages that hold a chart it names the vendored vega scripts (with a content hash), which the
  charts load themselves as the first one nears the viewport (:mod:`widgets.render`): they cost the
  first paint nothing, and pages without charts never name them.
* It drops the theme's ``fontawesome.js`` (1.5 MB on every page, for a dozen icons, which
  ``book/assets/chrome.css`` now draws) through the ``layout.html`` in ``book/_templates/``, and
  defers the page's scripts, so that only CSS blocks the first paint; and it drops the search scripts
  (the search index included) from every page but the search page, which alone uses them.
* It gives every page a ``<meta name="description">``: the page's own (``description`` in its front
  matter) or its overview, the first paragraph of its text.
* It writes the site's root ``index.html`` (a redirect to the first page) as a valid HTML document,
  and gives the bibliography's entries the list-item role their list needs.
* It drops sphinx-thebe's assets, which Jupyter Book adds to every page even with launch buttons
  off: they would name an outside address (unpkg) and declare THEBE_JS_URL twice.
* It copies the CSV files and ``datapackage.json`` into the site under ``data/`` so readers can
  download exactly what the charts show.
* It keeps the formatted bibliography between builds (:mod:`widgets.bibliography_style`), so a
  rebuild does not format every source again.
* It writes the instructors' material where a page has a ``{course-materials}`` block (see
  :mod:`widgets.course_materials`), and makes that page depend on the chapters it is drawn from, so
  an incremental build refreshes it when a chapter changes.

* It ties the two editions together (:mod:`widgets.translations` lists the translated pages): every
  page gets a language switcher (an English page links to its Spanish version, or to the Spanish
  edition's home when it has none; a Spanish page links back to English) and ``<link rel="alternate"
  hreflang>`` between the pairs; in the Spanish sidebar, the ``wct-en://`` addresses of chapters not yet
  translated (``es/_toc.yml``) become relative links to the English pages.

Notebooks are not executed by the build (``execute_notebooks: "off"`` in ``_config.yml``): their
committed outputs are the book, and ``tools/execute_notebooks.py`` keeps them fresh.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

# Light imports only: a rebuild with nothing to do should not pay for pandas or Altair.
from widgets import bibliography_style
from widgets.binder_link import explorer_role
from widgets.datapackage import DataPackageError, validate_package
from widgets.translated_quote import translated_quote_role

# The vendored chart scripts, in the order they must run. They are not script tags: a chart page
# names them in a JSON block (CHART_SCRIPTS_ID), and the charts' own script (widgets.render) loads them
# when the first chart nears the viewport, so they cost the first paint nothing.
VEGA_SCRIPTS = ["vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js"]
CHART_SCRIPTS_ID = "wct-chart-scripts"
# The whole book as one PDF (`make pdf`, tools/build_pdf.py), at the site's root; every page's footer
# links it.
BOOK_PDF = "worker-centered-trade.pdf"
# A page's description for search engines and link previews: its overview, cut at a word.
DESCRIPTION_LENGTH = 160
# The theme's Font Awesome script tag (pydata-sphinx-theme's webpack macro), removed from every page.
FONTAWESOME_TAG = re.compile(r'\s*<script defer src="[^"]*_static/scripts/fontawesome\.js[^"]*"></script>')
# The search scripts (the search index alone is 140 kB) that pydata-sphinx-theme loads in <head> of
# every page for its search-as-you-type option, which this book leaves off: the search dialog sends the
# query to search.html, which loads them itself. So they are dropped from every other page.
SEARCH_SCRIPT_TAG = re.compile(r'<script src="([^"]*(?:searchtools|language_data|searchindex)\.js)"></script>')
# Scripts that stay blocking: inline scripts on the page set DOCUMENTATION_OPTIONS' fields as they are parsed.
BLOCKING_SCRIPTS = ("documentation_options.js",)
FIGURE_MARKER = "data-wct-figure"
FIGURE_SCRIPT = "figures.js"


def _package_path(app: Sphinx) -> Path:
    return Path(app.srcdir) / "data" / "datapackage.json"


def _validation_inputs_digest(app: Sphinx) -> str:
    """A hash of everything validation reads (the data, the bibliography, the validator's own code)."""
    data = _package_path(app).parent
    files = [*sorted(data.rglob("*.csv")), *sorted(data.rglob("*.json")), Path(app.srcdir) / "references.bib",
             *(Path(__file__).parent / name for name in ("datapackage.py", "bibliography.py"))]
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path).encode() + b"\0" + (path.read_bytes() if path.is_file() else b"(missing)"))
    return digest.hexdigest()


def _validate_data(app: Sphinx) -> None:
    # Validated inputs that have not changed since need no second look: a rebuild stays quick, and any
    # change to the data, the bibliography or the validator is checked before anything is read.
    stamp = Path(app.doctreedir) / "wct-validated-data.sha256"
    digest = _validation_inputs_digest(app)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        return
    try:
        validate_package(_package_path(app), frames=False)
    except DataPackageError as err:
        raise ExtensionError(str(err)) from None
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(digest, encoding="utf-8")


COURSE_MATERIALS_BLOCK = "```{course-materials}\n```"


def _insert_course_materials(app: Sphinx, docname: str, source: list[str]) -> None:
    if COURSE_MATERIALS_BLOCK not in source[0]:
        return
    from widgets.course_materials import chapter_paths, instructor_markdown

    for path in chapter_paths():
        app.env.note_dependency(str(path))
    source[0] = source[0].replace(COURSE_MATERIALS_BLOCK, instructor_markdown())


def _is_thebe_asset(asset) -> bool:
    filename = str(getattr(asset, "filename", "") or "")
    body = getattr(asset, "attributes", {}).get("body", "") or ""
    return "thebe" in filename or "THEBE_JS_URL" in body


def _without_fontawesome(markup: str) -> str:
    """Jinja filter used by ``book/_templates/layout.html``: the theme's head without fontawesome.js."""
    from markupsafe import Markup

    return Markup(FONTAWESOME_TAG.sub("", str(markup)))


def _without_inline_search(markup: str) -> str:
    """Jinja filter used by ``book/_templates/layout.html``: the theme's head without the search
    scripts that only its (unused) search-as-you-type needs."""
    from markupsafe import Markup

    return Markup(SEARCH_SCRIPT_TAG.sub("", str(markup)))


def _register_template_filters(app: Sphinx) -> None:
    templates = getattr(app.builder, "templates", None)
    if templates is not None and hasattr(templates, "environment"):
        templates.environment.filters["wct_without_fontawesome"] = _without_fontawesome
        templates.environment.filters["wct_without_inline_search"] = _without_inline_search


def _defer_scripts(scripts: list) -> None:
    """Defer every script file (they wait for DOMContentLoaded, which deferred scripts precede, and
    keep their order), except the few that inline scripts need at once; none on a page with require.js.
    Each deferred script is a new asset: the originals are shared by every page."""
    from sphinx.builders.html._assets import _JavaScript

    if any("require" in str(getattr(a, "filename", "") or "") for a in scripts):
        return
    for index, asset in enumerate(scripts):
        filename = str(getattr(asset, "filename", "") or "")
        attributes = getattr(asset, "attributes", None)
        if (not filename or attributes is None or attributes.get("body") or "async" in attributes
                or "defer" in attributes or filename.split("?")[0].endswith(BLOCKING_SCRIPTS)):
            continue
        scripts[index] = _JavaScript(asset.filename, priority=asset.priority, **{**attributes, "defer": "defer"})


def _overview(doctree) -> str:
    """The first paragraph of the page's own text (not in a list, note, table, caption or output)."""
    for paragraph in doctree.findall(nodes.paragraph):
        if isinstance(paragraph.parent, nodes.section):
            return " ".join(paragraph.astext().split())
    return ""


def page_description(meta: dict | None, doctree) -> str:
    """The page's description: ``description`` from its front matter, else its overview, shortened to
    :data:`DESCRIPTION_LENGTH` characters at a word boundary."""
    text = " ".join(str((meta or {}).get("description") or "").split())
    if not text and doctree is not None:
        text = _overview(doctree)
    if len(text) > DESCRIPTION_LENGTH:
        text = text[:DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
    return text


def _static_file_hashes(app: Sphinx) -> dict[str, str]:
    """SHA-256 of every file under html_static_path, by its path there (e.g. 'vendor/vega.min.js').

    Read once per build (the first caller keeps it on ``app``): the outdated-pages check and every
    chart page's script addresses use the same hashes."""
    hashes = getattr(app, "wct_static_hashes", None)
    if hashes is None:
        hashes = {}
        for folder in app.config.html_static_path:
            root = Path(app.confdir, folder)
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                hashes.setdefault(path.relative_to(root).as_posix(), hashlib.sha256(path.read_bytes()).hexdigest())
        app.wct_static_hashes = hashes
    return hashes


def _asset_digest(app: Sphinx, script: str) -> str:
    """A short hash of a static file's content, so a browser's cached copy is dropped when it changes."""
    try:
        return _static_file_hashes(app)[script][:8]
    except KeyError:
        raise ExtensionError(f"{script} is not in html_static_path ({app.config.html_static_path})") from None


def _static_files_digest(app: Sphinx) -> str:
    """One hash of every file under html_static_path (the book's CSS, scripts and images)."""
    return hashlib.sha256(json.dumps(_static_file_hashes(app), sort_keys=True).encode()).hexdigest()


def _pages_outdated_by_static_files(app: Sphinx, env, added, changed, removed) -> list[str]:
    """Every page, when a static file changed since the last build: Sphinx copies static files only
    when some page is written, and each page names its CSS with a hash of the file's content."""
    digest = _static_files_digest(app)
    if getattr(env, "wct_static_digest", None) == digest:
        return []
    env.wct_static_digest = digest
    return sorted(env.found_docs)


def _pdf_footer(app: Sphinx, pagename: str, context: dict) -> str:
    """The footer's link to the book's PDF: the English book, at the root of the English site, which
    the Spanish edition's pages (published under es/) reach one folder further up."""
    if _language(app) == "es":
        from widgets.translations import site_path

        href = posixpath.relpath(BOOK_PDF, posixpath.dirname(site_path(pagename, "es")))
        return (f'<p><a href="{html.escape(href)}" hreflang="en">El libro completo en un PDF</a> (en inglés), '
                "para imprimir o leer sin conexión.</p>\n")
    return (f'<p><a href="{context["pathto"](BOOK_PDF, 1)}">The whole book as one PDF</a>, for printing or '
            "reading offline.</p>\n")


def _set_page_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # Sphinx restores the site-wide asset lists before each page, so these edits stay on this page.
    for key in ("script_files", "css_files"):
        if key in context:
            context[key][:] = [asset for asset in context[key] if not _is_thebe_asset(asset)]
    # A chart's HTML draws itself by calling vegaEmbed (widgets.render): only those pages need vega.
    if "vegaEmbed(" in context.get("body", ""):
        urls = [context["pathto"](f"_static/{script}", 1) + f"?v={_asset_digest(app, script)}" for script in VEGA_SCRIPTS]
        context["metatags"] = context.get("metatags", "") + (
            f'\n<script type="application/json" id="{CHART_SCRIPTS_ID}">{json.dumps(urls)}</script>')
    if "theme_extra_footer" in context:
        context["theme_extra_footer"] = _pdf_footer(app, pagename, context) + (context["theme_extra_footer"] or "")
    # Docutils marks each bibliography entry of a role="list" as a doc-biblioentry, a role ARIA 1.3
    # deprecated and that is no list item: assistive technology then finds a list with no items.
    if 'role="doc-biblioentry"' in context.get("body", ""):
        context["body"] = context["body"].replace('role="doc-biblioentry"', 'role="listitem"')
    # The search page runs its search as it loads, with scripts that need doctools.js at once.
    if pagename != "search":
        _defer_scripts(context.get("script_files", []))
    metatags = context.get("metatags", "")
    if 'name="description"' not in metatags:
        description = page_description(context.get("meta"), doctree)
        if description:
            context["metatags"] = metatags + f'\n<meta name="description" content="{html.escape(description)}" />'
    # Figures that lay out words are HTML (widgets.html_figures); their controls are one small script.
    if FIGURE_MARKER in context.get("body", ""):
        app.add_js_file(FIGURE_SCRIPT, loading_method="defer")


SWITCHER = '<p class="wct-language-switch"><a href="{href}" hreflang="{lang}" lang="{lang}">{words}</a></p>\n'
SWITCHER_WORDS = {"es": "Leer en español", "en": "Read in English"}
SPANISH_HOME_WORDS = "Edición en español"
ENGLISH_LINK = re.compile(r'href="wct-en://([^"]+)"')


def _language(app: Sphinx) -> str:
    return "es" if (app.config.language or "en").startswith("es") else "en"


def _link_editions(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The language switcher, the hreflang links and (Spanish edition) the sidebar's English links."""
    from widgets.translations import TRANSLATED, alternate_url, counterpart, relative_url

    lang = _language(app)
    other = "en" if lang == "es" else "es"
    if lang == "es" and "generate_toctree_html" in context:
        original = context["generate_toctree_html"]

        def with_english_links(*args, **kwargs):
            markup = original(*args, **kwargs)
            linked = ENGLISH_LINK.sub(
                lambda m: f'href="{relative_url(pagename, "es", m.group(1), "en")}" hreflang="en"', str(markup))
            # The theme hands back a string or, for some calls, a BeautifulSoup tree: give back the same.
            if type(markup).__name__ == "BeautifulSoup":
                return type(markup)(linked, "html.parser")
            return type(markup)(linked)

        context["generate_toctree_html"] = with_english_links
    if "body" not in context or pagename in ("search", "genindex"):
        return
    pair = counterpart(pagename, lang)
    if pair:
        href = relative_url(pagename, lang, pair, other)
        switcher = SWITCHER.format(href=html.escape(href), lang=other, words=SWITCHER_WORDS[other])
        site = app.config.wct_site_url
        links = [(lang, alternate_url(pagename, lang, pagename, lang, site)),
                 (other, alternate_url(pagename, lang, pair, other, site))]
        context["metatags"] = context.get("metatags", "") + "".join(
            f'\n<link rel="alternate" hreflang="{code}" href="{html.escape(url)}" />' for code, url in links)
    elif lang == "en":  # an English page not yet translated: the Spanish edition's home
        home = relative_url(pagename, lang, TRANSLATED[app.config.root_doc], "es")
        switcher = SWITCHER.format(href=html.escape(home), lang="es", words=SPANISH_HOME_WORDS)
    else:
        return
    context["body"] = switcher + context["body"]


ROOT_REDIRECT = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url={target}">
<link rel="canonical" href="{target}">
<link rel="icon" href="{favicon}">
</head>
<body>
<p><a href="{target}">{title}</a></p>
</body>
</html>
"""


def _write_root_redirect(app: Sphinx, exception: Exception | None) -> None:
    """A valid root ``index.html`` that sends the reader to the first page (sphinx-external-toc
    writes a bare ``<meta>`` with no doctype or title, and only when the file does not exist yet)."""
    if exception is not None or app.builder.format != "html" or app.config.root_doc == "index":
        return
    target = html.escape(app.builder.get_target_uri(app.config.root_doc))
    favicon = app.config.html_favicon or ""
    favicon = f"_static/{Path(favicon).name}" if favicon and "://" not in favicon else favicon
    (Path(app.outdir) / "index.html").write_text(
        ROOT_REDIRECT.format(lang=_language(app), title=html.escape(app.config.html_title or app.config.project), target=target,
                             favicon=html.escape(favicon)), encoding="utf-8")


def _copy_data(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "data"
    target.mkdir(exist_ok=True)
    source = _package_path(app).parent
    # datapackage.json, the CSV files, and the schema files that resources reference by path.
    for path in [source / "datapackage.json", *sorted(source.glob("*.csv")), *sorted(source.glob("schemas/*.json"))]:
        (target / path.relative_to(source)).parent.mkdir(exist_ok=True)
        shutil.copy2(path, target / path.relative_to(source))


def _bibliography_cache(app: Sphinx) -> Path:
    return Path(app.doctreedir) / "wct-formatted-bibliography.pickle"


def _load_formatted_bibliography(app: Sphinx) -> None:
    bibliography_style.load(_bibliography_cache(app))


def _save_formatted_bibliography(app: Sphinx, exception: Exception | None) -> None:
    if exception is None:
        bibliography_style.save(_bibliography_cache(app))


def _resolve_site_url(app: Sphinx, config) -> None:
    """The site's address from WCT_SITE_URL or the configuration, settled before the build compares its
    configuration with the last build's: a new address makes every page be written again."""
    from widgets.translations import published_site_url

    config.wct_site_url = published_site_url(config.wct_site_url)


def setup(app: Sphinx) -> dict:
    app.add_config_value("wct_repository", "", "env")
    app.add_config_value("wct_site_url", "", "env")
    app.connect("config-inited", _resolve_site_url)
    app.add_role("explorer-on-binder", explorer_role)
    app.add_role("translated-quote", translated_quote_role)
    app.connect("builder-inited", _validate_data)
    app.connect("builder-inited", _load_formatted_bibliography)
    app.connect("builder-inited", _register_template_filters)
    app.connect("build-finished", _save_formatted_bibliography)
    app.connect("source-read", _insert_course_materials)
    app.connect("html-page-context", _set_page_assets)
    # After the themes, which put generate_toctree_html into the context.
    app.connect("html-page-context", _link_editions, priority=900)
    app.connect("env-get-outdated", _pages_outdated_by_static_files)
    app.connect("build-finished", _copy_data)
    app.connect("build-finished", _write_root_redirect)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
