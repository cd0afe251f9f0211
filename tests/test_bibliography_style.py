"""The site's bibliography style formats exactly as pybtex's plain style, and what it remembers between
builds is used only while the entry is unchanged."""

from __future__ import annotations

import pybtex.plugin
from pybtex.database import Entry
from pybtex.style.formatting.plain import Style as PlainStyle

from widgets import bibliography_style
from widgets.bibliography import parse_bibliography


def _rendered(style, label, entry) -> str:
    return style.format_entry(label, entry).text.render_as("html")


def test_style_is_registered_under_the_name_the_config_uses():
    config = (bibliography_style.Path(__file__).resolve().parent.parent / "_config.yml").read_text(encoding="utf-8")
    assert f"bibtex_default_style: {bibliography_style.STYLE_NAME}" in config
    assert pybtex.plugin.find_plugin("pybtex.style.formatting", bibliography_style.STYLE_NAME) \
        is bibliography_style.RememberedPlainStyle


def test_every_entry_is_formatted_as_the_plain_style_formats_it():
    plain, remembered = PlainStyle(), bibliography_style.RememberedPlainStyle()
    for number, entry in enumerate(parse_bibliography().entries.values(), start=1):
        assert _rendered(remembered, str(number), entry) == _rendered(plain, str(number), entry), entry.key


def test_remembered_entries_survive_a_save_and_load_and_a_changed_entry_is_formatted_afresh(tmp_path):
    style = bibliography_style.RememberedPlainStyle()
    entry = Entry("misc", fields={"title": "A report", "year": "2024"})
    before = _rendered(style, "1", entry)
    cache = tmp_path / "formatted.pickle"
    bibliography_style.save(cache)
    bibliography_style.load(cache)
    assert _rendered(style, "1", entry) == before
    changed = Entry("misc", fields={"title": "A revised report", "year": "2024"})
    assert "revised" in _rendered(style, "1", changed)


def test_an_unreadable_cache_means_formatting_afresh(tmp_path):
    damaged = tmp_path / "formatted.pickle"
    damaged.write_bytes(b"not a pickle")
    bibliography_style.load(damaged)
    entry = Entry("misc", fields={"title": "Another report", "year": "2025"})
    assert "Another report" in _rendered(bibliography_style.RememberedPlainStyle(), "1", entry)
