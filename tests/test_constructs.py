"""One titled case per construct: a small transcription and the body it must give.

Cases live in tests/fixtures/convert/*.txt as markdown-it-py style fixtures:
a title line, then ``.``, the input, ``.``, the expected children of the body's
first ``div`` (TEI namespace implied), ``.``. The runner puts a title line
("A Title") before each input, as real pages have one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tei.fidelity import check
from tei.readers.transcription import read
from tei.xmlio import NSMAP, TEI_NS, XML_NS

FIXTURES = Path(__file__).parent / "fixtures" / "convert"


def load_cases() -> list[tuple[str, str, str]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.txt")):
        chunks = re.split(r"^\.\n", path.read_text(encoding="utf-8"), flags=re.M)
        for i in range(0, len(chunks) - 2, 3):
            title, given, expected = chunks[i].strip(), chunks[i + 1], chunks[i + 2].strip()
            cases.append((title, given, expected))
    return cases


CASES = load_cases()


def body_fragment(tree: etree._ElementTree) -> str:
    div = tree.getroot().find("tei:text/tei:body/tei:div", NSMAP)
    xml = "".join(etree.tostring(child, encoding="unicode") for child in div)
    return xml.replace(f' xmlns="{TEI_NS}"', "")


def test_fixture_file_has_cases():
    assert len(CASES) >= 15


@pytest.mark.parametrize(("title", "given", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_construct(title: str, given: str, expected: str) -> None:
    # real pages open with a title line; without one a short first line would be taken as it
    reading = read(("A Title\n\n" + given).encode("utf-8"), source_name="case.txt")
    assert body_fragment(reading.tree) == expected
    report = check(reading.source.lines, dict(reading.removed), reading.tree)
    assert report.ok, report.lost


#: header layouts of the family: the page's opening → (title, authors, date/@when) in the header
HEADER_LAYOUTS = [
    (
        "ETOL order: author line, then title line",
        "Main FI Index | Main Newspaper Index\n\nLily Roy\n\nSocialism Reaffirmed\n\n"
        "From Fourth International, vol.6 No.3, March 1945, pp.91-95.\n\nThe text.\n",
        ("Socialism Reaffirmed", ["Lily Roy"], None),
    ),
    (
        "Author and title on one line, after the archive's page-title line",
        "Leon Trotsky > 1938 >\n\nLeon Trotsky 19380812 Answers to Lloyd Tupling\n\n"
        "Leon Trotsky: Answers to Lloyd Tupling\n\n12. August 1938\n\nQuestion: Why?\n\n"
        "Answer: Because.\n",
        ("Answers to Lloyd Tupling", ["Leon Trotsky"], "1938-08-12"),
    ),
    (
        "A line above the title, then the title over two lines, author and date",
        "1930\n\nA l'heure du combat contre le cours gauchiste.\n\n\nLa troisième période\n"
        "de l'Internationale Communiste\n\nLéon Trotsky\n\n8 janvier 1930\n\nLe texte.\n",
        ("La troisième période de l'Internationale Communiste", ["Léon Trotsky"], "1930-01-08"),
    ),
    (
        "A byline in capitals",
        "A Documentary History\n\nBy LEON TROTSKY\n\nThe text of the history begins here.\n",
        ("A Documentary History", ["LEON TROTSKY"], None),
    ),
    (
        "A title ending in the author's byline, a mail header's date",
        "Interview with Hugo Blanco\n\nFri May 12 09:14:17 MDT 2000\n\n"
        "Interview with Hugo Blanco by Pedro Brieger*\n\nHugo Blanco is 65.\n",
        ("Interview with Hugo Blanco", ["Pedro Brieger"], "2000-05-12"),
    ),
    (
        "A letter signed at its end",
        "December 26, 1939\n\nDear Sir:\n\nOn the front page, it is stated that I wrote.\n\n"
        "L. Trotsky\n",
        (None, ["L. Trotsky"], "1939-12-26"),
    ),
]


@pytest.mark.parametrize(
    ("given", "expected"), [c[1:] for c in HEADER_LAYOUTS], ids=[c[0] for c in HEADER_LAYOUTS]
)
def test_header_layout(given: str, expected: tuple) -> None:
    root = read(given.encode("utf-8"), source_name="case.txt").tree.getroot()
    title_el = root.find(".//tei:titleStmt/tei:title[@type='main']", NSMAP)
    title = None if title_el.find("tei:supplied", NSMAP) is not None else title_el.text
    authors = [a.text for a in root.findall(".//tei:titleStmt/tei:author", NSMAP)]
    when = root.xpath("string(//tei:profileDesc/tei:creation/tei:date/@when)", namespaces=NSMAP)
    assert (title, authors, when or None) == expected


def test_a_page_without_title_says_so_and_never_cites_the_file_name():
    reading = read(b"it was a long day of work in the mines, and so on.\n", source_name="x-y.txt")
    root = reading.tree.getroot()
    assert any(d.code == "title-missing" for d in reading.diagnostics)
    title = root.find(".//tei:titleStmt/tei:title[@type='main']", NSMAP)
    assert title.findtext("tei:supplied", namespaces=NSMAP) == "X y"
    assert root.findall(".//tei:biblStruct//tei:title[@level='a']", NSMAP) == []


def test_an_interview_without_established_labels_is_reported():
    page = (
        b"An Interview with Somebody\n\nThe interview took place in Lima, with the editor.\n\n"
        b"Somebody: I have something to say about this.\n\nIt goes on at length, of course.\n"
    )
    page = page.replace(b"Somebody:", b"Mr Someone Else:")
    reading = read(page, source_name="case.txt")
    warned = [d for d in reading.diagnostics if d.code == "dialogue-unlabelled"]
    assert [d.line for d in warned] == [5]


def test_explain_says_what_each_block_was_taken_for_and_why():
    page = (
        b"RSS Feed\n\nLeft Voice Interview with Emilio Albamonte\n\n"
        b"Note: Emilio Albamonte is an author.\n\n"
        b"Left Voice: What is the significance of Trotsky?\n\n"
        b"Emilio Albamonte: At the time of his assassination he was feared.\n\nAnd more.\n"
    )
    every = read(page, source_name="case.txt").decisions
    decisions = {d.line: d for d in every if not d.role.startswith("participant")}
    assert decisions[1].role == "navigation"
    assert decisions[3].role == "title"
    assert decisions[5].role == "headnote"
    assert decisions[7].role == "turn Left Voice: → #left-voice"
    assert "named in the page's opening" in decisions[7].reason
    assert decisions[11].role == "paragraph of the turn"


def test_explain_says_how_each_participant_was_named_and_given_a_role():
    page = (
        "Gespräch mit Ernest Mandel\n\nDas Gespräch führte Hans Vogel.\n\n"
        "Frage: Was bedeutet die Krise?\n\nAntwort: Das Ende des Wachstums.\n"
    )
    decisions = read(page.encode("utf-8"), source_name="case.txt").decisions
    people = {d.role: d for d in decisions if d.role.startswith("participant")}
    assert set(people) == {"participant #interviewer", "participant #interviewee"}
    asks = people["participant #interviewer"]
    assert (asks.line, asks.text) == (5, "Hans Vogel (interviewer)")
    assert "'Frage:' is a question/answer word" in asks.reason
    assert "the opening names 'Hans Vogel' as the interviewer" in asks.reason
    answers = people["participant #interviewee"]
    assert "the opening names 'Ernest Mandel' as the interviewee" in answers.reason


def test_explain_on_the_command_line(tmp_path):
    from click.testing import CliRunner

    from tei.cli import cli

    source = tmp_path / "page.txt"
    source.write_text("A Title\n\nPB: Why?\n\nHB: Because.\n\nPB: And?\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "--explain"])
    assert result.exit_code == 0, result.output
    assert "turn PB: → #pb" in result.output
    assert "label recurs (2 times)" in result.output
    assert not (tmp_path / "page.xml").exists()


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("The Militant (logo)\n   Vol. 70/No. 9      March 6, 2006", ("The Militant", "70", "9")),
        ("Platypus Review 157 | June 2023", ("Platypus Review", "", "157")),
    ],
)
def test_a_masthead_cites_the_printed_original(masthead, expected):
    page = f"{masthead}\n\nThe Title of It\n\nThe text of the article goes on here.\n"
    root = read(page.encode("utf-8"), source_name="case.txt").tree.getroot()
    monogr = root.find(".//tei:sourceDesc/tei:biblStruct/tei:monogr", NSMAP)
    got = tuple(
        monogr.xpath(f"string({xp})", namespaces=NSMAP)
        for xp in (
            "tei:title[@level='j']",
            "tei:biblScope[@unit='volume']",
            "tei:biblScope[@unit='issue']",
        )
    )
    assert got == expected


def load_header_cases() -> list[tuple[str, str, dict[str, str]]]:
    """tests/fixtures/convert/*.fixture: a title, ``.``, a page's opening, ``.``, the header
    fields it must give (``field: value`` lines; an empty value: the header has none), ``.``."""
    cases = []
    for path in sorted(FIXTURES.glob("*.fixture")):
        chunks = re.split(r"^\.\n", path.read_text(encoding="utf-8"), flags=re.M)
        for i in range(0, len(chunks) - 2, 3):
            fields = dict(
                (k.strip(), v.strip())
                for k, _, v in (line.partition(":") for line in chunks[i + 2].strip().splitlines())
            )
            cases.append((chunks[i].strip(), chunks[i + 1], fields))
    return cases


HEADER_CASES = load_header_cases()


def header_facts(root: etree._Element) -> dict[str, str]:
    """The header fields a fixture may state, as strings."""

    def text(xpath: str) -> str:
        return " ".join(root.xpath(f"string({xpath})", namespaces=NSMAP).split())

    main_path = "//tei:titleStmt/tei:title[@type='main']"
    main = root.xpath(main_path, namespaces=NSMAP)[0]
    persons = [
        " ".join(
            v
            for v in (
                p.get(f"{{{XML_NS}}}id"),
                p.findtext("tei:persName", namespaces=NSMAP),
                p.get("role"),
            )
            if v
        )
        for p in root.iterfind(".//tei:particDesc//tei:person", NSMAP)
    ]
    monogr = "//tei:sourceDesc/tei:biblStruct/tei:monogr"
    return {
        "title": "" if main.find("tei:supplied", NSMAP) is not None else text(main_path),
        "subtitle": text("//tei:titleStmt/tei:title[@type='sub']"),
        "authors": "; ".join(
            a.text or "" for a in root.iterfind(".//tei:titleStmt/tei:author", NSMAP)
        ),
        "journal": text(f"{monogr}/tei:title[1]"),  # a periodical's, or a book's (Schriften)
        "volume": text(f"{monogr}/tei:biblScope[@unit='volume']"),
        "issue": text(f"{monogr}/tei:biblScope[@unit='issue']"),
        "created": text("//tei:profileDesc/tei:creation/tei:date/@when"),
        "printed": text("//tei:sourceDesc/tei:bibl[@type='printed']/tei:title"),
        "pages": text(f"{monogr}/tei:biblScope[@unit='page']"),
        "transcriber": "; ".join(
            " ".join(p.itertext())
            for p in root.xpath(
                "//tei:sourceDesc/tei:bibl[@type='digital']/tei:respStmt/tei:persName",
                namespaces=NSMAP,
            )
        ),
        "persons": "; ".join(persons),
    }


def test_header_fixture_file_has_cases():
    assert len(HEADER_CASES) >= 15


@pytest.mark.parametrize(
    ("title", "given", "expected"), HEADER_CASES, ids=[c[0][:60] for c in HEADER_CASES]
)
def test_header_construct(title: str, given: str, expected: dict[str, str]) -> None:
    reading = read(given.encode("utf-8"), source_name="case.txt")
    facts = header_facts(reading.tree.getroot())
    assert {k: facts[k] for k in expected} == expected
    report = check(reading.source.lines, dict(reading.removed), reading.tree)
    assert report.ok, report.lost


def test_a_headnote_date_without_a_year_is_kept_as_written_without_when():
    page = (
        "Interviewing Somebody\n\nIn this interview we talk with the editor of the magazine "
        "about its name. We spoke by Zoom April 15. —DON McINTOSH\n\nHow do you do?\n\n"
        "Very well, thank you, and I mean it.\n\nWhat next?\n\nThe next issue of it.\n"
    )
    root = read(page.encode("utf-8"), source_name="case.txt").tree.getroot()
    (date,) = root.xpath("//tei:profileDesc/tei:creation/tei:date", namespaces=NSMAP)
    assert (date.text, date.get("when")) == ("April 15", None)


def test_a_headnote_date_of_another_event_is_passed_over():
    from tei.readers.transcription.headnote import circumstance_date

    text = "The interview was conducted a year after the strike of 3 March 1970, on 5 April 1971."
    assert circumstance_date(text) == ("5 April 1971", {"when": "1971-04-05"})
    assert circumstance_date("It was held since 4 May 1968.") is None
