"""Apparatus criticus, documentary and genetic pages, other roots, choice, the renderer report:
small TEI written for these tests, each rendered to HTML and plain text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html

from tei.render import render
from tei.render.report import unhandled
from tei.render.textcheck import compare_letters, html_letters, letters, tei_letters
from tei.xmlio import parse_bytes

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'
HEADER = (
    "<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt>"
    "<publicationStmt><p>test</p></publicationStmt><sourceDesc>{source}</sourceDesc>"
    "</fileDesc></teiHeader>"
)
WITNESSES = (
    '<listWit><witness xml:id="A"><abbr type="siglum">Pa</abbr> Parisinus</witness>'
    '<witness xml:id="B" n="Vb">Vaticanus</witness><witness xml:id="C">Coislinianus</witness>'
    "</listWit>"
)
APPARATUS = f"""<TEI {TEI}>{HEADER.format(title="Apparatus", source=WITNESSES)}<text><body><div>
<head>On <app><lem wit="#A">faith</lem><rdg wit="#B">hope</rdg></app></head>
<p>In the beginning <app><lem wit="#A #B">was</lem><rdgGrp><rdg wit="#C">is</rdg>
<rdg wit="#B">will be</rdg></rdgGrp></app> the word <app><lem resp="#ed"/><rdg wit="#C">and the
light</rdg></app> and <app><lem>more <app><lem>inner</lem><rdg wit="#C">outer</rdg></app>
</lem>
<rdg wit="#B"/><witDetail wit="#B" target="#x">erased leaf</witDetail>
<note>a note in the apparatus</note></app> here,
glu<app><lem>ed</lem><rdg wit="#C">ing</rdg></app>.</p>
</div></body></text></TEI>"""
SURFACE = f"""<surface {TEI} xml:id="f39r"><graphic url="https://iiif.example.org/iiif/f39r"/>
<zone type="main"><line>the murderer <del rend="strikethrough">th</del> of my
<mod><del rend="overwritten">h</del><add place="intralinear">H</add></mod>e</line>
<line><add place="superlinear">of its truth</add> <metamark function="insert">^</metamark></line>
<line><delSpan spanTo="#a1" rend="strikethrough"/>climbing up<anchor xml:id="a1"/> the steep
<handShift new="#mws"/><unclear reason="illegible">and</unclear><space extent="2" unit="chars"/>
<damage>rock</damage><restore><del>kept</del></restore>
</line></zone></surface>"""
CORPUS = f"""<teiCorpus {TEI}>{HEADER.format(title="Corpus", source="<p>s</p>")}
<TEI>{HEADER.format(title="First member", source="<p>s</p>")}
<text><body><p>Alpha</p></body></text></TEI>
<TEI>{HEADER.format(title="Second member", source="<p>s</p>")}
<text><group><text><body><p>Beta</p>
</body></text><text><body><p>Gamma<note>n</note></p></body></text></group>
</text>
<standOff><listPerson><person xml:id="p1"><persName>Delta</persName></person></listPerson>
</standOff>
</TEI></teiCorpus>"""
CHOICE = f"""<TEI {TEI}>{HEADER.format(title="Choice", source="<p>s</p>")}<text><body>
<p>the <choice><abbr>CP</abbr><expan>Communist party</expan></choice> said
detrimentu<choice><abbr>~</abbr><expan>m</expan></choice>,
<choice><sic>teh</sic><corr>the</corr></choice>
and <choice><orig>vnto</orig><reg>unto</reg></choice>.</p></body></text></TEI>"""


def tree(xml: str):
    return parse_bytes(xml.encode("utf-8"), "test.xml")


def both(xml: str) -> tuple[html.HtmlElement, str, str]:
    t = tree(xml)
    page = str(render(t, "html"))
    text = str(render(t, "text"))
    want = tei_letters(t)
    assert compare_letters(want, html_letters(page)).lost_count == 0
    assert compare_letters(want, letters(text)).lost_count == 0
    return html.document_fromstring(page), page, text


# ---------------------------------------------------------------- apparatus criticus


def test_apparatus_lemma_in_text_and_entries_with_sigla() -> None:
    doc, _, text = both(APPARATUS)
    entries = [
        li.text_content().split(None, 1)[1] for li in doc.xpath("//ol[@class='apparatus-list']/li")
    ]
    assert entries[0] == "faith Pa] hope Vb"
    assert entries[1] == "was Pa Vb] is C; will be Vb"  # rdgGrp readings, sigla from listWit
    assert entries[2] == "ed] add. and the light C"  # empty lemma: an addition
    assert entries[3].startswith("more inner] om. Vb; erased leaf Vb; a note in the apparatus")
    assert entries[4] == "inner] outer C"  # nested in a lemma: an entry of its own
    assert entries[5] == "ed] ing C"
    lemmas = doc.xpath("//span[@class='app']/span[@class='lem']")
    assert [lem.text_content() for lem in lemmas][:2] == ["faith", "was"]
    heading = doc.xpath("//h1[not(ancestor::header)] | //h2[ancestor::main]")[0]
    assert heading.xpath(".//span[@class='app']")  # the apparatus of a heading
    first = doc.xpath("//span[@class='app']")[0]
    assert first.get("tabindex") == "0" and first.xpath("./span[@class='app-pop']")
    assert first.xpath(".//a[@href='#apparatus-1']") and doc.xpath(
        "//li[@id='apparatus-1']/a[@href='#app-1']"
    )
    glued = doc.xpath("//span[@class='app'][span[@class='lem']='ed']")[-1]
    assert not glued.xpath("./sup")  # inside a word: no number in the word
    assert "Apparatus criticus" in text and "1. faith Pa] hope Vb" in text
    assert "was‹2›" in text and "glued." in text


def test_apparatus_switched_off() -> None:
    t = tree(APPARATUS)
    page = str(render(t, "html", {"show-apparatus": False, "css": "none"}))
    assert "app-pop" not in page and "apparatus-list" not in page and "hope" not in page
    assert "Apparatus criticus" not in str(render(t, "text", {"show-apparatus": False}))


def test_apparatus_in_print_is_footnotes() -> None:
    page = html.document_fromstring(str(render(tree(APPARATUS), "print")))
    notes = page.xpath("//span[contains(@class, 'app-footnote')]")
    assert len(notes) == 6 and "hope Vb" in notes[0].text_content()


# ---------------------------------------------------------------- documentary and genetic


def test_surface_root_rendered_diplomatically() -> None:
    doc, page, text = both(SURFACE)
    assert doc.findtext(".//h1") == "f39r"
    assert len(doc.xpath("//div[contains(@class, 'line')]")) == 3
    assert doc.xpath("//del[contains(@class, 'rend-strikethrough')]")[0].text_content() == "th"
    assert (
        doc.xpath("//ins[contains(@class, 'place-superlinear')]")[0].text_content()
        == "of its truth"
    )
    assert doc.xpath("//del[@class='in-delspan']")[0].text_content() == "climbing up"
    assert doc.xpath("//a[contains(@class, 'facsimile')]/@href") == [
        "https://iiif.example.org/iiif/f39r"
    ]
    assert "<img" not in page and "About this edition" not in page
    assert "of my ⟦h⟧⸌H⸍e" in text  # mod: no space between its parts
    assert "⟦climbing up⟧ the steep" in text
    lines = text.splitlines()
    assert any(line.startswith("⸌of its truth⸍") for line in lines)


# ---------------------------------------------------------------- roots


def test_corpus_group_nested_text_and_standoff() -> None:
    doc, _, text = both(CORPUS)
    assert [h.text_content() for h in doc.xpath("//h2[@class='member-title']")] == [
        "First member",
        "Second member",
    ]
    body = doc.xpath("//main")[0].text_content()
    for word in ("Alpha", "Beta", "Gamma", "Delta"):
        assert word in body and word in text


# ---------------------------------------------------------------- choice


def test_choice_glued_one_member_per_view_both_in_page() -> None:
    doc, _, text = both(CHOICE)
    glued = doc.xpath("//span[@class='choice-glued']")[0]
    assert glued.xpath("./span[contains(@class, 'v-dipl')]")[0].text_content() == "~"
    assert glued.xpath("./span[contains(@class, 'v-read')]")[0].text_content() == "m"
    between = doc.xpath("//span[@class='choice'][span[normalize-space() = 'CP']]")[0]
    assert [s.text_content() for s in between.xpath("./span")] == ["CP", "Communist party"]
    assert "CP [Communist party]" in text and "detrimentu~⟨m⟩," in text
    assert "teh [the]" in text and "vnto⟨unto⟩." in text


# ---------------------------------------------------------------- report


def test_report_lists_unhandled_elements_with_counts(tmp_path: Path) -> None:
    xml = f"<TEI {TEI}>{HEADER.format(title='R', source='<p>s</p>')}<text><body><p><zork>a</zork>"
    xml += "<zork>b</zork><formula>c</formula></p></body></text></TEI>"
    assert unhandled(tree(xml)) == {"zork": 2, "formula": 1}
    src = tmp_path / "r.xml"
    src.write_text(xml, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tei", "render", str(src), "--to", "text", "--report"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0
    assert f"{src}: info: zork (2) not handled specifically" in done.stderr
    assert "formula (1)" in done.stderr


@pytest.mark.parametrize("to", ["html", "text"])
def test_numbers_in_document_order(to: str) -> None:
    """Notes and turns are numbered from one table built once (linear), as before."""
    body = "".join(
        f"<sp who='#a'><speaker>A</speaker><p>t{i}<note>n{i}</note></p></sp>" for i in range(30)
    )
    header = HEADER.format(title="N", source="<p>s</p>")
    out = str(render(tree(f"<TEI {TEI}>{header}<text><body>{body}</body></text></TEI>"), to))
    if to == "html":
        doc = html.document_fromstring(out)
        assert [a.text_content() for a in doc.xpath("//a[@role='doc-noteref']")] == [
            str(i) for i in range(1, 31)
        ]
        assert doc.xpath("//div[@class='turn']/@id")[-1] == "sp-30"
    else:
        assert "t29[30]" in out and "30. n29" in out
