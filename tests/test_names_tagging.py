"""Tagging mentions from a register: counts by name, pointers, dates, invariants."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.elements import E
from tei.fidelity import check_files, tei_words
from tei.names import load_register, mention_counts, tag_tree
from tei.names.register import parse_register
from tei.validate import validate_tree
from tei.xmlio import NSMAP, parse_bytes, parse_file, serialize
from tests.conftest import DEMO, DEMO_SOURCE, DEMO_TEI, assert_tei_all_valid

REGISTER = DEMO / "register.toml"

#: every entry of the demo register and how often the interview names it
DEMO_COUNTS = {
    "ve": 1,
    "ordonez": 2,
    "lora": 1,
    "catavi": 7,
    "siglo-veinte": 9,
    "huanuni": 8,
    "oruro": 3,
    "sora-sora": 6,
    "machacamarca": 2,
    "por": 2,
    "fourth-international": 2,
    "pcb": 8,
    "world-outlook": 1,
    "masas": 1,
}


@pytest.fixture(scope="module")
def tagged() -> tuple[etree._ElementTree, object]:
    tree = parse_file(DEMO_TEI)
    report = tag_tree(tree, load_register(REGISTER), source=str(DEMO_TEI))
    return tree, report


def _turn(tree: etree._ElementTree, ident: str) -> etree._Element:
    return tree.xpath("//tei:sp[@xml:id=$i]", namespaces=NSMAP, i=ident)[0]


def _mentions(tree: etree._ElementTree, ref: str) -> list[tuple[str, str]]:
    return [
        (etree.QName(el).localname, el.xpath("string()"))
        for el in tree.getroot().find("tei:text", NSMAP).iter()
        if isinstance(el.tag, str) and el.get("ref") == f"#{ref}"
    ]


def test_every_entry_of_the_demo_register_is_tagged_with_its_count(tagged) -> None:
    tree, report = tagged
    assert dict(mention_counts(tree)) == DEMO_COUNTS
    assert sum(report.added_counts().values()) == sum(DEMO_COUNTS.values()) == 53


@pytest.mark.parametrize(
    ("ref", "element", "forms"),
    [
        ("ordonez", "persName", {"Ordonez"}),
        ("lora", "persName", {"Guillermo Lora"}),
        ("ve", "persName", {"V.E."}),
        ("catavi", "placeName", {"Catavi"}),
        ("siglo-veinte", "placeName", {"Siglo Veinte"}),
        ("sora-sora", "placeName", {"Sora-Sora"}),
        ("por", "orgName", {"Partido Obrero Revolucionario", "Partido Revolucionario Obrero"}),
        ("pcb", "orgName", {"CP"}),
        ("fourth-international", "orgName", {"Fourth International"}),
        ("masas", "title", {"Masas"}),  # a periodical: title[@level='j'], not orgName
    ],
)
def test_mentions_use_the_right_element_and_the_text_s_own_form(
    tagged, ref: str, element: str, forms: set[str]
) -> None:
    found = _mentions(tagged[0], ref)
    assert {name for name, _ in found} == {element}
    assert {text for _, text in found} == forms


def test_compound_place_names_split_into_both_places(tagged) -> None:
    tree = tagged[0]
    p = _turn(tree, "sp-2").find("tei:p", NSMAP)
    refs = [el.get("ref") for el in p.iter("{*}placeName")]
    assert refs == ["#siglo-veinte", "#catavi", "#oruro"]  # "Siglo Veinte-Catavi", "Oruro"


def test_cp_is_tagged_inside_abbr_and_not_in_its_expansion(tagged) -> None:
    tree = tagged[0]
    abbr = tree.getroot().find(".//tei:body//tei:abbr", NSMAP)
    assert abbr.find("tei:orgName", NSMAP).get("ref") == "#pcb"
    expan = abbr.getnext()
    assert expan.tag == f"{{{NSMAP['tei']}}}expan" and expan.find("*") is None


def test_speaker_labels_are_never_tagged(tagged) -> None:
    tree = tagged[0]
    assert all(len(s) == 0 for s in tree.getroot().iterfind(".//tei:speaker", NSMAP))


def test_confirmed_date_is_encoded_around_the_supplied_words(tagged) -> None:
    tree, report = tagged
    date = _turn(tree, "sp-4").find("tei:p/tei:date", NSMAP)
    assert date.get("when") == "1964-10-28"
    assert date.text == "twenty-eighth "
    assert date.find("tei:supplied", NSMAP).text == "of October"
    assert [d.ref for d in report.dates] == ["1964-10-28"]


def test_register_is_compiled_into_standoff_lists(tagged) -> None:
    root = tagged[0].getroot()
    so = root.find("tei:standOff", NSMAP)
    assert so.getprevious().tag == "{http://www.tei-c.org/ns/1.0}teiHeader"
    ids = {
        k: [
            e.get("{http://www.w3.org/XML/1998/namespace}id")
            for e in so.iterfind(f"tei:{lst}/tei:{k}", NSMAP)
        ]
        for k, lst in (("person", "listPerson"), ("place", "listPlace"), ("org", "listOrg"))
    }
    assert ids["person"] == ["ordonez", "lora"]  # "ve" is the participant already declared
    assert len(ids["place"]) == 6 and len(ids["org"]) == 5
    por = so.xpath("tei:listOrg/tei:org[@xml:id='por']", namespaces=NSMAP)[0]
    assert [(n.get("type"), n.text) for n in por.iterfind("tei:orgName", NSMAP)] == [
        (None, "Partido Obrero Revolucionario"),
        ("variant", "Partido Revolucionario Obrero"),
        ("abbreviation", "POR"),
    ]


def test_tagging_changes_no_word_and_fidelity_reports_nothing_lost(tagged, tmp_path) -> None:
    tree = tagged[0]
    assert tei_words(tree) == tei_words(parse_file(DEMO_TEI))
    original = parse_file(DEMO_TEI).getroot().find("tei:text", NSMAP).xpath("string()")
    assert tree.getroot().find("tei:text", NSMAP).xpath("string()") == original
    out = tmp_path / "tagged.xml"
    out.write_bytes(serialize(tree))
    report = check_files(DEMO_SOURCE, out)
    assert report.ok and not report.lost and not report.added


def test_tagged_demo_is_valid_against_the_profile(tagged) -> None:
    errors = [d for d in validate_tree(tagged[0], source="tagged") if d.severity != "info"]
    assert errors == []


def test_tagged_demo_is_valid_against_tei_all(tagged, tei_all) -> None:
    assert_tei_all_valid(tei_all, tagged[0], "tagged demo")


def test_rerunning_is_idempotent() -> None:
    register = load_register(REGISTER)
    once = parse_file(DEMO_TEI)
    tag_tree(once, register)
    first = serialize(once)
    again = parse_bytes(first)
    report = tag_tree(again, register)
    assert serialize(again) == first
    assert report.mentions == [] and report.dates == []


def _doc(*paras: etree._Element) -> etree._ElementTree:
    tei = E("TEI", E("teiHeader"), E("text", E("body", *paras)))
    return etree.ElementTree(parse_bytes(etree.tostring(tei)).getroot())


REG = parse_register(
    {
        "place": [{"id": "oruro", "name": "Oruro"}, {"id": "sv", "name": "Siglo Veinte"}],
        "person": [{"id": "lora", "name": "Guillermo Lora"}],
        "date": [{"text": "the 28th of August", "when": "1936-08-28"}],
    }
)


def test_hand_made_tags_are_kept_and_not_tagged_inside() -> None:
    tree = _doc(E("p", "In ", E("placeName", "Oruro", ref="#elsewhere"), " and Oruro."))
    tag_tree(tree, REG)
    p = tree.getroot().find(".//tei:p", NSMAP)
    assert [(el.get("ref"), el.text) for el in p] == [("#elsewhere", "Oruro"), ("#oruro", "Oruro")]


def test_mentions_crossing_an_element_boundary_are_skipped_and_reported() -> None:
    tree = _doc(E("p", "to Siglo", E("lb"), "Veinte and Guillermo ", E("hi", "Lora"), "."))
    report = tag_tree(tree, REG)
    assert mention_counts(tree) == {}
    crossing = [d for d in report.diagnostics if d.code == "names-cross-boundary"]
    assert ["Siglo" in d.message for d in crossing] == [True, False]
    assert all(d.xpath == "/TEI/text[1]/body[1]/p[1]" for d in crossing)


def test_unconfirmed_dates_are_left_as_they_are_and_reported() -> None:
    tree = _doc(E("p", "It was the 28th of August."))
    report = tag_tree(tree, REG)
    assert tree.getroot().find(".//tei:date", NSMAP) is None
    assert [d.code for d in report.diagnostics] == ["date-unconfirmed"]
    assert "1936-08-28" in report.diagnostics[0].message


def test_names_are_matched_on_word_boundaries_only() -> None:
    tree = _doc(E("p", "Oruros, NeoOruro and Oruro’s miners"))
    tag_tree(tree, REG)
    assert mention_counts(tree) == {"oruro": 1}
    assert tree.getroot().find("tei:text//tei:placeName", NSMAP).tail == "’s miners"


def test_tagging_that_would_write_unreadable_xml_is_refused(tmp_path) -> None:
    """lxml writes trees deeper than its parser reads (256 levels): a name tagged at the
    deepest level must not produce such a file; nothing is written."""
    import subprocess
    import sys

    depth = 252  # with TEI/text/body/p: readable; one level more (persName) is not
    inner = "<hi>" * depth + "Catavi" + "</hi>" * depth
    tei = tmp_path / "deep.xml"
    tei.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t'
        "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
        f"</sourceDesc></fileDesc></teiHeader><text><body><p>{inner}</p></body></text></TEI>",
        encoding="utf-8",
    )
    register = tmp_path / "register.toml"
    register.write_text('[[place]]\nid = "catavi"\nname = "Catavi"\n', encoding="utf-8")
    out = tmp_path / "out.xml"
    proc = subprocess.run(
        [sys.executable, "-m", "tei", "tag-names", str(tei), "--register", str(register),
         "-o", str(out)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    assert "could not be read back" in proc.stderr and "[xml-unreadable-output]" in proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()


def test_every_reported_mention_path_points_at_its_mention(tagged) -> None:
    # several mentions in one paragraph: each path names the element the report lists,
    # counted in the tagged tree (not where the element stood when it was wrapped)
    tree, report = tagged
    assert report.mentions and report.dates
    for mention in [*report.mentions, *report.dates]:
        path = "/".join(f"tei:{step}" if step else "" for step in mention.xpath.split("/"))
        found = tree.xpath(path, namespaces=NSMAP)
        assert len(found) == 1, mention
        assert etree.QName(found[0]).localname == mention.element
        assert " ".join(found[0].xpath("string()").split()) == " ".join(mention.text.split())
        el = found[0]
        if mention.element == "date":
            assert mention.ref in (el.get("when"), f"{el.get('from')}/{el.get('to')}")
        else:
            assert el.get("ref") == f"#{mention.ref}"
