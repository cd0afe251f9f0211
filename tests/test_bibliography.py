"""The bibliography parses with pybtex, has one entry per key and document, and its LaTeX reads as text."""

from collections import Counter
from pathlib import Path

import pytest

from widgets.bibliography import BibliographyError, latex_to_text, parse_bibliography, short_citation

BIB = Path(__file__).resolve().parent.parent / "references.bib"


def test_no_key_is_defined_twice(tmp_path):
    # pybtex runs in strict mode: a key defined twice is a parse error, so parsing is the check.
    assert len(parse_bibliography(BIB).entries) > 0
    twice = tmp_path / "twice.bib"
    twice.write_text("@misc{same, title={A}}\n@misc{same, title={B}}\n", encoding="utf-8")
    with pytest.raises(BibliographyError, match="same"):
        parse_bibliography(twice)


def test_no_document_is_entered_twice_under_two_keys():
    urls = [entry.fields["url"] for entry in parse_bibliography(BIB).entries.values() if "url" in entry.fields]
    assert [u for u, n in Counter(urls).items() if n > 1] == []


def test_short_citation_names_author_and_year():
    assert short_citation("leclercq2023worker") == "LeClercq (2023)"
    assert short_citation("ustr2021silaoreview") == "USTR (2021b)"   # short form, and a letter among ten
    assert short_citation("ojedareis2024") == "Gómez Ojeda and Reis (2024)"


@pytest.mark.parametrize("key, label", [
    ("leglobal2023rrm", "L&E Global (2023)"),                      # {{L\&E Global}}
    ("kelleydrye2019thailand", "Kelley Drye & Warren LLP (2019)"),  # {{Kelley Drye \& Warren LLP}}
    ("laroncha_sinttia_draxton", "La Roncha del Bajío (n.d.)"),     # {{La Roncha del Baj{\'i}o}}
    ("elsoldesalamanca2023draxton", "El Sol de Salamanca (2023)"),
    ("stpsnuevomodelo", "Secretaría del Trabajo y Previsión Social, Gobierno de México (n.d.)"),
])
def test_labels_decode_latex_from_the_real_bibliography(key, label):
    assert short_citation(key) == label


@pytest.mark.parametrize("key, field, text", [
    ("bangkokpost2020gsp", "title", "GSP Suspension Gauged to Cost $19m in Losses"),     # \$ and {GSP}
    ("voa2020thailandpork", "title", "Trump Suspends Duty-free Access for $817 Million in Thai Imports"),
    ("leclercq2023worker", "author", "LeClercq, Desirée"),
])
def test_fields_decode_accents_escapes_and_braces(key, field, text):
    entry = parse_bibliography(BIB).entries[key]
    latex = str(entry.persons[field][0]) if field == "author" else entry.fields[field]
    assert latex_to_text(latex) == text


@pytest.mark.parametrize("latex, text", [
    (r"Secretar{\'i}a", "Secretaría"), (r"enga{\~n}o", "engaño"), (r"L\&E", "L&E"), (r"\$817", "$817"),
    (r"C{\^o}te d'Ivoire", "Côte d'Ivoire"), (r"votar `no' en", "votar ‘no’ en"), ("``A''", "“A”"), (r"{\S}{\S} 2461--67", "§§ 2461–67"), ("plain", "plain"),
])
def test_latex_to_text(latex, text):
    assert latex_to_text(latex) == text


def test_unknown_key_is_refused():
    with pytest.raises(KeyError, match="nosuchsource2099"):
        short_citation("nosuchsource2099")


@pytest.mark.parametrize("name, text, words", [
    ("missing.bib", None, "missing"),
    ("notes.txt", "@misc{a, title={A}}\n", "not a BibTeX file"),
    ("broken.bib", "@misc{a,\n  title = {unclosed\n", "cannot parse"),
    ("empty.bib", "no entries here\n", "no BibTeX entries"),
])
def test_unknown_or_malformed_files_are_refused_with_a_clear_message(tmp_path, name, text, words):
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(BibliographyError, match=words):
        parse_bibliography(path)
