"""The ``{translated-quote}`` role: a quotation from an English source, translated, with the original
beside it, for the Spanish edition.

    USTR dijo que el acuerdo {translated-quote}`aumenta los salarios <raises wages>`.

renders as “aumenta los salarios” followed by the English words in a smaller, muted aside marked
``lang="en"``, (original: “raises wages”), so a reader can check the translation against the source and
a screen reader pronounces each in its own language. The aside prints too, unlike a tooltip.
"""

from __future__ import annotations

import re

from docutils import nodes

# "translation <original>", as Sphinx writes a link's text and target.
_FORM = re.compile(r"^(?P<translation>.+?)\s*<(?P<original>[^<>]+)>$", re.DOTALL)


def translated_quote_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """```{translated-quote}`traducción <original>```: the translation in quotation marks, then the original."""
    match = _FORM.match(text.strip())
    if not match:
        message = inliner.reporter.error(
            f"{{translated-quote}} needs 'translation <English original>', got {text!r}", line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    translation = " ".join(match["translation"].split())
    original = " ".join(match["original"].split())
    quote = nodes.inline(rawtext, "", classes=["wct-translated-quote"])
    quote += nodes.Text(f"“{translation}”")
    # docutils turns a "language-xx" class into the lang attribute.
    quote += nodes.inline("", f" (original: “{original}”)", classes=["wct-quote-original", "language-en"])
    return [quote], []
