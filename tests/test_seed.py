"""The seed (ISR 1965 interview) converts to the TEI an editor would accept."""

from __future__ import annotations

import hashlib
import os

import pytest
from lxml import etree

from tei.config import load_config
from tei.convert import convert, write_guarded
from tei.safety import recorded_digests
from tei.xmlio import NSMAP, XML_NS, parse_bytes, parse_file, read_bytes, sha256

from .conftest import DEMO, DEMO_SOURCE, DEMO_TEI, assert_tei_all_valid

XID = f"{{{XML_NS}}}id"


def xp(node, path: str):
    return node.xpath(path, namespaces=NSMAP)


@pytest.fixture(scope="module")
def result():
    return convert(DEMO_SOURCE, config=DEMO / "edition.toml")


@pytest.fixture(scope="module")
def root(result):
    return result.tree.getroot()


def test_demo_source_is_the_seed(seed_path):
    assert DEMO_SOURCE.read_bytes() == seed_path.read_bytes()


def test_22_turns_alternate_between_the_two_participants(root):
    turns = xp(root, "//tei:body//tei:sp")
    assert len(turns) == 22
    assert [t.get("who") for t in turns] == ["#interviewer", "#ve"] * 11
    labels = [t.findtext("tei:speaker", namespaces=NSMAP) for t in turns]
    assert labels[:4] == ["Question:", "Answer:", "Q:", "A:"]
    assert labels[4:] == ["Q:", "A:"] * 9
    assert [t.get(XID) for t in turns] == [f"sp-{n}" for n in range(1, 23)]


def test_who_points_at_declared_participants(root):
    declared = {p.get(XID): p for p in xp(root, "//tei:particDesc//tei:person")}
    assert set(declared) == {"interviewer", "ve"}
    assert declared["ve"].get("role") == "interviewee"
    assert declared["ve"].findtext("tei:persName", namespaces=NSMAP) == "V.E."
    assert declared["interviewer"].findtext("tei:persName", namespaces=NSMAP) == (
        "Special correspondent of World Outlook"
    )


def test_continuation_paragraphs_stay_in_their_turn(root):
    counts = [len(xp(t, "tei:p")) for t in xp(root, "//tei:body//tei:sp")]
    assert counts == [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 3]
    last = xp(root, "//tei:sp[@xml:id='sp-22']/tei:p")[-1]
    assert "".join(last.itertext()).startswith("Well, those are the main facts.")


def test_five_interpolations_are_typed_interventions(root):
    supplied = xp(root, "//tei:body//tei:supplied")
    assert [(s.text, s.get("reason"), s.get("resp")) for s in supplied] == [
        ("of October", "omitted", "#wo")
    ]
    # printed expansion: abbr, then expan inside the page's own brackets (not a choice, which
    # a generic TEI processor would show one member of)
    assert not xp(root, "//tei:body//tei:choice")
    (abbr,) = xp(root, "//tei:body//tei:abbr")
    expan = abbr.getnext()
    assert (abbr.text, abbr.tail, expan.tag, expan.text, expan.tail[:1]) == (
        "CP",
        " [",
        "{http://www.tei-c.org/ns/1.0}expan",
        "Communist party",
        "]",
    )
    assert expan.get("resp") == "#wo"
    gloss = xp(root, "//tei:body//tei:gloss")
    assert [g.text for g in gloss] == ["open flats"]
    term = xp(root, f"//tei:term[@xml:id='{gloss[0].get('target')[1:]}']")
    assert [t.text for t in term] == ["pampa"]
    # (the edition's own notes, subtype 'edition', are tested in test_header_claims.py)
    notes = xp(root, "//tei:body//tei:note[@type='editorial'][not(@subtype='edition')]")
    assert [(n.get("subtype"), n.get("resp"), n.get("place")) for n in notes] == [
        ("comment", "#wo", "inline")
    ] * 2
    assert notes[0].text.startswith("The total number of miners involved was around 3,000.")
    assert notes[1].text == "He drove an ambulance during the struggle."


def test_mismatched_bracket_is_kept_and_reported_with_its_line(result, root):
    warnings = [d for d in result.diagnostics if d.code == "bracket-mismatched"]
    assert [(d.line, d.column, d.severity) for d in warnings] == [(27, 641, "warning")]
    sp = xp(root, "//tei:sp[@xml:id='sp-4']")[0]
    text = "".join(sp.xpath(".//text()[not(ancestor::tei:note)]", namespaces=NSMAP))
    assert "(adherents of the Partido Revolucionario Obrero" in text
    assert "led by Guillermo Lora]." in text


def test_header_cites_the_printed_original(root):
    struct = xp(root, "//tei:sourceDesc/tei:biblStruct")[0]
    assert (
        xp(struct, "string(tei:monogr/tei:title[@level='j'])") == "International Socialist Review"
    )
    scopes = {s.get("unit"): s for s in xp(struct, "tei:monogr/tei:biblScope")}
    assert scopes["volume"].text == "26" and scopes["issue"].text == "1"
    assert (scopes["page"].get("from"), scopes["page"].get("to")) == ("27", "27")
    date = xp(struct, "tei:monogr/tei:imprint/tei:date")[0]
    assert (date.text, date.get("when")) == ("Winter 1965", "1965")
    assert xp(struct, "string(tei:analytic/tei:title)") == "Interview With Bolivian Miner"


def test_header_names_the_transcriber_and_the_site(root):
    digital = xp(root, "//tei:sourceDesc/tei:bibl[@type='digital']")[0]
    resp = xp(digital, "tei:respStmt")[0]
    assert xp(resp, "string(tei:resp)") == "Transcribed & marked up"
    assert xp(resp, "string(tei:persName)") == "Einde O’Callaghan"
    assert xp(digital, "string(tei:publisher)") == "Marxists’ Internet Archive"
    assert xp(digital, "string(tei:date[@type='last-updated']/@when)") == "2009-06-04"


def test_revision_history_records_update_and_conversion(root):
    update = xp(root, "//tei:revisionDesc/tei:change[@type='source-update']")[0]
    assert update.get("when") == "2009-06-04"
    conversion = xp(root, "//tei:revisionDesc/tei:change[@type='conversion']")[0]
    assert conversion.get("when") == "2026-11-23"
    digest = hashlib.sha256(DEMO_SOURCE.read_bytes()).hexdigest()
    assert xp(conversion, "string(tei:idno[@type='sha256'])") == digest
    assert (
        xp(root, "string(//tei:appInfo/tei:application/@version)") == __import__("tei").__version__
    )


def test_navigation_lines_are_listed_not_lost(root):
    items = xp(root, "//tei:editorialDecl//tei:list[@type='removed']/tei:item")
    assert [(i.get("n"), i.text) for i in items] == [
        ("1", "ISR Index | Main Newspaper Index"),
        ("3", "Encyclopedia of Trotskyism | Marxists’ Internet Archive"),
        ("79", "Top of page"),
        ("81", "ISR Index | Main Newspaper Index"),
        ("83", "Encyclopedia of Trotskyism | Marxists’ Internet Archive"),
    ]
    assert "Top of page" not in "".join(xp(root, "//tei:text")[0].itertext())


def test_front_matter_headnote_and_colophon(root):
    imprint = xp(root, "//tei:front/tei:titlePage/tei:docImprint")[0]
    assert "".join(imprint.itertext()) == "International Socialist Review, Winter 1965"
    parts = xp(root, "//tei:front//tei:titlePart")
    assert [(p.get("type"), p.text) for p in parts] == [
        ("main", "Interview With Bolivian Miner"),
        ("sub", "Vivid Account of the Battle of Sora-Sora"),
    ]
    headnote = xp(root, "//tei:front/tei:div[@type='headnote']")[0]
    assert xp(headnote, "string(tei:p)").startswith("During a trip to the mine centers")
    assert xp(headnote, "tei:milestone/@rend") == ["* * *"]
    assert (
        xp(root, "string(//tei:back/tei:div[@type='colophon']/tei:p/tei:date/@when)")
        == "2009-06-04"
    )


def test_fidelity_is_perfect(result):
    assert result.fidelity is not None
    assert result.fidelity.lost == [] and result.fidelity.added == []
    assert result.fidelity.source_words == 1041


def test_valid_against_tei_all(result, tei_all):
    assert_tei_all_valid(tei_all, result.tree, "the demo edition")


def test_committed_demo_tei_is_the_golden_file(result):
    """The committed TEI equals a fresh conversion (compared canonically).

    Set TEI_ACCEPT=1 to accept new output after an intended change.
    """
    if os.environ.get("TEI_ACCEPT"):
        source = sha256(read_bytes(DEMO_SOURCE))
        write_guarded(DEMO_TEI, result.data, force=True, source_digest=source)
    committed = etree.tostring(parse_file(DEMO_TEI), method="c14n2")
    fresh = etree.tostring(parse_bytes(result.data), method="c14n2")
    assert committed == fresh


def test_committed_demo_tei_is_recorded_as_converted():
    """The demo's convert record holds the committed TEI's digest, so the build and a new
    `tei convert` see it as tei's output, not as a hand edit."""
    digest = sha256(read_bytes(DEMO_TEI))
    assert digest in recorded_digests(DEMO_TEI.parent / ".tei-convert.json", DEMO_TEI.name)


def test_without_config_defaults_map_question_and_answer(seed_path):
    root = convert(seed_path, config=load_config(None)).tree.getroot()
    who = [t.get("who") for t in xp(root, "//tei:sp")]
    assert who == ["#interviewer", "#interviewee"] * 11
    assert xp(root, "//tei:respStmt[@xml:id='source-editors']")
    notes = xp(root, "//tei:body//tei:note[not(@subtype='edition')]")
    assert {n.get("resp") for n in notes} == {"#source-editors"}
