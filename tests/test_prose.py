"""The built site reads as a report: no doubled words, no LaTeX escapes, one document per citation label,
no words about how the book was made, and chapters of at most MAX_CHAPTER_WORDS words of prose.

Each check reads the HTML a reader gets (the built site), so glued numbers, rendered citations and the
bibliography are checked as shown. The fast tests at the end run each checker on a small page, so a
checker that silently stopped finding anything would fail too.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, NavigableString, Tag

from widgets.book_toc import SPANISH_TOC_PATH, chapter_files, toc_files
from widgets.translations import site_path

# STYLE.md / issue 13: a chapter has at most this many words of prose.
MAX_CHAPTER_WORDS = 4_000
# What is not prose in a chapter: tables, figures and their captions, collapsed boxes (details, MyST
# dropdown admonitions, toggles), code and cell outputs.
NOT_PROSE = "table, figcaption, figure, details, .dropdown, .toggle, pre, .cell_input, .cell_output"
# Never text: scripts, styles, the "#" of heading links.
NOT_TEXT = "script, style, template, .headerlink"
# The heading of a chapter's closing list of sources, which the word limit leaves out.
SOURCES_HEADINGS = ("sources", "references")

# Words about how the book was made, which reader text never uses (issue 13, "House style"):
MAKING_WORDS = {
    "seed": r"\bseed(?:s|ed)?\b",              # the documents the book was drafted from
    "glue": r"\bglue[ds]?\b",                  # myst-nb's glue
    # Notebook cells; "each cell of the table" is a reader's word for a table, so only cell talk that
    # points at the notebook is caught.
    "cell": r"\b(?:code|notebook|markdown|input|output|plumbing|hidden|this|next|previous|following) cells?\b"
            r"|\bcells? (?:above|below)\b|\brun (?:the|this|each|every) cell",
    "CSV row": r"\bcsv rows?\b",
    "row id": r"\brow ids?\b",
    "the chart function": r"\bthe chart function\b",
    "search tool": r"\bsearch tools?\b",       # the tool drafts were researched with
    "found with": r"\bfound with\b",           # "found with the book's search tool"
    "verify before use": r"\bverify before use\b",
}
# Pages whose subject is the making: the authors' guide is exempt; on the data page the schema tables
# and code blocks may name fields and files.
MAKING_EXEMPT_PAGES = {"book/authors"}
MAKING_EXEMPT_PARTS = {"book/data": "table, pre, code"}
# The Data page shows rows of the data package as they are, identifiers included.
ROW_IDS_EXEMPT_PAGES = {"book/data"}
# Identifiers that are also ordinary English: the theories' ids are their names as compound adjectives.
ROW_IDS_THAT_ARE_WORDS = {"law-and-economics"}

# Allow-lists: kept empty; an entry needs a reason next to it.
DOUBLED_WORDS_ALLOWED: set[tuple[str, str]] = set()   # (page, "word word")

DOUBLED_NOT_CHECKED = "table, figure, select, svg, .cell_output, pre, .cell_input"
LATEX = re.compile(r"\\[&$%_#]|\{\\")
DOUBLED = re.compile(r"\b([A-Za-z]+)\s+\1\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z0-9][\w’'.,%–-]*")


@functools.cache
def row_ids() -> set[str]:
    """Every row identifier in the data package that could not be read as words: two hyphens or more
    ("gm-silao-review"), less those that are also ordinary phrases (ROW_IDS_THAT_ARE_WORDS)."""
    from widgets.datapackage import load_resource, package_metadata

    ids = set()
    for resource in package_metadata()["resources"]:
        frame = load_resource(resource["name"])
        for column in frame.columns:
            if column.endswith("_id"):
                ids.update(str(v) for v in frame[column].dropna() if str(v).count("-") >= 2)
    return ids - ROW_IDS_THAT_ARE_WORDS


@functools.cache
def citation_keys() -> set[str]:
    """Every key in references.bib ("leclercq2023worker")."""
    from widgets.bibliography import parse_bibliography

    return set(parse_bibliography().entries)


# --- reading a built page ---------------------------------------------------------------------------

def article(html: str) -> Tag:
    """The page's article (its own text, without the site's navigation), with non-text removed."""
    soup = BeautifulSoup(html, "html.parser")
    found = soup.find("article", class_="bd-article") or soup.body or soup
    for element in found.select(NOT_TEXT):
        element.decompose()
    return found


def without(element: Tag, selector: str) -> Tag:
    """A copy of ``element`` without the parts matching the CSS ``selector``."""
    copy = BeautifulSoup(str(element), "html.parser")
    for part in copy.select(selector):
        part.decompose()
    return copy


BLOCKS = ["p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "summary", "blockquote", "div"]


def blocks_apart(element: Tag) -> Tag:
    """``element`` with a pilcrow after each block, so a heading's last word and the next paragraph's first
    ("What happened to the workers" / "Workers felt…") do not read as one doubled phrase."""
    for block in element.find_all(BLOCKS):
        block.append(" ¶ ")
    return element


def text_of(element: Tag) -> str:
    return " ".join(element.get_text(" ").split())


def tooltips(element: Tag) -> list[str]:
    """What a reader sees on hovering a citation: its title attribute (the full bibliography entry)."""
    return [" ".join(a["title"].split()) for a in element.select("a[title]") if "#cite-" in a.get("href", "")]


def prose(element: Tag) -> str:
    """A chapter's prose: its text outside NOT_PROSE and outside its closing Sources/References section."""
    copy = without(element, NOT_PROSE)
    for section in copy.find_all("section"):
        heading = section.find(["h1", "h2", "h3"], recursive=False)
        if heading and heading.get_text(" ", strip=True).rstrip("#").strip().lower() in SOURCES_HEADINGS:
            section.decompose()
    return text_of(copy)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def doubled_words(text: str) -> list[str]:
    return sorted({match.group(0).lower() for match in DOUBLED.finditer(text)})


def latex_escapes(text: str) -> list[str]:
    return [text[max(0, m.start() - 30):m.end() + 30] for m in LATEX.finditer(text)]


def making_words(text: str) -> list[str]:
    lowered = text.lower()
    return [f"{name}: …{text[max(0, m.start() - 40):m.end() + 40]}…"
            for name, pattern in MAKING_WORDS.items() for m in re.finditer(pattern, lowered)]


def citation_labels(element: Tag) -> list[tuple[str, str]]:
    """(label as shown, bibliography anchor) for every in-text citation.

    ``{cite:p}`` shows "[USTR 2021b]" (the whole label is the link); ``{cite:t}`` shows "USTR [2021b]"
    (only the year is the link, the name precedes it), so a link holding only a year takes the name
    written just before it.
    """
    found = []
    for span in element.select("span.bibtex-citation"):
        before = ""
        for child in span.children:
            if isinstance(child, NavigableString):
                before = str(child)
            elif child.name == "a" and "#cite-" in child.get("href", ""):
                label = " ".join(child.get_text(" ").split())
                if re.fullmatch(r"(?:\d{4}|n\.d\.)(?:-?[a-z]+)?", label):
                    # The name is the text since the previous citation's "]" (names may hold commas).
                    name = before.split("]")[-1].strip(" [,;")
                    name = re.sub(r"^(?:and|&)\s+", "", name)
                    label = f"{name} {label}"
                found.append((label, child["href"].split("#", 1)[1]))
            elif isinstance(child, Tag):
                before = child.get_text(" ")
    return found


def bibliography_labels(html: str) -> dict[str, str]:
    """Bibliography page: anchor (cite-key) -> its label as listed."""
    soup = BeautifulSoup(html, "html.parser")
    labels = {}
    for entry in soup.select("div.citation[id^=cite-]"):
        label = entry.find("span", class_="label")
        labels[entry["id"]] = " ".join(label.get_text(" ").strip("[] ").split()).strip("[] ")
    return labels


# --- the built site ---------------------------------------------------------------------------------

PAGES = toc_files()
_chapters = chapter_files()
_reference_part = next(caption for caption, file in _chapters if file == "book/data")
CHAPTERS = [file for caption, file in _chapters if caption != _reference_part]


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, Tag]:
    return {page: article((built_site / f"{page}.html").read_text(encoding="utf-8")) for page in PAGES}


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_no_doubled_words(pages, page):
    # Tables, charts and outputs are left out: their cells run together ("Sector Sector" is a header and its
    # first value), which would read as doubled words that no reader sees.
    text = text_of(blocks_apart(without(pages[page], DOUBLED_NOT_CHECKED)))
    assert [w for w in doubled_words(text) if (page, w) not in DOUBLED_WORDS_ALLOWED] == []


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_no_latex_escapes_in_text_or_citation_tooltips(pages, page):
    shown = [text_of(without(pages[page], "pre, code, .cell_input")), *tooltips(pages[page])]
    assert [hit for text in shown for hit in latex_escapes(text)] == []


@pytest.mark.slow
@pytest.mark.parametrize("page", [p for p in PAGES if p not in MAKING_EXEMPT_PAGES])
def test_reader_text_does_not_speak_of_the_books_making(pages, page):
    shown = without(pages[page], "pre, .cell_input, " + MAKING_EXEMPT_PARTS.get(page, "pre"))
    assert [hit for text in (text_of(shown), *tooltips(pages[page])) for hit in making_words(text)] == []


@pytest.mark.slow
@pytest.mark.parametrize("page", [site_path(p, "en") for p in PAGES if p not in ROW_IDS_EXEMPT_PAGES]
                         + [site_path(p, "es") for p in toc_files(SPANISH_TOC_PATH)])
def test_readers_never_see_a_row_id_or_a_citation_key(built_site, page):
    """Notes in tables and tooltips name other rows and sources by what they are ("the February 2024 fact
    sheet", "LeClercq (2023)"), never by the identifiers the data package and the bibliography key them
    with ("workers-ustr-factsheet-2024-02", "leclercq2023worker"). Code (an exercise's Python) may."""
    shown = article((built_site / page).read_text(encoding="utf-8"))
    text = " ".join([text_of(without(shown, "pre, code, .cell_input")), *tooltips(shown)])
    text = re.sub(r"https?://\S+", " ", text)  # an address may contain anything
    tokens = set(re.findall(r"[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*", text))
    assert sorted(tokens & (row_ids() | citation_keys())) == []


@pytest.mark.slow
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_prose_is_at_most_the_word_limit(pages, chapter):
    words = word_count(prose(pages[chapter]))
    assert words <= MAX_CHAPTER_WORDS, f"{chapter}: {words} words of prose (limit {MAX_CHAPTER_WORDS})"


@pytest.mark.slow
def test_each_citation_label_names_one_document(pages, built_site):
    targets = defaultdict(set)
    for page in PAGES:
        for label, anchor in citation_labels(pages[page]):
            targets[label].add(anchor)
    assert len(targets) > 20, "too few citations found: has the citation markup changed?"
    assert {label: sorted(anchors) for label, anchors in targets.items() if len(anchors) > 1} == {}
    listed = bibliography_labels((built_site / "book" / "bibliography.html").read_text(encoding="utf-8"))
    by_label = defaultdict(list)
    for anchor, label in listed.items():
        by_label[label].append(anchor)
    assert {label: anchors for label, anchors in by_label.items() if len(anchors) > 1} == {}
    # The text's label for a document is the bibliography's.
    differing = {(label, anchor, listed.get(anchor)) for label, anchors in targets.items() for anchor in anchors
                 if listed.get(anchor) != label}
    assert differing == set()


# --- the checkers catch what they are for (fast) -----------------------------------------------------

CHAPTER_PAGE = """<html><body><nav>seed glue cell</nav><article class="bd-article">
<section id="t"><h1>Title<a class="headerlink" href="#t">#</a></h1>
<p>It rose by about about 98%, the chart function counts \\&amp; more.</p>
<p>See <span class="bibtex-citation">Secretaría de Economía, USTR [<a class="reference internal" href="bibliography.html#cite-a" title="A \\$19m title">2021</a>]</span>
and <span class="bibtex-citation">[<a class="reference internal" href="bibliography.html#cite-b" title="B">USTR 2021</a>;
<a class="reference internal" href="bibliography.html#cite-c" title="C">DOL 2024</a>]</span>.</p>
<table><tr><td>one two three</td></tr></table>
<figure><figcaption>four five</figcaption></figure>
<details><summary>six</summary>seven</details>
<div class="admonition dropdown">eight nine</div>
<div class="cell"><div class="cell_output">ten eleven</div></div>
<pre>glue("x", 1)</pre>
<section id="sources"><h2>Sources<a class="headerlink" href="#sources">#</a></h2><p>Twelve thirteen.</p></section>
</section></article><script>var cell = 1;</script></body></html>"""


def test_prose_leaves_out_tables_figures_collapsed_boxes_code_outputs_and_sources():
    text = prose(article(CHAPTER_PAGE))
    assert text.startswith("Title It rose by about about 98%")
    for left_out in ("one", "four", "six", "seven", "eight", "ten", "glue(", "Twelve", "#"):
        assert left_out not in text.split(), left_out
    assert word_count("It rose by about 98%, to $1.3 billion (0.5–1.1 million).") == 10


def test_the_checkers_find_doubled_words_latex_and_words_about_the_making():
    page = article(CHAPTER_PAGE)
    text = text_of(page)
    assert doubled_words(text) == ["about about"]
    assert doubled_words(text_of(blocks_apart(article("<article><h2>To the workers</h2><p>Workers felt it.</p>"
                                                      "<p>It was <em>about</em> about 98%.</p></article>")))) == ["about about"]
    assert doubled_words("that that is; Walla Walla") == ["that that", "walla walla"]
    assert len(latex_escapes(text)) == 1 and len(latex_escapes(" ".join(tooltips(page)))) == 1
    assert latex_escapes("{\\'e}") and not latex_escapes("AT&T costs $5")
    assert [hit.split(":")[0] for hit in making_words(text)] == ["glue", "the chart function"]
    assert {hit.split(":")[0] for hit in making_words(
        "The code cell; a CSV row id, found with the search tool; verify before use.")} == {
        "cell", "CSV row", "row id", "found with", "search tool", "verify before use"}
    assert not making_words("Each cell of the table is a short phrase.")
    assert making_words("The seeds use it only once.") and not making_words("proceeds, a cellar, seedlings")


def test_citation_labels_are_read_for_both_citation_forms():
    assert citation_labels(article(CHAPTER_PAGE)) == [("Secretaría de Economía, USTR 2021", "cite-a"), ("USTR 2021", "cite-b"),
                                                      ("DOL 2024", "cite-c")]
    listed = bibliography_labels('<div class="citation" id="cite-a"><span class="label">'
                                 '<span class="fn-bracket">[</span>USTR 2021a<span class="fn-bracket">]</span>'
                                 '</span><p>A</p></div>')
    assert listed == {"cite-a": "USTR 2021a"}
