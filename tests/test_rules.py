"""The small parsing rules, one table each: navigation, provenance, credits, dates, labels."""

from __future__ import annotations

import pytest

from tei.dates import parse_date
from tei.readers.transcription.brackets import classify
from tei.readers.transcription.label_shapes import candidate
from tei.readers.transcription.navigation import is_navigation, navigation_lines
from tei.readers.transcription.provenance import match_credit, match_provenance, match_updated


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ISR Index | Main Newspaper Index", True),
        ("Encyclopedia of Trotskyism | Marxists’ Internet Archive", True),
        ("Mary Bell Archive   |   Trotskyist Writers Index  |   ETOL Main Page", True),
        ("Fenwick Archive   |", True),
        ("Top of page", True),
        ("Leon Trotsky > 1938 > ", True),
        ("Format RTF (Microsoft word) Format PDF (Adobe Acrobat)", True),
        ("TALKING SOCIALISM | Interviewing Jacobin’s Bhaskar Sunkara", False),
        ("International Socialist Review, Winter 1965", False),
        ("Interview With Bolivian Miner", False),
        ("The Editors", False),
    ],
)
def test_navigation_line(line, expected):
    assert is_navigation(line) is expected


def test_lone_phrase_is_navigation_only_at_the_edges_of_the_page():
    lines = ["Title", *[f"Paragraph {n} of the text." for n in range(20)], "Next", *["More."] * 20]
    assert navigation_lines(lines) == set()
    assert navigation_lines(["Next", "Title", "Text."]) == {0}


def test_menu_block_at_the_top_is_navigation():
    lines = [
        "Current Issue",
        "Next Issue",
        "Back Issues",
        "Marxist Theory",
        "Left Groups",
        "",
        "Ten Years for the Locust",
        "",
        "Text.",
    ]
    assert navigation_lines(lines) == {0, 1, 2, 3, 4}


@pytest.mark.parametrize(
    ("line", "journal", "volume", "issue", "date", "pages"),
    [
        (
            "From International Socialist Review, Vol.26 No.1, Winter 1965, p.27.",
            "International Socialist Review",
            "26",
            "1",
            {"when": "1965"},
            ("27", "27"),
        ),
        (
            "From Fourth International, Vol.13 No.1, January-February 1952, pp.26-31.",
            "Fourth International",
            "13",
            "1",
            {"from": "1952-01", "to": "1952-02"},
            ("26", "31"),
        ),
        (
            "From The New International, Vol. XI No. 7, October 1945, pp. 207–212.",
            "The New International",
            "XI",
            "7",
            {"when": "1945-10"},
            ("207", "212"),
        ),
        (
            "From International Socialism 2 : 147, Summer 2015.",
            "International Socialism",
            None,
            "147",
            {"when": "2015"},
            None,
        ),
        (
            "Source: Socialist Appeal, Vol. III No. 2, 14 January 1939, pp. 1 & 3.",
            "Socialist Appeal",
            "III",
            "2",
            {"when": "1939-01-14"},
            None,
        ),
        (
            "Source : Cahiers Léon trotsky n°6, 1980.",
            "Cahiers Léon trotsky",
            None,
            "6",
            {"when": "1980"},
            None,
        ),
    ],
)
def test_provenance_line(line, journal, volume, issue, date, pages):
    cite = match_provenance(line)
    assert cite is not None
    assert (cite.journal, cite.volume, cite.issue, cite.date, cite.pages) == (
        journal,
        volume,
        issue,
        date,
        pages,
    )


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        (
            "Transcribed & marked up by Einde O’Callaghan for ETOL.",
            "Transcribed & marked up",
            ["Einde O’Callaghan"],
        ),
        (
            "Transcription & mark-up by Einde O’Callaghan for ETOL.",
            "Transcription & mark-up",
            ["Einde O’Callaghan"],
        ),
        ("Transcribed by Ted Crawford.", "Transcribed", ["Ted Crawford"]),
        ("Proofread by A. Reader and B. Checker.", "Proofread", ["A. Reader", "B. Checker"]),
        ("Thanks to Ted Crawford & the late Will Fancy.", None, []),
    ],
)
def test_credit_line(line, role, names):
    credit = match_credit(line)
    assert credit is not None and (credit.role, credit.names) == (role, names)


def test_not_a_credit_or_provenance():
    assert match_credit("The miners transcribed nothing.") is None
    assert match_provenance("Fromage is cheese.") is None
    assert match_updated("Last updated on 4 June 2009") == ("4 June 2009", {"when": "2009-06-04"})


@pytest.mark.parametrize(
    ("text", "attrs"),
    [
        ("Winter 1965", {"when": "1965"}),
        ("10 April 1950", {"when": "1950-04-10"}),
        ("August 12, 1938", {"when": "1938-08-12"}),
        ("12. August 1938", {"when": "1938-08-12"}),
        ("12 de agosto de 1938", {"when": "1938-08-12"}),
        ("(December 1938)", {"when": "1938-12"}),
        ("January-February 1952", {"from": "1952-01", "to": "1952-02"}),
        ("Foo 1965", None),
        ("31 Smarch 1999", None),
    ],
)
def test_dates(text, attrs):
    assert parse_date(text) == attrs


@pytest.mark.parametrize(
    ("before", "content", "kind"),
    [
        ("the twenty-eighth ", "of October", "supplied"),
        ("interests of the ", "working", "supplied"),
        ("cadres of the CP ", "Communist party", "expan"),
        ("the POR ", "Partido Obrero Revolucionario", "expan"),
        ("across the pampa ", "open flats", "gloss"),
        ("this department ", "Arequipa", "supplied"),  # a name the page leaves out (gold)
        ("that year ", "1964", "clarification"),
        ("girl.” ", "He drove an ambulance during the struggle.", "comment"),
        ("x ", "unclear", "gap"),
        ("x ", "sic", "sic"),
        ("x ", "12", "marker"),
    ],
)
def test_bracket_kinds(before, content, kind):
    assert classify(before, content) == kind


@pytest.mark.parametrize(
    ("text", "label", "form"),
    [
        ("Question: When?", "Question:", "qa"),
        ("A – Since your", "A –", "qa"),
        ("Réponse : oui", "Réponse :", "qa"),
        ("Paul M. Sweezy (PMS): Well", "Paul M. Sweezy (PMS):", "abbr"),
        ("MR. FINERTY: May I", "MR. FINERTY:", "caps"),
        ("Hugo Blanco – The struggle", "Hugo Blanco –", "dash"),
        ("A truck left at the same time.", None, None),
        ("It was a unique – almost historical – occasion.", None, None),
    ],
)
def test_label_shapes(text, label, form):
    found = candidate(text)
    if label is None:
        assert found is None
    else:
        assert found is not None and (found.label, found.form) == (label, form)
