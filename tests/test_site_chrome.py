"""The site chrome's build-time pieces, without a build: page descriptions, the Font Awesome filter, the
dark chart theme and the wiring in _config.yml (the built site is checked in test_built_site.py and in
the browser in test_site_chrome_in_browser.py)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from docutils import nodes

from widgets import render, theme
from widgets.sphinx_ext import DESCRIPTION_LENGTH, _without_fontawesome, page_description

REPO = Path(__file__).resolve().parent.parent


def _page(*paragraphs: str, note: str | None = None) -> nodes.document:
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser
    from docutils.utils import new_document

    document = new_document("page", get_default_settings(Parser))
    section = nodes.section()
    section += nodes.title(text="A title")
    if note:
        admonition = nodes.note()
        admonition += nodes.paragraph(text=note)
        section += admonition
    for text in paragraphs:
        section += nodes.paragraph(text=text)
    document += section
    return document


def test_description_is_the_first_paragraph_of_the_page_not_a_note():
    doctree = _page("The overview   of\nthe page.", "A second paragraph.", note="A note first.")
    assert page_description({}, doctree) == "The overview of the page."


def test_description_is_cut_at_a_word_with_an_ellipsis():
    words = "word " * 60
    description = page_description(None, _page(words))
    assert len(description) <= DESCRIPTION_LENGTH and description.endswith("word\u2026")


def test_front_matter_description_wins():
    assert page_description({"description": "Set by the page."}, _page("The overview.")) == "Set by the page."


def test_font_awesome_script_tag_is_removed_and_nothing_else():
    head = ('<link href="../_static/styles/theme.css?digest=1" rel="stylesheet" />\n'
            '  <script defer src="../_static/scripts/fontawesome.js?digest=55c26ed414f5f8a31ebb"></script>\n'
            '<link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest=1" />')
    out = str(_without_fontawesome(head))
    assert "fontawesome" not in out and "theme.css" in out and "bootstrap.js" in out


def test_template_uses_the_filter_and_config_wires_the_chrome():
    template = (REPO / "book" / "_templates" / "layout.html").read_text(encoding="utf-8")
    assert "wct_without_fontawesome" in template and '"!layout.html"' in template
    config = yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))
    sphinx = config["sphinx"]["config"]
    assert sphinx["templates_path"] == ["book/_templates"]
    assert "chrome.css" in sphinx["html_css_files"]
    assert sphinx["html_context"]["default_mode"] in ("auto", "light", "dark")
    for path in (config["logo"], config["html"]["favicon"], *sphinx["html_theme_options"]["logo"].values()):
        if path.endswith(".svg"):
            text = (REPO / path).read_text(encoding="utf-8")
            assert text.startswith("<svg") and "<script" not in text and "href=\"http" not in text


def test_dark_variant_gives_every_light_role_a_different_colour():
    dark = theme.dark_variant()
    roles = [theme.TEXT_COLOR, theme.MUTED_COLOR, theme.BACKGROUND_COLOR, theme.GRID_COLOR, theme.AXIS_COLOR,
             theme.PLAIN_FILL, theme.HIGHLIGHT_FILL, theme.BLACK]
    for light in roles:
        assert dark["colors"][light.lower()] != light
    assert dark["config"]["background"] == theme.DARK_BACKGROUND_COLOR


def test_chart_html_draws_lazily_with_the_dark_variant_and_no_role_on_the_container():
    html = render.chart_html({"mark": "bar", "description": "Bars", "data": {"values": []}})
    container = re.search(r'<div class="wct-chart"[^>]*>', html).group(0)
    assert 'data-description="Bars"' in container and "role=" not in container and "aria-label" not in container
    assert "IntersectionObserver" in html and "beforeprint" in html and "wctWhenNear(el, draw)" in html
    assert theme.DARK_BACKGROUND_COLOR in html
