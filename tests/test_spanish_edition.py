"""The Spanish edition (issue 14): translations that cannot silently go stale, Spanish numbers and dates
from Babel, charts that speak Spanish, and English output unchanged."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

from tools import translations
from widgets.charts.rrm_record import rrm_request_counts_chart
from widgets.datapackage import load_resource
from widgets.formatting import figure_in_words, format_date, format_figure
from widgets.i18n import say
from widgets.render import chart_html, html_table
from widgets.translations import TRANSLATED

REPO = Path(__file__).resolve().parent.parent


def test_every_spanish_page_translates_the_current_english_page():
    assert translations.stale_translations() == []


def test_every_glued_figure_matches_the_english_page():
    assert translations.glued_figure_problems() == []


def test_a_changed_english_page_is_listed_as_stale(tmp_path, monkeypatch):
    english = tmp_path / "book" / "glossary.md"
    spanish = tmp_path / "book" / "es" / "glossary.md"
    spanish.parent.mkdir(parents=True)
    english.write_text("# Glossary\n", encoding="utf-8")
    spanish.write_text("# Glosario\n", encoding="utf-8")
    monkeypatch.setattr(translations, "REPO", tmp_path)
    monkeypatch.setattr(translations, "TRANSLATED", {"book/glossary": "book/es/glossary"})
    translations.stamp(spanish)
    assert translations.stale_translations() == []
    english.write_text("# Glossary\n\nA new term.\n", encoding="utf-8")
    assert translations.stale_translations() == [
        "book/es/glossary.md translates an older book/glossary.md: update the translation, then run "
        "`python tools/translations.py --stamp book/es/glossary.md`"]


def test_a_glued_figure_that_differs_or_is_unknown_is_refused(tmp_path, monkeypatch):
    def notebook(values):
        outputs = [{"output_type": "display_data", "metadata": {"scrapbook": {"name": k, "mime_prefix": ""}},
                    "data": {translations.GLUE_MIME: repr(v)}} for k, v in values.items()]
        return json.dumps({"metadata": {"wct": {"translates": {"source": "book/index.ipynb", "sha256": "x"}}},
                           "cells": [{"cell_type": "code", "source": "", "outputs": outputs}]})
    (tmp_path / "book" / "es").mkdir(parents=True)
    (tmp_path / "book" / "index.ipynb").write_text(notebook({"a": "more than 42,000", "b": "January 15, 2025"}))
    (tmp_path / "book" / "es" / "index.ipynb").write_text(
        notebook({"a": "más de 42.000", "b": "15 de enero de 2025"}))
    monkeypatch.setattr(translations, "REPO", tmp_path)
    monkeypatch.setattr(translations, "TRANSLATED", {"book/index": "book/es/index"})
    assert translations.glued_figure_problems() == []
    (tmp_path / "book" / "es" / "index.ipynb").write_text(notebook({"a": "más de 4.200", "c": "3"}))
    problems = translations.glued_figure_problems()
    assert len(problems) == 2 and "'a'" in problems[0] and "'c' is not glued" in problems[1]


def test_spanish_numbers_and_dates_follow_spanish_conventions():
    assert format_date(dt.date(2022, 2, 4), "day", "es") == "4 de febrero de 2022"
    assert format_date(dt.date(2022, 2, 4), "month", "es") == "febrero de 2022"
    assert format_figure(36000, "workers", "more than", lang="es") == "más de 36.000"
    assert figure_in_words(6_000_000, "usd", "more than", lang="es") == "más de 6 millones de dólares"
    assert format_figure(36000, "workers", "more than") == "more than 36,000"
    # Four-digit numbers are written together in Spanish (CLDR's minimum grouping digits).
    assert format_figure(4200, "workers", "more than", lang="es") == "más de 4200"


def test_numbers_in_a_spanish_data_table_are_written_the_spanish_way():
    rows = [{"year": 2023, "workers": 36000, "share": 0.47}]
    columns = {"year": "Año", "workers": "Trabajadores", "share": "Proporción"}
    assert "<td>2023</td><td>36.000</td><td>0,47</td>" in html_table(rows, columns, "c", lang="es")
    assert "<td>36,000</td><td>0.47</td>" in html_table(rows, columns, "c")


def test_a_missing_spanish_text_stops_with_its_name():
    with pytest.raises(KeyError, match="no es text for 'Not in the catalogue'"):
        say("Not in the catalogue", "es")


def test_the_landing_chart_speaks_spanish_and_english_stays_english():
    requests = load_resource("rrm_requests")
    spanish = chart_html(rrm_request_counts_chart(requests, ["year"], title="t", description="d", lang="es").to_dict())
    english = chart_html(rrm_request_counts_chart(requests, ["year"], title="t", description="d").to_dict())
    for words in ("Fuente: ", "Datos: data/rrm_requests.csv en este sitio", "Número de solicitudes",
                  "Solicitud de revisión", "Ver los datos de este gráfico", "/^(Fuente|Datos): /", "../../data/"):
        assert words in spanish
    for words in ("Source: ", "Number of requests", "Show the data behind this chart", "Request for review"):
        assert words not in spanish and words in english


def test_the_spanish_config_differs_from_the_english_only_where_marked():
    english = yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))
    spanish = yaml.safe_load((REPO / "es" / "_config.yml").read_text(encoding="utf-8"))
    for key in ("title", "author"):
        english.pop(key), spanish.pop(key)
    english["html"].pop("extra_footer"), spanish["html"].pop("extra_footer")
    for key in ("language", "myst_url_schemes"):
        spanish["sphinx"]["config"].pop(key)
    assert spanish == english


def test_the_spanish_toc_lists_every_english_chapter():
    english = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    spanish = yaml.safe_load((REPO / "es" / "_toc.yml").read_text(encoding="utf-8"))
    en_files = [c["file"] for p in english["parts"] for c in p["chapters"]]
    es_entries = [c.get("file") or c["url"].replace("wct-en://", "") for p in spanish["parts"] for c in p["chapters"]]
    translated = {v: k for k, v in translations.TRANSLATED.items()}
    assert [translated.get(e, e) for e in es_entries] == en_files
    assert all(c["title"].endswith("(en inglés)") for p in spanish["parts"] for c in p["chapters"] if "url" in c)


def _spanish_page_texts() -> dict[str, str]:
    """Each Spanish page's text as an author writes it: a notebook's Markdown cells, a page's Markdown."""
    texts = {}
    for spanish in TRANSLATED.values():
        path = REPO / f"{spanish}.ipynb"
        if path.exists():
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            texts[spanish] = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        else:
            texts[spanish] = (REPO / f"{spanish}.md").read_text(encoding="utf-8")
    return texts


def test_spanish_pages_link_to_spanish_pages_and_mark_english_ones():
    """A link to an English chapter ('en:book/x') is only for a chapter not translated, and says so."""
    translated = {english.removeprefix("book/") for english in TRANSLATED}
    problems = []
    for page, text in _spanish_page_texts().items():
        for match in re.finditer(r"\]\(en:book/(\w+)\)(.{0,30})", text, re.DOTALL):
            target, after = match.groups()
            if target in translated:
                problems.append(f"{page}: links to the English {target}, which has a Spanish page")
            elif "en inglés" not in " ".join(after.split()):
                problems.append(f"{page}: the link to the English {target} does not say '(en inglés)'")
    assert not problems, "\n".join(problems)


def test_the_spanish_edition_uses_one_style_of_quotation_marks():
    """“…” throughout, as the translated-quote role prints them: never «…», and no straight "…" in what a
    chart or figure says (Sphinx would turn a straight quotation mark in a page into «…» for Spanish)."""
    from widgets import spanish

    pages = [name for name, text in _spanish_page_texts().items() if "«" in text or "»" in text]
    words = [text for text in spanish.WORDS.values() if any(mark in text for mark in '«»"')]
    assert not pages and not words, f"«…» in {pages}; other quotation marks in widgets/spanish: {words[:3]}"


def test_hreflang_addresses_are_absolute_once_the_site_s_address_is_known(monkeypatch):
    """Search engines (and Lighthouse) refuse relative hreflang addresses: the published build knows its
    address (WCT_SITE_URL, set by the workflow) and gives full ones; a local preview links relatively."""
    from widgets.translations import alternate_url, published_site_url

    monkeypatch.delenv("WCT_SITE_URL", raising=False)
    assert alternate_url("book/gm_silao", "en", "book/es/gm_silao", "es") == "../es/book/es/gm_silao.html"
    monkeypatch.setenv("WCT_SITE_URL", "https://example.org/wct")
    site = published_site_url()
    assert site == "https://example.org/wct/"
    assert alternate_url("book/gm_silao", "en", "book/es/gm_silao", "es", site) == \
        "https://example.org/wct/es/book/es/gm_silao.html"
    monkeypatch.setenv("WCT_SITE_URL", "example.org/wct")
    with pytest.raises(ValueError, match="absolute"):
        published_site_url()
