"""Issue 15, what the editions show: the points a reviewer sent back, each asserted on the demo
edition (tagged with its register, as the site builds it) and on small fixtures."""

from __future__ import annotations

import io
import re

import pytest
from lxml import etree, html

from tei.names import load_register, tag_tree
from tei.render import render
from tei.render.pageindex import merge, resolve
from tei.render.xslt import TRANSFORMS_DIR
from tei.xmlio import parse_bytes, parse_file
from tests.render_helpers import DEMO, require

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def klass(name: str, path: str = "//*") -> str:
    return f"{path}[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"


@pytest.fixture(scope="module")
def demo() -> etree._ElementTree:
    tree = parse_file(require(DEMO, "the demo edition"))
    tag_tree(tree, load_register(DEMO.parent / "register.toml"))
    return tree


@pytest.fixture(scope="module")
def page(demo: etree._ElementTree) -> html.HtmlElement:
    return html.document_fromstring(str(render(demo, "html")))


@pytest.fixture(scope="module")
def printed(demo: etree._ElementTree) -> str:
    return str(render(demo, "print"))


@pytest.fixture(scope="module")
def pdf_pages(demo: etree._ElementTree) -> list[str]:
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(bytes(render(demo, "pdf"))))
    return [p.extract_text() for p in reader.pages]


def tei(body: str, *, lang: str = "en", source: str = "<p>A printed source.</p>") -> bytes:
    return f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>T</title></titleStmt><publicationStmt><publisher>P</publisher></publicationStmt>
<sourceDesc>{source}</sourceDesc></fileDesc></teiHeader><text xml:lang="{lang}"><body>{body}
</body></text></TEI>""".encode()


# ------------------------------------------------------------ interpolations inline


def test_printed_interpolations_inline_in_every_view(demo: etree._ElementTree, page) -> None:
    """The page's [bracketed] comments stay where it prints them, bracketed, in the reading
    view, the plain text and print; they are not numbered notes (the family's footnote
    convention), so no 'Notes' section and no [1] markers."""
    inline = page.xpath(klass("note-inline"))
    assert [n.text_content()[:12] for n in inline] == ["[The total n", "[He drove an"]
    # the notes that remain are the editors' own (a sic note, say), never the page's brackets
    notes = " ".join(li.text_content() for li in page.xpath("//ol[@class='notes-list']/li"))
    assert "total number" not in notes and "ambulance" not in notes
    text = " ".join(str(render(demo, "text")).split())
    assert "showed up. [The total number of miners involved was around 3,000." in text
    assert ". The total number" not in text.split("About this edition")[0].split("Notes")[-1]
    main = str(render(demo, "print")).split("<main", 1)[1].split("</main>")[0]
    assert not re.search(r'class="footnote"[^>]*>(The total|He drove)', main)


def test_register_notes_are_in_the_index_not_the_notes(demo, page) -> None:
    """A names register's descriptions (standOff, tei tag-names) show in the index; they were
    numbered endnotes too ("1. Leader of the Communist Party…" before the editors' "1.")."""
    items = [li.text_content() for li in page.xpath("//ol[@class='notes-list']/li")]
    assert not [t for t in items if "Tin-mining centre" in t or "Leader of the Communist" in t]
    assert [t[:3] for t in items] == [f"{n}. " for n in range(1, len(items) + 1)]
    text = str(render(demo, "text"))
    assert "Tin-mining centre" not in text.split("\nIndex\n")[0]


# ------------------------------------------------------------ print


def test_speaker_label_is_in_the_block_of_its_first_line(printed: str) -> None:
    doc = html.document_fromstring(printed)
    turns = doc.xpath(klass("turn", "//div"))
    assert len(turns) == 22
    for turn in turns:
        first = turn.xpath("./*[1]")[0]
        assert first.tag == "p" and first.xpath(klass("speaker", "./span")), turn.get("id")
    assert ".turn-head { float: left" not in (TRANSFORMS_DIR / "print.css").read_text("utf-8")


def test_no_pdf_page_ends_with_a_bare_label(pdf_pages: list[str], demo) -> None:
    labels = {" ".join(s.split()) for s in demo.xpath("//tei:speaker/text()", namespaces=NS)}
    for number, text in enumerate(pdf_pages, start=1):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().isdigit()]
        assert lines and lines[-1] not in labels, f"page {number} ends with {lines[-1]!r}"


def test_hyphenation_follows_lang_and_spares_names(printed: str, pdf_pages: list[str]) -> None:
    doc = html.document_fromstring(printed)
    assert doc.xpath("//main/@lang") == ["en"]
    css = (TRANSFORMS_DIR / "print.css").read_text(encoding="utf-8")
    rule = re.search(r"([^{}]*)\{ hyphens: manual; \}", css)
    assert rule and all(s in rule.group(1) for s in (".mention", ".foreign", ".participants"))
    es = html.document_fromstring(
        str(
            render(
                parse_bytes(tei('<p>El <foreign xml:lang="qu">ayllu</foreign>.</p>', lang="es")),
                "print",
            )
        )
    )
    assert es.xpath("//main/@lang") == ["es"] and es.xpath("//i[@lang='qu']")
    # no registered name is cut at a line end in the demo PDF (Revolucion-ario, Huanuni-Or-uro)
    joined = re.findall(r"(\w+)[\u2010-](?:\s*\n\s*)(\w+)", "\n".join(pdf_pages))
    names = {"Revolucionario", "Huanuni", "Oruro", "Catavi", "Machacamarca", "Veinte", "Ordonez"}
    assert not [a + b for a, b in joined if a + b in names]


NOTE_CALL = tei(
    '<p>Many miners showed up. <note type="editorial" resp="#ed">An editor\'s note.</note> The CP'
    " switched.</p>"
)


def test_no_space_before_a_note_call() -> None:
    tree = parse_bytes(NOTE_CALL)
    printed = str(render(tree, "print"))
    assert 'showed up.<span class="footnote">' in printed
    page = str(render(tree, "html"))
    assert re.search(r'showed up\.<sup class="noteref">', page)
    assert "</sup> The CP" in page


def test_pdf_is_tagged(demo: etree._ElementTree) -> None:
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(bytes(render(demo, "pdf"))))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root


# ------------------------------------------------------------ the index


def test_pdf_index_merges_locators_into_ranges(pdf_pages: list[str]) -> None:
    index = next(p for p in pdf_pages if p.lstrip().splitlines()[0:3] and "Index" in p)
    flat = " ".join(index.split())
    assert re.search(r"Catavi 2–3\b", flat), flat
    assert " ," not in flat and not re.search(r"\b(\d+), \1\b", flat)


def test_index_pages_merge_and_link_their_first_mention() -> None:
    assert merge([(2, "m1"), (2, "m2"), (3, "m5"), (5, "m9"), (5, "m10")]) == [
        (2, "m1", 3, "m5"),
        (5, "m9", 5, "m9"),
    ]
    page = (
        '<!DOCTYPE html><html><body><p id="m1">x</p><section class="index print-index"><ul><li>'
        '<span class="index-name">Catavi</span> <span class="index-pages">'
        '<a class="index-page" href="#m1"></a><a class="index-page" href="#m2"></a>'
        '<a class="index-page" href="#m5"></a><a class="index-page" href="#m9"></a>'
        "</span></li></ul></section></body></html>"
    )
    out = resolve(page, {"m1": 2, "m2": 2, "m5": 3, "m9": 5})
    span = html.document_fromstring(out).xpath("//span[@class='index-pages']")[0]
    assert span.text_content() == "2–3, 5"
    assert [a.get("href") for a in span.iter("a")] == ["#m1", "#m5", "#m9"]


def test_html_index_one_locator_per_turn_and_ranges(page: html.HtmlElement) -> None:
    for entry in page.xpath("//li[@class='index-entry']"):
        places = [a.text_content() for a in entry.xpath(".//span[@class='index-mentions']/a")]
        assert len(places) == len(set(places)), entry.get("id")
        assert "§" not in entry.text_content()
    catavi = page.get_element_by_id("index-catavi").xpath(".//span[@class='index-mentions']")[0]
    assert catavi.text_content() == "intro, 2, 4, 11–12, 20–21"
    ids = {el.get("id") for el in page.iter() if el.get("id")}
    assert all(a.get("href")[1:] in ids for a in catavi.iter("a"))


def test_a_speaker_entry_links_to_their_turns(page: html.HtmlElement) -> None:
    """V.E. is named once in the text (the headnote): the index says so, and that he speaks."""
    ve = page.get_element_by_id("index-ve").xpath(".//span[@class='index-mentions']")[0]
    assert ve.text_content() == "intro; speaker in 11 turns, from 2"
    assert ve.xpath("./a/@href")[-1] == "#sp-2"


# ------------------------------------------------------------ HTML turns and languages


def test_calm_turns_label_once_number_as_anchor(page: html.HtmlElement) -> None:
    turns = page.xpath(klass("turn", "//div"))
    links = [t.xpath(klass("turn-link", ".//a"))[0] for t in turns]
    assert [a.text_content() for a in links] == [str(n) for n in range(1, 23)]
    assert all(a.get("href") == f"#{t.get('id')}" for a, t in zip(links, turns, strict=True))
    whos = [t.xpath("string(" + klass("who", ".//span") + ")") for t in turns]
    assert whos[:2] == ["Special correspondent of World Outlook", "V.E."]
    assert not any(whos[2:])  # named at their first turn only
    css = (TRANSFORMS_DIR / "edition.css").read_text(encoding="utf-8")
    assert (
        ".turn:hover .turn-link, .turn:target .turn-link, .turn-link:focus { opacity: 1; }" in css
    )


def test_lang_on_the_text_interface_in_its_own_language() -> None:
    tree = parse_bytes(tei('<p>Habla el minero.<note type="editorial">Nota.</note></p>', lang="es"))
    doc = html.document_fromstring(str(render(tree, "html")))
    assert doc.get("lang") == "en"
    assert doc.xpath("//main/@lang") == ["es"]
    assert doc.xpath("//h2[@id='endnotes-h']/@lang") == ["en"]
    fr = html.document_fromstring(
        str(render(tree, "html", {"ui-lang": "fr", "label-notes": "Notes"}))
    )
    assert fr.get("lang") == "fr" and fr.xpath("//h2[@id='endnotes-h']/@lang") == ["fr"]


# ------------------------------------------------------------ colophon and citation


def test_colophon_is_prose_for_readers(page: html.HtmlElement, printed: str) -> None:
    for text in (
        page.xpath("//aside[@class='provenance']")[0].text_content(),
        html.document_fromstring(printed).xpath(klass("colophon", "//section"))[0].text_content(),
    ):
        assert "[@" not in text and "/@" not in text and "note[" not in text
        assert "Words in square brackets are the printed page’s own" in text
        assert ". Last updated 4 June 2009." in text and ". last updated" not in text


def test_journal_titles_in_italics(page: html.HtmlElement, printed: str) -> None:
    journal = "International Socialist Review"
    assert page.xpath(f"//dd[@class='source']/cite[.='{journal}']")
    assert page.xpath(f"//p[@class='citation']/cite[.='{journal}']")
    doc = html.document_fromstring(printed)
    assert doc.xpath(f"//p[@class='tp-source']/cite[.='{journal}']")
    assert doc.xpath(klass("colophon", "//section") + f"//dd[@class='source']/cite[.='{journal}']")


DIGITAL_ONLY = """<bibl type="digital"><title level="m">Marxists Internet Archive</title>
<respStmt><resp>Transcribed</resp><persName>A. Transcriber</persName></respStmt>
<ref target="https://www.marxists.org/x.htm"/><date type="accessed" when="2026-01-02"/>
<idno type="filename">x.txt</idno><idno type="sha256">abc123</idno></bibl>"""


def test_no_printed_source_label_on_a_file_name() -> None:
    tree = parse_bytes(tei("<p>Text.</p>", source=DIGITAL_ONLY))
    page = html.document_fromstring(str(render(tree, "html")))
    panel = page.xpath("//aside[@class='provenance']")[0]
    assert "Printed source" not in panel.text_content()
    assert "Printed source" not in str(render(tree, "text"))
    assert 'class="tp-source"' not in str(render(tree, "print"))


def test_citation_names_the_transcription_its_address_access_and_credits(page) -> None:
    cite = page.xpath("//p[@class='citation']")[0].text_content()
    assert (
        "Transcribed & marked up by Einde O’Callaghan for the Encyclopedia of Trotskyism On-Line,"
        " Marxists’ Internet Archive, last updated 4 June 2009, accessed 2026-11-23." in cite
    )
    tree = parse_bytes(tei("<p>Text.</p>", source=DIGITAL_ONLY))
    cite = html.document_fromstring(str(render(tree, "html"))).xpath("//p[@class='citation']")[0]
    assert (
        "Transcribed by A. Transcriber for the Marxists Internet Archive,"
        " https://www.marxists.org/x.htm, accessed 2026-01-02." in cite.text_content()
    )


def test_pdf_colophon_lines_are_not_broken_after_one_word(pdf_pages: list[str]) -> None:
    """A link around the long licence statement made WeasyPrint end the first line of "This
    edition" after one (hyphenated) word; the link is now the licence's address."""
    text = pdf_pages[-1] if "This edition" in pdf_pages[-1] else "\n".join(pdf_pages)
    lines = [line.strip() for line in text.splitlines()]
    first = lines[lines.index("This edition") + 1]
    assert len(first.split()) > 3, first
    assert "creativecommons.org/licenses/by-sa/4.0" in text


def test_pdf_author_is_never_the_publisher(demo: etree._ElementTree) -> None:
    """The demo names no author: its PDF claims none (it had said the publisher, and before
    that the translator with commentary); a printed source's author is the PDF's author."""
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    info = PdfReader(io.BytesIO(bytes(render(demo, "pdf")))).metadata
    assert not (info and info.author)
    source = (
        "<biblStruct><analytic><author>Rosa Luxemburg</author><title level='a'>T</title>"
        "</analytic><monogr><title level='j'>J</title><imprint><date>1900</date></imprint>"
        "</monogr></biblStruct>"
    )
    pdf = render(parse_bytes(tei("<p>Text.</p>", source=source)), "pdf")
    assert PdfReader(io.BytesIO(bytes(pdf))).metadata.author == "Rosa Luxemburg"


def test_text_colophon_says_when_the_transcription_was_last_updated(
    demo: etree._ElementTree,
) -> None:
    text = " ".join(str(render(demo, "text")).split())
    assert "Einde O’Callaghan. Last updated 4 June 2009." in text


def test_index_lists_periodicals_apart_from_organisations(demo: etree._ElementTree) -> None:
    """A register's periodicals (Masas, World Outlook) are titles, not organisations."""
    page = html.document_fromstring(str(render(demo, "html")))
    orgs = page.xpath("//section[@class='index-orgs']")[0].text_content()
    periodicals = page.xpath("//section[@class='index-periodicals']")[0].text_content()
    assert "Masas" in periodicals and "World Outlook" in periodicals
    assert "Masas" not in orgs and "Fourth International" in orgs
    text = str(render(demo, "text"))
    assert text.index("Periodicals") > text.index("Organisations")
