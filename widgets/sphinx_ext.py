"""Sphinx extension that ties the book to its data and its vendored chart scripts.

* At the start of every build it validates ``data/`` (see :mod:`widgets.datapackage`), unless the
  data, the bibliography and the validator are unchanged since they last passed: a bad row stops the
  build with a message naming file, line and field.
* It adds the vendored vega scripts only to pages that hold a chart, ahead of require.js, so
  pages without charts stay light.
* It drops sphinx-thebe's assets, which Jupyter Book adds to every page even with launch buttons
  off: they would name an outside address (unpkg) and declare THEBE_JS_URL twice.
* It copies the CSV files and ``datapackage.json`` into the site under ``data/`` so readers can
  download exactly what the charts show.
* It keeps the formatted bibliography between builds (:mod:`widgets.bibliography_style`), so a
  rebuild does not format every source again.
* It writes the instructors' material where a page has a ``{course-materials}`` block (see
  :mod:`widgets.course_materials`), and makes that page depend on the chapters it is drawn from, so
  an incremental build refreshes it when a chapter changes.

Notebooks are not executed by the build (``execute_notebooks: "off"`` in ``_config.yml``): their
committed outputs are the book, and ``tools/execute_notebooks.py`` keeps them fresh.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

# Light imports only: a rebuild with nothing to do should not pay for pandas or Altair.
from widgets import bibliography_style
from widgets.datapackage import DataPackageError, validate_package

# Loaded in this order, before require.js (which myst-nb adds for widget pages at priority 500+):
# vega's UMD builds register as AMD modules instead of globals if require.js is already there.
VEGA_SCRIPTS = ["vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js"]
SCRIPT_PRIORITY = 200
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


def _set_page_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # Sphinx restores the site-wide asset lists before each page, so these edits stay on this page.
    for key in ("script_files", "css_files"):
        if key in context:
            context[key][:] = [asset for asset in context[key] if not _is_thebe_asset(asset)]
    # A chart's HTML draws itself by calling vegaEmbed (widgets.render): only those pages need vega.
    if "vegaEmbed(" in context.get("body", ""):
        for script in VEGA_SCRIPTS:
            app.add_js_file(script, priority=SCRIPT_PRIORITY)
    # Figures that lay out words are HTML (widgets.html_figures); their controls are one small script.
    if FIGURE_MARKER in context.get("body", ""):
        app.add_js_file(FIGURE_SCRIPT, loading_method="defer")


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


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", _validate_data)
    app.connect("builder-inited", _load_formatted_bibliography)
    app.connect("build-finished", _save_formatted_bibliography)
    app.connect("source-read", _insert_course_materials)
    app.connect("html-page-context", _set_page_assets)
    app.connect("build-finished", _copy_data)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
