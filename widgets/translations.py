"""The pages of the Spanish edition: one list, read by the build (language switcher, ``hreflang``
links, the Spanish sidebar's English links) and by ``tools/translations.py`` (staleness checks).

Keys are English docnames, values the Spanish docnames that translate them. The Spanish edition is
built from ``es/_config.yml`` and ``es/_toc.yml`` and published at ``es/`` in the English site
(``make book``), so a Spanish page ``book/es/x`` is at ``es/book/es/x.html`` from the site's root.
"""

from __future__ import annotations

import os
import posixpath

TRANSLATED = {
    "book/index": "book/es/index",
    "book/glossary": "book/es/glossary",
    "book/gm_silao": "book/es/gm_silao",
    "book/about": "book/es/about",
    "book/draxton": "book/es/draxton",
    "book/tridonex": "book/es/tridonex",
    "book/rrm_at_a_glance": "book/es/rrm_at_a_glance",
    "book/rrm_record": "book/es/rrm_record",
    "book/field_study": "book/es/field_study",
    "book/comparing_cases": "book/es/comparing_cases",
}
SPANISH_PREFIX = "es/"
# From a chapter of each edition (book/x.html, es/book/es/x.html) to the data/ that the Sphinx extension
# publishes at the root of that edition's site: the charts' and figures' CSV links.
SITE_DATA_PREFIXES = {"en": "../data/", "es": "../../data/"}


def site_path(docname: str, lang: str) -> str:
    """Where a page of the given edition sits, from the root of the published (English) site."""
    return (SPANISH_PREFIX if lang == "es" else "") + docname + ".html"


def relative_url(from_docname: str, from_lang: str, to_docname: str, to_lang: str) -> str:
    """A relative link from one published page to another, across the two editions."""
    here = posixpath.dirname(site_path(from_docname, from_lang))
    return posixpath.relpath(site_path(to_docname, to_lang), here or ".")


def counterpart(docname: str, lang: str) -> str | None:
    """The page's docname in the other language, or ``None`` when it has no translation."""
    if lang == "es":
        return next((en for en, es in TRANSLATED.items() if es == docname), None)
    return TRANSLATED.get(docname)


def published_site_url(configured: str = "") -> str:
    """The address the site is published at, ending in "/": ``WCT_SITE_URL`` (the publishing workflow sets
    it from GitHub Pages), else ``configured`` (``wct_site_url`` in ``_config.yml``), else "" (a local
    preview, whose address is not known)."""
    url = os.environ.get("WCT_SITE_URL", "").strip() or configured.strip()
    if url and not url.startswith(("https://", "http://")):
        raise ValueError(f"WCT_SITE_URL / wct_site_url must be an absolute http(s) address, not {url!r}")
    return url.rstrip("/") + "/" if url else ""


def alternate_url(from_docname: str, from_lang: str, to_docname: str, to_lang: str, site_url: str = "") -> str:
    """A ``<link rel="alternate" hreflang>`` address: absolute when the site's address is known, as search
    engines require; relative in a local preview, where it is not."""
    if site_url:
        return site_url + site_path(to_docname, to_lang)
    return relative_url(from_docname, from_lang, to_docname, to_lang)
