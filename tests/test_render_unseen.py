"""Constructs of other projects' TEI that had lost text (found by trying TEI that is not in the
repository), and the letter check that must see such a loss even where the same letters
appear in the page's chrome."""

from __future__ import annotations

import pytest

from tei.render import render
from tei.render.textcheck import (
    compare_letters,
    output_letter_loss,
    tei_letters,
    text_letters,
)
from tei.xmlio import parse_bytes

HEAD = """<teiHeader><fileDesc><titleStmt><title>Collected works</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
</teiHeader>"""
TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0">'

GROUP = f"""{TEI}{HEAD}<text><group>
<text><front><titlePage><docTitle><titlePart>Firstwork</titlePart></docTitle></titlePage></front>
<body><p>One.</p></body></text>
<text><front><titlePage><docTitle><titlePart>Secondwork</titlePart></docTitle>
<byline>by Someauthor</byline></titlePage></front><body><p>Two.</p></body></text>
</group></text></TEI>"""

CORPUS = f"""<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">{HEAD}
{TEI}{HEAD}<text><front><titlePage><docTitle><titlePart>Firstbook</titlePart></docTitle>
</titlePage></front><body><p>One.</p></body></text></TEI>
{TEI}{HEAD}<text><front><titlePage><docTitle><titlePart>Secondbook</titlePart></docTitle>
<docImprint>Leipzig: Verlagx</docImprint></titlePage></front><body><p>Two.</p></body></text></TEI>
</teiCorpus>"""

GRAPHIC = f"""{TEI}{HEAD}<text><body><figure><graphic url="plate.png"><desc>Graphdesc of
the plate</desc></graphic></figure><p>After.</p></body></text></TEI>"""

SURFACE = """<surface xmlns="http://www.tei-c.org/ns/1.0"><graphic url="f1.jpg"><desc>Folio
photograph</desc></graphic><zone><line>the line</line></zone></surface>"""


def loss(doc: str, fmt: str) -> dict[str, int]:
    tree = parse_bytes(doc.encode())
    return dict(output_letter_loss(tree, fmt, str(render(tree, fmt))).lost)


@pytest.mark.parametrize("fmt", ["html", "text"])
@pytest.mark.parametrize(
    "doc", [GROUP, CORPUS, GRAPHIC, SURFACE], ids=["group", "corpus", "graphic", "surface"]
)
def test_no_letter_lost(doc: str, fmt: str) -> None:
    assert loss(doc, fmt) == {}


def test_title_pages_of_later_texts_stand_where_they_are() -> None:
    text = " ".join(str(render(parse_bytes(GROUP.encode()), "text")).split())
    assert (
        text.index("Firstwork") < text.index("One.") < text.index("Secondwork") < text.index("Two.")
    )
    assert "by Someauthor" in text


def test_a_letter_lost_from_the_text_is_seen_even_where_the_chrome_has_it() -> None:
    """The page lost "d" of the text; "d" is in the chrome ("About this edition")."""
    chrome = ["Collected works", "About this edition"]
    page = ["Collected works", "abcef", "About this edition"]
    assert dict(
        compare_letters(
            tei_letters(parse_bytes(b"<text>abcdef</text>")), text_letters(page, chrome)
        ).lost
    ) == {"d": 1}
    # chrome the page does not show takes nothing away; nor does chrome the text itself holds
    assert text_letters(["abcdef"], ["Other title"]) == text_letters(["abcdef"], [])
    assert text_letters(["Firstwork"], ["Firstwork"], "Firstwork") == text_letters(
        ["Firstwork"], []
    )


UNNAMED = f"""{TEI}<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
<profileDesc><particDesc><listPerson>
<person xml:id="interviewee" role="interviewee">
<note type="labels">Speaker labels: A:</note></person>
<person xml:id="spk2"><birth>A valid date</birth></person>
<person xml:id="spk3">Ann Smith</person></listPerson></particDesc></profileDesc></teiHeader>
<text><body><sp who="#interviewee"><speaker>A:</speaker><p>Yes.</p></sp>
<u who="#spk2">Hello there</u><u who="#spk3">Good day</u></body></text></TEI>"""


def test_an_unnamed_participant_is_never_named_by_its_notes_or_dates() -> None:
    """A person without persName is shown by a name written in it, else by its id: never by
    the text of its notes or birth date (as the gutter once showed "Speaker labels: A:")."""
    tree = parse_bytes(UNNAMED.encode())
    page = str(render(tree, "html"))
    text = str(render(tree, "text"))
    from lxml import html

    turns = html.document_fromstring(page).xpath("//*[contains(@class, 'turn')]")
    shown = " ".join(t.text_content() for t in turns)
    assert "Speaker labels" not in shown and "A valid date" not in shown
    assert "Ann Smith:" in shown and "spk2:" in shown
    assert "A valid date:" not in text and "spk2:" in text and "Ann Smith:" in text
