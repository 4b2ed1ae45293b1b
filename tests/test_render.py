"""The render stage on our own TEI: the hand-made fixture and the demo edition."""

from __future__ import annotations

import io
import re

import pytest
from lxml import etree, html

from tei.errors import UsageError
from tei.render import declared_params, render, render_report
from tei.render.textcheck import compare, html_words, tei_text_words, words
from tei.xmlio import parse_bytes, parse_file
from tests.render_helpers import DEMO, FIXTURES, ROOT, SEED, require

FIXTURE = FIXTURES / "interview.xml"


def klass(*names: str, path: str = "//*") -> str:
    """XPath selecting ``path`` elements that have every one of the HTML classes ``names``."""
    tests = " and ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names
    )
    return f"{path}[{tests}]"


@pytest.fixture(scope="module")
def fixture_tree() -> etree._ElementTree:
    return parse_file(FIXTURE)


@pytest.fixture(scope="module")
def page(fixture_tree: etree._ElementTree) -> html.HtmlElement:
    return html.document_fromstring(str(render(fixture_tree, "html")))


@pytest.fixture(scope="module")
def demo_tree() -> etree._ElementTree:
    return parse_file(require(DEMO, "the converter's demo edition"))


@pytest.fixture(scope="module")
def demo_page(demo_tree: etree._ElementTree) -> html.HtmlElement:
    return html.document_fromstring(str(render(demo_tree, "html")))


@pytest.fixture(scope="module")
def demo_pdf(demo_tree: etree._ElementTree) -> bytes:
    return bytes(render(demo_tree, "pdf"))


# ---------------------------------------------------------------- HTML: structure


def test_turns_have_label_participant_and_anchor(page: html.HtmlElement) -> None:
    turns = page.xpath(klass("turn", path="//div"))
    assert [t.get("id") for t in turns] == ["sp-1", "sp-2", "sp-3", "sp-4"]
    assert [t.xpath(klass("speaker", path=".//*"))[0].text_content() for t in turns] == [
        "Question:",
        "A:",
        "Q:",
        "A:",
    ]
    assert turns[1].xpath(klass("who", path=".//*"))[0].text_content() == "V.E."
    assert turns[1].get("data-who") == "interviewee"
    assert turns[1].xpath(klass("turn-link", path=".//a"))[0].get("href") == "#sp-2"


def test_interventions_reading_view(page: html.HtmlElement) -> None:
    supplied = page.xpath(klass("ed", "supplied", path="//*"))[0]
    assert supplied.text_content() == "[of October]"
    abbr = page.xpath("//abbr")[0]
    assert (abbr.text_content(), abbr.get("title")) == ("CP", "Communist party")
    expan = page.xpath(klass("ed", "expan", path="//*"))[0]
    assert (expan.text_content(), abbr.tail, expan.tail[:1]) == ("Communist party", " [", "]")
    assert page.xpath(klass("ed", "gloss", path="//*"))[0].text_content() == "[open flats]"
    refs = page.xpath("//a[@role='doc-noteref']")
    assert [r.text_content() for r in refs] == ["[1]"]  # only the page's own footnote


def test_interpolations_inline_in_both_views(page: html.HtmlElement) -> None:
    """Printed interpolations are shown where the page prints them, in brackets, in every view
    (they used to be numbered notes in the reading view)."""
    inline = [s.text_content() for s in page.xpath(klass("ed", "note-inline", path="//*"))]
    assert inline == [
        "[The total number of miners involved was around 3,000.]",
        "[He drove an ambulance during the struggle.]",
    ]
    assert not page.xpath(klass("v-dipl", "note-inline", path="//*"))
    assert page.xpath("//*[@id='view-reading']")[0].get("checked") is not None


def test_note_references_resolve_both_ways(page: html.HtmlElement) -> None:
    ids = {el.get("id") for el in page.iter() if el.get("id")}
    refs = page.xpath("//a[@role='doc-noteref']")
    backs = page.xpath(".//a[@role='doc-backlink']")
    assert len(refs) == len(backs) == 1
    for ref in refs:
        target = ref.get("href")[1:]
        assert target in ids
        note = page.get_element_by_id(target)
        back = note.xpath(".//a[@role='doc-backlink']")[0]
        assert back.get("href") == f"#{ref.get('id')}"
    assert page.xpath("//section[@role='doc-endnotes']")


def test_provenance_panel(page: html.HtmlElement) -> None:
    panel = page.xpath("//aside[@class='provenance']")[0]
    text = panel.text_content()
    assert "International Socialist Review, vol. 26, no. 1, Winter 1965, pp. 27–28." in text
    assert panel.xpath(klass("transcriber", path=".//*"))[0].text_content() == "Einde O’Callaghan"
    assert "Text is in Unicode NFC." in text
    assert "Navigation lines removed from the text (2)" in text
    assert len(panel.xpath(klass("revisions", path=".//*") + "//li")) == 2
    assert panel.xpath(".//code[@class='digest']")[0].text_content().startswith("0f1e2d3c")


def test_citation_meta_and_json_ld(page: html.HtmlElement) -> None:
    meta = {m.get("name"): m.get("content") for m in page.iter("meta") if m.get("name")}
    assert meta["citation_title"] == "Interview With a Test Miner: A Fixture for the Renderer"
    assert meta["citation_journal_title"] == "International Socialist Review"
    assert (meta["citation_volume"], meta["citation_issue"]) == ("26", "1")
    assert (meta["citation_firstpage"], meta["citation_lastpage"]) == ("27", "28")
    assert meta["citation_publication_date"] == "1965"
    assert meta["citation_public_url"] == "https://example.org/editions/test-miner.html"
    import json

    data = json.loads(page.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["headline"] == "Interview With a Test Miner"
    assert data["isPartOf"]["isPartOf"]["volumeNumber"] == "26"
    assert data["isPartOf"]["datePublished"] == "1965"
    cite = page.xpath("//p[@class='citation']")[0].text_content()
    assert cite.startswith(
        "“Interview With a Test Miner: A Fixture for the Renderer.” International"
    )


def test_lang_and_no_network(page: html.HtmlElement, fixture_tree: etree._ElementTree) -> None:
    assert page.get("lang") == "en"
    out = str(render(fixture_tree, "html"))
    assert "http://" not in out.split("<body")[0].replace("http-equiv", "")
    assert not page.xpath(
        "//script[@src] | //img"
        " | //link[@rel='stylesheet' or @rel='preload'][starts-with(@href, 'http')]"
    )


def test_unsafe_attributes_filtered(fixture_tree: etree._ElementTree) -> None:
    out = str(render(fixture_tree, "html"))
    assert "javascript:" not in out and "color:red" not in out and "style=" not in out
    assert "alert" not in out
    assert '<a href="https://example.org/sora"' in out


def test_unsafe_url_schemes_dropped() -> None:
    doc = (
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>'
        b'<ref target=" JaVaScript:alert(1)">a</ref><ref target="data:text/html,x">b</ref>'
        b'<ref target="vbscript:x">c</ref><persName ref="javascript:x">d</persName>'
        b'<ref target="#ok">e</ref><ref target="notes.html#n1">f</ref></p></body></text></TEI>'
    )
    out = str(render(parse_bytes(doc), "html"))
    assert out.count("href=") == 2 and 'href="#ok"' in out and 'href="notes.html#n1"' in out


def test_output_is_deterministic(fixture_tree: etree._ElementTree) -> None:
    for to in ("html", "text", "print"):
        assert render(fixture_tree, to) == render(fixture_tree, to)


# ---------------------------------------------------------------- text


def test_text_edition(fixture_tree: etree._ElementTree) -> None:
    text = str(render(fixture_tree, "text"))
    assert all(len(line) <= 72 for line in text.splitlines())
    assert "Participants: Interviewer (interviewer); V.E. (interviewee)" in text
    assert "Question: When did the miners begin to mobilize?" in text
    assert "showed up. [The total number of miners involved was around 3,000.] The" in " ".join(
        text.split()
    )
    assert "\n1. The total number" not in text  # not an endnote
    narrow = str(render(fixture_tree, "text", {"wrap-width": 40}))
    long_lines = [line for line in narrow.splitlines() if len(line) > 40]
    assert all(" " not in line.strip() for line in long_lines)  # only unbreakable words exceed


def test_text_diplomatic_has_only_the_transcription(fixture_tree: etree._ElementTree) -> None:
    text = str(render(fixture_tree, "text", {"view": "diplomatic"}))
    assert "[The total number of miners involved was around 3,000.]" in " ".join(text.split())
    assert "About this edition" not in text and "Participants" not in text
    assert compare(tei_text_words(fixture_tree), words(text)).lost_count == 0


def test_no_word_lost_in_fixture(fixture_tree: etree._ElementTree) -> None:
    expected = tei_text_words(fixture_tree)
    assert (
        compare(
            expected, html_words(str(render(fixture_tree, "html")), reading_only=True)
        ).lost_count
        == 0
    )
    assert compare(expected, words(str(render(fixture_tree, "text")))).lost_count == 0


# ---------------------------------------------------------------- parameters


def test_params_are_typed_and_documented() -> None:
    decls = declared_params("html")
    assert decls["show-switch"].type == "boolean" and decls["show-switch"].default == "true"
    assert decls["view"].values == ("reading", "diplomatic")
    assert all(p.doc for p in decls.values())
    assert declared_params("text")["wrap-width"].default == "72"
    assert declared_params("pdf")["page-size"].values == ("A4", "letter", "A5")


def test_docs_list_every_parameter() -> None:
    doc = (ROOT / "docs" / "editions.md").read_text(encoding="utf-8")
    for to in ("html", "text", "print"):
        for name in declared_params(to):
            assert f"`{name}`" in doc, f"{name} ({to}) is not documented in docs/editions.md"


@pytest.mark.parametrize(
    ("name", "value"),
    [("wrap-width", "wide"), ("view", "both"), ("show-switch", "maybe"), ("no-such", "1")],
)
def test_bad_params_are_usage_errors(
    fixture_tree: etree._ElementTree, name: str, value: str
) -> None:
    to = "text" if name in ("wrap-width", "view") else "html"
    with pytest.raises(UsageError):
        render(fixture_tree, to, {name: value})


def test_boolean_params_switch_parts_off(fixture_tree: etree._ElementTree) -> None:
    out = str(
        render(
            fixture_tree, "html", {"show-provenance": "false", "show-switch": False, "css": "link"}
        )
    )
    assert '<aside class="provenance"' not in out and 'id="view-diplomatic"' not in out
    assert '<link rel="stylesheet" href="edition.css">' in out


def test_unknown_output_names_the_choices(fixture_tree: etree._ElementTree) -> None:
    with pytest.raises(UsageError, match="html, text, print, pdf"):
        render(fixture_tree, "docx")


def test_unhandled_elements_reported_when_asked() -> None:
    doc = parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>'
        b"<p>a <zork>kept words</zork> b <zork>again</zork></p></body></text></TEI>"
    )
    quiet = render_report(doc, "html")
    assert not quiet.diagnostics
    loud = render_report(doc, "html", {"report-unhandled": True})
    assert [(d.severity, d.code) for d in loud.diagnostics] == [("info", "unhandled-element")]
    assert "zork (2 in text)" in loud.diagnostics[0].message
    assert '<span class="tei-zork">kept words</span>' in str(loud.output)


def test_custom_edition_stylesheet(tmp_path: object, fixture_tree: etree._ElementTree) -> None:
    from pathlib import Path

    custom = Path(str(tmp_path)) / "edition.xsl"
    import os

    base = os.path.relpath(ROOT / "transforms" / "html.xsl", custom.parent)
    custom.write_text(
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
        ' xmlns:tei="http://www.tei-c.org/ns/1.0">'
        f'<xsl:import href="{base}"/>'
        '<xsl:template match="tei:supplied">&lt;<xsl:apply-templates/>&gt;</xsl:template>'
        "</xsl:stylesheet>",
        encoding="utf-8",
    )
    out = str(render(fixture_tree, "html", stylesheet=custom))
    assert "&lt;of October&gt;" in out


# ---------------------------------------------------------------- PDF


def test_pdf_footnotes_metadata_and_determinism(fixture_tree: etree._ElementTree) -> None:
    from pypdf import PdfReader

    pdf = bytes(render(fixture_tree, "pdf", {"page-size": "A5"}))
    assert pdf == bytes(render(fixture_tree, "pdf", {"page-size": "A5"}))
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == "Interview With a Test Miner: A Fixture for the Renderer"
    assert meta["/Subject"] == "A Fixture for the Renderer"
    assert meta["/CreationDate"].startswith("D:20240501")
    assert reader.trailer["/Root"]["/Lang"] == "en"
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 419.5) < 1  # A5
    pages = [p.extract_text() for p in reader.pages]
    calls = [i for i, t in enumerate(pages) if "disagreed." in t]
    assert [i for i, t in enumerate(pages) if "Communist Party of Bolivia" in t] == calls
    # the interpolations are inline in brackets, the footnote a footnote
    text = " ".join(" ".join(pages).split())
    assert "up. [The total number" in text and "“Nurse.” [He drove an ambulance" in text
    assert embedded_fonts(reader)


def embedded_fonts(reader: object) -> list[str]:
    """Names of the fonts whose programs are embedded in the PDF (all of them must be)."""
    names = []
    for page in reader.pages:  # type: ignore[attr-defined]
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            desc_font = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            desc = desc_font.get("/FontDescriptor")
            if desc is not None:
                desc = desc.get_object()
                assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
            names.append(str(font.get("/BaseFont")))
    return names


def test_pdf_fetcher_refuses_outside_files() -> None:
    from tei.render.pdf import _fetcher_class
    from tei.render.xslt import TRANSFORMS_DIR

    fetcher = _fetcher_class()()
    with pytest.raises(ValueError):
        fetcher.fetch("file:///etc/passwd")
    with pytest.raises(ValueError):
        fetcher.fetch("https://example.org/font.woff2")
    assert fetcher.fetch((TRANSFORMS_DIR / "print.css").as_uri()).read().startswith(b"/*")
    assert fetcher.fetch("data:text/plain,hi").read() == b"hi"


def test_pdf_drops_script_links() -> None:
    from tei.render.pdf import strip_script_links

    out = strip_script_links(
        '<html><body><a href=" javascript:x()">a</a><a href="#b">b</a></body></html>'
    )
    assert "javascript" not in out and 'href="#b"' in out


# ---------------------------------------------------------------- the demo edition


def test_demo_html_turns_and_interventions(demo_page: html.HtmlElement) -> None:
    turns = demo_page.xpath(klass("turn", path="//div"))
    assert len(turns) == 22
    assert [t.get("id") for t in turns] == [f"sp-{i}" for i in range(1, 23)]
    labels = [t.xpath(klass("speaker", path=".//*"))[0].text_content() for t in turns]
    assert labels[:4] == ["Question:", "Answer:", "Q:", "A:"] and labels.count("Q:") == 10
    assert demo_page.xpath(klass("ed", "supplied", path="//*"))[0].text_content() == "[of October]"
    assert demo_page.xpath("//abbr[@title='Communist party']")[0].text_content() == "CP"
    assert demo_page.xpath(klass("ed", "gloss", path="//*"))[0].text_content() == "[open flats]"
    # no interpolation is an endnote; the only endnotes are the edition's own two notes (the
    # mismatched bracket, the config's note on "Partido Revolucionario Obrero")
    endnotes = demo_page.xpath(klass("endnotes", path="//*") + "//li")
    assert [li.text_content().split()[1:3] for li in endnotes] == [
        ["Thus", "in"],
        ["The", "parenthesis"],
    ]
    inline = demo_page.xpath(klass("ed", "note-inline", path="//*"))
    assert inline[1].text_content() == "[He drove an ambulance during the struggle.]"
    for ref in demo_page.xpath("//a[@role='doc-noteref']"):
        back = demo_page.get_element_by_id(ref.get("href")[1:]).xpath(".//a[@role='doc-backlink']")[
            0
        ]
        assert back.get("href") == f"#{ref.get('id')}"
    meta = {m.get("name"): m.get("content") for m in demo_page.iter("meta") if m.get("name")}
    assert meta["citation_journal_title"] == "International Socialist Review"
    assert (meta["citation_volume"], meta["citation_issue"], meta["citation_firstpage"]) == (
        "26",
        "1",
        "27",
    )
    panel = demo_page.xpath("//aside[@class='provenance']")[0].text_content()
    assert "Einde O’Callaghan" in panel and "5c55007118783320" in panel


def test_demo_no_word_lost(demo_tree: etree._ElementTree) -> None:
    expected = tei_text_words(demo_tree)
    assert (
        compare(expected, html_words(str(render(demo_tree, "html")), reading_only=True)).lost_count
        == 0
    )
    assert compare(expected, words(str(render(demo_tree, "text")))).lost_count == 0


def test_demo_diplomatic_text_equals_transcription_words(demo_tree: etree._ElementTree) -> None:
    source = require(SEED, "the seed transcription").read_text(encoding="utf-8").splitlines()
    removed = {
        int(n)
        for n in demo_tree.xpath(
            "//tei:editorialDecl/tei:p[@xml:id='removed-lines']//tei:item/@n",
            namespaces={"tei": "http://www.tei-c.org/ns/1.0"},
        )
    }
    kept = "\n".join(line for i, line in enumerate(source, 1) if i not in removed)
    diplomatic = str(render(demo_tree, "text", {"view": "diplomatic"}))
    pattern = re.compile(r"[^\W\d_]+|\d+")
    assert pattern.findall(diplomatic) == pattern.findall(kept)


def test_demo_pdf_interpolations_inline(demo_pdf: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(demo_pdf))
    assert (
        reader.metadata.title
        == "Interview With Bolivian Miner: Vivid Account of the Battle of Sora-Sora"
    )
    assert reader.metadata["/Subject"] == "Vivid Account of the Battle of Sora-Sora"
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    text = " ".join(pages)
    assert "showed up. [The total number of miners involved" in text
    assert "Servant girl.” [He drove an ambulance" in text
    assert "5c55007118783320" in pages[-1]


NESTED_TURNS = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>
</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>
</teiHeader><text><body><sp><p>one</p></sp><div><sp><p>two</p></sp><div><u>three</u></div>
<sp><p>four</p></sp></div><stage>x</stage><sp><p>five</p></sp><u>six</u><div><div><sp><p>seven</p>
</sp></div></div><sp><p>eight</p></sp></body></text></TEI>"""


def test_turn_numbers_follow_document_order_whatever_the_nesting() -> None:
    """Turns are numbered by sibling counting (xsl:number level="any" was quadratic):
    the turn number counts sp and u together, the sp-N/u-N anchors each kind apart, in order,
    through nested divisions, a turn after a division and u beside sp."""
    tree = parse_bytes(NESTED_TURNS)
    page = html.fromstring(str(render(tree, "html")))
    turns = page.xpath("//div[contains(concat(' ', @class, ' '), ' turn ')]")
    assert [t.xpath("string(.//a[contains(@class, 'turn-link')])") for t in turns] == [
        f"{n}" for n in range(1, 9)
    ]
    assert [t.get("id") for t in turns] == [
        "sp-1", "sp-2", "u-1", "sp-3", "sp-4", "u-2", "sp-5", "sp-6"
    ]
    assert [" ".join(t.xpath("string(.//div[@class='turn-body'])").split()) for t in turns] == [
        "one", "two", "three", "four", "five", "six", "seven", "eight"
    ]
