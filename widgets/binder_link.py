"""The "launch the live explorer" link: Binder with Voila, for the repository that publishes the book.

The repository's address is not known until the book is published, so the link is made at build time:
GitHub Actions sets ``GITHUB_REPOSITORY`` (owner/name) in the publishing workflow, and an author can set
``wct_repository`` in ``_config.yml`` instead. Without either (a local preview), the page names the
explorer without a link rather than show an address that leads nowhere.
"""

from __future__ import annotations

import os
import re

from docutils import nodes

EXPLORER_NOTEBOOK = "explorer/explorer.ipynb"
REPOSITORY = re.compile(r"[\w.-]+/[\w.-]+")


def explorer_url(repository: str) -> str:
    """The Binder address that opens the explorer notebook of ``repository`` (owner/name) in Voila."""
    if not REPOSITORY.fullmatch(repository):
        raise ValueError(f"not a GitHub owner/name: {repository!r}")
    return f"https://mybinder.org/v2/gh/{repository}/HEAD?urlpath=voila/render/{EXPLORER_NOTEBOOK}"


def publishing_repository(configured: str = "") -> str:
    """owner/name of the repository the book is built from: the workflow's, else ``configured``."""
    return os.environ.get("GITHUB_REPOSITORY", "").strip() or configured.strip()


def explorer_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{explorer-on-binder}`link text```: a link to the explorer on Binder, or the bare text."""
    config = inliner.document.settings.env.config
    repository = publishing_repository(getattr(config, "wct_repository", ""))
    if not repository:
        return [nodes.inline(rawtext, text)], []
    return [nodes.reference(rawtext, text, refuri=explorer_url(repository))], []
