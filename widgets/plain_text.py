"""Text compared as readers type it: without accents. Imports nothing heavy, because the bibliography
style (loaded on every build) uses it."""

from __future__ import annotations

import unicodedata


def without_accents(text: str) -> str:
    """``text`` with its accents and other combining marks taken off ("Querétaro" -> "Queretaro"), so
    searches and sorting treat the two spellings alike."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
