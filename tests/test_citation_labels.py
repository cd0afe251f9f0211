"""Citations read one way: every label names one document, titles keep their capitals, LaTeX is decoded,
notes for the authors stay out of what readers see, and each author is spelled one way.

The fast tests format the real references.bib with the site's own pybtex style; the slow ones read the
built site (every in-text citation, and the bibliography page)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from pybtex.backends.plaintext import Backend as PlaintextBackend

from widgets import bibliography_style
from widgets.bibliography import (
    SHORT_NAMES,
    book_citation_labels,
    citation_labels,
    latex_to_text,
    parse_bibliography,
    person_name,
    short_citation,
)

# Words about how the book was made, never shown to readers.
WORKSHOP_WORDS = ["seed", "search tool", "verify", "found with", "copy read", "stored copy", "stored page",
                  "taken from the address", "title from the address", "not cited in", "not in the seeds"]
# Known aliases of one organisation: each pair must not both be used as an author.
ALIASES = {"american federation of labor and congress of industrial organizations": "afl-cio",
           **{" ".join(name.casefold().split()): short.casefold() for name, short in SHORT_NAMES.items()}}


def _entries():
    return list(parse_bibliography().entries.values())


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[str, str]]:
    """Every entry of references.bib as the site renders it: key -> (label, plain text)."""
    style = bibliography_style.BookStyle()
    entries = style.sort(_entries())
    labels = list(style.format_labels(entries))
    return {entry.key: (label, style.format_entry(label, entry).text.render(PlaintextBackend()))
            for label, entry in zip(labels, entries)}


def test_every_label_names_one_document(rendered):
    labels = defaultdict(list)
    for key, (label, _) in rendered.items():
        labels[label].append(key)
    assert {label: keys for label, keys in labels.items() if len(keys) > 1} == {}
    assert len(rendered) == len(_entries())


def test_labels_that_would_read_alike_get_letters_in_date_order():
    labels = book_citation_labels()
    # Four USTR releases of 2021, in the order of their dates (May 12, June 9, July 8, Aug. 19).
    keys = ["ustr2021silaoreview", "ustr2021tridonexreview", "ustr2021silaoremediation", "ustr2021silaovote"]
    years = [labels[key].year for key in keys]
    assert all(labels[key].who == "USTR" for key in keys)
    assert all(re.fullmatch(r"2021[a-z]", year) for year in years) and years == sorted(years)
    # A label without a year of its own keeps one: a single entry gets no letter.
    assert str(labels["leclercq2026empowerment"]) == "LeClercq 2026"


def test_letters_are_given_among_any_set_of_entries_and_undated_entries_get_them_too():
    from pybtex.database import Entry, Person

    def entry(key, title, **fields):
        made = Entry("misc", fields={"title": title, **fields}, persons={"author": [Person("{Some Agency}")]})
        made.key = key
        return made

    labels = citation_labels([entry("b", "Beta", year="2020", month="May"), entry("a", "Alpha", year="2020", month="May"),
                              entry("c", "Gamma", date="2020-01-02", year="2020"), entry("u", "Undated"),
                              entry("v", "Also undated")])
    assert [str(labels[k]) for k in "cabvu"] == ["Some Agency 2020a", "Some Agency 2020b", "Some Agency 2020c",
                                                 "Some Agency n.d.-a", "Some Agency n.d.-b"]


def test_the_text_the_bibliography_and_source_lines_use_the_same_label(rendered):
    for key, (label, _) in rendered.items():
        who, year = label.rsplit(" ", 1)
        assert short_citation(key) == f"{who} ({year})", key


@pytest.mark.parametrize("key, label", [("ustr2021silaoreview", "USTR 2021b"), ("dol2024draxton", "DOL 2024"),
                                        ("ustrdol2021silaoconclusion", "USTR and DOL 2021")])
def test_short_forms_in_labels_and_the_full_name_with_its_short_form_in_the_entry(rendered, key, label):
    assert rendered[key][0] == label
    assert rendered[key][1].startswith(("Office of the United States Trade Representative (USTR)",
                                        "U.S. Department of Labor (DOL)"))


def test_titles_keep_their_capitals(rendered):
    # Each title, decoded from the .bib, appears in the rendered entry exactly as written (case-sensitive):
    # no "Neal, blumenauer, kildee statement", no "general motors".
    lowered = []
    for entry in _entries():
        title = latex_to_text(entry.fields["title"]).replace("\N{NO-BREAK SPACE}", " ")
        text = rendered[entry.key][1].replace("\N{NO-BREAK SPACE}", " ")
        if title not in text:
            lowered.append((entry.key, title))
    assert lowered == []
    assert "Neal, Blumenauer, Kildee Statement" in rendered["waysandmeans2021silao"][1]
    assert "General Motors Plant" in rendered["reuters2021silaoreview"][1]


def test_no_latex_in_what_readers_see(rendered):
    escaped = {key: text for key, (_, text) in rendered.items()
               if re.search(r"[\\{}]|``|(?<![A-Za-z])`", text.split(" URL: ")[0])}
    assert escaped == {}
    assert "$19m" in rendered["bangkokpost2020gsp"][1] and "$817 Million" in rendered["voa2020thailandpork"][1]
    assert "L&E Global" in rendered["leglobal2023rrm"][1]


def test_no_notes_for_the_authors_in_what_readers_see(rendered):
    keys = set(parse_bibliography().entries.keys())
    shown = {}
    for key, (_, text) in rendered.items():
        words = [w for w in WORKSHOP_WORDS if w in text.split(" URL: ")[0].casefold()]
        named_keys = [k for k in keys if re.search(rf"\b{re.escape(k)}\b", text.split(" URL: ")[0])]
        if words or named_keys:
            shown[key] = words + named_keys
    assert shown == {}
    # Authors' notes are kept in the .bib, in a field no style renders.
    assert "seed" in parse_bibliography().entries["ustr2023draxtonreview"].fields["annote"]


def test_reader_notes_that_help_a_reader_are_shown(rendered):
    assert rendered["expansion2021silaovote"][1].count("In Spanish") == 1
    assert "Archived at https://perma.cc/6AGM-HU5D" in rendered["ustr2021silaoreview"][1]


def _normalized(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    name = re.sub(r"\(.*?\)", " ", name)          # "(@USDOL)", "(OEM)"
    name = re.sub(r",\s*via .*|\s+via .*", " ", name)  # "Reuters, via Voice of America"
    name = name.replace("u.s.", "united states").replace("&", " and ")
    name = re.sub(r"^the\s+", "", name.strip())
    name = " ".join(re.sub(r"[^\w\s-]", " ", name).split())
    return ALIASES.get(name, name)


def test_each_author_is_spelled_one_way():
    spellings = defaultdict(set)
    for entry in _entries():
        for person in entry.persons.get("author", []) + entry.persons.get("editor", []):
            spelled = person_name(person) if len(person.last_names) == 1 and not person.first_names \
                else latex_to_text(str(person))
            spellings[_normalized(spelled)].add(spelled)
            # An organisation's unit after a comma ("…, Bureau of International Labor Affairs") is the same author.
            if not person.first_names and "," in spelled:
                spellings[_normalized(spelled.split(",")[0])].add(spelled)
    assert {name: forms for name, forms in spellings.items() if len(forms) > 1} == {}


def test_the_spelling_check_catches_variants():
    assert _normalized("Office of the U.S. Trade Representative") == _normalized(
        "Office of the United States Trade Representative")
    assert _normalized("U.S. Department of Labor (@USDOL)") == _normalized("U.S. Department of Labor")
    assert _normalized("American Federation of Labor and Congress of Industrial Organizations") == _normalized("AFL-CIO")


# --- the built site ---------------------------------------------------------------------------------

CITATION = re.compile(r'<a class="reference internal" href="(?:[^"#]*)#(cite-[^"]+)"(?: title="([^"]*)")?>([^<]+)</a>')


YEAR_ONLY = re.compile(r"\d{4}[a-z]*|n\.d\.(?:-[a-z]+)?")


def _cited(span: str) -> list[tuple[str, str]]:
    """(anchor, label) for each citation in one in-text citation: '[USTR 2021a]' (the link is the whole
    label) or 'USTR [2021a]' (textual: the link is the year, the author stands before the bracket)."""
    found = []
    for match in CITATION.finditer(span):
        anchor, label = match.group(1), html.unescape(match.group(3))
        if YEAR_ONLY.fullmatch(label):
            before = html.unescape(re.sub(r"<[^>]+>", "", span[:match.start()]))
            who = re.split(r"; |\]", before.rsplit("[", 1)[0])[-1].strip()
            label = f"{who} {label}"
        found.append((anchor, label))
    return found


def _pages(built_site: Path) -> list[Path]:
    return sorted((built_site / "book").glob("*.html"))


@pytest.mark.slow
def test_in_text_labels_name_one_document_across_the_site(built_site):
    targets = defaultdict(set)
    for page in _pages(built_site):
        text = page.read_text(encoding="utf-8")
        for span in re.findall(r'<span class="bibtex-citation"[^>]*>(.*?)</span>', text, re.S):
            for anchor, label in _cited(span):
                targets[label].add(anchor)
    assert targets, "no citations found in the built site"
    assert {label: anchors for label, anchors in targets.items() if len(anchors) > 1} == {}


@pytest.mark.slow
def test_in_text_labels_match_the_bibliography(built_site):
    bibliography = (built_site / "book" / "bibliography.html").read_text(encoding="utf-8")
    listed = {anchor: html.unescape(label) for anchor, label in re.findall(
        r'<div class="citation" id="(cite-[^"]+)"[^>]*>\s*<span class="label"><span class="fn-bracket">\[</span>(.*?)'
        r'<span class="fn-bracket">\]</span>', bibliography)}
    assert len(listed) == len(parse_bibliography().entries)
    assert len(set(listed.values())) == len(listed)
    mismatched = set()
    for page in _pages(built_site):
        for span in re.findall(r'<span class="bibtex-citation"[^>]*>(.*?)</span>', page.read_text(encoding="utf-8"), re.S):
            for anchor, label in _cited(span):
                if label != listed[anchor]:
                    mismatched.add((page.name, anchor, label))
    assert mismatched == set()


@pytest.mark.slow
def test_no_latex_or_workshop_words_in_the_built_bibliography_and_tooltips(built_site):
    problems = []
    for page in _pages(built_site):
        text = page.read_text(encoding="utf-8")
        shown = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(
            r'<div class="citation"[^>]*>.*?<p>(.*?)</p>', text, re.S)]
        shown += [html.unescape(t) for _, t, _ in CITATION.findall(text) if t]
        for item in shown:
            before_url = item.split(" URL: ")[0]
            if re.search(r"\\[&$%_#]|[{}]", before_url):
                problems.append((page.name, "latex", before_url[:120]))
            for word in WORKSHOP_WORDS:
                if word in before_url.casefold():
                    problems.append((page.name, word, before_url[:120]))
    assert problems == []
