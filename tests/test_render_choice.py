"""choice (issue 16): with choice-view=switch, one member in the reading view, the other in
the diplomatic view, both in the page; by default (this toolkit's printed interpolations) both
members show in both views, as printed."""

from __future__ import annotations

from lxml import html

from tei.render import render
from tei.xmlio import parse_bytes
from tests.conftest import DEMO_TEI

FOREIGN = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Choices</title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body>
<p>He wrote <choice><sic>teh</sic><corr>the</corr></choice> end,
<choice><orig>κὲ</orig><reg>καὶ</reg></choice> and
<choice><abbr>Dr</abbr><expan>Doctor</expan></choice> Who.</p>
</body></text></TEI>""".encode()


def views(page: str) -> tuple[list[str], list[str]]:
    doc = html.document_fromstring(page)
    member = "//span[@class='choice']/span[contains(@class, '{}')]"
    read = [e.text_content() for e in doc.xpath(member.format("v-read"))]
    dipl = [e.text_content() for e in doc.xpath(member.format("v-dipl"))]
    return read, dipl


def test_foreign_choices_switch_with_the_view_and_keep_both_members() -> None:
    tree = parse_bytes(FOREIGN)
    read, dipl = views(str(render(tree, "html", {"choice-view": "switch"})))
    assert read == ["the", "καὶ", "Doctor"]
    assert dipl == ["teh", "κὲ", "Dr"]
    text = str(render(tree, "text"))
    for word in ("teh", "the", "κὲ", "καὶ", "Dr", "Doctor"):
        assert word in text


def test_choice_view_both_shows_source_and_bracketed_alternative() -> None:
    page = str(render(parse_bytes(FOREIGN), "html"))
    assert views(page) == ([], [])
    assert "teh" in page and "the" in page


def test_own_tei_keeps_printed_interpolations_in_both_views() -> None:
    from tei.xmlio import parse_file

    page = str(render(parse_file(DEMO_TEI), "html"))
    assert views(page) == ([], [])
    doc = html.document_fromstring(page)
    abbr = doc.xpath("//abbr[normalize-space() = 'CP']")
    assert abbr and "Communist party" in doc.text_content()
