"""The site's bibliography styles are the ones the config names, found without an entry-point scan, and
what the formatting style remembers between builds is used only while the entry is unchanged."""

from __future__ import annotations

import pybtex.plugin
from pybtex.database import Entry
from sphinxcontrib.bibtex.plugin import find_plugin as find_referencing_plugin

from widgets import bibliography_style

CONFIG = bibliography_style.Path(__file__).resolve().parent.parent / "_config.yml"


def _rendered(style, label, entry) -> str:
    return style.format_entry(label, entry).text.render_as("html")


def _entry(key, **fields):
    entry = Entry("misc", fields=fields)
    entry.key = key
    return entry


def test_styles_are_registered_under_the_names_the_config_uses():
    config = CONFIG.read_text(encoding="utf-8")
    name = bibliography_style.STYLE_NAME
    assert f"bibtex_default_style: {name}" in config and f"bibtex_reference_style: {name}" in config
    assert pybtex.plugin.find_plugin("pybtex.style.formatting", name) is bibliography_style.BookStyle
    assert pybtex.plugin.find_plugin("pybtex.style.labels", name) is bibliography_style.AuthorYearLabelStyle
    assert pybtex.plugin.find_plugin("pybtex.style.sorting", name) is bibliography_style.AuthorYearSortingStyle
    assert find_referencing_plugin("sphinxcontrib.bibtex.style.referencing", name) \
        is bibliography_style.AuthorYearReferenceStyle
    style = bibliography_style.BookStyle()
    assert isinstance(style.label_style, bibliography_style.AuthorYearLabelStyle)
    assert isinstance(style.sorting_style, bibliography_style.AuthorYearSortingStyle)


def test_the_reference_style_separates_author_and_year_by_a_space_and_citations_by_semicolons():
    style = bibliography_style.AuthorYearReferenceStyle()
    assert style.author_year_sep == " " and style.citation_sep == "; "
    assert {"p", "t", "author", "year", "label"} <= set(style.role_names())


def test_remembered_entries_survive_a_save_and_load_and_a_changed_entry_is_formatted_afresh(tmp_path):
    style = bibliography_style.BookStyle()
    entry = _entry("report2024", title="A Report", year="2024")
    before = _rendered(style, "X 2024", entry)
    cache = tmp_path / "formatted.pickle"
    bibliography_style.save(cache)
    bibliography_style.load(cache)
    assert _rendered(style, "X 2024", entry) == before
    changed = _entry("report2024", title="A Revised Report", year="2024")
    assert "Revised" in _rendered(style, "X 2024", changed)


def test_an_unreadable_cache_means_formatting_afresh(tmp_path):
    damaged = tmp_path / "formatted.pickle"
    damaged.write_bytes(b"not a pickle")
    bibliography_style.load(damaged)
    entry = _entry("another2025", title="Another Report", year="2025")
    assert "Another Report" in _rendered(bibliography_style.BookStyle(), "X 2025", entry)


def test_entries_outside_the_book_are_labelled_among_themselves():
    entries = [_entry("one", title="One", year="2020"), _entry("two", title="Two", year="2020")]
    # No author: the title stands in, so the two labels differ without letters.
    assert [str(label) for label in bibliography_style.labels_for(entries)] == ["One 2020", "Two 2020"]
