"""choice (issue 16): by default (choice-view=switch) one member in the reading view, the other
in the diplomatic view, both in the page; choice-view=both shows both members in both views.
This toolkit's printed interpolations are not choices (abbr + expan as printed), so they show
as printed in every view."""

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
    page = str(render(tree, "html"))
    assert page == str(render(tree, "html", {"choice-view": "switch"}))  # the default
    read, dipl = views(page)
    assert read == ["the", "καὶ", "Doctor"]
    assert dipl == ["teh", "κὲ", "Dr"]
    doc = html.document_fromstring(page)
    assert "Doctor" in doc.text_content() and "teh" in doc.text_content()
    text = str(render(tree, "text"))
    for word in ("teh", "the", "κὲ", "καὶ", "Dr", "Doctor"):
        assert word in text


def test_choice_view_both_shows_source_and_bracketed_alternative() -> None:
    page = str(render(parse_bytes(FOREIGN), "html", {"choice-view": "both"}))
    assert views(page) == ([], [])
    assert "teh" in page and "the" in page


def test_own_tei_keeps_printed_interpolations_in_both_views() -> None:
    from tei.xmlio import parse_file

    page = str(render(parse_file(DEMO_TEI), "html"))
    assert views(page) == ([], [])
    doc = html.document_fromstring(page)
    abbr = doc.xpath("//abbr[normalize-space() = 'CP']")
    assert abbr and "Communist party" in doc.text_content()


def test_view_words_follow_the_switched_choice() -> None:
    """The word check of one view counts the member that view shows."""
    from tei.render.textcheck import compare, html_words, tei_text_words

    tree = parse_bytes(FOREIGN)
    page = str(render(tree, "html"))
    reading = tei_text_words(tree, view="reading")
    diplomatic = tei_text_words(tree, view="diplomatic")
    assert "Doctor" in reading and "Dr" not in reading
    assert "Dr" in diplomatic and "Doctor" not in diplomatic
    assert compare(reading, html_words(page, reading_only=True)).lost_count == 0
    assert compare(diplomatic, html_words(page, diplomatic=True)).lost_count == 0
    # the reading view does not show the source form: counted against all words, it is lost
    lost = compare(tei_text_words(tree), html_words(page, reading_only=True)).lost
    assert set(lost) == {"teh", "κὲ", "Dr"}


AMBIGUOUS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Ambiguous letters</title></titleStmt><publicationStmt><p>x</p></publicationStmt>
<sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body>
<p>κα<choice><unclear>ι</unclear><unclear>ν</unclear></choice>ὶ and
te<choice><sic>h</sic><corr>x</corr><corr>y</corr></choice>t and
<choice><seg>left</seg><seg>right</seg></choice> done</p>
</body></text></TEI>""".encode()


def test_every_member_of_a_choice_inside_a_word_is_kept() -> None:
    """A choice without a source/edit pair (EpiDoc's ambiguous letters), or with a further
    member, keeps every member: inside a word as an alternative after the first."""
    from tei.render.textcheck import compare_letters, html_letters, letters, tei_letters

    tree = parse_bytes(AMBIGUOUS)
    page = str(render(tree, "html"))
    text = str(render(tree, "text"))
    assert "κα" + "ι" + "⟨ν⟩" + "ὶ" in " ".join(text.split())
    assert "te" + "h" + "⟨x⟩" + "⟨y⟩" + "t" in text and "left right" in text
    doc = html.document_fromstring(page)
    assert [a.text_content() for a in doc.xpath("//span[@class='choice-alt']")] == [
        "⟨ν⟩",
        "⟨y⟩",
    ]
    want = tei_letters(tree)
    assert compare_letters(want, html_letters(page)).lost_count == 0
    assert compare_letters(want, letters(text)).lost_count == 0
